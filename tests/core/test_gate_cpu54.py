"""The gate's per-line work cut without changing what it finds (issue 13, cpu54): joined-word
passwords asked only of lines holding a password word, a line folded only for the detectors
that need it, a text folded once for passwords set across two lines, and a line read for a
spelt address only when it holds a dot one could spell."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kbgen.core import normalize
from kbgen.core.privacy import PASSWORD, detectors, scan
from kbgen.core.privacy import set_passwords as set_module
from kbgen.core.privacy.context import _Context, _fold
from kbgen.core.privacy.detectors import _line_detectors
from kbgen.core.privacy.emails import _emails
from kbgen.core.privacy.joined_words import _joined_word_passwords
from kbgen.core.privacy.model import NOTHING_ALLOWED
from kbgen.core.privacy.passwords import _passwords

ORDER = (_passwords, _joined_word_passwords, _emails)
HOSTILE = Path(__file__).resolve().parents[2] / "bench" / "gatecorpus" / "hostile.yml"


def test_joined_words_are_not_asked_of_a_line_without_a_password_word() -> None:
    assert list(_line_detectors("Open the router's page = settings.", ORDER)) == [_emails]


def test_joined_words_are_asked_of_a_line_whose_key_names_a_password() -> None:
    kept = _line_detectors("MYSQL_ROOT_PASSWORD=JaneDatabasePassword", ORDER)
    assert list(kept) == [_passwords, _joined_word_passwords, _emails]


def test_a_line_of_no_line_needed_detector_keeps_its_detectors() -> None:
    assert list(_line_detectors("nothing here", (_emails,))) == [_emails]


@pytest.mark.parametrize("text", [
    "db_password JaneDatabasePassword\nsee a = b",  # the marks only on another line
    "Set key: value\n  db_password JaneDatabasePassword",
    "ENV DB_PASSWORD JaneDatabasePassword",
    "<password>SunflowerGarden</password>",
    "| Admin password | JaneDatabasePassword |",
])
def test_joined_word_passwords_are_found_on_their_own_lines(text: str) -> None:
    excerpts = [finding.excerpt for finding in scan(text) if finding.kind == PASSWORD]
    assert excerpts, text


def _folding_each_line(lines: list[str], context: _Context) -> list[tuple[int, object]]:
    """_set_across_lines as it was: each next line folded alone."""
    found = []
    if not set_module._NEEDED(_fold("\n".join(lines))):
        return found
    for index in range(len(lines) - 1):
        tail = lines[index][-set_module.TAIL:].rstrip()
        following = lines[index + 1]
        first = following.lstrip(" \t>")
        if not first or not set_module.needs(_fold(first)) \
                or not set_module._VERB_IN_TAIL.search(tail):
            continue
        start = len(tail) + 1
        shift = len(following) - len(first)
        found += [(index + 1, (hit.start - start + shift, hit.excerpt))
                  for hit in set_module._set_passwords(f"{tail} {first}", context)
                  if hit.start >= start]
    return found


@pytest.mark.parametrize("lines", [
    ["Then set the admin", "password to Kq8vNz3Lw2Pd."],
    ["Then set the admin", "> PASSWORD to Kq8vNz3Lw2Pd."],
    ["Σ İstanbul: change the", "\t> paſſword to Kq8vNz3Lw2Pd now"],
    ["ΟΔΟΣ set the", "ΣΟΦΟΣ password to Kq8vNz3Lw2Pd"],
    ["set the", "", "password to Kq8vNz3Lw2Pd"],
    ["nothing set here", "at all"],
])
def test_passwords_set_across_lines_are_those_of_each_line_folded_alone(
        lines: list[str]) -> None:
    context = _Context(NOTHING_ALLOWED, None, None)
    found = [(index, (hit.start, hit.excerpt))
             for index, hit in set_module._set_across_lines(lines, context)]
    assert found == _folding_each_line(lines, _Context(NOTHING_ALLOWED, None, None))


def _hostile_lines() -> list[str]:
    cases = yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
    return [line for case in cases for line in str(case["text"]).split("\n")]


def test_a_prose_at_without_a_dot_is_not_read_for_a_spelt_address() -> None:
    assert not normalize._may_spell_dot("Sign in at the portal.")
    assert not normalize._may_spell_dot("Meet us at noon, not at one")
    assert normalize._may_spell_dot("jane at gmail dot com")
    assert normalize._may_spell_dot("jane ät gmx PUNKT de")
    assert normalize._may_spell_dot("jane «at» gmail «.» com")


def test_spelt_lines_are_those_of_the_address_read_everywhere(
        monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [line for line in _hostile_lines() if normalize._spelt_hint(line)]
    lines += [f"{name}{at}{domain}{dot}{tld}" for name in ("jane", "j.doe")
              for at in (" at ", " -at- ", "_at_", " (a) ", " ät ", " arroba ")
              for domain in ("gmail", "mail-box")
              for dot in (" dot ", ".", " . ", " «.» ", "_dot_", " PUNKT ", " point ", " piſte ")
              for tld in ("com", "de")]
    assert len(lines) > 300
    spelt = [normalize._spelt(line) for line in lines]
    monkeypatch.setattr(normalize, "_may_spell_dot", lambda line: True)
    assert [line for line, one in zip(lines, spelt) if normalize._spelt(line) != one] == []
    assert sum(one != line for line, one in zip(lines, spelt)) > 100  # addresses joined


def test_a_line_s_urls_are_read_only_for_a_value_a_url_may_excuse(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    of = detectors.Markup.of
    monkeypatch.setattr(detectors.Markup, "of", lambda line: read.append(line) or of(line))
    context = _Context(NOTHING_ALLOWED, None, None)
    judged = (detectors._cards, detectors._phones, _emails)
    assert detectors._hits_in_line("Set volume = high at https://x.example", context,
                                   judged) == []
    assert read == []
    line = "Card 4111 1111 1111 1111, see https://shop.example/orders/12?utm_id=1"
    assert detectors._hits_in_line(line, context, judged)  # a card a URL could have excused
    assert read == [line]

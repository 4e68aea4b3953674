"""The gate's cheap prefilters skip only work that could find nothing: random texts made of
the hostile set's lines (`bench/gatecorpus/hostile.yml`), shown with markup and split over
lines, give the same findings and the same accepted values with them as with each prefilter
turned off (every detector asked of every line; every detector that reads views asked of every
changed view; both key detectors asked of every split value; every text read for words naming
the fediverse)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from random import Random

import pytest
import yaml

from kbgen.core import fediverse, normalize, ticket_refs
from kbgen.core.examples import Acceptance
from kbgen.core.privacy import detectors, scanner, split
from kbgen.core.privacy.line_alone import Order
from kbgen.core.privacy.model import NOTHING_ALLOWED, Finding
from kbgen.core.privacy.tokens import _high_entropy, _secrets

HOSTILE = Path(__file__).resolve().parents[2] / "bench" / "gatecorpus" / "hostile.yml"
PROSE = ["Restart the hub at the same time.", "", "## Cause", "- have to log in every time",
         "Open **Settings > Apps** and tap `Sign in`.", "Mastodon users can follow us.",
         "The token is renewed every 6 hours; the password is never shown.",
         "Call us on the PIN line or send an SMS.", "    curl -u admin https://x.example"]


def _lines() -> list[str]:
    cases = yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
    return [line for case in cases for line in str(case["text"]).split("\n")] + PROSE


def _shown(line: str, chooser: Random) -> str:
    """`line` with markup a reader does not see somewhere, or split in two lines."""
    words = line.split(" ")
    at = chooser.randrange(len(words))
    choice = chooser.randrange(5)
    if choice == 0:
        words[at] = f"**{words[at]}**"
    elif choice == 1:
        words[at] = f"<b>{words[at]}</b>"
    elif choice == 2 and len(line) > 8:
        cut = chooser.randrange(1, len(line) - 1)
        return f"{line[:cut]}\n{line[cut:]}"
    return " ".join(words)


def _texts(count: int, seed: int) -> list[str]:
    lines, chooser = _lines(), Random(seed)
    return ["\n".join(_shown(chooser.choice(lines), chooser)
                      for _ in range(chooser.randint(1, 6))) for _ in range(count)]


def _scanned(texts: list[str]) -> list[tuple[list[Finding], list[Acceptance]]]:
    results = []
    for text in texts:
        explain: list[Acceptance] = []
        results.append((scanner.scan(text, explain=explain), explain))
    return results


def _unfiltered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detectors, "_order_of", lambda found: Order(found, {}, {}))  # no line
    # needs, nothing kept by line
    monkeypatch.setattr(scanner, "_view_detectors", lambda lines, views: tuple(
        d for d in detectors.DETECTORS if d in detectors._RENDERED_DETECTORS)
        if views != lines else ())
    monkeypatch.setattr(split, "_joined_detectors", lambda joined: (_secrets, _high_entropy))
    monkeypatch.setattr(fediverse, "_may_name", lambda text: True)


def test_prefilters_skip_nothing_the_detectors_would_find(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    texts = _texts(1500, 34)
    filtered = _scanned(texts)
    assert sum(bool(findings) for findings, _ in filtered) > 500  # the hostile lines are found
    _unfiltered(monkeypatch)
    unfiltered = _scanned(texts)
    assert [text for text, one, other in zip(texts, filtered, unfiltered) if one != other] == []


def test_a_page_naming_the_fediverse_is_read_so_in_any_case() -> None:
    assert fediverse.Page.of("Follow us on MASTODON:\n@kb@social.example").about
    assert fediverse.Page.of("Follow us on the maſtodon network").about  # re.I's long s
    assert not fediverse.Page.of("Follow us at mastodon.social").about


OLD_DECORATED = re.compile(normalize._DECORATED.pattern.replace(
    "(?P<name>[A-Za-z0-9._%+-]{1,64})", "(?P<name>[A-Za-z0-9._%+-]{1,64}|[A-Za-z0-9]{1,64})",
    1))
"""_DECORATED as it was, with the second form of a name that never matched more."""
SPELT_PIECES = [*"aAtTdDoOkK.@_-*()[]<>%+ 0123", " at ", " dot ", "-at-", "(at)", "[dot]",
                "jane", "gmail", "com", "arroba", "punto", "«", "»", "\u212a", "\u017f"]


def test_an_address_spelt_out_is_read_as_before() -> None:
    assert OLD_DECORATED.pattern != normalize._DECORATED.pattern
    chooser = Random(34)
    texts = ["".join(chooser.choice(SPELT_PIECES) for _ in range(chooser.randint(1, 16)))
             for _ in range(60_000)]
    changed = [text for text in texts
               if normalize._DECORATED.sub(normalize._decorated_address, text) != text]
    assert len(changed) > 300  # the expression rewrites many of them
    assert [text for text in texts
            if OLD_DECORATED.sub(normalize._decorated_address, text)
            != normalize._DECORATED.sub(normalize._decorated_address, text)] == []


def test_values_normalised_together_as_one_by_one() -> None:
    chooser = Random(7)
    pieces = [*SPELT_PIECES, "&#64;", "%40", "\u0430", "\u200b", "l23", " 79l1", "\n"]
    lists = [["".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 6)))
              for _ in range(chooser.randint(1, 8))] for _ in range(20_000)]
    assert sum(normalize.normalize_texts(texts) != texts for texts in lists) > 2000
    assert [texts for texts in lists if normalize.normalize_texts(texts)
            != [normalize.normalize_text(text) for text in texts]] == []


DATES = ["2025-10-23", "2026-11-04", "+44", "7911 123456", "4111 1111", "1111 1111", "jane.doe",
         "@gmail.com", "Call +44 7911\n123456 today", "Card 4111 1111\n1111 1111 works"]
"""Values whose joints the old front matter scan read as wrapped values, and values wrapped."""


def _data(count: int, seed: int) -> list[dict[str, object]]:
    """Random front matter: hostile lines and dates or prose, one or two lines a value; its
    keys (`field3`) name no secret (a key that does makes its value one: keyed_values)."""
    lines, chooser = _lines(), Random(seed)

    def line() -> str:
        return chooser.choice(lines if chooser.random() < 0.3 else DATES + PROSE)

    return [{f"field{index}": "\n".join(line() for _ in range(chooser.randint(1, 2)))
             for index in range(chooser.randint(1, 6))} for _ in range(count)]


def _one_by_one(data: dict[str, object]) -> list[Finding]:
    """scan_data's findings without a prefilter: every value scanned alone."""
    found = []
    for key, text in zip(data, normalize.normalize_texts([str(v) for v in data.values()])):
        first = int(key.removeprefix("field")) * 10 + (1 if "\n" in text.rstrip("\n") else 0)
        found += [replace(finding, line=finding.line + first - 1)
                  for finding in scanner.scan(text)]
    return sorted(found, key=lambda finding: finding.line)


def test_front_matter_values_are_judged_each_alone() -> None:
    """scan_data finds exactly what scanning each value alone finds: a value is never excused
    by its neighbours (a prefilter over the values joined let an indented `curl` line make the
    next field's proxy address an example) and never found only through them."""
    datas = _data(1500, 35)
    line_of = lambda key: int(key.removeprefix("field")) * 10  # noqa: E731
    results = [scanner.scan_data(data, NOTHING_ALLOWED, line_of) for data in datas]
    alone = [_one_by_one(data) for data in datas]
    assert sum(bool(found) for found in results) > 300
    assert sum(any("\n" in str(v) and scanner.scan(str(v)) for v in data.values())
               and not scanner.scan("\n".join(map(str, data.values())), across_lines=False)
               for data in datas) > 30  # values found only across their own lines
    assert [data for data, found, one in zip(datas, results, alone) if found != one] == []


def test_a_field_is_not_excused_by_the_field_before_it() -> None:
    data = {"key1": "    curl -u admin https://x.example", "key2": "HTTPSProxy 10.0.0.7:8080"}
    found = scanner.scan_data(data, NOTHING_ALLOWED, lambda key: int(key[3:]) * 10)
    assert [(finding.line, finding.kind) for finding in found] == [(20, "internal IP address")]


TICKET_PIECES = ["SUP-1234", "sup-1234", "Sup-", "1234", "k8s-9", "K8S-9", "\u212a8s-9",
                 "\u017fup-1234", "x", "-", " ", "\n", "é", "ab"]


def test_ticket_prefilter_passes_every_text_the_pattern_matches() -> None:
    chooser = Random(35)
    cases = [([chooser.choice(["SUP-1234", "k8s-9", "ab", "\u017fup-1234"])
               for _ in range(chooser.randint(1, 2))],
              ["".join(chooser.choice(TICKET_PIECES) for _ in range(chooser.randint(0, 5)))
               for _ in range(chooser.randint(1, 3))]) for _ in range(30_000)]
    matched = [(values, texts) for values, texts in cases
               if (pattern := ticket_refs.ticket_pattern(values))
               and any(pattern.search(text) for text in texts)]
    assert len(matched) > 3000
    assert sum(not ticket_refs.may_quote(ticket_refs.ticket_words(values), texts)
               for values, texts in cases) > 5000  # most are skipped
    assert sum(not all(text.isascii() for text in texts) and not any(
        word.lower() in text.lower() for word in ticket_refs.ticket_words(values)
        for text in texts) for values, texts in matched) > 50  # \u212a, \u017f: re folds them
    assert [case for case in matched
            if not ticket_refs.may_quote(ticket_refs.ticket_words(case[0]), case[1])] == []


def test_a_zone_line_alone_in_a_front_matter_value_is_found() -> None:
    """A machine-readable zone's name line, which only the readers of several lines find
    (no line's detector needs it), is found in a value as in an article's text."""
    for text in ("Name line: P<SWELINDQVIST<<KARIN<SOFIA<<<<<<<<<<<<<<<<",
                 "The app reads P<GBRSMITH<<JOHN<PETER<<<<<<<<<<<<<<<<<<<<<< and then stops."):
        alone = [replace(finding, line=10) for finding in scanner.scan(text)]
        assert alone and scanner.scan_data({"field1": text}, NOTHING_ALLOWED,
                                           lambda key: 10) == alone


def test_a_value_a_url_spells_with_plus_signs_is_found_in_front_matter() -> None:
    """`scan` reads a form-encoded value's `+` as spaces (form_encoded.with_readings); a front
    matter value's detectors are chosen from that reading too."""
    text = ("[Karte](https://www.google.de/maps/place/Jana+M%C3%BCller,+Lindenstra%C3%9Fe+14,"
            "+10115+Berlin)")
    alone = [replace(finding, line=10) for finding in scanner.scan(text)]
    assert alone and scanner.scan_data({"field1": text}, NOTHING_ALLOWED,
                                       lambda key: 10) == alone

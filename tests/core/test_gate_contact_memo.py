"""The gate's per-article results kept across builds (kbgen.build.memo) depend on the contact
data only where an article holds one of its addresses or numbers: an edited contact file
re-judges those articles alone, and every verdict is what a build without the cache gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.build.memo import Memo
from kbgen.build.store import Store
from kbgen.core import gate
from kbgen.core.loader import load
from tests.conftest import MINI_CATEGORIES, write_files

CONTACT = """\
company: Hearthly Ltd
email: {email}
lines:
  - label: Support
    number: "{number}"
    timezone: Europe/London
    hours:
      monday: 08:00-20:00
"""


def article(title: str, body: str) -> str:
    return (f"---\ntitle: {title}\nsummary: Something went wrong.\nstatus: published\n---\n\n"
            f"## Fix\n\n{body}\n")


ARTICLES = {
    "articles/billing/mail.md": article("Write to us", "Write to jane.doe@hearthly.co.uk."),
    "articles/billing/call.md": article("Call us", "Call +44 20 3868 1234 on weekdays."),
    "articles/billing/plain.md": article("Plain", "Restart the hub and wait."),
}


def verdicts(content: Path, memo: Memo) -> list[str]:
    _, problems = load(content, memo=memo)
    return sorted(str(p) for p in problems if p.level == "error")


@pytest.mark.parametrize("edited, rejudged", [
    ({"email": "help@hearthly.co.uk", "number": "+44 20 3868 1234"}, ["call"]),
    ({"email": "jane.doe@hearthly.co.uk", "number": "+44 20 3868 9999"}, ["mail"]),
    ({"email": "help@hearthly.co.uk", "number": "+44 20 3868 9999"}, []),
])
def test_an_edited_contact_file_rejudges_only_articles_holding_its_values(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edited: dict[str, str],
        rejudged: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    first = {"email": "jane.doe@hearthly.co.uk", "number": "+44 20 3868 1234"}
    write_files(tmp_path, {"_data/categories.yml": MINI_CATEGORIES, **ARTICLES,
                           "_data/contact.yml": CONTACT.format(**first)})
    memo = Memo(Store(tmp_path / ".cache"))
    assert verdicts(tmp_path, memo) == verdicts(tmp_path, Memo()) == []
    write_files(tmp_path, {"_data/contact.yml": CONTACT.format(**edited)})
    judged: list[str] = []
    judge = gate._article_problems
    monkeypatch.setattr(gate, "_article_problems", lambda a, *rest: (
        judged.append(Path(a.origin.src_uri).stem), judge(a, *rest))[1])
    cached = verdicts(tmp_path, memo)
    assert sorted(judged) == rejudged  # the others' verdicts came from the cache
    monkeypatch.setattr(gate, "_article_problems", judge)
    assert cached == verdicts(tmp_path, Memo())
    unallowed = [k for k in first if edited[k] != first[k]]
    assert len(cached) == len(unallowed) and all("would be published" in p for p in cached)


def test_unsafe_html_is_kept_per_article_and_warned_of_as_without_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, {"_data/categories.yml": MINI_CATEGORIES, **ARTICLES,
                           "articles/billing/html.md": article("Html", "<script>x()</script>")})
    memo = Memo(Store(tmp_path / ".cache"))
    _, first = load(tmp_path, memo=memo)
    looked: list[str] = []
    look = gate._unsafe_html_of
    monkeypatch.setattr(gate, "_unsafe_html_of", lambda w, host: (
        looked.append(Path(w.origin.src_uri).stem), look(w, host))[1])
    write_files(tmp_path, {"articles/billing/plain.md": article("Plain", "<iframe></iframe>")})
    _, again = load(tmp_path, memo=memo)
    assert looked == ["plain"]
    _, fresh = load(tmp_path, memo=Memo())
    assert [str(p) for p in again] == [str(p) for p in fresh]
    assert any("html.md" in str(p) and "removed" in str(p) for p in again)
    assert any("plain.md" in str(p) and "removed" in str(p) for p in again)


def test_the_contact_address_in_a_summary_two_articles_share_is_allowed_in_both(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A front matter value's findings are kept for the next article holding it
    # (scanner._value_findings); the address it looked up is noted for that article too, so
    # both are judged again with the contact data's (before: the second one was an error).
    monkeypatch.chdir(tmp_path)
    shared = "summary: Write to jane.doe@hearthly.co.uk for help."
    write_files(tmp_path, {
        "_data/categories.yml": MINI_CATEGORIES,
        "_data/contact.yml": CONTACT.format(email="jane.doe@hearthly.co.uk",
                                            number="+44 20 3868 1234"),
        **{f"articles/billing/{name}.md": article(name, "Restart the hub.").replace(
            "summary: Something went wrong.", shared) for name in ("first", "second")}})
    assert verdicts(tmp_path, Memo()) == []
    write_files(tmp_path, {"_data/contact.yml": CONTACT.format(
        email="help@hearthly.co.uk", number="+44 20 3868 1234")})
    assert [Path(p.split(":")[0]).name for p in verdicts(tmp_path, Memo())] == [
        "first.md", "second.md"]  # not the contact's address any more: both are reported

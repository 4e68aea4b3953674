"""The live model of `kbgen serve` (kbgen.build.kept): after a save, each unchanged file's
reading, gate verdict and links are taken as the last build left them, and only the
cross-file checks are run again, so whatever a save breaks elsewhere (a link to a renamed
article, an anchor of a renamed heading, a value the contact data no longer allows) is
reported exactly as a build without any cache reports it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.build.memo import Memo, Recent
from kbgen.build.store import Store
from kbgen.core.loader import load
from tests.conftest import MINI_CATEGORIES, article, write_files

CONTACT = """\
company: Test Ltd
email: {email}
lines:
  - label: Main line
    number: "+44 20 3868 1234"
    timezone: Europe/London
    hours: {{monday: "09:00-17:00"}}
"""
UNCHANGED = ["articles/billing/card-declined.md", "articles/wifi/router-reboot.md"]
"""Never saved in the sequence below: their results must be reused, their problems right."""


def problems(content: Path, memo: Memo) -> list[str]:
    _, found = load(content, memo=memo)
    return [str(problem) for problem in found]


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, {
        "_data/categories.yml": MINI_CATEGORIES,
        "_data/contact.yml": CONTACT.format(email="jane.doe@gmail.com"),
        "team/sam.yml": "name: Sam Lee\nrole: Support agent\n",
        UNCHANGED[0]: article(extra="author: sam\nrelated: [expired-card]\n", body=(
            "## Symptoms\n\nIt fails. See [the expired card](expired-card.md#renew-it) or"
            " [the router](../wifi/router-reboot.md).\n")),
        UNCHANGED[1]: article("Router reboots at night", body=(
            "## Fix\n\nWrite to jane.doe@gmail.com. See [cards](../billing/card-declined.md"
            "#symptoms).\n")),
        "articles/billing/expired-card.md": article("Expired card", body="## Renew it\n\nOk.\n"),
    })
    return tmp_path


def test_unchanged_files_are_reused_and_every_cross_file_problem_is_as_without_a_cache(
        content: Path) -> None:
    recent = Recent()
    live = Memo(Store(content / ".cache"), recent)

    def build() -> list[str]:
        """A build of the live preview: the same problems as a build without any cache."""
        recent.next_build()
        found = problems(content, live)
        assert found == problems(content, Memo())
        return found

    assert build() == []
    expired = content / "articles/billing/expired-card.md"

    # a profile saved: nothing read or judged again, the articles' links taken as they were
    write_files(content, {"team/sam.yml": "name: Sam Lee\nrole: Night shift lead\n"})
    assert build() == []
    assert recent.kept.reused >= 3 * 4  # articles read, judged, HTML checked, links found

    # the linked article renamed: the unchanged article's link and `related` now broken
    expired.rename(expired.with_name("card-expired.md"))
    broken = build()
    assert any(UNCHANGED[0] in p and "points to a missing file" in p for p in broken)
    assert any(UNCHANGED[0] in p and "'expired-card' does not exist" in p for p in broken)
    expired.with_name("card-expired.md").rename(expired)
    assert build() == []

    # the linked heading renamed: the unchanged article's anchor warned of
    write_files(content, {expired.relative_to(content).as_posix(): article(
        "Expired card", body="## Replace it\n\nOk.\n")})
    warned = build()
    assert [p for p in warned if "no heading with the anchor 'renew-it'" in p and
            UNCHANGED[0] in p]

    # contact data that no longer allows the address an unchanged article shows: refused
    write_files(content, {"_data/contact.yml": CONTACT.format(email="help@test.example")})
    refused = build()
    assert any(UNCHANGED[1] in p and "error" in p for p in refused)
    write_files(content, {"_data/contact.yml": CONTACT.format(email="jane.doe@gmail.com")})
    assert not [p for p in build() if ": error:" in p]

    # a title other articles show changed, an article deleted: still as without the cache
    write_files(content, {UNCHANGED[0].replace("card-declined", "new-one"): article(
        "Card declined at checkout")})  # the same title: a warning on both
    assert any("title also used by" in p for p in build())
    (content / UNCHANGED[0].replace("card-declined", "new-one")).unlink()
    build()


def test_a_preview_save_beyond_a_text_reuses_every_unchanged_article(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    from kbgen.commands.serve import Preview
    from kbgen.core.sources import ARTICLES_DIR

    names = [f"{ARTICLES_DIR}/billing/card-{number}.md" for number in range(4)]
    config = write_project({
        "content/team/sam.yml": "name: Sam Lee\nrole: Support agent\n",
        **{f"content/{name}": article(f"Card problem {number}", extra="author: sam\n", body=(
            f"## Fix\n\nSee [the next one](card-{(number + 1) % 4}.md#fix).\n"))
           for number, name in enumerate(names)}})
    preview = Preview(config, {})
    preview.build()
    profile = config.parent / "content/team/sam.yml"
    profile.write_text("name: Sam Lee\nrole: Night shift lead\n", encoding="utf-8")
    assert preview.update({profile})
    assert preview.pages is not None
    preview.pages.stop()
    kept = preview.recent.kept
    # each article's reading, gate verdict, HTML warnings, links and anchors, as they were
    assert kept.reused >= 5 * len(names)
    preview.show("team/sam.html")  # as a browser asking for it
    assert "Night shift lead" in (preview.site_dir / "team/sam.html").read_text("utf-8")


def test_kbgen_new_s_text_is_looked_for_again_only_in_the_articles_saved(
        content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import checks
    from kbgen.core.article_template import template_text

    scanned: list[str] = []
    scan = checks.template_left

    def counted(article: object) -> object:
        scanned.append(article.origin.src_uri)  # type: ignore[attr-defined]
        return scan(article)  # type: ignore[arg-type]
    monkeypatch.setattr(checks, "template_left", counted)
    recent = Recent()
    live = Memo(Store(content / ".cache"), recent)
    recent.next_build()
    assert problems(content, live) == []
    scanned.clear()

    # a profile saved: no article's body scanned again
    write_files(content, {"team/sam.yml": "name: Sam Lee\nrole: Night shift lead\n"})
    recent.next_build()
    assert problems(content, live) == []
    assert scanned == []

    # the template's text saved into one article: that one scanned, refused as without a cache
    saved = "articles/billing/expired-card.md"
    write_files(content, {saved: article("Expired card", body=(
        f"## Renew it\n\n{sorted(template_text('en').body_lines())[0]}\n"))})
    recent.next_build()
    found = problems(content, live)
    assert scanned == [saved]
    assert found == problems(content, Memo())
    assert any(saved in p and "`kbgen new`'s template text" in p for p in found)

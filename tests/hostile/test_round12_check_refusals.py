"""Hostile review round 12: `kbgen check` reports every shortcode the build refuses.

The build stops at a shortcode it cannot show (an unknown name, a category, tag or team member
that is not there, `kb:contact` without contact data, a repeat of what the page already
shows), but `kbgen check` never read shortcodes: it passed content that every build then
refused, so an author learnt of it only from a failed deploy. Each refusal below is made by
the build and now reported by `check` with the file and line; the same shortcodes where the
build shows them pass both.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import all_files
from tests.hostile.refusals import copies_of_built

ARTICLE = "content/articles/billing/case.md"
BODY = 8
"""File line of the first body line of `article()`."""

FILES = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
         "content/_data/categories.yml": MINI_CATEGORIES,
         "content/articles/wifi/ok.md": article("Fine article", extra="tags: [Router]\n")}

# id -> (files added, the file and line check names, what the build's refusal says)
REFUSED = {
    "unknown shortcode": ({ARTICLE: article("Case", body="<!-- kb:nonsense -->\n")},
                          f"{ARTICLE}:{BODY}", "Unknown shortcode 'kb:nonsense'"),
    "repeated listing": ({ARTICLE: article("Case", body="<!-- kb:categories -->\n\nText.\n\n"
                                                        "<!-- kb:categories x -->\n")},
                         f"{ARTICLE}:{BODY + 4}", "shows the same as"),
    "unknown category": ({ARTICLE: article("Case", body="Intro.\n\n<!-- kb:category nope -->\n")},
                         f"{ARTICLE}:{BODY + 2}", "unknown category 'nope'"),
    "category with no published article": (
        {ARTICLE: article("Case", status="draft"),
         "content/faq.md": "# FAQ\n\n<!-- kb:category billing -->\n"},
        "content/faq.md:3", "has no published article"),
    "unknown team member": ({ARTICLE: article("Case", body="<!-- kb:profile nobody -->\n")},
                            f"{ARTICLE}:{BODY}", "unknown team member 'nobody'"),
    "tag no article has": ({ARTICLE: article("Case", body="<!-- kb:tag tags/modem.md -->\n")},
                           f"{ARTICLE}:{BODY}", "has the tag of 'tags/modem.md'"),
    "contact without contact data": ({"content/help.md": "# Help\n\nAsk us.\n\n"
                                                         "<!-- kb:contact -->\n"},
                                     "content/help.md:5", "there is no contact data"),
    "a page's repeat after code": (
        {"content/faq.md": "# FAQ\n\n```\n<!-- kb:search -->\n```\n\n<!-- kb:search -->\n\n"
                           "<!-- kb:search -->\n"}, "content/faq.md:9", "shows the same as"),
}

SHOWN = {
    "every listing once": "<!-- kb:search -->\n\n<!-- kb:categories -->\n\n"
                          "<!-- kb:category wifi -->\n\n<!-- kb:tag tags/router.md -->\n",
    "a category listed once per category": "<!-- kb:category wifi -->\n\n"
                                           "<!-- kb:category billing -->\n",
    "shortcodes shown as code": "```markdown\n<!-- kb:nonsense -->\n<!-- kb:search -->\n```\n\n"
                                "`<!-- kb:contact -->` and\n\n    <!-- kb:profile nobody -->\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Path]:
    """A copy at the given place of the small project, built once for the module."""
    return copies_of_built(tmp_path_factory.mktemp("round12"), FILES)


def _check_and_build(built: Callable[[Path], Path], tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch, files: dict[str, str]
                     ) -> tuple[tuple[int, str], tuple[int, str, bool]]:
    """(status, output) of `kbgen check`, then (status, output, site unchanged) of a build,
    after `files` are written into a copy of the built project."""
    project = built(tmp_path / "project")
    monkeypatch.chdir(project)
    before = all_files(project / "site")
    write_files(project, files)
    checked = CliRunner().invoke(cli, ["check"])
    result = CliRunner().invoke(cli, ["build", "-d", str(project / "site")])
    assert "Traceback" not in checked.output + result.output
    return ((checked.exit_code, checked.output),
            (result.exit_code, result.output, all_files(project / "site") == before))


@pytest.mark.parametrize("files, where, refusal", REFUSED.values(), ids=REFUSED.keys())
def test_check_reports_each_shortcode_the_build_refuses(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        files: dict[str, str], where: str, refusal: str) -> None:
    (checked, check_output), (status, output, unchanged) = _check_and_build(
        built, tmp_path, monkeypatch, files)
    assert status == 1 and unchanged and refusal in " ".join(output.split()), output
    assert checked == 1, check_output
    reported = [line for line in check_output.splitlines() if line.startswith(f"{where}: error:")]
    assert len(reported) == 1 and refusal.casefold() in reported[0].casefold(), check_output


@pytest.mark.parametrize("body", SHOWN.values(), ids=SHOWN.keys())
def test_shortcodes_the_build_shows_pass_check(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        body: str) -> None:
    (checked, check_output), (status, output, _) = _check_and_build(
        built, tmp_path, monkeypatch, {ARTICLE: article("Case", body=body)})
    assert status == 0, output
    assert checked == 0 and "shortcode" not in check_output, check_output


def test_a_draft_is_not_built_so_its_shortcodes_pass(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {ARTICLE: article("Case", status="draft", body="<!-- kb:nonsense -->\n")}
    (checked, check_output), (status, output, _) = _check_and_build(
        built, tmp_path, monkeypatch, files)
    assert status == 0 and checked == 0, output + check_output


def test_check_reports_two_pages_the_build_would_publish_at_one_ascii_address(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `café.md` is published at `cafe.html` (its name in ASCII): the build refused it beside
    # `cafe.md` while `check` passed them
    files = {"content/café.md": "# Café\n\nText.\n", "content/cafe.md": "# Cafe\n\nText.\n",
             "content/über/index.md": "# Über\n\nText.\n", "content/uber.md": "# Uber\n\nText.\n"}
    (checked, check_output), (status, output, unchanged) = _check_and_build(
        built, tmp_path, monkeypatch, files)
    assert status == 1 and unchanged, output
    assert checked == 1, check_output
    errors = sorted(line for line in check_output.splitlines() if ": error:" in line)
    assert errors == [
        "content/café.md: error: 'café.md' would be published at 'cafe.html' (its name written"
        " in ASCII), which is already the address of 'cafe.md': rename one of the files.",
        "content/über/index.md: error: über/index.md and uber.md would be published at the"
        " same address; rename or remove one of them"], check_output


def test_two_articles_at_one_ascii_address_are_reported_once(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {ARTICLE: article("Case one"),
             "content/articles/billing/cäse.md": article("Case two")}
    (checked, check_output), (status, _, _) = _check_and_build(
        built, tmp_path, monkeypatch, files)
    assert status == 1 and checked == 1
    errors = [line for line in check_output.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "('case.html', written in ASCII)" in errors[0], check_output


TRANSLATED = "translations/de/articles/billing/karte.md"


@pytest.mark.parametrize("extra, body, named", [
    ("", "<!-- kb:nonsense -->\n", f"{TRANSLATED}:9: error: unknown shortcode 'kb:nonsense'"),
    ("hide: [nonsense]\n", "Text.\n", f"{TRANSLATED}:7: error: hide: unknown part 'nonsense'"),
], ids=["shortcode", "hide"])
def test_check_reports_what_the_build_refuses_in_a_translation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str, body: str,
        named: str) -> None:
    # a language's own folder is loaded apart: check read its articles but not what the
    # site layer refuses in them
    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    languages: [en, de]\n",
        "content/index.md": "# Home\n", "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/card.md": article(),
        "translations/de/index.md": "# Hilfe\n",
        "translations/de/_data/categories.yml": MINI_CATEGORIES,
        TRANSLATED: article("Karte abgelehnt", extra="translation_of: card\n" + extra,
                            body=body)})
    monkeypatch.chdir(tmp_path)
    checked = CliRunner().invoke(cli, ["check"])
    assert checked.exit_code == 1 and named in checked.output, checked.output
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 1 and "karte.md" in result.output, result.output

"""Translations as `kbgen check` and the build read them: which article translates which does
not depend on how a file system wrote the accents of a name (a file checked out as `u` +
combining diaeresis, as macOS' HFS+ wrote it, is the same article as `ü` typed in
`translation_of`); a folder that would clash with a language's is named; another language's
scheduled posts are listed as the default language's are."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.translations import Translations, site_languages
from tests.conftest import REPO, article

NAME = "überweisung-fehlgeschlagen"


def test_names_match_in_composed_and_decomposed_form(tmp_path: Path) -> None:
    nfd, nfc = unicodedata.normalize("NFD", NAME), unicodedata.normalize("NFC", NAME)
    assert nfd != nfc
    files = {
        f"content/articles/billing/{nfd}.md": article("Transfer failed"),
        f"content/articles/billing/{nfc}-2.md": article("Transfer failed twice"),
        "translations/de/index.md": "# Start\n",
        "translations/de/articles/billing/ueberweisung.md":
            article("Überweisung", extra=f"translation_of: {nfc}\n"),
        f"translations/de/articles/billing/{nfd}-2.md": article("Zweimal"),
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    languages = site_languages(["en", "de"], tmp_path / "mkdocs.yml", tmp_path / "content")
    found = Translations.read(languages)
    assert found.problems == []
    groups = {unicodedata.normalize("NFC", source): sorted(group)
              for source, group in found.groups.items()}
    assert groups == {f"articles/billing/{nfc}.md": ["de", "en"],
                      f"articles/billing/{nfc}-2.md": ["de", "en"]}


def test_a_default_language_folder_named_like_another_language_is_an_error(
        tmp_path: Path) -> None:
    files = {"content/articles/billing/card.md": article("Card"),
             "content/de/about.md": "# About\n",
             "translations/de/index.md": "# Start\n"}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    languages = site_languages(["en", "de"], tmp_path / "mkdocs.yml", tmp_path / "content")
    messages = [problem.message for problem in Translations.read(languages).problems]
    assert messages == ["de/ is where the de pages (translations/de/) are published, so the"
                        " default language's content cannot have a folder of that name; move"
                        " its pages into translations/de/ or rename the folder"]


def test_check_lists_scheduled_posts_of_every_language(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    post = project / "translations/de/news/bald.md"
    post.parent.mkdir(parents=True)
    post.write_text("---\ntitle: Bald\nsummary: Kommt bald.\ndate: 2099-01-01\n"
                    "status: published\n---\n\nText.\n", encoding="utf-8")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["check"])
    assert ("translations/de/news/bald.md:4: scheduled: news post published by the first build"
            " on or after 2099-01-01") in result.output
    assert result.output.rstrip().endswith("1 scheduled for a later day")


def test_a_published_translation_of_an_unpublished_article_is_pointed_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A translation of an internal article would publish what only agents may read: an
    error; of a draft, advice (nothing private, only unfinished)."""
    monkeypatch.chdir(tmp_path)
    files = {"content/articles/billing/runbook.md": article("Runbook", status="internal"),
             "content/articles/billing/card.md": article("Card", status="draft"),
             "content/articles/billing/plan.md": article("Plan", status="draft"),
             "translations/de/index.md": "# Start\n",
             "translations/de/articles/billing/runbook.md": article("Ablauf"),
             "translations/de/articles/billing/card.md": article("Karte", status="draft"),
             "translations/de/articles/billing/plan.md": article("Tarif")}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    languages = site_languages(["en", "de"], tmp_path / "mkdocs.yml", tmp_path / "content")
    translations = Translations.read(languages)
    errors = [(Path(p.path).name, p.level, p.message) for p in translations.problems]
    assert errors == [("runbook.md", "error",
                       "published, but it translates content/articles/billing/runbook.md, which"
                       " is internal (for agents only): its translation would make it public;"
                       " set this one's status to internal too, or make the original public"
                       " first")]
    advice = [(Path(p.path).name, p.level, p.message) for p in translations.advice()]
    assert advice == [("plan.md", "warning",
                       "published, but it translates content/articles/billing/plan.md, which"
                       " is draft: only its translation would be public; publish both, or"
                       " set this one's status to draft too")]


def test_the_build_refuses_a_published_translation_of_an_internal_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    original = next(path for path in sorted((project / "content/articles").rglob("*.md"))
                    if (project / "translations/de" / path.relative_to(project / "content"))
                    .is_file())
    text = original.read_text(encoding="utf-8")
    assert "status: published" in text
    original.write_text(text.replace("status: published", "status: internal", 1),
                        encoding="utf-8")
    translated = project / "translations/de" / original.relative_to(project / "content")
    assert "status: published" in translated.read_text(encoding="utf-8")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code != 0
    assert "is internal (for agents only): its translation would make it public" in result.output
    assert not (project / "site").exists()


def test_two_languages_cannot_own_one_old_address(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Old addresses are redirected from the site's root, whatever the language: one owner."""
    project = tmp_path / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    german = sorted((project / "translations/de/articles").rglob("*.md"))
    english = [path for path in sorted((project / "content/articles").rglob("*.md"))
               if not (project / "translations/de" / path.relative_to(project / "content"))
               .is_file()]
    for path, old in ((english[0], "/hc/en-us/articles/123-Refunds"),
                      (german[0], "/hc/en-us/articles/123-Refunds.html")):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\nstatus:", f"\nredirect_from: ['{old}']\nstatus:", 1),
                        encoding="utf-8")
    line = german[0].read_text(encoding="utf-8").splitlines().index(
        "redirect_from: ['/hc/en-us/articles/123-Refunds.html']") + 1
    monkeypatch.chdir(project)
    for command in ("check", "build"):
        result = CliRunner().invoke(cli, [command])
        assert result.exit_code != 0, result.output
        shown = german[0].relative_to(project).as_posix()
        assert (f"{shown}:{line}: error: old address '/hc/en-us/articles/123-Refunds.html' is"
                f" also in {english[0].relative_to(project).as_posix()}: an old address leads"
                " to one page only") in result.output, result.output
    assert not (project / "site").exists()

"""A language folder without `_data/contact.yml`: a new user's Japanese help centre with English
translations published English pages with no phone number, no contact page and no "Still need
help?" box, and `kbgen check` said nothing. It now says so, at the file to add."""

from __future__ import annotations

import shutil
from pathlib import Path

from kbgen.commands.build import build
from tests.conftest import REPO
from tests.helpers import run_cli

GERMAN_CONTACT = "translations/de/_data/contact.yml"
MESSAGE = "missing: the German pages show no phone number in their header"


def told(project: Path) -> list[str]:
    """The lines of `kbgen check` about a missing contact file."""
    done = run_cli("check", cwd=project)
    return [line for line in done.stdout.splitlines() if "contact.yml" in line]


def test_a_language_without_contact_data_is_pointed_out_and_is_what_it_says(
        tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    assert told(project) == []  # both languages have their contact data
    kept = (project / GERMAN_CONTACT).read_text(encoding="utf-8")
    (project / GERMAN_CONTACT).unlink()
    lines = told(project)
    assert len(lines) == 1
    assert lines[0].startswith(f"{GERMAN_CONTACT}: warning: {MESSAGE}")
    assert "copy content/_data/contact.yml here" in lines[0]
    # what it says is what the site does: the German pages lose the phone and the contact page
    site = build(project / "mkdocs.yml", tmp_path / "site", strict=False)
    german = (site / "de/articles/billing/doppelt-abgebucht.html").read_text(encoding="utf-8")
    english = (site / "articles/billing/charged-twice.html").read_text(encoding="utf-8")
    assert 'href="tel:' in english and 'href="tel:' not in german
    assert not (site / "de/contact.html").exists()
    # its own file back: nothing to say; and a site with no contact data in any language
    (project / GERMAN_CONTACT).write_text(kept, encoding="utf-8")
    assert told(project) == []
    (project / "content/_data/contact.yml").unlink()
    (project / GERMAN_CONTACT).unlink()
    assert told(project) == []  # no language has any: nothing is lost in one of them

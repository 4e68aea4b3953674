"""A translation never publishes what its language's build would not: a draft or internal
translation of a published article, a scheduled post of another language. And a translated
article's old addresses redirect from where they were (the old host's paths, at the site's
root), not from under its language's folder.

One hostile two-language project (tests/fixtures/multilingual plus the files below), built
once for the module.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kbgen.commands.build import build
from tests.conftest import REPO, write_files
from tests.helpers import all_files

SECRETS = ["DRAFTTRANSLATIONTITLE", "DRAFTTRANSLATIONBODY", "INTERNALTRANSLATION",
           "SCHEDULEDGERMANPOST", "SCHEDULEDENGLISHPOST"]
FILES = {
    # a draft translation of a published article
    "translations/de/articles/wifi/hub-light-blinks-red.md":
        "---\ntitle: Hub blinkt rot DRAFTTRANSLATIONTITLE\nsummary: Entwurf.\n"
        "symptoms: [rot]\nstatus: draft\n---\n\n## Lösung\n\nDRAFTTRANSLATIONBODY.\n",
    # scheduled posts, in each language
    "translations/de/news/bald.md":
        "---\ntitle: Bald SCHEDULEDGERMANPOST\nsummary: Kommt bald.\ndate: 2099-01-01\n"
        "status: published\n---\n\nSCHEDULEDGERMANPOST\n",
    "content/news/soon.md":
        "---\ntitle: Soon SCHEDULEDENGLISHPOST\nsummary: Coming soon.\ndate: 2099-01-01\n"
        "status: published\n---\n\nSCHEDULEDENGLISHPOST\n",
}
GERMAN_OLD = "/hc/de/articles/123-Passwort-andern"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("translations") / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    write_files(project, FILES)
    internal = project / "translations/de/articles/billing/refund-takes-a-week.md"
    internal.write_text(internal.read_text(encoding="utf-8").replace(
        "status: published", "status: internal").replace(
        "title: ", "title: INTERNALTRANSLATION ", 1), encoding="utf-8")
    german = project / "translations/de/articles/account/change-your-password.md"
    german.write_text(german.read_text(encoding="utf-8").replace(
        "status: published", f"status: published\nredirect_from: ['{GERMAN_OLD}']"),
        encoding="utf-8")
    return build(project / "mkdocs.yml", project / "site", strict=True)


def test_no_draft_internal_or_scheduled_translation_is_published(site: Path) -> None:
    for path, data in all_files(site).items():
        assert not [word for word in SECRETS if word.encode() in data], path
    english = "https://help.example/articles/wifi/hub-light-blinks-red.html"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{english}</loc>" in sitemap
    assert 'hreflang="de"' not in sitemap.split(f"<loc>{english}</loc>")[1].split("</url>")[0]


def test_a_translated_article_redirects_from_its_old_address(site: Path) -> None:
    rules = (site / "_redirects").read_text(encoding="utf-8").splitlines()
    assert f"{GERMAN_OLD} /de/articles/account/change-your-password.html 301" in rules
    page = (site / GERMAN_OLD.strip("/") / "index.html").read_text(encoding="utf-8")
    assert 'url=../../../../de/articles/account/change-your-password.html"' in page
    assert '<html lang="de">' in page
    assert not (site / "de/_redirects").exists()  # no host reads one there
    assert not (site / "de/hc").exists()

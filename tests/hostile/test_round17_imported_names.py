"""Names `kbgen import` makes from an export's text that holds personal data: on main a
Zendesk article titled `Contact jane.doe61@gmail.com` became
`content/articles/wi-fi/contact-jane-doe61-gmail-com.md`, a section named after a mailbox the
folder `articles/jane-doe62-gmail-com/`, and so on for a phone number in a title and an image
named after a mailbox. The gate refuses the title where it stays (front matter,
`_data/categories.yml`), and the author fixes it there; the slug keeps the value without its
signs, where no reader finds it, and it was published in every page's navigation, the
sitemap, the feeds and `_redirects`. A name is no longer made from a text the gate refuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import REPO
from tests.hostile.refusals import run_in

EXPORT = REPO / "tests" / "fixtures" / "import" / "zendesk"
LEAKS = {"jane.doe61@gmail.com": "a mailbox", "+44 7911 123461": "a phone",
         "jane.doe62@gmail.com": "the section's mailbox",
         "4556 7375 8689 9855": "a card", "jane.doe@gmail.com": "the customer"}
"""What each hostile text holds (the last, the fixture's own leak in a body), replaced by these
words once the import named its files."""
SLUGGED = ("jane-doe6", "7911-123461", "4556-7375")
"""The values as a slug writes them."""


def hostile_export(folder: Path) -> Path:
    """The fixture's Zendesk export with articles, a section and an image named after leaks."""
    shutil.copytree(EXPORT, folder)
    articles = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
    sections = json.loads((folder / "sections.json").read_text(encoding="utf-8"))
    first = articles["articles"][0]
    image = folder / "article_attachments/5501/jane.doe63@gmail.com.png"
    shutil.copy(folder / "article_attachments/5501/router-settings.png", image)
    titles = ["Contact jane.doe61@gmail.com", "Call +44 7911 123461 for help",
              "Pay with 4556 7375 8689 9855"]
    for number, title in enumerate(titles):
        articles["articles"].append({
            **first, "id": 970000 + number, "name": title, "title": title,
            "html_url": f"https://acme.zendesk.com/hc/en-us/articles/{970000 + number}-x",
            "body": "<p>Plain words.</p><p><img src=\"https://acme.zendesk.com/hc/"
                    "article_attachments/5501/jane.doe63@gmail.com.png\" alt=\"Screen\"></p>"})
    articles["articles"].append({**articles["articles"][-1], "id": 970009, "title": "In a section",
                                 "name": "In a section", "section_id": 2999,
                                 "html_url": "https://acme.zendesk.com/hc/en-us/articles/970009-y"})
    sections["sections"].append({**sections["sections"][0], "id": 2999,
                                 "name": "jane.doe62@gmail.com", "description": "Mail."})
    (folder / "articles.json").write_text(json.dumps(articles), encoding="utf-8")
    (folder / "sections.json").write_text(json.dumps(sections), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A new project with the hostile export imported: its folder and the import's report."""
    root = tmp_path_factory.mktemp("imported-names")
    target = root / "kb"
    made = CliRunner().invoke(cli, ["init", str(target), "--company", "Acme",
                                    "--site-name", "Acme help"])
    assert made.exit_code == 0, made.output
    export = hostile_export(root / "export")
    result = CliRunner().invoke(cli, ["import", "-f", str(target / "mkdocs.yml"), str(export)])
    return target, result.output


def test_no_file_or_folder_is_named_after_a_leak(imported: tuple[Path, str]) -> None:
    target, report = imported
    named = [str(path.relative_to(target)) for path in (target / "content").rglob("*")
             if any(slug in path.name for slug in SLUGGED)]
    assert named == [], report
    assert "e-mail address (j***@g***.com) would be published" in report


def test_once_the_texts_are_fixed_nothing_of_them_is_published(
        imported: tuple[Path, str]) -> None:
    target, _ = imported
    for path in (target / "content").rglob("*"):
        if path.suffix in (".md", ".yml"):
            text = path.read_text(encoding="utf-8")
            for leak, words in LEAKS.items():
                text = text.replace(leak, words)
            path.write_text(text, encoding="utf-8")
    code, output = run_in(target, "build")
    assert code == 0, output
    published = [str(path.relative_to(target / "site")) for path in (target / "site").rglob("*")
                 if path.is_file() and any(slug in path.name or slug.encode() in path.read_bytes()
                                           for slug in SLUGGED)]
    assert published == [], output

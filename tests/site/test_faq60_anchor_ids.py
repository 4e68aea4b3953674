"""Every question the search index links to (its store's `questions`) names the question's
block on the built page, however its title is written: the index reads the Markdown title,
the page the rendered one (kbgen.core.search_questions, kbgen.site.question_anchors)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kbgen.commands.build import build
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import shipped_index

TITLES = [
    "How do I keep photos &amp; videos apart?",
    "Can I use `docker-compose` instead?",
    "Is **bold** text fine in a question?",
    "Does [the guide](https://example.com/guide) still apply?",
    "Wie lösche ich alte Fotos?",
    "写真を削除するには？",
    "Why does <kbd>Ctrl</kbd> stop working?",
    "Why is 2 &lt; 3 in the log?",
    "Can I use `docker-compose` instead?",  # again: `-2`
    "Installation on Windows",  # a question by its kind only
    "kb test?",  # publishable only with content_id's prefix
]
BODY = "Answers to what people ask.\n\n" + "".join(
    f'??? question "{title}"\n\n    The answer to question {n}, in words of its own.\n\n'
    for n, title in enumerate(TITLES)) + (
    '!!! note "Does a note ask too?"\n    Yes, when its title asks.\n\n'
    "## Does a heading ask?\n\nA heading is a section already.\n\n"
    "**Is there a refund?**\n\nWithin thirty days.\n")


@pytest.fixture(scope="module")
def faq_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A strict build of one FAQ of question blocks, with pymdownx.details."""
    root = tmp_path_factory.mktemp("faq60-ids")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG + "markdown_extensions:\n  - admonition\n"
                      "  - pymdownx.details\n  - pymdownx.superfences\n",
        "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/faq.md": article("Questions", body=BODY)})
    return build(root / "mkdocs.yml", root / "site", strict=True)


def test_every_question_the_index_links_to_is_its_block_on_the_page(faq_site: Path) -> None:
    data = shipped_index(faq_site)
    entry = next(e for e in data["store"] if e[1].endswith("faq.html"))
    pairs = entry[3].split(" ")
    linked = pairs[1::2]
    assert linked[:3] == ["how-do-i-keep-photos-videos-apart",
                          "can-i-use-docker-compose-instead",
                          "is-bold-text-fine-in-a-question"]
    assert "can-i-use-docker-compose-instead-2" in linked and "user-content-kb-test" in linked
    assert "写真を削除するには" in linked and "is-there-a-refund" in linked
    page = (faq_site / entry[1]).read_text(encoding="utf-8")
    blocks = re.findall(r'<(?:details|div|p) class="[^"]*" id="([^"]+)"|<p id="([^"]+)"', page)
    on_page = [a or b for a, b in blocks]
    assert on_page == linked  # the same ids, in the same order, each once
    assert len(linked) == len(TITLES) + 2
    assert 'id="does-a-heading-ask"' in page  # toc's, and not a question's


def test_kbgen_search_names_the_question_after_the_path(
        faq_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from kbgen.cli import cli

    monkeypatch.chdir(faq_site.parent)
    text = CliRunner().invoke(cli, ["search", "thirty days", "-n", "1"])
    assert text.exit_code == 0
    assert text.output.splitlines()[1] == (
        "   content/articles/billing/faq.md#is-there-a-refund")
    found = CliRunner().invoke(cli, ["search", "ctrl", "--json", "-n", "1"])
    assert json.loads(found.output)[0]["anchor"] == "why-does-ctrl-stop-working"
    page = CliRunner().invoke(cli, ["search", "sentence", "--json", "-n", "1"])
    assert "anchor" not in json.loads(page.output)[0]  # the summary's word: the page

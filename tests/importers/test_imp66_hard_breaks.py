"""CommonMark's backslash line break, as the importer reads it (kbgen.importers.hard_breaks):
a `<br>` where CommonMark breaks the line (inside a paragraph, a list item or a quote), the
backslash kept where CommonMark shows it (in code, before a blank line or another block, at
the end of a heading, a table row or HTML, escaped). Each case rendered by Python-Markdown
as kbgen renders an article, and the published backslash counted."""

from __future__ import annotations

import markdown
import pytest

from kbgen.importers.hard_breaks import hard_breaks

BROKEN = {
    "paragraph": "One line.\\\nNext line.\n",
    "list item": "- One line.\\\n  Next line.\n",
    "numbered item": "1. One line.\\\n   Next line.\n",
    "quote": "> One line.\\\n> Next line.\n",
    "after bold": "**Note**\\\nNext line.\n",
    "after a link": "[Guide](guide.md)\\\nNext line.\n",
    "after code": "Run `make`\\\nNext line.\n",
    "windows path": "Open C:\\Users\\\nNext line.\n",
    "three in a row": "A\\\nB\\\nC\\\nD\n",
    "Japanese": "設定を開きます。\\\n次に保存します。\n",
    "after an URL": "See https://example.com/\\\nNext line.\n",
}
KEPT = {
    "indented code": "Text:\n\n    line one \\\n    line two\n",
    "fenced code": "```sh\ndocker run \\\n  image\n```\n",
    "tilde fence": "~~~\na \\\nb\n~~~\n",
    "before a blank line": "One line.\\\n\nNext paragraph.\n",
    "at the end": "Last line.\\",
    "escaped": "One line.\\\\\nNext line.\n",
    "heading": "## Title\\\nText.\n",
    "table row": "| a | b\\\n| --- | --- |\n",
    "before a list": "Items:\\\n- one\n",
    "before a heading": "Text\\\n# Title\n",
    "before a fence": "Text\\\n```\ncode\n```\n",
    "before a quote": "Text\\\n> quoted\n",
    "before a rule": "Text\\\n***\n",
    "in inline code": "Type `a \\\nb` here.\n",
    "HTML": "<div>text\\\nmore</div>\n",
}


def _shown(text: str) -> str:
    return markdown.markdown(text, extensions=["pymdownx.superfences", "tables"])


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_backslash_break_is_a_break(name: str) -> None:
    text, found = hard_breaks(BROKEN[name])
    assert found >= 1 and "<br>" in text, text
    html = _shown(text)
    assert "\\\n" not in html and "<br" in html, html


@pytest.mark.parametrize("name", list(KEPT))
def test_a_backslash_that_is_text_stays(name: str) -> None:
    assert hard_breaks(KEPT[name]) == (KEPT[name], 0)

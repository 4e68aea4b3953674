"""The code scanner agrees with the renderer: each case is rendered with the site's own
Markdown extensions (mkdocs.yml), and the text of every `<code>` element must be what
`CodeMap` says is code, in the same order."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from kbgen.core.markdown_code import CodeMap, code_spans

ROOT = Path(__file__).resolve().parents[2]


def site_markdown() -> markdown.Markdown:
    """A converter with the markdown_extensions of the repository's mkdocs.yml."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    settings: dict[str, dict[str, object]] = {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        if name.startswith("kbgen."):  # kbgen's own (the plugin guard): no Markdown syntax
            continue
        names.append(name)
        settings[name] = options or {}
    return markdown.Markdown(extensions=names, extension_configs=settings)


class _Code(HTMLParser):
    """The text of each `<code>` element of an HTML text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "code":
            self.depth += 1
            if self.depth == 1:
                self.found.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.found[-1] += data


def rendered_code(source: str) -> list[str]:
    converter = site_markdown()
    parser = _Code()
    parser.feed(converter.convert(source))
    return [" ".join(code.split()) for code in parser.found]


def scanned_code(source: str) -> list[str]:
    return [" ".join(piece.split()) for piece, is_code in CodeMap(source).pieces() if is_code]


LINK = "[a](missing.md)"
CASES = [
    ("three backticks", f"```\n{LINK}\n```\n\n{LINK}\n"),
    ("tildes", f"~~~\n{LINK}\n~~~\n"),
    ("language and options", '```python hl_lines="1" title="x.py"\nprint(1)\n```\n'),
    ("attribute list header", "``` { .python #id }\nprint(1)\n```\n"),
    ("unknown option: no fence", "```python bogus=\"1\"\n`x`\n```\n"),
    ("words after the fence: no fence", "```python is fun\n`x`\n```\n"),
    ("four holding three (issue 20)", f"````markdown\n```\n{LINK}\n```\n````\n\n{LINK}\n"),
    ("five holding four and three", "`````\n````\n```\nx\n```\n````\n`````\nafter `y`\n"),
    ("a longer fence does not close", "```\ncode\n`````\nstill\n```\nafter\n"),
    ("tilde fence holds backticks", "~~~\n```\ncode\n~~~\n`y`\n"),
    ("unclosed fence is text", f"```\n{LINK} `x`\nmore\n"),
    ("unclosed after a closed one", "```\na\n```\n\n~~~~\n`x`\n"),
    ("fence in a list", "- item\n\n    ```\n    code\n    ```\n\n- two `x`\n"),
    ("fence in a list, tight", "1. step\n    ```\n    code\n    ```\n2. next `y`\n"),
    ("fence indented less than its list", "- item\n\n    ```\n  code\n    ```\n"),
    ("fence in a quote", "> ```\n> code\n> ```\n> after `y`\n"),
    ("fence in a nested quote", "> > ```\n> > code\n> > ```\n"),
    ("quote fence broken by a deeper quote", "> ```\n> > x\n> ```\n"),
    ("fence in a note", '!!! note "Title"\n    ```\n    code\n    ```\n    after `z`\n'),
    ("fence in a details block", "??? tip\n    ~~~\n    code\n    ~~~\n"),
    ("fence in a note in a list", "- a\n\n    !!! note\n        ```\n        x\n        ```\n"),
    ("fence with blank lines", "```\na\n\n\nb\n```\n"),
    ("two fences", "```\na\n```\ntext `m`\n~~~\nb\n~~~\n"),
    ("tabs before a fence", "-\titem\n\n\t```\n\tcode\n\t```\n"),
    ("indented code", "para\n\n    code line\n    second\n\nafter\n"),
    ("indented code after a heading", "# H\n\n    code\n"),
    ("indented lines continue a paragraph", "para\n    lazy `x`\n"),
    ("indented block in a list is the item's", "- a\n\n    para `p`\n"),
    ("code in a list item", "- a\n\n        code8\n\n    para4\n"),
    ("code in a nested list item", "- a\n\n    - b\n\n            code12\n"),
    ("code in a tight nested list", "- a\n    - b\n\n        para8\n"),
    ("code in a note", "!!! note\n\n        code8\n\n    para4\n"),
    ("code in a definition", "Term\n:   def\n\n        code8\n"),
    ("code in a footnote", "x[^1]\n\n[^1]: note\n\n        code8\n"),
    ("code in a quote", "> a\n>\n>     qcode\n"),
    ("indented code with blank lines inside", "p\n\n    a\n\n    b\n\nq\n"),
    ("indented code then a list", "p\n\n    code\n\n- item\n\n    para\n"),
    ("a fence indented four is code", "    ```\n    fenced in indented\n    ```\n"),
    ("list ended by a paragraph", "- a\n\npara\n\n    code\n"),
    ("quote ended, then indented", "> - a\n\n    code\n"),
    ("raw HTML is not code", "<div>\n`x`\n\n    ind\n</div>\n\nafter `y`\n"),
    ("raw HTML after a paragraph", "para\n<div>\n`x`\n</div>\n"),
    ("raw HTML nested", "<div><div></div>\n`x`\n</div>\n`y`\n"),
    ("comment", "<!-- c\n`x`\n-->\n`y`\n"),
    ("inline HTML keeps code", "<span>`x`</span>\n"),
    ("hr", "<hr>\n`y`\n"),
    ("fence inside raw HTML", "<div>\n\n```\ncode\n```\n\n</div>\n"),
    ("one backtick", "Run `ls -l` now.\n"),
    ("two backticks hold one", "Type ``a`b`` here.\n"),
    ("shortened opener", "x ``a` y\n"),
    ("unmatched", "a ` b\n"),
    ("escaped", "a \\`b` c `d`\n"),
    ("escaped backslash", "a \\\\`b` c\n"),
    ("spans across lines", "para `x\ncontinued` y\n"),
    ("not across list items", "- a `x\n- b` y\n"),
    ("not across a heading", "# a `x\nb` y\n"),
    ("not across a blank line", "a `x\n\nb` y\n"),
    ("in a table", "| a | b |\n|---|---|\n| `x` | `y|z` |\n"),
    ("in a heading", "## Use `kb` now\n"),
    ("in a quote", "> a `x`\n> b `y\n> c` d\n"),
    ("keys are not code", "Press ++ctrl+c++ and `x`.\n"),
    ("link text", "[`code` link](x.md)\n"),
]


@pytest.mark.parametrize(("case", "source"), CASES, ids=[c for c, _ in CASES])
def test_scanner_finds_the_code_the_renderer_shows(case: str, source: str) -> None:
    assert scanned_code(source) == rendered_code(source)


def test_blanked_keeps_lines_and_columns() -> None:
    source = "a `b` c\n```\n<x>\n```\nd"
    assert CodeMap(source).blanked() == "a     c\n   \n   \n   \nd"


def test_code_spans_take_linear_time_on_unmatched_runs() -> None:
    runs = "".join("`" * length + " x " for length in range(1, 1500))  # 1.1 M characters
    assert code_spans(runs) == []

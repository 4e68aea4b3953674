"""`kbgen check` reads what markdown-include's `{!file!}` includes, as the build does
(chrome69; snippets since retry68): a page including a draft's phone number, a `.env` key or
an address passed check with "0 errors" and only the build refused it. Check expands the
statements itself (kbgen.site.markdown_include), with the site's `base_path`; one check of one
project judges every variant (each an article of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.site.markdown_include import IncludeOptions, expanded, include_options
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in
from tests.hostile.test_retry68_checked_includes import page_errors, page_slug

PHONE, ADDRESS = "+44 7911 123456", "jane.roe.c69@gmail.com"
KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
FILES = {
    "notes/secrets.env": f"STRIPE_KEY={KEY}\n",
    "notes/address.txt": f"Write to {ADDRESS}.\n",
    "notes/outer.txt": "{!address.txt!}\n",
    "notes/lines.txt": f"Fine first line.\nCall Jane on {PHONE}.\n",
    "notes/example.txt": "Write to name@example.com.\n",
    "content/articles/billing/plan.md": article("Plan", status="draft",
                                                body=f"## Plan\n\nCall Jane on {PHONE}.\n"),
}
INCLUDING = {
    "draft": "{!../content/articles/billing/plan.md!}",
    "env file": "{! secrets.env !}",
    "nested": "{!outer.txt!}",
    "in a code block": "```text\n{!address.txt!}\n```",
    "line range": "{!lines.txt!lines=2-2}",
    "one line": "{!lines.txt!lines=2}",
    "in a sentence": "See {!address.txt!} for more.",
    "in a list": "- Step one:\n\n    {!address.txt!}",
}
"""Pages whose includes publish a value no source of theirs holds."""
PUBLISHABLE = {
    "first line only": "{!lines.txt!lines=1}",
    "example address": "{!example.txt!}",
    "missing file": "{!gone.txt!}",
    "not a statement": "Braces {! in prose.",
}
"""Near misses: what they include may be published, or nothing is included."""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("includes")
    config = (f"{MINI_CONFIG}markdown_extensions:\n  - markdown_include.include:\n"
              "      base_path: notes\n")
    pages = {f"content/articles/billing/{page_slug(name)}.md": article(
        f"Page {name}", body=f"## Steps\n\nIntro.\n\n{include}\n")
        for name, include in {**INCLUDING, **PUBLISHABLE}.items()}
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **FILES, **pages},
                dedent_yaml=False)
    code, output = run_in(root, "check")
    assert code == 1, output
    return output


@pytest.mark.parametrize("name", INCLUDING)
def test_check_finds_what_an_include_publishes(checked: str, name: str) -> None:
    errors = page_errors(checked, name)
    assert any("would be published by text a Markdown extension included into the page" in e
               for e in errors), checked
    include = INCLUDING[name]
    line = 12 + include[:include.index("{!")].count("\n")  # the body's line 5 and on
    assert all(f".md:{line}: error: " in e for e in errors), errors  # the include's line


@pytest.mark.parametrize("name", PUBLISHABLE)
def test_what_may_be_published_passes(checked: str, name: str) -> None:
    assert page_errors(checked, name) == [], checked


def test_an_include_of_itself_ends(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").write_text("a {!loop.txt!}\n", encoding="utf-8")
    options = include_options([{"markdown_include.include": {"base_path": str(tmp_path)}}],
                              tmp_path)
    assert options == IncludeOptions(tmp_path)
    assert expanded("{!loop.txt!}", options).startswith("a a a")

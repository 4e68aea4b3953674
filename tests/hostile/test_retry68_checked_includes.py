"""`kbgen check` reads what pymdownx.snippets includes, as the build does (retry68).

On main a page including a draft's phone number (`--8<-- "content/articles/x/plan.md"`), a
`.env` file's Stripe key or an address in a nested snippet passed `kbgen check` with "0 errors";
only `kbgen build` refused it (kbgen.site.included), and a snippet saved as UTF-16 stopped the
build with a traceback. Check now expands each published article's includes with the site's
options and scans them the same way. One check of one project judges every variant (each an
article of its own)."""

from __future__ import annotations

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

PHONE, ADDRESS = "+44 7911 123456", "jane.roe.r68@gmail.com"
KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
FILES = {
    "notes/secrets.env": f"STRIPE_KEY={KEY}\n",
    "notes/address.txt": f"Write to {ADDRESS}.\n",
    "notes/entity.txt": "Write to jane.roe.r68&#64;gmail.com.\n",
    "notes/outer.txt": '--8<-- "notes/address.txt"\n',
    "notes/lines.txt": f"Fine first line.\nCall Jane on {PHONE}.\n",
    "notes/parts.txt": (f"# --8<-- [start:public]\nOpen Settings.\n# --8<-- [end:public]\n"
                        f"# --8<-- [start:private]\nCall Jane on {PHONE}.\n"
                        "# --8<-- [end:private]\n"),
    "notes/example.txt": "Write to name@example.com.\n",
    "content/articles/billing/plan.md": article("Plan", status="draft",
                                                body=f"## Plan\n\nCall Jane on {PHONE}.\n"),
}
INCLUDING = {
    "draft": '--8<-- "content/articles/billing/plan.md"',
    "env file": '--8<-- "notes/secrets.env"',
    "block syntax": "--8<--\nnotes/address.txt\n--8<--",
    "nested": '--8<-- "notes/outer.txt"',
    "entity": '--8<-- "notes/entity.txt"',
    "in a code block": '```text\n--8<-- "notes/address.txt"\n```',
    "line range": '--8<-- "notes/lines.txt:2:2"',
    "section": '--8<-- "notes/parts.txt:private"',
    "in a list": '- Step one:\n\n    --8<-- "notes/address.txt"',
}
"""Pages whose includes publish a value no source of theirs holds."""
UNREADABLE = {
    "utf-16": ('--8<-- "notes/utf16.txt"', "is not UTF-8"),
    "missing": ('--8<-- "notes/gone.txt"', "could not include a file"),
}
PUBLISHABLE = {
    "public section": '--8<-- "notes/parts.txt:public"',
    "public line": '--8<-- "notes/lines.txt:1:1"',
    "example address": '--8<-- "notes/example.txt"',
    "escaped": ';--8<-- "notes/secrets.env"',
}
"""Near misses: what they include may be published, or nothing is included."""


def page_slug(name: str) -> str:
    """The file name of the case `name`'s page."""
    return name.replace(" ", "-")


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("includes")
    config = (f"{MINI_CONFIG}markdown_extensions:\n  - pymdownx.snippets:\n"
              "      check_paths: true\n")
    pages = {f"content/articles/billing/{page_slug(name)}.md": article(
        f"Page {name}", body=f"## Steps\n\nIntro.\n\n{include}\n")
        for name, include in {**INCLUDING, **{n: i for n, (i, _) in UNREADABLE.items()},
                              **PUBLISHABLE}.items()}
    pages["content/about.md"] = '# About us\n\nWrite to us.\n\n--8<-- "notes/address.txt"\n'
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **FILES, **pages},
                dedent_yaml=False)
    (root / "notes" / "utf16.txt").write_bytes(f"Call {PHONE}\n".encode("utf-16"))
    code, output = run_in(root, "check")
    assert code == 1, output
    return output


def page_errors(output: str, name: str) -> list[str]:
    """The errors `kbgen check` printed for the case `name`'s page."""
    return [line for line in output.splitlines()
            if line.startswith(f"content/articles/billing/{page_slug(name)}.md:")
            and ": error: " in line]


@pytest.mark.parametrize("name", INCLUDING)
def test_check_finds_what_an_include_publishes(checked: str, name: str) -> None:
    errors = page_errors(checked, name)
    assert any("would be published by text a Markdown extension included into the page" in e
               for e in errors), checked
    include = INCLUDING[name]
    line = 12 + include[:include.index("--8<--")].count("\n")  # the body's line 5 and on
    assert all(f".md:{line}: error: " in e for e in errors), errors  # the include's line


@pytest.mark.parametrize("name", UNREADABLE)
def test_check_names_an_include_it_cannot_read(checked: str, name: str) -> None:
    assert any(UNREADABLE[name][1] in e for e in page_errors(checked, name)), checked


@pytest.mark.parametrize("name", PUBLISHABLE)
def test_what_may_be_published_passes(checked: str, name: str) -> None:
    assert page_errors(checked, name) == [], checked


def test_check_reads_a_pages_includes_too(checked: str) -> None:
    assert "content/about.md:5: error: e-mail address (j***@g***.com) would be published by" \
        " text a Markdown extension included into the page" in checked, checked

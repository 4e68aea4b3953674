"""An mdBook book imported as a new user would (issue 19). A trial on mdBook's own guide
(MPL-2.0, 33 chapters) showed on main: no mdBook reading (a plain folder), so `SUMMARY.md`, the
404 page and two files the book never showed as pages imported as articles; categories named
after folders (`Src`) instead of the summary's parts; `{{#include}}` and `{{#playground}}`
removed as Liquid (the text they showed lost); 7 of 30 old addresses redirected; links to a
chapter's `index.html` left as text. One read of one small book in mdBook's documented
syntax, shared."""

from __future__ import annotations

import re

import pytest

from kbgen.importers import markdown_site
from kbgen.importers.mdbook import included, old_address, summary_nav
from kbgen.importers.model import Export
from kbgen.importers.plan import Plan, Planner
from tests.conftest import write_files

BOOK = {
    "book.toml": '[book]\ntitle = "Hub help"\nlanguage = "en"\nsrc = "src"\n\n'
                 '[output.html]\nsite-url = "/hub/"\n\n[output.html.redirect]\n'
                 '"/pair/old.html" = "app.html#steps"\n"/setup.html" = "/start/install.html"\n'
                 '"/gone.html" = "nowhere.html"\n"/away.html" = "https://example.com/"\n',
    "src/SUMMARY.md": """\
# Summary

[Welcome](README.md)

# Getting started

- [Install](start/install.md)
- [Pairing](pair/README.md)
    - [With the app](pair/app.md)
    - [Draft: with NFC]()

# Fixes

* [Red light](fixes/red-light.md)

---

[Contributors](misc/thanks.md)
""",
    "src/README.md": "# Hub help\n\nStart with [installing](start/install.md).\n",
    "src/start/install.md": """\
# Install the hub app

{{#title Install | Hub help}}

See [pairing](../pair/index.html) and [the app](../pair/app.html#steps).

```toml
{{#include ../../hub.toml:wifi}}
```

{{#include ../shared/steps.md}}

Lines two to three:

```text
{{#include ../../log.txt:2:3}}
```

{{#playground ../../example.rs editable}}

Written as text: `\\{{#include not-this.md}}`.

{{#include ../../../outside.md}}
""",
    "src/pair/README.md": "# Pairing\n\nHold the button.\n",
    "src/pair/app.md": "# Pair with the app\n\n## Steps\n\nOpen the app.\n",
    "src/fixes/red-light.md": "# The light is red\n\nRestart it.\n",
    "src/misc/thanks.md": "# Thanks\n\nTo everyone.\n",
    "src/shared/steps.md": "1. Charge it.\n2. {{#include note.md}}\n",
    "src/shared/note.md": "Wait for the light.\n",
    "src/404.md": "# Not found\n",
    "src/unlisted.md": "# Old page\n\nNot in the summary.\n",
    "hub.toml": "[hub]\nname = 'x'\n# ANCHOR: wifi\n[wifi]\nssid = 'home'\n# ANCHOR_END: wifi\n",
    "log.txt": "one\ntwo\nthree\nfour\n",
    "example.rs": "fn main() {\n    println!(\"hi\");\n}\n",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, Plan]:
    root = tmp_path_factory.mktemp("mdbook68") / "book"
    write_files(root, BOOK, dedent_yaml=False)
    write_files(root.parent, {"outside.md": "Outside the book.\n"})
    export = markdown_site.read(root)
    return export, Planner(export, root / "kb" / "content").make()


def _planned(read: tuple[Export, Plan], title: str) -> str:
    return next(p.text for p in read[1].articles if p.source.title == title)


def test_the_book_is_read_as_mdbook(read: tuple[Export, Plan]) -> None:
    export, plan = read
    assert markdown_site.site_of(export.files).flavour == "mdbook"
    titles = sorted(a.title for a in export.articles)
    assert titles == ["Hub help", "Install the hub app", "Pair with the app", "Pairing",
                      "Thanks", "The light is red"]  # the page's heading, not `Install`
    skipped = dict(export.skipped)
    assert "table of contents" in skipped["SUMMARY.md"]
    assert "not in SUMMARY.md" in skipped["unlisted.md"] and "404.md" in skipped
    assert "not in SUMMARY.md" in skipped["shared/steps.md"]  # included, no page


def test_parts_are_categories_in_the_summarys_order(read: tuple[Export, Plan]) -> None:
    _, plan = read
    folders = {p.source.title: p.category for p in plan.articles}
    titles = {key: entry["title"] for key, entry in plan.categories.items()}
    assert titles[folders["Install the hub app"]] == "Getting started"  # the part
    assert titles[folders["Pairing"]] == "Pairing"  # a folder with its own chapter
    assert folders["Pair with the app"] == folders["Pairing"]
    assert titles[folders["The light is red"]] == "Fixes"
    assert folders["Hub help"] == folders["Install the hub app"]  # the welcome page first
    order = [titles[f] for f in sorted(titles, key=lambda f: plan.categories[f]["order"])]
    assert order.index("Getting started") < order.index("Pairing") < order.index("Fixes")


def test_includes_are_filled(read: tuple[Export, Plan]) -> None:
    body = _planned(read, "Install the hub app")
    assert "```toml\n[wifi]\nssid = 'home'\n```" in body and "ANCHOR" not in body
    assert "1. Charge it.\n2. Wait for the light." in body  # nested, relative to its file
    assert "```text\ntwo\nthree\n```" in body
    assert '```rust\nfn main() {\n    println!("hi");\n}\n```' in body
    assert "`{{#include not-this.md}}`" in body  # escaped: shown as text
    assert "#title" not in body and "Outside the book." not in body
    warnings = next(a.warnings for a in read[0].articles if a.title == "Install the hub app")
    assert any("not in the book removed" in w and "(1×)" in w for w in warnings), warnings


def test_old_addresses_and_links(read: tuple[Export, Plan]) -> None:
    export, _ = read
    urls = {a.title: a.old_urls for a in export.articles}
    assert "/start/install.html" in urls["Install the hub app"]
    assert "/pair/index.html" in urls["Pairing"]
    assert "/index.html" not in urls["Hub help"]  # the book's home: kbgen's home stands there
    body = _planned(read, "Install the hub app")
    links = dict(re.findall(r"\[([\w ]+)\]\(([^)]*)\)", body))
    assert links["pairing"].endswith("pair/pairing.md") or links["pairing"].endswith(".md")
    assert links["the app"].endswith(".md#steps")


def test_the_books_redirects_are_kept(read: tuple[Export, Plan]) -> None:
    export, _ = read
    urls = {a.title: a.old_urls for a in export.articles}
    assert "/pair/old.html" in urls["Pair with the app"]  # relative to the old one's folder
    assert "/setup.html" in urls["Install the hub app"]
    skipped = dict(export.skipped)
    assert "no imported article" in skipped["book.toml [output.html.redirect]: /gone.html"]
    assert "another site" in skipped["book.toml [output.html.redirect]: /away.html"]


@pytest.mark.parametrize(("relative", "address"), [
    ("README", "/index.html"), ("guide/README", "/guide/index.html"),
    ("guide/index", "/guide/index.html"), ("guide/install", "/guide/install.html"),
])
def test_addresses(relative: str, address: str) -> None:
    assert old_address(relative) == address


@pytest.mark.parametrize(("summary", "nav"), [
    ("# Summary\n\n- [A](a.md)\n", [{"A": "a.md"}]),
    ("- [A](a.md)\n- [B]()\n", [{"A": "a.md"}]),  # no title; a draft
    ("# Summary\n\n# Part\n\n- [A](./a.md)\n", [{"Part": [{"A": "a.md"}]}]),
    ("# Part one\n\n- [A](a.md)\n\n# Part two\n\n- [B](b.md)\n",  # the first is the title
     [{"A": "a.md"}, {"Part two": [{"B": "b.md"}]}]),
    ("[P](p.md)\n\n# X\n\n- [A](a.md)\n\n---\n\n[S](s.md)\n",
     [{"P": "p.md"}, {"X": [{"A": "a.md"}, {"S": "s.md"}]}]),  # where the sidebar shows it
    ("# Summary\n\n- [A *new*](<a b.md>)\n", [{"A *new*": "a b.md"}]),
    ("# Summary\n\n- [Site](https://example.com/)\n", []),
])
def test_summary_variants(summary: str, nav: list[object]) -> None:
    assert summary_nav(summary) == nav


def test_an_include_that_includes_itself_stops(tmp_path_factory: pytest.TempPathFactory
                                               ) -> None:
    root = tmp_path_factory.mktemp("loop")
    (root / "a.md").write_text("Again {{#include a.md}}\n", encoding="utf-8")
    body, counts = included((root / "a.md").read_text(encoding="utf-8"), root / "a.md", root)
    assert body.count("Again") == 11 and counts["missing"] == 1


def test_help_and_readme_name_mdbook() -> None:
    from click.testing import CliRunner

    from kbgen.cli import cli
    from tests.conftest import REPO

    assert "mdBook" in CliRunner().invoke(cli, ["import", "--help"]).output
    assert "mdBook (`book.toml`" in (REPO / "README.md").read_text(encoding="utf-8")

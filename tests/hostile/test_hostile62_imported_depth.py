"""Imported data nested deeper than Python's parsers read (hostile61's left (e), as a class).
On main one page of a Hugo or Jekyll site whose front matter nests 20,000 lists (40 KB), 3,000
block keys or 5,000 flow mappings, or TOML front matter nesting 20,000 arrays, stopped the
whole `kbgen import` ("a value of a kind kbgen cannot read (RecursionError ...); nothing was
written"); so did settings or data files nested so deep (`_config.yml`, `_data/*.yml`,
mkdocs.yml, a nav 1,500 sections deep, Hugo's config.toml or config.json). Every YAML, JSON and
TOML reader of the importers now turns the parser's RecursionError into the error it raises
for unreadable text (kbgen.core.yaml_aliases, kbgen.core.nested_data): the page is skipped
with its reason, settings are read as unreadable ones are, and the other pages import."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.test_hostile61_imported_aliases import _import

DEEP = "[" * 20000 + "]" * 20000
PAIR = "---\ntitle: Pair the hub\n---\n\nOpen the app.\n"

PAGES = {
    "lists": f"---\ntitle: Lists\nx: {DEEP}\n---\n\nHold it.\n",
    "block-keys": "---\ntitle: Keys\n" + "".join("  " * i + f"k{i}:\n" for i in range(3000))
                  + "  " * 3000 + "v: 1\n---\n\nHold it.\n",
    "flow-maps": "---\ntitle: Maps\nx: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n---\n\nHold.\n",
    "toml-arrays": f'+++\ntitle = "Arrays"\nx = {DEEP}\n+++\n\nHold it.\n',
    "toml-tables": '+++\ntitle = "Tables"\nx = ' + "{a = " * 5000 + "1" + "}" * 5000
                   + "\n+++\n\nHold it.\n",
}
"""Hugo pages whose front matter nests too deep, by file name."""

SETTINGS = {
    "jekyll page": {"_config.yml": "title: Docs\n", "docs/pair.md": PAIR,
                    "docs/reset.md": f"---\ntitle: Reset\nx: {DEEP}\n---\n\nHold it.\n"},
    "jekyll settings": {"_config.yml": f"title: Docs\nx: {DEEP}\n", "docs/pair.md": PAIR},
    "jekyll data": {"_config.yml": "title: Docs\n", "_data/nav.yml": f"x: {DEEP}\n",
                    "docs/pair.md": PAIR},
    "mkdocs settings": {"mkdocs.yml": f"site_name: Docs\nextra: {DEEP}\n",
                        "docs/pair.md": "# Pair the hub\n\nOpen the app.\n"},
    "mkdocs nav": {"mkdocs.yml": "site_name: Docs\nnav:\n" + "".join(
        "  " * (i + 1) + f"- S{i}:\n" for i in range(1500)) + "  " * 1502 + "- pair.md\n",
        "docs/pair.md": "# Pair the hub\n\nOpen the app.\n"},
    "hugo toml settings": {"config.toml": f'title = "Docs"\nx = {DEEP}\n',
                           "content/guide/pair.md": PAIR},
    "hugo json settings": {"config.json": '{"title": "Docs", "x": ' + DEEP + "}\n",
                           "content/guide/pair.md": PAIR},
}
"""Sites whose settings, data or one page nest too deep, beside a readable page."""


def _imported(project: Path) -> list[str]:
    return sorted(path.stem for path in (project / "content/articles").rglob("*.md"))


def test_pages_nested_too_deep_are_skipped(tmp_path: Path) -> None:
    files = {"config.toml": 'title = "Docs"\n', "content/guide/pair.md": PAIR,
             **{f"content/guide/{name}.md": text for name, text in PAGES.items()}}
    project, output = _import(tmp_path, files)
    assert "Imported 1 articles" in output, output
    assert "pair" in _imported(project)
    for name in PAGES:
        assert f"content/guide/{name}.md: front matter is not readable (" in output, output
    assert output.count("nested too deeply to read") == len(PAGES), output


@pytest.mark.parametrize("site", SETTINGS)
def test_the_rest_imports_beside_data_nested_too_deep(tmp_path: Path, site: str) -> None:
    project, output = _import(tmp_path, SETTINGS[site])
    assert "RecursionError" not in output and "nothing was written" not in output, output
    assert "pair" in _imported(project), output

"""YAML aliases that expand what `kbgen import` reads from a hostile site (a "billion
laughs"). On main a Hugo page whose front matter repeats nine aliases nine deep under `tags`
and `aliases` (a billion values in 700 bytes) kept `kbgen import` running until it was killed
(over two minutes, no output); a million values made it write every one. Every YAML document
the importers read (front matter, `_config.yml`, an MkDocs site's mkdocs.yml, data files) is
now composed first and refused when its aliases add more than 100,000 values
(kbgen.core.yaml_aliases): the page is skipped as unreadable, at its line, and nothing of it
is written; settings that expand are read as unreadable ones are (the pages still import);
a few aliases import as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import write_files


def _levels(levels: int) -> str:
    lines = [f"l0: &l0 [{', '.join(['x'] * 10)}]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


BOMB = _levels(6) + "tags: *l5\naliases: *l5\n"
PAGES = {
    "hugo page": {"config.toml": 'title = "Docs"\n',
                  "content/guide/reset.md": f"---\ntitle: Reset the hub\n{BOMB}---\n\nHold it.\n",
                  "content/guide/pair.md": "---\ntitle: Pair the hub\n---\n\nOpen the app.\n"},
    "jekyll page": {"_config.yml": "title: Docs\n",
                    "docs/reset.md": f"---\ntitle: Reset the hub\n{BOMB}---\n\nHold it.\n",
                    "docs/pair.md": "---\ntitle: Pair the hub\n---\n\nOpen the app.\n"},
}
SETTINGS = {
    "jekyll settings": {"_config.yml": "title: Docs\n" + _levels(6) + "defaults: *l5\n",
                        "docs/pair.md": "---\ntitle: Pair the hub\n---\n\nOpen the app.\n"},
    "mkdocs settings": {"mkdocs.yml": "site_name: Docs\nextra:\n"
                        + "".join(f"  {line}\n" for line in _levels(6).splitlines())
                        + "nav: *l5\n",
                        "docs/pair.md": "# Pair the hub\n\nOpen the app.\n"},
}


def _import(root: Path, files: dict[str, str]) -> tuple[Path, str]:
    runner = CliRunner()
    init = runner.invoke(cli, ["init", str(root / "kb"), "--company", "Acme",
                               "--site-name", "Acme help"])
    assert init.exit_code == 0, init.output
    write_files(root / "source", files, dedent_yaml=False)
    result = runner.invoke(cli, ["import", "-f", str(root / "kb/mkdocs.yml"),
                                 str(root / "source")])
    return root / "kb", result.output


@pytest.mark.parametrize("site", PAGES)
def test_an_expanding_page_is_refused(tmp_path: Path, site: str) -> None:
    project, output = _import(tmp_path, PAGES[site])
    assert "YAML aliases (*name) expand the text by" in output, output
    written = "".join(path.read_text(encoding="utf-8")
                      for path in (project / "content").rglob("*.md"))
    assert "Reset the hub" not in written and written.count("\n") < 2_000


@pytest.mark.parametrize("site", SETTINGS)
def test_expanding_settings_are_read_as_none(tmp_path: Path, site: str) -> None:
    """The old site's settings are then unreadable, as a broken file is: its pages import."""
    project, output = _import(tmp_path, SETTINGS[site])
    assert "Pair the hub" in "".join(path.read_text(encoding="utf-8")
                                     for path in (project / "content").rglob("pair.md")), output


def test_a_few_aliases_import(tmp_path: Path) -> None:
    page = "---\ntitle: Reset the hub\nt: &t [wifi, hub]\ntags: *t\n---\n\nHold it.\n"
    project, output = _import(tmp_path, {"config.toml": 'title = "Docs"\n',
                                         "content/guide/reset.md": page})
    article = next((project / "content/articles").rglob("reset*.md"))
    assert "Reset the hub" in article.read_text(encoding="utf-8"), output

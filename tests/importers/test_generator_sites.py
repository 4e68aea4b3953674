"""Real MkDocs, Docusaurus and Hugo help sites moved into kbgen as a new user would: what broke
on Pi-hole's docs (MkDocs), AdGuard's knowledge base (Docusaurus) and Mastodon's docs (Hugo,
multilingual), each case written small here. Each site is imported into one project, which is
built once for the module; each test reads what was written or published."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import run_cli

MKDOCS = {
    "mkdocs.yml": """\
site_name: Sinkhole docs
site_url: https://docs.sinkhole.example/
markdown_extensions:
  - admonition
  - pymdownx.tabbed:
      alternate_style: true
nav:
  - 'About': index.md
  - 'Getting Started':
    - 'Getting Started': start/index.md
    - 'Installation': start/basic-install.md
  - 'The &nbsp<samp>sinkhole</samp>&nbsp Command': start/command.md
""",
    ".devcontainer/devcontainer.json": '{\n  // comments, as VS Code allows\n  "name": "x"\n}\n',
    "docs/index.md": "# Sinkhole\n\nA DNS sinkhole.\n",
    "docs/start/index.md": "Before you install, read the [installation](basic-install.md)"
                           " page.\n\n## Supported systems\n\nDebian and Fedora.\n",
    "docs/start/basic-install.md": "Run the installer. See [getting started](index.md).\n",
    "docs/start/command.md": "Type `sinkhole -h` for help.\n",
}
"""Pi-hole's shape: titles only in `nav:` (pages without a heading), a section's `index.md`
with content of its own, a JSONC file for the editor beside the site."""

DOCUSAURUS = {
    "docusaurus.config.js": "module.exports = {};\n",
    "docs/blocker-for-linux/solving-problems/_category_.json": "",
    "docs/blocker-for-linux/solving-problems/auto-start.md":
        "---\ntitle: Start at login\nsidebar_position: 2\n---\n\nEnable the service.\n",
}
"""AdGuard's shape: an empty `_category_.json` (Docusaurus takes the folder's name)."""


@dataclass
class Imported:
    project: Path
    outputs: dict[str, str]

    def article(self, path: str) -> str:
        return (self.project / "content/articles" / path).read_text(encoding="utf-8")

    def page(self, path: str) -> str:
        return (self.project / "site/articles" / path).read_text(encoding="utf-8")


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("generators")
    init = run_cli("init", str(root / "kb"), "--company", "Acme", "--site-name", "Acme help")
    assert init.returncode == 0, init.stdout + init.stderr
    project = root / "kb"
    outputs = {}
    for name, files in (("mkdocs", MKDOCS), ("docusaurus", DOCUSAURUS)):
        result = run_cli("import", str(_write(root / name, files)), cwd=project)
        assert result.returncode == 0, result.stdout + result.stderr
        outputs[name] = result.stdout
    build = run_cli("build", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    return Imported(project, outputs)


def test_a_site_with_json_beside_it_is_read_as_the_site(imported: Imported) -> None:
    """A JSONC `devcontainer.json` and an empty `_category_.json` made the importer read the
    folder as a JSON export and stop at the first unreadable file."""
    assert imported.article("blocker-for-linux/auto-start.md")
    assert "Imported 1 articles from markdown" in imported.outputs["docusaurus"]

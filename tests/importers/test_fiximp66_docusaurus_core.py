"""rev66 F13: the Docusaurus version is read wherever package.json lists `@docusaurus/core`
(many template sites list it under `devDependencies` beside a `dependencies` of React only);
it was read as unknown there, so a v2 site's indented code was made text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kbgen.importers.docusaurus_format import core_major
from kbgen.importers.markdown_site import read
from tests.conftest import write_files

CORE = "@docusaurus/core"
PACKAGES: list[tuple[str, Any, int | None]] = [
    # (case, package.json's content (None: no file; a str: written as is), major)
    ("dev only", {"devDependencies": {CORE: "^2.4.3"}}, 2),
    ("react in deps, core in dev", {"dependencies": {"react": "^17.0.2"},
                                    "devDependencies": {CORE: "^2.4.3"}}, 2),
    ("empty deps, core in dev",
     {"dependencies": {}, "devDependencies": {CORE: "2.0.0-beta.21"}}, 2),
    ("deps list, core in dev", {"dependencies": ["react"], "devDependencies": {CORE: "~2.1.0"}}, 2),
    ("peer only", {"dependencies": {"react": "18"}, "peerDependencies": {CORE: ">=3.1"}}, 3),
    ("deps first", {"dependencies": {CORE: "3.5.2"}, "devDependencies": {CORE: "^2.4.3"}}, 3),
    ("v3 in dev", {"dependencies": {"clsx": "^2.0.0"}, "devDependencies": {CORE: "^3.6.0"}}, 3),
    ("deps only", {"dependencies": {CORE: "^2.4.3"}}, 2),
    ("not listed", {"dependencies": {"react": "^18"}, "devDependencies": {"typescript": "5"}},
     None),
    ("not a version", {"devDependencies": {CORE: "latest"}}, None),
    ("a number, not text", {"devDependencies": {CORE: 2}}, None),
    ("a list file", ["@docusaurus/core"], None),
    ("broken JSON", '{"devDependencies": {', None),
    ("no file", None, None),
]


@pytest.mark.parametrize(("case", "package", "major"), PACKAGES, ids=[c[0] for c in PACKAGES])
def test_the_core_version_is_read_from_any_dependency_list(
        tmp_path: Path, case: str, package: Any, major: int | None) -> None:
    if package is not None:
        text = package if isinstance(package, str) else json.dumps(package)
        (tmp_path / "package.json").write_text(text, encoding="utf-8")
    assert core_major(tmp_path) == major, case


def test_a_v2_site_with_its_core_in_dev_dependencies_keeps_indented_code(tmp_path: Path) -> None:
    """rev66's site: the command indented four spaces stays code (MDX v1 read it so)."""
    write_files(tmp_path, {
        "docusaurus.config.js": "module.exports = {title: 'Initech'};\n",
        "package.json": json.dumps({"dependencies": {"react": "^17.0.2"},
                                    "devDependencies": {CORE: "^2.4.3"}}),
        "docs/intro.md": "---\ntitle: Start\ndescription: How.\n---\n\nRun:\n\n"
                         "    initech --start --port 8080\n\nDone.\n"}, dedent_yaml=False)
    result = read(tmp_path)
    body = result.articles[0].body
    assert "Run:\n\n    initech --start --port 8080\n\nDone." in body, body

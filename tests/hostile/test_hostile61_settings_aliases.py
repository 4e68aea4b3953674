"""YAML aliases that expand mkdocs.yml (a "billion laughs"). Front matter and data files
refuse aliases; mkdocs.yml was read with them. On main a 600-byte mkdocs.yml whose anchors
repeat nine aliases nine deep (a million values under `extra`) passed `kbgen check` and
build, each taking about two minutes longer (MkDocs, kbgen's readings of the settings and the
theme all walk the expanded data); one level more is ten times that, and an hour of CI or the
machine's memory. Now the settings' first reading (kbgen.core.config_tags, before MkDocs)
counts what aliases add, without expanding them, and refuses more than 100,000 values at the
anchor's line, in any place of the file (extra, nav, an extension's options, a merge key, a
file it `INHERIT`s); a few aliases still build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in


def _levels(indent: str, first: str = "x") -> str:
    """Six anchors of ten aliases each below a key (10^6 values), the last one used."""
    lines = [f"{indent}l0: &l0 [{', '.join([first] * 10)}]"]
    lines += [f"{indent}l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 6)]
    return "\n".join(lines) + "\n"


BOMBS = {
    "extra": ("extra:\n" + _levels("  "), {}),
    "extra.kb sibling": ("extra:\n  kb: {}\n  more:\n" + _levels("    "), {}),
    "extension options": ("markdown_extensions:\n  - toc:\n      permalink: true\n"
                          "      x:\n" + _levels("        "), {}),
    "merge keys": ("extra:\n  m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9}\n"
                   + "".join(f"  m{i}: &m{i} {{{', '.join(f'k{j}: *m{i - 1}' for j in range(10))}}}"
                             "\n" for i in range(1, 6)), {}),
    "inherited": ("INHERIT: base.yml\n", {"base.yml": "extra:\n" + _levels("  ")}),
    "a mapping of strings": ("extra:\n" + _levels("  ", "'a long string value'"), {}),
}


def project(root: Path, settings: str, files: dict[str, str]) -> Path:
    write_files(root, {"mkdocs.yml": MINI_CONFIG + settings, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/card.md": article(), **files},
                dedent_yaml=False)
    return root


@pytest.mark.parametrize("case", BOMBS)
def test_check_and_build_refuse_each(tmp_path: Path, case: str) -> None:
    settings, files = BOMBS[case]
    root = project(tmp_path, settings, files)
    shown = "base.yml" if files else "mkdocs.yml"
    for command in ("check", "build"):
        code, output = run_in(root, command)
        assert code == 1, output
        assert f"{shown}:" in output and "YAML aliases (*name) expand this file by" in output
    assert not (root / "site").exists()


def test_the_error_names_the_anchor_that_adds_most(tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, BOMBS["extra"][0], {}), "check")
    assert code == 1 and "mkdocs.yml:18: error: YAML aliases (*name) expand this file by" \
        " 1,234,550 values (at most 100,000)" in output, output  # l4, ten times in l5


def test_a_few_aliases_build(tmp_path: Path) -> None:
    root = project(tmp_path, "extra:\n  a: &a {x: 1, y: 2}\n  b: *a\n  c: {<<: *a, z: 3}\n", {})
    code, output = run_in(root, "build")
    assert code == 0, output
    assert (root / "site/index.html").is_file()

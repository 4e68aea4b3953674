"""mkdocs.yml nested deeper than PyYAML can read. On main a value of 20,000 nested lists
(`x: [[[...]]]`, 40 KB), 5,000 nested flow mappings or 3,000 nested keys under `extra` (or in
a file it `INHERIT`s) stopped `kbgen check` and build with a Python traceback (RecursionError
in PyYAML's composer, from the settings' first reading), no file or line. Now that reading
(kbgen.core.config_tags) reports it at the line where the nesting is deepest; a setting nested
a few levels builds (tests/hostile/test_hostile61_settings_aliases.py builds one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

FLOW_LIST = "extra:\n  x: " + "[" * 20_000 + "]" * 20_000 + "\n"
FLOW_MAP = "extra:\n  x: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n"
BLOCK = "extra:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(3_000)) \
    + "  " * 3_001 + "v: 1\n"
CASES = {"flow list": (FLOW_LIST, {}, "mkdocs.yml:14"),
         "flow mapping": (FLOW_MAP, {}, "mkdocs.yml:14"),
         "block keys": (BLOCK, {}, "mkdocs.yml:3014"),
         "inherited": ("INHERIT: base.yml\n", {"base.yml": FLOW_LIST}, "base.yml:2")}


@pytest.mark.parametrize("case", CASES)
def test_check_and_build_say_where(tmp_path: Path, case: str) -> None:
    settings, files, place = CASES[case]
    write_files(tmp_path, {"mkdocs.yml": MINI_CONFIG + settings, "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/billing/card.md": article(), **files},
                dedent_yaml=False)
    for command in ("check", "build"):
        code, output = run_in(tmp_path, command)  # asserts there is no traceback
        assert code == 1 and f"{place}: error: YAML nested too deeply to read" in output, output
    assert not (tmp_path / "site").exists()

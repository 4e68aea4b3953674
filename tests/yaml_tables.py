"""Test tables kept in YAML (the gate's hostile variants, review cases, query sets), read once
per process with libyaml: PyYAML's pure-Python loader took about a CPU second per megabyte,
and every pytest-xdist worker reads them again while collecting (bench/gatecorpus/hostile.yml,
1.1 MB, was read by three modules). The tables are shared: never change what this returns."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it (its wheels are), else the same rules
in Python."""


@cache
def yaml_table(path: Path) -> Any:
    """The YAML file at `path`, loaded as `yaml.safe_load` loads it."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)  # noqa: S506

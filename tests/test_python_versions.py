"""The Pythons kbgen claims are the ones its checks read it as (py64).

`requires-python` once said 3.10 while the code needed 3.11 (`tomllib`, `re`'s possessive
quantifiers): pip installed kbgen on 3.10 and every command then failed. CI runs one Python,
so mypy and ruff read the code as the floor, mypy as the newest Python tried too, and a
missing standard module must stay an error (a global `ignore_missing_imports` hid `tomllib`).
"""

from __future__ import annotations

import re
import sys
import tomllib
from typing import Any

import pytest

from tests.conftest import REPO


def _version(text: str) -> tuple[int, int]:
    """`3.11` or ruff's `py311` as (3, 11)."""
    found = re.fullmatch(r"(\d+)\.(\d+)|py(\d)(\d+)", text)
    assert found, f"not a Python version: {text!r}"
    major, minor = (found[1], found[2]) if found[1] else (found[3], found[4])
    return int(major), int(minor)


@pytest.fixture(scope="module")
def pyproject() -> dict[str, Any]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def floor(pyproject: dict[str, Any]) -> tuple[int, int]:
    found = re.fullmatch(r">=\s*(\d+\.\d+)", pyproject["project"]["requires-python"])
    assert found, "requires-python should be a plain floor such as '>=3.11'"
    return _version(found[1])


def _classified(pyproject: dict[str, Any]) -> list[tuple[int, int]]:
    prefix = "Programming Language :: Python :: "
    return sorted(_version(c.removeprefix(prefix)) for c in pyproject["project"]["classifiers"]
                  if re.fullmatch(re.escape(prefix) + r"\d+\.\d+", c))


def test_the_floor_runs_what_the_code_needs(floor: tuple[int, int]) -> None:
    assert floor >= (3, 11), "kbgen imports tomllib and uses possessive quantifiers (3.11)"
    assert sys.version_info[:2] >= floor


def test_mypy_and_ruff_read_the_code_as_the_floor(
        pyproject: dict[str, Any], floor: tuple[int, int]) -> None:
    assert _version(pyproject["tool"]["mypy"]["python_version"]) == floor
    assert _version(pyproject["tool"]["ruff"]["target-version"]) == floor


def test_a_missing_standard_module_stays_a_mypy_error(pyproject: dict[str, Any]) -> None:
    assert not pyproject["tool"]["mypy"].get("ignore_missing_imports")
    for override in pyproject["tool"]["mypy"].get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        assert all(m.split(".")[0] not in sys.stdlib_module_names for m in modules), modules


def test_the_classifiers_are_the_pythons_checked(
        pyproject: dict[str, Any], floor: tuple[int, int]) -> None:
    classified = _classified(pyproject)
    assert classified and classified[0] == floor
    ceiling = re.search(r"^mypy --python-version (\d+\.\d+) kbgen",
                        (REPO / ".ci" / "run").read_text(encoding="utf-8"), re.MULTILINE)
    assert ceiling, ".ci/run should type-check kbgen as the newest Python it claims"
    assert _version(ceiling[1]) == classified[-1]


@pytest.mark.parametrize("path", ["kbgen/scaffold/dot-gitlab-ci.yml",
                                  "kbgen/scaffold/dot-github/workflows/publish.yml",
                                  "kbgen/scaffold/netlify.toml", "netlify.toml"])
def test_new_sites_publish_on_a_python_kbgen_claims(path: str, floor: tuple[int, int]) -> None:
    text = (REPO / path).read_text(encoding="utf-8")
    versions = re.findall(r"(?:python-version: \"|image: python:|PYTHON_VERSION = \")(\d+\.\d+)",
                          text)
    assert versions and all(_version(v) >= floor for v in versions), versions


def test_a_new_sites_readme_names_the_floor(floor: tuple[int, int]) -> None:
    text = (REPO / "kbgen/scaffold/README.md.tmpl").read_text(encoding="utf-8")
    assert re.findall(r"Python (\d+\.\d+) or newer", text) == ["%d.%d" % floor]

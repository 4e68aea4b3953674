"""A data file over the size limit (`_data/synonyms.yml`, `_data/contact.yml`) is refused by
the loader without being read (kbgen.core.loader `_too_big`); the gate does not read it either.
On main the gate parsed and scanned it anyway: a 500 kB synonyms file of 40,000 values cost
`kbgen check` about 9 CPU s of scanning after its refusal. Work is counted, not timed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.core import gate, strictyaml
from tests.helpers import run_cli

HUGE = {
    "content/_data/synonyms.yml": "".join(f"- [word{i}, other{i}]\n" for i in range(20_000)),
    "content/_data/contact.yml": "email: help@example.com\nnotes:\n"
    + "".join(f"  - line {i} of a long note about the desk\n" for i in range(8_000)),
}


@pytest.mark.parametrize("path", HUGE)
def test_the_gate_does_not_read_a_data_file_refused_for_its_size(
        write_project: Callable[[dict[str, str]], Path], monkeypatch: pytest.MonkeyPatch,
        path: str) -> None:
    config = write_project({path: HUGE[path]})
    read: list[int] = []
    parse = strictyaml.load_yaml

    def counted(text: str, *args: object, **kwargs: object) -> object:
        read.append(len(text))
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(gate, "load_yaml", counted)  # the gate's own reads of data files
    result = run_cli("check", cwd=config.parent)
    assert result.returncode == 1
    assert f"{path.removeprefix('content/')}:1: error: the file is" in result.stdout + \
        result.stderr
    assert "data files are limited to 256 kB" in result.stdout + result.stderr
    assert not [size for size in read if size > 256_000], read

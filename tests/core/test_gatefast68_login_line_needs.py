"""The login phrases' shapes are tried only on the lines that hold their need (each shape reads
its line alone and holds one of the need's words), with the same findings: on main they were
tried on every line of a text whose need was met anywhere."""

from __future__ import annotations

from typing import Any

import pytest

from kbgen.core.privacy import Allowed, detectors, scan
from kbgen.core.privacy.model import PASSWORD

_STEPS = [f"Restart the thermostat {n} times and wait for the green light." for n in range(20)]
_TEXT = "\n".join(["The technician checked the router.", "Log in as admin / Summer2024!x7",
                   *_STEPS])


@pytest.fixture(scope="module")
def scanned() -> tuple[list[Any], list[str]]:
    asked: list[str] = []
    original = detectors._phrases_with_logins

    def counted(line: str, judge: Any) -> Any:
        asked.append(line)
        return original(line, judge)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(detectors, "_phrases_with_logins", counted)
        findings = scan(_TEXT, Allowed())
    return findings, asked


def test_the_phrase_is_still_found(scanned: tuple[list[Any], list[str]]) -> None:
    findings, _ = scanned
    assert [(finding.line, finding.kind) for finding in findings] == [(2, PASSWORD)]


def test_lines_without_the_need_are_not_read(scanned: tuple[list[Any], list[str]]) -> None:
    _, asked = scanned
    assert asked and all("Log in as admin" in line for line in asked)
    assert not set(asked) & set(_STEPS)

"""Fixtures shared by the hostile tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import article


@pytest.fixture
def project(write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A valid small project (one article), as the working directory; a test file that needs
    more defines its own."""
    config = write_project({"content/articles/wifi/ok.md": article("Fine article")})
    monkeypatch.chdir(config.parent)
    return config.parent

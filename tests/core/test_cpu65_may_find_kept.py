"""A short text's detectors are kept by the text (kbgen.core.privacy.detectors._may_find_kept,
issue 13: a help centre repeats its steps and notes, and each need was asked again): the kept
answer is the one every need gives, asked of the same text, for any set of detectors."""

from __future__ import annotations

import random

import pytest

from kbgen.core.privacy import detectors
from kbgen.core.privacy.wrapped import WRAPPED_DETECTORS

pytestmark = pytest.mark.xdist_group("cpu65_may_find_kept")

_PIECES = ("password", "Passwort", "pin", "@", "://", "=", "-", "|", "10.0.0.1", "+44 7911 123456",
           "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32", "bearer", "key", "<dd>", "admin",
           "Пароль", "كلمة المرور", "\\u0040", "=40", "base64,", "ten", "user", "ſ", "K", " ",
           "Open Settings > Device", "\n", "AKIAIOSFODNN7EXAMPLE", "ghp_", "x" * 30)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rng = random.Random(65)
    return [("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8))))[:detectors.KEPT_LENGTH]
            for _ in range(600)]


def test_a_kept_answer_is_the_needs_answer(texts: list[str]) -> None:
    for among in (None, WRAPPED_DETECTORS):
        asked = [detectors._may_find_read(text, among) for text in texts]
        kept = [detectors._may_find(text, among) for text in texts]
        again = [detectors._may_find(text, among) for text in texts]  # from the kept answers
        assert kept == asked and again == asked
    assert sum(bool(found) for found in asked) > 120  # detectors are chosen, not none


def test_only_short_texts_are_kept() -> None:
    detectors._may_find_kept.cache_clear()
    detectors._may_find("a" * (detectors.KEPT_LENGTH + 1) + " password")
    detectors._may_find("the password is hunter2")
    assert detectors._may_find_kept.cache_info().currsize == 1

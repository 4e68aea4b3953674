"""A translated example that names a person keeps its address found, as English's does
(kbgen.core.translated_words.someone: a full name in Latin letters, a name before a Chinese,
Japanese or Korean possessive); the reader's own examples in those languages still pass.
fs56's translated readings let the first five through; main found them."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

NAMED = [
    "Na przykład laptop Jana Kowalskiego ma adres 10.20.30.40.",
    "Por exemplo, o computador de Maria Souza tem o endereço 10.20.30.40.",
    "例如，张伟的笔记本电脑的地址是 10.20.30.40。",
    "例えば、田中のノートパソコンのアドレスは 10.20.30.40 です。",
    "예를 들어 김민수의 노트북 주소는 10.20.30.40 입니다.",
]

READERS_OWN = [
    "Na przykład twój router ma adres 192.168.1.1.",
    "例如，你的路由器地址是 192.168.1.1。",
    "例如，一张图片的地址是 192.168.1.1。",
    "예를 들어 노트북 주소는 10.20.30.40 입니다.",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_translated_example_naming_a_person_is_found(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory]


@pytest.mark.parametrize("text", READERS_OWN)
def test_a_translated_example_of_the_readers_own_passes(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory] == []

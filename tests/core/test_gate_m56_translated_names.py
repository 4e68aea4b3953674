"""A translated example that names a person keeps its address found, as English's does: fs56's
translated readings of examples let these five through (main found them), and were not merged
for that and their other holes (rev56); a guard for the next reading of other languages."""

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


@pytest.mark.parametrize("text", NAMED)
def test_a_translated_example_naming_a_person_is_found(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory]


"""Traditional characters read as Simplified on Chinese sites only (kbgen.core.search_hant)."""

from __future__ import annotations

import pytest

from kbgen.core.search_hant import shipped, simplified
from kbgen.core.search_language import search_language


def test_opencc_table_gives_each_traditional_character_its_first_simplified_form() -> None:
    table = simplified()
    assert table["碼"] == "码" and table["驗"] == "验" and table["廣"] == "广"
    assert "码" not in table and all(len(k) == len(v) == 1 for k, v in table.items())
    assert len(table) > 3000


@pytest.mark.parametrize("code", ["zh", "zh-Hant", "zh-TW", "zh_HK", "zh-CN"])
def test_every_chinese_site_reads_both_scripts_alike(code: str) -> None:
    language = search_language(code)
    assert language.word_of("密碼") == language.word_of("密码") == "密码"
    assert language.segment("重設密碼").split() == ["重設", "設密", "密碼"]  # folded per word


@pytest.mark.parametrize("code", ["ja", "ko", "en", "ru"])
def test_other_languages_keep_han_characters_as_written(code: str) -> None:
    assert search_language(code).word_of("讀") == "讀"


def test_the_worker_gets_only_pairs_the_index_can_match() -> None:
    assert shipped(simplified(), ["密码", "重置"]) == {"碼": "码"}

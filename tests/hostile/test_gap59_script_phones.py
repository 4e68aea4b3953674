"""Issue 19 (gap59): a person's national number on a line of Han alone written as Taiwan, Hong
Kong or Japan write theirs, and China's unbroken mobile beside kana or Hangul (rev58's
phones_script gaps, published on main: a Han line was read as China's only). Each must be
found; numbers that are no phone's in the same scripts stay unfound."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _errors(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


LEAKS = (
    "手機：0912-345-678（陳先生）",
    "電話：9123 4567（陳太太）",
    "担当：田中 080-1234-5678",
    "聯絡人：林小姐 0922-123-456",
    "陳先生手提 6123 4567",
    "鈴木部長 090-1234-5678",
    "张伟の手机 13812345678",
    "张伟 김 13812345678",
    "고객 张伟 13912345678",
    "台北辦公室 (02) 2345-6789",
)


@pytest.mark.parametrize("text", LEAKS)
def test_a_national_number_written_as_its_region_writes_it_is_found(text: str) -> None:
    assert _errors(text)


NUMBERS = (
    "端口 2345 6789 和 8080",
    "下载地址 1234 5678",
    "版本 2024-01-15 发布",
    "内存 16384 MB，磁盘 512000 MB",
    "构建号 20240115093045",
)


@pytest.mark.parametrize("text", NUMBERS)
def test_numbers_that_are_no_phones_stay_unfound(text: str) -> None:
    assert not _errors(text)

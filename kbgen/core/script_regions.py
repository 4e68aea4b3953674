"""The region a line's script tells, for its national phone numbers (issue 19, branch gap58).

The gate reads a number without a country code in the site's own regions only
(kbgen.core.phone_regions: its languages' and its contact numbers'), so a Chinese, Japanese or
Korean page on a site of another language published a person's national number: `张伟的手机是
13812345678`, `田中さんの電話番号は090-1234-5678です`, `김민준 팀장 연락처는 010-1234-5678`
(rev57's cjk gaps; found with a `+86`, `+81`, `+82`). A script written in one country alone
says where its numbers are dialled: Hangul is Korea's, kana Japan's, Han without kana China's
(mainland: the numbers most written in Han; Taiwan's and Hong Kong's are read where the site's
languages say so). Those numbers are read as that region's national form (kbgen.core.privacy.
national_phones: a prefix or the region's grouping, eight digits or more, no dots).
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def regions(line: str) -> tuple[str, ...]:
    """The regions whose national numbers `line`'s script says it dials (none for a line of
    ASCII or of scripts several countries write)."""
    if line.isascii():
        return ()
    if _HANGUL.search(line):
        return ("KR",)
    if _KANA.search(line):
        return ("JP",)
    if _HAN.search(line):
        return ("CN",)
    return ()

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

Han is written in four places, and a line of Han alone may be any of them: `手機：0912-345-678
（陳先生）` is Taiwan's, `電話：9123 4567（陳太太）` Hong Kong's, `担当：田中 080-1234-5678` Japan's
(rev58's phones_script gaps, published on main). So a line of Han without kana or Hangul is read
in all four (Hong Kong's beside a phone's word), each number in its region's own national
form; and China's unbroken mobile
(`13812345678`, a form no other region writes) is read beside kana and Hangul too (`张伟の手机
13812345678`: gap59).
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
        return ("KR", "CN")
    if _KANA.search(line):
        return ("JP", "CN")
    if _HAN.search(line):
        return ("CN", "TW", "JP", "HK") if _PHONE_WORD.search(line) else ("CN", "TW", "JP")
    return ()


_PHONE_WORD = re.compile(r"電話|电话|手機|手机|手提|聯絡|联络|聯繫|联系|(?i:whatsapp|tel\b)")
"""A phone named on the line: Hong Kong writes its numbers as two groups of four digits and no
prefix (`9123 4567`), a shape ports and counts share (`端口 2345 6789`), so they are read only
beside such a word."""

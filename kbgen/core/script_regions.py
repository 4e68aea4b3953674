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

Other scripts tell it as well (gap60): a ticket quoted in Arabic, Hebrew, Greek, Thai or an Indian
script gave its customer's national number, in its own digits or in ASCII (`هاتف العميل:
٠٥٠١٢٣٤٥٦٧`, `ग्राहक का फ़ोन: ९८७६५४३२१०`, `เบอร์โทรลูกค้า ๐๘๑ ๒๓๔ ๕๖๗๘`), and it was published
on a site of another language. A script written in one country or a few (SCRIPT_REGIONS) reads
the numbers of those regions, in their national form only, as Han's do.
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


SCRIPT_REGIONS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"[\u067e\u0686\u0698\u06a9\u06af\u06cc\u06f0-\u06f9]"),  # Persian's own letters
     ("IR", "AF", "PK")),
    (re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),  # Arabic
     ("SA", "AE", "EG", "MA", "DZ", "IQ", "JO", "KW", "QA", "BH", "OM", "LB", "PK")),
    (re.compile(r"[\u0590-\u05ff]"), ("IL",)),  # Hebrew
    (re.compile(r"[\u0370-\u03bb\u03bd-\u03ff\u1f00-\u1fff]"), ("GR", "CY")),  # Greek but mu
    # (`10 µs` is a unit)
    (re.compile(r"[\u0e00-\u0e7f]"), ("TH",)),  # Thai
    (re.compile(r"[\u0e80-\u0eff]"), ("LA",)),  # Lao
    (re.compile(r"[\u1780-\u17ff]"), ("KH",)),  # Khmer
    (re.compile(r"[\u1000-\u109f]"), ("MM",)),  # Myanmar
    (re.compile(r"[\u0980-\u09ff]"), ("BD", "IN")),  # Bengali
    (re.compile(r"[\u0900-\u097f]"), ("IN", "NP")),  # Devanagari
    (re.compile(r"[\u0a00-\u0dff]"), ("IN", "LK")),  # Gurmukhi to Sinhala
    (re.compile(r"[\u0530-\u058f]"), ("AM",)),  # Armenian
    (re.compile(r"[\u10a0-\u10ff]"), ("GE",)),  # Georgian
    (re.compile(r"[\u1200-\u137f]"), ("ET",)),  # Ethiopic
    (re.compile(r"[\u0400-\u04ff]"), ("RU", "UA", "BY", "BG", "RS")),  # Cyrillic
)
"""Scripts written in one country or a few, and those countries (the first that matches
speaks: Persian's letters before Arabic's). A line is read with its look-alike letters folded
to Latin (kbgen.core.normalize), so one letter left is the script's own."""
_OTHER_SCRIPTS = re.compile(r"[\u0370-\u058f\u0590-\u06ff\u0750-\u077f\u0900-\u0eff\u1000-\u109f"
                            r"\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff\u1f00-\u1fff]")
"""Any letter of SCRIPT_REGIONS: most lines hold none, and are asked once."""


def regions(line: str) -> tuple[str, ...]:
    """The regions whose national numbers `line`'s script says it dials (none for a line of
    ASCII or of scripts many countries write: Latin, Cyrillic)."""
    if line.isascii():
        return ()
    if _HANGUL.search(line):
        return ("KR", "CN")
    if _KANA.search(line):
        return ("JP", "CN")
    if _HAN.search(line):
        return ("CN", "TW", "JP", "HK") if _PHONE_WORD.search(line) else ("CN", "TW", "JP")
    if not _OTHER_SCRIPTS.search(line):
        return ()
    for script, found in SCRIPT_REGIONS:
        if script.search(line):
            return found
    return ()


_PHONE_WORD = re.compile(r"電話|电话|手機|手机|手提|聯絡|联络|聯繫|联系|(?i:whatsapp|tel\b)")
"""A phone named on the line: Hong Kong writes its numbers as two groups of four digits and no
prefix (`9123 4567`), a shape ports and counts share (`端口 2345 6789`), so they are read only
beside such a word."""

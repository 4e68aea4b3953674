"""Full-width and half-width forms, read as the characters they stand for, for search.

Japanese, Chinese and Korean input methods type Latin letters and digits full width
(`ＷｉＦｉ`, `Ｗｉ－Ｆｉ`, `１２３`) and older Japanese text writes katakana half width
(`ﾊﾟｽﾜｰﾄﾞ`): a reader means `WiFi`, `Wi-Fi`, `123` and `パスワード`. Only the Halfwidth and
Fullwidth Forms block and the ideographic space are folded (NFKC): the rest of NFKC would also
change `™` to `TM` or `①` to `1`. The worker's `widths` (kb-search.js) folds the same.
"""

from __future__ import annotations

import re
import unicodedata

_FORMS = re.compile("[\u3000\uff00-\uffef]+")
"""The ideographic space and the Halfwidth and Fullwidth Forms block (the worker's WIDE)."""


def widths(text: str) -> str:
    """`text` with each full-width or half-width form as its usual character: `Ｗｉ－Ｆｉ` is
    `Wi-Fi`, `ﾊﾟｽﾜｰﾄﾞ` is `パスワード` (a voiced mark joined to its kana)."""
    if text.isascii() or not _FORMS.search(text):
        return text
    return _FORMS.sub(lambda run: unicodedata.normalize("NFKC", run.group()), text)

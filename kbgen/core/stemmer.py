"""lunr.js's Porter stemmer, transcribed, so Python and the browser stem alike.

lunr.py ships a different Porter implementation ("day" -> "dai" in Python, "day" in lunr.js;
its own docstring lists such differences). The index is built in Python and queried in the
browser, so both must use this one.
"""

from __future__ import annotations

import re
from functools import lru_cache

_STEP2 = {"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
          "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
          "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive",
          "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
          "logi": "log"}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "",
          "ness": ""}
_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile("^(" + _C + ")?" + _V + _C)
_MEQ1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + ")?$")
_MGR1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)
_S_V = re.compile("^(" + _C + ")?" + _v)
_1A = re.compile(r"^(.+?)(ss|i)es$")
_1A2 = re.compile(r"^(.+?)([^s])s$")
_1B = re.compile(r"^(.+?)eed$")
_1B2 = re.compile(r"^(.+?)(ed|ing)$")
_LAST = re.compile(r".$")
_1B2_2 = re.compile(r"(at|bl|iz)$")
_1B2_3 = re.compile(r"([^aeiouylsz])\1$")
_1B2_4 = re.compile("^" + _C + _v + "[^aeiouwxy]$")
_1C = re.compile(r"^(.+?[^aeiou])y$")
_2 = re.compile("^(.+?)(" + "|".join(_STEP2) + ")$")
_3 = re.compile("^(.+?)(" + "|".join(_STEP3) + ")$")
_4 = re.compile(r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|"
                r"ive|ize)$")
_4B = re.compile(r"^(.+?)(s|t)(ion)$")
_5 = re.compile(r"^(.+?)e$")
_5_1 = re.compile(r"ll$")
_5_3 = re.compile("^" + _C + _v + "[^aeiouwxy]$")


def _search(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


@lru_cache(maxsize=1 << 16)
def porter(word: str) -> str:
    """Stem one lowercase word exactly as lunr.js 2.3.9 does."""
    if len(word) < 3:
        return word
    first = word[0]
    if first == "y":
        word = "Y" + word[1:]
    if (match := _1A.match(word)) or (match := _1A2.match(word)):
        word = match.group(1) + match.group(2)
    if match := _1B.match(word):
        if _search(_MGR0, match.group(1)):
            word = _LAST.sub("", word, count=1)
    elif match := _1B2.match(word):
        stem = match.group(1)
        if _search(_S_V, stem):
            word = stem
            if _search(_1B2_2, word) or _search(_1B2_4, word):
                word += "e"
            elif _search(_1B2_3, word):
                word = _LAST.sub("", word, count=1)
    if match := _1C.match(word):
        word = match.group(1) + "i"
    if (match := _2.match(word)) and _search(_MGR0, match.group(1)):
        word = match.group(1) + _STEP2[match.group(2)]
    if (match := _3.match(word)) and _search(_MGR0, match.group(1)):
        word = match.group(1) + _STEP3[match.group(2)]
    if match := _4.match(word):
        if _search(_MGR1, match.group(1)):
            word = match.group(1)
    elif match := _4B.match(word):
        stem = match.group(1) + match.group(2)
        if _search(_MGR1, stem):
            word = stem
    if match := _5.match(word):
        stem = match.group(1)
        if _search(_MGR1, stem) or (_search(_MEQ1, stem) and not _search(_5_3, stem)):
            word = stem
    if _search(_5_1, word) and _search(_MGR1, word):
        word = _LAST.sub("", word, count=1)
    if first == "y":
        word = "y" + word[1:]
    return word


"""Traditional and Simplified Chinese read as one script, for search.

Taiwan, Hong Kong and mainland customers share help centres: `密碼` (Traditional) and `密码`
(Simplified) are one word. On a Chinese site (`zh`, `zh-Hant`, `zh-TW`, `zh-CN`...) every
Traditional character is read as its Simplified form, in the index and in queries, with
OpenCC's character table (`opencc_ts_characters.txt.gz`: OpenCC 1.4.2's `TSCharacters.txt`,
Apache-2.0, `opencc_LICENSE.txt`), the first Simplified form of each. Only Chinese sites:
Japanese kanji (`広`, `読`) are not Chinese characters of either script.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

TABLE = "core/opencc_ts_characters.txt.gz"
"""OpenCC's Traditional to Simplified characters, as OpenCC ships it (gzipped)."""
CHINESE = "zh"
"""The search language (kbgen.core.search_language.search_code) whose sites fold scripts."""


@lru_cache(maxsize=1)
def simplified() -> dict[str, str]:
    """Each Traditional character OpenCC converts, to its first Simplified form (`碼`: `码`);
    characters that convert to themselves first are left out."""
    text = gzip.decompress((resources.files("kbgen") / TABLE).read_bytes()).decode("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        source, _, targets = line.partition("\t")
        first = targets.split(" ")[0]
        if len(source) == 1 and len(first) == 1 and first != source:
            table[source] = first
    return table


def shipped(letters: dict[str, str], terms: Iterable[str]) -> dict[str, str]:
    """The pairs of `letters` the browser needs: those whose replacement is a character of
    the index's `terms` (any other query character finds nothing, replaced or not)."""
    seen = set("".join(terms))
    return {source: target for source, target in letters.items() if target in seen}

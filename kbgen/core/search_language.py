"""How search reads the words of one language: trimmed, stop words dropped, stemmed.

English is lunr.js's own pipeline, as it always was (kbgen.core.stemmer). Every other language
is lunr-languages' (vendored in kbgen/theme/assets/javascripts/vendor/lunr-languages/, which
the browser's worker runs): its trimmer and stop words are read from those very files, and its
Snowball stemmer is snowballstemmer's, which stems as lunr-languages does (2.x: Snowball 3
changed the German, French and Dutch algorithms). Accents are folded before a word is looked
at (`fold`: `Überweisung`, `uberweisung` and `UEBERWEISUNG` aside, `ß` as `ss`), in the index
and in queries alike, so a word is found with and without them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lunr.stop_word_filter import WORDS as ENGLISH_STOP_WORDS

from kbgen.core.stemmer import porter

DEFAULT = "en"
"""The language of a site that names none: lunr.js's English pipeline, unchanged."""
VENDORED = "theme/assets/javascripts/vendor/lunr-languages"
"""lunr-languages' files inside the kbgen package (what the worker loads)."""
SNOWBALL = {"de": "german", "fr": "french", "es": "spanish", "pt": "portuguese",
            "it": "italian", "nl": "dutch"}
"""The languages search stems besides English, by code: snowballstemmer's names."""
SUPPORTED = (DEFAULT, *SNOWBALL)
COMPOUNDING = frozenset({"de", "nl"})
"""Languages that write compounds as one word: the index also holds their parts."""
_ASCII_TRIM = re.compile(r"^\W+|\W+$", re.ASCII)
"""lunr.js's trimmer: leading and trailing non-word characters (ASCII \\W, as in JavaScript)."""
_MARKS = re.compile("[\u0300-\u036f]")
"""Combining diacritical marks, dropped by `fold` (the worker drops the same range)."""


def fold(word: str) -> str:
    """`word` without accents: decomposed, combining marks dropped, composed again; `ß` is
    `ss`. The worker's `fold` does the same steps."""
    return unicodedata.normalize(
        "NFC", _MARKS.sub("", unicodedata.normalize("NFD", word))).replace("ß", "ss")


@dataclass(frozen=True)
class SearchLanguage:
    """One language's word pipeline: what a token (lowercase) becomes in the index."""

    code: str
    trim: re.Pattern[str]
    stop_words: frozenset[str]
    """As compared: folded when the language folds."""
    stem: Callable[[str], str]
    folds: bool
    """Accents folded before stop words and stemming (every language but English, whose
    index stays as lunr.js makes it)."""

    @property
    def compounds(self) -> bool:
        """Whether the index also holds the parts of compound words."""
        return self.code in COMPOUNDING

    def word(self, raw: str) -> str:
        """A token as typed, trimmed (and folded): what prefixes and typos start from."""
        word = self.trim.sub("", raw)
        return fold(word) if self.folds and word else word

    def keep(self, word: str) -> bool:
        """Whether a trimmed word is searched at all (not empty, not a stop word)."""
        return bool(word) and word not in self.stop_words

    def head(self) -> dict[str, object]:
        """What the site's index tells the worker about its language (nothing for English,
        whose index is as it always was)."""
        if self.code == DEFAULT:
            return {}
        return {"lang": self.code, "stop": sorted(self.stop_words)}


def _vendored(code: str) -> str:
    return (resources.files("kbgen") / VENDORED / f"lunr.{code}.min.js").read_text("utf-8")


def _quoted(source: str, before: str, code: str) -> str:
    match = re.search(re.escape(before) + r'"([^"]*)"', source)
    if match is None:
        raise RuntimeError(f"lunr.{code}.min.js has no {before}: was the vendored file changed?")
    return match.group(1)


@lru_cache(maxsize=None)
def search_language(code: str = DEFAULT) -> SearchLanguage:
    """The pipeline of `code` (one of SUPPORTED)."""
    if code == DEFAULT:
        return SearchLanguage(DEFAULT, _ASCII_TRIM, frozenset(ENGLISH_STOP_WORDS), porter,
                              folds=False)
    if code not in SNOWBALL:
        raise ValueError(f"search knows no language '{code}'; use one of {', '.join(SUPPORTED)}")
    import snowballstemmer  # only sites in other languages need it

    source = _vendored(code)
    allowed = _quoted(source, "wordCharacters=", code) + "0-9"
    trim = re.compile(f"^[^{allowed}]+|[^{allowed}]+$")
    stop_words = frozenset(fold(w) for w in
                           _quoted(source, "generateStopWordFilter(", code).split(" ") if w)
    stemmer = snowballstemmer.stemmer(SNOWBALL[code])
    return SearchLanguage(code, trim, stop_words, lru_cache(maxsize=1 << 16)(stemmer.stemWord),
                          folds=True)


COMPOUND_MIN = 8
"""Words shorter than this are never split into parts."""
PART_MIN = 4
"""The shortest part (a head or a tail) of a compound."""
LINKS = ("s", "es", "n", "en")
"""What may join the parts of a German or Dutch compound (`Anmeldung-s-fehler`)."""


def compound_parts(word: str, known: Callable[[str], bool], depth: int = 2) -> list[str]:
    """The parts of a compound word that `known` accepts (a head, and a tail split again up to
    `depth` times), or [] when no split into known parts exists: the longest known tail wins.
    `passwortanderung` -> [`passwort`, `anderung`] when both are known words."""
    if depth < 1 or len(word) < COMPOUND_MIN:
        return []
    for cut in range(PART_MIN, len(word) - PART_MIN + 1):
        head, tail = word[:cut], word[cut:]
        if not known(tail):
            continue
        heads = [head] + [head[:-len(link)] for link in LINKS
                          if head.endswith(link) and len(head) - len(link) >= PART_MIN]
        for part in heads:
            if known(part):
                return [part, *(compound_parts(tail, known, depth - 1) or [tail])]
    return []


def vocabulary(words: Iterable[str]) -> frozenset[str]:
    """The words compounds may be split into: the corpus's own words of PART_MIN letters
    or more."""
    return frozenset(w for w in words if len(w) >= PART_MIN)

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

from kbgen.core.search_widths import widths
from kbgen.core.search_words import STOP_WORDS as ENGLISH_STOP_WORDS
from kbgen.core.search_words import trim, word_of
from kbgen.core.stemmer import porter

DEFAULT = "en"
"""The language of a site that names none: lunr.js's English pipeline, unchanged."""
VENDORED = "theme/assets/javascripts/vendor/lunr-languages"
"""lunr-languages' files inside the kbgen package (what the worker loads)."""
FOLDED = {"de": "german", "fr": "french", "es": "spanish", "pt": "portuguese",
          "it": "italian", "nl": "dutch"}
"""Languages read with lunr-languages' trimmer and accents folded, by code: snowballstemmer's
names."""
UNFOLDED = {"da": "danish", "fi": "finnish", "no": "norwegian", "ro": "romanian",
            "ru": "russian", "sv": "swedish", "tr": "turkish"}
"""Languages whose accented letters are letters of their own (`ä` is not `a` in Finnish):
read with kbgen's trim (kbgen.core.search_words: every script, so a Latin product name in a
Russian article is found), not folded, CJK in bigrams (kbgen.core.search_segments). Each
stems exactly as its lunr-languages file does (compared on lunr-languages' own test texts;
Hungarian, Greek, Arabic and Armenian do not, and are read unstemmed)."""
LISTED = frozenset({"ar", "he", "hi", "hu", "hy", "kn", "pl", "ta", "te"})
"""Languages read as written (unstemmed) whose lunr-languages file lists stop words, as
written: their stop words are that list (Greek's is of normalised words, and CJK is read in
bigrams, so theirs are not used)."""
SNOWBALL = {**FOLDED, **UNFOLDED}
"""The languages search stems besides English, by code: snowballstemmer's names."""
SUPPORTED = (DEFAULT, *SNOWBALL)
"""The languages search stems; any other language code is read unstemmed (`plain`)."""
LETTERS = {"ru": {"ё": "е"}}
"""Letters read as another before stemming: lunr-languages' Russian stemmer predates `ё`.
Chinese reads Traditional characters as Simplified (`letters_of`, kbgen.core.search_hant)."""
COMPOUNDING = frozenset({"de", "nl"})
"""Languages that write compounds as one word: the index also holds their parts."""
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})
"""Typographic apostrophes, read as `'` (as in English, kbgen.core.search_words)."""
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
    word_of: Callable[[str], str]
    """A token as the index reads it, before stemming (lowercase, trimmed, folded but in
    English); "" for a stop word or nothing. The worker's `language.wordOf` reads alike."""
    stop_words: frozenset[str]
    """As compared: folded but in English."""
    stem: Callable[[str], str]
    segment: Callable[[str], str] = widths
    """A text with full-width and half-width forms folded (kbgen.core.search_widths) and, for
    an `own` reading, its runs of unspaced scripts as bigrams (kbgen.core.search_segments)."""
    own: bool = False
    """Read with kbgen's trim, not folded, segmented: the worker's `own` reading."""

    @property
    def stems(self) -> bool:
        """Whether words are stemmed (with lunr-languages' file `lunr.<code>.min.js`)."""
        return self.code in SNOWBALL or self.code == DEFAULT

    @property
    def compounds(self) -> bool:
        """Whether the index also holds the parts of compound words."""
        return self.code in COMPOUNDING

    def head(self) -> dict[str, object]:
        """What the site's index tells the worker about its language (nothing for English,
        whose index is as it always was)."""
        if self.code == DEFAULT:
            return {}
        head: dict[str, object] = {"lang": self.code, "stop": sorted(self.stop_words)}
        if self.own:
            head["own"] = 1
            if not self.stems:
                head["stem"] = 0
            if letters_of(self.code):
                head["letters"] = letters_of(self.code)
        return head


def _vendored(code: str) -> str:
    return (resources.files("kbgen") / VENDORED / f"lunr.{code}.min.js").read_text("utf-8")


def _quoted(source: str, before: str, code: str) -> str:
    match = re.search(re.escape(before) + r'"([^"]*)"', source)
    if match is None:
        raise RuntimeError(f"lunr.{code}.min.js has no {before}: was the vendored file changed?")
    return match.group(1)


@lru_cache(maxsize=None)
def search_language(code: str = DEFAULT) -> SearchLanguage:
    """The pipeline of `code`: stemmed for SUPPORTED, as written for any other."""
    if code == DEFAULT:  # kbgen.core.search_words: lunr's pipeline, and contractions
        return SearchLanguage(DEFAULT, word_of, ENGLISH_STOP_WORDS, porter)
    if code not in FOLDED:
        return _own(code)
    import snowballstemmer  # only sites in other languages need it

    source = _vendored(code)
    allowed = _quoted(source, "wordCharacters=", code) + "0-9"
    trim = re.compile(f"^[^{allowed}]+|[^{allowed}]+$")
    stop_words = frozenset(fold(w) for w in
                           _quoted(source, "generateStopWordFilter(", code).split(" ") if w)
    stemmer = snowballstemmer.stemmer(SNOWBALL[code])

    def read(raw: str) -> str:
        word = trim.sub("", widths(raw).lower().translate(_QUOTES))
        word = fold(word) if word else word
        return "" if word in stop_words else word

    return SearchLanguage(code, read, stop_words, lru_cache(maxsize=1 << 16)(stemmer.stemWord))


def search_code(code: str) -> str:
    """The search language of site language `code`: its base (`zh` of `zh-hans`)."""
    return code.lower().replace("_", "-").split("-")[0]


def _own(code: str) -> SearchLanguage:
    """A language read as kbgen reads words (UNFOLDED): stemmed when snowballstemmer and
    lunr-languages stem it alike, else as written (`ja`, `zh`, `ar`...)."""
    code = search_code(code)
    letters = str.maketrans(letters_of(code))
    stop_words: frozenset[str] = frozenset()
    stem: Callable[[str], str] = str
    if code in UNFOLDED:
        import snowballstemmer

        stop_words = frozenset(w.translate(letters) for w in _quoted(
            _vendored(code), "generateStopWordFilter(", code).split(" ") if w)
        stem = lru_cache(maxsize=1 << 16)(snowballstemmer.stemmer(UNFOLDED[code]).stemWord)
    elif code in LISTED:
        stop_words = frozenset(w for w in _quoted(
            _vendored(code), "generateStopWordFilter(", code).split(" ") if w)

    def read(raw: str) -> str:
        word = trim(widths(raw).lower().translate(_QUOTES)).translate(letters)
        return "" if word in stop_words else word

    return SearchLanguage(code, read, stop_words, stem, wide_segment, own=True)


def letters_of(code: str) -> dict[str, str]:
    """The characters language `code` reads as others: LETTERS, or for Chinese each
    Traditional character as its Simplified form (kbgen.core.search_hant)."""
    if code == "zh":
        from kbgen.core.search_hant import simplified

        return simplified()
    return LETTERS.get(code, {})


def wide_segment(text: str) -> str:
    """`text` with its width forms folded, then its unspaced runs as bigrams (so `ﾊﾟｽﾜｰﾄﾞ`
    is read as `パス スワ ワー ード`, as `パスワード` is)."""
    from kbgen.core.search_segments import segment

    return segment(widths(text))


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

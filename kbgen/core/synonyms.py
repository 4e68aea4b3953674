"""Synonyms from `_data/synonyms.yml`, applied when the index is built.

```yaml
- [log in, sign in, login, signin]
- [charged twice, double charge, billed twice]
```
A document that contains one phrase of a group is also indexed under the others, so a
customer's words find the article whichever phrase it uses. kbgen's own groups
(kbgen.core.common_synonyms: uninstall/remove, iPhone/iOS, wifi/wi-fi, ...) apply too, and so
do words of the same sense that the site uses (kbgen.core.concepts) and the words phrasal
verbs mean (kbgen.core.search_phrases: `turn off` adds `disable`); to leave them out,
write the file as a mapping:

```yaml
common: false
groups:
  - [charged twice, double charge]
```
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated

from pydantic import AfterValidator, Field, RootModel

from kbgen.core.common_synonyms import COMMON_GROUPS
from kbgen.core.schema import Line, StrictModel
from kbgen.core.search_fields import SEPARATOR
from kbgen.core.search_phrases import meant
from kbgen.core.search_words import word_of
from kbgen.core.stemmer import porter

SYNONYMS_FILE = "_data/synonyms.yml"


Group = Annotated[list[Line], Field(min_length=2)]
"""Phrases that mean the same."""
MAX_PHRASES = 1000
"""Phrases of the whole file. Each article that has one phrase of a group is indexed under all
the others, so the file's phrases are copied into every article: a group of 8,000 phrases,
one of them a word every article uses, cost 0.11 CPU s an article (8.6 s more for a site of
121 articles; hours for ten thousand). The sample help centre has about 60."""


def _few_phrases(groups: list[list[str]]) -> list[list[str]]:
    """Refuse more than MAX_PHRASES phrases in all."""
    count = sum(len(group) for group in groups)
    if count > MAX_PHRASES:
        raise ValueError(f"the groups hold {count} phrases; at most {MAX_PHRASES} are allowed:"
                         " each article that has one phrase of a group is indexed under all"
                         " the others, so keep the groups to phrases customers really use")
    return groups


Groups = Annotated[list[Group], AfterValidator(_few_phrases)]
"""The site's groups, at most MAX_PHRASES phrases in all."""


class SynonymGroups(RootModel[Groups]):
    """The file as a list of groups: the site's groups, and kbgen's common ones."""

    def synonyms(self) -> Synonyms:
        """The groups to apply: the site's, then kbgen's common ones."""
        return with_common([list(group) for group in self.root])


class SynonymSettings(StrictModel):
    """The file as a mapping: the site's groups, and whether kbgen's common ones apply."""

    common: bool = True
    """Also apply kbgen's common groups (kbgen.core.common_synonyms)."""
    groups: Groups = []
    """Phrases that mean the same, at most MAX_PHRASES in all."""

    def synonyms(self) -> Synonyms:
        """The groups to apply: the site's, then kbgen's common ones unless left out."""
        return with_common([list(group) for group in self.groups], self.common)


def with_common(groups: list[list[str]], common: bool = True) -> Synonyms:
    """Synonyms of `groups`, and of kbgen's common groups and concepts when `common`."""
    return Synonyms([*groups, *(list(group) for group in COMMON_GROUPS if common)],
                    concepts=common)


class Synonyms:
    """Phrase groups, expanded into the text they appear in."""

    def __init__(self, groups: list[list[str]] | None = None, concepts: bool = False) -> None:
        self.concepts = concepts
        """Whether the index also relates the words of the same sense the site uses
        (kbgen.core.concepts)."""
        self.groups = [[p.lower() for p in group] for group in groups or []]
        self._patterns = [
            [None if _WORD.fullmatch(p) else re.compile(rf"(?<![\w]){re.escape(p)}(?![\w])")
             for p in group]
            for group in self.groups
        ]
        """Each phrase's pattern as whole words; None for a phrase of one word (`_contains`)."""
        self._by_first_word: dict[str, list[int]] = {}
        """Groups by the first word of each of their phrases: a phrase can only be in a text
        that has its first word as a whole word, so most groups are never tried."""
        self._always: list[int] = []
        """Groups with a phrase that starts with a non-word character: tried on every text."""
        for number, group in enumerate(self.groups):
            for phrase in group:
                first = _WORD.match(phrase)
                if first is None:
                    self._always.append(number)
                else:
                    self._by_first_word.setdefault(first.group(), []).append(number)

    def expand(self, text: str) -> str:
        """`text` followed by the other phrases of every group it contains."""
        lowered = text.lower()
        candidates = set(self._always)
        words = set(_WORD.findall(lowered))
        for word in words & self._by_first_word.keys():
            candidates.update(self._by_first_word[word])
        extra: dict[str, None] = {}
        present: set[str] = set()
        for number in sorted(candidates):
            group, patterns = self.groups[number], self._patterns[number]
            found = {p for p, pattern in zip(group, patterns)
                     if _contains(lowered, words, p, pattern)}
            if found:
                present |= found
                extra.update(dict.fromkeys(group))
        indexed = {_indexed(p) for p in present}
        added = []
        if self.concepts:  # with kbgen's common groups: `turn off` also says `disable`
            extra.update(dict.fromkeys(w for w in meant(lowered, words) if w not in extra
                                       and w not in words))  # a word: a run of \w, as said
        for phrase in extra:
            form = _indexed(phrase)
            if form not in indexed:  # `removing` adds nothing to a text with `removed`
                indexed.add(form)
                added.append(phrase)
        return f"{text} {' '.join(added)}" if added else text


_WORD = re.compile(r"\w+")


def _contains(lowered: str, words: set[str], phrase: str, pattern: re.Pattern[str] | None
              ) -> bool:
    """Whether `phrase` is in `lowered` as whole words (`pattern`, None for a phrase of one
    word); `words` are the text's words: a phrase of one word is there when it is one of them
    (a run of word characters with none on either side is a whole word), with no scan of the
    text."""
    if phrase in words:
        return True
    if pattern is None:
        return False
    return phrase in lowered and pattern.search(lowered) is not None  # `in` first: faster
_SPLIT = re.compile(SEPARATOR)


@lru_cache(maxsize=4096)
def _indexed(phrase: str) -> tuple[str, ...]:
    """A phrase as the index holds it (words read and stemmed as kbgen.core.search does)."""
    return tuple(porter(word) for word in map(word_of, _SPLIT.split(phrase)) if word)

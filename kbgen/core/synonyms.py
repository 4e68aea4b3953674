"""Synonyms from `_data/synonyms.yml`, applied when the index is built.

```yaml
- [log in, sign in, login, signin]
- [2fa, two-factor, two factor authentication]
- [charged twice, double charge, billed twice]
```
A document that contains one phrase of a group is also indexed under the others, so a
customer's words find the article whichever phrase it uses.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field, RootModel

from kbgen.core.schema import Line

SYNONYMS_FILE = "_data/synonyms.yml"


class SynonymGroups(RootModel[list[Annotated[list[Line], Field(min_length=2)]]]):
    """A list of groups; each group lists phrases that mean the same."""


class Synonyms:
    """Phrase groups, expanded into the text they appear in."""

    def __init__(self, groups: list[list[str]] | None = None) -> None:
        self.groups = [[p.lower() for p in group] for group in groups or []]
        self._patterns = [
            [re.compile(rf"(?<![\w]){re.escape(p)}(?![\w])") for p in group]
            for group in self.groups
        ]
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
        for word in set(_WORD.findall(lowered)) & self._by_first_word.keys():
            candidates.update(self._by_first_word[word])
        extra = []
        for number in sorted(candidates):
            group, patterns = self.groups[number], self._patterns[number]
            present = [p for p, pattern in zip(group, patterns)
                       if p in lowered and pattern.search(lowered)]  # `in` first: much faster
            if present:
                extra += [p for p in group if p not in present]
        return f"{text} {' '.join(extra)}" if extra else text


_WORD = re.compile(r"\w+")

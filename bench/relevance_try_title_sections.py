"""A try for `bench/relevance_tries.py --try`: a page's summary no longer counts in every
section of it when the query's words are read section by section (kbgen.core.search_sections
and search_headings read a word of the title or the summary as in every section; here the
title's alone).

The class it is aimed at (find66, bench/RESULTS.md): of the fifteen tuning sets' 34 recall
misses that are not vocabulary, 15 are "same words: the winner holds more of them in its
title", and in 12 of those 15 the winner's summary holds query words too (`block`, `tor`,
`user` all three in Tor's winner's summary) where the answer's summary holds none: the summary
makes the winner's scattered words one section and lowers the count its title and summary
are compared with in the heading rule, on top of the summary's own points and pair bonus.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_title_sections.py
"""

from __future__ import annotations

from kbgen.core import search as searching
from kbgen.core.search_fields import FIELD_BOOSTS

TITLE_ONLY = frozenset({list(FIELD_BOOSTS).index("title")})
"""The fields whose words count in every section: the title alone (kbgen: title and summary)."""


def install() -> None:
    """Make kbgen's section and heading evidence read the title alone as the whole page's."""
    searching._PAGE = TITLE_ONLY  # noqa: SLF001 (a try patches kbgen in place)


if __name__ == "kbgen_try":
    install()

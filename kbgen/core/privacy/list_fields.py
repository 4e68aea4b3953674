"""A list field's items as a reader sees them side by side (issue 19, branch leak35).

`tags: ["4111 1111", "1111 1111"]` publishes adjacent tags and a JSON-LD `keywords` that
read one card number, though no item holds one; so do a phone number or an IBAN cut between
items. Like wrapped lines (kbgen.core.privacy.wrapped), a list is judged joined too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kbgen.core.privacy.data_paths import children

MAX_ITEMS = 64
"""Items of one list joined at once: a longer list is judged in chunks of this many, each
sharing OVERLAP items with the next, so every item is judged in time linear in the list
(issue 19, branch leak36: items after the 64th were not judged)."""

OVERLAP = 16
"""Items two chunks share: a card number of single digits spans 16."""

MAX_ITEM = 64
"""Longer items are cut to this many characters each side: the values joined (cards, phones,
IBANs) are shorter."""


def joined_lists(value: Any, path: str, ignore: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(key path of the first item, the items joined with a space) of each list of two or
    more strings (or integers) in parsed YAML data, but `ignore`d keys."""
    if isinstance(value, list):
        yield from _chunks(value, path)
    for child, _, item in children(value, path, ignore):
        if isinstance(item, (dict, list)):
            yield from joined_lists(item, child, ignore)


def _chunks(value: list[Any], path: str) -> Iterator[tuple[str, str]]:
    """(key path of its first item, its items joined) of each chunk of MAX_ITEMS of a list's
    strings and integers, each sharing OVERLAP with the next (a value between two chunks is
    in one of them)."""
    items = [(index, _shown(item)) for index, item in enumerate(value)
             if isinstance(item, (str, int)) and not isinstance(item, bool)]
    if len(items) < 2:
        return
    for first in range(0, max(len(items) - OVERLAP, 1), MAX_ITEMS - OVERLAP):
        chunk = items[first:first + MAX_ITEMS]
        yield f"{path}[{chunk[0][0]}]", " ".join(text for _, text in chunk)


def _shown(item: str | int) -> str:
    text = " ".join(str(item).split())
    return text if len(text) <= 2 * MAX_ITEM else f"{text[:MAX_ITEM]} ; {text[-MAX_ITEM:]}"

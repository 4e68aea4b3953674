"""A list field's items as a reader sees them side by side (issue 19, branch leak35).

`tags: ["4111 1111", "1111 1111"]` publishes adjacent tags and a JSON-LD `keywords` that
read one card number, though no item holds one; so do a phone number or an IBAN cut between
items. Like wrapped lines (kbgen.core.privacy.wrapped), a list is judged joined too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

MAX_ITEMS = 64
"""Items of one list joined at most: tags and keywords are few; a long list of values in a
data file is no run of words a reader sees joined."""

MAX_ITEM = 64
"""Longer items are cut to this many characters each side: the values joined (cards, phones,
IBANs) are shorter."""


def joined_lists(value: Any, path: str, ignore: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(key path of the first item, the items joined with a space) of each list of two or
    more strings (or integers) in parsed YAML data, but `ignore`d keys."""
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else str(key)
            if str(key) not in ignore and child not in ignore:
                yield from joined_lists(item, child, ignore)
    elif isinstance(value, list):
        items = [_shown(item) for item in value[:MAX_ITEMS]
                 if isinstance(item, (str, int)) and not isinstance(item, bool)]
        if len(items) > 1:
            yield f"{path}[0]", " ".join(items)
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                yield from joined_lists(item, f"{path}[{index}]", ignore)


def _shown(item: str | int) -> str:
    text = " ".join(str(item).split())
    return text if len(text) <= 2 * MAX_ITEM else f"{text[:MAX_ITEM]} ; {text[-MAX_ITEM:]}"

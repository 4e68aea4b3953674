"""Which allowed addresses and numbers a judgement looked up, kept beside what it found, so a
judgement kept for reuse (a repeated line, a repeated front matter value) notes them again in
the allowances of whoever asks next (kbgen.core.gate re-judges an article only when it looked
up one of the contact data's)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from kbgen.core.privacy.model import Allowed

T = TypeVar("T")


EVERY_VALUE = "<every value>"
"""Noted as looked up when a judgement read the whole set (iterated it, measured it, combined
it with another set): its verdict may depend on any value there, the contact data's too (a
name derived from each allowed address's domain, rev67's finding 12). No address or number
is written so."""


class Noted(frozenset[str]):
    """Allowed values that note each value looked up in them (`asked`), and `EVERY_VALUE` when
    the whole set is read."""

    asked: set[str]

    def __new__(cls, values: frozenset[str]) -> Noted:
        made = super().__new__(cls, values)
        made.asked = set()
        return made

    def __contains__(self, value: object) -> bool:
        if isinstance(value, str):
            self.asked.add(value)
        return super().__contains__(value)

    def __iter__(self) -> Iterator[str]:
        self.asked.add(EVERY_VALUE)
        return super().__iter__()

    def __len__(self) -> int:
        self.asked.add(EVERY_VALUE)
        return super().__len__()


def _reading_all(name: str) -> Callable[..., Any]:
    """frozenset's method `name`, noting that the whole set is read (C's set operations do not
    iterate through `__iter__`; a plain set on the left, `{...} - emails`, still reads it
    unnoted: put the noted set first)."""
    method = getattr(frozenset, name)

    def read(self: Noted, *others: Any) -> Any:
        self.asked.add(EVERY_VALUE)
        return method(self, *others)

    read.__name__ = name
    return read


for _name in ("__and__", "__rand__", "__or__", "__ror__", "__sub__", "__rsub__", "__xor__",
              "__rxor__", "__le__", "__lt__", "__ge__", "__gt__", "intersection", "union",
              "difference", "symmetric_difference", "isdisjoint", "issubset", "issuperset",
              "copy"):
    setattr(Noted, _name, _reading_all(_name))


def depends_on(asked: frozenset[str], values: frozenset[str]) -> bool:
    """Whether a judgement that looked up `asked` may change if `values` are allowed too: it
    looked one of them up, or read the whole set while there are some."""
    return bool(asked & values) or (EVERY_VALUE in asked and bool(values))


def noting(allowed: Allowed) -> Allowed:
    """`allowed` with its addresses and numbers noting each lookup (see `looked_up`)."""
    return dataclasses.replace(allowed, emails=Noted(allowed.emails),
                               phones_e164=Noted(allowed.phones_e164))


@dataclass(frozen=True)
class LookedUp:
    """The addresses and numbers a judgement looked up in its allowances."""

    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()

    def again(self, allowed: Allowed) -> None:
        """Look each up in `allowed` again (noted there if it notes lookups)."""
        for email in self.emails:
            _ = email in allowed.emails
        for phone in self.phones:
            _ = phone in allowed.phones_e164


NOTHING_LOOKED_UP = LookedUp()


def looked_up(allowed: Allowed) -> LookedUp:
    """What was looked up in `allowed`, made by `noting`."""
    emails, phones = allowed.emails, allowed.phones_e164
    assert isinstance(emails, Noted) and isinstance(phones, Noted)
    if not emails.asked and not phones.asked:
        return NOTHING_LOOKED_UP
    return LookedUp(frozenset(emails.asked), frozenset(phones.asked))


def notes(allowed: Allowed) -> bool:
    """Whether `allowed` notes its lookups (made by `noting`)."""
    return isinstance(allowed.emails, Noted) and isinstance(allowed.phones_e164, Noted)


def judged_noting(allowed: Allowed, judge: Callable[[], T]) -> tuple[T, LookedUp]:
    """`judge()`, and what it looked up in `allowed` if `allowed` notes its lookups (still
    noted there too); nothing is copied, so it costs next to nothing."""
    emails, phones = allowed.emails, allowed.phones_e164
    if not (isinstance(emails, Noted) and isinstance(phones, Noted)):
        return judge(), NOTHING_LOOKED_UP
    before = emails.asked, phones.asked
    emails.asked, phones.asked = set(), set()
    try:
        made = judge()
        return made, looked_up(allowed)
    finally:
        before[0].update(emails.asked)
        before[1].update(phones.asked)
        emails.asked, phones.asked = before

"""Which allowed addresses and numbers a judgement looked up, kept beside what it found, so a
judgement kept for reuse (a repeated line, a repeated front matter value) notes them again in
the allowances of whoever asks next (kbgen.core.gate re-judges an article only when it looked
up one of the contact data's)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from kbgen.core.privacy.model import Allowed

T = TypeVar("T")


class Noted(frozenset[str]):
    """Allowed values that note each value looked up in them (`asked`)."""

    asked: set[str]

    def __new__(cls, values: frozenset[str]) -> Noted:
        made = super().__new__(cls, values)
        made.asked = set()
        return made

    def __contains__(self, value: object) -> bool:
        if isinstance(value, str):
            self.asked.add(value)
        return super().__contains__(value)


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

"""A person's payment handle (hostile round 23): a PayPal.me, Venmo, Cash App, Revolut, Wise or
Monzo link or handle pasted from a ticket (`refund to paypal.me/MaryQuinn42`, `her Venmo is
@Mary-Quinn-7`, `Cash App: $MaryQuinn87`). It names one person's payment account, like an
IBAN; main published every one.

A handle is read where its service says it is one: the service's own pay-link address
(`paypal.me/…`, `paypal.com/paypalme/…`, `venmo.com/u/…`, `cash.app/$…`, `revolut.me/…`,
`wise.com/pay/me/…`, `monzo.me/…`), or the service's name before an `@` handle or a `$`
cashtag on the line, no other handle between. A handle that is a stand-in (`yourname`,
`<username>`, `@username`, `$cashtag`) or the service's own account (`@VenmoSupport`)
publishes; a company's own link is accepted per line
with `<!-- kb:allow payment-handle -->`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import placeholder_by_word
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PAYMENT_HANDLE

_HANDLE = r"[A-Za-z0-9][A-Za-z0-9._-]{1,39}(?<![._-])"
_LINKS = re.compile(
    r"(?i)(?<![\w.-])(?P<site>(?:www\.)?paypal\.me/|(?:www\.)?paypal\.com/paypalme/"
    r"|(?:account\.)?venmo\.com/u/|cash\.app/\$|revolut\.me/|wise\.com/pay/me/|monzo\.me/)"
    r"(?P<handle>" + _HANDLE + r")(?![\w-])")
"""A service's pay-link address and the handle its path names."""
_NAMED = re.compile(
    r"(?i)(?<![\w.-])(?P<site>venmo|revolut|revtag|cash[ \t]?app|cashtag|wise[ \t]?tag)"
    r"(?![\w-])[^\n@$]{0,40}?(?<![\w.])(?P<sign>[@$])(?P<handle>" + _HANDLE + r")(?![\w@-])")
"""A service's name, then an `@` handle or a `$` cashtag within 40 characters."""
_STAND_INS = ("your", "user", "name", "handle", "example", "cashtag", "revtag", "tag", "xxx",
              "placeholder", "someone", "friend", "recipient", "customer", "account", "foo",
              "test", "demo", "sample", "me")
"""Words a stand-in handle is made of (`yourname`, `username`, `your-handle`)."""
_SERVICE = re.compile(r"(?i)paypal|venmo|cash|revolut|wise|monzo")
NEEDS = ("paypal", "venmo", "cash", "revolut", "revtag", "wise", "monzo")


def needs(folded: str) -> bool:
    """Whether a folded line may hold a payment handle."""
    return any(word in folded for word in NEEDS)


def _stand_in(handle: str) -> bool:
    return (placeholder_by_word(handle, _STAND_INS) or len(set(handle.lower())) < 3
            or handle.isdigit())


def _hit(match: re.Match[str], shown: str) -> _Hit | None:
    handle = match.group("handle")
    if _stand_in(handle):
        return None
    start = match.start("handle")
    return _Hit(start, start + len(handle), PAYMENT_HANDLE,
                f"{shown}{handle[:2]}{'*' * max(len(handle) - 4, 1)}{handle[-2:]}")


def payment_handles(line: str, context: _Context) -> Iterator[_Hit]:
    """Each payment handle a service's link or name shows on the line."""
    if not needs(line.lower()):
        return
    for match in _LINKS.finditer(line):
        if (hit := _hit(match, match.group("site").lower())) is not None:
            yield hit
    for match in _NAMED.finditer(line):
        if match.group("sign") == "$" and not match.group("handle")[0].isalpha():
            continue  # `$25`: a price, not a cashtag
        if _SERVICE.search(match.group("handle")):
            continue  # `@VenmoSupport`, `$CashApp`: the service's own account
        if (hit := _hit(match, f"{match.group('site')} {match.group('sign')}")) is not None:
            yield hit

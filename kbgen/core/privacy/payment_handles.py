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
with `<!-- kb:allow payment-handle -->`.

Not a person's (rev66): a `$` of one to five capitals is a stock's or a coin's ticker (`buy
$AAPL or $BTC` in Cash App Investing or Revolut), a `$Name` followed by `boost` names a Cash
App Boost, an `@` keyword of JSON-LD (`@type`, `@context`) is the format's own, and a handle
its sentence calls an example (`for example paypal.me/janedoe`, as for the gate's other
readers: not where the sentence says whose it is)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import placeholder_by_word
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.field_examples import named_example
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
_SIGNED = re.compile(r"(?<![\w.])(?P<sign>[@$])(?P<handle>" + _HANDLE + r")(?![\w@-])")
"""An `@` or `$` word, as _NAMED reads its handle."""
_STAND_INS = ("your", "user", "name", "handle", "example", "cashtag", "revtag", "tag", "xxx",
              "placeholder", "someone", "friend", "recipient", "customer", "account", "foo",
              "test", "demo", "sample", "me")
"""Words a stand-in handle is made of (`yourname`, `username`, `your-handle`)."""
_TICKER = re.compile(r"[A-Z]{1,5}")
"""A `$` ticker: a stock's or a coin's symbol (`$AAPL`, `$BTC`), never a person's cashtag's
only shape (Cash App wants a letter and may hold digits; a person's is rarely all capitals)."""
_BOOST = re.compile(r"(?i)[ \t]+boosts?\b")
"""After a `$Name`: Cash App's Boost of that name (`the $Coffee boost`)."""
_BOOST_BEFORE = re.compile(r"(?i)\bboosts?[ \t:]*$")
"""Before it: `den Boost $Coffee`."""
_JSON_LD = frozenset(("base", "container", "context", "direction", "graph", "id", "import",
                      "included", "index", "json", "language", "list", "nest", "none",
                      "prefix", "propagate", "protected", "reverse", "set", "type", "value",
                      "version", "vocab"))
"""The keywords JSON-LD writes with an `@` (`@type`, `@context`): the format's, no one's."""
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


def _no_handle(line: str, match: re.Match[str]) -> bool:
    """Whether a `$`/`@` word is no handle at all: a price, a ticker, a Cash App Boost, a
    JSON-LD keyword."""
    sign, handle = match.group("sign"), match.group("handle")
    if sign == "$" and (not handle[0].isalpha() or _TICKER.fullmatch(handle)
                        or _BOOST.match(line, match.end())
                        or _BOOST_BEFORE.search(line, max(0, match.start() - 12),
                                                 match.start()) is not None):
        return True  # `$25`; `$AAPL`, `$BTC`; `the $Coffee boost`
    return sign == "@" and handle in _JSON_LD


def _masked(line: str) -> str:
    """The line with the sign of each `$`/`@` word that is no handle blanked, so that a
    person's handle after it is still read with the service named before both (`Cash App:
    buy $AAPL, refund $MaryQuinn87`). A handle stays: what follows another handle is not
    the service's (`Venmo news from @PayPal and @Braintree`)."""
    blanked = [match.start() for match in _SIGNED.finditer(line) if _no_handle(line, match)]
    if not blanked:
        return line
    chars = list(line)
    for start in blanked:
        chars[start] = " "
    return "".join(chars)


def payment_handles(line: str, context: _Context) -> Iterator[_Hit]:
    """Each payment handle a service's link or name shows on the line."""
    if not needs(line.lower()):
        return
    for match in _LINKS.finditer(line):
        if named_example(line[:match.start()], line):
            continue  # `for example paypal.me/janedoe`: the field's example
        if (hit := _hit(match, match.group("site").lower())) is not None:
            yield hit
    masked = _masked(line)
    for match in _NAMED.finditer(masked):
        if named_example(line[:match.start("sign")], line):
            continue  # `for example $janedoe`: the field's example
        if _SERVICE.search(match.group("handle")):
            continue  # `@VenmoSupport`, `$CashApp`: the service's own account
        if (hit := _hit(match, f"{match.group('site')} {match.group('sign')}")) is not None:
            yield hit

"""Signed URLs whose signature has expired, for the gate (kbgen.core.privacy).

A pre-signed URL (`…?AWSAccessKeyId=…&Expires=1599835116&Signature=…`, S3's
`X-Amz-Date=…&X-Amz-Expires=…&X-Amz-Signature=…`, Google Cloud Storage's and Alibaba OSS V4's
`X-Goog-…`, `x-oss-…` twins, Tencent COS's `q-sign-time=start;end&q-signature=…`, Azure's
`se=…&sig=…`) grants
access until the time written in it, and nothing after: once that time has passed, its
signature opens nothing and is documentation (CSC Docs show one from 2020). A URL that expired
less than a year ago (MARGIN), expires in the future or does not say keeps its signature a
finding.
"""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone

REASON = "the signature of a signed URL that has expired (it opens nothing now)"
_SIGNATURE_NAMES = frozenset({"signature", "x-amz-signature", "x-goog-signature",
                              "x-oss-signature", "q-signature", "sig"})
_DATED = ("x-amz-", "x-goog-", "x-oss-")
"""The schemes whose URL says when it was signed (`…date`, `20200101T000000Z`) and for how
many seconds it works (`…expires`)."""
_COS_TIMES = ("q-sign-time", "q-key-time")
_UNIX_SPAN = re.compile(r"(\d{10})(?:;|%3[Bb])(\d{10})")
"""COS's `q-sign-time`/`q-key-time`: two Unix times of ten digits (2001-2286); `1;2` is no
time a signature was made at and says nothing."""
_QUERY = re.compile(r"\?[^\s\"'<>`#]*")
_PARAMETER = re.compile(r"[?&]([A-Za-z-]{1,40})=([^&#\s\"'<>`]{0,2000})")
MAX_QUERY = 4000
MAX_DIGITS = 12
"""An `X-Amz-Expires` longer than this is no duration (and 400 digits overflowed a float)."""
MARGIN = 365 * 24 * 3600
"""How long ago the URL must have expired: a year, so that a build machine's wrong clock (or
one set ahead on purpose) does not pass a URL that still works."""


def expired_signature(line: str, start: int, now: float | None = None) -> str | None:
    """Why the query value at `start` of `line` is harmless, or None: it is the signature of a
    signed URL whose expiry (`Expires`, `X-Amz-Date` + `X-Amz-Expires`, `se`) is more than
    MARGIN before `now` (the current time when None)."""
    query_start = line.rfind("?", max(0, start - MAX_QUERY), start)
    if query_start < 0:
        return None
    query = _QUERY.match(line, query_start, query_start + MAX_QUERY)
    if query is None or "ig" not in query.group():  # no `Signature=`, `sig=`: done
        return None
    found = list(_PARAMETER.finditer(query.group()))
    params = {match.group(1).lower(): match.group(2) for match in found}
    name = _signature_at(found, query_start, start)
    if name is None:
        return None
    expiry = _expiry_of(name, params)
    now = time.time() if now is None else now
    return REASON if expiry is not None and expiry < now - MARGIN else None


def _signature_at(found: list[re.Match[str]], offset: int, start: int) -> str | None:
    """The name of the signature parameter whose value starts at `start`, or None; None too
    when a parameter is given twice (a `Signature=` whose empty or short value is the start
    of another parameter's value excuses nothing; of two `Expires=`, a server may read the
    one the gate does not)."""
    names = [match.group(1).lower() for match in found]
    if len(set(names)) != len(names):
        return None
    return next((name for name, match in zip(names, found) if name in _SIGNATURE_NAMES
                 and offset + match.start(2) == start and match.group(2)), None)


def _expiry_of(name: str, params: dict[str, str]) -> float | None:
    """The expiry the service checking signature `name` reads (S3 v2's and OSS V1's `Expires`,
    v4's `X-Amz-Date` + `X-Amz-Expires` and its GCS and OSS twins, the later end of COS's
    `q-sign-time` and `q-key-time`, Azure's `se`), or None: another scheme's expiry in the
    same URL (`Expires=` beside a v4 signature) and an Azure signature under a stored access
    policy (`si=`, whose expiry is kept by the service) say nothing of when it stops."""
    if name == "q-signature":
        return _cos_expiry(params)
    if name == "signature":
        return float(params["expires"]) if params.get("expires", "").isdigit() else None
    if name == "sig":
        return None if "si" in params else _expiry({"se": params.get("se", ""), "sig": "-"})
    prefix = name.removesuffix("signature")
    return _expiry({key: value for key, value in params.items()
                    if key in (prefix + "date", prefix + "expires")})


def _expiry(params: dict[str, str]) -> float | None:
    """When the URL stops working, in seconds since 1970, or None if it does not say."""
    if params.get("expires", "").isdigit():
        return float(params["expires"])
    for prefix in _DATED:
        date, lasts = params.get(prefix + "date", ""), params.get(prefix + "expires", "")
        if lasts.isdigit() and len(lasts) <= MAX_DIGITS and re.fullmatch(r"\d{8}T\d{6}Z", date):
            try:
                signed = datetime.strptime(date, "%Y%m%dT%H%M%SZ")
            except ValueError:  # `20201301T000000Z`: no date
                return None
            return signed.replace(tzinfo=timezone.utc).timestamp() + int(lasts)
    if "se" in params and "sig" in params:
        ends = params["se"].replace("%3A", ":").replace("%3a", ":")
        try:
            return datetime.fromisoformat(ends.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    return None


def _cos_expiry(params: dict[str, str]) -> float | None:
    """The later end of COS's `q-sign-time` and `q-key-time` (start;end in Unix seconds),
    or None when either is absent or not two such times in order."""
    ends = []
    for key in _COS_TIMES:
        span = _UNIX_SPAN.fullmatch(params.get(key, ""))
        if span is None or int(span.group(1)) > int(span.group(2)):
            return None
        ends.append(float(span.group(2)))
    return max(ends)

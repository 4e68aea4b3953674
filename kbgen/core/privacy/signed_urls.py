"""A cloud storage's signed URL's signature (hostile round 26): Alibaba Cloud OSS
(`x-oss-signature=…`, V4; `Signature=…`, V1), Tencent COS (`q-signature=…` with `q-ak`,
`q-sign-time`), AWS (`X-Amz-Signature`, SigV2's `Signature`), Google Cloud Storage
(`X-Goog-Signature`) and their session tokens (`x-oss-security-token`,
`x-cos-security-token`, `X-Amz-Security-Token`). A signed URL grants whoever holds it the
object until it expires; main published OSS V4's and COS's, whose values are hex (no reader of
tokens reads 40 or 64 hex digits in a URL: a digest's shape).

Read by the parameter's name, not the value's shape: a query parameter that a signing scheme
names for its signature or session token (with its own prefix: `x-oss-`, `q-`, `X-Amz-`,
`X-Goog-`; the bare `Signature` and `sig` of SigV2, OSS V1 and Azure SAS are left to the token
readers, which read their base64), whose value (decoded of `%xx`) is at least MIN_LENGTH
characters of base64, hex or a URL's unreserved ones, not a template (`{sig}`, `<sig>`,
`${SIG}`, `...`) nor two characters repeated (`xxxx…`, `0000…`). A signature whose URL
expired long ago (kbgen.core.signed_urls) is accepted with that reason, as the token readers'
is; a session token is not (its own expiry is not in the URL)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import TOKEN
from kbgen.core.signed_urls import expired_signature

_PARAM = re.compile(
    r"(?i)[?&;](?:amp;)?(?P<name>x-oss-signature|q-signature|x-amz-signature|x-goog-signature"
    r"|x-oss-security-token|x-cos-security-token|x-amz-security-token"
    r"|security-token)=(?P<value>[^&\s\"'<>)\]#`|]+)")
MIN_LENGTH = 16
_SIGNATURE = re.compile(r"[A-Za-z0-9+/=_.~-]+")


def needs(line: str) -> bool:
    """Whether a line may hold a signed URL's signature."""
    folded = line.lower()
    return "signature" in folded or "security-token" in folded


def _signature(value: str) -> bool:
    decoded = unquote(value)
    return (len(decoded) >= MIN_LENGTH and _SIGNATURE.fullmatch(decoded) is not None
            and len(set(decoded.rstrip("="))) > 2 and "..." not in decoded)


def signed_urls(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each signed URL's signature or session token."""
    for index, line in enumerate(lines):
        if "=" not in line or not needs(line):
            continue
        for match in _PARAM.finditer(line):
            if not _signature(match.group("value")):
                continue
            hit = _Hit(match.start("value"), match.end("value"), TOKEN,
                       _mask_secret(unquote(match.group("value"))))
            if reason := expired_signature(line, hit.start):
                context.accept(index, hit, reason)
            else:
                yield index, hit

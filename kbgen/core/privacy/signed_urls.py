"""A cloud storage's signed URL's signature (hostile round 26): Alibaba Cloud OSS
(`x-oss-signature=…`, V4; `Signature=…`, V1), Tencent COS (`q-signature=…` with `q-ak`,
`q-sign-time`), AWS (`X-Amz-Signature`, SigV2's `Signature`), Google Cloud Storage
(`X-Goog-Signature`), Azure SAS (`sig`) and their session tokens (`x-oss-security-token`,
`x-cos-security-token`, `X-Amz-Security-Token`). A signed URL grants whoever holds it the
object until it expires; main published OSS V4's and COS's, whose values are hex (no reader of
tokens reads 40 or 64 hex digits in a URL: a digest's shape).

Read by the parameter's name, not the value's shape: a query parameter named as a signing
scheme names its signature or token, whose value (decoded of `%xx`) is at least MIN_LENGTH
characters of base64, hex or a URL's unreserved ones and not a template (`{sig}`, `<sig>`,
`${SIG}`, `…`) nor one character repeated (`xxxx…`, `0000…`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import TOKEN

_PARAM = re.compile(
    r"(?i)[?&;](?:amp;)?(?P<name>x-oss-signature|q-signature|x-amz-signature|x-goog-signature"
    r"|signature|sig|x-oss-security-token|x-cos-security-token|x-amz-security-token"
    r"|security-token)=(?P<value>[^&\s\"'<>)\]#`|]+)")
MIN_LENGTH = 16
_SIGNATURE = re.compile(r"[A-Za-z0-9+/=_.~-]+")


def needs(line: str) -> bool:
    """Whether a line may hold a signed URL's signature."""
    return "sig" in line.lower() or "security-token" in line.lower()


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
            if _signature(match.group("value")):
                yield index, _Hit(match.start("value"), match.end("value"), TOKEN,
                                  _mask_secret(unquote(match.group("value"))))

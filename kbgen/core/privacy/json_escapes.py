"""A value in a JSON string written with escaped slashes, judged as the string JSON means (issue
19, branch fp50).

PHP's `json_encode` escapes every slash: Kanboard's file API answers `"path":
"1\\/1\\/0db4d0a8…b596"`, which any JSON reader takes as `1/1/0db4d0a8…b596`, a stored file's
path (project 1, task 1, a name made from a digest). The gate reads paths written with `/` as
paths, but `\\/` broke the path and left 40 hex digits standing alone as a key. JSON's escape
changes nothing a reader sees, so a key found in a line holding `\\/` is accepted only when the
same line with each `\\/` written `/` holds nothing the gate finds (a key in an escaped
URL's query, `https:\\/\\/api.example.com\\/v1?api_key=…`, is still found there, and stays).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.line_facts import LineFacts
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "part of a JSON string's path written with escaped slashes (`1\\/1\\/…`), no key"


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but keys that are parts of a path once JSON's `\\/` is read as `/`."""
    escaped = LineFacts(lambda line: "\\/" in line)
    for index, line, hit in found:
        if hit.kind in (TOKEN, PASSWORD) and not hit.vendor and escaped(index, line) \
                and line == lines[index] \
                and _unescaped_clean(line.replace("\\/", "/"), context.default_region):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


@lru_cache(maxsize=256)
def _unescaped_clean(line: str, region: str | None) -> bool:
    """The line, its slashes unescaped, holds nothing the gate finds."""
    from kbgen.core.privacy.scanner import scan_part  # here: the scanner imports this module

    return not scan_part(line, default_region=region)

"""Matrix access tokens in a shape Synapse never issues, for the gate (issue 19, branch fq51).

Synapse writes every access and refresh token as `syt_<user, unpadded base64>_<20 random
letters and digits>_<6 base62 digits of a CRC-32 of the rest>` (`syr_` for refresh tokens;
`generate_access_token` and `_verify_refresh_token` in synapse/handlers/auth.py; a CRC-32 is
below 62**6, so its base62 has 6 digits with the minimum width of 6). Synapse's admin API page
shows `syt_AjfVef2_L33JNpafeif_0feKJfeaf0CQpoZk`: 11 random letters and 16 after them, a token
no server issued nor accepts (its `_verify_refresh_token` refuses any other shape).

Accepted only when the value starts `syt_` or `syr_`, splits into four parts at `_`, and its
third part, the random one, is not 20 letters and digits long: a real token keeps that part
whole even with text glued after it (`…_0ALrRiXYZ`), so it stays a finding. Nothing is asked
of the text: a token in no issued shape opens nothing wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import TOKEN

REASON = "a Matrix token in a shape Synapse never issues (`syt_…`: its random part not 20 long)"

_SHAPED = re.compile(r"sy[tr]_[A-Za-z0-9+/-]+_[A-Za-z0-9]+_[A-Za-z0-9]+")
_ISSUED = re.compile(r"sy[tr]_[A-Za-z0-9+/-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]+")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but Matrix tokens no Synapse issued."""
    for index, line, hit in found:
        value = line[hit.start:hit.end]
        if hit.kind == TOKEN and _SHAPED.fullmatch(value) and not _ISSUED.fullmatch(value):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit

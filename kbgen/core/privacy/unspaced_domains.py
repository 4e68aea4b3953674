"""An `@` in Japanese, Chinese, Korean or Thai prose read as a mailbox (issue 19, branch star67):
`各フォントの@font-face宣言を追加します。url()関数に…` (Starlight's Japanese docs) was the address
`各フォントの@font-face宣言を追加します.url`.

These scripts part no words with spaces, so the prose before an `@` (a CSS at-rule, a package
scope, a decorator) reads as a local part, and the prose after it, up to a full stop `。` (read
as a dot) and the next Latin word, as a domain. A mailbox in such prose ends in a top-level
domain that exists: a delegated one of the Public Suffix List's ICANN section (`.jp`, `.cn`,
`.中国`, `.コム`) or a network's own (`.local`, `.corp`: kbgen.core.privacy.networks). An address
with a letter of those scripts whose last label is neither (`.url`, `.scss`, `.tsconfig`) is
prose; an ASCII address is judged as before (`ops@build.intranet-x` stays an address).
"""

from __future__ import annotations

import re

from kbgen.core.host_suffixes import icann
from kbgen.core.search_segments import UNSPACED

_UNSPACED_LETTER = re.compile(f"[{UNSPACED}]")


def prose_not_address(address: str, domain: str) -> bool:
    """`address` (its `domain`) holds a letter of a script written without spaces and ends in
    no top-level domain there is: prose around an `@`, not a mailbox. A last label of those
scripts may run on into the sentence (`张伟@公司.中国获取工资单`): one that begins with a
top-level domain is one."""
    if not _UNSPACED_LETTER.search(address):
        return False
    from kbgen.core.privacy.networks import INTERNAL_SUFFIXES  # networks reads emails
    host = domain.lower().rstrip(".")
    if any(host == suffix or host.endswith("." + suffix) for suffix in INTERNAL_SUFFIXES):
        return False
    if icann().publicsuffix(host) is not None:
        return False
    last = host.rsplit(".", 1)[-1]
    return not (_UNSPACED_LETTER.search(last) and any(
        icann().publicsuffix(f"x.{last[:end]}") == last[:end] for end in range(1, len(last))))

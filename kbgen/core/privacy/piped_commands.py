"""The command a secret's variable is piped into, read as the secret's value (issue 19, branch
fp50).

Traefik's token introspection page explains its header with `# echo -n
"$CLIENT_ID:$CLIENT_SECRET" | base64`: the password rule reads `SECRET" | base64` as a label,
a separator and its value. What follows the pipe is the program that reads the variable's
value, never a value: the line shows how a secret is encoded, not which. Accepted only when
the value comes right after `echo` or `printf` printing a shell variable (`$NAME`, `${NAME}`,
quoted or not) and a pipe, and is one of the programs that read what is piped to them
(PROGRAMS: `base64`, `sha256sum`, `xxd`, `kubectl`…); a Markdown table's row (`| $DB_PASSWORD |
sunflower2024 |`) or any other word after the pipe stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD

REASON = "the program a secret's variable is piped into (`echo \"$SECRET\" | base64`)"

_PIPED_VARIABLE = re.compile(r"\b(?:echo|printf)\b[^|\n]*\$\{?\w+\}?[\"']?[ \t]*\|[ \t]*$")
PROGRAMS = frozenset({
    "base32", "base64", "basenc", "xxd", "od", "hexdump", "md5sum", "sha1sum", "sha224sum",
    "sha256sum", "sha384sum", "sha512sum", "b2sum", "shasum", "openssl", "gpg", "age", "tr",
    "cut", "wc", "jq", "yq", "xargs", "tee", "sed", "awk", "grep", "head", "tail", "sort", "cat",
    "xclip", "xsel", "pbcopy", "clip", "wl-copy", "htpasswd", "kubectl", "docker", "podman",
    "vault", "gh", "az", "aws", "gcloud", "ssh", "curl", "iconv", "rev", "bc", "sudo"})
"""Programs a secret is piped into in docs: they read it; none is a value."""
BEFORE = 120
"""How far before the value the line is read for the command (a bounded look)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but programs a printed variable is piped into."""
    for index, line, hit in found:
        if hit.kind == PASSWORD and not hit.vendor and not line.lstrip().startswith("|") \
                and line[hit.start:hit.end] in PROGRAMS \
                and _PIPED_VARIABLE.search(line[max(0, hit.start - BEFORE):hit.start]):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit

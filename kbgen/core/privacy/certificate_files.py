"""The file names of certificates and CA bundles (issue 19, branch fp56).

A CA publishes its certificates under names that spell the CA, its algorithm and its year
run together (`DigiCertGlobalG3TLSECCSHA3842020CA1-1.crt.pem`), and a set-up guide tells the
reader to fetch and import that file: the token rules read the run-together name as random.
A certificate is public, and so is the name of its file.

Accepted: a token whose value lies in the last part of a path or a URL that names a
certificate's file (`.crt`, `.cer`, `.cert`, `.p7b`, `.p7c`, `.crl`, a CA bundle's
`.ca-bundle`, in any case, maybe with `.pem` or `.der` after it), or that value with the last
label of the URL's host before it (`com/DigiCert…`, as the token rules cut it). A `.pem` or
`.der` alone may hold a key: its name must say certificate, CA or chain (`fullchain.pem`).
A CA's file spells the CA's name (`DigiCert`, `Global`, `Root`, `TLS`): at least half of its
letters are in pieces that read as words, and at most MAX_ODD_PIECES are not; a token given a
certificate's ending (`Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1.crt`, rev56) is no CA's file and stays found.
Found still: a name or a folder of its path that says key, private, secret, token or password
(`privkey.pem`, `keys/prod/….pem`: a key's file), a value in a folder of the path
(`/s/8fJ2kLmN…/ca.crt`: a share link's token), a service's key (`ghp_…`), a name holding a
piece no CA writes (kbgen.core.privacy.key_file_names: a long number, a generator's piece, a
composed password, gap58), and any value on a line that names a secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.key_file_names import secret_piece, spelled
from kbgen.core.surroundings import names_secret

REASON = "the file name of a certificate or a CA bundle: public material"

_CERTIFICATE_FILE = re.compile(r"(?i)[\w.+-]+\.(?:crt|cer|cert|p7b|p7c|crl|ca-bundle)"
                               r"(?:\.(?:pem|der))?")
"""A file name ending as only a certificate's or a CA bundle's does (`.crt`, `.crt.pem`)."""
_CONTAINER_FILE = re.compile(r"(?i)[\w.+-]*(?:cert|crt|ca\b|ca[\d_-]|chain|bundle)[\w.+-]*"
                             r"\.(?:pem|der)")
"""A `.pem` or `.der` file (which may hold a key) whose name says certificate, CA or chain
(`fullchain.pem`, `DigiCertCA.pem`)."""
_NAME_END = re.compile(r"""[\w.+-]*(?=$|[\s"'`)\]>,;|&?#])""")
"""The rest of a file name after a value: up to a blank, a quote, a bracket or a query."""
_HOST_LABEL = re.compile(r"[A-Za-z]{2,24}/")
"""The last label of a URL's host and its slash (`com/`), which the token rules may cut in."""
MAX_NAME = 255
"""A file name is read this many characters back, and forward, at most (a file system's
limit)."""
_NAME_START = re.compile(r"[\w.+-]*$")
"""The start of a file name before a value."""
_PATH_START = re.compile(r"[^\s\"'`=(<\[]*$")
"""The start of the path a file name ends (its folders: `keys/prod/…`)."""
_KEY_NAME = re.compile(r"(?i)key|priv|secret|token|passw|cred")
"""What makes a file's name a key's or a secret's."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but tokens that are a certificate's file name, on a line naming no secret."""
    if not any("." in line for line in lines):
        return iter(found)
    return line_rules.accepted(found, context, REASON, _certificate_file,
                               lambda _, line: not names_secret(line))


def _certificate_file(_: int, line: str, hit: _Hit) -> bool:
    """The hit is the name of a certificate's file (or that name with its host's last label
    before it)."""
    value = line[hit.start:hit.end]
    start = hit.start
    label = _HOST_LABEL.match(value)
    if label is not None and "/" not in value[label.end():]:
        start += label.end()
    elif "/" in value or "\\" in value:
        return False
    rest = _NAME_END.match(line, hit.end, min(len(line), hit.end + MAX_NAME + 1))
    name_end = rest.end() if rest is not None else hit.end
    if name_end - hit.end > MAX_NAME:
        return False  # longer than a file's name: read no further (a long word read to its
        # end for each of its values made the work grow with its square)
    before = _NAME_START.search(line, max(0, start - MAX_NAME), start)
    name = line[before.start() if before is not None else start:name_end]
    path = _PATH_START.search(line, max(0, start - MAX_NAME), start)
    return ((_CERTIFICATE_FILE.fullmatch(name) is not None
             or _CONTAINER_FILE.fullmatch(name) is not None)
            and spelled(name.split(".", 1)[0]) and secret_piece(name) is None
            and not _KEY_NAME.search(line, path.start() if path else start, name_end))

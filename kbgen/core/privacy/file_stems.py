"""A file's name read as a token: a value that is the name of a file, written where files are
(issue 19, branch gen54).

Hardware and firmware help names files by model and variant (`lora-MeshAdv-900M30S.yaml`,
`firmware-tbeam-2.5.1.uf2`), and the token rules read the mixed letters and digits of such a
name as a key. A file's name is not its content: it is what the reader types to copy, install
or open the file, the same on every reader's machine. `font_files` (fp47) reads the one kind
of hashed name fonts have; this reads any name of a common file type.

Accepted only where the value and a file type's extension right after it make the whole name
(`.yaml`, `.json`, `.uf2`, `.tar.gz`; not a host's `.com`), the name starting where a file's
name starts: after a folder's slash (`/etc/app/available.d/<name>.yaml`), a tree's branch, a
list's bullet, or after another file's name on a listing line (`a.yaml  <name>.yaml`); never after
a label or a word (rev47: `Kennwort: Xk9m….yaml`, `pw Xk9m….yaml`), never a service's key
(`ghp_…`), never on a line naming a secret, a token, a password or a key, and never where the
line or its block says whose it is (placed_blocks: `# the customer's export`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import TOKEN
from kbgen.core.privacy.placed_blocks import unplaced
from kbgen.core.surroundings import names_secret

REASON = "a file's name (`lora-MeshAdv-900M30S.yaml`), written where files are: no key"

_EXTENSION = re.compile(
    r"\.(?:ya?ml|json|toml|ini|conf|cfg|txt|md|csv|tsv|xml|html?|log|bin|uf2|hex|img|iso|elf"
    r"|zip|tar|tgz|gz|bz2|xz|zst|7z|deb|rpm|apk|ipa|exe|msi|dmg|pkg|appimage|pdf|png|jpe?g"
    r"|gif|svg|webp|sh|py|js|ts|lua|c|h|cpp|ino|sql|db|sqlite)(?:\.(?:gz|bz2|xz|zst))?"
    r"(?![\w-]|\.\w)", re.IGNORECASE)
"""A common file type's extension ending the name (a compressed one too: `.tar.gz`)."""
_STARTS = re.compile(r"(?:/|(?:[─└├]|--)[ \t]*)$")
"""Where a file's name starts: a folder's slash, a tree's branch."""
_BULLET = re.compile(r"[ \t]*[-*+][ \t]+")
"""A list's bullet opening the line: the name is the item."""
_LISTED_BEFORE = re.compile(r"[\w.-]+" + _EXTENSION.pattern[:-len(r"(?![\w-]|\.\w)")]
                            + r"[ \t]+$", re.IGNORECASE)
"""Another file's name right before it, on a listing line (`display-waveshare-2.8.yaml  `)."""
_NAME = re.compile(r"[A-Za-z0-9_.-]+")
_OPENED = re.compile(r"(?:^|[\s`'\"(\[])$")
"""A name opened as a word: after a space, a code span's backtick, a quote or a bracket."""
_LABELLED = re.compile(r"(?i)(?:[:=]|\b(?:pw|pwd|passwd|pass|pin|psk|key|token|tok|secret"
                       r"|kennwort|mdp|clave))[\s`'\"(\[]*$")
"""A label before it (rev47: `Kennwort: Xk9m….woff2`, `pw Xk9m….woff2`): a value, not a name."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but tokens that are a file's name, where nothing says whose."""
    return unplaced(found, lines, context, _file_name, REASON)


def _file_name(index: int, line: str, hit: _Hit) -> bool:
    """The token at the hit (past its last slash) and the extension after it are a file's
    whole name, starting where file names start, on a line naming no secret."""
    if hit.kind != TOKEN or hit.vendor or not _EXTENSION.match(line, hit.end):
        return False
    start = line.rfind("/", hit.start, hit.end) + 1 or hit.start
    if not _NAME.fullmatch(line, start, hit.end):
        return False
    before = line[max(0, start - 80):start]
    bullet = _BULLET.match(line)
    return bool(_STARTS.search(before) or _LISTED_BEFORE.search(before)
                or bullet and bullet.end() == start
                or _OPENED.search(before) and not _LABELLED.search(before)) \
        and not names_secret(line)

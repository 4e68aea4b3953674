"""Hex secrets alone as a segment of a URL's path (`https://hooks.acme.io/services/<32 hex>/
notify`): a webhook's or a capability URL's key. A 32 to 64 digit hex segment is one unless
the address says it is a published hash: a code host's commit, blob or gist
(`github.com/.../commit/<sha>`), a segment before it naming a hash or a version-control object
(`/commit/`, `/sha256/`, `/by-fingerprint/`), or an image the page embeds (kbgen.core
.image_urls)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.image_urls import embedded_image
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import TOKEN

_URL = re.compile(
    r"(?i)(?:\b(?:https?|ftps?)://|(?<![\w@./:-])//"
    r"|(?<![\w@./:-])(?=[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,63}/))"
    r"([^/\s<>\"'`\])]{1,253})(/[^\s<>\"'`\])?#]*)?")
"""A URL with a scheme, protocol-relative (`//host/…`) or written without one (`hooks.acme.io
/s/…`, a host name then a path)."""
_HEX_SEGMENT = re.compile(r"[0-9a-fA-F]{32,64}")
HEX_RUN = re.compile(r"[0-9a-fA-F]{32}")
"""What a text or line holds for a key to be found in it."""
_EXTENSION = re.compile(r"(?:\.[A-Za-z0-9]{1,8}){1,2}$")
"""A file's extension after a hex name (`/<32 hex>.json`, `.tar.gz`): a secret link to a file
is as secret as the bare key."""
_WORD_SUFFIX = re.compile(r"[_-][A-Za-z]{2,12}$")
"""A word glued after the hex (`<hex>_final`)."""
_ASSET = re.compile(
    r"(?i)\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp|css|js|mjs|map|woff2?|ttf|otf|eot|mp[34]"
    r"|webm|ogg|wav)$")
"""A page's asset named by its digest (`/img/<md5>.png`, `/assets/<hash>.css`): content
addressing, public by design; a document (`.json`, `.txt`, `.pdf`, `.zip`) is not."""

_CODE_HOSTS = re.compile(
    r"(?i)(?:^|\.)(?:github\.com|githubusercontent\.com|gitlab\.[a-z.]+|bitbucket\.org"
    r"|codeberg\.org|sr\.ht|gitea\.[a-z.]+|sourceforge\.net|googlesource\.com)$")
"""Hosts whose hex path segments are commits, blobs and gists: published by design."""

_HASH_NAMES = re.compile(
    r"(?i)commits?|blob|tree|raw|blame|compare|changesets?|revs?|revisions?|objects?|snapshots?"
    r"|sha\d*|md5|hash(?:es)?|digests?|checksums?|by-hash|ipfs|ipns|fingerprints?"
    r"|by-fingerprint|by-keyid|keyid|-")
"""A segment naming the next one as a hash or a version-control object (`-` as GitLab's
`/-/commit/`)."""

def _path_keys(line: str, context: _Context) -> Iterator[_Hit]:
    """Each hex segment of 32-64 digits, with letters and digits, in a URL path that does not
    say it is a published hash."""
    if not HEX_RUN.search(line):
        return  # no 32 hex digits in a row: no key here, and no URL need be read
    for match in _URL.finditer(line):
        path = match.group(2)
        if not path or _CODE_HOSTS.search(match.group(1).split(":")[0].rstrip(".")):
            continue
        if embedded_image(line, match.start()):
            continue  # an image the page shows: kbgen.core.image_urls judges its hex ids
        at = match.start(2)
        previous = ""
        for segment in path.split("/"):
            name = segment.split(";")[0]  # `;v=1`: a matrix parameter
            name = name if _ASSET.search(name) else _EXTENSION.sub("", name)
            name = _WORD_SUFFIX.sub("", name)
            if (_HEX_SEGMENT.fullmatch(name) and not name.isdigit()
                    and not name.isalpha() and not _HASH_NAMES.fullmatch(previous)):
                yield _Hit(at, at + len(name), TOKEN, _mask_secret(name))
            at += len(segment) + 1
            previous = segment

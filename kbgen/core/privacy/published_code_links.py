"""Addresses of published code, packages and catalogue entries, for the gate (issue 19, branch
fh52).

Help centres link the code they speak of by an id in the path that looks random: a commit of a
public repository (matrix-docker-ansible-deploy's `github.com/livekit/livekit/blob/154b4d26…
/pkg/service/turn.go`), a gist (Kanidm's and Jekyll's `gist.github.com/lizthegrey/9c2167…`),
a released file on PyPI by its digest (Synapse's `files.pythonhosted.org/packages/ca/5e/
d722d5…/matrix_synapse-1.57.0rc1-py3-none-any.whl`), a plugin's or an app's page in its
catalogue (Traefik's `plugins.traefik.io/plugins/65f2ae…/coraza-waf`, Firefly III's
`apps.sandstorm.io/app/uws252…`). Each id names content its service publishes at that address;
none opens anything.

Only these exact shapes count, each id read to its format (kbgen.core.public_pages reads
YouTube's and Google Forms' the same way): a commit of 40 hex digits after `blob`, `tree`,
`commit`, `raw` or `blame`; a gist of 20 or 32 hex digits; a PyPI file's 60 hex digits under
two levels of two; a Traefik plugin's 24 hex digits before its name; a Sandstorm app's 52
letters of its base32. A query, a fragment other than a line (`#L12`), a login or a port in the
URL counts as none (`?token=` stays a finding), and so does a line saying whose
(told_cases.says_whose: `the customer's gist`) or calling the link secret or private (`the
secret gist`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.told_cases import says_whose
from kbgen.core.sessions import URL

REASON = ("the address of published code, a package or a catalogue's entry (a commit, a gist,"
          " a released file's digest)")

PUBLISHED_PATHS = {
    "github.com": re.compile(r"/[\w.-]+/[\w.-]+/(?:blob|tree|commit|raw|blame)/[0-9a-f]{40}"
                             r"(?:/[\w./%-]*)?"),
    "gist.github.com": re.compile(r"/[\w-]+/(?:[0-9a-f]{20}|[0-9a-f]{32})/?"),
    "files.pythonhosted.org": re.compile(r"/packages/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{60}"
                                         r"/[\w.+-]+"),
    "plugins.traefik.io": re.compile(r"/plugins/[0-9a-f]{24}/[\w-]+/?"),
    "apps.sandstorm.io": re.compile(r"/app/[0-9a-z]{52}/?"),
}
"""Per host: the path of published content named by its id."""
_SPACED_ID = re.compile(r"(?<=/)[0-9a-f]+(?: [0-9a-f]+)+(?=[/#)\s\"']|$)")
"""A path segment of hex digits with spaces in it, which the gate puts between digits and
letters glued together (`/154b4d26b769c68a03c 096124094 b97bf61a996f/`)."""
ID_LENGTHS = frozenset({20, 24, 32, 40, 60})
"""The lengths of the ids of PUBLISHED_PATHS: a spaced segment of another length is text."""
MAX_SPACES = 40
"""Such spaces read in one URL at most."""


def _joined(spaced: re.Match[str]) -> str:
    joined = spaced.group().replace(" ", "")
    return joined if len(joined) in ID_LENGTHS else spaced.group()
UNPUBLISHED = re.compile(r"(?i)\b(?:secret|private|unlisted|internal|geheim\w*|priv[ée]e?"
                         r"|privad[oa]|privat[oa]?|priv[ée])\b")
"""A line calling the link secret or private (`the secret gist`: GitHub's secret gists are
unlisted, their id is what opens them; rev53)."""
_LINE_FRAGMENT = re.compile(r"L\d+(?:-L\d+)?")
"""A fragment pointing at lines of a file (`#L128-L135`)."""
MAX_BEFORE = 120
"""How far before the value its URL may start (a commit's hex is found from inside the URL):
a look back this far, never the whole line (a line of thousands of URLs stays linear)."""
MAX_URL = 400
"""How much of a URL is read: the longest of these shapes is far shorter (so a URL holding
thousands of values is read once per value only this far)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but ids in addresses of published code, on lines saying whose nothing."""
    return line_rules.accepted(found, context, REASON,
                               lambda _, line, hit: published(line, hit.start, hit.end),
                               lambda _, line: not says_whose(line)
                               and not UNPUBLISHED.search(line))


def published(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` lies in a URL of PUBLISHED_PATHS. An id the gate's
    reading spaced (digits and letters glued together read apart: `…a03c 096124094 b97b…`, a
    line it reads again so) is joined again, as the page wrote the URL."""
    begin = line.rfind("http", max(0, start - MAX_BEFORE), start + 1)
    if begin < 0:
        return False
    text = line[begin:begin + MAX_URL + MAX_SPACES]
    end -= begin
    for spaced in _SPACED_ID.finditer(text, 0, end + MAX_SPACES):
        if len(spaced.group()) - spaced.group().count(" ") in ID_LENGTHS:
            end -= spaced.group().count(" ", 0, max(0, end - spaced.start()))
    text = _SPACED_ID.sub(_joined, text)[:MAX_URL]
    match = URL.match(text)
    if match is None or end > match.end() or match.end() == MAX_URL:
        return False  # a URL longer than any of these shapes is read no further
    parts = urlsplit(match.group().rstrip(".,;:"))
    path = PUBLISHED_PATHS.get((parts.hostname or "").removeprefix("www."))
    return bool(path and path.fullmatch(parts.path) and not parts.query
                and (not parts.fragment or _LINE_FRAGMENT.fullmatch(parts.fragment))
                and "@" not in parts.netloc and ":" not in parts.netloc)

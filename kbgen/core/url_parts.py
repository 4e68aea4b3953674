"""Values inside URLs and markup, judged as what they are there.

A Zendesk article id in a link (`/articles/4402764401554-Fix-it`), the tracking blob of an
Outlook "safelinks" or `utm_` parameter and a heading's generated `id="h_01HD24V9JT..."` look
like card numbers or keys to a scanner that reads them as prose, and they are not. A key in a
query string (`?api_key=...`, `&access_token=...`, `&sig=...`) is one, however short.

`Markup.of(line)` reads a line's URLs and identifier attributes once; the privacy scanner asks
it whether a value it found is an id, a file name or a tracking value (`harmless`), and which
query values are keys (`query_keys`).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from kbgen.core.image_urls import embedded_image, public_image_id
from kbgen.core.path_words import reads_as_path_words
from kbgen.core.placeholder_words import reads_as_words

_URL = re.compile(r"(?i)\b(?:https?|ftps?)://[^\s<>\"'`\])]+")
_IDENTIFIER_ATTR = re.compile(
    r"""(?i)(?<![\w-])(?:id|class|for|headers|aria-(?:labelledby|describedby|controls))"""
    r"""\s*=\s*(["'])([^"'<>\n]*)\1""")
_ATTR_LIST_ID = re.compile(r"\{:?[^}\n]*?#([\w-]+)[^}\n]*\}")
_RELATIVE_TARGET = re.compile(
    r"""\]\(<?(?P<link>[^\s()<>"'`:]+)(?=[)>\s])"""
    r"""|(?i:(?<![\w-])(?:src|href)[ \t]*=[ \t]*)["'](?P<attr>[^\s"'`<>:]+)(?=["'])""")
"""A relative address a link, a picture or an element points to (`![](../images/a-b.png)`,
`<img src="img/x.png">`, `[export](../export?token=…)`): a URL of the site's own pages and
files without a scheme, read as any URL is (fp68): its path's pieces judged as a URL's, a key in
its query string found as one (main published `[export](../export?token=<key>)`)."""
MAX_ID_DIGITS = 14
"""A number in a URL path of up to this many digits is a record id (Zendesk's have 13 or 14);
15 to 19 digits may be a payment card, and are still read as one."""
_ID_SLUG = re.compile(r"\d{1,%d}-[\w%%.'()-]*[A-Za-z][\w%%.'()-]*" % MAX_ID_DIGITS)
_RECORD_ID = re.compile(r"\d{1,%d}(?!\d)" % MAX_ID_DIGITS)
_FILE_NAME = re.compile(r"[\w.%+-]+\.[A-Za-z][A-Za-z0-9]{0,4}")
SHORT_PIECE = 20
"""Pieces of a path shorter than this are never keys on their own (see privacy's
MIN_TOKEN_LENGTH): a key found across `/` is made of ordinary path segments."""

TRACKING = frozenset({
    "fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc",
    "_hsmi", "hsctatracking", "igshid", "yclid", "_ga", "_gl", "mkt_tok", "sjid", "si", "ved",
    "ei", "sca_esv", "rlz", "spm", "ref_src", "trk", "trackingid", "oly_enc_id", "oly_anon_id",
    "vero_id", "wickedid", "s_cid", "icid", "cmpid",
})
"""Query parameters that carry campaign and click identifiers (and every `utm_*` one)."""
SAFELINKS = frozenset({"data", "sdata", "reserved"})
"""Parameters of an Outlook safelinks URL besides the wrapped `url`: a hash of the message and
tenant, not a secret."""
KEY_PARAMETERS = frozenset({
    "key", "api_key", "apikey", "api-key", "access_token", "accesstoken", "token", "auth",
    "auth_token", "authtoken", "private_token", "refresh_token", "id_token", "secret",
    "client_secret", "signature", "sig", "x-amz-signature", "x-goog-signature", "sessionid",
    "session_id", "jsessionid", "phpsessid", "sid_token", "apitoken", "api_token", "license_key",
    "temp_url_sig", "x-amz-security-token", "x-goog-credential-token",
})
"""Query parameters whose value is a credential (Azure SAS, S3 pre-signed and Swift temporary
URLs sign with `sig`, `X-Amz-Signature` and `temp_url_sig`)."""
MIN_KEY_LENGTH = 8
"""Shorter values of a key parameter are placeholders or flags (`?key=1`)."""
_PLACEHOLDER = re.compile(r"(?i)your|example|placeholder|redacted|x{4,}|\*{3,}|\.\.\.|^<|^\{|^\$|"
                          r"^%[A-Z_]+%$")
_NAME = re.compile(r"\[?([A-Z_]+)\]?|([a-z_]+)")
"""A name standing for the value (`AUTOIMPORT_SECRET`, `token`; in square brackets as Firefly
III's docs write it, fp48)."""


@dataclass(frozen=True)
class Markup:
    """The harmless spans of one line and the keys in its query strings."""

    record_ids: tuple[tuple[int, int], ...] = ()
    """The digits of record ids in URL paths (`4402764401554`, the id of an id-slug)."""
    harmless_values: tuple[tuple[int, int], ...] = ()
    """Tracking parameter values and identifier attributes (`id`, `class`, `{#id}`)."""
    segments: tuple[tuple[int, int], ...] = ()
    """The host and each path segment of each URL (what lies between `://`, `/` and `?`), in
    the line's order (they never overlap)."""
    keys: tuple[tuple[int, int, str], ...] = field(default=())
    """(start, end, parameter) of each credential in a query string."""
    opaque: frozenset[tuple[int, int]] = frozenset()
    """Segments of a relative target (`](…)`, `src=`, `href=`) that read as no word, slug of
    words or file name of words (`Xq7Lm2Pz9Rt4Vw`): never harmless for being short, since `](`
    stands before any bracketed text and a share link or a base64 secret is cut by `/` (rev68)."""

    @staticmethod
    def of(line: str) -> Markup:
        """What a line's URLs and attributes hold (cached: the scanner asks per detector)."""
        if "://" not in line and "=" not in line and "{" not in line and "](" not in line:
            return _NOTHING
        return _read(line)

    def harmless(self, start: int, end: int, line: str,
                 looks_like_key: Callable[[str], bool] | None = None) -> bool:
        """True when [start, end) is the digits of a record id in a URL path, or (for a run of
        letters and digits judged by `looks_like_key`, not a card or phone number) a tracking
        value, an element id or made only of short path segments, id-slugs and file names
        that hide no key themselves (`1-<key>` and `<key>.json` are keys)."""
        if _inside(start, end, self.record_ids):
            return True
        if looks_like_key is None:
            return False
        if _inside(start, end, self.harmless_values):
            return True
        overlapping = self._overlapping(start, end)
        if not overlapping or not (overlapping[0][0] <= start and end <= overlapping[-1][1]):
            return False  # not (only) in a URL's host and path
        return all((a, b) not in self.opaque and (
            b - a < SHORT_PIECE or _is_plain_piece(line[a:b], looks_like_key))
                   or (a, b) in self.harmless_values for a, b in overlapping)


    def _overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The segments overlapping [start, end), found by bisection (a line of thousands of
        URLs: each value looked at every segment of the line, review s32)."""
        first = bisect.bisect_right(self.segments, (start, sys.maxsize))
        while first > 0 and self.segments[first - 1][1] > start:
            first -= 1
        last = bisect.bisect_left(self.segments, (end, -1))
        return list(self.segments[first:last])


_NOTHING = Markup()


def _inside(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(span_start <= start and end <= span_end for span_start, span_end in spans)


def _is_plain_piece(piece: str, looks_like_key: Callable[[str], bool]) -> bool:
    """A record id, an id-slug or a file name whose words are not a key (a hex stem is a
    content digest, as in `3f2a...9c.png`)."""
    if piece.isdigit():
        return len(piece) <= MAX_ID_DIGITS
    if _SWIFT_ACCOUNT.fullmatch(piece):
        return True
    if _ID_SLUG.fullmatch(piece):
        words = piece.split("-", 1)[1]
    elif _FILE_NAME.fullmatch(piece):
        words = piece.rsplit(".", 1)[0]
        if set(words) <= _HEX:
            return True
    else:
        return False
    return not any(looks_like_key(run.group()) for run in _KEY_RUN.finditer(words))


_HEX = frozenset("0123456789abcdefABCDEF")
_SWIFT_ACCOUNT = re.compile(r"AUTH_[0-9a-f]{32}")
"""An OpenStack Swift account in an object's URL (`/swift/v1/AUTH_<project id>/bucket/file`):
the project's public id, not a key (a temporary URL signs with `temp_url_sig`, a query key)."""
_DIGEST_PLACE = re.compile(r"(?i)commits?|blob|tree|raw|blame|sha\d*|hash|checksum|digest"
                           r"|(?:by-)?fingerprint")
"""A path segment after which hex of a digest's length is that digest (`/commit/<sha>`,
`/-/blob/<sha>/README.md`, `/vks/v1/by-fingerprint/<fingerprint>`)."""
_DIGEST_LENGTHS = frozenset({32, 40, 64})
_REF_LENGTHS = frozenset({40, 64})
"""A commit (SHA-1 or SHA-256) in a file's URL, wherever it stands before the file name
(`raw.githubusercontent.com/<owner>/<repo>/<sha>/logo.png`, `cdn…/gh/<repo>@<sha>/x.js`)."""
_KEY_RUN = re.compile(r"[A-Za-z0-9+]{%d,}" % SHORT_PIECE)
"""Runs of letters and digits long enough to be a key, between the `-`, `_` and `.` that
separate the words of a slug or a file name."""


@lru_cache(maxsize=1024)
def _read(line: str) -> Markup:
    ids: list[tuple[int, int]] = []
    values: list[tuple[int, int]] = []
    segments: list[tuple[int, int]] = []
    keys: list[tuple[int, int, str]] = []
    opaque: set[tuple[int, int]] = set()
    for url in _URL.finditer(line):
        _read_url(line, url.start(), url.end(), ids, values, segments, keys,
                  embedded_image(line, url.start()))
    for target in _RELATIVE_TARGET.finditer(line):
        start, end = target.span("link" if target.group("link") is not None else "attr")
        query_start = _first(line, "?#", start, end)
        position = start
        for piece in line[start:query_start].split("/"):
            if piece:
                segments.append((position, position + len(piece)))
                if not reads_as_path_words(piece):
                    opaque.add((position, position + len(piece)))
            position += len(piece) + 1
        _read_query(line, query_start, end, "", ids, values, segments, keys)
    for attr in _IDENTIFIER_ATTR.finditer(line):
        values.append(attr.span(2))
    for attr in _ATTR_LIST_ID.finditer(line):
        values.append(attr.span(1))
    return Markup(tuple(ids), tuple(values), tuple(sorted(segments)), tuple(keys),
                  frozenset(opaque))


def _read_url(line: str, start: int, end: int, ids: list[tuple[int, int]],
              values: list[tuple[int, int]], segments: list[tuple[int, int]],
              keys: list[tuple[int, int, str]], image: bool = False) -> None:
    """Spans of one URL at [start, end) of `line`; a URL in a parameter is read as a URL.
    An `image` the page embeds has its hex ids public (kbgen.core.image_urls)."""
    host_start = line.index("://", start) + 3
    path_start = _first(line, "/?#", host_start, end)
    host = line[host_start:path_start].lower()
    query_start = _first(line, "?#", path_start, end)
    segments.append((host_start, path_start))
    position = path_start + 1
    path = line[path_start + 1:query_start] if line.startswith("/", path_start) else ""
    previous = ""
    pieces = path.split("/") if path else []
    file_url = bool(pieces) and _FILE_NAME.fullmatch(pieces[-1]) is not None
    for number, piece in enumerate(pieces):
        segments.append((position, position + len(piece)))
        if (_DIGEST_PLACE.fullmatch(previous) or file_url and number < len(pieces) - 1
                and len(piece) in _REF_LENGTHS) and len(piece) in _DIGEST_LENGTHS and set(
                piece) <= _HEX:
            values.append((position, position + len(piece)))  # `/commit/<sha>`
        elif image and public_image_id(piece, pieces[:number]):
            values.append((position, position + len(piece)))
        previous = piece
        digits = _RECORD_ID.match(piece)
        if digits and (digits.end() == len(piece) or _ID_SLUG.fullmatch(piece)):
            ids.append((position, position + digits.end()))
        position += len(piece) + 1
    _read_query(line, query_start, end, host, ids, values, segments, keys)


def _read_query(line: str, query_start: int, end: int, host: str, ids: list[tuple[int, int]],
                values: list[tuple[int, int]], segments: list[tuple[int, int]],
                keys: list[tuple[int, int, str]]) -> None:
    """Spans of the query string at `query_start` of a URL ending at `end` (none unless a `?`
    stands there): tracking values, keys, and URLs in parameters read as URLs."""
    if query_start >= end or line[query_start] != "?":
        return
    fragment = _first(line, "#", query_start, end)
    position = query_start + 1
    for parameter in line[query_start + 1:fragment].split("&"):
        name, sign, value = parameter.partition("=")
        value_start = position + len(name) + len(sign)
        value_end = value_start + len(value)
        position += len(parameter) + 1
        lowered = name.lower()
        if not sign or not value:
            continue
        if re.match(r"(?i)(?:https?|ftps?)://", value):
            _read_url(line, value_start, value_end, ids, values, segments, keys)
        elif lowered.startswith("utm_") or lowered in TRACKING or (
                "safelinks.protection.outlook.com" in host and lowered in SAFELINKS):
            values.append((value_start, value_end))
        elif lowered in KEY_PARAMETERS and _is_key(value):
            keys.append((value_start, value_end, name))


def _first(line: str, characters: str, start: int, end: int) -> int:
    """The position of the first of `characters` in line[start:end], or `end`."""
    found = [i for i in (line.find(ch, start, end) for ch in characters) if i >= 0]
    return min(found, default=end)


def _is_key(value: str) -> bool:
    """A value that could be a credential: long enough, not a placeholder or a plain word."""
    return len(value) >= MIN_KEY_LENGTH and not _PLACEHOLDER.search(value) and not _named(value)


def _named(value: str) -> bool:
    """`value` is a name whose every part reads as words (`[AUTOIMPORT_SECRET]`), not letters
    of one case a real key is made of (`[KQVNZLWPDXYTQRSWZVBH]`, rev48)."""
    name = _NAME.fullmatch(value)
    parts = [part for part in (name[1] or name[2]).lower().split("_") if part] if name else []
    return any(map(reads_as_words, parts)) and all(
        len(part) <= 3 or reads_as_words(part) for part in parts)


def query_keys(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, parameter) of each credential in the query strings of a line."""
    yield from Markup.of(line).keys

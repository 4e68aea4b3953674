"""Identifiers that are not secrets: ULIDs, typed ids, ids labelled as ids, id columns.

Platforms print and document their resources' identifiers (`vol_6vjd0dkm5ny038mv`,
`Instance ID: 01GQR4GR5TPQC65T5RMKR0HS87`, a `DIGEST` column of `fly secrets list`); to an
entropy check each is a random run like a key. An identifier names a resource to whoever may
already reach it; it opens nothing. Each rule is narrow, and none applies where the value or
its label names a secret, a token, a password or a key (`token_id: …`, a column named `TOKEN`,
`sk_live_…`):

- **ULIDs** (26 characters of Crockford's base32 whose first ten encode a time between 2015 and
  2040), alone or at the end of a generated name (`deployment-01GQ0HKV6TDT7DX0G50MT50FZD`,
  `hello-elixir-01HR8CXEYKQ9RXYQFEWSE5PTE0`): a random key of that shape starts with those
  ten characters once in a thousand times or less.
- **xids** (20 characters of base32hex, lower case: 12 bytes whose first four are a Unix time
  between 2015 and 2040, the last character's padding bits zero), as NetBird names its peers,
  groups and rules (`ch8i4ug6lnn4g9hqv7m0`): a random key of that alphabet and length passes
  once in a hundred times or less.
- **Typed ids**: a short lower-case type, `_` or `-`, then 12 to 32 random lower-case letters
  and digits, or at most 24 in both cases (`vol_…`, `vs_…`, `img_…`, `pvc-…`), when the type
  is no key's prefix (`sk_`, `ghp_`, `xoxb-`, `fm2_`, …).
- **Labelled ids**: a value after a name that says it is an identifier (`request id: …`,
  `"snapshot_id": "…"`, `Machine ID: …`, `trace id …`, `Restarting machine …`).
- **Id columns**: a value in a table's column whose header says it is an id, a digest, a hash
  or a checksum (`| id | … |`, `NAME  DIGEST  DATE` in code, an ASCII table a tool printed).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from functools import lru_cache

from kbgen.core import password_schemes

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base32 alphabet (no I, L, O, U), as ULIDs are written."""
_ULID = re.compile(rf"[0-7][{CROCKFORD}]{{25}}")
_ULID_AT_END = re.compile(rf"(?:[a-z][a-z0-9]*[-_.])*([0-7][{CROCKFORD}]{{25}})")
"""A ULID, alone or after the words of a generated name (`deployment-`, `hello-elixir-`)."""
_FIRST_ULID_TIME = datetime(2015, 1, 1, tzinfo=timezone.utc).timestamp() * 1000
_LAST_ULID_TIME = datetime(2040, 1, 1, tzinfo=timezone.utc).timestamp() * 1000

BASE32HEX = "0123456789abcdefghijklmnopqrstuv"
"""RFC 4648's extended hex alphabet, in the lower case xids are written in."""
_XID = re.compile(r"[0-9a-v]{19}[0g]")
"""20 characters whose last one holds one bit and four padding bits (zero)."""
_FIRST_XID_TIME = _FIRST_ULID_TIME // 1000
_LAST_XID_TIME = _LAST_ULID_TIME // 1000

_TYPED_ID = re.compile(r"([a-z]{2,6})[_-]([A-Za-z0-9]{12,32})")
MAX_MIXED_CASE_ID = 24
"""The longest random part of a typed id in both cases (`vs_4LNvXLLK0P6tk6KgqoexaBw`: 23);
an unknown vendor's key is longer (32 and more), whatever its prefix."""
KEY_PREFIXES = frozenset({
    "sk", "rk", "ghp", "gho", "ghu", "ghs", "ghr", "glpat", "gldt", "glrt", "xoxb", "xoxp",
    "xoxa", "xoxe", "xoxs", "xapp", "fm", "fo", "shpat", "shpss", "shpca", "shppa", "npm",
    "pypi", "hf", "sq", "dop", "doo", "dor", "pat", "key", "keys", "api", "apikey", "secret",
    "token", "tok", "auth", "sess", "session", "priv", "whsec", "sig", "pass", "pwd", "cred",
    "live", "test", "prod", "lin", "ntn", "sl", "glc", "pscale", "rnd", "ak", "sat", "ya",
    "github", "dapi", "gsk", "xai", "pplx", "figd", "ops",
})
"""Lower-case prefixes of keys and tokens (Stripe `sk_`, `rk_`; GitHub; GitLab; Slack; Fly.io
`fm1_`/`fm2_`/`fo1_` with their digit; Shopify; npm; PyPI; Hugging Face; Square; DigitalOcean;
Linear; Notion; PlanetScale; Render): a run behind one is a key, not a typed id."""

_KEY_SHAPE = re.compile(
    r"(AIza|ya29\.|EAA[A-Za-z0-9]|SG\.|A[KS]IA|eyJ)|([A-Za-z]+)[0-9A-Za-z]*[_-]")
"""The start of a key: a key's prefix before `_` or `-` (`sk_live_`, `ghp_`, `github_pat_`,
`sq0atp-`, `SK_LIVE_`), or a vendor's fixed start (Google's `AIza` and `ya29.`, Facebook's
`EAA`, SendGrid's `SG.`, AWS's `AKIA`, a JWT's `eyJ`)."""

_SECRET_NAME = re.compile(
    r"(?i)key|secret|token|pass|pwd|session|sess|auth|cred|sig|cookie|nonce|salt|otp|pin\b")
"""Parts of a name that make its value a credential (`token_id`, `session_id`, `ACCESS KEY`)."""
_LABEL = re.compile(
    r"(?i)(?:(?:\b|_)(?:ids?|uuid|ulid)|\b(?:aud|azp)|\b(?:machine|instance|volume|snapshot|image|lease"
    r"|leader|node|container|pod|release|deployment|build|commit|request|trace|span"
    r"|correlation|transaction|job|run|task|event|order|ticket|incident)s?)"
    r"""["'`]?\s*(?:[:=#|]\s*|\.{2,}\s*|…\s*)?["'`]?\s*$""")
"""A name that says the value after it is an identifier: `Machine ID: `, `"snapshot_id": "`,
`request id `, `Restarting machine `, `Promoting new leader...  `; a token's `"aud"` or
`"azp"` claim, the client's id (public, as `client_id` is: issue 19, fp37)."""
_MARKUP = re.compile(r"[*`]+|(?<![\w])__?|__?(?![\w])|</?[A-Za-z][A-Za-z0-9]{0,9}>")
"""Emphasis, code marks and simple tags between a label and its value: not part of either
(`_` only at a word's edge: `fly_release_id` keeps its own)."""
_LABEL_WORDS = re.compile(
    r"""[\w.-]*+["'`]?+\s*+(?:[:=#|]\s*+|\.{2,}+\s*+|…\s*+)?["'`]?+\s*+$""")
"""The name right before a value, for _SECRET_NAME. Each run read once (what follows a run
cannot continue it): the same matches as the runs that gave back, whose blank runs split
each other (cubic under `search`: issue 19, redos55)."""
_ID_HEADER = re.compile(
    r"(?i)(?:^|[\s_-])(?:ids?|uuid|ulid|digest|hash|checksum|sha-?\d*|md5|etag|fingerprint"
    r"|version)$")
"""A column header naming ids or digests (`ID`, `MACHINE ID`, `DIGEST`, `sha256`)."""
_FENCE = re.compile(r"\s*(?:```|~~~)")
_DELIMITER = re.compile(r"\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?")
r"""A Markdown table's delimiter row; no two `\s*` side by side (`\s*\|?\s*` split a line of
spaces in every way: quadratic)."""
_BORDER = re.compile(r"\s*\+?[-=]{3,}(?:\+[-=]+)*\+?\s*")
_CAPS_HEADER = re.compile(
    r"\s*[A-Z][A-Z0-9_()/.#%-]*(?: [A-Z][A-Z0-9_()/.#%-]*)*"
    r"(?:(?:\s{2,}|\t|\s*\|\s*)[A-Z][A-Z0-9_()/.#%-]*(?: [A-Z][A-Z0-9_()/.#%-]*)*){2,}\s*")
"""A header of at least three upper-case column names, as tools print them."""
_SECRET_LINE = re.compile(r"(?i)secret|token|passw|credential|api[_ -]?key|private|bearer"
                          r"|\bauth|\bkeys?\b")


REASON = "an identifier (a ULID, a typed id, an id labelled or in a column of ids or digests)"
"""Why an identifier is accepted, for reviewers."""


def header(line: str) -> bool:
    """The line is a listing's header of upper-case column names (`ID  STATE  REGION`)."""
    return bool(_CAPS_HEADER.fullmatch(line))


def ulid(value: str) -> bool:
    """A ULID (`01GQR4GR5TPQC65T5RMKR0HS87`) or a generated name ending with one; its time
    between 2015 and 2040."""
    match = _ULID_AT_END.fullmatch(value)
    if not match:
        return False
    time = 0
    for character in match.group(1)[:10]:
        time = time * 32 + CROCKFORD.index(character)
    return _FIRST_ULID_TIME <= time < _LAST_ULID_TIME


def xid(value: str) -> bool:
    """An xid (`ch8i4ug6lnn4g9hqv7m0`): its first 32 bits a time between 2015 and 2040."""
    if not _XID.fullmatch(value):
        return False
    bits = 0
    for character in value[:7]:
        bits = bits * 32 + BASE32HEX.index(character)
    return _FIRST_XID_TIME <= bits >> 3 < _LAST_XID_TIME


def key_shaped(value: str) -> bool:
    """The value starts as keys and tokens do (`sk_live_…`, `ghp_…`, `AIza…`): no label, no
    column and no type makes it an identifier."""
    if password_schemes.DIGEST.fullmatch(value.strip("\"'`")):
        return True  # a password's digest (`$1$…`, `{SSHA}…`): cracked offline
    match = _KEY_SHAPE.match(value.lstrip("\"'`"))
    return bool(match and (match.group(1) or match.group(2).lower() in KEY_PREFIXES))


def typed_id(value: str) -> bool:
    """A typed id (`vol_6vjd0dkm5ny038mv`, `vs_4LNvXLLK0P6tk6KgqoexaBw`): a type that is no
    key's prefix, then a random run."""
    match = _TYPED_ID.fullmatch(value)
    if match is None or match.group(1) in KEY_PREFIXES or _SECRET_NAME.search(match.group(1)):
        return False
    body = match.group(2)
    return body.islower() or body.isdigit() or len(body) <= MAX_MIXED_CASE_ID


def labelled(before: str) -> bool:
    """The text `before` a value ends with a name saying it is an identifier, and that name
    is no credential's (`session_id`, `API key ID`)."""
    tail = _MARKUP.sub("", before[-120:])[-80:]  # `**Request ID:** `, `<b>ID</b>: `
    if not _LABEL.search(tail):
        return False
    name = _LABEL_WORDS.search(tail)
    words = tail[max(0, (name.start() if name else len(tail)) - 20):]
    return not _SECRET_NAME.search(words)


def identifier(value: str, before: str, line: str) -> bool:
    """The value (after `before` on `line`) is an identifier by its shape or its label, on a
    line that names no secret (a typed id or a label beside `token` is a key's); never a
    value that starts as a key does."""
    if key_shaped(value):
        return False
    if _secret_line(line):
        return (ulid(value) or xid(value)) and not _SECRET_NAME.search(before[-40:])
    return ulid(value) or xid(value) or typed_id(value) or labelled(before)


@lru_cache(maxsize=256)
def _secret_line(line: str) -> bool:
    """`line` names a secret (asked once a line, not once a value, review s32)."""
    return _SECRET_LINE.search(line) is not None


class Columns:
    """The tables of one text: which header, if any, stands above each line (one pass over the
    text, made on first use)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._headers: list[int | None] | None = None

    def _header_of(self, index: int) -> int | None:
        if self._headers is None:
            self._headers = _headers(self.lines)
        return self._headers[index]

    def column(self, index: int, start: int) -> str | None:
        """The header of the table column holding position `start` of line `index`: a
        Markdown table's, an ASCII table's or an upper-case listing's in code; None outside
        a table."""
        header_index = self._header_of(index)
        if header_index is None:
            return None
        return _cell_at(self.lines[header_index], self.lines[index], start)

    def id_column(self, index: int, start: int) -> bool:
        """The value at `start` of line `index` is in a column of ids or digests whose header
        names no secret (`ID`, `DIGEST`; never `TOKEN`, `KEY ID`), on a row that names none
        (`| prod password | Kq9… |`) unless it is a digest's hex in a digest column, and that
        does not start as a key does (`ghp_…`). The column is asked first: outside a table the
        value is not read (to its end, it was read once per value: quadratic on a long word)."""
        name = self.column(index, start)
        if not (name and _ID_HEADER.search(name) and not _SECRET_NAME.search(name)):
            return False
        row = self.lines[index]
        value = _CELL_VALUE.match(row, start)
        if not value or key_shaped(value.group()) or password_schemes.within(row, start, start + 1):
            return False
        return not _SECRET_LINE.search(row) or bool(
            _DIGEST_HEADER.search(name) and _HEX_DIGEST.fullmatch(value.group()))


def _headers(lines: list[str]) -> list[int | None]:
    """For each line, the header line of the table it is a row of (the nearest header above
    it in its run of non-blank lines, outside fences), or None."""
    headers: list[int | None] = []
    current: int | None = None
    for number, text in enumerate(lines):
        if not text.strip() or _FENCE.match(text):
            current = None
            headers.append(None)
            continue
        headers.append(current)
        if _DELIMITER.fullmatch(text) or _BORDER.fullmatch(text):
            continue
        below = lines[number + 1] if number + 1 < len(lines) else ""
        if (_DELIMITER.fullmatch(below) or _BORDER.fullmatch(below)
                or _CAPS_HEADER.fullmatch(text)):
            current = number
    return headers


def _cell_at(header: str, row: str, start: int) -> str | None:
    """The header cell above position `start` of `row`."""
    if "|" in header and "|" in row:
        cells = header.strip().strip("|").split("|")
        place = row[:start].count("|") - (1 if row.lstrip().startswith("|") else 0)
        return cells[place].strip() if 0 <= place < len(cells) else None
    if "\t" in header and "\t" in row:
        cells = [cell for cell in re.split(r"\s*\t\s*", header.strip()) if cell]
        place = len([cell for cell in re.split(r"\s*\t\s*", row[:start].strip()) if cell])
        if row[:start].strip() and not re.search(r"\s$", row[:start]):
            place -= 1
        return cells[place].strip() if 0 <= place < len(cells) else None
    name = None
    for found in re.finditer(r"\S+(?: \S+)*", header):
        if found.start() <= start + 1:
            name = found.group()
    return name


_DIGEST_HEADER = re.compile(r"(?i)digest|hash|checksum|sha|md5|fingerprint")
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{56}|[0-9a-fA-F]{64}"
                         r"|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}")
"""A digest's hex, which a row naming a secret may show (`fly secrets list`: MY_SECRET and its
digest); any other value on such a row is the secret."""


_CELL_VALUE = re.compile(r"[^\s|]+")

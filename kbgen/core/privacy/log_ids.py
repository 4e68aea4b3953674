"""Hex ids in the lines a program logged, for the gate (issue 19, branch fq51).

NetBox's performance guide shows a worker starting (`19:31:20 Worker 861be45b…: started with
PID 2300029`) and Dokku's event-log page its syslog (`Jul  3 16:10:24 dokku.me dokku[129451]:
INVOKED: check-deploy( pythonapp 6274ced0… web 5000 10.0.16.80 )`): a worker's or a
container's id, 32 or 64 hex digits, which the token rules read as a key. An id names a
process or a container; it opens nothing.

Accepted only when all of these hold: the line is in a fenced code block and opens with a log's
time stamp (`19:31:20`, `2024-03-01 12:00:01,123`, `[2024-03-01T12:00:01Z]`, syslog's `Jul  3
16:10:24 host prog[pid]:`); the value is lower-case hex of a digest's length, standing alone
after a space or a bracket (not in a URL's path or query, not after `=`: `GET /reset/5f2b…`,
`sid=5f2b…` may be live secrets), or after a colon only where the line has shown it so
(`Worker 861b…: subscribing to rq:pubsub:861b…`; `admin:5f2b…` may be a login's password);
the line names no secret, session, cookie, key or code, in English, German, French, Spanish,
Portuguese or Italian, nor whose it is (`the customer's`, `our`, an e-mail address), and no
speaker follows a bare clock (`19:31:20 Jane: …`, a chat's line); nor do the block's
introduction, its headings or the paragraphs above it (`The app printed its new API key at
start-up:`, `From ticket #4821`: rev52).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.claim_words import SECRETS, words
from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _FENCE, Blocks, _Headings
from kbgen.core.privacy.placed_above import PlacedAbove

REASON = "a process's or container's id in a line a program logged (a time stamp opens it)"

_STAMP = re.compile(
    r"[ \t]*(?:\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?"
    r"(?:Z|[+-]\d{2}:?\d{2})?\]?(?![ \t]+(?:<[^>\s]{1,32}>|[A-Za-z][\w.-]{0,31}:)(?:[ \t]|$))"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]+\d{1,2}[ \t]+\d{2}:\d{2}:\d{2}"
    r"[ \t]+[\w.-]+[ \t]+[\w./-]+(?:\[\d+\])?:)[ \t]")
"""A log line's opening time stamp (a bare clock, ISO 8601, or syslog's with host and
program); a clock followed by a speaker (`19:31:20 Jane: here it is …`, `12:00:01 <jane> …`)
opens a chat's line, where a person pastes what they like."""
_HEX = re.compile(r"[0-9a-f]+")
_BEFORE = frozenset(" \t([")
"""What may stand right before an id (`Worker 861b…`, `( pythonapp 6274…`)."""
_SECRET_WORDS = re.compile(r"(?i)\b(?:sessions?|sid|cookies?|codes?|nonces?|salts?|otp|pw|pwd"
                           r"|pass|pin"
                           r"|signatures?|sig|csrf|reset|invite|login|logon|sitzung(?:en)?"
                           r"|sesi[oó]n|sess[aã]o|sessione|jeton|geheim\w*|segreto|secreto"
                           r"|anmeld\w*|connexion|c[oó]digo|codice"
                           r"|logged[ -]in|signed[ -]in|authenticat\w*|recover\w*|magic"
                           r"|verif\w*|activat\w*|confirm\w*|unlock\w*"
                           r"|one[- ]time|enrol\w*|has[lł]\w*|klucz\w*"
                           r"|[пn][аa][рp][оo]л\w*|[тt][оo][кk][еe][нh]\w*|[кk]люч\w*"
                           r"|lösenord\w*|nyckel\w*|şifre\w*|parola\w*|" + words(SECRETS) + r")\b"
                           r"|パスワード|トークン|密码|密碼|令牌|密钥|비밀번호|토큰")
"""Words naming what a logged hex may open (in English, German, French, Spanish, Portuguese,
Italian, Dutch, Polish, Russian, Swedish, Turkish, Japanese, Chinese, Korean: rev52), beside
surroundings' words for a secret or a key; a recovery, a magic link, a verification opens an
account as a reset does, and so does a log-in (`logged in with …`). Cyrillic words as the
scan reads them, letters that look Latin folded (`токен` is read `tokeh`)."""

_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
"""An e-mail address: the line names whose the id is (`jane.doe@acme-corp.com logged in`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but hex ids in lines a program logged, in a code block."""
    blocks: list[_Logs] = []  # found once a value asks (most pages have none)

    def logged(index: int, line: str) -> bool:
        blocks[:] = blocks or [_Logs(lines)]
        return blocks[0].unplaced(index) and _log_line(line)

    shown: dict[int, set[str]] = {}  # ids each line shows standing alone

    def bare_id(index: int, line: str, hit: _Hit) -> bool:
        value = line[hit.start:hit.end]
        if line != lines[index] or len(value) not in surroundings.DIGEST_LENGTHS \
                or not _HEX.fullmatch(value) or hit.start == 0:
            return False
        if line[hit.start - 1] in _BEFORE:
            shown.setdefault(index, set()).add(value)
            return True
        return line[hit.start - 1] == ":" and value in shown.get(index, ())

    return line_rules.accepted(found, context, REASON, bare_id, logged)


def _log_line(line: str) -> bool:
    """`line` opens with a log's time stamp and names no secret and no owner (read once a
    line, however many ids it holds)."""
    return _STAMP.match(line) is not None and _says_nothing(line)


def _says_nothing(text: str) -> bool:
    """The text names no secret and no owner."""
    return (not surroundings.names_secret(text) and not surroundings.SECRET_WORDS.search(text)
            and not _SECRET_WORDS.search(text) and not surroundings.names_whose(text)
            and not _ADDRESS.search(text))


class _Logs(Blocks):
    """A page's code blocks and whether what introduces each says nothing of a secret or an
    owner: its paragraph, its headings (`Jane's app printed its new API key at start-up:`,
    `## The leaked credentials`) and the paragraphs above (placed_above; rev52), read once a
    block."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self.headings, self.above = _Headings(lines), PlacedAbove(lines)
        self._unplaced: dict[int, bool] = {}

    def unplaced(self, index: int) -> bool:
        """Line `index` is in a code block nothing above places or calls a secret."""
        span = self.span(index)
        if span is None:
            return False
        if span[0] not in self._unplaced:
            introduction = self.introduction(index)
            introduction = "" if _FENCE.match(introduction) else introduction  # a block above
            self._unplaced[span[0]] = not self.above.says_whose(index) and _says_nothing(
                f"{introduction}\n{self.headings.of(index)}")
        return self._unplaced[span[0]]

"""Values that are names, not keys: paths, versioned package and module names, ids named as
ids, generated names.

A key is a random run of letters and digits; so, to an entropy check, are
`$AF2DB/uniref30/UniRef30_2021_03`, `bzip2-1.0.8-paghlsmxrq7p26qna6ml6au4fj2bdw6k`,
`OpenFOAM/11-foss-2023a`, `OS_PROJECT_ID=3b1c5e7f…` and `backend-7f9c9dbfbb-78sh8`. Each rule
reads what stands before the run or its shape, and none applies on a line that names a secret,
a token, a password or a key (`export KEY=/wJalr…` stays a finding).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kbgen.core.surroundings import SECRET_WORDS
from kbgen.core.url_parts import SHORT_PIECE

_PATH_BEFORE = re.compile(r"""(?:^|[\s"'`(=:}~.])$""")
"""What stands before the first `/` of a path: a space, a quote, `=`, `${NAME}`, `~`, `.`."""


_VERSION_DOT = re.compile(r"(?<![\w.])\d+(?:\.\d+)*\.$|[A-Za-z]\w*-\d+(?:\.\d+)+\.?$")
"""A version number right before a run (`1.0.8-<hash>` after `bzip2-`): the run is the rest of
a package's versioned name, which has dots where keys have none."""
_MIXED_CASE = re.compile(r"[a-z][^-._/]*[A-Z]|[A-Z][^-._/]*[a-z]")
"""Lower and upper case within one word: a key's, not a package hash's (`paghlsmx…`)."""
_MODULE_NAME = re.compile(
    r"[A-Za-z](?=[A-Za-z0-9+_-]*?[A-Za-z]{2})[A-Za-z0-9+_-]+/\d+(?:[._-](?:\d+[a-z]?|[a-z]+"
    r"|[A-Z]+|[A-Z][a-z]+(?:[A-Z][a-z]*)?))*")
"""A software module and its version (`OpenFOAM/11-foss-2023a`, `GCCcore/12.3.0`): a name,
`/`, a version of digits and lower-case or capitalised words. Each character has one place
in the pattern (`[A-Za-z0-9]*[A-Za-z]{2}[A-Za-z0-9]*/` tried every place of the two letters in
a long word: cubic)."""


_ID_NAME = re.compile(r"""(?i)(?:\b|_)(?:id|uuid)["'`]?\s*(?:[:=]|\|)\s*["'`]?$""")
"""A value's name or column that says it is an identifier: `OS_PROJECT_ID=`, `"tenant_id": "`,
`| id | ` (a table of a command's output)."""
_UUID_HEX = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")


def _named_id(value: str, before: str, line: str) -> bool:
    """Hex of a UUID's length (`3b1c5e7f…`) named as an id, on a line that names no secret:
    a project's, a tenant's or a resource's identifier, not a key."""
    if not _UUID_HEX.fullmatch(value):
        return False
    name = _NAME_BEFORE.search(before, _tail(before))
    return bool(_ID_NAME.search(before, _tail(before)) and name
                and not _SECRET_NAME.search(name.group()) and not names_secret(line))


_NAME_BEFORE = re.compile(r"""[\w.-]*["'`]?\s*[:=|]\s*["'`]?$""")
_SECRET_NAME = re.compile(r"(?i)key|secret|token|pass|pwd|session|sess|auth|cred|sig|cookie")
"""Parts of a name that make its id a credential (`AWS_ACCESS_KEY_ID`, `session_id`)."""


def _versioned_name(run: str, before: str, line: str) -> bool:
    """The rest of a package's versioned name (`bzip2-1.0.8-paghlsmx…`) or a module and its
    version, on a line that names no secret."""
    return bool(_VERSION_DOT.search(before, _tail(before)) and not _MIXED_CASE.search(run)
                or _MODULE_NAME.fullmatch(run)) and not names_secret(line)


_CLOUD_SECRET = re.compile(r"[A-Za-z0-9+/]{40}")
"""An AWS secret access key's shape: 40 base64 characters, `/` among them; a path of this
length with segments of mixed case and digits is one, dressed as a path."""
_RANDOM_SEGMENT = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9+]{6,}")
"""A segment of letters of both cases and digits, without the `_`, `-` or `.` between words
of a name (`UniRef30_2021_03`, `GCCcore`); two in one path are a key split by `/`."""
_RANDOM_SEGMENTS = 2
_LONG_RANDOM_SEGMENT = 10


def _is_path(run: str, before: str, line: str) -> bool:
    """A file path: `/` between segments shorter than a key, opened by `$NAME`, `${NAME}`,
    `~`, `.` or a leading `/` (`$AF2DB/uniref30/UniRef30_2021_03`, `~/data/run_2021_03`),
    on a line that names no secret. A key never follows `$` (that is a variable's name)."""
    if "/" not in run.strip("/") or names_secret(line):
        return False
    segments = run.strip("/").split("/")
    random = [segment for segment in segments if _RANDOM_SEGMENT.fullmatch(segment)]
    if random and _CLOUD_SECRET.fullmatch(run.lstrip("/")) or len(
            [segment for segment in random if len(segment) >= _LONG_RANDOM_SEGMENT]
    ) >= _RANDOM_SEGMENTS:
        return False
    opened = (_PATH_BEFORE.search(before, _tail(before)) is not None if run.startswith("/")
              else before.endswith("$"))
    return opened and all(len(segment) < SHORT_PIECE for segment in segments)


GENERATED_NAME = re.compile(
    r"[a-z0-9]+(?:-[a-z0-9]+)*-[bcdfghjklmnpqrstvwxz2456789]{5,10}"
    r"(?:-[bcdfghjklmnpqrstvwxz2456789]{5})?")
"""A name Kubernetes generates for a pod or a node (`backend-7f9c9dbfbb-78sh8`,
`2-rcr6j-worker-0-lnm4d`): its owner's name, then suffixes drawn from an alphabet without
vowels, `0`, `1` and `3`."""


MAX_GENERATED_PART = 10
"""The longest part of a generated name holding a digit (a ReplicaSet's `7f9c9dbfbb`)."""


def _generated_name(value: str) -> bool:
    """A generated name whose parts are words or short suffixes: a key with `-78sh8` written
    after it is no pod's name."""
    return bool(GENERATED_NAME.fullmatch(value)) and all(
        len(part) <= MAX_GENERATED_PART or part.isalpha() for part in value.split("-"))


NAME_TAIL = 120
"""How much of the text before a run the names before it are read from (a name, a version,
a variable: short; reading all of it would cost a long line's length for every run)."""


def _tail(before: str) -> int:
    """Where the part of `before` that names the run starts (patterns end with `$`)."""
    return max(0, len(before) - NAME_TAIL)


def is_name(run: str, value: str, before: str, line: str) -> bool:
    """The run of key characters (`value`: without its slashes) after `before` on `line` is a
    path, a versioned name, an id named as an id or a generated name."""
    return (_is_path(run, before, line) or _versioned_name(run, before, line)
            or _named_id(value, before, line)
            or _generated_name(value) and not names_secret(line))


@lru_cache(maxsize=256)
def names_secret(line: str) -> bool:
    """`line` names a secret (asked once a line, not once a value: a line of thousands of
    values was read whole for each, review s32)."""
    return SECRET_WORDS.search(line) is not None

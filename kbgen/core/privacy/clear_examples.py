"""Values that say themselves they are examples: placeholder passwords, `--secret` flags that
name where a secret comes from, base64 of readable text."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from kbgen.core import examples, nearby, signed_urls, surroundings
from kbgen.core.privacy import optional_settings, owned_secrets
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _FENCE, Blocks, _Headings
from kbgen.core.privacy.model import PASSWORD, TOKEN, URL_PASSWORD
from kbgen.core.privacy.stated_placeholders import stated_in_prose
from kbgen.core.privacy.values import _looks_like_key, _word_share


def _clearly_example(line: str, hit: _Hit, region: str | None = None) -> _Hit:
    """`hit`, allowed with its reason when the value says itself it is an example
    (kbgen.core.examples); `region` reads national phone numbers in decoded text."""
    value = line[hit.start:hit.end]
    if hit.kind in (PASSWORD, TOKEN) and (
            empty := optional_settings.left_empty(line, hit.start, value)):
        return replace(hit, allowed=True, reason=empty)
    reason = None
    if hit.kind == PASSWORD:
        reason = examples.placeholder_password_at(value, line, hit.start) or (
            _after_secret_flag(line, hit) and _flag_reference(_flag_value(line, hit)))
        if reason == examples.SPELT and (stated_in_prose(line, hit.start)
                                         or owned_secrets.named_at(line, hit.start)):
            reason = None  # `the password is mysecretpassword`: stated, not a template's
    elif hit.kind == URL_PASSWORD:  # given to the user name before it (`://postgres:postgres@`)
        reason = examples.placeholder_password_at(
            value, line, _given_at(line, hit.start, value), plain=True) or (
            examples.placeholder_url_password(value, line, hit.start))
    elif hit.kind == TOKEN and not hit.vendor:
        reason = examples.example_base64(value) or examples.certificate_key_id(
            value, line[:hit.start]) or _readable_base64(
            value, nearby.around(line, hit.start, hit.end), region) or (
            signed_urls.expired_signature(line, hit.start))
    return replace(hit, allowed=True, reason=reason) if reason else hit


_CASE = (surroundings._SOMEONES_CASE, surroundings._OWN_PLACE, surroundings._LEGAL_FORM)
"""A real case's words (a customer, a ticket, `reported`, production, `Acme GmbH`), in six
languages; not a possessive, which names a product as often (`Mastodon's endpoint`)."""


def spelt_in_cases(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Passwords that spell out being one (examples.SPELT) in a code block that its
    introduction or its headings place in a real case (`From ticket #4821, the customer's
    compose file:` then `MYSQL_ROOT_PASSWORD=mysecretpassword`; fenced, indented or HTML's
    `<pre>` after `<p>…:</p>`): the customer's real password, whatever it spells (rev51). The
    line alone passes it (`_clearly_example`); its block says whose."""
    from kbgen.core.privacy.joined_words import _joined_word_passwords
    from kbgen.core.privacy.passwords import _passwords  # here: it imports this module

    for index in _case_block_lines(lines):
        for hit in chain(_passwords(lines[index], context),
                         _joined_word_passwords(lines[index], context)):
            if not hit.allowed and _clearly_example(
                    lines[index], hit, context.default_region).reason == examples.SPELT:
                yield index, hit


def _case_block_lines(lines: list[str]) -> Iterator[int]:
    """The lines of each code block a real case introduces: a fenced block under such an
    introduction or heading, or the paragraph after a line ending with `:` whose paragraph
    names one (an indented block, `<pre>` right after `<p>From ticket #4821:</p>`)."""
    blocks = Blocks(lines)
    headings: _Headings | None = None
    for first, end in zip(blocks.fences[::2], blocks.fences[1::2]):
        headings = headings or _Headings(lines)
        if _names_case(f"{blocks.introduction(first + 1)}\n{headings.of(first)}"):
            yield from range(first + 1, end)
    judged = 0  # lines before this are judged already: each line once, however many `:`
    for index, line in enumerate(lines):
        if surroundings._INTRODUCES.search(line) and blocks.span(index) is None \
                and _names_case(_paragraph_ending(lines, index)):
            after = max(index + 1, judged)
            while after < len(lines) and not lines[after].strip():
                after += 1
            while after < len(lines) and lines[after].strip() and not _FENCE.match(lines[after]):
                yield after
                after += 1
            judged = after


def _paragraph_ending(lines: list[str], index: int) -> str:
    """The paragraph ending at line `index` (at most MAX_BLOCK_LINES of it)."""
    first = index
    while first > max(0, index - surroundings.MAX_BLOCK_LINES) and lines[first - 1].strip():
        first -= 1
    return " ".join(lines[first:index + 1])


def _names_case(setting: str) -> bool:
    """`setting` names a real case, file and host names aside (`.env.production`)."""
    setting = surroundings._DOTTED.sub(" ", setting)
    return any(words.search(setting) for words in _CASE)


def _given_at(line: str, start: int, value: str) -> int:
    """Where the URL password `value` found at `start` is given to a user name: the `:` of
    its `:value@` (at `start` itself, else the line's first; 0 if none). The line is not
    searched again for each password."""
    if line.startswith(":", start - 1) and line.startswith("@", start + len(value)):
        return start - 1
    return max(_first_given(line, f":{value}@"), 0)


@lru_cache(maxsize=256)
def _first_given(line: str, needle: str) -> int:
    return line.find(needle)


READABLE_BASE64 = ("base64 of readable text (a sentence, a configuration file) in which the gate"
                   " finds nothing")

_BASE64_VALUE = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}|[A-Za-z0-9_-]{24,}={0,2}")

_READABLE = re.compile(r"[^\x00-\x08\x0b-\x1f\x7f]*")

_WORD = re.compile(r"[A-Za-z]{2,}")

_CREDENTIAL_PAIR = re.compile(r"\s*[^\s:]{1,64}:")

_BASIC_AUTH = re.compile(r"(?i)\bbasic\b|authori[sz]")

MIN_READABLE_WORDS = 4

_PASSPHRASE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){3,7}")
"""Four to eight words and nothing else (`correct horse battery staple`): a passphrase's
shape, not a text's (a text has punctuation, a line break or a number somewhere)."""


def _readable_base64(value: str, near: str, region: str | None = None) -> str | None:
    """Why the token `value` is no secret, or None: it is base64 of readable text (`SGVsbG8h…`
    is `Hello! I'm Frankie the balloon!`; a file's text passed as base64), words with spaces
    between them, in which the gate itself finds nothing. A key is random bytes, never text;
    HTTP basic credentials (`user:password`, or any line naming basic authorisation or a
    secret near it, in `near`) and text holding a secret (scanned, national phone numbers read
    in `region`), text naming a secret (`the wifi password is sunshine`: hidden from the
    reader, unlike the same words written plainly), or anything else the gate would warn
    about (a private address: hidden, a warning no one sees) are still findings; a port on
    the reader's own computer (`proxy_pass http://localhost:80`) is the same everywhere."""
    from kbgen.core.privacy.scanner import scan_part  # here: scanner imports this module
    if not _BASE64_VALUE.fullmatch(value):
        return None
    padded = value.rstrip("=") + "=" * (-len(value.rstrip("=")) % 4)
    try:
        decoded = base64.b64decode(padded.replace("-", "+").replace("_", "/"),
                                   validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if (not _READABLE.fullmatch(decoded) or len(_WORD.findall(decoded)) < MIN_READABLE_WORDS
            or decoded.count(" ") + decoded.count("\n") < MIN_READABLE_WORDS - 1
            or _CREDENTIAL_PAIR.match(decoded)
            or _PASSPHRASE.fullmatch(decoded.strip())  # words alone: a passphrase (fp46)
            or surroundings.names_secret(near) or _BASIC_AUTH.search(near)
            or surroundings.names_secret(decoded)
            or any(finding.advice != surroundings.OWN_PORT_ADVICE
                   for finding in scan_part(decoded, default_region=region))):
        return None
    return READABLE_BASE64


_SECRET_FLAG = re.compile(r"--secret[= ]$")

MAX_FLAG_VALUE = 200


_GLUED_STRING = re.compile(r"""["'][^\s"']""")
"""A quoted string that goes on right after a value (`$PW"Hunter2Secret!x"`), not a quote
closing it."""


def _after_secret_flag(line: str, hit: _Hit) -> bool:
    """The hit is the value of a `--secret` flag (`docker build --secret …`, `fly … --secret
    NAME=…`)."""
    return bool(_SECRET_FLAG.search(line, max(0, hit.start - 9), hit.start))


_SPEC_FIELD = re.compile(r"(?:^|,)(?:id|src|source|env|target)=([^,\s]{1,200})")

_NAME_CHUNK = re.compile(r"[A-Za-z0-9+_-]{16,}")


def _flag_reference(value: str) -> str | None:
    """examples.secret_flag_reference, but not for a build secret whose id, file or variable
    is a key itself (`id=Kq9x…,src=f`, `env=Zx9Q…`): names are words, not random runs."""
    reason = examples.secret_flag_reference(value)
    if reason and any(_looks_like_key(chunk) or _word_share(chunk) < 0.5
                      for field in _SPEC_FIELD.finditer(value)
                      for chunk in _NAME_CHUNK.findall(field.group(1))):
        return None
    return reason


def _flag_value(line: str, hit: _Hit) -> str:
    """What the `--secret` flag of `hit` is given: after `NAME=`, what follows it (`"$(fly
    tokens create …)"`); else the value, and a string glued to it, which the shell joins to
    it (`PW=$PW"Hunter2Secret!x"`: a written secret after a variable)."""
    if line.endswith("=", hit.start, hit.end) or _GLUED_STRING.match(line, hit.end):
        return line[hit.start:hit.end + MAX_FLAG_VALUE]
    return line[hit.start:hit.end]

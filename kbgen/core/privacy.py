"""Personal data and secrets gate: find what must not be published before it is published.

Articles are often pasted from tickets. `scan` looks at text line by line for e-mail addresses,
phone numbers, payment card numbers, IBANs, credentials (through detect-secrets' plugins, plain
`password: value` lines and base64 payloads) and internal host names or addresses. It reads
each line as a reader sees it (`normalize`: entities and percent-escapes decoded, invisible
characters dropped, NFKC; and again without tags and emphasis marks), and keys broken over two
lines. Every `Finding` carries a masked excerpt, never the value.

It does not cry wolf: values inside URLs and markup are judged as what they are there (record
ids, file names, tracking parameters and element ids are not keys; a key in a query string is
one: kbgen.core.url_parts), hex digests shown as hashes are hashes, role mailboxes and
placeholders name no one (kbgen.core.mailboxes), network ranges are not hosts, paths and
versioned names are not keys (kbgen.core.names), public keys and fingerprints are public
(kbgen.core.public_keys), and the session key of a server on the reader's own computer opens
nothing else (kbgen.core.sessions).
"""

from __future__ import annotations

import base64
import binascii
import bisect
import ipaddress
import itertools
import math
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

import phonenumbers

from kbgen.core import (
    default_networks,
    examples,
    fediverse,
    ids,
    names,
    nearby,
    published_passwords,
    signed_urls,
    surroundings,
)
from kbgen.core.command_passwords import continued_passwords, netrc_passwords, passwords_given
from kbgen.core.command_passwords import needs as _command_needs
from kbgen.core.examples import Acceptance
from kbgen.core.mailboxes import (
    FREE_MAIL,
    PLACEHOLDER_LOCAL_PARTS,
    PLACEHOLDER_NAMES,
    impersonal,
)
from kbgen.core.normalize import normalize_text, rendered_line
from kbgen.core.password_first import passwords_before_word
from kbgen.core.placeholder_words import placeholder_by_word, word_like
from kbgen.core.public_keys import public_key_spans
from kbgen.core.sessions import Sessions
from kbgen.core.url_parts import Markup

# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One piece of personal data or one secret found in a text."""

    line: int
    """1-based line within the scanned file."""
    kind: str
    """What was found, e.g. `e-mail address` or `payment card number`."""
    excerpt: str
    """The value, masked so that it never appears in full in logs."""
    advice: str
    """How to fix it."""
    advisory: bool = False
    """Worth a look but no leak (a port on the reader's own computer in prose): the gate warns
    and publishes (kbgen.core.gate)."""


@dataclass(frozen=True)
class Allowed:
    """Values that may be published: the company's own contact details and an allow-list."""

    emails: frozenset[str] = frozenset()
    """E-mail addresses that may be published, in lower case (compared case-insensitively;
    only ever looked up, never listed: kbgen.core.gate notes which were asked for)."""
    phones_e164: frozenset[str] = frozenset()
    """Phone numbers that may be published, in E.164 (`+442079460958`)."""
    domains: frozenset[str] = frozenset()
    """E-mail domains and host names that may be published, with their subdomains."""
    patterns: tuple[str, ...] = ()
    """Regular expressions; a match covering a finding's value allows it."""
    organisations: frozenset[str] = frozenset()
    """Domains of public organisations (regulators), with their subdomains: their addresses
    and hosts may be published, but not a person's address there (`jane.doe@ico.org.uk`)."""
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    """Private networks whose addresses may be published: a platform's documented network
    that every customer sees alike (Fly.io's `fdaa::/16`), never a company's own."""


NOTHING_ALLOWED = Allowed()
"""No allowances beyond the built-in placeholders (example.com, 192.0.2.0/24, ...)."""


def scan(
    text: str,
    allowed: Allowed = NOTHING_ALLOWED,
    first_line: int = 1,
    default_region: str | None = None,
    detectors: tuple[Detector, ...] | None = None,
    explain: list[Acceptance] | None = None,
) -> list[Finding]:
    """Every finding in `text` (line numbers offset by first_line - 1), in line order; only
    `detectors` run, when given. Values found but accepted because they are clearly examples,
    output or public material are added to `explain`, with the reason, when it is given."""
    text = normalize_text(text.replace("\r\n", "\n"))
    context = _Context(allowed, default_region, [] if explain is not None else None,
                       fediverse=fediverse.Page.of(text))
    findings: list[Finding] = []
    if detectors is None:
        detectors = _may_find(text) if "\n" in text else DETECTORS
    lines = text.split("\n")
    views = [rendered_line(line) for line in lines]
    shown = "\n".join(views)
    view_detectors = tuple(d for d in _may_find(shown) if d in _RENDERED_DETECTORS
                           ) if shown != text else ()
    in_key_block = False
    key_block: set[int] = set()
    spans: dict[int, list[tuple[int, int]]] = {}
    found_in_lines: list[tuple[int, str, _Hit]] = []
    for index, line in enumerate(lines if detectors or view_detectors else ()):
        if in_key_block:
            key_block.add(index)
            in_key_block = "-----END " not in line
            continue
        hits = _hits_in_line(line, context, detectors, index) if detectors else []
        if hits or index in context.example_spans:
            spans[index] = [*((hit.start, hit.end) for hit in hits),
                            *context.example_spans.get(index, ())]
        if view_detectors and views[index] != line:
            known = {(hit.kind, hit.excerpt) for hit in hits}
            hits += [replace(hit, viewed=True)
                     for hit in _hits_in_line(views[index], context, view_detectors, index)
                     if (hit.kind, hit.excerpt) not in known]
        found_in_lines.extend((index, views[index] if hit.viewed else line, hit)
                              for hit in hits)
        in_key_block = any(hit.kind == PRIVATE_KEY for hit in hits) and "-----END " not in line
        if in_key_block:
            key_block.add(index)
    sessions = Sessions(lines)
    found_in_lines = [(index, line, hit) for index, line, hit in found_in_lines
                      if not _key_named_only(lines, index, hit, context)]
    findings.extend(_finding(first_line + index, hit)
                    for index, hit in _unexcused(found_in_lines, lines, context, sessions))
    if len(lines) > 1:
        seen = {(finding.line, finding.kind, finding.excerpt) for finding in findings}
        more = [*_split_values(lines, key_block, spans, context),
                *_password_columns(lines, context), *_password_definitions(lines, context),
                *_continued_command_passwords(lines)]
        for index, hit in more:
            if hit.kind == TOKEN and not hit.vendor and sessions.shown_in(
                    " ".join(views[index:index + 2])):
                continue  # a session key broken over two lines
            finding = _finding(first_line + index, hit)
            if (finding.line, finding.kind, finding.excerpt) not in seen:
                findings.append(finding)
        findings.sort(key=lambda finding: finding.line)
    if explain is not None and context.accepted:
        explain.extend(dict.fromkeys(replace(acceptance, line=acceptance.line + first_line)
                                     for acceptance in context.accepted))
    return list(dict.fromkeys(findings))  # `[a@b.c](mailto:a@b.c)`: one value, one finding


def scan_data(
    value: Any,
    allowed: Allowed,
    line_of: Callable[[str], int],
    path: str = "",
    ignore: Iterable[str] = (),
    default_region: str | None = None,
) -> list[Finding]:
    """Every finding in the strings of parsed YAML data, by line; keys in `ignore` are skipped.

    `line_of(key_path)` gives the line of a key path such as `bio`, `lines[0].number` or
    `links[1].url`; `ignore` holds key names (`tickets`) or key paths (`lines[0].note`). A
    multi-line string is taken to be a block scalar (`|`) whose text starts on the line after
    its key. Integers are scanned too (a card number written without quotes).
    """
    strings = [(key, normalize_text(text))
               for key, text in _strings(value, path, frozenset(ignore))]
    text = "\n".join(text for _, text in strings)
    detectors = _may_find(text)
    if not scan(text, allowed, 1, default_region, detectors):
        return []  # scanning the strings one by one finds the same, at their own lines
    found = []
    for key_path, text in strings:
        findings = scan(text, allowed, 1, default_region, detectors)
        if findings:  # line_of is only asked about values with findings
            first = line_of(key_path) + (1 if "\n" in text.rstrip("\n") else 0)
            found += [replace(finding, line=finding.line + first - 1) for finding in findings]
    return sorted(found, key=lambda finding: finding.line)


# ---------------------------------------------------------------------------------------------
# Kinds and advice
# ---------------------------------------------------------------------------------------------

# Finding.kind values: what a reader of `path:line: kind (excerpt): advice` is told was found.
EMAIL = "e-mail address"
PHONE = "phone number"
CARD = "payment card number"
IBAN = "IBAN"
AWS_KEY = "AWS access key"
PRIVATE_KEY = "private key"
TOKEN = "API key or token"
URL_PASSWORD = "password in URL"
PASSWORD = "password or secret"
INTERNAL_IP = "internal IP address"
INTERNAL_HOST = "internal hostname"

ADVICE = {
    EMAIL: "remove the customer's e-mail address or replace it with name@example.com",
    PHONE: "remove the phone number or replace it with a placeholder; if it is one of the "
    "company's own numbers, add it to the allow-list",
    CARD: "remove the card number; refer to a card by its last four digits at most",
    IBAN: "remove the bank account number; refer to an account by its last four characters at "
    "most",
    AWS_KEY: "remove the key and have it rotated: anything pasted into an article is public",
    PRIVATE_KEY: "remove the whole key block and have the key replaced",
    TOKEN: "remove the key or token and have it revoked: anything pasted into an article is "
    "public",
    URL_PASSWORD: "remove the user name and password from the URL and have the password changed",
    PASSWORD: "remove the value (write <your password> instead) and have it changed",
    INTERNAL_IP: "remove the internal address or use a documentation address such as "
    "192.0.2.10",
    INTERNAL_HOST: "remove the internal host name or use a placeholder such as "
    "server.example; add it to the allow-list if customers really use it",
}
"""How to fix each kind of finding (token findings name the service when it is known)."""

# ---------------------------------------------------------------------------------------------
# Scanning machinery
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """What every detector needs besides the line."""

    allowed: Allowed
    default_region: str | None
    accepted: list[Acceptance] | None = None
    """Where values accepted for a reason are told, when the caller asks (line indexes)."""
    example_spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    """Where each line holds a value accepted as an example: no half of a split key."""
    fediverse: fediverse.Page = fediverse.NOT_FEDIVERSE
    """What makes `@user@server` a handle in the text (kbgen.core.fediverse)."""

    def accept(self, index: int, hit: _Hit, reason: str) -> None:
        self.example_spans.setdefault(index, []).append((hit.start, hit.end))
        if self.accepted is not None:
            self.accepted.append(Acceptance(index, hit.kind, hit.excerpt, reason))


@dataclass(frozen=True)
class _Hit:
    """A value found at [start, end) of a line; `allowed` hits only block weaker detectors."""

    start: int
    end: int
    kind: str
    excerpt: str
    advice: str = ""
    allowed: bool = False
    viewed: bool = False
    """Found in the line as shown (`rendered_line`), where start and end point."""
    vendor: bool = False
    """A key that detect-secrets names as a service's (`ghp_…`, a JWT)."""
    reason: str = ""
    """Why an allowed hit is harmless, for reviewers (kbgen.core.examples)."""
    advisory: bool = False
    """Reported as advice, not as a leak (Finding.advisory)."""


Detector = Callable[[str, _Context], Iterator[_Hit]]


_JUDGED_BY_SURROUNDINGS = {EMAIL: surroundings.EMAIL, PHONE: surroundings.PHONE,
                           INTERNAL_IP: surroundings.ADDRESS, TOKEN: surroundings.KEY,
                           INTERNAL_HOST: surroundings.HOST}
"""Kinds whose surroundings can make a value harmless (kbgen.core.surroundings)."""


def _session(line: str, hit: _Hit, sessions: Sessions) -> bool:
    """A server's session key on the reader's computer, or the host of its URL
    (kbgen.core.sessions)."""
    if hit.kind in (TOKEN, PASSWORD) and not hit.vendor:
        return (sessions.holds(line[hit.start:hit.end])
                and sessions.in_server_url(line, hit.start, hit.end))
    if hit.kind in (INTERNAL_IP, INTERNAL_HOST):
        return sessions.host_of_session(line, hit.start, hit.end)
    return False


def _unexcused(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context,
               sessions: Sessions) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each hit that its surroundings do not make harmless; a value
    the text declares harmless once is harmless wherever the text repeats it."""
    sessions_found = [(index, hit) for index, line, hit in found
                      if _session(line, hit, sessions)]
    for index, hit in sessions_found:
        context.accept(index, hit, "a session of a server on the reader's own computer")
    found = [(index, line, hit) for index, line, hit in found
             if not _session(line, hit, sessions)]
    columns = ids.Columns(lines)
    in_id_columns = {(index, hit) for index, line, hit in found
                     if hit.kind in (TOKEN, PASSWORD) and not hit.vendor
                     and line == lines[index] and columns.id_column(index, hit.start)}
    for index, hit in sorted(in_id_columns, key=lambda pair: (pair[0], pair[1].start)):
        context.accept(index, hit, ids.REASON)
    found = [(index, line, hit) for index, line, hit in found
             if (index, hit) not in in_id_columns]
    found = list(_unmapped_hosts(found, lines, context))
    found = list(_not_own_image_tags(found, context))
    judged = [(index, line, hit) for index, line, hit in found
              if hit.kind in _JUDGED_BY_SURROUNDINGS]
    if not judged:
        yield from ((index, hit) for index, _, hit in found)
        return
    around = surroundings.Surroundings(lines, context.default_region)
    host_map = default_networks.host_map(line[hit.start:hit.end] for _, line, hit in found
                                         if hit.kind == INTERNAL_IP)
    declared = {(hit.kind, line[hit.start:hit.end].lower()) for index, line, hit in judged
                if around.declares(index, line, hit.start, hit.end,
                                   _JUDGED_BY_SURROUNDINGS[hit.kind])}
    for index, line, hit in found:
        kind = _JUDGED_BY_SURROUNDINGS.get(hit.kind)
        if kind is None:
            yield index, hit
        elif reason := around.printed(index, line, hit.start, hit.end, kind):
            context.accept(index, hit, reason)
        elif (hit.kind, line[hit.start:hit.end].lower()) in declared and not (
                kind == surroundings.KEY and surroundings.names_secret(line)):
            context.accept(index, hit, surroundings.DECLARED)
        elif around.local_code(index, line, hit.start, hit.end, kind):
            context.accept(index, hit, surroundings.LOCAL)
        elif around.example_code(index, line, hit.start, hit.end, kind):
            context.accept(index, hit, surroundings.EXAMPLE_CODE)
        elif around.listed_path(index, line, hit.start, hit.end, kind):
            context.accept(index, hit, surroundings.LISTED_PATH)
        elif around.own_computer_port(line, hit.start, hit.end, kind):
            yield index, replace(hit, advice=surroundings.OWN_PORT_ADVICE, advisory=True)
        elif around.addressing_lesson(index, line, hit.start, hit.end, kind):
            yield index, replace(hit, advice=surroundings.ADDRESSING_ADVICE, advisory=True)
        elif hit.kind == INTERNAL_IP and not host_map and default_networks.default_network_example(
                line, hit.start, hit.end, around.setting(index)):
            yield index, replace(hit, advice=default_networks.ADVICE, advisory=True)
        else:
            yield index, hit


_KEY_MATERIAL = re.compile(r"[A-Za-z0-9+/=]{16,}")
_KEY_CHUNK = re.compile(r"[A-Za-z0-9+/=]+")
_PROSE_WORD = re.compile(r"[a-z]{1,15}|[A-Z][a-z]{1,15}|[A-Z]{1,6}")
MIN_KEY_CHARACTERS = 16


def _key_material(between: str) -> bool:
    """Base64 between a key's header and footer, however it is broken up (short lines,
    spaces, hyphens): every chunk that is not a plain word counts."""
    return _key_characters(between) >= MIN_KEY_CHARACTERS


def _key_characters(text: str) -> int:
    return sum(len(chunk) for chunk in _KEY_CHUNK.findall(text)
               if not _PROSE_WORD.fullmatch(chunk))


def _key_chunks_between(line: str, start: int, end: int) -> tuple[bool, int] | None:
    """For `line[start:end]`: whether it holds a run of key material (_KEY_MATERIAL) and its
    _key_characters, from tables of the line's chunks made once (a line of thousands of key
    headers read the rest of the line for each); None when a chunk runs across `start` or
    `end`, where the slice's chunks are not the line's."""
    starts, ends, characters, runs = _key_chunk_table(line)
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if first > 0 and ends[first - 1] > start or last > 0 and ends[last - 1] > end:
        return None
    return runs[last] > runs[first], characters[last] - characters[first]


@lru_cache(maxsize=64)
def _key_chunk_table(line: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """The starts and ends of `line`'s chunks (_KEY_CHUNK), and running totals of their
    _key_characters and of the chunks as long as a _KEY_MATERIAL run."""
    starts, ends, characters, runs = [], [], [0], [0]
    for chunk in _KEY_CHUNK.finditer(line):
        starts.append(chunk.start())
        ends.append(chunk.end())
        text = chunk.group()
        characters.append(characters[-1] + (0 if _PROSE_WORD.fullmatch(text) else len(text)))
        runs.append(runs[-1] + (len(text) >= _KEY_RUN))
    return starts, ends, characters, runs


_KEY_RUN = 16
"""The shortest run _KEY_MATERIAL finds."""


@lru_cache(maxsize=64)
def _key_ends(line: str) -> list[int]:
    """Where `line`'s key footers (`-----END `) start."""
    return [found.start() for found in re.finditer("-----END ", line)]


MAX_KEY_LINES = 120
"""A private key block is read this many lines at most for its end."""


def _key_named_only(lines: list[str], index: int, hit: _Hit, context: _Context) -> bool:
    """A private key block with no key in it: its header and footer named in a sentence, or a
    placeholder between them (`...`). A header with no footer may start a truncated key, and
    stays a finding."""
    if hit.kind != PRIVATE_KEY:
        return False
    line = lines[index]
    ends = _key_ends(line)
    place = bisect.bisect_left(ends, hit.end)
    end = ends[place] if place < len(ends) else -1
    if end >= 0:
        between = ""
    else:
        between = ""
        for number in range(index + 1, min(len(lines), index + MAX_KEY_LINES)):
            end = lines[number].find("-----END ")
            between += "\n" + lines[number][:max(end, 0) if end >= 0 else None]
            if end >= 0:
                break
        else:
            return False
        end = len(line)
    on_line = _key_chunks_between(line, hit.end, end)
    if on_line is None:  # a chunk runs across the value's end: read it all, as written
        between = line[hit.end:end] + between
        on_line = (False, 0)
    if on_line[0] or _KEY_MATERIAL.search(between) or (
            on_line[1] + _key_characters(between) >= MIN_KEY_CHARACTERS):
        return False
    context.accept(index, hit, "a private key block with no key in it")
    return True


def _finding(line: int, hit: _Hit) -> Finding:
    return Finding(line, hit.kind, hit.excerpt, hit.advice or ADVICE[hit.kind], hit.advisory)


_TOKEN_HINT = re.compile(r"[A-Za-z0-9+/_=-]{16}|BEGIN|PRIVATE|PuTTY|://")
"""Every detect-secrets plugin but the keyword one needs one of these: a long token, a key
block or a URL (the slowest detectors: most lines skip them)."""
_KEYWORD_WORDS = ("key", "pass", "pwd", "secret", "contrase")
_KEYWORD_SIGN = re.compile(r"[:=;(]")
"""detect-secrets' keyword plugin needs a word of its deny-list (api_key, password, pwd,
secret, ...: each contains one of `_KEYWORD_WORDS`) followed by `:`, `=`, `;` or `(`."""
_KEYWORD_QUOTE = re.compile(r"""[:=>]\s*['"`]|['"`](?:;|\s*[!=]{2})""")
"""And its value in quotes: each regex its `analyze_string` tries (those in
`QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP`, detect-secrets 1.5.0) wants a quote after `:`, `=`
or `=>` and spaces, right before `;`, or before `==`, `!=` and the like (`"x" == password`)."""


def _keyword_like(text: str) -> bool:
    if not _KEYWORD_SIGN.search(text):
        return False
    lowered = text.lower()
    return any(word in lowered for word in _KEYWORD_WORDS) and bool(_KEYWORD_QUOTE.search(text))


def _hits_in_line(line: str, context: _Context, detectors: tuple[Detector, ...],
                  index: int = -1) -> list[_Hit]:
    """Findings of one line (line `index` of its text); earlier detectors win where values
    overlap."""
    taken: list[_Hit] = []
    markup = Markup.of(line)
    starts: list[int] = []  # of `taken`, sorted: hits taken never overlap, so only the
    for detector in detectors:  # neighbours of a new one's place can overlap it
        judged = detector in _URL_JUDGED
        for hit in detector(line, context):
            place = bisect.bisect_left(starts, hit.start)
            if (place > 0 and taken[place - 1].end > hit.start
                    or place < len(taken) and taken[place].start < hit.end):
                continue
            if judged and markup.harmless(
                    hit.start, hit.end, line,
                    _looks_like_key if detector is _high_entropy else None):
                continue  # an id, a file name or a tracking value in a URL; an element's id
            if not hit.allowed and _pattern_allows(line, hit, context.allowed.patterns):
                hit = replace(hit, allowed=True)
            if not hit.allowed:
                hit = _clearly_example(line, hit, context.default_region)
            if hit.reason and index >= 0:
                context.accept(index, hit, hit.reason)
            taken.insert(place, hit)
            starts.insert(place, hit.start)
    return [hit for hit in taken if not hit.allowed]


def _clearly_example(line: str, hit: _Hit, region: str | None = None) -> _Hit:
    """`hit`, allowed with its reason when the value says itself it is an example
    (kbgen.core.examples); `region` reads national phone numbers in decoded text."""
    value = line[hit.start:hit.end]
    reason = None
    if hit.kind == PASSWORD:
        reason = examples.placeholder_password_at(value, line, hit.start) or (
            _after_secret_flag(line, hit) and _flag_reference(_flag_value(line, hit)))
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
            or surroundings.names_secret(near) or _BASIC_AUTH.search(near)
            or surroundings.names_secret(decoded)
            or any(finding.advice != surroundings.OWN_PORT_ADVICE
                   for finding in scan(decoded, default_region=region))):
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


_FLAG_VALUE = re.compile(
    r"(?<![\w-])(?P<flag>--secret|--build-arg|--env|-e)(?:=|[ \t]+)"
    r"""(?P<name>[A-Za-z_][A-Za-z0-9_]{0,100})=(?P<value>"[^"\n]{0,200}"|'[^'\n]{0,200}'"""
    r"""|[^\s"']{1,200})""")
_SECRET_NAME = re.compile(r"(?i)pass|pwd|pw(?![a-z])|secret|key|token|auth|cred")
"""A variable's name that says it holds a secret (`DB_PASSWORD`, `API_KEY`, `PW`)."""


def _flag_values(line: str, context: _Context) -> Iterator[_Hit]:
    """A password or key written as the value given to a command's flag: any `--secret
    NAME=…` (`docker build`, `fly secrets`), and `--build-arg`, `--env` or `-e` when the
    variable's name says it is a secret (`docker run -e API_KEY=…`); quoted or not. A
    variable, a command the shell runs, a build secret's file and a placeholder are not."""
    for match in _FLAG_VALUE.finditer(line):
        if match.group("flag") != "--secret" and not _SECRET_NAME.search(match.group("name")):
            continue
        raw = match.group("value")
        if _flag_reference(f"{match.group('name')}={raw}"):
            continue  # `--secret PW="$(pass show db)"`, `--secret id=db,src=pw.txt`
        value = raw[1:-1] if raw[:1] in "\"'" else raw
        if "$" in value and raw[:1] != "'":
            continue  # `"$PW"`, `"${PW}"`: the shell puts the value in
        if _looks_like_password(value, True):
            start = match.start("value") + (raw != value)
            yield _famous_or_hit(line, start, value)


def _famous_or_hit(line: str, start: int, value: str) -> _Hit:
    """The password hit for `value` at `start`, allowed if it is a famous published example
    (kbgen.core.published_passwords)."""
    famous = published_passwords.famous_example(line, start)
    return _Hit(start, start + len(value), PASSWORD, _mask_secret(value), allowed=famous,
                reason=published_passwords.REASON if famous else "")


def _pattern_allows(line: str, hit: _Hit, patterns: tuple[str, ...]) -> bool:
    """A match of an allowed pattern covers the hit. Each pattern's matches in a line are
    found once (not once per hit: quadratic on a line of many values); they do not overlap,
    so the only candidate is the last one starting at or before the hit."""
    for pattern in patterns:
        starts, ends = _pattern_spans(line, pattern)
        place = bisect.bisect_right(starts, hit.start) - 1
        if place >= 0 and hit.end <= ends[place]:
            return True
    return False


@lru_cache(maxsize=256)
def _pattern_spans(line: str, pattern: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    matches = list(re.finditer(pattern, line))
    return tuple(m.start() for m in matches), tuple(m.end() for m in matches)


def _mask(value: str, keep_start: int = 1, keep_end: int = 0) -> str:
    """Letters and digits replaced by `*`, except the first and last few; punctuation stays."""
    last = len(value) - keep_end
    return "".join(
        ch if i < keep_start or i >= last or not ch.isalnum() else "*"
        for i, ch in enumerate(value)
    )


def _mask_secret(value: str) -> str:
    """A few leading characters (a key's prefix such as `ghp_`) and eight stars."""
    return value[: min(4, len(value) // 4)] + "*" * 8


# ---------------------------------------------------------------------------------------------
# Secrets (detect-secrets plugins)
# ---------------------------------------------------------------------------------------------

_PLUGINS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    # (module under detect_secrets.plugins, class, kind, what it is for the advice, what each
    # of its matches contains: regexes, one of which is found in the folded line, see _fold)
    ("private_key", "PrivateKeyDetector", PRIVATE_KEY, "", (r"private key|putty-user-key-file-2",)),
    ("aws", "AWSKeyDetector", AWS_KEY, "", (r"a(?:3t|bia|cca|kia|sia|ws)",)),
    ("github_token", "GitHubTokenDetector", TOKEN, "GitHub token", (r"gh[pousr]_",)),
    ("gitlab_token", "GitLabTokenDetector", TOKEN, "GitLab token",
     (r"gl(?:pat|dt|ft|soat|rt|cbt|imt|ptt|agent|oas)-|gr1348941",)),
    ("slack", "SlackDetector", TOKEN, "Slack token or webhook", ("xox", "://")),
    ("stripe", "StripeDetector", TOKEN, "Stripe key", ("k_live_",)),
    ("openai", "OpenAIDetector", TOKEN, "OpenAI key", ("t3blbkfj",)),
    ("sendgrid", "SendGridDetector", TOKEN, "SendGrid key", (r"sg\.",)),
    ("twilio", "TwilioKeyDetector", TOKEN, "Twilio key", (r"ac[a-z0-9]{32}", r"sk[a-z0-9]{32}")),
    ("mailchimp", "MailchimpDetector", TOKEN, "Mailchimp key", (r"-us\d",)),
    ("discord", "DiscordBotTokenDetector", TOKEN, "Discord bot token", (r"\.[a-z\d_-]{6}\.",)),
    ("telegram_token", "TelegramBotTokenDetector", TOKEN, "Telegram bot token",
     (r":[0-9a-z_-]{35}",)),
    ("npm", "NpmDetector", TOKEN, "npm token", ("/:_authtoken=",)),
    ("pypi_token", "PypiTokenDetector", TOKEN, "PyPI token", ("pypi-age",)),
    ("square_oauth", "SquareOAuthDetector", TOKEN, "Square OAuth secret", ("sq0csp-",)),
    ("azure_storage_key", "AzureStorageKeyDetector", TOKEN, "Azure storage key",
     ("accountkey=",)),
    ("jwt", "JwtTokenDetector", TOKEN, "JSON Web Token", ("eyj",)),
    ("basic_auth", "BasicAuthDetector", URL_PASSWORD, "", ("://",)),
    ("keyword", "KeywordDetector", PASSWORD, "", ()),  # needs _keyword_like instead
)
# Why each plugin's last column holds for every match of its regexes (detect-secrets 1.5.0;
# test_privacy.py fails when a plugin's regexes change, so that this is checked again):
# - private_key: `PRIVATE KEY` is in each deny-listed line but `PuTTY-User-Key-File-2`.
# - aws: an access key starts with A3T, ABIA, ACCA, AKIA or ASIA; the secret access key regex
#   (re.I) starts with `aws`, and its 40 characters may all be lower-case letters.
# - github_token: `ghp_`, `gho_`, `ghu_`, `ghs_` or `ghr_`.
# - gitlab_token: a `glpat-`-like prefix or `GR1348941`; the rest may be lower case and hyphens.
# - slack: `xox` (re.I) for tokens, `https://hooks.slack.com/...` (re.I) for webhooks.
# - stripe: `sk_live_` or `rk_live_`; openai: `T3BlbkFJ`; sendgrid: `SG.` (its two parts may
#   be only lower case); twilio: `AC` or `SK` and 32 lower-case letters or digits.
# - mailchimp: `-us` and a digit; discord: `.`, 6 characters of [a-zA-Z0-9_-], `.`.
# - telegram_token: digits, `:`, 35 characters of [0-9A-Za-z_-] (which may be only lower case).
# - npm: `/:_authToken=`; pypi_token: `pypi-AgE`; square_oauth: `sq0csp-`, then characters that
#   may include `\` (so not one run of _TOKEN_HINT); azure_storage_key: `AccountKey=`.
# - jwt: `eyJ`, and a match can be shorter than 16 characters; basic_auth: `://`.
# So "a run with an upper-case letter, a digit or one of +/_=" would not do: it misses the
# lower-case forms above, and a JWT or `xoxb-1-a` on a line whose only long run is a slug.
# _TOKEN_HINT must still match, as before: these only narrow it (slugs match none of them).
# Each regex starts with one literal character, which re finds quickly (an alternation whose
# branches start with different ones tries every position: `xox|://` would be 15 times slower).

_TOKEN_NEEDS = tuple(re.compile(need) for need in dict.fromkeys(
    need for *_, needs in _PLUGINS for need in needs))
"""What one plugin or another but the keyword one needs somewhere in a folded text."""
_CASE_TWINS = (("İ", "i"), ("ı", "i"), ("ſ", "s"))
"""Letters that re.I matches with i or s, but that str.lower() turns into something else."""


def _fold(text: str) -> str:
    """text.lower(), in which a lower-case ASCII word is found wherever re.I finds it.

    re.I also matches `K` (Kelvin sign, which lower() makes `k`) and the three letters of
    _CASE_TWINS; lower() turns no other non-ASCII character into ASCII.
    """
    if not text.isascii():
        for twin, letter in _CASE_TWINS:
            text = text.replace(twin, letter)
    return text.lower()


@cache
def _plugins() -> tuple[tuple[Any, str, str, tuple[re.Pattern[str], ...]], ...]:
    """detect-secrets plugin instances, imported on first use (the package takes ~0.15 s)."""
    from importlib import import_module

    loaded = []
    for module, name, kind, what, needs in _PLUGINS:
        plugin_class = getattr(import_module(f"detect_secrets.plugins.{module}"), name)
        loaded.append((plugin_class(), kind, what, tuple(re.compile(need) for need in needs)))
    return tuple(loaded)


def _secrets(line: str, context: _Context) -> Iterator[_Hit]:
    """Credentials found by detect-secrets' plugins (their `analyze_string`: no network); each
    plugin only runs on lines that have what its matches need."""
    token_like = _TOKEN_HINT.search(line) is not None
    keyword_like = _keyword_like(line)
    if not (token_like or keyword_like):
        return
    folded = _fold(line) if token_like else ""
    for plugin, kind, what, needs in _plugins():
        if kind == PASSWORD:
            if not keyword_like:
                continue
        elif not (token_like and any(need.search(folded) for need in needs)):
            continue
        for value in set(plugin.analyze_string(line)):
            if kind in (PASSWORD, URL_PASSWORD) and (
                    _is_placeholder(value) or _SECRET_REFERENCE.fullmatch(value)
                    or value.lower() in _NOT_PASSWORDS
                    or placeholder_by_word(value, _PLACEHOLDER_WORDS)):
                continue  # `<your password>`, `your-password`, `!secret`, `://<user>:<pw>@`
            for start in _occurrences(line, value):
                yield _secret_hit(line, start, value, kind, what)


_SECRET_REFERENCE = re.compile(r"!(?:secret|env_var|ENV|vault|include)")
"""A YAML tag that names where the secret is kept (`password: !secret pi_hole_password`)."""
_REFERENCE_VALUE = re.compile(r"^!(?:secret|env_var|ENV|vault|include)[ \t]+([^\s#]+)")
_STORE_NAME = re.compile(r"[a-z_][a-z0-9_.-]*|[A-Z_][A-Z0-9_]*|[|>]|\S*[/.]\S*")
"""What such a tag takes: a name in the secret store or the environment (`pi_hole_password`,
`DB_PASS`), a file, or a block that follows (`!vault |`)."""


def _referenced_passwords(text: str, offset: int) -> Iterator[_Hit]:
    """The password itself written after a secret tag (`password: !secret Tr0ub4dor3x9`):
    not a name the secret is kept under. `text` starts at `offset` of its line."""
    for match in _REFERENCE_VALUE.finditer(text, 0, 200):
        value = match.group(1).strip("\"'")
        if not _STORE_NAME.fullmatch(value) and _looks_like_password(value, True):
            start = offset + match.start(1) + match.group(1).find(value)
            yield _Hit(start, start + len(value), PASSWORD, _mask_secret(value))


def _secret_hit(line: str, start: int, value: str, kind: str, what: str) -> _Hit:
    end = start + len(value)
    if kind == PASSWORD and published_passwords.famous_example(line, start):
        return _famous_or_hit(line, start, value)
    if kind == PRIVATE_KEY:
        return _Hit(start, end, kind, f"-----{value}----- (key block not shown)")
    if kind == URL_PASSWORD:
        return _Hit(start, end, kind, f"://…:{_mask_secret(value)}@…")
    if kind == TOKEN:  # some plugins yield part of it (GitHub: the prefix; JWT: no signature)
        start, end = _widen(line, start, end)
    advice = f"remove the {what} and have it revoked: anything pasted into an article is public"
    return _Hit(start, end, kind, _mask_secret(line[start:end]), advice if what else "",
                vendor=bool(what))


_TOKEN_CHARS = frozenset(string.ascii_letters + string.digits + "=_.-")


def _widen(line: str, start: int, end: int) -> tuple[int, int]:
    """The whole token around [start, end)."""
    while start > 0 and line[start - 1] in _TOKEN_CHARS:
        start -= 1
    while end < len(line) and line[end] in _TOKEN_CHARS:
        end += 1
    return start, end


def _occurrences(line: str, value: str) -> Iterator[int]:
    start = line.find(value)
    while value and start >= 0:
        yield start
        start = line.find(value, start + len(value))


@cache
def _heuristic() -> Any:
    """detect-secrets' filters, imported once on first use."""
    from detect_secrets.filters import heuristic

    return heuristic


def _is_placeholder(value: str) -> bool:
    """Templated (`<password>`, `${PASS}`), starred or trivially short values."""
    heuristic = _heuristic()
    return (
        len(value) < 4
        or heuristic.is_templated_secret(value)
        or heuristic.is_prefixed_with_dollar_sign(value)
        or heuristic.is_not_alphanumeric_string(value)
        or heuristic.is_sequential_string(value)
    )


_TOKEN_RE = re.compile(r"(?:(?<![A-Za-z0-9+/=_-])|(?<=[A-Za-z0-9_]=))"
                       r"[A-Za-z0-9+/_-]{20,}={0,2}(?![A-Za-z0-9+/=_-])")
"""A run of key characters on its own, or assigned (`API_TOKEN=...`: base64 has `=` only at
its end, so a name, `=` and a run is an assignment, not the middle of one key)."""
_PLAIN_PART_RE = re.compile(r"[A-Z]+\d*|[a-z]+\d*|\d+")
_WORD_RE = re.compile(r"[A-Z][a-z]{3,}|[a-z]{4,}")
_MONTH_DATE = re.compile(r"v?\d{0,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d{2,4}")
"""A date with its month's name, as releases are named (`29Aug2024`, `vJan21`)."""
_HEX = frozenset("0123456789abcdefABCDEF")
MIN_TOKEN_LENGTH = 20
"""Shorter strings are never reported as high-entropy keys."""
MIN_HEX_LENGTH = 32
"""Hex strings shorter than this (error codes, short build ids) are never reported."""


_DIGEST_PREFIXES = ("sha256-", "sha384-", "sha512-")


def _high_entropy(line: str, context: _Context) -> Iterator[_Hit]:
    """Random-looking strings of 20+ characters that look like keys, not words, slugs,
    paths, public keys or key fingerprints."""
    public = public_key_spans(line)
    for match in _TOKEN_RE.finditer(line):
        value = match.group().strip("/")
        before = nearby.before(line, match.start())
        near = nearby.around(line, match.start(), match.end())
        if any(start <= match.start() and match.end() <= end for start, end in public):
            continue  # an SSH public key or a key fingerprint (kbgen.core.public_keys)
        if names.is_name(match.group(), value, before, near):
            continue  # a path, a versioned name, an id named so (kbgen.core.names)
        if before.endswith("base64,") and _base64_kind(value) != "other":
            continue  # an image or text: _base64_payloads reads the text
        if value.startswith(_DIGEST_PREFIXES) or before.endswith(_DIGEST_PREFIXES):
            continue  # a published digest (subresource integrity, CSP hash)
        if before.endswith("=") and _in_query(before):
            continue  # a query value: url_parts judges those by their parameter's name
        if _explained_hash(value, near):
            continue
        if not _looks_like_key(value):
            continue
        start = match.start() + match.group().find(value)
        identifier = ids.identifier(value, before, near)  # a ULID, a typed id, an id named so
        yield _Hit(start, start + len(value), TOKEN, _mask_secret(value), allowed=identifier,
                   reason=ids.REASON if identifier else "")


_BEARER = re.compile(r"(?i)(?<![a-z])bearer[ \t]+([A-Za-z0-9._~+/-]{16,}=*)(?![\w.~+/=-])")
"""A bearer token (RFC 6750): whatever its shape, it is the credential itself."""


def _bearer_tokens(line: str, context: _Context) -> Iterator[_Hit]:
    """The token after `Bearer`, even one shaped like an id (a ULID, a UUID): no id is sent
    as a bearer token. Placeholders (`YOUR_TOKEN`, `xxxx…`) are not."""
    for match in _BEARER.finditer(line):
        value = match.group(1)
        lowered = value.lower()
        if (not re.search(r"\d", value) or len(set(lowered)) <= 2 or _is_placeholder(value)
                or any(word in lowered for word in (*_PLACEHOLDER_WORDS, "token"))):
            continue
        yield _Hit(match.start(1), match.end(1), TOKEN, _mask_secret(value))


def _in_query(before: str) -> bool:
    """The text `before` a value ends inside a URL's query string (`...?list=`, `&id=`)."""
    chunk = before.rsplit(None, 1)[-1] if before.strip() else ""
    return "?" in chunk and ("://" in chunk or chunk.startswith(("(", "<", "[", "/", '"', "'")))


HASH_LENGTHS = surroundings.DIGEST_LENGTHS
"""Hex digits of an MD5, SHA-1, SHA-224, SHA-256, SHA-384 or SHA-512 digest."""
_HASH_WORDS = surroundings.HASH_WORDS
_SECRET_WORDS = surroundings.SECRET_WORDS
"""Words that make hex on a line a key, even beside `hash` or `SHA-256` (an HMAC key)."""


def _explained_hash(value: str, line: str) -> bool:
    """A digest shown as one: hex of a digest's length on a line that names a hash, a
    checksum or a commit (`SHA-1 hash: 194a8d...`, `"hash": "e4753d..."`) and no secret."""
    return (len(value) in HASH_LENGTHS and set(value) <= _HEX
            and bool(_HASH_WORDS.search(line)) and not _SECRET_WORDS.search(line))


def _looks_like_key(value: str) -> bool:
    """Mostly random letter-digit mixes (not words, slugs or names), with a high entropy."""
    if len(value) < MIN_TOKEN_LENGTH or not re.search(r"\d", value):
        return False
    heuristic = _heuristic()
    if heuristic.is_potential_uuid(value) or heuristic.is_sequential_string(value):
        return False
    hex_only = set(value) <= _HEX
    if hex_only and len(value) < MIN_HEX_LENGTH:
        return False
    if _word_share(value) >= 0.5:
        return False
    return _entropy(value, hex_only) > _entropy_limit(len(value), hex_only)


def _word_share(value: str) -> float:
    """Share of characters in words: slugs, CONSTANT_NAMES, CamelCase names, `tone5`, `2026`.

    Random keys of 20+ characters rarely reach 0.5 (1 in 100 at 20 characters, fewer when
    longer); names and slugs are usually above 0.7.
    """
    in_words = 0
    mixed = not value.islower() and not value.isupper()  # base64, not base32 (onion, WKD)
    for part in re.split(r"[-_/+=.]", value):
        if len(part) <= 4 or _PLAIN_PART_RE.fullmatch(part) or _MONTH_DATE.fullmatch(part):
            in_words += len(part)
        else:
            in_words += sum(len(word) for word in _WORD_RE.findall(part)
                            if not (mixed and _random_letters(word)))
    return in_words / len(value)


def _random_letters(word: str) -> bool:
    """A long run of lower-case letters no word has (`wxyzqrstuvmnop`: few vowels, or five
    consonants in a row): in a value that mixes cases, part of a key, not a word of a name."""
    word = word[1:] if word[:1].isupper() else word  # `Lmwxyzqrstuvmnop`
    if len(word) < 8 or not word.islower():
        return False
    vowels = sum(ch in "aeiouAEIOU" for ch in word)
    return vowels * 4 < len(word) or bool(_CONSONANT_RUN5.search(word))


_CONSONANT_RUN5 = re.compile(r"[b-df-hj-np-tv-xz]{5}", re.I)


def _entropy(value: str, hex_only: bool) -> float:
    plugin = _entropy_plugins()[1 if hex_only else 0]
    return float(plugin.calculate_shannon_entropy(value))


def _entropy_limit(length: int, hex_only: bool) -> float:
    """Shannon entropy of random text grows with its length; ask for 80 % of log2(length)."""
    if hex_only:
        return 3.0  # detect-secrets' default for hex strings
    return min(4.5, 0.8 * math.log2(length))  # 4.5 is its default for base64 strings


@cache
def _entropy_plugins() -> tuple[Any, Any]:
    from detect_secrets.plugins.high_entropy_strings import (
        Base64HighEntropyString,
        HexHighEntropyString,
    )

    return Base64HighEntropyString(), HexHighEntropyString()


def _query_keys(line: str, context: _Context) -> Iterator[_Hit]:
    """Credentials in query strings (`?api_key=...`, `&access_token=...`, `&sig=...`),
    however short or regular they are."""
    for start, end, name in Markup.of(line).keys:
        value = line[start:end]
        yield _Hit(start, end, TOKEN, _mask_secret(value),
                   f"remove the `{name}` value from the URL and have the key or token revoked:"
                   " anything pasted into an article is public")


# ---------------------------------------------------------------------------------------------
# Payment cards and bank accounts
# ---------------------------------------------------------------------------------------------

_DIGIT_RUN_RE = re.compile(r"(?<![\w.+-])\d+(?:[ ._/-]\d+)*(?![\w]|[.,]\d)")
"""Digits in groups apart by a space, a full stop, a hyphen, an underscore or a slash
(`4111_1111_1111_1111`, `4111/1111/...`: a reader reads those as a card number too)."""


def luhn_valid(digits: str) -> bool:
    """True if a string of digits passes the Luhn check used by payment card numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


_CARD_HINT = re.compile(r"\d(?:[ ._/-]?\d){12}")
"""13 digits with at most a space, dot or hyphen between them: the shortest card number."""


def _cards(line: str, context: _Context) -> Iterator[_Hit]:
    """13-19 digits in groups of 3+ (spaces or hyphens between) passing the Luhn check."""
    if not _CARD_HINT.search(line):
        return
    named = bool(_CARD_WORD.search(line))  # once per line: per run it was quadratic
    for run in _DIGIT_RUN_RE.finditer(line):
        groups = list(re.finditer(r"\d+", run.group()))
        window = _card_window(groups, named)
        if window:
            first, last = window
            start, end = run.start() + first.start(), run.start() + last.end()
            digits = re.sub(r"\D", "", line[start:end])
            masked = digits[:4] + "*" * (len(digits) - 8) + digits[-4:]
            yield _Hit(start, end, CARD, " ".join(re.findall(".{1,4}", masked)))


_CARD_WORD = re.compile(r"(?i)(?<![a-z])(?:cards?|visa|master ?card|amex|american express"
                        r"|maestro|discover|diners|jcb|credit|debit|kortti|karte|carte"
                        r"|tarjeta|cartão|kort|pan|cc)(?![a-z])")
"""A word saying digits nearby are a card's: any grouping of them counts then."""


def _card_window(groups: list[re.Match[str]], named: bool = False
                 ) -> tuple[re.Match[str], re.Match[str]] | None:
    """The first, longest run of consecutive groups that reads as a card number (in any
    grouping when the line `named` a card)."""
    for i in range(len(groups)):
        windows = []
        digits = ""
        for j in range(i, len(groups)):
            digits += groups[j].group()
            if len(digits) > 19:
                break
            windows.append((j, digits))
            if len(groups[j].group()) < 3:
                break  # a window of several groups needs 3 digits in each (checked below)
        for j, digits in reversed(windows):
            window = groups[i : j + 1]
            if (
                _card_brand_ok(digits)
                and (len(window) == 1 or all(len(group.group()) >= 3 for group in window))
                and _card_separators_ok(window, named)
                and luhn_valid(digits)
            ):
                return window[0], window[-1]
    return None


CARD_GROUPINGS = frozenset({(4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 4, 4, 1), (4, 4, 4, 2),
                            (4, 4, 4, 3), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 1),
                            (4, 4, 4, 4, 2), (6, 13), (8, 8), (4, 4, 5), (4, 4, 4, 5),
                            (4, 4, 4, 6), (4, 4, 4, 7), (4, 4, 3, 4), (4, 4, 4, 4, 4)})
"""How card numbers are printed and typed in groups: fours (Visa, Mastercard, up to 19
digits), 4-6-5 (American Express), 4-6-4 (Diners Club), 6-13 and 8-8 as some forms split
them. Six- and seven-digit groups (`614500 6668500`, map coordinates) are no card."""


def _card_separators_ok(window: list[re.Match[str]], named: bool = False) -> bool:
    """Groups as cards are written (`CARD_GROUPINGS`); dots only between groups of four,
    throughout (`4111.1111.1111.1111`): a version or build number (`1.20.3001.4`) is not read
    as a card."""
    if len(window) == 1:
        return True
    if not named and tuple(len(group.group()) for group in window) not in CARD_GROUPINGS:
        return False
    run = window[0].string
    separators = {run[a.end():b.start()] for a, b in zip(window, window[1:])}
    if "." not in separators:
        return True
    return separators == {"."} and all(len(group.group()) == 4 for group in window)


def _card_brand_ok(digits: str) -> bool:
    """Length and leading digits of a card scheme (Visa, Mastercard, Amex, Discover, JCB, ...)."""
    length, first = len(digits), digits[0]
    if first == "4":  # Visa
        return length in (13, 16, 19)
    if digits[:2] in ("34", "37"):  # American Express
        return length == 15
    if first == "2":  # Mastercard 2221-2720
        return length == 16 and 2221 <= int(digits[:4]) <= 2720
    if first == "3":  # JCB, Diners Club (not 31-33)
        return 14 <= length <= 19 and digits[:2] not in ("31", "32", "33")
    return first in "56" and 13 <= length <= 19  # Mastercard, Maestro, Discover, UnionPay


_IBAN_RE = re.compile(r"(?i)(?<![A-Za-z0-9-])[A-Z]{2}\d{2}[ ._/-]?[A-Z0-9]+(?:[ ._/-][A-Z0-9]+)*"
                      r"(?![A-Za-z0-9-])")
"""Two letters, two digits and words of letters and digits, one space, hyphen or full stop
apart. Each character
has one place in the pattern: `(?: ?[A-Z0-9]{1,4})+` could split a long word in exponentially
many ways and tried them all when no word boundary followed (`GB12` and 40 letters, then `_`)."""
IBAN_LENGTHS = dict(
    (entry[:2], int(entry[2:])) for entry in (
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 "
        "DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 "
        "HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 "
        "MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 "
        "RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 "
        "VA22 VG24 XK20 YE30"
    ).split()
)
"""Countries that use IBANs and the length of theirs (SWIFT's IBAN registry)."""
MAX_IBAN = max(IBAN_LENGTHS.values())


def iban_valid(iban: str) -> bool:
    """True if a compact IBAN (no spaces, any case) has its country's length and passes the
    mod-97 check."""
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    if IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _ibans(line: str, context: _Context) -> Iterator[_Hit]:
    """IBANs, written compact or in groups of four (apart by spaces, hyphens or full stops);
    words after them are not swallowed, and each word of a run that starts like an IBAN is
    tried (`GB00 NWBK 1 and GB82 WEST ...`)."""
    for match in _IBAN_RE.finditer(line):
        parts = _IBAN_SEPARATOR.split(match.group())
        offsets = list(itertools.accumulate((len(part) + 1 for part in parts), initial=0))
        first = 0
        while first < len(parts):
            count = _iban_words(parts, first) if _IBAN_START.match(parts[first]) else 0
            if count:
                compact = "".join(parts[first:first + count]).upper()
                start = match.start() + offsets[first]
                end = match.start() + offsets[first + count] - 1
                masked = compact[:4] + "*" * (len(compact) - 8) + compact[-4:]
                yield _Hit(start, end, IBAN, " ".join(re.findall(".{1,4}", masked)))
            first += count or 1


_IBAN_START = re.compile(r"(?i)[A-Z]{2}\d{2}")
_IBAN_SEPARATOR = re.compile(r"[ ._/-]")


def _iban_words(parts: list[str], first: int) -> int:
    """How many words from `parts[first]` make the longest valid IBAN, or 0. No IBAN is longer
    than MAX_IBAN: joining all the words of a long run for each shorter one was quadratic."""
    longest, length = 0, 0
    for part in parts[first:]:
        length += len(part)
        if length > MAX_IBAN:
            break
        longest += 1
    for count in range(longest, 0, -1):
        if iban_valid("".join(parts[first:first + count])):
            return count
    return 0


# ---------------------------------------------------------------------------------------------
# E-mail addresses and phone numbers
# ---------------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@"
    r"((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?![\w-])"
)
PLACEHOLDER_DOMAINS = frozenset({"example.com", "example.org", "example.net"})
"""Reserved documentation domains (RFC 2606): always allowed, with their subdomains."""
PLACEHOLDER_TLDS = frozenset({"example", "test", "invalid", "domain", "tld"})
"""Reserved top-level domains (RFC 2606) and the ones written for the reader to
replace (`name@university.domain`): always allowed."""
FILE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "ico",
                             "tif", "tiff", "pdf", "mp4", "webm", "service", "socket", "timer",
                             "vsix", "whl", "jar", "deb", "rpm", "exe", "msi", "dmg", "apk",
                             "tgz", "nupkg", "gem", "crate"})
"""Endings of file names that are no top-level domain: `logo@2x.png` is a picture,
`wg-quick@wg0.service` a systemd unit."""


def _domain_allowed(domain: str, allowed: Allowed, organisations: bool = True) -> bool:
    domain = domain.lower().rstrip(".")
    if domain.rsplit(".", 1)[-1] in PLACEHOLDER_TLDS:
        return True
    parents = PLACEHOLDER_DOMAINS | allowed.domains | (allowed.organisations if organisations
                                                        else frozenset())
    return any(domain == parent or domain.endswith("." + parent) for parent in parents)


_ALGORITHM_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+(?:-[a-z0-9]+)*")
"""A local part shaped like an algorithm's name: words and a number joined by hyphens."""
_ALGORITHM_WORDS = re.compile(r"(?i)\balgorithms?\b|\bciphers?\b|\bMACs?\b|\bkex|"
                              r"HostKeyAlgorithms|\bhmac-")
"""A line about SSH algorithms (`Ciphers`, `MACs`, `-o MACS=`, `hmac-sha2-256,…`)."""
_CRYPTO_WORD = re.compile(r"(?i)aes|chacha|poly1305|hmac|sha\d|umac|curve25519|ed25519|ed448"
                          r"|ecdsa|rsa|sntrup|mlkem|cert-v0|-etm|gcm|ctr|cbc")
"""A cryptographic primitive in an OpenSSH extension's name (`chacha20-poly1305@openssh.com`):
an algorithm, whatever the line says about it."""
_ALGORITHM_SHAPE = re.compile(r"(?=[^.]*\d)[a-z0-9]+(?:-[a-z0-9]+)+")
"""An algorithm's name: hyphenated, a number in it (`aes256-gcm`); `marsa`, `aesthetic.jane`
are people."""
_PERSON_LOCAL = re.compile(r"(?i)[a-z]+(?:\.[a-z]+)+")
"""A local part shaped `first.last` or `j.doe`: a person, not an organisation's mailbox."""


_SSH_COMMAND = re.compile(r"(?:^|[\s`$>(])(?:ssh|scp|sftp|rsync|mosh|sshfs|ssh-copy-id|autossh)"
                          r"\s+(?:-\w+(?:[\s=]+[^\s`|;&-]\S*)?\s+|[^\s`|;&@-]*[/.:~][^\s`|;&@]*\s+)*"
                          r"(?:-J\s*(?:[^\s,]+,)*)?$")
"""An ssh-family command before an argument: only options, their values and paths between
(`ssh -N -L 8889:localhost:8889 `, `-J `, `scp ./file.txt `); never prose (`ssh users to
contact `)."""


SYSTEM_ACCOUNTS = frozenset({
    "root", "admin", "administrator", "ubuntu", "debian", "centos", "fedora", "rocky",
    "almalinux", "ec2-user", "cloud-user", "opc", "azureuser", "pi", "git", "deploy", "user",
    "username", "me", "you", "core", "vagrant", "docker", "www-data", "nobody", "guest",
})
"""Accounts that images and tools create on every machine (`ubuntu@`, `ec2-user@`, `git@`)."""


def _login(line: str, start: int, local: str, domain: str) -> bool:
    """`john@r07c49.bullx` as an ssh command's argument: an invented person's or a system's
    user name at a host, where no one reads mail; never anyone else's name, never at a free
    mail provider."""
    name = local.lower()
    return (bool(_SSH_COMMAND.search(nearby.before(line, start)))
            and (name in SYSTEM_ACCOUNTS or name in PLACEHOLDER_NAMES
                 or name in PLACEHOLDER_LOCAL_PARTS)
            and domain.lower().split(".", 1)[0] not in FREE_MAIL)


def _organisation_address(local: str, domain: str, allowed: Allowed) -> bool:
    """An address of a public organisation that is not one of its staff's own."""
    return (_domain_allowed(domain, Allowed(organisations=allowed.organisations))
            and not _PERSON_LOCAL.fullmatch(local))


def _emails(line: str, context: _Context) -> Iterator[_Hit]:
    """E-mail addresses outside the placeholder and allowed domains, but role mailboxes and
    placeholders (kbgen.core.mailboxes)."""
    if "@" not in line:
        return
    for match in _EMAIL_RE.finditer(line):
        address, domain = match.group(), match.group(1)
        local = address.split("@", 1)[0]
        if domain.rsplit(".", 1)[-1].lower() in FILE_EXTENSIONS:
            continue  # `Lmod-4color@2x.png`
        if _ALGORITHM_NAME.fullmatch(local) and _about_algorithms(line) or (
                domain.lower() == "openssh.com" and _CRYPTO_WORD.search(local)
                and _ALGORITHM_SHAPE.fullmatch(local)):
            continue  # `umac-128-etm@openssh.com`: an SSH algorithm's name (RFC 4251, 6)
        excerpt = f"{local[0]}***@{domain[0]}***.{domain.rsplit('.', 1)[-1]}"
        userinfo = _userinfo(line, match.start(), local)
        if userinfo is not None:
            yield _userinfo_hit(line, match, userinfo, excerpt)
            continue
        is_allowed = (address.lower() in context.allowed.emails
                      or _domain_allowed(domain, context.allowed, organisations=False)
                      or _organisation_address(local, domain, context.allowed)
                      or impersonal(local, domain))
        reason = ("a login at a host in an ssh command, not an e-mail address"
                  if not is_allowed and _login(line, match.start(), local, domain) else "")
        if not is_allowed and not reason and fediverse.handle(
                line, match.start(), local, domain, context.fediverse):
            reason = fediverse.REASON
        yield _Hit(match.start(), match.end(), EMAIL, excerpt, allowed=is_allowed or bool(reason),
                   reason=reason)


@lru_cache(maxsize=64)
def _about_algorithms(line: str) -> bool:
    """The line is about SSH algorithms: searched once per line, not once per address in it
    (4,000 `umac-128-etm@openssh.com` on a line took minutes)."""
    return bool(_ALGORITHM_WORDS.search(line))


_URL_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(\S*)$")
URL_USER_NAMES = frozenset({"user", "username", "password", "pass", "default", "admin", "root",
                            "guest", "postgres", "mysql", "redis", "login", "name"})
"""A URL's userinfo without `:` that names no one (`redis://password@host`)."""
USERINFO = "a URL's user name and password (its userinfo), not an e-mail address"


def _userinfo(line: str, start: int, local: str) -> str | None:
    """The userinfo of the URL whose host is the e-mail-like match at `start` (`admin:pw` of
    `mongodb://admin:pw@host`), when it has a password or names no one; else None."""
    found = _URL_BEFORE.search(line, max(0, start - MAX_SPLIT_PART), start)
    if found is None:
        return None
    userinfo = found.group(1) + local
    user, _, password = userinfo.partition(":")
    if "/" in user or re.search(r"[?#]|^\d+/", password):
        return None  # `https://acme.io:8080/to?jane@acme.io`: a port, a path, a query
    return userinfo if ":" in userinfo or userinfo.lower() in URL_USER_NAMES else None


def _userinfo_hit(line: str, match: re.Match[str], userinfo: str, excerpt: str) -> _Hit:
    """The password of a URL's userinfo as a finding, when it looks like one (a percent-encoded
    one too, which the URL plugin misses once decoded: `Kq9/x7…`); else the address accepted."""
    _, _, password = userinfo.partition(":")
    end = match.start() + match.group().index("@")
    start = end - len(password)
    if password and _looks_like_password(password, True) and not (
            examples.placeholder_password_at(password, line, start, plain=True)
            or examples.placeholder_url_password(password, line, start)):
        return _Hit(start, end, URL_PASSWORD, f"://…:{_mask_secret(password)}@…")
    return _Hit(match.start(), match.end(), EMAIL, excerpt, allowed=True, reason=USERINFO)


_URL_USERINFO = re.compile(
    r"://([A-Za-z0-9._~!$&'()*+,;=%-]*):([A-Za-z0-9._~!$&'()*+,;=%:-]*)@(?=[^\s@/])")
"""A URL's user name and password as RFC 3986 writes its userinfo (unreserved characters,
percent-encodings, sub-delims `!$&'()*+,;=` and `:`), then `@` and a host. Each match runs
from a `://` to the next `/`, so a line is read once."""


_CODE_PUNCTUATION = re.compile(r"[()\[\];,]")


def _url_userinfos(line: str, context: _Context) -> Iterator[_Hit]:
    """The password of every URL's userinfo that looks like one, whatever RFC 3986 characters
    it holds (`mongodb://admin:Kq91x7Zr!@…`, `…:p%40ss$w0rd@…`): detect-secrets' basic_auth
    refuses sub-delims and the e-mail-like match stops at them."""
    for match in _URL_USERINFO.finditer(line):
        password = _VALUE_QUOTES.sub("", match.group(2))  # `**password**`: bold, a placeholder
        lowered = password.lower()
        judged = _CODE_PUNCTUATION.sub("!", password)  # no code in a URL: `a(b;c` is a password
        bare = lowered.rstrip("!?.,;*")  # `changeme!`: a default with a bang, as `pw=changeme!`
        if (_looks_like_password(judged, True) and lowered not in _NOT_PASSWORDS
                and bare not in _NOT_PASSWORDS and bare not in examples.DEFAULT_CREDENTIALS
                and not placeholder_by_word(password, _PLACEHOLDER_WORDS)):
            start = match.start(2) + match.group(2).find(password)
            yield _Hit(start, start + len(password), URL_PASSWORD,
                       f"://…:{_mask_secret(password)}@…")


MIN_PHONE_DIGITS = 6
"""Lines without this many digits close together are not given to phonenumbers (it is the
slowest detector). Its matcher allows at most 4 punctuation characters between digits."""
_PHONE_HINT = re.compile(r"\d(?:\D{0,4}\d){%d}" % (MIN_PHONE_DIGITS - 1))


def _phones(line: str, context: _Context) -> Iterator[_Hit]:
    """Valid phone numbers (phonenumbers' VALID leniency) that are not on the allow-list."""
    if not _PHONE_HINT.search(line):
        return
    if context.default_region is None and "00" in line:
        line = _INTERNATIONAL_ZEROS.sub(" +", line)  # `0044 7911 …`: read where no region is
    for start, end, excerpt, e164 in _phone_numbers(line, context.default_region):
        is_allowed = e164 in context.allowed.phones_e164
        yield _Hit(start, end, PHONE, excerpt, allowed=is_allowed)


_INTERNATIONAL_ZEROS = re.compile(r"(?<![\d+])00(?=[1-9]\d)")
"""`00` dialling out, as most of the world writes it before a country code: `+` (the same
length, so what is found keeps its place)."""


_PHONE_LINK_RE = re.compile(
    r"(?i)(?:\b(?:tel|sms|callto|facetime|whatsapp)://?|\btel:|\bsms:|\bcallto:|"
    r"\bwa\.me/|\bapi\.whatsapp\.com/send/?\?phone=|\bt\.me/|\bviber://chat\?number=)"
    r"(\+?[\d][\d ().-]{5,20}\d)"
)
"""Links that dial or message a number: `tel:`, `sms:`, `https://wa.me/447911123456`."""


def _phone_links(line: str, context: _Context) -> Iterator[_Hit]:
    """Numbers in links that call or message them; wa.me and t.me take international numbers
    without the `+`."""
    for match in _PHONE_LINK_RE.finditer(line):
        number = match.group(1)
        scheme = match.group().lower()
        if not number.startswith("+") and ("wa.me" in scheme or "whatsapp" in scheme
                                          or "t.me" in scheme):
            number = "+" + number
        try:
            parsed = phonenumbers.parse(number, context.default_region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_possible_number(parsed):
            continue
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        yield _Hit(match.start(1), match.end(1), PHONE, _mask_phone(parsed),
                   allowed=e164 in context.allowed.phones_e164)


@lru_cache(maxsize=4096)
def _phone_numbers(line: str, region: str | None) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, masked number, E.164) of each valid phone number in a line.

    Kept for lines seen again: front matter dates (`2026-08-07`, one line each in scan_data)
    recur across articles and have to be read by phonenumbers, which takes some of them for
    numbers in some regions (8 digits in Denmark).
    """
    matcher = phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.VALID)
    return tuple(
        (match.start, match.end, _mask_phone(match.number),
         phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
        for match in matcher if not _is_date(match.raw_string)
    )


_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\6(\d{4})")


def _is_date(text: str) -> bool:
    """`2026-08-07`, `07.08.2026`, `8/7/2026`: a calendar date, whatever the region's phone
    numbers look like (in Denmark, any 8 digits can be one)."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return False
    if match.group(1):
        year, first, second = match.group(1, 3, 4)
    else:
        first, second, year = match.group(5, 7, 8)
    numbers = int(first), int(second)
    return all(1 <= n <= 31 for n in numbers) and min(numbers) <= 12 and 1900 <= int(year) <= 2100


def _mask_phone(number: phonenumbers.PhoneNumber) -> str:
    """International format with every digit after the country code but the last three hidden."""
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    prefix = f"+{number.country_code}"
    rest = text[len(prefix):]
    return prefix + _mask(rest, keep_start=0, keep_end=3)


# ---------------------------------------------------------------------------------------------
# Internal hosts
# ---------------------------------------------------------------------------------------------

INTERNAL_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16",
        "fc00::/7", "fe80::/10", "::1/128",
    )
)
"""Private, loopback and link-local networks; documentation ranges are not among them."""
INTERNAL_SUFFIXES = ("internal", "local", "lan", "corp", "intranet", "localdomain")
"""Top-level names used only inside networks."""

_IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)")
_IPV6_RE = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_VERSION_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:version|firmware|fw|build|release|ver\.?|v)\s*[:#]?\s*|\bv)$"
)
_HOST_RE = re.compile(
    r"(?i)(?<![\w.@-])(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    rf"(?:{'|'.join(INTERNAL_SUFFIXES)})|localhost)(?![\w-]|\.[a-z0-9])"
)


def _internal_ips(line: str, context: _Context) -> Iterator[_Hit]:
    """Private, loopback and link-local IPv4/IPv6 addresses (not version numbers)."""
    for regex in (_IPV4_RE, _IPV6_RE):
        for match in regex.finditer(line):
            if _VERSION_BEFORE_RE.search(nearby.before(line, match.start())) \
                    or _network_bound(line, match):
                continue
            if match.group().endswith("::") and not match.group().startswith("::"):
                continue  # a network's prefix (`fd08:4711::`), not a host
            if reason := _well_known_address(match.group().lower(), line):
                yield _Hit(match.start(), match.end(), INTERNAL_IP, _mask_ip(match.group()),
                           allowed=True, reason=reason)
                continue
            address = _ip_address(match.group())
            if address is None:
                continue
            if any(address in net for net in INTERNAL_NETWORKS):
                allowed = any(address in net for net in context.allowed.networks)
                yield _Hit(match.start(), match.end(), INTERNAL_IP, _mask_ip(match.group()),
                           allowed=allowed, reason=ALLOWED_NETWORK if allowed else "")


def _ip_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address `text` writes, however: zero-padded (`192.168.001.010`, which
    `ipaddress` refuses), or an IPv4 address inside an IPv6 one (`::ffff:c0a8:10a`, 6to4)."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        parts = text.split(".")
        if len(parts) != 4 or not all(part.isdigit() and int(part) <= 255 for part in parts):
            return None
        return ipaddress.IPv4Address(".".join(str(int(part)) for part in parts))
    if isinstance(address, ipaddress.IPv6Address):
        return address.ipv4_mapped or address.sixtofour or address
    return address


_NUMERIC_HOST = re.compile(r"(?i)(?:://|\\\\|//)(?:[^/\s@?#]{0,200}@)?"
                           r"((?:0x[0-9a-f]{1,8}|\d{1,10})(?:\.(?:0x[0-9a-f]{1,8}|\d{1,10})){0,3})"
                           r"\.?(?=[:/?#\]\s\\)>\"'`]|$)")
"""A URL's host written as numbers a browser reads as an IPv4 address: one integer
(`http://3232235521/`), hex (`0xC0A80001`, `0xc0.0xa8.0.1`), octal (`0300.0250.0.1`) or fewer
than four parts (`10.1`, `192.168.257`)."""


def _numeric_host(text: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address a browser makes of a host of numbers (the WHATWG URL standard's IPv4
    parser: each part decimal, `0x` hex or `0` octal; the last part fills the rest)."""
    numbers = []
    for part in text.split("."):
        try:
            if part[:2].lower() == "0x":
                numbers.append(int(part[2:] or "0", 16))
            elif len(part) > 1 and part.startswith("0"):
                numbers.append(int(part, 8))
            else:
                numbers.append(int(part))
        except ValueError:
            return None
    *head, last = numbers
    if any(number > 255 for number in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last + sum(number << (8 * (3 - place)) for place, number in enumerate(head))
    return ipaddress.IPv4Address(value)


def _numeric_hosts(line: str, context: _Context) -> Iterator[_Hit]:
    """Private and loopback addresses a URL gives as numbers a reader does not see as an
    address (`http://0xC0A80001/`, `http://3232235521/`, `http://0300.0250.0.1/`)."""
    for match in _NUMERIC_HOST.finditer(line):
        address = _numeric_host(match.group(1))
        if address is None or not any(address in net for net in INTERNAL_NETWORKS):
            continue
        allowed = any(address in net for net in context.allowed.networks)
        yield _Hit(match.start(1), match.end(1), INTERNAL_IP, _mask(match.group(1)),
                   allowed=allowed, reason=ALLOWED_NETWORK if allowed else "")


ALLOWED_NETWORK = "in a network the site documents for its customers (allow_networks)"
"""Why an address in `Allowed.networks` is accepted, for reviewers."""
WELL_KNOWN_ADDRESSES = {
    "169.254.169.254": "a cloud's metadata service, the same address on every instance",
    "fd00:ec2::254": "a cloud's metadata service, the same address on every instance",
    "169.254.170.2": "a container platform's credentials endpoint, the same everywhere",
    **dict.fromkeys(("10.96.0.10", "172.30.0.10", "10.0.0.10", "10.100.0.10", "172.20.0.10"),
                    "a Kubernetes platform's default cluster DNS service address (kubeadm,"
                    " OpenShift, AKS, EKS), the same on every default installation"),
}
"""Addresses that every installation of a platform answers alike (AWS, OpenStack, Azure,
Google and others serve instance metadata at 169.254.169.254; a default Kubernetes cluster's
DNS service is at the tenth address of its default service network, 10.96.0.10 with kubeadm,
172.30.0.10 on OpenShift): documentation, like `metadata.google.internal` among the host
names. A fixed address names no one's network."""
CLUSTER_DNS = frozenset({"10.96.0.10", "172.30.0.10", "10.0.0.10", "10.100.0.10",
                         "172.20.0.10"})
_DNS_CONTEXT = re.compile(r"(?i)dns|name ?server|^\s*server:|nslookup|\bdig\b|resolv|kube"
                          r"|cluster|\b(?:oc|k8s|eks|aks|openshift)\b|[#:]53\b")
"""A line about name resolution: where a default cluster DNS address is one."""


def _well_known_address(address: str, line: str) -> str | None:
    """Why `address` is the same on every installation, or None. A default cluster DNS
    address (`10.0.0.10`, common on any network) is one only on a line about DNS or a cluster
    (`Server: 172.30.0.10`, `nameserver 10.96.0.10`); `the payroll database is at
    10.0.0.10` is someone's."""
    if address in CLUSTER_DNS and not _DNS_CONTEXT.search(line):
        return None
    return WELL_KNOWN_ADDRESSES.get(address)


_IP_TEXT = r"(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})"
_RANGE_SIGN = r"[`*_]*\s*(?:[–—-]|\bto\b)\s*[`*_]*"
_NETWORK_AFTER = re.compile(rf"/\d{{1,3}}(?![\w/]|\.\w)|{_RANGE_SIGN}{_IP_TEXT}(?![\w:]|\.\w)")
_NETWORK_BEFORE = re.compile(rf"(?<![\w.:]){_IP_TEXT}{_RANGE_SIGN}$")
_POOL_END = re.compile(rf",\s*end=({_IP_TEXT})(?![\w:]|\.\w)")
_POOL_START = re.compile(rf"(?<![\w.:])start=({_IP_TEXT}),\s*end=$")
"""The bounds of an address pool (`--allocation-pool start=192.168.0.10,end=192.168.0.30`)."""


def _network_bound(line: str, match: re.Match[str]) -> bool:
    """An address that writes a network, not a host: `10.0.0.0/8`, or either end of a range
    (`169.254.0.0–169.254.255.255`, `192.168.1.100 to 192.168.1.200`); never a URL's host."""
    if line.endswith(("://", "@"), 0, match.start()):
        return False
    before = nearby.before(line, match.start())
    pool = (_POOL_END.match(line, match.end()) if before.endswith("start=") else None
            ) or _POOL_START.search(before)
    return bool(_NETWORK_AFTER.match(line, match.end()) or _NETWORK_BEFORE.search(before)
                or pool and pool.group(1) != match.group())  # one host is no pool


def _mask_ip(text: str) -> str:
    """`10.*.*.*`, `fd12:****::*`: the first group only."""
    first = re.match(r"[0-9A-Fa-f]*", text)
    return _mask(text, keep_start=len(first.group()) if first else 0)


_IPV4_HINT = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d")
_IPV6_HINT = re.compile(r":[0-9A-Fa-f]{0,4}:")
"""An IPv4 address or two colons of an IPv6 one (separate regexes: each starts with a literal,
which re finds quickly; a regex starting with \\d or an alternation tries every position)."""
_HOST_HINT = re.compile(rf"localhost|\.(?:{'|'.join(INTERNAL_SUFFIXES)})", re.I)
_HOST_WORDS = ("localhost", *(f".{suffix}" for suffix in INTERNAL_SUFFIXES))
"""What _HOST_HINT matches, as words to find in a folded text (see _fold)."""


def _internal_hosts(line: str, context: _Context) -> Iterator[_Hit]:
    """Host names under internal-only suffixes (`db01.corp`, `nas.local`) and `localhost`."""
    if not _HOST_HINT.search(line):
        return
    for match in _HOST_RE.finditer(line):
        host = match.group()
        if line.endswith("/", 0, match.start()) and not line.endswith("//", 0, match.start()):
            continue  # a file in a path (`/etc/cvmfs/default.local`), not a host
        head, _, suffix = host.rpartition(".")
        excerpt = f"{head[0]}***.{suffix}" if head else _mask(host, keep_start=1)
        if _domain_allowed(host, context.allowed) or _well_known_host(host):
            yield _Hit(match.start(), match.end(), INTERNAL_HOST, excerpt, allowed=True)
            continue
        reason = examples.placeholder_host(host) or ""
        yield _Hit(match.start(), match.end(), INTERNAL_HOST, excerpt, allowed=bool(reason),
                   reason=reason)


OWN_IMAGE_TAG = "a container image's tag in the site's own registry (an allowed domain)"
_IMAGE_BEFORE = re.compile(r"(?<![\w.-])([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10})"
                           r"(?::\d{1,5})?/[\w./-]{1,200}:$")
"""`registry.fly.io/my-app-name:` right before a tag: the registry's host, a path and `:`."""
_IMAGE_TAG = re.compile(r"(?:deployment|deploy|build|release|image|commit|snapshot|nightly"
                        r"|version)-[0-9A-Z]{6,40}")
"""A tag made of a word naming a build and an upper-case id
(`deployment-01H9RK9EYO9PGNBYAKGXSHV0PH`); `key-…`, `totp-…` name what a secret is for."""


def _not_own_image_tags(found: list[tuple[int, str, _Hit]], context: _Context
                        ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but tokens that are the tag of a container image in the site's own registry
    (`registry.fly.io/my-app:deployment-01H9RK…`, with fly.io allowed): the name of a build,
    which only the registry's own users can pull. A tag in another registry, or of another
    shape than a word and an upper-case id, is still a finding."""
    for index, line, hit in found:
        value = line[hit.start:hit.end]
        registry = _IMAGE_BEFORE.search(line, max(0, hit.start - 300), hit.start) \
            if hit.kind == TOKEN and not hit.vendor and _IMAGE_TAG.fullmatch(value) else None
        if registry and _domain_allowed(registry.group(1), context.allowed, organisations=False
                                        ) and not surroundings.names_secret(line):
            context.accept(index, hit, OWN_IMAGE_TAG)
        else:
            yield index, line, hit


MAPPED_HOST = ("a name the text maps to an address in the site's own network (a hosts file"
               " line, allow_networks)")
_HOSTS_LINE = re.compile(r"[ \t]*([0-9A-Fa-f:.]{7,45})[ \t]+([\w.-]{1,253}(?:[ \t]+[\w.-]{1,253})*)"
                         r"[ \t]*")
"""A hosts file's line: an address, then the names it answers to."""
MAX_HOSTS_LINE = 300
MAX_MAPPED_DOTS = 1
_DOTTED = re.compile(r"[\w-]+(?:\.[\w-]+)+")
"""Dotted names, taken out of a line before its words are read (`app.internal` says no
`internal`)."""
"""A platform's name for a tutorial's machine is a name and a suffix (`minio1.local`); a
company's host carries its domain (`payroll.acme.corp`) and is never mapped away."""


def _unmapped_hosts(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
                    ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but internal host names that the text maps, in a hosts file's line, to an
    address in the site's own network (`fdaa:3:7c6d::2  minio1.local` on Fly.io, whose
    customers' machines all live in fdaa::/16): the platform's names for the tutorial's
    machines, accepted wherever the text uses them. An address outside that network (a
    company's `10.1.2.3  payroll.corp`) maps nothing."""
    hosts = [(index, line, hit) for index, line, hit in found if hit.kind == INTERNAL_HOST]
    mapped = _mapped_names(lines, context.allowed) if hosts and context.allowed.networks \
        else frozenset()
    for index, line, hit in found:
        if (hit.kind == INTERNAL_HOST and line[hit.start:hit.end].lower() in mapped
                and not surroundings.names_whose(_DOTTED.sub(" ", line))):
            context.accept(index, hit, MAPPED_HOST)
        else:
            yield index, line, hit


def _mapped_names(lines: list[str], allowed: Allowed) -> frozenset[str]:
    """The names hosts-file lines of `lines` give to addresses in `allowed.networks`."""
    names: set[str] = set()
    for line in lines:
        match = _HOSTS_LINE.fullmatch(line) if len(line) <= MAX_HOSTS_LINE else None
        address = _ip_address(match.group(1)) if match else None
        if match and address and any(address in net for net in allowed.networks
                                     if net.version == address.version):
            names.update(name.lower() for name in match.group(2).split()
                         if name.count(".") <= MAX_MAPPED_DOTS)
    return frozenset(names)


WELL_KNOWN_HOSTS = ("svc.cluster.local", "cluster.local", "host.docker.internal",
                    "gateway.docker.internal", "host.containers.internal",
                    "metadata.google.internal", "localhost.localdomain")
"""Internal names that are the same on every installation of the software that answers them
(a Kubernetes service's `<name>.<namespace>.svc.cluster.local`, Docker's
`host.docker.internal`, a cloud's metadata server): documentation, not the company's network."""


def _well_known_host(host: str) -> bool:
    host = host.lower()
    return any(host == name or host.endswith("." + name) for name in WELL_KNOWN_HOSTS)


# ---------------------------------------------------------------------------------------------
# Plain passwords (`Admin password: Tr0ub4dor&3`, `password=hunter2x`, `--password x`)
# ---------------------------------------------------------------------------------------------

_PASSWORD_WORDS = (
    r"pass(?:word|wd|phrase|code)?|pwd|pw|passwort|kennwort|wachtwoord|contrase[ñn]a|senha"
    r"|mot de passe|l[öo]senord|salasana|has[łl]o|secret|client[_ -]?secret"
    r"|api[_ -]?key|access[_ -]?key|(?:auth|access|bearer)[_ -]?token"
)
_PASSWORD_RE = re.compile(
    rf"(?i)(?<![a-z])(?P<dashes>--?)?(?:{_PASSWORD_WORDS})(?![a-z])"
    r"(?:"
    r"""["'`*_]*\s*(?:\([^)\n]{0,40}\)\s*)?(?P<sign>:=|=>|==|[:=|])(?:\*\*|__)?\s*"""
    r"|\s+(?P<verb>is|was)(?:\s*:)?\s+"  # the password is x
    r"|>(?=[^<\s]+</)"  # <password>x</password>
    r"|(?P<flag>\s+)"  # --password x
    r")"
    r"""(?:\*\*|__|["'`])*(?P<value>[^\s"'`<|]+)"""
)
"""A password word, then `:`, `=`, `|` (a table cell), `is`, a closing XML tag or a command-line
flag, then the value (quotes, backticks and bold around it are skipped)."""
_VALUE_QUOTES = re.compile(r"""^(?:\*\*|__|["'`])+|(?:\*\*|__|["'`])+$""")
_PLACEHOLDER_WORDS = ("your", "example", "placeholder", "xxxx", "redacted", "hidden", "removed")
_NOT_PASSWORDS = frozenset({
    "true", "false", "none", "null", "nil", "empty", "blank", "required", "optional", "unset",
    "changed", "expired", "incorrect", "invalid", "wrong", "enabled", "disabled", "forgotten",
    "password", "passwd", "secret", "changeme", "changeit",  # a value that names its field
})
_NON_SECRET_PREFIXES = ("wpa", "wep", "http:", "https:", "mailto:", "/", "~", "./", "../", "$",
                        "%", "(", "[", "{", "<")
_CODE_VALUE = re.compile(r"[\w$\]]\s*[(\[]|^[\w.$]+\.[A-Za-z_$][\w$]*[;,]?$|[;,]$")
"""A call, an index, a dotted name or a value ending a statement: code, not a password."""
_IDENTIFIER = re.compile(r"[A-Za-z0-9_.'-]+")
"""Letters, digits and word punctuation only."""
MIN_PASSWORD_LENGTH = 6
"""Shorter values (`8+`, `1234`, `min. 8`) are rules about passwords, not passwords."""


def _passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """Values after a password word that look like a password: 6+ characters with a digit or a
    symbol, or mixed case (or any word written as `password=value`); never placeholders such
    as `<your password>`, `********` or `${PASSWORD}`, nor prose such as `password: open
    Settings`."""
    for match in _PASSWORD_RE.finditer(line):
        if match.group("flag") is not None and not match.group("dashes"):
            continue  # `password hunter2x` is prose; `--password hunter2x` is a command
        if _empty_assignment(line, match):
            continue  # `-e DB_PASSWORD= acme/app` (a tag `<password>` not shown): no value
        raw = match.group("value")
        value = _VALUE_QUOTES.sub("", raw.rstrip(".,;:)!?") if not _ends_symbolic(raw)
                                  else raw)
        assigned = (match.group("sign") == "=" and match.end("sign") == match.start("value")
                    and not line[match.start("sign") - 1].isspace())
        if _looks_like_password(value, assigned):
            start = match.start("value") + raw.find(value)
            yield _famous_or_hit(line, start, value)
        elif _SECRET_REFERENCE.fullmatch(value):
            yield from _referenced_passwords(line[match.start("value"):], match.start("value"))


_PROSE_PASSWORD_RE = re.compile(
    rf"(?i)(?<![a-z])(?:{_PASSWORD_WORDS})(?![a-z])"
    r"(?:"
    r"(?:'s|’s|[ \t]+(?:[\w@.-]+[ \t]+){0,5}?"  # `password's`, `password for the portal is`
    r"(?P<verb>is|was|are|were|remains|stays|being|equals|reads|est|ist|war|es|era|är|on|jest"
    r"|é|e))"
    r"(?:[ \t]+(?:now|still|currently|just|simply|always|literally|actually"
    r"|(?:set|changed|reset|updated)[ \t]+to))*"
    r"|[ \t]*(?:[—–?]|[ \t]-)"  # `password — hunter2x!`, `password? hunter2x!`
    r")"
    r"""(?:[ \t]*:)?[ \t]+(?:\*\*|__|["'`“‘])*(?P<value>[^\s"'`<|”’]+)"""
)
"""A password word, then prose that gives its value: a few words and a verb (`my password
for the portal is now`, `das Passwort ist`), `'s`, a dash or a question mark."""


_NOUNS = (r"(?:keys?|files?|hash(?:es)?|managers?|polic(?:y|ies)|length|fields?|prompts?|rules?"
          r"|requirements?|hints?|names?|links?|generators?|strength|expiry)")
_OTHER_SUBJECT = re.compile(rf"(?i)[ \t]{_NOUNS}[ \t]+$")
"""A noun right before the verb: the sentence gives that thing's value (`the password of the
secret key is: key.pem`, `the password manager is 1Password`), not the password's (`the
password for the files share is ...`)."""
_NOUN_FIRST = re.compile(rf"(?i)[ \t]+{_NOUNS}(?![a-z])")


def _other_subject(line: str, match: re.Match[str]) -> bool:
    """The sentence gives the value of a thing a noun names: right after the password word
    (`the password manager we use is …`) or right before the verb (`the password of the
    secret key is …`)."""
    if match.group("verb") is None:
        return False
    word = _PASSWORD_HEADER.match(line, match.start())
    return bool(_OTHER_SUBJECT.search(line[match.start():match.start("verb")])
                or word and _NOUN_FIRST.match(line, word.end()))


_SLUG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}")
"""Lower-case words joined by hyphens: a name in prose (`estivadores-secreto2-pull`)."""


def _prose_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A password given in a sentence (`my password's hunter2x!`, `the password I set is
    Hunter2x!`): a value with a letter and a digit, or a symbol, as passwords have."""
    for match in _PROSE_PASSWORD_RE.finditer(line):
        raw = match.group("value")
        value = _VALUE_QUOTES.sub("", raw.rstrip(".,;:)!?") if not _ends_symbolic(raw)
                                  else raw)
        if _other_subject(line, match) or _SLUG.fullmatch(value):
            continue  # `the password of the key is ...`; `the pull secret used was my-name-2`
        if _looks_like_password(value, False) and not value.isdigit():
            start = match.start("value") + raw.find(value)
            yield _Hit(start, start + len(value), PASSWORD, _mask_secret(value))


_ARGUMENT = re.compile(r"-|[^\s=/:]*[=/:]")
"""A word shaped like a command's next argument: a flag, an assignment, an image, a path."""


def _empty_assignment(line: str, match: re.Match[str]) -> bool:
    """`NAME= next`: `=` right after the name, then a space, then a word shaped like another
    argument (`acme/app`, `dbname=app`, `-d`): a shell or a DSN sets the name to nothing, and
    that word is not its value. What the reader sees when a placeholder is not shown (a tag,
    `DB_PASSWORD=<password> acme/app`; emphasis marks, `password=*** dbname=app`)."""
    sign = match.group("sign")
    return (sign == "=" and not line[match.start("sign") - 1].isspace()
            and line[match.end("sign"):match.end("sign") + 1].isspace()
            and _ARGUMENT.match(match.group("value")) is not None)


def _command_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A password given to a command in the shape its tool takes it (kbgen.core
    .command_passwords: `mysql -pX`, `sshpass -p X`, `curl -u user:X`, `PGPASSWORD=X psql`):
    the command says it is one, so a word of letters (`Sunshine`) is one too."""
    for start, end in passwords_given(line):
        value = line[start:end]
        if _command_value_password(value):
            yield _Hit(start, end, PASSWORD, _mask_secret(value))


def _continued_command_passwords(lines: list[str]) -> Iterator[tuple[int, _Hit]]:
    """_command_passwords of a command continued over lines (`mysql -u root \\`, `  -pX`) and
    of a `.netrc` written over lines."""
    for index, start, end in itertools.chain(continued_passwords(lines), netrc_passwords(lines)):
        value = lines[index][start:end]
        if _command_value_password(value):
            hit = _clearly_example(lines[index], _Hit(start, end, PASSWORD, _mask_secret(value)))
            if not hit.allowed:
                yield index, hit


def _passwords_first(line: str, context: _Context) -> Iterator[_Hit]:
    """A password written before the word naming it (kbgen.core.password_first: `Kq91x7Zr is
    the admin password`): as in prose, a value with a letter and a digit, or a symbol."""
    for start, end in passwords_before_word(line):
        value = line[start:end]
        if _looks_like_password(value, False) and _mixed_password(value):
            yield _Hit(start, end, PASSWORD, _mask_secret(value))


def _mixed_password(value: str) -> bool:
    """Letters with digits or symbols (`Kq91x7Zr`, `hunter2!`), not a version or a standard's
    name (`802.1X`, `v2.0`, `WPA2`): a lower-case letter beside a digit or a symbol."""
    return (any(ch.islower() for ch in value) and any(ch.isdigit() for ch in value)
            or any(not ch.isalnum() and ch not in "-_." for ch in value))


_JOINED_WORDS = re.compile(r"[A-Za-z]+(?:[-_][A-Za-z]+)*")
"""Letters, maybe words joined by `-` or `_` (`Sunshine`, `changeme_Kqzx`)."""


def _command_value_password(value: str) -> bool:
    """What a command's password slot holds is one unless it is a placeholder or a variable's
    name (`DB_PASSWORD`): letters alone count (kbgen.core.examples then accepts the ones that
    spell a placeholder, `my_robot_password`)."""
    if _looks_like_password(value, True):
        return True
    if not value.isalpha() and all(word_like(part) for part in _CAMEL_PART.findall(value)
                                   if len(part) > 2):
        return False  # `postgres_password`, `super_secret_pw`: words joined, a template's
    return (MIN_PASSWORD_LENGTH <= len(value) <= 128 and bool(_JOINED_WORDS.fullmatch(value))
            and not value.isupper() and value.lower() not in _NOT_PASSWORDS
            and len(set(value.lower())) > 2
            and not placeholder_by_word(value, _PLACEHOLDER_WORDS))


_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _ends_symbolic(value: str) -> bool:
    """`Summer2024!`: a password may end with `!` or `?` after a letter or digit mixed in."""
    core = value.rstrip(".,;:)!?")
    return bool(core) and bool(re.search(r"\d", core)) and value[len(core):] in ("!", "?", "!!")


def _looks_like_password(value: str, assigned: bool) -> bool:
    lowered = value.lower()
    if not (MIN_PASSWORD_LENGTH <= len(value) <= 128) or "://" in value:
        return False
    if lowered.startswith(_NON_SECRET_PREFIXES) or lowered in _NOT_PASSWORDS:
        return False
    if placeholder_by_word(value, _PLACEHOLDER_WORDS) or _is_placeholder(value):
        return False
    if any(word in lowered for word in _PLACEHOLDER_WORDS) and _looks_like_key(value):
        return False  # `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`: judged as a key, by its entropy
    if _SECRET_REFERENCE.fullmatch(value):
        return False  # `password: !secret pi_hole_password`
    if len(set(lowered)) <= 2:  # aaaaaa, xxxxxx, ******
        return False
    if _CODE_VALUE.search(value):
        return False  # pass = run(terms), password: getPassword(), os.environ["PASSWORD"]
    has_digit = any(ch.isdigit() for ch in value)
    if value.isdigit():
        return True  # 123456 is a password people use
    if has_digit and not any(ch.isalpha() for ch in value):
        return False  # 2026-08-07, 1.2.3: dates and versions
    if _IDENTIFIER.fullmatch(value):  # hunter2x; not DB_PASSWORD, self.secret, getPassword
        return has_digit or (assigned and value.isalpha() and value.islower())
    return True  # a symbol besides - ' . _: Tr0ub4dor&3, S3cret!, p@ss


_TABLE_DELIMITER = re.compile(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")
"""A table's delimiter row (no two `\\s*` side by side: a line of spaces was quadratic)."""
_PASSWORD_HEADER = re.compile(rf"(?i)(?<![a-z])(?:{_PASSWORD_WORDS})(?![a-z])")


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _password_columns(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Cells under a `Password` column heading of a Markdown table."""
    for index in range(len(lines) - 1):
        if "|" not in lines[index] or not _TABLE_DELIMITER.match(lines[index + 1]):
            continue
        columns = [number for number, cell in enumerate(_cells(lines[index]))
                   if _PASSWORD_HEADER.search(cell)]
        if not columns or not _password_hint(_fold(lines[index])):
            continue
        row = index + 2
        while row < len(lines) and "|" in lines[row]:
            cells = _cells(lines[row])
            for number in columns:
                value = _VALUE_QUOTES.sub("", cells[number]) if number < len(cells) else ""
                if " " not in value and _looks_like_password(value, False):
                    start = lines[row].find(value)
                    yield row, _Hit(start, start + len(value), PASSWORD, _mask_secret(value))
            row += 1


_DEFINITION = re.compile(r"^ {0,3}:[ \t]+(?:\*\*|__|[\"'`])*(?P<value>\S+?)(?:\*\*|__|[\"'`])*\s*$")
"""A definition (`:   value`) that is one token, as a password is (prose is not)."""


def _password_definitions(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A definition list whose term names a password (`Admin password (staging)`, then
    `:   Hunter2Secret!x`): every one-token definition of that term."""
    for index in range(len(lines) - 1):
        row = index + 1
        if not lines[row].strip() and row + 1 < len(lines):
            row += 1  # a blank line may stand between the term and its definitions
        if not lines[row].lstrip().startswith(":"):
            continue  # no definition follows (asked first: it is the cheaper question)
        if lines[index].lstrip().startswith(":") or not _PASSWORD_HEADER.search(
                rendered_line(lines[index])):
            continue
        while row < len(lines) and lines[row].lstrip().startswith(":"):
            match = _DEFINITION.match(lines[row])
            if match and _looks_like_password(match.group("value"), False):
                value = match.group("value")
                yield row, _Hit(match.start("value"), match.end("value"), PASSWORD,
                                _mask_secret(value))
            row += 1


# ---------------------------------------------------------------------------------------------
# Values hidden in base64 (`data:text/plain;base64,...`, `Authorization: Basic ...`)
# ---------------------------------------------------------------------------------------------

_BASE64_RE = re.compile(r"(?i)(?:base64,|\bbasic\s+)([A-Za-z0-9+/_-]{8,}={0,2})")
_MEDIA_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"RIFF", b"%PDF", b"wOF", b"PK\x03\x04",
                b"\x00\x00\x01\x00", b"OTTO", b"\x00\x01\x00\x00", b"BM", b"\x1f\x8b", b"ftyp")
MAX_DECODED = 100_000
"""Longer base64 payloads (a picture, say) are not decoded to be read."""


def _base64_decode(payload: str) -> bytes | None:
    import base64
    import binascii

    if len(payload) > MAX_DECODED * 4 // 3 + 4:
        return None
    padded = payload.rstrip("=") + "=" * (-len(payload.rstrip("=")) % 4)
    try:
        return base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None


def _base64_kind(payload: str) -> str:
    """`media` (a picture or font), `text` (UTF-8 that reads as text) or `other`."""
    decoded = _base64_decode(payload)
    if decoded is None:
        return "other"
    if decoded.startswith(_MEDIA_MAGIC) or decoded[4:8] == b"ftyp" or b"<svg" in decoded[:512]:
        return "media"
    try:
        text = decoded.decode("utf-8")
    except UnicodeDecodeError:
        return "other" if len(decoded) < 256 else "media"
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text)
    return "text" if text and printable >= 0.9 * len(text) else "other"


def _base64_payloads(line: str, context: _Context) -> Iterator[_Hit]:
    """What a base64 payload hides once decoded (`data:...;base64,` or a Basic
    authorization); a decoded `user:password` is a password."""
    for match in _BASE64_RE.finditer(line):
        payload = match.group(1)
        if _base64_kind(payload) != "text":
            continue
        decoded = (_base64_decode(payload) or b"").decode("utf-8")
        start, end = match.span(1)
        if not match.group().lower().startswith("base64") and re.fullmatch(
                r"[^:\s]+:\S{4,}", decoded.strip()):
            yield _Hit(start, end, PASSWORD, f"Basic {_mask_secret(payload)} (base64)")
            continue
        found = scan(decoded, context.allowed, default_region=context.default_region)
        if found:
            first = found[0]
            yield _Hit(start, end, first.kind, f"{first.excerpt} (in base64)", first.advice)


_UTF7_SHIFT = re.compile(r"\+([A-Za-z0-9/][A-Za-z0-9+/]{1,400})-?")
"""A UTF-7 shifted run: `+`, modified base64 of UTF-16 (`+AEA-` is `@`)."""


def _utf7_decoded(line: str) -> tuple[str, int, int] | None:
    """The line with its UTF-7 runs decoded, and where the first and last run are; None when
    no run decodes to printable text."""
    spans: list[tuple[int, int, str]] = []
    for match in _UTF7_SHIFT.finditer(line):
        try:
            text = f"+{match.group(1)}-".encode("ascii").decode("utf-7")
        except (UnicodeError, ValueError):
            continue
        if text and text.isprintable() and any(ch.isascii() for ch in text):
            spans.append((match.start(), match.end(), text))
    if not spans:
        return None
    out, at = [], 0
    for start, end, text in spans:
        out += [line[at:start], text]
        at = end
    return "".join(out) + line[at:], spans[0][0], spans[-1][1]


def _utf7_payloads(line: str, context: _Context) -> Iterator[_Hit]:
    """What UTF-7 text hides (`jane+AEA-gmail.com`, `+AGoAYQBuAGU-...`): the line read with
    its shifted runs decoded, where it shows what the line as written does not."""
    decoded = _utf7_decoded(line)
    if decoded is None:
        return
    text, start, end = decoded

    def found(text: str) -> list[Finding]:
        detectors = tuple(d for d in _may_find(text) if d is not _utf7_payloads)
        return scan(text, context.allowed, default_region=context.default_region,
                    detectors=detectors)

    seen = {(finding.kind, finding.excerpt) for finding in found(line)}
    for finding in found(text):
        if (finding.kind, finding.excerpt) not in seen:
            yield _Hit(start, end, finding.kind, f"{finding.excerpt} (in UTF-7)", finding.advice)
            return


# ---------------------------------------------------------------------------------------------
# Values split over two lines (`AKIAIOSFOD\` + `NN7EXAMPLE`)
# ---------------------------------------------------------------------------------------------

_RUN_AT_END = re.compile(r"""([A-Za-z0-9+/_=-]{2,})["'`]?\s*[+\\&]?\s*$""")
_RUN_AT_START = re.compile(r"""^[\s>]*[+&]?\s*["'`]?([A-Za-z0-9+/_=-]{2,})""")
_WORD_OR_NUMBER = re.compile(r"\d{4,}|[a-z]{3,}|[A-Z][a-z]{2,}")
"""A line ending with a number or a word in lower case or capitalised: its end is no half of a
key (a key's halves run on; an upper-case run such as `AKIAIOSFOD` may be one)."""
_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]{2,}")
"""A word in lower case or capitalised: no half of a key when a sentence goes on after it."""
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{4}", re.I)
"""Four consonants in a row (`y` counts as a vowel): rare in words, common in random letters."""


def _opens_sentence(second: str) -> bool:
    """A plain word (`Restarting`, `will`), not random lower-case letters that end a key
    (`wkqsbyd`): a word in lower case needs vowels and no run of four consonants."""
    if not _PLAIN_WORD.fullmatch(second):
        return False
    if second[0].isupper():
        return True
    vowels = sum(ch in "aeiouy" for ch in second)
    return vowels * 5 >= len(second) and not _CONSONANT_RUN.search(second)


_DOTTED_NAME_END = re.compile(r"[A-Za-z0-9]\.$")
"""A run right after a dot between letters or digits ends a dotted name: keys split over two
lines have no dot (a JWT's parts are found whole on their own line)."""
_MAY_END_A_RUN = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-\"'`\\&")
"""The last characters, but whitespace, of a line _RUN_AT_END can match: a run's, a quote or
a continuation mark."""
MIN_SPLIT_LENGTH = 16
"""Joined halves shorter than this are never read as a key."""
MAX_SPLIT_PART = 200
"""Only the last (first) this many characters of a line are taken for the half of a key."""


def _overlaps(spans: Iterable[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _split_values(lines: list[str], skip: set[int], spans: dict[int, list[tuple[int, int]]],
                  context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Keys and tokens broken over two lines (by a newline or a `\\` continuation), at the
    line where they start: only what the two halves make together, when neither half was
    found on its own (`spans`: what was found on each line)."""
    found: dict[str, list[_Hit]] = {}
    columns = ids.Columns(lines)
    for index in range(len(lines) - 1):
        if index in skip or index + 1 in skip:
            continue
        end = lines[index].rstrip()
        if not end or end[-1] not in _MAY_END_A_RUN:
            continue  # most lines: no search needed to see that no run ends them
        offset = max(0, len(lines[index]) - MAX_SPLIT_PART)
        tail = _RUN_AT_END.search(lines[index], offset)  # not the whole line: it backtracks
        head = _RUN_AT_START.match(lines[index + 1][:MAX_SPLIT_PART]) if tail else None
        if not tail or not head:
            continue
        first, second = tail.group(1), head.group(1)
        if _DOTTED_NAME_END.search(lines[index], 0, tail.start(1)):
            continue  # the end of a version, a file or a module name (`Python/3.11.6-foss`)
        if all(_WORD_OR_NUMBER.fullmatch(part) for part in first.split("/")) or any(
                names.GENERATED_NAME.fullmatch(half) for half in (first, second)):
            continue  # `size: 113926178937`, `Pull complete`, `library/nginx`, then the next
            # line's first word
        if _overlaps(spans.get(index, ()), tail.span(1)) or _overlaps(
                spans.get(index + 1, ()), head.span(1)):
            continue
        if _opens_sentence(second) and lines[index + 1][head.end(1):head.end(1) + 1] == " ":
            continue  # the next line opens with a word of a sentence (`Restarting machine …`)
        if (ids.header(lines[index][-MAX_SPLIT_PART:])
                or ids.identifier(first, nearby.before(lines[index], tail.start(1)),
                                  nearby.around(lines[index], tail.start(1), tail.end(1)))
                or columns.id_column(index, tail.start(1))
                or columns.id_column(index + 1, head.start(1))):
            continue  # a listing's header, then its first row; an id, then the next line
        joined = first + second
        if len(joined) < MIN_SPLIT_LENGTH:
            continue
        if joined not in found:
            folded = _fold(joined)
            detectors = tuple(d for d in (_secrets, _high_entropy) if _NEEDS[d](joined, folded))
            found[joined] = _hits_in_line(joined, context, detectors) if detectors else []
        for hit in found[joined]:
            if hit.start < len(first) < hit.end:
                yield index, replace(hit, start=tail.start(1) + hit.start,
                                     end=tail.start(1) + hit.end)


DETECTORS: tuple[Detector, ...] = (
    _base64_payloads,
    _utf7_payloads,
    _secrets,
    _url_userinfos,
    _passwords,
    _flag_values,
    _command_passwords,
    _prose_passwords,
    _passwords_first,
    _query_keys,
    _bearer_tokens,
    _cards,
    _ibans,
    _emails,
    _phone_links,
    _phones,
    _internal_ips,
    _numeric_hosts,
    _internal_hosts,
    _high_entropy,
)
"""In priority order: where two detectors find overlapping values, the earlier one wins."""
_URL_JUDGED = frozenset({_cards, _ibans, _phones, _high_entropy})
"""Detectors whose values are dropped where a URL or an attribute shows what they are (record
ids and file names in paths, tracking parameters, element ids: kbgen.core.url_parts)."""

_IBAN_HINT = re.compile(r"\d\d(?<=[A-Za-z]{2}\d\d)")
"""Two letters, then two digits: looked for from the digits (prose is mostly letters, so a
search from the letters tries almost every position; this one takes half the time)."""
_TOKEN_DIGIT_HINT = re.compile(r"[^A-Za-z0-9+/_=-](?=[A-Za-z0-9+/_=-]{20})[A-Za-z0-9+/_=-]*?\d")
"""What _IBAN_RE and _TOKEN_RE (but at the text's start) match, without their look-behind: one
at the start of a regex keeps re from skipping quickly to where a match can begin. A token also
needs a digit, as _looks_like_key rejects values without one (slugs have none)."""

_PHONE_LINK_WORDS = ("tel", "sms", "callto", "facetime", "whatsapp", "wa.me", "t.me", "viber")
"""What _PHONE_LINK_RE needs, folded."""
_PASSWORD_HINTS = ("pass", "pw", "wort", "wachtwoord", "contrase", "senha", "lösenord",
                   "losenord", "salasana", "hasło", "haslo", "secret", "key", "token")
"""What every word of _PASSWORD_WORDS contains, folded: one of these in a text (a search for
each word is much faster than one regular expression of them all)."""


def _password_hint(folded: str) -> bool:
    """Whether a folded text holds one of _PASSWORD_HINTS."""
    return any(word in folded for word in _PASSWORD_HINTS)


_NEEDS: dict[Detector, Callable[[str, str], bool]] = {
    _base64_payloads: lambda text, folded: "base64," in folded or "basic" in folded,
    _utf7_payloads: lambda text, folded: "+" in text and bool(_UTF7_SHIFT.search(text)),
    _passwords: lambda text, folded: _password_hint(folded),
    _prose_passwords: lambda text, folded: _password_hint(folded),
    _passwords_first: lambda text, folded: _password_hint(folded) or "pin" in folded,
    _query_keys: lambda text, folded: "://" in text and "=" in text,
    _bearer_tokens: lambda text, folded: "bearer" in folded,
    _secrets: lambda text, folded: (
        _keyword_like(text) or any(need.search(folded) for need in _TOKEN_NEEDS)
    ),
    _cards: lambda text, folded: bool(_CARD_HINT.search(text)),
    _ibans: lambda text, folded: bool(_IBAN_HINT.search(text)),
    _emails: lambda text, folded: "@" in text,
    _url_userinfos: lambda text, folded: "://" in text and "@" in text,
    _flag_values: lambda text, folded: "-" in text and "=" in text,
    _command_passwords: lambda text, folded: _command_needs(text),
    _phones: lambda text, folded: bool(_PHONE_HINT.search(text)),
    _phone_links: lambda text, folded: any(word in folded for word in _PHONE_LINK_WORDS),
    _internal_ips: lambda text, folded: bool(
        _IPV4_HINT.search(text) or _IPV6_HINT.search(text)
    ),
    _internal_hosts: lambda text, folded: any(word in folded for word in _HOST_WORDS),
    _numeric_hosts: lambda text, folded: "//" in text or "\\\\" in text,
    _high_entropy: lambda text, folded: bool(
        _TOKEN_RE.match(text) or _TOKEN_DIGIT_HINT.search(text)
        or _TOKEN_DIGIT_HINT.match(" " + text[:MAX_SPLIT_PART])  # `KEY=...` opening the text
    ),
}
"""What each detector needs somewhere in a text to find anything in it (each also checks its
own lines): one search of a whole article spares most detectors most of its lines. Each is a
cheap superset of what the detector's own lines need; `folded` is the text's _fold."""


_RENDERED_DETECTORS = frozenset({_secrets, _url_userinfos, _passwords, _flag_values, _cards,
                                 _command_passwords, _passwords_first,
                                 _ibans, _emails, _phones, _internal_ips, _internal_hosts,
                                 _prose_passwords})
"""What is also looked for in a line as shown (tags and emphasis marks gone): values that a
reader sees whole although the source splits them."""


def _may_find(text: str) -> tuple[Detector, ...]:
    """The detectors that could find something in `text`, in priority order."""
    folded = _fold(text)
    return tuple(detector for detector in DETECTORS if _NEEDS[detector](text, folded))

# ---------------------------------------------------------------------------------------------
# Parsed YAML data
# ---------------------------------------------------------------------------------------------


def _strings(value: Any, path: str, ignore: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(key path, text) of each string (or integer) in parsed YAML data, but `ignore`d keys."""
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else str(key)
            if str(key) not in ignore and child not in ignore:
                yield from _strings(item, child, ignore)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]", ignore)
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        yield path, str(value)

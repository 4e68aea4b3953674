"""API keys and tokens: detect-secrets' plugins, high-entropy runs, bearer tokens and keys in
query strings."""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterator
from functools import cache
from typing import Any

from kbgen.core import ids, names, nearby, published_passwords, secret_objects, surroundings
from kbgen.core.elided_keys import elided_key_spans
from kbgen.core.placeholder_words import placeholder_by_word
from kbgen.core.privacy.context import _Context, _famous_or_hit, _fold, _Hit, _mask_secret
from kbgen.core.privacy.encoded import _base64_kind
from kbgen.core.privacy.file_stems import file_stem
from kbgen.core.privacy.model import AWS_KEY, PASSWORD, PRIVATE_KEY, TOKEN, URL_PASSWORD
from kbgen.core.privacy.placed_above import says_whose
from kbgen.core.privacy.stepped_values import stepped
from kbgen.core.privacy.translated_yours import translated_stand_in
from kbgen.core.privacy.values import (
    _HEX,
    _NOT_PASSWORDS,
    _PLACEHOLDER_WORDS,
    _SECRET_REFERENCE,
    _is_placeholder,
    _looks_like_key,
)
from kbgen.core.public_keys import public_key_spans
from kbgen.core.secret_names import names_a_password
from kbgen.core.url_parts import Markup

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
    widened = _Widened()
    for plugin, kind, what, needs in _plugins():
        if kind == PASSWORD:
            if not keyword_like:
                continue
        elif not (token_like and any(need.search(folded) for need in needs)):
            continue
        for value in set(_analyzed(plugin, line)):
            if kind in (PASSWORD, URL_PASSWORD) and (
                    _is_placeholder(value) or _SECRET_REFERENCE.fullmatch(value)
                    or value.lower() in _NOT_PASSWORDS
                    or kind == URL_PASSWORD and names_a_password(value)
                    or placeholder_by_word(value, _PLACEHOLDER_WORDS)
                    or translated_stand_in(value) or _across_code_spans(value)):
                continue  # `<your password>`, `your-password`, `!secret`, `://<user>:<pw>@`
            for start in _occurrences(line, value):
                if kind == TOKEN and widened.covers(start, start + len(value)):
                    continue  # inside a token already widened: the same token again
                if kind == PASSWORD and secret_objects.secret_object(line, start, value):
                    continue  # `secretName: 'authelia'`: a Secret object's name
                hit = _secret_hit(line, start, value, kind, what)
                if kind == TOKEN:
                    widened.add(hit.start, hit.end)
                yield hit


def _across_code_spans(value: str) -> bool:
    """`value` runs from one code span into another (`` `key`, `password`, `token` ``, a list
    of names read as one quoted value): no single value. The line as shown, code marks gone,
    is read for a value as well (issue 19, fp37)."""
    return bool(re.search(r"`[\s,;:/|]+`", value))


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


_JWT_RUN = re.compile(r"[A-Za-z0-9-_=]+")
r"""A run of the characters detect-secrets' JWT regex repeats (its class, `9-_` a range as
there): `eyJ[A-Za-z0-9-_=]+\.[A-Za-z0-9-_=]+\.?[A-Za-z0-9-_.+/=]*?`."""


def _analyzed(plugin: Any, line: str) -> Iterator[str]:
    """What a detect-secrets plugin finds in `line`. Its JWT regex tries every `eyJ` of a run
    to the run's end: quadratic in a long run with no `.` after it (a 1 MB line of `eyJa`
    took minutes); it is given only the pieces where it can match, the same matches."""
    if type(plugin).__name__ != "JwtTokenDetector":
        yield from plugin.analyze_string(line)
        return
    for piece in _jwt_pieces(line):
        yield from plugin.analyze_string(piece)


def _jwt_pieces(line: str) -> Iterator[str]:
    """The text each match of the JWT regex in `line` is in, in one pass: from the run's first
    `eyJ` with a character after it, over the `.` and the next run (and a `.` after it)."""
    consumed = 0
    runs = list(_JWT_RUN.finditer(line)) if "eyJ" in line else []
    for place, run in enumerate(runs[:-1]):
        if run.start() < consumed or line[run.end():run.end() + 1] != ".":
            continue
        second = runs[place + 1]
        if second.start() != run.end() + 1:
            continue
        start = line.find("eyJ", run.start(), run.end())
        if start < 0 or start + 3 >= run.end():
            continue
        consumed = second.end() + (1 if line[second.end():second.end() + 1] == "." else 0)
        yield line[start:consumed]


class _Widened:
    """The tokens of one line already widened to their whole run (`_widen`), so that a
    plugin's many matches inside one long run (`ghp_ghp_ghp_…`) widen it once, not once a
    match: that was quadratic in the run's length."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def covers(self, start: int, end: int) -> bool:
        place = bisect.bisect_right(self._starts, start) - 1
        return place >= 0 and end <= self._ends[place]

    def add(self, start: int, end: int) -> None:
        place = bisect.bisect_right(self._starts, start)
        self._starts.insert(place, start)
        self._ends.insert(place, end)


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


_TOKEN_RE = re.compile(r"(?:(?<![A-Za-z0-9+/=_-])|(?<=[A-Za-z0-9_]=))"
                       r"[A-Za-z0-9+/_-]{20,}={0,2}(?![A-Za-z0-9+/=_-])")
"""A run of key characters on its own, or assigned (`API_TOKEN=...`: base64 has `=` only at
its end, so a name, `=` and a run is an assignment, not the middle of one key)."""


_DIGEST_PREFIXES = ("sha256-", "sha384-", "sha512-")


def _unemphasised(line: str, start: int, value: str) -> str:
    """`value` without the underscores of Markdown emphasis around it (`project _3d5b…_`):
    only when it opens a word and both ends are one underscore."""
    if (len(value) > 2 and value[0] == "_" and value[-1] == "_" and value[1] != "_"
            and value[-2] != "_" and (start == 0 or line[start - 1] in " \t(")):
        return value[1:-1]
    return value


def _high_entropy(line: str, context: _Context) -> Iterator[_Hit]:
    """Random-looking strings of 20+ characters that look like keys, not words, slugs,
    paths, public keys or key fingerprints."""
    public = public_key_spans(line) + elided_key_spans(line)  # a key shown shortened too
    for match in _TOKEN_RE.finditer(line):
        value = _unemphasised(line, match.start(), match.group().strip("/"))
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
        if file_stem(line, value, start + len(value)) and not ids.key_shaped(value):
            continue  # `lora-MeshAdv-900M30S.yaml` (kbgen.core.privacy.file_stems)
        if stepped(value) and not says_whose(line):
            continue  # a made-up id (`e5f6a7b8c9d0…`: kbgen.core.privacy.stepped_values)
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


def _query_keys(line: str, context: _Context) -> Iterator[_Hit]:
    """Credentials in query strings (`?api_key=...`, `&access_token=...`, `&sig=...`),
    however short or regular they are."""
    for start, end, name in Markup.of(line).keys:
        value = line[start:end]
        yield _Hit(start, end, TOKEN, _mask_secret(value),
                   f"remove the `{name}` value from the URL and have the key or token revoked:"
                   " anything pasted into an article is public")

"""Passwords a generator printed, shown under the command that printed them (`pwgen -s 16 1`,
`openssl rand -base64 12`, `xkcdpass`).

Decision (issue 19): such output is a finding. A generator's output is random by
construction, so a value shown beside it is no stand-in: it is the password the writer (often
an agent running the command for the article) just made, and usually the one then set. An
article shows the command and says "copy what it prints", or shows `<output>`. Long outputs
were already findings as keys; this catches the short ones (12-16 characters) and passphrases
of words (`xkcdpass`, `diceware`), which no other rule reads as secrets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.values import _is_placeholder, _looks_like_password
from kbgen.core.word_needs import Words

_GENERATOR = re.compile(
    r"(?i)(?<![\w-])(?:pwgen|pwmake|apg|makepasswd|openssl[ \t]+rand|gpg2?[ \t]+.*--gen-random"
    r"|secrets\.token_\w+|/dev/u?random|GeneratePassword|keepassxc-cli[ \t]+generate"
    r"|bw[ \t]+generate|(?P<words>xkcdpass|diceware))(?![\w-])")
"""A command that prints a random password; `words` ones print a passphrase of words."""

_HINTS = ("pwgen", "pwmake", "apg", "makepasswd", "rand", "secrets.token_", "generatepassword",
          "generate", "xkcdpass", "diceware")
"""What a text holds, folded, for _GENERATOR to match in it: searched first, cheaply."""
_HINTED = Words(_HINTS)

_NOT_OUTPUT = re.compile(
    r"\s*(?:```|~~~|\$ |# |> |PS[ >]|C:\\|%|[-=]{3,}\s*$|\w[\w.-]*@[\w.-]+[:$#])")
"""A fence, a prompt, a rule: where a command's output ends."""

_INLINE = re.compile(r"`([^`\s]{6,128})`")

MAX_OUTPUT_LINES = 4

_LEAD = re.compile(r"\s*(?:[-*+]|\d+[.)])?\s*(?:[^\s:]+(?:\s+[^\s:]+){0,2}:\**\s+)?")
"""A list item's marker and a short label (`- Output: `) before what a line shows."""

_PASSPHRASE = re.compile(r"[a-z]+(?:[ .\-_][a-z]+){3,9}")


def _random(token: str) -> bool:
    """A generator's password: a digit, an upper-case letter after a lower-case one, or a
    symbol in 8 or more characters; never a word, a number or a placeholder."""
    if len(token) < 8 or token.isdigit() or _is_placeholder(token):
        return False
    mixed = any(ch.islower() for ch in token) and any(ch.isupper() for ch in token[1:])
    digit = any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token)
    symbol = any(not ch.isalnum() for ch in token.rstrip("="))
    return (mixed or digit or symbol) and _looks_like_password(token, False)


def _output_hits(line: str, words: bool, start: int = 0) -> Iterator[_Hit]:
    if words:
        phrase = _PASSPHRASE.fullmatch(line.strip())
        if phrase:
            at = line.index(line.strip())
            yield _Hit(at, at + len(line.strip()), PASSWORD, _mask_secret(line.strip()))
        return
    start = _LEAD.match(line, start).end()  # type: ignore[union-attr]  # all optional
    tokens = list(re.finditer(r"\S+", line[start:]))
    values = [token.group().strip("`'\".,;") for token in tokens]
    if not all(map(_random, values)):  # prose under an inline command, not its output
        return
    for token, value in zip(tokens, values, strict=True):
        at = start + token.start() + token.group().find(value)
        yield _Hit(at, at + len(value), PASSWORD, _mask_secret(value))


def _generated_passwords(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each password printed under (or quoted after) a generator."""
    folded = "\n".join(lines).lower()
    if not _HINTED(folded):
        return
    for index, line in enumerate(lines):
        found = _GENERATOR.search(line)
        if found is None:
            continue
        words = found.group("words") is not None
        for inline in _INLINE.finditer(line, found.end()):
            if inline.start() > line.find("`", found.end()) >= 0 and (
                    words and _PASSPHRASE.fullmatch(inline.group(1)) or _random(inline.group(1))):
                yield index, _Hit(inline.start(1), inline.end(1), PASSWORD,
                                  _mask_secret(inline.group(1)))
        for row in range(index + 1, min(index + 1 + MAX_OUTPUT_LINES, len(lines))):
            if not lines[row].strip() or _NOT_OUTPUT.match(lines[row]) or _GENERATOR.search(
                    lines[row]):
                break
            yield from ((row, hit) for hit in _output_hits(lines[row], words))

"""The data a JavaScript or TypeScript config file exports (`module.exports = {...}`, `export
default {...} satisfies Config`, `const sidebars: Config = {...}; export default sidebars`),
read as text, never run: object and array literals, strings, and the names of constants the
file defines earlier; anything computed (calls, `+`, spreads) is left out as None."""

from __future__ import annotations

import bisect
import re
from typing import Any

_TOKEN = re.compile(r"""(?P<skip>\s+|//[^\n]*|/\*.*?\*/)
    |(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)
    |(?P<punct>\.\.\.|[{}\[\](),:;=])
    |(?P<word>[\w$.]+)
    |(?P<other>.)""", re.S | re.X)
_DEFINED = re.compile(r"\b(?:const|let|var)\s+([\w$]+)\s*(?::\s*[\w$.<>\[\]]+\s*)?=")
_EXPORTED = re.compile(r"\bmodule\.exports\s*=|\bexport\s+default\b")
_CLOSE = {"{": "}", "[": "]", "(": ")"}
_DEPTH = 200


def exported_data(text: str) -> Any:
    """What the file exports, as Python data (dict, list, str, None for what is computed)."""
    every = list(_TOKEN.finditer(text))
    matches = [m for m in every if m.lastgroup != "skip"]
    starts = [m.start() for m in matches]
    parser = _Parser([(m.lastgroup or "", m.group()) for m in matches])
    code = "".join(re.sub(r"\S", " ", m.group()) if m.lastgroup == "skip"
                   else m.group() if m.lastgroup != "string" else '""'.ljust(len(m.group()))
                   for m in every)  # comments and strings blanked: no statement inside them
    for found in sorted([*_DEFINED.finditer(code), *_EXPORTED.finditer(code)],
                        key=lambda m: m.start()):
        value = parser.value_at(bisect.bisect_left(starts, found.end()))
        if found.re is _DEFINED:
            parser.names.setdefault(found.group(1), value)
        else:
            return value
    return None


class _Parser:
    """A tolerant reader of literals over a token list."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0
        self.names: dict[str, Any] = {}

    def value_at(self, index: int) -> Any:
        self.at = index
        return self._expression(0)

    def _peek(self) -> str:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else ""

    def _expression(self, depth: int) -> Any:
        """A value, then anything after it up to the next `,`, `;` or closing bracket (`as
        const`, `satisfies Config`: the value kept; `'a' + b`: None)."""
        value = self._primary(depth)
        tail = False
        while self.at < len(self.tokens) and self._peek() not in (",", ";", "}", "]", ")"):
            tail = tail or self._peek() not in ("satisfies", "as")
            if self._peek() in ("satisfies", "as"):
                self.at += 2  # the type's name: `satisfies SidebarsConfig`, `as const`
                continue
            self._skip_one()
        return None if tail else value

    def _primary(self, depth: int) -> Any:
        if self.at >= len(self.tokens) or depth > _DEPTH:
            return None
        kind, text = self.tokens[self.at]
        if text == "{":
            return self._object(depth)
        if text == "[":
            return self._array(depth)
        self.at += 1
        if kind == "string":
            return None if text[0] == "`" and "${" in text else _unquoted(text)
        if kind == "word":
            return self.names.get(text)
        return None

    def _object(self, depth: int) -> dict[str, Any]:
        found: dict[str, Any] = {}
        self.at += 1
        while self.at < len(self.tokens) and self._peek() != "}":
            kind, key = self.tokens[self.at]
            if key == "...":
                self.at += 1
                spread = self._expression(depth + 1)
                if isinstance(spread, dict):
                    found.update(spread)
            elif kind in ("word", "string"):
                self.at += 1
                name = _unquoted(key) if kind == "string" else key
                if self._peek() == ":":
                    self.at += 1
                    found[name] = self._expression(depth + 1)
                else:  # `{ items }` or a method: nothing kept
                    found[name] = self.names.get(name) if self._peek() in (",", "}") else None
                    self._expression(depth + 1)
            elif key == "[":  # a computed key
                self._skip_one()
                self._expression(depth + 1)
            else:
                self._skip_one()
            if self._peek() == ",":
                self.at += 1
        self.at += 1
        return found

    def _array(self, depth: int) -> list[Any]:
        found: list[Any] = []
        self.at += 1
        while self.at < len(self.tokens) and self._peek() != "]":
            if self._peek() == "...":
                self.at += 1
                spread = self._expression(depth + 1)
                found += spread if isinstance(spread, list) else []
            elif self._peek() != ",":
                found.append(self._expression(depth + 1))
            if self._peek() == ",":
                self.at += 1
            elif self._peek() not in ("]", ""):
                self._skip_one()
        self.at += 1
        return found

    def _skip_one(self) -> None:
        """Past one token, or one bracketed group."""
        opened = self._peek()
        self.at += 1
        if opened not in _CLOSE:
            return
        level = 1
        while self.at < len(self.tokens) and level:
            text = self._peek()
            level += 1 if text in _CLOSE else -1 if text in _CLOSE.values() else 0
            self.at += 1


def _unquoted(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)

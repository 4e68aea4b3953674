"""Whether a text holds one of a list of words (substrings), asked the quick way for its size:
the detectors' needs (kbgen.core.privacy.detectors) ask many lists of each text and line."""

from __future__ import annotations

import re
from collections.abc import Iterable

SHORT = 200
"""Texts up to this long are searched with one expression (one call, where a loop over the
words pays Python's cost once a word); longer ones a word at a time (each `in` is a fast
substring search, quicker than an expression tried at every character)."""
MANY = 40
"""Lists of more words than this search long texts with their expression too: each `in` reads
the whole text again, where the expression reads it once and tries words only where one can
start. The gate's own calls on long texts, replayed (300 articles): the seen corpora's 0.55 ->
0.52 CPU s, generated articles' 0.153-0.156 -> 0.151-0.153; from 22 words (21), the
generated ones took longer (0.159-0.160)."""


class Words:
    """A list of words, any of which a text may hold: `Words(("pass", "pwd"))(text)` is
    `any(word in text for word in ("pass", "pwd"))`.

    The same answer, with less asked: a word holding another word of the list is dropped (the
    shorter is found wherever it is), and an ASCII text is asked only the ASCII words (it holds
    no other)."""

    def __init__(self, words: Iterable[str]) -> None:
        listed = list(dict.fromkeys(words))
        kept = [word for word in listed
                if not any(other != word and other in word for other in listed)]
        self.words = tuple(kept)
        """The words to look for, in the list's order (those holding another dropped)."""
        self.ascii = tuple(word for word in kept if word.isascii())
        """Those an ASCII text can hold."""
        self._all_re = _alternatives(self.words)
        self._ascii_re = _alternatives(self.ascii)

    def __call__(self, text: str) -> bool:
        """Whether `text` holds one of the words."""
        if text.isascii():
            words, expression = self.ascii, self._ascii_re
        else:
            words, expression = self.words, self._all_re
        if len(text) <= SHORT or len(words) > MANY:
            return expression is not None and expression.search(text) is not None
        return any(word in text for word in words)


def _alternatives(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One expression matching any of `words` (literally), or None for no words: the words as
    a tree of their shared beginnings (`pass|pwd` is `p(?:ass|wd)`), so that where a text's
    character starts no word nothing more is tried, and a shared start is read once (a
    third quicker on the needs' short texts than the words one after another, build46).
    No word starts another (Words drops a word holding another), so every leaf ends one."""
    return re.compile(_tree(_branches(words))) if words else None


_Branches = dict[str, "_Branches"]


def _branches(words: Iterable[str]) -> _Branches:
    """The words as nested dicts, one level a character."""
    root: _Branches = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
    return root


def _tree(node: _Branches) -> str:
    """The expression of a node of _branches: its characters that end a word as one class,
    each other followed by its own node's expression."""
    ends = [re.escape(ch) for ch, below in node.items() if not below]
    parts = [re.escape(ch) + _tree(below) for ch, below in node.items() if below]
    if ends:
        parts.append(ends[0] if len(ends) == 1 else f"[{''.join(ends)}]")
    if len(parts) < 2:
        return "".join(parts)  # one branch, or none: the empty word, found everywhere
    return f"(?:{'|'.join(parts)})"


def alternation(words: Iterable[str]) -> str:
    """An expression matching exactly the strings `w1|w2|…` matches (each word literally), as a
    tree of their shared beginnings (`set|sets|setting` is `set(?:s|ting)?`): where a text's
    character starts no word, one branch is tried, not one a word (an expression opening with
    a hundred verbs tried each at every character of every line, cpu59).

    A word that starts another is kept, its end optional, so at one place the longer word is
    tried first where the list tried its order: use it only where what follows lets at most one
    word match at a place (words of word characters, then `(?![\\w-])` or `\\b`)."""
    root: _Branches = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _ended_tree(root)


def _ended_tree(node: _Branches) -> str:
    """The expression of a node of `alternation`'s tree, whose "" key marks a word's end."""
    parts = [re.escape(ch) + _ended_tree(below) for ch, below in node.items() if ch]
    if not parts:
        return ""
    if "" in node:
        return f"(?:{'|'.join(parts)})?"
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"

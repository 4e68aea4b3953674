"""A wallet's secrets written as words (issue 19, branch fixx59): a seed phrase and a wallet's
passphrase.

A seed (recovery) phrase is twelve to twenty-four words of one BIP39 list in a row (the 2,048
public words of each language `mnemonic`, Trezor's reference, ships), separated by blanks or
commas, numbered or not (`1. witch 2. collapse …`): whoever reads it owns the wallet. Its
checksum is not asked: a phrase written with a word wrong, cut to twelve of twenty-four, or
from another wallet's list (two in three words of a BIP39 list suffice) is as much a leak.
Prose is no such run: its short words (`a`, `to`, `of`), capitals and digits break it, and
a script without blanks (Chinese, Japanese) has no blank-separated words.

Written a word a line (`1. legal`, `2. winner` …), twelve such lines in a row all of one list
are a phrase too (`seed_lists`).

A wallet's passphrase is what `bitcoin-cli`'s `walletpassphrase` takes first, and what a line
naming a wallet says it unlocks or opens with; its value is judged as a password's
(kbgen.core.privacy.detectors).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

from mnemonic import Mnemonic

from kbgen.core.privacy.context import _Hit, _mask_secret, judged_as_key
from kbgen.core.privacy.model import PASSWORD

SHORTEST = 12
"""The fewest words of a seed phrase (BIP39: 12, 15, 18, 21 or 24)."""
LENGTHS = frozenset({12, 15, 18, 21, 24})
"""The lengths BIP39 gives a phrase."""
ADVICE = ("a wallet's seed (recovery) phrase: whoever reads it owns the wallet; remove it and "
          "move the funds to a new wallet")
_WORD = re.compile(r"[^\s,;]+")
_SEPARATORS = (" ", "\t", ",", ";")
"""What a text's words are apart by, counted by `needs` (other blanks are spaces once the gate
has normalised the text)."""
_NUMBER = re.compile(r"\d{1,2}[.):]?")
_LOWER = re.compile(r"[^\W\d_A-Z]{2,11}")
"""A word of a seed phrase: two to eleven letters (Korean's are two syllables, French's up to
ten letters), no capital."""
_PROSE = frozenset("""the and for you your are was were not but with that this from have has had
will its they their them then than what when where which who whom how does did into our his her
she him there these those been being would should could must shall such very most some many
le la les des une est pour que qui dans par sur avec pas der die das und ist nicht mit den
el los las por con una del que""".split())
"""Words a sentence holds: a line of prose wrapped to twelve words is no phrase of two in
three list words (a phrase all of one list is found whatever its words)."""
_LABEL = re.compile(r"[ \t>]*(?:[-*+][ \t]+)?(?:[^:\n]{1,60}:[ \t])?")
"""A list's marker, then a label ending in `:`, before a phrase."""
_BARE = re.compile(r"[^\W\d_A-Z]{2,11}[,.]?")
"""A phrase's word as written alone: no quotes or brackets around it."""
_EDGES = "\"'`*_()[]{}<>.:!?"
_PASSPHRASE = re.compile(
    r"\bwalletpassphrase[ \t]+[\"']?(?P<value>[^\s\"']+)"
    r"|\b(?:unlock(?:s|ed)?|opens?)[ \t]+(?:it[ \t]+)?with[ \t]+(?:the[ \t]+)?"
    r"(?:(?:password|passphrase)[ \t]+)?[\"'“]?(?P<said>[^\s\"'”]+?)[\"'”]?[.,;]?(?:\s|$)",
    re.IGNORECASE)
_WALLET = re.compile(r"(?i)\bwallet")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """Each language's BIP39 words (read once)."""
    return tuple(frozenset(unicodedata.normalize("NFC", word)
                           for word in Mnemonic(language).wordlist)
                 for language in Mnemonic.list_languages())


def needs(text: str, folded: str) -> bool:
    """A text may hold a seed phrase (twelve words apart by what `_WORD` splits on: blanks,
    tabs, commas or semicolons) or a wallet's passphrase."""
    return sum(map(text.count, _SEPARATORS)) >= SHORTEST - 1 or "wallet" in folded


def seed_phrases(line: str) -> Iterator[tuple[int, int]]:
    """[start, end) of the seed phrase the line is: after a list's marker or a label ending in
    `:`, nothing but 12, 15, 18, 21 or 24 lower-case words, two in three of them (or more) words
    of one BIP39 list (a phrase copied with a word wrong, or from another wallet's list, is
    read too), or any run of twelve or more words all of one list."""
    line = unicodedata.normalize("NFC", line)  # the lists' accents composed, as typed
    labelled = _LABEL.match(line)
    opening = labelled.end() if labelled else 0
    words = [(match.start(), match.end(), match.group())
             for match in _WORD.finditer(line, opening) if not _NUMBER.fullmatch(match.group())]
    if len(words) < SHORTEST:
        return
    run: list[tuple[int, int, str]] = []
    for word in [*words, (len(line), len(line), "")]:
        if _LOWER.fullmatch(word[2].strip(_EDGES)):
            run.append(word)
            continue
        if len(run) >= SHORTEST and _is_phrase(run, line, opening):
            yield run[0][0], run[-1][1]
        run = []


def _is_phrase(run: list[tuple[int, int, str]], line: str, opening: int) -> bool:
    """Whether a run of lower-case words is a phrase: all of one list, or the whole line's
    12, 15, 18, 21 or 24 bare words, no prose word among them, two in three of one list. A run
    that is not the line's whole phrase stops at its first word missing from each list (prose
    wrapped in long lines of lower-case words was counted word by word in every list)."""
    words = [text.strip(_EDGES) for _, _, text in run]
    whole = (len(run) in LENGTHS and all(_BARE.fullmatch(text) for _, _, text in run)
             and not any(word in _PROSE for word in words)
             and not _NUMBER.sub("", line[opening:run[0][0]]).strip()
             and not line[run[-1][1]:].strip())
    if whole:  # all of one list is two in three of it too
        return 3 * max(sum(word in wordlist for word in words) for wordlist in _lists()) \
            >= 2 * len(run)
    return any(all(word in wordlist for word in words) for wordlist in _lists())


def passphrases(line: str) -> Iterator[tuple[int, str]]:
    """(start, value) of a wallet's passphrase the line gives: `walletpassphrase VALUE …`,
    or on a line naming a wallet, `unlock with VALUE` / `opens with VALUE`."""
    for match in _PASSPHRASE.finditer(line):
        if match.group("value"):
            yield match.start("value"), match.group("value")
        elif _WALLET.search(line):
            yield match.start("said"), match.group("said")


def wallet_secrets(line: str, judge: Callable[[str], list[_Hit]]) -> Iterator[_Hit]:
    """Each seed phrase of the line, and each wallet's passphrase `judge` finds a password in
    (read as `password: VALUE`)."""
    for start, end in seed_phrases(line):
        yield _Hit(start, end, PASSWORD, _mask_secret(line[start:end]), ADVICE)
    for start, value in passphrases(line):
        yield from judged_as_key("password", value, start, judge, value_only=True)


_ITEM = re.compile(
    r"[ \t>]*(?:[-*+][ \t]+)?(?:\|[ \t]*)?(?:<[a-z][^<>]*>[ \t]*)*"
    r"(?:(?:[^\W\d_]{1,12}[ \t]*)?#?\d{1,2}(?:[ \t]*[.):：-]|[ \t]*\|)?[ \t]+)?"
    r"([^\W\d_A-Z]{2,11})[ \t]*(?:</[a-z]+>[ \t]*)*\|?[ \t]*")
"""A line holding one lower-case word, bare or as a list's item (`12. yellow`), numbered with a
label (`Word 3: thank`, `Mot 3 : thank`, `#3 thank`), in a table's row (`| 3 | thank |`), HTML
(`<li>thank</li>`) or a quote (gap61)."""
MAX_ITEM_LINE = 200
"""The longest line read as one word's (its markup, a label and blanks included): _ITEM's blank
runs around optional parts backtrack quadratically on a long line (a line of 204,800 blanks:
90 s, test_slow_shapes55 in CI on m61)."""
GAP = 2
"""Lines of other text a phrase written a word a line may have between two words."""


def seed_lists(lines: list[str]) -> Iterator[tuple[int, int, int]]:
    """(line index, start, end) of each word of a seed phrase written a word a line: twelve
    or more such lines, every word of one BIP39 list, with at most GAP lines of other text
    between two of them (a note, a card's label, `(checked with the customer)`) and any blank
    lines (gap61: a blank or a note between the words broke the run). A word line of no list
    (`thanks`, `- done`, `Step 1: done`) ends the phrase rather than spoiling it (fix61: the
    bridged run took it in and the whole phrase passed)."""
    items = [_ITEM.fullmatch(unicodedata.normalize("NFC", line)) if len(line) <= MAX_ITEM_LINE
             else None for line in lines]
    run: list[int] = []
    between = 0
    for index, item in enumerate([*items, None]):
        if item is not None:
            run.append(index)
            between = 0
            continue
        if (index < len(lines) and run and (not lines[index].strip(" \t>") or between < GAP)
                and not _describes(lines[index], items[run[-1]].group(1))):  # type: ignore[union-attr]
            between += bool(lines[index].strip(" \t>"))
            continue
        if len(run) >= SHORTEST:  # a shorter run (most often none) holds no stretch
            found = sorted({at for wordlist in _lists()
                            for at in _listed_runs(run, items, wordlist)})
            for at in found:
                yield at, items[at].start(1), items[at].end(1)  # type: ignore[union-attr]
        run = []
        between = 0


def _describes(line: str, word: str) -> bool:
    """The line between two words names the word before it, as a glossary's or a menu's
    description does (`zone` / `: The zone setting of the hub.`): a phrase's note does not
    (fix61)."""
    return re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])",
                     unicodedata.normalize("NFC", line), re.IGNORECASE) is not None


def _listed_runs(run: list[int], items: list[re.Match[str] | None],
                 wordlist: frozenset[str]) -> Iterator[int]:
    """The lines of `run` in stretches of SHORTEST or more words in a row all of `wordlist`."""
    stretch: list[int] = []
    for at in [*run, None]:
        if at is not None and items[at].group(1) in wordlist:  # type: ignore[union-attr]
            stretch.append(at)
            continue
        if len(stretch) >= SHORTEST:
            yield from stretch
        stretch = []


def seed_list_hits(lines: list[str]) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each word of a seed phrase written a word a line (`seed_lists`)."""
    for index, start, end in seed_lists(lines):
        yield index, _Hit(start, end, PASSWORD, _mask_secret(lines[index][start:end]), ADVICE)

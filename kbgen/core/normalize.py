"""Text as a reader sees it, for the gate: entities and percent-escapes decoded, invisible
characters dropped (what tag characters and variation selectors carry written after the line),
what bidi overrides show written after the line too (kbgen.core.reordered), compatibility forms
folded (NFKC), look-alike letters and digits folded to the ASCII ones they imitate, accents
dropped from values' letters, and addresses spelt out for people read as addresses.

`jane&#64;gmail.com`, `jane%40gmail.com`, `jane@gmail\u200b.com`, `ｊａｎｅ＠gmail.com`,
`jаne@gmаil.com` (Cyrillic а), `𝐣𝐚𝐧𝐞@gmail.com`, `jane at gmail dot com` and
`jane [at] gmail [dot] com` all show as (or are read as) `jane@gmail.com`; `+44 ٧٩١١ l23456`
as `+44 7911 123456`. Each line stays one line, so line numbers hold.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import unquote

from kbgen.core import address_ends
from kbgen.core.reordered import shown_segments
from kbgen.core.word_needs import Words

_EXTRA_INVISIBLE = "\u034f\u115f\u1160\u3164\uffa0\u2800"
"""Invisible characters that are not format characters (Cf): combining grapheme joiner,
Hangul fillers, braille blank."""
_DASH = re.compile(r"(?<=[A-Za-z0-9])[\u2010-\u2015\u2212\ufe58\ufe63\uff0d](?=[A-Za-z0-9])")
"""A dash between letters or digits (`4111‑1111`, non-breaking hyphen, en dash, minus sign):
read as the hyphen it imitates, so a number grouped with it is still a number."""
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
ROUNDS = 3
"""Decoding is repeated (`&amp;#64;`, `%2540`) at most this many times."""


def invisible(ch: str) -> bool:
    """True for characters that show as nothing: zero-width, soft hyphen, bidi marks,
    variation selectors, ..."""
    return unicodedata.category(ch) == "Cf" or ch in _EXTRA_INVISIBLE or (
        "\uFE00" <= ch <= "\uFE0F" or "\U000E0100" <= ch <= "\U000E01EF")


_TAG_RUN = re.compile("[\U000E0020-\U000E007E]+")
"""Unicode tag characters: an invisible copy of printable ASCII (`U+E0061` is `a`)."""
_SELECTOR_RUN = re.compile("[\uFE00-\uFE0F\U000E0100-\U000E01EF]{4,}")
"""Variation selectors in a run: 256 of them, one per byte value, can carry any bytes
invisibly after one character (an emoji)."""


def smuggled(text: str) -> str:
    """`text` with what invisible characters carry written out after it, between spaces:
    ASCII in tag characters, UTF-8 bytes in a run of variation selectors. The characters
    themselves stay (to be dropped as invisible), so the text still reads as it is shown:
    one tag character after each letter of `jane@gmail.com` does not split it."""
    if "\U000E0020" <= max(text) or any("\uFE00" <= ch <= "\uFE0F" for ch in text):
        carried = ["".join(chr(ord(ch) - 0xE0000) for ch in run)
                   for run in _TAG_RUN.findall(text)]
        carried += [decoded for run in _SELECTOR_RUN.findall(text)
                    if (decoded := _selector_bytes(run))]
        if carried:
            return "  ".join([text, *carried])
    return text


def _selector_bytes(run: str) -> str:
    data = bytes(ord(ch) - 0xFE00 if ord(ch) <= 0xFE0F else ord(ch) - 0xE0100 + 16
                 for ch in run)
    decoded = data.decode("utf-8", errors="replace")
    return decoded if decoded.isprintable() else ""


def shown_reordered(text: str) -> str:
    """`text`, then what its right-to-left overrides and embeddings show (kbgen.core.reordered):
    stored reversed, a value is shown the right way round."""
    return "  ".join([text, *shown_segments(text)])


def normalize_line(line: str) -> str:
    """One line as shown: decoded, invisible characters dropped, NFKC, look-alikes folded,
    spelt-out addresses joined; still one line."""
    if line.isascii() and "&" not in line and "%" not in line:
        return _spelt(line)
    for _ in range(ROUNDS):
        decoded = html.unescape(line) if "&" in line else line
        if "%" in decoded and _PERCENT.search(decoded):
            decoded = unquote(decoded, errors="replace")
        if not decoded.isascii():
            decoded = shown_reordered(smuggled(decoded))
            decoded = "".join(ch for ch in decoded if not invisible(ch))
            decoded = fold_lookalikes(unicodedata.normalize("NFKC", decoded))
            decoded = _DASH.sub("-", decoded)
        decoded = _LINE_BREAKS.sub(" ", decoded)
        if decoded == line:
            break
        line = decoded
    return _spelt(line)


def normalize_text(text: str) -> str:
    """Every line of `text` normalised (see normalize_line); the lines stay where they were."""
    if text.isascii() and "&" not in text and "%" not in text:
        return "\n".join(map(_spelt, text.split("\n"))) if _spelt_hint(text) else text
    return "\n".join(normalize_line(line) for line in text.split("\n"))


def _plain(text: str) -> bool:
    """Text that normalize_text changes only where _spelt_hint holds."""
    return text.isascii() and "&" not in text and "%" not in text


def normalize_texts(texts: list[str]) -> list[str]:
    """normalize_text of each of `texts`; the plain ones (most of a front matter's short
    values) are asked for a hint all at once first: one holding a hint holds it joined to the
    others, so when the joined ones hold none, none changes."""
    plain = "\n".join(text for text in texts if _plain(text))
    if plain and _spelt_hint(plain):
        return [normalize_text(text) for text in texts]
    return [text if _plain(text) else normalize_text(text) for text in texts]


# ---------------------------------------------------------------------------------------------
# Look-alikes
# ---------------------------------------------------------------------------------------------

CONFUSABLES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ӏ": "l", "ь": "b", "ո": "n", "ս": "u",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "η": "n",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin and other look-alikes NFKC leaves alone
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ʟ": "L", "ᴅ": "D", "ꓲ": "I", "ꓳ": "O",
    "ⅼ": "l", "ǀ": "l", "׀": "l", "ߊ": "l", "ᛁ": "l",
    # small capitals
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    # Lisu and Cherokee capitals (leak37: `ꓜꓓ-4711`, `ᏃᎠ-4711` read as `ZD-4711`)
    "ꓐ": "B", "ꓑ": "P", "ꓓ": "D", "ꓔ": "T", "ꓖ": "G", "ꓗ": "K", "ꓙ": "J", "ꓚ": "C",
    "ꓜ": "Z", "ꓝ": "F", "ꓟ": "M", "ꓠ": "N", "ꓡ": "L", "ꓢ": "S", "ꓣ": "R", "ꓦ": "V",
    "ꓧ": "H", "ꓪ": "W", "ꓫ": "X", "ꓬ": "Y", "ꓮ": "A", "ꓰ": "E", "ꓴ": "U",
    "Ꭰ": "D", "Ꭱ": "R", "Ꭲ": "T", "Ꭺ": "A", "Ꭻ": "J", "Ꭼ": "E", "Ꮇ": "M", "Ꮋ": "H",
    "Ꮓ": "Z", "Ꮪ": "S", "Ꮯ": "C", "Ꮲ": "P", "Ꮶ": "K", "Ꮮ": "L", "Ꮩ": "V", "Ᏼ": "B",
    "Ꮐ": "G",
    # punctuation an address is written with
    "。": ".", "｡": ".", "﹒": ".", "․": ".", "٫": ".", "·": ".", "‧": ".", "∙": ".",
    "﹫": "@", "＠": "@", "ⓐ": "@",
})
"""Letters of other scripts that look like Latin ones (as in Unicode's confusables.txt),
folded in words that also hold ASCII letters, digits or `@` (never in Russian or Greek
prose); and the full stops and at signs an address is written with."""


def fold_lookalikes(text: str) -> str:
    """Digits of every script as ASCII digits; in words that mix scripts, look-alike letters
    as the Latin ones and combining marks dropped (`j̲ane`); in words holding a digit or `@`,
    accents too; other words as they are."""
    if text.isascii():
        return text
    out = []
    for word in _WORD.split(text):
        if word.isascii():
            out.append(word)
            continue
        word = "".join(str(unicodedata.digit(ch)) if not ch.isascii()
                       and unicodedata.digit(ch, None) is not None else ch for ch in word)
        if any(ch in _VALUE_MARKS for ch in word) or _decorated(word):
            word = _unmarked(word)  # `4̸1́1́1́`, `jáńé@`, `ṔáśśẃóŕD`: a value's letters
        folded = word.translate(CONFUSABLES)
        if any(ch.isascii() and (ch.isalnum() or ch == "@") for ch in folded) and (
                folded != word or any(unicodedata.combining(ch) for ch in folded)):
            word = "".join(ch for ch in folded if not unicodedata.combining(ch))
        out.append(word)
    return "".join(out)


_WORD = re.compile(r"(\s+)")
_VALUE_MARKS = frozenset("0123456789@")
"""What makes a word a value's (a key, a number, an address) rather than a word of a
language: its letters' accents are dropped (`ÁKÍÁ7...` is read as `AKIA7...`)."""


def _decorated(word: str) -> bool:
    """True for a word of two Latin letters or more that each carry a mark (no language
    writes so; `ṔáśśẃóŕD` is `PassworD` decorated)."""
    decomposed = unicodedata.normalize("NFD", word)
    letters = marked = 0
    for ch, after in zip(decomposed, [*decomposed[1:], ""]):
        if ch.isalpha() and not unicodedata.combining(ch):
            letters += 1
            marked += ch.isascii() and bool(after) and unicodedata.combining(after) > 0
    return letters >= 2 and marked == letters


def _unmarked(word: str) -> str:
    """`word` without the combining marks on its ASCII letters and digits (those NFKC
    composed into them too); other scripts' marks stay (`パ` is not `ハ`)."""
    decomposed = unicodedata.normalize("NFD", word)
    if decomposed == word:
        return word
    kept, base = [], ""
    for ch in decomposed:
        if not unicodedata.combining(ch):
            base = ch
        elif base.isascii():
            continue
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


# ---------------------------------------------------------------------------------------------
# Addresses spelt out for people: jane at example dot com, jane [at] example [dot] com
# ---------------------------------------------------------------------------------------------

_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_AT_WORDS = ("ät", "arobase", "chiocciola", "apenstaartje", "małpa", "malpa", "собака",
             "coбaka", "snabel-a", "kukac", "zavináč", "zavinac")
"""`@` spelt in German, French, Italian, Dutch, Polish, Russian (as written and with its
look-alike letters made Latin), Swedish, Hungarian and Czech (issue 19, leak44)."""
_DOT_WORDS = ("point", "punt", "ponto", "kropka", "точка", "toчka", "piste", "tečka", "pont")
"""`.` spelt in those languages (`punkt` and `punto` are read with English `dot`): words of
prose too, read only after one of _AT_WORDS (`look at this point ahead` is prose)."""
_SPELT_HINTS = tuple(re.compile(f"(?i){hint}") for hint in (
    rf"{_OPEN}\s{{0,3}}(?:at|dot|@|\.)\s{{0,3}}{_CLOSE}", r"\sat\s", r"_at_", r"\(a\)",
    r"\d(?<=[OoIl]\d)", r"\d[OoIl]", r"at(?<=[^\w\s]at)[^\w\s]", r"arroba(?<=\sarroba)\s",
    r" (?<=(?<!\S)\S )\S \S \S "))
"""What a text needs for `_spelt` to change it: one of these, or of _SPELT_AT_HINTS when it
holds an `@`, somewhere. Searched for one by one, the cheapest first: one regular expression
of them all tried each at every character, and cost the gate more than a tenth of its time.
Each starts where its rarest character is and looks behind from there (the letter-digit hint
from its digit, the spaced letters from their first space): where one opens with a class of common
letters or a look-behind, re tries it at nearly every character (build46)."""
_SPELT_AT_HINTS = tuple(re.compile(hint) for hint in (r"@\s", r"\s@"))


_AT_NEEDED = Words([f" {form} " for word in _AT_WORDS for form in (word, word.capitalize())])
"""_AT_WORDS between spaces, asked as substrings (an expression of them, tried at every space of
every line, took twice as long; `ät` alone is in `Universität`)."""


_DIGIT = re.compile("[0-9]")
_WORD_HINTS, _DIGIT_HINTS, _ARROBA_HINT = (1, 6), (4, 5), 7
"""Where in _SPELT_HINTS the hints are that need `at`, a digit or `arroba` in an ASCII text."""
_ASCII_HINTS = {
    (at, digit, arroba): tuple(
        hint for index, hint in enumerate(_SPELT_HINTS)
        if (at or index not in _WORD_HINTS) and (digit or index not in _DIGIT_HINTS)
        and (arroba or index != _ARROBA_HINT))
    for at in (False, True) for digit in (False, True) for arroba in (False, True)}
"""The hints an ASCII text may hold, by whether it holds `at` in any case, a digit and `arroba`
in any case (cpu59): in ASCII text `\\d` is `0-9` and re.I's `a`, `t`, `r`, `o`, `b` match their
other case only, so a hint that needs one of them is not searched for where it is not
(`\\d` and re.I's letters are tried at every character; a text's lower() and a search for a
character are quick)."""


def _spelt_hint(text: str) -> bool:
    """Whether `text` holds one of _SPELT_HINTS or _SPELT_AT_HINTS, or one of _AT_WORDS."""
    if text.isascii():
        lower = text.lower()
        hints = _ASCII_HINTS["at" in lower, _DIGIT.search(text) is not None, "arroba" in lower]
    else:
        hints = _SPELT_HINTS
    return (any(hint.search(text) for hint in hints)
            or ("@" in text and any(hint.search(text) for hint in _SPELT_AT_HINTS))
            or _AT_NEEDED(text))


_BRACKETED = re.compile(rf"(?i)\s{{0,3}}{_OPEN}\s{{0,3}}(at|dot|@|\.)\s{{0,3}}{_CLOSE}\s{{0,3}}")
_OPEN_MARK = re.compile(_OPEN)
"""What _BRACKETED needs (asked first: a search for one character skips quickly)."""
_NAME = r"[A-Za-z0-9._%+-]{1,64}"
_LABEL = r"[A-Za-z0-9-]{1,63}"
_SPOKEN = re.compile(rf"(?i)(?<![\w.+-])({_NAME})\s{{1,3}}at\s{{1,3}}({_LABEL}(?:\s{{1,3}}dot"
                     rf"\s{{1,3}}{_LABEL}|\.{_LABEL}){{0,8}}\s{{1,3}}dot\s{{1,3}}[A-Za-z]{{2,24}})"
                     r"(?![\w-])")
_SPACED = re.compile(rf"(?<![\w.+-])({_NAME})\s{{0,3}}@\s{{1,3}}"
                     rf"({_LABEL}(?:\s{{0,3}}\.\s{{0,3}}{_LABEL}){{1,8}})(?![\w-])")
_DISGUISED_NUMBER = re.compile(r"(?<![\w.])[0-9OoIl]{2,40}(?![\w])")
_AS_DIGITS = str.maketrans("OoIl", "0011")


def _as_digits(match: re.Match[str]) -> str:
    """A token of digits and look-alike letters as digits (`l23456`), not a word (`Oil`)."""
    token = match.group()
    return token.translate(_AS_DIGITS) if not token.isdigit() and any(
        ch.isdigit() for ch in token) else token
_SPOKEN_DOT = re.compile(r"(?i)\s{1,3}dot\s{1,3}|\s{0,3}\.\s{0,3}")


def _spelt(line: str) -> str:
    """`jane at gmail dot com`, `jane [at] gmail [dot] com`, `jane(at)gmail(dot)com` and
    `jane @ gmail . com` written as the address they spell, and `79l1 l23456` (letters for
    digits, in a number) as `7911 123456`. Plain `at` counts only with a spelt `dot` after it
    (`sign in at github.com` is prose)."""
    if not _spelt_hint(line):
        return line
    line = _DISGUISED_NUMBER.sub(_as_digits, line)
    if "@" in line:  # letters joined only where they spell an address
        line = _LETTER_SPACED.sub(_joined_letters, line)
    if _may_spell_dot(line):  # prose `at` lines mostly have no dot _DECORATED reads
        line = _DECORATED.sub(_decorated_address, line)
    if _OPEN_MARK.search(line):
        line = _BRACKETED.sub(lambda m: "@" if m.group(1).lower() in ("at", "@") else ".", line)
    if "dot" in line.lower():  # re.I's `dot` is nothing else (no case twins, see _fold)
        line = _SPOKEN.sub(lambda m: f"{m.group(1)}@{_SPOKEN_DOT.sub('.', m.group(2))}", line)
    if "@" not in line:
        return line
    return _SPACED.sub(lambda m: f"{m.group(1)}@{_SPOKEN_DOT.sub('.', m.group(2))}", line)


_DECOR = r"""[-*_%#~|'"«»‹›“”‘’(\[{<>}\])（）]"""
_SPELT_AT = (rf"(?:\s{{0,3}}{_DECOR}{{1,2}}\s{{0,2}}(?:at|@){_DECOR}{{1,2}}\s{{0,3}}"
             rf"|\s{{0,3}}\(a\)\s{{0,3}}|\s{{1,3}}(?:at|arroba|{'|'.join(_AT_WORDS)})\s{{1,3}}"
             r"|\s{1,3}@\s{1,3})")
_SPELT_DOT = (rf"(?:\s{{0,3}}{_DECOR}{{1,2}}\s{{0,2}}(?:dot|d0t|period|punto|punkt|\.)"
              rf"\s{{0,2}}{_DECOR}{{1,2}}\s{{0,3}}|\s{{1,3}}(?:dot|d0t|period|punto|punkt"
              rf"|{'|'.join(_DOT_WORDS)})\s{{1,3}}|\s{{1,3}}\.\s{{1,3}}|\.)")
_DECORATED = re.compile(rf"(?i)(?<![\w.+-])(?P<name>[A-Za-z0-9._%+-]{{1,64}})"
                        rf"(?P<at>{_SPELT_AT})(?P<domain>{_LABEL}(?:{_SPELT_DOT}{_LABEL}){{0,8}}"
                        rf"{_SPELT_DOT}[A-Za-z]{{2,24}})(?![\w-])")
"""An address however its `@` and dots are spelt: `jane -at- gmail -dot- com`,
`jane_at_gmail_dot_com`, `jane (a) gmail.com`, `jane «at» gmail «dot» com`, `jane @ gmail
dot com`, `jane arroba gmail punto com`, and `jane at gmail.com` (see _decorated_address). The
name had a second form, `[A-Za-z0-9]{1,64}`: it matches nothing the first does not, with the
same rest, so it only ever failed again, at every word (a third of the time of `_spelt`)."""
_DOT_MARK = re.compile(rf"(?i)\.(?:(?<=\s\.)|(?<={_DECOR}\.)|(?=[A-Za-z0-9-]))")
_DOT_WORDS_RE = re.compile(rf"(?i)dot|d0t|period|punto|punkt|{'|'.join(_DOT_WORDS)}")
_DOT_WORDS_NEEDED = Words(("dot", "d0t", "period", "punto", "punkt", *_DOT_WORDS))


def _may_spell_dot(line: str) -> bool:
    """Whether `line` holds what every _SPELT_DOT in _DECORATED's domain holds: a dot word, a
    `.` after a space or a mark, or one a label follows (the dot of `Sign in at the portal.`
    ends a sentence): a line without one is not searched for a spelt address, which tries a
    name at every word (cpu54). Looked for from the `.`; the words in lower case where re.I
    finds nothing else (an ASCII line)."""
    if "." in line and _DOT_MARK.search(line):
        return True
    if line.isascii():
        return _DOT_WORDS_NEEDED(line.lower())
    return _DOT_WORDS_RE.search(line) is not None


_PLAIN_DOTS = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}")
_HANDLE = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]+\d+")
"""A user name as people write them (`jane.doe`, `j_smith`, `jane99`), not a word of prose."""
_FREE_MAIL_DOMAIN = re.compile(
    r"(?i)(?:gmail|googlemail|outlook|hotmail|live|yahoo|ymail|icloud|aol|proton|protonmail"
    r"|gmx|yandex|zoho|fastmail|tutanota|mail|web|qq|163|126|laposte|libero|seznam|wp|o2"
    r"|btinternet|comcast|t-online)\.[a-z.]{2,12}")
_PROSE_BEFORE_AT = frozenset({
    "in", "up", "on", "us", "me", "them", "him", "her", "it", "is", "are", "be", "available",
    "look", "located", "hosted", "found", "online", "account", "login", "log", "sign", "signed",
    "out", "off", "live", "visit", "there", "here", "that", "this", "which", "arrive", "arrives",
    "started", "now", "only", "also", "even", "work", "works", "worked", "mail", "email",
    "e-mail", "address", "inbox", "registered", "created", "free", "and", "or", "but", "so",
})
"""Words that come before `at` in prose (`sign in at outlook.com`, `an account at gmail.com`)."""
_LETTER_SPACED = re.compile(r"(?<!\S)(?:\S ){4,}\S(?!\S)")
"""Single characters one space apart (`j a n e @ g m a i l . c o m`)."""


def _joined_letters(match: re.Match[str]) -> str:
    """Letters spaced one apart, joined when they spell an address."""
    text = match.group()
    return text.replace(" ", "") if "@" in text else text


def _decorated_address(match: re.Match[str]) -> str:
    """The address a spelt one writes; `name at domain.tld` only for a user name or a mail
    provider's domain, never prose (`sign in at github.com`)."""
    name, at, domain = match.group("name", "at", "domain")
    token = at.strip().lower()
    if token not in (*_AT_WORDS, "arroba") and _OTHER_DOTS.search(domain):
        return match.group()  # `look at this point ahead`: another language's dot is prose
    if _PLAIN_DOTS.fullmatch(domain):  # `at` spelt, dots as they are
        if token.strip("-_*%#~|") != token:
            return match.group()  # `hosting-datasets-at-CSC.md`: a file name
        if token in ("at", "arroba", "(a)") and not (
                _HANDLE.fullmatch(name) or _FREE_MAIL_DOMAIN.fullmatch(domain)
                and name.lower() not in _PROSE_BEFORE_AT and name.isalpha()):
            return match.group()  # `sign in at github.com`
    dotted = _SPELT_DOT_RE.sub(".", domain)
    return f"{name}@{dotted}"


_SPELT_DOT_RE = re.compile(rf"(?i){_SPELT_DOT}")
_OTHER_DOTS = re.compile(rf"(?i)\s(?:{'|'.join(_DOT_WORDS)})\s")


_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>\n]{0,300}>|<!\[CDATA\[|]]>|<\?[^<>\n]{0,300}\?>")
"""Markup that shows nothing between the parts of a value: tags, comments, and in XML (an SVG
image) the ends of a CDATA section and processing instructions (`jane@<![CDATA[gmail]]>.com`)."""
_MARKUP = re.compile(r"\*\*|__|~~|==|\^\^|[*`]")
_LINK = re.compile(r"!?\[([^\[\]\n]{0,200})\](?:\([^()\s]{0,1000}(?:\s[^()\n]{0,200})?\)"
                   r"|\[[^\[\]\n]{0,200}\])")
"""An inline or reference link or picture: a reader sees its text (or alt text) only."""
_NOT_SHOWN = re.compile(r"\[\^[^\[\]\s]{1,50}\]|\{:[^{}\n]{0,200}\}")
"""A footnote reference (a small number) and an attribute list: not read as part of a word."""
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_SPACES = re.compile(r"[ \t]{2,}")


def rendered_line(line: str) -> str:
    """A line roughly as a browser shows it: HTML tags and comments, emphasis and code marks
    and Markdown's backslash escapes gone (`jane<b></b>@gmail.com`, `jane\\@gmail.com`)."""
    if "<" in line:
        line = _TAG.sub("", address_ends.end_addresses(line))
    if "\\" in line:
        line = _ESCAPED.sub(r"\1", line)
    if "[" in line or "{:" in line:
        line = _LINK.sub(r"\1", _NOT_SHOWN.sub("", line))
    if "*" in line or "`" in line or "__" in line or "~~" in line or "==" in line or "^^" in line:
        line = _MARKUP.sub("", line)
    return _SPACES.sub(" ", line) if "  " in line or "\t" in line else line


_SCRIPT_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6}) ?")


def decode_escapes(text: str, css: bool = False) -> str:
    """`\\u0040`, `\\x40`, `\\u{40}` (JSON, scripts) or `\\40 ` (CSS) decoded; each line stays
    one line."""
    if "\\" not in text:
        return text

    def character(match: re.Match[str]) -> str:
        code = int(next(group for group in match.groups() if group), 16)
        decoded = chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
        return _LINE_BREAKS.sub(" ", decoded)

    return (_CSS_ESCAPE if css else _SCRIPT_ESCAPE).sub(character, text)

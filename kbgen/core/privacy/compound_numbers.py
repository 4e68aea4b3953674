"""Numbers above nine spelt as words (`four fifteen, two thirty-eight`, `vierhundertfünfzehn`,
`quatre-cent-quinze`, `treinta y cuatro`, `trentaquattro`, `vierendertig`), read as the digits a
reader writes down (issue 19, leak46): number_words reads a digit a word; a phone number or a
card said in pairs and hundreds is found here, and reported at the words.

A word is a number when it is made of number parts of one of the site languages (English,
German, French, Spanish, Italian, Dutch; Portuguese and Polish since leak48: `trinta e cinco`,
`czterdzieści osiem`, `novecentos e doze`): units, teens, tens, a hundred, and the words that join
them (`und`, `en`, `y`, `et`, `and`); glued (`zweiunddreißig`), hyphenated (`trente-quatre`)
or spaced (`thirty eight`, `cuatrocientos quince`). Parts make one number while they add up as
numbers are said (a ten then a unit, a unit then `hundred`, a hundred then the rest, German and
Dutch unit-`und`-ten, French `quatre-vingt`, `soixante-dix`); a part that does not starts the
next number, so `two thirty-eight` is `2 38`, written `238`. Marks (`,`, `.`, `/`, `;`) split
groups, as in number_words. A run is read when it holds a number above nine (a run of digits
alone is number_words'), two numbers or more, and four digits or more."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product, repeat

from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import replaced_hits
from kbgen.core.privacy.number_words import _PLUS_WORDS, _REPEAT, _VALUE, split_words

UNIT, TEEN, TEN, VINGT, HUNDRED, HUNDREDS, AND = "u", "t", "x", "v", "h", "H", "c"
"""Kinds of number part: a unit (0-9), a complete number below a hundred that takes no unit
(11-19, Spanish 21-29), a ten, French `vingt` (a ten, and 80 after `quatre`), `hundred` (times
the unit before it), a hundreds word (Spanish `cuatrocientos`), and a joining word."""

_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig|dreissig vierzig fünfzig|fuenfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt|vingts trente quarante cinquante soixante - quatre-vingt|quatre-vingts -",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti|vent trenta|trent quaranta|quarant cinquanta|cinquant sessanta|sessant "
          "settanta|settant ottanta|ottant novanta|novant",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "pt": "vinte trinta quarenta cinquenta|cinqüenta sessenta setenta oitenta noventa",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt "
          "osiemdziesiąt dziewięćdziesiąt",
}
"""Each language's tens, 20 to 90 (Italian's elided forms too: `ventuno`, `trentotto`)."""
_TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "de": "zehn elf zwölf|zwoelf dreizehn vierzehn fünfzehn|fuenfzehn sechzehn siebzehn "
          "achtzehn neunzehn",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "es": "diez once doce trece catorce quince dieciséis|dieciseis diecisiete dieciocho "
          "diecinueve",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
          "diciannove",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "pt": "dez onze doze treze catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete "
          "dezoito dezenove|dezanove",
    "pl": "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście "
          "siedemnaście osiemnaście dziewiętnaście",
}
"""Each language's 10 to 19."""
_SPANISH_TWENTIES = ("veintiuno veintiún|veintiun veintidós|veintidos veintitrés|veintitres "
                     "veinticuatro veinticinco veintiséis|veintiseis veintisiete veintiocho "
                     "veintinueve")
_SPANISH_HUNDREDS = ("cien|ciento doscientos|doscientas trescientos|trescientas "
                     "cuatrocientos|cuatrocientas quinientos|quinientas seiscientos|seiscientas "
                     "setecientos|setecientas ochocientos|ochocientas novecientos|novecientas")
_PORTUGUESE_HUNDREDS = ("cem|cento duzentos|duzentas trezentos|trezentas quatrocentos|quatrocentas "
                        "quinhentos|quinhentas seiscentos|seiscentas setecentos|setecentas "
                        "oitocentos|oitocentas novecentos|novecentas")
_POLISH_HUNDREDS = ("sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset "
                    "dziewięćset")
"""Portuguese and Polish hundreds, each one word as Spanish's (leak48)."""
_HUNDRED = {"en": "hundred", "de": "hundert", "fr": "cent|cents", "es": "", "it": "cento",
            "nl": "honderd", "pt": "", "pl": ""}
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en|ën", "pt": "e",
        "pl": ""}
"""Each language's word joining number parts (`vingt et un`, `zweiunddreißig`, `treinta y
uno`, `tweeëntwintig`)."""
_UNITS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins|ein zwei|zwo drei vier fünf|fuenf sechs sieben acht neun",
    "fr": "zéro|zero un|une deux trois quatre cinq six sept huit neuf",
    "es": "cero uno|un|una dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno|un due tre|tré quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pt": "zero um|uma dois|duas três|tres quatro cinco seis sete oito nove",
    "pl": "zero jeden|jedna dwa|dwie trzy cztery pięć sześć siedem osiem dziewięć",
}
"""Each language's units, as glued into its compounds (German `ein`, Spanish `un`)."""


def _forms(words: str) -> list[tuple[int, str]]:
    """(index, word) of a space-separated list with `|` alternatives; `-` holds a place."""
    return [(index, form) for index, alternatives in enumerate(words.split())
            for form in alternatives.split("|") if form != "-"]


def _parts() -> dict[str, tuple[int, str]]:
    parts: dict[str, tuple[int, str]] = {}
    for language in _TENS:
        for index, word in _forms(_UNITS[language]):
            parts[word] = (index, UNIT)
        for index, word in _forms(_TEENS[language]):
            parts.setdefault(word, (10 + index, TEEN))
        for index, word in _forms(_TENS[language]):
            parts[word] = (20 + 10 * index, VINGT if word.startswith("vingt") else TEN)
        for word in _HUNDRED[language].split("|"):
            if word:
                parts[word] = (100, HUNDRED)
        for word in _AND[language].split("|"):
            if word:
                parts[word] = (0, AND)
    for index, word in _forms(_SPANISH_TWENTIES):
        parts[word] = (21 + index, TEEN)
    for index, word in _forms(_SPANISH_HUNDREDS):
        parts[word] = (100 * (index + 1), HUNDREDS)
    for index, word in (*_forms(_PORTUGUESE_HUNDREDS), *_forms(_POLISH_HUNDREDS)):
        parts.setdefault(word, (100 * (index + 1), HUNDREDS))  # Italian's `cento` kept
    parts["un"] = (1, UNIT)  # French, Spanish, Italian: one
    return {form: value for word, value in parts.items()
            for form in {word, normalize_text(word).lower()}}


_PARTS = _parts()
"""Every number part of the eight languages: its value and kind."""


def _split(word: str) -> tuple[tuple[int, str], ...]:
    """The number parts a number word is glued from (`vierhundertfünfzehn`: 4, 100, 15); a
    digit word of another language (number_words) is one unit."""
    if word in _VALUE and word not in _PARTS:
        return ((int(_VALUE[word]), UNIT),)
    return _parts_from(word, 0) or ()


def _parts_from(word: str, at: int) -> tuple[tuple[int, str], ...] | None:
    """The parts `word` is glued from after `at`, the longest part first, another where the
    rest does not split (`trecento` is `tre cento`, not Spanish `trece`)."""
    if at == len(word):
        return ()
    for end in range(len(word), at, -1):
        part = _PARTS.get(word[at:end])
        if part is not None and (rest := _parts_from(word, end)) is not None:
            return (part, *rest)
    return None


def _glued_words() -> frozenset[str]:
    """Every number word of the eight languages up to 999 (parts, and the glued words:
    `zweiunddreißig`, `trentotto`, `fourhundredfifteen`; French and Spanish write hundreds
    apart, `quatre-cent-quinze`, `cuatrocientos quince`)."""
    words: set[str] = set()
    for language in _TENS:
        units = [word for index, word in _forms(_UNITS[language]) if index]
        tens = [word for _, word in _forms(_TENS[language])]
        whole_tens = [word for word in tens if word not in _ELIDED]
        rests = [word for _, word in _forms(_TEENS[language])] + whole_tens
        joins = [word for word in _AND[language].split("|") if word]
        if language in ("de", "nl"):
            rests += [u + j + t for u, j, t in product(units, joins, tens)]
        elif language in ("en", "es", "it"):
            rests += [t + u for t, u in product(tens, units)
                      if (t in _ELIDED) == (u[0] in "aeiou")]  # ventuno, trentotto
        hundreds = [word for word in _HUNDRED[language].split("|")
                    if word and language != "fr"]  # French writes `quatre-cent-quinze`
        heads = hundreds + [u + h for u, h in product(units, hundreds)]
        tails = rests + units + ([j + r for j, r in product(joins, rests + units)]
                                 if language == "en" else [])
        words.update(units, rests, heads, (h + t for h, t in product(heads, tails)))
    words.update(word for word, (_, kind) in _PARTS.items() if kind != AND and word not in _ELIDED)
    return frozenset(form for word in words if "-" not in word
                     for form in {word, normalize_text(word).lower()})


_ELIDED = frozenset({"vent", "trent", "quarant", "cinquant", "sessant", "settant", "ottant",
                     "novant"})
"""Italian tens written so only glued to `uno` or `otto` (`vent` alone is English)."""
_NUMBER_WORDS = _glued_words()
_BIG = frozenset(word for word in _NUMBER_WORDS if word not in _VALUE)
"""Number words above nine (`fifteen`, `zweiunddreißig`, `cent`)."""
_JOINS = frozenset(word for word, (_, kind) in _PARTS.items() if kind == AND)
_RUN_NEED = re.compile(rb"\x03\x02?[\x01\x03]|\x01\x02?\x03")
"""Two number words in a row (a joining word between them), one above nine."""
MIN_WORDS = 8
"""The shortest text two number words make, one above nine (`one ten`)."""


def _is_number(word: str) -> bool:
    return word in _NUMBER_WORDS or word in _VALUE


_KIND_BYTES = {**dict.fromkeys(_JOINS, 2), **dict.fromkeys(_VALUE, 1), **dict.fromkeys(_BIG, 3)}
"""Each number word's kind for `needs`: a digit word 1, a joining word 2, one above nine 3."""


def needs(text: str, folded: str) -> bool:
    """Whether `text` holds two number words in a row, one above nine: its words split at
    spaces and marks and looked up at C speed (bytes of their kinds are searched only when a
    word above nine is there)."""
    if len(text) < MIN_WORDS:
        return False
    words = split_words(folded)
    if not any(map(_BIG.__contains__, words)):
        return False
    return _RUN_NEED.search(bytes(map(_KIND_BYTES.get, words, repeat(0)))) is not None


_TOKEN = re.compile(r"(?P<word>[^\W\d_]+)|(?P<hyphen>[-–])|(?P<mark>[,./;])|(?P<space>[ \t]+)"
                    r"|(?P<other>.)")


class _Number:
    """One number being said: its hundreds, its rest, and the kind of its last part."""

    def __init__(self, value: int, kind: str) -> None:
        self.hundreds = value if kind in (HUNDRED, HUNDREDS) else 0
        self.rest = 0 if kind in (HUNDRED, HUNDREDS) else value
        self.last = kind
        self.joined = False

    def takes(self, value: int, kind: str) -> bool:
        """Adds the part when it continues this number as numbers are said."""
        rest, last = self.rest, self.last
        if kind == AND:
            self.joined = last != AND
            return self.joined
        joined, self.joined = self.joined, False
        ten = kind in (TEN, VINGT)
        if kind == HUNDRED and last == UNIT and not self.hundreds and rest:
            self.hundreds, self.rest = 100 * rest, 0
        elif (kind == UNIT or kind == TEEN or ten) and last in (HUNDRED, HUNDREDS) and value:
            self.rest = value
        elif kind == UNIT and last in (TEN, VINGT, TEEN) and rest % 10 == 0 and value:
            self.rest += value  # thirty-eight, soixante-dix-sept
        elif ten and last == UNIT and joined and rest < 10:
            self.rest += value  # zweiunddreißig, vierendertig
        elif kind == VINGT and last == UNIT and rest == 4:
            self.rest = 80  # quatre-vingt
        elif kind == TEEN and last in (TEN, VINGT) and rest in (60, 80) and value < 20:
            self.rest += value  # soixante-dix, quatre-vingt-douze
        else:
            return False
        self.last = kind
        return True

    def digits(self) -> str:
        """The number as digits."""
        return str(self.hundreds + self.rest)


def _digits(run: str) -> tuple[str, int, int]:
    """A run's words as digits (`four fifteen, two thirty-eight` is `415 238`), how many
    numbers it says, and how many of them are above nine."""
    out: list[str] = []
    number: _Number | None = None
    repeat, numbers, big = 1, 0, 0

    def said() -> None:
        nonlocal number, repeat, numbers, big
        if number is not None:
            out.append(number.digits() * repeat)
            numbers, big = numbers + 1, big + (number.hundreds + number.rest > 9)
            number, repeat = None, 1

    for token in _TOKEN.finditer(run):
        word = (token.group("word") or "").lower()
        if token.group("mark") or token.group("other"):
            said()
            out.append(" ")
        elif word in _REPEAT:
            said()
            repeat = _REPEAT[word]
        elif word in _PLUS_WORDS and not _is_number(word):
            said()
            out.append("+")
        elif word:
            for value, kind in _split(word):
                if number is None or not number.takes(value, kind):
                    if kind != AND:
                        said()
                        number = _Number(value, kind)
    said()
    return "".join(out), numbers, big


_WORD = re.compile(r"[^\W\d_]+")
_BETWEEN = re.compile(r"[ \t]*[,./;–-]?[ \t]*")
"""What may stand between two words of a run: spaces, or one mark."""


def _runs(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each run of number words saying a number above nine, two
    numbers or more, four digits or more."""
    start = end = -1
    for match in _WORD.finditer(line):
        word = match.group().lower()
        if not (_is_number(word) or word in _REPEAT or word in _PLUS_WORDS
                or (word in _JOINS and start >= 0)):
            if start >= 0:
                yield from _read(line, start, end)
            start = -1
        elif start >= 0 and _BETWEEN.fullmatch(line, end, match.start()):
            end = match.end()
        else:
            if start >= 0:
                yield from _read(line, start, end)
            start, end = match.span()
    if start >= 0:
        yield from _read(line, start, end)


def _read(line: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    digits, numbers, big = _digits(line[start:end])
    if big and numbers >= 2 and sum(ch.isdigit() for ch in digits) >= 4:
        yield start, end, digits


def _compound_numbers(line: str, context: _Context) -> Iterator[_Hit]:
    """What the numbers a line spells in words make (a phone number, a card, a PIN)."""
    if needs(line, line.lower()):
        yield from replaced_hits(line, list(_runs(line)), context, "numbers in words")

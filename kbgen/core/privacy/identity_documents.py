"""Passport and driving-licence numbers (hostile round 23): a customer's passport or licence
number pasted from a ticket (`passport number 533380006`, `Reisepassnummer C01X00T47`,
`Driving licence number MORGA753116SM9IJ`, `护照号码：E12345678`). They carry no check digit
that sets them apart from other numbers, so they were left by round 22 and main published
every one.

A number is one when the document's name labels it: the name (in 14 languages, or as a key's
word: `passport_number`, `passportNo`, `Führerscheinnummer`, or abbreviated before its
number's word: `PP#`, `Pass. no.`, `DL#`; or `travel document`), then up to 40 characters
without a digit or a sentence's end, then the number; or the name as its table column's
heading. The number is a document number's shape: 6 to 20 capitals and digits (one or two
groups), at least four of them digits, and no date. A field's format or example (`for example
123456789`, `like … on the sample card`), a number of one repeated or counted-up digit
(`000000000`, `123456789`), a version, a date and a placeholder (`XXXXXXXXX`, `<your passport
number>`) publish. The number must be the document's own (rev66): the last word before it
is not another thing's label (`Laravel Passport … client ID 9C0A1B2D`, `passport verification
… error E40312`, `Passport Wallet (SKU PW2024BLK)`, `pet passport … (ISO 11784)`) nor a short
acronym in mixed-case text; a number a third group of digits follows is a phone's (`Passport
Adviceline: 0300 222 0000`); a table row that calls its value an example or a format is a
format table's. Found as `national ID number` (marker `kb:allow national-id`): an identity
document's number, as the national ones are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.first_chars import led
from kbgen.core.folded_words import folded_pattern
from kbgen.core.kept_needs import kept_for_long_texts
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.field_examples import EXAMPLE, named_example
from kbgen.core.privacy.keyed_cells import _html_tables, _markdown_tables
from kbgen.core.privacy.model import NATIONAL_ID

_LOOK_ALIKES = dict(zip("асортехукнвмАСОРТЕХУКНВМ", "acoptexykhbmACOPTEXYKHBM", strict=True))


def _either(word: str) -> str:
    """A Cyrillic word as a pattern that also matches it with the Latin look-alikes the gate's
    normalisation writes for some of its letters (`паспорт` is read as `пacпopt`)."""
    return "".join(f"[{ch}{_LOOK_ALIKES[ch]}]" if ch in _LOOK_ALIKES else ch for ch in word)


_ABBREVIATED = r"(?=[ \t]*(?:#|n[or]\.?[ \t:#]|number))"
"""After an abbreviated name: its number's word (`PP#`, `Pass. no.`, `DL# D1234567`)."""
_PASSPORT = (r"pp" + _ABBREVIATED + r"|pass\." + _ABBREVIATED + r"|travel[ \t]documents?"
             r"|passports?|reisepass|passnummer|passeports?|pasaportes?|passaport[oe]s?"
             r"|paspoort|paszport\w*|passin?(?![a-z])|passet(?![a-z])|pass(?=nr|nummer)"
             r"|" + _either("паспорт") + r"\w*|护照|護照|パスポート|旅券|여권")
_LICENCE = (r"dl" + _ABBREVIATED + r"|driv(?:ing|er'?s?|ers)[ \t_-]?licen[cs]e"
            r"|f[üu]hrerschein|permis[ \t]de[ \t]conduire|carnet[ \t]de[ \t]conducir"
            r"|licencia[ \t]de[ \t]conducir|patente[ \t]di[ \t]guida|rijbewijs|k[öo]rkort"
            r"|ajokortti|prawo[ \t]jazdy|carteira[ \t]de[ \t]motorista"
            r"|carta[ \t]de[ \t]condu[cç][aã]o"
            r"|" + _either("водительск") + r"\w*|驾驶证|驾照|駕照|運転免許証?|운전면허증?")
_NAME = re.compile(folded_pattern(
    r"(?i)(?<![A-Za-zÀ-ÖØ-öø-ÿ])(?P<doc>" + _PASSPORT + "|" + _LICENCE + ")"))
"""A document's name, not inside a longer word (`bypass`, `compass`)."""
_BETWEEN = re.compile(r"[\w.-]{0,12}[^\d\n!?;。！？]{0,40}")
"""Between the name and its number: what a key or compound adds to the name (`_number`,
`No`, `nummer`, `-Nr.`), then up to 40 characters without a digit or a sentence's end."""
_SENTENCE_END = re.compile(r"\.\s+[^\W\d_]")
"""A full stop ending a sentence (`… passport. Ticket ABC123456`), not `no.:` or `n.º`."""
_VALUE = re.compile(r"(?<![\w.-])(?P<value>[A-Z0-9]{2,20}(?:[ -][A-Z0-9]{2,12})?)"
                    r"(?!\w|[.@/-]\w|,\d)")
"""A document number: capitals and digits, one or two groups."""
_NUMBER_WORDS = re.compile(
    folded_pattern(r"(?i)(?:numbers?|nos?|nr|nbr|num|nummer[ns]?|numm?ero|num[ée]ro|n[º°o]|º|°|o|is|was|are|ist"
    r"|lautet|war|est|es|era|è|é|är|er|wynosi|являет\w*|号码|號碼|号|號|番号|번호|は|是|为|為"
    r"|of|de|del|di|da|do|du|van|von|der|des|the|your|my|his|her|their|customer'?s?|client'?s?"
    r"|kund\w*|klant|cliente?|passport|passports|licen[cs]e|"
    + _PASSPORT + "|" + _LICENCE + ")"))
"""The last word before a document's number that keeps the number the document's (`passport
number is`, `numéro de passeport`, `Reisepassnummer`); another word there labels the number
as something else's (`client ID 9C0A1B2D` is the ID's, `error E40312` the error's)."""
_OTHER_LABELS = re.compile(
    r"(?i)ids?|codes?|errors?|err|fehler\w*|erreur|issues?|bugs?|tickets?|sku|iso|ref"
    r"|reference|referenz|order|bestell\w*|commande|pedido|case|invoice|rechnung|factura|facture"
    r"|models?|modell|mod[èe]le|modelo|builds?|versions?|releases?|serial|serien\w*|phone|tel"
    r"|telephone|telefon|t[ée]l[ée]phone|tel[ée]fono|fax|line|\w+line|hotline|firmware|items?"
    r"|articles?|artikel|parts?|products?|produkt|pr|commits?|jobs?|requests?|incidents?|inc"
    r"|status|http|port|steps?|chapters?|sections?|pages?|forms?|formul\w*|standards?|norm"
    r"|regulations?|directive|sn|imei|mac|vin|patch|kb|cve|rfc|isbn|upc|ean|gtin|asin|batch|lot")
"""Another thing's label, nearer a number than the document's name (`client ID 9C0A1B2D`,
`error E40312`, `SKU PW2024BLK`, `(ISO 11784)`): the number is that thing's."""
_LAST_WORD = re.compile(r"([^\W\d_]+|[#:：=])[^\w#:：=]*$")
_TAGS = re.compile(r"<[^>\n]*>")
_THIRD_GROUP = re.compile(r"[ -]\d")
_DATE = re.compile(r"^(?:\d{4}-\d{2}(?:-\d{2})?|\d{2}-\d{2}-\d{2,4}|\d{8})$")
_SERIES = re.compile(r"(?i)(?<![^\W\d_])(?P<doc>" + _either("паспорт") + r"\w*)[^\d\n]{0,20}?"
                     r"(?P<series>\d{2}[ ]?\d{2})[^\d\n.]{1,12}?(?P<value>\d{6})(?!\d)")
"""A Russian passport's series and number (`паспорт серия 4510 номер 123456`)."""
_VERSION_WORDS = re.compile(r"(?i)\b(?:v|version|versi[oó]n|release|npm|pip|@)\W*$")
NEEDS = re.compile(folded_pattern(
    r"(?i)pas[sapz]|\b(?:pp|dl)[ \t]*(?:#|n[or]|number)|travel[ \t]doc|"
                   + _either("паспорт") + "|" + _either("водительск")
                   + r"|护照|護照|パスポート|旅券|여권|licen[cs]|f[üu]hrerschein"
                   r"|permis|carnet|conducir|patente|rijbewijs|k[öo]rkort|ajokortti|jazdy"
                   r"|motorista|condu|驾|駕|運転免許|운전면허"))

_LED_NEEDS = led(NEEDS)
"""NEEDS, searched faster (kbgen.core.first_chars)."""


@kept_for_long_texts
def needs(text: str) -> bool:
    """Whether a text may name a passport or a driving licence."""
    return _LED_NEEDS.search(text) is not None


def _document_number(value: str) -> bool:
    compact = re.sub(r"[ -]", "", value)
    digits = re.sub(r"\D", "", compact)
    if not 6 <= len(compact) <= 20 or len(digits) < 4 or _DATE.match(value):
        return False
    if len(set(compact)) < 3 or digits in "01234567890123456789" and digits == compact:
        return False  # `000000000`, `123456789`: a format, not a person's document
    return not re.fullmatch(r"[A-Z]+", compact)


def _labelled(between: str, shouted: bool) -> bool:
    """Whether the text between a document's name and a number keeps the number the document's:
    not when its last word is another thing's label (`client ID`, `SKU`, `error`) or an
    acronym of four capitals or fewer in a line that is not all capitals (`(ABC 12345678`);
    `passport ID`, a number's word, a verb, a colon keep it."""
    between = _TAGS.sub(" ", between)
    if re.fullmatch(r"(?i)[\W_]*id[\W_]*", between):
        return True  # `passport ID C01X00T47`, `passport_id`: the document's own ID
    last = _LAST_WORD.search(between)
    if last is None or last.group(1) in "#:：=" or _NUMBER_WORDS.fullmatch(last.group(1)):
        return True
    word = last.group(1)
    if _OTHER_LABELS.fullmatch(word):
        return False  # `client ID`, `error E40312`, `SKU PW2024BLK`: another thing's number
    return not (word.isupper() and len(word) <= 4 and not shouted)


def _excerpt(doc: str, value: str) -> str:
    compact = re.sub(r"[ -]", "", value)
    return f"{doc.lower()} {compact[:1]}{'*' * (len(compact) - 3)}{compact[-2:]}"


def identity_documents(line: str, context: _Context) -> Iterator[_Hit]:
    """Each passport or driving-licence number its document's name labels on the line."""
    if not needs(line):
        return
    example_from: int | None = None  # where numbers a sentence calls examples begin, read once
    shouted = line.isupper()  # all capitals: an acronym is no other thing's label
    for name in _NAME.finditer(line):
        for value in _VALUE.finditer(line, name.end(), min(len(line), name.end() + 80)):
            between = line[name.end():value.start()]
            if not _BETWEEN.fullmatch(between) or _SENTENCE_END.search(between):
                break  # a digit or a sentence's end: what follows is not the name's
            if not _document_number(value.group("value")):
                continue
            head = value.group("value").split(" ")[0] if " " in value.group("value") else ""
            labelled = _labelled(between + head if head.isalpha() else between, shouted)
            if not labelled or _THIRD_GROUP.match(line, value.end()):
                break  # `client ID 9C0A1B2D`, `0300 222 0000`: another thing's number
            if example_from is None:
                first = EXAMPLE.search(line)
                example_from = first.end() if first is not None and named_example(
                    line[:first.end()], line) else len(line) + 1
            if not (example_from <= value.start() or _VERSION_WORDS.search(
                    line, max(0, value.start() - 20), value.start())):
                yield _Hit(value.start(), value.end(), NATIONAL_ID,
                           _excerpt(name.group("doc"), value.group("value")))
            break
    for series in _SERIES.finditer(line):
        yield _Hit(series.start("value"), series.end("value"), NATIONAL_ID,
                   _excerpt(series.group("doc"), series.group("series") + series.group("value")))


def documents_in_columns(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each document number a table's cell holds under a heading that
    names the document (`| Name | Passport |` over `| Mary Quinn | C01X00T47 |`), but in a
    row that calls its value an example or a format (a format table, rev66)."""
    text = "\n".join(lines)
    if not needs(text):
        return
    for heading, rows in (*_markdown_tables(lines),
                          *(_html_tables(lines) if "<t" in text.lower() else ())):
        names = [_NAME.search(cell) for cell in heading]
        for row in rows:
            cells = " | ".join(cell.text for cell in row)
            if named_example(cells, cells):
                continue  # `| Format | A1234567 | example: one letter, seven digits |`
            for cell, name in zip(row, names, strict=False):
                value = _VALUE.fullmatch(cell.text.strip()) if name else None
                if name and value and _document_number(value.group("value")):
                    start = cell.start + cell.text.index(value.group("value"))
                    yield cell.line, _Hit(start, start + len(value.group("value")), NATIONAL_ID,
                                          _excerpt(name.group("doc"), value.group("value")))

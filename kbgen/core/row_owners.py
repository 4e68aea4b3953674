"""A private address labelled with its owner's name alone, for the gate (issue 19, branch gap61).

An agent lists a customer's devices as a table or as labels: `| Jensen Dental | 192.168.1.20 |`,
`| Marta Kowalska | 10.0.0.15 |`, `Priya: 192.168.1.20`, `<td>Clínica Sol</td><td>…</td>`,
`(Marta Kowalska, reception) 192.168.1.20`, `192.168.1.20 (Jensen Dental)`. An address in a
network home routers create by default is a warning where nothing places it with someone
(kbgen.core.default_networks); a label that is a person's or a business's name alone places it,
though no possessive or claim word stands there (gap60's rowname class: published).

The label is the address's row's other cell (a Markdown or HTML table), the text before a `:`,
`=` or `-` that leads to it, or the brackets right before or after it, up to a comma (`Marta
Kowalska, reception`). It names someone when it is, whole:
- a common first name (kbgen.core.person_names), alone or with a surname (`Priya`, `Jane Doe`);
- two or three capitalised words, the last with a surname's ending (`Marta Kowalska`, `Lars
  Andersson`; not `Home Assistant`, `Netgear Orbi`, `Device A`: the dictionary of pairs lacks
  `router`, so words it does not hold name products as often as people);
- a capitalised name and the kind of a small business in one of the languages the gate reads
  (`Jensen Dental`, `Clínica Sol`, `Apotheke Schmidt`, `Kancelaria Nowak`), or a company's legal
  name (`Acme Ltd`, `Kowalski Sp. z o.o.`);
- two or three capitalised words in Cyrillic or Greek (`Иван Петров`).
"""

from __future__ import annotations

import re
import unicodedata

from kbgen.core.person_names import first_name

_PARTICLES = frozenset("von van de der den du da di del della la le dos ten ter".split())
_SURNAME = re.compile(
    r"(?:[sc]k[aiyá]|otn[aá]|wicz|[sz]en|s?son|sdottir|[aeiou]z|ov[aá]|[eo]v|[eo]va|enko|escu|o[gğ]lu"
    r"|poulos|idis|akis|[io]vić|[io]vic|[ai]nen|ini|elli|etti|ucci)$")
"""A surname's ending in the languages of Europe (`Kowalska`, `Jensen`, `Andersson`, `Pérez`,
`Novotná`… not all: `Kamau` is not read), of five letters or more, which a device's or a
product's name rarely has (`Asus Router`, `Raspberry Pi`, `Netgear Orbi`, `Mac Mini`)."""
_BUSINESS = frozenset(
    "dental dentist dentists dentistry clinic clinica clínica clinique klinik praxis"
    " zahnarztpraxis kanzlei apotheke pharmacy farmacia pharmacie apteka bakery bäckerei"
    " boulangerie panadería panaderia notary notaire notariat notaría tandarts tandlæge"
    " tandläkare dentysta stomatologia gabinet kancelaria autohaus accounting accountants"
    " veterinary tierarzt tierarztpraxis optik optician opticien óptica physiotherapy"
    " physio ortodoncia steuerberatung".split())
"""Kinds of small businesses a support team's customers are, in the gate's languages (no word
that names a room or a device too: not `Garage`, `Salon`, `Cabinet`, `Family`, `Studio`)."""
_LEGAL = re.compile(
    r"[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*)*[ \t,]+(?:Limited|Ltd\.?|LLC|Inc\.?|Corp\.?"
    r"|plc|GmbH|AG|KG|OHG|UG|e\.K\.|S\.A\.|SAS|SARL|S\.L\.|S\.r\.l\.|SpA|B\.V\.|BV|N\.V\.|Oy"
    r"|AB|A/S|ApS|Pty|Sp\.[ \t]+z[ \t]+o\.o\.|s\.r\.o\.|sp\.[ \t]+z[ \t]+o\.o\.)")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
"""A letter of Greek or Cyrillic (the gate folds the look-alike ones to Latin in mixed words)."""
_APART = re.compile(r"[,(:;/]|[ \t][-–—][ \t]")
"""What ends a name in a label (`Marta Kowalska, reception`, `Jensen Dental – Reception PC`)."""
_MARKS = " \t*_`'\"“”‘’"


def names_someone(label: str) -> bool:
    """`label`, whole, is a person's or a small business's name (see the module)."""
    label = _APART.split(label)[0].strip(_MARKS)
    if not label or len(label) > 60:
        return False
    if _LEGAL.fullmatch(label):
        return True
    words = [word for word in label.split() if word not in _PARTICLES]
    if not words or len(words) > 4 or not all(map(_capitalised, words)):
        return False
    if all(_OTHER_SCRIPT.search(word) for word in words):
        return 2 <= len(words) <= 3  # `Иван Петров` (read folded too: `Пetpoв`)
    if first_name(_folded(words[0])):
        return True
    if 2 <= len(words) <= 3 and len(words[-1]) >= 5 and _SURNAME.search(words[-1]) \
            and not _product_words(words):
        return True
    kinds = [word for word in words if word.lower() in _BUSINESS]
    return bool(kinds) and len(kinds) < len(words)


_MAKERS = frozenset({"epson", "ericsson"})
"""Makers of devices whose names end as surnames do (`Printer Epson`, `Sony Ericsson`)."""


def _product_words(words: list[str]) -> bool:
    """The words name a product, not a person: the first is a dictionary word (`Printer`), or
    one is a vendor's or a maker's (`Google Gemini`, `Drucker Epson`)."""
    from kbgen.core.concepts import pair_words  # here: a large list, loaded when asked
    from kbgen.core.stand_in_words import VENDORS

    lower = [word.lower() for word in words]
    return lower[0] in pair_words() or any(word in VENDORS or word in _MAKERS for word in lower)


def _capitalised(word: str) -> bool:
    """`word` is a name as written: a capital, then lower-case letters (`Yılmazoğlu`, `Иван`,
    `Pérez-Soto`), or `Dr.`."""
    if word == "Dr.":
        return True
    letters = word.replace("-", "")
    return (len(letters) >= 2 and letters.isalpha() and word[0].isupper()
            and word[1:].replace("-", "").islower())


def _folded(word: str) -> str:
    """`word` in lower case without accents (as person_names keeps its first names)."""
    return "".join(char for char in unicodedata.normalize("NFKD", word.lower())
                   if not unicodedata.combining(char))


_CELL_SPLIT = re.compile(r"\\?\|")
_HTML_CELL = re.compile(r"<t[dh](?:[ \t][^<>]*)?>(.*?)</t[dh]>", re.IGNORECASE)
_LEAD = re.compile(r"(?:^|\||[:：][ \t]+[\"']|<[a-z][^<>]*>)[ \t>]*+"
                   r"(?:[-*+][ \t]++|\d{1,3}[.)][ \t]++)*+(?P<label>[^:：=|()<>]{1,60}?)"
                   r"[ \t]*(?:[:：=]|[ \t]-|->|→)[ \t]*[`*_]*$")
"""A label leading to the value (`Priya: `, `Jensen Tandlæge -> `), after a list's marker, a
cell's bar, a tag or a field's quote."""
_BEFORE = re.compile(r"\((?P<label>[^()]{1,80})\)[ \t]*[`*_]*$")
_AFTER = re.compile(r"^[`*_]*[ \t]*\((?P<label>[^()]{1,80})\)")


def labelled_owner(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` is labelled with someone's name alone: its table
    row's other cell, the label leading to it, or the brackets beside it (see the module)."""
    if "|" in line:
        cells = _CELL_SPLIT.split(line)
        at = line[:start].count("|")
        if any(names_someone(cell) for index, cell in enumerate(cells) if index != at):
            return True
    if "<t" in line.lower():
        for cell in _HTML_CELL.finditer(line):
            if not cell.start(1) <= start < cell.end(1) and names_someone(cell.group(1)):
                return True
    before, after = line[:start], line[end:]
    for pattern, text in ((_LEAD, before), (_BEFORE, before), (_AFTER, after)):
        label = pattern.search(text)
        if label and names_someone(label.group("label")):
            return True
    return False

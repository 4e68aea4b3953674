"""A customer's postal address pasted from a ticket (issue 19, leak48): `Kunde: Jana Müller,
Lindenstraße 14, 10115 Berlin`, `Client : Jeanne Martin, 12 rue des Lilas, 75011 Paris`,
`Cliente: María García, Calle Mayor 23, 28013 Madrid`, `Ship to Jane Doe, 42 Acacia Avenue,
London SW1A 1AA`. No rule read a street address. A street (its number, and a street word of
German, French, Spanish, Italian, Portuguese, Dutch or English) with a postcode and a town is
an address; it is a person's when a person's name stands right before it (two or three
capitalised words, no organisation's word such as `GmbH`, `Inc.`, `Ltd`, `Stiftung`) or when a
label says whose (`Kunde:`, `Lieferadresse:`, `home address:`, `domicilio:`). A company's own
address (`DuckDuckGo, Inc., 20 Paoli Pike, Paoli, PA 19301`) and a street alone publish."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.digit_needs import POSTCODE, digit_needs
from kbgen.core.privacy.model import POSTAL_ADDRESS
from kbgen.core.word_needs import Words

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
_PARTICLE = r"(?:von|van|de|da|del|della|di|du|le|la|dos|das|y|zu|der|den)"
_PERSON = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,2}}"
"""A person's name: two or three capitalised words, maybe a particle (`van der`, `de la`)."""

_STREET_WORDS = (
    r"(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt"
    r"|straat|laan|gracht|plein|kade|singel)")
_STREET = (
    rf"(?:[A-ZÀ-ÖØ-Þ][\w.\-]*{_STREET_WORDS}|[A-ZÀ-ÖØ-Þ][\w\-]*[ \t]+{_STREET_WORDS}"
    r"|(?:[A-ZÀ-ÖØ-Þ][\w\-]*[ \t]+){1,3}(?:Stra(?:ß|ss)e|Weg|Gasse|Platz|Allee|Markt|Ring))"
    r"[ \t]+\d{1,4}[ \t]?[a-zA-Z]?\b"  # German, Dutch: name-word number
    r"|\d{1,4}(?:[ \t]?(?:bis|ter|[a-d]))?,?[ \t]+(?:rue|avenue|av\.|boulevard|bd|place|chemin"
    r"|all[ée]e|impasse|quai|route|cours|passage)[ \t]+(?:[\w'’\-]+[ \t]+){0,4}?[\w'’\-]+"
    r"|(?i:calle|c/|avenida|avda\.?|av\.|plaza|paseo|camino|carrer|rua|via|viale|piazza|corso"
    r"|largo|travessa|avinguda|ul\.|ulica|al\.|aleja)[ \t]+(?:[\w'’\-]+[ \t]+){0,4}?[\w'’\-]+,?"
    r"[ \t]+"
    r"(?:n[º°o.]{1,2}[ \t]?)?\d{1,4}"
    r"|\d{1,5}[ \t]+(?:[A-Z][\w'’\-]+[ \t]+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane"
    r"|Drive|Close|Way|Court|Crescent|Gardens|Terrace|Place|Boulevard|Blvd\.|Grove|Mews)")
"""A street and its number: `Lindenstraße 14`, `Am Markt Platz 3`, `12 rue des Lilas`, `Calle
Mayor 23`, `Rua Augusta, 120`, `Via Roma 5`, `ul. Marszałkowska 10`, `42 Acacia Avenue`."""
_TOWN = (r"(?:(?:[A-Z]{1,2}-)?\d{4,5}|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{4}-\d{3})[ \t]+"
         r"[A-ZÀ-ÖØ-Þ][\w\-]+"
         r"|[A-Z][\w\-]+[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}")
"""A postcode and a town (`10115 Berlin`, `75011 Paris`, `1012 AB Amsterdam`, `00-950
Warszawa`, `1100-148 Lisboa`), or a British town and postcode (`London SW1A 1AA`)."""
_ADDRESS = rf"(?P<street>{_STREET})(?:,?[ \t]+[^\s,]{{1,12}}){{0,3}}?,?[ \t]+(?P<town>{_TOWN})"
"""A street, up to three words of floor or door (`3º B`, `Apt 4`), a postcode and a town."""

_LABEL = (
    r"(?:kund(?:e|in)|kunden(?:adresse|anschrift)|liefer(?:adresse|anschrift)"
    r"|rechnungs(?:adresse|anschrift)|privat(?:adresse|anschrift)|wohn(?:adresse|ort|anschrift)"
    r"|anschrift|customer|client|cliente|klant|klient|ship(?:ping)?[ \t]+(?:to|address)"
    r"|deliver(?:y)?[ \t]+(?:to|address)|billing[ \t]+address|home[ \t]+address"
    r"|adresse[ \t]+(?:de[ \t]+livraison|de[ \t]+facturation|du[ \t]+client|personnelle)"
    r"|direcci[óo]n(?:[ \t]+de[ \t]+(?:env[íi]o|entrega|facturaci[óo]n))?|domicilio"
    r"|indirizzo(?:[ \t]+di[ \t]+(?:spedizione|consegna|fatturazione))?|morada"
    r"|endere[çc]o|afleveradres|woonadres)")
"""Labels that say whose an address is, or that an address follows in a ticket."""

_PERSONAL = re.compile(
    rf"(?:(?i:(?<![\w-]){_LABEL})[ \t]*+(?:\*\*|__)?[ \t]*+[:：|]?[ \t]*+(?:\*\*|__)?[ \t]*+"
    rf"(?:(?P<labelled>{_PERSON}),?[ \t]++)?|(?<![\w-])(?P<person>{_PERSON}),[ \t]++)"
    rf"{_ADDRESS}")
"""An address after a label that says whose, or right after a person's name and a comma. The
label's blank runs are possessive: backtracking through them took `Kunde` and 100 blanks 1.3 s."""

_ORGANISATION = re.compile(
    r"(?i)\b(?:gmbh|ag|kg|ohg|e\.?v|inc|ltd|llc|limited|corp|corporation|company|co|sa|sas"
    r"|sarl|sl|srl|spa|bv|nv|plc|stiftung|foundation|university|universit[äa]t|universidad"
    r"|universit[ée]|office|team|support|department|abteilung|service|services|bank|hotel"
    r"|museum|hospital|klinik|praxis|verein|amt|ministerium|gericht|court)\b")
"""Words of an organisation's name: its address is its own to publish."""

def needs(text: str) -> bool:
    """Whether a text may hold a street address: a postcode and a town, and a street's word."""
    return POSTCODE in digit_needs(text) and _NEEDED(text.lower())


def _postal_addresses(line: str, context: _Context) -> Iterator[_Hit]:
    """Each street address given as a person's, with its postcode and town."""
    if not needs(line):
        return
    for match in _PERSONAL.finditer(line):
        person = match.group("person") or match.group("labelled") or ""
        if person and _ORGANISATION.search(person) or _stand_in(line, match, person):
            continue
        start, end = match.start("street"), match.end("town")
        yield _Hit(start, end, POSTAL_ADDRESS, f"{line[start]}*** {_town(match)}")


def _stand_in(line: str, match: re.Match[str], person: str) -> bool:
    """A template's address: a stand-in's name or street (`Max Mustermann`, `Musterstraße`,
    `Jane Doe`), or an address given as an example (`e.g.`, `z. B.`, `par exemple`)."""
    return (_STAND_IN_WORDS.search(match.group()) is not None
            or person.lower() in STAND_IN_NAMES
            or _EXAMPLE_BEFORE.search(line, max(0, match.start() - 40), match.start())
            is not None)


STAND_IN_NAMES = frozenset({
    "jane doe", "john doe", "max mustermann", "erika mustermann", "jean dupont",
    "jeanne dupont", "juan pérez", "juan perez", "mario rossi", "jan kowalski", "jan jansen",
    "joe bloggs", "john smith", "fulano de tal", "jan modaal", "otto normalverbraucher"})
"""Names each language gives a made-up person in forms and examples."""
_STAND_IN_WORDS = re.compile(
    r"(?i)muster|beispiel|example|exemple|ejemplo|esempio|exemplo|voorbeeld|przyk[łl]ad|fulan")
_EXAMPLE_BEFORE = re.compile(
    r"(?i)(?:\be\.\s?g\.|\bfor (?:example|instance)|\bsuch as|\bz\.\s?b\.|zum beispiel"
    r"|beispielsweise|par exemple|\bp\.\s?ex\.|por ejemplo|\bp\.\s?ej\.|ad esempio|per esempio"
    r"|por exemplo|bijvoorbeeld|\bbv\.|\bnp\.|na przykład|\blike)[:,]?\s*$")


def _town(match: re.Match[str]) -> str:
    """The town alone, which names no one (its postcode and the street hidden)."""
    return match.group("town").split()[-1]


_NEEDED = Words(("str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee",
                 "steig", "pfad", "laan", "gracht", "plein", "kade", "singel", "rue ",
                 "avenue", "av.", "boulevard", "bd ", "place", "chemin", "allée", "allee",
                 "impasse", "quai", "route", "cours", "passage", "calle", "c/", "avenida",
                 "avda", "plaza", "paseo", "camino", "carrer", "rua ", "via ", "viale",
                 "piazza", "corso", "largo", "travessa", "avinguda", "road", "rd.", "lane",
                 "drive", "close", "way", "court", "crescent", "gardens", "terrace",
                 "blvd", "grove", "mews", "markt", "ul.", "ulica", "al.", "aleja"))
"""What each street word above holds, folded (a cheap superset)."""

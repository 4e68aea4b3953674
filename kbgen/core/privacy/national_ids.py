"""National identity numbers (hostile round 22): a customer's US Social Security number, UK
National Insurance number, Canadian SIN, Brazilian CPF, Spanish DNI/NIE, Dutch BSN, Indian
Aadhaar, German tax ID, Polish PESEL, Nordic personal numbers, French NIR, Belgian national
number, Italian codice fiscale, Chinese resident ID, Korean resident number, Japanese My Number,
Australian TFN or Irish PPSN, pasted from a ticket (`Customer SSN 536-22-8147`, `CPF
529.982.247-25`, `| PESEL | 44051401350 |`). No rule read any of them: main published all.

A number is one when its scheme's name labels it (the name, then up to 60 characters without
a digit: `SSN:`, `Steuer-ID der Kundin:`, `**BSN**`, a table's next cell or column heading, a
`.csv`'s header, the line above) or follows it (`536-22-8147 (SSN)`, `… is her SSN`), and it
has the scheme's shape and passes the scheme's own check (a check digit, a checksum, a valid
date or area), so a field's description (`the SSN field takes nine digits`, `DNI 12345678`)
and a made-up number of the wrong check publish. The schemes' famous published examples
(`078-05-1120`, `123-45-6789`) publish too.

rev65: short names that are everyday words elsewhere (`sin`, `nas`, `nie`, `CPR-kursus`) label
only in capitals or before a colon; a name in a negation (`we never ask for your SSN`) labels no
later clause's other number (`, order number …`); a number its sentence shows as a field's
example or format (`e.g.`, `formato`, `t.ex.`, `示例`: kbgen.core.privacy.field_examples) is
no one's."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from kbgen.core.kept_needs import kept_for_long_texts
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.delimited_columns import _header, _starts
from kbgen.core.privacy.field_examples import named_example
from kbgen.core.privacy.html_tables import needs as html_needs
from kbgen.core.privacy.keyed_cells import _html_tables, _markdown_tables
from kbgen.core.privacy.model import NATIONAL_ID
from kbgen.core.privacy.payments import luhn_valid
from kbgen.core.word_needs import Words

_GAP = r"[^\d\n]{0,60}?"
"""Between a scheme's name and its number: no digit, at most 60 characters (`Mary's SSN, as
she told us yesterday, is …`)."""
_AFTER = r"[^\d\n.!?;]{0,24}?"
"""Between a number and its scheme's name after it (`524-44-8377 is her SSN`): no digit, no
sentence's end, at most 24 characters."""
_END = r"(?![\w.-]?\d)"
_LATIN = r"[A-Za-zÀ-ÖØ-öø-ÿ]"
"""A letter that would make a Latin name part of a longer word (`casino`); the names of
scripts written without spaces (`客户身份证号码`, `お客様のマイナンバー`) start anywhere."""
"""A number ends where no digit follows (a full stop or hyphen ending a sentence may)."""


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _weighted(value: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(value, weights, strict=False))


def _ssn(value: str) -> bool:
    digits = _digits(value)
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (area not in {"000", "666"} and area[0] != "9" and group != "00"
            and serial != "0000")


def _sin(value: str) -> bool:
    digits = _digits(value)
    return digits[0] not in "08" and luhn_valid(digits)


def _cpf(value: str) -> bool:
    digits = _digits(value)
    if len(set(digits)) == 1:
        return False
    for size in (9, 10):
        check = _weighted(digits, tuple(range(size + 1, 1, -1))) * 10 % 11 % 10
        if check != int(digits[size]):
            return False
    return True


def _dni(value: str) -> bool:
    compact = re.sub(r"[\s.-]", "", value.upper())
    number = compact[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == compact[-1]


def _bsn(value: str) -> bool:
    digits = _digits(value)
    return (_weighted(digits, (9, 8, 7, 6, 5, 4, 3, 2)) - int(digits[8])) % 11 == 0


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
               [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
               [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
               [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
               [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
               [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _aadhaar(value: str) -> bool:
    check = 0
    for i, digit in enumerate(reversed(_digits(value))):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][int(digit)]]
    return check == 0


def _mod11_10(value: str) -> bool:
    """ISO 7064 MOD 11,10 (the German tax ID's check digit)."""
    digits = _digits(value)
    product = 10
    for digit in digits[:-1]:
        total = (int(digit) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(digits[-1])


def _pesel(value: str) -> bool:
    digits = _digits(value)
    return (10 - _weighted(digits, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10) % 10 == int(digits[10])


def _swedish(value: str) -> bool:
    return luhn_valid(_digits(value)[-10:])


def _norwegian(value: str) -> bool:
    digits = [int(d) for d in _digits(value)]
    first = (11 - sum(d * w for d, w in zip(digits, (3, 7, 6, 1, 8, 9, 4, 5, 2)))) % 11
    second = (11 - sum(d * w for d, w in zip(digits, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))) % 11
    return first == digits[9] and second == digits[10]


def _danish(value: str) -> bool:
    digits = _digits(value)
    return 1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12


def _finnish(value: str) -> bool:
    compact = value.upper()
    number = int(compact[:6] + compact[7:10])
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[number % 31] == compact[10]


def _french(value: str) -> bool:
    compact = re.sub(r"\s", "", value.upper())
    body = compact[:13].replace("2A", "19").replace("2B", "18")
    return body.isdigit() and 97 - int(body) % 97 == int(compact[13:])


def _belgian(value: str) -> bool:
    digits = _digits(value)
    check = int(digits[9:])
    return 97 - int(digits[:9]) % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4,
                    18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))


def _codice_fiscale(value: str) -> bool:
    compact = value.upper()
    total = sum(_CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                for i, ch in enumerate(compact[:15]))
    return chr(65 + total % 26) == compact[15]


def _chinese(value: str) -> bool:
    compact = value.upper()
    total = _weighted(compact, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))
    return "10X98765432"[total % 11] == compact[17]


def _korean(value: str) -> bool:
    digits = _digits(value)
    return 1 <= int(digits[2:4]) <= 12 and 1 <= int(digits[4:6]) <= 31 and digits[6] in "12345678"


def _my_number(value: str) -> bool:
    digits = [int(d) for d in _digits(value)]
    total = sum(d * (n + 1 if n <= 6 else n - 5)
                for n, d in enumerate(reversed(digits[:11]), start=1))
    remainder = total % 11
    return (0 if remainder <= 1 else 11 - remainder) == digits[11]


def _tfn(value: str) -> bool:
    return _weighted(_digits(value), (1, 4, 3, 7, 5, 8, 6, 9, 10)) % 11 == 0


def _ppsn(value: str) -> bool:
    compact = value.upper().replace(" ", "")
    total = _weighted(compact[:7], (8, 7, 6, 5, 4, 3, 2))
    if len(compact) == 9 and compact[8] != "W":
        total += (ord(compact[8]) - 64) * 9
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == compact[7]


@dataclass(frozen=True)
class _Scheme:
    """One country's identity number: its names, its shape, its check."""

    name: str
    labels: str
    """An expression of the scheme's names (matched ignoring case)."""
    shape: str
    """An expression of the number as written."""
    valid: Callable[[str], bool]
    examples: frozenset[str] = frozenset()
    """Famous published examples (digits and letters only)."""
    short: str = ""
    """An expression of the scheme's short names that are ordinary words elsewhere (`sin`:
    Spanish "without", `nas`: Portuguese "in the" and network storage, `nie`: Polish "not",
    `CPR`: a first-aid course): they label only written in capitals (not glued to a word:
    `CPR-kursus`), with no other thing's number named between (`NAS with serial number`), or
    before a colon, with nothing but a colon, markup or "number" between them and the
    number."""


_SCHEMES = (
    _Scheme("SSN", r"ssns?|s\.s\.n\.|social[ \t-]+security(?:[ \t]+(?:number|no\.?|#))?|ss#"
            r"|soc\.?[ \t]*sec\.?(?:[ \t]*(?:number|no\.?|#))?"
            r"|n[úu]mero[ \t]+de[ \t]+seguro[ \t]+social",
            r"\d{3}[- ]?\d{2}[- ]?\d{4}", _ssn,
            frozenset({"078051120", "219099999", "123456789", "111223333"}), "itin"),
    _Scheme("NINO", r"national[ \t]+insurance(?:[ \t]+(?:number|no\.?))?|ni[ \t]+(?:number|no\.?)"
            r"|nino",
            r"(?-i:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?<!BG|GB|NK|KN|TN|NT|ZZ) ?\d{2} ?\d{2}"
            r" ?\d{2} ?[A-D])", lambda value: True),
    _Scheme("SIN", r"social[ \t]+insurance(?:[ \t]+(?:number|no\.?))?"
            r"|num[ée]ro[ \t]+d['’]assurance[ \t]+sociale",
            r"\d{3}[ -]?\d{3}[ -]?\d{3}", _sin, frozenset({"046454286"}), "sin|nas"),
    _Scheme("CPF", r"cpf", r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}", _cpf),
    _Scheme("DNI", r"dni|documento[ \t]+nacional[ \t]+de[ \t]+identidad",
            r"(?-i:(?:\d{8}|\d{2}\.\d{3}\.\d{3}|[XYZ][- ]?\d{7})[- ]?[A-Z])", _dni,
            frozenset({"12345678Z", "00000000T", "99999999R"}), "nie|nif"),
    _Scheme("BSN", r"bsn|burger[ \t-]?service[ \t-]?nummer|sofi[ \t-]?nummer",
            r"\d{4}\.?\d{2}\.?\d{3}|\d{3}[ .]\d{3}[ .]\d{3}", _bsn,
            frozenset({"111222333", "123456782"})),
    _Scheme("Aadhaar", r"aadhaa?r|आधार", r"[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}", _aadhaar),
    _Scheme("Steuer-ID", r"steuer[ \t-]?id(?:entifikationsnummer)?|steuer[ \t-]?identifikations"
            r"[ \t-]?nummer|idnr", r"[1-9]\d{10}|[1-9]\d ?\d{3} ?\d{3} ?\d{3}", _mod11_10,
            frozenset({"86095742719"})),
    _Scheme("PESEL", r"pesel", r"\d{11}", _pesel, frozenset({"44051401359", "44051401358"})),
    _Scheme("personnummer", r"person(?:nummer|nr\.?)|samordningsnummer",
            r"(?:19|20)?\d{6}[-+ ]?\d{4}", _swedish, frozenset({"8112189876", "198112189876"})),
    _Scheme("fødselsnummer", r"f[øo]dselsnummer|f[øo]dselsnr\.?", r"\d{6} ?\d{5}", _norwegian),
    _Scheme("CPR", r"cpr[ \t-]?(?:nummer|nr\.?)", r"\d{6}-?\d{4}", _danish, short="cpr"),
    _Scheme("henkilötunnus", r"henkil[öo]tunnus|hetu|personbeteckning",
            r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", _finnish, frozenset({"131052308T"})),
    _Scheme("NIR", r"num[ée]ro[ \t]+de[ \t]+s[ée]curit[ée][ \t]+sociale|n[°º][ \t]*de[ \t]+s[ée]cu"
            r"(?:rit[ée][ \t]+sociale)?|num[ée]ro[ \t]+insee|carte[ \t]+vitale",
            r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", _french, short="nir"),
    _Scheme("Belgian national number", r"rijksregisternummer|rijksregister|insz"
            r"|num[ée]ro[ \t]+(?:de[ \t]+)?registre[ \t]+national|num[ée]ro[ \t]+national",
            r"\d{2}\.?\d{2}\.?\d{2}[- ]?\d{3}\.?\d{2}", _belgian),
    _Scheme("codice fiscale", r"codice[ \t]+fiscale|c\.[ \t]?f\.",
            r"(?-i:[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z])", _codice_fiscale,
            frozenset({"RSSMRA85T10A562S"})),
    _Scheme("resident ID", r"身份证(?:号码|号)?|公民身份号码", r"\d{17}[\dXx]", _chinese),
    _Scheme("resident registration number", r"주민(?:등록)?번호", r"\d{6}-?\d{7}", _korean),
    _Scheme("My Number", r"マイナンバー|個人番号", r"\d{4} ?\d{4} ?\d{4}", _my_number),
    _Scheme("TFN", r"tfn|tax[ \t]+file[ \t]+(?:number|no\.?)", r"\d{3} ?\d{3} ?\d{3}", _tfn,
            frozenset({"123456782"})),
    _Scheme("PPSN", r"ppsn?|pps[ \t]+(?:number|no\.?)|personal[ \t]+public[ \t]+service"
            r"[ \t]+number", r"(?-i:\d{7}[A-W][A-IW]?)", _ppsn, frozenset({"1234567T"})),
)


_TIGHT = (r"[^\w\n]{0,6}(?:(?:number|no\.?|nr\.?|n[°º]|num[ée]ro|nummer)(?!\w)"
          r"[^\w\n]{0,4})?")
"""Between a short name and its number: a colon, markup, "number" (`SIN: `, `**NIE** `)."""
_ANOTHER = re.compile(
    r"(?i)\b(?:serial|s/n|model\w*|version\w*|vers[ãa]o|versi[óo]n|build|firmware|order|ticket"
    r"|invoice|referen\w*|pedido|factura|fatura|kursus|course|cours|curso|dato|date|datum|fecha"
    r"|data|id|volume|port|number|n[úu]mero|num[ée]ro|nummer|numer\w*|code|c[óo]digo|product\w*"
    r"|produit|produkt\w*|phone|tel\w*)\b")
"""Another thing's number named between a short name and a number (`NAS with serial number`,
`NIE todavía; referencia`, `CPR dato`): the number is that thing's."""
_WHOSE = re.compile(r"(?i)[(\[]|\b(?:her|his|their|my|your|its|client\w*|customer\w*|caller"
                    r"|kund\w*|klant\w*|su|son|sa|seu|sua)\b|\w['’]s\b")
"""After a number, before a short name: whose name it is (`… as her SIN`, `… (NAS)`)."""


def _labelled(scheme: _Scheme) -> tuple[re.Pattern[str], ...]:
    """The scheme's name then its number (no digit between); its number then its name. A
    name starts a word, or a key's capital after a small letter (`customerSSN`). A short name
    reads in capitals (`SIN`, not Spanish `sin`) or before a colon, right before its number."""
    start = rf"(?:(?<!{_LATIN})|(?-i:(?<=[a-z])(?=[A-Z])))"
    label = rf"{start}(?P<label>{scheme.labels})(?!{_LATIN})"
    value = rf"(?<![\w.-])(?P<value>{scheme.shape}){_END}"
    patterns = [re.compile(rf"(?i){label}{_GAP}{value}"),
                re.compile(rf"(?i){value}{_AFTER}[(\[]?[ \t]*{label}")]
    if scheme.short:
        capitals = rf"(?-i:(?<![A-Za-z])(?:{scheme.short.upper()})(?![A-Za-z]|-[^\W\d_]))"
        colon = rf"{start}(?:{scheme.short})(?=[\"'’]?[ \t]*[:=])"
        patterns += [re.compile(rf"(?i)(?P<label>{capitals})(?P<gap>{_GAP}){value}"),
                     re.compile(rf"(?i)(?P<label>{colon}){_TIGHT}{value}"),
                     re.compile(rf"(?i){value}(?P<after>{_AFTER}[(\[]?)[ \t]*"
                                rf"(?P<label>{capitals})")]
    return tuple(patterns)


def _names(scheme: _Scheme) -> str:
    return f"{scheme.labels}|{scheme.short}" if scheme.short else scheme.labels


_PATTERNS = tuple(_labelled(scheme) for scheme in _SCHEMES)
_ANY_NAME = re.compile("(?i)" + "|".join(
    rf"(?P<s{number}>(?:(?<!{_LATIN})|(?-i:(?<=[a-z])(?=[A-Z])))(?:{_names(scheme)})"
    rf"(?!{_LATIN}))" for number, scheme in enumerate(_SCHEMES)))
"""Every scheme's name, each in its group (`s0` for the first scheme): one search tells which
schemes a line names, and only theirs are read further."""
_NAME_ENDS = re.compile(rf"(?i)(?<!{_LATIN})(?:{'|'.join(_names(s) for s in _SCHEMES)})"
                        r"[^\w\n]*$")
"""A line that ends with a scheme's name (and a colon or markup: `**SSN:**`)."""
_NEEDED = Words(("ssn", "s.s.n", "soc. sec", "soc sec", "soc.sec", "ss#", "seguro social",
                 "social security", "social-security", "social insurance", "national insurance",
                 "assurance sociale", "cpf", "dni", "documento nacional", "bsn", "burgerservice",
                 "burger service", "burger-service", "sofinummer", "sofi-nummer", "sofi nummer",
                 "aadha", "आधार", "steuer", "idnr", "pesel", "personnummer", "personnr",
                 "personbeteckning", "samordning", "fødsel", "fodsel", "cpr", "henkil", "hetu",
                 "de sécu", "de secu", "sécurité sociale", "securite sociale", "insee", "vitale",
                 "rijksregister", "insz", "registre national", "numéro national",
                 "numero national", "codice fiscale", "身份", "주민", "マイナンバー", "個人番号",
                 "tfn", "tax file", "personal public"))
"""A word each scheme's longer names hold (folded): most lines hold none and are not read."""
_SHORT_NAMES = re.compile(r"(?<![a-zß-ÿ])(?:sin|nas|nie|nif|nir|itin|ni|nino|ppsn?|c\.[ \t]?f)"
                          r"(?![a-zß-ÿ])")
"""The short names, which other words hold (`using`, `apps`, `unify`), as whole words."""


@kept_for_long_texts
def needs(folded: str) -> bool:
    """Whether a folded text may name an identity number's scheme."""
    return _NEEDED(folded) or _SHORT_NAMES.search(folded) is not None


_SENTENCE_END = re.compile(r"(?<![\s.(][^\W\d_])[.!?]+(?=\s+[^\W\d_])|[。！？]")
"""A sentence's end: not the dot of `e.g.`, `z. B.`, `no. 5` or `t.ex. 12`."""
def _sentence(line: str, at: int) -> tuple[int, int]:
    """The start and end of the sentence of `line` that holds position `at`."""
    start = max((end.end() for end in _SENTENCE_END.finditer(line, 0, at)), default=0)
    after = _SENTENCE_END.search(line, at)
    return start, after.start() if after else len(line)


def _named_example(line: str, match: re.Match[str]) -> bool:
    """Whether the number's sentence calls it an example or a field's format before it
    (`for example 123 456 782`, `CPF no formato …`, `身份证号码示例：…`), tells no event
    and says whose it is of no one (`the customer's`, `my`, `we`)."""
    start, end = _sentence(line, match.start("value"))
    return named_example(line[start:match.start("value")], line[start:end])


_NEGATION = re.compile(
    r"(?i)\b(?:never|not|don['’]?t|doesn['’]?t|no|nunca|nie|nooit|niet|aldrig|inte|nicht"
    r"|kein\w*|jamais|pas|non|não|nao|mai)\b|请勿|不要|无需|無需|不必|不需要|勿|ないで|마세요")
_CLAUSE = re.compile(r"[,;:.!?，；。：！？]")
_OTHER_NUMBER = re.compile(
    r"(?i)[,;.!?，；。！？].*?(?:\bnumbers?\b|\bnumer\w*|\bn[úu]mero|\bnum[ée]ro|\bnummer\b"
    r"|\bno\.|\bnr\.?|\border|\bticket|\binvoice|\bpedido|\bfactura|\breferencia"
    r"|\bzam[óo]wieni\w*|\bbestell\w*|\bcommande|\bencomenda|订单|单号|番号|주문)")
"""A clause break, then a word naming another number (`. Your order number`, `订单号`)."""


def _denied(line: str, match: re.Match[str]) -> bool:
    """Whether the scheme's name stands in a negation (`we never ask for your SSN`, `请勿提供
    身份证号码`) and the number after it is another's, named in a later clause (`, order
    number …`, `，只需订单号 …`)."""
    label, value = match.start("label"), match.start("value")
    if value < label:
        return False
    clause = max((at.end() for at in _CLAUSE.finditer(line, 0, label)), default=0)
    return (_NEGATION.search(line, clause, label) is not None
            and _OTHER_NUMBER.search(line[match.end("label"):value]) is not None)


def _another(match: re.Match[str]) -> bool:
    """Whether a short name in capitals labels another thing's number: one named between
    them, or a name after the number not said to be someone's (`Order 621 255 959 shipped to
    the NAS`)."""
    found = match.groupdict()
    if found.get("gap") is not None:
        gap = found["gap"]
        tight = re.match(_TIGHT, gap)
        return _ANOTHER.search(gap[tight.end() if tight else 0:]) is not None
    return found.get("after") is not None and not _WHOSE.search(found["after"])


def _national_ids(line: str, context: _Context) -> Iterator[_Hit]:
    """Each identity number its scheme's name labels, of the scheme's shape and check."""
    if not needs(line.lower()):
        return
    named = {int(name[1:]) for match in _ANY_NAME.finditer(line)
             for name, text in match.groupdict().items() if text is not None}
    for number in sorted(named):
        scheme = _SCHEMES[number]
        for pattern in _PATTERNS[number]:
            for match in pattern.finditer(line):
                value = match.group("value")
                compact = re.sub(r"[\s.-]", "", value).upper()
                if (compact in scheme.examples or not scheme.valid(value)
                        or _named_example(line, match) or _denied(line, match)
                        or _another(match)):
                    continue
                start = match.start("value")
                yield _Hit(start, start + len(value), NATIONAL_ID,
                           f"{scheme.name} {compact[:1]}{'*' * (len(compact) - 3)}"
                           f"{compact[-2:]}")


def national_ids_in_columns(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each identity number a table's cell holds under a heading naming
    its scheme (`| Name | SSN |` over `| Mary Quinn | 524-44-8377 |`): a pipe or HTML table, or
    delimited rows (a copied `.csv`, `name,ssn` over `Mary Quinn,524-44-8377`); and of each
    number a line names the scheme of above it."""
    text = "\n".join(lines)
    if not needs(text.lower()):
        return
    for heading, rows in (*_markdown_tables(lines),
                          *(_html_tables(lines) if html_needs(text) else ())):
        keys = [name if needs(name.lower()) else "" for name in heading]
        if any(keys):
            for row in rows:
                for cell, key in zip(row, keys, strict=False):
                    yield from _under(key, cell.line, cell.start, cell.text, context)
    yield from _delimited(lines, context)
    yield from _below(lines, context)


_QUOTED = re.compile(r"^(?:[ \t]*>)+[ \t]?")
"""A block quote's markers (`> `, `> > `): a quoted ticket's lines are read without them."""
_NAME_LABELS = re.compile(rf"(?i)(?<!{_LATIN})(?:{'|'.join(_names(s) for s in _SCHEMES)})"
                          r"[^\d\n.!?;]{0,40}:[^\w\n]*$")
"""A line that ends a label naming a scheme with a colon (`BSN van de klant:`, `SSN of the
caller:`)."""


def _below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """The numbers that open the line after a line ending with their scheme's name (`SSN:`
    above `524-44-8377`) or a label naming it (`BSN van de klant:`), a blank line between or
    not; a block quote's lines read without their `>`."""
    bare = [_QUOTED.sub("", line) for line in lines]
    for index, line in enumerate(bare):
        if len(line) > 200 or not needs(line.lower()) or not (
                _NAME_ENDS.search(line) or _NAME_LABELS.search(line)):
            continue
        below = next((n for n in range(index + 1, min(index + 3, len(lines)))
                      if bare[n].strip()), None)
        if below is None:
            continue
        shift = len(lines[below]) - len(bare[below])
        opening = next((at for at, ch in enumerate(bare[below]) if ch.isalnum()), -1)
        yield from ((at, replace(hit, start=hit.start + shift, end=hit.end + shift))
                    for at, hit in _under(line, below, 0, bare[below], context)
                    if hit.start == opening)


def _delimited(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """The numbers of delimited rows under a header whose cell names a scheme."""
    for index, line in enumerate(lines):
        if not needs(line.lower()):
            continue
        for delimiter in (",", ";", "\t"):
            keys = _header(line, delimiter) if delimiter in line else None
            if not keys or not any(needs(key.lower()) for key in keys):
                continue
            for below in range(index + 1, len(lines)):
                cells = lines[below].split(delimiter)
                if len(cells) != len(keys):
                    break
                for key, start, cell in zip(keys, _starts(lines[below], delimiter), cells,
                                            strict=True):
                    if needs(key.lower()):
                        yield from _under(key, below, start, cell, context)


def _under(key: str, line: int, start: int, cell: str, context: _Context
           ) -> Iterator[tuple[int, _Hit]]:
    """The hits of `key: cell`, placed at the cell (which starts at `start` of `line`)."""
    if key and cell:
        shift = len(key) + 2 - start
        for hit in _national_ids(f"{key}: {cell}", context):
            yield line, replace(hit, start=hit.start - shift, end=hit.end - shift)

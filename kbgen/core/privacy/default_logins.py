"""A product's documented factory login, stated as its default on the page (issue 19, branch
rust58).

RustDesk Server Pro ships one administrator login with every copy, and its manual says so in
twelve languages: `The default administrator username/password is admin/test1234`, `log in
using the default user name "admin" and password "test1234", then change the password to your
own`, then repeats it in its install steps (`9. Log in with the username admin and password
test1234.`). The vendor prints the same pair for every buyer: it opens only an installation
nobody has set up yet, as `admin/admin` does (examples' DEFAULT_CREDENTIALS).

vendor_defaults asks a code block that gives the value to a setting, and product_defaults a
value named after the product; neither holds here. Accepted only when all of these hold: a
password (no service's key) shaped as a vendor's placeholder, a lower-case word that reads as
one followed by the digits 123 or 1234 (`test1234`, `admin123`; not `Hx7pQ2vL`,
`summer2024`, `Tr0ub4dor3`: SHAPE); the page states it: a sentence of a line gives, before
the value, a default word (DEFAULT, in the languages RustDesk's manual is written in) and the
administrator's login (`admin`, `administrator`, `root`, whole), and nothing in that sentence
up to the value, nor the headings or paragraphs above it, tells of a change made (`set`,
`new`, `changed`, `now`: vendor_defaults' words), a live system or whose (`your`, `our`, a
customer: placed_above.says_whose), and its line names no host nor address (`Log in to
relay.dangote.ng with admin / test1234` gives one machine's login). A value so stated is
accepted wherever the page repeats it on a line that says none of these up to the value.
`Your default password is test1234`, `We set the default admin password to test1234`, `The
default login for Acme's VPN is admin / test1234` and any value of another shape stay
findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import reads_as_words
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.placed_above import PlacedAbove, says_whose
from kbgen.core.privacy.vendor_defaults import _CHANGE

REASON = "a product's factory login, stated as its default on the page"

SHAPE = re.compile(r"([a-z]{3,8})(?:123|1234)")
"""A vendor's placeholder password: a word and the first digits (`test1234`, `admin123`)."""
DEFAULT = re.compile(
    r"(?i)\bdefault|standard|par d[ée]faut|predeterminad|predefinit|padr[ãa]o|domy[śs]ln"
    r"|implicit|デフォルト|既定|默认|默認|預設|기본")
"""A default named, in the languages of the manual (Standard-, predeterminado, 默认, 기본)."""
ADMIN = re.compile(r"(?<![\w.@/-])(?:admin|administrator|root)(?![\w@/-]|\.\w)")
"""The administrator's login, whole (not `admin.jane`, `root@host`)."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
_HOST = re.compile(r"(?i)(?<![\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,24}(?![\w-])"
                   r"|\b\d{1,3}(?:\.\d{1,3}){3}\b")
"""A host's name or an address on the line (`relay.dangote.ng`, `10.20.0.5`): a login given
for one machine is that machine's, whatever it was by default."""
_MARKS = "`'\"*_“”„«»「」()"


_AFTER = re.compile(r"(?:[\s`'\"”」』)*_,;:.。，、：）)]|$)")
"""What may follow the whole value (a mark, a space, punctuation, the line's end): not a
symbol or letter that the password goes on with (`test1234!`, `test1234#x`)."""
_YOUR = re.compile(r"(?i)\b(?:your|yours|votre|vos|ton|ta|tes|tu|tus|su|sus|ihr|ihre|ihren"
                   r"|ihrem|ihrer|dein|deine|tuo|tua|tuoi|seu|sua|teu|tua|twoj\w*|tw[óo]j"
                   r"|wasz\w*|dumneavoastr[ăa]|t[ăa]u)\b|你的|您的|あなたの|귀하의|당신의")
"""The reader's own (`your default password is …`): a default given to one reader is theirs."""


_WHOLE = re.compile(r"(?<![\w-])[a-z]{3,8}(?:1234|123)(?!\w)")
"""SHAPE's value, whole."""
_PAIR = re.compile(
    r"(?i)[`\"「“]admin[`\"」”]\s*(?:/|and|und|et|y|e|i|și|si|と|和|및|와|과)\s*"
    r"(?:(?:dem|le|la|il|o|a)\s+)?(?:password|passwort|mot de passe|contraseña|senha|hasło"
    r"|parola|パスワード|密码|密碼|비밀번호)?\s*([`\"「“])$")
"""The login and the password given as a pair, each in marks, nothing between but `and` or a
slash and the credential noun (`username `admin` and password `test1234``, `` `admin`/`test1234` ``,
`ユーザー名`admin`とパスワード`test1234``): the value ends the pair, whose opening mark this
captures."""
_CLOSE = {"`": "`", '"': '"', "「": "」", "“": "”"}
_CLAUSE = re.compile(r"[,;:，、；：—–(（]|\s-\s")
"""Where a clause ends: what stands before the pair in its clause qualifies it."""
_NOUNS = re.compile(r"(?i)(?:nombre|nome|nom) d[e']\s?(?:usuario|usuário|utilisateur)"
                    r"|(?:デフォルト|既定)の|\blog\s?in\b|\ben utilisant\b")
"""A credential noun's own `de`/`の` (`nombre de usuario`, `デフォルトの`), `log in`'s `in`:
not a qualifier."""
_QUALIFIER = re.compile(
    r"(?i)\b(?:for|on|at|of|from|in|into|per|für|auf|bei|von|vom|im|am|zu|pour|chez|sur|dans"
    r"|du|des|de|para|en|del|dei|della|su|di|da|dla|na|u|w|pe|la|pentru|din|no|do|dos|das"
    r"|after|since|until|till|as)\b|[的の의님様さん氏\\\d]")
"""A preposition, a possessive, a digit or a UNC path in the pair's clause: it qualifies the
login (`for the Smith account`, `on fw01`, `王経理の`, `\\\\NAS01`, `after the visit`): fixr58."""
_NAME = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][\w'’-]*")
_COMMON = frozenset({"Sie", "Ihr", "Passwort", "Benutzernamen", "Standard-Benutzernamen",
                     "Benutzername", "Standardpasswort", "Browser"})
"""German's capitalised nouns and its polite pronoun, in RustDesk's manual's credential pair."""
_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://(?![<\[{]|[A-Z_]+(?![\w.-]))")
"""A URL to a machine, not a placeholder's (`https://<IHRE_DOMAIN>`, `https://YOUR_DOMAIN`)."""
_OWN = re.compile(r"(?i)\b(?:your own|ihr eigenes|la tuya|le vôtre|la tua|sua própria)\b")
"""The pair's instruction ends by asking the reader to change it to their own."""
_NAMED_HEADING = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.&-]*)+")
"""A heading made of capitalised words only: a name (`Jensen Dental`, `Marco Rossi`)."""
_RECORD = re.compile(r"^\s*[\w .-]{2,30}:\s*\S")
"""A key: value record line (`Customer: Jensen Dental`)."""


def _names(text: str, sentence_start: bool) -> bool:
    """`text` holds a capitalised word that is not German's nouns nor its first, where a
    lower-case word follows that (`The default`, `Melden Sie`; not `Marco, the default`,
    `Marco Rossi's`): a name."""
    plain = re.sub(r"`[^`]*`", " ", text).lstrip(" \t*-+0123456789.>")
    words = _NAME.findall(plain)
    opening = re.match(r"([\w'’-]+) +([\w'’-]+)", plain)
    if sentence_start and words and opening and opening.group(1) == words[0] \
            and (opening.group(2)[:1].islower() or opening.group(2) in _COMMON):
        words = words[1:]
    return any(word not in _COMMON for word in words)


def shaped(line: str, start: int, end: int) -> bool:
    """The value at [start, end) is the password of a marked login pair, and its clause and
    sentence say nothing of whose or which machine: no qualifier, digit, name, URL to a
    machine before it, and after it only the sentence's end or a change to the reader's own
    (fixr58)."""
    before, after = line[:start], line[end:]
    pair = _PAIR.search(before)
    if pair is None or not after.startswith(_CLOSE[pair.group(1)]):
        return False
    sentence = _SENTENCE_END.split(before)[-1]
    head = sentence[:len(sentence) - len(before) + pair.start()]
    clause = _CLAUSE.split(head)[-1]
    clause_text = _NOUNS.sub(" ", clause)
    rest = re.split(r"[.!?。！？](?:\s|$)", after[1:], maxsplit=1)[0]
    return not _QUALIFIER.search(clause_text) and not _names(head, True) \
        and not _URL.search(line) and not says_whose(rest) and not _HOST.search(rest) \
        and not re.search(r"\d", rest) and not _names(_OWN.sub(" ", rest), False)


def _bare(value: str) -> str:
    return value.strip(_MARKS)


class _Page:
    """A page's lines; each line's sentence before a value read once."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.above = PlacedAbove(lines)

    def sentence(self, line: str, start: int) -> str:
        """The text of `line`'s sentence before `start`."""
        return _SENTENCE_END.split(line[:start])[-1]

    def plain(self, index: int, line: str, start: int) -> bool:
        """The sentence before the value at `start` and what is above its paragraph tell of no
        change, live system nor whose."""
        before = self.sentence(line, start)
        return not _CHANGE.search(before) and not says_whose(before) and not _HOST.search(line) \
            and not _YOUR.search(before) and not self.above.says_whose(index) \
            and self.shaped(index, line, start) \
            and not self.record(index) and not self.named_heading(index)

    def shaped(self, index: int, line: str, start: int) -> bool:
        """The value at `start` is `shaped` where the page writes it (a line's view, with its
        marks taken out, is read in its page line: every placeholder-shaped word there)."""
        if line == self.lines[index]:
            value = _WHOLE.search(line, start)
            return value is not None and shaped(line, value.start(), value.end())
        values = list(_WHOLE.finditer(self.lines[index]))
        return bool(values) and all(shaped(self.lines[index], value.start(), value.end())
                                    for value in values)

    def named_heading(self, index: int) -> bool:
        """A heading over line `index` is a name: two capitalised words or more and nothing
        else (`# Jensen Dental`, `## Marco Rossi`): the login is theirs (fixr58)."""
        return any(_NAMED_HEADING.fullmatch(heading.lstrip("# ").strip())
                   for heading in self.above.outlines[index])

    def record(self, index: int) -> bool:
        """Line `index`'s paragraph holds a key: value record (`Customer: Jensen Dental`): the
        login is that record's."""
        start = self.above.starts[index]
        end = index
        while end + 1 < len(self.lines) and self.lines[end + 1].strip():
            end += 1
        return any(_RECORD.match(self.lines[other]) for other in range(start, end + 1)
                   if other != index)

    def states(self, index: int, line: str, start: int) -> bool:
        """The value at `start` follows a sentence naming a default and the administrator's
        login, and nothing of a change, a live system or whose."""
        before = self.sentence(line, start)
        return bool(DEFAULT.search(_CLAUSE.split(before)[-1])) and self.plain(index, line, start)


    def stated(self, value: str) -> bool:
        """A line of the page states `value` as the default (read where it is written,
        whether or not a rule before this one accepted it there)."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(value)}")
        return any(self.states(index, line, match.start())
                   for index, line in enumerate(self.lines) if value in line
                   for match in pattern.finditer(line) if _AFTER.match(line, match.end()))


def _password(value: str) -> str | None:
    """The placeholder password `value` gives, alone or after the administrator's login
    (`admin/test1234`, as a line's view shows `admin`/`test1234`); None if it gives none."""
    bare = _bare(value)
    login, slash, password = bare.rpartition("/")
    if slash and not ADMIN.fullmatch(login.strip(_MARKS)):
        return None
    match = SHAPE.fullmatch(password.strip(_MARKS))
    return match.group(0) if match and reads_as_words(match.group(1)) else None


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but factory logins the page states as the product's default, and their
    repeats."""
    values = {password for _, line, hit in found
              if hit.kind == PASSWORD and not hit.vendor
              and (password := _password(line[hit.start:hit.end]))}
    if not values:
        yield from found
        return
    page = _Page(lines)
    stated = {value for value in values if page.stated(value)}
    for index, line, hit in found:
        if hit.kind == PASSWORD and not hit.vendor and stated \
                and _password(line[hit.start:hit.end]) in stated \
                and _AFTER.match(line, hit.end) and page.plain(index, line, hit.start):
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit

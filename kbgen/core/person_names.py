"""A person named in the text around a value, for the gate's surroundings (issue 19, branch
leak53): a title before a name in the six languages the gate reads (`von Frau Müller`, `Herr
Dr. Schmidt`, `Mme Dupont`, `M. Lefebvre`, `la Sra. García`, `mevrouw De Vries`, `sig.ra
Rossi`, `Mrs. Johnson`), and a log line that names who did something after its timestamp
(`2024-01-02 10:00:01 Jane Doe logged in from …`, `Accepted password for jane.doe from …`).

A value beside either is someone's: no example and no output a tutorial's own resources
printed (kbgen.core.surroundings read only `Jane's` and a customer's words, so a private address
or an example-looking address beside `Frau Müller` or in Jane Doe's log line was accepted).
A title must be written as titles are (capitalised, but Dutch's and Italian's lower-case
`mevrouw`, `meneer`, `sig.ra`), so `you will miss Updates` names no one."""

from __future__ import annotations

import re
import unicodedata

from kbgen.core.cased_letters import NAME
from kbgen.core.folded_words import folded_pattern

_NAME = rf"{NAME}(?:-{NAME})?"
"""A name: a capitalised word (maybe double-barrelled)."""
_PARTICLES = r"(?:(?:von|van|de|der|den|du|da|di|del|della|la|le|dos|ten|ter)[ \t]+)"
_TITLES = (
    r"(?:M|MM)\.|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herrn?|Frau|Fräulein|Mme|Mlle|Mmes|Sr|Sra|Srta|Sres"
    r"|Sig|Sig\.ra|Sig\.na|Sig\.ri|sig|sig\.ra|sig\.na|Dott|Dott\.ssa|[Dd]hr|[Mm]evr"
    r"|[Mm]eneer|[Mm]evrouw|[Jj]uffrouw"
    r"|[Ss]ignora|[Ss]ignorina|[Ss]ignor|[Ss]eñora|[Ss]eñorita|[Ss]eñor|Madame|Mademoiselle"
    r"|Monsieur|Doña"
    r"|[Pp]ani|[Pp]ana|[Pp]anu|[Pp]anią|[Pp]anem|[Pp]aní|[Pp]án|[Pp]ane|Sayın"
    r"|[Гг]осподин[ау]?|[Гг]оспож[аиеу]|[Гг]-[нж]а?)\.?")
"""Titles before a person's name, in English, German, French, Spanish, Italian and Dutch,
and Polish, Czech, Turkish and Russian (`komputer pani Kowalskiej`, `počítač paní Novákové`,
`Sayın Yılmaz`, `компьютер господина Иванова`: gap64; lower-case `pan` is no title, English
pans a camera);
`M.` only with its dot (`M Dupont` is rare, `M Series` a product's); spelt out too
(`la signora Bianchi`, `señora López`, `Madame Dubois`: rev54)."""

TITLED = (
    rf"(?<![\w.])(?:{_TITLES})(?:[ \t]+(?:Dr|Prof|Dipl\.-Ing|Ing|Mag)\.?)*"
    rf"[ \t]+{_PARTICLES}?{_NAME}(?![\w'’])")
"""A title, maybe more (`Herr Dr.`), maybe a particle (`van`), and a name."""
_TITLED = re.compile(folded_pattern(TITLED))

_FIRST_NAMES = (
    "Jane|John|Johan|Johannes|Alice|Anna|Anne|Annika|Maria|María|Marie|Mary|Lucía|Lucia|Lucie"
    "|Luca|Lukas|Lucas|Sofia|Sofía|Sophie|Emma|Olivia|Léa|Laura|Julia|Julie|Sarah|Sara"
    "|Hannah|Lena|Lisa|Elena|Carmen|Pedro|Pablo|Juan|José|Jose|Carlos|Javier|Miguel|Antonio"
    "|Manuel|Francesco|Giuseppe|Giulia|Marco|Matteo|Alessandro|Lorenzo|Pierre|Jean|Jacques"
    "|François|Camille|Chloé|Nicolas|Thomas|Michael|David|James|Robert|Peter|Paul|Hans"
    "|Jürgen|Klaus|Stefan|Andreas|Sabine|Petra|Ursula|Monika|Pieter|Joost|Sanne|Femke|Daan"
    "|Bram|Emily|Jessica|Jennifer|Linda|Susan|Karen|Daniel|Matthew|Andrew|Joseph|William"
    "|Richard|Charles|Steven|Kevin|Brian|Olga|Ivan|Fatima|Mohammed|Ahmed|Aisha|Priya|Isabel"
    "|Isabelle|Inés|Ines|Lars|Sven|Ingrid|Erik|Jens|Katrin|Claudia|Christine|Nathalie"
    "|Sébastien|Mathieu|Chiara|Francesca|Alessia|Sergio|Ana|Jorge|Luis|Rosa|Pilar|Willem"
    "|Jan(?![ \t]+\\d)|Johanna")
"""First names common in the six languages the gate reads, none of them an English word
(no `Will`, `Mark`, `Max`, `Rose`, `Grant`)."""

_FIRST_NAMES_FOLDED = frozenset(
    "".join(char for char in unicodedata.normalize("NFKD", name.split("(")[0].lower())
            if not unicodedata.combining(char))
    for name in _FIRST_NAMES.split("|"))


def first_name(word: str) -> bool:
    """`word`, in lower case without accents, is one of the common first names (`jane`,
    `lucia`)."""
    return word in _FIRST_NAMES_FOLDED


_GLUED = re.compile(
    "(?:" + "|".join(sorted((name for name in _FIRST_NAMES_FOLDED if len(name) >= 4),
                            key=len, reverse=True)) + ")[a-z]{3,}")
"""A first name of four letters or more glued to a surname (`janedoe`, `luciagarcia`)."""


def glued_name(word: str) -> bool:
    """`word`, in lower case without accents, is a first name of four letters or more glued
    to three letters or more and no dictionary word (`janedoe`, not `mariadb`, `annotation`;
    issue 19, branch leak56)."""
    from kbgen.core.concepts import pair_words  # here: a large list, loaded when asked

    return _GLUED.fullmatch(word) is not None and word not in pair_words()


NAMED = (
    rf"(?<![\w.])(?:{_FIRST_NAMES})(?:[ \t]+{_PARTICLES}?(?!(?:{_FIRST_NAMES})\b){_NAME}"
    rf"(?:['’]?s)?|s|['’]s)?(?![\w'’])(?=[ \t]+[\w(])"
    rf"|(?<![\w'’])(?:(?:[Oo]f|[Dd]e|[Vv]on|[Vv]an|[Dd]i|[Dd]a|[Dd]u|[Dd]el|[Dd]ella|der)[ \t]+"
    rf"|[dD]['’])(?:{_FIRST_NAMES})(?![\w'’])"
    rf"|(?<![\w.])(?i:famil(?:y|ia|ie|le|lia)|famiglia)[ \t]+(?:de[ \t]+|van[ \t]+)?{_NAME}"
    rf"|(?<![\w.])[Tt]he[ \t]+{_NAME}[ \t]+family(?!\w)")
"""A person named without a title: one of the common first names (`Jane`, `Lucía`), alone
after `of`/`de`/`von`/`van`/`di` (`la contraseña de Lucía`), with a surname (`Jane Doe`), or
with a possessive `s` (`Janes laptop`, `Jane Does`); a family's name (`la familia López`,
`der Familie Müller`, `the Smith family`) (issue 19, branch leak54)."""

_ROLES = (
    r"accountant|bookkeeper|colleague|co-?worker|employee|intern|technician"
    r"|secretary|receptionist|nurse|teacher|lawyer|cashier|clerk"
    r"|[Bb]uchhalter(?:in)?|[Kk]olleg(?:e|in)|[Mm]itarbeiter(?:in)?|[Pp]raktikant(?:in)?"
    r"|[Tt]echniker(?:in)?|[Ss]ekretär(?:in)?|[Ll]ehrer(?:in)?|[Aa]nwält(?:in)?|[Aa]nwalt"
    r"|comptable|collègue|employée?|stagiaire|technicien(?:ne)?|secrétaire|avocate?"
    r"|contable|contador[a]?|compañer[oa]|colega|emplead[oa]|becari[oa]|técnic[oa]"
    r"|secretari[oa]|abogad[oa]"
    r"|contabile|dipendente|stagista|tecnico|segretari[oa]|avvocat[oa]"
    r"|boekhouder|medewerker|stagiair|monteur|secretaresse|advocaat")
"""Roles people hold in an organisation, in the six languages (no `admin`, `user`,
`engineer`, `developer`, `manager`: tutorials' personae and software's roles)."""

ROLED = (
    rf"(?<![\w.-])(?:{_ROLES})(?:[ \t]+(?:{_PARTICLES})?{_NAME}(?![\w'’.-])(?!\.\w)"
    rf"|,[ \t]+(?:{_PARTICLES})?{_NAME},|[ \t]*\([ \t]*(?:{_PARTICLES})?{_NAME}[ \t]*\))")
"""A person named by surname with their role (`our accountant Okonkwo`, `Buchhalter
Okonkwo`, `la comptable Diallo`, `collega Bianchi`: issue 19, branch leak55), also set off
between commas or in brackets (`the accountant, Okonkwo,`, `the accountant (Okonkwo)`; rev55):
the role in lower case (German nouns capitalised)."""

PERSON = rf"(?:{TITLED})|(?:{NAMED})|(?:{ROLED})"
"""A person named, by title or without one (surroundings reads a value beside one as the
person's, no example)."""
_PERSON = re.compile(folded_pattern(PERSON))


def titled_person(text: str) -> bool:
    """`text` names someone by title (`Frau Müller`, `M. Lefebvre`)."""
    return bool(_TITLED.search(text))


def named_person(text: str) -> bool:
    """`text` names someone, by title, by name or by role (`Frau Müller`, `Jane Doe`, `de
    Lucía`, `accountant Okonkwo`), or by a full name outside the list that the text speaks of
    as a person (unlisted_person)."""
    return bool(_PERSON.search(text)) or unlisted_person(text)


_FULL_NAME = re.compile(rf"(?<![\w.@/#-]){_NAME}[ \t]+{_NAME}(?![\w'’@/-]|\.\w)")
"""Two capitalised words: a first name and a surname, or a product's name."""

_PERSONS_WORDS = re.compile(
    r"(?i)\b(?:his|her|him|hers|he|she|at[ \t]+home|works[ \t]+from[ \t]+home|lives"
    r"|zu[ \t]+hause|daheim|wohnt|à[ \t]+la[ \t]+maison|chez[ \t]+(?:lui|elle)|habite"
    r"|en[ \t]+casa|vive|a[ \t]+casa|abita|thuis|woont)\b")
"""Words that speak of a person (a pronoun, a home), in the six languages; not the ones that
say `its` as well (`sein`, `son`, `su`)."""


_THEIR = re.compile(r"\b(?:[Tt]heir|ihre[mnrs]?|sa)\b")
"""A possessive that says `their` or `her` as often as `its` (`on their laptop`, `mit ihrem
Laptop`, `avec sa tablette`): a person's only beside a name read as one (leak56). German's
`ihrem` in lower case only: `Ihren` is the reader's (`Geben Sie Ihren internen Server an`)."""

_ROLE_TITLES = (
    r"Accountant|Bookkeeper|Colleague|Co-?[Ww]orker|Employee|Intern|Technician|Secretary"
    r"|Receptionist|Nurse|Teacher|Lawyer|Cashier|Clerk|C[EFIOT]O|CISO"
    r"|Comptable|Collègue|Employée?|Stagiaire|Technicien(?:ne)?|Secrétaire|Avocate?"
    r"|Contable|Contador[a]?|Compañer[oa]|Colega|Emplead[oa]|Becari[oa]|Técnic[oa]|Abogad[oa]"
    r"|Contabile|Dipendente|Stagista|Tecnico|Avvocat[oa]"
    r"|Boekhouder|Medewerker|Stagiair|Secretaresse|Advocaat")
"""A role written capitalised before a surname (`Accountant Okonkwo`, `CFO Okonkwo`;
German's nouns are capitalised anyway and read by ROLED)."""
_PLURAL_ROLES = (
    r"accountants|bookkeepers|colleagues|co-?workers|employees|interns|technicians|secretaries"
    r"|receptionists|nurses|teachers|lawyers|cashiers|clerks"
    r"|[Bb]uchhalter(?:innen)?|[Kk]ollegen|[Kk]olleginnen|[Mm]itarbeiter(?:innen)?"
    r"|[Pp]raktikant(?:en|innen)|comptables|collègues|employée?s|stagiaires"
    r"|contables|compañer[oa]s|colegas|emplead[oa]s|contabili|colleghi|dipendenti|stagisti"
    r"|boekhouders|collega['’]s|medewerkers|stagiairs")
"""Roles in the plural, before two or more people (`accountants Okonkwo and Mwangi`)."""
_ASKED = re.compile(
    rf"(?<![\w.-])(?:[Aa]s|[Ll]ike)[ \t]+(?P<name>{_NAME})[ \t]+(?:asked|requested|wanted"
    rf"|wished|said|suggested|reported|wrote|needed|prefers|preferred)\b")
"""A surname alone as the one who asked (`…, as Mwangi asked`)."""
_CAPITAL_ROLED = re.compile(
    rf"(?<![\w.-])(?:{_ROLE_TITLES})[ \t]+(?P<name>{_NAME})(?![\w'’.-])(?!\.\w)")
_PLURAL_ROLED = re.compile(
    rf"(?<![\w.-])(?:{_PLURAL_ROLES})[ \t]+(?P<names>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*"
    rf"[ \t]+(?:and|und|et|y|e|en|&)[ \t]+{_NAME})(?![\w'’])")


def unlisted_person(text: str) -> bool:
    """`text` names a person outside the first names' list by words no dictionary, vendor or
    product has: two capitalised words in a text that speaks of a person (_PERSONS_WORDS:
    `Wanjiru Kamau uses 192.168.1.23 at home`; issue 19, branch leak55) or says `their`,
    `ihrem`, `sa`; a capitalised role before a surname (`Accountant Okonkwo`, `CFO Okonkwo`);
    a plural role before surnames (`accountants Okonkwo and Mwangi`); a surname alone as the
    one who asked (`as Mwangi asked`; leak56)."""
    if any(_surnames(match.group("name")) for pattern in (_CAPITAL_ROLED, _ASKED)
           for match in pattern.finditer(text)):
        return True
    if any(_surnames(" ".join(re.findall(_NAME, match.group("names"))))
           for match in _PLURAL_ROLED.finditer(text)):
        return True
    if not (_PERSONS_WORDS.search(text) or _THEIR.search(text)):
        return False
    return any(_unknown_words(match.group()) for match in _FULL_NAME.finditer(text))


_PRODUCT_NOUNS = frozenset(
    "portal dashboard hub suite platform service services system systems tool tools api plugin"
    " workspace login helpdesk app apps console panel center centre cloud desk assistant"
    " edition module manager view mode access connect self".split())
"""Nouns that name a product after a role (`Teacher Portal`, `CIO Dashboard`, `Employee
Self Service`), which the dictionary of pairs may not hold."""


def _surnames(names: str) -> bool:
    """Every word of `names` is unknown to the dictionary, names no vendor and is no
    product's noun: surnames after a role (`Okonkwo`, not `Portal`)."""
    return _unknown_words(names) and not any(
        word.lower() in _PRODUCT_NOUNS for word in names.split())


def _unknown_words(pair: str) -> bool:
    """Both words of `pair` are unknown to the dictionary and name no vendor. The dictionary
    is of Latin letters: a word in another script is never unknown to it, since it cannot tell
    that word from a name (a Russian heading in title case, `Продвинутые Приемы`, is no
    person: rev64)."""
    from kbgen.core.concepts import pair_words  # here: a large list, loaded when asked
    from kbgen.core.stand_in_words import VENDORS

    known = pair_words()
    return all(_LATIN.fullmatch(word) and word.lower() not in known
               and word.lower() not in VENDORS for word in pair.split())


_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’-]+")
"""A word of Latin letters (with their accents), the dictionary's script."""


_STAMP = re.compile(
    r"[ \t]*\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+\d{2}:\d{2}:\d{2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ T,]+\d{1,2}:\d{2}(?::\d{2})?)\]?")
"""A log line's timestamp at its start (ISO 8601, syslog's `Jan  2 10:00:01`, a day first)."""

_NOT_NAMES = frozenset(
    "admin administrator user users system root service server guest anonymous default test"
    " demo example session connection started stopped accepted failed invalid new remote local"
    " client request response error warning info debug notice job task backup update login"
    " logout password account group team project support sync mail web api worker scheduler"
    " cron docker kubernetes the this that your our all auth authentication access device"
    " network host node pod container app application database cache queue event proxy nginx"
    " apache traefik caddy agent bot daemon manager controller operator gateway balancer"
    " plugin module handler scanner monitor probe".split())
"""Capitalised log words that are no one's name (`Session Started`, `Admin User`)."""

_PAIR = rf"(?P<first>{_NAME})[ \t]+{_PARTICLES}?(?P<last>{_NAME})(?![\w'’])"
_DOES = (r"[ \t]+(?:logged|signed|connected|disconnected|changed|reset|requested|opened"
         r"|viewed|downloaded|uploaded|deleted|created|updated|added|removed|accessed"
         r"|authenticated|failed|has|had|was|is|hat|ist|wurde|meldete|a|est|s['’]est|ha|se"
         r"|heeft|is|werd|logde)\b")
"""What a log says a person did (in the six languages), right after the name."""
_ACTORS = (
    re.compile(rf"(?<![\w.]){_PAIR}{_DOES}"),
    re.compile(rf"(?<![\w.])(?i:user|for|by|benutzer|utilisateur|usuario|utente|gebruiker|door"
               rf"|von|par|por|da)[ \t]+[\"'“]?(?:{_PAIR}"
               rf"|(?!www\.)(?P<login>[a-z]{{2,}}[._][a-z]{{2,}})(?![\w.@-]))"))
"""A name (two capitalised words) doing something; or a name, or a login of first and last
name (`jane.doe`), after `user`, `for` or `by`."""


def logged_person(line: str) -> bool:
    """`line` is a log line (a timestamp at its start) that names a person who did something
    (`2024-01-02 10:00:01 Jane Doe logged in`, `… Accepted password for jane.doe from …`)."""
    stamp = _STAMP.match(line)
    if stamp is None:
        return False
    for actor in _ACTORS:
        for match in actor.finditer(line, stamp.end()):
            login = "login" in actor.groupindex and match.group("login")
            if login or match.group("first") and not {
                    match.group("first").lower(), match.group("last").lower()} & _NOT_NAMES:
                return True
    return False

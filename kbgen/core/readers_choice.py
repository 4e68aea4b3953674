"""The words of a clause that name what the reader chooses or types, not a value the team placed
(issue 19, branch leak55). An example's marker (`e.g.`, `zum Beispiel`) does not excuse a
private address its clause places (`(e.g., ping 10.20.30.40) against the payroll server`,
`…; the token for it is in the vault`, `The admin password works on the gateway (e.g. …)`),
but a clause that places nothing but the reader's own or a kind of thing does not place it:
`Geben Sie Ihren internen Server an, zum Beispiel 10.0.0.5.`, `Use a private address, e.g.
10.0.0.5.` Taken out of the clause before it is read:

- the reader's own (a second person's possessive in the six languages, and up to three words
  of its noun phrase: `your internal server`, `Ihren internen Server`, `votre serveur
  interne`, `il tuo server interno`, `uw interne server`);
- a kind of thing (an indefinite article and its noun phrase: `a private address`, `an
  internal host`, `eine interne Adresse`, `une adresse privée`), unless the phrase names a
  secret (`a token for it is in the vault` still names one).

A noun phrase stops at an article or a preposition (`your server on the payroll network` keeps
`the payroll network`). A phrase naming a department of an organisation stays too (`your
payroll server`, `a payroll host`, `Ihren Lohnbuchhaltungsserver`): the reader's own or a kind
of thing, it still says which machine the team means (issue 19, branch leak56), for an address
a company picks (not one of a home router's default networks: `your payroll server's address,
e.g. 10.0.0.7` stays the reader's own); a machine's general job (`your NAS`, `your mail
server`) is every reader's, and is taken out."""

from __future__ import annotations

import re

_STOP = (r"the|of|for|on|in|at|to|from|with|by|against|is|are|was|la|le|les|l|el|los|las|de"
         r"|del|du|des|der|die|das|den|dem|vom|im|am|il|lo|gli|di|da|het|van|op|in|voor|sur"
         r"|dans|pour|en|con|para|por|auf|für|bei|mit")
"""Articles and prepositions that end a noun phrase."""

_DEPARTMENT = re.compile(
    r"(?i)\b(?:payroll|hr|human resources|finance|accounting|bookkeeping|erp|crm)\b"
    r"|(?:lohn|gehalts?|personal|finanz)(?:buchhaltung|abrechnung|abteilung)|buchhaltung"
    r"|\b(?:paie|ressources humaines|comptabilit[ée]|n[óo]minas?|recursos humanos|contabilidad"
    r"|buste paga|paghe|risorse umane|contabilit[àa]|salarisadministratie|loonadministratie"
    r"|personeelszaken|boekhouding)\b")
"""A department of an organisation, in the six languages (claim_words' JOBS that name one, not
a machine's job every network has: `NAS`, `mail server`, `LDAP`); German compounds too
(`Lohnbuchhaltungsserver`)."""

_WORD = rf"(?!(?:{_STOP})\b)[^\W\d_][\w'’-]*"
_PHRASE = rf"(?:[ \t]+{_WORD}){{1,3}}"
"""Up to three words of a noun phrase."""

_YOURS = re.compile(
    r"(?i)\b(?:your|yours|ihr(?:e[mnrs]?)?|dein(?:e[mnrs]?)?|votre|vos|ton|ta|tes|tu|tus|su|sus"
    r"|vuestr[oa]s?|tuo|tua|tuoi|tue|vostr[oaie]|uw|jouw)" + _PHRASE)
"""The reader's own and its noun phrase."""

_A_KIND = re.compile(
    r"(?i)\b(?:an?|any|some|ein(?:e[mnrs]?)?|irgendein(?:e[mnrs]?)?|une?|un[ao]s?|uno|een)"
    + _PHRASE)
"""A kind of thing: an indefinite article and its noun phrase."""

_SECRET_WORD = re.compile(
    r"(?i)token|passw|secret|credential|api[_ -]?key|kennw|geheim|mot[ _-]de[ _-]passe|jeton"
    r"|contrase|clave|segreto|wachtwoord|sleutel|hmac|bearer")
"""A word naming a secret (not `private`, which names a kind of address as often)."""


def unplaced(clause: str, departments: bool = True) -> str:
    """The clause without the reader's own noun phrases and those naming a kind of thing that
    is no secret, unless (`departments`) they name a department (`Use a private address,
    e.g.` -> `Use , e.g.`; `Use a payroll host, e.g.` stays). A caller judging an address in
    a home router's default network passes `departments=False`: `your payroll server's
    address, e.g. 10.0.0.7` is any reader's (leak55), `e.g. 10.20.30.40` a company's pick."""
    clause = _YOURS.sub(lambda match: match.group() if departments and _DEPARTMENT.search(
        match.group()) else " ", clause)
    return _A_KIND.sub(lambda match: match.group() if _SECRET_WORD.search(match.group())
                       or departments and _DEPARTMENT.search(match.group()) else " ", clause)


def names_department(text: str) -> bool:
    """The text names a department of an organisation (`## Payroll servers`, `Buchhaltung`)."""
    return bool(_DEPARTMENT.search(text))

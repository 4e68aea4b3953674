"""Words that claim a value as real, in English, German, French, Spanish, Italian and Dutch, for
the gate (issue 19).

The gate lets a private address, a host name or a stand-in pass where nothing places it with
someone; every such rule asks the same question (does the text place it with a customer, the
company's own side, a machine's job or a secret?), and "our database runs on 10.0.0.5" must be
answered the same as "Unsere Datenbank läuft auf 10.0.0.5". The words live here once, by
meaning and language (the six languages whose example words the rules know, Surroundings'
`_EXAMPLE`), and each rule takes the groups it needs with `words`. A rule whose English list is
tuned on real help centres (`client` names software as often as a customer) keeps its English
and takes the five other languages with `english=False`.

Each word is a regular expression's alternative, matched case-insensitively between word
boundaries by the rule. Ambiguous words are left out (French `client` alone, software as
often; `bureau`, the desktop; `locaux`, local files; German `Firma`, a signature in Spanish and
Italian; French `plaint…`, English `plaintext`), `interno` is no claim after an apostrophe
(`all'interno`, within), nor `ons` (Dutch `our`) after a hyphen (`add-ons`).
"""

from __future__ import annotations

from typing import NamedTuple


class Group(NamedTuple):
    """One meaning's words: English, then German, French, Spanish, Italian and Dutch."""

    english: tuple[str, ...]
    others: tuple[str, ...]


CASE = Group(
    english=("customers?", "tickets?", "requesters?", "callers?", "reported", "wrote",
             r"complain\w*"),
    others=("kund(?:e|en|in|innen)", "gemeldet", "schrieb", r"beschwer\w*",  # German
            "(?:du|des|au|aux) clients?", r"signalé\w*", "signalement", "a écrit", "se plaint",
            r"plaintes?", r"réclamation\w*",  # French (`client` alone is software as often)
            "clientes?", "incidencias?", "report[óo]", "escribi[óo]", r"queja\w*",  # Spanish
            "clienti", r"segnala\w*", "ha scritto", r"lament\w*",  # Italian
            "klant(?:en)?", r"melding\w*", "meldde", "schreef", r"klacht\w*", r"klaag\w*"))
"""A real person's case: a customer's, a ticket's, what someone reported."""

OUR = Group(
    english=("our", "ours"),
    others=("unser(?:e[mnrs]?)?", "notre", "nuestr[oa]s?", "nostr[oaie]", "onze"))
"""The writer's side, possessive (`our database`, `unsere Datenbank`, `notre serveur`)."""

WE = Group(english=("we", "us"),
           others=("wir", "nous", "nos", "nosotros", "noi", "wij", "(?<!-)ons"))
"""The writer's side, as a pronoun (`we host it at`), and the possessives that are pronouns
too: French `nos` is Spanish `us` (`esto nos permite`), Dutch `ons` is `us` (`neem contact met
ons op`), so they place no address alone, as English `us` does not."""

LIVE = Group(
    english=("staging", "production", "prod"),
    others=(r"produktiv\w*", r"produktion\w*", "producción", "produzione", "productie"))
"""A live system (`production`, `Produktion`, `producción`)."""

PREMISES = Group(
    english=("office", "corporate", "intranet", "(?<!-)internal", "company", "employees?"),
    others=("(?<![-'’])intern(?:e[mnrs]?|[oa]s?|i)?",  # every language's `internal`
            r"büro\w*", r"unternehmen\w*", r"mitarbeiter\w*",  # German
            "entreprise", "société", "employés?",  # French
            "oficina", "empresa", "emplead[oa]s?",  # Spanish
            "ufficio", "uffici", r"aziend\w*", "dipendenti",  # Italian
            "kantoor", r"bedrijf\w*", r"medewerkers?"))  # Dutch
"""The company's own premises and people (`office`, `intranet`, `Büro`, `empresa`)."""

JOBS = Group(
    english=("payroll", "hr", "finance", "accounting", "database server", "backup server", "nas",
             "file ?share", "ldap", "active directory", "domain controller", "mail server", "erp",
             "crm", "jenkins", "gitlab", "wiki", "cctv"),
    others=("lohnbuchhaltung", "gehaltsabrechnung", "personalabteilung", "buchhaltung",
            "datenbank-?server", "backup-?server", "datei-?server", "domänen-?controller",
            "mail-?server",  # German
            "paie", "ressources humaines", "comptabilité",
            "serveur de (?:base de données|sauvegarde|fichiers|messagerie|mail)",
            "contrôleur de domaine", "partage de fichiers",  # French
            "nóminas?", "recursos humanos", "contabilidad",
            "servidor de (?:base de datos|copias de seguridad|respaldo|archivos|correo)",
            "controlador de dominio",  # Spanish
            "buste paga", "paghe", "risorse umane", "contabilità",
            "server di (?:database|backup|posta)", "controller di dominio",  # Italian
            "salarisadministratie", "loonadministratie", "personeelszaken", "boekhouding",
            "databaseserver", "back-?upserver", "bestandsserver", "domeincontroller"))  # Dutch
"""A machine's job in an organisation (`payroll`, `Buchhaltung`, `contrôleur de domaine`)."""

SECRETS = Group(
    english=("secrets?", "passwords?", "passwd", "credentials?", "tokens?", "api ?keys?"),
    others=(r"passw[oö]rt\w*", r"kennw[oö]rt\w*", "zugangsdaten", r"geheim\w*",  # German, Dutch
            "mots? de passe", "identifiants",  # French
            "contraseñas?", "credenciales", "secretos?",  # Spanish
            "credenziali", "segret[oi]",  # Italian
            r"wachtwoord\w*", "inloggegevens"))  # Dutch
"""A secret (`password`, `Kennwort`, `mot de passe`, `contraseña`, `wachtwoord`)."""


def words(*groups: Group, english: bool = True) -> str:
    """The groups' words as one regular expression's alternatives (`our|ours|unser…`); with
    `english=False`, the five other languages' only, for a rule that keeps its own English."""
    return "|".join(word for group in groups
                    for word in (group.english + group.others if english else group.others))

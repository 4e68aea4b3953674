"""E-mail addresses that name no person: an organisation's role mailboxes and placeholders.

`support@vendor.com`, `privacy@vendor.com` or `noreply@vendor.com` reach a department, not a
person (RFC 2142 lists the common ones), and so do local parts made only of words naming a
team, a function or a service (`servicedesk`, `research-data`, `IToperations`,
`training`): a person's name is never spelt with those words alone. `name@gmail.com`,
`your.name@outlook.com` or `myemail@...` explain a form, and so does any address at a
placeholder domain (`mydomain.com`, `yourcompany.org`). At a free mail provider a role word
is someone's own address (`info@gmail.com`), so only placeholders are impersonal there.
"""

from __future__ import annotations

import re

ROLE_MAILBOXES = frozenset({
    # RFC 2142
    "info", "marketing", "sales", "support", "abuse", "noc", "security", "postmaster",
    "hostmaster", "usenet", "news", "webmaster", "www", "uucp", "ftp",
    # common departments and senders
    "help", "contact", "hello", "privacy", "dpo", "gdpr", "legal", "press", "media", "billing",
    "feedback", "careers", "jobs", "partners", "partnerships", "office", "service",
    "customerservice", "enquiries", "inquiries", "noreply", "no-reply", "donotreply",
    "do-not-reply", "notifications", "notification", "system", "mailer-daemon", "bounce",
    "bounces", "git",
    # the same in other languages
    "kontakt", "datenschutz", "hilfe", "contacto", "soporte", "ayuda", "privacidad", "aide",
    "rgpd", "contatti", "assistenza", "supporto", "klantenservice", "privacyofficer",
})
"""Local parts that name a function of an organisation (`git` is the account of SSH remotes,
`git@github.com:owner/repo`)."""
ROLE_WORDS = frozenset({
    *ROLE_MAILBOXES,
    "it", "ict", "hpc", "tech", "translate", "translations", "translators", "localization",
    "localisation", "technical", "desk", "helpdesk", "servicedesk", "services",
    "team", "teams", "group", "ops", "operations", "sysadmin", "sysadmins", "admin", "admins",
    "systems", "infrastructure", "network", "networks", "cloud", "storage", "data", "research",
    "researchers", "science", "software", "hardware", "developers", "developer", "dev", "devs",
    "engineering", "training", "education", "learning", "courses", "workshops", "engagement",
    "outreach", "community", "communications", "comms", "events", "membership", "members",
    "accounts", "account", "finance", "invoices", "invoicing", "payments", "payroll",
    "accounting", "procurement", "purchasing", "orders", "returns", "shipping", "customer",
    "customers", "care", "success", "users", "user", "student", "students", "staff", "alumni",
    "admissions", "registry", "records", "library", "compliance", "governance", "ethics",
    "recruitment", "hr", "people", "talent", "university", "institute", "faculty", "school",
    "department", "lab", "labs", "project", "projects", "portal", "web", "website", "docs",
    "documentation", "bugs", "bug", "issues", "reports", "report", "alerts", "monitoring",
    "status", "announcements", "announce", "newsletter", "general", "enquiry", "questions",
    "requests", "request", "access", "allocations", "licensing", "licences", "licenses",
    "helpline", "hotline", "incident", "incidents", "cert", "csirt", "soc", "tickets",
    "ticket", "central", "main", "global", "national", "international",
    "mail", "email", "office", "board", "committee", "secretariat", "reception", "facilities",
    "estates", "grants", "funding", "partner", "relations", "investor", "investors",
    "product", "products", "design", "api", "qa", "release", "releases", "mirror",
    "mirrors", "packages", "maintainers", "core", "devteam", "contributors",
    # software that sends or commits on its own (Dokku's `automated@dokku.sh`, fp44)
    "automated", "automation", "robot", "robots", "bot", "bots", "buildbot", "daemon",
    "deploy", "deployer", "deployments",
    # the same in other languages (Finnish, Swedish, Norwegian and Danish, Polish)
    "tuki", "asiakaspalvelu", "kirjaamo", "tietosuoja", "palaute", "myynti", "laskutus",
    "viestinta", "neuvonta", "kundtjanst", "registrator", "dataskydd", "fakturering",
    "kundeservice", "kundeservise", "personvern", "faktura", "biuro", "pomoc", "sekretariat",
    "tietosuojavastaava", "protection", "saavutettavuus", "accessibility",
})
"""Words that name a team, a function or a service; a local part made of them alone
(`researchdata`, `it-operations`, `IToperations`) reaches a team, not a person. No word here
is a given name; words of two letters (`it`, `hr`) count only as a whole chunk, never inside
a run of letters (`irit` is a name)."""
_PLACE = (r"(?:domain|company|business|organi[sz]ation|org|site|website|server|host|institution"
          r"|university|provider|isp|corp|workplace|employer|school)")
_PLACEHOLDER_DOMAIN = re.compile(
    rf"(?i)domain|(?:my|your|some)[-_]?(?:own[-_]?)?{_PLACE}\d*")
"""The first label of a placeholder domain (`mydomain.com`, `yourcompany.org`, `your-isp.net`):
a domain the reader is meant to replace by their own."""
_KIND_OF_DOMAIN = re.compile(
    rf"(?i)org|organi[sz]ation|institution|university|company|employer"
    rf"|(?:my|your|some)[-_]?(?:own[-_]?)?[a-z]{{2,12}}[-_]?{_PLACE}\d*")
"""The first label of a domain that names a kind of organisation or server where its name
would go (`org.fi`, `mylicenseserver.com`): real domains too (company.com, university.edu),
so only a generic or role mailbox there is a placeholder (`employee@org.fi`, not
`anna@company.com`)."""
GENERIC_LOCAL_PARTS = frozenset({
    "employee", "staff", "person", "member", "student", "port", "someone", "somebody",
    "researcher", "teacher", "worker", "faculty", "affiliate", "alum", "library-walk-in",
})
"""Local parts naming a kind of person or a port, not anyone (`employee@org.fi`, and the
eduPerson affiliations Haka and eduGAIN write so: `affiliate@org.fi`, `library-walk-in@`)."""
_PLACEHOLDER_LOCAL = re.compile(
    r"(?i)(?:my|your|some)[-_.]?(?:e-?mail(?:[-_.]?address)?|name|user(?:[-_.]?name)?|login"
    r"|address|account|id|own[-_.]?address)\d*|your")
"""`myemail`, `your_username`, `my.name`, `someaccount`, `your`: a local part the reader
replaces by their own."""
FREE_MAIL = frozenset({
    "gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "ymail", "icloud",
    "me", "mac", "aol", "proton", "protonmail", "pm", "gmx", "web", "mail", "yandex", "qq",
    "163", "126", "zoho", "fastmail", "hey", "tutanota", "tuta", "duck", "orange", "free",
    "laposte", "libero", "t-online", "seznam", "wp", "o2", "btinternet", "comcast",
    # rev36: Korean, Japanese, Chinese, Russian and other providers an example record or a
    # fediverse line may carry (`jane.kim@hanmail.net` is as much anyone's as gmail.com)
    "naver", "hanmail", "daum", "kakao", "nate", "docomo", "ezweb", "softbank", "foxmail",
    "sina", "sohu", "aliyun", "yeah", "list", "inbox", "bk", "rambler", "ya", "ukr", "posteo",
    "mailbox", "rocketmail", "windowslive", "email", "att", "sbcglobal", "verizon", "cox",
    "sky", "wanadoo", "sfr", "bluewin", "interia", "onet", "abv", "rediffmail", "tiscali",
    "virgilio", "alice", "uol", "bol", "terra", "bigpond", "shaw", "rogers", "arcor",
    "freenet", "riseup", "disroot", "skiff",
})
"""Providers where anyone has an address: the first label of the domain (`yahoo.co.uk`)."""


def at_free_mail(domain: str) -> bool:
    """`domain` or a domain it is under is a free-mail provider's (`m.gmail.com`, `hanmail.net`):
    any label but the last one is read."""
    return any(label in FREE_MAIL for label in domain.lower().split(".")[:-1])
PLACEHOLDER_LOCAL_PARTS = frozenset({
    "name", "yourname", "your.name", "your_name", "your-name", "username", "user.name",
    "yourusername", "your.username", "someone", "somebody", "anyone", "email", "youremail",
    "your.email", "your-email", "your_email", "example", "sample", "placeholder",
    "firstname.lastname", "first.last", "firstname", "lastname", "name.surname",
    "firstname_lastname", "first_last", "yourfriend", "friend", "recipient", "sender",
    # the same in other languages
    "ihrname", "vorname.nachname", "max.mustermann", "votrenom", "prenom.nom", "nombre",
    "tunombre", "nombre.apellido", "nome.cognome", "voornaam.achternaam",
})
"""Local parts written to show a form, not to name anyone."""
_ONLY_X = re.compile(r"(?i)x{3,}")


def impersonal(local: str, domain: str) -> bool:
    """True for a role mailbox at an organisation's domain or a placeholder anywhere."""
    base, _, tag = local.partition("+")
    if tag and _full_name(tag):
        return False  # `support+anna.virtanen@`: a role mailbox's tag naming someone
    if (base.lower() in PLACEHOLDER_LOCAL_PARTS or _ONLY_X.fullmatch(base)
            or _PLACEHOLDER_LOCAL.fullmatch(base)):
        return True
    provider = domain.lower().split(".", 1)[0]
    if _PLACEHOLDER_DOMAIN.fullmatch(provider) or any(
            _ONLY_X.fullmatch(label) for label in domain.split(".")):
        # `mydomain.com`, `domain.name`, `86.xxx.xxx.xxx`; but `anna.virtanen@domain.com` is
        # someone's (domain.com and mydomain.com sell mailboxes)
        return not _full_name(base) or role_words(base)
    if _KIND_OF_DOMAIN.fullmatch(provider):
        return base.lower() in GENERIC_LOCAL_PARTS or role_words(base)

    return provider not in FREE_MAIL and role_words(base)


_FULL_NAME = re.compile(r"(?i)([a-z]{2,})[._-]([a-z]{2,})")
PLACEHOLDER_NAMES = frozenset({
    "john", "jane", "joe", "doe", "smith", "max", "erika", "mustermann", "jan", "kowalski",
    "matti", "maija", "meikalainen", "alice", "bob", "carol", "mario", "rossi", "jean",
    "dupont", "juan", "perez", "first", "last", "user", "test", "foo", "bar", "etunimi",
    "sukunimi", "fornavn", "etternavn", "efternamn", "fornamn", "imie", "nazwisko",
})
"""Names and words that tutorials give their invented people (`john.doe`, `max.mustermann`)."""


def _full_name(local: str) -> bool:
    """`anna.virtanen`: a given name and a surname, neither an invented one."""
    match = _FULL_NAME.fullmatch(local)
    return match is not None and not PLACEHOLDER_NAMES.intersection(
        part.lower() for part in match.groups())


_CHUNK = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+")
"""Chunks of a local part: `IToperations` is `IT` and `operations`, `ResearchData` two."""
MAX_ROLE_WORD = max(map(len, ROLE_WORDS))
MAX_LOCAL_PART = 64
"""RFC 5321's longest local part: longer ones are not read for role words."""
MIN_JOINED_WORD = 3
"""Role words run together (`servicedesk`) are this long at least."""


def role_words(local: str) -> bool:
    """True when `local` is spelt with role words alone (`servicedesk`, `it.operations`,
    `research-data2`); digits may follow a word, nothing else may stand between them."""
    if len(local) > MAX_LOCAL_PART:
        return False
    chunks = _CHUNK.findall(re.sub(r"\d+", "-", local))
    if not chunks or len("".join(chunks)) < len(re.sub(r"[\d._+-]", "", local)):
        return False  # a character that is not a letter, a digit or ._+-
    return all(_spelt_with_roles(chunk.lower()) for chunk in chunks)


def _spelt_with_roles(word: str) -> bool:
    """`researchdata` is `research` + `data`: the word is a run of role words."""
    if word in ROLE_WORDS:
        return True
    ends = {0}
    for end in range(1, len(word) + 1):
        if any(word[start:end] in ROLE_WORDS for start in ends
               if MIN_JOINED_WORD <= end - start <= MAX_ROLE_WORD):
            ends.add(end)
    return len(word) in ends

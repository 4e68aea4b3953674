"""E-mail addresses that name no person: an organisation's role mailboxes and placeholders.

`support@vendor.com`, `privacy@vendor.com` or `noreply@vendor.com` reach a department, not a
person (RFC 2142 lists the common ones), and `name@gmail.com` or `your.name@outlook.com`
explain a form. At a free mail provider a role word is someone's own address
(`info@gmail.com`), so only placeholders are impersonal there.
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
FREE_MAIL = frozenset({
    "gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "ymail", "icloud",
    "me", "mac", "aol", "proton", "protonmail", "pm", "gmx", "web", "mail", "yandex", "qq",
    "163", "126", "zoho", "fastmail", "hey", "tutanota", "tuta", "duck", "orange", "free",
    "laposte", "libero", "t-online", "seznam", "wp", "o2", "btinternet", "comcast",
})
"""Providers where anyone has an address: the first label of the domain (`yahoo.co.uk`)."""
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
    base = local.lower().split("+", 1)[0]
    if base in PLACEHOLDER_LOCAL_PARTS or _ONLY_X.fullmatch(base):
        return True
    provider = domain.lower().split(".", 1)[0]
    return base in ROLE_MAILBOXES and provider not in FREE_MAIL

"""Synonyms every help centre needs, shipped with kbgen and applied with the site's own.

Customers and writers name the same thing differently: an article says "uninstall" and the
customer types "remove", the article says "iOS" and the customer "iPhone". A site's
`_data/synonyms.yml` adds its own groups to these; `common: false` there leaves these out
(see kbgen.core.synonyms). Kept small and reviewed: only words that mean the same thing in
any product's help centre (spellings, abbreviations, everyday words for the same action), with
the forms customers type, since phrases are matched as written (stemming comes after).
Not here on purpose: words whose sense depends on the product (`plan`, `package`, `order`,
`reset`, `update`), which a site can add for itself; and phrases built of everyday verbs
("not getting", "didn't get"), which would put `get` into every article that has them.
"""

from __future__ import annotations

COMMON_GROUPS: tuple[tuple[str, ...], ...] = (
    # accounts
    ("log in", "sign in", "login", "signin", "log on", "logon"),
    ("logging in", "signing in", "logged in", "signed in"),
    ("log out", "sign out", "logout", "signout", "logged out", "signed out"),
    ("sign up", "signup", "create an account", "register an account"),
    ("password", "passcode", "pw", "pwd"),
    ("forgot my password", "forgot password", "forgotten password", "lost my password",
     "reset password", "reset my password", "reset the password"),
    ("username", "user name"),
    ("2fa", "two-factor", "two factor", "2-step verification", "two-step verification",
     "2 step verification", "mfa", "multi-factor", "multifactor"),
    ("email", "e-mail"),
    ("emails", "e-mails"),
    ("spam", "junk"),
    # software
    ("uninstall", "remove", "uninstalling", "removing", "uninstalled", "removed"),
    ("app", "application"),
    ("apps", "applications"),
    ("settings", "preferences"),
    ("folder", "directory"),
    ("folders", "directories"),
    ("slow", "sluggish", "laggy"),
    ("antivirus", "anti-virus", "virus scanner", "windows defender", "malware scanner"),
    ("ota", "over-the-air", "over the air"),
    ("faq", "frequently asked questions"),
    # devices and systems
    ("iphone", "ipad", "ios", "ipados"),
    ("macos", "mac os", "os x", "osx", "macbook", "imac"),
    ("computer", "pc", "laptop"),
    ("phone", "smartphone", "mobile phone", "cell phone", "cellphone"),
    ("wifi", "wi-fi", "wireless network", "wlan"),
    ("bluetooth", "ble"),
    ("sd card", "microsd", "micro sd", "memory card"),
    ("screen", "display"),
    ("photo", "picture", "image"),
    ("photos", "pictures", "images"),
    ("torrent", "torrents", "torrenting", "bittorrent", "p2p", "peer-to-peer"),
    # buying
    ("refund", "money back", "reimbursement"),
    ("invoice", "receipt"),
    ("buy", "purchase"),
    ("customer service", "customer support", "support team", "help desk", "helpdesk"),
)
"""Groups of phrases (lowercase) that mean the same, as `_data/synonyms.yml` writes them."""

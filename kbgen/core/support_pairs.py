"""Pairs of words a customer and a help article use for the same thing, where a dictionary
keeps them apart: `beta`/`prerelease`, `fingerprint`/`biometric`, `plug`/`connect`.

WordNet's pairs (kbgen.core.concepts) join words of one first sense; support questions bridge
words that are not synonyms in general English but name the same thing in any product's help
(a `phone` is the `mobile` app's device, `how far` asks for its `range`, a `busy` port is one
another `process` holds). Written from general support knowledge, one word each side (phrases
are kbgen.core.common_synonyms' job), and applied as concepts' pairs are: only where the site
uses both words, as related words (a word reached only through its partner counts a third),
so a pair can add a page to a query's results but never copies a word into an article. Kept
out on purpose: words with another common sense in software (`drop`: drag and drop, a drop-down
list), which put pages about that sense above the answer. Measured on the ten tuning sets and
the held-out ones (bench/RESULTS.md, issue 13, voc57).
"""

from __future__ import annotations

SUPPORT_PAIRS: tuple[tuple[str, str], ...] = (
    # things go wrong
    ("freeze", "unresponsive"), ("freezes", "hangs"), ("frozen", "unresponsive"),
    ("stuck", "freeze"), ("blank", "empty"),
    # sizes and distances
    ("big", "large"), ("huge", "large"), ("tiny", "small"),
    ("far", "range"), ("distance", "range"),
    ("quiet", "volume"), ("loud", "volume"),
    # devices and programs
    ("phone", "mobile"), ("smartphone", "mobile"),
    ("plug", "connect"),
    ("program", "application"), ("program", "process"), ("busy", "occupied"),
    ("fingerprint", "biometric"), ("faceid", "biometric"), ("authenticator", "totp"),
    ("shortcut", "hotkey"), ("keybinding", "shortcut"),
    # releases
    ("beta", "prerelease"), ("beta", "preview"), ("nightly", "prerelease"),
    ("changelog", "release"), ("rollback", "downgrade"),
    # communities and moderation
    ("ban", "block"), ("forum", "community"),
    # buying
    ("coupon", "discount"), ("voucher", "discount"), ("trial", "free"),
    ("unsubscribe", "cancel"), ("renewal", "subscription"), ("billed", "charged"),
)
"""(customer's word, article's word), lowercase, each a single word; read both ways."""

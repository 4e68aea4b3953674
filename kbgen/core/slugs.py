"""Slugs in any script: what a file name may be, the name `kbgen new` makes from a title, and
the ASCII address a page is published at.

A file may be named in its language (`überweisung-fehlgeschlagen.md`, `ошибка-входа.md`,
`ログインできない.md`): lowercase letters or digits of any script, words joined by hyphens.
`related` names it so. Its address is transliterated to ASCII with anyascii
(`articles/billing/uberweisung-fehlgeschlagen.html`): it works on every host and in every
place a link is pasted, and reads the same whatever the file system did to the accents.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_WORD = r"[^\W_]+"
_SLUG = re.compile(rf"{_WORD}(?:-{_WORD})*")


def nfc(text: str) -> str:
    """`text` in composed form (macOS names files `u` + combining diaeresis)."""
    return unicodedata.normalize("NFC", text)


def is_slug(text: str) -> bool:
    """Lowercase words of letters or digits of any script, joined by single hyphens."""
    text = nfc(text)
    return bool(_SLUG.fullmatch(text)) and text == text.lower()


def unicode_slug(title: str, limit: int | None = None) -> str:
    """`Überweisung fehlgeschlagen!` -> `überweisung-fehlgeschlagen`; `Can't sign in` ->
    `cant-sign-in`; words kept whole, at most `limit` characters."""
    words = re.findall(_WORD, nfc(title).lower().replace("'", "").replace("’", ""))
    return _join(words, limit)


def ascii_slug(text: str, limit: int | None = None) -> str:
    """`Ошибка входа` -> `oshibka-vkhoda`; `Café & co.` -> `cafe-co`; `ログイン` -> `roguin`:
    every script transliterated to ASCII (anyascii), words kept whole up to `limit`."""
    words = re.findall(r"[a-z0-9]+", anyascii(nfc(text)).lower().replace("'", ""))
    return _join(words, limit)


def url_slug(slug: str) -> str:
    """The ASCII address of a slug: itself when ASCII, else transliterated (`` when nothing
    of it transliterates)."""
    return slug if slug.isascii() else ascii_slug(slug)


def published_stem(src_uri: str) -> str:
    """Where the build publishes a page of the content folder, without its suffix:
    `articles/billing/überweisung.md` -> `articles/billing/uberweisung` (each part not in ASCII
    transliterated, as kbgen.site.addresses does to the page's address)."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    return "/".join(part if part.isascii() else (url_slug(part) or part)
                    for part in stem.split("/"))


def _join(words: list[str], limit: int | None) -> str:
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if limit is not None and len(candidate) > limit:
            break
        slug = candidate
    return slug

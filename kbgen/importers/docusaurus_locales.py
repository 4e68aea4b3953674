"""The locales a Docusaurus site publishes (`i18n: {locales: ['en', 'fr']}` in its
configuration): a translation folder `i18n/<locale>/` of a locale the list leaves out is not
built by Docusaurus (a translation begun, or one taken off the site), so it is not imported,
and the summary says why."""

from __future__ import annotations

import re
from pathlib import Path

from kbgen.importers.docusaurus_docs import object_at

_I18N = re.compile(r"\bi18n\s*:\s*\{")
_I18N_NAMED = re.compile(r"\bi18n\b")
_STRING = r"""(?:"([^"\n]*)"|'([^'\n]*)'|`([^`\n$]*)`)"""
_DEFAULT_LOCALE = re.compile(r"\bdefaultLocale\s*:\s*" + _STRING)
_LOCALES = re.compile(r"\blocales\s*:\s*\[([^\]]*)\]")
_QUOTED = re.compile(r"\s*" + _STRING + r"\s*")
DOCUSAURUS_DEFAULT_LOCALE = "en"


def listed_locales(config_text: str) -> frozenset[str] | None:
    """The locales of the configuration's `i18n.locales`, when it writes them as a list of
    quoted strings. Docusaurus' defaults (docusaurus.io, docusaurus.config.js, `i18n`): with no
    `i18n` at all the site publishes `en` only, and `locales` defaults to `[defaultLocale]`.
    None when the configuration does not say so plainly (an `i18n` built by code, a list
    built by code, an object taken from another file, no configuration text): then every
    translation folder is read."""
    if not config_text.strip():
        return None
    found = _I18N.search(config_text)
    if found is None:
        if says_locales(config_text) or built_elsewhere(config_text):
            return None  # `i18n: i18nConfig`, `i18n,`, `...base`: set elsewhere
        return frozenset({DOCUSAURUS_DEFAULT_LOCALE})
    block = object_at(config_text, found.end() - 1)
    listed = _LOCALES.search(block)
    if listed is None:
        if re.search(r"\blocales\b", block):
            return None
        default = _DEFAULT_LOCALE.search(block)
        if default is None:
            return None if "defaultLocale" in block else frozenset({DOCUSAURUS_DEFAULT_LOCALE})
        return frozenset({next(group for group in default.groups() if group is not None)})
    items = [item for item in listed.group(1).split(",") if item.strip()]
    locales = [_QUOTED.fullmatch(item) for item in items]
    if not locales or any(match is None for match in locales):
        return None
    return frozenset(next(group for group in match.groups() if group is not None)
                     for match in locales if match is not None)


_BUILT_FROM = re.compile(
    r"\.\.\.\s*[\w$(\[]"  # a spread: `...base`, `...require('./base')`, `...(await load())`
    r"|\bObject\s*\.\s*assign\b"
    r"|\bfrom\s*[\"'`]\.{0,2}/"  # `import base from './config/base'`, `export * from '../x'`
    r"|\brequire\s*\(\s*[\"'`]\.{0,2}/"
    r"|\bimport\s*\(\s*[\"'`]\.{0,2}/"  # a dynamic import of a local file
    r"|\bexport\s*(?:\*|\{[^}]*\})\s*from\b")  # the configuration another file's
"""What builds the configuration from another file's object: the `i18n` may be there."""
_EXPORTED = re.compile(r"\bexport\s+default\s+|\bmodule\s*\.\s*exports\s*=\s*")
_ASYNC_OR_FUNCTION = re.compile(r"(?:async\s+)?(?:function\b|\([^()]*\)\s*=>)")


def built_elsewhere(config_text: str) -> bool:
    """The configuration takes its object, or part of it, from elsewhere (a spread, an
    `Object.assign`, another local file, an exported call such as `merge(base, {...})` or an
    exported name bound to one): what it publishes is unknown from this file alone."""
    if _BUILT_FROM.search(config_text):
        return True
    for exported in _EXPORTED.finditer(config_text):
        rest = config_text[exported.end():].lstrip()
        if rest.startswith("{") or _ASYNC_OR_FUNCTION.match(rest):
            continue  # an object written here, or a function that returns one
        name = re.match(r"[A-Za-z_$][\w$]*", rest)
        if name is None or re.match(r"[A-Za-z_$][\w$]*\s*[(.\[]", rest):
            return True  # `merge(base, {...})`, `presets.base`, ...
        bound = re.search(rf"\b(?:const|let|var)\s+{re.escape(name.group(0))}\b"
                          r"(?:\s*:\s*[\w$.<>]+)?\s*=\s*", config_text)
        if bound is None or not config_text[bound.end():].lstrip().startswith("{"):
            return True  # a name bound elsewhere, or to a call
    return False


def says_locales(config_text: str) -> bool:
    """The configuration writes an `i18n` setting (else Docusaurus' default, `en` only)."""
    return _I18N_NAMED.search(config_text) is not None


def unlisted(root: Path, listed: frozenset[str] | None,
             said: bool = True) -> list[tuple[str, str]]:
    """(folder, why it is not imported) of each `i18n/<locale>` folder of the site at `root`
    that holds Markdown of a locale `listed` leaves out (`said`: the configuration has an
    `i18n` setting; without one Docusaurus publishes its default locale only)."""
    folder = root / "i18n"
    if listed is None or not folder.is_dir():
        return []
    where = ("a locale docusaurus.config does not list in i18n.locales" if said else
             "a locale other than Docusaurus' default: docusaurus.config has no i18n setting, so"
             " the site is built in its default locale only")
    how = ("add the locale to that list" if said else
           "add i18n: {defaultLocale: 'en', locales: ['en', ...]} to docusaurus.config")
    why = (f"translations of {where} ({', '.join(sorted(listed))}): the old site did not"
           f" publish them; not imported ({how} and import again to take them)")
    return [(f"i18n/{locale.name}", why) for locale in sorted(folder.iterdir())
            if locale.is_dir() and locale.name not in listed
            and any(path.suffix in (".md", ".mdx") for path in locale.rglob("*"))]

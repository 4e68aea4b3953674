"""The locales a Docusaurus site publishes (`i18n: {locales: ['en', 'fr']}` in its
configuration): a translation folder `i18n/<locale>/` of a locale the list leaves out is not
built by Docusaurus (a translation begun, or one taken off the site), so it is not imported,
and the summary says why."""

from __future__ import annotations

import re
from pathlib import Path

from kbgen.importers.docusaurus_docs import object_at

_I18N = re.compile(r"\bi18n\s*:\s*\{")
_LOCALES = re.compile(r"\blocales\s*:\s*\[([^\]]*)\]")
_QUOTED = re.compile(r"""\s*(?:"([^"\n]*)"|'([^'\n]*)'|`([^`\n$]*)`)\s*""")


def listed_locales(config_text: str) -> frozenset[str] | None:
    """The locales of the configuration's `i18n.locales`, when it writes them as a list of
    quoted strings; None when it does not say so plainly (no `i18n` block, a list built by
    code): then every translation folder is read."""
    found = _I18N.search(config_text)
    if found is None:
        return None
    listed = _LOCALES.search(object_at(config_text, found.end() - 1))
    if listed is None:
        return None
    items = [item for item in listed.group(1).split(",") if item.strip()]
    locales = [_QUOTED.fullmatch(item) for item in items]
    if not locales or any(match is None for match in locales):
        return None
    return frozenset(next(group for group in match.groups() if group is not None)
                     for match in locales if match is not None)


def unlisted(root: Path, listed: frozenset[str] | None) -> list[tuple[str, str]]:
    """(folder, why it is not imported) of each `i18n/<locale>` folder of the site at `root`
    that holds Markdown of a locale `listed` leaves out."""
    folder = root / "i18n"
    if listed is None or not folder.is_dir():
        return []
    why = (f"translations of a locale docusaurus.config does not list in i18n.locales"
           f" ({', '.join(sorted(listed))}): the old site did not publish them; not imported"
           " (add the locale to that list and import again to take them)")
    return [(f"i18n/{locale.name}", why) for locale in sorted(folder.iterdir())
            if locale.is_dir() and locale.name not in listed
            and any(path.suffix in (".md", ".mdx") for path in locale.rglob("*"))]

"""Which language codes a site may list in `languages:` (and an import may publish)."""

from __future__ import annotations

from kbgen.core.i18n import locale_of
from kbgen.core.search_language import SUPPORTED, search_code


def language_problem(code: str) -> str | None:
    """Why `code` cannot be a site language, or None: any language Babel knows, written in
    lowercase (`de`, `ru`, `ja`, `zh-hant`); search stems SUPPORTED and reads the others'
    words as written."""
    if code != code.lower():
        return f"write language code '{code}' in lowercase ('{code.lower()}')"
    try:
        locale_of(code)
    except ValueError:
        return (f"no language '{code}': write a language code Babel knows, such as de, ru, ja"
                " or zh-hant")
    return None


def stemmed(code: str) -> bool:
    """Whether search stems the words of site language `code` (else reads them as written)."""
    return search_code(code) in SUPPORTED

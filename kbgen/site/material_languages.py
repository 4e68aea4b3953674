"""Which of Material for MkDocs' interface languages (`theme.language`) a site language uses."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ALIASES = {"no": "nb"}
"""Codes Material knows by another name (Norwegian: Bokmål)."""


@lru_cache(maxsize=1)
def _material_languages() -> dict[str, str]:
    import material

    folder = Path(material.__file__).parent / "templates" / "partials" / "languages"
    return {path.stem.lower(): path.stem for path in folder.glob("*.html")}


def material_language(code: str) -> str:
    """Material's language for site language `code`: the same (`zh-Hant` for `zh-hant`), its
    base (`zh` for `zh-hans`), an alias, else English (Material has no `kbgen` catalogue
    fallback of its own)."""
    known = _material_languages()
    lowered = code.lower().replace("_", "-")
    base = lowered.split("-")[0]
    for candidate in (lowered, base, ALIASES.get(base, "")):
        if candidate in known:
            return known[candidate]
    return "en"

"""The text an imported image leaves when the export lacks its file (`*[image: Login form]*`),
in the language of the folder it is written into (`*[Bild: Anmeldeformular]*`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kbgen.core.i18n import N_, catalogue_file, compile_catalogue, read_catalogue

IMAGE_TEXT = N_("image: %(alt)s")
"""What stands for a missing image: its alternative text, said to be an image."""

PLACEHOLDER_LINE = re.compile(r"^\*\[[^\]\n:：]{1,40}[:：]")
"""The start of a line that is such a text, in any language (`*[Bild: `)."""


@cache
def _wording(language: str) -> str:
    path = catalogue_file(language)
    return compile_catalogue(read_catalogue(path)).gettext(IMAGE_TEXT) if path else IMAGE_TEXT


def image_text(alt: str, language: str = "en") -> str:
    """`*[image: alt]*` in `language` (English when kbgen has no catalogue for it); no text
    for no alternative text."""
    return f"*[{_wording(language) % {'alt': alt}}]*" if alt else ""


def image_text_in(language: str) -> Callable[[str], str]:
    """`image_text` for one language."""
    return lambda alt: image_text(alt, language)

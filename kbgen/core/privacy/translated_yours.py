"""A stand-in written in another language than English (issue 19, branch star67):
`apiKey: 'DEIN_SUCH_API_SCHLÜSSEL'`, `'VOTRE_CLE_API_DE_RECHERCHE'`, `'TU_LLAVE_DE_API'`.

`YOUR_SEARCH_API_KEY` was a placeholder (`your` marks it: kbgen.core.placeholder_words), but a
translated page's `DEIN_…`, `VOTRE_…` or `TU_…` was a password, so a site publishing its
German, French or Spanish pages was refused where its English one built (Starlight's own docs).

A translated stand-in has the shape of the English one: a second person's possessive as its
first word (after an article in Italian or Portuguese; last where the language puts it after
the noun: Indonesian `KUNCI_API_ANDA`), then words parted by `_`, `-`, `.` or spaces, in
capitals (the stand-in's convention: `votre-chat-noir` is a passphrase, as `your-black-cat` is
to kbgen.core.privacy.your_values), no digit and no sign. The possessive alone is not enough
(a real password may begin with `Ton` or `Su`), nor the shape alone (`SONNEN_BLUME` may be
chosen): both are asked, and a value with a digit, small letters or a sign
(`DEIN_Passwort2024`, `VOTRE-soleil-42`, `TU_CLAVE!`) is read as a password, as `your_Xk9vQ2`
is in English.
"""

from __future__ import annotations

import re
from functools import cache

from kbgen.core.normalize import fold_lookalikes

LEADING = frozenset({
    "dein", "deine", "deinen", "deinem", "deiner", "deines", "ihr", "ihre", "ihren", "ihrem",
    "ihrer", "ihres",  # German
    "votre", "vos", "ton", "ta", "tes",  # French
    "tu", "tus", "su", "sus",  # Spanish
    "tuo", "tua", "tuoi", "tue", "vostro", "vostra", "vostri", "vostre",  # Italian
    "seu", "sua", "seus", "suas", "teu", "teus", "tuas", "vosso", "vossa",  # Portuguese
    "jouw", "uw",  # Dutch
    "din", "ditt", "dina", "dine", "dit", "jeres", "deres",  # Swedish, Norwegian, Danish
    "twoj", "twój", "twoja", "twoje", "wasz", "wasza", "wasze",  # Polish
    "tvuj", "tvůj", "tvoje", "váš", "vaš", "vase", "vaše", "tvoj", "tvoja",  # Czech, Slovak, ...
    "ваш", "ваша", "ваше", "ваши", "твой", "твоя", "твоё", "твое", "твои",  # Russian
    "твій", "твою",  # Ukrainian
    "senin", "sizin",  # Turkish
    "sinun", "teidän",  # Finnish
})
"""A second person's possessive (`your`), the word a stand-in begins with in these languages."""

TRAILING = frozenset({"anda", "kamu", "mu", "awak"})
"""The same where the language puts it after the noun (Indonesian, Malay: `KUNCI_API_ANDA`)."""

ARTICLES = frozenset({"il", "la", "le", "i", "gli", "lo", "o", "a", "os", "as", "el", "los",
                      "las"})
"""An article Italian and Portuguese put before the possessive (`LA_TUA_CHIAVE_API`,
`O_SEU_TOKEN`)."""

_SHAPE = re.compile(r"[^\W\d_]+(?:[-_. ][^\W\d_]+)+")
"""Words of letters parted by `_`, `-`, `.` or a space; no digit, no sign."""

_SEPARATOR = re.compile(r"[-_. ]")


def translated_stand_in(value: str) -> bool:
    """`value` is a stand-in in the shape English's `YOUR_SEARCH_API_KEY` has, its `your` in
    another language: words in capitals, the first (or, in LEADING's place, the last) a
    second person's possessive."""
    if not _SHAPE.fullmatch(value):
        return False
    if not _SEPARATOR.sub("", value).isupper():
        return False
    words = [word.lower() for word in _SEPARATOR.split(value)]
    if words[0] in ARTICLES and len(words) > 2:
        words = words[1:]
    leading, trailing = _folded()
    return (words[0] in LEADING or words[0] in leading or words[-1] in TRAILING
            or words[-1] in trailing)


@cache
def _folded() -> tuple[frozenset[str], frozenset[str]]:
    """LEADING and TRAILING as the scanner reads them, Latin look-alikes folded (`ВАШ` is read
    `BAШ`: kbgen.core.normalize.fold_lookalikes)."""
    return (frozenset(fold_lookalikes(word.upper()).lower() for word in LEADING),
            frozenset(fold_lookalikes(word.upper()).lower() for word in TRAILING))

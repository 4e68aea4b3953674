"""A domain name spelt with look-alike letters of another script, read as the name it is.

The gate folds look-alike letters to ASCII before it reads a text (`ехаmple` with Cyrillic
letters reads as `example`), so a mailbox at `сontoso.com` (a Cyrillic `с`) was accepted as one
at Microsoft's fictitious `contoso.com` (rev57), and `jane@exаmple.com` as one at the reserved
`example.com`. Such a name is another, registrable domain: a mail server sees its IDNA form
(`xn--ontoso-…`). A label that mixes ASCII letters with look-alike letters of another script
is what a browser shows as IDNA for that reason (a mixed-script label is the mark of a spoof);
here such a label after an `@` or a URL's `//` is written as its IDNA form before the text is
folded, so every reader judges the domain it is (issue 19, branch m57).
"""

from __future__ import annotations

import re
import unicodedata

_HOST = re.compile(r"(?:(?<=@)|(?<=//))[\w-]+(?:\.[\w-]+)+")
"""A host name after an `@` or a URL's `//`: labels joined by dots."""
_LOOK_ALIKE_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN")
"""Scripts whose letters pass for Latin ones (`с`, `о`, `α`, `օ`)."""
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def mixes_look_alikes(label: str) -> bool:
    """ASCII letters and look-alike letters of another script in one label (`сontoso`; not
    `bücher`, Latin throughout, nor a Chinese word beside an ASCII one)."""
    return bool(_ASCII_LETTER.search(label)) and any(
        not character.isascii()
        and unicodedata.name(character, "").startswith(_LOOK_ALIKE_SCRIPTS)
        for character in label)


def _label(label: str) -> str:
    if not mixes_look_alikes(label):
        return label
    try:
        return "xn--" + label.lower().encode("punycode").decode("ascii")
    except UnicodeError:
        return label


def _host(match: re.Match[str]) -> str:
    host = match.group()
    return host if host.isascii() else ".".join(map(_label, host.split(".")))


def spelt_as_registered(text: str) -> str:
    """`text` with each host label that mixes ASCII letters with another script's look-alikes
    written as its IDNA form (`amara@сontoso.com` -> `amara@xn--ontoso-…com`)."""
    if text.isascii() or ("@" not in text and "//" not in text):
        return text
    return _HOST.sub(_host, text)

"""Issue 19 (hostile42): values a reader sees whole, written so the gate read them otherwise.
Invisible characters between every letter (variation selectors, tag characters), values stored
reversed and shown the right way round by bidi overrides and embeddings, accents on every
letter of a key or a word, quoted-printable (`=40`, soft line breaks: a pasted e-mail's
source), backslash escapes (`\\u0040`, `\\x40`, octal), addresses a wildcard DNS name spells
(`10-20-30-40.sslip.io`), numbers whose groups are a table row's cells and values written one
character at a time fail one real `kbgen check`, in prose, code and a copied text file; the
same characters in ordinary text pass."""

from __future__ import annotations

import pytest

from tests.hostile.review_cases import ArticleCase, FileCase, assert_cases_judged, check_cases

EMAIL, PHONE, CARD, ADDRESS = ("e-mail address", "phone number", "payment card number",
                               "internal IP address")
AWS, PASSWORD = "AWS access key", "password or secret"
RLO, RLI, POP, POP_ISOLATE = "\u202e", "\u2067", "\u202c", "\u2069"
BODY_LINE = 8
"""The line of an article's first body line (tests.conftest.article)."""


def _between(value: str, mark: str) -> str:
    return "".join(ch + mark for ch in value)


def _accented(value: str) -> str:
    return "".join(ch + "\u0301" if ch.isalnum() else ch for ch in value)


ARTICLES: list[ArticleCase] = [
    ("a variation selector after every letter", "",
     f"Write to {_between('jane.doe@gmail.com', chr(0xFE0F))} today.\n", EMAIL),
    ("a tag character after every digit", "",
     f"Call {_between('+44 7911 123456', chr(0xE0041))} today.\n", PHONE),
    ("a card stored reversed in an override", "",
     f"Card {RLO}{'4539 1488 0343 6467'[::-1]}{POP} was charged.\n", CARD),
    ("an address stored reversed, the override open to the line's end", "",
     f"Connect to `{RLO}{'10.20.30.40'[::-1]}` on the VPN.\n", ADDRESS),
    ("a number's groups in reverse order in a right-to-left isolate", "",
     f"Call {RLI}123456 7911 +44{POP_ISOLATE} today.\n", PHONE),
    ("an accent on every character of a key", "",
     f"```ini\naws_access_key_id = {_accented('AKIAQ3EGTPRV5XKLM7NB')}\n```\n", AWS),
    ("an accent on every letter of the sentence", "",
     f"{_accented('The admin password is Zq7#kLp29wXv!')}\n", PASSWORD),
    ("an address in quoted-printable", "", "Reply to jane.doe=40gmail=2Ecom today.\n", EMAIL),
    ("an address cut by a quoted-printable soft line break", "",
     "> From the customer's mail:\n>\n> Reply to jane.doe@gm=\n> ail.com today.\n", EMAIL),
    ("a phone number in JSON escapes", "",
     '```json\n{"phone": "\\u002b44 7911 123456"}\n```\n', PHONE),
    ("an address in octal escapes", "", "```bash\necho $'jane.doe\\100gmail.com'\n```\n", EMAIL),
    ("an address spelt with dashes in a wildcard DNS name", "",
     "Open http://10-20-30-40.sslip.io/admin to finish.\n", ADDRESS),
    ("an address in a wildcard DNS name after a label", "",
     "Open https://portal.192.168.7.20.nip.io to finish.\n", ADDRESS),
    ("a phone number's groups one a table cell", "",
     "| Name | Country | Area | Line |\n|---|---|---|---|\n| Jane | +44 | 7911 | 123456 |\n",
     PHONE),
    ("a card number's groups one a table cell", "",
     "| A | B | C | D |\n|---|---|---|---|\n| 4539 | 1488 | 0343 | 6467 |\n", CARD),
    ("a card number one digit at a time", "",
     "Card 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7 was charged.\n", CARD),
    ("a sentence and its key one character at a time", "",
     " ".join("aws_access_key_id = AKIAQ3EGTPRV5XKLM7NB") + "\n", AWS),
    # ordinary text with the same characters
    ("the alphabet and a keyboard row", "",
     "Letters: a b c d e f g h i j k l m n o p; keys: q w e r t y u i o p.\n", None),
    ("the reader's own computer in a wildcard DNS name", "",
     "Open http://app.127-0-0-1.nip.io:8080 on your computer.\n", None),
    ("a table of years and ports", "",
     "| Year | Port | Port | Port |\n|---|---|---|---|\n| 2019 | 443 | 8443 | 22 |\n", None),
    ("an emoji with its presentation selector", "", "Great \u2764\ufe0f, thanks!\n", None),
    ("Hebrew in an embedding beside a version", "",
     "The label reads \u202bגרסה 2.4.1\u202c on the box.\n", None),
    ("accents in French and German words beside numbers", "",
     "En été 2024, la Größe 3 coûte 12 €.\n", None),
    ("assignments and base64 padding", "",
     "```ini\ntimeout=30\nretries=3\nsalt=c2FsdA=\nname=Caf\\u00e9\n```\n", None),
]

SOURCE = (b"Content-Transfer-Encoding: quoted-printable\n\nHi, my number is +44 7911 12=\n"
          b"3456, thanks=21\n")
FILES: list[FileCase] = [
    ("content/files/pasted-mail.txt", SOURCE, PHONE),
    ("content/files/script.txt", b"printf 'jane.doe\\x40gmail.com'\n", EMAIL),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    return check_cases(tmp_path_factory.mktemp("hostile42"), ARTICLES, FILES)


def test_values_shown_whole_fail(checked: tuple[int, list[str]]) -> None:
    assert_cases_judged(checked, ARTICLES, FILES)


def test_soft_broken_value_named_at_its_first_line(checked: tuple[int, list[str]]) -> None:
    _, errors = checked
    number = next(n for n, case in enumerate(ARTICLES) if "soft line break" in case[0])
    place = f"content/articles/wifi/case-{number}.md:{BODY_LINE + 2}: error: {EMAIL} ("
    assert any(line.startswith(place) for line in errors), errors
    assert any(line.startswith(f"content/files/pasted-mail.txt:3: error: {PHONE} (")
               for line in errors), errors

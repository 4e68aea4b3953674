"""A customer's mailbox with signs written against it: the address reader started an address
only after a blank, and ended a top-level domain before no underscore, so `+jane.doe@gmail.com`,
`--jane.doe@…`, `++ctrl+jane.doe@…++` (keyboard-key markup) and `_jane.doe@gmail.com_` (shown
in italics) were no address at all. On main, an article holding them built and published each
whole (read in the built page). Now the reader starts past such signs and ends a domain before
underscores that end the word; a word joined by an underscore (`jane@gmail.com_old`) is still
no address, nor a format's `%s@host`. Each text is a hostile.yml row (`hostile58: …`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import EMAIL, scan
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

SIGNED = [
    "Write to +jane.doe@gmail.com for the refund.",
    "Customer: --jane.doe@gmail.com",
    "Press ++ctrl+jane.doe@gmail.com++ to copy it.",
    "Her address is _jane.doe@gmail.com_.",
    "Contact __m.rossi@libero.it__ today.",
    "Sender: .jane.doe@outlook.com",
    "List: -peter.smith@gmx.de, -anna.k@web.de",
    "(+li.wei@163.com)",
    "Mail: _jane.doe@gmail.com (her private mailbox)",
    "The reply went to jane.doe@gmail.com_ by mistake",
    "Forwarded to `+jane.doe@gmail.com`",
    "| Jane | +jane.doe@gmail.com |",
    "Email: -+_jane.doe@gmail.com",
    "User: ___j.smith@hotmail.co.uk___",
    "Write to *_jane.doe@icloud.com_*",
    "Her mail +jane.doe+billing@gmail.com",
    "Cc: ...bob.jones@aol.com",
    "Customer wrote from ..anna.schmidt@t-online.de",
    "Sent by -k.tanaka@yahoo.co.jp",
    "Owner: _иван.петров@mail.ru_",
    "Address: ++maria.garcia@hotmail.es++",
    "Ticket from -_-jane.doe@gmx.net",
    "Reach the owner at __p.novak@seznam.cz__",
]
"""Texts of real leaks dressed with signs; the mailbox's excerpt starts at its first letter."""
BODY_LINE = 8
"""The line of an article's first body line (tests.conftest.article)."""


@pytest.mark.parametrize("text", SIGNED)
def test_each_mailbox_is_found_from_its_first_letter(text: str) -> None:
    found = [f for f in scan(text) if f.kind == EMAIL and not f.advisory]
    assert found and all(f.excerpt[0].isalpha() for f in found), (text, found)


@pytest.mark.parametrize("text", ["Rename it to jane@gmail.com_old first.",
                                  "Install left-pad@1.3.0 and -g foo@latest",
                                  "define('LDAP_USERNAME', '%s@kanboard.local');",
                                  "Write to +jane.doe@example.com"])
def test_what_stays_no_mailbox(text: str) -> None:
    assert [f for f in scan(text) if f.kind == EMAIL and not f.advisory] == []


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    root = tmp_path_factory.mktemp("signed")
    files: dict[str, str | bytes] = {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES}
    files.update({f"content/articles/billing/signed-{number}.md":
                  article(f"Signed case {number}", body=text + "\n")
                  for number, text in enumerate(SIGNED[:6])})
    write_files(root, files, dedent_yaml=False)
    code, output = run_in(root, "build")
    return root, code, output


def test_the_build_names_each_and_publishes_nothing(built: tuple[Path, int, str]) -> None:
    root, code, output = built
    missing = [number for number in range(6)
               if f"content/articles/billing/signed-{number}.md:{BODY_LINE}: error: e-mail"
               not in output]
    assert code == 1 and missing == [], (missing, output)
    assert not (root / "site").exists()

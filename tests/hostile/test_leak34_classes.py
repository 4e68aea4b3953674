"""The gate's open leak classes of issue 19 (branch leak34), each in a real `kbgen build` of a
Russian site that keeps `kbgen init`'s British main line: a national number of the site's
language's region, a letters-only password stated in prose, a digit-only PIN, a password split
from its word (next table cell, `pwd`, the next line), in front matter, prose, a table, a code
block, an HTML attribute and a copied file; and a person's address at a free-mail domain the
site allows. The build publishes nothing and names each file and line; the same shapes as
documentation publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    built_project,
    places_of,
)

PHONE = "phone number"
PASSWORD = "password or secret"
EMAIL = "e-mail address"

CONTACT = """\
company: Test Ltd
email: support@test.example
lines:
  - label: Main line
    number: "+44 20 7946 0000"
    timezone: Europe/London
    hours: {monday: "09:00-17:00"}
"""

# class: (front matter, prose, table cell, code line, HTML attribute, copied file, kind)
CLASSES = {
    "national": ("Звонок 8 916 555 12 34", "Позвоните Ивану: 8 916 555 12 34.",
                 "8 (916) 555-12-34", "customer_phone: 89165551234", "Иван, 8-916-555-12-34",
                 "Иван: ８ ９１６ ５５５ １２ ３４\n", PHONE),
    "letters": ("Wi-Fi: the password is sunflower.", "Пароль от гостевой сети — sunflower.",
                "The password is sunflower.", "the admin password is sunflower.",
                "The admin password is sunflower.", "Das WLAN-Passwort lautet Sonnenblume.\n",
                PASSWORD),
    "pin": ("PIN-код: 4829", "Your new PIN is 4829.", "PIN: 4829", "PIN=4829", "PIN: 4829",
            "暗証番号：4829\n", PASSWORD),
    "split": ("passwd hunter2024", "Log in as deploy, pwd hunter2024.", "pwd hunter2024",
              "passwd hunter2024", "pw: hunter2024",
              "The guest password is\nhunter2024 until May.\n", PASSWORD),
}


def body(prose: str, cell: str, code: str, attribute: str) -> str:
    """Prose on body line 1, a table row on line 5, a code line on line 8, an attribute on
    line 11."""
    return (f"{prose}\n\n| Who | What |\n|---|---|\n| Ivan | {cell} |\n\n```text\n{code}\n```\n\n"
            f'<span title="{attribute}">Ivan</span>\n')


BODY_START = 9
"""The line of the body's first line in the file `article()` writes (front matter: 7 lines,
then a blank one)."""


def _build(root: Path, files: dict[str, str], privacy: str = "") -> tuple[int, str]:
    return built_project(root, {"content/_data/contact.yml": CONTACT, **files},
                         "extra:\n  kb:\n    languages: [ru]\n" + privacy)


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place."""
    root = tmp_path_factory.mktemp("leak34")
    files: dict[str, str] = {}
    for name, (title, prose, cell, code, attribute, text, _) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(
            f"Case {name}", extra=f"description: '{title}'\n",
            body=body(prose, cell, code, attribute))
        files[f"content/files/{name}.txt"] = text
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    _, code, output = leaked
    assert_refused_at(code, output, CLASSES[name][-1],
                      places_of(name, BODY_START, 2 if name == "split" else 1))


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


FREE_MAIL = ("    privacy:\n      allow_domains: [gmail.com]\n"
             "      allow_emails: [acme.help@gmail.com]\n")


def test_an_allowed_free_mail_domain_allows_no_ones_address(tmp_path: Path) -> None:
    files = {"content/articles/billing/refund.md": article(
        "Refund", body="Write to acme.help@gmail.com or support@gmail.com.\n\n"
                       "Anna wrote from anna.virtanen@gmail.com.\n")}
    code, output = _build(tmp_path, files, FREE_MAIL)
    assert code == 1, output
    start = BODY_START - 1  # no extra front matter line
    assert f"content/articles/billing/refund.md:{start + 2}: error: {EMAIL} (" in output
    assert "allow_emails" in output and "gmail.com is a free-mail provider" in output
    assert f"refund.md:{start}:" not in output  # the company's own address, listed alone


DOCUMENTATION = body(
    "The password is incorrect. Password authentication is not supported on Roihu. The "
    "default PIN is 1234; pin 13 drives the LED. Job 3106248.batch ran on 57.152.72.128.",
    "Call +44 20 7946 0000", "version 8.916.555.12.34", "Password:")


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article("Doc", body=DOCUMENTATION),
             "content/articles/billing/mail.md": article(
                 "Mail", body="Gmail users: open https://mail.gmail.com and write to"
                              " acme.help@gmail.com.\n")}
    code, output = _build(tmp_path, files, FREE_MAIL)
    assert_published(tmp_path, code, output, "articles/wifi/doc.html")

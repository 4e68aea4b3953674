"""The leaks today's reviews left open (issue 19, branch leak35), each a class in a real
`kbgen build` of a Russian site: a secret tied to a customer, letters alone after a password
word and a colon (in Cyrillic letters too), a PIN with no sign or in an HTML table's cell, a
card number split across a list's items, in front matter, prose, a table, a code block, an
HTML attribute and a copied file; and a person's address called an example at a free-mail
domain the site allows. The build publishes nothing and names each file and line; the same
shapes as documentation publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    places_of,
)
from tests.hostile.test_leak34_classes import BODY_START, EMAIL, FREE_MAIL, PASSWORD, _build, body

CARD = "payment card number"

# class: (front matter line, prose, table cell, code line, HTML attribute, copied file, kind)
CLASSES = {
    "owned": ("description: 'Client secret for the customer: hunter2x'",
              "The customer's secret is `mysecretpassword`.",
              "Client secret for the customer: `hunter2x`", "customer's password: hunter2x",
              "The customer's secret is mysecretpassword",
              "Client secret for the customer: hunter2x\n", PASSWORD),
    "colon": ("description: 'passwd: sunflower'", "Гостевая сеть, пароль: подсолнух",
              "Пароль: подсолнух", "passwd: sunflower", "passwd: sunflower",
              "пароль: подсолнух\n", PASSWORD),
    "pin": ("description: 'PIN code 4829'", "Ваш PIN-код 4829 действует до мая.",
            "PIN code 4829", "PIN number 4829", "PIN code 4829",
            "<table><tr><td>PIN</td><td>4829</td></tr></table>\n", PASSWORD),
    "list": ('tags: ["4111 1111", "1111 1111"]', 'Tags: "4111 1111", "1111 1111".',
             '"4111 1111", "1111 1111"', '{"keywords": ["4111 1111", "1111 1111"]}',
             "'4111 1111', '1111 1111'", '["4111 1111", "1111 1111"]\n', CARD),
}


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place."""
    root = tmp_path_factory.mktemp("leak35")
    files: dict[str, str] = {}
    for name, (front, prose, cell, code, attribute, text, _) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(
            f"Case {name}", extra=f"{front}\n", body=body(prose, cell, code, attribute))
        files[f"content/files/{name}.txt"] = text
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    _, code, output = leaked
    assert_refused_at(code, output, CLASSES[name][-1],
                      places_of(name, BODY_START, 1))


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


def test_a_person_called_an_example_at_an_allowed_free_mail_domain(tmp_path: Path) -> None:
    files = {"content/articles/billing/refund.md": article(
        "Refund", body="Write to support@gmail.com (example: amaze-gem-spider@gmail.com).\n\n"
                       "Or from your own, for example: anna.virtanen@gmail.com.\n")}
    code, output = _build(tmp_path, files, FREE_MAIL)
    assert code == 1, output
    start = BODY_START - 1  # no extra front matter line
    assert f"content/articles/billing/refund.md:{start + 2}: error: {EMAIL} (" in output
    assert f"refund.md:{start}:" not in output  # a role mailbox, a made-up alias


DOCUMENTATION = body(
    "The customer's password is reset. Password: required. The user's API key is "
    "`YOUR_API_KEY`. The default PIN code 1234; pin 4829 drives the LED.",
    "Пароль: обязателен", "password: postgres", "tags: 2024, 2025")


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article(
        "Doc", extra='tags: ["billing", "2024", "12"]\n', body=DOCUMENTATION)}
    code, output = _build(tmp_path, files, FREE_MAIL)
    assert_published(tmp_path, code, output, "articles/wifi/doc.html")

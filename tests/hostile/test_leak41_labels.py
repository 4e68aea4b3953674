"""Labels and verbs the password rules left out (issue 19, branch leak41), each in a real
`kbgen build` of a Russian site, in front matter, prose, a table, a code block, an HTML
attribute and a copied file: a password named after its value (`We picked X as the new
password`), a PIN's digits spaced (`Set the PIN to 4 8 2 9`), a bare `Key:` before a
random-looking value, `Basic auth:`, `Zugangscode:`, Cyrillic labels (`ключ Wi-Fi:`, `токен:`;
the scanner reads Cyrillic look-alike letters as Latin ones) and a password word with a digit
for a letter (`PASSW0RD:`). The build names each file and line and publishes nothing;
`Key: press Enter` and other documentation shapes publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    assert_refused_everywhere,
    assert_ticket_refused_at_each_place,
    marked_places,
)
from tests.hostile.test_leak34_classes import BODY_START, PASSWORD, _build, body

SECRET = "Kq8vNz3Lw2Pd"

# class: (front matter, prose, table cell, code line, HTML attribute, copied file)
CLASSES = {
    "bare": (f"Key: {SECRET}", f"Key: {SECRET}.", f"Key: {SECRET}", f"KEY={SECRET}",
             f"Schlüssel: {SECRET}", f"Key = {SECRET}\n"),
    "basic": (f"Basic auth: {SECRET}", f"Basic auth: `{SECRET}`", f"Zugangscode: {SECRET}",
              f"basic_auth: {SECRET}", f"Zugangscode: {SECRET}", f"Basic-Auth: {SECRET}\n"),
    "cyrillic": (f"ключ Wi-Fi: {SECRET}", f"Токен: {SECRET}.", f"Ключ от Wi-Fi: {SECRET}",
                 f"токен доступа: {SECRET}", f"ключ доступа: {SECRET}", f"Токен бота: {SECRET}\n"),
    "leet": (f"PASSW0RD: {SECRET}", f"P4ssword: {SECRET}", f"passw0rd: {SECRET}",
             f"P@SSWORD={SECRET}", f"Passw0rd: {SECRET}", f"PASSW0RD: {SECRET}\n"),
    "chosen": (f"We picked {SECRET} as the new password", f"I chose `{SECRET}` as our password.",
               f"Use {SECRET} as the admin password", f"# we picked {SECRET} as the password",
               f"We picked {SECRET} as the Wi-Fi password", f"Use {SECRET} as the password\n"),
}
SPACED = ("Set the PIN to 4 8 2 9", "PIN: 4-8-2-9.", "PIN: 4 8 2 9", "PIN = 4.8.2.9",
          "Your PIN is 4 8 2 9", "Set the PIN to 4 8 2 9\n")
"""A PIN with its digits spaced, in the same six places (marked by `4`)."""
HOMES = ("http://nas.home/", "Open <http://nas.home/admin>.", "ssh jane@host.private",
         "curl https://router.private:8443/api", "https://nas.home/", "smb://nas.home/share\n")
"""A home or private network's host after a URL's scheme or a login (marked by `.home`,
`.private`)."""


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place."""
    root = tmp_path_factory.mktemp("leak41")
    files: dict[str, str] = {}
    for name, (title, prose, cell, code, attribute, text) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(
            f"Case {name}", extra=f"description: '{title}'\n",
            body=body(prose, cell, code, attribute))
        files[f"content/files/{name}.txt"] = text
    title, prose, cell, code, attribute, text = SPACED
    files["content/articles/wifi/spaced.md"] = article(
        "Case spaced", extra=f"description: '{title}'\n", body=body(prose, cell, code, attribute))
    files["content/files/spaced.txt"] = text
    title, prose, cell, code, attribute, text = HOMES
    files["content/articles/wifi/homes.md"] = article(
        "Case homes", extra=f"description: '{title}'\n", body=body(prose, cell, code, attribute))
    files["content/files/homes.txt"] = text
    files["content/articles/wifi/ticket.md"] = article(
        "Case ticket", extra="tickets: [CUST-0042]\ndescription: See C.U.S.T. 0042\n",
        body=body("See C. U. S. T. 0042.", "C.U.S.T.0042", "ticket: C.U.S.T. 0042",
                  "C-U-S-T. 0042"))
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    root, code, output = leaked
    kind = "API key or token" if name == "bare" else PASSWORD
    assert_refused_everywhere(root, code, output, name, SECRET, kind)


def test_a_spaced_pin_is_refused_by_file_and_line(leaked: tuple[Path, int, str]) -> None:
    root, code, output = leaked
    places = marked_places(root, "spaced", "4")
    assert len(places) >= 6
    assert_refused_at(code, output, PASSWORD, places)


def test_a_home_networks_host_is_refused_by_file_and_line(leaked: tuple[Path, int, str]
                                                          ) -> None:
    root, code, output = leaked
    places = marked_places(root, "homes", (".home", ".private"))
    assert len(places) >= 6
    assert_refused_at(code, output, "internal hostname", places)


def test_a_ticket_with_marks_between_its_letters_is_refused_at_each_place(
        leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    assert_ticket_refused_at_each_place(code, output, BODY_START)


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


DOCUMENTATION = (
    "Key: press Enter. Key: F5. Key: SHA256. Key: value1. Key: Content-Type. Key: `<your key>`\n\n"
    "| Key | Value |\n|---|---|\n| Key: ed25519 | Key: $KEY |\n\n"
    "Basic auth: `<user>:<password>`. Zugangscode: siehe Brief. ключ: значение. "
    "Токен: `<ваш токен>`\n\n"
    "Use a long phrase as the password. Choose Settings as the password manager. "
    "Connect pins 1 2 3 4 to the board. PIN: 1 2 3 4. Version 1.2.3.4. Save it as "
    "`backup.home`; see http://example.home/. CUST 12. 0042.\n\n"
    "```yaml\nkey: ${KEY}\nPASSW0RD: ${PASSWORD}\n```\n")


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article("Doc", body=DOCUMENTATION)}
    code, output = _build(tmp_path, files)
    assert_published(tmp_path, code, output, "articles/wifi/doc.html")

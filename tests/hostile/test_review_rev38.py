"""Hostile review of last night's last gate rules (issue 19, branch rev38), in one real
`kbgen build` of a German site (its contact line German, so region DE): real values dressed in
the shapes fp38 accepts (a phone number beside a clock time, a byte count's unit or a version's
`@`; a password shaped like a Kubernetes pod name; a token after an invocation label) and
leak38's detectors asked in more languages and places (a password set in Polish, Swedish,
Korean, Turkish, or hard-wrapped between the verb and the word; a password word's HTML cell,
on its line or the next; an XML element's value on the next line; a TOML multi-line
string). Each is refused at its file and line in front matter, prose, a table, a code block,
an HTML attribute and a copied file, and nothing is published; the logs, versions and names
fp38 accepts still publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_refused_everywhere,
    built_project,
)

PHONE = "phone number"
PASSWORD = "password or secret"
TOKEN = "API key or token"

CONTACT = """\
company: Wolkenwerk GmbH
email: support@test.example
lines:
  - label: Hotline
    number: "+49 911 1234567"
    timezone: Europe/Berlin
    hours: {monday: "09:00-17:00"}
"""

# class: (extra front matter, body, copied file, kind, marks); every line holding a mark is
# refused
CLASSES = {
    "stamps": ("description: 'Mobil 0151 23456789 GB'\n",
               "Seit 17:19:37 0221 98765432 erreichbar.\n\n| Wann | Wer |\n|---|---|\n"
               "| Kontakt:@0221.98765432 | Anna |\n\n```text\n"
               "rückruf 09:15:00 0221 98765432\n```\n\n"
               "<span title=\"2024-05-04 12:34 0151 23456789\">Anna</span>\n",
               "Jan 12 10:20 0221 98765432\nTel. +49 221.98.76.54\n", PHONE,
               ("98765432", "23456789", "221.98.76.54")),
    "pods": ("description: 'Kennwort: web-7d9f8b6c5-x2kqz'\n",
             "Das Kennwort: web-7d9f8b6c5-x2kqz\n\n| Wer | Kennwort |\n|---|---|\n"
             "| anna | Kennwort: web-7d9f8b6c5-x2kqz |\n\n```ini\n"
             "pwd=web-7d9f8b6c5-x2kqz\n```\n\n"
             "<span title=\"mot de passe : web-7d9f8b6c5-x2kqz\">WLAN</span>\n",
             "contraseña: db-7d9f8b6c5-x2kqz\nпароль: web-7d9f8b6c5-x2kqz\n", PASSWORD,
             ("7d9f8b6c5-x2kqz",)),
    "invocation": ("description: 'Invocation: 8f14e45fceea167a5a36dedd4bea2543'\n",
                   "Authorize each invocation id 8f14e45fceea167a5a36dedd4bea2543.\n\n"
                   "| Key | Value |\n|---|---|\n"
                   "| DD | api_key INVOCATION_ID=8f14e45fceea167a5a36dedd4bea2543 |\n\n```text\n"
                   "     Invocation: 8f14e45fceea167a5a36dedd4bea2543\n```\n\n"
                   "<span title=\"Invocation: 8f14e45fceea167a5a36dedd4bea2543\">x</span>\n",
                   "Invocation: 8f14e45fceea167a5a36dedd4bea2543\n"
                   "Authorization: Bearer web-7d9f8b6c5-x2kqz\n", TOKEN,
                   ("8f14e45fceea167a5a36dedd4bea2543", "web-7d9f8b6c5-x2kqz")),
    "set": ("description: 'Ustaw hasło na Kq8vNz3Lw2Pd'\n",
            "Ändra lösenordet till Kq8vNz3Lw2Pd.\n\n| Schritt | Notiz |\n|---|---|\n"
            "| 2 | Sett passordet til Kq8vNz3Lw2Pd |\n\n```text\n"
            "비밀번호를 Kq8vNz3Lw2Pd로 변경하세요\n```\n\n"
            "<span title=\"Şifreyi Kq8vNz3Lw2Pd olarak ayarlayın\">WLAN</span>\n",
            "Nastavte heslo na Kq8vNz3Lw2Pd\nSkift adgangskoden til Kq8vNz3Lw2Pd\n", PASSWORD,
            ("Kq8vNz3Lw2Pd",)),
    "cells": ("description: '<td>Kennwort</td><td>Kq8vNz3Lw2Pd</td>'\n",
              "<table><tr><td>Password</td><td>Kq8vNz3Lw2Pd</td></tr></table>\n\n"
              "| Datei | Inhalt |\n|---|---|\n"
              "| a.html | <th>Пароль</th><td><code>Kq8vNz3Lw2Pd</code></td> |\n\n```toml\n"
              "db_password = \"\"\"\nKq8vNz3Lw2Pd\n\"\"\"\n```\n\n"
              "<span title=\"<td>PIN</td><td>4829</td>\">x</span> <td>PIN</td><td>4829</td>\n",
              "[db]\nDB_PASSWORD = '''\nKq8vNz3Lw2Pd\n'''\n<tr>\n  <td>Kennwort</td>\n"
              "  <td>Kq8vNz3Lw2Pd</td>\n</tr>\n<db_password>\n  Kq8vNz3Lw2Pd\n</db_password>\n",
              PASSWORD,
              ("Kq8vNz3Lw2Pd", "4829")),
    "wrapped": ("",
                "Then set the admin\npassword to Kq8vNz3Lw2Pd before you leave.\n\n"
                "- Use the guest\n  Wi-Fi password Kq8vNz3Lw2Pd at the desk.\n\n"
                "> Ändra sedan\n> lösenordet till Kq8vNz3Lw2Pd.\n\n```bash\n# set the admin\n"
                "# password to Kq8vNz3Lw2Pd\n```\n\n<span title=\"Reset the\n"
                "PIN to 4829\">x</span>\n",
                "Please change the\npassword to Kq8vNz3Lw2Pd today.\n", PASSWORD,
                ("Kq8vNz3Lw2Pd", "4829")),
}


def _build(root: Path, files: dict[str, str]) -> tuple[int, str]:
    return built_project(root, {"content/_data/contact.yml": CONTACT, **files},
                         "extra:\n  kb:\n    languages: [de]\n")


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place."""
    root = tmp_path_factory.mktemp("rev38")
    files: dict[str, str] = {}
    for name, (front, body, text, _, _) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(f"Case {name}", extra=front, body=body)
        files[f"content/files/{name}.txt"] = text
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    root, code, output = leaked
    assert_refused_everywhere(root, code, output, name, CLASSES[name][-1], CLASSES[name][-2])


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


ACCEPTED = """\
```text
Creation Time : Fri Feb 22 17:19:37 2019
Running as unit: run-u5.service; invocation ID: 0d4362e8d4fe443b82ab32bb44d415ca
     Invocation: 0d4362e8d4fe443b82ab32bb44d415ca
[    0.000000] Linux version 6.1.0
cert-manager-webhook-59bbd786df-qjq8t           1/1     Running   0              13s
```

Update to v1.24.3. The image is 1.5 GB, the disk 1,073,741,824 bytes; `pip install x==2.10.1`.
The server `10.0.0.168/32` answers on `169.254.169.254:80`.
"""


def test_the_logs_versions_and_names_fp38_accepts_still_publish(tmp_path: Path) -> None:
    code, output = _build(tmp_path, {"content/articles/wifi/log.md": article("Log",
                                                                             body=ACCEPTED)})
    assert code == 0, output
    assert "run-u5.service" in (tmp_path / "site/articles/wifi/log.html").read_text()

"""Secrets split across a table's cells or rows (issue 19, branch cells54), each in a real
`kbgen build`: a key and its list on two rows (`| passwords | |` over `| | Kq8v…, Zr7w… |`),
a walkthrough's sentence split across cells (`| Set the admin password to | Kq8v… |`), an app
password's four groups of letters under an `App password` column; in Markdown pipe tables and
HTML tables, with English, German, French and Spanish keys. Each case is an article and the
same text copied as a file; the build names every line holding the value and publishes
nothing. Documentation's "setting | description" tables of the same shapes publish. The reading
stays linear: four times the rows, at most six times the characters handed to any module's
patterns (tests/work.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kbgen.core.privacy import scan
from tests.hostile.refusals import assert_body_publishes, refused_class_tests
from tests.hostile.test_many_findings import assert_modules_work_linearly

PASSWORD = "password or secret"
ROWS = Path(__file__).parents[2] / "bench/gatecorpus/hostile.yml"

# case: (kind, text, the mark on each line holding a value)
CASES: dict[str, tuple[str, str, str | tuple[str, ...]]] = {
    "key-and-list-on-two-rows": (
        PASSWORD, "| Setting | Value |\n|---|---|\n| passwords | |\n"
        "| | Kq8vTz2mWx9p, Zr7wQm3xPb5n |\n\n"
        "| Einstellung | Wert |\n|---|---|\n| Passwörter | |\n| | Kq8vTz2mWx9q, Zr7wQm3xPb5o |\n\n"
        "| Réglage | Valeur |\n|---|---|\n| mots de passe | |\n"
        "| | Kq8vTz2mWx9r; Zr7wQm3xPb5r |\n\n"
        "<table><tr><td>Contraseñas</td><td></td></tr>\n"
        "<tr><td></td><td>Kq8vTz2mWx9s, Zr7wQm3xPb5s</td></tr></table>\n", "Kq8v"),
    "sentence-split-across-cells": (
        PASSWORD, "| Step | Detail |\n|---|---|\n| Set the admin password to | Kq8vTz2mWx9p |\n\n"
        "| Étape | Détail |\n|---|---|\n| Définissez le mot de passe sur | Kq8vTz2mWx9q |\n\n"
        "| Paso | Detalle |\n|---|---|\n| Cambie la contraseña a | Kq8vTz2mWx9r |\n\n"
        "| Schritt | Detail |\n|---|---|\n| Setzen Sie das Passwort auf | Kq8vTz2mWx9s |\n",
        "Kq8v"),
    "app-password-under-its-column": (
        PASSWORD, "| User | App password |\n|---|---|\n| jane | qwzx rtvb nmkp lkjh |\n\n"
        "| Benutzer | App-Passwort |\n|---|---|\n| jane | qwzx rtvb nmkp lkjg |\n\n"
        "| Usuario | Contraseña de aplicación |\n|---|---|\n| jane | qwzx rtvb nmkp lkjf |\n\n"
        "<table><tr><th>Utilisateur</th><th>Mot de passe d'application</th></tr>\n"
        "<tr><td>jane</td><td>qwzx-rtvb-nmkp-lkjd</td></tr></table>\n", "qwzx"),
}

DOCUMENTATION = """# Settings

| Setting | Description |
|---|---|
| passwords | |
| | A list of the users' passwords, one a line |
| password_file | Where the password is read from, e.g. `/run/secrets/db_password` |
| secret_key | Set the secret key to a long random string |
| `PROVIDER_API_KEY` | *(empty)* | the provider's key |
| `WEB_PASSWORD` | To set a password, run the command, or log in with it once. |

| Property | Dashboard | CLI |
|---|---|---|
| **Authentication** | SSO, Password, PIN | SSO (user groups), Password, PIN (HTTP only) |

| Step | Detail |
|---|---|
| Set the admin password to | the password you chose in step 2 |

| User | App password |
|---|---|
| jane | Create one in your account's security settings |
| admin | `<your app password>` |

<table><tr><th>Name</th><th>Password</th></tr>
<tr><td>jane</td><td>the one you set</td></tr></table>
"""


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("cells54", CASES)


def test_documentation_tables_of_the_same_shapes_publish(tmp_path: Path) -> None:
    assert_body_publishes(tmp_path, DOCUMENTATION)


def test_every_cells54_row_of_the_hostile_set_is_found() -> None:
    rows = [row for row in yaml.safe_load(ROWS.read_text(encoding="utf-8"))
            if row["id"].endswith("(cells54)")]
    assert len(rows) >= 12
    missed = [row["id"] for row in rows
              if not any(f.kind == row["kind"] and not f.advisory for f in scan(row["text"]))]
    assert not missed


def _rows(n: int, row: str) -> str:
    return "| Setting | Value |\n|---|---|\n" + "".join(row.format(i=i) for i in range(n))


# shape: the text holding `count` rows (each a finding)
MANY = {
    "keys and lists on two rows each": lambda n: _rows(
        n, "| passwords | |\n| | Kq{i:05d}Tz2m, Zr{i:05d}Pb5n |\n"),
    "sentences split across cells": lambda n: _rows(
        n, "| Set the admin password to | Kq{i:05d}Tz2m |\n"),
    "app passwords under their column": lambda n: "| User | App password |\n|---|---|\n" + "".join(
        f"| user{i} | qwzx rtvb nmkp {chr(97 + i % 26)}kjh |\n" for i in range(n)),
    "html rows with keys and lists": lambda n: "<table>\n" + "".join(
        f"<tr><td>passwords</td><td></td></tr>\n<tr><td></td><td>Kq{i:05d}Tz2m</td></tr>\n"
        for i in range(n)) + "</table>\n",
}


@pytest.mark.parametrize("shape", MANY)
def test_the_table_readings_work_in_linear_time(monkeypatch: pytest.MonkeyPatch,
                                                shape: str) -> None:
    assert_modules_work_linearly(monkeypatch, shape, MANY[shape])

"""The leak shapes reviews left open (issue 19, branch leak42), each class in a real `kbgen
build` of a Russian site, in front matter, prose, a table, a code block, an HTML attribute and a
copied file, and in a category's description (a data file): access codes after their label in
any language, WEP keys of five characters, a capability link's key in a URL's path or fragment,
a person's login at a one-word host, word passwords in clauses, verbs, comments and form
fields, default credentials stated as a live system's, and Kerberos keys beside their enctype.
The build names each file and line and publishes nothing; documentation's shapes publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.refusals import (
    Places,
    assert_documentation_publishes,
    assert_nothing_published,
    assert_refused_at,
    assert_refused_everywhere,
    class_files,
)
from tests.hostile.test_leak34_classes import PASSWORD, _build, body

TOKEN = "API key or token"
HOST = "internal hostname"
HEX64 = "3f8a9c1d2e4b5a6f7c8d9e0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c"

# class: ((front matter, prose, table cell, code line, HTML attribute, copied file), kind, marks)
CLASSES: dict[str, tuple[Places, str, str | tuple[str, ...]]] = {
    "codes": (("Türcode: 4711", '[Lobby](https://acme-corp.com/ "Код доступа: 4711")',
               "Door code: 4711", "door_code=4711", "Access code: 4711",
               "Der Zugangscode lautet 4711.\n"), PASSWORD, "4711"),
    "wep": (("WEP key: Kq8vN", "The WEP key is `Kq8vN`.", "wep_key0=Kq8vN",
             "iwconfig wlan0 key s:Kq8vN", "clé WEP : Kq8vN", 'wep_key1="Kq8vN"\n'),
            PASSWORD, "Kq8vN"),
    "paths": (("Join: https://app.acme-corp.com/invite/web-7d9f8b6c5-x2kqz",
               "[Reset](https://acme-corp.com/reset-password/Kq8vNz3Lw2Pd)",
               "https://acme-corp.com/join/api-5f6d7c8b9-q8wzr",
               "curl https://auth.acme-corp.com/jwks.json#hunter2024x",
               "https://app.acme-corp.com/magic-link/Kq8vNz3Lw2Pd",
               "https://app.acme-corp.com/invite/web-7d9f8b6c5-x2kqz\n"), TOKEN, "acme-corp.com/"),
    "logins": (("ssh jane@intranet", "Run `ssh jane@intranet`.", "scp f jsmith@fileserver:/srv/",
                "ssh -l jane payroll", "ssh mueller@buchhaltung", "ssh jane@intranet\n"),
               HOST, ("@", "-l jane")),
    "words": (("The password is sunflower and the user is jane.",
               "Use the password sunflower to log in.", "I set the password to sunflower.",
               "<!-- password: sunflower -->", "Das Passwort ist sonnenblume, der Benutzer jane.",
               '<input type="password" value="sunflower">\n'), PASSWORD,
              ("sunflower", "sonnenblume")),
    "defaults": (("Our production database login is postgres / postgres.",
                  "Unser Server: Benutzer root, Passwort root.", "Our NAS: admin / admin",
                  "user: postgres, password: postgres (production)",
                  "Наш сервер: логин admin, пароль admin",
                  "Our production login is postgres / postgres\n"), PASSWORD,
                 ("postgres /", "root", "admin", "(production)")),
    "keytab": (("des-cbc-md5 key 4a5b6c7d8e9f0a1b",
                "ktutil shows `2  des-cbc-md5  host/srv@EXAMPLE.COM  4a5b6c7d8e9f0a1b`.",
                "aes128-cts-hmac-sha1-96 7c8d9e0a1b2c3d4e3f8a9c1d2e4b5a6f",
                f"  2  aes256-cts-hmac-sha1-96  host/srv.example.com@EXAMPLE.COM  {HEX64}",
                "(18:AES256 CTS mode with HMAC SHA1-96)  0x7c8d9e0a1b2c3d4e3f8a9c1d2e4b5a6f",
                f"Vno  Type  Principal  Key\n  2  aes256-cts-hmac-sha1-96  host/x@EXAMPLE.COM  "
                f"{HEX64}\n"), TOKEN, ("4a5b6c", "7c8d9e", HEX64)),
}

CATEGORIES = """\
wifi:
  title: Wi-Fi
  description: Connection problems.
  order: 1
lobby:
  title: Lobby
  description: 'Door code: 4711'
  order: 2
access:
  title: Access
  description: Ask for ssh jane@intranet
  order: 3
"""
"""Categories (a data file) whose descriptions hold a code and a login (named by the lines of
their descriptions, 7 and 11)."""


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place."""
    root = tmp_path_factory.mktemp("leak42")
    files = {"content/_data/categories.yml": CATEGORIES}
    for name, (places, _, _) in CLASSES.items():
        files |= class_files(name, places, body)
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    root, code, output = leaked
    _, kind, marks = CLASSES[name]
    assert_refused_everywhere(root, code, output, name, marks, kind)


def test_a_data_files_values_are_refused_by_line(leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    assert_refused_at(code, output, PASSWORD, [("content/_data/categories.yml", 7)])
    assert_refused_at(code, output, HOST, [("content/_data/categories.yml", 11)])


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


DOCUMENTATION = (
    "Access code: 1234. Error code: 4711. The access code is required. Access codes: 10.\n\n"
    "The WEP key is shown on the router. `wep_key0=0102030405`. WEP key: `<your key>`.\n\n"
    "Join us at https://discord.com/invite/Kq8vNz3Lw2 or read "
    "https://docs.acme-corp.com/guide#getting-started-2 and "
    "https://acme-corp.com/verify/step-2-guide.\n\n"
    "```bash\nssh ubuntu@server1\nssh username@hostname\nssh jane@k8s-master\n"
    "scp f pi@raspberrypi:/tmp/\n```\n\n"
    "Enter the password again to confirm. Use the password manager to store it. "
    "The password is required and must be long.\n\n"
    "Change the default login admin / admin before going to production. "
    "The default login is admin / admin.\n\n"
    "| Enctype | Use |\n|---|---|\n| aes256-cts-hmac-sha1-96 | default |\n")


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    assert_documentation_publishes(tmp_path, DOCUMENTATION, _build)

"""Three leak classes fp37 found publishing (issue 19, branch leak38), each in a real `kbgen
build` of a Russian site, in front matter, prose, a table, a code block, HTML and a copied
file: a password given by the verb that sets it (`Set the password to Kq8vNz3Lw2Pd`), a
person's login at an internal host (`ssh jane@payroll-db.local`), and a secret's key left
empty with the secret alone on the next line or in the next cell (`- SSO_CLIENT_SECRET=` /
`- Kq8vNz3Lw2Pd`). The build names each file and line and publishes nothing; the same shapes
with placeholders, documentation hosts or another setting publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    assert_refused_everywhere,
)
from tests.hostile.test_leak34_classes import PASSWORD, _build

HOST = "internal hostname"

# class: (extra front matter, body, copied file, kind); every line holding a mark is refused
CLASSES = {
    "set": ("description: 'Set the password to Kq8vNz3Lw2Pd'\n",
            "Set the `password` to `Kq8vNz3Lw2Pd`.\n\n| Step | Note |\n|---|---|\n"
            "| 2 | Reset Anna's password to Kq8vNz3Lw2Pd. |\n\n```text\n"
            "# change the admin password to Kq8vNz3Lw2Pd\n```\n\n"
            "<span title=\"Use the password Kq8vNz3Lw2Pd\">Wi-Fi</span>\n",
            "Setzen Sie das Passwort auf Kq8vNz3Lw2Pd.\n"
            "パスワードを「Kq8vNz3Lw2Pd」に設定します。\n"
            "Your password has been changed to Kq8vNz3Lw2Pd.\n", PASSWORD),
    "login": ("description: 'ssh jane@payroll-db.local'\n",
              "Log in with `ssh jane@payroll-db.local` first.\n\n| Step | Note |\n|---|---|\n"
              "| 2 | `scp report.pdf jane@nas.lan:/tmp/` |\n\n```bash\n"
              "psql postgres://jane@db01.corp/payroll\n```\n\n"
              "<span title=\"sftp jane@payroll-db.local\">Files</span>\n",
              "jane@build01.internal\n", HOST),
    "empty": ("description: |\n  - SSO_CLIENT_SECRET=\n  - Kq8vNz3Lw2Pd\n",
              "- SSO_CLIENT_SECRET=\n- Kq8vNz3Lw2Pd\n\n| Key | Value |\n|---|---|\n"
              "| SSO_CLIENT_SECRET= | Kq8vNz3Lw2Pd |\n\n```yaml\nservices:\n  sso:\n"
              "    environment:\n      - SSO_CLIENT_SECRET=\n      - Kq8vNz3Lw2Pd\n```\n\n"
              "<table><tr><td>SSO_CLIENT_SECRET=</td><td>Kq8vNz3Lw2Pd</td></tr></table>\n",
              "SSO_CLIENT_SECRET=\\\nKq8vNz3Lw2Pd\n", PASSWORD),
}
_TAGS = "tags:\n  - sso\n  - SSO_CLIENT_SECRET=\n  - Kq8vNz3Lw2Pd\n"
"""A parsed list in front matter: its items are judged one by one."""

_COMPOSE = "    environment:\n      - SSO_CLIENT_SECRET=\n      - Kq8vNz3Lw2Pd\n"

MARKS = {"set": "Kq8vNz3Lw2Pd", "login": "jane@", "empty": "Kq8vNz3Lw2Pd"}


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place."""
    root = tmp_path_factory.mktemp("leak38")
    files: dict[str, str] = {}
    for name, (front, body, text, _) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(f"Case {name}", extra=front, body=body)
        files[f"content/files/{name}.txt"] = text
    files["content/articles/wifi/tags.md"] = article("Case tags", extra=_TAGS)
    files["content/files/compose.yml"] = f"services:\n  sso:\n    image: sso\n{_COMPOSE}"
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    root, code, output = leaked
    assert_refused_everywhere(root, code, output, name, MARKS[name], CLASSES[name][-1])


def test_an_empty_keys_value_in_a_parsed_list_and_a_copied_file_is_refused(
        leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    assert_refused_at(code, output, PASSWORD, [("content/articles/wifi/tags.md", 9),
                                               ("content/files/compose.yml", 6)])


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


DOCUMENTATION = (
    "Set the password to `<password>`. Set the password to YOUR_PASSWORD, then set the\n"
    "password to expire after 90 days. Change the API key in `config.yml`.\n\n"
    "```bash\nssh user@host\nssh admin@192.0.2.1\nssh root@host.docker.internal\n"
    "psql postgres://postgres:secret123@appname.internal:5432\n```\n\n"
    "Write to you@example.com.\n\n"
    "```yaml\nenvironment:\n  - SSO_CLIENT_SECRET=\n  - ${SSO_CLIENT_SECRET}\n"
    "  - SSO_DB_PASSWORD=\n  - SSO_ROLES_ENABLED=true\n```\n\n"
    "| Key | Type |\n|---|---|\n| SSO_CLIENT_SECRET= | string |\n")


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article("Doc", body=DOCUMENTATION)}
    code, output = _build(tmp_path, files)
    assert_published(tmp_path, code, output, "articles/wifi/doc.html")

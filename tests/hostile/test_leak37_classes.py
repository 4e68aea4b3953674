"""The gate's open leak shapes after leak36 (issue 19, branch leak37), each in a real `kbgen
build` of a Russian site, in front matter, prose, a table, a code block, an HTML attribute and
a copied file: a secret behind a diff's, a prompt's or a listing's leading marks (`+
password: sunflower`), a real value in a comment beside a placeholder (`# real: hunter2024`),
a password typed in as a placeholder digest's salt, a data entry whose key names the secret
(`password: sunflower` in front matter's or mkdocs.yml's mappings) and an article's own ticket
reference written with look-alike letters or other separators (`ZД-4711`, `ZD 4711`). The
build names each file and line and publishes nothing; the same shapes as documentation
publish."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    assert_ticket_refused_at_each_place,
    places_of,
)
from tests.hostile.test_leak34_classes import BODY_START, PASSWORD, _build, body

TOKEN = "API key or token"


def _digest(salt_text: str) -> str:
    """Authelia's client line: the digest of `insecure_secret` made with the salt written as
    `salt_text`, its password quoted."""
    salt = base64.b64decode(salt_text + "=" * (-len(salt_text) % 4))
    made = base64.b64encode(hashlib.pbkdf2_hmac("sha512", b"insecure_secret", salt, 1000, 64))
    phc = f"$pbkdf2-sha512$1000${salt_text}${made.decode().rstrip('=').replace('+', '.')}"
    return f"client_secret: {phc} (the digest of 'insecure_secret')"


SALTED = _digest("Tr0ub4dor3Xq")

# class: (front matter, prose, table cell, code line, HTML attribute, copied file, file line,
# kind)
CLASSES = {
    "marks": ("+    password: sunflower", "+    password: sunflower",
              "`+    password: sunflower`", "+    password: sunflower",
              "`+    password: sunflower`", "@@ -1,2 +1,2 @@\n+    password: sunflower\n", 2,
              PASSWORD),
    "comment": ("password: changeme  # real: hunter2024",
                "password: changeme  # real: sunflower",
                "password: changeme // prod: Tr0ub4dor3Xq",
                "password: changeme  # real: hunter2024",
                "DB_PASSWORD=<password>  # real: sunflower",
                "db:\n  password: changeme\n  # real: sunflower\n", 3, PASSWORD),
    "salt": (SALTED, SALTED, SALTED, SALTED, SALTED, SALTED + "\n", 1, TOKEN),
}


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place, the
    keyed data and the quoted tickets."""
    root = tmp_path_factory.mktemp("leak37")
    files: dict[str, str] = {}
    for name, (title, prose, cell, code, attribute, text, *_) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(
            f"Case {name}", extra=f"description: \"{title}\"\n",
            body=body(prose, cell, code, attribute))
        files[f"content/files/{name}.txt"] = text
    files["content/articles/wifi/keyed.md"] = article(
        "Case keyed", extra="search:\n  password: sunflower\n  pin: 4829\n")
    files["content/files/users.csv"] = "user,password,role\nanna,sunflower,admin\n"
    files["content/articles/wifi/ticket.md"] = article(
        "Case ticket", extra="tickets: [ZD-4711]\ndescription: См. ЗД-4711\n",
        body=body("See ZД-4711.", "ZD 4711", "ticket: ZD_4711", "ΖΔ-4711"))
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    _, code, output = leaked
    assert_refused_at(code, output, CLASSES[name][-1],
                      places_of(name, BODY_START, CLASSES[name][-2]))


def test_a_data_entry_or_column_whose_key_names_the_secret_is_refused(leaked: tuple[Path, int, str]
                                                            ) -> None:
    _, code, output = leaked
    assert_refused_at(code, output, PASSWORD, [("content/articles/wifi/keyed.md", 7),
                                               ("content/articles/wifi/keyed.md", 8),
                                               ("content/files/users.csv", 2)])


def test_a_published_setting_whose_key_names_the_secret_is_refused(tmp_path: Path) -> None:
    code, output = _build(tmp_path, {}, "  wifi_password: sunflower\n")
    assert_refused_at(code, output, PASSWORD, [("mkdocs.yml", 16)])
    assert_nothing_published(tmp_path, code)


def test_a_ticket_written_with_look_alikes_is_refused_at_each_place(
        leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    assert_ticket_refused_at_each_place(code, output, BODY_START)


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


DOCUMENTATION = body(
    "- item one, 12: noon", "`password: changeme`",
    "+    password: changeme  # real: <password>", "$ mysql -u root -p")


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article(
        "Doc", extra="tickets: [ZD-4711]\nsearch:\n  password: required\n",
        body=DOCUMENTATION + "\nSee ZD-47114 and AZD-4711.\n\n" + _digest(
            base64.b64encode(bytes(range(16))).decode().rstrip("=").replace("+", ".")) + "\n"),
        "content/files/config.txt": "db:\n  user: pepe\n  password: changeme\n  # real: <yours>\n",
        "content/files/users.csv": "user,password,role\nanna,<password>,admin\n"}
    code, output = _build(tmp_path, files)
    assert_published(tmp_path, code, output, "articles/wifi/doc.html")


def test_front_matter_and_data_comments_are_read_nowhere_and_published_nowhere(
        tmp_path: Path) -> None:
    """YAML comments of front matter and of `_data/` files are never published (no file is
    copied raw), so the gate does not read them; a copied file's comments are (above)."""
    secret = "Zq7Xr2Lm9Kw4Tv"
    files = {"content/articles/wifi/doc.md": article(
        "Doc", extra=f"# real: {secret}\ndescription: Guest Wi-Fi  # password: {secret}\n"),
        "content/_data/categories.yml": f"# real password: {secret}\n{MINI_CATEGORIES}"}
    code, output = _build(tmp_path, files)
    assert code == 0, output
    published = [path for path in (tmp_path / "site").rglob("*") if path.is_file()
                 and secret.encode() in path.read_bytes()]
    assert published == []
    assert (tmp_path / "site/articles/wifi/doc.html").is_file()

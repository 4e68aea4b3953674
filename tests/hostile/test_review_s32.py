"""Review of 2026-12-04 (s32): the gate's open leak classes (issue 19), each in a real `kbgen
build`, in prose, in a code block, in front matter and in copied `.txt`/`.json` files: a
lower-case password straight after its word, a spelt placeholder stated in prose as the
password, a password after its word in other languages (or on the next line), a webhook's
key that is not hex, a hex secret link with a file's extension, a
password a generator printed. The build publishes nothing and names each file and line; the
same shapes as documentation (`POSTGRES_PASSWORD=mysecretpassword` in code, a commit's hash,
`<output>` under `pwgen`) publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    built_project,
)

PASSWORD = "password or secret"
TOKEN = "API key or token"
HEX = "8f14e45fceea167a5a36dedd4bea2543"

# class: (title, prose, code block lines, copied file name, its text, kind)
CLASSES = {
    "bare": ("Guest network password hunter2024", "For the guest network, password hunter2024.",
             "wifi password hunter2024", "guest.txt", "Passwort lautet hunter2024\n", PASSWORD),
    "spelt": ("Staging password is mysecretpassword",
              "The password for the staging database is mysecretpassword.",
              "the admin password is mysecretpassword", "staging.txt",
              "Set the admin password to supersecretpassword.\n", PASSWORD),
    "webhook": ("Hook https://hooks.zapier.com/hooks/catch/1234567/bq4ux2p/",
                "Send the form to https://hooks.zapier.com/hooks/catch/1234567/bq4ux2p/.",
                "curl -X POST https://api.acme-corp.io/webhook/qzrlmxvnptwksbyd",
                "hook.json", '{"url": "https://ci.acme-corp.io/hooks/Kq9x7Zr2Lm"}\n', TOKEN),
    "hexfile": (f"Export https://files.acme-corp.io/s/{HEX}.json",
                f"Your export: https://files.acme-corp.io/s/{HEX}.json",
                f"wget https://dl.acme-corp.io/{HEX}.tar.gz", "export.json",
                f'{{"link": "https://files.acme-corp.io/{HEX}.txt"}}\n', TOKEN),
    "world": ('"Пароль гостевой сети: hunter2024"', "默认密码是hunter2024，请登录后修改。",
              "パスワード：hunter2024", "guest-ru.txt", "Пароль:\nhunter2024\n", PASSWORD),
    "generated": ("Run pwgen", "Run `openssl rand -base64 12`; it printed `q8Zr2LmX7vN4pT9w`.",
                  "$ pwgen -s 12 1\nahx9Ohd4ieTh", "pw.txt",
                  "$ xkcdpass -n 4\nglitter monsoon fiddle quarry\n", PASSWORD),
}


def body(prose: str, code: str) -> str:
    """Line 1 of the body the prose, then a code block (its lines from body line 4)."""
    return f"{prose}\n\n```console\n{code}\n```\n"


BODY_START = 9
"""The line of the body's first line in the file `article()` writes (its front matter: 7
lines, then a blank one)."""


def _build(root: Path, files: dict[str, str]) -> tuple[int, str]:
    return built_project(root, files)


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) of a project holding every class in
    every place."""
    root = tmp_path_factory.mktemp("leaks32")
    files: dict[str, str] = {}
    for name, (title, prose, code, copied, text, _) in CLASSES.items():
        files[f"content/articles/wifi/{name}.md"] = article(
            f"Case {name}", extra=f"description: {title}\n", body=body(prose, code))
        files[f"content/files/{copied}"] = text
    code, output = _build(root, files)
    return root, code, output


def _places(name: str) -> list[tuple[str, int]]:
    """(path, line) of each place the class `name` is written, in order: front matter, prose,
    code block, copied file."""
    _, _, code, copied, text, _ = CLASSES[name]
    article_path = f"content/articles/wifi/{name}.md"
    code_line = BODY_START + 3 + (1 if "\n" in code else 0)
    file_line = 2 if name in ("generated", "world") else 1
    return [(article_path, 6), (article_path, BODY_START), (article_path, code_line),
            (f"content/files/{copied}", file_line)]


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    root, code, output = leaked
    kind = CLASSES[name][-1]
    places = _places(name)
    if name == "generated":
        places = places[1:]  # a generator's output is not a title
    assert_refused_at(code, output, kind, places)


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


DOCUMENTATION = {
    "placeholder": body("Start the database with the image's example password.",
                        "$ docker run -e POSTGRES_PASSWORD=mysecretpassword -d postgres"),
    "words": body("The password is incorrect, the password field is empty, password manager "
                  "Bitwarden, password sha256crypt.", "wifi password <your password>"),
    "hooks": body("Post to https://api.acme-corp.io/webhook/github-events or "
                  "https://hooks.zapier.com/hooks/catch/1234567/abcd123/.",
                  "See https://github.com/acme/kb/blob/" + "7ccfa85e0c7b1c1d3f6a2b9e8d4c5a6b7e"
                  "8f9012/README.md"),
    "generator": body("Run `pwgen -s 16 1` and paste what it prints.",
                      "$ pwgen -s 16 1\n<output>"),
    # prose under an inline command is no output (NetBird's troubleshooting list)
    "inline": body("- **Resolution:** Generate a key with `openssl rand -base64 32` and set it.\n"
                   "- **Verification:** Restart; the server logs `CloudServer2` lines.",
                   "echo done"),
}


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    files = {f"content/articles/wifi/{name}.md": article(f"Doc {name}", body=text)
             for name, text in DOCUMENTATION.items()}
    code, output = _build(tmp_path, files)
    assert_published(tmp_path, code, output, "articles/wifi/placeholder.html")

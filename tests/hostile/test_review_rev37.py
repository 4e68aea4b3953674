"""Review rev37 (2026-12-05, issue 19): tonight's accepting rules dressed round real data, in
one real `kbgen build` of a Russian site.

- leak37 made a password a warning (the page published) when a placeholder user (`user:
  pepe`, `login: fulano`, `user: vasya.pupkin`) is on a sibling line: any real password written
  under such a line published. Only a password that reads as a word (`pardo`) is now made up
  that way; digits or random letters stay errors.
- fp37 read a `.local` name as a file's when `file` followed it, unless a file share, server,
  system, host, storage, transfer or sync came next: `the payroll-db.local file store`, `file
  manager`, `file vault` and `dc01.corp.local file` published a private host. A file's name is
  now one word before `.local`, and after `file` come only the clause's end or a word that is
  no noun (`file to`, `file.`).
- A password word of another script written in capitals was read as no password word
  (`ПАРОЛЬ: Kq8vNz3Lw2Pd`, `| ΚΩΔΙΚΌΣ | … |`): the gate folds text after mapping look-alike
  letters, and a capital soft sign or Greek capital maps otherwise than its small letter. The
  word lists are now asked in every case's form (`word_forms`); and such a word's value in an
  attribute (`title="Пароль: …"`) ends at the quote.
- leak37's real value in a comment (`# real: hunter2024`) was read beside English keys only:
  its Russian and Japanese keys were written as the text is, not as the gate reads it
  (`пapoлb`), so `пароль: changeme  # real: hunter2024` published. The keys of other languages
  are asked in the forms read, and the value judged as a password's; a comment inside a code
  span (`` `password: changeme  # real: hunter2024` ``) ends at the span's mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import assert_nothing_published, assert_refused_at, places_of
from tests.hostile.test_leak34_classes import BODY_START, PASSWORD, _build, body

HOST = "internal hostname"


def _no_extra(line: int) -> int:
    """The file line of body line `line` of an article with no extra front matter."""
    return BODY_START - 2 + line

PAIRS = ("user: pepe\npassword: Kq8vNz3Lw2Pd\n\n"
         "```yaml\nlogin: fulano\npassword: hunter2024\n```\n\n"
         "```diff\n+    user: pepe\n+    password: Kq8vNz3Lw2Pd\n```\n\n"
         "```yaml\nuser: vasya.pupkin\nпароль: Kq8vNz3Lw2Pd\n```\n")
PAIR_LINES = (2, 6, 11, 16)
"""Body lines of PAIRS' passwords."""

HOSTS = ("Open the `payroll-db.local` file store.\n\n"
         "| Where | Note |\n|---|---|\n| share | the `payroll-db.local` file manager |\n\n"
         "```text\nmount the dc01.corp.local file\n```\n\n"
         '<span title="the payroll-db.local file vault">share</span>\n')
HOST_LINES = (1, 5, 8, 11)

COMMENTS = ("```yaml\nпароль: changeme  # real: hunter2024\n```\n\n"
            "| Key | Value |\n|---|---|\n| пароль | `ПАРОЛЬ: changeme  # prod: hunter2024` |\n\n"
            "```yaml\nパスワード: changeme\n# real: Tr0ub4dor3Xq\n```\n\n"
            '<span title="hasło: changeme  # real: hunter2024">x</span>\n')
COMMENT_LINES = (2, 7, 11, 14)


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding both classes in each place."""
    root = tmp_path_factory.mktemp("rev37")
    files = {
        "content/articles/wifi/pairs.md": article("Pairs", body=PAIRS),
        "content/files/pairs.txt": "db:\n  user: pepe\n  password: Kq8vNz3Lw2Pd\n",
        "content/articles/wifi/hosts.md": article(
            "Hosts", extra='description: "the payroll-db.local file store"\n', body=HOSTS),
        "content/files/hosts.txt": "Files live on the payroll-db.local file NAS.\n",
        "content/articles/wifi/capitals.md": article(
            "Capitals", extra='description: "ПАРОЛЬ: Kq8vNz3Lw2Pd"\n',
            body=body("ПАРОЛЬ: Kq8vNz3Lw2Pd", "ΚΩΔΙΚΌΣ: Kq8vNz3Lw2Pd", "ПАРОЛЬ = Kq8vNz3Lw2Pd",
                      "ПАРОЛЬ: Kq8vNz3Lw2Pd")),
        "content/files/capitals.txt": "ПАРОЛЬ: Kq8vNz3Lw2Pd\n",
        "content/articles/wifi/comments.md": article("Comments", body=COMMENTS),
        "content/files/comments.txt": "db:\n  пароль: changeme\n  # real: hunter2024\n",
    }
    code, output = _build(root, files)
    return root, code, output


def test_a_real_password_beside_a_placeholder_user_is_refused(
        leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    path = "content/articles/wifi/pairs.md"
    assert_refused_at(code, output, PASSWORD,
                      [*((path, _no_extra(line)) for line in PAIR_LINES),
                       ("content/files/pairs.txt", 3)])


def test_a_local_host_named_before_a_file_noun_is_refused(leaked: tuple[Path, int, str]
                                                          ) -> None:
    _, code, output = leaked
    path = "content/articles/wifi/hosts.md"
    assert_refused_at(code, output, HOST,
                      [(path, 6), *((path, BODY_START + line - 1) for line in HOST_LINES),
                       ("content/files/hosts.txt", 1)])


def test_a_password_word_in_capitals_of_another_script_is_refused(
        leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    assert_refused_at(code, output, PASSWORD, places_of("capitals", BODY_START))


def test_a_comments_real_value_beside_a_key_of_another_language_is_refused(
        leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    path = "content/articles/wifi/comments.md"
    assert_refused_at(code, output, PASSWORD,
                      [*((path, _no_extra(line)) for line in COMMENT_LINES),
                       ("content/files/comments.txt", 3)])


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


def test_the_shapes_the_rules_were_made_for_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article(
        "Doc", body="Modify the `jail.local` file to add a jail.\n\n"
                    "```yaml\n    user: pepe\n    password: pardo\n```\n")}
    code, output = _build(tmp_path, files)
    assert code == 0, output
    assert "placeholder user" in output
    assert "Kq8vNz3Lw2Pd" not in output
    assert (tmp_path / "site/articles/wifi/doc.html").is_file()

"""Issue 19 (rev39): fp39's accepting rules attacked. A real secret or private address dressed
in each accepted shape (a field-spelt password with a word of its own, an assumption or its
list's introduction saying whose, a native-looking client redirecting to a network service or
saying it is a deployment's) fails one real `kbgen check`, in code blocks, prose lists and copied
files (the documentation shapes fp39 accepted: tests/hostile/test_platform_docs_fp39.py)."""

from __future__ import annotations

import pytest

from tests.hostile.review_cases import (
    ArticleCase,
    FileCase,
    assert_file_judged,
    check_cases,
    misjudged,
)

PASSWORD, ADDRESS = "password or secret", "internal IP address"
SECRET = "Kq8vNz3Lw2PdXy7TqR5sW1zVb6Hn0Mc4Jf9Gt2Ke"
ASSUMES = "This example makes the following assumptions:\n\n"


def _client(uri: str, comment: str = "") -> str:
    return (f"```yaml\nclients:\n{comment}  - client_id: 'acme'\n    client_secret: '{SECRET}'\n"
            f"    redirect_uris:\n      - '{uri}'\n```\n")


ARTICLES: list[ArticleCase] = [
    ("a field-spelt password with a word of its own, in code", "",
     "```yaml\nsentinel_password: 'sentinel_zorblax_pass'\n```\n", PASSWORD),
    ("an assumption that is ours", "", ASSUMES + "* __Proxy IP:__ `10.20.30.40` (ours)\n",
     ADDRESS),
    ("an assumption that is the office's", "", ASSUMES + "* __Office firewall:__ `10.20.30.40`\n",
     ADDRESS),
    ("an assumption whose continued line says whose", "",
     ASSUMES + "* __Proxy IP:__ `10.20.30.40`\n  this is our real proxy\n", ADDRESS),
    ("a home NAS among the assumptions", "", ASSUMES + "* __Home NAS:__ `192.168.1.20`\n",
     ADDRESS),
    ("assumptions about our network", "",
     "This example assumes the following about our network:\n\n* __Proxy IP:__ `10.20.30.40`\n",
     ADDRESS),
    ("a client redirecting to a database", "", _client("redis://cache.acme-corp.com"), PASSWORD),
    ("a client redirecting to a file share", "", _client("smb://files.acme-corp.com"), PASSWORD),
    ("a loopback client said to be production's", "",
     _client("http://127.0.0.1", "  # our production portal\n"), PASSWORD),
]

FILES: list[FileCase] = [
    ("content/files/clients.yml",
     ("clients:\n  - client_id: 'acme'\n    client_secret: '" + SECRET + "'\n"
      "    redirect_uris:\n      - 'mongodb+srv://db.acme-corp.com'\n").encode(),
     PASSWORD),
    ("content/files/assumptions.txt",
     (ASSUMES + "* Office proxy: 10.20.30.40\n").encode(), ADDRESS),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    return check_cases(tmp_path_factory.mktemp("rev39"), ARTICLES, FILES)


def test_dressed_secrets_fail(checked: tuple[int, list[str]]) -> None:
    code, errors = checked
    assert misjudged(ARTICLES, errors) == {}
    assert code == 1
    for path, _, expected in FILES:
        assert_file_judged(errors, path, expected)

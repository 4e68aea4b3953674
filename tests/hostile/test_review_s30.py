"""Review of the privacy gate's rules of 2026-12-04 (rev30): shapes dressed as what those rules
accept, checked on a real project with `kbgen check`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, article

ARTICLE = "content/articles/billing/case.md"
HOSTS = "\n".join(f"- 192.168.1.{number} fs{number}" for number in range(10, 30))
FEW_HOSTS = "\n".join(f"- 192.168.1.{number} device {number}" for number in range(10, 16))
FILLER = "\n\n".join(f"Paragraph {n} about invoices." for n in range(6))

# (case, body, kind refused or None when published as it is)
CASES = [
    ("company address as a handle far below one mention of Mastodon",
     f"Follow us on Mastodon.\n\n{FILLER}\n\nWrite to @jsmith@acme-corp.com.", "e-mail address"),
    ("acct beside a username in a customer record",
     '```json\n{"customer": {"username": "jsmith", "acct": "jsmith@acme-corp.com"}}\n```',
     "e-mail address"),
    ("handle far below the mention, its profile linked",
     f"Follow us on Mastodon.\n\n{FILLER}\n\n[@kbgen@fosstodon.org](https://fosstodon.org/@kbgen)",
     None),
    ("ConvertTo-SecureString with a plain-text password",
     '```powershell\n$pw = ConvertTo-SecureString "Kq91x7ZrPw" -AsPlainText -Force\n```',
     "password or secret"),
    ("ConvertTo-SecureString of a variable", "```powershell\n$pw = ConvertTo-SecureString"
     " $env:DB_PASS -AsPlainText -Force\n```", None),
    ("sqlcmd -P", "`sqlcmd -S db.acme.io -U sa -P Kq91x7ZrPw`", "password or secret"),
    ("ldapsearch -w", "`ldapsearch -x -D cn=admin,dc=acme,dc=io -w Kq91x7ZrPw`",
     "password or secret"),
    ("xfreerdp /p:", "`xfreerdp /v:srv01.acme.io /u:admin /p:Kq91x7ZrPw`", "password or secret"),
    ("smbclient -U user%password", "`smbclient //fs.acme.io/share -U admin%Kq91x7ZrPw`",
     "password or secret"),
    ("netrc on one line", "`machine api.acme.io login admin password Kq91x7ZrPw`",
     "password or secret"),
    ("twenty hosts in a default home network", HOSTS, "internal IP address"),
    ("six devices in a default home network", FEW_HOSTS, None),
    ("netrc with a placeholder", "`machine api.acme.io login admin password PASSWORD`", None),
]


@pytest.mark.parametrize("case, body, refused", CASES, ids=[c[0] for c in CASES])
def test_review_s30(write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch,
                    case: str, body: str, refused: str | None) -> None:
    config = write_project({ARTICLE: article(body=f"{body}\n"), "mkdocs.yml": MINI_CONFIG})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [text for text in result.output.splitlines() if ": error: " in text]
    if refused is None:
        assert errors == [] and result.exit_code == 0, result.output
    else:
        assert errors and all(f": error: {refused} (" in error for error in errors), \
            result.output
        assert result.exit_code == 1

"""A regulator's domain lets its mailboxes be published (`casework@ico.org.uk`), not the
address of one of its staff (`jane.doe@ico.org.uk`, pasted from a reply to a customer).
Each case is a real project checked with `kbgen check`, with the shipped regulators and with
an organisation the site adds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, article

ARTICLE = "content/articles/billing/case.md"
OMBUDSMAN = ("extra:\n  kb:\n    privacy:\n      organisations:\n"
             "        - name: Energy Ombudsman\n          domains: [energyombudsman.org]\n")

# (case, line, published as it is)
CASES = [
    ("regulator mailbox", "Complain to casework@ico.org.uk.", True),
    ("regulator mailbox in one word", "Or write to icocasework@ico.org.uk.", True),
    ("regulator web site", "See https://ico.org.uk/make-a-complaint/ first.", True),
    ("site's organisation mailbox", "Write to enquiries@energyombudsman.org.", True),
    ("case officer", "Your case officer is jane.doe@ico.org.uk.", False),
    ("initial and name", "Write to j.doe@edpb.europa.eu.", False),
    ("subdomain", "Write to jane.doe@mail.ico.org.uk.", False),
    ("site's organisation staff", "Ask peter.smith@energyombudsman.org.", False),
]


@pytest.mark.parametrize("case, line, published", CASES, ids=[c[0] for c in CASES])
def test_people_at_public_organisations_are_personal_data(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, case: str,
        line: str, published: bool) -> None:
    config = write_project({ARTICLE: article(body=f"{line}\n"),
                            "content/articles/wifi/ok.md": article("Fine article"),
                            "mkdocs.yml": MINI_CONFIG + OMBUDSMAN})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [text for text in result.output.splitlines() if ": error: " in text]
    if published:
        assert errors == [] and result.exit_code == 0, result.output
    else:
        assert len(errors) == 1, result.output
        assert errors[0].startswith(f"{ARTICLE}:8: error: e-mail address (")
        assert result.exit_code == 1

"""A tag page's title in a site with templates of its own (rev69 F6): Material's
`<title>Tag: password - Help</title>` joins the page's title and the configured site name; the
chrome scan (kbgen/site/theme_output.py) read it as the password `Help`, so a new site named
`Help` with a `theme/main.html` and an article tagged `password` did not build. The joint is
taken out before the scan (title_joint_blanked); what a title holds besides stays read."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import PASSWORD, scan
from kbgen.site.theme_output import title_joint_blanked
from tests.helpers import run_cli

MAIN = '{% extends "base.html" %}\n{% block announce %}<p>Welcome.</p>{% endblock %}\n'


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kbgen init --site-name Help` (its example article is tagged `password`)."""
    root = tmp_path_factory.mktemp("title-joint") / "help"
    made = run_cli("init", str(root), "--company", "Hearthly", "--site-name", "Help")
    assert made.returncode == 0
    assert "password" in (root / "content/articles/account"
                          / "password-reset-email-does-not-arrive.md").read_text("utf-8")
    return root


def test_a_new_site_with_its_own_template_and_a_password_tag_builds(project: Path) -> None:
    (project / "theme/main.html").write_text(MAIN, "utf-8")
    built = run_cli("build", cwd=project)
    assert built.returncode == 0, built.stderr
    assert "<title>Tag: password - Help</title>" in (
        project / "site/tags/password.html").read_text("utf-8")


def test_a_password_the_template_puts_in_a_title_still_stops_the_build(tmp_path: Path) -> None:
    copy = tmp_path / "help"
    run_cli("init", str(copy), "--company", "Hearthly", "--site-name", "Help")
    (copy / "theme/main.html").write_text(
        MAIN + '{% block htmltitle %}<title>{{ "pass" ~ "word: " ~ "Tr0ub4dor3x" }} - '
        '{{ config.site_name }}</title>{% endblock %}\n', "utf-8")
    built = run_cli("build", cwd=copy)
    assert built.returncode != 0
    assert "password or secret (Tr**" in built.stderr


HOSTILE_TITLES = [
    "<title>password - Tr0ub4dor3x - Help</title>",
    "<title>Tag: password - Tr0ub4dor3x - Help</title>",
    "<title>password: Tr0ub4dor3x - Help</title>",
    "<title>Password: Sommer2024x - Help</title>",
    "<title>Kennwort: Sommer2024x - Help</title>",
    "<title>mot de passe : Soleil2024x - Help</title>",
    "<title>contraseña: Verano2024x - Help</title>",
    "<title>the password is Tr0ub4dor3x - Help</title>",
    "<title>password=Tr0ub4dor3x - Help</title>",
    "<title>password - Help2024x</title>",
    "<title>password - Helpdesk2024</title>",
    "<title>password - Tr0ub4dor3x</title>",
    "<title>password - Help </title>",
    "<title>password -  Help</title>",
    "<title>password - help</title>",
    "<title>Tag: password - Tr0ub4dor3x</title>",
    "<title>password - Help!</title>",
    "<title>password - Help</title><title>password - Hunter2x</title>",
    "<title>password - Help</title> password - Tr0ub4dor3x",
    "<title>password - Help</title>\npassword - Tr0ub4dor3x",
    "<h1>password - Help</h1>",
    "<p>Tag: password - Help</p>",
    '<meta content="password - Help">',
    "password - Help",
]


@pytest.mark.parametrize("line", HOSTILE_TITLES)
def test_what_is_not_the_title_templates_joint_is_read(line: str) -> None:
    assert PASSWORD in {finding.kind for finding in scan(title_joint_blanked(line, "Help"))}


@pytest.mark.parametrize(("line", "name"), [
    ("<title>Tag: password - Help</title>", "Help"),
    ("<title>Tag: password - Support</title>", "Support"),
    ("<title>Schlagwort: Passwort - Hilfe</title>", "Hilfe"),
    ("<title>Tag: password - Kundendienst</title>", "Kundendienst"),
])
def test_the_title_templates_joint_is_not_read(line: str, name: str) -> None:
    assert scan(line) and not scan(title_joint_blanked(line, name))

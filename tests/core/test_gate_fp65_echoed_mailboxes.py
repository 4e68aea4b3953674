"""One word as a mailbox at itself under no delegated top-level domain (`demo@demo.demo`,
linuxserver's Planka default admin) can receive no mail and names no one (issue 19, fp65);
any other shape stays a finding. Every text is scanned once."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

KEPT: dict[str, str] = {
    "a compose list": "- DEFAULT_ADMIN_EMAIL=demo@demo.demo\n",
    "a docker run flag": "-e DEFAULT_ADMIN_EMAIL=demo@demo.demo \\\n",
    "a table cell": "| `DEFAULT_ADMIN_EMAIL=demo@demo.demo` | Email address for default user. |\n",
}
"""Undeliverable echoes: each an error on main."""

LEAKS: dict[str, str] = {
    "a delegated domain": "email: demo@demo.com\n",
    "a private-use domain": "email: anna@anna.lan\n",
    "a person at the echo": "email: anna.virtanen@demo.demo\n",
    "a company's label": "email: demo@acme.demo\n",
    "a corp domain": "email: admin@admin.corp\n",
    "an internal domain": "email: jane@jane.internal\n",
    "a person's own domain": "email: anna@anna.com\n",
    "a login at an internal host": "email: okonkwo@jump01.zenit\n",
    "a login command at an echo": "ssh anna@anna.anna\n",
    "a remote path at an echo": "copy to anna@anna.anna:/srv/payroll\n",
    "a local domain": "email: jane@jane.local\n",
    "a German customer": "Kundin: anna@anna.de\n",
    "digits in the echo": "email: anna2024@anna2024.demo\n",
    "a delegated suffix after the echo": "email: demo@demo.demo.com\n",
    "a persona at the echo": "email: jane.doe@demo.demo\n",
    "a home domain": "email: anna@anna.home\n",
    "a Polish person's domain": "Klient: jan@jan.pl\n",
    "a quoted ticket": "> Customer: anna@anna.eu\n",
    "a mailto link": "<a href=\"mailto:anna@anna.io\">Anna</a>\n",
    "a look-alike letter in the domain": "email: anna@ann\u0430.demo\n",
    "front matter": "---\ncontact: anna@anna.fi\n---\n",
}
"""Each must stay an error (main finds each)."""


@pytest.fixture(scope="module")
def errors() -> dict[str, list[str]]:
    """Every text scanned once: the kinds of its errors."""
    return {name: [f.kind for f in scan(text) if not f.advisory]
            for name, text in {**KEPT, **LEAKS}.items()}


@pytest.mark.parametrize("name", KEPT)
def test_echoed_word_passes(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] == []


@pytest.mark.parametrize("name", LEAKS)
def test_other_shapes_stay_refused(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] != []

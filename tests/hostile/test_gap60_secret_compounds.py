"""Issue 19 (gap60): a secret set under a name that glues a secret's word to another
(`sharedsecret`, `wifipassword`), a setting whose last piece is `phrase` or `psk` (`wifi-psk`,
`unlock-phrase`), or a flag whose last piece is a secret's word (`--wifi-key`,
`--admin-password`): an error (kbgen.core.privacy.secret_compounds; published on main, gap59's
option_choices gaps). Names the key rules read, words after a flag, placeholders and references
stay none."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _verdict(text: str) -> str:
    findings = scan(text, Allowed())
    if any(not finding.advisory for finding in findings):
        return "error"
    return "warning" if findings else "none"


SECRETS = (
    "wifi-psk = Jensen-Dental-2024",
    "sharedsecret = Jensen!Radius9",
    "unlock-phrase: tangerine-marble-orbit-42",
    "master-phrase = Orbit!Tangerine9",
    "vault-phrase: blue-otter-sings-77",
    "--wifi-key Summer2024!",
    "--unlock-phrase=Orbit!Tangerine9",
    "  radiussecret: Kowalska!2024",
    "- wlanpassword: Praxis2024!",
    "`unlockPhrase`: Orbit!Tangerine9",
    "routerPsk = Jensen-Dental-2024",
    "adminpasswort = Sommer2024!",
)


@pytest.mark.parametrize("text", SECRETS)
def test_a_secret_under_a_compound_name_is_an_error(text: str) -> None:
    assert _verdict(text) == "error"


HARMLESS = (
    "adduser --disabled-password mastodon",
    "- FG_WEBUI_PASSWORD=info #optional",
    "wifi-psk: <your-psk>",
    "sharedsecret = ${RADIUS_SECRET}",
    "monkey: Banana2024x",
    "hotkey: Ctrl2Shift",
    "search-phrase: router offline",
    "--unlock-phrase \"$PHRASE\"",
)


@pytest.mark.parametrize("text", HARMLESS)
def test_names_the_key_rules_read_words_and_references_stay_none(text: str) -> None:
    assert _verdict(text) == "none"

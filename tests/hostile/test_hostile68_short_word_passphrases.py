"""Hostile round 25 (issue 19): a passphrase after a secret's key holding a two-letter word or
a letter beyond ASCII (`| Mot de passe | TA-MAISON-BLEUE-JAUNE |`, `IN-DER-KÜCHE-BRENNT`),
which main published; read in kbgen/core/privacy/short_word_passphrases.py. The leaks are also
rows `hostile68: short-word passphrase …` of bench/gatecorpus/hostile.yml. All texts are
scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, scan

F = "```"

REFUSE: dict[str, str] = {
    "french cell": "| Password | TA-MAISON-BLEUE-JAUNE |",
    "french key cell": "| Mot de passe | MA-MAISON-EST-BLEUE |",
    "german umlaut": "| Passwort | IN-DER-KÜCHE-BRENNT-LICHT |",
    "german lower": "password: de-rote-katze-schlaeft",
    "italian env": "WIFI_PASSWORD=IL_GATTO_NERO_DORME",
    "spanish cell": "| Contraseña WLAN password | EL-GATO-NEGRO-DUERME |",
    "swedish": "| Lösenord password | OM-HUSET-ÄR-MYCKET-RÖTT |",
    "polish": "password: KOT-NA-PŁOCIE-ŚPI",
    "dutch yaml": F + "yaml\nwifi:\n  passphrase: OP-DE-FIETS-NAAR-HUIS\n" + F,
    "quoted ticket": "> token: up-la-montagne-verte-haute",
    "html cell": "<tr><td>Password</td></tr>\n| Password | LA-NUIT-EST-CALME |",
    "bold key": "**Password**: EN-LA-PLAYA-SOLEADA-HOY",
    "is": "The password is da-sonne-scheint-hell",
    "env lower": "DB_PASSWORD=ma_voiture_rouge_rapide",
    "ini": "[db]\npassword = TO-JEST-MOJE-HASLO-NOWE",
    "finnish": "| WLAN password | ON-KAUNIS-KESÄ-PÄIVÄ |",
    "turkish": "password: BU-GÜZEL-BİR-GÜN",
    "compose": "      MYSQL_ROOT_PASSWORD: EN-BLÅ-HEST-LØBER",
    "czech": "heslo, password: JE-TO-MŮJ-VELKÝ-DŮM",
    "secret key": "SECRET_KEY=LE_CHAT_DORT_SUR_UN_TOIT",
    "german ticket": "Kunde schreibt: mein Passwort: IN-DEN-BERGEN-SCHNEIT",
}
"""Leaks: a password or secret finding."""

PUBLISH: dict[str, str] = {
    "thing words": "| Password | MY-SECRET-PASSWORD |",
    "about key": "| Password policy | AT-LEAST-EIGHT-CHARS |",
    "two words": "| Password | IS-REQUIRED |",
    "repeated word": "password: ON-OFF-ON-OFF",
    "two words accented": "| Password | TA-CLÉ |",
    "short words only": "password: ON-AN-IN-AT",
    "translated stand-in": "password: TON_MOT_DE_PASSE",
    "secret name": "| Secret name | MY-APP-DB-SECRET |",
    "no key": "| Colour | LA-NUIT-EST-CALME |",
    "format": "password_format: XX-XXXX-XXXX",
    "french stand-in": "| Password | VOTRE-MOT-DE-PASSE |",
}
"""Thing and placeholder words, keys about the secret, two words, stand-ins, no key."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_short_word_passphrase_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_passphrase_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD not in kinds[name]

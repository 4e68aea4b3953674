"""The gate's per-line work cut without changing what it finds (issue 13, cpu55): shell
settings, `your-…` values, secrets' lists, grouped secrets and labelled secrets asked only of
lines holding what their own expressions need (their texts' needs are met by almost every
text)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, scan
from kbgen.core.privacy.detectors import (
    _grouped_secrets,
    _labelled_secrets,
    _line_detectors,
    _listed_secrets,
    _password_digests,
    _shell_settings,
    _your_values,
)
from kbgen.core.privacy.emails import _emails
from kbgen.core.privacy.model import TOKEN

CUT = (_shell_settings, _your_values, _listed_secrets, _grouped_secrets, _labelled_secrets,
       _password_digests)
ORDER = (*CUT, _emails)


def test_a_prose_line_is_not_asked_for_settings_stand_ins_lists_or_groups() -> None:
    assert list(_line_detectors("Restart the hub, then wait: it takes a minute.", ORDER)) == [
        _emails]


@pytest.mark.parametrize("line", ["Open the Settings page, then restart.",
                                  "Go to the regional settings."])
def test_a_line_naming_settings_is_not_asked_for_shell_settings(line: str) -> None:
    assert _shell_settings not in _line_detectors(line, ORDER)


@pytest.mark.parametrize(("line", "kept"), [
    ("PUTENV(\"DB_PASSWORD\", \"Kq8vTz2mWx9p\")", _shell_settings),
    ("Set-Item -Path Env:DB_PASSWORD -Value Kq8vTz2mWx9p", _shell_settings),
    ("REG ADD HKCU\\Environment /v DB_PASSWORD /d Kq8vTz2mWx9p", _shell_settings),
    ("set\tDB_PASSWORD Kq8vTz2mWx9p", _shell_settings),
    ("os.SetEnv (\"DB_PASSWORD\", \"Kq8vTz2mWx9p\")", _shell_settings),
    ("api_key: Your-sunflower-2024", _your_values),
    ("API_KEYS=Kq8v!Tz2m,Wx9p#Lm3", _listed_secrets),
    ("Wachtwoord: abcd efgh ijkl mnop", _grouped_secrets),
    ("Kontonummer: 1234 5678 9012 3456", _grouped_secrets),
    ("Wi-Fi KEY: Kq8vNz3Lw2", _labelled_secrets),
    ("login: admin / Kq8vNz3Lw2", _labelled_secrets),
    ("P4ssw0rd: Kq8vNz3Lw2", _labelled_secrets),
    ("NTLM hash is 8846f7eaee8fb117ad06bdd830b7586c", _password_digests),
    ("admin:{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", _password_digests),
])
def test_a_line_holding_what_a_detector_reads_keeps_it(line: str, kept: object) -> None:
    assert kept in _line_detectors(line, ORDER)


@pytest.mark.parametrize("text", [
    "Set up the service first.\nPUTENV(\"DB_PASSWORD\", \"Kq8vTz2mWx9p\")",
    "Set up the service first.\nsetenv DB_PASSWORD Kq8vTz2mWx9p",
    "Set up the service first.\nSet-Item -Path Env:DB_PASSWORD -Value Kq8vTz2mWx9p",
    "Set up the service first.\nsetx DB_PASSWORD \"Kq8vTz2mWx9p\" /M",
    "Set up the service first.\nos.Setenv(\"DB_PASSWORD\", \"Kq8vTz2mWx9p\")",
    "Set up the service first.\nreg add HKCU\\Environment /v DB_PASSWORD /d Kq8vTz2mWx9p",
    "Choose your plan.\nDB_PASSWORD=your-sunflower-2024",
    "Choose your plan.\npassword: yourSunflowerGarden",
    "Keys, tokens (and more):\npasswords = [\"Kq8v!Tz2m\", \"Wx9p#Lm3\"]",
    "Keys, tokens (and more):\nAPI_KEYS=Kq8vTz2mq,Wx9pLm3qa",
    "Your password and account:\nApp password: abcd efgh ijkl mnop",
    "Your password and account:\nAccount number: 1234 5678 9012 3456",
    "Keys and logins:\nThe Wi-Fi key is Kq8vNz3Lw2",
    "Keys and logins:\nlogin: admin / Kq8vNz3Lw2",
])
def test_values_on_their_own_lines_are_still_found(text: str) -> None:
    assert [finding for finding in scan(text) if finding.kind == PASSWORD], text


@pytest.mark.parametrize("text", [
    "Digests: see below\nNTLM hash is 8846f7eaee8fb117ad06bdd830b7586c",
    "Digests: see below\n$1$saltsalt$qjXMvbEw8oaL.CzflDugX/",
])
def test_digests_on_their_own_lines_are_still_found(text: str) -> None:
    assert [finding for finding in scan(text) if finding.kind == TOKEN], text

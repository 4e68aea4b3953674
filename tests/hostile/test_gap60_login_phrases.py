"""Issue 19 (gap60): a password given in prose beside the login it opens, with no password
word right before it (kbgen.core.privacy.login_phrases): `log in as admin / Summer2024!`, the
same in Spanish, French, German, Italian, Portuguese, Dutch, Polish and Russian, a `login/value`
pair on a line naming a login in any script, a compounded password word (`Standardpasswort`)
and a password word of a script without Latin letters. Published on main (gap59's
default_logins gaps). Sentences that log in as someone and go on with words, paths, settings,
versions and a vendor's stated factory default stay as main leaves them."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _verdict(text: str) -> str:
    findings = scan(text, Allowed())
    if any(not finding.advisory for finding in findings):
        return "error"
    return "warning" if findings else "none"


LEAKS = (
    "Log in as admin / Summer2024! on the clinic's router.",
    "log in as `admin` with `Summer2024!`",
    "Log in as **admin** with **Summer2024!** and open Wireless.",
    "As standard, Priya logs in as admin with falcon1234",
    "We logged in as admin using Summer2024! and reset the DHCP pool.",
    "Sign in to the NAS as jensen.admin / Kowalska77 and check the share.",
    "> I log in as admin, password Summer2024! but it fails",
    "- Log in as `root` : `Tr0ub4dor3x`",
    "Then log on as administrator with the password Winter2025#",
    "Inicia sesión como admin con Verano2024!",
    "Inicie sesión como admin con la contraseña Verano2024!",
    "Connectez-vous en tant qu'admin avec Ete2024!x",
    "Connectez-vous en tant que admin avec le mot de passe Ete2024!x",
    "Melden Sie sich als admin mit Sommer2024! an.",
    "Melden Sie sich als admin mit dem Kennwort Sommer2024! an.",
    "Accedi come admin con Estate2024!",
    "Entre como admin com Verao2024!",
    "Log in als admin met Zomer2024!",
    "Zaloguj się jako admin z hasłem Lato2024!",
    "Войдите как admin с паролем Leto2024!",
    "The login is admin/falcon1234",
    "Her login is admin / Summer2024!",
    "admin / Summer2024! でログインしてください",
    "用 admin / Summer2024! 登录路由器",
    "admin / Summer2024! 로 로그인하세요",
    "| Default admin login | admin / Summer2024! |",
    "<tr><td>Default admin login</td><td>admin / Summer2024!</td></tr>",
    "Anmeldung: admin / Sommer2024!",
    "登录信息：admin / Xiatian2024!",
    "ログイン: admin / Natsu2024!",
    "Il WLAN-Passwort è Estate2024!",
    "Standardpasswort: Sommer2024!",
    "Das Standardpasswort des Routers bei Zahnarzt Jensen ist Sommer2024!",
    "Kennwort für den Benutzer admin lautet Sommer2024!",
    "Das WLAN-Passwort der Praxis lautet Praxis2024!",
    "Het beheerderswachtwoord is Zomer2024!",
    "كلمة المرور هي Summer2024!",
    "كلمة السر للراوتر: Summer2024!",
    "رمز عبور مودم: Tabestan1403!",
    "סיסמה: Kayitz2024!",
    "पासवर्ड है Garmi2024!",
    "รหัสผ่าน คือ Summer2024!",
)


@pytest.mark.parametrize("text", LEAKS)
def test_a_password_beside_its_login_in_prose_is_an_error(text: str) -> None:
    assert _verdict(text) == "error"


HARMLESS = (
    "Log in as admin with your new password.",
    "Log in as root and select: ``8) Shell``",
    "After removing the offending line, log in again as normal, check the fingerprint.",
    "Sign in with Google and GitHub.",
    "Log in as admin / <password> and open Settings.",
    "note the name of the port your board is connected to, such as `dev/ttyACM0` or similar.",
    "Before you log in, add `prometheus.io/port=5000` to the pods.",
    "![Allas Web UI Login](img/Allas-UI-upload1.png){ width=80% }",
    "Der Standardbenutzername und das Standard-Passwort lauten admin/test1234:",
    "You can register/login by entering a username and a password.",
    "After login, run module load spack/v0.18-user",
    "Passwort: dein App-Token (oder Passwort, falls erlaubt)",
    "كلمة المرور هي كلمة سرية تختارها",
)


@pytest.mark.parametrize("text", HARMLESS)
def test_logins_paths_settings_and_words_stay_none(text: str) -> None:
    assert _verdict(text) == "none"

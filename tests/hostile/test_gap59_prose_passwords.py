"""Issue 19 (gap59): a password a sentence gives after saying what it is on (`the admin password
on the clinic's server is …`): the prose reader took `on` for a verb and stopped its words at a
possessive's `'s` or at the sixth word, so these were published (rev58's default_logins gaps).
Each leak is shaped as the attack wrote it; each must be found. Sentences that give no value
after the copula stay unfound."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _errors(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


LEAKS = (
    "The default admin password on the clinic's server is falcon1234.",
    "The default admin password on Dr. Okafor's laptop is falcon1234.",
    "The admin password on the clinic's server is Zq8rT2vLp9Kx.",
    "The password on the server is Zq8rT2vLp9Kx.",
    "The default admin password (the one Ahmed chose at install) is falcon1234.",
    "Hi Marco,\n\nThe default administrator password on the box we shipped to you is "
    "`orange1234`. Log in as admin.",
    "Hi Marco,\n\nThe default root password on the appliance shipped to Jensen Dental is "
    "dental1234.",
    "The default admin password on this tenant is falcon1234.",
    "After Tuesday's visit, the default admin password on all Jensen machines is falcon1234.",
    "The default admin password on the Leeds clinic's appliance (serial 4821-7731) is "
    "falcon1234.",
    "The Wi-Fi password at Priya's flat is Hx7pQ2vL9kWm.",
    "The VPN password for Marta Kowalska's account was Tr0ub4dor3x.",
    "La contraseña predeterminada del usuario admin en el servidor de Clínica Sol es "
    "clinica1234",
    "A senha padrão do usuário admin no servidor da Padaria Silva é padaria1234",
    "Domyślne hasło administratora (admin) na serwerze firmy Kowalski to piekarnia1234",
    "La password predefinita dell'utente admin sul server di Rossi Srl è gelato1234",
    "La password predefinita di admin per il Suo server è falcon1234",
    "Le mot de passe administrateur par défaut du NAS de Mme Dubois est jardin1234",
    "Das Passwort für den Server der Praxis Dr. Weber ist Praxis-1234",
)


@pytest.mark.parametrize("text", LEAKS)
def test_a_password_given_after_what_it_is_on_is_found(text: str) -> None:
    assert _errors(text)


HARMLESS = (
    "The password for the admin account is changed on reboot.",
    "The password on the login screen is the one you chose.",
    "The password you set during install is used by the agent and it is long.",
    "The password of the secret key is stored in the keychain.",
    "The password on the router's sticker is printed under the barcode.",
)


@pytest.mark.parametrize("text", HARMLESS)
def test_a_sentence_that_gives_no_value_stays_unfound(text: str) -> None:
    assert not _errors(text)

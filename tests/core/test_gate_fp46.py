"""Issue 19 (fp46): lines of OpenCloud's German docs, Kanboard's and NetBird's pass with their
reason; the same shapes holding a real secret or placed with someone stay findings (the hostile
twins are rows `(fp46)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

# As OpenCloud's German docs publish it (user/general/account-settings.md): a list of settings,
# each name then its description after a hard break.
SETTINGS = ("Je nach Grundkonfiguration können Sie die folgenden Optionen ändern:\n\n"
            "- Sprache:  \n  Wählen Sie die gewünschte Sprache für Ihre Benutzeroberfläche.\n"
            "- Passwort:  \n  Ändern Sie Ihr Passwort für den Zugriff auf Ihr Benutzerkonto.\n")


def test_a_german_settings_list_passes() -> None:
    assert scan(SETTINGS) == []


SHAPES = ("password: {}", "Passwort:  \n  {}", "Das Passwort ist {}.", "password={}",
          "| Passwort | {} |", "Mot de passe : {}", "Wi-Fi password:\n\n    {}")


@pytest.mark.parametrize("plain, accented", [
    ("Offnen", "Öffnen"), ("Blumenkubel", "Blumenkübel"), ("manana", "mañana"),
    ("Andern Sie Ihr Passwort.", "Ändern Sie Ihr Passwort."), ("Kase2024", "Käse2024"),
    ("Eleve", "Élève"),
])
def test_letters_of_other_alphabets_are_letters(plain: str, accented: str) -> None:
    """A word with an umlaut, an accent or ñ is judged as the same word in ASCII letters is:
    neither a symbol that makes prose a password nor a letter a word of letters lacks."""
    for shape in SHAPES:
        assert bool(scan(shape.format(plain))) == bool(scan(shape.format(accented))), shape

"""Issue 19 (fp46): lines of OpenCloud's German docs, Kanboard's, NetBird's and Traefik's pass;
the same shapes holding a real secret or placed with someone stay findings (the hostile
twins are rows `(fp46)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import base64

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


# As NetBird's and Kanboard's docs publish them (use-cases/remote-access/
# overlapping-ips-for-resources.mdx, help/troubleshooting-client.mdx, manage/dns/index.mdx,
# admin/ldap.md).
RUNNING = ("## The running example\n\n"
           "- **Site A**, internal app at `10.0.0.5:8080`, reached through routing peer"
           " `site-a-router`.\n"
           "- **Site B**, a different app, also at `10.0.0.5:8080`, reached through routing peer"
           " `site-b-router`.\n\n## Fixes\n\n"
           "proxy_pass 10.0.0.5:8080;    # the local app at Site A\n")
GLOSSARY = ("### Glossary\n\nWe will be using the following names for resources outside the"
            " NetBird network:\n\n- `int-net1`: an internal network `10.123.45.0/24`,\n"
            "- `srv-c`: an internal HTTP server running at `10.123.45.17`,\n"
            "- `int-dns1`: an internal DNS server running at `10.123.45.6`,\n")
LABELLED = ("**Example** with a primary nameserver (Cloudflare 1.1.1.1) and a match domain"
            " nameserver (`company.internal` → Internal DNS 10.0.0.1):\n")
SUPPOSED = ("Let's say we have a domain `KANBOARD` (kanboard.local) and the primary controller is"
            " `myserver.kanboard.local`.\n\n```php\n"
            "define('LDAP_SERVER', 'myserver.kanboard.local');\n```\n")


# Traefik's (reference/install-configuration/providers/docker.md): a collapsed admonition of
# type `example`, its body indented.
ADMONITION = ('??? example "Using SSH"\n\n    Using Docker 18.09+ you can connect Traefik to daemon'
              " using SSH.\n    We specify the SSH host and user in Traefik's configuration"
              " file.\n\n"
              '    ```yaml tab="File (YAML)"\n    providers:\n      docker:\n'
              '        endpoint: "ssh://traefik@192.168.2.5:2022"\n    ```\n')


@pytest.mark.parametrize("text", [RUNNING, GLOSSARY, LABELLED, SUPPOSED, ADMONITION],
                         ids=["running example", "glossary", "example label", "let's say",
                              "example admonition"])
def test_a_made_up_set_up_passes(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory] == []


@pytest.mark.parametrize("text", [
    "The internal DNS server is 10.100.0.53.",
    "## Scenario\n\nOur internal DNS server is 10.100.0.53.",
    "## Walkthrough\n\nThe customer's internal DNS server is 10.100.0.53.",
    "Let's say we have internal DNS at 10.100.0.53, which is ours.",
    "We will be using the internal DNS server 10.100.0.53 from now on.",
    "Consider using the internal DNS server 10.100.0.53.",
    "## Example\n\nA short example.\n\n## Network\n\nThe internal DNS server is 10.100.0.53.",
    "Let's say we have a domain (kanboard.local), which is ours.",
    ADMONITION.replace("traefik@", "jane.doe@"),
    '??? example "Using SSH"\n\n    Connect over SSH.\n\n```yaml\n'
    'endpoint: "ssh://traefik@192.168.2.5:2022"\n```\n',
    "Let's say you ssh anna.virtanen@10.1.2.3 first.",
    "```\n!!! example\n    server: 10.1.2.3 (internal)\n```\n",
    "We will be using the following names for our servers:\n\n- `db1`: the internal database"
    " at `10.1.2.3`",
])
def test_a_set_up_that_says_whose_or_frames_nothing_stays_a_finding(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory]


@pytest.mark.parametrize("plain", [
    "correct horse battery staple", "Korrektes Pferd Batterie Heftklammer",
    "correct horse battery staple\n",
])
def test_base64_of_a_passphrase_stays_a_finding(plain: str) -> None:
    """Base64 of words alone is a passphrase's shape, not readable text's."""
    value = base64.b64encode(plain.encode()).decode()
    assert scan(f'"result": "{value}"\n')


def test_base64_of_readable_text_still_passes() -> None:
    value = base64.b64encode(b"Hello! I'm Frankie the balloon!").decode()
    assert scan(f'"result": "{value}"\n') == []

"""Issue 19 (fr52): lines of real docs pass where the text says what the value is: the name of
a format in a sentence about a secret (Traefik, NetBird, Synapse), a value cut short by an
ellipsis that shows no secret (Kanidm, Traefik); a password spelt from the login beside it
(Ente, LinuxServer.io) publishes with a warning, as one equal to its login does; Secret names
listed under `secretNames:` (Traefik) and a folder a directory setting names (Ente) are no
secrets, nor is a mailbox at `email.address` (Kanidm). The same shapes with a value of their own
or placed with someone stay findings (more hostile twins are rows `(fr52)` of
bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import (
    cut_values,
    directory_values,
    format_names,
    login_passwords,
    scan,
)

# As Ente's self-hosting/development/building-from-source.md and LinuxServer.io's
# general/swag.md write them (the introductions shortened).
SPELT = ("Create the database, once:\n\n```sh\n"
         "psql postgres -c \"CREATE USER pguser WITH PASSWORD 'pgpass'\"\n```\n\n"
         "Then the stack:\n\n```yaml\n  mariadb:\n    environment:\n"
         "      - MYSQL_USER=ncuser\n      - MYSQL_PASSWORD=ncpassword\n```\n")
# As Traefik's http/middlewares/apikey.md, NetBird's maintenance/configuration-files.mdx and
# Synapse's config_documentation.md write them.
FORMATS = ("| `secretNonBase64Encoded` | Defines whether the secret sent by the client is "
           "base64 encoded. | false | No |\n\n"
           "| `AUTH_CLIENT_SECRET` | OAuth2 client secret for confidential clients. |\n\n"
           "* `client_secret` (string|null): OAuth2 client secret to use.\n")
# As Kanidm's server_configuration.md and Traefik's http/middlewares/ratelimit.md write them.
CUT = ("```bash\ndocker exec -i -t <container name> \\\n  kanidmd recover-account admin\n"
       "#  new_password: \"xjgG4...\"\n```\n\n"
       "```yaml\ndata:\n  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t...\n```\n\n"
       "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...\n")


# As Traefik's kubernetes/crd/tls/tlsoption.md writes it.
SECRET_NAMES = ("```yaml\nspec:\n  minVersion: VersionTLS12\n  clientAuth:\n"
                "    secretNames:\n      - secret-ca1\n      - secret-ca2\n"
                "    clientAuthType: VerifyClientCertIfGiven\n```\n")


def test_a_mailbox_under_the_placeholder_top_level_domain_address_passes() -> None:
    # as Kanidm's accounts/people_accounts.md writes it
    assert scan('kanidm person update demo_user --mail "initial@email.address"\n') == []
    assert scan("Write to initial@email.address.com\n")  # a delegated top-level domain


def test_a_folder_a_directory_setting_names_passes() -> None:
    # as Ente's self-hosting/installation/config.md writes it
    row = ("| `credentials-dir`  | Directory to look for credentials (TLS, service accounts) |"
           " `credentials/`     |\n")
    explained: list[Acceptance] = []
    assert scan(row, explain=explained) == []
    assert [a.reason for a in explained] == [directory_values.REASON]
    assert scan(row.replace("credentials-dir", "credentials"))  # no setting names a folder


def test_secret_names_listed_under_their_key_pass() -> None:
    assert scan(SECRET_NAMES) == []
    assert scan(SECRET_NAMES.replace("secretNames", "secrets"))  # the key says no name


@pytest.mark.parametrize("text, reason, accepted", [
    (FORMATS, format_names.REASON, 3),
    (CUT, cut_values.REASON, 3),
], ids=["format names", "values cut short"])
def test_real_lines_pass_with_their_reason(text: str, reason: str, accepted: int) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sum(a.reason == reason for a in explained) == accepted


# As Traefik's http/middlewares/ratelimit.md writes its tabs: the Kubernetes tab right under
# the Tags tab, whose code names `redis-client-cert`.
TABS = ("## Configuration Example\n\n```json tab=\"Tags\"\n"
        "{\"Tags\": [\"traefik.http.middlewares.x.ratelimit.redis.tls.cert=redis-client-cert\"]}\n"
        "```\n\n```yaml tab=\"Kubernetes\"\ndata:\n"
        "  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t...\n```\n")


def test_a_tab_under_another_is_introduced_by_what_introduces_the_first() -> None:
    assert scan(TABS) == []
    customers = TABS.replace("## Configuration Example", "From ticket #4821, the customer's:")
    assert [f.line for f in scan(customers)] == [9]


def test_passwords_spelt_from_their_logins_publish_with_a_warning() -> None:
    findings = scan(SPELT)
    assert [(f.line, f.advisory, f.advice) for f in findings] == [
        (4, True, login_passwords.ADVICE), (13, True, login_passwords.ADVICE)]


@pytest.mark.parametrize("text, line", [
    (SPELT.replace("'pgpass'", "'pgpass2024'"), 4),
    (SPELT.replace("'pgpass'", "'hrpass'"), 4),
    (SPELT.replace("ncuser", "jane"), 13),
    (SPELT.replace("Then the stack:", "From ticket #4821, the customer's stack:"), 13),
    (SPELT.replace("```sh\n", "```sh\n# our production database\n"), 5),
    ("Log in to the payroll server as hruser with password hrpass.\n", 1),
    (SECRET_NAMES.replace("secret-ca1", "tiger-piano-river-42"), 6),
    (SECRET_NAMES.replace("secret-ca1", "Kq8vTz2mWx9p"), 6),
    (FORMATS.replace("base64 encoded", "base64 until Monday"), 1),
    (FORMATS.replace("secret for confidential", "secret for our confidential"), 3),
    ("password: sha256\n", 1),
    (CUT.replace('"xjgG4..."', '"xjgG4Kq8vTz2mWx9p..."'), 4),
    (CUT.replace('"xjgG4..."', '"xjgG4...Tz2mWx9pLr4n"'), 4),
    (CUT.replace("#  new_password", "# our admin's\n#  new_password"), 5),
    (CUT.replace("LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t...",
                 "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2Z0lCQURBTkJna3Foa2lHOXcw..."), 9),
    (CUT.replace('"xjgG4..."', '"hunter..."'), 4),
    (CUT.replace("IkpXVCJ9...", "IkpXVCJ9.eyJlbWFpbCI6ImphbmVAYWNtZS5jb20ifQ..."), 12),
], ids=["a year after the stem", "another stem", "a login without user", "a customer's stack",
        "our production database", "in prose", "a passphrase listed", "a random name listed",
        "no word of use after the name",
        "ours", "the name alone", "a long start shown", "an end after the cut",
        "our admin's", "the armour and the key's start", "a word's start",
        "a JWT's claims"])
def test_twins_with_a_value_of_their_own_stay_findings(text: str, line: int) -> None:
    assert line in {f.line for f in scan(text) if not f.advisory}  # an error, not a warning

"""Issue 19 (fh52): lines of matrix-docker-ansible-deploy's guides pass where the value is a
phrase naming the secret and where it goes (`PASSWORD_FOR_THE_BOT`), or where the password word
names a password provider (a heading, a setting named after it). The same shapes with a value
of their own or placed with someone stay findings (more hostile twins are rows `(fh52)` of
bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import credential_compounds, scan, stand_in_phrases

# As docs/configuring-playbook-bot-mjolnir.md, -bridge-hookshot.md, -s3-goofys.md,
# -bridge-mautrix-wsproxy.md and -traefik.md write them.
STAND_INS = ("```yaml\nmatrix_bot_mjolnir_pantalaimon_password: \"PASSWORD_FOR_THE_BOT\"\n"
             "# matrix_bridge_hookshot_github_private_key: \"GITHUB_PRIVATE_KEY_HERE\"\n"
             "matrix_s3_media_store_aws_secret_key: \"secret-key-goes-here\"\n"
             "matrix_bridge_mautrix_wsproxy_syncproxy_shared_secret: 'secret token from bridge'\n"
             "traefik_dashboard_basicauth_htpasswd: \"YOUR_USERNAME_HERE:$apr1$...\"\n```\n")
# As docs/configuring-playbook-ldap-auth.md and -matrix-corporal.md write them.
PROVIDERS = ("```yaml\nmatrix_synapse_ext_password_provider_ldap_attributes_mail: \"mail\"\n"
             "matrix_synapse_ext_password_provider_rest_auth_endpoint: "
             "\"http://matrix-corporal:41080/_matrix/corporal\"\n```\n\n"
             "### Authenticating only using a password provider\n")


@pytest.mark.parametrize("text, reason, accepted", [
    (STAND_INS, stand_in_phrases.REASON, 5),
    (PROVIDERS, credential_compounds.REASON, 3),
], ids=["stand-in phrases", "password providers"])
def test_real_lines_pass_with_their_reason(text: str, reason: str, accepted: int) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sum(a.reason == reason for a in explained) == accepted


@pytest.mark.parametrize("value, expected", [
    ("PASSWORD_FOR_THE_BOT", True),
    ("secret-key-goes-here", True),
    ("secret token from bridge", True),
    ("YOUR_USERNAME_HERE:$apr1$...", True),
    ("SUNFLOWER_PASSWORD", False),  # names no place
    ("Password_For_Jane", False),  # mixed case
    ("PASSWORD_FOR_THE_BOT_7Kq2", False),  # digits of its own
    ("mango-tango-kiwi-secret-here", False),  # three words of its own
    ("your-place-here", False),  # names no secret
    ("jdoe:$apr1$...", False),  # a login, no phrase
])
def test_stand_in(value: str, expected: bool) -> None:
    assert stand_in_phrases.stand_in(value) is expected


@pytest.mark.parametrize("name, value, expected", [
    ("matrix_synapse_ext_password_provider_rest_auth_endpoint", "http://corporal:41080/x", True),
    ("matrix_synapse_ext_password_provider_ldap_attributes_uid", "uid", True),
    ("matrix_synapse_ext_password_provider_rest_auth_endpoint", "Tr0ub4dor&3", False),
    ("matrix_synapse_ext_password_provider_rest_auth_endpoint", "https://u:Kq8v@h/", False),
    ("matrix_synapse_ext_password_provider_ldap_bind_password", "sunflower", False),
    ("matrix_synapse_ext_password_provider_shared_secret_auth_shared_secret", "x", False),
    ("matrix_synapse_ext_password_provider_enabled", "true", False),  # not an address or name
    ("ldap_provider_endpoint", "http://corporal:41080/x", False),  # no password word
])
def test_thing_setting(name: str, value: str, expected: bool) -> None:
    assert credential_compounds.thing_setting(name, value) is expected

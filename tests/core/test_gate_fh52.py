"""Issue 19 (fh52): lines of matrix-docker-ansible-deploy's guides pass where the value is a
phrase naming the secret and where it goes (`PASSWORD_FOR_THE_BOT`), or where the password word
names a password provider (a heading, a setting named after it); links to published code (a
commit, a gist, a PyPI file, a catalogue's plugin or app) pass in five help centres. The same
shapes with a value of their own or placed with someone stay findings (more hostile twins are
rows `(fh52)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import credential_compounds, published_code_links, scan, stand_in_phrases

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

# As MDAD's configuring-playbook-livekit-server.md, Kanidm's developers/designs/auth.md,
# Jekyll's avoiding-burnout.md, Synapse's development/dependencies.md, Traefik's waf.md and
# Firefly III's changelog.md write them.
PUBLISHED = ("as seen [here](https://github.com/livekit/livekit/blob/"
             "154b4d26b769c68a03c096124094b97bf61a996f/pkg/service/turn.go#L128-L135).\n\n"
             "- <https://gist.github.com/lizthegrey/9c21673f33186a9cc775464afbdce820>\n\n"
             "Thanks to https://gist.github.com/ryanflorence/124070e7c4b3839d4573 which"
             " influenced this document.\n\n"
             "$ wget https://files.pythonhosted.org/packages/ca/5e/"
             "d722d572cc5b3092402b783d6b7185901b444427633bd8a6b00ea0dd41b7/"
             "matrix_synapse-1.57.0rc1-py3-none-any.whl\n\n"
             "WASM-based [Coraza plugin](https://plugins.traefik.io/plugins/"
             "65f2aea146079255c9ffd1ec/coraza-waf) available.\n\n"
             "- Firefly III is now available on the [Sandstorm.io](https://apps.sandstorm.io/app/"
             "uws252ya9mep4t77tevn85333xzsgrpgth8q4y1rhknn1hammw70) market.\n")


def test_real_lines_pass_with_their_reasons() -> None:
    explained: list[Acceptance] = []
    for text in (STAND_INS, PROVIDERS, PUBLISHED):
        assert scan(text, explain=explained) == [], text
    reasons = [acceptance.reason for acceptance in explained]
    assert {reason: reasons.count(reason) for reason in (
        stand_in_phrases.REASON, credential_compounds.REASON, published_code_links.REASON)} == {
        stand_in_phrases.REASON: 5, credential_compounds.REASON: 3,
        published_code_links.REASON: 5}  # the commit's hex is accepted as the gate reads it
    # again spaced (`…a03c 096124094 b97b…`), which lists no acceptance


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


@pytest.mark.parametrize("line, value, expected", [
    ("https://github.com/l/l/blob/154b4d26b769c68a03c 096124094 b97bf61a996f/turn.go#L92",
     "b97bf61a996f", True),
    ("https://github.com/l/l/blob/154b4d26b769c68a03c096124094b97bf61a996f/a.md 4f8a2c9e1b",
     "4f8a2c9e1b", False),
    ("https://gist.github.com/jdoe/9c21673f33186a9cc775464afbdce820?token=Kq8vZx2pTr0ub",
     "Kq8vZx2pTr0ub", False),
    ("https://gist.github.com/jdoe/9c21673f33186a9cc775464afbdce820#file-x",
     "9c21673f33186a9cc775464afbdce820", False),
])
def test_published_reads_a_spaced_id_joined(line: str, value: str, expected: bool) -> None:
    """The gate reads `…a03c096124094b97b…` again spaced: the id is read as written; a value
    after the URL or in its query stays outside it, and a fragment not a line's is none."""
    start = line.index(value)
    assert published_code_links.published(line, start, start + len(value)) is expected

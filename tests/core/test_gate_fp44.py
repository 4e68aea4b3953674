"""Issue 19 (fp44): lines of NetBird's, Synapse's, Traefik's and Dokku's docs pass with their
reason; the same shapes holding a real secret or placed with someone stay findings (the hostile
twins are rows `(fp44)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core import ids
from kbgen.core.examples import Acceptance, spelt_placeholder
from kbgen.core.mailboxes import impersonal
from kbgen.core.privacy import (
    INTERNAL_HOST,
    INTERNAL_IP,
    TOKEN,
    matrix_events,
    named_public_keys,
    scan,
    tabbed_examples,
)

# As the docs publish them (netbird get-started/cli.mdx, synapse admin_api/fetch_event.md and
# rooms.md, traefik tcp/service.md, netbird manage/networks/index.mdx).
STATUS = "```\nPeer:\n Public key: 2lI3F+fDUWh58g5oRN+y7lPHpNcEVWhiDv/wr1/jiF8=\n```\n"
EVENT = ('```json\n{\n    "event": {\n        "auth_events": [\n'
         '            "$WhLChbYg6atHuFRP7cUd95naUtc8L0f7fqeizlsUVvc"\n        ],\n'
         '        "event_id": "$hJ_kcXbVMcI82JDrbqfUJIHu61tJD86uIFJ_8hNHi7s",\n'
         '        "hashes": {\n'
         '            "sha256": "LiNw8DtrRVf55EgAH8R42Wz7WCJUqGsPt2We6qZO5Rg"\n'
         '        },\n        "signatures": {\n            "test": {\n'
         '                "ed25519:a_lPym": "7mqSDwK1k7rnw34Dd8Fahu0rhPW7jPmcWPRtRDoEN9Yuv+BCM2+Rf'
         'dpv2MjxNKy3AYDEBwUwYEuaKMBaEMiKAQ"\n            }\n        }\n    }\n}\n```\n')
MEDIA = '```json\n"url": "mxc://example.org/a526eYUSFFxlgbQYZmo442"\n```\n'
TABS = ('```yaml tab="Structured (YAML)"\ntcp:\n  services:\n    my-service:\n      loadBalancer:\n'
        '        servers:\n        - address: "192.168.1.10:6379"\n```\n\n'
        '```toml tab="Structured (TOML)"\n[[tcp.services.my-service.loadBalancer.servers]]\n'
        '  address = "192.168.1.10:6379"\n```\n')
REPORT = ("You can get a report about the app's network status:\n\n```shell\n"
          "dokku network:report\n```\n\n```\n=====> node-js-app network information\n"
          "       Network web listeners: 172.17.0.1:5000\n```\n")
PYMDOWN_TABS = ('=== "YAML"\n\n    ```yaml\n    address: "10.0.0.10:4000"\n    ```\n\n'
                '=== "TOML"\n\n    ```toml\n    address = "10.0.0.10:4000"\n    ```\n')


@pytest.mark.parametrize("text, reason", [
    (STATUS, named_public_keys.REASON), (EVENT, matrix_events.REASON),
    (MEDIA, matrix_events.REASON), (TABS, tabbed_examples.REASON),
    (PYMDOWN_TABS, tabbed_examples.REASON),
], ids=["public key", "matrix event", "mxc media id", "content tabs", "pymdownx tabs"])
def test_documentation_shapes_pass_with_their_reason(text: str, reason: str) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert reason in {a.reason for a in explained}


@pytest.mark.parametrize("text", [
    "- A domain, e.g. `grafana.berlin.internal`",
    "3. Under **Domains**, ensure your internal domains are listed (e.g., `corp.local`)",
    "3. Add the IP addresses of your internal DNS servers (e.g., `192.168.0.32`)",
    "dokku caddy:set --global letsencrypt-email automated@dokku.sh",
    'Alternatively, a full value may be provided in the form of `--env KEY=VALUE`:',
    '"peer_expose_groups": ["ch8i4ug6lnn4g9hqv7m0"]',
    "![NetBird IdP SSO and MFA](/docs-static/img/get-started/onboarding/01_netbird-sso.jpeg)",
    '"password": "generated-password-here"',
    'password: "secure-password"',
    "If your request comes from an IP that's in the allow list (e.g., 127.0.0.1), it should"
    " succeed:",
    "```bash\ndig @10.0.0.53 app.internal.company.com\n"
    "# Replace 10.0.0.53 with your actual nameserver IP\n```",
    'password: "P@ssw0rd"      # Replace with an Actual Password',
    REPORT,
])
def test_example_lines_pass(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory] == []


@pytest.mark.parametrize("text, kind", [
    (STATUS.replace("Public key", "Private key"), TOKEN),
    (EVENT.replace('"event_id"', '"access_token"'), TOKEN),
    (EVENT.replace('"hashes"', '"client"'), TOKEN),
    (TABS.replace('"192.168.1.10:6379"\n```\n\n```toml', '"192.168.1.10:6379"\n```\n\n'
                  'Our office:\n\n```toml'), INTERNAL_IP),
    ("Our production Redis:\n\n" + TABS, INTERNAL_IP),
    (TABS.replace('address = "192.168.1.10', 'address = "192.168.1.11'), INTERNAL_IP),
    ("Point it at a host, e.g. `payroll.acme.internal`.", INTERNAL_HOST),
    ("Your internal DNS server is 10.20.30.40.", INTERNAL_IP),
    (REPORT.replace("dokku network:report", "cat /etc/app/config"), INTERNAL_IP),
    (REPORT.replace("You can get", "Our production"), INTERNAL_IP),
    ("For example, connect to 127.0.0.1:8080/admin to finish.", INTERNAL_IP),
    ("Replace 10.20.30.40 with the customer's address.", INTERNAL_IP),
], ids=["private key", "event id as a token", "sha256 outside hashes", "tabs split by prose",
        "our production", "one tab only", "a machine's job", "your internal, no example",
        "a file's text", "our production output", "loopback with a path", "not the reader's"])
def test_the_same_shapes_placed_or_secret_are_found(text: str, kind: str) -> None:
    assert kind in {finding.kind for finding in scan(text) if not finding.advisory}


def test_an_xid_needs_its_time_and_zero_padding() -> None:
    assert ids.xid("ch8i4ug6lnn4g9hqv7m0") and ids.xid("d2kab80l3is5mqgsj2b0")
    assert not ids.xid("ch8i4ug6lnn4g9hqv7m1")  # padding bits set: no xid
    assert not ids.xid("00000000lnn4g9hqv7m0")  # 1970: no NetBird id
    assert not ids.xid("CH8I4UG6LNN4G9HQV7M0")


def test_software_mailboxes_and_plain_stand_ins() -> None:
    assert impersonal("automated", "dokku.sh") and not impersonal("jane.automated", "acme.com")
    assert not impersonal("bot", "gmail.com")
    assert spelt_placeholder("shared-secret") and spelt_placeholder("asecurerandomsecretstring")
    assert not spelt_placeholder("s3cur3password") and not spelt_placeholder(
        "Secure-Password-2024")

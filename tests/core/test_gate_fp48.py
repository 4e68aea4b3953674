"""Issue 19 (fp48): configuration docs' sample secrets and local front pages pass with their
reason, as Authelia's, Kanboard's, Traefik's and Firefly III's docs write them; the same shapes
placed with someone or holding more stay findings (the hostile twins are rows `(fp48)` of
bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import digest_outputs, encoded_examples, scan, tabbed_examples
from kbgen.core.surroundings import LOCAL

PLAIN = "NwsVsXv4YCAF9suxWZmT7N6PSzmouCDHqVpzbS5niBKo49b7rTREmwFe6roKswf4"
ENCODED = ("TndzVnNYdjRZQ0FGOXN1eFdabVQ3TjZQU3ptb3VDREhxVnB6YlM1bmlCS280OWI3clRSRW13RmU2cm9L"
           "c3dmNA==")
# As Authelia's integration/kubernetes/secrets.md writes it (two of its eleven secrets).
MANIFESTS = ("##### String Data Example\n\n##### secret.yml\n\n```yaml {title=\"secret.yml\"}\n"
             "kind: Secret\nstringData:\n  JWT_SECRET: >-\n    " + PLAIN + "\n```\n\n"
             "##### Base64 Data Example\n\nThis is the same manifest as above but encoded in "
             "base64.\n\n##### secret.yml\n\n```yaml\nkind: Secret\ndata:\n  JWT_SECRET: "
             + ENCODED + "\n```\n")
# As Kanboard's api/authentication.md writes it.
HEADER = ("2. Encode the credentials in Base64. Example with PHP: `base64_encode('jsonrpc:"
          "19ffd9709d03ce50675c3a43d1c49c1ac207f4bc45f06c5b2701fbdf8929');`\n3. Test with curl:\n\n"
          "```bash\ncurl \\\n-H 'X-API-Auth: anNvbnJwYzoxOWZmZDk3MDlkMDNjZTUwNjc1YzNhNDNkMWM0OWMx"
          "YWMyMDdmNGJjNDVmMDZjNWIyNzAxZmJkZjg5Mjk=' \\\nhttp://localhost/kanboard/jsonrpc.php\n"
          "```\n")
# As Traefik's observability/logs-and-accesslogs.md writes it.
TABS = ("#### Configuration Example\n\n```yaml tab=\"File (YAML)\"\nlog:\n  otlp:\n    http:\n"
        "      headers:\n        Authorization: Bearer auth_asKXRhIMplM7El1JENjrotGouS1LYRdL\n"
        "```\n\n```toml tab=\"File (TOML)\"\n[log.otlp]\n  http.headers.Authorization = \"Bearer "
        "auth_asKXRhIMplM7El1JENjrotGouS1LYRdL\"\n```\n\n```sh tab=\"CLI\"\n"
        "--log.otlp.http.headers.Authorization=Bearer auth_asKXRhIMplM7El1JENjrotGouS1LYRdL\n"
        "```\n")
# As Firefly III's installation pages and Kanboard's windows.md write them.
FRONT_PAGES = ("You can now visit Firefly III at [http://localhost](http://localhost) or another "
               "port.\n\nNow, browse to the Data Importer. It will be running at "
               "[http://localhost:81/](http://localhost:81/).\n\nVisit <http://localhost/>. You "
               "should see a blank page.\n")


@pytest.mark.parametrize("text, reason, accepted", [
    (MANIFESTS, encoded_examples.REASON, 2), (HEADER, encoded_examples.REASON, 2),
    (TABS, tabbed_examples.KEY_REASON, 3), (FRONT_PAGES, LOCAL, 3),
], ids=["kubernetes manifests", "basic header", "content tabs", "local front pages"])
def test_documentation_shapes_pass_with_their_reason(text: str, reason: str,
                                                     accepted: int) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sum(a.reason == reason for a in explained) == accepted


@pytest.mark.parametrize("text", [
    MANIFESTS.replace(" Example", ""),  # no heading calls either an example
    MANIFESTS.replace("String Data Example", "Our production secrets"),
    MANIFESTS.replace("Base64 Data Example", "Base64 Data for Acme Ltd"),
    MANIFESTS.replace(ENCODED, ENCODED.replace("Tndz", "Tnd6")),  # another value's base64
    HEADER.replace("Test with curl:", "The header our production server sends:"),
], ids=["no example", "ours", "a company's", "another value", "ours below"])
def test_a_pair_placed_or_not_called_an_example_stays_found(text: str) -> None:
    assert any(f.kind in ("API key or token", "password or secret") for f in scan(text))


@pytest.mark.parametrize("text", [
    TABS.replace("#### Configuration Example", "Our production collector:"),
    TABS.replace("auth_asKXRhIMplM7El1JENjrotGouS1LYRdL\"",
                 "<token>\"").replace("\n--log.otlp.http.headers.Authorization=Bearer "
                                      "auth_asKXRhIMplM7El1JENjrotGouS1LYRdL", ""),
    TABS.replace("auth_asKXRhIMplM7El1JENjrotGouS1LYRdL",
                 "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"),
    TABS.replace("```\n\n```toml", "```\n\nRestart it, then:\n\n```toml"),
], ids=["ours", "one tab", "a GitHub token", "prose between"])
def test_a_tabbed_key_placed_or_written_once_stays_found(text: str) -> None:
    assert any(f.kind == "API key or token" for f in scan(text))


@pytest.mark.parametrize("text", [
    "Visit http://localhost/admin to manage the users.",
    "Open http://localhost:8080/?token=q8Zr2LmX7vN4pT9wK3sB6yD1aa in your browser.",
    "Navigate to http://localhost:9000#access_token=q8Zr2LmX7vN4pT9wK3sB6yD1aa to finish.",
    "Open your web browser and navigate to <http://localhost/kanboard/>.",
    "The agent posts to http://localhost:8080 every minute.",
], ids=["a path", "a query", "a fragment", "a product path", "no sentence to open it"])
def test_a_local_url_with_more_than_its_front_page_stays_found(text: str) -> None:
    assert scan(text)


def test_a_client_is_a_stand_in_word_but_a_year_or_letters_keep_a_secret() -> None:
    assert scan('client_secret: "someclientsecret_123"') == []  # Synapse's OIDC guide
    for text in ("client_secret: myclientsecret2024", "client_secret: someclientsecretXq7",
                 "The password is clientsecret123."):
        assert scan(text), text


@pytest.mark.parametrize("text, found", [
    ('regex: "^http://localhost/(.*)"', False),  # Traefik's RedirectRegex reference
    ("Set the rule to regex: ^http://localhost/admin/(.*) for the admin panel.", True),
    ("Requests to http://localhost/(.*) go to the payroll app.", True),
    ("Set the rule to regex: ^http://localhost:8080/internal/(.*) and reload.", True),
])
def test_a_pattern_of_every_local_path_is_no_page(text: str, found: bool) -> None:
    assert bool(scan(text)) is found


# As Kanidm's preparing_for_your_deployment.md writes it.
DIGESTS = ("```bash\n# ECDSA\nopenssl ec -in key.pem -pubout | openssl sha1\n"
           "1c7e7bf6ef8f83841daeedf16093bda585fc5bb0\n# RSA\n"
           "# openssl rsa -noout -modulus -in key.pem | openssl sha1\n"
           "d2188932f520e45f2e76153fbbaf13f81ea6c1ef\n```\n")


def test_what_a_digest_tool_printed_passes_what_openssl_rand_printed_does_not() -> None:
    explained: list[Acceptance] = []
    assert scan(DIGESTS, explain=explained) == []
    assert sum(a.reason == digest_outputs.REASON for a in explained) == 2
    assert scan(DIGESTS.replace("-pubout | openssl sha1", "-pubout\nopenssl rand -hex 20"))
    assert scan(DIGESTS.replace("| openssl sha1\n1c7e", "| openssl sha1\n\n1c7e"))


# As Traefik's expose/docker/basic.md writes whoami's echo (a block apart from its curl).
ECHO = ("```bash\ncurl -H \"Host: whoami.docker.localhost\" http://localhost/\n```\n\n"
        "You should see output similar to:\n\n```bash\nHostname: whoami\nIP: 172.18.0.3\n"
        "GET / HTTP/1.1\nX-Forwarded-Server: 5789f594e7d5\nX-Real-Ip: 172.18.0.1\n```\n")


def test_a_header_value_then_the_next_header_is_no_key_split_over_two_lines() -> None:
    assert scan(ECHO) == []
    assert scan(ECHO.replace("5789f594e7d5\nX-Real-Ip: 172.18.0.1",
                             "Kq8vNz3Lw2PdXy7Tq\nR5sW1zVb6Hn0Mc4Jf9Gt2Ke"))


def test_a_bracketed_name_in_a_query_is_a_placeholder_a_mixed_value_is_not() -> None:
    query = "wget 'http://importer:8080/autoimport?directory=/import&secret={}'"
    assert scan(query.format("[AUTOIMPORT_SECRET]")) == []  # Firefly III's cron line
    assert scan(query.format("[Kq8vNz3Lw2PdXy7T]"))


def test_a_front_page_of_ours_is_not_the_readers_own_computer() -> None:
    explained: list[Acceptance] = []
    assert scan("Visit our production dashboard at http://localhost.", explain=explained)
    assert LOCAL not in {a.reason for a in explained}

"""Issue 19 (fp39): what fp37 and fp38 left on real help-centre text, by class. The
documentation shapes publish in one real `kbgen build`; each hostile twin (the same shape
carrying a real secret) still fails `kbgen check`, by file and kind."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import article
from tests.hostile.refusals import assert_published, built_project
from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

PASSWORD, ADDRESS = "password or secret", "internal IP address"

LOGIN_NAMES = (  # Authelia's Redis, Jenkins and Opengist examples
    "```yaml\nsession:\n  redis:\n    username: 'authelia'\n    password: 'authelia'\n```\n\n"
    "```yaml\nproperties:\n  - escapeHatch:\n      group: \"admin-users\"\n"
    "      secret: \"escapeHatch\"\n      username: \"escapeHatch\"\n```\n\n"
    "```yaml\nservices:\n  opengist:\n    environment:\n"
    "      OG_OIDC_CLIENT_KEY: 'opengist'\n```\n\n"
    "1. Change the username of the `authelia` user, or generate a new password. The default\n"
    "   password is\n   `authelia`.\n")
CLAIMS = (  # Chronograf's user-info mapping, Authelia's Redis, NetBird's key set
    "```yaml\nenvironment:\n  GENERIC_API_KEY: 'email'\n  USER_CLAIM_KEY: 'groups'\n```\n\n"
    "```yaml\nsentinel_password: 'sentinel_specific_pass'\n```\n\n"
    "```json\n{\"AuthKeysLocation\": \"https://auth.example.org/api/oidc/jwks.json\",\n"
    " \"KeysURL\": \"https://sso.example.org/realms/acme/protocol/openid-connect/certs\"}\n```\n")

ASSUMED = (  # Authelia's trusted-header guides
    "This example makes the following assumptions:\n\n"
    "* __Application Root URL:__ `https://organizr.example.com/`\n"
    "* __Reverse Proxy IP:__ `172.16.0.1`\n\n## Configuration\n\n"
    "1. Fill in the following information:\n   1. Auth Proxy Whitelist: `172.16.0.1`\n\n"
    "## Suites\n\nAll sites are hosted on the address `${SUITE_SUBNET}.100:8080`, which is\n"
    "`192.168.240.100:8080` for local development.\n")

NATIVE = (  # Authelia's ownCloud guide: the desktop, Android and iOS apps' clients
    "```yaml\nclients:\n"
    "  - client_id: 'desktop'\n    client_secret: 'UBntmLjC2yYCeHwsyj73Uwo9TAaecAetRwMw0xYc'\n"
    "    redirect_uris:\n      - 'http://127.0.0.1'\n      - 'http://localhost'\n"
    "  - client_id: 'android'\n    client_secret: 'dInFYGV33xKzhbRmpqQltYNdfLdJIfJ9L5ISoKhN'\n"
    "    redirect_uris:\n      - 'oc://android.owncloud.com'\n"
    "  - client_id: 'ios'\n    client_secret: 'KFeFWWEZO9TkisIQzR3fo7hfiMXlOpaqP8CFuTbS'\n"
    "    redirect_uris:\n      - 'oc://ios.owncloud.com'\n      - 'oc.ios://ios.owncloud.com'\n"
    "```\n")
SECRET = "Kq8vNz3Lw2PdXy7TqR5sW1zVb6Hn0Mc4Jf9Gt2Ke"


def _client(name: str, secret: str, uris: list[str]) -> str:
    body = f"  - client_id: '{name}'\n    client_secret: '{secret}'\n"
    if uris:
        body += "    redirect_uris:\n" + "".join(f"      - '{uri}'\n" for uri in uris)
    return body


_CLIENTS = [  # the same shape holding a web client's secret
    ("a web client's secret", _client("web", SECRET, ["https://app.acme-corp.com/callback"])),
    ("a web app in development on the reader's computer",
     _client("dev", SECRET, ["http://localhost:3000/callback"])),
    ("a client redirecting to an app and a web address",
     _client("mixed", SECRET, ["oc://android.acme-corp.com", "https://app.acme-corp.com/cb"])),
    ("a client with no redirect URIs", _client("m2m", SECRET, [])),
    ("a client redirecting to a web socket", _client("ws", SECRET, ["wss://app.acme-corp.com/cb"])),
    ("a web client's secret after a native app's client",
     _client("app", "UBntmLjC2yYCeHwsyj73Uwo9TAaecAetRwMw0xYc", ["http://127.0.0.1"])
     + _client("web", SECRET, ["https://app.acme-corp.com/callback"])),
]

TWINS: list[ArticleCase] = [
    *((case, "", f"```yaml\nclients:\n{body}```\n", PASSWORD) for case, body in _CLIENTS),
    ("a random value written as both user and password", "",
     "```yaml\nredis:\n  username: 'kq8vnz3lw2pd'\n  password: 'kq8vnz3lw2pd'\n```\n",
     PASSWORD),
    ("the user's name with more letters", "",
     "```yaml\nredis:\n  username: 'authelia'\n  password: 'autheliaKq8v'\n```\n", PASSWORD),
    ("the user's name with a year", "",
     "```yaml\nredis:\n  username: 'authelia'\n  password: 'authelia2024'\n```\n", PASSWORD),
    ("another mapping's user name", "",
     "```yaml\nldap:\n  user: 'authelia'\nredis:\n  password: 'authelia'\n```\n", PASSWORD),
    ("a word password beside someone else's user", "",
     "```yaml\nredis:\n  username: 'anna'\n  password: 'sunflower'\n```\n", PASSWORD),
    ("a service's secret with digits after its name", "",
     "```yaml\nservices:\n  opengist:\n    environment:\n"
     "      OG_OIDC_SECRET: 'opengist2024'\n```\n", PASSWORD),
    ("a claim's name given to a secret", "",
     "```yaml\nenvironment:\n  GENERIC_CLIENT_SECRET: 'email'\n```\n", PASSWORD),
    ("a claim's name with a random tail", "",
     "```yaml\nenvironment:\n  GENERIC_API_KEY: 'emailKq8vNz3L'\n```\n", PASSWORD),
    ("a database password that is a claim's name", "",
     "```yaml\nenvironment:\n  DB_PASSWORD: 'groups'\n```\n", PASSWORD),
    ("another password than the named user's, across lines", "",
     "Log in as the `authelia` user. The default password is\n`sunflower`.\n", PASSWORD),
    ("the named user's name with a year, across lines", "",
     "Log in as the `authelia` user with the password\n`authelia2024`.\n", PASSWORD),
    ("its field's word and two words of its own", "",
     "```yaml\nsentinel_password: 'sentinel_tango_foxtrot_pass'\n```\n", PASSWORD),
    ("its field's word and random letters", "",
     "```yaml\nsentinel_password: 'sentinel_vbnmqz_pass'\n```\n", PASSWORD),
    ("another field's words", "",
     "```yaml\nredis_password: 'sentinel_specific_pass'\n```\n", PASSWORD),
    ("a key set's address with a token in its query", "",
     "```json\n{\"AuthKeysLocation\": "
     "\"https://auth.acme-corp.com/jwks.json?token=Kq8vNz3Lw2PdXy7T\"}\n```\n", PASSWORD),
    ("a key set's address behind a random folder", "",
     "```json\n{\"AuthKeysLocation\": "
     "\"https://auth.acme-corp.com/9f8e7d6c5b4a3f2e1d0c9b8a/jwks.json\"}\n```\n", PASSWORD),
    ("the company's own router among an example's assumptions", "",
     "This example makes the following assumptions:\n\n* __Our office router:__ `10.20.30.1`\n",
     ADDRESS),
    ("a company's proxy among an example's assumptions", "",
     "This example makes the following assumptions:\n\n"
     "* __Acme Ltd's proxy:__ `10.20.30.40`\n", ADDRESS),
    ("a production proxy among an example's assumptions", "",
     "This example makes the following assumptions:\n\n"
     "* __Production proxy:__ `10.20.30.40`\n", ADDRESS),
    ("a list no example introduces", "",
     "The servers we set up:\n\n* __Reverse Proxy IP:__ `10.20.30.40`\n", ADDRESS),
    ("a template's value in production", "",
     "The database is `${DB_HOST}.40:5432`, which is `10.20.30.40:5432` in production.\n",
     ADDRESS),
    ("an address that is not the template's expansion", "",
     "The database is `${DB_HOST}.5:5432`, which is `10.20.30.40:6543`.\n", ADDRESS),
    ("a bare variable's value", "", "The database is `${DB_HOST}`, which is `10.20.30.40`.\n",
     ADDRESS),
]


def _build(root: Path, files: dict[str, str]) -> tuple[int, str]:
    return built_project(root, files)


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    code, output = _build(tmp_path, {
        "content/articles/wifi/logins.md": article("Logins", body=LOGIN_NAMES),
        "content/articles/wifi/claims.md": article("Claims", body=CLAIMS),
        "content/articles/wifi/assumed.md": article("Assumed", body=ASSUMED),
        "content/articles/wifi/native.md": article("Native", body=NATIVE)})
    assert_published(tmp_path, code, output, "articles/wifi/logins.html")
    assert (tmp_path / "site/articles/wifi/claims.html").is_file()
    warned = [line for line in output.splitlines() if "logins.md" in line]
    assert len(warned) == 4 and all("name of its account or service" in line
                                    for line in warned), output  # advice, not silence
    assert "claims.md" not in output and "assumed.md" not in output
    native = [line for line in output.splitlines() if "native.md" in line]
    assert len(native) == 3 and all("native app" in line for line in native), output
    assert (tmp_path / "site/articles/wifi/native.html").is_file()
    assert (tmp_path / "site/articles/wifi/assumed.html").is_file()


def test_hostile_twins_fail(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, TWINS, [])
    assert misjudged(TWINS, errors) == {}
    assert code == 1

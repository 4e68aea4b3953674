"""Issue 19 (fp37): what fp34 left on real help-centre text, by class, each judged by one real
`kbgen check` of a project: the documentation example passes, the same shape carrying a real
secret still fails."""

from __future__ import annotations

import base64
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from tests.hostile import test_platform_docs_fp34 as fp34
from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

KEY, PASSWORD, HOST = "API key or token", "password or secret", "internal hostname"
SALT = bytes(range(12))


def _argon2(password: str, salt: bytes = SALT, memory: int = 65536) -> str:
    """An Argon2id digest in the PHC string format, as Authelia writes it."""
    made = Argon2id(salt=salt, length=32, iterations=3, lanes=4,
                    memory_cost=memory).derive(password.encode())
    return "$argon2id$v=19$m={},t=3,p=4${}${}".format(
        memory, *(base64.b64encode(part).decode().rstrip("=") for part in (salt, made)))


def _users(digest: str, comment: str = "", after: str = "") -> str:
    return (f"```yaml\nusers:\n  john:\n    password: '{digest}'{comment}\n```\n\n{after}")


MADE_WITH = "Made with `authelia crypto hash generate argon2 --password 'password'`.\n"


def argon2_cases() -> list[ArticleCase]:
    """The Argon2 cases, their digests made when the test runs (Argon2id at 64-128 MiB costs
    about a second of CPU: not at collection, where every xdist worker would pay it)."""
    placeholder, real = _argon2("password"), _argon2("Tr0ub4dor&3Xq")
    return [
        ("a placeholder's Argon2 digest, its line names it", "",
         _users(placeholder, "  # digest for 'password'"), None),
        ("a placeholder's Argon2 digest, its page names it", "",
         _users(placeholder, "", MADE_WITH), None),
        ("a real Argon2 digest beside a placeholder", "",
         _users(real, "  # digest for 'password'"), KEY),
        ("a real Argon2 digest on a page naming a placeholder", "",
         _users(real, "", MADE_WITH), KEY),
        ("a digest beside the real password", "",
         _users(real, "  # digest for 'Tr0ub4dor&3Xq'"), KEY),
        ("a placeholder's digest with nothing naming it", "", _users(placeholder), KEY),
        ("a placeholder's digest whose salt carries a key", "",
         _users(_argon2("password", b"AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMI"),
                "  # digest for 'password'"), KEY),
        ("a digest too costly to make again", "",
         _users(_argon2("password", memory=131072), "  # digest for 'password'"), KEY),
    ]


def test_argon2_digests_of_placeholders_pass(tmp_path: Path) -> None:
    cases = argon2_cases()
    code, errors = check_cases(tmp_path, cases, [])
    assert misjudged(cases, errors) == {}
    assert code == 1


COUNTED: list[ArticleCase] = [
    ("Duo's counted-out secret key", "",
     "```yaml\nduo_api:\n  secret_key: '1234567890abcdefghifjkl'\n```\n", None),
    ("an HMAC secret spelt, then counted out to its length", "",
     "```yaml\noidc:\n  hmac_secret: 'this_is_a_secret_abc123abc123abc'\n```\n", None),
    ("a counted-out start with a real tail", "",
     "```yaml\nduo_api:\n  secret_key: '1234567890abcdefXq7Lm9Zk'\n```\n", PASSWORD),
    ("a spelt start with a random tail", "",
     "```yaml\noidc:\n  hmac_secret: 'this_is_a_secret_Xk93hQ7pLm2'\n```\n", PASSWORD),
    ("runs carrying text of their own", "",
     "```yaml\nduo_api:\n  secret_key: 'fgh234qrs789tuv567wxy'\n```\n", PASSWORD),
    ("a short count, someone's weak password", "", "The customer's password is `abcd1234`.\n",
     PASSWORD),
]


def test_counted_out_secrets_pass(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, COUNTED, [])
    assert misjudged(COUNTED, errors) == {}
    assert code == 1


def _environment(second: str) -> str:
    return ("```yaml\nservices:\n  vaultwarden:\n    environment:\n"
            f"      - SSO_CLIENT_SECRET=insecure_secret\n      - {second}\n```\n")


SETTINGS: list[ArticleCase] = [
    ("a switch after a placeholder secret", "", _environment("SSO_ROLES_ENABLED=true"), None),
    ("a real value after a placeholder secret", "", _environment("SSO_DB=Tr0ub4dor3Xq"),
     PASSWORD),
    ("a sentence going on to the next line", "",
     "- SSO_CLIENT_SECRET=insecure_secret and the real secret\n- Tr0ub4dor3Xq\n", PASSWORD),
]


def test_a_switch_is_no_value_of_the_line_before(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, SETTINGS, [])
    assert misjudged(SETTINGS, errors) == {}
    assert code == 1


FLAGS: list[ArticleCase] = [
    ("a setting under the product's name", "",
     "```bash\ndocker run -d -e X_AUTHELIA_CONFIG_FILTERS=template authelia/authelia\n```\n",
     None),
    ("a key under the product's name", "",
     "```bash\ndocker run -e AUTHELIA_STORAGE_ENCRYPTION_KEY=Tr0ub4dor3XqLm9 authelia/authelia"
     "\n```\n", PASSWORD),
    ("basic auth under the product's name", "",
     "```bash\ndocker run -e AUTHELIA_BASIC_AUTH=Tr0ub4dor3Xq authelia/authelia\n```\n",
     PASSWORD),
]


def test_auth_inside_a_word_names_no_secret(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, FLAGS, [])
    assert misjudged(FLAGS, errors) == {}
    assert code == 1


SPANS: list[ArticleCase] = [
    ("names of secrets listed in code spans", "",
     "Sensitive values are generally named\n`secret`, `key`, `password`, `token`, or "
     "`certificate_chain`; alternatively they may be suffixed.\n", None),
    ("a password in its own code span among them", "",
     "Log in with `password`: `Kq8vNz3Lw2Pd`, `user`: `admin`.\n", PASSWORD),
]


def test_a_list_of_code_spans_is_no_value(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, SPANS, [])
    assert misjudged(SPANS, errors) == {}
    assert code == 1


def _claims(more: str) -> str:
    return ('```json\n{\n  "iss": "https://auth.example.com",\n'
            f'  "aud": "K2LQE4XRC54N7C2F5ZLF",{more}\n  "exp": 1745755215\n}}\n```\n')


CLAIMS: list[ArticleCase] = [
    ("an ID token's audience", "", _claims(""), None),
    ("a vendor's key as the audience", "",
     _claims('\n  "azp": "sk_live_4eC39HqLyjWDarjtT1zdp7dc",'), KEY),
    ("a random value under a key merely starting with aud", "",
     _claims('\n  "audio": "Kq8vNz3Lw2PdXm9Rt4Yb",'), KEY),
]


def test_a_tokens_audience_is_an_id(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, CLAIMS, [])
    assert misjudged(CLAIMS, errors) == {}
    assert code == 1


FILES: list[ArticleCase] = [
    ("fail2ban's override file", "", "Modify the `jail.local` file in `/etc/fail2ban/`.\n", None),
    ("a host's file share", "", "Open the `dc01.local` file share from the office.\n", HOST),
    ("a URL's host before the word files", "", "Browse http://payroll-db.local files there.\n",
     HOST),
    ("a host not called a file", "", "Copy jail.conf to payroll-db.local and edit it.\n", HOST),
]


def test_a_name_called_a_file_is_a_file(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, FILES, [])
    assert misjudged(FILES, errors) == {}
    assert code == 1


def _client(digest: str) -> str:
    return ("```yaml\nclients:\n  - client_id: 'app'\n    # The digest of 'insecure_secret'\n"
            f"    client_secret: '{digest}'\n```\n")


PBKDF2: list[ArticleCase] = [
    ("a placeholder's PBKDF2 digest, named on the line above", "", _client(fp34.PLACEHOLDER),
     None),
    ("a real PBKDF2 digest, a placeholder named on the line above", "", _client(fp34.REAL),
     KEY),
]


def test_pbkdf2_digest_named_on_another_line(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, PBKDF2, [])
    assert misjudged(PBKDF2, errors) == {}
    assert code == 1


def _volume(name: str) -> str:
    return ("```yaml\nvolumes:\n  - name: 'secrets'\n    secret:\n"
            f"      secretName: '{name}'\n```\n")


OBJECTS: list[ArticleCase] = [
    ("a Secret object's name", "", _volume("authelia"), None),
    ("a random value as its name", "", _volume("kq8vnz3lw2pd"), PASSWORD),
    ("a password with a year as its name", "", _volume("sunflower2024"), PASSWORD),
    ("a mixed-case password as its name", "", _volume("Kq8vNz3Lw2Pd"), PASSWORD),
]


def test_a_secret_objects_name_is_no_secret(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, OBJECTS, [])
    assert misjudged(OBJECTS, errors) == {}
    assert code == 1

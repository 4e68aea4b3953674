"""Issue 19 (fp34): false findings on real help-centre text (Authelia's docs, measured unseen
first; Pi-hole, Mastodon, CSC), each class judged by one real `kbgen check` of a project: the
documentation example passes, the same shape carrying a real secret or someone's data still
fails."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from kbgen.core import verified_digests
from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

KEY, PASSWORD, EMAIL, HOST, IP = ("API key or token", "password or secret", "e-mail address",
                                 "internal hostname", "internal IP address")
SALT = bytes(range(16))


def _phc(password: str, rounds: int = 310000) -> str:
    """A PBKDF2-SHA512 digest in the PHC string format, as Authelia writes it."""
    made = hashlib.pbkdf2_hmac("sha512", password.encode(), SALT, rounds, 64)
    return "$pbkdf2-sha512${}${}${}".format(
        rounds, *(base64.b64encode(part).decode().rstrip("=").replace("+", ".")
                  for part in (SALT, made)))


PLACEHOLDER, REAL = _phc("insecure_secret"), _phc("Tr0ub4dor&3Xq")


def _client(digest: str, comment: str) -> str:
    return f"```yaml\nclients:\n  - client_id: 'app'\n    client_secret: '{digest}'{comment}\n```\n"


def _record(heading: str, account: str, address: str, ip: str = "12.34.56.78") -> str:
    return (f'## {heading}\n\n```json\n{{\n  "id": "{account}",\n  "email": "{address}",\n'
            f'  "ip": "{ip}"\n}}\n```\n')


CASES: list[ArticleCase] = [
    ("a placeholder's digest", "", _client(PLACEHOLDER, "  # The digest of 'insecure_secret'."),
     None),
    ("a real digest beside a placeholder", "",
     _client(REAL, "  # The digest of 'insecure_secret'."), KEY),
    ("a real password's digest beside it", "",
     _client(REAL, "  # The digest of 'Tr0ub4dor&3Xq'."), KEY),
    ("a digest with nothing beside it", "", _client(PLACEHOLDER, ""), KEY),
    ("OAuth's client secret, a spelt example", "", "- Client Secret: `insecure_secret`\n"
     "- `kubectl create secret generic oidc --from-literal=client-secret=insecure_secret`\n",
     None),
    ("a client secret with a password of its own", "",
     "- Client Secret: `insecure_Jane1987_secret`\n", PASSWORD),
    ("an insecure example's own word", "", "```yaml\nsession:\n  secret: "
     "'insecure_session_secret'\n```\n", None),
    ("two words of its own", "", "```yaml\nsession:\n  secret: 'insecure_jane_doe_secret'\n"
     "```\n", PASSWORD),
    ("your clients' secret", "", "Your clients' secret: `mysecretpassword`\n", PASSWORD),
    ("a counted-out server", "", "```yaml\nstorage:\n  postgres:\n    address: "
     "'tcp://[fd00:1111:2222:3333::1]:5432'\n```\n", None),
    ("a counted-out address at the office", "",
     "Our office VPN server is fd00:1111:2222:3333::5.\n", IP),
    ("a random private IPv6 server", "", "```yaml\nstorage:\n  postgres:\n    address: "
     "'tcp://[fd8a:21c7:93e4:1::5]:5432'\n```\n", IP),
    ("OAuth's password grant", "", "[OAuth 2.0 Resource Owner Password Credentials]: "
     "https://datatracker.ietf.org/doc/html/rfc6749#section-1.3.3\n", None),
    ("credentials stated as the password", "", "The password is credentials.\n", PASSWORD),
    ("a made-up webhook payload", "", _record("Example payload", "123456789",
                                               "bobisaburger@emailservice.com"), None),
    ("a free-mail address in it", "", _record("Example payload", "123456789",
                                               "jane.doe@gmail.com"), EMAIL),
    ("a payload with real ids", "", _record("Example payload", "108914398911648589",
                                             "jane@acme-corp.com", "8.8.4.4"), EMAIL),
    ("a ticket's record", "", _record("Ticket 4711", "123456789", "jane@acme-corp.com"), EMAIL),
]


def test_examples_pass_and_leaks_fail(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, CASES, [])
    assert misjudged(CASES, errors) == {}
    assert code == 1


def test_digests_made_again_are_bounded_per_text() -> None:
    """A page of many digests costs at most MAX_CHECKS of them: the rest stay findings."""
    checker = verified_digests.DigestChecker()
    lines = [f"secret: '{_phc('insecure_secret', 1000 + n)}'  # of 'insecure_secret'"
             for n in range(verified_digests.MAX_CHECKS + 2)]
    judged = [checker.explained(line, line.index("$"), line.index("$") + 20) for line in lines]
    assert judged == [True] * verified_digests.MAX_CHECKS + [False, False]
    assert checker.explained(lines[0], lines[0].index("$"), lines[0].index("$") + 20)


def test_too_many_rounds_stay_a_finding() -> None:
    digest = _phc("insecure_secret", verified_digests.MAX_ROUNDS + 1)
    line = f"secret: '{digest}'  # The digest of 'insecure_secret'."
    assert not verified_digests.DigestChecker().explained(line, 9, 20)

"""Review rev36 (2026-12-04, issue 19): today's accepting rules dressed round real data.

- A counted-out private IPv6 prefix (`fd00:1111:2222:3333`) passed whatever host followed it:
  `fd00:1111:2222:3333:8a2e:370:7334:1` is a host a real network numbered (SLAAC) after a
  lazily picked prefix. The interface ID must now be small (`::1`) or counted out too.
- An address in a made-up example record and a fediverse handle are refused at a free-mail
  provider, but the list read only the first label and missed many providers: Korean
  (`hanmail.net`, `naver.com`, `daum.net`, `kakao.com`), Russian (`list.ru`, `inbox.ru`),
  Chinese (`foxmail.com`), `posteo.de`, `att.net`… and sub-domains (`m.gmail.com`).
- A PBKDF2 digest made again from the placeholder its line quotes was accepted whole, but its
  salt is text the writer picks: a 40-character AWS secret key or GitHub token written as the
  salt published. A salt may now be at most 16 bytes (Authelia's and passlib's).
- `Password Credentials` (OAuth's grant) was read as no password stated, and the label no
  longer refused `Password Credentials = Tr0ub4dor3Xq` or `| Password Credentials | … |`
  (before fp34 only the word `Credentials` itself was flagged). The noun after a password
  word now labels the value, and so does `Credentials:` alone (`Login credentials = x`).
- An article's own `tickets` reference was looked for only as written: `ZD&#45;4711`,
  `ＺＤ-4711`, `ZD‑4711` (non-breaking hyphen), `ZD-47<!-- -->11`, `**ZD**-4711`, `ZD\\-4711`
  and zero-width joins published it. Each line is now read as written and as shown.
Each case is judged by one real `kbgen check`; the examples the rules were made for still pass.
"""

from __future__ import annotations

import base64
import hashlib
import random
from pathlib import Path

from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

EMAIL, IP, KEY, PASSWORD = ("e-mail address", "internal IP address", "API key or token",
                            "password or secret")


def _digest(salt: bytes) -> str:
    """Authelia's client: the digest of `insecure_secret` with `salt`, its password quoted."""
    made = hashlib.pbkdf2_hmac("sha512", b"insecure_secret", salt, 1000, 64)
    phc = "$pbkdf2-sha512$1000${}${}".format(
        *(base64.b64encode(part).decode().rstrip("=").replace("+", ".") for part in (salt, made)))
    return (f"```yaml\nclients:\n  - client_id: 'app'\n    client_secret: '{phc}'"
            "  # The digest of 'insecure_secret'.\n```\n")


def _text_salt(text: str) -> bytes:
    """The salt that is written as `text`."""
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _server(address: str) -> str:
    return f"```yaml\nstorage:\n  postgres:\n    address: 'tcp://[{address}]:5432'\n```\n"


def _record(address: str) -> str:
    return (f'## Example payload\n\n```json\n{{\n  "id": "123456789",\n  "email": "{address}",'
            f'\n  "ip": "12.34.56.78"\n}}\n```\n')


def _misskey(address: str) -> str:
    return f"Misskey의 계정 @{address} 으로 문의하세요.\n"


CASES: list[ArticleCase] = [
    ("a placeholder's digest, a random salt", "", _digest(random.Random(36).randbytes(16)), None),
    ("an AWS secret key as the salt", "",
     _digest(_text_salt("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8Zr2LmX7")), KEY),
    ("a token as the salt", "", _digest(_text_salt("q8Zr2LmX7vN4pT9wK3sB6yD1aaaaaaaaaaaa")), KEY),
    ("a counted-out server", "", _server("fd00:1111:2222:3333::1"), None),
    ("a counted-out server and host", "", _server("fd00:1111:2222:3333:4444:5555:6666:7777"),
     None),
    ("a real host after a counted-out prefix", "",
     _server("fd00:1111:2222:3333:8a2e:370:7334:1"), IP),
    ("a SLAAC host after a counted-out prefix", "",
     _server("fd00:1111:2222:3333:a1b2:c3d4:e5f6:9781"), IP),
    ("a made-up record", "", _record("bobisaburger@emailservice.com"), None),
    *((f"a record at {domain}", "", _record(f"jane.kim@{domain}"), EMAIL)
      for domain in ("hanmail.net", "naver.com", "daum.net", "kakao.com", "list.ru",
                     "inbox.ru", "foxmail.com", "posteo.de", "att.net", "m.gmail.com")),
    ("OAuth's password grant", "", "[OAuth 2.0 Resource Owner Password Credentials]: "
     "https://datatracker.ietf.org/doc/html/rfc6749#section-1.3.3\n", None),
    ("password credentials assigned", "", "Password Credentials = Tr0ub4dor3Xq\n", PASSWORD),
    ("password credentials in a table", "", "| Login | Password Credentials |\n|---|---|\n"
     "| admin | Tr0ub4dor3Xq |\n\n| Password Credentials | Tr0ub4dor3Xq |\n|---|---|\n", PASSWORD),
    ("Wi-Fi password credentials", "", "Wi-Fi password credentials: Tr0ub4dor3Xq\n", PASSWORD),
    ("a credentials label", "", "Credentials: Tr0ub4dor3Xq\n", PASSWORD),
    ("a login credentials label", "", "Login credentials = `Tr0ub4dor3Xq`\n", PASSWORD),
    ("credentials as prose", "", "Credentials: ask the office manager for them.\n", None),
    ("a Misskey handle", "", _misskey("jane_kim@misskey.io"), None),
    *((f"a Misskey line at {domain}", "", _misskey(f"jane.kim@{domain}"), EMAIL)
      for domain in ("hanmail.net", "naver.com", "kakao.com")),
]


def test_accepted_shapes_pass_and_real_data_fails(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, CASES, [])
    assert misjudged(CASES, errors) == {}
    assert code == 1


TICKETED = {
    "as written": "See ZD-4711.\n",
    "an entity hyphen": "See ZD&#45;4711.\n",
    "an entity letter": "See Z&#68;-4711.\n",
    "full-width letters": "See ＺＤ-4711.\n",
    "full-width digits": "See ZD-４７１１.\n",
    "a non-breaking hyphen": "See ZD\u20114711.\n",
    "an en dash": "See ZD\u20134711.\n",
    "a zero-width space": "See ZD-47\u200b11.\n",
    "a soft hyphen": "See ZD-47\u00ad11.\n",
    "a Markdown escape": "See ZD\\-4711.\n",
    "bold around a part": "See **ZD**-4711.\n",
    "an empty element": "See ZD-<span></span>4711.\n",
    "a comment": "See ZD-47<!-- -->11.\n",
}


def test_ticket_references_written_any_way_are_refused(tmp_path: Path) -> None:
    refused = "the ticket reference 'ZD-4711'"
    cases: list[ArticleCase] = [(case, "tickets: [ZD-4711]\n", body, refused)
                                for case, body in TICKETED.items()]
    cases.append(("another ticket", "tickets: [ZD-4711]\n", "See ZD-4712 and ZD\u20114710.\n",
                  None))
    code, errors = check_cases(tmp_path, cases, [])
    assert misjudged(cases, errors) == {}
    assert code == 1

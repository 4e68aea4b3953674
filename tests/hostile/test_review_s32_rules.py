"""Review of 2026-12-04 (s32; miss32's classes are in test_review_s32.py): the day's accepting
rules (named digests, onion addresses, public pages and ids, short-lived sessions, the
`company` placeholder label, kb:allow as a code comment) with a real secret or a real host
put in their shape; each case failed before its fix. All are judged by one `kbgen check` of
a real project."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CONFIG
from tests.hostile.review_cases import (
    ArticleCase,
    FileCase,
    assert_file_judged,
    check_cases,
    misjudged,
)

TOKEN = "API key or token"
SECRET = "password or secret"
HOST = "internal hostname"
B64_32 = "hcK0GBt8tG3rKp8Xq2mW9vN4pT9wK3sB6yD1fH5jC0a="
HEX32 = "f786db9fac45774fa4f0d8112e232d67"
HEX64 = HEX32 + "0f4e1a9c3b7d2e8f6a5c4b3d2e1f0a9b"
KEY = "q8Zr2LmX7vN4pT9wK3sB6yD1fH5jC0aE"
REAL_ONION = "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad"
MADE_UP_ONION = "qKnFwnNH2oH4QhQ7CoRf7HYj8wCwpDwsa8ohJmcPG9JodMZvVA6psKq7"
SESSION = ('```json\n{\n  "sid": "' + KEY + '",\n  "validity": 300\n}\n```\n\n')

# (case, extra front matter, body, kind refused or None when published as it is)
CASES: list[ArticleCase] = [
    ("a password then a digest's key", "", f"```\npassword: hash: {B64_32}\n```\n", TOKEN),
    ("an API key then a signature's key", "", f"```\napi_key: signature: {B64_32}\n```\n",
     TOKEN),
    ("a bearer token after sha256=", "", f"```\nAuthorization: Bearer sha256={HEX64}\n```\n",
     TOKEN),
    ("a signature's key under a secret's (YAML)", "",
     f"```yaml\nsecret:\n  signature: {B64_32}\n```\n", TOKEN),
    ("a signature's key under a token's (JSON)", "",
     f'```json\n{{"token": {{\n  "signature": "{B64_32}"}}}}\n```\n', TOKEN),
    ("a key before .onion", "", f"```\nAPI_KEY={HEX32}.onion\n```\n", TOKEN),
    ("a key as a made-up onion host", "", f"Open https://{KEY.lower()}.onion/ in Tor.\n", TOKEN),
    ("a key as a YouTube channel", "", f"[Videos](https://youtube.com/channel/UC{KEY[:22]})\n",
     TOKEN),
    ("a key as a Google form", "",
     f"[Form](https://docs.google.com/forms/d/e/1FAIpQL{KEY}/viewform)\n", TOKEN),
    ("a session id repeated as an API key", "", SESSION + f"Your API key: {KEY}\n", SECRET),
    ("a session id repeated as a bearer token", "",
     SESSION + f"`Authorization: Bearer {KEY}`\n", TOKEN),
    ("someone's laptop at the company", "", "Ping jane-laptop.company.lan first.\n", HOST),
    # fp33's public ids (merged): a BlurHash is read to its format, a fragment's pair is none
    ("a key under a BlurHash's key", "", f'```json\n{{"blurhash": "{KEY}"}}\n```\n', TOKEN),
    ("a session's hash key", "", f'```json\n{{"session_hash": "{KEY}"}}\n```\n', TOKEN),
    ("a key as a pair in a diagram's fragment", "",
     f"[d](https://app.diagrams.net/#Rtoken={KEY})\n", TOKEN),
    ("someone's free-mail address named by the title", "",
     "# Jane\n\nSee [mail](https://gmail.com).\n\nWrite to jane@gmail.com.\n", "e-mail address"),
    ("a project's mailbox at its linked site", "",
     "# NAMD\n\nSee https://www.ks.uiuc.edu/Research/namd/.\n\nContact namd@ks.uiuc.edu.\n",
     None),
    ("a BlurHash", "", '```json\n{"blurhash": "UnE{@jt6M_oIAhjYs+ayT2WBf9ayRkkDXAj["}\n```\n',
     None),
    # what the rules were written for still passes
    ("a named digest", "", f'```json\n{{"sig_hash": "{HEX64}"}}\n```\n', None),
    ("a nested digest", "", f"```yaml\nrelease:\n  checksum: {HEX64}\n```\n", None),
    ("a Digest header", "", "```\nDigest: sha-256=hcK0GZB1BM4R0eenYrj9clYBuyXs/lemt5iWRYmIX0A="
     "\n```\n", None),
    ("a real onion address", "", f"Use https://{REAL_ONION}.onion/ in Tor.\n", None),
    ("a guide's made-up onion host", "", f"```\nserver_name mastodon.{MADE_UP_ONION}.onion;\n"
     "```\n", None),
    ("a YouTube channel", "", "[YouTube](https://www.youtube.com/channel/UCT5kq9w0wSjogzJb81C9U0w)"
     "\n", None),
    ("a public Google form", "", "[Form](https://docs.google.com/forms/d/e/"
     "1FAIpQLScYsLxe1HswOW9DFUNuhyTcYhdWY7-SZqTF3RpeBpFcyNdhUA/viewform)\n", None),
    ("a short-lived session sent back", "", SESSION + f"Send it back: `X-FTL-SID: {KEY}`\n",
     None),
    ("the generic company's app", "", "Run `dig app.company.internal` on the peer.\n", None),
    ("a zone under the generic company", "", "Add `k8s.company.internal` as the zone.\n", None),
]


def test_review_s32(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, CASES, [])
    assert misjudged(CASES, errors) == {}
    assert code == 1


# the same shapes in front matter, HTML attributes, link titles and copied files
ELSEWHERE: list[ArticleCase] = [
    ("front matter: a key then a signature's key",
     f'description: "api_key: signature: {B64_32}"\n', "Body.\n", TOKEN),
    ("front matter: a key before .onion", f'description: "API_KEY={HEX32}.onion"\n', "Body.\n",
     TOKEN),
    ("an attribute: a key before .onion", "", f'<a title="token={HEX32}.onion">x</a>\n', TOKEN),
    ("a link title: a session id named an API key", "",
     SESSION + f'[x](https://acme.io "api key {KEY}")\n', TOKEN),
    # imp32's kb:allow as a code comment: a line that editors show as two (U+2028) put the
    # marker on the line the reviewer saw after the key's
    ("a code comment marker after a line separator", "",
     "```bash\nexport KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\u2028echo done  # kb:allow token\n"
     "```\n", TOKEN),
]
FILES: list[FileCase] = [
    ("content/assets/keys.json", ('{"token": {\n  "signature": "' + B64_32 + '"}}\n').encode(),
     TOKEN),
    ("content/assets/notes.txt", f"API_KEY={HEX32}.onion\n".encode(), TOKEN),
    ("content/assets/logo.svg", ('<svg xmlns="http://www.w3.org/2000/svg"><text>password: hash:'
                                 f' {B64_32}</text></svg>').encode(), TOKEN),
]


def test_review_s32_elsewhere(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, ELSEWHERE, FILES)
    assert misjudged(ELSEWHERE, errors) == {}
    for path, _, expected in FILES:
        assert_file_judged(errors, path, expected)
    assert code == 1


@pytest.mark.parametrize(("domain", "said"), [
    ("com", "'com' is not a domain the site owns"),
    ("COM.", "'COM.' is not a domain the site owns"),
])
def test_allow_domains_never_lists_everyone(tmp_path: Path, domain: str, said: str) -> None:
    """`allow_domains` (now listed by --show-accepted as the site's own names) let a suffix
    through: `com` published jane.doe@gmail.com."""
    config = MINI_CONFIG + ("extra:\n  kb:\n    privacy:\n"
                            f"      allow_domains: [acme.com, \"{domain}\"]\n")
    cases: list[ArticleCase] = [("someone's address", "", "Write to jane.doe@gmail.com.\n",
                                 "e-mail address")]
    code, errors = check_cases(tmp_path, cases, [], config=config)
    assert code != 0 and any("mkdocs.yml" in line and said in line for line in errors), errors

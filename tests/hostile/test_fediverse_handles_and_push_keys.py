"""Fediverse handles (`@Gargron@mastodon.social`, `"acct": "amic@nulled.red"`), Web Push
server keys (an uncompressed P-256 point) and xkcd's example passphrase are public: Mastodon's
and Pi-hole's help centres publish them as they are. The same shapes holding a customer's
address or a secret are still refused. Each case is a real project checked with `kbgen check`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINI_CONFIG, article
from tests.hostile.review_cases import assert_verdict

ARTICLE = "content/articles/billing/case.md"
ABOUT = "Your Mastodon account can be found from any server."
POINT = ("BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=")
OFF_CURVE = POINT.replace("VA0_", "VA1_")
PUBLIC_PEM = ("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+SYH6knGGIMKex+GEdUw8SSaF4Y/",
              "ILwCpVXosVPkt6cXk24+7DieyeKyQxqz9E0Ly5Z8Rg0iKnzZHZCZO/08lg==")
PRIVATE_PEM = ("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgQoRBQRKOkcA5Sfb5",
               "lhzFp8UVGxnbE2pnRlS9JNAp4dyhRANCAAT5JgfqScYYgwp7H4YR1TDxJJoXhj8g",
               "vAKlVeixU+S3pxeTbj7sOJ7J4rJDGrP0TQvLlnxGDSIqfNkdkJk7/TyW")


def pem_line(lines: tuple[str, ...]) -> str:
    """ActivityPub's `publicKeyPem` field: a PEM key on one line, `\\n` escaped."""
    body = "\\n".join(lines)
    return ('```json\n{"publicKeyPem": "-----BEGIN PUBLIC KEY-----\\n' + body
            + '\\n-----END PUBLIC KEY-----\\n"}\n```')


# (case, body, kind refused or None when published as it is)
CASES = [
    ("handle in prose", f"{ABOUT}\n\nTranslate `@Gargron@mastodon.social` to a URL.", None),
    ("handle beside the program's name with a Korean particle (Misskey Hub)",
     "Misskey의 계정은 어느 서버에서나 찾을 수 있습니다.\n\n@syuilo@misskey.io로 보내 주세요.",
     None),
    ("handle beside the program's name with a Japanese particle",
     "これはMastodonのアカウントです。\n\n@Gargron@mastodon.socialをフォローしてください。", None),
    ("a longer ASCII word is no program's name", "Misskeyfan tips.\n\nAsk @janedoe@acme-corp.com.",
     "e-mail address"),
    ("webfinger subject", f"{ABOUT}\n\n    \"subject\": \"acct:Gargron@mastodon.social\"", None),
    ("acct query", f"{ABOUT}\n\nCall `/api/v1/accounts/lookup?acct=trwnh@pixelfed.social`.",
     None),
    ("acct beside its username, no fediverse word",
     '```json\n{"username": "amic",\n "acct": "amic@nulled.red",\n'
     ' "url": "https://nulled.red/@amic"}\n```', None),
    ("Web Push server key", f'```json\n{{"server_key": "{POINT}"}}\n```', None),
    ("xkcd's passphrase in a compose file",
     "```yaml\nFTLCONF_webserver_api_password: 'correct horse battery staple'\n```", None),
    ("xkcd's passphrase exported", "```\nexport ADMIN_PASSWORD=correct horse battery staple\n```",
     None),
    ("xkcd's passphrase with a word added",
     "```yaml\nFTLCONF_webserver_api_password: 'correct horse battery stapler'\n```",
     "password or secret"),
    ("xkcd's passphrase with a digit added",
     "```\nexport ADMIN_PASSWORD=correcthorsebatterystaple9\n```", "password or secret"),
    ("ActivityPub public key in PEM", pem_line(PUBLIC_PEM), None),
    ("private key between public key markers", pem_line(PRIVATE_PEM), "API key or token"),
    ("handle at a mail provider", f"{ABOUT}\n\nFollow @jane@gmail.com.", "e-mail address"),
    ("dotted name as a handle", f"{ABOUT}\n\nAsk @jane.doe@acme-corp.com.", "e-mail address"),
    ("handle shape, page not about the fediverse", "Ask @janedoe@acme-corp.com.",
     "e-mail address"),
    ("acct that is no username of the page",
     '```json\n{"username": "amic",\n "acct": "jane@acme-corp.com"}\n```', "e-mail address"),
    ("plain address on a fediverse page", f"{ABOUT}\n\nxmpp/email: a@acme-corp.com",
     "e-mail address"),
    ("key off the curve", f'```json\n{{"server_key": "{OFF_CURVE}"}}\n```', "API key or token"),
    ("curve point named a secret", f'```json\n{{"secret_key": "{POINT}"}}\n```',
     "password or secret"),
]


@pytest.mark.parametrize("case, body, refused", CASES, ids=[c[0] for c in CASES])
def test_handles_and_push_keys(write_project: Callable[..., Path], case: str, body: str,
                               refused: str | None) -> None:
    config = write_project({ARTICLE: article(body=f"{body}\n"),
                            "content/articles/wifi/ok.md": article("Fine article"),
                            "mkdocs.yml": MINI_CONFIG})
    assert_verdict(config, refused)

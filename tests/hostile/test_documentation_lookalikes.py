"""Leaks dressed as the documentation values the gate accepts (tests/core/
test_documentation_values.py): each must still be an error (not a warning). bench/gate.py
counts these in its hostile set.
"""

from __future__ import annotations

import base64
import ipaddress

import pytest

from kbgen.core.privacy import (
    INTERNAL_HOST,
    INTERNAL_IP,
    PASSWORD,
    TOKEN,
    URL_PASSWORD,
    Allowed,
    scan,
)

LOOKALIKES = [
    # base64 of text is judged as the text
    *[(f"base64 of {case}", f"--file-literal /x={base64.b64encode(text.encode()).decode()}",
       TOKEN) for case, text in [
        ("a basic credential", "john:Hunter2 Secret of the day"),
        ("text with a key", "Here is the key 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 for you"),
        ("text with an address", "mail jane.doe@gmail.com about it today"),
        ]],
    ("base64 of random bytes", "--file-literal /x=3q2+7w9Xk1LmQpZr8sT0vBn4YcJ6hA5dGfE2uWxR",
     TOKEN),
    ("base64 text named a secret", "API_SECRET=SGVsbG8hIEknbSBGcmFua2llIHRoZSBiYWxsb29uIQo=",
     "password or secret"),
    ("base64 text as basic authorisation", "Authorization: Basic SGVsbG8hIEknbSBGcmFua2llIHRoZ"
                                           "SBiYWxsb29uIQo=", TOKEN),
    # a key as a path in a listing
    ("a lone listed key", "```\n$ ls -R\n  59 Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz/notes.txt\n```",
     TOKEN),
    ("two rows of a folder", "```\n$ rclone ls s3:\n  5 a/b.txt\n  59 Zx9Qw3Er7Ty1Ui5Op8As2Df6G"
                             "h4Jk0Lz/x\n  60 Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz/y\n```", TOKEN),
    ("rows without a command", "```\n  59 Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz/x\n  60 Zx9Qw3Er7Ty1"
                               "Ui5Op8As2Df6Gh4Jk0Lz/y\n  61 Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz/z\n"
                               "```", TOKEN),
    ("a key in a command", "```\n$ ls /scratch/project_2001234/Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz"
                           "\n```", TOKEN),
    # a `--secret` flag's value written out
    ("a written secret after NAME=", "--secret DB_PASSWORD=Hunter2Secret!x", PASSWORD),
    ("a build secret's id that is a secret", "--secret id=Hunter2Secret!x", PASSWORD),
    ("a build secret spec with a value", "--secret id=a,src=b,x=Hunter2Secret!x", PASSWORD),
    ("a secret echoed", '--secret TOKEN="$(echo Hunter2Secret!x)"', PASSWORD),
    ("a secret glued to a variable", '--secret PW=$PW"Hunter2Secret!x"', PASSWORD),
    # a private address beside a network
    ("our server beside a network", "Allow 10.0.0.0/8. Our payroll server is 10.20.30.40.",
     INTERNAL_IP),
    ("a customer's beside a network", "The VPN gives 10.8.0.0/24; the customer's NAS is at"
                                      " 10.8.0.7.", INTERNAL_IP),
    ("someone's beside a network", "Jane's laptop (10.8.0.7) is in 10.8.0.0/24.", INTERNAL_IP),
    ("a company's beside a network", "Route 10.8.0.0/24 via 10.8.0.1 at Acme Ltd.", INTERNAL_IP),
    # signed URLs that still work, or other keys beside an expired signature
    ("a signature expiring in 2100", "https://b.s3.amazonaws.com/f?AWSAccessKeyId=78e6021a086d"
     "52f092b3b2b23bfd7a67&Expires=4102444800&Signature=OLyyCY14s%2F0HxKOOd108mldINyE%3D", TOKEN),
    ("a v4 signature signed in 2099", "https://b/f?X-Amz-Date=20991231T000000Z&X-Amz-Expires=36"
     "00&X-Amz-Signature=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", TOKEN),
    ("a token beside an expired signature", "https://b/f?Expires=1599835116&Signature=OLyyCY14s"
     "HxKOOd108mldINyE&token=Zx9Qw3Er7Ty1Ui5Op8As2Df6", TOKEN),
    ("a signature with no expiry", "https://b/f?Signature=OLyyCY14sHxKOOd108mldINyE", TOKEN),
    # image tags
    ("a tag in another registry", "docker pull ghcr.io/acme/app:deployment-01H9RK9EYO9PGNBYAK"
                                  "GXSHV0PH", TOKEN),
    ("a key as a tag", "registry.fly.io/app:Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz", TOKEN),
    # (case, text, kind): scanned as Fly.io's site would be (ALLOWED)
    ("a company's hosts line", "```\n10.1.2.3  payroll.corp\n```\nOpen http://payroll.corp/",
     INTERNAL_HOST),
    ("a name mapped elsewhere in the text", "```\nfdaa:3::2  minio1.local\n```\n"
                                            "Our NAS is nas.office.lan", INTERNAL_HOST),
    ("a hosts line with a comment", "```\nfdaa:3::2  db.corp # Jane's\n```\n", INTERNAL_HOST),
    ("spelt password to a real account and host", "postgres://admin:secret123@db.acme-corp.com"
                                                  "/payroll", URL_PASSWORD),
    ("real password to a placeholder host", "postgres://user:hunter2x@HOST/DATABASE",
     URL_PASSWORD),
    ("a year after the word", "postgres://user:Secret2024@serverhost/databasename",
     URL_PASSWORD),
    ("spelt password, a person's account", "postgres://jane:password1@db.acme-corp.com/app",
     URL_PASSWORD),
    ("numbered pair, other number", "mysql://user2:password7@db.acme-corp.com/app",
     URL_PASSWORD),
    ("a bare word in lower case", "postgres://user:pass@serverhost.com/databasename",
     URL_PASSWORD),
    ("a word of its own", "postgres://user:payroll_password@appname.internal/yourdb",
     URL_PASSWORD),
]


@pytest.mark.parametrize("case, text, kind", LOOKALIKES, ids=[c[0] for c in LOOKALIKES])
def test_lookalikes_are_errors(case: str, text: str, kind: str) -> None:
    assert kind in {f.kind for f in scan(text, ALLOWED) if not f.advisory}


ALLOWED = Allowed(domains=frozenset({"fly.io"}), networks=(ipaddress.ip_network("fdaa::/16"),))
"""As Fly.io's site would allow (bench/gate.py OWN_DOMAINS, OWN_NETWORKS): the rules for a
site's own registry and network are tried with them."""

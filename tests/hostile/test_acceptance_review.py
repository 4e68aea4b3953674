"""Real secrets dressed as what the gate's acceptance rules let pass (session keys on local
URLs, paths, versioned names, public keys, secret references) are still found; the
documentation those rules were written for still passes. Cases from a hostile review."""

from __future__ import annotations

import base64

import pytest

from kbgen.core.privacy import scan

TOKEN = "API key or token"
PASSWORD = "password or secret"
CLOUD = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9k3LmT7w"
"""A secret access key's shape (40 characters, `/` among them), not AWS's published example."""
LOCAL = "```\nhttp://localhost:8888/?token=q8Zr2LmX7vN4pT9wK3sB6yD1aa\n```\n"
ED25519 = base64.b64encode(b"\0\0\0\x0bssh-ed25519\0\0\0\x20" + bytes(range(7, 39))).decode()


@pytest.mark.parametrize(("text", "kind"), [
    (LOCAL + "Then call https://api.acme-corp.io/v1?token=q8Zr2LmX7vN4pT9wK3sB6yD1aa", TOKEN),
    (LOCAL + "```\ncurl -H 'Authorization: Bearer q8Zr2LmX7vN4pT9wK3sB6yD1aa' https://acme.io\n```",
     TOKEN),
    ("```\nhttp://localhost:8080/db?user=admin&password=Tr0ub4dor3xyz\n```", PASSWORD),
    (f"```\nhttp://localhost:9000/?secret={CLOUD}\n```", PASSWORD),
    (f"Set it: `/{CLOUD}`", TOKEN),
    (f"Run `${CLOUD}`", TOKEN),
    ("$q8Zr2LmX7vN4pT9wK3s/B6yD1aaZq8Zr2LmX7vN/4pT9wK3sB6yD1aaZ", TOKEN),
    ("Install bzip2-1.0.8-q8Zr2LmX7vN4pT9wK3sB6yD1aaZzQ1", TOKEN),
    (f"ssh-ed25519 {ED25519[:24]}wJalrXUtnFEMIK7MDENGbPxRfiCYzQ9k3LmT7w jane@acme", TOKEN),
    ("Public key ID wJalrXUtnFEMIK7MDENGbPxRfiCYzQ9k3LmT7w", TOKEN),
    ("db_password: !secret Tr0ub4dor3x9", PASSWORD),
    ('db_password: !secret "Hunter2Secret"', PASSWORD),
    ("## Example\n\nAcme Corp's payroll server 10.44.2.7 failed last night.",
     "internal IP address"),
    ("Forward the invoice to anna.virtanen@domain.com.", "e-mail address"),
    ("Use q8zr2lmx7vn4pt9wk3sb6yd1aazq1-78sh8 now", TOKEN),
], ids=["production token beside a local URL", "local token in a header",
        "password on a local URL", "cloud secret on a local URL", "cloud secret as a path",
        "cloud secret after $", "key split into path segments",
        "mixed-case key after a version", "secret after a public key's valid head",
        "cloud secret beside the words public key", "password after !secret",
        "quoted password after !secret", "a named company's address in an example section",
        "a person at a placeholder-looking domain", "a key dressed as a pod's name"])
def test_dressed_secrets_are_found(text: str, kind: str) -> None:
    assert kind in {finding.kind for finding in scan(text)}


def test_the_password_after_a_secret_tag_is_masked_at_its_place() -> None:
    [finding] = scan('db_password: !secret "Hunter2Secret"')
    assert finding.excerpt.startswith("Hun") and "Hunter2Secret" not in finding.excerpt


@pytest.mark.parametrize("text", [
    LOCAL + "Open `http://localhost:8888/?token=q8Zr2LmX7vN4pT9wK3sB6yD1aa` in your browser.",
    "```\nGo to http://0.0.0.0:9627/?secret=mXmq6659 in your browser\n```",
    "`$AF2DB/uniref30/UniRef30_2021_03`",
    "ls /ref/Homo_sapiens/GRCh38/Sequence/Bowtie2Index/genome",
    "spack load bzip2-1.0.8-paghlsmxrq7p26qna6ml6au4fj2bdw6k",
    f"ssh-ed25519 {ED25519} me@laptop",
    "PublicKey = F+80gbmHVlOrU+es13S18oMEX2g=",
    "password: !secret pi_hole_password",
    "password: !env_var DB_PASS",
    "## Example\n\nThe server 10.44.2.7 failed last night.",
    "Write to jane.doe@mydomain.com or it.support@yourcompany.com.",
    "kubectl logs backend-7f9c9dbfbb-78sh8 -n prometheus-kube-state-metrics-5f6b8c9d7-x2x4z",
], ids=["notebook output quoted", "Pluto's output", "path after $NAME", "genome path",
        "spack package", "whole public key", "WireGuard public key", "secret reference",
        "environment reference", "an address in an example section",
        "invented people and teams at placeholder domains", "pods' names"])
def test_the_documentation_the_rules_were_written_for_passes(text: str) -> None:
    assert scan(text) == []

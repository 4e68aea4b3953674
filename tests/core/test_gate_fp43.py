"""Issue 19 (fp43): Traefik's example users' htpasswd and htdigest lines, and its references to a
Kubernetes Secret's key, pass with their reason; the same shapes holding a real password stay
findings (the hostile twins are rows `(fp43)` of bench/gatecorpus/hostile.yml, checked by
test_gate_precision)."""

from __future__ import annotations

import base64
import hashlib

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import (
    INTERNAL_IP,
    PASSWORD,
    TOKEN,
    htpasswd_digests,
    request_echoes,
    scan,
    secret_references,
)

# Lines as Traefik's docs publish them (basicauth.md, digestauth.md, include-api-examples.md,
# oidc.md, distributed-ratelimit.md).
BASIC = ('```yaml\nusers:\n  - "test:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/"\n'
         '  - "test2:$apr1$d9hr9HBB$4HxwgUir3HP4EsggP/QNo0"\n```\n')
LABEL = ('```yaml\nlabels:\n  - "traefik.http.middlewares.auth.basicauth.users=test:$$apr1$$'
         'H6uskkkW$$IgXLP6ewTrSuBkTrqE8wj/,test2:$$apr1$$d9hr9HBB$$4HxwgUir3HP4EsggP/QNo0"\n```\n')
DIGEST = ('```yaml\nusers:\n  - "test:traefik:a2688e031edb4be6a3797f3882655c05"\n'
          '  - "test2:traefik:518845800f9e2bfb1f1f740ec24f074e"\n```\n')
ADMIN = '```yaml\nusers:\n  - "admin:$apr1$DmXR3Add$wfdbGw6RWIhFb0ffXMM4d0"\n```\n'
REFERENCES = ('```yaml\nspec:\n  oidc:\n    clientId: "urn:k8s:secret:my-secret:clientId"\n'
              '    clientSecret: "urn:k8s:secret:my-secret:clientSecret"\n'
              '    ca: "urn:k8s:secret:tls:ca"\n  redis:\n'
              '    password: urn:k8s:secret:redis:password\n```\n')
ECHO = ("You can test the application using curl:\n\n```bash\ncurl -k https://whoami.docker.localhost/\n"
        "```\n\n```bash\nHostname: whoami-76c9859cfc-k7jzs\nIP: 127.0.0.1\nIP: 10.42.0.59\n"
        "RemoteAddr: 10.42.0.60:54148\nGET / HTTP/1.1\nHost: whoami.docker.localhost\n"
        "X-Forwarded-For: 10.42.0.1\nX-Real-Ip: 10.42.0.1\n```\n")
REAL = "Kq8vNz3Lw2pd"


@pytest.mark.parametrize("text, reason", [
    (BASIC, htpasswd_digests.REASON), (LABEL, htpasswd_digests.REASON),
    (DIGEST, htpasswd_digests.REASON), (ADMIN, htpasswd_digests.REASON),
    (REFERENCES, secret_references.REASON), (ECHO, request_echoes.REASON),
], ids=["htpasswd", "doubled dollars", "htdigest", "a stand-in's digest", "urn:k8s", "echo"])
def test_documentation_shapes_pass_with_their_reason(text: str, reason: str) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert reason in {a.reason for a in explained}


def test_md5_crypt_makes_apaches_digest() -> None:
    assert htpasswd_digests.md5_crypt("test", "H6uskkkW", "$apr1$") == "IgXLP6ewTrSuBkTrqE8wj/"
    assert htpasswd_digests.md5_crypt("test", "H6uskkkW", "$1$") == "qH7rONTa34g.EKBz4UNMt0"


def _sha(password: str) -> str:
    return base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()


@pytest.mark.parametrize("text, kind", [
    # The example user's line with a real password's digest, in each format.
    (BASIC.replace("IgXLP6ewTrSuBkTrqE8wj/", htpasswd_digests.md5_crypt(
        "Tr0ub4dor&3x", "H6uskkkW", "$apr1$")), TOKEN),
    (DIGEST.replace("a2688e031edb4be6a3797f3882655c05", hashlib.md5(
        f"test:traefik:{REAL}".encode()).hexdigest()), TOKEN),
    (f'```yaml\nusers:\n  - "jdoe:{{SHA}}{_sha(REAL)}"\n```\n', TOKEN),
    (REFERENCES.replace("redis:password", f"redis:{REAL}"), PASSWORD),
    (REFERENCES.replace("secret:redis:", "secret:kq8vnz3lw2pd:"), PASSWORD),
    (REFERENCES.replace("urn:k8s:secret:redis:password", f"urn:k8s:secret:redis:password:{REAL}"),
     PASSWORD),
    (ECHO.replace("whoami.docker.localhost/", "intranet.acme-corp.com/"), INTERNAL_IP),
    (ECHO.replace("GET / HTTP/1.1", "Hello"), INTERNAL_IP),
    (ECHO.replace("Host: whoami", f"Authorization: Bearer {REAL}Xy7TqR4m\nHost: whoami"), TOKEN),
], ids=["apr1", "htdigest", "sha", "urn key", "urn name", "urn tail", "echo of a company's host",
        "no request line", "echoed bearer"])
def test_the_same_shapes_holding_a_password_are_found(text: str, kind: str) -> None:
    assert kind in {finding.kind for finding in scan(text)}


def test_sha_digest_of_the_user_name_passes() -> None:
    assert scan(f'```yaml\nusers:\n  - "jdoe:{{SHA}}{_sha("jdoe")}"\n```\n') == []

"""Issue 19 (fp56): the file name of a certificate or a CA bundle is public, as the certificate
is (kbgen.core.privacy.certificate_files): a CA's file whose name runs its words together
(`DigiCertGlobalG3TLSECCSHA3842020CA1-1.crt.pem`) in Quad9's MikroTik guides. A token in a
folder of the path, a key's file, a service's key and a line naming a secret stay found (more
are rows `fp56-…` of bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, certificate_files, scan
from tests.hostile.test_many_findings import assert_modules_work_linearly

# As Quad9's MikroTik RouterOS (Encrypted) guide writes them, in its four languages.
QUAD9 = ('/tool/fetch mode=https url="https://cacerts.digicert.com/'
         'DigiCertGlobalG3TLSECCSHA3842020CA1-1.crt.pem"\n\n'
         "/certificate/import file-name=DigiCertGlobalG3TLSECCSHA3842020CA1-1.crt.pem\n")
NAME = "Xk29fLmQ8vR2pZ7tYw4NhB6cJ3sD5gF1"
CA = "DigiCertGlobalG2TLSRSASHA2562020CA1-1"
"""Another of DigiCert's intermediate CAs' file names, which the token rules read as random."""


@pytest.mark.parametrize("text", [
    QUAD9,
    f"Download [{CA}.crt](https://ca.example.net/{CA}.crt) and import it.\n",
    f"```\nsudo cp {CA}.ca-bundle /usr/local/share/ca-certificates/\n```\n",
])
def test_a_certificate_file_name_passes_with_its_reason(text: str) -> None:
    explained: list[Acceptance] = []
    assert [finding for finding in scan(text, Allowed(), explain=explained)
            if not finding.advisory] == []
    assert certificate_files.REASON in {acceptance.reason for acceptance in explained}


@pytest.mark.parametrize("text", [
    '/tool/fetch url="https://files.acme-corp.com/s/8fJ2kLmN0pQxZ7vR4tYw9Hk2/ca.crt"\n',
    f"secret: {NAME}.crt\n",
    f"/certificate/import file-name={NAME}.key.pem\n",
    f"/certificate/import file-name={NAME}-privkey.pem\n",
    "/certificate/import file-name=ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU.crt\n",
    f"/certificate/import file-name={NAME}.txt\n",
    f"/certificate/import file-name={NAME}.pem\n",
    f'```json\n{{"file": "keys\\/prod\\/{NAME}.crt.pem"}}\n```\n',
])
def test_folders_keys_secrets_and_other_files_stay_found(text: str) -> None:
    assert "API key or token" in {finding.kind for finding in scan(text, Allowed())}


def test_many_certificate_files_on_one_line_are_read_in_linear_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert_modules_work_linearly(monkeypatch, "certificate files", lambda n: " ".join(
        f"{NAME[:24]}{i:08d}.crt.pem" for i in range(n))
        + " ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU\n")


@pytest.mark.parametrize("text", [
    "curl -u deploy:Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1.crt https://files.dangote.ng/upload\n",
    "export DEPLOY=Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1.crl\n",
    "The deploy hook is https://hooks.dangote.ng/Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1-chain.pem\n",
    "curl -O https://files.dangote.ng/Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1.crt\n",
    "the service account key is 7f3a9c2e1b8d4f6a0c5e7b9d2f4a6c8e.crt.pem\n",
    "Download acme_aZ9kQ2mX7vLp3RtY8wBnE4cF6hJ1_ca.crt from the portal.\n",
    "Import C:\\certs\\aZ9kQ2mX7vLp3RtY8wBnE4cF6hJ1.cer into the store.\n",
    "see https://acme.com/aZ9kQ2mX7vLp3RtY8wBnE4cF6hJ1Xy.crt\n",
    "curl -O https://files.dangote.ng/CertificateK7QX2M9RTZ4WP8NB.crt\n",
    "curl -O https://files.dangote.ng/CertificateXk9vQ2mZ7LpR3t.crt\n",
])
def test_a_token_given_a_certificate_ending_stays_found(text: str) -> None:
    """rev56: a random value is no CA's file name, whatever ending it is given."""
    assert "API key or token" in {finding.kind for finding in scan(text, Allowed())}

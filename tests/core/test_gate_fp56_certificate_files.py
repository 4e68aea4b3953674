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


@pytest.mark.parametrize("text", [
    QUAD9,
    f"Download [{NAME}.crt](https://ca.example.net/{NAME}.crt) and import it.\n",
    f"```\nsudo cp {NAME}.ca-bundle /usr/local/share/ca-certificates/\n```\n",
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

"""Issue 19 (gap59): a secret written as a certificate's or key's file name in the shapes gap58's
reader left (rev58's key_file_names gaps, published on main): a generator's piece in lower case
or of 10-11 characters, a composed password glued in lower case or cut by separators, a
password's symbol in the name. Each must be found; the file names CAs and servers give stay
unfound."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _errors(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


LEAKS = (
    "Import `ca-hx7vq2mz9lpr3tyw.crt` into the store.",
    "Copy `server-8f2klmn9qrtx4vz7wy3b.key` to the clinic's server.",
    "Import `Hx7vQ2mZ9Lp.crt` into the store.",
    "Import `TrustedRoot-Kq8vTz2mWx.pem` into the store.",
    "Import `winter2024northbridge7payroll.crt` into the store.",
    "Import `Winter-2024-Northbridge-7-Payroll.crt` into the store.",
    "Import `Summer_2024_Jensen_7_Dental.pem` into the store.",
    "Import `Summer2024!Jensen.crt` into the store.",
    "Install `client-Tr0ub4dor&3.p12` on the laptop.",
    "scp vpn-q7wz3kx9mv2p.key root@host:",
    "Import `jensen#2024#payroll.pfx` into the store.",
)


@pytest.mark.parametrize("text", LEAKS)
def test_a_secret_written_as_a_key_files_name_is_found(text: str) -> None:
    assert _errors(text)


PUBLIC = (
    "Import `DigiCertGlobalRootG3.crt.pem` and `isrgrootx1.pem`.",
    "Import `SHA3842020CA1-1.crt` and `GTS-Root-R1.pem`.",
    "Import `Microsoft-RSA-Root-Certificate-Authority-2017.crt`.",
    "Copy `letsencrypt-r3.pem` and `lets-encrypt-x3-cross-signed.pem`.",
    "Copy `ca-certificates.crt`, `mycert2024.pem`, `server1.key`, `ssl-cert-snakeoil.pem`.",
    "Copy `cert-2024-01-15.pem` and `nginx-2024-server-01-cert.pem`.",
    "Copy `d6325660.pem` and `USERTrust_RSA_Certification_Authority.pem`.",
)


@pytest.mark.parametrize("text", PUBLIC)
def test_the_names_cas_and_servers_give_stay_unfound(text: str) -> None:
    assert not _errors(text)

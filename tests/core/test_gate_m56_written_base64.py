"""A certificate is decoded from its lines as written, not as the scanner reads them: the
scanner reads letters inside numbers as digits (`7O03` as `7003`), which spoilt one
certificate in about 150 that fp56's test makes with a new key each run (CI of d23dda26)."""

from __future__ import annotations

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, public_certificates, scan

CERTIFICATE_ENDING_7O03 = """```
--BEGIN CERTIFICAT--
MIIBIjCByKADAgECAgJe7TAKBggqhkjOPQQDAjAaMRgwFgYDVQQDDA92cG4uZXhh
bXBsZS5uZXQwHhcNMjYwMTAxMDAwMDAwWhcNMzYwMTAxMDAwMDAwWjAaMRgwFgYD
VQQDDA92cG4uZXhhbXBsZS5uZXQwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQC
CiFROTEJECWm7dpn7HyDgy4bkkBcjR8kNlaiZFq+dYKycaUDbnXAs+WAHg6sLKMK
LLeiv++fxNrRQ4xfnBW3MAoGCCqGSM49BAMCA0kAMEYCIQCK+CoLesjO3UUIhZqf
e1WaViJJKgEHQ657P51SCm2UygIhAPccaGzEEI8WD0pX7DyLHtnR4AxSlBwPhQJk
7O03+ii6
--END CERTIFICAT--
```
"""


def test_a_certificate_whose_base64_holds_a_letter_among_digits_passes() -> None:
    explained: list[Acceptance] = []
    assert [f for f in scan(CERTIFICATE_ENDING_7O03, Allowed(), explain=explained)
            if not f.advisory] == []
    assert public_certificates.REASON in {acceptance.reason for acceptance in explained}


def test_the_same_base64_one_letter_changed_is_still_found() -> None:
    tampered = CERTIFICATE_ENDING_7O03.replace("7O03+ii6", "7O03+ii7")
    assert [f for f in scan(tampered, Allowed()) if not f.advisory]

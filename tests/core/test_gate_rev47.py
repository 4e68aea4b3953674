"""Today's accepting rules still accept what they were written for, after rev47 narrowed them
(issue 19): the leaks that rode them are the `(rev47)` rows of bench/gatecorpus/hostile.yml."""

from __future__ import annotations

import pytest

from kbgen.core.phone_regions import national_regions
from kbgen.core.privacy import Allowed, scan

GB = Allowed(national_regions=national_regions((), (), "GB"))


@pytest.mark.parametrize("text", [
    "       │  │  ├─ KFOmCnqEu92Fr1Mu4mxK.woff2",
    "       │     └─ L0xdDF4xlVMF-BfR8bXMIjhOsXG-q2oeuFoqFrlnAIe2Imhk1T8rbociImtEn-UlYIw.woff2",
    "src: url(KFOmCnqEu92Fr1Mu4mxK.woff2) format('woff2');",
    "src: url(\"KFOlCnqEu92Fr1MmWUlfBBc4.woff2\");",
    "|   |-- KFOmCnqEu92Fr1Mu4mxK.woff2",
    "  - KFOlCnqEu92Fr1MmWUlfBBc4.woff2",
])
def test_font_files_in_a_listing_or_url_pass(text: str) -> None:
    assert scan(text, GB, default_region="GB") == []


@pytest.mark.parametrize("text", [
    "Set the domain to example.duckdns.org.", "auth at example-auth.duckdns.org",
    "Register myname.no-ip.org first.", "DOMAIN=yourname.duckdns.org",
    "Open https://your-nas.synology.me:5001", "Point my-app.ddns.net at the router.",
    "Use test.dedyn.io or demo1.dynv6.net", "Set auth.example.duckdns.org",
])
def test_dynamic_dns_stand_ins_of_stand_in_words_pass(text: str) -> None:
    assert scan(text, Allowed()) == []


@pytest.mark.parametrize("text", [
    "Let's say your Pi-hole is at 192.168.1.2.",
    "Let's say the NAS is at 192.168.1.20 and your laptop at 192.168.1.30.",
    "Suppose the internal server is 10.0.0.5.",
])
def test_suppositions_that_say_no_whose_pass(text: str) -> None:
    assert scan(text, Allowed()) == []


def test_a_supposition_of_the_writers_router_at_its_default_address_is_only_a_warning() -> None:
    """`we` places an address with the writer (leak57, kbgen.core.stated_owners); at a home
    router's default address that is a warning, and the page is published."""
    findings = scan("Let's say we have a router at 192.168.1.1.", Allowed())
    assert findings and all(finding.advisory for finding in findings)

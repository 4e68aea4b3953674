"""Issue 19 (fs53, narrowed by fixlocal67): the product's own `.local` name passes on its own
help centre only where the site lists it in `allow_domains` (as Meshtastic's and NetBox's
would); the gate no longer infers it from the site's domain, since a company's internal domain
has the same shape (`acme.local` on acme.com, rev67). More hostile twins are rows `(fs53)` and
`(rev67)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.model import INTERNAL_HOST

# As Meshtastic's docs/software/python-cli/index.mdx, configuration/module/range-test.mdx and
# getting-started/flashing-firmware/esp32/index.mdx write them.
MESHTASTIC = ("```shell\nmeshtastic --host meshtastic.local --info\n```\n\n"
              "To access this file, first turn on the WiFi on your device and connect to your"
              " network. Once you can connect to your device, navigate to"
              " `meshtastic.local/rangetest.csv` and the file will download.\n\n"
              "The [web client](/docs/software/web-client) at meshtastic.local is only updated"
              " with a full wipe and reinstall of the device.\n")
# As NetBox's docs/configuration/security.md writes it.
NETBOX = ("```python\nCORS_ORIGIN_WHITELIST = [\n    'http://netbox.local',\n"
          "    'https://netbox.local',\n]\n```\n")


@pytest.mark.parametrize("text, domain, count", [
    (MESHTASTIC, "meshtastic.org", 3), (NETBOX, "netbox.dev", 2)])
def test_the_products_own_local_name_passes_where_the_site_lists_it(text: str, domain: str,
                                                                    count: int) -> None:
    assert [f.kind for f in scan(text)].count(INTERNAL_HOST) == count  # found without its site
    # the site's domain alone does not make `<name>.local` its own: a company's is the same
    inferred = scan(text, Allowed(domains=frozenset({domain})))
    assert [f.kind for f in inferred].count(INTERNAL_HOST) == count
    name = domain.split(".")[0]
    assert scan(text, Allowed(domains=frozenset({domain, f"{name}.local"}))) == []


def test_the_contact_address_does_not_name_a_local_domain() -> None:
    allowed = Allowed(emails=frozenset({"support@help.netbox.co.uk"}))
    assert [f.kind for f in scan(NETBOX, allowed)] == [INTERNAL_HOST, INTERNAL_HOST]


@pytest.mark.parametrize("text", [
    MESHTASTIC.replace("meshtastic.local", "meshtastic.lan"),   # not the mDNS name
    "Join the file server at `fs01.meshtastic.local` from the office.",  # a host under it
    "Our Active Directory domain is `meshtastic.local`.",
    "## Kerberos\n\nkinit admin@MESHTASTIC.LOCAL\n\nThe realm is meshtastic.local.",
    "Mail `jane.doe@meshtastic.local` for the VPN password.",
    "Copy the export to \\\\meshtastic.local\\hr\\payroll every Friday.",
    "## Join the domain\n\nOpen `meshtastic.local` in the wizard.",
    "Open `acme.local` in your browser.",                      # another company's name
])
def test_a_companys_internal_domain_stays_a_finding(text: str) -> None:
    findings = scan(text, Allowed(domains=frozenset({"meshtastic.org"})))
    assert INTERNAL_HOST in [f.kind for f in findings], text

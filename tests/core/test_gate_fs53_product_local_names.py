"""Issue 19 (fs53): the product's own `.local` name passes on its own help centre, as
Meshtastic's (meshtastic.org) and NetBox's (netbox.dev) write it; a company's internal domain
of the same shape stays a finding (more hostile twins are rows `(fs53)` of
bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, product_local_names, scan
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
def test_the_products_own_local_name_passes_on_its_help_centre(text: str, domain: str,
                                                               count: int) -> None:
    assert [f.kind for f in scan(text)].count(INTERNAL_HOST) == count  # found without its site
    explained: list[Acceptance] = []
    assert scan(text, Allowed(domains=frozenset({domain})), explain=explained) == []
    assert [a.reason for a in explained].count(product_local_names.REASON) == count


def test_the_contact_address_names_the_product_too() -> None:
    allowed = Allowed(emails=frozenset({"support@help.netbox.co.uk"}))
    assert product_local_names.product_names(allowed) == {"netbox"}
    assert scan(NETBOX, allowed) == []


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

"""Issue 19 (gap59): a home router's default address (192.168.1.20) an English sentence gives to
someone without a possessive (rev58's default_net_owner gaps, a warning on main): a name that
uses the thing (`the computer Marta uses is …`), a person as the subject that uses or has the
address (`The CFO uses …`, `the boss has …`), an arrow to a possessive (`… → the accountant's
desktop`). Each is an error; devices, products and the network's own words in the same shapes
stay warnings."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _verdict(text: str) -> str:
    findings = scan(text, Allowed())
    if any(not finding.advisory for finding in findings):
        return "error"
    return "warning" if findings else "none"


OWNED = (
    "For example, the computer Marta uses is 192.168.1.20.",
    "The laptop Priya uses has 192.168.1.20.",
    "The printer Ahmed owns is at 192.168.1.20.",
    "the tablet Chidi had is 192.168.1.21",
    "The CFO uses 192.168.1.20.",
    "For example, the boss has 192.168.1.20.",
    "The accountant uses 192.168.1.20.",
    "the receptionist has the static address 192.168.1.20",
    "The landlord owns 192.168.1.20.",
    "192.168.1.20 → the accountant's desktop",
    "192.168.1.21 -> the CEO's laptop",
    "192.168.1.22 => Marta's phone",
)


@pytest.mark.parametrize("text", OWNED)
def test_an_address_given_to_someone_is_an_error(text: str) -> None:
    assert _verdict(text) == "error"


DEVICES = (
    "The printer has 192.168.1.20.",
    "The laptop uses 192.168.1.20.",
    "The box has 192.168.1.20.",
    "The UPS has 192.168.1.20.",
    "The FRITZ!Box uses 192.168.178.1.",
    "Home Assistant uses 192.168.1.20.",
    "The Home Assistant server uses 192.168.1.20.",
    "The address Docker assigns is 172.17.0.2.",
    "192.168.1.1 → gateway",
    "192.168.1.2 -> the router's LAN side",
)


@pytest.mark.parametrize("text", DEVICES)
def test_a_device_or_a_product_in_the_same_shape_stays_a_warning(text: str) -> None:
    assert _verdict(text) == "warning"

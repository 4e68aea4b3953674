"""A host's private address written with its netmask as `ip addr` prints it
(`10.20.30.40/24`) beside a customer's name or under an owned block is an address: main read
every `address/prefix` as a network and published it. A network written as a range (host bits
zero: `10.0.0.0/8`) stays a network. The owner readings of session 62 still catch owners never
seen (companies and people, eight languages, before and after the block), and `our example`
(the text's own example) no longer places a block on the company's side. The leaks are also
rows `own63: …` of bench/gatecorpus/hostile.yml. One scan a text, shared by every assert."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan
from tests.hostile.own63_cases import LEAKS, NETMASK_LEAKS, NETWORKS, ORDINARY

OWN_EXAMPLES = [(case, text) for case, text in ORDINARY
                if "example" in case.lower() or "beispiel" in case.lower()]
CASES = {text for _, text in LEAKS + NETMASK_LEAKS + NETWORKS + OWN_EXAMPLES}


@pytest.fixture(scope="module")
def errors() -> dict[str, int]:
    """Each text's errors about an internal address (warnings publish), one scan a text."""
    return {text: sum(f.kind == INTERNAL_IP and not f.advisory for f in scan(text))
            for text in CASES}


@pytest.mark.parametrize(("case", "text"), NETMASK_LEAKS, ids=[c for c, _ in NETMASK_LEAKS])
def test_a_host_with_its_netmask_is_found(errors: dict[str, int], case: str, text: str) -> None:
    assert errors[text], case


@pytest.mark.parametrize(("case", "text"), NETWORKS, ids=[c for c, _ in NETWORKS])
def test_a_network_stays_a_network(errors: dict[str, int], case: str, text: str) -> None:
    assert not errors[text], case


@pytest.mark.parametrize(("case", "text"), LEAKS, ids=[c for c, _ in LEAKS])
def test_an_owner_never_seen_is_read(errors: dict[str, int], case: str, text: str) -> None:
    assert errors[text], case


@pytest.mark.parametrize(("case", "text"), OWN_EXAMPLES, ids=[c for c, _ in OWN_EXAMPLES])
def test_our_example_is_no_company_side(errors: dict[str, int], case: str, text: str) -> None:
    assert not errors[text], case

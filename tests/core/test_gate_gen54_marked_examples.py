"""Issue 19 (gen54): an address, a host or a phone number its sentence marks as an example
right before it (`e.g.`, `ex:`, `such as`) is accepted (kbgen.core.privacy.marked_examples);
one placed with someone, in a sentence that tells an event or speaks of `we`, a phone number
for someone to call, a person's login stay findings (more twins are rows `(gen54)` of
bench/gatecorpus/hostile.yml, counted by bench/gate.py)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, marked_examples, scan

# As CSC's sd-apply-dac.md, LinuxServer's docker-wireguard.md and Meshtastic's openwrt page
# write them (the rule was written on CSC and Meshtastic; LinuxServer moved blind).
CSC = ("- **Phone number**: A phone number in an international format (E.164), e.g."
       " +14155552671.\n")
LINUXSERVER = ("| `ALLOWEDIPS=0.0.0.0/0` | The IPs/Ranges that the peers will be able to reach"
               " using the VPN connection. If not specified the default value is: '0.0.0.0/0,"
               " ::0/0' This will cause ALL traffic to route through the VPN, if you want split"
               " tunneling, set this to only the IPs you would like to use the tunnel AND the ip"
               " of the server's WG ip, such as 10.13.13.1. |\n")
MESHTASTIC = "Connect to the router via SSH (ex: `ssh root@192.168.1.1`)\n"


@pytest.mark.parametrize("text", [CSC, LINUXSERVER, MESHTASTIC,
                                  "Check that the peer answers (e.g., `ping 10.0.0.100`).\n"])
def test_a_value_marked_as_an_example_passes_with_its_reason(text: str) -> None:
    explained: list[Acceptance] = []
    assert [finding for finding in scan(text, Allowed(), explain=explained)
            if not finding.advisory] == []
    assert marked_examples.REASON in {acceptance.reason for acceptance in explained}


@pytest.mark.parametrize("text, kind", [
    ("The customer's router answers there (e.g., `ping 10.20.30.40`).\n", "internal IP address"),
    ("We route the VPN through our gateway, e.g. 10.20.30.40.\n", "internal IP address"),
    ("Ping the database host that crashed last night (e.g., `ping 10.20.30.40`).\n",
     "internal IP address"),
    ("Connect to the server via SSH (ex: `ssh jane.doe@10.20.30.40`)\n", "internal IP address"),
    ("Run the test command (e.g., `ping 10.20.30.40`), the IP of the production database.\n",
     "internal IP address"),
    ("Run the test command (e.g., `ping 10.20.30.40`).\n\n"
     "The address 10.20.30.40 is our office file server.\n", "internal IP address"),
    ("For urgent cases call Jane Doe, e.g. +1 415 555 2671.\n", "phone number"),
    ("Mobile of the on-call engineer, e.g. +49 151 23456789.\n", "phone number"),
    ("Write the number in international format, e.g. +49 151 23456789 (Frau Müllers Handy).\n",
     "phone number"),
    ("Connect to 10.20.30.40 as shown, e.g. with PuTTY.\n", "internal IP address"),
])
def test_placed_told_or_called_values_stay_findings(text: str, kind: str) -> None:
    assert kind in {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


@pytest.mark.parametrize("line, value, sentence", [
    ("Use a format (E.164), e.g. +14155552671. Then save.", "+14155552671",
     "Use a format (E.164), e.g. +14155552671"),
    ("It failed. Run it, i.e. ping 10.0.0.9 now. Done.", "10.0.0.9",
     "Run it, i.e. ping 10.0.0.9 now"),
])
def test_sentence_is_not_cut_at_an_abbreviation(line: str, value: str, sentence: str) -> None:
    start = line.index(value)
    assert marked_examples._sentence(line, start, start + len(value)).strip() == sentence

"""Issue 19 (gen53): private addresses, internal names and ids in a block of a program's log
records are what it printed (kbgen.core.privacy.log_records); one such line alone, a key its
record names, an e-mail address, or a log placed with someone stays a finding (more hostile
twins are rows `(gen53)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import log_records, scan

# As NetBird's get-started/install/mikrotik.mdx and selfhosted/migration pages write them.
DIAL = ("```\nINFO client/internal/routemanager/manager.go:135: Routing setup complete\n"
        "ERROR util/grpc/dialer.go:38: Failed to dial: dial: dial tcp: lookup signal.netbird.io"
        " on 172.17.0.1:53: read udp 172.17.0.2:34638->172.17.0.1:53: i/o timeout\n```\n")
MIGRATE = ("```\nINFO resolved connector: type=oidc, id=auth0, name=auth0\n"
           "INFO [DRY RUN] would migrate user abc123 -> CgZhYmMxMjMSB3ppdGFkZWw"
           " (account: acct-1)\n```\n")
STAMPED = ("```\n2024-03-01 12:00:03,114 [warn] upstream timed out\n"
           "2024-03-01 12:00:04,002 [error] connect() failed to 10.20.30.40:8080\n```\n")


@pytest.mark.parametrize("text", [DIAL, MIGRATE, STAMPED])
def test_values_in_a_block_of_log_records_pass_with_their_reason(text: str) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert log_records.REASON in {each.reason for each in explained}


@pytest.mark.parametrize("text, kind", [
    # one record alone is anyone's line
    ("```\nERROR connect() failed to 10.20.30.40:8080\n```\n", "internal IP address"),
    # a key the record names
    ("```\nINFO starting\nINFO using token=q8Zr2LmX7vN4pT9wK3sB6yD1aaX0\n```\n",
     "API key or token"),
    # a person's address
    ("```\nINFO starting\nINFO signed in jane.doe@acme-corp.io\n```\n", "e-mail address"),
    # a log placed with a customer
    ("Acme Corp's production server logged this:\n\n" + STAMPED, "internal IP address"),
    # records in prose, not in a block
    ("INFO starting\nERROR connect() failed to 10.20.30.40:8080\n", "internal IP address"),
])
def test_keys_people_and_placed_logs_stay_findings(text: str, kind: str) -> None:
    assert kind in {finding.kind for finding in scan(text)}


@pytest.mark.parametrize("line, expected", [
    ("ERROR util/grpc/dialer.go:38: x", True), ("INFO [DRY RUN] would", True),
    ("2020-10-01 12:00:00,000 - synapse.access", True), ("[warn] x", True),
    ('time="2024-01-01T00:00:00Z" level=info msg=x', True), ("INFORMATION here", False),
    ("Hello world", False), ("2024-01-01", False),
])
def test_log_record(line: str, expected: bool) -> None:
    assert log_records.log_record(line) is expected

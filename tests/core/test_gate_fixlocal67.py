"""rev67's findings 1, 2, 10 and 12 (issue 19, branch fixlocal67).

A company's internal domain is its own name and `.local` or `.localdomain` (`acme.local`,
`ACME.Local`, `acme.localdomain`): the gate no longer infers that such a name is the product's
(fs53's rule, widened by fp67, is taken out); a product's help centre lists its factory name
in `allow_domains`. rev67's cases and this branch's variants are rows `fixlocal67:` of
bench/gatecorpus/hostile.yml, all scanned once (a module fixture).

A judgement that reads the whole set of allowed addresses (iterates it, measures it, combines
it) notes so, and the gate judges such an article again with the contact data (finding 12:
a verdict read from every allowed address depended on whether another line looked one up).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.lookups import (
    EVERY_VALUE,
    LookedUp,
    depends_on,
    judged_noting,
    looked_up,
    noting,
)
from kbgen.core.privacy.model import INTERNAL_HOST, Finding
from tests.yaml_tables import yaml_table

REPO = Path(__file__).resolve().parents[2]
LEAKS = [row for row in yaml_table(REPO / "bench/gatecorpus/hostile.yml")
         if row["id"].startswith("fixlocal67:")]

EMAIL_ONLY = ("Map the drive from contoso.localdomain before you start the backup.\n",
              "After the VPN connects, `ipconfig /all` should list contoso.local as the"
              " DNS suffix.\n")
"""rev67's ld18 and a twin: the name comes from the contact address only."""

LISTED = {
    "meshtastic command": ("meshtastic --host meshtastic.local --info\n",
                           ("meshtastic.org", "meshtastic.local")),
    "meshtastic prose": ("The web client at meshtastic.local is updated with the firmware.\n",
                         ("meshtastic.org", "meshtastic.local")),
    "netbox settings": ("```python\nCORS_ORIGIN_WHITELIST = ['http://netbox.local']\n```\n",
                        ("netbox.dev", "netbox.local")),
    "turris link": ("Open the router via <http://turris.local> address.\n",
                    ("turris.cz", "turris.local")),
    "turris path": ("Use the URL <http://turris.local/nextcloud>.\n",
                    ("turris.cz", "turris.local")),
    "opnsense banner": ("*** OPNsense.localdomain: OPNsense 21.7.7 (amd64/OpenSSL) ***\n",
                        ("opnsense.org", "opnsense.localdomain")),
    "opnsense telnet": ("Connected to OPNsense.localdomain.\n",
                        ("opnsense.org", "opnsense.localdomain")),
    "table row": ("| Device | Address |\n|---|---|\n| Radio | meshtastic.local |\n",
                  ("meshtastic.org", "meshtastic.local")),
    "html": ("<p>Open <code>http://turris.local</code>.</p>\n", ("turris.cz", "turris.local")),
    "german": ("Öffnen Sie http://turris.local im Browser.\n", ("turris.cz", "turris.local")),
    "front matter": ("---\ntitle: Setup\nhost: meshtastic.local\n---\nUse the host above.\n",
                     ("meshtastic.org", "meshtastic.local")),
    "japanese": ("ブラウザで meshtastic.local を開きます。\n",
                 ("meshtastic.org", "meshtastic.local")),
}
"""A product's factory name on its help centre that lists it: published."""


@pytest.fixture(scope="module")
def results() -> dict[str, list[Finding]]:
    judged = {row["id"]: scan(row["text"], Allowed(
        domains=frozenset(row.get("allow_domains", ())))) for row in LEAKS}
    for index, text in enumerate(EMAIL_ONLY):
        judged[f"email {index}"] = scan(text, Allowed(emails=frozenset({"help@contoso.com"})))
    for name, (text, domains) in LISTED.items():
        judged[name] = scan(text, Allowed(domains=frozenset(domains)))
    return judged


def _kinds(findings: list[Finding]) -> set[str]:
    return {finding.kind for finding in findings if not finding.advisory}


def test_rev67s_cases_and_the_variants_are_rows() -> None:
    assert sum(" rev67 " in row["id"] for row in LEAKS) == 50
    assert sum(" own name " in row["id"] for row in LEAKS) >= 10


@pytest.mark.parametrize("row", LEAKS, ids=[row["id"] for row in LEAKS])
def test_a_companys_own_name_local_stays_refused(results: dict[str, list[Finding]],
                                                 row: dict[str, str]) -> None:
    assert INTERNAL_HOST in _kinds(results[row["id"]])


@pytest.mark.parametrize("index", range(len(EMAIL_ONLY)))
def test_the_contact_address_does_not_make_it_the_products(
        results: dict[str, list[Finding]], index: int) -> None:
    assert INTERNAL_HOST in _kinds(results[f"email {index}"])


@pytest.mark.parametrize("name", list(LISTED))
def test_a_factory_name_the_site_lists_publishes(results: dict[str, list[Finding]],
                                                 name: str) -> None:
    assert _kinds(results[name]) == set()


def _reading(read: str) -> frozenset[str]:
    """What a judgement that reads the allowed addresses so looked up."""
    allowed = noting(Allowed(emails=frozenset({"help@acme.com"})))
    emails = allowed.emails
    reads = {"iterating": lambda: [email for email in emails],
             "counting": lambda: len(emails), "testing empty": lambda: bool(emails),
             "intersecting": lambda: emails & {"x@y.z"},
             "disjoint": lambda: emails.isdisjoint({"x@y.z"}),
             "subtracting": lambda: emails - {"x@y.z"}, "union": lambda: emails.union(set()),
             "sorting": lambda: sorted(emails)}
    _, asked = judged_noting(allowed, reads[read])
    return asked.emails


@pytest.mark.parametrize("read", ["iterating", "counting", "testing empty", "intersecting",
                                  "disjoint", "subtracting", "union", "sorting"])
def test_reading_every_address_is_noted(read: str) -> None:
    asked = _reading(read)
    assert EVERY_VALUE in asked
    assert depends_on(asked, frozenset({"help@acme.com"}))
    assert not depends_on(asked, frozenset())


def test_a_lookup_notes_only_its_value() -> None:
    allowed = noting(Allowed(emails=frozenset({"help@acme.com"})))
    assert "jane@acme.com" not in allowed.emails
    asked = looked_up(allowed).emails
    assert asked == {"jane@acme.com"}
    assert not depends_on(asked, frozenset({"help@acme.com"}))
    assert depends_on(asked, frozenset({"jane@acme.com"}))


def test_a_kept_judgement_notes_its_reading_again() -> None:
    allowed = noting(Allowed())
    LookedUp(emails=frozenset({EVERY_VALUE})).again(allowed)
    assert EVERY_VALUE in looked_up(allowed).emails

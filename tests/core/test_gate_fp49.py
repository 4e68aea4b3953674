"""Issue 19 (fp49): a walkthrough's hosts pass where the page says where they come from, as
NetBird's docs write them: an address inside a network the page gives as its example (used in
code, or itself given as one) and a name under a zone the steps tell the reader to create. The
same shapes placed with a customer, a company, someone or the company's own side stay findings
(more hostile twins are rows `(fp49)` of bench/gatecorpus/hostile.yml, checked by
test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import scan
from kbgen.core.surroundings import DECLARED

# As NetBird's use-cases/remote-access/site-to-site.mdx writes it.
SITES = ("## Example\n\nTwo sites, A and B:\n"
         "- Site A: `10.0.0.0/24`, routing peer group `site-a-routers`\n"
         "- Site B: `10.1.0.0/24`, routing peer group `site-b-routers`\n\n"
         "## Step 4: Add static routes\n\nOn Windows:\n\n"
         "```\nroute -p add 10.1.0.0 mask 255.255.255.0 10.0.0.50\n```\n")
# As its use-cases/security/implement-zero-trust.mdx writes it.
LIKE = ("- IP ranges (for example `10.10.0.0/16`)\n\nRouted environments almost always rely on "
        "internal DNS (Domain Name System), which translates human-readable names like "
        "`db.internal.example.com` to IP addresses like `10.10.1.5`.\n")
# As its use-cases/remote-access/overlapping-ips-for-resources.mdx writes it.
ZONE = ("In **DNS** → **Zones**, create a zone `corp.internal`, distribute it to the `users` "
        "group\nonly, and add one CNAME per site pointing at its routing peer's name:\n\n"
        "| Record | Type | Target |\n|---|---|---|\n"
        "| `app-a.corp.internal` | CNAME | `site-a-router.netbird.cloud` |\n\n"
        "```bash\ncurl http://app-a.corp.internal:8080/    # Site A\n```\n")


@pytest.mark.parametrize("text, accepted", [(SITES, 2), (LIKE, 1), (ZONE, 3)],
                         ids=["example network in code", "example network's host like",
                              "zone the steps create"])
def test_walkthrough_hosts_pass_with_their_reason(text: str, accepted: int) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sum(a.reason.startswith(DECLARED[:20]) for a in explained) == accepted


@pytest.mark.parametrize("text, line", [
    (SITES.replace("Site B: `10.1.0.0/24`", "Site B: `10.2.0.0/24`"), 12),  # not the example's
    (SITES.replace("## Example", "## Our offices"), 12),  # the range is nobody's example
    (SITES.replace("On Windows:", "The customer's router runs:"), 12),
    (SITES.replace("route -p", "# our Berlin office\nroute -p"), 13),
    (SITES.replace("Site B: `10.1.0.0/24`", "Site B: `10.1.0.0/8`"), 12),  # too wide
    (LIKE.replace("10.10.1.5", "10.20.1.5"), 3),
    (LIKE + "\nThe internal DNS server is 10.10.0.53.\n", 5),  # stated, not an example
    (ZONE.replace("create a zone", "we created our zone"), 6),
    (ZONE.replace("app-a.corp", "payroll.corp"), 6),
    (ZONE.replace("corp.internal`,", "acme.internal`,"), 6),
], ids=["outside", "no example", "customer's", "our office", "wide", "outside like",
        "stated", "our zone", "payroll", "other zone"])
def test_placed_twins_stay_findings(text: str, line: int) -> None:
    assert line in {f.line for f in scan(text) if not f.advisory}

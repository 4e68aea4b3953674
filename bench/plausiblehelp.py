"""A twenty-third real help centre, a fresh set moved in with `kbgen import`: Plausible's docs.

Plausible Analytics' documentation (https://plausible.io/docs, source
https://github.com/plausible/docs, `docs/`, CC BY-SA 4.0, see `bench/plausiblehelp/README.md`)
is the customer help centre of a hosted product: a paid, privacy-friendly web analytics
service that site owners (shops, bloggers, agencies, most of them not developers) sign up for.
It covers the account (register, reset the password, 2FA, change the e-mail, delete the
account), billing (trial, plans, invoices, change or cancel the subscription, non-profit
discount), adding a site through a website builder (WordPress, Wix, Squarespace, Shopify,
Webflow, Carrd, Ghost...), reading the dashboard (sources, pages, countries, devices, goals,
funnels, filters), teams and shared links, importing Google Analytics, proxies against ad
blockers, and the APIs. Its Docusaurus site is moved in as a new user does
(`bench/imported_help.py`): `kbgen init`, the examples deleted, `kbgen import --from markdown
.`, nothing added or changed by hand.

Example:
    python bench/plausiblehelp.py --repo ~/src/plausible-docs   # writes the corpus
    python bench/relevance.py --sets plausible                  # measures it
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import imported_help  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "plausiblehelp" / "plausible-help.json.gz"
QUERIES = BENCH / "plausiblehelp" / "queries.yml"
SOURCE = "https://github.com/plausible/docs"
PINNED_COMMIT = "208d58cab715dffc0ab4e3bd100b2ed0c0e7a0c0"
"""2026-07-24, the newest commit of the snapshot read."""
SITE_NAME = "Plausible Analytics docs (benchmark copy)"
DOMAINS = ("plausible.io", "example.com")


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The docs at `commit` as `kbgen import` moves them in."""
    return imported_help.convert(repo, commit, "", "")


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())

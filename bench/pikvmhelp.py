"""A twenty-second real help centre, a fresh set moved in with `kbgen import`: the PiKVM Handbook.

The PiKVM Handbook (https://docs.pikvm.org, source https://github.com/pikvm/pikvm, `docs/`,
GPL-3.0, see `bench/pikvmhelp/README.md`) serves the people who control a computer remotely
with PiKVM, a KVM-over-IP device built on a Raspberry Pi and sold as a ready-made box: its
device guides (V4, V3, the Switch, the DIY builds), the web UI, authentication and 2FA, the FAQ
and troubleshooting, networking (port forwarding, Tailscale, Wi-Fi, LTE, certificates), video
and EDID, the mass storage drive, the ATX board, keyboard and mouse emulation, GPIO, the HTTP
API, and the project's blog of releases. Its MkDocs site is moved in as a new user does
(`bench/imported_help.py`): `kbgen init`, the examples deleted, `kbgen import --from markdown
.`, nothing added or changed by hand; the blog's posts, which the importer makes news posts,
are read as pages of a category `news` (the site's search finds them beside the articles).

Example:
    python bench/pikvmhelp.py --repo ~/src/pikvm   # writes the corpus
    python bench/relevance.py --sets pikvm         # measures it
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import imported_help  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "pikvmhelp" / "pikvm-help.json.gz"
QUERIES = BENCH / "pikvmhelp" / "queries.yml"
SOURCE = "https://github.com/pikvm/pikvm"
PINNED_COMMIT = "818c5bcb1557c31f0b3f72f7416e958da081724f"
"""2026-08-22, the newest commit of the snapshot read."""
SITE_NAME = "PiKVM Handbook (benchmark copy)"
DOMAINS = ("pikvm.org", "example.com")


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The handbook at `commit` as `kbgen import` moves it in, its news posts included."""
    return imported_help.convert(repo, commit, "", "", news=True)


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())

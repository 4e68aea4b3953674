"""An eighteenth real help centre, a tuning set: IVPN's help (knowledge base and setup guides).

IVPN's help (https://www.ivpn.net/knowledgebase, source https://github.com/ivpn/ivpn.net,
`src/content/en/pages/`, GPL-3.0, see `bench/ivpnhelp/README.md`) serves the customers of a
paid VPN service: the apps on each platform, the kill switch, connection failures, account
and billing (cash, Monero, refunds), privacy questions, and guides to set the VPN up without
the app (WireGuard, OpenVPN or IPSec on a phone, a computer, a router or a NAS). A consumer
service's help centre with its billing and account pages, unlike the other sets. Its Hugo
Markdown pages are moved into kbgen as a team would, with nothing added (Ente's rules,
`bench/entehelp.py`):

- title: the front matter's `h1` (the page's heading), else its `title` without the site's
  " - IVPN Help" suffix;
- summary: the body's first sentence (the pages have no description), past list numbers
  (`bench/retroarchhelp.py`'s rule);
- body: the Markdown body without the title's heading; images as their alt text, links inside
  the site as their text;
- category: the knowledge base's folder (`general`, `troubleshooting`, `billing`, ...) or
  `setup`; slug: the path below `knowledgebase/` or `pages/`
  (`knowledgebase/billing/do-you-offer-refunds` -> `billing-do-you-offer-refunds`,
  `setup/router/openwrt` -> `setup-router-openwrt`).

Left out: the site's other pages (pricing, blog, privacy guides, the Spanish copy) and the
section list pages (`_index.md`). 209 pages at the pinned commit.

Example:
    python bench/ivpnhelp.py --repo ~/src/ivpn.net   # writes the corpus
    python bench/relevance.py --sets ivpn            # measures it
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import entehelp  # noqa: E402
import realcorpus  # noqa: E402
import retroarchhelp  # noqa: E402

CORPUS = BENCH / "ivpnhelp" / "ivpn-help.json.gz"
QUERIES = BENCH / "ivpnhelp" / "queries.yml"
SOURCE = "https://github.com/ivpn/ivpn.net"
PINNED_COMMIT = "0187e33913c36b763225cf3f1de70f77fb6c2548"
"""2026-07-20, the newest commit of the snapshot read."""
SITE_NAME = "IVPN Help (benchmark copy)"
DOMAINS = ("ivpn.net", "example.com")
PAGES = "src/content/en/pages/"
KNOWLEDGE_BASE = PAGES + "knowledgebase/"
_LEFT_OUT = re.compile(r"^src/content/en/pages/(?!knowledgebase/|setup/)|.*/_index\.md$")
_SUFFIX = re.compile(r"\s*-\s*IVPN Help\s*$")


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One Hugo page as an article: its `h1` as the title, then the libretro docs' rules."""
    match = realcorpus._FRONT.match(text)
    meta = (yaml.safe_load(match.group(1)) if match else None) or {}
    title = str(meta.get("h1") or _SUFFIX.sub("", str(meta.get("title") or "")))
    front = yaml.safe_dump({"title": title}, allow_unicode=True, width=10_000)
    root = KNOWLEDGE_BASE if name.startswith(KNOWLEDGE_BASE) else PAGES
    return retroarchhelp.convert_page(
        name, f"---\n{front}---\n{text[match.end():] if match else text}", root)


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The help centre's pages at `commit`: slug, category, title, summary and body."""
    return entehelp.vitepress_pages(repo, commit, PAGES, _LEFT_OUT, convert_page)


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())

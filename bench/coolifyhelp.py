"""A tenth real help centre, held out from all tuning: Coolify's documentation.

Coolify's documentation (https://coolify.io/docs, source https://github.com/coollabsio/
coolify-docs, `docs/`, Apache-2.0, see `bench/coolifyhelp/README.md`) serves the people who
run a self-hosted platform for apps, databases and one-click services: installing it on a
server, deploying from Git, domains and the proxy, backups, and what to do when a deployment
or the dashboard fails. Its VitePress Markdown pages are moved into kbgen as a team would,
with nothing added (Ente's rules, `bench/entehelp.py`):

- title: the front matter's title, else the first `#` heading;
- summary: the front matter's description, else the body's first sentence;
- body: the Markdown body without the title's heading, `:::` container fences, Vue components
  (`<ZoomableImage>`, `<Badge>`) and `<script setup>` blocks; images as their alt text,
  links inside the help centre as their text;
- category: the page's top folder (`knowledge-base`, `services`, `troubleshoot`, ...); slug:
  its path (`troubleshoot/applications/bad-gateway` -> `troubleshoot-applications-bad-gateway`).

Left out: the changelog, the contributors' guide and the site's own files (`.vitepress`,
`public`). 252 pages at the pinned commit.

Example:
    python bench/coolifyhelp.py --repo ~/src/coolify-docs   # writes the corpus
    python bench/relevance.py --sets coolify                # measures it
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import entehelp  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "coolifyhelp" / "coolify-docs.json.gz"
QUERIES = BENCH / "coolifyhelp" / "queries.yml"
SOURCE = "https://github.com/coollabsio/coolify-docs"
PINNED_COMMIT = "e8b93f193988f98d2a96fef491e1c233b259fcd6"
"""2025-05-04, the newest commit of the snapshot read."""
SITE_NAME = "Coolify Docs (benchmark copy)"
DOMAINS = ("coolify.io", "example.com")
ROOT = "docs/"
_LEFT_OUT = re.compile(r"^docs/(\.vitepress/|public/|resource/changelog|get-started/contribute/)")
_SCRIPT = re.compile(r"<script\b.*?</script>\s*", re.S)
_COMPONENT = re.compile(r"</?(?:ZoomableImage|Badge|VPTeam\w*)\b[^>]*>")


def convert_page(name: str, text: str) -> dict[str, Any] | None:
    """One page as an article (Ente's VitePress rules, less Coolify's Vue components)."""
    return entehelp.convert_page(name, _COMPONENT.sub("", _SCRIPT.sub("", text)), ROOT)


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The help centre's pages at `commit`: slug, category, title, summary and body."""
    return entehelp.vitepress_pages(repo, commit, ROOT, _LEFT_OUT, convert_page)


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())

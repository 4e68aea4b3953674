"""An eleventh real help centre, held out until measured once (rel44), a tuning set since
rel46: Joplin's help site.

Joplin's help site (https://joplinapp.org/help, source https://github.com/laurent22/joplin,
`readme/`, AGPL-3.0-or-later, see `bench/joplinhelp/README.md`) serves the people who take
notes with Joplin on a desktop, a phone or a terminal: installing it, synchronising notes
through Joplin Cloud, Dropbox, Nextcloud or WebDAV, encryption, importing from Evernote,
the web clipper, plugins, and what to do when a sync or the app fails. Its Markdown pages
are moved into kbgen as a team would, with nothing added (Ente's rules, `bench/entehelp.py`):

- title: the front matter's title, else the first `#` heading;
- summary: the front matter's description, else the body's first sentence;
- body: the Markdown body without the title's heading; images as their alt text, links inside
  the help centre as their text;
- category: the page's top folder (`apps`, `dev`, `news`, `api`, ...); slug: its path
  (`apps/sync/nextcloud` -> `apps-sync-nextcloud`).

The site's search covers its news posts and its developers' pages too, so they stay. Left
out: translations (`_i18n`), the changelogs, the Google Summer of Code pages and the
contributor licence signatures, and the third-party licence texts (`licenses.md`, 2 MB of
other projects' licences, not help). 191 pages at the pinned commit, 91 of them news posts.

Example:
    python bench/joplinhelp.py --repo ~/src/joplin   # writes the corpus
    python bench/relevance.py --sets joplin          # measures it
"""

from __future__ import annotations

import re
import sys
from functools import partial
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import entehelp  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "joplinhelp" / "joplin-help.json.gz"
QUERIES = BENCH / "joplinhelp" / "queries.yml"
SOURCE = "https://github.com/laurent22/joplin"
PINNED_COMMIT = "db966f919ea51f5f32fa454a10c7a64957a4e9de"
"""2024-10-25, the newest commit of the snapshot read."""
SITE_NAME = "Joplin Help (benchmark copy)"
DOMAINS = ("joplinapp.org", "example.com")
ROOT = "readme/"
_LEFT_OUT = re.compile(r"^readme/(_i18n/|GSoC/|dev/gsoc/|about/changelog/|cla|licenses\.md)")


convert_page = partial(entehelp.convert_page, root=ROOT)
"""One page as an article (Ente's rules: Joplin's pages are plain Markdown)."""
convert = partial(entehelp.vitepress_pages, root=ROOT, left_out=_LEFT_OUT,
                  convert_one=convert_page)
"""The help centre's pages at a commit (`convert(repo, commit)`): slug, category, title,
summary and body."""


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())

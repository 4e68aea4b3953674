"""A twenty-fourth real help centre, a fresh set moved in with `kbgen import`: VA.gov's pages.

VA.gov's content (https://www.va.gov, source
https://github.com/department-of-veterans-affairs/vagov-content, `pages/`, CC0 1.0 and a work
of the US government, see `bench/vagovhelp/README.md`) is the public help of a government
service: what veterans, service members and their families read to get and manage benefits
(health care, disability compensation and appeals, the GI Bill, home loans, pensions, life
insurance, burials and memorials, careers, records, signing in and changing an address or
direct deposit). None of its readers is a developer, and no earlier set is of this kind. The
Jekyll-style site is moved in as a new user does (`bench/imported_help.py`): `kbgen init`, the
examples deleted, `kbgen import --from markdown .`, nothing added or changed by hand. The
commit is the last of March 2019, before the pages began to move into a content system.

Example:
    python bench/vagovhelp.py --repo ~/src/vagov-content   # writes the corpus
    python bench/relevance.py --sets vagov                # measures it
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import imported_help  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "vagovhelp" / "vagov-help.json.gz"
QUERIES = BENCH / "vagovhelp" / "queries.yml"
SOURCE = "https://github.com/department-of-veterans-affairs/vagov-content"
PINNED_COMMIT = "3a98de6f111a344764bd8708f41cc3b5909ce7b5"
"""2019-03-22, the pages before they began to move into a content system (384 Markdown files)."""
SITE_NAME = "VA.gov help (benchmark copy)"
DOMAINS = ("va.gov", "www.va.gov", "example.com")


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The pages at `commit` as `kbgen import` moves them in."""
    return imported_help.convert(repo, commit, "", "")


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())

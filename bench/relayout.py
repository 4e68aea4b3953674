"""Write a built site's search index again in this checkout's layout, with its worker: the
same index (read back from the site's head, parts, store and texts), so that two layouts are
compared on one build instead of two builds of 10,000 articles (minutes each under load).

Example:
    cp -r /tmp/site-10000 /tmp/site-10000-new   # a copy: files are rewritten in place
    python bench/relayout.py /tmp/site-10000-new
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="A built site (a copy: rewritten in place).")
    args = parser.parse_args(argv)
    from kbgen.site import search_index
    from tests.helpers import shipped_index

    site: Path = args.site
    data = shipped_index(site)
    data.pop("parts", None)
    texts: list[str] = []
    for n in range(len(list((site / search_index.TEXT_DIR).glob("*.json")))):
        texts += json.loads((site / search_index.TEXT_DIR / f"{n}.json").read_text("utf-8"))
    if not data.get("pairs"):  # a site built before the pairs: made from its texts
        from kbgen.core.search import COMPACT_VERSION, pair_buckets
        from kbgen.core.search_language import search_language

        data["pairs"] = pair_buckets(texts, search_language(data.get("lang", "en")))
        data["v"] = COMPACT_VERSION
    for folder in (search_index.PARTS_DIR, search_index.TEXT_DIR, search_index.PAIRS_DIR):
        shutil.rmtree(site / folder, ignore_errors=True)
    (site / search_index.KB_INDEX_PATH).unlink()
    search_index.write_index(site, search_index.SiteIndex(data, texts))
    worker = site / search_index.WORKER
    worker.unlink()
    shutil.copyfile(REPO / "kbgen/theme" / search_index.WORKER, worker)
    print(f"{site}: {data['documents']} documents, {len(texts)} texts written again")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How many bytes an index change adds to what search fetches first, without building a site.

Builds kbgen's compact index of a project's published articles (as `kbgen search` does: the
site's index also holds news, the team and the contact page, a few dozen documents more),
splits it as the site does and prints, gzip-compressed: the head (fetched before the first
result), its `related` terms (kbgen.core.concepts) alone, and the whole of the parts. Minutes
instead of the full build that `bench/run.py --sizes 10000` takes; it does not replace it.

Example:
    python bench/generate.py /tmp/kb10k --articles 10000 --seed 1
    python bench/index_bytes.py /tmp/kb10k/mkdocs.yml
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def gzipped(data: object) -> int:
    """Bytes of `data` as the site writes it (compact JSON), gzip-compressed."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return len(gzip.compress(text.encode("utf-8"), compresslevel=6))


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("config", type=Path, help="The project's mkdocs.yml.")
    args = parser.parse_args(argv)
    from kbgen.core import search as searching
    from kbgen.core.loader import load
    from kbgen.core.search_place import place_text
    from kbgen.project import find_project

    project = find_project(args.config)
    kb, _ = load(project.content_dir, project.settings)
    articles = [a for a in kb.articles if a.meta.status == "published"]
    documents = [searching.article_document(a, a.origin.display_path,
                                            place=place_text(a, kb.categories))
                 for a in articles]
    head, parts = searching.split_index(searching.compact_index(documents, kb.synonyms))
    related = head.get("related", {})
    print(f"{len(documents)} articles, {len(head['terms'])} terms, "
          f"{len(related)} with related terms")
    print(f"head {gzipped(head) / 1000:.1f} kB gzip, of which related "
          f"{gzipped(head) - gzipped({k: v for k, v in head.items() if k != 'related'})} B; "
          f"related alone {gzipped(related)} B; parts {gzipped(parts) / 1000:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

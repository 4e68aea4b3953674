"""A twentieth real help centre, a fresh set moved in with `kbgen import`: the rclone docs.

The rclone documentation (https://rclone.org, source https://github.com/rclone/rclone,
`docs/`, MIT, see `bench/rclonehelp/README.md`) serves the people who copy, sync, mount and
encrypt their files on some seventy cloud storage services with rclone: installing it, setting
up a remote per service (Google Drive, OneDrive, S3, SFTP, ...), filtering, bisync, mounting,
serving, the FAQ, and one page per command. Its Hugo site is moved in as a new user does
(`bench/imported_help.py`): `kbgen init`, the examples deleted, `kbgen import --from markdown
docs`, nothing added or changed by hand. (Before find61's fix the importer did not know Hugo's
`config.json`: without `--from` a JSON layout stopped it as a help desk's export, and with it
the site was read as a plain Markdown folder.)

Example:
    python bench/rclonehelp.py --repo ~/src/rclone   # writes the corpus
    python bench/relevance.py --sets rclone          # measures it
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import imported_help  # noqa: E402
import realcorpus  # noqa: E402

CORPUS = BENCH / "rclonehelp" / "rclone-help.json.gz"
QUERIES = BENCH / "rclonehelp" / "queries.yml"
SOURCE = "https://github.com/rclone/rclone"
PINNED_COMMIT = "64ab1ac32260238eefca3c61327f5faf1c6e106f"
"""2026-08-21, the newest commit of the snapshot read."""
SITE_NAME = "rclone docs (benchmark copy)"
DOMAINS = ("rclone.org", "example.com")


def convert(repo: Path, commit: str = PINNED_COMMIT) -> list[dict[str, Any]]:
    """The docs at `commit` as `kbgen import` moves them in."""
    return imported_help.convert(repo, commit, "docs", "docs")


SHIPPED = realcorpus.Shipped(CORPUS, QUERIES, SITE_NAME, DOMAINS, SOURCE, PINNED_COMMIT, convert)
load, load_queries = SHIPPED.load, SHIPPED.load_queries
write_project, main = SHIPPED.write_project, SHIPPED.main


if __name__ == "__main__":
    sys.exit(main())

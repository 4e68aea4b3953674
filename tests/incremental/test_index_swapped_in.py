"""A preview writes its search index again while it serves it (kbgen.site.search_index
`write_index`): each file is swapped in whole, never written in place, so a reader that
opened the last index's files reads them whole, and a new reader reads the new ones whole (a
test reading the preview's index mid-write failed with `JSONDecodeError` at char 0: the file
truncated in place). Files keep the mode of any other file of the site."""

from __future__ import annotations

import stat
from pathlib import Path

from kbgen.core.search import compact_index
from kbgen.site.search_index import SiteIndex, write_index


def _index(words: str, count: int) -> SiteIndex:
    documents = [{"id": str(n), "title": f"{words} {n}", "body": f"{words} body {n}",
                  "location": f"articles/{n}.html"} for n in range(count)]
    return SiteIndex(compact_index(documents), [doc["body"] for doc in documents])


def test_a_reader_of_the_last_index_reads_it_whole_while_the_next_is_written(
        tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    write_index(site, _index("quokka wombat", 30))
    files = sorted(path for path in (site / "search").rglob("*") if path.is_file())
    before = {path: path.read_bytes() for path in files}
    held = {path: path.open("rb") for path in files}  # a browser fetching them
    try:
        write_index(site, _index("numbat", 3))
        assert {path: held[path].read() for path in files} == before
    finally:
        for handle in held.values():
            handle.close()
    after = sorted(path for path in (site / "search").rglob("*") if path.is_file())
    assert after and all(not path.name.startswith(".") for path in after)
    assert any(path.read_bytes() != before.get(path) for path in after)
    plain = site / "plain.txt"
    plain.write_text("a file of the site")
    assert {stat.S_IMODE(path.stat().st_mode) for path in after} == {
        stat.S_IMODE(plain.stat().st_mode)}

"""The theme scripts of a preview's pages, kept between builds (kbgen.site.preview_scripts):
a page whose file is as it was is not read again; one written since, or too lately to tell
by its time, is."""

from __future__ import annotations

import os
from pathlib import Path

from kbgen.site.hosting import ThemeScripts, script_hash
from kbgen.site.preview_scripts import SETTLED_NS, PageScripts

THEME = ThemeScripts(["a\\(\\)", "b\\(\\)"])


def _page(path: Path, script: str, *, age_ns: int = 10 * SETTLED_NS, body: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<html><head><script>{script}</script></head>{body}</html>",
                    encoding="utf-8")
    settled = path.stat().st_mtime_ns - age_ns
    os.utime(path, ns=(settled, settled))


def test_only_pages_written_since_are_read_again(tmp_path: Path) -> None:
    kept, rewritten, late = tmp_path / "k/index.html", tmp_path / "r.html", tmp_path / "l.html"
    _page(kept, "a()")
    _page(rewritten, "a()")
    _page(late, "a()", age_ns=0)
    scripts = PageScripts()
    first = scripts.of_pages(tmp_path, THEME)
    assert first == {page: {script_hash("a()")} for page in (kept, rewritten, late)}
    stamp = kept.stat()
    kept.write_text(kept.read_text().replace("a()", "b()"), encoding="utf-8")
    os.utime(kept, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # same inode, size and time
    _page(rewritten, "b()", body="<p>more</p>")  # another size
    stamp = late.stat()
    late.write_text(late.read_text().replace("a()", "b()"), encoding="utf-8")
    os.utime(late, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # as kept's, but lately
    (tmp_path / "new.html").write_text("<head><script>b()</script><script>c()</script></head>",
                                       encoding="utf-8")
    again = scripts.of_pages(tmp_path, THEME)
    assert again[kept] == {script_hash("a()")}  # as kept: not read
    assert again[rewritten] == {script_hash("b()")}
    assert again[late] == {script_hash("b()")}  # written lately: read again
    assert again[tmp_path / "new.html"] == {script_hash("b()")}  # not the theme's c()
    (tmp_path / "new.html").unlink()
    assert tmp_path / "new.html" not in scripts.of_pages(tmp_path, THEME)
    other = ThemeScripts(["a\\(\\)", "b\\(\\)", "c\\(\\)"])  # the theme changed: all read
    assert scripts.of_pages(tmp_path, other)[kept] == {script_hash("b()")}

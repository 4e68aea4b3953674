"""A page's inline scripts are searched once (issue 13, cpu54): the meta policy is written from
them, and the worker that wrote the page takes the same sources again from the page the policy
made, without a second search of it; the same as searching the finished page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kbgen.site import hosting
from kbgen.site.hosting import ThemeScripts, with_meta_policy

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">'
                  r'<meta name="referrer" content="[^"]*">')
EVERY_SCRIPT = r"[\s\S]*"


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    searched: list[str] = []
    search = hosting._executable_scripts

    def counting(html: str) -> list[str]:
        searched.append(html)
        return search(html)
    monkeypatch.setattr(hosting, "_executable_scripts", counting)
    return searched


def _policed(theme: ThemeScripts, html: str) -> str:
    own = theme.hashes(html)
    return theme.policed(with_meta_policy(html, own), html, own)


def test_a_policed_page_is_not_searched_again(monkeypatch: pytest.MonkeyPatch) -> None:
    searched = _counted(monkeypatch)
    theme = ThemeScripts([r"ok\(\)"])
    page = _policed(theme, '<html><head><meta charset="utf-8"><script>ok()</script></head>'
                           "<body><script>evil()</script></body></html>")
    assert theme.hashes(page) == {hosting.script_hash("ok()")}
    assert len(searched) == 1
    assert theme.hashes(page + " ") == {hosting.script_hash("ok()")}  # another page: searched
    assert len(searched) == 2


def test_a_page_with_a_script_before_its_head_is_searched_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    searched = _counted(monkeypatch)
    theme = ThemeScripts([r"ok\(\)"])
    page = _policed(theme, "<html><script>ok()</script><head><title>x</title></head></html>")
    assert theme.hashes(page) == ThemeScripts([r"ok\(\)"]).hashes(page)
    assert len(searched) == 3


def test_the_sources_remembered_are_those_of_the_finished_page(sample_site: Path) -> None:
    pages = sorted(sample_site.rglob("*.html"))
    wrong = []
    for path in pages:
        written = path.read_text(encoding="utf-8")
        theme = ThemeScripts([EVERY_SCRIPT])
        page = _policed(theme, META.sub("", written, count=1))
        if theme.hashes(page) != ThemeScripts([EVERY_SCRIPT]).hashes(page):
            wrong.append(path.relative_to(sample_site).as_posix())
    assert len(pages) > 100
    assert wrong == []

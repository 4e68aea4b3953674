"""A hostile review of the fast paths (`kbgen build`'s quick build, kbgen.site.quick_build,
and `kbgen serve`'s pages rendered on demand, kbgen.site.on_demand): a body edit whose page
fails to render, or an article replaced by a link out of the content folder, fails as a full
build fails (the same messages, each said once, a KbError, nothing published) instead of
escaping as an exception of MkDocs. In `kbgen serve`, a request for a page being rendered by
the catching up waits for it (it served the outdated page), and a request that found the
preview's previous build a moment before a newer one took over never writes that build's
outdated page over the newer one's; a save's links to its own headings are checked against
the headings it has now (a false warning, or none where a build warns)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kbgen.commands.build import build
from kbgen.commands.serve import Preview
from kbgen.errors import KbError
from kbgen.site import on_demand
from kbgen.site.on_demand import PagesOnDemand
from tests.conftest import article
from tests.incremental.projects import built_project
from tests.incremental.test_equivalence import _clean_build
from tests.incremental.test_unchanged import settle, snapshot

QUICK = "Quick build:"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A small generated project, built once (a snapshot kept for quick builds)."""
    yield built_project(tmp_path_factory, "review", 6, seed=3, team_size=2)


def _article(project: Path) -> Path:
    return sorted((project.parent / "content/articles").rglob("*.md"))[0]


def _errors(caplog: pytest.LogCaptureFixture, root: Path) -> list[str]:
    return [record.getMessage().replace(str(root), "<project>")
            for record in caplog.records if record.levelno >= logging.ERROR]


def _build_fails(config: Path, caplog: pytest.LogCaptureFixture) -> tuple[str, list[str]]:
    settle(config.parent)
    caplog.clear()
    with caplog.at_level(logging.INFO), pytest.raises(KbError) as failed:
        build(config, config.parent / "site", strict=True)
    return str(failed.value), _errors(caplog, config.parent)


def _quick_again(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A full build, then a body edit taken by a quick build (the fast path is armed)."""
    settle(project.parent)
    build(project, project.parent / "site", strict=True)
    path = sorted((project.parent / "content/articles").rglob("*.md"))[-1]
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    settle(project.parent)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        build(project, project.parent / "site", strict=True)
    assert QUICK in caplog.text


def _refused(project: Path, caplog: pytest.LogCaptureFixture,
             spoil: Callable[[Path, str], None], said: str, clean: Path | None = None) -> None:
    """After a quick build, `spoil(article, its text)` and build: refused with one error
    saying `said` of the article, nothing published; and with the same errors as a clean
    build in `clean`, when given."""
    _quick_again(project, caplog)
    path = _article(project)
    before = path.read_text(encoding="utf-8")
    site = project.parent / "site"
    published = snapshot(site)
    spoil(path, before)
    try:
        message, errors = _build_fails(project, caplog)
        assert "was left unchanged" in message
        saying = [error for error in errors if said in error]
        assert len(saying) == 1 and path.name in saying[0], errors  # said once
        assert snapshot(site) == published
        if clean is not None:
            caplog.clear()
            with caplog.at_level(logging.INFO), pytest.raises(KbError):
                _clean_build(project.parent, clean)
            assert errors == _errors(caplog, clean)
    finally:
        path.unlink()
        path.write_text(before, encoding="utf-8")


def test_an_unknown_shortcode_in_a_body_fails_as_a_full_build_does(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def spoil(path: Path, text: str) -> None:
        path.write_text(text + "\n<!-- kb:nonsense -->\n", encoding="utf-8")

    _refused(project, caplog, spoil, "Unknown shortcode 'kb:nonsense'", tmp_path / "clean")


def test_an_article_replaced_by_a_link_out_of_the_content_folder_is_refused(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def spoil(path: Path, text: str) -> None:
        outside = tmp_path / "outside.md"
        outside.write_text(text + "\nWritten somewhere else.\n", encoding="utf-8")
        path.unlink()
        path.symlink_to(outside)

    _refused(project, caplog, spoil, "outside content/")


CONTACT = """\
company: Test Ltd
email: support@test.example
lines:
  - label: Main line
    number: "+44 20 7946 {}"
    timezone: Europe/London
    hours: {{monday: "09:00-17:00"}}
"""


def _requested_while_rendered(pages: PagesOnDemand, page: str, shown: Callable[[str], str],
                              monkeypatch: pytest.MonkeyPatch) -> str:
    """What a request for `page` serves while the catching up renders it."""
    started, go = threading.Event(), threading.Event()
    write_page = on_demand.write_page

    def held(*args: Any) -> None:  # the real rendering, once the request came in
        started.set()
        go.wait(60)
        write_page(*args)

    monkeypatch.setattr(on_demand, "write_page", held)
    catching_up = threading.Thread(target=pages.render, args=(page,))
    catching_up.start()
    started.wait(60)
    served: list[str] = []
    request = threading.Thread(target=lambda: (pages.render(page), served.append(shown(page))))
    request.start()
    request.join(0.5)  # no timing measured: time for a request that waits for nothing to end
    go.set()
    catching_up.join()
    request.join()
    monkeypatch.setattr(on_demand, "write_page", write_page)
    return served[0]


def test_a_page_requested_while_rendered_or_after_a_newer_build_is_never_outdated(
        write_project: Callable[[dict[str, str]], Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_project({
        "content/_data/contact.yml": CONTACT.format("0001"),
        **{f"content/articles/wifi/router-{n}.md": article(f"Router reboots {n}")
           for n in range(3)}})
    contact = config.parent / "content/_data/contact.yml"
    preview = Preview(config, {})
    preview.serve_url = "http://127.0.0.1:8000/"
    preview.build()
    # no catching up in the background: the pages wait, as while a request comes in
    monkeypatch.setattr(PagesOnDemand, "catch_up",
                        lambda self, finish, first=None, narrow=None: None)

    def saved(number: str) -> PagesOnDemand:
        contact.write_text(CONTACT.format(number), encoding="utf-8")  # in every page's header
        preview.build_on_demand()
        assert preview.pages is not None
        return preview.pages

    def shown(page: str) -> str:
        return (preview.site_dir / page).read_text(encoding="utf-8")

    older = saved("0002")
    pages = sorted(file.dest_uri for file in older.files() if "router-" in file.dest_uri)
    assert len(pages) == 3  # waiting to be rendered
    newer = saved("0003")
    newer.render(pages[0])
    assert "7946 0003" in shown(pages[0])
    assert "7946 0003" in _requested_while_rendered(newer, pages[2], shown, monkeypatch)
    older.render(pages[0])  # a request that took the older build just before the newer's
    assert "7946 0003" in shown(pages[0])
    contact.write_text(CONTACT.format("0004"), encoding="utf-8")
    preview.build()  # a full build replaces the folder
    newer.render(pages[1])
    assert "7946 0004" in shown(pages[1])


def test_a_save_s_links_to_its_own_headings_are_checked_against_the_saved_text(
        write_project: Callable[[dict[str, str]], Path],
        caplog: pytest.LogCaptureFixture) -> None:
    config = write_project({"content/articles/wifi/router.md": article("Router reboots")})
    path = config.parent / "content/articles/wifi/router.md"
    preview = Preview(config, {})
    preview.serve_url = "http://127.0.0.1:8000/"
    preview.build()
    path.write_text(article("Router reboots", body="## Symptoms\n\nIt fails, see [the fix]"
                            "(#the-fix).\n\n## The fix\n\nRestart it.\n"), encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert preview.update({path})
    assert "only its text changed" in caplog.text  # the fast lane took it
    assert not [record.getMessage() for record in caplog.records
                if record.levelno >= logging.WARNING]
    assert 'id="the-fix"' in (preview.site_dir / "articles/wifi/router.html").read_text(
        encoding="utf-8")
    path.write_text(article("Router reboots", body="## Symptoms\n\nIt fails, see [the fix]"
                            "(#the-fix).\n"), encoding="utf-8")  # the heading gone, as a build
    caplog.clear()  # warns
    with caplog.at_level(logging.INFO):
        assert preview.update({path})
    assert [record.getMessage() for record in caplog.records
            if record.levelno == logging.WARNING and "anchor 'the-fix'" in record.getMessage()]

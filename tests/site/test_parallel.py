"""Article pages rendered by worker processes: the same site, the same warnings and errors."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kbgen.build.store import Store
from kbgen.commands.build import build
from kbgen.errors import KbError
from kbgen.site.fastrender import workers as parallel
from tests.conftest import REPO, article
from tests.helpers import all_files, between, hrefs
from tests.incremental.test_unchanged import settle

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="workers are forked")


def _with_workers(config: Path, workers: int) -> None:
    """Set `extra.kb.build_workers` in a project's mkdocs.yml (by text: it has !ENV tags)."""
    text = config.read_text(encoding="utf-8")
    if "\n  kb:\n" in text:
        text = text.replace("\n  kb:\n", f"\n  kb:\n    build_workers: {workers}\n", 1)
    else:
        text += f"extra:\n  kb:\n    build_workers: {workers}\n"
    config.write_text(text, encoding="utf-8")


def test_sample_site_is_byte_identical_with_two_workers(sample_site: Path,
                                                        tmp_path: Path) -> None:
    for name in ("content", "theme"):
        shutil.copytree(REPO / name, tmp_path / name)
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    _with_workers(tmp_path / "mkdocs.yml", 2)
    site = build(tmp_path / "mkdocs.yml", tmp_path / "site", strict=True)
    serial, forked = all_files(sample_site), all_files(site)
    assert serial.keys() == forked.keys()
    assert [name for name in serial if serial[name] != forked[name]] == []


def test_each_article_has_its_own_table_of_contents(sample_site: Path) -> None:
    """The navigation is shared by a folder's articles; the contents beside it are not."""
    folder = sample_site / "articles/billing"
    tocs = set()
    for page in sorted(folder.glob("*.html")):
        if page.name == "index.html":
            continue
        html = page.read_text(encoding="utf-8")
        toc = between(html, 'data-md-type="toc"', "</nav>")
        headings = [h for h in hrefs(toc) if h.startswith("#")]
        content_ids = {f"#{i}" for i in _heading_ids(between(html, "<article", "</article>"))}
        assert headings and set(headings) <= content_ids, page.name
        tocs.add(tuple(headings))
    assert len(tocs) > 1


def _heading_ids(html: str) -> list[str]:
    import re
    return re.findall(r'<h[2-3]\b[^>]*\sid="([^"]+)"', html)


@pytest.fixture
def forked_project(write_project: Callable[[dict[str, str]], Path]) -> Callable[..., Path]:
    """A small project whose articles render in two workers; returns its mkdocs.yml."""
    def write(files: dict[str, str]) -> Path:
        config = write_project(files)
        _with_workers(config, 2)
        return config
    return write


class _Kept(logging.Handler):
    def __init__(self, level: int = logging.WARNING) -> None:
        super().__init__(level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_warning_in_a_worker_fails_a_strict_build(forked_project: Callable[..., Path]
                                                    ) -> None:
    config = forked_project({
        "content/articles/wifi/ok.md": article("Router keeps dropping"),
        "content/articles/billing/broken.md": article(
            "Card declined", body="## Symptoms\n\nSee [the Wi-Fi topic](../wifi/).\n"),
    })
    config.write_text(config.read_text(encoding="utf-8")
                      + "validation:\n  links:\n    unrecognized_links: warn\n", encoding="utf-8")
    site = config.parent / "site"
    site.mkdir()
    for name in ("index.html", "404.html", "sitemap.xml"):  # a site kbgen may replace
        (site / name).write_text("published before", encoding="utf-8")
    kept = _Kept()
    logging.getLogger("mkdocs").addHandler(kept)  # MkDocs' logger does not propagate
    try:
        with pytest.raises(KbError):
            build(config, site, strict=True)
    finally:
        logging.getLogger("mkdocs").removeHandler(kept)
    assert any("articles/billing/broken.md" in w and "../wifi/" in w for w in kept.messages)
    assert (site / "index.html").read_text(encoding="utf-8") == "published before"


def test_an_error_in_a_worker_stops_the_build(forked_project: Callable[..., Path],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    config = forked_project({
        "content/articles/wifi/ok.md": article("Router keeps dropping"),
        "content/articles/billing/card.md": article("Card declined"),
    })
    real = parallel._render

    def failing(page, job):  # type: ignore[no-untyped-def]
        if page.file.src_uri.endswith("card.md"):
            raise RuntimeError("the template broke")
        return real(page, job)

    monkeypatch.setattr(parallel, "_render", failing)  # inherited by the forked workers
    with pytest.raises(KbError):
        build(config, config.parent / "site", strict=False)
    assert not (config.parent / "site").exists()


def test_worker_count() -> None:
    assert parallel.worker_count(None, parallel.PARALLEL_FROM - 1) == 1
    assert parallel.worker_count(None, parallel.PARALLEL_FROM) == parallel.cpu_count()
    assert parallel.worker_count(4, 3) == 3
    assert parallel.worker_count(1, 5000) == 1


def test_a_failing_background_gate_stops_the_build(write_project: Callable[..., Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.site import publish

    config = write_project({"content/articles/wifi/ok.md": article("Router keeps dropping")})
    site = build(config, config.parent / "site", strict=True)
    before = all_files(site)

    def broken(*args: object) -> None:
        raise RuntimeError("the detector crashed")

    monkeypatch.setattr(publish, "GATE_BESIDE_FROM", 1)  # run the gate beside rendering
    monkeypatch.setattr(publish, "gate_problems", broken)  # inherited by the forked process
    kept = _Kept()
    logging.getLogger("mkdocs").addHandler(kept)
    try:
        with pytest.raises(KbError):
            build(config, site, strict=True)
    finally:
        logging.getLogger("mkdocs").removeHandler(kept)
    assert any("publishing gate and search index failed" in m and "the detector crashed" in m
               for m in kept.messages)
    assert all_files(site) == before


def test_the_background_gate_and_search_index_run_in_two_processes(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """Apart, the index does not wait for the gate, and the gate's last seconds do not leave
    a CPU idle; the site and the gate's verdict are those of one process. The index's terms
    reach the build process pickled apart, document by document, as the snapshot keeps them
    (not a Counter a field to make and pickle again), and are those of one process."""
    import os

    from kbgen.commands.quick import snapshots_for
    from kbgen.site import publish, quick_build, search_index

    config = write_project({f"content/articles/wifi/a{n}.md": article(f"Router {n} drops")
                            for n in range(3)})
    arrived: list[set[str]] = []
    kept = quick_build.shared_words
    monkeypatch.setattr(quick_build, "shared_words", lambda found: arrived.append(
        {type(terms).__name__ for _, terms, _ in found.documents.values()}) or kept(found))
    settle(config.parent)  # a build keeps a snapshot of inputs saved before it started
    one = all_files(build(config, config.parent / "one", strict=True))
    terms = _snapshot_terms(snapshots_for(config, config.parent / "one"))
    gate, index = publish.gate_problems, search_index.index_text
    where = tmp_path / "pids"
    where.mkdir()

    def gate_here(*args: object, **kwargs: object) -> object:
        (where / f"gate-{os.getpid()}").touch()
        return gate(*args, **kwargs)  # type: ignore[arg-type]

    def index_here(*args: object, **kwargs: object) -> object:
        (where / f"index-{os.getpid()}").touch()
        return index(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(publish, "GATE_BESIDE_FROM", 1)  # run the gate beside rendering
    monkeypatch.setattr(publish, "gate_problems", gate_here)  # inherited by the forks
    monkeypatch.setattr(search_index, "index_text", index_here)
    site = build(config, config.parent / "site", strict=True)
    pids = {name.split("-")[0]: int(name.split("-")[1]) for name in os.listdir(where)}
    assert pids.keys() == {"gate", "index"}
    assert pids["gate"] != pids["index"] and os.getpid() not in pids.values()
    assert all_files(site) == one
    assert arrived == [{"list"}, {"KeptTerms"}]  # one process's Counters; bytes from the fork
    assert _snapshot_terms(snapshots_for(config, site)) == terms


def _snapshot_terms(snapshots: Any) -> dict[str, Any]:
    """Each search document's terms in the last build's snapshot, by source path."""
    from kbgen.site.search_index import terms_of

    head = snapshots.head()
    assert head is not None
    documents = snapshots.content(head).search.documents
    return {key[0] or key[1]: terms_of(terms) for key, (_, terms, _) in documents.items()}


def test_a_bug_in_a_worker_is_logged_with_its_traceback(
        write_project: Callable[[dict[str, str]], Path], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """The build process never sees a worker's stack: the worker sends its traceback, so a
    failed build says where (it said only `TypeError: ...`)."""
    config = write_project({f"content/articles/billing/a{n}.md": article(f"Article {n}")
                            for n in range(3)})
    _with_workers(config, 2)

    def broken(page: object, job: object) -> None:
        raise TypeError("'<' not supported between instances of 'NoneType' and 'str'")

    monkeypatch.setattr(parallel, "_render", broken)  # forked workers inherit it
    with pytest.raises(KbError):
        build(config, config.parent / "site", strict=True)
    assert "Error building page 'articles/billing/a" in caplog.text
    assert "the worker's traceback:\nTraceback (most recent call last):" in caplog.text
    assert "in broken\n    raise TypeError" in caplog.text


def test_workers_keep_their_pages_in_the_build_cache(forked_project: Callable[..., Path]
                                                     ) -> None:
    """Each worker writes its pages' cache entries as one pack when the build stops it (a
    killed worker would leave none), each entry whole and signed."""
    config = forked_project({f"content/articles/wifi/problem-{n}.md":
                             article(f"Router problem number {n}") for n in range(12)})
    build(config, config.parent / "site", strict=True)
    store = Store(config.parent / ".kbgen-cache/pages")
    assert list((store.root / "packs").glob("*.pack"))
    entries = store.packs.index()
    assert len(entries) >= 12
    assert all(store.get(key) is not None for key in entries)

"""Shared fixtures: real builds of the sample site and of small projects written from text."""

from __future__ import annotations

import gc
import logging
import os
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sites import BuiltSites, shared_fixture_group

pytest_plugins = ["tests.shared_builds"]  # session builds shared across folders

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
SESSION_EPOCH = os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
"""The instant every build of the session is for, taken once at its start (unless the caller
set one: `SOURCE_DATE_EPOCH=$(date -ud 'today 23:59:59' +%s) python -m pytest` runs the suite
as of a second to midnight): a build and the assertion about it agree on the day (build_day)
even when the run crosses midnight. A test that builds for another day sets it back to this
with `monkeypatch.setenv`, never deletes it."""

gc.set_threshold(50_000, 20, 20)
"""Python's cyclic collector less often than its default (700, 10, 10): a test worker holds
a large heap for the whole session (the gate's compiled patterns, the hostile set's tables,
session sites), and every full collection walks all of it. Measured 7 December with
gc.callbacks on test_gate_precision + test_many_findings: 1.34 -> 0.61 CPU s collecting
(3.5% -> 2.3% of the run); on four gate and build files, with gc.freeze after collection
too, 3.6 -> 1.1 of 64. Reference counting frees what is not in a cycle either way; kbgen's
own pauses (kbgen/build/collections_paused.py, kbgen/site/full_collections.py) still apply."""

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CONFIG = REPO / "mkdocs.yml"

MINI_CONFIG = """\
site_name: Test Help Centre
site_url: https://help.test.example/
docs_dir: content
use_directory_urls: false
theme:
  name: material
  font: false
plugins:
  - search
  - kbgen
exclude_docs: |
  *.yml
"""

MINI_CATEGORIES = """\
billing:
  title: Billing
  description: Payments and invoices.
  order: 1
wifi:
  title: Wi-Fi
  description: Connection problems.
  order: 2
"""

SMALL_PROJECT = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
                 "content/_data/categories.yml": MINI_CATEGORIES}
"""The files of a small project before a test's own (`write_project`, `BuiltSites.small`)."""


def write_files(root: Path, files: dict[str, str | bytes], dedent_yaml: bool = True) -> None:
    """Write text (YAML dedented unless told not to) or bytes files below `root`."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            dedent = dedent_yaml and name.endswith(".yml")
            path.write_text(textwrap.dedent(content) if dedent else content, encoding="utf-8")


def article(title: str = "Card declined at checkout", status: str = "published",
            extra: str = "", body: str = "## Symptoms\n\nIt fails.\n") -> str:
    """The text of a valid article with optional extra front matter lines."""
    return (f"---\ntitle: {title}\nsummary: One sentence about {title.lower()}.\n"
            f"status: {status}\nsymptoms: [it does not work]\n{extra}---\n\n{body}")


@pytest.fixture(scope="session")
def built_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSites]:
    """Sites built once per session by their inputs, shared read-only (tests/sites.py)."""
    sites = BuiltSites(tmp_path_factory.mktemp("built"))
    yield sites
    if changed := sites.changed():
        pytest.fail(f"a test changed a shared built site {changed}: take a copy to change"
                    " (built_sites.copy)")


@pytest.fixture(scope="session")
def sample_site(built_sites: BuiltSites) -> Path:
    """The repository's sample help centre, built once per test session; read-only."""
    return built_sites.get(SAMPLE_CONFIG)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Move what collection made (the test items, their modules' tables, the gate's compiled
    patterns) out of the cyclic collector's reach: it lives for the whole session, and every
    full collection, pytest's five at the session's end included, would walk it again."""
    gc.freeze()


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups into node ids
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """With `-n auto --dist loadgroup` (pytest-xdist), keep each module's tests that share a
    module-scoped fixture on one worker, so it is still made once (tests/sites.py)."""
    for item in items:
        if group := shared_fixture_group(item):
            item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session")
def multilingual_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two-language sample (tests/fixtures/multilingual: English, German under `de/`),
    copied and built once per test session."""
    import shutil

    from kbgen.commands.build import build

    project = tmp_path_factory.mktemp("multilingual") / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    return build(project / "mkdocs.yml", project / "site", strict=True)


_MKDOCS_LOGGER = logging.getLogger("mkdocs")
_MKDOCS_LOGGING = (_MKDOCS_LOGGER.handlers[:], _MKDOCS_LOGGER.level, _MKDOCS_LOGGER.propagate)
"""MkDocs' logger as it was before any test ran."""


def _restore_mkdocs_logging() -> None:
    handlers, level, propagate = _MKDOCS_LOGGING
    _MKDOCS_LOGGER.handlers[:] = handlers
    _MKDOCS_LOGGER.setLevel(level)
    _MKDOCS_LOGGER.propagate = propagate


@pytest.fixture(autouse=True)
def mkdocs_logging_restored() -> Iterator[None]:
    """`kbgen` commands send MkDocs' log to stderr and stop it propagating. Before and after
    each test MkDocs' logger is put back as it was before any test ran (a session fixture may
    have run a command in between), so `caplog` sees each build's log whatever ran before."""
    _restore_mkdocs_logging()
    yield
    _restore_mkdocs_logging()


@pytest.fixture(autouse=True)
def gate_lines_forgotten() -> None:
    """The gate keeps a detector's hits of a line it read alone (kbgen.core.privacy.line_alone):
    each test starts with none kept, so a test that replaces or counts a rule's part sees the
    rule asked, whatever line an earlier test read; the same for a short text's detectors
    (kbgen.core.privacy.detectors._may_find_kept)."""
    line_alone = sys.modules.get("kbgen.core.privacy.line_alone")
    if line_alone is not None:
        line_alone._alone.cache_clear()
    detectors = sys.modules.get("kbgen.core.privacy.detectors")
    if detectors is not None:
        detectors._may_find_kept.cache_clear()


@pytest.fixture(autouse=True)
def kbgen_plugin_as_new() -> None:
    """MkDocs keeps one instance of each plugin for the whole process, from one configuration's
    load to the next, even another project's (`Plugins.plugin_cache`). Each test starts with
    kbgen's as a new process has it: no preview's file memo in memory (CI, session 65: a build
    in-process after a preview ran in the same worker wrote no `.kbgen-cache/files`),
    `serving`, `staged` or `published` left by an earlier test's run. kbgen's own runs reset
    themselves (KbPlugin.start_run, tests/incremental/test_plugin_runs.py); this also covers
    a test that drives MkDocs' `build` directly, and a reset that start_run would forget."""
    plugin_module = sys.modules.get("kbgen.site.plugin")
    defaults = sys.modules.get("mkdocs.config.defaults")
    if plugin_module is None or defaults is None:
        return  # no kbgen plugin made yet in this process
    for _, option in defaults.MkDocsConfig._schema:
        for plugin in getattr(option, "plugin_cache", {}).values():
            if isinstance(plugin, plugin_module.KbPlugin):  # what a new instance holds
                vars(plugin).update(vars(plugin_module.KbPlugin()))


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Only 127.0.0.1 resolves: a request to any other host (a third party, `localhost`, a
    # typo) fails in the browser, never reaching the network, and still shows as a `request`
    # event (then `requestfailed`, net::ERR_NAME_NOT_RESOLVED). Cheaper than
    # `context.route("**/*", ...)`, which makes Playwright intercept every request and turns
    # the HTTP cache off (tests/browser/test_search.py proves the blocking).
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Debian Chromium for the session, shared by every browser test (Playwright
    allows one sync instance per process; never a downloaded browser)."""
    from playwright import sync_api

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (see README)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def write_project(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write a small project (`mkdocs.yml`, `content/...`) and return its mkdocs.yml."""
    def write(files: dict[str, str]) -> Path:
        files = {**SMALL_PROJECT, **files}
        write_files(tmp_path, files)
        return tmp_path / "mkdocs.yml"
    return write


@pytest.fixture
def build_project(write_project: Callable[[dict[str, str]], Path]) -> Callable[..., Path]:
    """Write a small project and build it strictly; return the site folder."""
    from kbgen.commands.build import build

    def run(files: dict[str, str], strict: bool = True) -> Path:
        config = write_project(files)
        return build(config, config.parent / "site", strict=strict)
    return run

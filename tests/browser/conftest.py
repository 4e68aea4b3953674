"""Browser fixtures: the built sample site over local HTTP, and pages of the session's
Chromium (`browser`, in tests/conftest.py, shared with tests/hostile)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright import sync_api

from tests.corpora import write_ci_project
from tests.localsite import serve
from tests.screens import Screens


@pytest.fixture(scope="session")
def site_url(sample_site: Path) -> Iterator[str]:
    """Base URL (ending in `/`) of the built sample site, served on a free local port."""
    with serve(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def screens(browser: sync_api.Browser, site_url: str) -> Iterator[Screens]:
    """Pages of the sample site kept open for the session, one per screen (width, colour
    scheme, JavaScript): `screens.open(url, width=360)` for a test that only reads a page
    (tests/screens.py); cheaper than a fresh context per test."""
    screens = Screens(browser, site_url)
    OPEN_SCREENS.append(screens)
    yield screens
    OPEN_SCREENS.remove(screens)
    screens.close()


OPEN_SCREENS: list[Screens] = []
"""The session's `screens` once a test took it (one per xdist worker)."""


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """When the next test of this worker is in another file (or none is), the screens' pages
    are left on `about:blank` (Screens.park): a page left on the site keeps working while the
    rest of the suite runs (measured 7 December: 11.5 CPU s of Chromium during two files of
    other tests after test_accessibility and test_search, 0.5 parked). Per file, not per
    test: the next load from `about:blank` costs a new renderer."""
    if OPEN_SCREENS and (nextitem is None or nextitem.path != item.path):
        for screens in OPEN_SCREENS:
            screens.park()


@pytest.fixture
def page(browser: sync_api.Browser, site_url: str) -> Iterator[sync_api.Page]:
    """A fresh page in its own context (no shared storage), 1280x900.

    Requests that would leave the machine fail to resolve (`CHROMIUM_ARGS`,
    tests/conftest.py), so tests never wait on the network; they are still emitted as
    `request` events, so tests can see them.
    """
    yield from fresh_page(browser)


def _bench_site(module_name: str, root: Path, part: bool = False) -> Path:
    """A real help centre of the benchmark (bench/<module_name>.py), moved in as it is and
    built (not strict: a moved-in help centre may warn, e.g. of pictures from other sites);
    with `part`, CI's fixed part of its articles (tests/corpora.py)."""
    from kbgen.commands.build import build
    from tests.helpers import bench_module

    module = bench_module(module_name)
    config = write_ci_project(module, root) if part else module.write_project(root)
    return build(config, config.parent / "site", strict=False)


def fresh_page(browser: sync_api.Browser, width: int = 1280, height: int = 900
               ) -> Iterator[sync_api.Page]:
    """A fresh page in its own context, closed afterwards (only 127.0.0.1 resolves:
    `CHROMIUM_ARGS`)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def _bench_fixtures(prefix: str, module_name: str, what: str, part: bool = False
                    ) -> tuple[Any, Any, Any]:
    """Session fixtures `<prefix>_site` (bench/<module_name>.py built once; with `part`,
    CI's part of it), `<prefix>_site_url` (served on a free local port) and `<prefix>_page`
    (a fresh page)."""

    @pytest.fixture(scope="session", name=f"{prefix}_site")
    def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return _bench_site(module_name, tmp_path_factory.mktemp(prefix), part)

    @pytest.fixture(scope="session", name=f"{prefix}_site_url")
    def site_url(request: pytest.FixtureRequest) -> Iterator[str]:
        with serve(request.getfixturevalue(f"{prefix}_site")) as url:
            yield url

    @pytest.fixture(name=f"{prefix}_page")
    def page(browser: sync_api.Browser) -> Iterator[sync_api.Page]:
        yield from fresh_page(browser)

    for fixture in (site, site_url, page):
        fixture.__doc__ = f"The {what} (bench/{module_name}.py): {fixture.__name__}."
    return site, site_url, page


real_site, real_site_url, real_page = _bench_fixtures(
    "real", "realcorpus", "real help centre of the benchmark, DuckDuckGo's")
held_out_site, held_out_site_url, held_out_page = _bench_fixtures(
    "held_out", "torsupport", "held-out real help centre, the Tor Project's")
arduino_site, arduino_site_url, arduino_page = _bench_fixtures(
    "arduino", "arduinohelp", "third real help centre, Arduino's")
real_part_site, real_part_site_url, real_part_page = _bench_fixtures(
    "real_part", "realcorpus", "part of DuckDuckGo's help centre CI builds", part=True)
held_out_part_site, held_out_part_site_url, held_out_part_page = _bench_fixtures(
    "held_out_part", "torsupport", "part of the Tor Project's help centre CI builds", part=True)
arduino_part_site, arduino_part_site_url, arduino_part_page = _bench_fixtures(
    "arduino_part", "arduinohelp", "part of Arduino's help centre CI builds", part=True)
netbird_part_site, netbird_part_site_url, netbird_part_page = _bench_fixtures(
    "netbird_part", "netbirdhelp", "part of NetBird's held-out docs CI builds", part=True)
mastodon_part_site, mastodon_part_site_url, mastodon_part_page = _bench_fixtures(
    "mastodon_part", "mastodonhelp", "part of Mastodon's docs CI builds", part=True)
ente_part_site, ente_part_site_url, ente_part_page = _bench_fixtures(
    "ente_part", "entehelp", "part of Ente's help centre CI builds", part=True)

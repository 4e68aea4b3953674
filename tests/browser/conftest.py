"""Browser fixtures: the built sample site over local HTTP, and pages of the session's
Chromium (`browser`, in tests/conftest.py, shared with tests/hostile)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright import sync_api

from tests.localsite import serve


@pytest.fixture(scope="session")
def site_url(sample_site: Path) -> Iterator[str]:
    """Base URL (ending in `/`) of the built sample site, served on a free local port."""
    with serve(sample_site) as url:
        yield url


@pytest.fixture
def page(browser: sync_api.Browser, site_url: str) -> Iterator[sync_api.Page]:
    """A fresh page in its own context (no shared storage), 1280x900.

    Requests that would leave the machine are aborted so tests never wait on the
    network; they are still emitted as `request` events, so tests can see them.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)

    def keep_local(route: sync_api.Route) -> None:
        if route.request.url.startswith(site_url):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", keep_local)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def _bench_site(module_name: str, root: Path) -> Path:
    """A real help centre of the benchmark (bench/<module_name>.py), moved in as it is and
    built (not strict: its articles have no symptoms, which kbgen warns about)."""
    import importlib.util
    import sys

    from kbgen.commands.build import build

    bench = Path(__file__).resolve().parents[2] / "bench"
    spec = importlib.util.spec_from_file_location(f"kbgen_bench_{module_name}",
                                                  bench / f"{module_name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    config = module.write_project(root)
    return build(config, config.parent / "site", strict=False)


def _local_page(browser: sync_api.Browser, base: str) -> Iterator[sync_api.Page]:
    """A fresh page in its own context; requests leaving `base` are aborted."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith(base) else route.abort())
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real help centre of the benchmark (bench/realcorpus), built once per session."""
    return _bench_site("realcorpus", tmp_path_factory.mktemp("real"))


@pytest.fixture(scope="session")
def real_site_url(real_site: Path) -> Iterator[str]:
    """Base URL of the built real help centre, served on a free local port."""
    with serve(real_site) as url:
        yield url


@pytest.fixture
def real_page(browser: sync_api.Browser, real_site_url: str) -> Iterator[sync_api.Page]:
    """A fresh page for the real help centre."""
    yield from _local_page(browser, real_site_url)


@pytest.fixture(scope="session")
def held_out_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The held-out real help centre (bench/torsupport), built once per session."""
    return _bench_site("torsupport", tmp_path_factory.mktemp("held-out"))


@pytest.fixture(scope="session")
def held_out_site_url(held_out_site: Path) -> Iterator[str]:
    """Base URL of the built held-out help centre, served on a free local port."""
    with serve(held_out_site) as url:
        yield url


@pytest.fixture
def held_out_page(browser: sync_api.Browser, held_out_site_url: str
                  ) -> Iterator[sync_api.Page]:
    """A fresh page for the held-out help centre."""
    yield from _local_page(browser, held_out_site_url)


@pytest.fixture(scope="session")
def arduino_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The third real help centre (bench/arduinohelp), built once per session."""
    return _bench_site("arduinohelp", tmp_path_factory.mktemp("arduino"))


@pytest.fixture(scope="session")
def arduino_site_url(arduino_site: Path) -> Iterator[str]:
    """Base URL of the built Arduino help centre, served on a free local port."""
    with serve(arduino_site) as url:
        yield url


@pytest.fixture
def arduino_page(browser: sync_api.Browser, arduino_site_url: str) -> Iterator[sync_api.Page]:
    """A fresh page for the Arduino help centre."""
    yield from _local_page(browser, arduino_site_url)

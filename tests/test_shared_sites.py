"""The session's shared built sites (tests/sites.py): built once, and a change is caught."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import article
from tests.sites import BuiltSites


def test_a_site_is_built_once_and_a_change_to_it_is_named(
        write_project: Callable[[dict[str, str]], Path], tmp_path: Path) -> None:
    config = write_project({"content/articles/wifi/router.md": article("Router problem")})
    sites = BuiltSites(tmp_path / "built")
    site = sites.get(config)
    assert (site / "articles/wifi/router.html").is_file()
    assert sites.get(config) == site
    other = sites.get(config, site_url="https://help.example.org/kb/")
    assert other != site
    assert "https://help.example.org/kb/" in (other / "sitemap.xml").read_text()
    copy = sites.copy(tmp_path / "mine", config)
    (copy / "index.html").write_text("changed in a copy")
    assert sites.changed() == []
    (site / "index.html").write_text("changed in place")
    assert sites.changed() == [site]

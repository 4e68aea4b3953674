"""An mdBook book's `[output.html] site-url` (the path it is served under: `/hub/`) and `cname`
(its domain) are the old site's base path and own domain (chrome69): the importer read neither,
so a chapter's link written in full to another chapter (`https://help.acme.example/hub/
start/install.html`) was not read as a link to the imported article."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.importers import mdbook
from kbgen.importers.markdown_site import base_path, own_domains
from kbgen.importers.references import References
from tests.conftest import write_files


@pytest.mark.parametrize(("html", "expected", "domains"), [
    ('site-url = "/hub/"\ncname = "help.acme.example"\n', "/hub/", ["help.acme.example"]),
    ('site-url = "/hub"\n', "/hub/", []),
    ('site-url = "https://acme.example/docs/hub/"\n', "/docs/hub/", []),
    ('site-url = "/"\n', "/", []),
    ("", "/", []),
    ("site-url = 3\n", "/", []),
])
def test_site_url_is_the_books_base_path(tmp_path: Path, html: str, expected: str,
                                         domains: list[str]) -> None:
    write_files(tmp_path, {"book.toml": f'[book]\ntitle = "Hub"\n\n[output.html]\n{html}',
                           "src/SUMMARY.md": "# Summary\n\n- [Install](install.md)\n",
                           "src/install.md": "# Install\n"}, dedent_yaml=False)
    config = mdbook.settings(tmp_path / "book.toml")
    assert base_path("mdbook", config) == expected
    assert own_domains(config) == domains


def test_a_full_link_below_site_url_is_the_books_own() -> None:
    refs = References(base_path="/hub/", own_domains=["help.acme.example"])
    assert refs._below_base("https://help.acme.example/hub/start/install.html") \
        == "/start/install.html"
    assert refs._outside_base("https://help.acme.example/contact")

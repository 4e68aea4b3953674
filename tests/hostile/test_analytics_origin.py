"""A hostile `extra.kb.analytics.url` cannot widen the Content-Security-Policy.

The service's origin is written into `connect-src` of `_headers`: an address with a `;`, a
space, a quote, a comma or a wildcard would add directives or sources to the policy. Each row
is a real `kbgen build`: refused with the config line, or built with exactly one origin.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.site.hosting import read_headers
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

REFUSED = [
    "https://stats.example.com;script-src *",
    "https://stats.example.com 'unsafe-inline'",
    "https://stats.example.com,evil.example",
    "https://*",
    "https://*.example.com",
    "https://stats.example.com:443;x",
    "https://stats.example.com:*",
    "https://stats.example.com\\tfoo",
    "https://stats.example.com/a b",
    "https://stats.example.com/'x'",
    "https://sta\\\"ts.example.com",
    "https://-bad-.example.com",
    "https://stats..example.com",
]
ACCEPTED = [
    ("https://stats.example.com/", "https://stats.example.com"),
    ("https://Stats.Example.COM:8443/matomo/", "https://stats.example.com:8443"),
    ("http://localhost:8080/", "http://localhost:8080"),
    ("https://xn--bcher-kva.example/", "https://xn--bcher-kva.example"),
]


def _site(root: Path, url: str) -> Path:
    config = (MINI_CONFIG + "extra:\n  kb:\n    analytics:\n      service: matomo\n"
              f"      url: \"{url}\"\n      site_id: 1\n")
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/card.md": article()})
    return root / "mkdocs.yml"


@pytest.mark.parametrize("url", REFUSED)
def test_an_address_that_would_change_the_policy_is_refused(tmp_path: Path, url: str) -> None:
    config = _site(tmp_path, url)
    result = CliRunner().invoke(cli, ["build", "-f", str(config), "-d", str(tmp_path / "site")])
    assert result.exit_code != 0
    assert "mkdocs.yml:" in result.output and "analytics.url" in result.output
    headers = tmp_path / "site" / "_headers"
    assert not headers.exists() or "connect-src 'self';" in headers.read_text()


@pytest.mark.parametrize(("url", "origin"), ACCEPTED)
def test_a_plain_address_adds_exactly_its_origin(tmp_path: Path, url: str, origin: str) -> None:
    config = _site(tmp_path, url)
    result = CliRunner().invoke(cli, ["build", "-f", str(config), "-d", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    policy = read_headers(tmp_path / "site")["Content-Security-Policy"]
    directives = [d.strip() for d in policy.split(";")]
    assert f"connect-src 'self' {origin}" in directives
    assert len(directives) == 11 and "*" not in policy

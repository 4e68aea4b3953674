"""Every page carries `_headers`' Content-Security-Policy and referrer policy as `<meta>` tags,
before any script, for hosts that ignore `_headers` (GitHub Pages, GitLab Pages, S3).
Redirect pages: tests/site/test_redirects.py; in Chromium: tests/browser/test_hosting.py."""

from __future__ import annotations

import re
from pathlib import Path

from kbgen.site.hosting import (
    HEADER_ONLY_DIRECTIVES,
    ThemeScripts,
    read_headers,
    script_hash,
    with_meta_policy,
)
from kbgen.site.page_policy import worker_shim_hash

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">'
                  r'<meta name="referrer" content="([^"]*)">')


def directives(policy: str) -> dict[str, str]:
    return {d.split(" ", 1)[0]: d for d in policy.split("; ")}


def test_every_page_has_the_headers_policy_before_its_first_script(sample_site: Path) -> None:
    headers = read_headers(sample_site)
    header_policy = directives(headers["Content-Security-Policy"])
    site_hashes = set(header_policy["script-src"].split()[2:]) | {worker_shim_hash()}
    pages = sorted(sample_site.rglob("*.html"))
    wrong: list[str] = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        found = META.search(html)
        name = page.relative_to(sample_site).as_posix()
        if found is None or html.count('http-equiv="Content-Security-Policy"') != 1:
            wrong.append(f"{name}: no meta policy, or two")
            continue
        script = html.find("<script")
        if not html.index("<head") < found.start() < (script if script >= 0 else len(html)):
            wrong.append(f"{name}: the meta policy is not in <head> before the first script")
        policy = directives(found.group(1))
        hashes = policy.pop("script-src").split()[2:]
        expected = {k: v for k, v in header_policy.items()
                    if k not in HEADER_ONLY_DIRECTIVES and k != "script-src"}
        if policy != expected or not set(hashes) <= site_hashes:
            wrong.append(f"{name}: {found.group(1)}")
        if found.group(2) != headers["Referrer-Policy"]:
            wrong.append(f"{name}: referrer {found.group(2)}")
    names = {page.relative_to(sample_site).as_posix() for page in pages}
    assert {"index.html", "404.html", "contact.html"} <= names
    assert wrong == []


def test_a_page_allows_exactly_its_own_theme_scripts(sample_site: Path) -> None:
    """Per page, not the site's whole list: each hash is of a script of that page."""
    page = (sample_site / "index.html").read_text(encoding="utf-8")
    meta = META.search(page)
    assert meta is not None
    allowed = set(directives(meta.group(1))["script-src"].split()[2:])
    bodies = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert allowed - {worker_shim_hash()} == {script_hash(body) for body in bodies}


def test_the_meta_tags_go_first_when_a_script_comes_before_the_charset() -> None:
    theme = ThemeScripts(["ok\\(\\)"])
    html = '<html><head lang="x"><script>ok()</script><meta charset="utf-8"></head></html>'
    placed = with_meta_policy(html, theme.hashes(html))
    assert placed.startswith('<html><head lang="x"><meta http-equiv="Content-Security-Policy"')
    assert f"script-src 'self' {script_hash('ok()')};" in placed
    assert with_meta_policy(placed, []) == placed  # once, however often it is applied
    assert with_meta_policy("<p>no head</p>", []) == "<p>no head</p>"
    body = f"<head></head><body><code>{placed}</code></body>"  # quoted in the body: no matter
    assert with_meta_policy(body, []).startswith('<head><meta http-equiv="Content-Security')
    assert "frame-ancestors" not in placed and "connect-src 'self' https://a.example" in (
        with_meta_policy(html, [], "https://a.example"))

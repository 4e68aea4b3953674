"""Files static hosts read: robots.txt and a `_headers` file with a Content-Security-Policy.

The policy allows no inline script except the exact ones the built site contains (by hash),
so the site satisfies it and nothing injected would run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
_DATA_TYPES = ("application/json", "application/ld+json")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def script_hashes(html: str) -> set[str]:
    """CSP sources (`'sha256-...'`) of the inline scripts of one page."""
    hashes = set()
    for attributes, body in _INLINE_SCRIPT.findall(html):
        if not any(kind in attributes for kind in _DATA_TYPES):
            digest = hashlib.sha256(body.encode("utf-8")).digest()
            hashes.add(f"'sha256-{base64.b64encode(digest).decode()}'")
    return hashes


def inline_script_hashes(site_dir: Path, known: Mapping[Path, Iterable[str]] | None = None
                         ) -> list[str]:
    """CSP sources of every distinct inline script in the built pages; `known` gives them for
    pages already read (the article workers hash what they write)."""
    known = known or {}
    hashes = {digest for digests in known.values() for digest in digests}
    for page in site_dir.rglob("*.html"):
        if page not in known:
            hashes |= script_hashes(page.read_text(encoding="utf-8"))
    return sorted(hashes)


def content_security_policy(script_hashes: list[str]) -> str:
    """A policy the site satisfies: its own files, hashed inline scripts, data: images."""
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {' '.join(script_hashes)}".strip(),
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def write_hosting_files(site_dir: Path, site_url: str | None,
                        known_scripts: Mapping[Path, Iterable[str]] | None = None) -> None:
    """Write `_headers` (Netlify, Cloudflare Pages) and, unless the site has one, robots.txt."""
    policy = content_security_policy(inline_script_hashes(site_dir, known_scripts))
    headers = {"Content-Security-Policy": policy, **SECURITY_HEADERS}
    lines = ["/*", *(f"  {name}: {value}" for name, value in headers.items())]
    (site_dir / "_headers").write_text("\n".join(lines) + "\n", encoding="utf-8")
    robots = site_dir / "robots.txt"
    if not robots.exists():
        sitemap = f"Sitemap: {site_url.rstrip('/')}/sitemap.xml\n" if site_url else ""
        robots.write_text(f"User-agent: *\nAllow: /\n{sitemap}", encoding="utf-8")


def read_headers(site_dir: Path) -> dict[str, str]:
    """The headers `_headers` sets for every path (used by tests and local previews)."""
    headers = {}
    for line in (site_dir / "_headers").read_text(encoding="utf-8").splitlines()[1:]:
        name, _, value = line.strip().partition(": ")
        headers[name] = value
    return headers

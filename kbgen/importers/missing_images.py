"""Images an export links to but does not hold, told once per site instead of once each.

A help centre whose pictures live on a CDN (AdGuard's knowledge base: 541 on
cdn.adtidy.org) gave one warning per picture, and the summary drowned what else it said.
Per file, the pictures of one site are told in one line with their count and the first
address; after the per-file warnings, one line counts them per site for the whole import.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from kbgen.importers.references import IMAGES_DIR

_MISSING = re.compile(r"image '(?P<src>[^']*)' is not in the export: (?P<advice>.*)")


def _host(src: str) -> str | None:
    parts = urlsplit(src)
    return parts.netloc.lower() or None if parts.scheme in ("http", "https") else None


def folded(messages: list[str]) -> list[str]:
    """`messages` of one file with the missing pictures of each site told in one line, where
    there are two or more (in the place of the first)."""
    hosts: dict[str, list[str]] = {}
    for message in messages:
        match = _MISSING.fullmatch(message)
        if match and (host := _host(match["src"])):
            hosts.setdefault(host, []).append(match["src"])
    lines: list[str] = []
    for message in messages:
        match = _MISSING.fullmatch(message)
        host = _host(match["src"]) if match else None
        if host is None or len(hosts[host]) < 2:
            lines.append(message)
        elif match and match["src"] == hosts[host][0]:
            lines.append(f"{len(hosts[host])} images on {host} are not in the export (first:"
                         f" '{match['src']}'): download them into content/{IMAGES_DIR}/ and link"
                         " them, or remove them")
    return lines


def totals(warnings: dict[str, list[str]]) -> str | None:
    """One line counting the pictures not in the export per site, over every file."""
    per_host: Counter[str] = Counter()
    files: set[str] = set()
    for path, messages in warnings.items():
        for message in messages:
            match = _MISSING.fullmatch(message)
            if match and (host := _host(match["src"])):
                per_host[host] += 1
                files.add(path)
    if not per_host:
        return None
    sites = ", ".join(f"{host} ({count})" for host, count in per_host.most_common())
    return (f"Images on other sites, not in the export: {sum(per_host.values())} in"
            f" {len(files)} files, from {sites}; their alt text is kept. Download them into"
            f" content/{IMAGES_DIR}/ and link them again, or remove them.")

"""Files static hosts read: robots.txt and a `_headers` file with a Content-Security-Policy;
and the same policy in each page's `<meta>` tags, for hosts that ignore `_headers`.

The policy allows an inline script (by hash) only if the theme wrote it: `ThemeScripts` reads
the inline scripts of every template the site uses (Material's, kbgen's, the site's own
`custom_dir`) and accepts a script of a built page only if it is one of them, with each
`{{ ... }}` of the template filled by text that cannot leave a JavaScript string. A script
that came from content (an article, a page, a copied file) is never hashed, so it never runs
where the policy is served.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment

_SOURCE_ATTRIBUTE = re.compile(r"\bsrc=")
_DATA_TYPES = ("application/json", "application/ld+json")
JUDGED_SCRIPTS = 256
"""Distinct script bodies a `ThemeScripts` remembers the verdict on."""
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
HEADER_ONLY_DIRECTIVES = ("frame-ancestors", "report-uri", "sandbox")
"""Directives a browser ignores in a `<meta>` policy (CSP Level 3, "delivery via meta").
Framing is left to hosts that serve `_headers` (with X-Frame-Options, also header-only): a
script frame guard would hide every page from readers without JavaScript and is defeated by
a sandboxed frame (OWASP Clickjacking Defense Cheat Sheet), and a help site's pages have no
action a click could be tricked into worth that."""
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_META_POLICY = '<meta http-equiv="Content-Security-Policy" content="'


_TEMPLATE_VALUE = re.compile(r"\{\{(-?)(.*?)(-?)\}\}", re.S)
_FILLED_VALUE = r"[^\"'`\\<>\n\r\u2028\u2029]*"
"""What a template's `{{ ... }}` inside a script may have become: no quote, backslash, `<`,
`>` or line break, so it stays inside the string literal the template puts it in."""


def script_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def _executable_scripts(html: str) -> list[str]:
    """The bodies of the inline scripts a browser runs (JSON data blocks are not run)."""
    return [body for attributes, body in _inline_scripts(html)
            if not any(kind in attributes for kind in _DATA_TYPES)]


def _inline_scripts(html: str) -> list[tuple[str, str]]:
    """(attributes, body) of each inline script (`<script>` without `src=`), found with
    `str.find` (a regular expression's lazy body stepped through every script: four times
    slower)."""
    found = []
    at = html.find("<script")
    while at >= 0:
        start = at + len("<script")
        close = html.find(">", start)
        if close < 0:
            break  # this tag never ends: no later one does
        if _SOURCE_ATTRIBUTE.search(html, start, close) is None:  # \b sees the char before
            end = html.find("</script>", close + 1)
            if end < 0:
                break  # this body never ends: no later one does
            found.append((html[start:close], html[close + 1:end]))
            at = html.find("<script", end + len("</script>"))
        else:
            at = html.find("<script", at + 1)
    return found


_PAGE_VALUE = re.compile(r"\bpage\b")


def _script_pattern(body: str) -> str | None:
    """A template's script body as a regular expression of what it renders to; None if it
    has template tags (`{% %}`, `{# #}`) inside, which kbgen does not follow, or prints a
    value of the page (front matter is content: Material's `redirect.html` prints
    `page.meta.location`)."""
    if "{%" in body or "{#" in body:
        return None
    parts, position = [], 0
    for match in _TEMPLATE_VALUE.finditer(body):
        if _PAGE_VALUE.search(match.group(2)):
            return None
        literal = body[position:match.start()]
        if match.group(1):
            literal = literal.rstrip()
        parts.append(re.escape(literal))
        parts.append(_FILLED_VALUE)
        position = match.end()
        if match.group(3):
            while position < len(body) and body[position].isspace():
                position += 1
    parts.append(re.escape(body[position:]))
    return "".join(parts)


@dataclass
class ThemeScripts:
    """The inline scripts the theme's templates write, to tell them from injected ones."""

    patterns: list[str] = field(default_factory=list)
    """One regular expression per distinct script body of a template."""
    _compiled: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _judged: dict[str, str | None] = field(default_factory=dict, init=False, repr=False,
                                           compare=False)
    """Each script body seen: its CSP source if it is the theme's, else None (the same
    few bodies are on every page)."""
    _policed: tuple[str, frozenset[str]] | None = field(default=None, init=False, repr=False,
                                                        compare=False)
    """The last page given its policy (`policed`) and its theme scripts' sources: a worker
    asks for them again of that very page (kbgen.site.fastrender.workers)."""

    @classmethod
    def from_env(cls, env: Environment) -> ThemeScripts:
        """Read the inline scripts of every HTML template `env` can load."""
        patterns: dict[str, None] = {}
        assert env.loader is not None
        for name in _html_templates(env):
            source = env.loader.get_source(env, name)[0]
            if "<script" not in source:
                continue
            for body in _executable_scripts(source):
                pattern = _script_pattern(body)
                if pattern is not None:
                    patterns[pattern] = None
        return cls(list(patterns))

    def is_theme_script(self, body: str) -> bool:
        """True if `body` is what one of the theme's inline scripts renders to."""
        if self._compiled is None:
            self._compiled = re.compile("|".join(f"(?:{p})" for p in self.patterns) or "(?!)")
        return self._compiled.fullmatch(body) is not None

    def hashes(self, html: str) -> set[str]:
        """CSP sources (`'sha256-...'`) of the theme's inline scripts in one page; other
        inline scripts (from content) are left out, so they are blocked."""
        if self._policed is not None and self._policed[0] is html:
            return set(self._policed[1])
        sources = (self._source(body) for body in _executable_scripts(html))
        return {source for source in sources if source is not None}

    def policed(self, page: str, html: str, sources: set[str]) -> str:
        """`page`, the policy's meta tags put in `html` whose theme scripts' sources are
        `sources`, remembered as its own when the tags went in before its first script (their
        text is escaped: no `<script`, no `</script>`), so that the page's scripts are those of
        `html` (one search of a page's scripts, not two)."""
        first = html.find("<script")
        if first < 0 or page.find("<script") == first + len(page) - len(html):
            self._policed = (page, frozenset(sources))
        else:
            self._policed = None
        return page

    def _source(self, body: str) -> str | None:
        """`body`'s CSP source if it is one of the theme's scripts, else None (remembered
        for the first JUDGED_SCRIPTS bodies)."""
        if body in self._judged:
            return self._judged[body]
        source = script_hash(body) if self.is_theme_script(body) else None
        if len(self._judged) < JUDGED_SCRIPTS:
            self._judged[body] = source
        return source


def _html_templates(env: Environment) -> list[str]:
    """The names of the HTML templates `env` can load, without walking Material's thousands
    of icons (`.icons/`)."""
    folders = getattr(env.loader, "searchpath", None)
    if folders is None:
        return [name for name in env.list_templates(extensions=["html"])
                if not name.startswith(".")]
    names: set[str] = set()
    for folder in folders:
        for parent, subfolders, files in os.walk(folder):
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            relative = Path(parent).relative_to(folder)
            names.update((relative / name).as_posix() for name in files if name.endswith(".html"))
    return sorted(names)


def inline_script_hashes(site_dir: Path, theme: ThemeScripts,
                         known: Mapping[Path, Iterable[str]] | None = None) -> list[str]:
    """CSP sources of every distinct theme script in the built pages; `known` gives them for
    pages already read (the article workers hash what they write, the same way)."""
    known = known or {}
    hashes = {digest for digests in known.values() for digest in digests}
    for page in site_dir.rglob("*.html"):
        if page not in known:
            hashes |= theme.hashes(page.read_text(encoding="utf-8", errors="replace"))
    return sorted(hashes)


def content_security_policy(script_hashes: list[str], connect_origin: str | None = None) -> str:
    """A policy the site satisfies: its own files, hashed inline scripts, data: images; and
    `connect_origin`, the one analytics service a site may opt in to (kbgen.core.analytics)."""
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {' '.join(script_hashes)}".strip(),
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        f"connect-src 'self' {connect_origin}" if connect_origin else "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def meta_policy(policy: str) -> str:
    """`policy` less the directives a `<meta>` tag cannot carry (HEADER_ONLY_DIRECTIVES)."""
    return "; ".join(directive for directive in policy.split("; ")
                     if directive.split(" ", 1)[0] not in HEADER_ONLY_DIRECTIVES)


def meta_tags(script_hashes: Iterable[str], connect_origin: str | None = None) -> str:
    """The `<meta>` tags of `_headers`' policy (for the inline scripts `script_hashes`) and
    referrer policy."""
    policy = meta_policy(content_security_policy(sorted(script_hashes), connect_origin))
    return (f'{_META_POLICY}{escape(policy, quote=False).replace(chr(34), "&quot;")}">'
            f'<meta name="referrer" content="{SECURITY_HEADERS["Referrer-Policy"]}">')


def with_meta_policy(html: str, script_hashes: Iterable[str],
                     connect_origin: str | None = None) -> str:
    """`html` with `meta_tags`: after `<meta charset>` unless a script comes before it,
    else first in `<head>`. Unchanged if it has no `<head>` or has the policy there already
    (text of the body never counts)."""
    head = _HEAD.search(html)
    if head is None:
        return html
    script = html.find("<script", head.end())
    head_end = html.find("</head>", head.end())
    before = min(end for end in (script, head_end, len(html)) if end >= 0)
    if _META_POLICY in html[head.end():before]:
        return html
    charset = _CHARSET.search(html, head.end(), before)
    at = charset.end() if charset else head.end()
    return html[:at] + meta_tags(script_hashes, connect_origin) + html[at:]


def allowing_preview(page: bytes, script: bytes, inline_styles: bool) -> bytes:
    """`page` whose meta policy also allows what only the preview server adds: its inline
    live-reload `script`, and, if `inline_styles`, the style attributes of its error notice."""
    start = page.find(_META_POLICY.encode())
    if start < 0:
        return page
    end = page.index(b'"', start + len(_META_POLICY))
    policy = page[start:end].replace(
        b"script-src 'self'", b"script-src 'self' " + script_hash(script.decode()).encode(), 1)
    if inline_styles:
        policy = policy.replace(b"style-src 'self'", b"style-src 'self' 'unsafe-inline'", 1)
    return page[:start] + policy + page[end:]


def write_hosting_files(site_dir: Path, site_url: str | None, theme: ThemeScripts,
                        known_scripts: Mapping[Path, Iterable[str]] | None = None,
                        connect_origin: str | None = None, sitemaps: Iterable[str] = ()) -> None:
    """Write `_headers` (Netlify, Cloudflare Pages) and, unless the site has one, robots.txt
    (listing the sitemap, and `sitemaps` of other languages, paths from the root)."""
    policy = content_security_policy(inline_script_hashes(site_dir, theme, known_scripts),
                                     connect_origin)
    headers = {"Content-Security-Policy": policy, **SECURITY_HEADERS}
    lines = ["/*", *(f"  {name}: {value}" for name, value in headers.items())]
    (site_dir / "_headers").write_text("\n".join(lines) + "\n", encoding="utf-8")
    robots = site_dir / "robots.txt"
    if not robots.exists():
        sitemap = "".join(f"Sitemap: {site_url.rstrip('/')}/{path}\n"
                          for path in ("sitemap.xml", *sitemaps)) if site_url else ""
        robots.write_text(f"User-agent: *\nAllow: /\n{sitemap}", encoding="utf-8")


def read_headers(site_dir: Path) -> dict[str, str]:
    """The headers `_headers` sets for every path (used by tests and local previews)."""
    headers = {}
    for line in (site_dir / "_headers").read_text(encoding="utf-8").splitlines()[1:]:
        name, _, value = line.strip().partition(": ")
        headers[name] = value
    return headers

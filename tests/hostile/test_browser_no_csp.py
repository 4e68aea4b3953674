"""Hostile projects in a real browser with no Content-Security-Policy at all (as GitHub Pages and
GitLab Pages serve them): no page and no search result may run a payload.

To add an attack, add a row to CASES: the files it writes over a small valid project (paths
below the project; `content/...`; text or bytes). Every page and SVG file of the built site is
opened, then the search for `zebra` (every case's article says it) and for each payload. A
case the build refuses (the gate) is reported as skipped: it published nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page

from kbgen.errors import KbError
from tests.conftest import MINI_CONFIG, article
from tests.hostile.test_html import PHOTO, build
from tests.localsite import serve

pytestmark = pytest.mark.browser

RUN = "window.__pwned=1;alert(1)"
IMG = f"<img src=x onerror=\"{RUN}\">"
SCRIPT = f"<script>{RUN}</script>"
ATTR = f'"><img src=x onerror={RUN}>'
PAYLOADS = [IMG, SCRIPT, ATTR]
CONFIG_CLOBBER = ('<div id="__config">{"base": ".", "features": [], "translations": {},'
                  ' "search": "data:text/javascript,self.postMessage(1)"}</div>')
"""The issue's attack: Material reads its configuration from the first `#__config`."""


def hostile_article(title: str = "Zebra stripes", summary: str = "Zebra summary.",
                    extra: str = "", body: str = "## Symptoms\n\nZebra text.\n") -> str:
    """An article findable by `zebra`, with hostile values where given (YAML-quoted)."""
    return (f"---\ntitle: {title}\nsummary: {summary}\nstatus: published\n"
            f"symptoms: [zebra does not work]\n{extra}---\n\n{body}")


def q(value: str) -> str:
    """`value` as a single-quoted YAML scalar."""
    return "'" + value.replace("'", "''") + "'"


OPENED = (".html", ".htm", ".xhtml", ".svg")
"""Files of the built site that a browser opening them would run scripts in."""
# (case, files written over the base project)
CASES: list[tuple[str, dict[str, str | bytes]]] = [
    ("article-body", {"content/articles/billing/zebra.md": hostile_article(
        body=f"Zebra {IMG} {SCRIPT}\n\n{CONFIG_CLOBBER}\n\n[click](javascript:{RUN})\n\n"
             f'<a href="#" id="__search">x</a><span data-md-component="announce">y</span>\n')}),
    ("article-title", {"content/articles/billing/zebra.md": hostile_article(
        title=q(f"Zebra {IMG}"))}),
    ("article-summary", {"content/articles/billing/zebra.md": hostile_article(
        summary=q(f"Zebra {ATTR} {SCRIPT}"))}),
    ("article-tags", {"content/articles/billing/zebra.md": hostile_article(
        extra=f"tags: [{q(IMG)}, {q(ATTR)}]\n")}),
    ("article-symptoms-errors", {"content/articles/billing/zebra.md": hostile_article(
        extra=f"errors: [{q(SCRIPT)}]\napplies_to: [{q(IMG)}]\n").replace(
        "symptoms: [zebra does not work]", f"symptoms: [{q('zebra ' + IMG)}]")}),
    ("article-headings", {"content/articles/billing/zebra.md": hostile_article(
        body="## Zebra &lt;img src=x onerror=alert(1)&gt;\n\n## __config\n\nText.\n")}),
    ("team-profile", {
        "content/team/sam.yml": f"name: {q('Sam ' + ATTR)}\nrole: {q(ATTR)}\n"
                                f"team: {q(SCRIPT)}\npronouns: {q(IMG)}\n"
                                f"expertise: [{q(IMG)}]\nlocation: {q(ATTR)}\n"
                                f"bio: |\n  Zebra {IMG} {SCRIPT}\n\n  {CONFIG_CLOBBER}\n"
                                f"links:\n  - label: {q(IMG)}\n    url: https://sam.example/\n"
                                "photo: sam.png\n",
        "content/team/sam.png": PHOTO,
        "content/articles/billing/zebra.md": hostile_article(extra="author: sam\n")}),
    ("contact-data", {"content/_data/contact.yml": (
        f"company: {q(IMG)}\nemail: help@shop.example\nemail_subject: {q(ATTR)}\n"
        f"lines:\n  - label: {q(IMG)}\n    number: +44 20 7946 0958\n"
        f"    serves: [{q(SCRIPT)}]\n    languages: [en]\n    note: {q(IMG)}\n"
        f"    timezone: Europe/London\n    hours:\n      monday: 08:00-20:00\n"
        f"postal_address: {q(SCRIPT)}\nsocial:\n  - label: {q(IMG)}\n"
        f"    url: https://social.example/@shop\nhave_ready: [{q(ATTR)}]\n")}),
    ("category", {"content/_data/categories.yml": (
        f"billing:\n  title: {q('Zebra ' + IMG)}\n  description: {q(ATTR + SCRIPT)}\n"
        f"wifi:\n  title: Wi-Fi\n  description: Connection problems.\n")}),
    ("extra-page-front-matter", {"content/faq.md": (
        f"---\ntitle: {q('Zebra ' + IMG)}\ndescription: {q(ATTR)}\nsummary: {q(SCRIPT)}\n"
        "---\n\n# Zebra FAQ\n")}),
    ("extra-page-body", {"content/faq.md": (
        f"# Zebra FAQ\n\n{CONFIG_CLOBBER}\n\n{SCRIPT}\n\nZebra {IMG}\n\n"
        f'<a href="javascript:{RUN}">zebra</a>\n'),
        "content/index.md": f"# Home\n\n<!-- kb:search -->\n\n{CONFIG_CLOBBER}\n\n{SCRIPT}\n"}),
    ("page-title-from-heading", {  # MkDocs takes the title from the first heading
        "content/faq.md": f"# &lt;/title&gt;{html.escape(SCRIPT)}\n\nZebra FAQ.\n",
        "content/about/index.md": f"# `</title>{IMG}`\n\nZebra about.\n",
        "content/help.md": f'# Zebra {{: data-toc-label="&lt;/title&gt;{html.escape(IMG)}" }}\n'}),
    ("title-closing-tag", {"content/articles/billing/zebra.md": hostile_article(
        title=q("</title>" + SCRIPT), summary=q("</title>" + IMG))}),
    ("tooltips-on", {  # Material's content.tooltips copies titles into innerHTML on load
        "mkdocs.yml": MINI_CONFIG.replace("  font: false\n",
                                          "  font: false\n  features: [content.tooltips]\n"),
        "content/_data/contact.yml": (
            f"company: Shop\nemail: help@shop.example\nlines:\n  - label: {q(IMG)}\n"
            "    number: +44 20 7946 0958\n    timezone: Europe/London\n"
            "    hours:\n      monday: 08:00-20:00\n"),
        "content/articles/billing/zebra.md": hostile_article(
            body=f'<span title="{html.escape(IMG)}">Zebra</span> [zebra](https://e.example'
                 f' "{html.escape(IMG)}")\n')}),
    # A page with `template: redirect.html` and `location:` is refused before the build
    # (pages take known keys only: test_outside_files.py), so it has no row here.
    ("search-query-only", {}),
]


@pytest.fixture
def no_csp_page(browser: Browser) -> Iterator[tuple[Page, list[str]]]:
    """A page that records every dialog (and dismisses it) and every `data:` worker."""
    context = browser.new_context()
    context.set_default_timeout(10_000)
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith("http://127.0.0.1") else route.abort())
    page = context.new_page()
    alarms: list[str] = []
    page.on("dialog", lambda dialog: (alarms.append(f"dialog: {dialog.message}"),
                                      dialog.dismiss()))
    page.on("worker", lambda worker: alarms.append(f"worker from {worker.url[:40]}")
            if not worker.url.startswith("http://127.0.0.1") else None)
    try:
        yield page, alarms
    finally:
        context.close()


def visit(page: Page, url: str, alarms: list[str], search: bool = False) -> None:
    """Open `url`, give scripts time to run, and note the marker if a payload ran."""
    page.goto(url)
    if search:
        try:
            page.locator(".md-search-result__meta").wait_for(timeout=5_000)
        except Exception:  # noqa: BLE001  (no results is fine; a payload is what we look for)
            pass
    page.wait_for_timeout(150)
    if page.evaluate("() => window.__pwned !== undefined"):
        alarms.append(f"window.__pwned set on {url}")


@pytest.mark.parametrize("case, files", CASES, ids=[row[0] for row in CASES])
def test_no_payload_runs_without_a_csp(tmp_path: Path, no_csp_page: tuple[Page, list[str]],
                                       case: str, files: dict[str, str | bytes]) -> None:
    base = {"content/articles/wifi/ok.md": article("Fine"),
            "content/articles/billing/zebra.md": hostile_article(),
            "content/index.md": "# Home\n\n<!-- kb:search -->\n\n<!-- kb:categories -->\n\n"
                                "<!-- kb:recent -->\n"}
    try:
        site = build(tmp_path, {**base, **files})
    except KbError as exc:
        pytest.skip(f"refused by the build, so nothing was published: {str(exc)[:80]}")
    page, alarms = no_csp_page
    with serve(site) as url:  # a plain static server: `_headers` is ignored
        for path in sorted(site.rglob("*")):
            if path.suffix in OPENED:
                visit(page, url + path.relative_to(site).as_posix(), alarms)
        for query in ["zebra", *PAYLOADS]:
            visit(page, f"{url}index.html?q={quote(query)}", alarms, search=True)
    assert alarms == []

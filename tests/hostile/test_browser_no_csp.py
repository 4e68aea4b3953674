"""Hostile projects in a real browser with no Content-Security-Policy header (as GitHub Pages and
GitLab Pages serve them): no page and no search result may run a payload. The pages' own
`<meta>` policy is the second line of defence: a script in a theme override that `_headers`
would not allow is blocked by it (the case `theme-override-script`).

To add an attack, add a row to CASES: the files it writes over a small valid project (paths
below the project; `content/...`; text or bytes). The cases are built together, into as few
sites as their files allow (tests/hostile/payload_sites.py: each case's pages get their own
names, its payloads its own number), and every page and SVG file of each site is opened in one
browser context, then the search for each case's word, for `zebra` and for each payload. A run
payload says which case it came from. A case the build refuses (the gate) is reported as
skipped: it published nothing.
"""

from __future__ import annotations

import html

import pytest
from playwright.sync_api import Browser

from tests.conftest import MINI_CONFIG, article
from tests.hostile.payload_sites import PayloadAlarms, PayloadSites
from tests.hostile.test_html import PHOTO

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


HOME = "# Home\n\n<!-- kb:search -->\n\n<!-- kb:categories -->\n\n<!-- kb:recent -->\n"
"""The base project's home page: search, categories and recent articles."""
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
        "content/index.md": f"{HOME}\n{CONFIG_CLOBBER}\n\n{SCRIPT}\n"}),
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
    ("theme-override-script", {  # the site's own template: it prints a page value, so
        # `_headers` does not hash it, and the pages' meta policy must block it too
        "mkdocs.yml": MINI_CONFIG.replace("  font: false\n",
                                          "  font: false\n  custom_dir: overrides\n"),
        "overrides/partials/copyright.html": (
            f'<script>{RUN};document.title += "{{{{ page.title }}}}"</script>\n')}),
    # A page with `template: redirect.html` and `location:` is refused before the build
    # (pages take known keys only: test_outside_files.py), so it has no row here.
]




@pytest.fixture(scope="module")
def alarms(tmp_path_factory: pytest.TempPathFactory, browser: Browser) -> PayloadAlarms:
    """Every case built (together where their files allow) and every page opened once."""
    base = {"content/articles/wifi/ok.md": article("Fine"),
            "content/articles/billing/zebra.md": hostile_article(), "content/index.md": HOME}
    sites = PayloadSites(CASES, base)
    return sites.visit(browser, tmp_path_factory.mktemp("no-csp"), OPENED,
                       ["zebra", *PAYLOADS])


@pytest.mark.parametrize("case", [row[0] for row in CASES])
def test_no_payload_runs_without_a_csp(alarms: PayloadAlarms, case: str) -> None:
    if case in alarms.refused:
        pytest.skip(f"refused by the build, so nothing was published: {alarms.refused[case]}")
    assert alarms.by_case.get(case, []) == []


def test_no_payload_typed_into_the_search_runs(alarms: PayloadAlarms) -> None:
    assert alarms.by_case.get("search query", []) == []


def test_nothing_runs_that_no_case_planted(alarms: PayloadAlarms) -> None:
    """A `data:` worker (the clobbered configuration's) or a dialog no payload numbered."""
    assert alarms.unattributed == []


def test_the_search_of_every_site_answered(alarms: PayloadAlarms) -> None:
    """Each site's search showed its hostile pages: no case silenced the others' results."""
    assert alarms.unanswered == []

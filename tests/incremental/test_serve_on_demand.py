"""`kbgen serve` (a real server): saves that change what many pages show (a new, renamed or
titled article, contact data, a team profile, the categories file) are shown without
rendering every page: each page is right as soon as it is asked for (contact data and a
profile without a build, only the pages that can show them rendered again); a refused save prints
its error (in the terminal and on every page) and changes nothing; once the rest caught up,
the preview equals, file for file, what a clean `kbgen serve` of the same content serves."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.incremental import Preview, wait_for
from kbgen.commands.preview_error import NOTICE_CLASS
from kbgen.commands.serve import DATA_SHOWN, preview_dir
from kbgen.site.on_demand import CAUGHT_UP
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article
from tests.incremental.test_serve import caught_up, differences_from_a_clean_preview
from tests.site.test_known_issues import CONTACT_YML

UPDATED = "Preview updated in"
"""What the log says after a save was shown with pages rendered on demand."""
CONTACT = CONTACT_YML
CATEGORIES = MINI_CATEGORIES


def _save(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _logged(preview: Preview, text: str, times: int, limit: float = 300) -> str:
    start = time.perf_counter()
    while (log := preview.output()).count(text) < times:
        assert time.perf_counter() - start < limit, f"not logged: {text!r}\n{log[-3000:]}"
        time.sleep(0.1)
    return log


def _page(url: str) -> str:
    """What `url` serves now ('' for a 404)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return str(answer.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return ""
        raise


def _caught_up_since_update(preview: Preview, limit: float = 300) -> None:
    """Wait until the preview caught up after its last update."""
    deadline = time.perf_counter() + limit
    while (log := preview.output()).rfind(CAUGHT_UP) < log.rfind(UPDATED):
        assert time.perf_counter() < deadline, log[-3000:]
        time.sleep(0.1)


def _served_pages(project: Path) -> list[Path]:
    """The HTML pages of the project's preview."""
    return list(preview_dir(project / "mkdocs.yml").rglob("*.html"))


def test_saves_beyond_a_text_render_pages_when_asked_and_equal_a_clean_preview(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    config = write_project({
        "mkdocs.yml": MINI_CONFIG.replace("  - search\n", "  - search\n  - offline\n"),
        "content/index.md": "# Home\n\n<!-- kb:categories -->\n\n<!-- kb:recent -->\n",
        "content/_data/categories.yml": CATEGORIES,
        "content/_data/contact.yml": CONTACT,
        "content/team/sam.yml": "name: Sam Lee\nrole: Support agent\n",
        "content/articles/billing/card-declined.md": article(
            extra="author: sam\ntags: [payments]\n",
            body="## Symptoms\n\nIt fails. See [the expired card](expired-card.md).\n"),
        "content/articles/billing/expired-card.md": article(
            "Expired card", extra="related: [card-declined]\ntags: [payments]\n"),
        "content/articles/wifi/work-in-progress.md": article("Work in progress", "draft"),
        "content/articles/wifi/router-reboot.md": article("Router reboots at night"),
    })
    project = config.parent
    content = project / "content"
    billing = content / "articles/billing"
    preview = Preview(project)
    base = preview.base
    saves = 0

    def saved(path: Path, text: str | None) -> str:
        """Save (None: delete) `path` and wait until the preview shows it."""
        nonlocal saves
        if text is None:
            path.unlink()
        else:
            _save(path, text)
        saves += 1
        return _logged(preview, UPDATED, saves)

    try:
        wait_for(base + "index.html", None, limit=300)
        caught_up(preview)  # the start (no earlier preview) renders pages when viewed too
        saves = preview.output().count(UPDATED)
        builds = preview.output().count("Building documentation...")

        # a new article: its page, its category's, its tag's and the home page list it
        saved(billing / "refund-delay.md", article("Refund takes a week",
                                                   extra="tags: [refunds]\n"))
        assert "Refund takes a week" in _page(base + "articles/billing/refund-delay.html")
        for listing in ("articles/billing/index.html", "tags/refunds.html", "index.html"):
            assert "refund-delay.html" in _page(base + listing), listing

        # a title other pages list: shown in the related list, the category and the tag
        saved(billing / "card-declined.md", article(
            "Card refused at checkout", extra="author: sam\ntags: [payments]\n",
            body="## Symptoms\n\nIt fails. See [the expired card](expired-card.md).\n"))
        for listing in ("articles/billing/expired-card.html", "articles/billing/index.html",
                        "tags/payments.html"):
            assert "Card refused at checkout" in _page(base + listing), listing

        # a renamed article and the link to it: the old page gone, the link follows
        (billing / "expired-card.md").rename(billing / "card-expired.md")
        saved(billing / "card-declined.md", article(
            "Card refused at checkout", extra="author: sam\ntags: [payments]\n",
            body="## Symptoms\n\nIt fails. See [the expired card](card-expired.md).\n"))
        assert _page(base + "articles/billing/expired-card.html") == ""
        assert "Expired card" in _page(base + "articles/billing/card-expired.html")
        assert 'href="card-expired.html"' in _page(base + "articles/billing/card-declined.html")

        # the categories file
        saved(content / "_data/categories.yml",
              CATEGORIES.replace("Connection problems.", "Routers, mesh and signal."))
        assert "Routers, mesh and signal." in _page(base + "articles/wifi/index.html")
        assert "kb-banner--draft" in _page(base + "articles/wifi/work-in-progress.html")

        # a new article with personal data: refused, its error printed, nothing changed
        leak = billing / "refund-by-mail.md"
        _save(leak, article("Refund by mail", body="Write to jane.doe@gmail.com.\n"))
        log = _logged(preview, "The preview was not updated", 1)
        refused = log.split(UPDATED)[-1]
        assert "refund-by-mail.md" in refused and "e-mail address" in refused
        assert _page(base + "articles/billing/refund-by-mail.html") == ""
        listing = _page(base + "articles/billing/index.html")
        notice = listing.split(f'class="{NOTICE_CLASS}"')[1].split("</div>")[0]
        assert "refund-by-mail.md" in notice and "e-mail address" in notice  # on the page too
        assert "refund-by-mail.html" not in listing
        assert "style-src 'self' 'unsafe-inline'" in listing  # the page's policy lets it show
        saved(leak, None)  # removed again: the preview is built anew, the notice gone
        listing = _page(base + "articles/billing/index.html")
        assert NOTICE_CLASS not in listing and "'unsafe-inline'" not in listing

        # a profile's name titles its page: built as any save; a profile refused: its error
        # printed, nothing changed (neither taken without a build)
        log = saved(content / "team/sam.yml", "name: Sam Leigh\nrole: Support agent\n")
        assert DATA_SHOWN not in log.split(UPDATED)[-1]
        assert "Sam Leigh" in _page(base + "articles/billing/card-declined.html")
        _save(content / "team/sam.yml", "name: Sam Leigh\nrole: Support agent\nshoe: 42\n")
        log = _logged(preview, "The preview was not updated", 2)
        assert "sam.yml" in log.split(UPDATED)[-1]
        assert "Support agent" in _page(base + "team/sam.html")
        saved(content / "team/sam.yml", "name: Sam Lee\nrole: Support agent\n")

        # contact data (in every page's header), a profile (its page, the team page, its
        # member's bylines), a category's description (its page, the home page's cards): no
        # build, only the pages that can show them rendered again (the last saves: a build's
        # catch-up after would render every page again)
        log = saved(content / "_data/contact.yml", CONTACT.replace("7946 0000", "7946 0999"))
        assert DATA_SHOWN in log.split(UPDATED)[-1]
        for page in ("articles/wifi/router-reboot.html", "contact.html", "index.html"):
            assert "7946 0999" in _page(base + page), page
        _caught_up_since_update(preview)
        log = saved(content / "team/sam.yml", "name: Sam Lee\nrole: Night shift lead\n")
        shown = log.split(UPDATED)[-1]
        assert DATA_SHOWN in shown
        assert int(shown.split(DATA_SHOWN + ": ")[1].split()[0]) < len(_served_pages(project))
        for page in ("team/sam.html", "articles/billing/card-declined.html"):
            assert "Night shift lead" in _page(base + page), page
        _caught_up_since_update(preview)
        log = saved(content / "_data/categories.yml",
                    CATEGORIES.replace("Payments and invoices.", "Cards, refunds, invoices."))
        assert DATA_SHOWN in log.split(UPDATED)[-1]
        for page in ("articles/billing/index.html", "index.html"):
            assert "Cards, refunds, invoices." in _page(base + page), page
        assert preview.output().count("Building documentation...") == builds
        _caught_up_since_update(preview)
    finally:
        preview.stop()

    assert differences_from_a_clean_preview(config, tmp_path_factory) == []

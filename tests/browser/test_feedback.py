"""Feedback without tracking, in headless Chromium: "Was this helpful?", the prefilled e-mail,
"Tell us what you were looking for", and the opt-in counts (exact requests to a local stub).

Every request the page makes is recorded through request interception: with no analytics
configured, the feedback flow must make none at all.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, expect

from kbgen.commands.build import build
from kbgen.site.hosting import read_headers
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.localsite import QuietServer, serve

pytestmark = pytest.mark.browser

ARTICLE = "articles/billing/charged-twice-after-a-payment-retry.html"
ARTICLE_TITLE = "Charged twice for Hearthly Plus after a payment retry"


def mail_parts(href: str) -> tuple[str, dict[str, str]]:
    """(address, {subject, body}) of a mailto: URL, decoded."""
    assert href.startswith("mailto:")
    address, _, query = href[len("mailto:"):].partition("?")
    assert "+" not in query  # spaces are %20: mail programs do not read + as a space
    return unquote(address), {k: v[0] for k, v in parse_qs(query).items()}


@contextlib.contextmanager
def recorded(browser: Browser, **options: Any) -> Iterator[tuple[BrowserContext, list[str]]]:
    """A context whose every request is recorded (`method url`); only 127.0.0.1 (the site,
    the stub service) resolves in the session's Chromium, so nothing else leaves it."""
    options.setdefault("viewport", {"width": 1280, "height": 900})
    context = browser.new_context(**options)
    context.set_default_timeout(10_000)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(f"{request.method} {request.url}"))
    try:
        yield context, requests
    finally:
        context.close()


# ------------------------------------------------------------------ without analytics


def test_yes_thanks_the_reader_and_sends_nothing(browser: Browser, site_url: str) -> None:
    with recorded(browser) as (context, requests):
        page = context.new_page()
        page.goto(site_url + ARTICLE)
        page.wait_for_load_state("networkidle")
        requests.clear()
        yes = page.get_by_role("group", name="Was this helpful?").get_by_role("button",
                                                                             name="Yes")
        yes.focus()
        page.keyboard.press("Enter")
        thanks = page.locator(".kb-feedback__thanks")
        expect(thanks).to_be_visible()
        expect(thanks).to_be_focused()
        expect(page.locator(".kb-feedback").get_by_role("status")
               ).to_have_text("Thank you for your answer.")
        expect(page.locator(".kb-feedback__answers")).to_be_hidden()
        page.wait_for_timeout(300)
        assert requests == []


def test_no_asks_what_was_missing_and_prefills_the_email(browser: Browser,
                                                         site_url: str) -> None:
    with recorded(browser) as (context, requests):
        page = context.new_page()
        page.goto(site_url + ARTICLE)
        page.wait_for_load_state("networkidle")
        requests.clear()
        page.get_by_role("button", name="No").focus()
        page.keyboard.press("Space")
        heading = page.get_by_role("heading", name="Sorry about that. What was missing?")
        expect(heading).to_be_focused()
        form = page.get_by_role("form", name="Sorry about that. What was missing?")
        form.get_by_label("The steps did not work for me").check()
        form.get_by_label("Tell us more (optional)").fill(
            "Étape 3 & 4? 100% failed #2\nSecond line = still no refund")
        href = form.locator("a.kb-feedback__mail").get_attribute("href") or ""
        address, mail = mail_parts(href)
        assert address == "support@hearthly.example"
        assert mail["subject"] == f"Feedback: {ARTICLE_TITLE}"
        assert mail["body"].split("\r\n") == [
            f"Article: {ARTICLE_TITLE}",
            f"Address: https://help.hearthly.example/{ARTICLE}",
            "Was it helpful? No",
            "What was missing: The steps did not work for me",
            "",
            "Étape 3 & 4? 100% failed #2",
            "Second line = still no refund",
        ]
        expect(form.get_by_role("link", name="+44 20 7946 0958")).to_have_attribute(
            "href", "tel:+442079460958")
        assert "e-mail" in (page.locator(".kb-feedback").get_by_role("status").text_content() or "")
        page.wait_for_timeout(300)
        assert requests == []


def test_without_javascript_a_plain_contact_path_shows(browser: Browser, site_url: str) -> None:
    with recorded(browser, java_script_enabled=False) as (context, _):
        page = context.new_page()
        page.goto(site_url + ARTICLE)
        section = page.locator(".kb-feedback")
        expect(section.get_by_role("link", name="Contact us")).to_be_visible()
        expect(section.get_by_role("link", name="+44 20 7946 0958")).to_be_visible()
        expect(section.get_by_role("button", name="Yes")).to_be_hidden()
        expect(section.locator("form")).to_be_hidden()


def test_no_results_offers_a_prefilled_email_with_the_query(browser: Browser,
                                                           site_url: str) -> None:
    with recorded(browser) as (context, requests):
        page = context.new_page()
        page.clock.install()  # time flows, and can jump: no 1.5 s wait for the count
        page.goto(site_url + "index.html?q=" + "zzqq%20%C3%BCbrzz%20%26%20qqxx")
        link = page.get_by_role("link", name="Tell us what you were looking for")
        expect(link).to_be_visible()
        page.wait_for_function(
            "() => decodeURIComponent(document.querySelector('a[data-kb-tell-us]').href)"
            ".includes('zzqq übrzz & qqxx')")
        address, mail = mail_parts(link.get_attribute("href") or "")
        assert address == "support@hearthly.example"
        assert mail["subject"] == "Not found in the help centre: zzqq übrzz & qqxx"
        assert mail["body"].startswith("I searched the help centre for: zzqq übrzz & qqxx\r\n")
        page.clock.fast_forward(1600)  # past the wait before a count would be sent
        page.wait_for_timeout(300)
        assert [r for r in requests if not r.startswith(f"GET {site_url}")] == []


# ------------------------------------------------------------------ with analytics


class _Stub(http.server.BaseHTTPRequestHandler):
    """Records what the analytics service would receive."""

    seen: list[dict[str, Any]]

    def _record(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        parts = urlsplit(self.path)
        self.seen.append({"method": self.command, "path": parts.path,
                          "query": {k: v[0] for k, v in parse_qs(parts.query).items()},
                          "body": body, "cookie": self.headers.get("Cookie"),
                          "referer": self.headers.get("Referer")})
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _record

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def stub_service() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []
    handler = type("Stub", (_Stub,), {"seen": seen})
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


CONTACT = """\
company: Test Ltd
email: help@test.example
lines:
  - label: Support
    number: "+44 20 7946 0000"
    timezone: Europe/London
    hours: {monday: "09:00-17:00"}
"""

SERVICES = {
    "goatcounter": "service: goatcounter\n      url: {origin}/",
    "plausible": "service: plausible\n      url: {origin}\n      domain: help.test.example",
    "matomo": "service: matomo\n      url: {origin}/analytics/\n      site_id: 7",
}


def mini_site(root: Path, analytics: str = "", title: str = "Card declined at checkout"
              ) -> Path:
    """A small site with contact data and one billing article; `analytics` is the YAML of
    `extra.kb.analytics` (none when empty)."""
    extra = f"extra:\n  kb:\n    analytics:\n      {analytics}\n" if analytics else ""
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG + extra,
        "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/_data/contact.yml": CONTACT,
        "content/articles/billing/card-declined.md": article(title=title),
    })
    return build(root / "mkdocs.yml", root / "site", strict=True)


def analytics_site(root: Path, origin: str, service: str, search_terms: bool) -> Path:
    settings = SERVICES[service].format(origin=origin)
    if search_terms:
        settings += "\n      search_terms: true"
    return mini_site(root, settings)


def expected(service: str, origin: str, page: str, name: str, detail: str
             ) -> dict[str, Any]:
    """The one request a service gets for an event (README, "Feedback and counts")."""
    label = f"{name}:{detail}" if detail else name
    if service == "goatcounter":
        return {"method": "GET", "path": "/count", "query": {"p": label, "t": "Card declined"
                " at checkout - Test Help Centre", "e": "true"}, "body": ""}
    if service == "plausible":
        event: dict[str, Any] = {"name": name, "url": page, "domain": "help.test.example"}
        if detail:
            event["props"] = {"detail": detail}
        return {"method": "POST", "path": "/api/event", "query": {}, "body": event}
    query = {"idsite": "7", "rec": "1", "apiv": "1", "send_image": "0", "url": page}
    if name == "search-no-result" and detail:
        query.update(search=detail, search_count="0")
    else:
        query.update(e_c="kbgen", e_a=name, **({"e_n": detail} if detail else {}))
    return {"method": "GET", "path": "/analytics/matomo.php", "query": query, "body": ""}


def received(seen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"method": r["method"], "path": r["path"], "query": r["query"],
             "body": json.loads(r["body"]) if r["body"] else ""} for r in seen]


@pytest.mark.parametrize(("service", "search_terms"), [
    ("goatcounter", False), ("plausible", True), ("matomo", False), ("matomo", True)])
def test_counts_are_the_exact_requests_to_the_one_configured_service(
        browser: Browser, tmp_path: Path, service: str, search_terms: bool) -> None:
    with stub_service() as (origin, seen):
        site = analytics_site(tmp_path, origin, service, search_terms)
        headers = read_headers(site)
        policy = dict(part.strip().split(" ", 1) for part in
                      headers["Content-Security-Policy"].split(";"))
        assert policy["connect-src"] == f"'self' {origin}"
        others = [value for name, value in policy.items() if name != "connect-src"]
        assert not any("127.0.0.1" in value for value in others)
        with serve(site, "/", headers) as url, \
                recorded(browser) as (context, requests):
            page = context.new_page()
            page.clock.install()  # time flows, and can jump: no 1.5 s wait for the count
            violations: list[str] = []
            page.on("console", lambda m: violations.append(m.text)
                    if "Content Security Policy" in m.text else None)
            page_url = url + "articles/billing/card-declined.html"
            page.goto(page_url)
            page.wait_for_load_state("networkidle")
            assert seen == []  # nothing on page view

            def counted() -> Any:  # the service answered (the stub recorded it first)
                return page.expect_response(lambda r: r.url.startswith(origin))

            with counted():
                page.get_by_role("button", name="Yes").click()
            expect(page.locator(".kb-feedback__thanks")).to_be_focused()
            page.locator("input[data-md-component=search-query]").click()
            field = page.locator("input[data-md-component=search-query]")
            link = page.get_by_role("link", name="Tell us what you were looking for")
            field.fill("Zzqq Nothing qq@zz.example +44 7911 123456")
            field.press("End")
            expect(link).to_be_visible()
            page.wait_for_function(  # the link has the query: the count's wait has started
                "() => decodeURIComponent(document.querySelector('a[data-kb-tell-us]').href)"
                ".toLowerCase().includes('zzqq nothing')")
            with counted():  # 1.5 s after the query last changed
                page.clock.fast_forward(1600)
            link.evaluate("a => a.addEventListener('click', e => e.preventDefault())")
            with counted():
                link.click()
            article_path = "articles/billing/card-declined.html"
            assert received(seen) == [
                expected(service, origin, page_url, "helpful-yes", article_path),
                expected(service, origin, page_url, "search-no-result",
                         "zzqq nothing [e-mail] [number]" if search_terms else ""),
                expected(service, origin, page_url, "contact", "mail"),
            ]
            assert all(r["cookie"] is None and r["referer"] is None for r in seen)
            assert [r for r in requests if not r.startswith(("GET " + url, "POST " + url))
                    and origin not in r] == []
            assert violations == []


def test_do_not_track_and_global_privacy_control_stop_every_count(
        browser: Browser, tmp_path: Path) -> None:
    with stub_service() as (origin, seen):
        site = analytics_site(tmp_path, origin, "goatcounter", False)
        with serve(site, "/", read_headers(site)) as url:
            for signal in ("navigator, 'globalPrivacyControl', {get: () => true}",
                           "navigator, 'doNotTrack', {get: () => '1'}"):
                with recorded(browser) as (context, requests):
                    context.add_init_script(f"Object.defineProperty({signal});")
                    page = context.new_page()
                    page.goto(url + "articles/billing/card-declined.html")
                    page.get_by_role("button", name="No").click()
                    expect(page.get_by_role("heading", name="Sorry about that. What was"
                                            " missing?")).to_be_focused()
                    page.wait_for_timeout(300)
                    assert seen == []
                    assert [r for r in requests if origin in r] == []


HOSTILE_TITLE = "Refund \"fast\" & easy? #1 at 100% / café = 50€ + tax"


def test_odd_titles_reach_the_email_intact_on_a_phone(browser: Browser, tmp_path: Path) -> None:
    site = mini_site(tmp_path, title=f"'{HOSTILE_TITLE}'")
    with serve(site, "/", read_headers(site)) as url, \
            recorded(browser, viewport={"width": 360, "height": 640},
                     is_mobile=True, has_touch=True) as (context, requests):
        page = context.new_page()
        page.goto(url + "articles/billing/card-declined.html")
        page.wait_for_load_state("networkidle")
        requests.clear()
        page.get_by_role("button", name="No").tap()
        form = page.locator("form.kb-feedback__form")
        form.get_by_label("Tell us more (optional)").fill("ok")
        _, mail = mail_parts(form.locator("a.kb-feedback__mail").get_attribute("href") or "")
        assert mail["subject"] == f"Feedback: {HOSTILE_TITLE}"
        assert mail["body"].split("\r\n")[:2] == [
            f"Article: {HOSTILE_TITLE}",
            "Address: https://help.test.example/articles/billing/card-declined.html"]
        for control in (form.get_by_role("button", name="Write us an e-mail"),
                        form.get_by_label("Tell us more (optional)"),
                        form.get_by_role("link", name="+44 20 7946 0000")):
            box = control.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert requests == []


def test_a_site_without_contact_data_still_answers_no_without_errors(
        browser: Browser, tmp_path: Path) -> None:
    write_files(tmp_path, {"mkdocs.yml": MINI_CONFIG,
                           "content/index.md": "# Home\n\n<!-- kb:search -->\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/billing/card-declined.md": article()})
    site = build(tmp_path / "mkdocs.yml", tmp_path / "site", strict=True)
    with serve(site, "/", read_headers(site)) as url, \
            recorded(browser) as (context, requests):
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url + "articles/billing/card-declined.html")
        page.wait_for_load_state("networkidle")
        requests.clear()
        page.get_by_role("button", name="No").click()
        expect(page.get_by_role("heading", name="Sorry about that. What was missing?")
               ).to_be_focused()
        expect(page.locator(".kb-feedback").get_by_role("status")).to_contain_text("contact us")
        expect(page.locator(".kb-feedback textarea")).to_have_count(0)
        assert errors == [] and requests == []

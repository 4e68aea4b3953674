"""Known issues: validation, the status page, banners that come and go with the dates, the
contact page, and the error-code search, on real builds of small sites."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.core.loader import load
from tests.conftest import article
from tests.helpers import between, hrefs, site_search, visible_text

CONTACT_YML = """\
company: Test Ltd
email: support@test.example
lines:
  - label: Main line
    number: "+44 20 7946 0000"
    timezone: Europe/London
    hours: {monday: "09:00-17:00"}
"""

OUTAGE = article("Payments fail with PAY_503", extra="""\
errors: [PAY_503]
tickets: [HD-999]
known_issue:
  state: workaround
  since: 2026-11-01
  errors: [PAY_503]
  workaround: Pay by bank transfer until the fix is out.
  fixed_in: Payment service 2.4
  fixed_on: 2026-11-20
  updates:
    - date: 2026-11-10
      state: workaround
      text: Bank transfer works meanwhile.
    - date: 2026-11-01
      text: We are looking into failed card payments.
""", body=("## Symptoms\n\nIt fails.\n\n!!! internal\n"
          "    Root cause: SECRET-ROOT-CAUSE in the vault.\n"))

CARD = article("Card declined at checkout", extra="errors: [PAY_503, CARD_05]\n")
INVOICE = article("Invoice has the wrong address", extra="related: [payments-fail]\n")
ROUTER = article("Router drops the connection", extra="errors: [WIFI_7]\n")

MAJOR = article("App down for everyone", extra="""\
errors: [APP_DOWN]
known_issue:
  state: investigating
  since: 2026-11-15
  major: true
  updates:
    - date: 2026-11-15
      text: The app does not open for many customers.
""")


def files(**extra: str) -> dict[str, str]:
    """A small site: the outage, an article sharing its code, one it names, one unrelated."""
    return {"content/articles/billing/payments-fail.md": OUTAGE,
            "content/articles/billing/card-declined.md": CARD,
            "content/articles/billing/wrong-address.md": INVOICE.replace(
                "related: [payments-fail]", "related: [card-declined]"),
            "content/articles/wifi/router-drops.md": ROUTER,
            "content/_data/contact.yml": CONTACT_YML, **extra}


def on(day: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Build as if on `day` (SOURCE_DATE_EPOCH, as reproducible builds set it)."""
    midnight = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(midnight.timestamp())))


def banner(html: str) -> str:
    """The known issues a page announces: the banner above the page (major issues) and the
    notice in an affected article."""
    shown = []
    if "kb-issue-banner" in html:
        shown.append(visible_text(between(html, "<aside class=\"md-banner\"", "</aside>")))
    if 'class="kb-issue-notice"' in html:
        shown.append(visible_text(between(html, 'class="kb-issue-notice"', "</div>")))
    return " ".join(shown)


Build = Callable[..., Path]


def test_open_issue_banners_its_articles_and_leads_the_status_page(
        build_project: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    on("2026-11-12", monkeypatch)
    site = build_project(files())
    shares_code = (site / "articles/billing/card-declined.html").read_text()
    assert "Payments fail with PAY_503" in banner(shares_code)
    assert "Pay by bank transfer" in banner(shares_code)
    assert banner((site / "articles/wifi/router-drops.html").read_text()) == ""
    assert banner((site / "index.html").read_text()) == ""  # not major: not everywhere
    own = (site / "articles/billing/payments-fail.html").read_text()
    box = visible_text(between(own, 'class="kb-issue ', "</section>"))
    assert "Workaround available" in box and "Since 1 November 2026" in box
    assert box.index("10 November 2026") < box.index("1 November 2026 We are")  # newest first
    status = (site / "status.html").read_text()
    text = visible_text(between(status, 'class="kb-status"', "</div>"))
    assert "Open issues Payments fail with PAY_503" in text
    assert "Recently fixed" not in text


def test_a_date_closes_the_issue_on_the_next_build(
        build_project: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    on("2026-11-20", monkeypatch)  # the fixed_on day: fixed, though state says workaround
    site = build_project(files())
    assert banner((site / "articles/billing/card-declined.html").read_text()) == ""
    status = visible_text((site / "status.html").read_text())
    assert "No known issues right now" in status
    assert "Recently fixed Payments fail with PAY_503 Fixed Fixed on 20 November 2026 by" \
        " Payment service 2.4" in status
    own = visible_text((site / "articles/billing/payments-fail.html").read_text())
    assert "Fixed on 20 November 2026 by Payment service 2.4" in own
    assert "Meanwhile" not in own  # the workaround is history
    assert site_search(site, "PAY_503")  # still found


def test_fixed_issues_leave_the_status_page_after_a_month_but_stay_searchable(
        build_project: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    on("2027-01-05", monkeypatch)
    site = build_project(files())
    status = visible_text((site / "status.html").read_text())
    assert "PAY_503" not in status and "No known issues right now" in status
    assert "articles/billing/payments-fail.html" in site_search(site, "PAY_503")


def test_a_search_for_the_error_code_puts_the_open_issue_first(
        build_project: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    rival = ("---\ntitle: PAY_503 payment error PAY_503 explained\nsummary: What PAY_503 means.\n"
             "status: published\nsymptoms: [PAY_503 on checkout, PAY_503 again]\n"
             "errors: [PAY_503]\ntags: [PAY_503]\n---\n\n## PAY_503\n\n"
             "PAY_503 PAY_503 means the bank said no.\n")
    on("2026-11-12", monkeypatch)
    site = build_project(files(**{"content/articles/billing/pay-503-explained.md": rival}))
    for query in ("PAY_503", "pay_503", "  PAY_503. "):
        assert site_search(site, query)[0] == "articles/billing/payments-fail.html", query
    on("2026-11-21", monkeypatch)  # fixed: found, but no longer put first
    site = build_project(files(**{"content/articles/billing/pay-503-explained.md": rival}))
    assert site_search(site, "PAY_503")[0] == "articles/billing/pay-503-explained.html"


def test_a_major_issue_is_on_every_page_and_the_contact_page_before_the_numbers(
        build_project: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    on("2026-11-16", monkeypatch)
    site = build_project(files(**{"content/articles/wifi/app-down.md": MAJOR}))
    for name in ("index.html", "404.html", "tags.html", "articles/wifi/router-drops.html",
                 "contact.html"):
        assert "App down for everyone" in banner((site / name).read_text()), name
    contact = (site / "contact.html").read_text()
    content = between(contact, '<article class="md-content__inner', "</article>")
    before = content.index("Before you call: we know about")
    assert before < content.index('href="tel:')
    listed = visible_text(between(content, "kb-before-call", "</section>"))
    assert "App down for everyone" in listed and "Payments fail with PAY_503" in listed
    status = visible_text((site / "status.html").read_text())
    assert status.index("App down for everyone") < status.index("Payments fail with PAY_503")


def test_status_page_is_linked_from_footer_contact_and_404(
        build_project: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    on("2026-12-30", monkeypatch)
    site = build_project(files())
    assert "status.html" in hrefs((site / "index.html").read_text())
    assert "status.html" in hrefs(between((site / "contact.html").read_text(),
                                          '<article class="md-content__inner', "</article>"))
    assert "/status.html" in hrefs((site / "404.html").read_text())
    assert "articles/billing/status.html" not in str(hrefs(
        (site / "articles/billing/card-declined.html").read_text()))


def test_private_parts_of_an_issue_never_reach_banners_status_or_contact(
        build_project: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = article("Draft outage", status="draft", extra=(
        "known_issue:\n  state: investigating\n  since: 2026-11-01\n  major: true\n"))
    hostile = article("Hostile outage", extra=(
        "known_issue:\n  state: identified\n  since: 2026-11-01\n  major: true\n"
        "  workaround: '<script>alert(1)</script><img src=x onerror=alert(2)>'\n"))
    on("2026-11-12", monkeypatch)
    site = build_project(files(**{"content/articles/wifi/draft-outage.md": draft,
                                  "content/articles/wifi/hostile-outage.md": hostile}))
    for name in ("status.html", "contact.html", "index.html", "404.html",
                 "articles/billing/card-declined.html"):
        html = (site / name).read_text()
        assert "Draft outage" not in html, name
        assert "SECRET-ROOT-CAUSE" not in html and "HD-999" not in html, name
        assert "<script>alert(1)" not in html and "<img src=x" not in html, name
    assert "&lt;script&gt;alert(1)" in (site / "status.html").read_text()


def test_bad_known_issue_blocks_are_reported_with_file_and_line(tmp_path: Path) -> None:
    body = article("Broken issue", extra="""\
known_issue:
  state: broken
  since: yesterday
  major: maybe
  updates:
    - date: 2026-11-02
      text: Second.
    - date: 2026-11-05
      text: Out of order.
    - text: No date.
  colour: red
""")
    fixed_no_date = article("Fixed without a date", extra=(
        "errors: [X_1]\nknown_issue:\n  state: fixed\n  since: 2026-11-01\n"))
    out_of_order = article("Out of order", extra="""\
errors: [X_2]
known_issue:
  state: monitoring
  since: 2026-11-01
  updates:
    - date: 2026-11-02
      text: Older first.
    - date: 2026-11-05
      text: Newer second.
""")
    content = tmp_path / "content"
    from tests.conftest import MINI_CATEGORIES, write_files
    write_files(tmp_path, {"content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/billing/broken.md": body,
                           "content/articles/billing/fixed.md": fixed_no_date,
                           "content/articles/billing/order.md": out_of_order})
    _, problems = load(content, today=dt.date(2026, 12, 1))
    shown = [str(p) for p in problems if p.level == "error"]
    broken = [p for p in shown if "broken.md" in p]
    assert any(":7: error: 'known_issue.state' must be one of" in p for p in broken), broken
    assert any(":8: error: 'known_issue.since' must be a date" in p for p in broken), broken
    assert any(":9: error: 'known_issue.major'" in p for p in broken), broken
    assert any(":15: error: missing required key 'known_issue.updates[2].date'" in p
               for p in broken), broken
    assert any(":16: error: unknown key 'known_issue.colour'" in p for p in broken), broken
    assert any("fixed.md:8: error: a fixed known issue needs `fixed_on:`" in p
               for p in shown), shown
    assert any("order.md:13: error: updates must be newest first" in p for p in shown), shown


def test_the_gate_scans_the_known_issue_block(write_project: Callable[[dict[str, str]], Path]
                                              ) -> None:
    from kbgen.commands.build import build
    from kbgen.errors import KbError

    leaky = article("Leaky outage", extra=(
        "errors: [LEAK_1]\nknown_issue:\n  state: identified\n  since: 2026-11-01\n"
        "  workaround: Call Dave on +44 7700 900123 or mail dave.smith@gmail.com\n"))
    config = write_project(files(**{"content/articles/wifi/leaky.md": leaky}))
    with pytest.raises(KbError):
        build(config, config.parent / "site", strict=True)
    assert not (config.parent / "site").exists()
    _, problems = load(config.parent / "content")
    found = [str(p) for p in problems if "leaky.md" in str(p) and p.level == "error"]
    assert found and all("leaky.md:10:" in p for p in found), found  # the workaround line


def test_pages_rendered_by_workers_have_banners_and_the_issue_box(
        write_project: Callable[[dict[str, str]], Path], monkeypatch: pytest.MonkeyPatch
        ) -> None:
    from kbgen.commands.build import build

    on("2026-11-16", monkeypatch)
    config = write_project(files(**{"content/articles/wifi/app-down.md": MAJOR}))
    config.write_text(config.read_text() + "extra:\n  kb:\n    build_workers: 2\n")
    site = build(config, config.parent / "site", strict=True)
    card = (site / "articles/billing/card-declined.html").read_text()
    assert "Payments fail with PAY_503" in banner(card) and "App down" in banner(card)
    own = (site / "articles/billing/payments-fail.html").read_text()
    assert "Workaround available" in visible_text(between(own, 'class="kb-issue ', "</section>"))


def test_updates_dated_after_the_build_day_wait_for_their_day(
        build_project: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    on("2026-11-05", monkeypatch)
    site = build_project(files())
    status = visible_text((site / "status.html").read_text())
    assert "We are looking into failed card payments" in status
    assert "Bank transfer works meanwhile" not in status  # dated 10 November
    assert "Last update 1 November 2026" in status

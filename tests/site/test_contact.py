"""One click to a human: the phone on every page, the contact page, mailto, JSON-LD."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import phonenumbers
import yaml

from tests.helpers import between, hrefs, visible_text
from tests.site.test_sample_site import CONTENT, PUBLISHED, page_of

CONTACT = yaml.safe_load((CONTENT / "_data/contact.yml").read_text())


def e164(line: dict) -> str:
    number = phonenumbers.parse(str(line["number"]), line.get("region"))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


MAIN = e164(CONTACT["lines"][0])


def test_every_page_has_the_main_number_as_a_tel_link(sample_site: Path) -> None:
    pages = sorted(sample_site.rglob("*.html"))
    assert len(pages) > 50 and sample_site / "404.html" in pages
    for page in pages:
        html = page.read_text()
        header = between(html, '<header class="md-header', "</header>")
        assert f'href="tel:{MAIN}"' in header, f"{page.relative_to(sample_site)} has no phone"


def test_contact_page_lists_numbers_hours_and_checklist(sample_site: Path) -> None:
    html = (sample_site / "contact.html").read_text()
    text = visible_text(html)
    content = between(html, '<article class="md-content__inner', "</article>")
    numbers = [h for h in hrefs(content) if h.startswith("tel:")]
    assert numbers == [f"tel:{e164(line)}" for line in CONTACT["lines"]]
    for line in CONTACT["lines"]:
        assert line["label"] in text
        for day, hours in line["hours"].items():
            expected = "Closed" if hours == "closed" else (
                ", ".join(hours) if isinstance(hours, list) else hours).replace("-", "–")
            assert re.search(rf"<th scope=\"row\">{day.capitalize()}</th><td>{expected}</td>",
                             content), (line["label"], day)
    for item in CONTACT["have_ready"]:
        assert item in text
    mail = next(h for h in hrefs(content) if h.startswith("mailto:"))
    assert mail.startswith(f"mailto:{CONTACT['email']}?")
    assert parse_qs(urlsplit(mail).query)["subject"] == [CONTACT["email_subject"]]
    assert "<form" not in content and "<input" not in content


def test_article_pages_prefill_the_email_with_title_and_url(sample_site: Path) -> None:
    for path, meta in PUBLISHED.items():
        html = (sample_site / page_of(path)).read_text()
        box = between(html, 'class="kb-still"', "</aside>")
        assert f'href="tel:{MAIN}"' in box
        mail = re.search(r'class="kb-still__mail" href="([^"]+)"', box).group(1)
        query = parse_qs(urlsplit(mail.replace("&amp;", "&")).query)
        assert meta["title"] in query["subject"][0]
        assert f"https://help.hearthly.example/{page_of(path)}" in query["body"][0]
        assert unquote(mail).startswith(f"mailto:{CONTACT['email']}")


def test_contact_point_json_ld_on_home_and_contact(sample_site: Path) -> None:
    for name in ("index.html", "contact.html"):
        html = (sample_site / name).read_text()
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert len(blocks) == 1, name
        data = json.loads(blocks[0])
        assert data["@type"] == "Organization" and data["name"] == CONTACT["company"]
        assert [p["telephone"] for p in data["contactPoint"]] == [
            e164(line) for line in CONTACT["lines"]]
        assert all(p["@type"] == "ContactPoint" for p in data["contactPoint"])
    article = (sample_site / page_of(next(iter(PUBLISHED)))).read_text()
    assert "ContactPoint" not in article  # articles carry their own Article data


def test_contact_is_in_navigation_and_footer(sample_site: Path) -> None:
    html = (sample_site / "index.html").read_text()
    nav = between(html, 'class="md-nav md-nav--primary"', "</nav>")
    footer = between(html, 'class="kb-footer-links"', "</nav>")
    assert "contact.html" in hrefs(nav) and "contact.html" in hrefs(footer)


def test_hours_and_number_are_in_the_html_without_javascript(sample_site: Path) -> None:
    html = (sample_site / "contact.html").read_text()
    without_scripts = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
    assert CONTACT["lines"][0]["hours"]["monday"].replace("-", "–") in without_scripts
    assert f'tel:{MAIN}' in without_scripts

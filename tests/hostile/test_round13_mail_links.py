"""The contact data's `email` is the address of every "e-mail us" link (the contact page, each
article's "still need help", the feedback form). It was written into `mailto:` as it is, and
its pattern allowed any character but `@` and spaces, so
`help@shop.example?bcc=records%40archive.net&x=` built a link that sent every customer's
message, with what they wrote about themselves, to another mailbox as a blind copy; the
gate let it through (a role address at a company's domain). The address must now be one
plain address (refused at its line by `kbgen check` and the build), and the links encode
whatever address they are given, as kb-feedback.js already did."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kbgen.site.contact import mailto
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import hrefs
from tests.hostile.refusals import run_in

SUPPORT = "help@shop-support.co.uk"
INJECTED = {
    "blind copy": f"{SUPPORT}?bcc=records%40shop-archive.net&x=",
    "copy": f"{SUPPORT}?cc=records%40shop-archive.net",
    "second recipient": f"{SUPPORT},records%40shop-archive.net",
    "second recipient, semicolon": f"{SUPPORT};records%40shop-archive.net",
    "query in the name": "help?bcc=records%40shop-archive.net&@shop-support.co.uk",
    "fragment": f"{SUPPORT}#bcc=records%40shop-archive.net",
    "encoded query": f"{SUPPORT}%3Fbcc%3Drecords%2540shop-archive.net",
}
"""What a contributor can write as `email` to add a mailbox to every customer's message."""


def contact(email: str) -> str:
    return (f"company: Shop\nemail: '{email}'\nlines:\n  - label: Support\n"
            "    number: +44 20 7946 0958\n    timezone: Europe/London\n"
            "    hours:\n      monday: 08:00-20:00\n")


def project(root: Path, email: str) -> Path:
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/_data/contact.yml": contact(email),
                       "content/contact.md": "# Contact\n\n<!-- kb:contact -->\n",
                       "content/articles/billing/ok.md": article("Fine article")},
                dedent_yaml=False)
    return root


@pytest.mark.parametrize("case", sorted(INJECTED))
def test_check_refuses_an_address_that_adds_a_mailbox(tmp_path: Path, case: str) -> None:
    code, output = run_in(project(tmp_path, INJECTED[case]), "check")
    assert code == 1
    assert "content/_data/contact.yml:2: error: 'email': " in output
    assert "would read as more than an address" in output and "write one plain address" in output


def test_the_build_refuses_it_and_publishes_nothing(tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, INJECTED["blind copy"]), "build")
    assert code != 0 and "content/_data/contact.yml:2: error: 'email'" in output
    assert not (tmp_path / "site").exists()


def test_every_mail_link_of_a_plain_address_has_one_recipient_and_no_copy(
        tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, SUPPORT), "build")
    assert code == 0, output
    site = tmp_path / "site"
    links = [href for page in ("contact.html", "articles/billing/ok.html")
             for href in hrefs((site / page).read_text()) if href.startswith("mailto:")]
    assert len(links) >= 2
    for link in links:
        url = urlsplit(link)
        assert url.path == SUPPORT and set(parse_qs(url.query)) <= {"subject", "body"}


@pytest.mark.parametrize("case", sorted(INJECTED))
def test_a_mail_link_encodes_the_address_it_is_given(case: str) -> None:
    url = urlsplit(mailto(INJECTED[case], "Help & more"))
    assert url.query.startswith("subject=") and url.query.count("=") == 1
    assert not url.fragment and "," not in url.path and ";" not in url.path

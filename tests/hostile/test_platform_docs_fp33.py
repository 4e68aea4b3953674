"""Issue 19 (fp33): the false findings fp32 left on real help-centre text, each class judged
by one real `kbgen check` of a project: the documentation example passes, the same shape
carrying someone's data or a live secret still fails."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

KEY, PASSWORD, EMAIL = "API key or token", "password or secret", "e-mail address"

CASES: list[ArticleCase] = [
    ("an address split by a break tag", "", "Mail jane@gm<br>ail.com today.\n", EMAIL),
]


def test_examples_pass_and_leaks_fail(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, CASES, [])
    assert misjudged(CASES, errors) == {}
    assert code == 1


def test_an_address_ends_at_a_line_break_tag(tmp_path: Path) -> None:
    """`a@trwnh.com<br /><a href="…">https://…`: one address, not a second one running on
    into the next line's link (`a@trwnh.comhttps`)."""
    body = ('Write to a@trwnh.com<br /><a href="https://trwnh.com"><span>https://</span>'
            "trwnh.com</a> or paypal.\n")
    _, errors = check_cases(tmp_path, [("a maintainer's address", "", body, EMAIL)], [])
    shown = [line for line in errors if "e-mail address" in line]
    assert len(shown) == 1 and "a***@t***.com)" in shown[0], errors

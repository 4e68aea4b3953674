"""A query word typed as a prefix reaches the words it begins, not identifiers
(kbgen.core.search_prefix): an API reference's attribute list no longer outranks the user
guide that answers in words. The browser's worker reads prefixes the same way
(tests/browser/test_search_prefix.py)."""

from __future__ import annotations

from typing import Any

import pytest

from kbgen.core.search import Term, build_index, clauses, search
from kbgen.core.search_prefix import continues_word

REFERENCE = {
    "title": "Account",
    "summary": "Represents a user of the server and their profile.",
    "headings": "locked followers_count following_count follow_requests_count statuses_count",
    "body": "locked: whether the account manually approves requests. followers_count: an "
            "integer. following_count: an integer. follow_requests_count: an integer. "
            "statuses_count: an integer."}
GUIDE = {
    "title": "Your profile",
    "summary": "Set up how others see you.",
    "headings": "Locked accounts",
    "body": "Lock your account so that people must ask before they follow you. You approve "
            "each follower request from your notifications. Your profile picture and bio are "
            "shown to everyone."}


def order(documents: list[dict[str, Any]], query: str) -> list[str]:
    """The refs of `query`'s results."""
    return [hit.ref for hit in search(build_index(documents), query)]


def test_identifiers_beginning_with_a_word_add_nothing_to_a_page() -> None:
    """Two pages say the same; one also lists attributes whose names begin with the query's
    word. They reached it as a prefix, each adding points, and put the list first (first
    without search_prefix); now the shorter page comes first, as BM25 has it."""
    text = "Approve each new follower from your notifications, or let anyone follow you."
    listing = {"title": "Followers", "body": text + " followers_count following_count "
               "follow_requests_count followed_by_count following_since"}
    plain = {"title": "Followers", "body": text + " followers count, following count, follow "
             "requests count, followed by count, following since"}
    assert order([listing, plain], "follow") == ["1", "0"]
    assert order([listing, plain], "followers") == ["1", "0"]


def test_a_prefix_reaches_words_it_begins_and_identifiers_only_when_typed() -> None:
    index = build_index([REFERENCE, GUIDE])
    reached = {index.terms[n] for numbers, _ in clauses(index, Term("foll", "foll"))
               for n in numbers}
    assert "follow" in reached
    assert not reached & {"followers_count", "following_count", "follow_requests_count"}
    typed = {index.terms[n] for numbers, _ in clauses(index, Term("followers_c",
                                                                  "followers_c"))
             for n in numbers}
    assert typed == {"followers_count"}
    assert [hit.ref for hit in search(index, "followers_count")][:1] == ["0"]


@pytest.mark.parametrize(("term", "prefix", "goes_on"), [
    ("followers", "follow", True), ("follow", "follow", True), ("café", "caf", True),
    ("e42x", "e42", True), ("followers_count", "follow", False),
    ("sidekiq.conf", "sidekiq", False), ("username@domain", "user", False),
    ("post&scheduled_at=2022", "post", False)])
def test_continues_word(term: str, prefix: str, goes_on: bool) -> None:
    assert continues_word(term, prefix) is goes_on

"""Pages written for developers rank below the customer's page unless the query is a
developer's (kbgen.core.search_audience), in `kbgen search` and in the browser's worker."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kbgen.core import search_audience
from kbgen.core.search import analyse, build_index, compact_index, patch_index, search
from kbgen.core.search_audience import DEVELOPER_WORDS, audience_weight
from kbgen.core.search_language import search_language
from tests.core.test_search_joins import document
from tests.core.test_search_weak import WORKER, worker_rankings

DOCUMENTS = [
    document("Account", "The account entity. Attributes: id (string), locked (boolean): "
                        "whether people need approval to follow the account; bot (boolean); "
                        "followers_count (integer). Returned by the accounts API methods."),
    document("Your profile", "Lock your account in the settings so that people need your "
                             "approval to follow you. Write a bio and pick a picture. Add a "
                             "header image, links to your pages, and fields that tell "
                             "others who you are; feature the hashtags you like."),
    document("Posting", "Write a post, add a picture, choose who sees it."),
    document("Moderation", "Mute or block an account. A muted account cannot follow you."),
]
QUERY = "lock my account so people need approval to follow"
"""The customer's page (1) against the API reference's entity (0), which holds the words
too, in a short page."""


def ranked(query: str, documents: list[dict[str, str]] = DOCUMENTS) -> list[str]:
    return [hit.ref for hit in search(build_index(documents), query)]


def test_the_customers_page_comes_before_the_developers_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert ranked(QUERY)[:2] == ["1", "0"]
    found = ranked("followers")
    assert found.index("1") < found.index("0")  # one word: re-ranked too
    monkeypatch.setattr(search_audience, "DEVELOPER_SHARE", 1.0)  # every page at full weight
    assert ranked(QUERY)[:2] == ["0", "1"]
    assert ranked("followers")[0] == "0"


def test_a_developers_query_ranks_every_page_at_full_weight() -> None:
    assert ranked("account attributes for bots")[0] == "0"
    assert ranked("is the account locked boolean")[0] == "0"


def test_a_pages_weight_is_its_share_of_developer_words() -> None:
    assert audience_weight("Lock your account so that people need approval.") == 1000
    assert audience_weight("") == 1000
    words = " ".join(["string"] * 6 + ["word"] * 94)  # twice the share: half the weight
    assert audience_weight(words) == 500
    assert audience_weight("Das API liefert einen String.") < 1000  # as read, any site...
    german = search_language("de")
    index = compact_index(DOCUMENTS, language=german)
    assert "audience" not in index  # ...but only an English site's index has weights


def test_the_index_holds_the_developers_pages_and_a_patch_keeps_them_right() -> None:
    before = compact_index(DOCUMENTS)
    assert set(before["audience"]) == {"0"}
    changed = [*DOCUMENTS]
    changed[0] = document("Account", "Your account, as your followers see it.")
    changed[2] = document("Statuses API", "POST /api/v1/statuses: parameters status (string), "
                                          "media_ids (array of string). Returns a Status object.")
    old = {ref: analyse(DOCUMENTS[ref], lambda text: text) for ref in (0, 2)}
    new = {ref: analyse(changed[ref], lambda text: text) for ref in (0, 2)}
    patched = patch_index(before, old, new, changed)
    assert patched["audience"] == compact_index(changed)["audience"]
    assert set(patched["audience"]) == {"2"}


def test_the_worker_has_the_same_developer_words() -> None:
    listed = re.search(r"var DEVELOPER_WORDS = new Set\(\((.*?)\)\.split", WORKER, re.S)
    assert listed
    words = "".join(re.findall(r'"([^"]*)"', listed.group(1))).split(" ")
    assert set(words) == DEVELOPER_WORDS and len(words) == len(DEVELOPER_WORDS)


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_ranks_the_developers_pages_as_python_does(tmp_path: Path) -> None:
    queries = [QUERY, "followers", "account attributes for bots", "mute an account"]
    worker = worker_rankings(tmp_path, DOCUMENTS, queries)
    assert worker[0][:2] == ["1", "0"]
    assert worker == [ranked(query) for query in queries]

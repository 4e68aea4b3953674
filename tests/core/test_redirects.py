"""`redirect_from`: which old addresses are accepted, and the cross-file rules; draft team
profiles (what importers create for authors)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.loader import load
from kbgen.core.redirects import old_path_problem, page_key
from tests.conftest import MINI_CATEGORIES, article, write_files


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("path", [
    "/hc/en-us/articles/360001-Reset-password",
    "/docs/setup/",
    "/old/page.html",
    "/hc/ru/articles/4-%D0%9F%D0%BE%D0%BC",
    "/setup/ручная-настройка/",
    "/a/b:c@d/(1)",
])
def test_accepted_old_paths(path: str) -> None:
    assert old_path_problem(path) is None


@pytest.mark.parametrize(("path", "says"), [
    ("https://old.example/a", "is a URL"),
    ("//evil.example/a", "is not a path"),
    ("old/page", "is not a path"),
    ("/a b", "is not a path"),
    ("/a?b=1", "is not a path"),
    ("/a#top", "is not a path"),
    ("/a/\"><script>", "is not a path"),
    ("/a\\b", "is not a path"),
    ("/a/../../etc", "must not contain '.', '..'"),
    ("/a/%2e%2e/b", "must not contain '.', '..'"),
    ("/a%2fb", "encoded '/'"),
    ("/a%00b", "encoded '/'"),
    ("/a%0ab", "control character"),
    ("/", "home page"),
    ("/" + "a" * 500, "characters long"),
])
def test_refused_old_paths(path: str, says: str) -> None:
    problem = old_path_problem(path)
    assert problem is not None and says in problem


def test_one_page_whatever_the_form() -> None:
    assert page_key("/a/b/") == page_key("/a/b") == page_key("/a/b/index.html") == "a/b"


def problems(tmp_path: Path, files: dict[str, str]) -> list[str]:
    write_files(tmp_path, {"_data/categories.yml": MINI_CATEGORIES, **files})
    return [str(p) for p in load(tmp_path)[1]]


def test_redirect_from_is_validated_with_its_line(tmp_path: Path) -> None:
    text = article(extra="redirect_from:\n  - /ok/\n  - https://old.example/x\n")
    assert problems(tmp_path, {"articles/billing/card.md": text}) == [
        "articles/billing/card.md:8: error: 'redirect_from[1]': 'https://old.example/x' is a"
        " URL; write the path of the old page only, e.g. /hc/en-us/articles/123-Reset-password"]


def test_an_old_address_leads_to_one_article_and_is_no_page_of_the_site(tmp_path: Path) -> None:
    files = {
        "articles/billing/card.md": article(extra="redirect_from: [/old/card/]\n"),
        "articles/wifi/router.md": article("Router", extra="redirect_from: [/old/card]\n"),
        "articles/wifi/modem.md": article("Modem", extra="redirect_from:"
                                                         " [/articles/billing/card.html]\n"),
    }
    assert problems(tmp_path, files) == [
        "articles/wifi/modem.md:6: error: old address '/articles/billing/card.html' is a page of"
        " this site; remove it from `redirect_from`",
        "articles/wifi/router.md:6: error: old address '/old/card' is also in"
        " articles/billing/card.md; an old address can lead to one article or category only"]


@pytest.mark.parametrize(("profile", "expected"), [
    ("name: Maria Gómez\nstatus: draft\n", []),
    ("name: Maria Gómez\n", ["team/maria.yml:1: error: missing required key 'role'"]),
    ("status: draft\n", ["team/maria.yml:1: error: missing required key 'name'"]),
    ("status: published\n", ["team/maria.yml:1: error: missing required key 'name'",
                             "team/maria.yml:1: error: missing required key 'role'"]),
])
def test_draft_profiles_need_the_name_only(tmp_path: Path, profile: str,
                                           expected: list[str]) -> None:
    files = {"articles/billing/card.md": article(extra="author: maria\n"),
             "team/maria.yml": profile}
    found = problems(tmp_path, files)
    assert [p for p in found if "team/" in p.split(":")[0]] == expected
    if not expected:
        assert found == []  # a draft profile is a valid author
        kb, _ = load(tmp_path)
        assert "maria" not in kb.team and "maria" in kb.draft_team

"""Old addresses (`redirect_from`) of one language that name another language's pages or
folder (hostile60's left (a), as a class). Each language's `kbgen check` compares its old
addresses with its own pages, without its prefix. On main, in a site in English and French:
an English article's `/fr/ancien`, `/FR/x` or `/f%C5%95/x` (`fŕ`, `fr` in ASCII) passed check
and build, its redirect page written into the French build's folder (or `FR/` beside `fr/`,
one folder on a case-insensitive host); `/fr/`, `/fr/index.html`, a French article's address,
`/fr/feed-articles.json` and `/fr/search/search_index.json` passed check and the build
dropped them with a warning; a French article's old address naming its own page
(`/fr/articles/...`) or an English page it does not translate did the same. Now each is an
error at its line, in check and build; `/free/x`, `/hc/fr/x`, `/fr-ca/x` in English and
`/fr/ancien` in French build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import run_in
from tests.hostile.test_round17_translation_prefixes import project

EN = "content/articles/billing/plain.md"
FR = "translations/fr/articles/billing/plain.md"
ONLY_EN = {"content/articles/billing/only.md": article("Only in English")}

REFUSED = {
    "en under fr": (EN, "/fr/ancien", {}, "is under fr/, where the fr pages"),
    "en under FR": (EN, "/FR/x", {}, "is under fr/"),
    "en under fr in ASCII": (EN, "/f%C5%95/x", {}, "is under fr/"),
    "en at fr home": (EN, "/fr/", {}, "is under fr/"),
    "en at fr index": (EN, "/fr/index.html", {}, "is under fr/"),
    "en at a fr page": (EN, "/fr/articles/billing/plain.html", {}, "is under fr/"),
    "en at a fr feed": (EN, "/fr/feed-articles.json", {}, "is under fr/"),
    "en at the fr index": (EN, "/fr/search/search_index.json", {}, "is under fr/"),
    "fr at its own page": (FR, "/fr/articles/billing/plain.html", {},
                           "is the page fr/articles/billing/plain of this site, in fr"),
    "fr at its own page folder": (FR, "/fr/articles/billing/plain/", {},
                                  "is the page fr/articles/billing/plain of this site, in fr"),
    "fr at its home": (FR, "/FR/", {}, "is the page fr/ of this site, in fr"),
    "fr at an English page": (FR, "/articles/billing/only.html", ONLY_EN,
                              "is the page articles/billing/only of this site, in the default"
                              " language (en)"),
}


def _site(root: Path, path: str, old: str, files: dict[str, str]) -> Path:
    title = "Plain un" if path == FR else "Plain one"
    return project(root, {path: article(title, extra=f"redirect_from: ['{old}']\n"), **files})


@pytest.mark.parametrize("case", REFUSED)
def test_check_refuses_each(tmp_path: Path, case: str) -> None:
    path, old, files, why = REFUSED[case]
    code, output = run_in(_site(tmp_path, path, old, files), "check")
    assert code == 1, output
    assert f"{path}:6: error: old address '{old}' {why}" in output, output
    assert "the build would keep what is published there and drop the redirect" in output


@pytest.mark.parametrize("case", ["en under fr", "en at a fr page", "fr at an English page"])
def test_the_build_refuses_and_publishes_nothing(tmp_path: Path, case: str) -> None:
    path, old, files, _ = REFUSED[case]
    root = _site(tmp_path, path, old, files)
    code, output = run_in(root, "build")
    assert code == 1 and f"old address '{old}'" in output, output
    assert not (root / "site").exists()


def test_neighbours_build(tmp_path: Path) -> None:
    root = project(tmp_path, {
        EN: article("Plain one", extra="redirect_from: [/free/x, /hc/fr/x, /fr-ca/x]\n"),
        FR: article("Plain un", extra="redirect_from: [/fr/ancien]\n")})
    code, output = run_in(root, "build")
    assert code == 0, output
    assert "plain.html" in (root / "site/free/x/index.html").read_text(encoding="utf-8")

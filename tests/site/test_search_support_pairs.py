"""A customer's word that names the article's thing in support talk though no dictionary
joins them (kbgen.core.support_pairs: `fingerprint`/`biometric`, `beta`/`prerelease`)
reaches the article, when the site uses both words. One real build of a small site,
searched through the index it ships (the browser reads the same `related` terms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.commands.build import build
from kbgen.core import concepts
from kbgen.core.support_pairs import SUPPORT_PAIRS
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import shipped_index, site_search

FILES = {
    "content/articles/wifi/biometric-unlock.md": article(
        "Unlock the app with biometrics", body="## Steps\n\nTurn on biometric unlock in the "
        "security settings to open the app without typing your passcode.\n"),
    "content/articles/wifi/verify-a-download.md": article(
        "Verify a download", body="## Steps\n\nCompare the fingerprint of the signing key "
        "with the one printed on the release page.\n"),
    "content/articles/wifi/early-versions.md": article(
        "Get prerelease versions", body="## Steps\n\nChoose the prerelease channel in the "
        "update settings.\n"),
    "content/articles/billing/test-builds.md": article(
        "Report a problem", body="## Steps\n\nWrite to us from the beta forum or by mail.\n"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("support-pairs")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **FILES})
    return build(root / "mkdocs.yml", root / "site", strict=True)


@pytest.mark.parametrize("query, slug", [
    ("fingerprint", "wifi/biometric-unlock"),
    ("beta", "wifi/early-versions"),
    ("beta channel", "wifi/early-versions"),
])
def test_a_customers_word_reaches_the_articles_word(site: Path, query: str, slug: str
                                                    ) -> None:
    assert f"articles/{slug}.html" in site_search(site, query, 5)


def test_the_pairs_are_related_terms_of_the_index(site: Path) -> None:
    related = shipped_index(site)["related"]
    assert "biometr" in related["fingerprint"]
    assert "prereleas" in related["beta"]


def test_a_word_only_its_partner_holds_is_still_the_weaker_match(site: Path) -> None:
    """The page that says `fingerprint` stays above the one reached through its partner."""
    assert site_search(site, "fingerprint", 2) == ["articles/wifi/verify-a-download.html",
                                                   "articles/wifi/biometric-unlock.html"]


def test_the_support_words_stay_out_of_the_dictionary_the_gate_reads() -> None:
    """kbgen.core.person_names and placeholder_words read `pair_words` as dictionary words:
    a support word no shipped file holds (`faceid`) is no dictionary word for them."""
    support = {word for pair in SUPPORT_PAIRS for word in pair}
    assert "faceid" in support and "faceid" in concepts.related_words()
    assert "faceid" not in concepts.pair_words()

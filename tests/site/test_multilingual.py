"""Multilingual help centres: the two-language sample (tests/fixtures/multilingual) built once;
each language's own pages and search, the switcher, the sitemaps' hreflang, and the checks."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, REPO, article
from tests.helpers import between, run_cli, shipped_index, site_search

GERMAN_QUERIES = ["Rechnungen", "uberweisung", "Überweisung", "Strasse", "straße",
                  "anderung", "Passwortänderung", "Änderungen Passwort", "doppelt bezahlt",
                  "Erstattungen", "Kontoauszug", "PAY_DUPLICATE_409", "Thermostat offline",
                  "wlan router", "Bestaetigung", "bestätigung mail", "Einstelungen"]
ENGLISH_QUERIES = ["refunds", "charged twice", "password", "router offline", "red light hub"]
SWITCHER = re.compile(r'<div class="md-header__option kb-languages">.*?</ul>', re.S)


def switcher(html: str) -> list[tuple[str, str, bool]]:
    """(language, href, current) of each link of a page's language switcher."""
    found = SWITCHER.search(html)
    assert found, "no language switcher"
    return [(lang, href, "aria-current" in tag) for tag, href, lang in re.findall(
        r'(<a href="([^"]*)" hreflang="([^"]*)"[^>]*>)', found.group(0))]


def page(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_each_language_has_its_own_home_categories_search_and_feeds(
        multilingual_site: Path) -> None:
    german = page(multilingual_site, "de/index.html")
    assert '<html lang="de"' in german and '<html lang="en"' in page(multilingual_site,
                                                                    "index.html")
    assert "Rechnungen und Zahlungen" in german and ">Billing<" not in german
    for path in ("de/articles/billing/index.html", "de/contact.html", "de/status.html",
                 "de/feed-articles.atom", "de/sitemap.xml", "de/search/kb-index.json"):
        assert (multilingual_site / path).is_file(), path
    assert "Hearthly GmbH" in page(multilingual_site, "de/contact.html")
    english = ("Still need help", "Does this sound like your problem", "Related articles",
               "Was this")  # on every English article (kbgen's interface text)
    article = page(multilingual_site, "articles/billing/charged-twice.html")
    assert all(text in article for text in english)
    for path in (multilingual_site / "de").rglob("*.html"):
        assert not any(text in path.read_text(encoding="utf-8") for text in english), path
    german_index = shipped_index(multilingual_site / "de")
    assert german_index["lang"] == "de" and "uberweis" in german_index["terms"]
    assert "lang" not in shipped_index(multilingual_site)  # English: lunr.js's own pipeline
    feed = page(multilingual_site, "de/feed-articles.atom")
    assert "https://help.example/de/articles/billing/doppelt-abgebucht.html" in feed
    assert "charged-twice" not in feed
    # each site ships the stemmer of its own search language, and only that one
    stemmers = "assets/javascripts/vendor/lunr-languages"
    assert sorted(p.name for p in (multilingual_site / "de" / stemmers).iterdir()) == [
        "LICENSE", "lunr.de.min.js", "lunr.stemmer.support.min.js"]
    assert not (multilingual_site / stemmers).exists()


def test_the_switcher_goes_to_the_translation_or_that_languages_home(
        multilingual_site: Path) -> None:
    expected = {
        "articles/billing/charged-twice.html":
            [("en", "charged-twice.html", True),
             ("de", "../../de/articles/billing/doppelt-abgebucht.html", False)],
        "articles/wifi/hub-light-blinks-red.html":  # not translated: the German home
            [("en", "hub-light-blinks-red.html", True), ("de", "../../de/index.html", False)],
        "de/articles/account/passwortaenderung-per-e-mail-bestaetigen.html":  # German only
            [("en", "../../../index.html", False),
             ("de", "passwortaenderung-per-e-mail-bestaetigen.html", True)],
        "de/articles/billing/index.html":  # a category both languages have
            [("en", "../../../articles/billing/index.html", False), ("de", "index.html", True)],
        "index.html": [("en", "index.html", True), ("de", "de/index.html", False)],
    }
    for path, links in expected.items():
        assert switcher(page(multilingual_site, path)) == links, path


def test_every_switcher_link_of_every_page_resolves(multilingual_site: Path) -> None:
    pages = sorted(p for p in multilingual_site.rglob("*.html") if p.name != "404.html")
    assert len(pages) > 30
    for path in pages:
        relative = path.relative_to(multilingual_site).as_posix()
        links = switcher(path.read_text(encoding="utf-8"))
        assert [lang for lang, _, _ in links] == ["en", "de"], relative
        assert sum(current for _, _, current in links) == 1, relative
        for lang, href, _ in links:
            target = urljoin(f"https://x/{relative}", href).removeprefix("https://x/")
            assert (multilingual_site / target).is_file(), (relative, href)
            assert target.startswith("de/") == (lang == "de"), (relative, href)


def test_the_sitemaps_list_translations_and_no_head_does(multilingual_site: Path) -> None:
    """hreflang in the sitemaps only: Material asks for a `sitemap.xml` beside every
    `<link rel="alternate">` of a head (tests/browser/test_multilingual.py)."""
    english = "https://help.example/articles/billing/charged-twice.html"
    german = "https://help.example/de/articles/billing/doppelt-abgebucht.html"
    alternates = (f'<xhtml:link rel="alternate" hreflang="en" href="{english}"/>'
                  f'<xhtml:link rel="alternate" hreflang="de" href="{german}"/>'
                  f'<xhtml:link rel="alternate" hreflang="x-default" href="{english}"/>')
    for path in ("articles/billing/charged-twice.html",
                 "de/articles/billing/doppelt-abgebucht.html"):
        assert "hreflang" not in between(page(multilingual_site, path), "<head>", "</head>")
    sitemap = page(multilingual_site, "sitemap.xml")
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in sitemap
    assert alternates in between(sitemap, f"<loc>{english}</loc>", "</url>")
    assert alternates in between(page(multilingual_site, "de/sitemap.xml"),
                                 f"<loc>{german}</loc>", "</url>")
    untranslated = "https://help.example/articles/wifi/hub-light-blinks-red.html"
    assert "hreflang" not in between(sitemap, f"<loc>{untranslated}</loc>", "</url>")
    assert german in page(multilingual_site, "de/sitemap.xml")
    robots = page(multilingual_site, "robots.txt")
    assert ("Sitemap: https://help.example/sitemap.xml\n"
            "Sitemap: https://help.example/de/sitemap.xml\n") in robots
    assert not (multilingual_site / "de/robots.txt").exists()
    assert not (multilingual_site / "de/_headers").exists()


def test_the_root_policy_allows_the_german_pages_scripts(multilingual_site: Path) -> None:
    from kbgen.site.hosting import _executable_scripts, read_headers, script_hash

    policy = read_headers(multilingual_site)["Content-Security-Policy"]
    german = page(multilingual_site, "de/articles/billing/doppelt-abgebucht.html")
    scripts = _executable_scripts(german)
    assert scripts and all(script_hash(body) in policy for body in scripts)
    meta = german.split('http-equiv="Content-Security-Policy" content="')[1].split('"')[0]
    assert all(script_hash(body) in meta for body in scripts)  # the page's own policy too


def test_a_single_language_site_is_as_it_was(sample_site: Path) -> None:
    """The sample (no `languages`): no switcher, no hreflang, no stemmer files, English
    index, the sitemap as before."""
    html = page(sample_site, "index.html")
    assert "kb-languages" not in html and "hreflang" not in html
    assert not (sample_site / "assets/javascripts/vendor/lunr-languages").exists()
    assert "lang" not in shipped_index(sample_site)
    assert page(sample_site, "sitemap.xml").startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')


def cli_top(config: Path, query: str, language: str) -> list[str]:
    result = run_cli("search", "-f", str(config), "-l", language, "-n", "5", "--json", query)
    return [row["slug"] for row in json.loads(result.stdout or "[]")]


STEMMED = {"de": ["Rechnungen", "Erstattungen", "uberweisung", "Strasse", "anderung"],
           "en": ["refunds", "password"]}
"""A stemmed, folded or compound word in each language: `kbgen search` and the site give
the same top 5. (On other queries they may differ a little: the site's index also holds the
team and contact pages, and `kbgen search` drafts, so the numbers of documents differ.)"""


def test_kbgen_search_ranks_each_language_as_its_site_does(multilingual_site: Path) -> None:
    config = multilingual_site.parent / "mkdocs.yml"
    for language, site in (("de", multilingual_site / "de"), ("en", multilingual_site)):
        for query in STEMMED[language]:
            shipped = [Path(location).stem for location in site_search(site, query, 5)]
            assert cli_top(config, query, language) == shipped, (language, query)
    assert cli_top(config, "Rechnungen", "de")[0] == "doppelt-abgebucht"
    assert cli_top(config, "uberweisung", "de") == cli_top(config, "Überweisung", "de") == [
        "thermostat-offline-after-router-change"]
    assert cli_top(config, "Strasse", "de") == ["passwortaenderung-per-e-mail-bestaetigen"]
    # a part of a compound finds the compound: `anderung` in `Passwortänderung`
    assert cli_top(config, "anderung", "de")[0] == "passwortaenderung-per-e-mail-bestaetigen"
    refused = run_cli("search", "-f", str(config), "-l", "fr", "x")  # kbgen search's exit
    # status in a real process: tests/test_authoring.py
    assert refused.returncode == 1
    assert "'fr' is not a language of this site; extra.kb.languages lists en, de" in (
        refused.stderr)


def test_check_advises_on_missing_and_outdated_translations(multilingual_site: Path) -> None:
    project = multilingual_site.parent
    result = run_cli("check", "--format", "json", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    found = {(p["path"], p["message"].split(";")[0]) for p in json.loads(result.stdout)["problems"]
             if p["level"] == "warning" and "stale" not in p["message"]}
    assert found == {
        ("content/articles/wifi/hub-light-blinks-red.md", "no translation into de yet"),
        ("translations/de/articles/account/change-your-password.md",
         "outdated translation: content/articles/account/change-your-password.md was updated"
         " on 2026-04-20, this translation (2026-02-01) is older"),
    }


TWO_LANGUAGES = MINI_CONFIG + "markdown_extensions:\n  - kbgen.site.guard\n" \
    "extra:\n  kb:\n    languages: [en, de]\n"


def test_translation_of_is_checked_with_path_and_line(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({
        "mkdocs.yml": TWO_LANGUAGES,
        "content/articles/billing/card-declined.md": article(),
        "content/articles/billing/refund.md": article("Refund", extra="translation_of: refund\n"),
        "translations/de/index.md": "# Hilfe\n",
        "translations/de/_data/categories.yml": MINI_CATEGORIES,
        "translations/de/articles/billing/karte.md": article(
            "Karte abgelehnt", extra="translation_of: card-declined\n"),
        "translations/de/articles/billing/karte-2.md": article(
            "Karte abgelehnt, noch einmal", extra="translation_of: card-declined\n"),
        "translations/de/articles/billing/falsch.md": article(
            "Falsch", extra="translation_of: no-such-article\n"),
    })
    result = run_cli("check", cwd=config.parent)
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert lines == [
        "content/articles/billing/refund.md:6: error: translation_of: only translations have"
        " this key, and this is the default language's (en) own article; remove it",
        "translations/de/articles/billing/falsch.md:6: error: translation_of: no article"
        " 'no-such-article' in content/ (the default language, en); use the file name of the"
        " article this translates, without .md",
        "translations/de/articles/billing/karte.md:6: error: translates"
        " articles/billing/card-declined.md as translations/de/articles/billing/karte-2.md"
        " already does; keep one translation per article (or set `translation_of` to another"
        " article's slug)",
    ]
    built = run_cli("build", cwd=config.parent)  # every language's, before any is built
    assert built.returncode == 1
    assert all(line in built.stderr for line in lines), built.stderr
    assert not (config.parent / "site").exists()


@pytest.mark.parametrize(("languages", "message"), [
    ("[en, xx]", "no language 'xx': write a language code Babel knows"),
    ("[en, RU]", "write language code 'RU' in lowercase ('ru')"),
    ("[en, de, en]", "a language is listed twice"),
])
def test_unknown_or_repeated_languages_are_refused(
        write_project: Callable[[dict[str, str]], Path], languages: str, message: str) -> None:
    config = write_project({"mkdocs.yml": MINI_CONFIG + f"extra:\n  kb:\n    languages:"
                                          f" {languages}\n"})
    result = run_cli("check", "-f", str(config))
    assert result.returncode == 1 and message in result.stderr, result.stderr


def test_the_sample_fixture_is_documented() -> None:
    readme = (REPO / "tests/fixtures/multilingual/README.md").read_text(encoding="utf-8")
    for path in (REPO / "tests/fixtures/multilingual/content/articles").rglob("*.md"):
        assert path.name in readme, path.name


def test_the_build_summary_counts_each_languages_articles_once(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    """German's build ran on the same plugin instance and replaced the English build's state:
    `kbgen build` said "Published 114 articles" of OpenCloud's 323 English ones (the German
    count; new44), and cached the German files as the site's. The summary then counted the
    default language's alone: a Japanese site with an English translation said "Published 2
    articles" of the 3 it published (newuser60); it counts every language's, each once."""
    from kbgen.commands.build import build_with_summary

    config = write_project({
        "mkdocs.yml": TWO_LANGUAGES,
        "content/articles/billing/card-declined.md": article(),
        "translations/de/index.md": "# Hilfe\n",
        "translations/de/_data/categories.yml": MINI_CATEGORIES,
        "translations/de/articles/billing/karte.md": article(
            "Karte abgelehnt", extra="translation_of: card-declined\n"),
        "translations/de/articles/billing/papier.md": article("Rechnung auf Papier", "draft"),
    })
    summary = build_with_summary(config, config.parent / "site")
    assert (summary.published, summary.drafts) == (2, 1)  # English (1, 0) + German (1, 1)
    assert (config.parent / "site/de/articles/billing/karte.html").is_file()


def test_a_missing_language_folder_or_home_is_reported(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({
        "mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    languages: [en, de, fr]\n",
        "content/articles/billing/card-declined.md": article(),
        "translations/de/_data/categories.yml": MINI_CATEGORIES,
        "translations/de/articles/billing/card-declined.md": article("Karte abgelehnt"),
    })
    result = run_cli("check", cwd=config.parent)
    assert result.returncode == 1
    assert ("translations/de/index.md: error: the de folder has no home page, which every"
            " page's language switcher links to; add index.md") in result.stdout
    assert ("translations/fr: warning: extra.kb.languages lists 'fr' but its folder is missing;"
            " create it with an index.md and articles/") in result.stdout.splitlines()


def test_a_one_language_site_can_search_in_german(
        build_project: Callable[..., Path]) -> None:
    site = build_project({
        "mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    languages: [de]\n",
        "content/articles/billing/karte.md": article(
            "Karte abgelehnt", body="## Lösung\n\nPrüfen Sie die Überweisungen.\n"),
    })
    index = shipped_index(site)
    assert index["lang"] == "de" and "uberweis" in index["terms"]
    assert site_search(site, "uberweisung") == ["articles/billing/karte.html"]
    assert (site / "assets/javascripts/vendor/lunr-languages/lunr.de.min.js").is_file()
    assert "kb-languages" not in page(site, "articles/billing/karte.html")

"""Every customer's language: kbgen's catalogues are complete, a German build of the sample
has no English interface text left, a site's own wording and languages, and pages named in
other scripts; real builds, and the German site in Chromium."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.messages.extract import extract_from_dir
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.i18n import LOCALE_DIR, SHIPPED, read_catalogue
from kbgen.site.i18n import BROWSER_MESSAGES
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, REPO, article, write_files
from tests.helpers import between, hrefs, visible_text

PACKAGE = REPO / "kbgen"
JS = PACKAGE / "theme" / "assets" / "javascripts"


# ---- The catalogues ----

def extracted() -> set[str | tuple[str, str]]:
    """Every message kbgen's code and templates mark, as `pybabel extract` finds them."""
    methods = [("kbgen/**.py", "python"), ("kbgen/theme/**.html", "jinja2")]
    options = {"kbgen/theme/**.html": {"extensions": "jinja2.ext.i18n",
                                        "trim_blocks": "true", "lstrip_blocks": "true"}}
    found: set[str | tuple[str, str]] = set()
    for _, _, message, _, _ in extract_from_dir(REPO, methods, options,
                                                keywords={"_": None, "gettext": None,
                                                          "ngettext": (1, 2), "N_": None}):
        found.add(message if isinstance(message, str) else (message[0], message[1]))
    return found


def test_the_template_lists_every_message_kbgen_marks() -> None:
    template = {m.id for m in read_catalogue(LOCALE_DIR / "kbgen.pot") if m.id}
    assert template == extracted(), "run pybabel extract (README, \"Languages\")"


def catalogues() -> list[str]:
    """The language of every catalogue in kbgen/locale, shipped or not."""
    return sorted(path.parent.parent.name for path in LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def test_every_catalogue_is_shipped() -> None:
    assert set(catalogues()) == set(SHIPPED)


@pytest.mark.parametrize("language", catalogues())
def test_every_catalogue_is_complete(language: str) -> None:
    catalog = read_catalogue(LOCALE_DIR / language / "LC_MESSAGES" / "kbgen.po")
    wanted = {m.id for m in read_catalogue(LOCALE_DIR / "kbgen.pot") if m.id}
    have = {m.id for m in catalog if m.id}
    assert wanted - have == set(), "missing messages: run pybabel update"
    assert have - wanted == set(), "messages kbgen no longer shows"
    assert not catalog.obsolete
    for message in catalog:
        if not message.id:
            continue
        texts = [message.string] if isinstance(message.string, str) else list(message.string)
        assert texts and all(texts), f"{language}: untranslated {message.id!r}"
        assert not message.fuzzy, f"{language}: fuzzy {message.id!r}"
    assert list(catalog.check()) == []  # placeholders and plural forms match


def test_the_scripts_say_only_what_the_catalogue_has() -> None:
    said = set()
    for script in ("kb.js", "kb-feedback.js"):
        said |= set(re.findall(r"\bt\(\"((?:[^\"\\]|\\.)*)\"", (JS / script).read_text()))
    assert said and said == set(BROWSER_MESSAGES)


# ---- A German build of the sample ----

@pytest.fixture(scope="module")
def german_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample help centre with `theme.language: de`, built once for this module."""
    from kbgen.commands.build import build

    root = tmp_path_factory.mktemp("german")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = (config.replace("docs_dir: content", f"docs_dir: {REPO / 'content'}")
              .replace("custom_dir: theme", f"custom_dir: {REPO / 'theme'}")
              .replace("language: en", "language: de"))
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return build(root / "mkdocs.yml", root / "site", strict=True)


class _Strings(HTMLParser):
    """What a reader sees or hears of a page: text (scripts and styles left out) and the
    labels, titles, placeholders and alternative texts of elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("script", "style")
        self.found += [value.strip() for name, value in attrs
                       if name in ("aria-label", "title", "placeholder", "alt") and value]

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.hidden and data.strip():
            self.found.append(re.sub(r"\s+", " ", data).strip())


def page_strings(html: str) -> list[str]:
    """The visible and spoken strings of a page."""
    parser = _Strings()
    parser.feed(html)
    return parser.found


def interface_pieces(language: str) -> set[str]:
    """The English interface text, cut at its placeholders, less what the language writes
    the same way (`Navigation`, `JSON Feed`): pieces with four letters or more."""
    catalog = read_catalogue(LOCALE_DIR / language / "LC_MESSAGES" / "kbgen.po")

    def pieces(text: str) -> set[str]:
        parts = (part.strip(" .,:;()") for part in re.split(r"%\(\w+\)[sd]", text))
        return {part for part in parts if len(re.sub(r"[^A-Za-z]", "", part)) >= 4}
    english: set[str] = set()
    same: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        for text in ids:
            english |= pieces(text)
        for text in strings:
            same |= pieces(text)
    return english - same


def content_text() -> str:
    """Everything the sample's authors wrote (articles, pages, data files)."""
    return "\n".join(path.read_text(encoding="utf-8") for path in (REPO / "content").rglob("*")
                     if path.suffix in (".md", ".yml"))


PAGE_TYPES = {
    "home": "index.html",
    "article": "articles/billing/charged-twice-after-a-payment-retry.html",
    "known issue article":
        "articles/heating-schedules/schedule-changes-not-reaching-thermostat-sync-504.html",
    "category": "articles/billing/index.html",
    "tags": "tags.html",
    "tag": "tags/billing.html",
    "team": "team/index.html",
    "profile": "team/ana-souza.html",
    "contact": "contact.html",
    "status": "status.html",
    "news": "news/index.html",
    "news post": "news/app-5-4-release-notes.html",
    "subscribe": "subscribe.html",
    "not found": "404.html",
}


def test_the_page_types_exist(sample_site: Path) -> None:
    missing = [name for name, path in PAGE_TYPES.items() if not (sample_site / path).is_file()]
    assert missing == []


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_a_german_page_has_no_english_interface_text(sample_site: Path, german_site: Path,
                                                     kind: str) -> None:
    """A string of the German page that the English page has too is the authors' text or
    English left over: it is left over when it is (or holds) a piece of kbgen's English
    interface text that the authors did not write."""
    english = set(page_strings((sample_site / PAGE_TYPES[kind]).read_text(encoding="utf-8")))
    german = page_strings((german_site / PAGE_TYPES[kind]).read_text(encoding="utf-8"))
    pieces, written = interface_pieces("de"), content_text()
    left = sorted({text for text in german if text in english and text not in written
                   and any(text == piece or (piece.count(" ") >= 2 and piece in text)
                           for piece in pieces)})
    assert left == []
    assert len(set(german) - english) >= 3  # the page did change language


def test_heading_links_are_named_in_the_sites_language(sample_site: Path,
                                                       german_site: Path) -> None:
    """The ¶ link beside each heading: its title, which screen readers speak, is German on
    a German site (Python-Markdown's default is English), English on an English one."""
    german = (german_site / PAGE_TYPES["article"]).read_text(encoding="utf-8")
    english = (sample_site / PAGE_TYPES["article"]).read_text(encoding="utf-8")
    assert german.count('class="headerlink"') >= 2
    assert german.count('title="Permanenter Link"') == german.count('class="headerlink"')
    assert "Permanent link" not in german and 'title="Permanent link"' in english


@pytest.fixture(scope="module")
def sample_in(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The sample help centre built in a language (`theme.language`), once per language."""
    from kbgen.commands.build import build

    built: dict[str, Path] = {}

    def site(language: str) -> Path:
        if language not in built:
            root = tmp_path_factory.mktemp(language)
            config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
            config = (config.replace("docs_dir: content", f"docs_dir: {REPO / 'content'}")
                      .replace("custom_dir: theme", f"custom_dir: {REPO / 'theme'}")
                      .replace("language: en", f"language: {language}"))
            (root / "mkdocs.yml").write_text(config, encoding="utf-8")
            built[language] = build(root / "mkdocs.yml", root / "site", strict=True)
        return built[language]
    return site


@pytest.mark.parametrize("language", ["ru", "ja", "ar", "zh"])
def test_every_language_leaves_no_english_interface_text(sample_site: Path, sample_in: Any,
                                                         language: str) -> None:
    """The German check above on every page type, in a language of each other script (the
    rest of SHIPPED was checked alike once: bench/RESULTS.md, branch langs34)."""
    site, pieces, written = sample_in(language), interface_pieces(language), content_text()
    left, unchanged = {}, []
    for kind, path in PAGE_TYPES.items():
        english = set(page_strings((sample_site / path).read_text(encoding="utf-8")))
        shown = page_strings((site / path).read_text(encoding="utf-8"))
        found = sorted({text for text in shown if text in english and text not in written
                        and any(text == piece or (piece.count(" ") >= 2 and piece in text)
                                for piece in pieces)})
        if found:
            left[kind] = found
        if len(set(shown) - english) < 3:
            unchanged.append(kind)
    assert left == {} and unchanged == []


def test_the_check_finds_english_left_on_a_page(sample_site: Path) -> None:
    """The check above, on the English page against itself, finds the interface text."""
    html = (sample_site / PAGE_TYPES["contact"]).read_text(encoding="utf-8")
    strings = page_strings(html)
    pieces = interface_pieces("de")
    assert {"Have this ready when you call", "Write to us"} <= {
        text for text in strings if text in pieces}


def words(html: str) -> str:
    """The visible text of `html`, without the space that separate elements leave before a
    comma or full stop."""
    return re.sub(r" ([,.])", r"\1", visible_text(html))


def test_german_dates_hours_and_names(german_site: Path) -> None:
    contact = (german_site / "contact.html").read_text(encoding="utf-8")
    text = words(between(contact, 'class="kb-contact"', "</article>"))
    assert "Montag 08:00–20:00" in text and "Sonntag Geschlossen" in text
    assert "wir antworten innerhalb eines Werktags" in text
    assert "Sprachen: Englisch, Portugiesisch und Spanisch." in text
    profile = words((german_site / "team/ana-souza.html").read_text(encoding="utf-8"))
    assert "Spricht Englisch, Portugiesisch und Spanisch" in profile
    news = visible_text((german_site / "news/app-5-4-release-notes.html").read_text("utf-8"))
    assert re.search(r"Veröffentlicht am \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ 20\d\d", news)
    article = (german_site / PAGE_TYPES["article"]).read_text(encoding="utf-8")
    assert '<html lang="de"' in article and '"inLanguage": "de"' in article.replace(
        '"inLanguage":"de"', '"inLanguage": "de"')
    assert "Geschrieben von" in visible_text(article)


def test_german_feeds_and_script_texts(german_site: Path) -> None:
    feed = json.loads((german_site / "feed-issues.json").read_text(encoding="utf-8"))
    assert feed["title"].endswith(": Bekannte Probleme")
    home = (german_site / "index.html").read_text(encoding="utf-8")
    blob = re.search(r'data-kb-messages="([^"]*)"', home)
    assert blob is not None
    import html as html_lib
    messages = json.loads(html_lib.unescape(blob.group(1)))
    assert set(messages) == set(BROWSER_MESSAGES)
    assert messages["Open now, closes at %(time)s"] == "Jetzt geöffnet, schließt um %(time)s"


# ---- A French site with its own wording, languages and promise ----

FRENCH_CONTACT = """\
company: Test SARL
email: support@test.example
lines:
  - label: Main line
    number: "+44 20 7946 0000"
    timezone: Europe/London
    languages: [en]
    hours: {monday: "09:00-17:00"}
  - label: Ligne française
    number: "+33 1 23 45 67 89"
    timezone: Europe/Paris
    languages: [fr, English]
    hours: {monday: "09:00-17:00"}
"""


@pytest.fixture(scope="module")
def french_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kbgen.commands.build import build

    root = tmp_path_factory.mktemp("french")
    config = MINI_CONFIG.replace("  font: false\n", "  font: false\n  language: fr\n") + """\
extra:
  kb:
    reply_within: {hours: 4}
    messages:
      "Still need help?": "Une question ?"
      "Who is who": {fr: "L’équipe", de: "Das Team"}
      "Written by %(author)s, %(role)s": "Par %(author)s"
      "Does this sound like your problem?": "<img src=x onerror=alert(1)> C’est ça ?"
"""
    write_files(root, {
        "mkdocs.yml": config, "content/index.md": "# Accueil\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/_data/contact.yml": FRENCH_CONTACT,
        "content/team/sam.yml": "name: Sam Lee\nrole: Support\nlanguages: [de, pt-BR]\n",
        "content/articles/billing/card.md": article(extra="author: sam\n"),
    })
    return build(root / "mkdocs.yml", root / "site", strict=True)


def test_a_sites_own_wording_wins(french_site: Path) -> None:
    page = visible_text((french_site / "articles/billing/card.html").read_text("utf-8"))
    assert "Une question ?" in page and "Besoin d’aide supplémentaire" not in page
    assert "Par Sam Lee" in page and "Sam Lee, Support" not in page
    html = (french_site / "articles/billing/card.html").read_text("utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt; C’est ça ?" in html and "<img src=x" not in html
    team = (french_site / "team/index.html").read_text(encoding="utf-8")
    assert "<title>L’équipe" in team and "Das Team" not in team


def test_the_contact_page_lists_lines_of_its_language_first(french_site: Path) -> None:
    html = (french_site / "contact.html").read_text(encoding="utf-8")
    text = words(between(html, 'class="kb-contact"', "</article>"))
    assert text.index("Ligne française") < text.index("Main line")
    assert "Langues : français et anglais." in text
    assert "nous répondrons sous 4 heures" in text
    assert "Lundi 09:00–17:00" in text
    # the zone as readers name it, in French; the open-now script keeps the IANA name
    assert "Horaires d’ouverture (heure de Paris)" in text and "Europe/Paris)" not in text
    assert "(heure de Londres)" in text and 'data-kb-tz="Europe/Paris"' in html
    header = (french_site / "index.html").read_text(encoding="utf-8")
    assert "+44 20 7946 0000" in header  # the main number stays the file's first line


def test_profiles_name_languages_in_the_pages_language(french_site: Path) -> None:
    text = words((french_site / "team/sam.html").read_text(encoding="utf-8"))
    assert "Parle allemand et portugais (Brésil)" in text


# ---- Mistakes in the settings and data ----

def run(project: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, [*args, "-f", str(project / "mkdocs.yml")])


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    write_files(tmp_path, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/billing/card.md": article()})
    yield tmp_path


def settings(project: Path, block: str) -> None:
    (project / "mkdocs.yml").write_text(MINI_CONFIG + "extra:\n  kb:\n" + block, "utf-8")


def test_unknown_messages_and_placeholders_name_the_line(project: Path) -> None:
    settings(project, '    messages:\n      "Still need help ?": "x"\n'
                      '      "Written by %(author)s, %(role)s": "By %(name)s"\n'
                      '      "Contact us": {xx-nope: "x"}\n'
                      '      "Tags": "100% tags"\n')
    result = run(project, "build")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "extra.kb.messages" in line]
    first = MINI_CONFIG.count("\n") + 4  # extra:, kb:, messages:, then the first message
    where = project / "mkdocs.yml"
    assert lines == [
        f"{where}:{first}: error: extra.kb.messages: kbgen shows no message"
        " \"Still need help ?\"; did you mean \"Still need help?\"?",
        f"{where}:{first + 1}: error: extra.kb.messages: the text uses %(name)s, which"
        " this message does not give (it gives: %(author)s, %(role)s)",
        f"{where}:{first + 2}: error: extra.kb.messages: 'xx-nope' is not a language"
        " code Babel knows; write a code such as de, en, fr or pt-BR",
        f"{where}:{first + 3}: error: extra.kb.messages: the text has a lone %: write"
        " %% for a percent sign"]
    checked = run(project, "check")  # kbgen check says the same, without building
    assert checked.exit_code == 1 and all(line in checked.output for line in lines)


def test_a_bad_locale_and_promise_are_refused(project: Path) -> None:
    settings(project, "    locale: xx_YY\n    reply_within: {hours: 2, days: 1}\n")
    result = run(project, "build")
    assert result.exit_code == 1
    assert "'xx_YY' is not a language code Babel knows" in result.output
    assert "give one of hours, days or working_days" in result.output


def test_languages_in_data_files_are_codes(project: Path) -> None:
    write_files(project, {"content/team/sam.yml": "name: Sam Lee\nrole: Support\n"
                                                  "languages: [de, Elvish, Germna]\n"})
    result = run(project, "check")
    assert result.exit_code == 1
    assert ("content/team/sam.yml:3: error: 'languages[1]': 'Elvish' is not a language: write"
            " its code, such as de, en, fr or pt-BR\n") in result.output
    assert "'Germna' is not a language: write its code, such as de, en, fr or pt-BR (did you" \
           " mean de, German?)" in result.output


# ---- Pages named in other scripts ----

@pytest.fixture(scope="module")
def scripts_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kbgen.commands.build import build

    root = tmp_path_factory.mktemp("scripts")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/überweisung-fehlgeschlagen.md": article(
            "Überweisung fehlgeschlagen", extra="related: [ошибка-входа]\n",
            body="## Symptoms\n\nSee [the login problem](../wifi/ошибка-входа.md) and"
                 " [this one](ログインできない.md#symptoms).\n"),
        "content/articles/wifi/ошибка-входа.md": article("Ошибка входа"),
        "content/articles/billing/ログインできない.md": article("ログインできない"),
    })
    return build(root / "mkdocs.yml", root / "site", strict=True)


def test_pages_named_in_other_scripts_get_ascii_addresses(scripts_site: Path) -> None:
    names = sorted(p.relative_to(scripts_site).as_posix()
                   for p in (scripts_site / "articles").rglob("*.html"))
    assert names == ["articles/billing/index.html", "articles/billing/roguindekinai.html",
                     "articles/billing/uberweisung-fehlgeschlagen.html",
                     "articles/wifi/index.html", "articles/wifi/oshibka-vkhoda.html"]
    html = (scripts_site / "articles/billing/uberweisung-fehlgeschlagen.html").read_text("utf-8")
    links = set(hrefs(html))
    assert {"../wifi/oshibka-vkhoda.html", "roguindekinai.html#symptoms"} <= links
    page = scripts_site / "articles/billing"
    assert all((page / link.split("#")[0]).resolve().is_file() for link in links
               if link.endswith(".html") or ".html#" in link if "://" not in link)
    related = visible_text(between(html, 'id="kb-related-title"', "</section>"))
    assert "Ошибка входа" in related
    sitemap = (scripts_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "articles/wifi/oshibka-vkhoda.html" in sitemap and sitemap.isascii()


def test_two_pages_on_one_address_stop_the_build(project: Path) -> None:
    write_files(project, {"content/faq-ü.md": "# A\n", "content/faq-u.md": "# B\n"})
    result = run(project, "build")
    assert result.exit_code == 1
    assert ("'faq-ü.md' would be published at 'faq-u.html' (its name written in ASCII), which"
            " is already the address of 'faq-u.md': rename one of the files.") in result.output


@pytest.mark.parametrize("title, name", [
    ("Überweisung fehlgeschlagen!", "überweisung-fehlgeschlagen.md"),
    ("Не могу войти в приложение", "не-могу-войти-в-приложение.md"),
    ("ログインできない", "ログインできない.md"),
])
def test_new_names_files_in_the_titles_script(project: Path, title: str, name: str) -> None:
    result = run(project, "new", "-c", "billing", "-t", title)
    assert result.exit_code == 0, result.output
    assert (project / "content/articles/billing" / name).is_file()
    assert run(project, "check").exit_code == 0


def test_new_writes_the_titles_letters_as_typed(project: Path) -> None:
    """A French author found `"Zigbee2mqtt ne d\\u00e9marre plus"` in the draft `kbgen new`
    wrote: the front matter keeps every script as typed (a no-break space before `?` too),
    escaping only what YAML cannot hold as written (a line separator), and reads back as
    given."""
    title, symptom = "Zigbee2mqtt ne démarre plus après une mise à jour", "Pourquoi\u00a0?"
    result = run(project, "new", "-c", "billing", "-t", title, "-s", "mes appareils ne"
                 " répondent plus", "-s", symptom)
    assert result.exit_code == 0, result.output
    path = project / "content/articles/billing/zigbee2mqtt-ne-démarre-plus-après-une-mise-à-jour.md"
    text = path.read_text(encoding="utf-8")
    assert f'title: "{title}"' in text and '- "mes appareils ne répondent plus"' in text
    assert f'- "{symptom}"' in text and "\\u" not in text
    assert yaml.safe_load(text.split("---")[1])["symptoms"][1] == symptom
    news = run(project, "new", "--news", "-t", "Nouveautés de l’été", "-c", "Annonces à venir")
    assert news.exit_code == 0, news.output
    posted = next((project / "content/news").glob("nouveaut*.md")).read_text(encoding="utf-8")
    assert 'title: "Nouveautés de l’été"' in posted and '"Annonces à venir"' in posted
    checked = run(project, "check")
    assert checked.exit_code == 0, checked.output
    broken = run(project, "new", "-c", "billing", "-t", "Ligne coupée", "-s", "a\u2028b\x85c")
    assert broken.exit_code == 0, broken.output
    text = (project / "content/articles/billing/ligne-coupée.md").read_text(encoding="utf-8")
    assert '- "a\\u2028b\\u0085c"' in text
    assert yaml.safe_load(text.split("---")[1])["symptoms"] == ["a\u2028b\x85c"]


# ---- In the browser ----

@pytest.fixture(scope="module")
def german_url(german_site: Path) -> Iterator[str]:
    from tests.localsite import serve

    with serve(german_site) as url:
        yield url


@pytest.fixture
def german_page(browser: Any) -> Iterator[Any]:
    from tests.browser.conftest import fresh_page

    yield from fresh_page(browser)


@pytest.mark.browser
def test_german_open_now_and_feedback_in_the_browser(german_page: Any, german_url: str) -> None:
    from playwright.sync_api import expect

    german_page.goto(german_url + "contact.html")
    expect(german_page.locator(".kb-open-state").first).to_have_text(re.compile(
        r"^(Jetzt geöffnet, schließt( \w+)? um \d\d:\d\d|Geschlossen, öffnet( \w+)? um"
        r" \d\d:\d\d|Geschlossen)$"))
    german_page.goto(german_url + PAGE_TYPES["article"])
    german_page.get_by_role("button", name="Nein").click()
    expect(german_page.locator(".kb-feedback__status")).to_have_text(
        "Sagen Sie uns, was gefehlt hat; die E-Mail wird nur gesendet, wenn Sie sie absenden.")
    mail = german_page.locator(".kb-feedback__mail").get_attribute("href") or ""
    assert "War%20es%20hilfreich%3F%20Nein" in mail
    german_page.locator("input[data-md-component=search-query]").click()
    german_page.locator("input[data-md-component=search-query]").fill("zzzqqqxxx")
    expect(german_page.locator(".kb-no-results__title")).to_have_text(
        "Noch passt kein Artikel zu diesen Wörtern.")


@pytest.mark.browser
def test_links_between_pages_named_in_other_scripts(browser: Any, scripts_site: Path) -> None:
    from playwright.sync_api import expect

    from tests.localsite import serve

    with serve(scripts_site) as url:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url + "articles/billing/uberweisung-fehlgeschlagen.html")
            page.get_by_role("link", name="the login problem").click()
            expect(page.locator("h1")).to_have_text("Ошибка входа")
            assert page.url == url + "articles/wifi/oshibka-vkhoda.html"
        finally:
            context.close()


def test_the_english_contact_page_names_the_zones_city(sample_site: Path) -> None:
    html = (sample_site / "contact.html").read_text(encoding="utf-8")
    text = words(between(html, 'class="kb-contact"', "</article>"))
    assert "Opening hours (London time)" in text and "Europe/London time" not in text

"""`kbgen init`'s English example wording still in a site in another language (its contact
data, settings, example profile, example articles and categories): readers see it as it is, and
screen readers speak it with the page's voice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

from kbgen.core.model import KnowledgeBase
from kbgen.core.sources import Source
from kbgen.errors import Problem

CONTACT = "_data/contact.yml"
TEMPLATE = Path(__file__).resolve().parents[1] / "scaffold" / "content" / f"{CONTACT}.tmpl"
"""The contact data `kbgen init` writes (a template: `${...}` are the answers)."""
_VALUE = re.compile(r"^\s*(?:-\s+)?(?:(label|email_subject):\s*)?(.+?)\s*$")
_INIT_LANGUAGES = re.compile(r"\s*languages:\s*\[en\]\s*")
"""The languages init gives its support line (English), as it writes them."""
SUBJECT_PREFIX = "Help with "
"""How init's e-mail subject starts (`Help with <site name>`, kbgen.commands.init)."""


@cache
def init_texts() -> frozenset[str]:
    """The English phrases of init's contact data: line labels and the have-ready items."""
    found = set()
    for line in TEMPLATE.read_text(encoding="utf-8").splitlines():
        match = _VALUE.match(line.split(" #", 1)[0])
        if match and "$" not in line and (match.group(1) == "label" or line.lstrip()
                                          .startswith("- ")) and " " in match.group(2):
            found.add(match.group(2))
    return frozenset(found)


def language_name(code: str) -> str:
    """`ko` -> `Korean`; the code itself when Babel does not know it."""
    try:
        return Locale.parse(code.replace("-", "_")).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code


def init_wording(content_dir: Path, language: str) -> Iterator[Problem]:
    """A warning at each line of `_data/contact.yml` that still holds init's English text,
    when the site's language is not English."""
    path = content_dir / CONTACT
    if language.split("-")[0].split("_")[0].lower() in ("en", "") or not path.is_file():
        return
    texts = init_texts()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if _INIT_LANGUAGES.fullmatch(line.split(" #", 1)[0]):
            yield Problem(Source(CONTACT, path.absolute()).display_path, number, "warning",
                          "`languages: [en]` is kbgen init's example: the contact page says"
                          f" this line speaks English only, on a site in"
                          f" {language_name(language)}; list the languages it speaks"
                          f" (`languages: [{language.split('-')[0].split('_')[0].lower()},"
                          " en]`)")
            continue
        match = _VALUE.match(line.split(" #", 1)[0])
        if not match:
            continue
        value = match.group(2).strip("\"'")
        english = value in texts if match.group(1) != "email_subject" \
            else value.startswith(SUBJECT_PREFIX)
        if english:
            yield Problem(Source(CONTACT, path.absolute()).display_path, number, "warning",
                          f"'{value}' is kbgen init's English example text, on a site in"
                          f" {language_name(language)}: write it in"
                          f" {language_name(language)} (readers see it as it is)")


_SETTING = re.compile(r"^(site_name|site_description):\s*(.+?)\s*$")
INIT_SETTINGS = {"site_name": re.compile(r".+ Help Centre"),
                 "site_description": re.compile(
                     r"Answers to common questions from the .+ support team\.")}
"""init's English site name and description (kbgen.commands.init_language.ENGLISH)."""
SHOWN = {"site_name": "every page's title and header show it",
         "site_description": "search engines and shared links show it"}


def init_settings_wording(config_file: Path, language: str) -> Iterator[Problem]:
    """A warning at the `site_name` or `site_description` line of mkdocs.yml that is still
    init's English wording, when the site's language is not English: every page's title,
    header and search preview show it."""
    if language.split("-")[0].split("_")[0].lower() in ("en", "") \
            or not config_file.is_file():
        return
    where = Source(config_file.name, config_file.absolute()).display_path
    name = language_name(language)
    for number, line in enumerate(config_file.read_text(encoding="utf-8").splitlines(), 1):
        match = _SETTING.match(line.split(" #", 1)[0])
        if match and INIT_SETTINGS[match.group(1)].fullmatch(match.group(2).strip("\"'")):
            yield Problem(where, number, "warning",
                          f"{match.group(1)} '{match.group(2).strip(chr(34) + chr(39))}' is"
                          f" kbgen init's English wording, on a site in {name}: write it in"
                          f" {name} ({SHOWN[match.group(1)]})")


PROFILE = "team/first-agent.yml"
"""The team profile `kbgen init` writes, in English (kbgen/scaffold/content/team/)."""
_EXAMPLE_ROLE = re.compile(r"role:\s*[\"']?Support agent[\"']?\s*(?:#.*)?")


def init_profile_wording(content_dir: Path, language: str) -> Iterator[Problem]:
    """A warning at the `role` line of init's example team profile when it is still English
    on a site in another language: every article it wrote says "Support agent"."""
    path = content_dir / PROFILE
    if language.split("-")[0].split("_")[0].lower() in ("en", "") or not path.is_file():
        return
    name = language_name(language)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if _EXAMPLE_ROLE.fullmatch(line.strip()):
            yield Problem(Source(PROFILE, path.absolute()).display_path, number, "warning",
                          "'Support agent' is kbgen init's English example profile, on a site"
                          f" in {name}: every article it wrote shows it; write the profile"
                          f" (role, team, expertise, bio) in {name}, or rename it for a real"
                          " person")


SCAFFOLD_CONTENT = TEMPLATE.parents[1]
"""The content `kbgen init` writes (kbgen/scaffold/content/), English."""
_TITLE = re.compile(r"title:\s*(.+?)\s*")


@cache
def init_example_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The titles of init's English example articles, and of its example categories."""
    articles = set()
    for template in (SCAFFOLD_CONTENT / "articles").rglob("*.md.tmpl"):
        for line in template.read_text(encoding="utf-8").splitlines()[1:20]:
            if match := _TITLE.fullmatch(line):
                articles.add(match.group(1))
                break
    categories = set()
    for line in (SCAFFOLD_CONTENT / "_data/categories.yml").read_text(
            encoding="utf-8").splitlines():
        if match := _TITLE.fullmatch(line.strip()):
            categories.add(match.group(1))
    return frozenset(articles), frozenset(categories)


def init_example_content(kb: KnowledgeBase, language: str) -> Iterator[Problem]:
    """A warning at the title of each of init's English example articles still published, and
    of each example category still titled in English, when the site's language is not
    English: readers see them as they are, in English."""
    if language.split("-")[0].split("_")[0].lower() in ("en", ""):
        return
    name = language_name(language)
    articles, categories = init_example_titles()
    for article in kb.articles:
        if article.meta.status == "published" and article.meta.title in articles:
            yield Problem(article.origin.display_path, article.origin.line_of("title"),
                          "warning",
                          f"'{article.meta.title}' is kbgen init's English example article, on"
                          f" a site in {name}: it is published as it is; write your own"
                          f" articles in {name} and delete this one")
    for category in kb.categories.values():
        if category.info.title in categories:
            yield Problem(category.origin.display_path, category.origin.line_of("title"),
                          "warning",
                          f"'{category.info.title}' is kbgen init's English example category,"
                          f" on a site in {name}: the home page and the navigation show it;"
                          f" write its title and description in {name}, or delete it with its"
                          " example articles")

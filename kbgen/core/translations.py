"""Multilingual help centres: the site's languages, and which articles translate which.

`extra.kb.languages: [en, de]` names the languages, the default first. The default's content
is the content folder (docs_dir), published at the site's root; each other language `xx` has a
whole content folder of its own, `translations/xx/` beside mkdocs.yml (its index.md,
`_data/categories.yml`, articles, team and contact data), published under `xx/`.

An article translates the default language's article at the same path
(`translations/de/articles/billing/refund.md` translates `content/articles/billing/refund.md`)
or, when its path differs, the one whose slug its `translation_of` names.
"""

from __future__ import annotations

import datetime as dt
import glob
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kbgen.core.config import KbConfig
from kbgen.core.contact import CONTACT_FILE
from kbgen.core.frontmatter import split_front_matter
from kbgen.core.init_wording import language_name
from kbgen.core.loader import count_files, load
from kbgen.core.model import KnowledgeBase
from kbgen.core.redirects import page_key
from kbgen.core.schedule import Scheduled, scheduled_notes
from kbgen.core.slugs import nfc, url_slug
from kbgen.core.sources import (
    ARTICLES_DIR,
    TRANSLATIONS_DIR,
    DecodeError,
    Source,
    read_text,
    walk,
)
from kbgen.core.strictyaml import YamlProblem, load_yaml
from kbgen.errors import Problem

"""Beside mkdocs.yml: one content folder per language other than the default."""
NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español",
         "pt": "Português", "it": "Italiano", "nl": "Nederlands"}
"""Each language's name in itself, as the language switcher shows it."""


@dataclass(frozen=True)
class Language:
    """One language of the site and where its content and pages are."""

    code: str
    folder: Path
    """Its content folder."""
    prefix: str
    """Where its pages are, from the site's root: "" for the default, else "xx/"."""

    @property
    def name(self) -> str:
        """The language's name in itself."""
        return NAMES.get(self.code, self.code)

    @property
    def is_default(self) -> bool:
        """The language of the content folder, at the site's root."""
        return not self.prefix


def site_languages(codes: list[str], config_file: Path, docs_dir: Path) -> list[Language]:
    """The languages of `extra.kb.languages` (default first); [] for a one-language site."""
    if len(codes) < 2:
        return []
    project = config_file.parent
    return [Language(codes[0], docs_dir, ""),
            *(Language(code, project / TRANSLATIONS_DIR / code, f"{code}/")
              for code in codes[1:])]


@dataclass(frozen=True)
class Entry:
    """An article as translations see it."""

    language: str
    src_uri: str
    path: Path
    published: bool
    date: dt.date | None
    """Its `updated` date, else `created`."""
    translation_of: str | None = None
    line: int | None = None
    """Line of `translation_of` in the file."""
    status: str = ""
    redirect_from: tuple[str, ...] = ()
    """Its old addresses, as written."""
    redirect_line: int | None = None

    @property
    def slug(self) -> str:
        """The file name without `.md` (composed: `ü`, however the file system wrote it)."""
        return nfc(PurePosixPath(self.src_uri).stem)

    @property
    def shown(self) -> str:
        """The path shown in messages."""
        return Source(self.src_uri, self.path).display_path


def _old_paths(value: object) -> tuple[str, ...]:
    """`redirect_from` as written: one path or a list (the schema says which are valid)."""
    listed = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(path for path in listed if isinstance(path, str))


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def read_entries(language: Language) -> dict[str, Entry]:
    """The articles of a language's folder, by path; a file that cannot be read is left to
    the language's own checks."""
    entries = {}
    for source in walk(language.folder).sources(ARTICLES_DIR, (".md",)):
        try:
            split = split_front_matter(read_text(source))
            document = load_yaml(split.front_matter or "", 2)
        except (DecodeError, YamlProblem, OSError):
            continue
        data = document.data if isinstance(document.data, dict) else {}
        target = data.get("translation_of")
        line = document.key_lines.get("translation_of")
        old = data.get("redirect_from")
        old_line = document.key_lines.get("redirect_from")
        entries[source.src_uri] = Entry(
            language.code, source.src_uri, source.path, data.get("status") == "published",
            _date(data.get("updated")) or _date(data.get("created")),
            target if isinstance(target, str) else None, line + 1 if line else None,
            str(data.get("status") or ""),
            _old_paths(old), old_line + 1 if old_line else None)
    return entries


@dataclass
class Translations:
    """Which article of each language translates which default-language article.

    `groups` maps a default-language path to its articles by language code (the default's
    own included); `problems` are the errors of `translation_of` keys.
    """

    languages: list[Language]
    entries: dict[str, dict[str, Entry]] = field(default_factory=dict)
    groups: dict[str, dict[str, Entry]] = field(default_factory=dict)
    source_of: dict[tuple[str, str], str] = field(default_factory=dict)
    """(language, path) -> the default-language path it translates."""
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def read(cls, languages: list[Language], directory_urls: bool = True) -> Translations:
        """Read every language's articles and match them; `directory_urls` is MkDocs'
        `use_directory_urls` (a page `fr.md` is then published at `fr/`)."""
        found = cls(languages, {language.code: read_entries(language) for language in languages})
        found._match()
        found._refuse_public_translations_of_internal()
        found._refuse_shared_old_addresses()
        found._refuse_old_addresses_of_other_languages()
        published = _published_first_names(languages[0].folder, directory_urls)
        for language in languages[1:]:
            for clash in published.get(language.code.casefold(), []):
                found.problems.append(Problem(
                    Source(clash.name, clash).display_path, None, "error",
                    f"{language.prefix} is where the {language.code} pages"
                    f" ({TRANSLATIONS_DIR}/{language.code}/) are published, so the default"
                    f" language's content cannot have {_clash_reason(clash, language)}; move"
                    f" its pages into {TRANSLATIONS_DIR}/{language.code}/ or rename"
                    f" {'the folder' if clash.is_dir() else 'the file'}"))
            home = language.folder / "index.md"
            if language.folder.is_dir() and not home.is_file():
                found.problems.append(Problem(
                    Source("index.md", home).display_path, None, "error",
                    f"the {language.code} folder has no home page, which every page's language"
                    f" switcher links to; add index.md (with <!-- kb:search --> and"
                    f" <!-- kb:categories -->, as content/index.md)"))
        return found

    def _match(self) -> None:
        default = self.languages[0].code
        originals = self.entries[default]
        by_slug = {entry.slug: uri for uri, entry in originals.items()}
        by_path = {nfc(uri): uri for uri in originals}
        for uri, entry in originals.items():
            self.groups[uri] = {default: entry}
            self.source_of[(default, uri)] = uri
            if entry.translation_of:
                self._error(entry, f"translation_of: only translations have this key, and this"
                            f" is the default language's ({default}) own article; remove it")
        for language in self.languages[1:]:
            for uri, entry in self.entries[language.code].items():
                source = self._source(entry, by_slug, by_path)
                if source is None:
                    continue
                taken = self.groups.setdefault(source, {}).get(language.code)
                if taken is not None:
                    self._error(entry, f"translates {source} as {taken.shown} already does; keep"
                                f" one translation per article (or set `translation_of` to"
                                f" another article's slug)")
                    continue
                self.groups[source][language.code] = entry
                self.source_of[(language.code, uri)] = source

    def _source(self, entry: Entry, by_slug: dict[str, str], by_path: dict[str, str]
                ) -> str | None:
        """The default-language article `entry` translates: by `translation_of`, else by
        path (names compared in composed form)."""
        if entry.translation_of is None:
            return by_path.get(nfc(entry.src_uri))
        source = by_slug.get(nfc(entry.translation_of))
        unread = _unread(self.languages[0], entry.translation_of) if source is None else None
        if unread is not None:
            self._error(entry, f"translation_of: the article '{entry.translation_of}' ({unread})"
                        " could not be read: fix the errors reported for that file")
        elif source is None:
            folder = self.languages[0].folder.name
            self._error(entry, f"translation_of: no article '{entry.translation_of}' in"
                        f" {folder}/ (the default language, {self.languages[0].code}); use the"
                        f" file name of the article this translates, without .md")
        return source

    def _refuse_public_translations_of_internal(self) -> None:
        """A published translation of an internal article would publish what only agents
        may read: an error, as an internal article's own publication would be."""
        default = self.languages[0].code
        for group in self.groups.values():
            original = group.get(default)
            if original is None or original.status != "internal":
                continue
            for code, entry in group.items():
                if code != default and entry.published:
                    self._error(entry, f"published, but it translates {original.shown}, which"
                                f" is internal (for agents only): its translation would make"
                                f" it public; set this one's status to internal too, or make"
                                f" the original public first")

    def _refuse_shared_old_addresses(self) -> None:
        """Old addresses are paths of the old host, redirected from the site's root: two
        languages' articles cannot both own one (each language checks its own)."""
        claimed: dict[str, Entry] = {}
        for language in self.languages:
            for entry in self.entries[language.code].values():
                for path in entry.redirect_from:
                    first = claimed.setdefault(page_key(path), entry)
                    if first.language != entry.language:
                        self.problems.append(Problem(
                            entry.shown, entry.redirect_line, "error",
                            f"old address '{path}' is also in {first.shown}: an old address"
                            f" leads to one page only, whatever the language; keep it in one"
                            f" of them"))

    def _refuse_old_addresses_of_other_languages(self) -> None:
        """Each language's old addresses are checked against its own pages without its
        prefix; those of a translation's folder are checked here: a default-language old
        address under a translation's prefix (`/fr/ancien`, `/FR/x`, `/fr/`: the fr build
        owns that folder, and its page or file there replaced the redirect with a warning),
        and a translation's old address naming a page of its own folder or one of the
        default language's pages (which the build keeps, dropping the redirect)."""
        pages = {language.code: {entry.src_uri[: -len(".md")]
                                 for entry in self.entries[language.code].values()
                                 if entry.published} for language in self.languages}
        for language in self.languages:
            for entry in self.entries[language.code].values():
                for path in entry.redirect_from:
                    why = self._other_language_page(language, page_key(path), pages)
                    if why:
                        self.problems.append(Problem(
                            entry.shown, entry.redirect_line, "error",
                            f"old address '{path}' {why}: the build would keep what is"
                            f" published there and drop the redirect; remove it from"
                            f" `redirect_from` (an old address of another language's pages"
                            f" belongs in that language's article)"))

    def _other_language_page(self, language: Language, key: str,
                             pages: dict[str, set[str]]) -> str | None:
        """What of the site other than `language`'s own pages the old address `key` names."""
        first, _, rest = key.partition("/")
        for other in self.languages[1:]:
            if other.code.casefold() not in (first.casefold(), url_slug(first).casefold()):
                continue
            if other is not language:
                return (f"is under {other.prefix}, where the {other.code} pages"
                        f" ({TRANSLATIONS_DIR}/{other.code}/) are published")
            if rest in ("", "index") or rest in pages[other.code]:
                return f"is the page {other.prefix}{rest} of this site, in {other.code}"
        if not language.is_default and key in pages[self.languages[0].code] \
                and key not in pages[language.code]:  # its own check names that one
            return (f"is the page {key} of this site, in the default language"
                    f" ({self.languages[0].code})")
        return None

    def _error(self, entry: Entry, message: str) -> None:
        self.problems.append(Problem(entry.shown, entry.line, "error", message))

    def translations_of(self, code: str, src_uri: str) -> dict[str, Entry]:
        """The published articles of every language that are the article `src_uri` of
        language `code` (itself included), by language; {} when it is none's."""
        source = self.source_of.get((code, src_uri))
        if source is None:
            return {}
        return {lang: entry for lang, entry in self.groups.get(source, {}).items()
                if entry.published}

    def advice(self) -> list[Problem]:
        """Warnings for authors (`kbgen check`, never the build): published articles of the
        default language with no translation in a language, translations older than what
        they translate, and published translations of articles that are not published."""
        default = self.languages[0].code
        found = []
        for source, group in self.groups.items():
            original = group.get(default)
            if original is not None and not original.published and original.status != "internal":
                found += [Problem(entry.shown, None, "warning",
                                  f"published, but it translates {original.shown}, which is"
                                  f" {original.status or 'not published'}: only its translation"
                                  f" would be public; publish both, or set this one's status to"
                                  f" {original.status or 'draft'} too")
                          for code, entry in group.items() if code != default and entry.published]
            if original is None or not original.published:
                continue
            missing = [language.code for language in self.languages[1:]
                       if language.code not in group]
            if missing:
                paths = ", ".join(_translation_path(self, code, source) for code in missing)
                found.append(Problem(original.shown, None, "warning",
                                     f"no translation into {', '.join(missing)} yet; add"
                                     f" {paths}"))
            for code, entry in group.items():
                if code == default or original.date is None:
                    continue
                if entry.date is None or entry.date < original.date:
                    when = entry.date.isoformat() if entry.date else "no date"
                    found.append(Problem(entry.shown, None, "warning",
                                         f"outdated translation: {original.shown} was updated on"
                                         f" {original.date.isoformat()}, this translation"
                                         f" ({when}) is older; bring it up to date and set"
                                         f" `updated:`"))
        return found


def _unread(language: Language, slug: str) -> str | None:
    """The path of an article file of `language` named `slug` that could not be read (its own
    errors are reported), or None when there is none."""
    if not slug or "/" in slug or "\\" in slug or slug.startswith("."):
        return None
    folder = language.folder / ARTICLES_DIR
    found = sorted(folder.glob(f"*/{glob.escape(slug)}.md")) if folder.is_dir() else []
    return Source(found[0].relative_to(language.folder).as_posix(), found[0]).display_path \
        if found else None


def _published_first_names(folder: Path, directory_urls: bool) -> dict[str, list[Path]]:
    """The entries of `folder` by each first part of an address the site publishes them at,
    in lower case: a folder or file as named (`Fr` and `FR` under `fr`); a folder of pages
    also at its name in ASCII (`fŕ/notes.md` is published at `fr/notes.html`:
    kbgen.site.addresses); with directory URLs a page at its stem, in ASCII too (`fr.md` and
    `Fŕ.md` at `fr/`, where the French home replaces it)."""
    found: dict[str, list[Path]] = {}
    if folder.is_dir():
        for entry in sorted(folder.iterdir()):
            names = {entry.name}
            if entry.is_dir() and next(entry.rglob("*.md"), None) is not None:
                names.add(url_slug(entry.name))  # copied files keep their names
            elif directory_urls and entry.suffix == ".md" and entry.stem != "index":
                names |= {entry.stem, url_slug(entry.stem)}
            for name in {name.casefold() for name in names if name}:
                found.setdefault(name, []).append(entry)
    return found


def _clash_reason(clash: Path, language: Language) -> str:
    """What of the default language's `clash` is published at `language`'s prefix, and how
    that loses a page."""
    named = f"{clash.name}/" if clash.is_dir() else clash.name
    if clash.suffix == ".md" and not clash.is_dir():
        where = url_slug(clash.stem)
        home = ("whose home page replaces it" if where == language.code else
                f"which a host on a case-insensitive disk serves as {language.prefix}")
        return (f"a page published there ({clash.name} is published at {where}/index.html"
                f" with directory URLs, beside the folder the {language.code} build writes,"
                f" {home})")
    if clash.name.casefold() != language.code.casefold():
        return (f"a folder whose pages are published there ({named} written in ASCII is"
                f" {language.prefix}, in the folder the {language.code} build writes)")
    what = f"a {'folder' if clash.is_dir() else 'file'} of that name"
    if clash.name == language.code:
        return what
    return (f"{what} in any case (a host on a case-insensitive disk serves {named} as"
            f" {language.prefix}, and a build there writes both into one folder)")


def _translation_path(translations: Translations, code: str, source: str) -> str:
    language = next(lang for lang in translations.languages if lang.code == code)
    return Source(source, language.folder / source).display_path


def check_translations(languages: list[Language], settings: KbConfig,
                       as_of: dt.date | None = None,
                       also: Callable[[KnowledgeBase], list[Problem]] | None = None,
                       directory_urls: bool = True
                       ) -> tuple[list[Problem], int, list[Scheduled]]:
    """`kbgen check` of the languages other than the default: each folder's own problems (as
    its build would find them, with `also`'s: what the site layer refuses in a folder's
    content), the errors of `translation_of` keys, and the advice on missing and outdated
    translations (warnings); with how many files were read and the posts each folder
    schedules."""
    if not languages:
        return [], 0, []
    problems: list[Problem] = []
    scheduled: list[Scheduled] = []
    files = 0
    for language in languages[1:]:
        if not language.folder.is_dir():
            problems.append(Problem(Source("", language.folder).display_path, None, "warning",
                                    f"extra.kb.languages lists '{language.code}' but its folder"
                                    f" is missing; create it with an index.md and articles/"))
            continue
        kb, found = load(language.folder, settings, as_of, review=True)
        problems += found + (also(kb) if also else [])
        scheduled += scheduled_notes(kb, as_of)
        files += count_files(language.folder)
        problems += missing_contact(languages[0], language)
    translations = Translations.read(languages, directory_urls)
    return problems + translations.problems + translations.advice(), files, scheduled


def missing_contact(default: Language, language: Language) -> list[Problem]:
    """A warning when the default language has contact data and `language`'s folder has none:
    each language's pages read their own, so that language's pages would show no phone number
    in the header, no contact page and no "Still need help?" box under the articles."""
    if not (default.folder / CONTACT_FILE).is_file() \
            or (language.folder / CONTACT_FILE).exists():
        return []
    name = language_name(language.code)
    return [Problem(Source(CONTACT_FILE, language.folder / CONTACT_FILE).display_path, None,
                    "warning",
                    f"missing: the {name} pages show no phone number in their header, no"
                    f" contact page and no \"Still need help?\" box, as each language's pages"
                    f" read their own contact data; copy"
                    f" {Source(CONTACT_FILE, default.folder / CONTACT_FILE).display_path} here"
                    f" and write its labels and have-ready list in {name}")]

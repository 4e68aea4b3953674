"""Multilingual sites in MkDocs: each language built as a whole kbgen site under its prefix.

The default language's build (content folder, site root) builds every other language's
content folder (`translations/<code>/`, kbgen.core.translations) into `<site>/<code>/` when it
is done, with the same settings and the theme in that language, so each language has its own
home, categories, search index (in its own language), feeds and status page. Every page links
to its translations: the language switcher in the header (links made here, at build time), and
`xhtml:link` in the sitemap for search engines (with `x-default`). Not `<link rel="alternate"
hreflang>` in the head: Material's bundle takes every such link for a language's root and asks
for `sitemap.xml` beside it, a request that fails on every page (the article's folder has no
sitemap; the CSP refuses `site_url`'s host when the site is previewed elsewhere or opened from
disk). Google reads the sitemap's `xhtml:link` as it reads the head's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from kbgen.core.config import site_language
from kbgen.core.links import with_link_targets
from kbgen.core.search_language import DEFAULT, search_language
from kbgen.core.sources import ARTICLES_DIR, walk
from kbgen.core.translations import Language, Translations, site_languages
from kbgen.project import read_config
from kbgen.site.addresses import ascii_address
from kbgen.site.material_languages import material_language
from kbgen.site.urls import HOME

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files

    from kbgen.core.config import KbConfig
    from kbgen.site.state import BuildState


DEFAULT_PAGE = "/kb-default-language/"
"""Before a translation's link to a default language's page while MkDocs reads the page: an
address from the root, which MkDocs leaves as written (a relative one to no page of this
language it reports as not found); taken off its HTML (`to_default_pages`)."""


def to_default_pages(html: str) -> str:
    """The page's links to the default language's pages as relative addresses."""
    return html.replace(f'href="{DEFAULT_PAGE}', 'href="') if DEFAULT_PAGE in html else html


@dataclass(frozen=True)
class LanguageLink:
    """One language of a page's switcher and of its sitemap entry's `hreflang` links."""

    code: str
    name: str
    url: str
    """Relative to the page: the same article (or page) in that language, else its home."""
    absolute: str
    """`url` from the site's address (relative when the site has no `site_url`)."""
    current: bool
    translation: bool
    """The same content in that language (not its home page instead)."""


@dataclass
class SiteLanguages:
    """The languages of a site, the one being built, and which pages translate which."""

    languages: list[Language]
    current: Language
    translations: Translations
    root_url: str
    """The default language's `site_url` ("" without one)."""
    directory_urls: bool
    pages: dict[str, frozenset[str]]
    """Each language's Markdown files, by code."""

    def _path(self, language: Language, src_uri: str) -> str:
        file = File(src_uri, "", "", self.directory_urls)
        if not file.dest_uri.isascii():  # published at its transliteration (addresses.py)
            file.dest_uri = ascii_address(file.dest_uri)
        url = file._get_url(self.directory_urls)
        return language.prefix + ("" if url == "./" else url)

    def _target(self, language: Language, src_uri: str) -> tuple[str, bool]:
        """The path from the site's root of page `src_uri` (of the current language) in
        `language`, and whether it is a translation rather than that language's home."""
        entries = self.translations.translations_of(self.current.code, src_uri)
        if language.code in entries:
            return self._path(language, entries[language.code].src_uri), True
        is_article = src_uri in self.translations.entries.get(self.current.code, {})
        if not is_article and self._has_page(language, src_uri):
            return self._path(language, src_uri), True
        return self._path(language, HOME), False

    def _has_page(self, language: Language, src_uri: str) -> bool:
        pages = self.pages[language.code]
        if src_uri in pages:
            return True
        folder = src_uri.rsplit("/", 1)[0] + "/"  # a category page: the language has some
        return (src_uri.startswith(f"{ARTICLES_DIR}/") and src_uri.endswith("/index.md")
                and any(page.startswith(folder) for page in pages))

    def links(self, src_uri: str, page_url: str) -> list[LanguageLink]:
        """Every language's version of page `src_uri` (at `page_url`), the current one too."""
        here = self.current.prefix + page_url
        found = []
        for language in self.languages:
            if language is self.current:
                path, translation = here, True
            else:
                path, translation = self._target(language, src_uri)
            relative = get_relative_url(path, here)
            found.append(LanguageLink(language.code, language.name, relative or "./",
                                      f"{self.root_url}{path}" if self.root_url else relative,
                                      language is self.current, translation))
        return found

    def default_links(self, markdown: str, src_uri: str, page_url: str) -> str:
        """Links to another language's pages written as the path of its file: a
        translation's to the default language's (`../../../content/articles/billing/
        refund.md`: a page this language has not translated, as an import writes it), the
        default's to a translation's (`../../../translations/de/articles/start.md`: the
        old page's link to its own translation), made the address of that page, relative
        to this one, so they lead there as the old site's did; other links as written."""
        others = [language for language in self.languages if language is not self.current]
        if not others or ".md" not in markdown:
            return markdown
        here = self.current.prefix + page_url
        folder = (self.current.folder / src_uri).parent

        def address(href: str) -> str | None:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.endswith(".md") \
                    or href.startswith("/"):
                return None
            found = Path(os.path.normpath(folder / unquote(parts.path)))
            if found.is_relative_to(self.current.folder):
                return None  # this language's own page: MkDocs links it
            for language in others:
                if not found.is_relative_to(language.folder):
                    continue
                target = found.relative_to(language.folder).as_posix()
                if target not in self.pages[language.code]:
                    return None
                url = get_relative_url(self._path(language, target), here) or "./"
                return DEFAULT_PAGE + url + (f"#{parts.fragment}" if parts.fragment else "")
            return None

        return with_link_targets(markdown, address)

    def hreflang(self, src_uri: str, page_url: str) -> list[tuple[str, str]]:
        """The page's translations (itself included) when there are others, as the sitemap's
        `hreflang` codes and addresses, the default language's also as `x-default`."""
        found = [(link.code, link.absolute) for link in self.links(src_uri, page_url)
                 if link.translation]
        if len(found) < 2:
            return []
        default = self.languages[0].code
        return found + [("x-default", href) for code, href in found if code == default]


def follow_language(config: MkDocsConfig, code: str) -> None:
    """The theme's language (Material's and kbgen's interface) follows the language built,
    also on a one-language site (`languages: [ru]` with `theme.language: en` from init)."""
    if not str(config.theme["language"] or "").lower().startswith(code.lower()):  # keeps pt-BR
        config.theme["language"] = material_language(code)


def languages_of(settings: KbConfig, config: MkDocsConfig) -> SiteLanguages | None:
    """The site's languages as this build sees them (None for a one-language site); sets the
    theme's language to the one being built."""
    if settings.languages:
        follow_language(config, settings.languages[0])  # a one-language site's too
    config_file = Path(config.config_file_path or "mkdocs.yml")
    docs = Path(config.docs_dir).resolve()
    languages = site_languages(settings.languages, config_file, docs)
    if languages and any(lang.folder.resolve() == docs for lang in languages[1:]):
        written = read_config(config_file)[1].get("docs_dir") or "content"  # not overridden
        languages = site_languages(settings.languages, config_file,
                                   config_file.parent / str(written))
    languages = [lang for lang in languages if lang.is_default or lang.folder.is_dir()]
    if len(languages) < 2:  # kbgen check says a folder is missing
        return None
    current = next((lang for lang in languages if lang.folder.resolve() == docs), languages[0])
    follow_language(config, current.code)
    site_url = config.site_url or ""
    root = site_url[:-len(current.prefix)] if current.prefix and site_url.endswith(
        current.prefix) else site_url
    pages = {lang.code: frozenset(s.src_uri for s in walk(lang.folder).sources("", (".md",)))
             for lang in languages}
    return SiteLanguages(languages, current,
                         Translations.read(languages, config.use_directory_urls), root,
                         config.use_directory_urls, pages)


def build_other_languages(state: BuildState, config: MkDocsConfig
                          ) -> list[tuple[str, BuildState]]:
    """From the default language's build: build each other language into `<site>/<code>/`
    (its errors stop the build as the default's do); each one's prefix and build state, for
    what the root writes for every language (redirects from old addresses)."""
    site = state.languages
    if site is None or not site.current.is_default:
        return []
    built = []
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from kbgen.site.plugin import kbgen_plugin

    for language in site.languages[1:]:
        if not language.folder.is_dir():
            continue  # kbgen check says so; the other languages still build
        overrides = {"site_url": f"{site.root_url}{language.prefix}"} if site.root_url else {}
        sub = load_config(config.config_file_path, docs_dir=str(language.folder),
                          site_dir=str(Path(config.site_dir) / language.code),
                          strict=config.strict, **overrides)
        plugin = kbgen_plugin(sub)
        plugin.serving, plugin.staged = state.serving, state.staged
        sub.plugins.on_startup(command="serve" if state.serving else "build", dirty=False)
        try:
            build(sub)
        finally:
            sub.plugins.on_shutdown()
        built.append((language.prefix, plugin.build))
    kbgen_plugin(config).resume(state)  # the default language's build goes on
    return built


def other_sitemaps(state: BuildState) -> list[str]:
    """The other languages' sitemaps, from the site's root (for robots.txt)."""
    site = state.languages
    if site is None or not site.current.is_default:
        return []
    return [f"{language.prefix}sitemap.xml" for language in site.languages[1:]]


def search_code(state: BuildState) -> str:
    """The language the build's search index reads words in: the language being built, or a
    one-language site's language (`languages: [xx]`, else `theme.language`, else English)."""
    if state.languages is not None:
        return state.languages.current.code
    return site_language(state.settings, state.translator.language)


STEMMERS = "assets/javascripts/vendor/lunr-languages/"
"""lunr-languages' files in the theme: a site ships only those of its search language."""


def drop_unused_stemmers(files: Files, code: str) -> None:
    """Leave out of the site the stemmers its search does not use (all of them in English)."""
    search = search_language(code)
    needed = () if search.code == DEFAULT or not search.stems else (
        "lunr.stemmer.support.min.js", f"lunr.{search.code}.min.js", "LICENSE")
    for file in list(files):
        if file.src_uri.startswith(STEMMERS) and file.src_uri[len(STEMMERS):] not in needed:
            files.remove(file)


def watch_other_languages(settings: KbConfig, config: MkDocsConfig,
                          server: LiveReloadServer) -> None:
    """`kbgen serve`: rebuild when another language's content changes (read from the
    settings: a warm start serves the last preview before any build has run)."""
    config_file = Path(config.config_file_path or "mkdocs.yml")
    for language in site_languages(settings.languages, config_file,
                                   Path(config.docs_dir).resolve())[1:]:
        if language.folder.is_dir():
            server.watch(str(language.folder))

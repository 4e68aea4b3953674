"""Which pages of a Markdown site are translations, into which language, of which original:
Docusaurus `i18n/de/docusaurus-plugin-content-docs/current/`, Hugo `languages.de.contentDir`,
a `.de.md` suffix (Hugo, mkdocs-static-i18n), or one folder per language (`en/`, `de/`:
Obsidian Help, MkDocs i18n folders). Each becomes `translations/<code>/` of the project, at
its original's path when the source names one (kbgen then links them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kbgen.core.search_language import SUPPORTED
from kbgen.importers.page_bundles import bundle_original

CODE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z]{2,4})?$", re.IGNORECASE)
"""A language code as sites write it (`de`, `pt-br`, `zh_CN`)."""
TWO_LETTERS = re.compile(r"^[a-z]{2}(?:-[a-z]{2,4})?$")
"""A code a site need not declare (`install.de.md` beside `install.md`); `notes.old.md` is no
translation."""
DOCUSAURUS_PLUGIN = "docusaurus-plugin-content-docs"


def kb_code(code: str) -> str:
    """A site's code as kbgen writes it: lower case, `-` (`zh_CN` -> `zh-cn`)."""
    return code.lower().replace("_", "-")


@dataclass(frozen=True)
class Translated:
    """One translated page."""

    language: str
    """kbgen's code (`de`)."""
    path: Path
    root: Path
    """The folder its categories start from (the language's content folder)."""
    original: Path | None
    """The default language's page it translates, when the source names one."""
    written: str = ""
    """The code as the old site wrote it in its addresses (`pt-BR`)."""


@dataclass
class Languages:
    """The site's default content folder, and its translated pages."""

    default: str
    content: Path
    pages: list[Translated] = field(default_factory=list)

    @property
    def paths(self) -> set[Path]:
        """Every translated file (left out of the default language's import)."""
        return {page.path for page in self.pages}

    @property
    def codes(self) -> list[str]:
        """The languages found, in the order first seen."""
        return list(dict.fromkeys(page.language for page in self.pages))


def is_language(code: str) -> bool:
    """A language's code as CLDR knows it (`de`, `pt-BR`, `zh-Hans`), not a folder such as
    `js/`, `go/` or `ui/`."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def _suffix(path: Path) -> str | None:
    """`de` of `install.de.md`, if its last dot part is a language code."""
    stem, dot, code = path.stem.rpartition(".")
    return code if dot and stem and CODE.match(code) else None


def strip_suffix(name: str, codes: set[str]) -> str:
    """A file name without a language suffix it holds (`install.en-us` -> `install`)."""
    stem, dot, code = name.rpartition(".")
    return stem if dot and stem and kb_code(code) in codes else name


def _declared(config: dict[str, Any]) -> set[str]:
    """Language codes a site's settings name (Hugo `languages`, mkdocs-static-i18n)."""
    codes: set[str] = set()
    languages = config.get("languages")
    if isinstance(languages, dict):
        codes |= {kb_code(str(code)) for code in languages}
    for plugin in config.get("plugins") or [] if isinstance(config.get("plugins"), list) else []:
        settings = plugin.get("i18n") if isinstance(plugin, dict) else None
        for entry in (settings or {}).get("languages") or [] \
                if isinstance(settings, dict) else []:
            if isinstance(entry, dict) and entry.get("locale"):
                codes.add(kb_code(str(entry["locale"])))
    return codes


def default_code(config: dict[str, Any]) -> str:
    """The site's default language (`defaultContentLanguage`, mkdocs-static-i18n's
    `default: true`), else `en`."""
    if config.get("defaultContentLanguage"):
        return kb_code(str(config["defaultContentLanguage"]))
    for plugin in config.get("plugins") or [] if isinstance(config.get("plugins"), list) else []:
        settings = plugin.get("i18n") if isinstance(plugin, dict) else None
        for entry in (settings or {}).get("languages") or [] \
                if isinstance(settings, dict) else []:
            if isinstance(entry, dict) and entry.get("default") and entry.get("locale"):
                return kb_code(str(entry["locale"]))
    return "en"


def find(flavour: str, root: Path, content: Path, config: dict[str, Any],
         files: Callable[[Path], list[Path]], folders: dict[str, Path]) -> Languages:
    """The translations of a site: `files(folder)` lists a folder's Markdown files;
    `folders` is a Hugo site's content folder per language (the default first)."""
    default = default_code(config)
    found = Languages(default, content)
    if flavour == "docusaurus" and (root / "i18n").is_dir():
        version = getattr(config.get("version"), "folder", "current")  # docusaurus_versions
        for folder in sorted((root / "i18n").iterdir()):
            docs = folder / DOCUSAURUS_PLUGIN / version
            if docs.is_dir() and CODE.match(folder.name) and listed(folder.name, config):
                _same_paths(found, kb_code(folder.name), docs, content, files, folder.name)
    for code, folder in list(folders.items())[1:]:
        _same_paths(found, kb_code(code), folder, content, files, code)
    by_folder = {kb_code(p.name): p for p in sorted(content.iterdir())
                 if p.is_dir() and CODE.match(p.name) and is_language(p.name)} \
        if content.is_dir() else {}
    if not found.pages and default in by_folder and len(by_folder) > 1:
        found.content = by_folder.pop(default)  # one folder per language: `en/`, `de/`
        for code, folder in by_folder.items():
            _same_paths(found, code, folder, found.content, files, folder.name)
    elif not found.pages and flavour in ("vitepress", "starlight"):  # their `root` locale:
        for code, folder in by_folder.items():  # the default at the top, `zh/` beside
            _same_paths(found, code, folder, found.content, files, folder.name)
    _suffixed(found, config, files)
    return _base_codes(found)


def listed(locale: str, config: dict[str, Any]) -> bool:
    """A Docusaurus translation's locale is one its configuration publishes (any, when the
    configuration lists none plainly: docusaurus_locales)."""
    locales = config.get("locales")
    return not isinstance(locales, frozenset) or locale in locales


def _base_codes(found: Languages) -> Languages:
    """`pt-BR` as `pt` when kbgen has `pt` and no other `pt-` variant is in the site: kbgen's
    languages are base codes (`zh-hans` stays, as kbgen has no `zh`)."""
    codes = found.codes
    for code in codes:
        base = code.split("-")[0]
        if base != code and base in SUPPORTED and base not in codes \
                and [c.split("-")[0] for c in codes].count(base) == 1:
            found.pages = [Translated(base, p.path, p.root, p.original, p.written)
                           if p.language == code
                           else p for p in found.pages]
    return found


def _suffixed(found: Languages, config: dict[str, Any],
              files: Callable[[Path], list[Path]]) -> None:
    """Pages named `install.de.md` beside `install.md` (or of a language the site declares)."""
    default = found.default
    declared = _declared(config)
    for path in files(found.content):
        suffix = _suffix(path)
        if suffix is None or kb_code(suffix) == default or path in found.paths:
            continue
        code = kb_code(suffix)
        stem = path.stem.rpartition(".")[0]
        original = next((path.with_name(stem + ext) for ext in _names(path, default)
                         if path.with_name(stem + ext).is_file()), None)
        original = original or bundle_original(path, default)  # `01.de.md` of `02.en.md`
        if code in declared or (original is not None and TWO_LETTERS.match(code)
                                and is_language(code)):
            found.pages.append(Translated(code, path, found.content, original, suffix))


def _names(path: Path, default: str) -> list[str]:
    """File name endings the original of a `.de.md` page may have."""
    return [path.suffix, f".{default}{path.suffix}", f".{default.replace('-', '_')}{path.suffix}"]


def _same_paths(found: Languages, code: str, folder: Path, content: Path,
                files: Callable[[Path], list[Path]], folder_code: str = "") -> None:
    """Pages of a language folder; each translates the default's page at the same path."""
    for path in files(folder):
        same = content / path.relative_to(folder)
        found.pages.append(Translated(code, path, folder, same if same.is_file() else None,
                                      folder_code))

"""The interface's language: kbgen's message catalogues (gettext `.po` files read with Babel),
the site's own wording (`extra.kb.messages`), and dates, times and names in the language.

A `Translator` is made once per build and handed to what writes text; nothing here keeps
state between builds. Catalogues live in `kbgen/locale/<lang>/LC_MESSAGES/kbgen.po` and are
compiled when a build starts (no `.mo` files to keep in step).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, get_timezone, get_timezone_location
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from pydantic import AfterValidator

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "kbgen"
SHIPPED = ("en", "de", "fr", "es", "pt", "ru", "ja", "ar", "zh", "ko", "it", "nl", "pl", "tr")
"""Languages whose catalogue ships complete (a test checks every message of each)."""
REGIONAL_DEFAULTS = {"en": "en_GB"}
"""Formats for a bare language: `en` writes dates as `30 August 2026` with a 24-hour clock,
as kbgen always did; `extra.kb.locale: en_US` gives `August 30, 2026` and `8:00 AM`."""
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def N_(message: str) -> str:  # noqa: N802 (the name gettext's tools look for)
    """Mark `message` for the catalogue without translating it here (constants)."""
    return message


def locale_of(code: str) -> Locale:
    """The Babel locale of `de`, `pt-BR`, `pt_BR` or `zh-Hant`; ValueError if unknown."""
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(f"'{code}' is not a language code Babel knows; write a code such as"
                         " de, en, fr or pt-BR") from None


OTHER_SCRIPT = ("zh_TW", "zh_HK", "zh_MO", "zh_Hant")
"""Variants written in another script than their base language's catalogue (`zh` is
Simplified Chinese): they fall back to English, not to the base."""


def catalogue_file(language: str, locale_dir: Path = LOCALE_DIR) -> Path | None:
    """The `.po` file for `language` (`pt_BR`, else `pt`; `zh_TW` never `zh`), or None."""
    tag = language.replace("-", "_")
    other_script = any(tag.casefold().startswith(v.casefold()) for v in OTHER_SCRIPT)
    for name in (tag,) if other_script else (tag, tag.split("_")[0]):
        path = locale_dir / name / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            return path
    return None


def read_catalogue(path: Path) -> Catalog:
    """A `.po` file as Babel's Catalog."""
    with path.open("rb") as handle:
        return read_po(handle, domain=DOMAIN)


def compile_catalogue(catalog: Catalog) -> NullTranslations:
    """gettext translations of `catalog`, compiled in memory (fuzzy entries left out)."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def translations_of(path: Path) -> NullTranslations:
    """The `.po` file at `path` compiled, once per process for the same bytes: a build makes
    two translators, and parsing the catalogue was 5% of a small build's CPU. Shared: only
    read from (`gettext`, `ngettext`), never merged into."""
    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest()
    found = _COMPILED_CATALOGUES.get(key)
    if found is None:
        found = _COMPILED_CATALOGUES[key] = compile_catalogue(read_po(io.BytesIO(data),
                                                                      domain=DOMAIN))
    return found


_COMPILED_CATALOGUES: dict[str, NullTranslations] = {}
"""The process's compiled catalogues, by the digest of their `.po` bytes."""


def message_ids(locale_dir: Path = LOCALE_DIR) -> dict[str, str | None]:
    """Every message of kbgen's interface (from the English catalogue): singular message ->
    its plural, or None."""
    catalog = read_catalogue(locale_dir / "en" / "LC_MESSAGES" / f"{DOMAIN}.po")
    found: dict[str, str | None] = {}
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, str):
            found[message.id] = None
        else:
            found[message.id[0]] = message.id[1]
    return found


Overrides = Mapping[str, "str | Mapping[str, str]"]
"""`extra.kb.messages`: message -> text for every language, or language -> text."""


def overrides_for(messages: Overrides, language: str) -> dict[str, str]:
    """The site's own wording for `language`: plain texts, and per-language texts for it (or
    for its base language: `pt` serves `pt-BR`)."""
    tag = language.replace("-", "_")
    chosen: dict[str, str] = {}
    for message, text in messages.items():
        if isinstance(text, str):
            chosen[message] = text
            continue
        by_language = {key.replace("-", "_"): value for key, value in text.items()}
        for key in (tag, tag.split("_")[0]):
            if key in by_language:
                chosen[message] = by_language[key]
                break
    return chosen


def override_problems(messages: Overrides, known: Mapping[str, str | None] | None = None
                      ) -> list[tuple[str, str]]:
    """What is wrong with `extra.kb.messages`: (message, problem) pairs for a message kbgen
    does not show, a language code Babel does not know, or a placeholder the message lacks."""
    if not messages:
        return []
    known = message_ids() if known is None else known
    problems: list[tuple[str, str]] = []
    for message, text in messages.items():
        if message not in known:
            close = difflib.get_close_matches(message, list(known), n=1, cutoff=0.6)
            hint = f"; did you mean \"{close[0]}\"?" if close else (
                "; the messages are the English texts listed in kbgen/locale/kbgen.pot")
            problems.append((message, f"kbgen shows no message \"{message}\"{hint}"))
            continue
        texts = {"": text} if isinstance(text, str) else dict(text)
        allowed = set(_PLACEHOLDER.findall(message)) | set(
            _PLACEHOLDER.findall(known[message] or ""))
        for language, wording in texts.items():
            where = f" ({language})" if language else ""
            if language:
                try:
                    locale_of(language)
                except ValueError as exc:
                    problems.append((message, str(exc)))
                    continue
            unknown = set(_PLACEHOLDER.findall(wording)) - allowed
            if unknown:
                names = ", ".join(f"%({name})s" for name in sorted(unknown))
                offered = ", ".join(f"%({n})s" for n in sorted(allowed)) or "none"
                problems.append((message, f"the text{where} uses {names}, which this message"
                                          f" does not give (it gives: {offered})"))
                continue
            try:
                wording % {name: "x" for name in allowed}
            except (ValueError, TypeError):
                problems.append((message, f"the text{where} has a lone %: write %% for a"
                                          " percent sign"))
    return problems


def override_errors(messages: Overrides, where: str, key_lines: Mapping[str, int]) -> list[str]:
    """`override_problems` as `path:line: error: ...` lines (the build and `kbgen check`)."""
    shown = []
    for message, problem in override_problems(messages):
        line = key_lines.get(f"extra.kb.messages.{message}") or key_lines.get(
            "extra.kb.messages")
        shown.append(f"{where}:{line}: error: extra.kb.messages: {problem}" if line
                     else f"{where}: error: extra.kb.messages: {problem}")
    return shown


@dataclass
class Translator:
    """kbgen's interface text and formats in one language, with the site's own wording."""

    language: str = "en"
    """The site's language (`theme.language`), e.g. `de` or `pt-BR`."""
    locale: str | None = None
    """The locale of dates, times and names (`extra.kb.locale`); default from `language`."""
    overrides: Mapping[str, str] = field(default_factory=dict)
    """The site's wording for this language, by English message."""
    locale_dir: Path = LOCALE_DIR

    def __post_init__(self) -> None:
        base = self.language.replace("-", "_")
        self.formats = locale_of(self.locale or REGIONAL_DEFAULTS.get(base, base))
        """The Babel locale of dates, times and names."""
        path = catalogue_file(self.language, self.locale_dir)
        self.has_catalogue = path is not None
        """False when kbgen has no catalogue for the language (English text is used)."""
        self._translations = translations_of(path) if path else NullTranslations()
        self._dates: dict[dt.date, str] = {}
        """Each day written once (Babel's formatting is a fair share of a page's variables)."""

    def gettext(self, message: str) -> str:
        """`message` in the site's language (the site's own wording first)."""
        if message in self.overrides:
            return self.overrides[message]
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The form of a message for `count` (a site's wording serves every count)."""
        if singular in self.overrides:
            return self.overrides[singular]
        return self._translations.ngettext(singular, plural, count)

    _ = gettext

    def date(self, day: dt.date | None) -> str:
        """`30 August 2026`, `30. August 2026`, `30 de agosto de 2026`; empty for None."""
        if not day:
            return ""
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = format_date(day, format="long", locale=self.formats)
        return text

    def time(self, minutes: int) -> str:
        """A time of day given in minutes since midnight (1440 is midnight): `08:00`."""
        hours, minute = divmod(minutes % (24 * 60), 60)
        return format_time(dt.time(hours, minute), format="short", locale=self.formats)

    def weekday(self, index: int) -> str:
        """Monday (0) to Sunday (6), capitalised as a heading: `Montag`, `Lundi`."""
        name = self.formats.days["stand-alone"]["wide"][index]
        return name[:1].upper() + name[1:]

    def zone(self, name: str) -> str:
        """An IANA time zone as readers name it, in the site's language: `Europe/Paris` ->
        `Paris`, `Londres` on a French site; the name itself when Babel has no city."""
        try:
            city = get_timezone_location(get_timezone(name), locale=self.formats,
                                         return_city=True)
        except (LookupError, ValueError):
            return name
        return city or name

    def weekdays_json(self) -> str:
        """The weekday names, Monday first, as JSON (for the open-now indicator)."""
        return json.dumps([self.weekday(i) for i in range(7)], ensure_ascii=False)

    def language_name(self, code: str) -> str:
        """The name of the language `code` in the site's language: `de` -> `Deutsch` on a
        German site, `allemand` on a French one."""
        try:
            return locale_of(code).get_display_name(self.formats) or code
        except ValueError:
            return self.formats.languages.get(code.split("-")[0].lower(), code)

    def html_lang(self) -> str:
        """The language as an HTML `lang` value: `pt-BR`."""
        return self.language.replace("_", "-")

    def table(self, messages: Iterable[str]) -> dict[str, str]:
        """`messages` translated, by English message (for the browser's scripts)."""
        return {message: self.gettext(message) for message in messages}


NAME_ALIASES = {"mandarin": "zh", "farsi": "fa", "bengali": "bn"}
"""English names people use that CLDR spells otherwise."""


def language_code(value: str) -> str:
    """A language as a code: `de` and `pt-BR` as they are, an English name (`German`) as
    its code; ValueError naming the fix otherwise."""
    text = value.strip()
    english = Locale("en").languages
    by_name = {name.casefold(): code for code, name in english.items() if "_" not in code}
    by_name.update(NAME_ALIASES)
    if text.casefold() in by_name:
        return by_name[text.casefold()].replace("_", "-")
    if re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", text):
        base = text.replace("_", "-").split("-")[0].lower()
        try:
            locale_of(text)
        except ValueError:
            if base in english and text.isalpha():
                return base
        else:
            return text.replace("_", "-")
    close = difflib.get_close_matches(text.casefold(), list(by_name), n=1, cutoff=0.8)
    hint = (f" (did you mean {by_name[close[0]]}, {english.get(by_name[close[0]], close[0])}?)"
            if close else "")
    raise ValueError(f"'{value}' is not a language: write its code, such as de, en, fr or"
                     f" pt-BR{hint}")


LanguageCode = Annotated[str, AfterValidator(language_code)]
"""A language in data files: a code (`de`, `pt-BR`), or an English name read as its code."""

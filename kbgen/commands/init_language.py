"""`kbgen init --language CODE`: a new help centre in another language in one command.

The site's settings (`theme.language`, which also sets search's language), the languages of
its support line and team profile, and, where kbgen ships them
(`kbgen/scaffold/languages/<code>/`), the example articles, categories, contact wording,
team profile and the words init writes itself (site name, description, e-mail subject).
A language kbgen has no example text for keeps the English examples, and init says so."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError

from kbgen.core.init_wording import language_name

LANGUAGES_DIR = Path(__file__).resolve().parent.parent / "scaffold" / "languages"
"""Per language, files that replace the scaffold's at the same path, and `wording.yml`."""
CONTENT = "content"
ENGLISH = {"site_name": "{company} Help Centre",
           "site_description": "Answers to common questions from the {company} support team.",
           "email_subject": "Help with {site_name}"}


def check_language(value: str) -> str:
    """A language code Babel knows (`de`, `pt-BR`), written as kbgen writes it."""
    text = value.strip().replace("_", "-")
    try:
        Locale.parse(text.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"'{value}' is not a language code such as de, fr or pt-BR") from None
    base, _, region = text.partition("-")
    return base.lower() + (f"-{region}" if region else "")


@dataclass(frozen=True)
class SiteLanguage:
    """What init writes in one language."""

    code: str
    wording: dict[str, str]
    """`ENGLISH`'s keys, in this language (`{company}`, `{site_name}`: the answers)."""
    folder: Path | None
    """Files that replace the scaffold's (None: English examples)."""

    @classmethod
    def of(cls, code: str) -> SiteLanguage:
        """The language's example text, else English's (the base language's for `de-AT`)."""
        for name in (code, code.split("-")[0]):
            folder = LANGUAGES_DIR / name
            if name != "en" and (folder / "wording.yml").is_file():
                words = yaml.safe_load((folder / "wording.yml").read_text(encoding="utf-8"))
                return cls(code, {**ENGLISH, **words}, folder)
        return cls(code, dict(ENGLISH), None)

    def text(self, key: str, **answers: str) -> str:
        """One of init's own phrases, filled in."""
        return self.wording[key].format(**answers)

    def replaced(self, rendered: dict[Path, str], render: dict[Path, str]) -> dict[Path, str]:
        """The site's files with this language's in place of the scaffold's: its own
        example articles replace every English one."""
        if not render:
            return rendered
        own_articles = any(path.parts[:2] == (CONTENT, "articles") for path in render)
        kept = {path: text for path, text in rendered.items()
                if not (own_articles and path.parts[:2] == (CONTENT, "articles"))}
        return {**kept, **render}

    def note(self, own_site_name: bool = False) -> str | None:
        """What init tells a user whose language has no example text (`own_site_name`: the
        site name is the user's, not init's English one)."""
        if self.folder is not None or self.code.split("-")[0] == "en":
            return None
        name = language_name(self.code)
        english = "" if own_site_name else " site name and"
        return (f"kbgen has no example text in {name}: the example articles, categories,"
                f" team profile, contact wording,{english} description are in English;"
                f" `kbgen check` points at the lines to write in {name}.")

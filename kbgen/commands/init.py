"""`kbgen init`: start a new, ready-to-publish help centre from the templates in kbgen/scaffold/.

The new site uses the installed kbgen as an MkDocs plugin (`plugins: [kbgen]`): no kbgen code is
copied into it, so upgrading kbgen upgrades every site.

Scaffold files are copied as they are, except that:

- a file ending in `.tmpl` loses that suffix and has its `${name}` placeholders filled in
  (`string.Template`, so YAML braces need no escaping; a literal dollar sign is written `$$`);
- a path part starting with `dot-` becomes a hidden one (`dot-github` -> `.github`), because
  package data globs skip hidden files and they would be missing from an installed wheel.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

import phonenumbers
import yaml

from kbgen.commands.init_language import LANGUAGES_DIR, SiteLanguage
from kbgen.commands.init_requirement import installed_requirement
from kbgen.core.build_day import build_day
from kbgen.core.contact import EMAIL_PATTERN, written_not_in_digits
from kbgen.core.schema import known_zone
from kbgen.core.settings_markup import value_problem
from kbgen.core.text import refusal, refused_character
from kbgen.errors import KbError

SCAFFOLD_DIR = Path(__file__).resolve().parent.parent / "scaffold"
TEMPLATE_SUFFIX = ".tmpl"
HIDDEN_PREFIX = "dot-"
ALLOWED_ENTRIES = {".git"}
"""What an otherwise empty target folder may hold (a freshly cloned, empty repository)."""
SKIPPED = {"__pycache__", ".DS_Store"}

EXAMPLE_PHONE = "+44 20 7946 0000"
_EMAIL = re.compile(EMAIL_PATTERN)


@dataclass(frozen=True)
class Answers:
    """What a new help centre needs to know about its team."""

    company: str
    """Company name, e.g. `Example Ltd`."""
    site_name: str
    """Title of the site, e.g. `Example Ltd Help Centre`."""
    phone: str
    """Main support number, in international format."""
    email: str
    """Support e-mail address."""
    timezone: str
    """IANA time zone of the opening hours."""
    site_url: str
    """Address the site will be published at, ending in `/`."""
    language: str = "en"
    """The site's language (`de`): settings, search and, where kbgen has them, examples."""


# ------------------------------------------------------------------------------- Validation
# Each returns the value to use, or raises ValueError with a message that says how to fix it.


def check_text(value: str) -> str:
    """A non-empty single line without invisible control characters."""
    text = value.strip()
    if not text or "\n" in text or "\r" in text:
        raise ValueError("must be a non-empty single line")
    char = refused_character(text)
    if char is not None:
        raise ValueError(refusal(char))
    return text


def check_name(value: str) -> str:
    """A company or site name: `check_text`, and nothing the pages would read as markup (it
    is written into attributes and the footer: kbgen.core.settings_markup)."""
    text = check_text(value)
    problem = value_problem("site_name", text)
    if problem:
        raise ValueError(problem)
    return text


def check_phone(value: str) -> str:
    """A valid number in international format, returned as `+44 20 7946 0000`."""
    not_digits = written_not_in_digits(value)
    if not_digits:
        raise ValueError(not_digits)
    try:
        parsed = phonenumbers.parse(value.strip(), None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"'{value}' is not a valid phone number in international format;"
                         f" start with + and the country code, e.g. {EXAMPLE_PHONE}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_email(value: str) -> str:
    """An e-mail address such as `support@example.com`."""
    text = value.strip()
    if not _EMAIL.match(text) or refused_character(text) is not None:
        raise ValueError(f"'{value}' is not an e-mail address, e.g. support@example.com")
    return text


def check_timezone(value: str) -> str:
    """An IANA time zone name such as `Europe/London`."""
    return known_zone(value.strip())


def check_url(value: str) -> str:
    """An http(s) address with a host, returned with a final `/`."""
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or re.search(r"\s", text) \
            or parts.query or parts.fragment:
        raise ValueError(f"'{value}' is not an http(s) address such as"
                         " https://help.example.com/ (include any sub-path, e.g. /help/)")
    return text if text.endswith("/") else text + "/"


@dataclass(frozen=True)
class Question:
    """One setting of a new site: its option, prompt, check and default."""

    name: str
    """Field of Answers."""
    option: str
    """The command-line option."""
    prompt: str
    """What the terminal asks."""
    check: Callable[[str], str]
    """Validates and normalises an answer."""
    default: Callable[[dict[str, str]], str]
    """The default, from the answers given so far."""


QUESTIONS = (
    Question("company", "--company", "Company name", check_name, lambda _: "Example Ltd"),
    Question("site_name", "--site-name", "Site name", check_name,
             lambda given: SiteLanguage.of(given.get("language", "en")).text(
                 "site_name", company=given["company"])),
    Question("phone", "--phone", "Main support phone number (international, e.g. +44 ...)",
             check_phone, lambda _: EXAMPLE_PHONE),
    Question("email", "--email", "Support e-mail address", check_email,
             lambda _: "support@example.com"),
    Question("timezone", "--timezone", "Time zone of your opening hours", check_timezone,
             lambda _: "Europe/London"),
    Question("site_url", "--site-url", "Address the site will be published at", check_url,
             lambda _: "https://help.example.com/"),
)
"""In the order they are asked: the site name's default uses the company."""


# ---------------------------------------------------------------------------------- Writing


def ensure_empty(target: Path, shown: str) -> None:
    """Refuse a folder that already holds something (other than an empty repository's .git),
    or that cannot be created because a folder above it is a file."""
    for above in [target, *target.parents]:
        if above.exists() and not above.is_dir():
            where = shown if above == target else f"{above}, above {shown},"
            raise KbError(f"{where} is a file; choose a new or empty folder")
    if target.is_dir() and any(entry.name not in ALLOWED_ENTRIES for entry in target.iterdir()):
        raise KbError(f"{shown} is not empty; choose a new or empty folder")


def placeholders(answers: Answers, today: dt.date) -> dict[str, str]:
    """Values for the templates; `*_yaml` ones are double-quoted YAML scalars, every line
    break, quote and control character escaped, so no value can add a key or a tag."""
    def yaml_text(value: str) -> str:
        return yaml.safe_dump(value, allow_unicode=True, default_style='"',
                              width=2**31 - 1).rstrip("\n")

    values = {**asdict(answers), "today": today.isoformat(), "year": str(today.year)}
    words = SiteLanguage.of(answers.language)
    quoted = {
        "site_description": words.text("site_description", company=answers.company),
        "footer": f"© {answers.company}",
        "email_subject": words.text("email_subject", site_name=answers.site_name),
        **asdict(answers),
    }
    return {**values, **{f"{key}_yaml": yaml_text(value) for key, value in quoted.items()}}


def scaffold_files(folder: Path = SCAFFOLD_DIR) -> list[Path]:
    """Every template file under `folder`, relative to it, sorted (the scaffold's own: no
    other language's, under `languages/`)."""
    return sorted(path.relative_to(folder) for path in folder.rglob("*")
                  if path.is_file() and not SKIPPED & set(path.parts)
                  and path.relative_to(folder).parts[0] != LANGUAGES_DIR.name
                  and path.name != "wording.yml")


def target_path(relative: Path) -> Path:
    """Where a scaffold file goes in the new site."""
    parts = ["." + part[len(HIDDEN_PREFIX):] if part.startswith(HIDDEN_PREFIX) else part
             for part in relative.parts]
    if parts[-1].endswith(TEMPLATE_SUFFIX):
        parts[-1] = parts[-1][: -len(TEMPLATE_SUFFIX)]
    return Path(*parts)


def render(relative: Path, values: dict[str, str]) -> str:
    """The text of a scaffold file, with placeholders filled in for `.tmpl` files."""
    text = (SCAFFOLD_DIR / relative).read_text(encoding="utf-8")
    if relative.name.endswith(TEMPLATE_SUFFIX):
        try:
            text = string.Template(text).substitute(values)
        except (KeyError, ValueError) as exc:  # a broken template is kbgen's bug
            raise RuntimeError(f"scaffold template {relative}: bad placeholder {exc}") from None
    return text


def create(target: Path, answers: Answers, today: dt.date | None = None,
           requirement: str | None = None) -> list[Path]:
    """Write a new help centre into `target` (created if missing); return the files written.
    `requirement`: requirements.txt's line for kbgen (default: the installed kbgen's)."""
    values = {**placeholders(answers, today or build_day()),
              "kbgen_requirement": requirement or installed_requirement().line}
    rendered = {target_path(relative): render(relative, values) for relative in scaffold_files()}
    own = SiteLanguage.of(answers.language).folder
    if own is not None:
        base = own.relative_to(SCAFFOLD_DIR)
        rendered = SiteLanguage.of(answers.language).replaced(rendered, {
            target_path(relative): render(base / relative, values)
            for relative in scaffold_files(own)})
    try:
        target.mkdir(parents=True, exist_ok=True)
        for relative, text in rendered.items():
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
    except FileExistsError as exc:
        raise KbError(f"{exc.filename} already exists; it was not changed") from None
    except OSError as exc:
        raise KbError(f"cannot write {exc.filename or target}: {exc.strerror or exc}; choose a"
                      " folder you can write to") from None
    return sorted(rendered)

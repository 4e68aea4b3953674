"""Declared schemas, one per content type, and readable messages for their errors."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    ValidationError,
    model_validator,
)

from kbgen.core.control_characters import control_message, first_control
from kbgen.core.i18n import N_, LanguageCode
from kbgen.core.redirects import few_old_paths, old_path
from kbgen.core.slugs import is_slug, nfc
from kbgen.core.text import refusal, refused_character

SINGLE_LINE = r"^[^\n]*$"


def visible(value: str) -> str:
    """Refuse bidi controls (a right-to-left override...), control characters and line or
    paragraph separators: they change how the text reads, or break it."""
    char = refused_character(value)
    if char is not None:
        raise ValueError(refusal(char))
    return value


MAX_LINE = 1000
"""Characters of a one-line value (a summary, a workaround, a tag, a category's title). Many
are shown on other pages, some on every page (a major issue's workaround in the banner, a
category's title in the navigation): a 100,000-character workaround added 4 MB to a site of
35 pages, and a 1 MB article would add a gigabyte to one of a thousand. A summary is advised
under 200 (`kbgen check` warns), a title is held to 120."""
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_LINE,
                                        pattern=SINGLE_LINE), AfterValidator(visible)]
MAX_TAGS = 100
"""Tags of one article or news post. Each tag is a page of the site: one article of 3,200 tags
built 3,200 pages (13 s), and a 1 MB article could hold a hundred thousand. The sample help
centre's most is 4; a help article with more than 100 is a mistake."""
Tags = Annotated[list[Line], Field(max_length=MAX_TAGS)]
"""An article's or news post's tags, at most MAX_TAGS."""
"""A non-empty string without line breaks or invisible control characters."""
Text = Annotated[str, AfterValidator(lambda value: "\n".join(visible(line)
                                                             for line in value.split("\n")))]
"""Text of several lines, without invisible control characters."""


def _no_controls(value: str) -> str:
    """Refuse a control character a page would drop (a YAML `"\\0"` escape inside an address)."""
    if control := first_control(value):
        raise ValueError(control_message(control[1]))
    return value


Markdown = Annotated[str, AfterValidator(_no_controls)]
"""Markdown of several lines (tabs kept), without control characters: kbgen.core.sources
refuses them in a file's bytes, but YAML writes them from escapes (`"jane\\0.doe@..."`)."""
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG)]


def _article_slug(value: str) -> str:
    if not is_slug(value):
        raise ValueError(f"'{value}' is not an article slug (its file name without .md:"
                         " lowercase words joined by hyphens, in any script)")
    return nfc(value)


ArticleSlug = Annotated[str, AfterValidator(_article_slug)]
"""An article's file name without `.md`, in any script (kbgen.core.slugs)."""
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
"""A plausible e-mail address (the mail server has the final word)."""
COUNTRY_CODE = r"^[A-Z]{2}$"
"""Lowercase words joined by hyphens: the file name of an article or team member."""



def known_zone(name: str) -> str:
    """Accept only IANA time zone names such as `Europe/London`."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{name}'; use an IANA name such as"
                         " Europe/London or America/New_York") from None
    return name


TimeZone = Annotated[Line, AfterValidator(known_zone)]
"""An IANA time zone name."""


def _relative_path(path: str) -> str:
    """Accept a relative file path; refuse URLs, absolute paths and `..`."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", path) or path.startswith(("/", "\\")) \
            or ".." in path.replace("\\", "/").split("/"):
        raise ValueError(f"'{path}' must be a file next to this one (no URL, no absolute path,"
                         " no '..'); files are copied into the site, never linked from elsewhere")
    return path


LocalFile = Annotated[Line, AfterValidator(_relative_path)]
"""A relative path inside the content folder (never a URL)."""

_TEMPLATE = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\.html$")


def _template_name(name: str) -> str:
    """A theme template such as `article.html`: relative, no `..`, ending in `.html`."""
    if not _TEMPLATE.match(name) or ".." in name:
        raise ValueError(f"'{name}' is not a template name; use the file name of a template"
                         " of the theme, such as article.html or main.html (no folder outside"
                         " the theme, no '..')")
    return name


TemplateName = Annotated[Line, AfterValidator(_template_name)]
"""A template file of the theme (custom_dir, kbgen's or Material's), e.g. `main.html`."""

Status = Literal["published", "draft", "internal"]
OldPath = Annotated[str, AfterValidator(lambda path: old_path(path))]
"""A path of the site's old address of a page (see kbgen.core.redirects)."""
OldPaths = Annotated[list[OldPath], AfterValidator(few_old_paths)]
"""A page's old addresses, `MAX_OLD_PATHS` at most (see kbgen.core.redirects)."""


class StrictModel(BaseModel):
    """Our data: unknown keys are errors, numbers are accepted where text is expected."""

    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, frozen=True)


IssueState = Literal["investigating", "identified", "workaround", "monitoring", "fixed"]
"""Where a known issue stands, in the order it usually moves."""


class IssueUpdate(StrictModel):
    """One dated step of a known issue's timeline."""

    date: dt.date
    """The day of the update."""
    text: Line
    """What customers should know, in one line."""
    state: IssueState | None = None
    """The state the issue moved to that day, if it changed."""


class KnownIssue(StrictModel):
    """The `known_issue` block of an article: a problem many customers have right now."""

    state: IssueState
    """`investigating`, `identified`, `workaround`, `monitoring` or `fixed`."""
    since: dt.date
    """The day the problem started (or was first reported)."""
    applies_to: list[Line] = []
    """Products, apps or versions affected."""
    errors: list[Line] = []
    """Error codes or messages customers see; a search for one puts this issue first."""
    workaround: Line | None = None
    """What customers can do meanwhile, in one line (the article says more)."""
    fixed_in: Line | None = None
    """What fixes it, e.g. `App 5.3.1` or `Server update of 4 December`."""
    fixed_on: dt.date | None = None
    """The day the fix is out: from that day the issue is fixed, whatever `state` says."""
    major: bool = False
    """Many customers are affected: a banner on every page while the issue is open."""
    updates: list[IssueUpdate] = []
    """The timeline, newest first."""


class ArticleMeta(StrictModel):
    """Front matter of an article (`content/articles/<category>/<slug>.md`)."""

    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120,
                                            pattern=SINGLE_LINE), AfterValidator(visible)]
    """Plain-text title, at most 120 characters."""
    summary: Line
    """One sentence shown under the title, in listings and in search results."""
    status: Status
    """`published`, `draft` or `internal`; required so nothing is published by accident."""
    symptoms: list[Line] = []
    """How customers describe the problem, in their words."""
    errors: list[Line] = []
    """Exact error messages or codes customers see; findable verbatim."""
    applies_to: list[Line] = []
    """Products, platforms or versions concerned."""
    tags: Tags = []
    """Free tags (at most MAX_TAGS); listed on the tags index."""
    author: Slug | None = None
    """Id of a team member (`content/team/<id>.yml`)."""
    created: dt.date | None = None
    """Date the article was first written."""
    updated: dt.date | None = None
    """Date of the last meaningful change; shown on the page."""
    reviewed: dt.date | None = None
    """Date someone last checked the article is still right (not shown)."""
    related: list[ArticleSlug] = []
    """Slugs of related articles, shown first under "Related articles"."""
    tickets: list[Line] = []
    """Internal ticket references: validated, never published."""
    redirect_from: OldPaths = []
    """Old addresses of this article (`/hc/en-us/articles/123-Title`): the build redirects them."""
    known_issue: KnownIssue | None = None
    """Makes the article a known issue: on the status page, and in banners while open."""
    order: StrictInt | None = None
    """Place in its category's list (lowest first); articles without one follow, by title."""
    translation_of: ArticleSlug | None = None
    """In a translation folder: the slug of the default language's article this translates,
    when the file's path differs from it (kbgen.core.translations)."""

    # Keys that belong to MkDocs and Material; allowed and passed through untouched.
    hide: list[Line] = []
    """Parts of the page the theme hides (the site layer checks the names)."""
    template: TemplateName | None = None
    """MkDocs: page template override."""
    search: dict[str, Any] | None = None
    """Material: search options for the page (`boost`, `exclude`)."""
    icon: str | None = None
    """Material: page icon."""
    description: Text | None = None
    """MkDocs: meta description (defaults to the summary)."""


class CategoryInfo(StrictModel):
    """One category of `_data/categories.yml`, keyed by its folder name."""

    title: Line
    """Name shown in navigation and on the home page."""
    description: Line
    """One line under the title on the home page."""
    icon: str | None = None
    """An icon of the site's theme, e.g. `material/wifi` (default: the theme's folder icon)."""
    order: int = 100
    """Position on the home page and in navigation (lowest first)."""
    redirect_from: OldPaths = []
    """Paths of the category's page in a help centre the site moved from."""


class Link(StrictModel):
    """A public link on a team profile."""

    label: Line
    """Text of the link, e.g. `LinkedIn`."""
    url: Annotated[str, StringConstraints(pattern=r"^https://[^\s/]+\.[^\s]+$")]
    """An https URL."""


DEFAULT_TEAM = N_("Support team")
"""The group of a profile that names none."""


class TeamProfile(StrictModel):
    """A team member (`content/team/<id>.yml`): only what is here is published."""

    name: Line
    """Full name as customers see it."""
    status: Literal["published", "draft"] = "published"
    """`draft`: not published (no profile page, no byline) until someone completes it."""
    role: Line | None = None
    """Job title, e.g. `Billing specialist`; required once published."""
    team: Line = DEFAULT_TEAM
    """Group on the team page, e.g. `Specialists`."""
    pronouns: Line | None = None
    """Optional pronouns."""
    expertise: list[Line] = []
    """Topics, ideally matching categories and tags."""
    languages: list[LanguageCode] = []
    """Languages the person supports customers in: codes such as `de`, `pt-BR`."""
    location: Line | None = None
    """City or region."""
    timezone: TimeZone | None = None
    """IANA time zone, e.g. `Europe/London`."""
    since: int | None = Field(default=None, ge=1900, le=2100)
    """Year joined."""
    photo: LocalFile | None = None
    """Image file relative to the profile file."""
    bio: Markdown = ""
    """A few sentences of Markdown."""
    links: list[Link] = []
    """Public https links (LinkedIn, Mastodon, a personal site)."""

    @model_validator(mode="wrap")
    @classmethod
    def _role_once_published(cls, data: Any, handler: Any) -> TeamProfile:
        """`role` is required unless the profile is a draft, reported with the other keys."""
        missing: list[Any] = [] if not isinstance(data, dict) or data.get("status") == "draft" \
            or "role" in data else [{"type": "missing", "loc": ("role",), "input": data}]
        try:
            profile: TeamProfile = handler(data)
        except ValidationError as exc:
            if not missing:
                raise
            found: list[Any] = [{key: e[key] for key in ("type", "loc", "input", "ctx") if key in e}
                     for e in exc.errors()]
            raise ValidationError.from_exception_data(exc.title, [*found, *missing]) from None
        if missing:
            raise ValidationError.from_exception_data(cls.__name__, missing)
        return profile


def key_path(loc: tuple[Any, ...]) -> str:
    """`("lines", 0, "hours")` -> `lines[0].hours`, the form of YamlDocument.key_lines."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc).lstrip(".")


def describe(error: Mapping[str, Any], known: list[str]) -> tuple[str | None, str]:
    """The key path and a readable message for one pydantic error."""
    loc = tuple(part for part in error.get("loc", ()) if not str(part).startswith("function-"))
    key = str(loc[0]) if loc else None
    name = f"'{key_path(loc)}'"
    kind = error.get("type", "")
    value = error.get("input")
    path = key_path(loc)
    if kind == "missing" and key == "status":
        return path or None, "missing required key 'status': write published, draft or internal"
    if kind == "missing":
        return key_path(loc[:-1]) or None, f"missing required key '{path}'"
    if kind == "extra_forbidden" and len(loc) == 1:
        close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.75)
        meant = f" (did you mean '{close[0]}'?)" if close else ""
        return path or None, f"unknown key '{key}'{meant}; known keys: {', '.join(known)}"
    if kind == "extra_forbidden":
        return path, f"unknown key '{path}'"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return path or None, f"{name} must be one of {expected}, not {value!r}"
    if kind == "list_type":
        example = f"`{loc[-1]}: [first, second]`"
        return path or None, f"{name} must be a list, e.g. {example}, not {value!r}"
    if kind.startswith("int"):
        return path or None, f"{name} must be a whole number like 10, not {value!r}"
    if kind.startswith("date"):
        return path or None, f"{name} must be a date like 2025-01-31, not {value!r}"
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return path or None, f"{name} is {len(str(value))} characters long; keep it under {limit}"
    if kind == "string_too_short":
        return path or None, f"{name} must not be empty"
    if kind == "too_long":  # a list over its limit (MAX_TAGS)
        limit = error.get("ctx", {}).get("max_length")
        return path or None, (f"{name} has {error.get('ctx', {}).get('actual_length')} items;"
                              f" at most {limit} are allowed: keep the few that matter")
    if kind == "string_pattern_mismatch" and loc[-1] == "url":
        return path or None, f"{name} must be an https:// URL, not {value!r}"
    if kind == "value_error":
        reason = error.get("ctx", {}).get("error", error.get("msg"))
        return path or None, f"{name}: {reason}" if path else str(reason)  # the whole file
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern")
        expected = PATTERN_NAMES.get(pattern, "a value of the documented form")
        if pattern == SINGLE_LINE:
            return path or None, f"{name} must be a single line"
        return path or None, f"{name} must be {expected}, not {value!r}"
    return path or None, f"{name}: {error.get('msg', 'invalid value')}"


PATTERN_NAMES: dict[str, str] = {
    SLUG: "an id in lowercase-with-hyphens",
    EMAIL_PATTERN: "an e-mail address such as support@example.com (a name, @ and a domain with"
                   " a dot, no spaces)",
    COUNTRY_CODE: "a two-letter country code in capitals, such as GB",
}
"""What each pattern of the schemas means, for messages."""


def partial_messages(model: type[BaseModel], data: dict[str, Any], unread: set[str]
                     ) -> list[tuple[str | None, str]]:
    """(key, message) for every error of `data`, the readable part of a broken file, except
    a missing key among `unread` (it is there, but its value could not be read)."""
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return [describe(error, list(model.model_fields)) for error in exc.errors()
                if not (error.get("type") == "missing" and error.get("loc", ("",))[0] in unread)]
    return []


def validation_messages(exc: ValidationError, model: type[BaseModel]
                        ) -> list[tuple[str | None, str]]:
    """(key, message) for every error of a failed validation."""
    known = list(model.model_fields)
    return [describe(error, known) for error in exc.errors()]


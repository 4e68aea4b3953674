"""kbgen's settings: the `extra.kb` block of mkdocs.yml, validated without MkDocs."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, ValidationError, ValidationInfo, model_validator

from kbgen.core.analytics import Analytics, without_service_tag
from kbgen.core.brand_colours import NO_SWATCHES, Swatches, unreadable_colours
from kbgen.core.control_characters import control_message, first_control
from kbgen.core.i18n import locale_of
from kbgen.core.public_contacts import Organisation
from kbgen.core.schema import Line, Link, LocalFile, StrictModel, Text, validation_messages
from kbgen.core.site_codes import language_problem
from kbgen.core.strictyaml import line_for

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


@dataclass(frozen=True)
class Palette:
    """The colour names the site's theme knows, and its default colour (given by the site
    layer: the core knows no theme)."""

    primary: tuple[str, ...]
    accent: tuple[str, ...]
    default: str


def _colour(kind: str) -> Any:
    def check(value: str | None, info: ValidationInfo) -> str | None:
        palette: Palette | None = (info.context or {}).get("palette")
        if value is None:
            return palette.default if palette else None
        if _HEX.match(value):
            return value
        names: tuple[str, ...] = getattr(palette, kind) if palette else ()
        if palette is None or value.lower() in names:
            return value.lower()
        raise ValueError(f"unknown colour '{value}'; use a hex value like \"#0b5394\" or one of:"
                         f" {', '.join(names)}")
    return AfterValidator(check)


class Brand(StrictModel):
    """`extra.kb.brand`: the look of the site, from one place."""

    primary: Annotated[str | None, _colour("primary")] = Field(None, validate_default=True)
    """Header and link colour: a name of the theme's palette or a hex value."""
    accent: Annotated[str | None, _colour("accent")] = Field(None, validate_default=True)
    """Hover and highlight colour: a name of the theme's palette or a hex value."""
    mode: Literal["light", "dark", "auto"] = "light"
    """Light, dark, or auto (follows the reader's system, with a toggle)."""
    logo: LocalFile | None = None
    """An image in the content folder, e.g. `assets/logo.svg`."""
    favicon: LocalFile | None = None
    """An image in the content folder."""
    footer: Text | None = None
    """Footer text (Material's copyright line)."""
    social: list[Link] = []
    """The company's social links, shown in the footer."""


def _shown_messages(messages: dict[str, str | dict[str, str]]) -> dict[str, str | dict[str, str]]:
    """Refuse a control character in the site's wording of a message (every page shows some;
    YAML writes one from an escape, `"\\0"`, and a page drops it)."""
    for key, value in messages.items():
        for text in value.values() if isinstance(value, dict) else [value]:
            if control := first_control(text):
                raise ValueError(f"the wording of '{key}' has {control_message(control[1])}")
    return messages


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"'{value}' is not a valid regular expression ({exc})") from None
    return value


PRIVATE_NETWORKS = tuple(ipaddress.ip_network(net) for net in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "fc00::/7",
    "fe80::/10"))
"""The networks an allowed network must lie inside, each only in part: allowing a public
network allows nothing (public addresses are never findings), and a whole private block
(`10.0.0.0/8`, `0.0.0.0/0`, `::/0`) would turn the internal-address check off."""


def _network(value: str) -> str:
    try:
        network = ipaddress.ip_network(value)
    except ValueError as exc:
        raise ValueError(f"'{value}' is not a network in CIDR notation, such as fdaa::/16 or"
                         f" 10.42.0.0/16 ({exc})") from None
    if not any(network.version == private.version and network.subnet_of(private)  # type: ignore[arg-type]
               and network != private for private in PRIVATE_NETWORKS):
        raise ValueError(f"'{value}' is not a part of a private network (10.0.0.0/8,"
                         " 172.16.0.0/12, 192.168.0.0/16, 169.254.0.0/16, fc00::/7, fe80::/10):"
                         " allow only the platform's documented network, such as fdaa::/16")
    return value


def _own_domain(value: str) -> str:
    """A domain the site may list as its own, never a top-level suffix (`com`: every address
    and host under it would pass; review s32)."""
    labels = value.lower().strip().rstrip(".").split(".")
    if len(labels) < 2 or not all(labels):
        raise ValueError(f"'{value}' is not a domain the site owns (write the whole domain, such"
                         " as acme.com): every address under a suffix would be published")
    return value


class PrivacyConfig(StrictModel):
    """`extra.kb.privacy`: what the personal-data gate accepts beyond the contact data."""

    allow_emails: list[Line] = []
    """E-mail addresses that may be published (the contact e-mail always may)."""
    allow_phones: list[Line] = []
    """Phone numbers in international format that may be published (contact lines always may)."""
    allow_domains: list[Annotated[Line, AfterValidator(_own_domain)]] = []
    """Domains and host names that may appear, with their subdomains."""
    allow_patterns: list[Annotated[str, AfterValidator(_regex)]] = []
    """Regular expressions; a value they match is accepted."""
    allow_networks: list[Annotated[str, AfterValidator(_network)]] = []
    """Private networks (CIDR) a platform documents for its customers, whose addresses may
    appear (`fdaa::/16`); never the company's own network."""
    organisations: list[Organisation] = []
    """Public organisations whose domains, addresses and phone numbers may appear."""
    shipped_organisations: bool = True
    """Also accept the data-protection regulators kbgen ships (kbgen.core.public_contacts)."""


def _languages(codes: list[str]) -> list[str]:
    for code in codes:
        problem = language_problem(code)
        if problem:
            raise ValueError(problem)
    if len(set(codes)) != len(codes):
        raise ValueError("a language is listed twice; list each code once, the default first")
    return codes


Languages = Annotated[list[str], AfterValidator(_languages)]


def _locale(value: str | None) -> str | None:
    if value is not None:
        locale_of(value)
    return value


class ReplyWithin(StrictModel):
    """`extra.kb.reply_within`: how soon support answers an e-mail (one key)."""

    hours: int | None = Field(None, ge=1)
    """Within this many hours."""
    days: int | None = Field(None, ge=1)
    """Within this many days."""
    working_days: int | None = Field(None, ge=1)
    """Within this many working days."""

    @model_validator(mode="after")
    def _one(self) -> ReplyWithin:
        given = [name for name in ("hours", "days", "working_days") if getattr(self, name)]
        if len(given) != 1:
            raise ValueError("give one of hours, days or working_days, e.g."
                             " `reply_within: {working_days: 1}`")
        return self


class KbConfig(StrictModel):
    """Options of `extra.kb`."""

    recent_articles: int = Field(6, ge=0)
    """How many recently updated articles the home page lists."""
    related_articles: int = Field(5, ge=0)
    """How many related articles an article page lists."""
    team_groups: list[Line] = []
    """Order of the groups (the `team` key of profiles) on the team page; others follow A-Z."""
    stale_after_days: int = Field(180, ge=1)
    """An article not updated or reviewed for longer is reported as stale."""
    duplicate_threshold: float = Field(0.6, gt=0, le=1)
    """Similarity (0-1) above which two published articles are reported as likely duplicates."""
    privacy: PrivacyConfig = PrivacyConfig()
    """Allow-list for the personal-data and secrets gate."""
    internal_keys: list[Line] = []
    """Extra front matter keys for the team only (like `tickets`): allowed, never published."""
    brand: Brand | None = None
    """Site look: colours, mode, logo, favicon, footer, social links."""
    analytics: Analytics | None = None
    """One analytics service for aggregate counts of feedback events (off by default)."""
    languages: Languages = []
    """The site's languages, the default first (its content in docs_dir, published at the
    root); each other one's content in `translations/<code>/`, published under `<code>/`
    (kbgen.core.translations). Empty: one language, English search (as ever)."""
    locale: Annotated[str | None, AfterValidator(_locale)] = None
    """Locale of dates, times and language names (`en_US`, `pt_PT`); default: the theme's
    language (`en` formats as `en_GB`)."""
    messages: Annotated[dict[str, str | dict[str, str]], AfterValidator(_shown_messages)] = {}
    """The site's own wording of kbgen's interface text, by English message (see README,
    "Languages"): a text, or a text per language code."""
    reply_within: ReplyWithin | None = None
    """How soon support answers an e-mail, as the contact page promises (none if unset)."""
    build_workers: int | None = Field(None, ge=1)
    """Processes that render article pages in a build. Default: one per CPU from 200
    articles, else 1 (the build process renders them, as it does any page)."""


class ConfigProblem(Exception):
    """Invalid settings; the message lists every bad option."""


def load_kb_config(data: dict[str, Any] | None, where: str,
                   key_lines: dict[str, int] | None = None,
                   palette: Palette | None = None) -> KbConfig:
    """Validate the `extra.kb` mapping (colours against the theme's `palette`, any name
    without one); raise ConfigProblem naming each bad option and line."""
    try:
        return KbConfig.model_validate(dict(data or {}), context={"palette": palette})
    except ValidationError as exc:
        lines = []
        for key, message in map(without_service_tag, validation_messages(exc, KbConfig)):
            line = line_for(key_lines or {}, f"extra.kb.{key}" if key else "extra.kb")
            lines.append(f"{where}:{line}: error: extra.kb: {message}" if line
                         else f"{where}: error: extra.kb: {message}")
        raise ConfigProblem("\n".join(lines)) from None


def brand_problems(config: KbConfig, content_dir: Path, where: str,
                   key_lines: dict[str, int] | None = None,
                   swatches: Swatches = NO_SWATCHES) -> list[str]:
    """Errors in `extra.kb.brand`: images not in the content folder, colours too faint to read
    (hex values, and the theme's colour names that `swatches` gives)."""
    errors = missing_brand_files(config, content_dir, where, key_lines)
    brand = config.brand
    if brand is not None and brand.primary and brand.accent:
        errors += unreadable_colours(brand.primary, brand.accent, brand.mode, swatches, where,
                                     lambda key: line_for(key_lines or {}, key))
    return errors


def missing_brand_files(config: KbConfig, content_dir: Path, where: str,
                        key_lines: dict[str, int] | None = None) -> list[str]:
    """Errors for a logo or favicon that is not in the content folder."""
    brand = config.brand
    errors = []
    for name in ("logo", "favicon"):
        value = getattr(brand, name) if brand else None
        if value and not (content_dir / value).is_file():
            line = line_for(key_lines or {}, f"extra.kb.brand.{name}")
            errors.append(f"{where}:{line}: error: extra.kb.brand.{name}: '{value}' does not"
                          f" exist in {content_dir.name}/; add the image or remove the key")
    return errors


def site_language(config: KbConfig, theme_language: str = "") -> str:
    """The site's language, one answer for every reader: `languages`' first, else
    `theme.language` as written, else English."""
    return (config.languages or [theme_language or "en"])[0]

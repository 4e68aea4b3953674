"""Locate a kbgen project (its mkdocs.yml) without importing MkDocs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from kbgen.core.config import ConfigProblem, KbConfig, brand_problems, load_kb_config
from kbgen.core.config_tags import refuse_python_tags
from kbgen.core.i18n import override_errors
from kbgen.core.sanitize import site_host
from kbgen.core.strictyaml import key_lines_of
from kbgen.core.text import refusal, refused_character
from kbgen.errors import KbError
from kbgen.site.material import MATERIAL_PALETTE, MATERIAL_SWATCHES

DEFAULT_CONFIG = "mkdocs.yml"


class _LenientLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring MkDocs-only tags such as `!ENV` and `!!python/name`."""


_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_LenientLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, s, n: None)


@dataclass(frozen=True)
class Project:
    """Where a project's configuration, content and output live."""

    config_file: Path
    """The mkdocs.yml file."""
    content_dir: Path
    """`docs_dir` of mkdocs.yml (default `content`)."""
    site_dir: Path
    """`site_dir` of mkdocs.yml (default `site`)."""
    settings: KbConfig
    """The validated `extra.kb` block."""
    custom_dir: Path | None = None
    """The theme's `custom_dir` (the site's own templates and assets), if any."""
    site_host: str = ""
    """The host of `site_url` (kbgen.core.sanitize.site_host): its pictures are the site's."""
    theme_language: str = ""
    """`theme.language` as written (init writes `en`), or empty."""
    directory_urls: bool = True
    """MkDocs' `use_directory_urls`: a page `faq.md` is published at `faq/`."""


def find_project(config_file: str | Path | None = None) -> Project:
    """Read the project's mkdocs.yml (default: ./mkdocs.yml)."""
    path = Path(config_file or DEFAULT_CONFIG)
    text, data = read_config(path)
    root = path.resolve().parent
    extra = data.get("extra") or {}
    content_dir = root / str(data.get("docs_dir") or "content")
    lines = config_key_lines(text)
    settings = _settings(extra.get("kb"), path, lines)
    errors = invisible_in_texts(data, str(path), lines) + site_url_errors(data, str(path), lines)
    errors += brand_problems(settings, content_dir, str(path), lines, MATERIAL_SWATCHES)
    errors += override_errors(settings.messages, str(path), lines)
    if errors:
        raise KbError("\n".join(errors))
    return Project(
        config_file=path.resolve(),
        content_dir=content_dir,
        site_dir=root / str(data.get("site_dir") or "site"),
        settings=settings,
        custom_dir=_custom_dir(root, data.get("theme")),
        site_host=site_host(str(data.get("site_url") or "")),
        theme_language=_theme_language(data.get("theme")),
        directory_urls=data.get("use_directory_urls") is not False,
    )


def config_to_build(config_file: str | Path | None = None) -> Path:
    """The project's mkdocs.yml, read safely and its published texts checked, for a build:
    `extra.kb` is validated once, by the build's plugin."""
    path = Path(config_file or DEFAULT_CONFIG)
    text, data = read_config(path)
    lines = config_key_lines(text)
    errors = invisible_in_texts(data, str(path), lines) + site_url_errors(data, str(path), lines)
    if errors:
        raise KbError("\n".join(errors))
    return path.resolve()


def _theme_language(theme: Any) -> str:
    """`theme.language`, or empty when the theme is a bare name or has none."""
    return str(theme.get("language") or "") if isinstance(theme, dict) else ""


def _custom_dir(root: Path, theme: Any) -> Path | None:
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    return root / custom if isinstance(custom, str) and custom else None


def read_config(path: Path) -> tuple[str, dict[str, Any]]:
    """The text of mkdocs.yml and its data, read safely (tags such as `!ENV` read as None)
    after refusing any tag that would run Python when MkDocs reads it."""
    if not path.is_file():
        raise KbError(f"{path}: no such file; run kbgen in the folder that holds mkdocs.yml"
                      " or pass -f PATH/mkdocs.yml")
    refuse_python_tags(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = yaml.load(text, Loader=_LenientLoader) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KbError(f"{path}: invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise KbError(f"{path}:1: error: expected `key: value` settings such as"
                      " `site_name: My Help Centre`")
    return text, data


def preflight(config_file: str | Path) -> None:
    """Refuse what would make MkDocs run code before it reads the project: Python tags in
    mkdocs.yml (and the files it inherits)."""
    read_config(Path(config_file))


PUBLISHED_TEXTS = ("site_name", "site_description", "site_author", "copyright")
"""MkDocs settings shown on every page, as one line each."""


def invisible_in_texts(data: dict[str, Any], where: str, lines: dict[str, int]) -> list[str]:
    """Errors for bidi controls, control characters or line separators in the settings that
    every page shows (site name, description, author, copyright)."""
    errors = []
    for key in PUBLISHED_TEXTS:
        value = data.get(key)
        char = refused_character(value) if isinstance(value, str) else None
        if char is not None:
            errors.append(f"{where}:{lines.get(key, 1)}: error: {key}: {refusal(char)}")
    return errors


def site_url_refusal(value: object) -> str | None:
    """Why MkDocs would refuse `value` as `site_url` (it needs a scheme and a host), said so
    a person can fix it; None when it is empty or a full address."""
    if value is None or value == "":
        return None
    parts = urlsplit(value) if isinstance(value, str) else None
    if parts is not None and parts.scheme and parts.netloc:
        return None
    return (f"'{value}' is not a full address: write it with https:// and the host, as readers"
            " open it, e.g. https://help.example.com/ (with any sub-path and a final slash:"
            " https://example.github.io/help/)")


def site_url_errors(data: dict[str, Any], where: str, lines: dict[str, int]) -> list[str]:
    """An error at mkdocs.yml's `site_url` when MkDocs would refuse it: `kbgen check` passed
    and `kbgen build` stopped with MkDocs' message, which names neither file nor line."""
    refusal = site_url_refusal(data.get("site_url"))
    return [f"{where}:{lines.get('site_url', 1)}: error: site_url {refusal}"] if refusal else []


def config_key_lines(text: str) -> dict[str, int]:
    """Line of each key path of mkdocs.yml (tags such as !ENV are ignored)."""
    try:
        return key_lines_of(yaml.compose(text, Loader=_LenientLoader))
    except yaml.YAMLError:
        return {}


def _settings(data: Any, path: Path, lines: dict[str, int]) -> KbConfig:
    try:
        return load_kb_config(data if isinstance(data, dict) else {}, str(path), lines,
                              MATERIAL_PALETTE)
    except ConfigProblem as exc:
        raise KbError(str(exc)) from None

"""The values of mkdocs.yml that reach the site (site name, description, author, copyright,
footer, social links, navigation titles, `extra`, the theme's options), with the line each is
written on.

`kbgen check` reads them from the file, resolving `!ENV` as MkDocs does; a build takes them
from the loaded configuration, so they are scanned as they will be published.
"""

from __future__ import annotations

import os
import re
from collections import UserString
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from kbgen.core.strictyaml import key_lines_of, line_for

TOP_LEVEL = ("site_name", "site_description", "site_author", "site_url", "copyright",
             "repo_url", "repo_name", "edit_uri", "edit_uri_template", "nav", "extra_css",
             "extra_javascript")
"""Top-level settings that appear on pages or in links."""
KB_PUBLISHED = ("footer", "social")
"""Keys of `extra.kb.brand` that are shown."""
KB_SHOWN = ("messages", "team_groups")
"""Keys of `extra.kb` whose text pages show: the site's own wording of kbgen's messages (on
every page) and the team page's group headings (the rest of `extra.kb` is kbgen's
settings)."""


class _SettingsLoader(yaml.SafeLoader):
    """Reads mkdocs.yml: `!ENV` resolved as MkDocs does, other tags read as nothing."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, OTHER, default]`: the first variable set, else the default
    (pyyaml-env-tag's rules)."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    elif isinstance(node, yaml.SequenceNode):
        items = [loader.construct_scalar(child) for child in node.value
                 if isinstance(child, yaml.ScalarNode)]
        names, default = items[:-1], (items[-1] if items else None)
        if len(items) == 1:
            names, default = items, None
    else:
        return None
    for name in names:
        if str(name) in os.environ:
            return yaml.safe_load(os.environ[str(name)]) if os.environ[str(name)] else None
    return default


_SettingsLoader.add_constructor("!ENV", _env)
_SettingsLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_SettingsLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, s, n: None)


def published_values(config: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a configuration (as loaded) that is published, by top-level key."""
    shown = {key: str(config[key]) if isinstance(config[key], UserString) else config[key]
             for key in TOP_LEVEL if config.get(key) is not None}  # MkDocs' edit_uri_template
    if "nav" in shown:
        shown["nav"] = _titled(shown["nav"])
    extra = dict(config.get("extra") or {})
    kb = extra.pop("kb", None)
    brand = kb.get("brand") if isinstance(kb, Mapping) else None
    shown_kb = {key: kb[key] for key in KB_SHOWN if key in kb} if isinstance(kb, Mapping) else {}
    if isinstance(brand, Mapping):
        shown_kb["brand"] = {key: brand[key] for key in KB_PUBLISHED if key in brand}
    if shown_kb:
        extra["kb"] = shown_kb
    if extra:
        shown["extra"] = extra
    theme = _theme_options(config.get("theme"))
    if theme:
        shown["theme"] = theme
    extensions = _extension_options(config)
    if extensions:
        shown[EXTENSIONS] = extensions
    return shown


EXTENSIONS = "markdown_extensions"
_EXTENSION_KEY = re.compile(r"^markdown_extensions\[\d+\]\.")


def _extension_options(config: Mapping[str, Any]) -> dict[str, Any]:
    """The Markdown extensions' options, by extension: some are text on every page (toc's
    `title` and `permalink_title`, footnotes' `BACKLINK_TITLE`). A loaded configuration
    keeps them in `mdx_configs`; the file, in the list's `{name: options}` items."""
    loaded = config.get("mdx_configs")
    items = [loaded] if isinstance(loaded, Mapping) else config.get(EXTENSIONS) or []
    return {str(name): options for item in items if isinstance(item, Mapping)
            for name, options in item.items() if options}


THEME_PATHS = frozenset({"name", "custom_dir", "static_templates", "locale"})
"""Theme settings that are where the theme is, not what it shows."""


def _theme_options(theme: Any) -> dict[str, Any]:
    """The theme's options (`theme: {name: material, support_email: ...}`): a template of
    `custom_dir` may show any of them (`{{ config.theme.support_email }}`)."""
    if not isinstance(theme, Mapping):
        return {}
    return {str(key): value for key, value in theme.items() if key not in THEME_PATHS}


def _titled(nav: Any) -> Any:
    """Navigation with each `title: page` entry as `{title: ..., page: ...}`: titles are keys
    in mkdocs.yml but are shown on every page."""
    if isinstance(nav, list):
        return [_titled(item) for item in nav]
    if isinstance(nav, Mapping):
        return [{"title": str(key), "page": _titled(value)} for key, value in nav.items()]
    return nav


Settings = tuple[dict[str, Any], dict[str, int]]
"""mkdocs.yml as `read_settings` gives it: its values and the line of each key path."""


def read_settings(config_file: Path) -> Settings:
    """mkdocs.yml as MkDocs would load it (`!ENV` resolved, the files it `INHERIT`s merged
    under it) and the line of each key path of mkdocs.yml itself; empty when it cannot be
    read (the caller reports that)."""
    try:
        text = config_file.read_text(encoding="utf-8-sig")
        data = yaml.load(text, Loader=_SettingsLoader)
        lines = key_lines_of(yaml.compose(text, Loader=_SettingsLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}, {}
    # an extension's options by its name, as `_extension_options` gives them
    lines.update({_EXTENSION_KEY.sub(f"{EXTENSIONS}.", key): line for key, line in lines.items()
                  if _EXTENSION_KEY.match(key)})
    return (_inherited(data, config_file) if isinstance(data, dict) else {}), lines


MAX_INHERITED = 10
"""Files an `INHERIT` chain is followed through (kbgen.core.config_tags.MAX_INHERIT)."""


def _inherited(data: dict[str, Any], config_file: Path) -> dict[str, Any]:
    """`data` merged over the files its `INHERIT` chain names, as MkDocs merges them (mappings
    key by key, anything else replaced): a value only the parent holds is published all the
    same, and check missed it while build refused it (retry68). A parent that cannot be read
    is left out here (kbgen.core.config_tags names it)."""
    chain, seen, path = [data], {config_file.resolve()}, config_file
    while isinstance(parent := chain[-1].get("INHERIT"), str) and len(chain) <= MAX_INHERITED:
        path = (path.parent / parent).resolve()
        if path in seen:
            break
        seen.add(path)
        try:
            loaded = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_SettingsLoader)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            break
        if not isinstance(loaded, dict):
            break
        chain.append(loaded)
    merged: dict[str, Any] = {}
    for level in reversed(chain):
        merged = _merged(merged, level)
    return merged


def _merged(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    result = dict(base)
    for key, value in over.items():
        result[key] = (_merged(result[key], value) if isinstance(value, Mapping)
                       and isinstance(result.get(key), dict) else value)
    return result


def key_lines(config_file: Path) -> dict[str, int]:
    """The line of each key path of mkdocs.yml (empty when it cannot be read)."""
    return read_settings(config_file)[1]


def line_in(lines: Mapping[str, int], key_path: str) -> int:
    """The line of a key path (`extra.social[1].link`), of its closest parent, or 1."""
    return line_for(lines, key_path) or 1


def theme_dir(config: Mapping[str, Any], config_file: Path) -> Path | None:
    """The theme's `custom_dir` (copied into the site), relative to mkdocs.yml."""
    theme = config.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, Mapping) else None
    return (config_file.parent / str(custom)) if custom else None

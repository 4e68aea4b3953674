"""Apply `extra.kb.brand` to Material's settings: palette, mode, logo, favicon, footer, social."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kbgen.core.config import Brand
from kbgen.site.material import MATERIAL_PALETTE

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

BRAND_CSS = "assets/stylesheets/kb-brand.css"
"""Generated when a colour is a hex value (Material's `custom` palette colour)."""
SOCIAL_ICONS = {
    "mastodon": "fontawesome/brands/mastodon", "github": "fontawesome/brands/github",
    "gitlab": "fontawesome/brands/gitlab", "linkedin": "fontawesome/brands/linkedin",
    "facebook": "fontawesome/brands/facebook", "instagram": "fontawesome/brands/instagram",
    "youtube": "fontawesome/brands/youtube", "bsky": "fontawesome/brands/bluesky",
    "twitter": "fontawesome/brands/x-twitter", "x.com": "fontawesome/brands/x-twitter",
}


def _palette_colour(value: str | None) -> str:
    value = value or MATERIAL_PALETTE.default
    return "custom" if value.startswith("#") else value


def palette(brand: Brand) -> list[dict[str, Any]]:
    """Material's `theme.palette` for the brand's colours and mode."""
    colours = {"primary": _palette_colour(brand.primary), "accent": _palette_colour(brand.accent)}
    light = {"scheme": "default", **colours}
    dark = {"scheme": "slate", **colours}
    if brand.mode == "light":
        return [light]
    if brand.mode == "dark":
        return [dark]
    return [
        {"media": "(prefers-color-scheme: light)", **light,
         "toggle": {"icon": "material/brightness-7", "name": "Switch to dark mode"}},
        {"media": "(prefers-color-scheme: dark)", **dark,
         "toggle": {"icon": "material/brightness-4", "name": "Switch to light mode"}},
    ]


def social_icon(label: str, url: str) -> str:
    """A Material icon for a social link, guessed from its label or address."""
    text = f"{label} {url}".lower()
    return next((icon for key, icon in SOCIAL_ICONS.items() if key in text), "material/web")


def brand_css(brand: Brand) -> str | None:
    """CSS variables for hex colours, or None when both are palette names."""
    rules = []
    primary = brand.primary or MATERIAL_PALETTE.default
    accent = brand.accent or MATERIAL_PALETTE.default
    if primary.startswith("#"):
        rules += [f"--md-primary-fg-color: {primary};",
                  f"--md-primary-fg-color--light: {primary};",
                  f"--md-primary-fg-color--dark: {primary};"]
    if accent.startswith("#"):
        rules += [f"--md-accent-fg-color: {accent};",
                  f"--md-accent-fg-color--transparent: {accent}1a;"]
    if not rules:
        return None
    body = "\n  ".join(rules)
    return f":root, [data-md-color-scheme] {{\n  {body}\n}}\n"


def apply_brand(config: MkDocsConfig, brand: Brand) -> None:
    """Set Material's palette, logo, favicon, footer and social links from the brand block."""
    config.theme["palette"] = palette(brand)
    if brand.logo:
        config.theme["logo"] = brand.logo
    if brand.favicon:
        config.theme["favicon"] = brand.favicon
    if brand.footer:
        config.copyright = brand.footer
    if brand.social:
        config.extra["social"] = [{"icon": social_icon(link.label, link.url), "link": link.url,
                                   "name": link.label} for link in brand.social]
    if brand_css(brand) and BRAND_CSS not in config.extra_css:
        config.extra_css.append(BRAND_CSS)

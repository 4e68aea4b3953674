"""Apply `extra.kb.brand` to Material's settings: palette, mode, logo, favicon, footer, social."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kbgen.core.brand_colours import BrandColours
from kbgen.core.config import Brand
from kbgen.core.i18n import Translator
from kbgen.site.material import MATERIAL_PALETTE, MATERIAL_SWATCHES

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

BRAND_CSS = "assets/stylesheets/kb-brand.css"
"""Generated for every brand: hex colours, and readable shades for the dark scheme."""
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


def palette(brand: Brand, tr: Translator) -> list[dict[str, Any]]:
    """Material's `theme.palette` for the brand's colours and mode (toggles in the site's
    language)."""
    colours = {"primary": _palette_colour(brand.primary), "accent": _palette_colour(brand.accent)}
    light = {"scheme": "default", **colours}
    dark = {"scheme": "slate", **colours}
    if brand.mode == "light":
        return [light]
    if brand.mode == "dark":
        return [dark]
    return [
        {"media": "(prefers-color-scheme: light)", **light,
         "toggle": {"icon": "material/brightness-7", "name": tr.gettext("Switch to dark mode")}},
        {"media": "(prefers-color-scheme: dark)", **dark,
         "toggle": {"icon": "material/brightness-4", "name": tr.gettext("Switch to light mode")}},
    ]


def social_icon(label: str, url: str) -> str:
    """A Material icon for a social link, guessed from its label or address."""
    text = f"{label} {url}".lower()
    return next((icon for key, icon in SOCIAL_ICONS.items() if key in text), "material/web")


def brand_css(brand: Brand) -> str:
    """CSS variables for the brand: hex colours with readable text on them, and the shades
    that stay readable on the dark scheme's background (kbgen.core.brand_colours)."""
    primary = brand.primary or MATERIAL_PALETTE.default
    accent = brand.accent or MATERIAL_PALETTE.default
    colours = BrandColours.of(primary, accent, MATERIAL_SWATCHES)
    rules = []
    if primary.startswith("#"):
        rules += [f"--md-primary-fg-color: {colours.primary};",
                  f"--md-primary-fg-color--light: {colours.primary};",
                  f"--md-primary-fg-color--dark: {colours.primary};",
                  f"--md-primary-bg-color: {colours.on_primary};",
                  f"--md-primary-bg-color--light: {colours.on_primary};",
                  f"--md-typeset-a-color: {colours.link};"]
    if accent.startswith("#"):
        rules += [f"--md-accent-fg-color: {colours.accent};",
                  f"--md-accent-fg-color--transparent: {colours.accent}1a;",
                  f"--md-accent-bg-color: {colours.on_accent};",
                  f"--md-accent-bg-color--light: {colours.on_accent};"]
    css = ""
    if rules:
        css += ":root, [data-md-color-scheme] {\n  " + "\n  ".join(rules) + "\n}\n"
    # Beats Material's [data-md-color-scheme=slate][data-md-color-primary=...] rules.
    css += ("[data-md-color-scheme=slate][data-md-color-primary][data-md-color-accent] {\n"
            f"  --md-typeset-a-color: {colours.dark_link};\n"
            f"  --md-accent-fg-color: {colours.dark_accent};\n"
            f"  --md-accent-fg-color--transparent: {colours.dark_accent}1a;\n}}\n")
    return css


def apply_brand(config: MkDocsConfig, brand: Brand, tr: Translator) -> None:
    """Set Material's palette, logo, favicon, footer and social links from the brand block."""
    config.theme["palette"] = palette(brand, tr)
    if brand.logo:
        config.theme["logo"] = brand.logo
    if brand.favicon:
        config.theme["favicon"] = brand.favicon
    if brand.footer:
        config.copyright = brand.footer
    if brand.social:
        config.extra["social"] = [{"icon": social_icon(link.label, link.url), "link": link.url,
                                   "name": link.label} for link in brand.social]
    if BRAND_CSS not in config.extra_css:
        config.extra_css.append(BRAND_CSS)

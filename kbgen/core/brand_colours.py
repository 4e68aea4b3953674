"""The colours a brand puts on the page, and whether people can read them (WCAG AA).

Material's palette names stand for fixed colours (its palette.css, 9.x); a hex value is used
as given, with black or white text on it, whichever reads better. The light scheme shows the
brand's colours as they are, so they are checked there; in the dark scheme kbgen uses the
nearest lighter shade where a colour would be too dark to read (see `dark_shade`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kbgen.core.contrast import LARGE_TEXT, NORMAL_TEXT, nearest_shade, parse_hex, ratio, to_hex

WHITE, INK = "#ffffff", "#000000de"
"""Material's text colours on a coloured surface (INK: 87% black)."""
LIGHT_BACKGROUND = "#ffffff"
DARK_BACKGROUND = "#1e2129"
"""Material's `slate` page background, hsl(225deg 15% 14%)."""
DEFAULT_LINK = "#4051b5"
"""Material's link colour for the black and white palettes."""

# name: (colour, text on it). From Material's palette.css.
PRIMARY = {
    "red": ("#ef5552", WHITE), "pink": ("#e92063", WHITE), "purple": ("#ab47bd", WHITE),
    "deep purple": ("#7e56c2", WHITE), "indigo": ("#4051b5", WHITE), "blue": ("#2094f3", WHITE),
    "light blue": ("#02a6f2", WHITE), "cyan": ("#00bdd6", WHITE), "teal": ("#009485", WHITE),
    "green": ("#4cae4f", WHITE), "light green": ("#8bc34b", WHITE), "lime": ("#cbdc38", INK),
    "yellow": ("#ffec3d", INK), "amber": ("#ffc105", INK), "orange": ("#ffa724", INK),
    "deep orange": ("#ff6e42", WHITE), "brown": ("#795649", WHITE), "grey": ("#757575", WHITE),
    "blue grey": ("#546d78", WHITE), "black": ("#14151a", WHITE), "white": ("#ffffff", INK),
}
ACCENT = {
    "red": "#ff1a47", "pink": "#f50056", "purple": "#df41fb", "deep purple": "#7c4dff",
    "indigo": "#526cfe", "blue": "#4287ff", "light blue": "#0091eb", "cyan": "#00bad6",
    "teal": "#00bda4", "green": "#00c753", "light green": "#63de17", "lime": "#b0eb00",
    "yellow": "#ffd600", "amber": "#ffaa00", "orange": "#ff9100", "deep orange": "#ff6e42",
}
INK_ACCENTS = frozenset({"amber", "lime", "orange", "yellow"})
"""Accents Material writes black text on (white on the others)."""
DARK_LINK = {
    "pink": "#ed5487", "purple": "#c46fd3", "deep purple": "#a47bea", "indigo": "#5488e8",
    "teal": "#00ccb8", "green": "#71c174", "deep orange": "#ff764d", "brown": "#c1775c",
    "black": "#5e8bde", "blue grey": "#5e8bde", "grey": "#5e8bde", "white": "#5e8bde",
}
"""Material's own link colours in the dark scheme."""


def text_on(colour: str) -> str:
    """White or Material's black ink, whichever reads better on `colour`."""
    return WHITE if ratio(WHITE, colour) >= ratio(INK, colour) else INK


def dark_shade(colour: str, minimum: float = NORMAL_TEXT) -> str:
    """`colour`, or the nearest shade of it that reads on the dark background."""
    if ratio(colour, DARK_BACKGROUND) >= minimum:
        return colour
    return nearest_shade(colour, lambda c: ratio(c, DARK_BACKGROUND) >= minimum) or WHITE


@dataclass(frozen=True)
class BrandColours:
    """What the site paints with a brand's primary and accent colours."""

    primary: str
    on_primary: str
    link: str
    accent: str
    on_accent: str
    dark_link: str
    dark_accent: str

    @classmethod
    def of(cls, primary: str, accent: str) -> BrandColours:
        if primary.startswith("#"):
            fill = to_hex(parse_hex(primary))  # `#abc` -> `#aabbcc`, for CSS that appends alpha
            on_fill, link, dark_link = text_on(fill), fill, fill
        else:
            fill, on_fill = PRIMARY[primary]
            link = DEFAULT_LINK if primary in ("black", "white") else fill
            dark_link = DARK_LINK.get(primary, fill)
        if accent.startswith("#"):
            hue = to_hex(parse_hex(accent))
            on_hue = text_on(hue)
        else:
            hue, on_hue = ACCENT[accent], INK if accent in INK_ACCENTS else WHITE
        return cls(fill, on_fill, link, hue, on_hue, dark_shade(dark_link), dark_shade(hue))


@dataclass(frozen=True)
class Check:
    """One place a brand colour is read: `key`'s colour against what is behind or on it."""

    key: str
    """`primary` or `accent`."""
    what: str
    needed: float
    light_only: bool
    pair: Callable[[BrandColours], tuple[str, str]]
    """Foreground and background, from the brand's colours."""

    def contrast(self, colours: BrandColours) -> float:
        return ratio(*self.pair(colours))


CHECKS = (
    Check("primary", "the header text on it", NORMAL_TEXT, False,
          lambda c: (c.on_primary, c.primary)),
    Check("primary", "links on the light background", NORMAL_TEXT, True,
          lambda c: (c.link, LIGHT_BACKGROUND)),
    Check("accent", "the focus ring and hover marks on the light background", LARGE_TEXT, True,
          lambda c: (c.accent, LIGHT_BACKGROUND)),
    Check("accent", "the text on it (buttons under the pointer)", LARGE_TEXT, False,
          lambda c: (c.on_accent, c.accent)),
)
"""The primary colour carries text (4.5:1); the accent marks focus and hover (3:1, WCAG
1.4.11), and kb.css never writes text in it alone."""


@dataclass(frozen=True)
class ColourProblem:
    """A brand colour that fails contrast checks, with the nearest shade that passes them."""

    key: str
    value: str
    """As written: a palette name or a hex value."""
    colour: str
    """Its hex value."""
    failures: tuple[str, ...]
    suggestion: str | None

    def __str__(self) -> str:
        shown = self.value if self.value.startswith("#") else f"'{self.value}' ({self.colour})"
        hint = (f'; the nearest shade that passes is "{self.suggestion}"' if self.suggestion
                else "; choose a darker or lighter colour")
        return f"{shown}: too little contrast for {'; '.join(self.failures)}{hint}"


def colour_problems(primary: str, accent: str, mode: str) -> list[ColourProblem]:
    """The brand's colours that fail a contrast check in the schemes `mode` shows ('light',
    'dark' or 'auto'), each with every check it fails."""
    checks = [check for check in CHECKS if mode != "dark" or not check.light_only]
    colours = BrandColours.of(primary, accent)
    given = {"primary": primary, "accent": accent}
    problems = []
    for key, start in (("primary", colours.primary), ("accent", colours.accent)):
        mine = [check for check in checks if check.key == key]
        failures = tuple(f"{check.what} ({check.contrast(colours):.2f}:1, under {check.needed:g}:1)"
                         for check in mine if check.contrast(colours) < check.needed)
        if not failures:
            continue

        def passes(shade: str, key: str = key, mine: list[Check] = mine) -> bool:
            trial = BrandColours.of(**{**given, key: shade})
            return all(check.contrast(trial) >= check.needed for check in mine)

        problems.append(ColourProblem(key, given[key], start, failures,
                                      nearest_shade(start, passes)))
    return problems


def unreadable_colours(primary: str, accent: str, mode: str, where: str,
                       line_of: Callable[[str], int | None]) -> list[str]:
    """Errors, one per colour of `extra.kb.brand`, naming mkdocs.yml's line."""
    errors = []
    for problem in colour_problems(primary, accent, mode):
        key = f"extra.kb.brand.{problem.key}"
        line = line_of(key)
        errors.append(f"{where}:{line}: error: {key}: {problem}" if line
                      else f"{where}: error: {key}: {problem}")
    return errors

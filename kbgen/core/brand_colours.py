"""The colours a brand puts on the page, and whether people can read them (WCAG AA).

A theme's colour names stand for fixed colours (`Swatches`, from the site layer); a hex value
is used as given, with black or white text on it, whichever reads better. The light scheme shows the
brand's colours as they are, so they are checked there; in the dark scheme kbgen uses the
nearest lighter shade where a colour would be too dark to read (see `dark_shade`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from kbgen.core.contrast import LARGE_TEXT, NORMAL_TEXT, nearest_shade, parse_hex, ratio, to_hex

WHITE, INK = "#ffffff", "#000000de"
"""Text colours on a coloured surface (INK: 87% black, as Material writes it)."""
LIGHT_BACKGROUND = "#ffffff"
DARK_BACKGROUND = "#1e2129"
"""The dark scheme's page background (Material's `slate`, hsl(225deg 15% 14%))."""


@dataclass(frozen=True)
class Swatches:
    """What a theme's colour names paint, as hex (given by the site layer: the core knows no
    theme). A name missing from `light_link` or `dark_link` colours links itself."""

    primary: Mapping[str, tuple[str, str]]
    """Name: (colour, text on it)."""
    accent: Mapping[str, tuple[str, str]]
    """Name: (colour, text on it)."""
    light_link: Mapping[str, str] = field(default_factory=dict)
    dark_link: Mapping[str, str] = field(default_factory=dict)


NO_SWATCHES = Swatches({}, {})


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
    def of(cls, primary: str, accent: str, swatches: Swatches = NO_SWATCHES) -> BrandColours:
        """The colours of a brand's primary and accent (hex values, or names of `swatches`)."""
        fill, on_fill = _swatch(primary, swatches.primary)
        link = swatches.light_link.get(primary, fill)
        dark_link = swatches.dark_link.get(primary, link)
        hue, on_hue = _swatch(accent, swatches.accent)
        return cls(fill, on_fill, link, hue, on_hue, dark_shade(dark_link), dark_shade(hue))


def _swatch(value: str, named: Mapping[str, tuple[str, str]]) -> tuple[str, str]:
    """(colour, text on it) of a hex value (written in full: CSS appends alpha) or a name."""
    if value.startswith("#"):
        colour = to_hex(parse_hex(value))
        return colour, text_on(colour)
    return named[value]


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


def colour_problems(primary: str, accent: str, mode: str,
                    swatches: Swatches = NO_SWATCHES) -> list[ColourProblem]:
    """The brand's colours that fail a contrast check in the schemes `mode` shows ('light',
    'dark' or 'auto'), each with every check it fails; a name `swatches` lacks is not checked."""
    checks = [check for check in CHECKS if mode != "dark" or not check.light_only]
    if not (primary.startswith("#") or primary in swatches.primary) or not (
            accent.startswith("#") or accent in swatches.accent):
        return []
    colours = BrandColours.of(primary, accent, swatches)
    given = {"primary": primary, "accent": accent}
    problems = []
    for key, start in (("primary", colours.primary), ("accent", colours.accent)):
        mine = [check for check in checks if check.key == key]
        failures = tuple(f"{check.what} ({check.contrast(colours):.2f}:1, under {check.needed:g}:1)"
                         for check in mine if check.contrast(colours) < check.needed)
        if not failures:
            continue

        def passes(shade: str, key: str = key, mine: list[Check] = mine) -> bool:
            trial = BrandColours.of(**{**given, key: shade}, swatches=swatches)
            return all(check.contrast(trial) >= check.needed for check in mine)

        problems.append(ColourProblem(key, given[key], start, failures,
                                      nearest_shade(start, passes)))
    return problems


def unreadable_colours(primary: str, accent: str, mode: str, swatches: Swatches, where: str,
                       line_of: Callable[[str], int | None]) -> list[str]:
    """Errors, one per colour of `extra.kb.brand`, naming mkdocs.yml's line."""
    errors = []
    for problem in colour_problems(primary, accent, mode, swatches):
        key = f"extra.kb.brand.{problem.key}"
        line = line_of(key)
        errors.append(f"{where}:{line}: error: {key}: {problem}" if line
                      else f"{where}: error: {key}: {problem}")
    return errors

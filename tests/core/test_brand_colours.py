"""Brand colours people can read: WCAG contrast, the checks, and the suggested shades
(Material's colour names as the site layer gives them)."""

from __future__ import annotations

import colorsys

import pytest

from kbgen.core.brand_colours import (
    DARK_BACKGROUND,
    LIGHT_BACKGROUND,
    BrandColours,
    colour_problems,
    dark_shade,
)
from kbgen.core.contrast import parse_hex, ratio, to_hex
from kbgen.site.material import ACCENT_COLOURS, MATERIAL_SWATCHES, PRIMARY_COLOURS


@pytest.mark.parametrize("first, second, expected", [
    ("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0), ("#777777", "#ffffff", 4.48),
    ("#ff6e42", "#ffffff", 2.78),  # Material's deep orange: the issue's header phone number
    ("#000000de", "#ffffff", 16.1),  # Material's 87% black ink, drawn over white
])
def test_contrast_ratio_matches_wcag(first: str, second: str, expected: float) -> None:
    assert ratio(first, second) == pytest.approx(expected, abs=0.01)
    assert ratio(second, first) == pytest.approx(ratio(first, second)) or len(first) == 9


def test_short_hex_and_bad_values() -> None:
    assert parse_hex("#fff") == parse_hex("#ffffff") == (1.0, 1.0, 1.0)
    with pytest.raises(ValueError):
        parse_hex("orange")


def test_the_issue_brand_fails_with_a_shade_that_passes() -> None:
    found = colour_problems("deep orange", "amber", "auto", MATERIAL_SWATCHES)
    problems = {p.key: p for p in found}
    primary, accent = problems["primary"], problems["accent"]
    assert "the header text on it (2.78:1, under 4.5:1)" in str(primary)
    assert "links on the light background (2.78:1, under 4.5:1)" in str(primary)
    assert "'deep orange' (#ff6e42)" in str(primary)
    assert "(1.91:1, under 3:1)" in str(accent)
    assert primary.suggestion and accent.suggestion
    assert colour_problems(primary.suggestion, accent.suggestion, "auto", MATERIAL_SWATCHES) == []
    assert f'the nearest shade that passes is "{primary.suggestion}"' in str(primary)


def test_the_suggestion_is_the_nearest_passing_shade() -> None:
    original = "#ff6e42"
    suggestion = colour_problems(original, "indigo", "light", MATERIAL_SWATCHES)[0].suggestion
    assert suggestion is not None
    hue, light, saturation = colorsys.rgb_to_hls(*parse_hex(original))
    found_hue, found_light, _ = colorsys.rgb_to_hls(*parse_hex(suggestion))
    assert found_hue == pytest.approx(hue, abs=0.01)  # still the brand's orange
    assert ratio(suggestion, LIGHT_BACKGROUND) >= 4.5 and ratio("#ffffff", suggestion) >= 4.5
    nearer = to_hex(colorsys.hls_to_rgb(hue, found_light + 0.005, saturation))
    assert ratio(nearer, LIGHT_BACKGROUND) < 4.5  # one step nearer fails


def test_dark_mode_only_checks_the_header_and_buttons() -> None:
    # Yellow links are unreadable on white, but a dark-only site never shows white.
    light = colour_problems("yellow", "indigo", "light", MATERIAL_SWATCHES)
    assert [p.key for p in light] == ["primary"]
    assert colour_problems("yellow", "indigo", "dark", MATERIAL_SWATCHES) == []


def test_hex_colours_get_the_better_text_colour() -> None:
    assert BrandColours.of("#ffeb3b", "#0b5394", MATERIAL_SWATCHES).on_primary != "#ffffff"
    assert BrandColours.of("#0b5394", "#0b5394", MATERIAL_SWATCHES).on_primary == "#ffffff"


@pytest.mark.parametrize("primary", PRIMARY_COLOURS)
@pytest.mark.parametrize("accent", ACCENT_COLOURS)
def test_every_palette_reads_in_the_dark_scheme(primary: str, accent: str) -> None:
    colours = BrandColours.of(primary, accent, MATERIAL_SWATCHES)
    assert ratio(colours.dark_link, DARK_BACKGROUND) >= 4.5
    assert ratio(colours.dark_accent, DARK_BACKGROUND) >= 4.5


def test_dark_shade_keeps_a_readable_colour() -> None:
    assert dark_shade("#ff764d") == "#ff764d"
    assert ratio(dark_shade("#0b5394"), DARK_BACKGROUND) >= 4.5


def test_every_name_either_passes_or_gets_a_suggestion() -> None:
    for name in PRIMARY_COLOURS:
        for problem in colour_problems(name, "indigo", "auto", MATERIAL_SWATCHES):
            assert problem.suggestion, name


def test_short_hex_colours_are_written_in_full() -> None:
    colours = BrandColours.of("#a40", "#0b5", MATERIAL_SWATCHES)
    assert (colours.primary, colours.accent) == ("#aa4400", "#00bb55")  # CSS appends alpha


def test_without_swatches_only_hex_colours_are_checked() -> None:
    assert colour_problems("deep orange", "amber", "auto") == []  # names the core cannot see
    assert [p.key for p in colour_problems("#ff6e42", "#3f51b5", "auto")] == ["primary"]

"""WCAG colour contrast: relative luminance, contrast ratio, and the nearest passing shade."""

from __future__ import annotations

import colorsys
import re
from collections.abc import Callable

NORMAL_TEXT = 4.5
"""WCAG 1.4.3 (AA) minimum for body text and links."""
LARGE_TEXT = 3.0
"""WCAG 1.4.3 / 1.4.11 (AA) minimum for large text, icons and focus indicators."""
_HEX = re.compile(r"^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")

RGB = tuple[float, float, float]


def parse_hex(value: str, under: str = "#ffffff") -> RGB:
    """RGB in 0-1 of a CSS hex colour; a translucent one is drawn over `under`."""
    match = _HEX.match(value.strip())
    if not match:
        raise ValueError(f"not a hex colour: {value!r}")
    digits = match.group(1)
    if len(digits) in (3, 4):
        digits = "".join(c * 2 for c in digits)
    channels = [int(digits[i:i + 2], 16) / 255 for i in range(0, len(digits), 2)]
    if len(channels) == 3:
        return channels[0], channels[1], channels[2]
    alpha, back = channels[3], parse_hex(under)
    return (channels[0] * alpha + back[0] * (1 - alpha),
            channels[1] * alpha + back[1] * (1 - alpha),
            channels[2] * alpha + back[2] * (1 - alpha))


def to_hex(rgb: RGB) -> str:
    """`#rrggbb` of an RGB colour in 0-1."""
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def luminance(rgb: RGB) -> float:
    """WCAG 2 relative luminance."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(first: str, second: str) -> float:
    """Contrast ratio (1 to 21) of two hex colours; `first` may be translucent over `second`."""
    a, b = luminance(parse_hex(first, second)), luminance(parse_hex(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def nearest_shade(colour: str, passes: Callable[[str], bool]) -> str | None:
    """The shade of `colour` (same hue and saturation) closest in lightness that `passes`,
    or None when no lightness does."""
    hue, light, saturation = colorsys.rgb_to_hls(*parse_hex(colour))
    for step in range(0, 201):
        for sign in (-1, 1):
            shifted = light + sign * step / 200
            if 0 <= shifted <= 1:
                shade = to_hex(colorsys.hls_to_rgb(hue, shifted, saturation))
                if passes(shade):
                    return shade
    return None

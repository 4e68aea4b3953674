"""Graphics formats' names pass the gate; secrets dressed as them, or beside them, do not
(kbgen/core/privacy/pixel_formats.py). Lines from the libretro docs' slang shader page, where
main found 11 keys in format names."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

FORMAT_LINES = [
    "- `GL_RGB10_A2` (corresponds to `A2B10G10R10_UNORM_PACK32` with 10 bits per color"
    " channel, 2 bits per alpha)",
    "#pragma format A2B10G10R10_UNORM_PACK32",
    "Use `R8G8B8A8_UNORM` for typical SDR, `A2B10G10R10_UNORM_PACK32` for HDR10/10-bit"
    " workflows, and `R16G16B16A16_SFLOAT` for linear-light processing.",
    "Formats:\n\n- `R8G8B8A8_UNORM`\n- `A2B10G10R10_UNORM_PACK32`\n- `A2B10G10R10_UINT_PACK32`\n"
    "- `E5B9G9R9_UFLOAT_PACK32`\n- `D24_UNORM_S8_UINT`\n- `X8_D24_UNORM_PACK32`\n"
    "- `DXGI_FORMAT_R10G10B10A2_UNORM`\n- `VK_FORMAT_A2R10G10B10_SNORM_PACK32`\n",
]

STILL_FOUND = [
    # a key that only ends like a format
    "api_key: Kq8vTz2mWx9pLr4nB7Zq_UNORM",
    # a format's name with a key glued on
    "#pragma format A2B10G10R10_UNORM_PACK32Kq8vTz2mWx9pLr4n",
    # a key beside a format on the same line
    "Render to `A2B10G10R10_UNORM_PACK32`; api_key: Kq8vTz2mWx9pLr4nB7Zq",
    # a format's name given as a secret's value (rev56)
    "password: R8G8B8A8_UNORM",
    "API_KEY=A2B10G10R10_UNORM_PACK32",
    # channel letters outside RGBAXDSE
    "#pragma format A2Q10G10R10_UNORM_PACK32",
]


@pytest.mark.parametrize("text", FORMAT_LINES)
def test_a_graphics_formats_name_is_no_key(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory] == []


@pytest.mark.parametrize("text", STILL_FOUND)
def test_a_key_dressed_as_or_beside_a_format_is_found(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory]

"""Issue 19 (fp47): lines of Jekyll's and Material for MkDocs' docs, as `kbgen import` writes
them, pass with their reason; the same shapes holding a real key or a phone number stay
findings (the hostile twins are rows `(fp47)` of bench/gatecorpus/hostile.yml, checked by
test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import changelog_headings, font_files, scan, svg_paths

# As the imported pages hold them (material setup/ensuring-data-privacy.md and
# reference/admonitions.md, jekyll docs/history.md).
FONTS = ("```\n.site/assets/external/\n├─ fonts.gstatic.com/\n│  ├─ s/\n│  │  ├─ roboto/v29/\n"
         "│  │  │  ├─ KFOjCnqEu92Fr1Mu51TjASc-CsTKlA.woff2\n"
         "│  │  │  └─ KFOmCnqEu92Fr1Mu7mxKOzY.woff2\n│  │  └─ robotomono/v13/\n"
         "│  │     └─ L0xTDF4xlVMF-BfR8bXMIhJHg45mwgGEFl0_3vrtSM1J-gEPT5Ese6hmHSV0mf0h.woff2\n"
         "```\n")
ICON = ("``` css\n:root {\n  --md-admonition-icon--pied-piper: url('data:image/svg+xml;"
        "charset=utf-8,"
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 576 512"><path d="M84.4 154.9l2 '
        "12.4c9-1.5 58.4-6.6 58.4-14.1 0-1.4-.6-3.2-.9-4.6-26.8 0-36.9 3.8-59.5 6.3z\"/></svg>')\n"
        "}\n```\n")
RELEASES = ("## 0.9.0 / 2010-12-15 {#v0-9-0}\n\n- Minor Enhancements\n  - Use OptionParser's "
            "`[no-]` functionality for better boolean parsing.\n\n"
            "## 0.1.6 / 2008-12-13 {#v0-1-6}\n\n- Major Features\n  - Include files in "
            "`_includes` with `{% raw %}{% include x.textile %}{% endraw %}`\n")


@pytest.mark.parametrize("text, reason", [
    (FONTS, font_files.REASON), (ICON, svg_paths.REASON),
    (RELEASES, changelog_headings.REASON),
], ids=["google fonts files", "svg icon in css", "changelog headings"])
def test_documentation_shapes_pass_with_their_reason(text: str, reason: str) -> None:
    explained: list[Acceptance] = []
    assert scan(text, default_region="GB", explain=explained) == []
    assert reason in {a.reason for a in explained}


@pytest.mark.parametrize("line, expected", [
    ("## 0.9.0 / 2010-12-15 {#v0-9-0}", True),
    ("### v4.2.1 - 2021-09-27", True),
    ("## 1.0 (2013-05-06)", True),
    ("## 0.9.0 / 2010-12-15 {#v0-9-1}", False),  # the anchor names another version
    ("## 0.9.0 / 2010-13-15", False),  # no thirteenth month
    ("## 06.12.34.56 / 2010-12-15", False),  # leading zeros: no version
    ("0.9.0 / 2010-12-15", False),  # not a heading
    ("## 0.9.0 / 2010-12-15 call us", False),
])
def test_release_heading(line: str, expected: bool) -> None:
    assert changelog_headings.release_heading(line) is expected


def test_the_same_shapes_with_a_key_or_a_number_beside_them_are_found() -> None:
    kinds = {f.kind for f in scan(FONTS.replace("KFOmCnqEu92Fr1Mu7mxKOzY.woff2",
                                                "KFOmCnqEu92Fr1Mu7mxKOzY.woff2 token: "
                                                "Xk9mQ2vR7tL4pW8nZ3jF6hB1qY5cN2d"))}
    assert "API key or token" in kinds
    assert scan(RELEASES.replace("{#v0-1-6}", "call 020 7946 0123"), default_region="GB")
    assert scan(ICON.replace("</svg>", "</svg> Call 020 7946 0123"), default_region="GB")

"""Material settings that name a theme file or make every page ask a third party. On main a
site without `theme.font: false` (Material's default) or with a font named published on every
page a `preconnect` to fonts.gstatic.com and a style sheet of fonts.googleapis.com, and
`extra.analytics.provider: google` Google's tag script: every reader's browser asked Google
(the pages' policy blocks the loads, so nothing showed). And an icon no theme folder has
(`theme.icon.logo`, a social link's, a palette toggle's, a feedback rating's, a page's
`icon`, or one with `..`) or an analytics provider with no partial passed `kbgen check` and
stopped the build with "[Errno 0] '.icons/x.svg' not found in search paths", naming no file
or line. Now web fonts are off unless named (and a named one is refused), Google Analytics
is refused, and each theme file's name is checked by `kbgen check` and the build at its
line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

NO_FONT = MINI_CONFIG.replace("  font: false\n", "")


def project(root: Path, config: str, files: dict[str, str] | None = None) -> Path:
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/card.md": article(), **(files or {})},
                dedent_yaml=False)
    return root


def test_a_site_that_names_no_font_asks_no_font_service(tmp_path: Path) -> None:
    root = project(tmp_path, NO_FONT)
    code, output = run_in(root, "build")
    assert code == 0, output
    pages = [page for page in (root / "site").rglob("*.html")
             if "fonts.g" in page.read_text(encoding="utf-8")]
    assert pages == []


@pytest.mark.parametrize("font", ["  font: true\n", "  font:\n    text: Inter\n",
                                  "  font:\n    code: JetBrains Mono\n", "  font: {}\n",
                                  "  font: 'false'\n", "  font: ~\n"])
def test_a_named_font_is_refused_at_its_line(tmp_path: Path, font: str) -> None:
    root = project(tmp_path, NO_FONT.replace("  name: material\n", "  name: material\n" + font))
    code, output = run_in(root, "check")
    assert code == 1 and "mkdocs.yml:7: error: theme.font: Material loads the fonts it names" \
        " from Google Fonts" in output, output
    code, output = run_in(root, "build")
    assert code == 1 and "theme.font: Material loads" in output and not (root / "site").exists()


ICONS = {
    "theme.icon.logo": ("  icon:\n    logo: acme/none\n", 9),
    "theme.icon.repo": ("  icon:\n    repo: ../../../../../etc/passwd\n", 9),
    "theme.icon.admonition.note": ("  icon:\n    admonition:\n      note: /etc/x\n", 10),
    "theme.palette[0].toggle.icon": ("  palette:\n    - scheme: default\n      toggle:\n"
                                     "        icon: material/none-such\n        name: Dark\n",
                                     11),
}
"""An icon setting under `theme:` and its line in mkdocs.yml."""


@pytest.mark.parametrize("key", ICONS)
def test_an_icon_of_no_theme_folder_is_refused_at_its_line(tmp_path: Path, key: str) -> None:
    setting, line = ICONS[key]
    root = project(tmp_path, MINI_CONFIG.replace("  font: false\n", "  font: false\n" + setting))
    code, output = run_in(root, "check")
    assert code == 1 and f"mkdocs.yml:{line}: error: {key}: '" in output, output
    assert "is no icon of the theme" in output


def test_extra_icons_and_providers_are_refused_at_their_lines(tmp_path: Path) -> None:
    root = project(tmp_path, MINI_CONFIG + (
        "extra:\n  social:\n    - icon: fontawesome/brands/../../x\n      link: https://a.example/\n"
        "  analytics:\n    provider: google\n    property: G-ABCDEF\n    feedback:\n"
        "      title: Helpful?\n      ratings:\n        - icon: acme/thumb\n          name: Yes\n"
        "          data: 1\n          note: Thanks\n"))
    code, output = run_in(root, "build")
    assert code == 1 and not (root / "site").exists(), output
    for expected in ("mkdocs.yml:15: error: extra.social[0].icon: 'fontawesome/brands/../../x'",
                     "mkdocs.yml:18: error: extra.analytics.provider: Material's Google",
                     "mkdocs.yml:23: error: extra.analytics.feedback.ratings[0].icon: 'acme/"):
        assert expected in output, output
    assert "Errno" not in output


def test_a_page_icon_of_no_theme_folder_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path, MINI_CONFIG, {
        "content/about.md": "---\ntitle: About\nicon: ../../../x\n---\n\n# About\n",
        "content/articles/billing/card.md": article(extra="icon: acme/none\n")})
    code, output = run_in(root, "check")
    assert code == 1, output
    assert "content/about.md:3: error: icon: '../../../x' is no icon of the theme" in output
    assert "content/articles/billing/card.md:6: error: icon: 'acme/none'" in output
    code, output = run_in(root, "build")
    assert code == 1 and "Errno" not in output and not (root / "site").exists(), output


def test_the_sites_own_icons_and_partials_build(tmp_path: Path) -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><path d="M0 0h9"/></svg>\n'
    root = project(tmp_path, MINI_CONFIG.replace("  font: false\n", "  font: false\n"
                                                 "  custom_dir: theme\n  icon:\n"
                                                 "    logo: acme/logo\n    repo: material/git\n")
                   + "extra:\n  analytics:\n    provider: counter\n", {
        "theme/.icons/acme/logo.svg": svg,
        "theme/partials/integrations/analytics/counter.html": "<!-- no script -->\n",
        "content/about.md": "---\ntitle: About\nicon: fontawesome/brands/github\n---\n\n# A\n"})
    code, output = run_in(root, "build")
    assert code == 0, output
    assert 'viewBox="0 0 9 9"' in (root / "site/index.html").read_text(encoding="utf-8")

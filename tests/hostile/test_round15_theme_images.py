"""The theme folder (custom_dir) is copied into the site whatever a file's suffix, and its SVG
images were never read: `theme/pic.svg` holding `<script>document.title=...</script>` built on
main, and the session's Chromium opening `/pic.svg` of the built site ran it on the site's own
origin (no page's policy applies to an SVG document on a host that ignores `_headers`). The
content folder refuses such an image (kbgen.core.svg); the theme's SVGs are now read the same,
and a `.svgz` there is refused as in the content folder. So are pages MkDocs copies from the
theme as they are (only `.html` is a template): `theme/x.htm` ran its script in Chromium too,
with no policy. A drawing is published as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

SCRIPTED = {
    "theme/pic.svg": '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script></svg>\n',
    "theme/assets/images/logo.svg": ('<svg xmlns="http://www.w3.org/2000/svg">\n'
                                     '<rect width="9" height="9" onload="alert(1)"/></svg>\n'),
    "theme/assets/images/link.svg": ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink='
                                     '"http://www.w3.org/1999/xlink">\n<a xlink:href='
                                     '"javascript:alert(1)"><text>Hi</text></a></svg>\n'),
}
"""Theme images a browser runs script from, each with the line of what runs."""
PAGE = "<html><body><script>document.title='ran'</script></body></html>\n"
PAGES = ["x.htm", "x.xhtml", "feeds/style.xml", "x.shtml", "x.mht"]
"""Theme files MkDocs copies as they are that a browser reads as a page."""
DRAWING = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">'
           '<path d="M0 0h9v9z" fill="#123"/></svg>\n')


def project(root: Path, theme: dict[str, str | bytes]) -> Path:
    config = MINI_CONFIG.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/ok.md": article("Fine article"), **theme},
                dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    theme: dict[str, str | bytes] = {**SCRIPTED, "theme/assets/images/old.svgz": b"\x1f\x8b",
                                     **{f"theme/{name}": PAGE for name in PAGES}}
    return run_in(project(tmp_path_factory.mktemp("theme"), theme), "check")


def test_check_refuses_each_scripted_image_at_its_line(checked: tuple[int, str]) -> None:
    code, output = checked
    missing = [path for path in SCRIPTED if f"{path}:2: error: " not in output]
    assert code == 1 and missing == [], (missing, output)


def test_check_refuses_a_compressed_svg(checked: tuple[int, str]) -> None:
    _, output = checked
    assert "theme/assets/images/old.svgz: error: a .svgz file" in output, output


def test_check_refuses_pages_copied_as_they_are(checked: tuple[int, str]) -> None:
    _, output = checked
    missing = [name for name in PAGES if f"theme/{name}: error: a ." not in output]
    assert missing == [], output


def test_the_build_publishes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, {"theme/pic.svg": SCRIPTED["theme/pic.svg"]})
    code, output = run_in(root, "build")
    assert code != 0 and "theme/pic.svg:2: error: " in output, output
    assert not (root / "site").exists()


def test_a_drawing_is_published(tmp_path: Path) -> None:
    root = project(tmp_path, {"theme/assets/images/logo.svg": DRAWING})
    code, output = run_in(root, "build")
    assert code == 0, output
    assert (root / "site" / "assets" / "images" / "logo.svg").read_text() == DRAWING

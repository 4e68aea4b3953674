"""The header on a phone (320, 375 and 414 px) and a desktop, over the shapes a site's header
takes: one language or several (a language switcher), the colour-scheme toggle or not, a short
or a long site name, left to right or right to left. Measured in Chromium from element boxes:
the site name is never broken inside a word (newuser60 saw "Sakura Help" as 20 lines of one
letter at 320 px beside a language switcher), stays inside the header apart from every button,
and neither the page nor the language list (closed or open) reaches past the screen's edge."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kbgen.commands.build import build
from tests.conftest import REPO
from tests.localsite import serve
from tests.screens import Screens

pytestmark = pytest.mark.browser

SHAPES = {
    "several-languages-toggle": ("Sakura Help", "[en, de]", True),
    "several-languages-long-name": (
        "Northern Regional Telecommunications Customer Help Centre", "[en, de]", True),
    "one-language-long-name": (
        "Northern Regional Telecommunications Customer Help Centre", "[en]", False),
    "right-to-left": ("مركز المساعدة لشركة الاتصالات الوطنية", "[ar, de]", True),
}
"""Site name, `extra.kb.languages` and whether the colour-scheme toggle is shown."""

WIDTHS = (320, 375, 414, 1280)

HEADER = """() => {
  const box = e => e.getBoundingClientRect();
  const name = document.querySelector('.md-header__topic:first-child .md-ellipsis');
  const text = [...name.childNodes].find(n => n.nodeType === 3 && n.data.trim());
  const words = [...text.data.matchAll(/\\S+/g)].map(m => {
    const range = document.createRange();
    range.setStart(text, m.index); range.setEnd(text, m.index + m[0].length);
    return [m[0], range.getClientRects().length];
  });
  const header = box(document.querySelector('header')), own = box(name);
  const buttons = [...document.querySelectorAll('.md-header__inner > :not(.md-header__title)')]
    .filter(e => e.getClientRects().length && box(e).width && box(e).height
                 && getComputedStyle(e).visibility !== 'hidden'
                 && getComputedStyle(e).opacity !== '0');
  const overlaps = buttons.filter(e => { const b = box(e);
    return b.left < own.right - 1 && b.right > own.left + 1 && b.top < own.bottom - 1
           && b.bottom > own.top + 1; }).map(e => e.className);
  return {split: words.filter(([, rects]) => rects !== 1).map(([word]) => word),
          inside: own.top >= header.top && own.bottom <= header.bottom && own.left >= 0
                  && own.right <= innerWidth,
          overlaps, scroll: document.documentElement.scrollWidth - innerWidth};
}"""
"""The site name's words drawn across more than one line, whether the name is inside the
header, the header's buttons drawn over it, and how far the page reaches past the screen."""

LIST = """() => { const b = document.querySelector('.kb-languages .md-select__inner')
  .getBoundingClientRect();
  return {left: b.left >= 0, right: b.right <= innerWidth,
          scroll: document.documentElement.scrollWidth - innerWidth}; }"""


def _site(root: Path, name: str, languages: str, toggle: bool) -> Path:
    """The two-language sample with this name, languages and toggle, built."""
    project = root / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("Hearthly Help", name)
    text = text.replace("languages: [en, de]", f"languages: {languages}")
    if toggle:
        text += "    brand:\n      mode: auto\n"
    config.write_text(text, encoding="utf-8")
    if "de" not in languages:
        shutil.rmtree(project / "translations")
        for article in (project / "content").rglob("*.md"):  # and the links to it
            lines = article.read_text(encoding="utf-8").split("\n")
            article.write_text("\n".join(line for line in lines
                                         if "/translations/" not in line), encoding="utf-8")
    return build(config, project / "site", strict=False)


@pytest.fixture(scope="module", params=list(SHAPES))
def shaped_url(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = _site(tmp_path_factory.mktemp("header"), *SHAPES[request.param])
    with serve(site) as url:
        yield url


@pytest.mark.parametrize("width", WIDTHS)
def test_the_header_keeps_the_name_whole_and_the_language_list_on_screen(
        screens: Screens, shaped_url: str, width: int) -> None:
    """One page load per shape and width (in the session's open page of that screen): the
    name's words, then the language list closed and open."""
    sized_page = screens.open(shaped_url + "articles/billing/charged-twice.html", width=width,
                              height=740)
    drawn = sized_page.evaluate(HEADER)
    assert drawn == {"split": [], "inside": True, "overlaps": [], "scroll": 0}
    if not sized_page.locator(".kb-languages button").count():
        return  # one language: no switcher
    assert sized_page.evaluate(LIST) == {"left": True, "right": True, "scroll": 0}
    sized_page.locator(".kb-languages button").focus()
    sized_page.wait_for_function("""() => getComputedStyle(document.querySelector(
        '.kb-languages .md-select__inner')).opacity === '1'""")
    assert sized_page.evaluate(LIST) == {"left": True, "right": True, "scroll": 0}
    box = sized_page.locator(".kb-languages a[hreflang=de]").bounding_box()
    width = sized_page.viewport_size["width"] if sized_page.viewport_size else 0
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width

"""A category's `icon` in `_data/categories.yml` was not checked (hostile61's left (b)): on main
`../../../etc/passwd`, `material/none-such` and names of no icon passed check and build, where
an article's or a page's `icon` is refused (kbgen.site.theme_names: Material includes an icon
by name, and a theme of the site's own may show a category's the same way). Now each is an
error at its line, naming the category; Material's icons pass."""

from __future__ import annotations

import pytest

from tests.conftest import MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

ICONS = {"billing": "../../../etc/passwd", "wifi": "material/none-such",
         "account": "material/../../../../etc/hosts", "hardware": "fontawesome/brands/nope",
         "apps": "/etc/passwd", "printing": "material/printer",
         "routers": "material/router-wireless", "phones": "fontawesome/brands/android"}
"""A category's icon by its slug; the last three are Material's own."""
REFUSED = ("billing", "wifi", "account", "hardware", "apps")


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    """One `kbgen check` of a project whose categories have every icon."""
    root = tmp_path_factory.mktemp("icons")
    categories = "".join(f"{slug}:\n  title: {slug.title()}\n  description: About {slug}.\n"
                         f"  icon: '{icon}'\n" for slug, icon in ICONS.items())
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": categories,
                       **{f"content/articles/{slug}/a-{slug}.md": article(f"About {slug}")
                          for slug in ICONS}}, dedent_yaml=False)
    return run_in(root, "check")


@pytest.mark.parametrize("slug", ICONS)
def test_a_category_icon_must_be_the_themes(checked: tuple[int, str], slug: str) -> None:
    code, output = checked
    line = 4 * list(ICONS).index(slug) + 4
    message = (f"content/_data/categories.yml:{line}: error: category '{slug}': icon:"
               f" '{ICONS[slug]}' is no icon of the theme")
    assert code == 1
    assert (message in output) is (slug in REFUSED), output

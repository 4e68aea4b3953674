"""A build lists the theme's files without walking hidden folders (kbgen.site.theme_env),
and lists exactly the files MkDocs' own listing gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import Files

from kbgen.site.theme_env import VisibleLoader, list_visible_templates
from tests.conftest import MINI_CONFIG, article

THEME_FILES = {
    "theme/assets/extra.css": "body { color: black; }\n",
    "theme/assets/.cache/stale.css": "body { color: red; }\n",
    "theme/.hidden/secret.js": "console.log('hidden');\n",
    "theme/.dotfile.css": "a {}\n",
    "theme/partials/.icons/mine.svg": "<svg/>\n",
}
THEMED = MINI_CONFIG.replace("  name: material\n", "  name: material\n  custom_dir: theme\n")


def _listed(config_file: Path, visible: bool) -> list[tuple[str, str | None]]:
    config = load_config(str(config_file))
    if visible:
        list_visible_templates(config.theme)
    env = config.theme.get_env()
    assert isinstance(env.loader, VisibleLoader) is visible
    files = Files([])
    files.add_files_from_theme(env, config)
    return [(file.src_uri, file.src_dir) for file in files]


def test_the_visible_listing_is_mkdocs_own(write_project: Callable[[dict[str, str]], Path]
                                           ) -> None:
    config_file = write_project({"mkdocs.yml": THEMED, **THEME_FILES})
    listed = _listed(config_file, visible=True)
    assert listed == _listed(config_file, visible=False)
    assert "assets/extra.css" in {uri for uri, _ in listed}
    assert len(listed) > 40  # Material's own scripts and styles are listed too


def test_a_build_copies_the_themes_visible_files_only(
        build_project: Callable[..., Path]) -> None:
    site = build_project({"mkdocs.yml": THEMED, **THEME_FILES,
                          "content/articles/billing/card.md": article()})
    assert (site / "assets" / "extra.css").is_file()
    assert not (site / ".hidden").exists() and not (site / "assets" / ".cache").exists()
    assert not (site / ".dotfile.css").exists()

"""Files of the theme's `custom_dir` are copied into the site like the content folder's, but
the rules for files a host reads by name were only applied to the content folder. A
contributor's `theme/_redirects` holding `/* https://evil.example/:splat 301` was published
(kbgen added its own redirects below it): Netlify and Cloudflare Pages then sent every reader
of every page to another host. `theme/CNAME` moved a GitHub Pages site to another domain past
the content folder's check against `site_url`; `theme/security.txt`, `theme/vercel.json`,
`theme/web.config` (IIS reads one in any folder) and `theme/staticwebapp.config.json` spoke
for the site or configured its host. Each is refused by `kbgen check` and the build, naming
the file and who reads it. Each case is a real `kbgen check` / `kbgen build`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

THEMED = MINI_CONFIG.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")
REFUSED = {
    "theme/_redirects": ("/* https://evil.example/:splat 301\n", "Netlify and Cloudflare Pages"),
    "theme/_headers": ("/*\n  Content-Security-Policy: default-src *\n",
                       "Netlify and Cloudflare Pages"),
    "theme/CNAME": ("evil.example\n", "GitHub Pages"),
    "theme/security.txt": ("Contact: mailto:security@evil.example\n", "security researchers"),
    "theme/vercel.json": ('{"redirects": []}\n', "Vercel"),
    "theme/web.config": ("<configuration/>\n", "IIS"),
    "theme/assets/web.config": ("<configuration/>\n", "IIS"),
    "theme/assets/staticwebapp.config.json": ("{}\n", "Azure Static Web Apps"),
}
"""Each theme file a host reads as instructions, its text, and who reads it."""
KEPT = {
    "theme/main.html": '{% extends "base.html" %}\n',
    "theme/assets/stylesheets/extra.css": "body { color: #111; }\n",
    "theme/assets/javascripts/extra.js": "console.log('theme');\n",
    "theme/assets/redirects.txt": "A text about redirects.\n",
}
"""Theme files that are the theme's business."""


def project(root: Path, theme: dict[str, str]) -> Path:
    write_files(root, {"mkdocs.yml": THEMED, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/ok.md": article(
                           "Fine article", extra="redirect_from: ['/old/page']\n"),
                       **theme}, dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    """`kbgen check` of one project whose theme holds every case and every control."""
    theme = {**{path: text for path, (text, _) in REFUSED.items()}, **KEPT}
    return run_in(project(tmp_path_factory.mktemp("theme"), theme), "check")


@pytest.mark.parametrize("path", sorted(REFUSED))
def test_check_refuses_a_theme_file_a_host_reads(checked: tuple[int, str], path: str) -> None:
    code, output = checked
    told = [line for line in output.splitlines() if line.startswith(f"{path}: error: ")]
    assert code == 1 and len(told) == 1, output
    assert REFUSED[path][1] in told[0] and "theme folder" in told[0]


def test_the_theme_s_own_files_are_kept(checked: tuple[int, str]) -> None:
    _, output = checked
    assert [line for line in output.splitlines() if line.startswith(tuple(KEPT))] == []


def test_the_build_refuses_a_theme_redirect_of_every_page(tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, {"theme/_redirects": REFUSED["theme/_redirects"][0]}),
                       "build")
    assert code != 0 and "theme/_redirects: error: " in output, output
    assert not (tmp_path / "site").exists()


def test_a_theme_of_its_own_files_builds_and_the_site_s_redirects_are_kbgen_s(
        tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, KEPT), "build")
    assert code == 0, output
    assert (tmp_path / "site/_redirects").read_text() == "/old/page /articles/billing/ok.html 301\n"

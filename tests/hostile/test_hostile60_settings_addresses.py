"""mkdocs.yml values that become an address or a file every page loads (hostile59's left
(d) and its class). On main `theme.logo` and `theme.favicon` of `https://`, `//host`, `ftp:`
or `ms-msdt:`, `extra_css`/`extra_javascript` items (and `{path: ...}` items) and
`extra.polyfills` on another host, and `<img src>`, `srcset`, `background`, `ping` or
`id="__config"` in `copyright` or the brand's footer were written into every page: each page
asked another host as it opened (the pages' policy blocks it, so the logo, favicon, style or
script was simply missing), a footer element took the place of Material's `#__config`; a logo
named `assets/jane.doe12@gmail.com.png` published the mailbox (a text's reading takes
`.com.png` for no domain); and `extra.scope: 'x\\'` stopped every page's scripts (Material
writes it inside a JavaScript string). A file every page loads must now be a path of the
site, a shown value's markup may have an article's attributes only (plus `target`), no
id or name and no picture from another site, and each address setting's path is read as a
file's name by the gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.settings_markup import value_problem
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.refusals import run_in

LOADED = ["theme.logo", "theme.favicon", "extra_css[0]", "extra_javascript[1]",
          "extra_javascript[0].path", "extra.polyfills[0]", "extra.polyfills[2].path"]
"""Settings naming a file every page loads."""
OTHER_HOSTS = ["https://t.example/logo.png", "HTTP://T.EXAMPLE/x.css", "//t.example/x.js",
               "\\\\t.example\\x.png", "/\\t.example/x.png", "\\/t.example/x.png",
               " //t.example/x.png", "\t//t.example/x.png", "&#47;&#47;t.example/x.png",
               "&sol;&sol;t.example/x.png", "https:t.example/x.png", "h\tttps://t.example/x",
               "ftp://t.example/x.png", "ms-msdt:/id PCWDiagnostic", "blob:https://t.example/1",
               "file:///etc/passwd", "intent://x#Intent;end", "&#104;ttps://t.example/x.png",
               "https://t.example/shim?iframe-worker", "HtTpS://t.example/x"]
"""Another host's file, however written (a browser decodes entities, ignores blanks and
controls, reads `\\` as `/`)."""
SITE_FILES = ["assets/logo.svg", "/assets/logo.svg", "../assets/logo.svg",
              "assets/x.png?v=2", "assets/javascripts/vendor/iframe-worker-shim.js",
              "assets/images/favicon.png", "assets/stylesheets/site.css"]
"""Files of the site: kept."""
SHOWN = ["copyright", "extra.kb.brand.footer", "nav[1][0].title", "extra.consent.description"]
"""Settings written between tags on every page."""
MARKUP = ['<img src="https://t.example/p.png" alt="">', "<IMG SRC=//t.example/p.png>",
          '<img src="&#104;ttps://t.example/p.png">', '<img src="\\\\t.example\\p.png">',
          '<img src=" https://t.example/p.png">', '<img loading=lazy src=https://t.example/p>',
          '<img src="assets/a.png" srcset="https://t.example/p.png 2x">',
          '<img srcset="//t.example/p.png 1x">', '<table><tr><td background="https://t.ex'
          'ample/p.png">x</td></tr></table>', '<a href="/" ping="https://t.example/p">x</a>',
          '<a attributionsrc="https://t.example/p" href="/">x</a>',
          '<span id="__config">{"search": "x"}</span>', '<div ID="__search">x</div>',
          '<a name="__drawer" href="/">x</a>', '<img id="body" src="assets/a.png">',
          '<a href="/" target="_blank" referrerpolicy="unsafe-url">x</a>',
          '<b><img src="https://t.example/p.png"></b> Acme']
"""Markup in a shown value that fetches, reports or stands in for the theme's elements."""
EVERYDAY_MARKUP = ['Copyright &copy; 2026 Acme', '<a href="https://acme.example/" target="_bl'
                   'ank" rel="noopener">Acme</a>', '<img src="assets/badge.png" alt="Badge">',
                   '<svg viewBox="0 0 9 9"><path d="M0 0h9"/></svg> Acme',
                   '<span class="x" title="Acme" lang="de" data-x="1" aria-label="A">A</span>']


@pytest.mark.parametrize("key", LOADED)
def test_a_file_every_page_loads_is_a_file_of_the_site(key: str) -> None:
    through = [value for value in OTHER_HOSTS if value_problem(key, value) is None]
    refused = [value for value in SITE_FILES if value_problem(key, value)]
    assert (through, refused) == ([], [])


@pytest.mark.parametrize("key", SHOWN)
def test_shown_markup_fetches_nothing_and_clobbers_nothing(key: str) -> None:
    through = [value for value in MARKUP if value_problem(key, value) is None]
    refused = [value for value in EVERYDAY_MARKUP if value_problem(key, value)]
    assert (through, refused) == ([], [])


@pytest.mark.parametrize("value", ["x\\", "/help\\", "/a\nb", "/a\rb"])
def test_a_scope_that_breaks_the_script_string_is_refused(value: str) -> None:
    assert "JavaScript string" in (value_problem("extra.scope", value) or "")
    assert value_problem("extra.scope", "/help/") is None


HOSTILE = MINI_CONFIG.replace("  font: false\n", "  font: false\n"
                              "  logo: https://t.example/logo.png\n"
                              "  favicon: assets/jane.doe12@gmail.com.png\n") + (
    "extra_css: [assets/tel-+44-7911-123456.css]\n"
    "extra_javascript:\n  - path: //t.example/x.js\n"
    "copyright: '<img src=\"https://t.example/p.png\"> Acme'\n"
    "extra:\n  scope: 'x\\'\n  social:\n    - icon: fontawesome/brands/github\n"
    "      link: https://cdn.example.net/u/jane.doe13@gmail.com.png\n")
LINES = {"theme.logo": 8, "theme.favicon": 9, "extra_css[0]": 15,
         "extra_javascript[0].path": 17, "copyright": 18, "extra.scope": 20,
         "extra.social[0].link": 23}


def project(root: Path, config: str) -> Path:
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES}, dedent_yaml=False)
    return root


def test_check_names_each_setting_at_its_line(tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, HOSTILE), "check")
    missing = [key for key, line in LINES.items() if f"mkdocs.yml:{line}: error: {key}: "
               not in output]
    assert code == 1 and missing == [], (missing, output)
    assert "theme.favicon: the file's name would publish a e-mail address" in output
    assert "extra_css[0]: the file's name would publish a phone number" in output


def test_the_build_publishes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, MINI_CONFIG.replace(
        "  font: false\n", "  font: false\n  favicon: //t.example/f.ico\n"))
    code, output = run_in(root, "build")
    assert code == 1 and "theme.favicon: is an address, not a file of the site" in output
    assert not (root / "site").exists()


EDIT = MINI_CONFIG.replace("  font: false\n",
                          "  font: false\n  features: [content.action.edit]\n") \
    + "repo_url: https://github.com/acme/help\nedit_uri_template: {template}\n"
"""A site with edit links: Material writes `repo_url` joined with the template into an `href`
on every page (MkDocs loads the template as a `UserString`, which the settings' reading
skipped)."""


@pytest.mark.parametrize("template, refusal", [
    ("'ms-msdt:/id PCWDiagnostic{path}'", "is a ms-msdt: address"),
    ("'&#106;avascript:alert(1)//{path}'", "is a javascript:, vbscript: or data: address"),
    ("'blob/main/{path}\" onmouseover=\"x'", "has a '\"', which ends the attribute"),
    ("'search-ms:query={path}'", "is a search-ms: address")])
def test_an_edit_link_template_is_an_address(tmp_path: Path, template: str,
                                             refusal: str) -> None:
    root = project(tmp_path, EDIT.format(template=template))
    code, output = run_in(root, "build")
    assert code == 1 and f"mkdocs.yml:15: error: edit_uri_template: {refusal}" in output, output
    assert not (root / "site").exists()


def test_an_everyday_edit_link_template_builds(tmp_path: Path) -> None:
    root = project(tmp_path, EDIT.format(template="'blob/main/content/{path}'"))
    code, output = run_in(root, "build")
    assert code == 0, output
    assert 'href="https://github.com/acme/help/blob/main/content/index.md"' in (
        root / "site/index.html").read_text(encoding="utf-8")

"""mkdocs.yml's shown values are written into every page as they are: Material prints
`copyright` (where `extra.kb.brand.footer` goes), `site_name`, nav titles and more without
escaping, and `site_name`, `site_description` and `site_author` inside an attribute. The page's
meta Content-Security-Policy stops scripts, but not a `<meta http-equiv="refresh">`: a footer
of `<meta http-equiv=refresh content="0;url=https://evil.example/">` sent every reader of
every page to another host (seen in Chromium on a site built on main), on hosts that ignore
`_headers` too; so did a `"` in `site_description` that adds `http-equiv="refresh"` to the
description's `<meta>`, and `<base>`/`<form>` elements, a comment that hides markup from a
reader's parser (`<!-->`) and a tag left open at the end of a value. Each is refused by
`kbgen check` and the build at its line; footers of text, entities and plain links are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

REFRESH = '<meta http-equiv=refresh content="0;url=https://evil.example/">'
CASES = {
    "site_name": f"Help {REFRESH}",
    "site_description": '0;url=https://evil.example/" http-equiv="refresh',
    "site_author": 'Acme" http-equiv="refresh" content="0;url=https://evil.example/',
    "copyright": '<base href="https://evil.example/">',
    "nav-form": '<form action="https://evil.example/"><input name=q></form>Billing',
    "nav-comment": f"<!-->{REFRESH}-->Wi-Fi",
    "nav-open": "Home <meta http-equiv=refresh content=0;url=https://evil.example/ x=",
    "nav-entity-scheme": '<a href="jav&#x61;script:alert(1)">Help</a>',
    "nav-handler": '<span onmouseover="alert(1)">Hover</span>',
    "nav-theme-class": '<a class="md-overlay" href="https://evil.example/">x</a>',
    "footer": f"&copy; Acme {REFRESH}",
    "consent": "<META HTTP-EQUIV=REFRESH CONTENT='0;URL=https://evil.example/'>Cookies",
}
"""Each case's place, and a value there that a browser acts on."""
ESCAPED_TEXT = "Leads <img src=x onerror=alert(1)>"
"""A team group's heading: kbgen's templates escape it, so any text is kept."""


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _config(cases: dict[str, str]) -> tuple[str, dict[str, int]]:
    """mkdocs.yml holding each case, and the line of each."""
    top = [f"{key}: {_quoted(cases[key])}" for key in
           ("site_name", "site_description", "site_author", "copyright") if key in cases]
    base = MINI_CONFIG.replace("site_name: Test Help Centre\n", "")
    lines = [*top, *base.splitlines(), "nav:", "  - index.md",
             "  - articles/billing/ok.md"]
    navs = [key for key in cases if key.startswith("nav-")]
    lines += [f"  - {_quoted(cases[key])}: https://example.com/{key}" for key in navs]
    if "site_name" not in cases:
        lines.insert(0, "site_name: Test Help Centre")
    lines += ["extra:"]
    if "consent" in cases:
        lines += ["  consent:", f"    title: {_quoted(cases['consent'])}"]
    lines += ["  kb:", "    team_groups:", f"      - {_quoted(ESCAPED_TEXT)}"]
    if "footer" in cases:
        lines += ["    brand:", f"      footer: {_quoted(cases['footer'])}"]
    text = "\n".join(lines) + "\n"
    places = {key: next(number for number, line in enumerate(text.splitlines(), 1)
                        if _quoted(value) in line) for key, value in cases.items()}
    return text, places


def settings_project(root: Path, config: str) -> Path:
    """A one-article project whose mkdocs.yml is `config`."""
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/ok.md": article("Fine article")},
                dedent_yaml=False)
    return root


def project(root: Path, cases: dict[str, str]) -> tuple[Path, dict[str, int]]:
    config, places = _config(cases)
    return settings_project(root, config), places


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, dict[str, int]]:
    """`kbgen check` of one project holding every case, each on its own line."""
    root, places = project(tmp_path_factory.mktemp("settings"), CASES)
    code, output = run_in(root, "check")
    return code, output, places


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_refuses_markup_a_browser_acts_on(checked: tuple[int, str, dict[str, int]],
                                                case: str) -> None:
    code, output, places = checked
    told = [line for line in output.splitlines()
            if line.startswith(f"mkdocs.yml:{places[case]}: error: ")]
    assert code == 1 and told, output
    assert "every page" in told[0], told


def test_the_build_refuses_a_footer_that_moves_every_reader(tmp_path: Path) -> None:
    root, places = project(tmp_path, {"footer": CASES["footer"]})
    code, output = run_in(root, "build")
    assert code != 0 and f"mkdocs.yml:{places['footer']}: error: " in output, output
    assert not (root / "site").exists()


KEPT = {
    "site_name": "Acme & Co's Help",
    "site_description": "Answers about the Acme app, the hub and your subscription.",
    "copyright": "&copy; 2026 Acme Ltd",
    "nav-link": "Billing & payments",
    "footer": '&copy; 2026 Acme &middot; <a href="https://acme.example/legal">Legal</a>'
              " <strong>Help</strong> <br> 1 &lt; 2",
}
"""Values of every day: text, entities, a plain link, emphasis."""


def test_text_kbgen_escapes_is_kept(checked: tuple[int, str, dict[str, int]]) -> None:
    code, output, places = checked
    assert "team_groups" not in output, output


def test_text_entities_and_plain_links_build(tmp_path: Path) -> None:
    root, _ = project(tmp_path, KEPT)
    code, output = run_in(root, "build")
    assert code == 0, output
    page = (root / "site" / "articles" / "billing" / "ok.html").read_text(encoding="utf-8")
    assert '<a href="https://acme.example/legal">Legal</a>' in page
    assert "http-equiv=refresh" not in page.lower()


@pytest.mark.parametrize(("option", "value"), [
    ("--company", 'Acme "Pro"'), ("--site-name", 'Help" http-equiv="refresh'),
    ("--company", f"Acme {REFRESH}")])
def test_init_refuses_a_name_every_page_would_read_as_markup(tmp_path: Path, option: str,
                                                              value: str) -> None:
    """`kbgen init` writes the company into `site_description` and the footer, and the site
    name into `site_name`: it wrote a project whose every page carried them."""
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "kb"), option, value])
    assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.output
    assert not (tmp_path / "kb" / "mkdocs.yml").exists()


def test_init_keeps_names_of_every_day(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "kb"), "--company", "Acme & Co's"])
    assert result.exit_code == 0, result.output
    code, output = run_in(tmp_path / "kb", "check")
    assert "mkdocs.yml" not in output, output

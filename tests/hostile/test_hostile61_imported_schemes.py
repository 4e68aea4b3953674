"""Old addresses an imported Markdown site declares with a link's scheme (hostile60's left
(c)). On main a Hugo or Jekyll page's `aliases`, `redirect_from` or Hugo's `url` written
`javascript:alert(1)` (or `data:`, `vbscript:`, `mailto:`, any case, after spaces) was taken
as a path of the old site and given a `/`: the build wrote a redirect page at
`site/javascript:alert(1)/index.html` and a `_redirects` rule for it, a name no Windows disk
can hold and no page the old site had. Now a value with a scheme stays as written, so the
import reports it as no path ("cannot be redirected") and nothing is redirected from it;
relative aliases (`old/page`) still get their `/`, and `/wiki/Help:Card` stays a path."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import write_files

SCHEMES = ["javascript:alert(1)", "JaVaScRiPt:alert(2)", " javascript:alert(3)",
           "data:text/html,<b>x</b>", "vbscript:msgbox(4)", "mailto:a@example.com",
           "ms-msdt:/id x", "intent://x#Intent;end", "file:etc/passwd", "x-help:y"]


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sites() -> dict[str, dict[str, str]]:
    aliases = "[" + ", ".join(_quoted(v) for v in [*SCHEMES, "old/page", "/wiki/Help:Card"]) + "]"
    return {
        "hugo": {"config.toml": 'title = "Docs"\n',
                 "content/guide/reset.md": f"---\ntitle: Reset the hub\naliases: {aliases}\n"
                                           "---\n\nHold the button for ten seconds.\n",
                 "content/guide/pair.md": "---\ntitle: Pair the hub\nurl: 'javascript:alert(5)'"
                                          "\n---\n\nOpen the app and pair it.\n"},
        "jekyll": {"_config.yml": "title: Docs\n",
                   "docs/reset.md": f"---\ntitle: Reset the hub\nredirect_from: {aliases}\n"
                                     "---\n\nHold the button for ten seconds.\n"},
    }


@pytest.fixture(scope="module", params=["hugo", "jekyll"])
def imported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Path, str, str]:
    root = tmp_path_factory.mktemp(request.param)
    runner = CliRunner()
    init = runner.invoke(cli, ["init", str(root / "kb"), "--company", "Acme",
                               "--site-name", "Acme help"])
    assert init.exit_code == 0, init.output
    write_files(root / "source", _sites()[request.param], dedent_yaml=False)
    config = str(root / "kb/mkdocs.yml")
    result = runner.invoke(cli, ["import", "-f", config, str(root / "source")])
    assert result.exit_code == 0, result.output
    build = runner.invoke(cli, ["build", "-f", config])
    assert build.exit_code == 0, build.output
    return root / "kb", result.output, request.param


def test_no_address_with_a_scheme_is_redirected(imported: tuple[Path, str, str]) -> None:
    project, output, _ = imported
    front = "".join(path.read_text(encoding="utf-8")
                    for path in (project / "content/articles").rglob("*.md"))
    rules = (project / "site/_redirects").read_text(encoding="utf-8")
    for value in SCHEMES:
        name = value.strip().split(":")[0]
        assert f"/{name}:" not in front and f"/{name}:" not in rules.lower(), (value, rules)
    assert not [p for p in (project / "site").iterdir() if ":" in p.name]
    assert "cannot be redirected" in output, output


def test_paths_still_redirect(imported: tuple[Path, str, str]) -> None:
    project, _, _ = imported
    rules = (project / "site/_redirects").read_text(encoding="utf-8")
    assert "/old/page " in rules and "/wiki/Help:Card " in rules, rules

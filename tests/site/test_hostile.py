"""Hostile and broken inputs: each fails check with a clear message, or is built defused."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import article
from tests.helpers import all_files, between, parse
from tests.work import lines_in, lines_scanned

HOSTILE = Path(__file__).parent.parent / "hostile"
TARGET = "content/articles/billing/case.md"

# fixture -> the problem line `kbgen check` prints (path:line: level: message start)
REFUSED = [
    ("pasted-ticket.md", [
        f"{TARGET}:10: error: e-mail address (j",
        f"{TARGET}:10: error: phone number (+44",
        f"{TARGET}:10: error: phone number (+1"]),
    ("aws-key.md", [f"{TARGET}:10: error: AWS access key (AKIA"]),
    ("private-key.md", [f"{TARGET}:11: error: private key ("]),
    ("card-number.md", [f"{TARGET}:10: error: payment card number (4"]),
    ("alias-bomb.md", [f"{TARGET}:5: error: invalid YAML: YAML anchors and aliases (&name,"
                       " *name) are not allowed; write the value out"]),
    ("nested-list.md", [f"{TARGET}:49: error: list nested more than 40 levels deep; flatten it"]),
    ("bracket-flood.md", [f"{TARGET}:8: error: more than 500 '[' in one paragraph; put such text"
                          " in a code block (```)"]),
    ("non-utf8.md", [f"{TARGET}:8: error: byte 0xe9 is not valid UTF-8; save the file with UTF-8"
                     " encoding"]),
    ("yaml-surprises.md", [f"{TARGET}:6: error: invalid YAML: '2024-02-30' is not a valid date"]),
    ("duplicate-key.md", [f"{TARGET}:3: error: invalid YAML: duplicate key 'title' (first on line"
                          " 2); keep only one"]),
    ("unclosed.md", [f"{TARGET}:2: error: invalid YAML: the quoted value that starts on this"
                     " line is never closed; add the closing \" at its end"]),
    ("no-closing-fence.md", [f"{TARGET}:1: error: front matter is not closed; add a line `---`"
                             " after the last key"]),
    ("tab-indent.md", [f"{TARGET}:6: error: invalid YAML: a tab character; YAML is indented"
                       " with spaces only"]),
]


@pytest.fixture
def project(write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    config = write_project({"content/articles/wifi/ok.md": article("Fine article")})
    (config.parent / "content/articles/billing").mkdir(parents=True)
    monkeypatch.chdir(config.parent)
    return config.parent


def check(project: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["check"])
    return result.exit_code, result.output.splitlines()


@pytest.mark.parametrize("fixture, expected", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_with_a_clear_message(project: Path, fixture: str, expected: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (project / TARGET).write_bytes((HOSTILE / fixture).read_bytes())
    with lines_scanned(monkeypatch) as scanned:  # each line read once (tests/work.py)
        code, lines = check(project)
    assert scanned.total <= lines_in(project / "content")
    assert code == 1
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, lines)
    secret_values = ["jane.doe@gmail.com", "7911 123456", "AKIAIOSFODNN7EXAMPLE",
                     "4111 1111 1111 1111", "MIIEpAIBAAKCAQEA"]
    assert not [v for v in secret_values if any(v in line for line in lines)]


def test_a_refused_file_never_reaches_the_site(project: Path) -> None:
    from kbgen.commands.build import build
    from kbgen.errors import KbError

    site = build(project / "mkdocs.yml", project / "site", strict=True)
    before = all_files(site)
    (project / TARGET).write_bytes((HOSTILE / "pasted-ticket.md").read_bytes())
    with pytest.raises(KbError):
        build(project / "mkdocs.yml", project / "site", strict=True)
    assert all_files(site) == before


def test_five_megabyte_article_fails_quickly(project: Path) -> None:
    (project / TARGET).write_text(article("Huge") + ("word " * 1_100_000))
    code, lines = check(project)
    assert code == 1
    assert f"{TARGET}:1: error: the file is 5.5 MB; articles are limited to 1 MB: split it into" \
           " several articles" in lines


def test_symlink_out_of_the_content_folder_is_refused(project: Path, tmp_path: Path) -> None:
    secret = tmp_path.parent / "outside-secret.txt"
    secret.write_text("root:x:0:0")
    os.symlink(secret, project / "content/articles/billing/notes.txt")
    code, lines = check(project)
    assert code == 1
    assert any(line.startswith("content/articles/billing/notes.txt: error: symbolic link to")
               and "MkDocs would publish it" in line for line in lines), lines


def test_path_traversal_photo_is_refused(project: Path) -> None:
    (project / "content/team").mkdir()
    shutil.copy(HOSTILE / "traversal-photo.yml", project / "content/team/mallory.yml")
    code, lines = check(project)
    assert code == 1
    assert ("content/team/mallory.yml:3: error: 'photo': '../../../etc/passwd' must be a file"
            " next to this one (no URL, no absolute path, no '..')") in lines[0]


DEFUSED = ["script-tag.md", "event-handler.md", "javascript-link.md", "iframe.md"]


@pytest.mark.parametrize("fixture", DEFUSED)
def test_unsafe_html_is_removed_and_reported(project: Path, fixture: str) -> None:
    from kbgen.commands.build import build

    (project / TARGET).write_bytes((HOSTILE / fixture).read_bytes())
    code, lines = check(project)
    assert code == 0 and any(": warning: " in line and "removed from the published page" in line
                             for line in lines), lines
    assert CliRunner().invoke(cli, ["check", "--strict"]).exit_code == 1
    site = build(project / "mkdocs.yml", project / "site", strict=False)
    html = (site / "articles/billing/case.html").read_text()
    body = between(html, '<article class="md-content__inner', "</article>")
    body = body.split('<section class="kb-feedback"')[0]  # the theme's own form comes last
    for bad in ("<script>alert", "onerror=", "onclick=", "javascript:", "data:image",
                "<iframe", "<form", "<input name", 'style="position'):
        assert bad not in body, bad


def test_harmless_html_survives(project: Path) -> None:
    from kbgen.commands.build import build

    (project / TARGET).write_bytes((HOSTILE / "harmless-html.md").read_bytes())
    code, lines = check(project)
    assert code == 0 and not [line for line in lines if "removed" in line]
    site = build(project / "mkdocs.yml", project / "site", strict=True)
    body = (site / "articles/billing/case.html").read_text()
    assert "<kbd>Ctrl</kbd>" in body and "<details>" in body and "<summary>More</summary>" in body
    assert "<br>" in body and re.search(r'<td align="right">\s*Reset\s*</td>', body)


def test_front_matter_is_escaped_everywhere(project: Path) -> None:
    from kbgen.commands.build import build

    (project / TARGET).write_bytes((HOSTILE / "script-title.md").read_bytes())
    site = build(project / "mkdocs.yml", project / "site", strict=True)
    for name, data in all_files(site).items():
        text = data.decode("utf-8", "replace")
        assert "<script>alert(1)" not in text, name
        attributes = {name for _, attrs in parse(text).tags for name in attrs}
        assert "onmouseover" not in attributes, name
    page = (site / "articles/billing/case.html").read_text()
    assert "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_internal_notes_and_tickets_never_reach_the_site(project: Path) -> None:
    from kbgen.commands.build import build

    (project / TARGET).write_bytes((HOSTILE / "internal-notes.md").read_bytes())
    site = build(project / "mkdocs.yml", project / "site", strict=True)
    for name, data in all_files(site).items():
        for text in (b"SECRET-NOTE-7741", b"Escalation path", b"HD-99881"):
            assert text not in data, (name, text)
    assert "Restart the hub." in (site / "articles/billing/case.html").read_text()


def test_internal_notes_show_in_serve_with_a_badge(project: Path) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    (project / TARGET).write_bytes((HOSTILE / "internal-notes.md").read_bytes())
    cfg = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "preview"))
    cfg.plugins.on_startup(command="serve", dirty=False)
    mkdocs_build(cfg, serve_url="http://127.0.0.1:8000/")
    page = (project / "preview/articles/billing/case.html").read_text()
    assert 'class="admonition internal"' in page and "SECRET-NOTE-7741" in page
    assert 'class="kb-internal-badge">Internal</span> Tickets: HD-99881' in page


def test_bom_and_crlf_files_build(project: Path) -> None:
    from kbgen.commands.build import build

    (project / TARGET).write_bytes((HOSTILE / "bom-crlf.md").read_bytes())
    assert check(project)[0] == 0
    site = build(project / "mkdocs.yml", project / "site", strict=True)
    assert re.search(r"<h1\b[^>]*>Bom and CRLF</h1>",
                     (site / "articles/billing/case.html").read_text())


def test_two_sources_for_one_url_are_refused(write_project: Callable[..., Path]) -> None:
    from kbgen.commands.build import build
    from kbgen.errors import KbError

    config = write_project({"content/articles/wifi/ok.md": article("Fine article"),
                            "content/faq.md": "# FAQ\n", "content/faq.html": "<p>old</p>"})
    result = CliRunner().invoke(cli, ["build", "-f", str(config), "-d",
                                      str(config.parent / "site")])
    assert result.exit_code == 1
    assert ("faq.md and faq.html would be published at the same address; rename or remove one"
            " of them") in result.output
    with pytest.raises(KbError):
        build(config, config.parent / "site", strict=True)

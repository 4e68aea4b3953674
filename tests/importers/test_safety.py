"""What `kbgen import` refuses or only reports: it never overwrites or duplicates content,
`--dry-run` writes nothing, and bad exports get a message naming the file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.helpers import all_files, hrefs
from tests.importers.conftest import EXPORTS


def test_dry_run_writes_nothing_and_reports_the_same(project: Path,
                                                     run_import: Callable[..., Any]) -> None:
    before = all_files(project)
    dry = run_import("--dry-run", str(EXPORTS / "zendesk"))
    assert dry.exit_code == 0, dry.output
    assert all_files(project) == before
    assert dry.output.startswith("Would import 7 articles from zendesk")
    assert dry.output.rstrip().endswith("Nothing was written (--dry-run).")
    assert "content/articles/sign-in/reset-your-password.md" in dry.output
    assert "kbgen-import-" not in dry.output  # no scratch path leaks into the report
    real = run_import(str(EXPORTS / "zendesk"))
    assert real.output.splitlines()[1:-1] == dry.output.splitlines()[1:-1]


def test_a_second_import_is_refused_and_writes_nothing(project: Path,
                                                       run_import: Callable[..., Any]) -> None:
    assert run_import(str(EXPORTS / "intercom")).exit_code == 0
    before = all_files(project)
    again = run_import(str(EXPORTS / "intercom"))
    assert again.exit_code == 1
    assert "nothing imported: the import would overwrite or duplicate existing content" \
        in again.output
    assert "articles/using-the-app/schedules-explained.md already has the old address" \
        " /en/articles/39-schedules-explained" in again.output
    assert all_files(project) == before


def test_names_never_clash_with_the_project_and_people_are_reused(
        project: Path, run_import: Callable[..., Any]) -> None:
    content = project / "content"
    existing = content / "articles/getting-started/firefox.md"
    shutil.copy(next((content / "articles").rglob("*.md")), existing)
    (content / "team").mkdir(exist_ok=True)
    (content / "team/maria.yml").write_text("name: Maria Gómez\nrole: Lead\n")
    (content / "team/maria-gomez.yml").write_text("name: Someone Else\nrole: Agent\n")
    before = existing.read_bytes()
    result = run_import(str(EXPORTS / "zendesk"))
    assert result.exit_code == 0, result.output
    assert existing.read_bytes() == before
    assert (content / "articles/browsers/firefox-browsers.md").is_file()
    assert (content / "articles/sign-in/firefox-sign-in.md").is_file()
    assert "author: maria\n" in (content / "articles/browsers/firefox-browsers.md").read_text()
    assert "0 draft team profiles" in result.output


def test_broken_json_names_the_file_and_line(tmp_path: Path,
                                            run_import: Callable[..., Any]) -> None:
    export = tmp_path / "export"
    shutil.copytree(EXPORTS / "zendesk", export)
    (export / "sections.json").write_text('{"sections": [\n  {"id": 1,}\n]}\n')
    result = run_import(str(export))
    assert result.exit_code == 1
    assert f"{export / 'sections.json'}:2: not JSON" in result.output


def test_an_unknown_export_says_how_to_choose(tmp_path: Path,
                                              run_import: Callable[..., Any]) -> None:
    (tmp_path / "data.json").write_text(json.dumps({"rows": [1, 2]}))
    result = run_import(str(tmp_path / "data.json"))
    assert result.exit_code == 1
    assert "is no export kbgen knows; say which with --from zendesk|freshdesk|helpscout|" \
           "intercom|markdown" in result.output
    wrong = run_import("--from", "freshdesk", str(EXPORTS / "zendesk"))
    assert wrong.exit_code == 1 and "no freshdesk articles found" in wrong.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no Markdown files" in run_import(str(empty)).output


def test_hostile_values_stay_text(tmp_path: Path, project: Path,
                                  run_import: Callable[..., Any]) -> None:
    export = tmp_path / "intercom"
    shutil.copytree(EXPORTS / "intercom", export)
    data = json.loads((export / "articles.json").read_text())
    data["data"][0]["title"] = "Reset\u202e now\n<script>alert(1)</script>"
    data["data"][0]["url"] = "https://evil.example//evil.example/x?next=//evil.example"
    data["data"][1]["url"] = "javascript:alert(1)"
    data["data"][1]["body"] = ("<p><a href=\"javascript:alert(1)\">click</a>"
                               "<img src=\"../../../../etc/passwd.png\"></p>")
    (export / "articles.json").write_text(json.dumps(data))
    result = run_import(str(export))
    assert result.exit_code == 0, result.output
    text = (project / "content/articles/using-the-app/reset-now-script-alert-1-script.md"
            ).read_text()
    assert "\u202e" not in text and "title: Reset now <script>alert(1)</script>\n" in text
    assert "redirect_from" not in text  # '//evil.example/x' is no path of this site
    assert "cannot be redirected" in result.output
    away = (project / "content/articles/using-the-app/turn-on-away-mode.md").read_text()
    assert "redirect_from" not in away and "passwd" not in away


def test_only_files_of_the_export_are_copied(tmp_path: Path, project: Path,
                                             run_import: Callable[..., Any]) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes((EXPORTS / "jekyll/images/router.png").read_bytes())
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "docs/outside.png").symlink_to(secret)
    (tmp_path / "private.md").write_text("---\ntitle: Private\n---\nNot for the site.\n")
    (site / "docs/linked.md").symlink_to(tmp_path / "private.md")
    (site / "docs/page.md").write_text("---\ntitle: Page\ndescription: A page.\n---\n"
                                       "![a](../../secret.png) ![b](outside.png)\n")
    result = run_import(str(site))
    assert result.exit_code == 0, result.output
    assert not (project / "content/assets/imported").exists()
    assert result.output.count("is not in the export") == 2
    assert not (project / "content/articles/docs/linked.md").exists()
    assert "Not for the site" not in "".join(
        p.read_text() for p in (project / "content/articles").rglob("*.md"))


def test_no_team_folder_is_started_under_existing_authors(project: Path,
                                                          run_import: Callable[..., Any]) -> None:
    shutil.rmtree(project / "content/team")
    assert any("author:" in p.read_text() for p in (project / "content/articles").rglob("*.md"))
    result = run_import(str(EXPORTS / "zendesk"))
    assert result.exit_code == 0, result.output
    assert not (project / "content/team").exists()
    assert "author Maria Gómez not kept: a team/ folder would make" in result.output


def test_a_hostile_zendesk_export(tmp_path: Path, project: Path,
                                  run_import: Callable[..., Any]) -> None:
    export = tmp_path / "zendesk"
    shutil.copytree(EXPORTS / "zendesk", export)
    sections = json.loads((export / "sections.json").read_text())
    sections["sections"][0]["name"] = "../../../passwd"
    sections["sections"][1]["html_url"] = "javascript:alert(1)"
    (export / "sections.json").write_text(json.dumps(sections))
    articles = json.loads((export / "articles.json").read_text())
    first = articles["articles"][0]
    first["body"] = ('<p>Hi <script>alert(1)</script><a href="JaVaScRiPt:alert(3)">click</a>'
                     ' <a href="data:text/html,x">data</a> <a href="vbscript:x">vb</a>'
                     ' <img src="x.png" onerror="alert(2)"></p><iframe src="https://evil.example/f">'
                     '</iframe>')
    first["author_id"] = 424242
    (export / "articles.json").write_text(json.dumps(articles))
    extra = {"users": [{"id": 424242, "name": "jane.doe@acme-corp.example.com"}]}
    (export / "more-users.json").write_text(json.dumps(extra))
    result = run_import(str(export))
    assert result.exit_code == 0, result.output
    text = (project / "content/articles/passwd/thermostat-shows-offline-after-a-router-change.md"
            ).read_text()
    body = text.split("---", 2)[2]
    assert "script" not in body.lower() and "alert" not in body and "onerror" not in body
    assert "Hi click data vb" in body
    assert "[Watch: video on evil.example](https://evil.example/f)" in body  # titled by host
    assert "author:" not in text and "jane.doe" not in text
    out = result.output
    assert "link to a javascript: address removed" in out and "link to a vbscript:" in out
    assert "author not kept: the export names them by an e-mail address only" in out
    assert "section 'Browsers': old address javascript:alert(1) not redirected: 'alert(1)' is" \
        " not a path" in out


def _zendesk_with(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    export = tmp_path / "zendesk"
    shutil.copytree(EXPORTS / "zendesk", export)
    articles = json.loads((export / "articles.json").read_text())
    change(articles)
    (export / "articles.json").write_text(json.dumps(articles))
    return export


def test_odd_values_in_an_export_are_reported_never_a_crash(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    def change(articles: dict[str, Any]) -> None:
        first, second, third = articles["articles"][:3]
        first["body"] = "<div>" * 3000 + "<p>Deep text</p>" + "</div>" * 3000
        second["updated_at"], second["created_at"] = 1e300, -1e18
        third["body"] = {"html": "<p>not text</p>"}
    result = run_import("--dry-run", str(_zendesk_with(tmp_path, change)))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    out = result.output
    assert "nested more than 100 levels deep: imported as plain text" in out
    assert "Deep text" not in out  # the text is in the file, not the summary
    assert "its body is not text (a dict)" in out


def test_deeply_nested_json_names_the_file(tmp_path: Path, project: Path,
                                           run_import: Callable[..., Any]) -> None:
    export = tmp_path / "zendesk"
    shutil.copytree(EXPORTS / "zendesk", export)
    (export / "more.json").write_text("[" * 100_000 + "]" * 100_000)
    result = run_import("--dry-run", str(export))
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    assert f"{export / 'more.json'}: nested too deeply to read" in result.output


def test_markup_the_old_page_showed_as_text_stays_text(tmp_path: Path, project: Path,
                                                       run_import: Callable[..., Any]) -> None:
    import markdown

    def change(articles: dict[str, Any]) -> None:
        articles["articles"][0]["body"] = (
            "<p>Paste &lt;script src=&quot;widget.js&quot;&gt;&lt;/script&gt; into your page;"
            " &lt;b&gt;bold&lt;/b&gt; is shown as typed, and so is &amp;lt;.</p>"
            '<p><a href="https://ok.example/">a](javascript:alert(3)) [b</a>'
            ' <img alt="q](javascript:alert(4))" src="missing.png"></p>'
            '<iframe title="x](javascript:alert(1)) [y" src="https://v.example/a"></iframe>'
            '<iframe title="&lt;img src=x onerror=alert(5)&gt;"'
            ' src="https://v.example/a) [x](javascript:alert(2)"></iframe>')
    result = run_import(str(_zendesk_with(tmp_path, change)))
    assert result.exit_code == 0, result.output
    text = (project / "content/articles/wi-fi/thermostat-shows-offline-after-a-router-change.md"
            ).read_text()
    body = text.split("---", 2)[2]
    html = markdown.markdown(body)
    assert "<script" not in html and "<b>" not in html
    assert "<img" not in html  # the text of links, frames' titles and images stays text
    assert hrefs(html) == ["https://ok.example/", "https://v.example/a",
                           "https://v.example/a%29%20%5Bx%5D%28javascript:alert%282%29"]
    assert "&lt;script src=\"widget.js\"&gt;&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt; is shown as typed, and so is &amp;lt;." in html
    assert 'summary: Paste <script src="widget.js"></script> into your page;' in text

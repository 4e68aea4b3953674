"""`kbgen reply` on a Japanese help centre gave the customer the article's address as its file
name (`.../wi-fiにつながらない.html`), where the build publishes it at its ASCII form
(`.../wi-finitsunagaranai.html`): the link in the e-mail led to "page not found", and so did
the links inside the steps. Every address in a reply is now a page the build wrote."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.helpers import run_cli

SITE_URL = "https://help.sakura.example/help/"


def test_every_address_of_a_reply_is_a_page_of_the_built_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    project = tmp_path / "help"
    made = CliRunner().invoke(cli, ["init", str(project), "--language", "ja",
                                    "--site-url", SITE_URL])
    assert made.exit_code == 0, made.output
    categories = project / "content/_data/categories.yml"
    categories.write_text(categories.read_text(encoding="utf-8") + (
        "camera:\n  title: カメラ\n  description: カメラの接続。\n  order: 4\n"), encoding="utf-8")
    (project / "content/articles/camera").mkdir()
    (project / "content/articles/camera/wi-fiにつながらない.md").write_text(
        "---\ntitle: カメラが Wi-Fi につながらない\n"
        "summary: アプリからカメラの Wi-Fi 設定をやり直してください。\nerrors: [ERR_WIFI_AUTH]\n"
        "status: published\n---\n\n## 解決方法\n\n1. アプリで **設定** を開きます。\n"
        "2. [パスワードの再設定](パスワードを忘れた.md) も確認してください。\n",
        encoding="utf-8")
    (project / "content/articles/camera/パスワードを忘れた.md").write_text(
        "---\ntitle: パスワードを忘れた\nsummary: 再設定用のメールを受け取れます。\n"
        "errors: [AUTH_401]\nstatus: published\n---\n\n## 解決方法\n\n1. メールを開きます。\n",
        encoding="utf-8")
    built = run_cli("build", cwd=project)
    assert built.returncode == 0, built.stderr
    reply = json.loads(run_cli("reply", "wi-fiにつながらない", "--json", cwd=project).stdout)
    addresses = {reply["url"], *re.findall(r"\((https://[^)\s]+)\)", reply["text"])}
    assert len(addresses) == 2, addresses
    for address in addresses:
        assert address.startswith(SITE_URL) and address.isascii(), address
        page = project / "site" / unquote(urlsplit(address).path[len("/help/"):])
        assert page.is_file(), address


def test_readers_answers_on_a_page_named_in_another_script_are_counted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`kbgen stats --analytics` read "Was this helpful?" answers by the page's file name, so
    the answers on `wi-finitsunagaranai.html` (where readers found it) counted for no article."""
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    project = tmp_path / "help"
    assert CliRunner().invoke(cli, ["init", str(project), "--language", "ja"]).exit_code == 0
    (project / "content/articles/account/wi-fiにつながらない.md").write_text(
        "---\ntitle: カメラが Wi-Fi につながらない\nsummary: 設定をやり直してください。\n"
        "errors: [ERR_WIFI_AUTH]\nstatus: published\n---\n\n## 解決方法\n\n1. 開きます。\n",
        encoding="utf-8")
    page = "articles/account/wi-finitsunagaranai.html"
    export = tmp_path / "goatcounter.csv"
    export.write_text(
        "2,Path,Title,Event,UserAgent,Browser,System,Session,Bot,Referrer,Referrer scheme,"
        "Screen size,Location,FirstVisit,Date\n"
        + "".join(f"2,helpful-{answer}:{page},Wi-Fi,true,,Chrome,Linux,s{n},0,,,,JP,false,"
                  "2026-12-01T10:00:00Z\n" for n, answer in enumerate(["yes", "yes", "no"])),
        encoding="utf-8")
    done = run_cli("stats", "--analytics", str(export), "--json", cwd=project)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["feedback"]["per_article"] == [
        {"name": "カメラが Wi-Fi につながらない", "yes": 2, "no": 1, "ratio": 0.67}]

"""kbgen's own sentences on Japanese, Chinese, Korean and Arabic pages, as a reader of each
reads them: lists with the language's separators and "and" (Babel's CLDR patterns), no space
after `。`, a link ending a sentence with the language's full stop, a label with its colon.
Two real builds of `kbgen init`'s site: one in Japanese only (contact and team pages), one in
English with ja, zh, ko and ar translations."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.helpers import run_cli

ARTICLE = "articles/account/password-reset-email-does-not-arrive.html"


def _init(root: Path, languages: str) -> Path:
    assert run_cli("init", str(root)).returncode == 0
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  kb:\n", f"  kb:\n    languages: [{languages}]\n", 1), encoding="utf-8")
    for name in ("content/_data/contact.yml", "content/team/first-agent.yml"):
        path = root / name
        path.write_text(path.read_text(encoding="utf-8").replace(
            "languages: [en]", "languages: [ja, en, fr]"), encoding="utf-8")
    return root


def _built(root: Path) -> Path:
    said = run_cli("build", cwd=root)
    assert said.returncode == 0, said.stderr
    return root / "site"


ISSUE = """known_issue:
  state: workaround
  since: 2026-11-30
  major: true
  errors: [SYNC_504, SYNC_505]
  workaround: サーモスタット本体で設定を変更してください
  fixed_in: 12月4日のサーバー更新
"""


@pytest.fixture(scope="module")
def japanese(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = _init(tmp_path_factory.mktemp("native") / "ja", "ja")
    source = root / "content/articles/account/password-reset-email-does-not-arrive.md"
    text = source.read_text(encoding="utf-8")
    (source.parent / "sync.md").write_text(text.replace(
        "title: Password reset e-mail does not arrive", "title: 同期が終わらない").replace(
        "status: published\n", "status: published\n" + ISSUE), encoding="utf-8")
    return _built(root)


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = _init(tmp_path_factory.mktemp("native") / "multi", "en, ja, zh, ko, ar")
    for code in ("ja", "zh", "ko", "ar"):
        folder = root / "translations" / code
        shutil.copytree(root / "content/articles", folder / "articles")
        shutil.copy(root / "content/index.md", folder / "index.md")
        (folder / "_data").mkdir()
        shutil.copy(root / "content/_data/categories.yml", folder / "_data/categories.yml")
    return _built(root)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_lists_on_a_japanese_site_are_joined_with_the_ideographic_comma(japanese: Path) -> None:
    contact = _read(japanese / "contact.html")
    assert 'kb-line__serves">対応言語：日本語、英語、フランス語。<' in contact
    assert "<dd>日本語、英語、フランス語</dd>" in _read(japanese / "team/first-agent.html")
    assert "対象：Web dashboard、Mobile app<" in _read(japanese / ARTICLE)


@pytest.mark.parametrize(("code", "languages", "applies"), [
    ("zh", None, "适用于：Web dashboard和Mobile app"),
    ("ko", None, "적용 대상: Web dashboard 및 Mobile app"),
    ("ar", None, "ينطبق على: Web dashboard وMobile app"),
    ("", "Japanese, English and French", "Applies to: Web dashboard and Mobile app")])
def test_lists_follow_each_languages_pattern(translated: Path, code: str,
                                             languages: str | None, applies: str) -> None:
    folder = translated / code if code else translated
    assert applies + "<" in _read(folder / ARTICLE)
    if languages:
        assert f"<dd>{languages}</dd>" in _read(folder / "team/first-agent.html")


@pytest.mark.parametrize("code", ["ja", "zh"])
def test_no_space_after_a_chinese_or_japanese_full_stop(translated: Path, code: str) -> None:
    summary = re.search(r'kb-summary">([^<]*)<', _read(translated / code / "status.html"))
    assert summary and "。 " not in summary.group(1)
    assert re.search(r"。(更新于 )?\d{4}年\d{1,2}月\d{1,2}日(に更新しました)?。$", summary.group(1))
    none = re.search(r'kb-status__none">(.*?)</p>', _read(translated / code / "status.html"))
    assert none and "。 " not in none.group(1)


def test_the_status_pages_date_reads_as_a_korean_sentence(translated: Path) -> None:
    summary = re.search(r'kb-summary">([^<]*)<', _read(translated / "ko" / "status.html"))
    assert summary and re.search(r"니다\. \d{4}년 \d{1,2}월 \d{1,2}일에 업데이트되었습니다\.$",
                                 summary.group(1)), summary


def test_a_known_issue_is_told_in_japanese_punctuation(japanese: Path) -> None:
    status = _read(japanese / "status.html")
    assert "エラーコード：<code>SYNC_504</code>、<code>SYNC_505</code>" in status, status
    assert re.search(r"<strong>[^<]*：</strong>サーモスタット", status)
    assert re.search(r"<strong>[^<]*：</strong>12月4日", status)
    banner = _read(japanese / "index.html")
    told = r"<strong>[^<]*：</strong><a [^>]*>同期が終わらない</a> · [^<.]*。[^<]*：サーモ"
    assert re.search(told, banner), re.findall(r"<strong>.{0,300}", banner)


def test_the_link_after_still_need_help_follows_the_japanese_sentence(japanese: Path) -> None:
    article = _read(japanese / ARTICLE)
    assert re.search(r'必要はありません。<a href="[^"]*contact\.html">[^<]*</a>。</p>', article)


@pytest.mark.parametrize(("code", "stop", "colon"), [
    ("ja", "。", "："), ("zh", "。", "："), ("ko", ".", ":"), ("ar", ".", ":"), ("", ".", ":")])
def test_a_link_ending_a_sentence_takes_the_languages_full_stop(
        translated: Path, code: str, stop: str, colon: str) -> None:
    folder = translated / code if code else translated
    missing = _read(folder / "404.html")
    assert re.search(r'status\.html">[^<]+</a>' + stop + "</p>", missing), code
    subscribe = _read(folder / "subscribe.html")
    gap = " " if colon == ":" else ""  # a full-width colon is its own space
    assert re.search("<li>[^<]+" + colon + gap + '<a href="[^"]*feed-issues\\.atom"', subscribe)
    assert not re.search(r"[\u3000-\u9fff]:", subscribe)  # no ASCII colon after CJK
    atom = _read(folder / "feed-issues.atom")
    assert re.search("<title>Example Ltd Help Centre" + colon + gap + "[^<]+</title>", atom)


def test_english_sentences_stay_spaced(translated: Path) -> None:
    status = _read(translated / "status.html")
    assert "when they were fixed. Updated " in status
    article = _read(translated / ARTICLE)
    assert re.search(r'explain it again\. <a href="[^"]*contact\.html">', article)

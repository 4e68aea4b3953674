"""Site languages beyond kbgen's catalogues: a Snowball language (Russian), CJK (Japanese,
Chinese, read in bigrams) and a right-to-left one (Arabic), built as one real site."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import run_cli, shipped_index, site_search

CATEGORIES = {"ru": "Оплата", "ja": "お支払い", "zh": "账单", "ar": "الفواتير", "he": "חיובים"}
ARTICLES = {  # (file, title, body) of each language
    "ru": [("sbros-parolya", "Сброс пароля", "Откройте настройки учётной записи и нажмите"
            " «Сбросить пароль». Письмо придёт на Wi-Fi роутер."),
           ("oplata", "Двойная оплата", "Если платёж списан дважды, мы вернём деньги.")],
    "ja": [("password", "パスワードの再設定", "設定画面でパスワードを再設定します。"
            "メールが届かない場合はサポートに連絡してください。"),
           ("payment", "二重請求", "支払いが二回請求された場合は返金します。"),
           ("wifi", "Wi-Fiの接続", "ルーターの設定を確認してください。"),
           ("henkin", "返金の手続き", "返金コード `<返金>` を入力すると、手続きが始まります。"),
           ("vpn", "ＶＰＮの接続", "ＶＰＮアプリを再起動してください。")],  # full width, as typed
    "zh": [("mima", "重置密码", "在账户设置中重置密码。如果没有收到邮件，请联系支持。"),
           ("fukuan", "重复付款", "如果付款被扣两次，我们会退款。"),
           ("wifi", "无线网络连接", "请检查路由器的设置。"),
           ("yanzheng", "兩步驟驗證", "請在帳戶設定中開啟兩步驟驗證，登入時輸入簡訊中的驗證碼。")],
    # Traditional (Taiwan), beside Simplified articles
    "ar": [("kalimat", "إعادة تعيين كلمة المرور", "افتح الإعدادات واضغط على إعادة التعيين."),
           ("dafa", "دفع مزدوج", "إذا تم الدفع مرتين سنعيد المبلغ.")],
    "he": [("sisma", "איפוס סיסמה", "פתחו את ההגדרות ולחצו על איפוס.")],
}
JAPANESE_QUERIES = ["パスワード", "再設定", "設定", "請求", "Wi-Fi 接続", "メール",
                    "ﾊﾟｽﾜｰﾄﾞ", "Ｗｉ－Ｆｉ", "vpn", "ＶＰＮ　接続"]
"""Half-width katakana and full-width Latin (an input method's) among them."""
CHINESE_QUERIES = ["密码", "重置密码", "付款", "设置", "无线网络", "退款", "验证", "密碼", "郵件"]
"""The last three: a Simplified query for a Traditional article, and the reverse."""


def world_project(root: Path) -> Path:
    files = {"mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    languages: [en, ru, ja, zh, ar, he]\n",
             "content/index.md": "# Home\n\n<!-- kb:search -->\n",
             "content/_data/categories.yml": MINI_CATEGORIES,
             "content/articles/billing/card-declined.md": article()}
    for code, items in ARTICLES.items():
        folder = f"translations/{code}"
        files[f"{folder}/index.md"] = "# " + CATEGORIES[code] + "\n\n<!-- kb:search -->\n"
        files[f"{folder}/_data/categories.yml"] = MINI_CATEGORIES.replace(
            "title: Billing", f"title: {CATEGORIES[code]}")
        for name, title, body in items:
            files[f"{folder}/articles/billing/{name}.md"] = article(
                title, extra="updated: 2026-08-30\n", body=f"## {title}\n\n{body}\n")
    write_files(root, files)
    return root / "mkdocs.yml"


@pytest.fixture(scope="module")
def world_site(world_build: tuple[Path, str]) -> Path:
    return world_build[0]


@pytest.mark.parametrize(("code", "lang", "direction"), [
    ("ru", "ru", "ltr"), ("ja", "ja", "ltr"), ("zh", "zh", "ltr"), ("ar", "ar", "rtl"),
    ("he", "he", "rtl")])
def test_each_language_builds_with_its_lang_and_direction(world_site: Path, code: str,
                                                          lang: str, direction: str) -> None:
    html = (world_site / code / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert re.search(f'<body dir="{direction}"', html)
    assert (world_site / code / "articles/billing" / f"{ARTICLES[code][0][0]}.html").is_file()


def test_russian_is_stemmed_and_ships_its_stemmer_only(world_site: Path) -> None:
    index = shipped_index(world_site / "ru")
    assert index["lang"] == "ru" and index["own"] == 1 and "stem" not in index
    assert "парол" in index["terms"] and "wi" in index["terms"]  # Latin words kept
    assert "учетн" in index["terms"]  # ё read as е
    assert site_search(world_site / "ru", "пароли")[0].endswith("sbros-parolya.html")
    assert site_search(world_site / "ru", "учетной записи")[0].endswith("sbros-parolya.html")
    vendor = "assets/javascripts/vendor/lunr-languages"
    assert sorted(p.name for p in (world_site / "ru" / vendor).iterdir()) == [
        "LICENSE", "lunr.ru.min.js", "lunr.stemmer.support.min.js"]
    for code in ("ja", "ar", "he"):  # no stemmer: nothing to load (ar, he: stop words only)
        assert not (world_site / code / vendor).exists(), code


def test_cjk_is_indexed_in_bigrams_and_found(world_site: Path) -> None:
    japanese, chinese = shipped_index(world_site / "ja"), shipped_index(world_site / "zh")
    assert japanese["stem"] == 0 and {"パス", "設定", "請求"} <= set(japanese["terms"])
    assert {"密码", "重置", "付款"} <= set(chinese["terms"])
    assert site_search(world_site / "ja", "パスワード")[0].endswith("password.html")
    assert site_search(world_site / "zh", "重置密码")[0].endswith("mima.html")
    assert site_search(world_site / "zh", "付款")[0].endswith("fukuan.html")
    for code, queries in (("ja", JAPANESE_QUERIES), ("zh", CHINESE_QUERIES)):
        assert all(site_search(world_site / code, query) for query in queries), code


def test_traditional_and_simplified_chinese_find_each_other(world_site: Path) -> None:
    chinese, japanese = world_site / "zh", world_site / "ja"
    assert site_search(chinese, "验证")[0].endswith("yanzheng.html")  # written 驗證
    assert site_search(chinese, "兩步驟")[0].endswith("yanzheng.html")  # as written
    assert site_search(chinese, "密碼")[0].endswith("mima.html")  # written 密码
    index = shipped_index(chinese)
    assert "验证" in index["terms"] and "驗證" not in index["terms"]
    letters = index["letters"]  # only what this index can match: a few dozen, not 4,000
    assert letters["驗"] == "验" and letters["碼"] == "码" and "廣" not in letters
    assert len(letters) < 100
    assert "letters" not in shipped_index(japanese)  # kanji are not Chinese of either script
    assert site_search(japanese, "设定") == []  # Simplified Chinese does not find 設定


def test_width_forms_are_read_as_the_characters_they_stand_for(world_site: Path) -> None:
    japanese = world_site / "ja"
    assert site_search(japanese, "ﾊﾟｽﾜｰﾄﾞ")[0].endswith("password.html")  # half-width kana
    assert site_search(japanese, "Ｗｉ－Ｆｉ")[0].endswith("wifi.html")  # full-width Latin
    assert site_search(japanese, "vpn")[0].endswith("vpn.html")  # a page written full width
    assert "vpn" in shipped_index(japanese)["terms"]


def test_arabic_is_found_as_written_with_material_in_arabic(world_site: Path) -> None:
    assert site_search(world_site / "ar", "كلمة المرور")[0].endswith("kalimat.html")
    html = (world_site / "ar" / "index.html").read_text(encoding="utf-8")
    assert "بحث" in html  # Material's own "Search" in Arabic


def test_kbgen_speaks_each_language_it_has_a_catalogue_for(
        world_build: tuple[Path, str]) -> None:
    site, said = world_build
    helpful = {"ru": "Статья помогла?", "ja": "この記事は役に立ちましたか？",
               "ar": "هل كان هذا مفيدًا؟", "zh": "这篇文章有帮助吗？"}
    for code, question in helpful.items():
        html = (site / code / "articles/billing" / f"{ARTICLES[code][0][0]}.html").read_text(
            encoding="utf-8")
        assert question in html and "Was this" not in html, code
        assert f"theme.language '{code}'" not in said
    dates = {code: re.findall(r'<time datetime="2026-08-30">([^<]*)<', (
        site / code / "articles/billing" / f"{ARTICLES[code][1][0]}.html").read_text(
            encoding="utf-8")) for code in ("ja", "ru")}
    assert dates["ja"][0] == "2026年8月30日" and dates["ru"][0] == "30 августа 2026\u202fг."


def test_a_language_without_catalogue_says_how_to_word_kbgen(
        world_build: tuple[Path, str]) -> None:
    site, said = world_build
    assert "kbgen has no catalogue for theme.language 'he'" in said, said
    html = (site / "he" / "articles/billing/sisma.html").read_text(encoding="utf-8")
    assert "Was this" in html  # kbgen's own text in English, as the note says
    # isolated left to right on the right-to-left page, in text and in the scripts' texts
    assert '<h2 id="kb-feedback-title" class="kb-feedback__title">\u2066Was this helpful?' \
           '\u2069</h2>' in html
    assert '&#34;Search&#34;:&#34;\u2066Search\u2069&#34;' in html
    russian = (site / "ru" / "index.html").read_text(encoding="utf-8")
    assert "\u2066" not in russian  # a page with a catalogue is as translated


@pytest.mark.parametrize(("code", "lang"), [
    ("", "en"), ("ru", "ru"), ("ja", "ja"), ("zh", "zh"), ("ar", "ar"), ("he", "he")])
def test_each_languages_feeds_say_their_language(world_site: Path, code: str,
                                                 lang: str) -> None:
    folder = world_site / code if code else world_site
    for name in ("feed-articles", "feed-issues", "feed-articles-billing"):
        document = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        assert document["language"] == lang, name
        atom = (folder / f"{name}.atom").read_text(encoding="utf-8")
        assert re.search(r'<feed [^>]*xml:lang="' + lang + '"', atom), name


CJK_EXCERPTS = [("ja", "再設定", ["再設定"]), ("ja", "返金", ["返金", "返金"]),
                ("ja", "vpn", ["ＶＰＮ", "ＶＰＮ"]), ("ja", "ﾒｰﾙ", ["メール"]),
                ("ja", "メール", ["メール"]), ("zh", "邮件", ["邮件"]), ("zh", "退款", ["退款"]),
                ("zh", "验证", ["驗證"]), ("zh", "郵件", ["邮件"])]
"""Query, and the characters its first result's excerpt marks (each run of them once)."""


def excerpt_html(parts: list[tuple[str, bool]]) -> str:
    """Excerpt pieces as the worker writes them: escaped, matched ones in `<mark>`."""
    return "".join(f"<mark>{html.escape(text, quote=False)}</mark>" if matched
                   else html.escape(text, quote=False) for text, matched in parts)


@pytest.mark.parametrize(("code", "query", "marked"), CJK_EXCERPTS)
def test_kbgen_search_marks_the_matched_characters_of_cjk_excerpts(
        world_site: Path, code: str, query: str, marked: list[str]) -> None:
    said = run_cli("search", "--json", "-l", code, query, cwd=world_site.parent)
    assert said.returncode == 0, said.stderr
    first = json.loads(said.stdout)[0]
    assert re.findall(r"\*\*(.+?)\*\*", first["excerpt"]) == marked, first["excerpt"]


@pytest.mark.parametrize(("code", "queries"), [("ja", JAPANESE_QUERIES),
                                                ("zh", CHINESE_QUERIES)])
def test_kbgen_search_ranks_cjk_as_the_site_does(world_site: Path, code: str,
                                                 queries: list[str]) -> None:
    for query in queries:
        said = run_cli("search", "--json", "-l", code, query, cwd=world_site.parent)
        assert said.returncode == 0, said.stderr
        slugs = [hit["slug"] for hit in json.loads(said.stdout)][:5]
        assert slugs and slugs == [location.rsplit("/", 1)[-1].removesuffix(".html")
                                   for location in site_search(world_site / code, query)], query

"""A help centre in one language other than English, as a new user makes it from README:
`kbgen init`'s `theme.language: en` left as it is, `extra.kb.languages: [ru]` (or zh) set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.helpers import run_cli

INIT_THEME = "theme:\n  name: material\n  language: en\n  font: false\n"


def one_language_project(root: Path, code: str, articles: dict[str, str]) -> Path:
    config = MINI_CONFIG.replace("theme:\n  name: material\n  font: false\n", INIT_THEME)
    assert INIT_THEME in config
    files = {"mkdocs.yml": config + f"extra:\n  kb:\n    languages: [{code}]\n",
             "content/index.md": "# Home\n\n<!-- kb:search -->\n",
             "content/_data/categories.yml": MINI_CATEGORIES}
    files.update({f"content/articles/billing/{name}.md": text
                  for name, text in articles.items()})
    write_files(root, files)
    return root


def page(title: str, summary: str, symptom: str, body: str) -> str:
    return (f"---\ntitle: {title}\nsummary: {summary}\nstatus: published\n"
            f"updated: 2026-08-30\nsymptoms: [{symptom}]\n---\n\n## {title}\n\n{body}\n")


RUSSIAN = {"vozvrat": page("Возврат денег", "Деньги вернутся за неделю.", "не вернули деньги",
                           "Отмените подписку."),
           "schet": page("Скачать счёт", "Счета лежат в разделе «Оплата».", "нет счёта",
                         "Нажмите «Скачать».")}


@pytest.fixture(scope="module")
def russian_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = one_language_project(tmp_path_factory.mktemp("ru"), "ru", RUSSIAN)
    built = run_cli("build", cwd=root)
    assert built.returncode == 0, built.stderr
    return root / "site"


@pytest.mark.parametrize("path", ["index.html", "articles/billing/vozvrat.html"])
def test_the_theme_follows_the_one_language(russian_site: Path, path: str) -> None:
    html = (russian_site / path).read_text(encoding="utf-8")
    assert '<html lang="ru"' in html  # init's `theme.language: en` no longer wins
    assert 'placeholder="Поиск"' in html  # Material's interface in Russian


def test_dates_are_written_in_the_language(russian_site: Path) -> None:
    html = (russian_site / "articles/billing/vozvrat.html").read_text(encoding="utf-8")
    assert "30 августа 2026" in html


CHINESE = {  # different problems that share only a Latin word, and two alike
    "wifi-mima": page("Wi-Fi 密码", "在路由器背面找到无线网络的密码。", "找不到无线网络密码",
                      "查看路由器。"),
    "wifi-sudu": page("Wi-Fi 速度慢", "把路由器放在房间中央可以提高速度。", "网速很慢",
                      "移动路由器。"),
    "tuikuan": page("申请退款", "取消订阅后七天内退款到银行卡。", "没有收到退款",
                    "联系我们。"),
    "tuikuan-2": page("如何申请退款", "取消订阅后七天内退款到银行卡。", "没有收到退款",
                      "写信给我们。"),
}


def test_duplicates_are_found_by_the_words_of_the_language(tmp_path: Path) -> None:
    root = one_language_project(tmp_path, "zh", CHINESE)
    checked = run_cli("check", cwd=root)
    said = checked.stdout + checked.stderr
    lines = [line for line in said.splitlines() if "likely duplicate" in line]
    assert len(lines) == 1, said  # not the two Wi-Fi pages (were "1.00")
    assert "tuikuan" in lines[0] and "wifi" not in lines[0]


def test_a_site_in_a_language_by_its_theme_alone_searches_in_it(tmp_path: Path) -> None:
    """`theme.language: ru` and no `languages`: the site's search (built index and
    `kbgen search`) reads words as Russian, so an inflected form finds its article."""
    root = one_language_project(tmp_path, "ru", RUSSIAN)
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("extra:\n  kb:\n    languages: [ru]\n", "")
    config.write_text(text.replace("  language: en\n", "  language: ru\n"), encoding="utf-8")
    built = run_cli("build", cwd=root)
    assert built.returncode == 0, built.stderr
    stemmers = root / "site/assets/javascripts/vendor/lunr-languages"
    assert (stemmers / "lunr.ru.min.js").exists()  # the worker stems Russian too
    found = run_cli("search", "возврата", cwd=root)  # the title says "Возврат"
    assert found.returncode == 0, found.stderr
    assert "vozvrat" in found.stdout

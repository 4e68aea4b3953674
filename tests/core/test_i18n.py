"""The translator: catalogues, the site's wording, formats, language codes and slugs
(table-driven, no MkDocs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kbgen.core.i18n import Translator, language_code, override_problems, overrides_for
from kbgen.core.slugs import ascii_slug, is_slug, unicode_slug, url_slug


@pytest.mark.parametrize("language, locale, message, date, time, monday", [
    ("en", None, "Still need help?", "30 August 2026", "20:00", "Monday"),
    ("en", "en_US", "Still need help?", "August 30, 2026", "8:00\u202fPM", "Monday"),
    ("de", None, "Brauchen Sie noch Hilfe?", "30. August 2026", "20:00", "Montag"),
    ("fr", None, "Besoin d’aide supplémentaire ?", "30 août 2026", "20:00", "Lundi"),
    ("es", None, "¿Todavía necesita ayuda?", "30 de agosto de 2026", "20:00", "Lunes"),
    ("pt-BR", None, "Ainda precisa de ajuda?", "30 de agosto de 2026", "20:00",
     "Segunda-feira"),
    ("ru", None, "Всё ещё нужна помощь?", "30 августа 2026\u202fг.", "20:00", "Понедельник"),
    ("ja", None, "まだ解決しませんか？", "2026年8月30日", "20:00", "月曜日"),
    ("ar", None, "هل ما زلت بحاجة إلى مساعدة؟", "30 أغسطس 2026", "8:00 م", "الاثنين"),
    ("zh", None, "仍需帮助？", "2026年8月30日", "20:00", "星期一"),
    ("zh-TW", None, "Still need help?", "2026年8月30日", "晚上8:00", "星期一"),  # no catalogue
    ("ko", None, "도움이 더 필요하신가요?", "2026년 8월 30일", "오후 8:00", "월요일"),
    ("it", None, "Le serve ancora aiuto?", "30 agosto 2026", "20:00", "Lunedì"),
    ("nl", None, "Nog steeds hulp nodig?", "30 augustus 2026", "20:00", "Maandag"),
    ("pl", None, "Nadal potrzebujesz pomocy?", "30 sierpnia 2026", "20:00", "Poniedziałek"),
    ("tr", None, "Hâlâ yardıma mı ihtiyacınız var?", "30 Ağustos 2026", "20:00", "Pazartesi"),
    ("fi", None, "Still need help?", "30. elokuuta 2026", "20.00", "Maanantai"),  # no catalogue
])
def test_text_and_formats_follow_the_language(language: str, locale: str | None, message: str,
                                               date: str, time: str, monday: str) -> None:
    tr = Translator(language, locale)
    assert tr.gettext("Still need help?") == message
    assert tr.date(dt.date(2026, 8, 30)) == date
    assert tr.time(20 * 60) == time
    assert tr.weekday(0) == monday
    assert tr.has_catalogue is (language not in ("fi", "zh-TW"))


def test_plurals_follow_the_languages_rules() -> None:
    fr, de = Translator("fr"), Translator("de")
    assert fr.ngettext("%(num)d article", "%(num)d articles", 0) % {"num": 0} == "0 article"
    assert de.ngettext("%(num)d article", "%(num)d articles", 0) % {"num": 0} == "0 Artikel"
    assert fr.ngettext("%(num)d article", "%(num)d articles", 2) % {"num": 2} == "2 articles"
    forms = {"ru": ["1 статья", "3 статьи", "5 статей", "21 статья", "12 статей"],
             "pl": ["1 artykuł", "3 artykuły", "5 artykułów", "21 artykułów", "12 artykułów"],
             "ar": ["مقال واحد", "3 مقالات", "5 مقالات", "21 مقالًا", "مقالان"],
             "ja": ["1 件の記事", "3 件の記事", "5 件の記事", "21 件の記事", "12 件の記事"]}
    for language, said in forms.items():
        tr = Translator(language)
        counts = (1, 3, 5, 21, 2 if language == "ar" else 12)
        assert [tr.ngettext("%(num)d article", "%(num)d articles", n) % {"num": n}
                for n in counts] == said, language


def test_the_sites_wording_for_its_language() -> None:
    messages = {"Still need help?": "Questions?",
                "Who is who": {"de": "Das Team", "pt": "A equipa"}}
    assert overrides_for(messages, "pt-BR") == {"Still need help?": "Questions?",
                                                 "Who is who": "A equipa"}
    tr = Translator("de", overrides=overrides_for(messages, "de"))
    assert (tr.gettext("Who is who"), tr.gettext("Tags")) == ("Das Team", "Schlagwörter")
    assert override_problems(messages) == []


@pytest.mark.parametrize("value, code", [
    ("de", "de"), ("pt-BR", "pt-BR"), ("pt_BR", "pt-BR"), ("zh-Hant", "zh-Hant"),
    ("German", "de"), ("english", "en"), ("Mandarin", "zh"), ("tlh", "tlh"),
])
def test_languages_are_read_as_codes(value: str, code: str) -> None:
    assert language_code(value) == code


@pytest.mark.parametrize("value", ["xx", "Elvish", "<b>de</b>", "", "de-"])
def test_anything_else_is_not_a_language(value: str) -> None:
    with pytest.raises(ValueError, match="is not a language"):
        language_code(value)


@pytest.mark.parametrize("code, page, name", [
    ("de", "de", "Deutsch"), ("de", "fr", "allemand"), ("pt-BR", "en", "Portuguese (Brazil)"),
    ("tlh", "en", "Klingon"),
])
def test_language_names_in_the_pages_language(code: str, page: str, name: str) -> None:
    assert Translator(page).language_name(code) == name


@pytest.mark.parametrize("title, file_name, address", [
    ("Can't sign in after changing e-mail!", "cant-sign-in-after-changing-e-mail",
     "cant-sign-in-after-changing-e-mail"),
    ("Überweisung fehlgeschlagen", "überweisung-fehlgeschlagen", "uberweisung-fehlgeschlagen"),
    ("Ошибка входа", "ошибка-входа", "oshibka-vkhoda"),
    ("ログインできない", "ログインできない", "roguindekinai"),
    ("Café — l’appli plante", "café-lappli-plante", "cafe-lappli-plante"),
])
def test_slugs_in_any_script(title: str, file_name: str, address: str) -> None:
    assert unicode_slug(title) == file_name and is_slug(file_name)
    assert url_slug(file_name) == address == ascii_slug(title.replace("’", ""))


def test_a_decomposed_name_is_the_same_slug() -> None:
    assert is_slug("u\u0308berweisung") and url_slug("u\u0308berweisung") == "uberweisung"
    assert not is_slug("Überweisung") and not is_slug("a--b") and not is_slug("a_b")


def test_a_catalogue_is_parsed_once_per_process_while_its_bytes_stay_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each build makes two translators: the second reads the catalogue compiled by the
    first; an edited catalogue is read again, never served stale."""
    from kbgen.core import i18n

    parsed: list[str] = []
    read_po = i18n.read_po
    monkeypatch.setattr(i18n, "read_po", lambda handle, **kwargs: (
        parsed.append("read"), read_po(handle, **kwargs))[1])
    catalogue = tmp_path / "de/LC_MESSAGES/kbgen.po"
    catalogue.parent.mkdir(parents=True)

    def saved(wording: str) -> None:
        catalogue.write_text(f'# {tmp_path}\nmsgid "Still need help?"\nmsgstr "{wording}"\n',
                             encoding="utf-8")

    saved("Noch Fragen?")
    first, second = (Translator("de", locale_dir=tmp_path) for _ in range(2))
    assert first.gettext("Still need help?") == second.gettext("Still need help?") == (
        "Noch Fragen?")
    assert parsed == ["read"]
    saved("Brauchen Sie noch Hilfe?")
    assert Translator("de", locale_dir=tmp_path).gettext("Still need help?") == (
        "Brauchen Sie noch Hilfe?")
    assert parsed == ["read", "read"]

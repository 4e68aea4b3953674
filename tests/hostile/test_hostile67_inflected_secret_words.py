"""Hostile round 24 (issue 19): a password after its word inflected or with words between, in
languages that decline it (Finnish cases and chained genitives, Turkish possessive suffixes,
Hungarian, Estonian), which main published; read in
kbgen/core/privacy/inflected_secret_words.py. The leaks are also rows `hostile67: inflected
…` of bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, scan

F = "```"

REFUSE: dict[str, str] = {
    "finnish synonym, quoted": "> Mikon kotireitittimen tunnussana on Kissa2024koira",
    "finnish translative": "Mikon kotireitittimen salasanaksi vaihdettiin Kissa2024koira",
    "finnish words between": "Mikon kotireitittimen salasana oli viikon ajan Kissa2024koira",
    "finnish possessive": "Asiakas kertoi: salasanani on Talvi2025lumi, voitteko auttaa?",
    "finnish adessive": "Kirjauduin salasanalla Mökki#2023 ja se toimi.",
    "finnish essive": "Annoin salasanana Kesä1987! mutta se hylättiin.",
    "finnish genitive chain": "Liisan työkoneen pääsykoodiksi asetettiin Pk4477zz",
    "finnish table": ("| Asiakas | Huom. |\n|---|---|\n"
                      "| Mikko | salasanaksi vaihdettu Kissa2024koira |"),
    "finnish code fence": F + "\n# Mikon salasanaksi asetettu Kissa2024koira\n" + F,
    "finnish html": "<p>Reitittimen tunnussanaksi annettiin <b>Kissa2024koira</b>.</p>",
    "turkish possessive": "Mehmet'in ev modeminin şifresi Kedi2024kopek",
    "turkish my": "> Müşteri: şifrem Ankara06bjk, neden giriş yapamıyorum?",
    "turkish accusative": "Şifresini Istanbul34fb olarak değiştirdi.",
    "turkish parola": "Ayşe'nin e-posta parolası Deniz2024mavi",
    "turkish ascii": "modemin sifresi Kedi2024kopek imis",
    "hungarian": "Péter otthoni routerének jelszavát Macska2024 értékre állította.",
    "hungarian my": "Az új jelszavam Tavasz#2025, kérem állítsák vissza.",
    "estonian": "Mardi ruuteri parooliks määrati Kass2024koer",
    "front matter": ("---\ntitle: Reititin\nhuom: \"salasanaksi vaihdettu Kissa2024koira\"\n"
                     "---\nOK."),
    "list item": "- Asiakkaan salasanaksi vaihdettiin Lumi!2024",
    "customer's message": "Asiakas kirjoitti: \"vaihdoin tunnussanaksi Kissa2024koira eilen\"",
}
"""Leaks: a finding of a password or secret."""

PUBLISH: dict[str, str] = {
    "finnish length": "Salasanan on oltava vähintään 12 merkkiä pitkä.",
    "finnish count": "Salasanaksi kelpaa 8-64 merkkiä.",
    "finnish field": "Kirjoita salasanasi kenttään ja paina OK.",
    "finnish placeholder": "Salasanaksi asetetaan <salasana> asennuksen aikana.",
    "finnish mask": "Salasanasi näkyy muodossa ********.",
    "turkish length": "Şifreniz en az 8 karakter olmalı.",
    "turkish menu": "Şifrenizi Ayarlar > Güvenlik bölümünden değiştirin.",
    "turkish mail": "Parolanızı sıfırlamak için destek@ornek.com adresine yazın.",
    "turkish url": "Şifrenizi https://ornek.com/sifre adresinden yenileyin.",
    "hungarian field": "Adja meg a jelszavát a mezőben.",
    "estonian field": "Sisestage oma parool väljale.",
    "finnish wifi standard": "Salasanan suojaus on WPA2 tai WPA3.",
    "italian parola": "La parola chiave è importante per la ricerca.",
    "finnish example": "Salasanaksi käy esimerkiksi Kissa2024koira.",
    "romanian alternatives": "`temporary password` se referă la parola temporară/one-time.",
}
"""A rule, a field, a stand-in, another meaning: no password."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_inflected_word_password_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_password_after_the_word_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD not in kinds[name]

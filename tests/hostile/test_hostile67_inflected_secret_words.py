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
    "turkish plural passwords": "Şifreleri Kedi2024kopek olarak değiştirildi.",
    "turkish possessive after derived": "Şifreleme açık, modemin şifresi Kedi2024kopek.",
    "finnish plural": "Salasanat ovat Kissa2024koira ja Koira2024kissa.",
    "turkish password with at": "Şifrem kedi@2024kopek olarak kaydedildi.",
    "finnish letters then digits": "Mikon salasanaksi vaihdettiin Sommer2024.",
    "hungarian possessive": "A jelszavam Macska2024kutya lett.",
    "turkish parola possessive": "Router parolası Deniz2024mavi olarak ayarlandı.",
    "estonian translative": "Uueks parooliks sai Kass2024koer.",
    "turkish field": "Şifre alanına Kedi2024kopek yazıldı.",
    "finnish algorithm-like prefix": "Salasanaksi vaihdettiin Shark2024!",
    "turkish words joined by at": "Şifrem kedi@kopek olarak kaydedildi.",
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
    "turkish encryption": "Şifreleme AES-256 ile yapılır ve anahtar cihazda kalır.",
    "turkish encrypted": "Yedekler şifrelenmiş olarak TLS1.3 üzerinden gönderilir.",
    "turkish cipher": "Şifreleme algoritması ChaCha20-Poly1305 olarak ayarlanabilir.",
    "turkish encrypt verb": "Dosyayı şifreleyin: AES-128-GCM kullanılır.",
    "turkish password-protected": "Şifreli bağlantı WPA3-SAE2 değil, WPA2-PSK kullanır.",
    "turkish passwordless": "Şifresiz ağlar 802.11n üzerinden açılır.",
    "turkish parola derived": "Parolalı arşivler AES-256 ile korunur.",
    "finnish hash": "Salasanat tallennetaan SHA-256 -tiivisteinä.",
    "finnish argon": "Salasanat tiivistetään Argon2id -algoritmilla.",
    "finnish without password": "Salasanaton kirjautuminen käyttää FIDO2-avaimia.",
    "hungarian with password": "A jelszavas védelem AES-256 titkosítást használ.",
    "turkish email stand-in": "Şifre alanına e-posta@adresinizi değil, şifrenizi yazın.",
    "finnish email stand-in": "Salasanakenttään ei kirjoiteta sähkö-posti@osoitetta.",
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

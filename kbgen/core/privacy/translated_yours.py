"""A stand-in written in another language than English (issue 19, branches star67, fixstar67):
`apiKey: 'DEIN_SUCH_API_SCHLÜSSEL'`, `'VOTRE_CLE_API_DE_RECHERCHE'`, `'TU_LLAVE_DE_API'`.

`YOUR_SEARCH_API_KEY` is a placeholder, but a translated page's `DEIN_…`, `VOTRE_…` or `TU_…`
was a password, so a site publishing its German, French or Spanish pages was refused where its
English one built (Starlight's own docs).

A translated stand-in has the shape of the English one: a second person's possessive as its
first word (after an article in Italian or Portuguese; last where the language puts it after
the noun: Indonesian `KUNCI_API_ANDA`), then words parted by `_`, `-`, `.` or spaces, in
capitals, no digit and no sign. The possessive and the shape are not enough (rev67: a
passphrase of capital words is a normal password, `TA-MAISON-BLEUE-JAUNE`, and `ton`, `su`,
`din` are common words): as English's stand-in describes its value (`your-api-key`, not
`your-sunflower-key`: kbgen.core.stand_in_words), the stand-in must name what it stands for in
its possessive's language (a key, password, token, name, address, id: `SCHLÜSSEL`, `CLE`,
`LLAVE`) and every other word must be one that describes such a field (`API`, `RECHERCHE`,
`GEHEIME`) or joins them (`DE`): `TU-LLAVE-VERDE-ROJA` names a key but holds words of its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from kbgen.core.normalize import CONFUSABLES


@dataclass(frozen=True)
class Language:
    """The words a stand-in is written with in one language."""

    possessives: str
    """`your` (before the noun, or after it where `trailing`)."""
    nouns: str
    """What the stand-in stands for: a key, password, token, secret, name, address, id."""
    describing: str
    """Words that say which (`API`, `RECHERCHE`, `GEHEIME`) or join (`DE`, `FÜR`)."""
    trailing: bool = False


LANGUAGES = {
    "de": Language(
        "dein deine deinen deinem deiner deines ihr ihre ihren ihrem ihrer ihres",
        "schlüssel schluessel passwort kennwort token geheimnis name benutzername adresse "
        "kennung domain nummer code zugangsdaten zugangsschlüssel apischlüssel",
        "such suche geheim geheime geheimen geheimer geheimes privat private privaten "
        "privater öffentlicher öffentliche zugangs zugriffs anwendungs app konto benutzer "
        "mail e für der die das des von zum zur datenbank server admin projekt eigene eigener "
        "eigenen hier"),
    "fr": Language(
        "votre vos ton ta tes",
        "cle clé clef mot passe jeton secret nom adresse identifiant code domaine numero numéro",
        "de d du des la le l a à pour api recherche acces accès application utilisateur compte "
        "privee privée prive privé secrete secrète publique public serveur base donnees données "
        "admin courriel e mail projet ici"),
    "es": Language(
        "tu tus su sus",
        "llave clave contraseña contrasena token secreto nombre direccion dirección "
        "identificador codigo código dominio numero número",
        "de del la el para api aplicacion aplicación busqueda búsqueda indice índice acceso "
        "usuario cuenta privada secreta publica pública servidor base datos correo admin "
        "proyecto aqui aquí"),
    "it": Language(
        "tuo tua tuoi tue vostro vostra vostri vostre",
        "chiave password token segreto nome indirizzo codice dominio numero",
        "di del della dell per da api ricerca accesso applicazione utente account privata "
        "segreta pubblica server database indice admin progetto qui qua"),
    "pt": Language(
        "seu sua seus suas teu teus tua tuas vosso vossa",
        "chave senha token segredo nome endereco endereço codigo código dominio domínio numero "
        "número",
        "de do da dos das para api acesso pesquisa busca aplicativo aplicacao aplicação "
        "usuario usuário utilizador conta privada secreta publica pública servidor banco dados "
        "indice índice admin projeto aqui"),
    "nl": Language(
        "jouw uw",
        "sleutel wachtwoord token geheim naam adres code domein nummer",
        "geheime api zoek zoeksleutel toegangs app gebruikers gebruiker account privé prive "
        "publieke server database van voor de het hier"),
    "nordic": Language(
        "din ditt dina dine dit jeres deres",
        "nyckel nøgle nøkkel nokkel lösenord losenord passord adgangskode token hemlighet "
        "hemmelighed namn navn adress adresse kod kode",
        "hemliga hemmelige hemmelig api sök sok søg søk app användar bruger bruker konto server "
        "databas database för for til här har her"),
    "pl": Language(
        "twoj twój twoja twoje wasz wasza wasze",
        "klucz hasło haslo token sekret nazwa adres kod identyfikator",
        "api tajny prywatny wyszukiwania dostepu dostępu aplikacji uzytkownika użytkownika "
        "konta serwera bazy danych tutaj"),
    "cs": Language(
        "tvuj tvůj tvoje váš vaš vase vaše tvoj tvoja",
        "klíč klic kľúč heslo token tajemství nazev název jméno meno adresa kód kod",
        "api tajny tajný tajne soukromy soukromý vyhledavani vyhledávání pristupovy přístupový "
        "aplikace uzivatele uživatele serveru sem zde"),
    "ru": Language(
        "ваш ваша ваше ваши твой твоя твоё твое твои твій твою",
        "ключ пароль токен секрет имя адрес код логин",
        "api секретный поиска доступа приложения пользователя сервера базы данных для здесь сюда"),
    "tr": Language(
        "senin sizin",
        "anahtar anahtarin anahtarın anahtariniz anahtarınız sifre şifre sifren şifren "
        "sifreniz şifreniz parola parolan parolanız parolaniz token tokenin tokeniniz ad adin "
        "adın adiniz adınız adres adresin adresiniz kimlik kimliginiz kimliğiniz",
        "api gizli erisim erişim arama uygulama kullanici kullanıcı buraya"),
    "fi": Language(
        "sinun teidän",
        "avain avaimesi avaimenne salasana salasanasi tunnus tunnuksesi token nimi nimesi "
        "osoite osoitteesi",
        "api salainen haku sovellus sovelluksen käyttäjä kayttaja tähän tahan"),
    "id": Language(
        "anda kamu mu awak",
        "kunci kata sandi laluan token rahasia rahsia nama alamat kode kod",
        "api aplikasi akses pencarian carian pengguna akun akaun server pelayan rahasia "
        "disini sini",
        trailing=True),
}
"""The languages a translated stand-in is read in (German, French, Spanish, Italian, Portuguese,
Dutch, the Nordic ones, Polish, Czech and Slovak, Russian and Ukrainian, Turkish, Finnish,
Indonesian and Malay)."""

INSTRUCTIONS = {
    "de": "siehe sieh angeben eintragen einfügen einfuegen ersetzen einsetzen nachschlagen",
    "fr": "voir voyez indiquer saisir saisissez remplacer remplacez insérer inserer",
    "es": "ver vea indicar introducir introduzca reemplazar reemplaza sustituir consultar",
    "it": "vedi vedere veda inserire inserisci indicare sostituire sostituisci consultare",
    "pt": "ver veja inserir insira indicar substituir substitua consultar",
    "nl": "zie invullen vervangen invoeren",
}
"""Verbs by which a stand-in asks for its value or says where it is, as English's `see-the-docs`
and `REPLACE_ME` do (kbgen.core.privacy.passphrases.THING_WORDS' `replace`, `insert`, `enter`),
in the languages the gate reads stand-ins in: `IN_DER_DATEI_ANGEBEN` (give it in the file),
`siehe-in-der-doku` (see the docs), `voir-la-documentation`. An instruction opens with its verb
or ends with it (German's infinitive): a verb inside (`voy-a-ver-el-mar`) is a word of a
passphrase."""


def translated_instruction(words: list[str]) -> bool:
    """Whether a value's words open or close with a translated instruction's verb (`ANGEBEN`,
    `siehe`)."""
    return bool(words) and (_key(words[0]) in _instruction_words()
                            or _key(words[-1]) in _instruction_words())


@cache
def _instruction_words() -> frozenset[str]:
    return frozenset(_key(word) for words in INSTRUCTIONS.values() for word in words.split())


SHARED_NOUNS = "token id url uri pin ip jwt"
"""Nouns every language writes as English does (`SEU_TOKEN_DE_ACESSO`, `TU_ID_DE_APP`)."""

SHARED_DESCRIBING = "api app ssh oauth sql db smtp dns web admin e mail email"
"""Describing words every language writes as English does (`VOTRE_CLE_API`)."""

ARTICLES = frozenset({"il", "la", "le", "i", "gli", "lo", "o", "a", "os", "as", "el", "los",
                      "las"})
"""An article Italian and Portuguese put before the possessive (`LA_TUA_CHIAVE_API`,
`O_SEU_TOKEN`)."""

_SHAPE = re.compile(r"[^\W\d_]+(?:[-_. ][^\W\d_]+)+")
"""Words of letters parted by `_`, `-`, `.` or a space; no digit, no sign."""

_SEPARATOR = re.compile(r"[-_. ]")


def translated_stand_in(value: str) -> bool:
    """`value` is a stand-in in the shape English's `YOUR_SEARCH_API_KEY` has, its `your` in
    another language: words in capitals, the first (or last) a second person's possessive, one
    a noun naming what it stands for in the same language, the others describing or joining."""
    if not _SHAPE.fullmatch(value):
        return False
    if not _SEPARATOR.sub("", value).isupper():
        return False
    words = [_key(word) for word in _SEPARATOR.split(value)]
    if words[0] in ARTICLES and len(words) > 2:
        words = words[1:]
    return any(_names_its_field(words, language) for language in _languages())


def _names_its_field(words: list[str], language: tuple[frozenset[str], frozenset[str],
                                                       frozenset[str], bool]) -> bool:
    """`words` open (or close) with the language's `your`, hold one of its nouns and no word
    but its nouns and describing words."""
    possessives, nouns, describing, trailing = language
    rest = words[:-1] if trailing else words[1:]
    if (words[-1] if trailing else words[0]) not in possessives or not rest:
        return False
    return (any(word in nouns for word in rest)
            and all(word in nouns or word in describing for word in rest))


def _key(word: str) -> str:
    """`word` as compared: lower case, Latin look-alikes folded as the scanner folds them
    (`ВАШ` may reach here as `BAШ`), accents dropped (`CLÉ`, `CLE`)."""
    folded = unicodedata.normalize("NFD", word.upper().translate(CONFUSABLES).lower())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


@cache
def _languages() -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str], bool], ...]:
    """LANGUAGES' words as compared (kbgen.core.normalize.fold_lookalikes)."""
    def keys(words: str) -> frozenset[str]:
        return frozenset(_key(word) for word in words.split())
    return tuple((keys(language.possessives), keys(f"{language.nouns} {SHARED_NOUNS}"),
                  keys(f"{language.describing} {SHARED_DESCRIBING}"), language.trailing)
                 for language in LANGUAGES.values())

"""The words for a password and for a secret in every language the gate reads, for its
accepting rules (issue 19, branch fixfp66).

Two accepting rules ask about words, and each read its own, uneven list (rev66 F5, F17):
- a URL's password that is, whole, the word for a password (`użytkownik:hasło@…`, as
  `user:password@…` on main) names its field: `hasło` and `пароль` passed while `wachtwoord`
  and `lösenord` were refused; now a password field's name in each of the languages the
  password readers read (kbgen.core.privacy.world_passwords, login_phrases) passes, and no
  short form (`pass`, `pwd`: `user:pass@host` is a password people use), possessive (`jelszavam`,
  my password) or compound (`tajnehasło`) does;
- a file's name before its extension is no key only where its line names no secret
  (kbgen.core.privacy.file_stems): `credentials-….txt` was refused, `Zugangsdaten-….txt`,
  `identifiants-….txt` and `claves-cliente-….txt` passed; now any word for a password, a key,
  a secret, a token or login credentials in those languages, inside a compound too
  (`Kundenpasswörter`, `claves`), names one; so for a DNS record's owner
  (kbgen.core.published_records: `Schlüssel IN SSHFP …`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kbgen.core.folded_words import folded_pattern
from kbgen.core.word_forms import read_forms

PASSWORD_FIELD_NAMES = (
    "password", "passwort", "kennwort", "wachtwoord", "lösenord", "salasana", "adgangskode",
    "passord", "lykilorð", "lykilord", "parool", "parole", "parola", "slaptažodis", "hasło",
    "haslo", "heslo", "geslo", "lozinka", "лозинка", "парола", "пароль", "şifre", "jelszó",
    "contraseña", "senha", "κωδικός", "συνθηματικό", "סיסמה", "पासवर्ड", "পাসওয়ার্ড", "گذرواژه",
    "գաղտնաբառ", "პაროლი", "katalaluan", "รหัสผ่าน", "パスワード", "暗証番号", "密码", "密碼",
    "口令", "비밀번호", "암호")
"""A password field's name, whole, one a language (two where it has two): English, German,
Dutch, Swedish, Finnish, Danish, Norwegian, Icelandic, Estonian, Latvian, Italian/Romanian/
Turkish, Lithuanian, Polish, Czech/Slovak, Slovenian, Croatian, Serbian, Bulgarian, Russian/
Ukrainian, Turkish, Hungarian, Spanish, Portuguese, Greek, Hebrew, Hindi, Bengali, Persian,
Armenian, Georgian, Malay, Thai, Japanese, Chinese, Korean. Names of more than one word
(`mot de passe`, `mật khẩu`) cannot stand unencoded in a URL."""

SECRET_WORDS = (
    *PASSWORD_FIELD_NAMES, "passw", "pwd", "passphrase", "passcode", "secret", "geheim",
    "privat", "private", "privé", "secreto", "secreta", "segret", "sekret", "tajn", "секрет",
    "приват", "закрыт", "秘密", "秘钥", "密钥", "私钥", "秘鑰", "密鑰", "私鑰", "비밀", "token",
    "токен", "トークン", "令牌", "토큰", "key", "schlüssel", "sleutel", "nyckel", "avain",
    "nøgle", "nøkkel", "klucz", "klíč", "kulcs", "anahtar", "cheie", "chiave", "clave", "chave",
    "clé", "ключ", "鍵", "キー", "키", "credential", "credencial", "credenziali", "zugangsdaten",
    "anmeldedaten", "logindaten", "identifiant", "inloggegevens", "inloggningsuppgifter",
    "tunnistetiedot", "adgangsoplysninger", "dane logowania", "přihlašovací údaje",
    "учетные данные", "учётные данные", "認証情報", "凭据", "憑證", "자격 증명", "api", "psk",
    "hmac", "license", "licence", "lizenz", "licencia", "licença", "licenza")
"""Words for a password, a secret, a key, a token or login credentials (and keys of the same
kind: an API key, a PSK, an HMAC key, a licence key), in the same languages."""


def _bare(word: str) -> str:
    """`word` without its accents (`contrasena`, `haslo`)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(ch))


def _forms(words: tuple[str, ...]) -> frozenset[str]:
    """`words` as written, without accents, and as the gate reads them in any case."""
    return frozenset(form.casefold() for word in words for bare in {word, _bare(word)}
                     for form in read_forms(bare))


_PASSWORD_FORMS = _forms(PASSWORD_FIELD_NAMES)
_SECRET_FORMS = sorted(_forms(SECRET_WORDS) - {""}, key=len, reverse=True)
_SHORT = 4
"""A Latin word shorter than this (`key`, `api`, `psk`, `cle`) names a secret only as a word of
its own, or its plural (`keys`, not `monkey` or `client`); a longer one or one of another script
anywhere (`Kundenpasswörter`, `claves`, `密码文件`)."""
_NAMES_SECRET = re.compile(folded_pattern("|".join(
    (rf"(?<![^\W\d_]){re.escape(word)}s?(?![^\W\d_])" if len(word) < _SHORT and word.isascii()
     else re.escape(word)) for word in _SECRET_FORMS)))


def names_a_password(value: str) -> bool:
    """`value` is, whole, a password field's name in one of the gate's languages (`hasło`,
    `Passwort`, `wachtwoord`, `пароль`; not `pass`, `hasło2024` or `tajnehasło`)."""
    return value.casefold() in _PASSWORD_FORMS or _bare(value).casefold() in _PASSWORD_FORMS


@lru_cache(maxsize=256)
def names_a_secret(text: str) -> bool:
    """`text` holds a word for a password, a secret, a key, a token or credentials in one of
    the gate's languages (`Zugangsdaten-…`, `identifiants-…`, `claves-cliente-…`)."""
    folded = _bare(text).casefold()
    return _NAMES_SECRET.search(folded) is not None or _NAMES_SECRET.search(
        text.casefold()) is not None

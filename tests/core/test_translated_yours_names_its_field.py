"""A translated `your` stand-in must name what it stands for (issue 19, branch fixstar67; rev67
finding 25): `DEIN_SUCH_API_SCHLÜSSEL` publishes, as `YOUR_SEARCH_API_KEY` does, but a
passphrase of capital words that opens with a possessive (`TA-MAISON-BLEUE-JAUNE`, `TON.OF.
BRICKS.FALLING`) or names a key beside words of its own (`TU-LLAVE-VERDE-ROJA`) is refused, in
every language and layout. Every text is scanned once, in one module fixture."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan
from kbgen.core.privacy.translated_yours import translated_stand_in

REV67 = {
    "fr JSON": '{"username": "mquinn", "password": "TA-MAISON-BLEUE-JAUNE"}\n',
    "sv INI": 'wifi_password = "DIN.HUND.BELLO.SOVER"\n',
    "de YAML": "password: IHRE-KATZE-SCHLAEFT-GERN\n",
    "it compose": '      MYSQL_ROOT_PASSWORD: "LA_TUA_BICI_ROSSA"\n',
    "pt TypeScript": "const apiKey = 'O_SEU_GATO_PRETO_DORME';\n",
    "es URL": "Connect with postgres://app:TU-LLAVE-VERDE-ROJA@db.acme-corp.com/app\n",
    "fr quoted customer": '> Customer: my router\'s admin password is "TON_CHIEN_ROUX_COURT", '
                          "please check\n",
    "fr SECRET_KEY": 'SECRET_KEY = "VOTRE-CHAT-NOIR-DORT-BIEN"\n',
    "id trailing": 'export API_TOKEN="RUMAH_BIRU_BESAR_KAMU"\n',
    "en ton": 'password: "TON.OF.BRICKS.FALLING"\n',
}
"""rev67's texts main refused and m67 published (/tmp/rev67/cases/translated_yours2.txt)."""

HOSTILE = {
    "de JSON": '{"user": "jb", "password": "DEIN-HUND-BELLT-LAUT"}\n',
    "es compose": '  environment:\n    POSTGRES_PASSWORD: "TU_PERRO_LADRA_FUERTE"\n',
    "it env, article": 'DB_PASSWORD="IL_TUO_GATTO_DORME"\n',
    "pt front matter": '---\ntitle: Router\npassword: "A-SUA-CASA-AMARELA"\n---\n',
    "sv INI": 'password = "DITT_HUS_AR_ROTT"\n',
    "ru": 'password: "ВАШ-КОТ-СПИТ-ДОМА"\n',
    "tr": 'password: "SENIN_EVIN_MAVI_KAPI"\n',
    "fi": 'password: "SINUN_KISSASI_NUKKUU"\n',
    "id trailing env": "DB_PASSWORD=RUMAH_MERAH_ANDA\n",
    "ms trailing": 'password: "KERETA_BIRU_AWAK"\n',
    "fr key noun and own words": 'password: "TA-CLE-ROUGE-VERTE"\n',
    "es key noun and own words": 'SECRET_KEY = "TU_CLAVE_GATO_NEGRO"\n',
    "de key noun and own word": 'api_key: "DEIN_SCHLÜSSEL_SONNENBLUME"\n',
    "it key noun and adjectives": 'password: "LA_TUA_CHIAVE_ROSSA_BELLA"\n',
    "fr quoted customer": '> Customer: the Wi-Fi password is "VOTRE_JARDIN_FLEURI", thanks\n',
    "de URL": "Use mysql://root:DEIN-BOOT-IST-BLAU@db.acme-corp.com/app\n",
    "da Python fence": '```python\nPASSWORD = "DINE_BOERN_LEGER_UDE"\n```\n',
    "it table row": "| `password` | `TUA_BICI_VERDE_SCURA` |\n",
    "cs": 'password: "TVUJ_PES_STEKA_HLASITE"\n',
    "en ton, hyphens": 'password: "TON-OF-FUN-TONIGHT"\n',
    "nl JS": "const password = 'JOUW-FIETS-STAAT-BUITEN';\n",
    "pl": 'password: "TWOJ_STARY_DOM_NAD_RZEKA"\n',
}
"""Variants of the class in other languages and layouts: a passphrase of capital words behind a
possessive, or a key's noun beside words of its own."""

ENGLISH_HOSTILE = {
    "YAML": 'password: "YOUR-BLACK-CAT-SLEEPS"\n',
    "JSON": '{"username": "mquinn", "password": "YOUR_HOUSE_IS_BLUE"}\n',
    "env": "DB_PASSWORD=YOUR_GARDEN_ROSES\n",
    "compose": '      MYSQL_ROOT_PASSWORD: "YOUR.PIANO.TIGER.RIVER"\n',
    "year": "SECRET_KEY=YOUR_SUNFLOWER_2024\n",
}
"""Main's English `YOUR_…` in capitals passed whatever its words (`your-black-cat-sleeps` did
not): the same passphrases, in capitals."""

ENGLISH_PUBLISHED = {
    "api key": "api_key: YOUR_API_KEY\n",
    "password": "password: YOUR_PASSWORD\n",
    "access token": 'token = "YOUR_ACCESS_TOKEN"\n',
    "vendor": "STRIPE_SECRET_KEY=YOUR_STRIPE_SECRET_KEY\n",
    "page's own words": "Create a search key in the dashboard, then:\n\n"
                        "    apiKey: 'YOUR_SEARCH_API_KEY',\n",
}
"""English stand-ins that describe their value, or speak of the page's own things."""

PUBLISHED = {
    "de env": "API_TOKEN=IHR_API_TOKEN\n",
    "fr YAML": "password: VOTRE_MOT_DE_PASSE\n",
    "es JSON": '{"apiKey": "TU_CLAVE_SECRETA"}\n',
    "it": 'password: "LA_TUA_PASSWORD"\n',
    "pt env": "DB_PASSWORD=SUA_SENHA_DO_BANCO_DE_DADOS\n",
    "nl": "token: JOUW_TOKEN\n",
    "sv": 'api_key = "DIN_API_NYCKEL"\n',
    "da": "password: DIN_ADGANGSKODE\n",
    "pl": "password: TWOJE_HASLO\n",
    "ru hyphens": 'token: "ВАШ-ТОКЕН"\n',
    "tr": "password: SIZIN_SIFRENIZ\n",
    "fi": "password: SINUN_SALASANASI\n",
    "id": "password: KATA_SANDI_ANDA\n",
    "cs": "password: VASE_HESLO\n",
    "de front matter": "---\ntitle: x\napi_key: DEIN_GEHEIMER_SCHLÜSSEL\n---\n",
    "es table": "| Campo | Valor |\n|---|---|\n| `password` | `TU_CONTRASEÑA_DE_USUARIO` |\n",
}
"""Translated stand-ins that name their field: they publish, as `YOUR_API_TOKEN` does."""


@pytest.fixture(scope="module")
def errors() -> dict[str, list[str]]:
    """Each text's errors (warnings left out), scanned once."""
    texts = {**{f"rev67 {k}": v for k, v in REV67.items()},
             **{f"hostile {k}": v for k, v in HOSTILE.items()},
             **{f"hostile en {k}": v for k, v in ENGLISH_HOSTILE.items()},
             **{f"published {k}": v for k, v in PUBLISHED.items()},
             **{f"published en {k}": v for k, v in ENGLISH_PUBLISHED.items()}}
    return {name: [f"{finding.kind} ({finding.excerpt})" for finding in scan(text)
                   if not finding.advisory]
            for name, text in texts.items()}


@pytest.mark.parametrize("name", [*(f"rev67 {k}" for k in REV67),
                                  *(f"hostile {k}" for k in HOSTILE),
                                  *(f"hostile en {k}" for k in ENGLISH_HOSTILE)])
def test_refused(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name]


@pytest.mark.parametrize("name", [*(f"published {k}" for k in PUBLISHED),
                                  *(f"published en {k}" for k in ENGLISH_PUBLISHED)])
def test_publishes(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] == []


@pytest.mark.parametrize(("value", "expected"), [
    ("TU_LLAVE_DE_API", True), ("VOTRE_CLÉ_API", True), ("ВАШ_КЛЮЧ_API", True),
    ("TA-MAISON-BLEUE-JAUNE", False),  # no noun naming a field
    ("TU-LLAVE-VERDE-ROJA", False),  # a key's noun beside words of its own
    ("TA_LLAVE_DE_API", False),  # a French `your`, a Spanish noun: no language's stand-in
    ("DEIN_CLE_API", False),  # a German `your`, a French noun
    ("TU", False), ("TU_DE_API", False),  # no noun
])
def test_names_its_field_in_its_language(value: str, expected: bool) -> None:
    assert translated_stand_in(value) is expected

"""Two false alarms of the gate on a real site it never saw (issue 19, branch star67): Astro
Starlight's own docs (MIT), imported with `kbgen import` and published in every locale.

- A stand-in in another language than English (`apiKey: 'DEIN_SUCH_API_SCHLÜSSEL'`) read as a
  password where `YOUR_SEARCH_API_KEY` passed (kbgen.core.privacy.translated_yours).
- An `@` in Japanese prose (`各フォントの@font-face宣言を追加します。url()`) read as a mailbox
  ending in `.url` (kbgen.core.privacy.unspaced_domains).

The lines as Starlight publishes them and variants of the class in other languages and layouts
must publish; their leaking twins are rows of bench/gatecorpus/hostile.yml (`star67: …`), which
test_gate_precision.py keeps caught. Every text is scanned once, in one module fixture.
"""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan
from kbgen.core.privacy.translated_yours import translated_stand_in
from kbgen.core.privacy.unspaced_domains import prose_not_address


def _code(key: str, value: str, indent: str = "    \t") -> str:
    """A value in a JavaScript object inside an indented code block, as Starlight's guide."""
    return f"{indent}docsearch({{\n{indent}\t{key}: '{value}',\n{indent}}}),\n"


STARLIGHT = {
    "de apiKey": _code("apiKey", "DEIN_SUCH_API_SCHLÜSSEL"),
    "es apiKey": "```js\nstarlightDocSearch({\n         appId: 'TU_ID_DE_APP'\n"
                 "         apiKey: 'TU_LLAVE_DE_API_DE_BÚSQUEDA'\n"
                 "         indexName: 'TU_NOMBRE_DE_ÍNDICE',\n})\n```\n",
    "fr apiKey": _code("apiKey", "VOTRE_CLE_API_DE_RECHERCHE"),
    "ja @font-face": "2. `src/fonts/font-face.css`に、各フォントの[`@font-face`宣言]"
                     "(https://developer.mozilla.org/ja/docs/Web/CSS/@font-face)を追加します。"
                     "`url()`関数にフォントファイルへの相対パスを指定します。\n",
}
"""The lines of Starlight's docs (`withastro/starlight` docs/, site-search and customization
guides) the gate refused."""

VARIANTS = {
    "fr accented": "```js\nsearch({\n  apiKey: 'VOTRE_CLÉ_API',\n})\n```\n",
    "it article first": "```js\nsearch({\n  apiKey: 'LA_TUA_CHIAVE_API',\n})\n```\n",
    "pt token": "```js\nsearch({\n  token: 'SEU_TOKEN_DE_ACESSO',\n})\n```\n",
    "nl secret": "```js\nsearch({\n  secret: 'JOUW_GEHEIME_SLEUTEL',\n})\n```\n",
    "ru Cyrillic": "```js\nsearch({\n  apiKey: 'ВАШ_КЛЮЧ_API',\n})\n```\n",
    "id possessive last": "```js\nsearch({\n  apiKey: 'KUNCI_API_ANDA',\n})\n```\n",
    "de table row": "| Einstellung | Wert |\n|---|---|\n| `api_key` | `DEIN_API_SCHLÜSSEL` |\n",
    "fr env line": "API_KEY=VOTRE-CLE-API\n",
    "es YAML": "    password: TU_CONTRASEÑA\n",
    "sv HTML": '<input name="token" value="DIN_HEMLIGA_NYCKEL">\n',
    "pl front matter": "---\ntitle: x\napi_key: TWÓJ_KLUCZ_API\n---\n",
    "tr quote": "> apiKey: 'SENIN_API_ANAHTARIN'\n",
    "ja plain": "各フォントの@font-face宣言を追加します。url()関数に相対パスを指定します。\n",
    "zh-Hans": "在每个字体的@font-face声明中添加路径。url()函数指定相对路径。\n",
    "zh-Hant": "在每個字型的@font-face宣告中加入路徑。url()函式指定相對路徑。\n",
    "ja table cell": "| 項目 | 説明 |\n|---|---|\n"
                     "| フォント | 各フォントの@font-face宣言を追加します。url()で指定 |\n",
    "ja @import": "ドキュメントの@importルールを使います。scssでも同じです。\n",
    "ja @property": "各コンポーネントの@propertyを宣言します。tsconfigを確認してください。\n",
    "ja list @media": "- 各ページの@media宣言を追加します。cssファイルに書きます。\n",
    "ko particle": "각 글꼴의@font-face선언을 추가합니다.url()함수에 경로를 지정합니다.\n",
    "th": "เพิ่ม@font-faceในไฟล์ของคุณแล้วเรียก.url()เพื่อระบุเส้นทาง\n",
}
"""The same classes in other languages and layouts."""


@pytest.fixture(scope="module")
def errors() -> dict[str, list[str]]:
    """Each text's errors (warnings left out), scanned once."""
    return {name: [f"{finding.kind} ({finding.excerpt})" for finding in scan(text)
                   if not finding.advisory]
            for name, text in {**STARLIGHT, **VARIANTS}.items()}


@pytest.mark.parametrize("name", [*STARLIGHT, *VARIANTS])
def test_publishes(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] == []


@pytest.mark.parametrize(("value", "expected"), [
    ("DEIN_SUCH_API_SCHLÜSSEL", True), ("VOTRE-CLE-API", True), ("O_SEU_TOKEN", True),
    ("votre-chat-noir", False),  # lower case: a passphrase, as `your-black-cat` is
    ("DEIN_Passwort2024", False),  # a digit
    ("VOTRE_SECRET_2024", False), ("Tu_Perro_Fido", False),  # mixed case
    ("TU_CLAVE!", False), ("TUCLAVEAPI", False),  # a sign; one word
    ("SONNEN_BLUME_HAUS", False),  # no possessive: the shape alone accepts nothing
    ("MEIN_API_SCHLÜSSEL", False),  # a first person's
])
def test_translated_stand_in_asks_shape_and_possessive(value: str, expected: bool) -> None:
    assert translated_stand_in(value) is expected


@pytest.mark.parametrize(("address", "expected"), [
    ("各フォントの@font-face宣言を追加します.url", True),
    ("张伟@公司.中国获取工资单", False),  # a top-level domain, then the sentence
    ("田中@社内.local", False), ("王芳@内部.corp", False),  # a network's own
    ("田中@会社.jp", False), ("user@build.url", False),  # ASCII: judged as before
])
def test_prose_not_address(address: str, expected: bool) -> None:
    assert prose_not_address(address, address.split("@", 1)[1]) is expected

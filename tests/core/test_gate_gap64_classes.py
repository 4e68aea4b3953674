"""Issue 19 (gap64): four classes of leak main published, each read by structure now, judged in
one shared scan (every variant and look-alike scanned once by a module fixture).

- An owner written in a cased script beyond ASCII (`Frau Müller's PC`, `Renée's printer`,
  `Zoë’s NAS`) or by another language's possessive (`Müllers Rechner`, `张伟的电脑`,
  `компьютер Иванова`, `Mehmet’in dizüstü bilgisayarı`, `počítač paní Novákové`) beside a
  private address, over an output block or a login line (kbgen.core.cased_letters,
  default_networks.someones).
- A compound secret setting (`vpn_shared_secret_psk`, `wifi-psk`, `sharedsecret`) in a quote, a
  heading, a numbered item, a code span, HTML, front matter, a table's cells or a definition
  (kbgen.core.privacy.secret_compounds, read anywhere a name starts a word).
- A password word of another script after which a copula was read inside the value (`пароль
  hunter2024x` was `hunt` + `er` + `2024x`), the script words only login_phrases knew
  (Persian, Bengali, Georgian) in cells and HTML, and the copulas of Greek, Vietnamese,
  Indonesian, Malay and Thai (`κωδικός είναι …`) (kbgen.core.privacy.world_passwords).
- Nostr's `nsec1…` and other bech32 secrets, by checksum and prefix
  (kbgen.core.privacy.bech32_secrets).

Keys come from a generator seeded here: every run reads the same values.
"""

from __future__ import annotations

import random

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.bech32_secrets import valid
from tests.bech32_strings import BECH32_CHARSET, BECH32M, bech32

_DRAW = random.Random(64)


NSEC = [bech32("nsec", _DRAW.randbytes(32)) for _ in range(4)]
NPUB = bech32("npub", _DRAW.randbytes(32))

OWNERS = ["Frau Müller's PC", "Frau Müller’s PC", "Renée's printer", "Zoë’s NAS",
          "Siobhán's laptop", "Łukasz's PC", "Björn’s NAS", "Ştefan's desktop",
          "Müllers Rechner", "Mettes computer", "Jörgs Laptop", "Øyvinds laptop",
          "Ayşe'nin bilgisayarı", "Mehmet’in dizüstü bilgisayarı", "张伟的电脑", "王芳的笔记本",
          "компьютер Иванова", "ноутбук Марии Петровой", "počítač paní Novákové",
          "komputer pana Wiśniewskiego"]
OWNED_SHAPES = {
    "label": "{o}: 192.168.1.23",
    "table": "| Device | Address |\n|---|---|\n| {o} | 192.168.1.23 |",
    "html": "<p>{o}: 192.168.1.23</p>",
    "quote": "> {o}: 192.168.1.23",
    "output": "Output on {o}:\n\n```\ninet 192.168.1.23/24 brd 192.168.1.255\n```",
    "heading": "## {o}\n\n```\ninet 192.168.1.23/24 brd 192.168.1.255\n```",
    "login": "{o}:\n\n```\nLast login: Tue Dec  1 09:14:02 2026 from 192.168.1.23\n```",
}
COMPOUNDS = ["vpn_shared_secret_psk", "wifi-psk", "sharedsecret", "unlock-phrase", "unlockPhrase",
             "adminpassword", "dbpasswd", "mqttpwd", "recovery_phrase", "ipsecSharedsecret"]
SETTING_SHAPES = {
    "quote": "> {n}: Fj3k9Lq2Vx8Wz",
    "heading": "## {n}: Fj3k9Lq2Vx8Wz",
    "numbered": "1. {n} = Fj3k9Lq2Vx8Wz",
    "code span": "Then set `{n}=Fj3k9Lq2Vx8Wz` in the file.",
    "bold": "**{n}:** Fj3k9Lq2Vx8Wz",
    "html p": "<p>{n}: Fj3k9Lq2Vx8Wz</p>",
    "html li": "<ul><li>{n} = Fj3k9Lq2Vx8Wz</li></ul>",
    "html td": "<table><tr><td>{n}</td><td>Fj3k9Lq2Vx8Wz</td></tr></table>",
    "table": "| Setting | Value |\n|---|---|\n| `{n}` | `Fj3k9Lq2Vx8Wz` |",
    "definition": "{n}\n:   Fj3k9Lq2Vx8Wz",
    "front matter": '---\ntitle: Mail\nsummary: "{n}: Fj3k9Lq2Vx8Wz"\n---\n\nText.',
}
WORDS = ["รหัสผ่าน", "пароль", "密码", "パスワード", "비밀번호", "şifre", "heslo", "jelszó",
         "kata sandi", "parola", "पासवर्ड", "رمز عبور", "পাসওয়ার্ড", "პაროლი", "κωδικός"]
WORD_SHAPES = {
    "prose": "{w} {v}",
    "html p": "<p>{w} {v}</p>",
    "html li": "<ul><li>{w} {v}</li></ul>",
    "html td": "<table><tr><td>{w}</td><td>{v}</td></tr></table>",
    "table": "| | |\n|---|---|\n| {w} | {v} |",
    "list": "- {w} {v}",
    "bold": "**{w}** {v}",
}
COPULAS = ["κωδικός είναι", "mật khẩu là", "kata sandi adalah", "kata laluan ialah", "รหัสผ่านคือ",
           "Ο κωδικός του Wi-Fi είναι"]
"""A password word and its copula in a language whose copula main did not read (all
published)."""
KEY_SHAPES = {
    "prose": "My Nostr private key is {k}, please restore it.",
    "table": "| User | Key |\n|---|---|\n| jane | `{k}` |",
    "command": "```\nnak event --sec {k} -c hello\n```",
    "quote": "> Customer wrote: here is my nsec {k}",
    "link": "[open](nostr:{k})",
    "upper case": "{K}",
}


def _leaks() -> dict[str, tuple[str, str]]:
    """Each variant's name: (text, the kind it must be refused as)."""
    leaks = {}
    for shape, template in OWNED_SHAPES.items():
        for owner in OWNERS:
            leaks[f"owner {shape}: {owner}"] = (template.format(o=owner), "internal IP address")
    for shape, template in SETTING_SHAPES.items():
        for name in COMPOUNDS:
            leaks[f"setting {shape}: {name}"] = (template.format(n=name), "password or secret")
    for shape, template in WORD_SHAPES.items():
        for word in WORDS:
            for value in ("hunter2024x", "Qx7!pLm2Zr"):
                leaks[f"word {shape}: {word} {value}"] = (template.format(w=word, v=value),
                                                          "password or secret")
    for shape in ("prose", "html p", "list"):
        for copula in COPULAS:
            leaks[f"copula {shape}: {copula}"] = (
                WORD_SHAPES[shape].format(w=copula, v="hunter2024x"), "password or secret")
    for shape, template in KEY_SHAPES.items():
        for number, key in enumerate(NSEC):
            leaks[f"nsec {shape} {number}"] = (template.format(k=key, K=key.upper()),
                                               "API key or token")
    leaks["ncryptsec"] = (f"Backup: {bech32('ncryptsec', _DRAW.randbytes(91))}",
                          "API key or token")
    leaks["age secret key"] = (bech32("age-secret-key-", _DRAW.randbytes(32)).upper(),
                               "API key or token")
    leaks["bech32m secret"] = (f"key = {bech32('nsec', _DRAW.randbytes(32), BECH32M)}",
                               "API key or token")
    return leaks


LEAKS = _leaks()
OWN_ATTACK = [
    ('{"wifi-psk": "Fj3k9Lq2Vx8Wz"}', 'password or secret'),
    ('<wifi-psk>Fj3k9Lq2Vx8Wz</wifi-psk>', 'password or secret'),
    ('export WIFI_PSK=Fj3k9Lq2Vx8Wz', 'password or secret'),
    ("wifi_psk => 'Fj3k9Lq2Vx8Wz'", 'password or secret'),
    ('| **unlock-phrase** | Fj3k9Lq2Vx8Wz |', 'password or secret'),
    ('> **wifi-psk**: `Fj3k9Lq2Vx8Wz`', 'password or secret'),
    ('<dt>wifi-psk</dt><dd>Fj3k9Lq2Vx8Wz</dd>', 'password or secret'),
    ('Ticket #4821: customer set sharedsecret=Fj3k9Lq2Vx8Wz yesterday', 'password or secret'),
    ('<li><code>wifi-psk</code>: Fj3k9Lq2Vx8Wz</li>', 'password or secret'),
    ('### `unlock-phrase`: Fj3k9Lq2Vx8Wz', 'password or secret'),
    ('* [x] dbpasswd: Fj3k9Lq2Vx8Wz', 'password or secret'),
    ('Ayşe’nin laptopu: 192.168.1.23', 'internal IP address'),
    ('<td>Renée’s printer</td><td>192.168.1.23</td>', 'internal IP address'),
    ('**پاس ورڈ** hunter2024x', 'password or secret'),
    ('<td>گذرواژه</td><td>hunter2024x</td>', 'password or secret'),
    ('- **Пароль** hunter2024x', 'password or secret'),
    ('<strong>密码</strong> hunter2024x', 'password or secret'),
]
"""gap64's own attack on its rules: other layouts main published (a JSON key, an element, a
hash's arrow, a task list, a Turkish genitive before a laptop, bold between word and value)."""
LEAKS |= {f"own attack {number}": case for number, case in enumerate(OWN_ATTACK)}
LOOKALIKES = {
    "an nsec placeholder": "Paste your key (it starts with `nsec1…`) into the app.",
    "a word after the password word": "Введите пароль администратора и нажмите OK.",
    "a password manager": "Откройте менеджер, где пароль хранится, и нажмите «Сохранить».",
    "a setting's placeholder": "> wifi-psk: <your-psk>",
    "a setting's variable": "1. unlock-phrase = ${UNLOCK_PHRASE}",
    "a setting's type in a table": "| wifi-psk | string | The network's key |",
    "a setting named in a sentence": "Set `wpa-psk` to your network's key.",
    "a router's page in Chinese": "路由器的管理页面是 192.168.1.1",
    "a router's page in Japanese": "ルーターの管理画面：192.168.1.1",
    "the router's page": "The router’s page is at 192.168.1.1.",
    "a router's default in Turkish": "Modemin arayüzü 192.168.1.1 adresindedir.",
    "an output with no owner": "Output on the server:\n\n```\ninet 192.168.1.23/24 brd"
                               " 192.168.1.255\n```",
    "a pan's camera": "Use pan Left and tilt Up; the camera is at 192.168.1.64.",
}


@pytest.fixture(scope="module")
def verdicts() -> dict[str, list[str]]:
    """The kinds of error (not warning) found in each variant and look-alike, in one pass."""
    texts = {name: text for name, (text, _) in LEAKS.items()} | LOOKALIKES
    return {name: [f.kind for f in scan(text, Allowed()) if not f.advisory]
            for name, text in texts.items()}


@pytest.mark.parametrize("name", sorted(LEAKS))
def test_a_leak_of_each_class_is_refused(verdicts: dict[str, list[str]], name: str) -> None:
    assert LEAKS[name][1] in verdicts[name]


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_a_lookalike_publishes(verdicts: dict[str, list[str]], name: str) -> None:
    assert verdicts[name] == []


def test_bech32_is_read_by_its_checksum_and_one_case() -> None:
    key = NSEC[0]
    assert valid(key) and valid(key.upper()) and valid(NPUB)
    assert not valid(key[:-1] + ("q" if key[-1] != "q" else "p"))  # one character wrong
    assert not valid(key[:8] + key[8:].upper())  # mixed case is no bech32


@pytest.mark.parametrize("text", [
    f"My public key is {NPUB}.",  # the public half
    "nsec1" + BECH32_CHARSET * 2,  # a checksum that fails (a made-up key; entropy may read it)
])
def test_no_secret_key_read_where_the_format_says_none(text: str) -> None:
    assert not any("bech32" in f.advice for f in scan(text, Allowed()))


def test_a_key_found_hides_no_later_line() -> None:
    """A secret key found on a line is no PEM block whose lines the scanner skips."""
    text = f"Key: {NSEC[0]}\n\nCall jane.doe@gmail.com about card 4111 1111 1111 1111."
    kinds = {f.kind for f in scan(text, Allowed())}
    assert {"e-mail address", "payment card number"} <= kinds

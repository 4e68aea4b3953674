"""Issue 19 (gap65): two classes of leak gap64 left, read by structure now, judged in one shared
scan (every variant and look-alike scanned once by a module fixture).

- A device or address said to be someone's by the grammar of a possessive in languages no owner
  reading knew: Finnish `Mikon tietokone`, Hungarian `Kovács Péter gépe`, Greek `ο υπολογιστής
  του Γιώργου`, Estonian, Lithuanian, Latvian, Irish, Welsh, Hebrew `של`, Arabic, Hindi `का`,
  Vietnamese `của Lan`, Indonesian `punya`, Thai `ของ` (kbgen.core.marked_possessives), beside
  a private address, over an output or a login block, and Hungarian's `jelszava` (someone's
  password).
- A secret setting's value stated in prose without `:` or `=`, in any language (`set
  smtp_auth_pass to …`, `setze db_password auf …`, `将 smtp_pass 设置为 …`, `Use … as
  smtp_pass`: kbgen.core.privacy.stated_settings).
"""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan

IP = "internal IP address"
SECRET = "password or secret"
TOKEN = "API key or token"

OWNERS = ["Mikon tietokone", "Anna Virtasen kannettava", "Liisan puhelin",
          "Kovács Péter gépe", "Péter laptopja", "Évának a laptopja",
          "ο υπολογιστής του Γιώργου", "το λάπτοπ της Μαρίας", "το laptop του Νίκου",
          "Mardi sülearvuti", "Kati arvuti", "Jono kompiuteris", "Agnės telefonas",
          "Jāņa dators", "Annas klēpjdators", "ríomhaire Sheáin", "fón Phádraig",
          "cyfrifiadur Siân", "gliniadur Dafydd", "המחשב של דני", "הטלפון של מיכל",
          "حاسوب أحمد", "الحاسوب المحمول لسارة", "प्रिया का कंप्यूटर", "अमित की मशीन",
          "máy tính của Lan", "điện thoại của Tuấn", "laptop punya Sari", "komputer Budi",
          "คอมพิวเตอร์ของสมชาย", "โน้ตบุ๊กของคุณสมศรี"]
OWNED_SHAPES = {
    "label": "{o}: 192.168.1.23",
    "table": "| Device | Address |\n|---|---|\n| {o} | 192.168.1.23 |",
    "html td": "<table><tr><td>{o}</td><td>192.168.1.23</td></tr></table>",
    "quote": "> {o}: 192.168.1.23",
    "output": "{o}:\n\n```\ninet 192.168.1.23/24 brd 192.168.1.255\n```",
    "login": "## {o}\n\n```\nLast login: Tue Dec  1 09:14:02 2026 from 192.168.1.23\n```",
    "code fence": "```\n# {o}\naddress 192.168.1.23\n```",
}
NAMES = ["smtp_auth_pass", "db_password_hash", "API_TOKEN_SECRET", "wifi-psk", "stripeSecretKey",
         "ldap.bind.password", "aws_secret_access_key", "REDIS_PASS", "jwt_signing_key"]
PHRASES = ["set {n} to {v}", "{n} should be {v}", "Yesterday the {n} was changed to {v}.",
           "Use {v} as {n}.", "setze {n} auf {v}", "définissez {n} à {v}", "zet {n} op {v}",
           "установите {n} на {v}", "将 {n} 设置为 {v}", "{n} を {v} に設定します",
           "{n} değerini {v} olarak ayarlayın"]
STATED_SHAPES = {
    "prose": "{p}",
    "quoted ticket": "> Customer: I did it, {p}. Still fails.",
    "table": "| Step | What |\n|---|---|\n| 3 | {p} |",
    "html": "<p>{p}</p>",
    "front matter": '---\ntitle: Mail\nsummary: "{p}"\n---\n\nText.',
}
VALUE = "Kq8vNz3Lw2Pd"
OWN_ATTACK = [
    ("Mikon tietokoneella on osoite 192.168.1.23", IP),
    ("Tässä on Mikon kone: 192.168.1.23", IP),
    ("η IP του Γιώργου είναι 192.168.1.23", IP),
    ("המחשב של הדס: 192.168.1.23", IP),
    ("राहुल जी का लैपटॉप: 192.168.1.23", IP),
    ("คอมพิวเตอร์ของนายสมชาย: 192.168.1.23", IP),
    ("máy in của cô Mai: 192.168.1.23", IP),
    ("gyfrifiadur Siân: 192.168.1.23", IP),
    ("Péter telefonjának címe: 192.168.1.23", IP),
    ("<dt>Mikon tietokone</dt><dd>192.168.1.23</dd>", IP),
    ("Anna Virtasen kannettava:\n\n```\n$ ip addr\ninet 192.168.1.23/24\n```", IP),
    ("Péter jelszava: Xr7!pLm2Zq", SECRET),
    (f"change the smtp_pass on the relay host to {VALUE}", SECRET),
    (f"smtp_pass, which is {VALUE}, was rotated", SECRET),
    (f"{VALUE} is the smtp_pass", SECRET),
    (f"set `smtp_pass` to `{VALUE}`", SECRET),
    (f"将smtp_pass设置为{VALUE}", SECRET),
    (f"smtp_passを{VALUE}に設定します", SECRET),
    (f"<p>set <code>smtp_pass</code> to <code>{VALUE}</code></p>", SECRET),
    (f"| smtp_pass | set to {VALUE} |", SECRET),
    (f"(smtp_pass: set to {VALUE})", SECRET),
    (f"- [ ] rotate wifi_psk (currently {VALUE})", SECRET),
    ("Set SMTP_AUTH_PASS to Kq8v!Nz3#Lw", SECRET),
]
"""gap65's attack on its own rules: inflections, titles, other possessed things, marks, glued
scripts, a value before its name."""


def _leaks() -> dict[str, tuple[str, str]]:
    """Each variant's name: (text, the kind it must be refused as)."""
    leaks = {}
    for shape, template in OWNED_SHAPES.items():
        for owner in OWNERS:
            leaks[f"owner {shape}: {owner}"] = (template.format(o=owner), IP)
    for shape, template in STATED_SHAPES.items():
        for number, phrase in enumerate(PHRASES):
            for name in NAMES[number % 3::3]:
                text = template.format(p=phrase.format(n=name, v=VALUE))
                kind = TOKEN if name.endswith("key") and "secret" not in name.lower() else SECRET
                leaks[f"stated {shape} {number}: {name}"] = (text, kind)
    leaks |= {f"own attack {number}": case for number, case in enumerate(OWN_ATTACK)}
    return leaks


LEAKS = _leaks()
LOOKALIKES = {
    "a reader's setting in prose": "set `smtp_pass` to your own password",
    "a variable as the value": "Set db_password to the value of DB_PASSWORD2 in your shell.",
    "a secret's name": "The secret_name is db-creds-v2.",
    "a data key": "set routing_key to orders2024",
    "a rule": "Set password_min_length to 12 characters.",
    "a file": "the password_file is /etc/app/pass2.txt",
    "a placeholder": "set api_key to YOUR_API_KEY",
    "another setting": "copy smtp_pass to smtp_pass_backup2",
    "an expansion": "set db_password to ${DB_PASSWORD}",
    "a command's output": "Set secret_key_base to the output of rails secret.",
    "a duration": "The token_ttl is 3600s",
    "a German reader's password": "setze db_password auf dein eigenes Passwort",
    "a model after a preposition": "Change the wifi_psk on router RT-AX88U",
    "a path after a preposition": "The session_secret is stored in Vault under kv/app1",
    "a compound adjective": "`signingSecret` is base64-encoded.",
    "a length": "Generate a 16-character secret in `AUTO_IMPORT_SECRET`.",
    "two names": "Set `oauth2-client-id` or `oauth2-client-secret`.",
    "a filter": "It adds a low-pass filter when HuC6270 is used.",
    "a pin's name": "`digitalWrite(PIN_ENABLE_SENSORS_3V3, LOW);`",
    "a file's name": "export_secret.key analysis-2022/results-03.csv.c4gh",
    "a type column": "| mqtt.password | `string` | `large4cats` |",
    "a Finnish router's address": "Reitittimen osoite: 192.168.1.1",
    "Hindi's for example": "उदाहरण के लिए, आपका राउटर 192.168.1.1 पर है।",
    "Romanian's routers": "Unele routere nu au această capacitate; routerul are 192.168.1.1.",
    "a Finnish laptop computer": "Kannettava tietokone saa osoitteen 192.168.1.23",
    "a new machine in Finnish": "Uuden koneen osoite on 192.168.1.23",
    "the reader's in Latvian": "Jūsu dators: 192.168.1.23",
    "the reader's in Swedish": "Din dator: 192.168.1.23",
    "the reader's in Estonian": "Teie arvuti: 192.168.1.23",
    "the reader's in Hungarian": "Az Ön gépe: 192.168.1.23",
    "a router's in Greek": "η διεύθυνση του δρομολογητή είναι 192.168.1.1",
    "a date in Greek": "Η ενημέρωση της Δευτέρας άλλαξε τη διεύθυνση σε 192.168.1.1",
    "a router's in Hebrew": "הכתובת של הנתב היא 192.168.1.1",
    "a router's in Hindi": "राउटर का पता 192.168.1.1 है",
    "a router's in Vietnamese": "địa chỉ của router là 192.168.1.1",
    "Windows's in Vietnamese": "cài đặt của Windows: 192.168.1.1",
    "a router's in Thai": "ที่อยู่ของเราเตอร์คือ 192.168.1.1",
    "the reader's in Thai": "เราเตอร์ของคุณ: 192.168.1.1",
    "a router on in Arabic": "الراوتر على 192.168.1.1",
    "a router's in Arabic": "عنوان الراوتر: 192.168.1.1",
    "the reader's in Indonesian": "komputer Anda: 192.168.1.23",
    "a maker's printer": "The Canon printer: 192.168.1.50",
    "a maker's in Finnish": "Lenovon kannettava: 192.168.1.50",
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

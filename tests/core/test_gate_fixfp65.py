"""What fp65's accepting rules let through that main refused (rev65's finding, fixfp65):
a person's password in a list of items, a password made of secret words in prose, a ticket, a
user's row or an ini block, a Debian-looking block of a ticket, a REUSE line's second party or a
far licence line, any padded base64 under `public:`, and a picture's shortcode as a password.
Each must stay an error; the texts fp65 meant to pass (a list of sign-in methods, a value that
restates its key, a real stanza or header, a mark in a table cell) still pass. Every text is
scanned once (a module-scoped fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

PASSWORD = "password or secret"
EMAIL = "e-mail address"
TOKEN = "API key or token"
_USERS = "| user | password |\n|---|---|\n"
_CURVE_KEY = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk="

REFUSED: dict[str, tuple[str, str]] = {
    # a list naming whose password, then the password (split_passwords._items_apart)
    "Japanese: Mr Tanaka's password": ("- ユーザー名\n- 田中さんのパスワード\n- ひまわり\n",
                                       PASSWORD),
    "Chinese: Zhang Wei's password": ("- 账号\n- 张伟的密码\n- 向日葵花开\n", PASSWORD),
    "Japanese: the customer's password": ("- パスワードの設定\n- 顧客のパスワード\n- ひまわり畑\n",
                                          PASSWORD),
    "Japanese: a fixed password then its value": ("- ユーザー名\n- 固定パスワード\n- ひまわり\n",
                                                  PASSWORD),
    "Chinese: Li Na's fixed password": ("- 账号\n- 李娜的固定密码\n- 向日葵花开\n", PASSWORD),
    "Chinese: the customer's password": ("- 用户名\n- 客户密码\n- 向日葵花开\n", PASSWORD),
    "Japanese: Yamada-sama's password": ("- ログイン\n- 山田様のパスワード\n- さくら咲く\n",
                                         PASSWORD),
    "Traditional Chinese: Wang's password": ("- 帳號\n- 王先生的密碼\n- 向日葵花開\n", PASSWORD),
    # a value of secret words in prose, a ticket, a user's row (no_values)
    "English prose": ("The admin password is SecretPassword for the Müller account.\n", PASSWORD),
    "English prose, code span": ("The admin password is `SecretPassword` for the Müller account.\n",
                                 PASSWORD),
    "a quoted ticket": ("> Customer wrote: my password is PrivateKey, please reset it.\n",
                        PASSWORD),
    "Spanish prose": ("La contraseña de Juan es ClaveSecreta.\n", PASSWORD),
    "Italian prose": ("La password di Mario è ChiaveSegreta.\n", PASSWORD),
    "Portuguese prose": ("A senha da Maria é SenhaSecreta.\n", PASSWORD),
    "a users table": (_USERS + "| jan.kowalski | PrivateKey |\n", PASSWORD),
    "a users table, secret token": (_USERS + "| m.rossi | SecretToken |\n", PASSWORD),
    "an ini block under a client": ("```ini\n[client_acme_gmbh]\nuser = hans\n"
                                    "password = PrivatePassword\n```\n", PASSWORD),
    "a Wi-Fi network's password": ('Wi-Fi: network "Schmidt-Home", password "PassKeySecret"\n',
                                   PASSWORD),
    "German: more words than the key": ("Passwort: GeheimerSchlüssel\n", PASSWORD),
    "Czech: Italian words as the value": ("Heslo: ParolaParola\n", PASSWORD),
    "YAML: more words than the key": ("```yaml\npassword: PrivatePassword\n```\n", PASSWORD),
    "a value with a comment naming its owner": ("password: PrivatePassword # Anna\n", PASSWORD),
    # a picture's shortcode as the password (no_values.icon_shortcode)
    "a shortcode after password=": ("password=:sunflower:\n", PASSWORD),
    "a shortcode after Wi-Fi password:": ("Wi-Fi password: :rocket:\n", PASSWORD),
    "a picture in a user's password cell": (_USERS + "| hans.mueller | :sunflower: |\n",
                                            PASSWORD),
    "a Material icon as the password": ("password: :material-lock-open-variant:\n", PASSWORD),
    "a picture in a settings table's password cell": (
        "| Setting | Password |\n| --- | --- |\n| Admin | :sunflower: |\n", PASSWORD),
    # a Debian-looking block of a ticket (placeholder_logins.package_metadata)
    "a plan of 3 months": ("Customer's details from the ticket:\nPackage: premium\n"
                           "Version: 3 months\nMaintainer: Hans Müller <hans.mueller@gmx.de>\n",
                           EMAIL),
    "a plan of 3 months with a priority": ("Package: premium\nVersion: 3 months\nPriority: high\n"
                                           "Maintainer: Hans Müller <hans.mueller@gmx.de>\n",
                                           EMAIL),
    "uploaders without a Debian field": ("Package: billing\nVersion: 1\nUploaders: Anna Kowalska "
                                         "<anna.k@wp.pl>, Piotr <piotr@o2.pl>\n", EMAIL),
    "changed-by without a Debian field": ("Package: crm-export\nVersion: v2\n"
                                          "Changed-By: maria.rossi@libero.it\n", EMAIL),
    "a stanza broken by a blank line": ("Package: curl\nVersion: 8.5.0\nPriority: optional\n\n"
                                        "Maintainer: jane.customer@gmail.com\n", EMAIL),
    "a maintainer with a phone": ("Package: curl\nVersion: 8.5.0\nSection: web\n"
                                  "Maintainer: jane.customer@gmail.com, phone 020 7946 0018\n",
                                  EMAIL),
    # a REUSE line's second party, a far licence line
    "a REUSE line's second party": ("SPDX-FileCopyrightText: 2024 Hans <hans.mueller@gmx.de>; "
                                    "customer: jane.customer@gmail.com\nSPDX-License-Identifier: "
                                    "MIT\n", EMAIL),
    "a licence line past prose": ("SPDX-License-Identifier: MIT\n\nTicket notes: the customer "
                                  "asked us to credit them.\n\nSPDX-FileCopyrightText: "
                                  "jane.customer@gmail.com\n", EMAIL),
    "a licence line after a ticket line": ("Ticket #4411 from our customer:\nSPDX-License-"
                                           "Identifier: none\nContact in ticket: jane.doe@gmail.com"
                                           "\nSPDX-FileCopyrightText: jane.doe@gmail.com\n", EMAIL),
    "two addresses on a copyright line": ("# SPDX-FileCopyrightText: 2024 Hans <hans@gmx.de> "
                                          "jane.customer@gmail.com\n# SPDX-License-Identifier: "
                                          "MIT\n", EMAIL),
    # any padded base64 under public: (public_keys)
    "16 padded bytes under public": ("public: c2VjcmV0LXBhc3N3b3JkLTIwMjQ=\n", TOKEN),
    "a listed 33-byte blob under public": ("- public: " + _CURVE_KEY[:-1] + "xyz=\n", TOKEN),
}
"""Leaks: each must stay an error of its kind (main refuses each, m65 published many)."""

PASSED: dict[str, str] = {
    "RustDesk's methods, Japanese": "認証の値:\n\n- クリック確認\n- ワンタイムパスワード\n"
                                    "- 固定パスワード\n- 操作側を切り替え\n",
    "methods, temporary then fixed (Chinese)": "- 点击确认\n- 临时密码\n- 固定密码\n- 切换方向\n",
    "a value restating its key (JSON)": '```json\n{\n  "privateKey": "PRIVATE_KEY",\n}\n```\n',
    "a token restating its key": '```json\n{\n  "token": "TOKEN",\n}\n```\n',
    "an API key restating its key": '```json\n{\n  "api_key": "API_KEY",\n}\n```\n',
    "a secret key restating its key (YAML)": "```yaml\nsecret_key: SecretKey\n```\n",
    "French: the key's own words": "mot de passe : MotDePasse\n",
    "a listed setting restating its key": '- "secretKey": "SECRET_KEY"\n',
    "Russian secret key, listed": '- "secretKey": "Секретный ключ"\n',
    "a cross in a password cell": "| Setting | Password |\n| --- | --- |\n| Admin | :x: |\n",
    "a heavy cross in a Required cell": "| Env | Required |\n| --- | --- |\n"
                                        "| `CLIENT_SECRET` | :heavy_multiplication_x: |\n",
    "a Material close icon in a password cell": "| Setting | Password |\n| --- | --- |\n"
                                                "| Admin | :material-close: |\n",
    "an apt show stanza with uploaders": "```\nPackage: hello\nVersion: 2.10-3\n"
                                         "Section: devel\nMaintainer: Santiago Vila "
                                         "<sanvila@debian.org>\nUploaders: Jane Roe "
                                         "<jroe@debian.org>, John Doe <jdoe@debian.org>\n```\n",
    "a dpkg -s stanza": "```\nPackage: curl\nStatus: install ok installed\nArchitecture: amd64\n"
                        "Version: 8.5.0-2ubuntu10\nMaintainer: Ubuntu Developers "
                        "<ubuntu-devel-discuss@lists.ubuntu.com>\n```\n",
    "a REUSE header in hash comments": "# SPDX-FileCopyrightText: 2024 Jane Roe <jroe@example.org>"
                                       "\n# SPDX-License-Identifier: MIT\n",
    "a REUSE header, licence two lines on": "<!--\nSPDX-FileCopyrightText: 2023 Catalan Lover "
                                            "<catalanlover@protonmail.com>\n\nSPDX-License-"
                                            "Identifier: AGPL-3.0-or-later\n-->\n",
    "a netplan peer's public key": f"```yaml\n      - public: {_CURVE_KEY}\n```\n",
}
"""What fp65 meant to pass: no errors."""


@pytest.fixture(scope="module")
def findings() -> dict[str, list[tuple[str, bool]]]:
    """Every text scanned once: (kind, advisory) of each finding."""
    texts = {**PASSED, **{name: text for name, (text, _) in REFUSED.items()}}
    return {name: [(f.kind, f.advisory) for f in scan(text)] for name, text in texts.items()}


@pytest.mark.parametrize("name", REFUSED)
def test_leak_is_refused(findings: dict[str, list[tuple[str, bool]]], name: str) -> None:
    assert (REFUSED[name][1], False) in findings[name]


@pytest.mark.parametrize("name", PASSED)
def test_no_ones_value_passes(findings: dict[str, list[tuple[str, bool]]], name: str) -> None:
    assert [kind for kind, advisory in findings[name] if not advisory] == []

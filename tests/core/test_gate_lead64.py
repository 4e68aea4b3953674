"""Two readings of gap64 measured on the seen corpora and narrowed (issue 19): a title-case
heading in a script the dictionary has no words of is no person's name, and Korean's `와`/`과`
join a documented factory login's pair as `and` does."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan

_RUSSIAN = "\n".join([
    '',
    '## Продвинутые Приемы: Передача Реального IP Посетителя',
    '',
    'Если вы хотите, чтобы внутренний Web-сервис видел реальный IP посетите'
    'ля, а не определял источник как IP машины с Xray на внутренней стороне'
    ', можно включить `proxyProtocol` у outbound `freedom` на внутренней ст'
    'ороне. Если он выключен, backend Web-сервер обычно видит адрес самой в'
    'нутренней машины с Xray. Если он включен, Xray перед пересылкой соедин'
    'ения на backend, указанный в `redirect`, сначала отправляет заголовок '
    'PROXY protocol, чтобы вместе с ним передать Web-серверу и реальный исх'
    'одный адрес.',
    '',
    'Например:',
    '',
    '```json',
    '{',
    '  "outbounds": [',
    '    {',
    '      "protocol": "freedom",',
    '      "tag": "reverse-direct",',
    '      "settings": {',
    '        "redirect": "192.168.1.123:80",',
    '        "proxyProtocol": 1,',
    '        "finalRules": [',
    '          {',
    '            "action": "allow",',
    '            "network": "tcp",',
    '            "ip": "192.168.1.123",',
    '            "port": "80"',
    '          }',
    '        ]',
    '      }',
    '    }',
    '  ]',
    '}',
    '```',
    '',
    'В этом случае backend, на который указывает `redirect`, не может быть '
    'просто обычным HTTP listener. На нем также нужно явно включить поддерж'
    'ку PROXY protocol. Предположим, что Web-сервер расположен по адресу `1'
    '92.168.1.123`, а адрес внутреннего Xray — `192.168.1.10`. Для `nginx`,'
    ' например, конфигурация может выглядеть так:',
]) + "\n"
"""Xray's Russian VLESS reverse-proxy guide (seen corpus, MPL-2.0), its last line a private
address that was a warning before gap64 read the heading as a person's name."""

_KOREAN = """# 자주 묻는 질문

기본 사용자 이름 "admin"과 비밀번호 "test1234"를 사용해 로그인한 다음, 비밀번호를 변경하십시오.

1. 사용자 이름 `admin`와 비밀번호 `test1234`로 로그인하세요.
"""


def _errors(text: str) -> list[tuple[int, str]]:
    return [(f.line, f.kind) for f in scan(text, Allowed()) if not f.advisory]


def test_a_title_case_heading_in_cyrillic_names_no_one() -> None:
    last = _RUSSIAN.count("\n")
    assert (last, "internal IP address") not in _errors(_RUSSIAN)
    owned = _RUSSIAN.replace("Продвинутые Приемы", "Компьютер господина Иванова")
    assert (last, "internal IP address") in _errors(owned)


def test_a_korean_factory_login_stated_as_the_default_is_accepted() -> None:
    assert _errors(_KOREAN) == []
    assert _errors(_KOREAN.replace("기본 ", "")) != []  # not stated as the default: a finding


_AFTER_WORDS = """Parola routerului este Bucuresti24!x
Parola implicită este Kq8#zP3mLr
Routera parole ir Bucuresti24!x
Maršrutizatoriaus slaptažodis yra Bucuresti24!x
Ο κωδικός του router είναι Bucuresti24!x
Kata sandi Wi-Fi adalah Bucuresti24!x
Mật khẩu Wi-Fi là Bucuresti24!x
Пароль от роутера в офисе Kq8#zP3mLr
Пароль для гостевой сети Qwerty2024!x
Hasło do Wi-Fi w biurze Tr0ub4dor&3x
Het wachtwoord van de router Kq8#zP3mLr
Passwort für die Kasse Abc12345!z
la password del server Roma2024!x
La contraseña del Wi-Fi Bucuresti24!x
Lösenordet för routern Stockholm24!x
Heslo do počítače Praha2024!x
jelszó a routerhez Budapest24!x
adgangskode til routeren Kobenhavn24!x
лозинка за рутер Beograd24!x
şifre modemde Istanbul24!x
пароль hunter2024x""".split("\n")
"""A password word, a few words, maybe a copula, then the value (rev64: gap64's copulas of
their own let the first twenty through, in a line, a table cell and bold)."""


@pytest.mark.parametrize("layout", ["{}", "| Router | {} |", "**{}**"])
def test_a_password_after_a_few_words_in_any_language_is_found(layout: str) -> None:
    missed = [line for line in _AFTER_WORDS
              if not [kind for _, kind in _errors(layout.format(line) + "\n")]]
    assert missed == []

"""A product's factory login the page states as its default passes the gate, with its repeats
on the page (kbgen/core/privacy/default_logins.py). Lines from RustDesk Server Pro's console,
FAQ and overview pages, where main found `admin`/`test1234` 50 times in 12 languages."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

STATED = [
    "The default port of the web console is 21114. Enter `http://<server ip>:21114` in the"
    " browser to enter the console page, as shown in the following figure. The default"
    " administrator username/password is `admin`/`test1234`:\n",
    "网页控制台的默认端口是 21114。在浏览器中输入 `http://<服务器 ip>:21114` 进入控制台页面，"
    "如下图所示。默认管理员用户名/密码是 `admin`/`test1234`：\n",
    "* Open `https://YOUR_DOMAIN` in the browser, log in using the default user name \"admin\""
    " and password \"test1234\", then change the password to your own.\n",
    "* Apri `https://YOUR_DOMAIN` nel browser, accedi usando il nome utente predefinito"
    " \"admin\" e la password \"test1234\", quindi cambia la password con la tua.\n",
    "Dostęp do konsoli webowej: `http://<adres IP serwera>:21114`. Domyślne dane logowania:"
    " `admin`/`test1234`.\n",
]

REPEAT = ("## How can I change the admin password?\n\n"
          "1. Go to `https://rustdesk.yourdomain.com` or `http://youripaddress:21114`.\n"
          "2. Log in with the username `admin` and password `test1234`.\n")


@pytest.mark.parametrize("text", STATED)
def test_a_stated_factory_login_is_no_leak(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory] == []


@pytest.mark.parametrize("statement", [STATED[0], STATED[2]])
def test_the_page_repeating_its_stated_default_is_no_leak(statement: str) -> None:
    assert [f for f in scan(REPEAT + "\n## Server\n\n" + statement) if not f.advisory] == []


def test_a_repeat_without_the_statement_is_found() -> None:
    """The page must state the default: an install step alone gives a password."""
    assert [f.line for f in scan(REPEAT) if not f.advisory] == [4]

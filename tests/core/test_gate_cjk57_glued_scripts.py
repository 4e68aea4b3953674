"""A value written against Chinese, Japanese or Korean text without a space is judged as its
spaced twin is (issue 19, branch cjk57: kbgen.core.script_seams, read by the scanner).

Those scripts' letters are word characters to `re`, so an address glued to them was no word's
end and was not read at all (`我们公司的工资服务器是172.22.14.9。`, `172.22.14.9입니다`), where the
spaced twin was an error. Each case below is written glued and spaced, for every kind of
finding, in Chinese (simplified and traditional), Japanese and Korean; the two must agree.
"""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

FRAMES = {
    "zh-Hans": ("我们公司的工资服务器是", "。"),
    "zh-Hant": ("我們公司的薪資伺服器是", "。"),
    "ja": ("弊社の給与サーバーは", "です。"),
    "ko": ("우리 회사 급여 서버 주소는", "입니다."),
    "th": ("เซิร์ฟเวอร์เงินเดือนของบริษัทเราคือ", "ครับ"),
}
"""Our company's payroll server is …, in each language: the value between them (Thai writes
no spaces between words either: kbgen.core.search_segments.UNSPACED's other scripts)."""

PASSWORD_FRAMES = {
    "zh-Hans": ("数据库密码是", "。"),
    "zh-Hant": ("資料庫密碼是", "。"),
    "ja": ("データベースのパスワードは", "です。"),
    "ko": ("데이터베이스 비밀번호는", "입니다."),
}

VALUES = {
    "IPv4": "172.22.14.9",
    "IPv6": "fd12:3456:789a::17",
    "host": "payroll.corp",
    "e-mail": "zhang.wei@corp.cn",
    "phone": "+81 3-1234-5678",
    "token": "ghp_Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1aS5dG0kLm",
    "URL": "http://10.1.2.3:8080/admin",
    "AWS key": "AKIAZ7Q4M2N8R5T3W6Y9",
    "card": "4539 1488 0343 6467",
    "IBAN": "DE89370400440532013000",
}
"""One value of each kind of finding."""

NOT_FOUND_TWINS = {
    "documentation address": ("服务器地址是", "192.0.2.10", "。"),
    "example domain": ("请发邮件到", "support@example.com", "。"),
    "a version": ("请升级到版本", "1.2.3", "。"),
    "a product name": ("请安装", "RustDesk", "客户端。"),
    "ja documentation address": ("サーバーは", "203.0.113.77", "です。"),
    "ko example domain": ("메일은", "help@example.org", "로 보내세요."),
}
"""Twins that hold nothing to find, glued or spaced."""

WARNED_TWINS = {
    "zh a home router": ("例如，路由器地址是", "192.168.1.20", "。"),
    "zh the client program": ("客户端连接到", "192.168.1.20", "。"),
    "ja a home router": ("ルーターのアドレスは", "192.168.1.1", "です。"),
    "ko a home router": ("공유기 주소는", "192.168.0.1", "입니다."),
}
"""A home network's default address placed with no one: a warning, glued or spaced."""


def _judged(text: str, region: str | None = None) -> set[tuple[str, bool]]:
    return {(finding.kind, finding.advisory) for finding in scan(text, default_region=region)}


def _twins(before: str, value: str, after: str) -> tuple[str, str]:
    return before + value + after, f"{before} {value} {after}"


@pytest.mark.parametrize("kind", VALUES)
@pytest.mark.parametrize("language", FRAMES)
def test_a_glued_value_is_judged_as_its_spaced_twin(language: str, kind: str) -> None:
    glued, spaced = _twins(FRAMES[language][0], VALUES[kind], FRAMES[language][1])
    assert _judged(glued) == _judged(spaced)
    assert any(not advisory for _, advisory in _judged(glued)), glued


@pytest.mark.parametrize("language", PASSWORD_FRAMES)
def test_a_glued_password_is_judged_as_its_spaced_twin(language: str) -> None:
    glued, spaced = _twins(PASSWORD_FRAMES[language][0], "Xk9vQ2mZ7LpR3t",
                           PASSWORD_FRAMES[language][1])
    assert _judged(glued) == _judged(spaced) == {("password or secret", False)}


PHONE_FRAMES = {
    "zh-Hans": ("东京办公室的电话是", "。"),
    "zh-Hant": ("東京辦公室的電話是", "。"),
    "ja": ("東京オフィスの電話は", "です。"),
    "ko": ("도쿄 사무실 전화는", "입니다."),
}


@pytest.mark.parametrize("language", PHONE_FRAMES)
def test_a_national_phone_number_glued_is_read_in_its_region(language: str) -> None:
    glued, spaced = _twins(PHONE_FRAMES[language][0], "03-1234-5678", PHONE_FRAMES[language][1])
    assert _judged(glued, "JP") == _judged(spaced, "JP") == {("phone number", False)}


@pytest.mark.parametrize("case", NOT_FOUND_TWINS)
def test_twins_with_nothing_to_find_agree(case: str) -> None:
    glued, spaced = _twins(*NOT_FOUND_TWINS[case])
    assert _judged(glued) == _judged(spaced) == set()


@pytest.mark.parametrize("case", WARNED_TWINS)
def test_an_unplaced_home_address_stays_a_warning_glued(case: str) -> None:
    glued, spaced = _twins(*WARNED_TWINS[case])
    assert _judged(glued) == _judged(spaced) == {("internal IP address", True)}


BRIEF = [
    "我们公司的工资服务器是172.22.14.9。",
    "我们公司的工资服务器是10.20.30.40",
    "弊社の給与サーバーは172.22.14.9です。",
    "우리 회사 급여 서버 주소는 172.22.14.9입니다.",
    "우리 회사 서버 주소는 172.22.14.9로 설정합니다.",
    "예를 들어, 최민수의 노트북 주소는 172.22.14.9입니다.",
    "服务器是db01.corp。",
    "서버는fd12:3456:789a::17입니다",
    "弊社の本番DBは10.20.30.40:5432です",
    "ssh root@10.20.30.40进入服务器",
    "用户名admin密码Xk9vQ2mZ7LpR3t",
    "카드 번호는4539148803436467입니다",
]
"""Texts the last attack wrote (issue 19) and more of their shape: main found none of them."""


@pytest.mark.parametrize("text", BRIEF)
def test_a_glued_leak_is_an_error(text: str) -> None:
    assert any(not advisory for _, advisory in _judged(text)), text


INSIDE = [
    "password: Xk9v中Q2mZ7LpR3t",
    "DB_PASSWORD=Xk9v中Q2mZ7LpR3t",
    "curl -u admin:Xk9v中Q2mZ7LpR3t https://api.acme.io/",
    "https://admin:Xk9v中Q2mZ7Lp@api.acme.io/",
    "mysql://root:s3cr3t密码@db01.corp:3306/app",
    "export API_TOKEN=ghp_Xk9vQ2mZ7LpR3t中Yw8BnE4cF6hJ1aS5dG0kLm",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG中bPxRfiCYzEXAMPLEKEY",
    "zhang张伟@corp.cn",
]
"""A CJK letter inside a value, which a reading of the spaced twin alone cuts in two: the value
as written stays found (main found each of them)."""


@pytest.mark.parametrize("text", INSIDE)
def test_a_value_with_a_cjk_letter_inside_stays_found(text: str) -> None:
    assert any(not advisory for _, advisory in _judged(text)), text


def test_a_value_both_readings_accept_is_explained_once() -> None:
    explained: list = []
    scan("请访问localhost:8080或127.0.0.1。\n服务器 127.0.0.1 。", explain=explained)
    assert explained and len(explained) == len(set(explained))

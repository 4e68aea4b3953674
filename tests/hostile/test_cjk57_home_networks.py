"""A home router's default address placed with a customer, the company's side, a live system, a
machine's job, a secret, a company or a titled person is an error in Portuguese, Polish,
Romanian, Russian, Chinese, Japanese and Korean as in English (issue 19, branch cjk57:
kbgen.core.translated_claims, read by default_networks).

On main these were warnings, and published: fs56's five rows (`routerul clientului`, `сервер
клиента`, `客户的路由器`, `お客様のルーター`, `고객의 라우터`), left out of hostile.yml by m56 for
that, and the glued ones were not read at all. A home address that nothing places stays a
warning, glued or not (the reader's own router, the client program).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import scan
from tests.conftest import SMALL_PROJECT, article, write_files
from tests.helpers import run_cli

PLACED = [
    # fs56's five, as written there
    "De exemplu, routerul clientului este la 192.168.1.20.",
    "Например, сервер клиента находится по адресу 192.168.1.20.",
    "例如，客户的路由器地址是 192.168.1.20。",
    "例えば、お客様のルーターは`192.168.1.20`です。",
    "고객의 라우터가 `192.168.1.20`에 있다고 가정합니다.",
    # and glued
    "例如，客户的路由器地址是192.168.1.20。",
    "例えば、お客様のルーターは192.168.1.20です。",
    "고객의 라우터가 192.168.1.20에 있다고 가정합니다.",
    "고객 라우터는192.168.1.1입니다.",
    # each other claim, glued
    "我们的路由器地址是192.168.1.1。",
    "我們的路由器位址是192.168.1.1。",
    "生产环境的网关是192.168.0.1。",
    "财务部的打印机是192.168.1.50。",
    "路由器192.168.1.1的管理密码写在工单里。",
    "星辰科技有限公司的路由器是192.168.1.1。",
    "王先生的电脑是192.168.1.23。",
    "当社のルーターは192.168.1.1です。",
    "本番環境のゲートウェイは192.168.0.1です。",
    "経理のPCは192.168.1.23です。",
    "株式会社サンプルのルーターは192.168.1.1です。",
    "田中さんのPCは192.168.1.23です。",
    "社内のプリンターは192.168.1.50です。",
    "저희 공유기 주소는 192.168.0.1입니다.",
    "회사 사무실 프린터는 192.168.1.50입니다.",
    "김 씨의 노트북은 192.168.1.23입니다.",
    "운영 서버는 192.168.1.10입니다.",
    "급여 PC는 192.168.1.23입니다.",
    # the spaced languages
    "Na przykład router klienta ma adres 192.168.1.1.",
    "Например, роутер нашего офиса имеет адрес 192.168.1.1.",
    "De exemplu, routerul companiei este la 192.168.1.1.",
    "Por exemplo, o roteador da nossa empresa está em 192.168.1.1.",
]

UNPLACED = [
    "例如，你的路由器地址是192.168.1.1。",
    "ルーターの管理画面は192.168.1.1です。",
    "공유기 관리 페이지는 192.168.0.1입니다.",
    "客户端会连接到192.168.1.20。",
    "Например, ваш роутер имеет адрес 192.168.1.1.",
    "Клиент Xray подключается к 192.168.1.20.",
    "Por exemplo, o seu roteador está em 192.168.1.1.",
]
"""The reader's own router, a router's page, the client program: a warning, as in English."""


def _errors(text: str) -> list[str]:
    return [finding.kind for finding in scan(text) if not finding.advisory]


@pytest.mark.parametrize("text", PLACED)
def test_a_placed_home_address_is_an_error(text: str) -> None:
    assert _errors(text) == ["internal IP address"], text


@pytest.mark.parametrize("text", UNPLACED)
def test_an_unplaced_home_address_stays_a_warning(text: str) -> None:
    found = scan(text)
    assert [finding.advisory for finding in found] == [True], text


def test_english_places_the_customer_s_router_alike() -> None:
    assert _errors("For example, the customer's router is at 192.168.1.20.") == [
        "internal IP address"]
    assert not _errors("For example, your router is at 192.168.1.20.")


def test_check_refuses_a_korean_article_with_a_glued_address(tmp_path: Path) -> None:
    """`kbgen check` of a project whose Korean article writes the company's payroll server's
    address the ordinary Korean way, glued to its particle."""
    write_files(tmp_path, {**SMALL_PROJECT, "content/articles/billing/payroll.md": article(
        "Payroll", body="## 설정\n\n우리 회사 급여 서버 주소는 172.22.14.9입니다.\n")})
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "billing/payroll.md:10: error: internal IP address" in result.stdout

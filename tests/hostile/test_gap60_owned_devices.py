"""Issue 19 (gap60): a home router's default address given to someone by a Korean title
written right before the device, without `님` or `의` (`부장 PC`, `김 과장 노트북`): an error
(kbgen.core.owned_devices._KOREAN_TITLE; a warning on main, rev59b's gaps). A device's own
kind or the network's words before it stay warnings."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _verdict(text: str) -> str:
    findings = scan(text, Allowed())
    if any(not finding.advisory for finding in findings):
        return "error"
    return "warning" if findings else "none"


TITLED = (
    "부장 PC 192.168.1.20",
    "김 과장 노트북: 192.168.1.20",
    "사장 컴퓨터는 192.168.1.20 입니다",
    "원장 노트북 IP: 10.0.0.5",
    "실장 PC 주소는 192.168.1.21",
    "박 대리 컴퓨터 192.168.1.23",
    "- 팀장 노트북: 192.168.0.31",
    "| 간호사 PC | 192.168.0.32 |",
    "<td>원장 컴퓨터</td><td>192.168.0.33</td>",
    "과장이 쓰는 노트북은 192.168.1.24",
    "세무사 노트북 192.168.1.25 에서 접속",
    "교수 컴퓨터 = 10.0.0.26",
)


@pytest.mark.parametrize("text", TITLED)
def test_a_device_after_a_title_is_an_error(text: str) -> None:
    assert _verdict(text) == "error"


NETWORK = (
    "공유기 관리 PC 192.168.1.20",
    "기본 게이트웨이 192.168.1.1",
    "무선 공유기 192.168.0.1",
    "새 라우터 192.168.1.1",
    "사용자 PC 192.168.1.20",
)


@pytest.mark.parametrize("text", NETWORK)
def test_a_device_of_the_network_stays_a_warning(text: str) -> None:
    assert _verdict(text) == "warning"

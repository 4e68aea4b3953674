"""Issue 19 (gap59): a home router's default address (192.168.1.20) given as someone's device by a
preposition joined to its article (`el portátil del jefe`, `il PC del capo`, `l'ordinateur du
patron`, `der Laptop vom Chef`, `o notebook do chefe`) or Romanian's `lui` before a name
(`computer-ul lui Popescu`): an error, as `le portable de Marie` was (rev58's default_net_owner
gaps, a warning on main). The same shapes whose possessor is a network's word, the reader or
the example stay warnings."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _verdict(text: str) -> str:
    findings = scan(text, Allowed())
    if any(not finding.advisory for finding in findings):
        return "error"
    return "warning" if findings else "none"


OWNED = (
    "el portátil del jefe es 192.168.1.20",
    "il PC del capo è 192.168.1.20",
    "l'ordinateur du patron est 192.168.1.20",
    "der Laptop vom Chef ist 192.168.1.20",
    "o notebook do chefe é 192.168.1.20",
    "La imprimanta lui Popescu: 192.168.1.20",
    "computer-ul lui Popescu: 192.168.1.20",
    "laptopul lui Ionescu are adresa 192.168.1.20",
    "la impresora de la recepcionista: 192.168.1.20",
    "il portatile della segretaria è 192.168.1.20",
    "l'imprimante de l'accueil est 192.168.1.20",
    "der Drucker von der Buchhaltung hat 192.168.1.20",
    "el ordenador del contable: 192.168.1.20",
    "il computer dell'avvocato è 192.168.1.20",
    "le portable du directeur: 192.168.1.20",
    "das Handy vom Azubi hat 192.168.1.20",
    "il telefono dello chef è 192.168.1.20",
    "la tablet del doctor Ruiz: 192.168.1.20",
    "o laptop do contador é 192.168.1.20",
    "el móvil del gerente tiene 192.168.1.20",
    "el portátil del usuario Marco: 192.168.1.20",
    "der Laptop vom Benutzer Weber: 192.168.1.20",
    "l'ordinateur de l'utilisateur Dupont est 192.168.1.20",
)


@pytest.mark.parametrize("text", OWNED)
def test_a_device_given_to_someone_by_a_joined_article_is_an_error(text: str) -> None:
    assert _verdict(text) == "error"


NETWORKS_OWN = (
    "el router del proveedor es 192.168.1.1",
    "l'ordinateur de l'utilisateur: 192.168.1.20",
    "il server del sistema è 192.168.1.20",
    "le serveur du réseau est 192.168.1.20",
    "der Router vom Hersteller hat 192.168.1.1",
    "el portátil del usuario es 192.168.1.20",
    "der Router vom Hersteller AVM: 192.168.178.1",
    "el router del proveedor Movistar: 192.168.1.1",
)


@pytest.mark.parametrize("text", NETWORKS_OWN)
def test_a_device_of_the_network_or_the_reader_stays_a_warning(text: str) -> None:
    assert _verdict(text) == "warning"


HAN_LABELS = (
    "老板电脑 192.168.1.20",
    "老板那台电脑：192.168.1.20",
    "老板用 192.168.1.20",
    "- 会计电脑：192.168.1.21",
    "张总笔记本：192.168.1.22",
    "前台那台打印机 192.168.1.30",
    "王经理手机是 192.168.1.40",
    "财务用 192.168.1.50",
    "부장님이 쓰는 PC는 192.168.1.20 입니다",
    "사장님께서 사용하시는 노트북: 192.168.1.20",
)


@pytest.mark.parametrize("text", HAN_LABELS)
def test_a_chinese_label_giving_someone_a_device_without_de_is_an_error(text: str) -> None:
    assert _verdict(text) == "error"


HAN_KINDS = (
    "台式电脑 192.168.1.20",
    "无线路由器 192.168.1.1",
    "路由器 192.168.1.1",
    "旁路由：192.168.1.2",
    "本地电脑 192.168.1.20",
    "中转服务器：192.168.1.10",
    "电脑 192.168.1.20",
    "你的电脑 192.168.1.20",
    "여러분이 쓰는 PC는 192.168.1.20 입니다",
)


@pytest.mark.parametrize("text", HAN_KINDS)
def test_a_chinese_label_naming_a_kind_of_device_stays_a_warning(text: str) -> None:
    assert _verdict(text) == "warning"

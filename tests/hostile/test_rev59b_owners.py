"""Issue 19 (rev59b): a Portuguese device's owner is read past a network's word. gap59 widened
the possessors a device is anyone's with for Spanish, Italian, French and German, and the
widened list also served Portuguese's `do`/`da`: `o computador da casa da Marta` read as the
house's (anyone's), `o telefone do primo Rafael` as a first one's. Each language form now keeps
its own list, and a network's word followed by another possessor, a name or a login gives the
device to that person (kbgen.core.owned_devices)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan

OWNED = [
    "O computador da casa da Marta tem o IP 192.168.1.23.",
    "O telefone do primo Rafael: 192.168.1.33",
    "- Computador da casa da Marta: `192.168.1.38`",
    "| Computador da casa da Marta | 192.168.1.39 |",
    "A câmera da casa da Dona Fernanda está em 192.168.1.29.",
    "O computador da casa do João Pereira está em 192.168.1.40.",
    "A impressora da casa dos Almeida: 192.168.1.41",
    "O celular do primo da Marta recebeu 192.168.1.42.",
    "O PC da casa nova da Marta Jensen: 192.168.1.44",
    "O computador de Segundo Ramírez tem o IP 192.168.1.23.",
    "O computador do usuario marta.jensen recebeu 192.168.1.23.",
    "O IP do computador do primo é 192.168.1.23.",
    "El portátil de la casa de Marta tiene 192.168.1.23.",
    "El portátil del primo tiene la IP 192.168.1.23.",
    "La stampante delle ragazze: 192.168.1.23",
]
ANYONE_S = [
    "der Router vom Hersteller AVM: 192.168.178.1",
    "la stampante della rete Wi-Fi: 192.168.1.23",
]


def _errors(text: str) -> list[int]:
    return [finding.line for finding in scan(text)
            if finding.kind == INTERNAL_IP and not finding.advisory]


@pytest.mark.parametrize("text", OWNED)
def test_a_person_after_a_network_s_word_owns_the_device(text: str) -> None:
    assert _errors(text) != []


@pytest.mark.parametrize("text", ANYONE_S)
def test_a_network_s_device_named_by_its_maker_or_network_stays_a_warning(text: str) -> None:
    assert _errors(text) == []

"""The example, supposition and reader's-own readings of a private address in the languages
set-up guides are translated to, and the claims that still refuse them (issue 19, branch fs56):
kbgen.core.translated_words, read by surroundings, scenarios, example_lists and
default_networks."""

from __future__ import annotations

import re

import pytest
import yaml

from kbgen.core import translated_words
from kbgen.core.examples import Acceptance
from kbgen.core.privacy import scan
from tests.test_bench import BENCH

PASSING = [
    # RustDesk's NAT loopback page (Portuguese, Polish, Romanian, Japanese, Korean shape)
    ("pt supposition", "Assuma que o IP público do seu roteador será `172.16.16.1`, o IP LAN do"
                       " seu servidor é `192.168.11.20`.\n"),
    ("pl supposition", "Załóżmy, że publiczny adres IP routera to `172.16.16.1`, adres IP"
                       " serwera w sieci LAN to `192.168.11.20`.\n"),
    ("ro supposition", "Să presupunem că IP-ul public al routerului este `172.16.16.1`.\n"),
    ("ja supposition", "ルーターのパブリックIPが`172.16.16.1`、サーバーのLAN IPが`192.168.11.20`"
                       "であると仮定します。\n"),
    ("ko supposition", "라우터의 공용 IP가 `172.16.16.1`이라고 가정합니다.\n"),
    # Xray's reverse proxy page (Russian, Chinese)
    ("ru supposition", "Предположим, что ваш внутренний Web-сервис слушает на"
                       " `192.168.1.123:8888`:\n"),
    ("zh supposition", "假设你的内网 Web 服务监听在 `192.168.1.123:8888`：\n"),
    # RustDesk's proxy settings under a bare `Examples:`
    ("pt examples", "Exemplos:\n\n1. **http** `proxy-url=http://192.168.0.2:12345`\n"),
    ("pl examples", "Przykłady:\n\n1. **http** `proxy-url=http://192.168.0.2:12345`\n"),
    ("ja examples", "例：\n\n1. **http** `proxy-url=http://192.168.0.2:12345`\n"),
    ("it examples", "Esempi:\n\n1. **http** `proxy-url=http://192.168.0.2:12345`\n"),
    # a code block introduced as an example (Xray's routing page, Russian)
    ("ru example block", "Пример данных, отправляемых в POST-запросе:\n\n```json\n"
                         "{\"inboundLocal\": \"tcp:192.168.108.1:443\"}\n```\n"),
]


@pytest.mark.parametrize("case, text", PASSING)
def test_a_translated_example_or_supposition_passes_with_its_reason(case: str, text: str
                                                                    ) -> None:
    explained: list[Acceptance] = []
    assert [f for f in scan(text, explain=explained) if not f.advisory] == []
    assert explained and all(a.kind == "internal IP address" for a in explained)


def _rows() -> list[tuple[str, str]]:
    rows = yaml.safe_load((BENCH / "gatecorpus/hostile.yml").read_text(encoding="utf-8"))
    return [(row["id"], row["text"]) for row in rows if row["id"].startswith("fs56-")]


@pytest.mark.parametrize("name, text", _rows())
def test_the_same_sentence_placing_the_value_is_still_found(name: str, text: str) -> None:
    findings = [f for f in scan(text) if not f.advisory]
    assert any(f.kind == "internal IP address" for f in findings), name


def test_every_language_has_its_hostile_rows() -> None:
    languages = {name.split(":")[0].removeprefix("fs56-") for name, _ in _rows()}
    assert {"pt", "pl", "ro", "ru", "zh", "zh-tw", "ja", "ko", "it", "nl"} <= languages


@pytest.mark.parametrize("english", [
    "internet", "international", "firmware", "client_id", "clients", "companies", "np.array",
    "exemplary", "sample", "tame", "dvs", "confirm"])
def test_no_translated_word_reads_an_english_one(english: str) -> None:
    every = re.compile("(?i)" + translated_words.pattern(
        *translated_words.OWN_SIDE, translated_words.CASE, translated_words.EXAMPLE,
        translated_words.EXAMPLES_FOLLOW, translated_words.SUPPOSE, translated_words.YOURS,
        translated_words.SECRETS))
    assert not every.search(f"the {english} setting")


def test_words_without_spaces_match_inside_a_sentence_and_others_as_words() -> None:
    our = re.compile("(?i)" + translated_words.pattern(translated_words.OUR))
    assert our.search("假设我们的服务器")
    assert our.search("Załóżmy, że naszego serwera")
    assert not our.search("Bonanza serwera")  # a stem reads from a word's start

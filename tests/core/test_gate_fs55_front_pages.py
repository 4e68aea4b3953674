"""Issue 19 (fs55): two more seen set-up guides of network services (Xray's docs in three
languages, the Turris routers' docs) and `front_pages`: a home router's or the reader's own web
interface opened at its front page, in the languages set-up guides are translated to
(kbgen.core.privacy.front_pages). Its twins placed with someone, with a path, a login, a
company's network or a secret beside stay findings (more are rows `fs55-` of
bench/gatecorpus/hostile.yml, counted by bench/gate.py)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, front_pages, scan
from tests.hostile.test_many_findings import assert_modules_work_linearly
from tests.test_bench import BENCH, bench_script

# As Quad9's Spanish, French and Romanian OpenWrt guides write them (the rule was written on
# them), and as Turris' MOX set-up page does (moved blind).
QUAD9 = [
    "* Inicie sesión en su panel de control de LuCI, normalmente abriendo `http://192.168.1.1`"
    " en su navegador.\n",
    "* Connectez-vous à votre panneau de configuration LuCI, généralement en ouvrant"
    " `http://192.168.1.1` dans votre navigateur.\n",
    "* Conectați-vă la panoul de control LuCI, de obicei prin deschiderea `http://192.168.1.1`"
    " în browser.\n",
]
TURRIS = ("When booted, you can access the first-run wizard by using a web browser and\n"
          "entering as URL address of your router. In case of MOX running as DHCP server,\n"
          "web interface will be at <http://192.168.1.1>.\n")


@pytest.mark.parametrize("text", [*QUAD9, TURRIS,
                                  "Öffnen Sie die Weboberfläche unter http://192.168.178.1 im"
                                  " Browser.\n",
                                  "在浏览器中打开 http://127.0.0.1:2017/ 即可。\n",
                                  "Откройте веб-интерфейс роутера http://192.168.1.1 в"
                                  " браузере.\n"])
def test_a_front_page_opened_in_a_browser_passes_with_its_reason(text: str) -> None:
    explained: list[Acceptance] = []
    assert [finding for finding in scan(text, Allowed(), explain=explained)
            if not finding.advisory] == []
    assert front_pages.REASON in {acceptance.reason for acceptance in explained}


@pytest.mark.parametrize("text", [
    "Inicie sesión en el panel de control de nuestro servidor de nóminas en"
    " `http://192.168.1.1`.\n",
    "L'interface web du routeur du client est à `http://192.168.1.1`.\n",
    "Abra `http://192.168.1.1/cgi-bin/luci/admin` en su navegador.\n",
    "Öffnen Sie die Weboberfläche unter http://10.20.30.40 im Browser.\n",
    "The web interface of the office VPN gateway will be at <http://192.168.1.1>.\n",
    "Ouvrez `http://admin@192.168.1.1` dans votre navigateur.\n",
    "La página del enrutador está en `http://192.168.1.1`.\n",   # names no interface
    # the languages it reads that the claim words lack
    "Conectați-vă la panoul de control al serverului nostru de producție la"
    " `http://192.168.1.1`.\n",
    "Откройте веб-интерфейс нашего производственного сервера http://192.168.1.1 в браузере.\n",
    "在浏览器中打开我们公司生产服务器的管理界面 http://192.168.1.1 。\n",
    "Deschideți interfața web a routerului clientului la http://192.168.1.1 în browser.\n",
    "dig +short intranet.example.com @127.0.0.1 # наш производственный резолвер\n",
])
def test_a_placed_pathed_or_unnamed_front_page_is_still_found(text: str) -> None:
    assert "internal IP address" in {finding.kind for finding in scan(text, Allowed())}


def test_a_secret_beside_the_front_page_keeps_both_found() -> None:
    text = ("Abra `http://192.168.1.1` en su navegador; la contraseña del panel es"
            " `Kv8wepTqx2Lm`.\n")
    assert {finding.kind for finding in scan(text, Allowed())} == {
        "internal IP address", "password or secret"}


@pytest.fixture(scope="module")
def gatecorpus() -> ModuleType:
    """bench/gatecorpus.py."""
    return bench_script("gatecorpus", "kbgen_bench_gatecorpus_fs55")


@pytest.mark.parametrize("name, size, own", [("xray", 321, "xtls.github.io"),
                                             ("turris", 136, "turris.cz")])
def test_each_new_corpus_is_seen_sized_licensed_and_documented(gatecorpus: ModuleType,
                                                               name: str, size: int,
                                                               own: str) -> None:
    centre = next(centre for centre in gatecorpus.CENTRES if centre.name == name)
    assert not centre.held_out
    articles = gatecorpus.load(centre)
    assert len(articles) == size
    assert all(article["title"] and article["body"] for article in articles)
    assert "Attribution-ShareAlike 4.0 International" in (
        BENCH / "gatecorpus" / f"LICENSE-{name}").read_text(encoding="utf-8")
    assert centre.commit in (BENCH / "gatecorpus" / "README.md").read_text(encoding="utf-8")
    gate = bench_script("gate", "kbgen_bench_gate_fs55")
    assert own in gate.OWN_DOMAINS[name]


@pytest.mark.parametrize("shape, text", [
    ("front pages in a browser", lambda n: "Abra " + " ".join(
        f"http://192.168.1.{i % 250 + 1}" for i in range(n))
        + " en su navegador, y pregunte a 10.20.30.40.\n"),
    ("loopback arguments of a command", lambda n: "dig " + " ".join(
        f"@127.0.{i // 250}.{i % 250 + 1}" for i in range(n)) + " 10.20.30.40\n"),
])
def test_many_values_on_one_line_are_read_in_linear_work(
        monkeypatch: pytest.MonkeyPatch, shape: str, text: Callable[[int], str]) -> None:
    assert_modules_work_linearly(monkeypatch, shape, text)


@pytest.mark.parametrize("name, size", [("dms", 51), ("pangolin", 115)])
def test_the_two_network_guides_kept_apart_are_held_out(gatecorpus: ModuleType, name: str,
                                                         size: int) -> None:
    centre = next(centre for centre in gatecorpus.CENTRES if centre.name == name)
    assert centre.held_out
    assert len(gatecorpus.load(centre)) == size
    assert "MIT License" in (BENCH / "gatecorpus" / f"LICENSE-{name}").read_text(encoding="utf-8")
    assert centre.commit in (BENCH / "gatecorpus" / "README.md").read_text(encoding="utf-8")

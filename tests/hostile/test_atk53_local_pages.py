"""A hostile review of gen53's `local_pages` (issue 19, atk53): leaks dressed as a page on the
reader's own computer that the page makes stay findings (errors, not warnings): a path whose
parts carry a person (`/users/jane.doe/`), a printed code or a data file (`users.csv`), a
path the page names only inside a URL, an HTML comment, an image's alt text or a line that
places it with a company, and a page on a customer's or a named person's machine in German,
French, Spanish or Dutch. Jekyll's, Traefik's, Kanboard's and Firefly III's shapes
(test_gate_gen53_local_pages) still warn. Each leak is also a row `(atk53)` of
bench/gatecorpus/hostile.yml (counted by bench/gate.py)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import local_pages, scan
from tests.core.test_gate_gen53_local_pages import ABOUT, DASHBOARD, KANBOARD
from tests.hostile.test_long_lines import _assert_work_grows_linearly

LEAKS = {
    "a person's login in the path": (
        "Jane's dashboard shows her pay.\n\nOpen http://localhost:8080/users/jane.doe/dashboard"
        " now.\n"),
    "a path under a person's login": (
        "The dashboard.\n\nOpen http://localhost:8080/jane.doe/dashboard now.\n"),
    "a code the page prints as the path": (
        "Your invite code is qzvbxkwmtrplfd.\n\nOpen http://localhost:8080/invite/qzvbxkwmtrplfd"
        " now.\n"),
    "a data file the page names": (
        "The users file has every address.\n\nDownload http://localhost:8080/export/users.csv"
        " now.\n"),
    "a database dump the page names": (
        "Make a backup of the payroll database first.\n\nFetch http://127.0.0.1:8080/backup.sql"
        " and keep it.\n"),
    "a path named only in an HTML comment": (
        "<!-- payroll -->\n\nOpen http://localhost:8080/payroll now.\n"),
    "a path named only in a comment over lines": (
        "<!--\nold notes: payroll\n-->\n\nOpen http://localhost:8080/payroll now.\n"),
    "a path named only in an image's alt text": (
        "![payroll](shot.png)\n\nOpen http://localhost:8080/payroll now.\n"),
    "a path named only in an img alt attribute": (
        '<img src="a.png" alt="payroll">\n\nOpen http://localhost:8080/payroll now.\n'),
    "a path named only by another port's URL": (
        "Open http://localhost:8081/payroll first.\n\nOpen http://localhost:8080/payroll now.\n"),
    "a path named only by another site's URL": (
        "See https://docs.acme.test/payroll too.\n\nOpen http://localhost:8080/payroll now.\n"),
    "a path named only on a company's line": (
        "Acme GmbH's payroll keeps every salary.\n\nOpen http://localhost:8080/payroll now.\n"),
    "an IPv6 loopback on the production server": (
        "Enable the dashboard.\n\nOpen http://[::1]:8080/dashboard/ on the production server.\n"),
    "German: a named person's computer": (
        "Das Dashboard läuft.\n\nÖffnen Sie http://127.0.0.1:8080/dashboard/ auf dem Rechner von"
        " Herrn Müller.\n"),
    "French: a customer's server": (
        "Le tableau de bord dashboard est installé.\n\nOuvrez http://localhost:8080/dashboard/"
        " sur le serveur du client Dupont.\n"),
    "Spanish: our customer's server": (
        "El panel dashboard está activo.\n\nAbra http://localhost:8080/dashboard/ en el servidor"
        " de nuestro cliente García.\n"),
    "Dutch: a customer's server": (
        "Het dashboard draait.\n\nOpen http://localhost:8080/dashboard/ op de server van klant"
        " Jansen.\n"),
    "a named person's laptop": (
        "Enable the dashboard.\n\nOpen http://localhost:8080/dashboard/ on Jane Doe's laptop.\n"),
}


@pytest.mark.parametrize("text", list(LEAKS.values()), ids=list(LEAKS))
def test_a_leak_dressed_as_a_local_page_stays_an_error(text: str) -> None:
    findings = scan(text)
    assert any(finding.kind.startswith("internal") and not finding.advisory
               for finding in findings), findings


@pytest.mark.parametrize("text", [
    ABOUT, DASHBOARD, KANBOARD,
    "Create a file named `phpinfo.php`.\n\nVisit <http://localhost/phpinfo.php>.\n",
    "mkdir /var/www/data-importer\n\nThe data importer is served from `/data-importer/public`."
    "\n\nVisit [http://localhost/data-importer/public](http://localhost/data-importer/public).\n",
])
def test_the_reference_shapes_still_warn(text: str) -> None:
    findings = scan(text)
    assert findings and all(finding.advisory and finding.advice == local_pages.ADVICE
                            for finding in findings), findings


@pytest.mark.parametrize(("path", "names"), [
    ("/data-importer/public", ["data-importer", "public"]), ("/about.html", ["about"]),
    ("/importer.", ["importer"]), ("/users/jane.doe/dashboard", None), ("/export/users.csv", None),
    ("/invite/qzvbxkwmtrplfd", None), ("/v1/dashboard", None),
])
def test_path_names(path: str, names: list[str] | None) -> None:
    assert local_pages.path_names(path) == names


def _urls_on_a_line(count: int) -> str:
    urls = " ".join(f"http://localhost:{1000 + i}/dashboard/" for i in range(count))
    return f"---\ntitle: T\n---\n\nEnable the dashboard.\n\nOpen {urls}\n"


def _urls_a_line(count: int) -> str:
    urls = "\n".join(f"- http://localhost:{1000 + i}/dashboard/" for i in range(count))
    return f"---\ntitle: T\n---\n\nEnable the dashboard.\n\n{urls}\n"


@pytest.mark.parametrize("text_of", [_urls_on_a_line, _urls_a_line], ids=["one line", "lines"])
def test_the_gates_work_grows_with_local_pages(monkeypatch: pytest.MonkeyPatch,
                                               text_of: object) -> None:
    _assert_work_grows_linearly(monkeypatch, text_of)  # type: ignore[arg-type]


def test_a_page_under_a_line_placing_it_paragraphs_up_stays_an_error() -> None:
    text = ("On the customer's machine:\n\nEnable the dashboard.\n\n"
            "Open http://localhost:8080/dashboard/ now.\n")
    assert [finding.kind for finding in scan(text) if not finding.advisory] == [
        "internal hostname"]

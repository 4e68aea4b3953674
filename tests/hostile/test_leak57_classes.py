"""The leaks rev56 found main publishes, closed as classes (issue 19, branch leak57), each in a
real `kbgen build`: an example or a supposition that states where a thing is and describes it
by a site of the company (`the printer in the Krakow branch has the address`), a person or a
party (`the boss's computer`, `the contractor's server`), an organisation (`the organisation's`,
`the AcmeCorp server`), a live system (`the live server`) or the writer (`we use the printer
at`), or a supposition naming a department (`Suppose the payroll server is at`); a front page
whose web interface is described by a word no network's (`the AcmeCorp web interface`,
`роутера Иванова`, `张伟家的路由器`); the reader's own phrase naming a party as a clause's
subject (`Enter your server Acme uses, e.g.`). Each case is an article and the same text copied
as a file, every line a value of its own; the build names every line and publishes nothing.
Documentation of the same shapes publishes (`the side router`, `the Web server`, `your reverse
proxy`, `In this example, we'll use`, `your LuCI control panel`, `веб-интерфейс роутера`,
`你家的路由器`, `your Synology NAS address`, `your Jellyfin server uses`, `if your ISP uses`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kbgen.core.privacy import Allowed, scan
from tests.hostile.refusals import assert_body_publishes, refused_class_tests
from tests.hostile.test_many_findings import assert_modules_work_linearly

ADDRESS = "internal IP address"
_ADDRESS = re.compile(r"\d+\.\d+\.\d+\.\d+")

# class: its texts, each line a value of its own
TEXTS: dict[str, str] = {
    "sites": (
        "For example, the printer in the Krakow branch has the address 10.57.0.1.\n\n"
        "For example, the server at headquarters has the address 10.57.0.2.\n\n"
        "For example, the factory server has the address 10.57.0.3.\n\n"
        "Suppose the Campinas branch server is at 10.57.0.4.\n\n"
        "For instance, the scanner at the Leeds plant has the address 10.57.0.5.\n\n"
        "For example, the Nairobi warehouse printer is at 10.57.0.6.\n\n"
        "Suppose the label printer on the north campus is at 10.57.0.7.\n\n"
        "Let's say the depot's NAS has the IP address 10.57.0.8.\n\n"
        "For example, the till in store 14 uses the address 10.57.0.9.\n\n"
        "For example, 10.57.0.10 is the printer at the Krakow branch.\n\n"
        "For example, the HQ file server is at 10.57.0.11.\n\n"
    ),
    "people": (
        "For example, the boss's computer has the address 10.57.1.1.\n\n"
        "For example, the contractor's server has the address 10.57.1.2.\n\n"
        "For example, the manager's laptop has the address 10.57.1.3.\n\n"
        "For instance, the landlord's router is at 10.57.1.4.\n\n"
        "Suppose the vendor's VPN gateway is at 10.57.1.5.\n\n"
        "For example, the intern's workstation uses the IP 10.57.1.6.\n\n"
        "For example, 10.57.1.7 is the director's PC.\n\n"
        "For example, the accountants' printer has the address 10.57.1.8.\n\n"
        "For example, the caretaker's PC has the address 10.57.1.9.\n\n"
        "Suppose the receptionist's laptop is at 10.57.1.10.\n\n"
        "For instance, 10.57.1.11 is the treasurer's tablet.\n\n"
        "For example, the chairman's printer uses the address 10.57.1.12.\n\n"
    ),
    "organisations": (
        "For example, the organisation's server has the address 10.57.2.1.\n\n"
        "For example, the firm's mail gateway has the address 10.57.2.2.\n\n"
        "Suppose the agency's server is at 10.57.2.3.\n\n"
        "For example, the school's web server has the address 10.57.2.4.\n\n"
        "For example, the AcmeCorp server has the address 10.57.2.5.\n\n"
        "Imagine the hospital's DNS server is at 10.57.2.6.\n\n"
        "For example, 10.57.2.7 is the association's file server.\n\n"
    ),
    "live": (
        "For example, the live server has the address 10.57.3.1.\n\n"
        "For example, the real server has the address 10.57.3.2.\n\n"
        "For example, the customer-facing API is at 10.57.3.3.\n\n"
        "For instance, the current billing server is at 10.57.3.4.\n\n"
        "Suppose the go-live database has the address 10.57.3.5.\n\n"
        "For example, the actual server sits at 10.57.3.6.\n\n"
        "For instance, the running billing system has the address 10.57.3.7.\n\n"
        "Suppose the operational database is at 10.57.3.8.\n\n"
        "For example, 10.57.3.9 is the live mail server.\n\n"
    ),
    "writer": (
        "For example, we use the printer at 10.57.4.1.\n\n"
        "For example, we have the printer at 10.57.4.2.\n\n"
        "For instance, we run the wiki at 10.57.4.3.\n\n"
        "For example, we keep our backups at 10.57.4.4.\n\n"
        "For example, the printer we use has the address 10.57.4.5.\n\n"
        "For example, I use the printer at 10.57.4.6.\n\n"
        "For example, the printer is at 10.57.4.7 for us.\n\n"
        "For example, we host the wiki at 10.57.4.8.\n\n"
        "For example, we reach the NAS at 10.57.4.9.\n\n"
        "For example, the wiki we run is at 10.57.4.10.\n\n"
    ),
    "supposed-departments": (
        "Suppose the payroll server is at 10.57.5.1.\n\n"
        "Suppose the sales server is at 10.57.5.2.\n\n"
        "Let's say the legal team's share is at 10.57.5.3.\n\n"
        "Assume the finance database has the address 10.57.5.4.\n\n"
        "Imagine the IT department's server is at 10.57.5.5.\n\n"
        "Suppose the marketing NAS has the IP 10.57.5.6.\n\n"
        "Let's say the reception PC has the IP 10.57.5.7.\n\n"
        "Imagine the design team's NAS is at 10.57.5.8.\n\n"
        "Suppose the stockroom scanner is at 10.57.5.9.\n\n"
    ),
    "front-pages": (
        "Open the AcmeCorp web interface at http://192.168.1.10.\n\n"
        "Откройте веб-интерфейс роутера Иванова по адресу http://192.168.1.11.\n\n"
        "在浏览器中打开张伟家的路由器 http://192.168.1.12。\n\n"
        "Open the AcmeCorp web interface at http://192.168.1.13.\n\n"
        "Log into AcmeCorp web interface at http://192.168.1.14.\n\n"
        "Open the Initrode admin panel at http://192.168.0.15 in your browser.\n\n"
        "Open the tenant's web interface at http://192.168.1.16 in a browser.\n\n"
        "Open the Mombasa grocer web interface at http://192.168.1.17.\n\n"
        "Open the mayor's control panel at http://192.168.1.18.\n\n"
        "Откройте веб-интерфейс роутера Иванова по адресу http://192.168.1.19.\n\n"
        "Откройте в браузере веб-интерфейс роутера Сидорова: http://192.168.1.20\n\n"
        "Откройте панель управления сервера фирмы «Ромашка» по адресу http://192.168.0.21.\n\n"
        "Веб-интерфейс роутера Анны Орловой доступен по адресу http://192.168.1.22.\n\n"
        "Откройте веб-интерфейс маршрутизатора Егорова в браузере: http://192.168.0.23\n\n"
        "在浏览器中打开张伟家的路由器 http://192.168.1.24。\n\n"
        "在浏览器中打开王芳的管理界面 http://192.168.1.25。\n\n"
        "在浏览器中打开李娜办公室的路由器管理界面 http://192.168.0.26。\n\n"
        "用浏览器打开华为集团的控制面板 http://192.168.1.27。\n\n"
        "在浏览器中打开陈静老师的路由器 http://192.168.1.28。\n\n"
    ),
    "third-parties": (
        "Enter your server Acme uses, e.g. 10.57.7.1.\n\n"
        "Enter the VPN Initech provided, e.g. 10.57.7.2.\n\n"
        "Set your gateway Globex assigned, for example 10.57.7.3.\n\n"
        "Enter your proxy Umbrella runs, e.g. 10.57.7.4.\n\n"
        "Use the DNS server Hooli operates, for example 10.57.7.5.\n\n"
        "Point it at your printer Contoso installed, e.g. 10.57.7.6.\n\n"
        "Enter your file share Wayne Enterprises hosts, e.g. 10.57.7.7.\n\n"
    ),
    "dressed-to-ride-these-readings": (
        "For example, 10.57.8.1 is where the boss works.\n\n"
        "Enter your server ACME uses, e.g. 10.57.8.2.\n\n"
        "For example, the printer (Krakow branch) has the address 10.57.8.3.\n\n"
        "For example, the printer of the Krakow branch: 10.57.8.4.\n\n"
        "For example, the boss's computer, 10.57.8.5, runs Windows.\n\n"
        "For example, the boss's computer (10.57.8.6) runs Windows.\n\n"
        "For example, the second-floor printer has the address 10.57.8.7.\n\n"
        "For example, the printer next to the kitchen has the address 10.57.8.8.\n\n"
        "For example, the Kowalski server has the address 10.57.8.9.\n\n"
        "For example, the server that Kowalski uses has the address 10.57.8.10.\n\n"
        "For example, the server Kowalski uses has the address 10.57.8.11.\n\n"
        "For example, connect to the boss's computer at 10.57.8.12.\n\n"
        "For example, the server at 10.57.8.13 belongs to the boss.\n\n"
        "For example, the printer in building B has the address 10.57.8.14.\n\n"
        "Suppose the branch printer is 10.57.8.15.\n\n"
        "For example, the boss' laptop has the address 10.57.8.16.\n\n"
        "Откройте в браузере http://192.168.1.76 — это роутер Иванова.\n\n"
        "在浏览器中打开 http://192.168.1.77，这是张伟家的路由器。\n\n"
    ),
}
# case: (kind, text, the mark on each line holding a value)
CASES: dict[str, tuple[str, str, str | tuple[str, ...]]] = {
    name: (ADDRESS, text, tuple(_ADDRESS.findall(text))) for name, text in TEXTS.items()}

DOCUMENTATION = "\n\n".join((
    "Assuming the IPv4 address of the side router is 10.88.0.1, add a route.",
    "Suppose the Web server is 10.88.1.1 and the proxy is 10.88.1.2.",
    "Enter the address, e.g. 10.88.2.1.",
    "For example, if a routing peer runs on a machine with IP 10.0.0.10 the connection times out.",
    "For example, your reverse proxy is at 10.88.4.1.",
    "For example, if your router has the IPv4 address 10.0.1.1, use it.",
    "For example, the server has the address 10.88.6.1.",
    "For example, the DNS server is at 10.88.7.1.",
    "For example, 10.88.8.1 is the VPN gateway.",
    "In this example, we'll use 10.88.9.1 for the Pi-hole.",
    "* Log into your LuCI control panel, typically by opening http://192.168.1.1 in your browser.",
    "After the first start of the server, web interface will be at <http://192.168.1.1>.",
    "Open the router's web interface at http://192.168.1.1.",
    "Open the web interface at http://192.168.1.1 in a browser.",
    "Open the FRITZ!Box web interface at http://192.168.178.1.",
    "Откройте веб-интерфейс роутера по адресу http://192.168.1.1 в браузере.",
    "Войдите в панель управления LuCI, открыв http://192.168.1.1 в браузере.",
    "在浏览器中打开路由器的管理界面 http://192.168.1.1。",
    "在浏览器中打开你家的路由器 http://192.168.1.1。",
    "Inicie sesión en su panel de control de LuCI, normalmente abriendo "
    "http://192.168.1.1 en su navegador.",
    "Enter your Synology NAS address, e.g. 10.88.20.1.",
    "Enter the address your Jellyfin server uses, e.g. 10.88.20.2.",
    "For example, if your ISP uses addresses in the 10.88.20.0 network, pick another.",
    "Enter the IP of your Home Assistant instance, e.g. 10.88.20.3.",
))


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("leak57", CASES)


def test_documentation_of_the_same_shapes_publishes(tmp_path: Path) -> None:
    assert_body_publishes(tmp_path, DOCUMENTATION)


def test_each_case_alone_is_found() -> None:
    """Every line of every class is a finding alone too (no other line of the page helps)."""
    missed = [text for _, body, _ in CASES.values() for text in body.split("\n\n")
              if text.strip() and not any(not finding.advisory
                                          for finding in scan(text + "\n", Allowed()))]
    assert missed == []


# shape: the text holding `count` values (the last always a finding)
MANY = {
    "stated subjects": lambda n: "".join(
        f"For example, the server has the address 10.{i // 250 + 1}.{i % 250 + 1}.1.\n\n"
        for i in range(n - 1)) + "For example, the boss's computer has the address 10.57.9.9.\n",
    "front pages": lambda n: "".join(
        f"Open the router's web interface at http://192.168.1.{i % 250 + 1}.\n\n"
        for i in range(n - 1)) + "Open the AcmeCorp web interface at http://192.168.0.99.\n",
    "Cyrillic names on one line": lambda n: "Откройте веб-интерфейс " + "роутера " * n
        + "Иванова по адресу http://192.168.1.1.\n",
}


@pytest.mark.parametrize("shape", MANY)
def test_the_new_readings_work_in_linear_time(monkeypatch: pytest.MonkeyPatch,
                                              shape: str) -> None:
    assert_modules_work_linearly(monkeypatch, shape, MANY[shape])

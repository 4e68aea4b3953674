"""Issue 19 (fp32): the false findings of real networking and platform docs, each class judged
by one real `kbgen check` of a project: the documentation example passes, the same shape
carrying someone's data or a live secret still fails. Also: `kbgen check --show-accepted`
lists what the site's own names (`allow_domains`) let through."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG
from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

CONFIG = MINI_CONFIG + """\
extra:
  kb:
    privacy:
      allow_domains: [mastodon.local]
"""
IP, KEY, PASSWORD, HOST = ("internal IP address", "API key or token", "password or secret",
                           "internal hostname")
WG = "```\n[Interface]\nAddress = 10.100.0.1/24, fd08:4711::1/64\n```\n\n"
SESSION = ('```json\n{\n  "session": {\n    "sid": "vFA+EP4MQ5JJvJg+3Q2Jnw=",\n'
           '    "validity": 300\n  }\n}\n```\n\nThen send `X-FTL-SID: vFA+EP4MQ5JJvJg+3Q2Jnw=`.\n')
HEX = "5cfc20c7018f2beefb42a68836da59a792e55daa4d118498c9b1898de7e845690f"

CASES: list[ArticleCase] = [
    ("the page's VPN network", "", WG + "The first client is `10.100.0.2`, `fd08:4711::2`.\n",
     None),
    ("a link-local address", "", "Set `Preferred DNS` to `fe80::192:168:1:10`.\n", None),
    ("someone's host in it", "", WG + "Jane's laptop is 10.100.0.23.\n", IP),
    ("a port in it", "", WG + "Connect to 10.100.0.2:5432.\n", IP),
    ("Android tethering", "", '```json\n{"ip": "192.168.42.1"}\n```\n', None),
    ("a short-lived session", "", SESSION, None),
    ("a session for a year", "", SESSION.replace("300", "31536000"), KEY),
    ("a named digest", "", f'```json\n{{"sig_hash": "{HEX}"}}\n```\n', None),
    ("a password's hash", "", f'```json\n{{"password_hash": "{HEX}"}}\n```\n', PASSWORD),
    ("a public form", "", "[Ask](https://docs.google.com/forms/d/e/1FAIpQLScYsLxe1HswOW9DFUN"
                          "uhyTcYhdWY7-SZqTF3RpeBpFcyNdhUA/viewform).\n", None),
    ("a shared document", "", "[Doc](https://docs.google.com/document/d/1FAIpQLScYsLxe1HswOW9"
                              "DFUNuhyTcYhdWY7-SZqTF3RpeBpFcyNdhUA/edit).\n", KEY),
    ("a device's home name", "", '```\nhostRecord = "laptop,laptop.lan,192.168.0.1"\n```\n',
     None),
    ("someone's device name", "", "```\ndominik-laptop.lan  192.168.2.206\n```\n", HOST),
    ("a device name with a port", "", "Open `http://laptop.lan:8080/` to sign in.\n", HOST),
    ("the generic company's host", "", "Run `dig app.company.internal` on the peer.\n", None),
    ("a named company's host", "", "Run `dig payroll.acme.internal` on the peer.\n", HOST),
    ("the site's own host", "", "Open `http://mastodon.local/@admin` in the VM.\n", None),
    ("another internal host", "", "Open `http://payroll.corp/` in the VM.\n", HOST),
]


def test_platform_examples_pass_and_leaks_fail(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, CASES, [], CONFIG)
    assert misjudged(CASES, errors) == {}
    assert code == 1


def test_check_lists_what_the_sites_own_names_allow(tmp_path: Path) -> None:
    check_cases(tmp_path, CASES, [], CONFIG)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = CliRunner().invoke(cli, ["check", "--show-accepted"])
    own = [line for line in result.output.splitlines() if "allow_domains" in line]
    assert own and all("m***.local" in line for line in own), result.output

"""Issue 19 (fp56): a name shaped like a mailbox whose "domain" is a file's or a socket's name
under no delegated top-level domain (the Public Suffix List's ICANN section) receives no mail
(kbgen.core.privacy.undeliverable_mailboxes): HAProxy's abstract sockets in Xray's TLS tunnel
guide, written in code, ending as the page's own files do (`/dev/shm/vless.sock`).
Private-use names (`.internal`, `.local`, `.lan`, `.corp`), real domains, people's names, a
user at a cluster's node and lines about mail stay found (more are rows `fp56-…` of
bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, scan, undeliverable_mailboxes
from tests.hostile.test_many_findings import assert_modules_work_linearly

# As Xray's nginx_or_haproxy_tls_tunnel.md writes them (the rule was written on them).
XRAY = ("```\nbackend vless\n    server web /dev/shm/h1h2c.sock\n"
        "    server xray /dev/shm/vless.sock # Supports abstract format:"
        ' "abns@vless.sock"; loopback method: 127.0.0.1:6666\n'
        "    server xray abns@vless.sock ws h1\n"
        "    server server1 abns@server1.sock proto h2\n```\n")


@pytest.mark.parametrize("domain, undelegated", [
    ("vless.sock", True), ("config.json", True), ("server.conf", True), ("build.yaml", True),
    ("xray.com", False), ("acme.co.uk", False), ("example.py", False), ("notes.md", False),
    ("payroll.internal", False), ("nas.local", False), ("gateway.lan", False),
    ("mail.corp", False), ("router.home", False), ("box.localdomain", False),
    ("fritz.box", False), ("pc.home.arpa", False), ("xn--e1afmkfd.xn--p1ai", False),
])
def test_a_domain_is_undelegated_by_the_public_suffix_list(domain: str,
                                                            undelegated: bool) -> None:
    assert undeliverable_mailboxes.undelegated(domain) is undelegated


@pytest.mark.parametrize("text", [
    XRAY,
    "```\nbind unix@haproxy.sock\nstats socket /run/haproxy/admin.sock\n```\n",
    "Set `bind` to `abns@haproxy.sock`, as `/run/haproxy/admin.sock` is.\n",
])
def test_a_socket_or_a_file_shaped_like_a_mailbox_passes_with_its_reason(text: str) -> None:
    explained: list[Acceptance] = []
    assert [finding for finding in scan(text, Allowed(), explain=explained)
            if not finding.advisory] == []
    assert undeliverable_mailboxes.REASON in {acceptance.reason for acceptance in explained}


@pytest.mark.parametrize("text, kind", [
    ('```json\n{"email": "jane.doe@acme-payroll.com"}\n```\n', "e-mail address"),
    ('```json\n{"email": "ops@payroll.acme.internal"}\n```\n', "internal hostname"),
    ("```\nserver xray jane@nas.local ws h1\n```\n", "internal hostname"),
    ('```json\n{"user": ["ops@gateway.lan"]}\n```\n', "internal hostname"),
    ("```\nserver xray abns@vless.sock # owner admin@mail.acme.corp\n```\n", "internal hostname"),
    ("```\nlogin jane.doe@ad.acmecorp\n```\n", "e-mail address"),
    ('```json\n{"user": "maria@vpn.conf"}\n```\n', "e-mail address"),
    ("Send the report by e-mail to okonkwo@billing.conf today.\n", "e-mail address"),
    ("Send the report to okonkwo@billing.acmecorp today.\n", "e-mail address"),
    ("Ask okonkwo@dc1.acme for the report.\n", "e-mail address"),
    ("```\nssh okonkwo@dc1.acme\ncurl https://dc1.acme/status\n```\n", "e-mail address"),
    ("```\nsnapshot a706c054 of [/run/data] by kkayttaj@r07c52.bullx\n```\n",
     "e-mail address"),
    ("```\nserver xray abns@vless.sock ws h1\n```\n", "e-mail address"),
    # rev56: people's logins at internal hosts whose last label ends files (m57 asks for an
    # address family's name before the `@`)
    ("```\nssh okonkwo@jump01.zenit\n"
     "scp report.pdf okonkwo@jump01.zenit:/srv/files/backup.zenit\n```\n", "e-mail address"),
    ("```\nrsync -av /home/okonkwo/ okonkwo@nas.hq:/vol/backup.hq\n```\n", "e-mail address"),
    ("```\ngit clone okonkwo@gitlab.src:dangote/payroll.git\n```\n", "e-mail address"),
    ("```\nuser: okonkwo@hr.src\n```\n", "e-mail address"),
    ("```\nowner: chidi-okonkwo@hr.bin\n```\n", "e-mail address"),
    ("```\naccount = chidi_okonkwo@payroll.bin\n```\n", "e-mail address"),
    ("Sign in as `okonkwo@vpn.bin` on the VPN.\n", "e-mail address"),
    ("```\nmembers:\n  - okonkwo@hr.src\n```\n", "e-mail address"),
    ("```\nsystemctl start okonkwo@server.conf\n"
     "sudo cp client.conf /etc/openvpn/server.conf\n```\n", "e-mail address"),
    ("```\nserver xray abns@vless.sock\nssh abns@jump01.sock\n"
     "scp x abns@jump01.sock:/srv/a.sock\n```\n", "e-mail address"),
    ("```\nserver xray abns@vless.sock # contact jane.doe@acme-payroll.com\n```\n",
     "e-mail address"),
])
def test_private_names_real_domains_people_and_mail_stay_found(text: str, kind: str) -> None:
    assert kind in {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


def test_many_sockets_on_one_line_are_read_in_linear_work(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    assert_modules_work_linearly(monkeypatch, "abstract sockets", lambda n: (
        "`/run/s.sock " + " ".join(f"abns@s{i}.sock" for i in range(n))
        + " jane.doe@acme-payroll.com`\n"))

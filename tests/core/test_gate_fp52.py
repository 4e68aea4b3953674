"""Issue 19 (fp52): values LinuxServer.io's, CSC's, Kanboard's and NetBird's docs show pass where
the text says what they are: a value it calls its example's, a default named after the
software the page is about, a host built on a name a supposition gives, a cell saying it is
empty, a host given in `e.g.` brackets, a parameter row's default subnet. The same shapes
placed with someone, told as changed or real, or not built on the page's own names stay
findings (more hostile twins are rows `(fp52)` of bench/gatecorpus/hostile.yml, checked by
test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import (
    called_examples,
    default_rows,
    example_hosts,
    product_defaults,
    said_empty,
    scan,
    supposed_names,
)

# As LinuxServer.io's general/swag.md writes them (the Compose file, then the text naming it).
NCPASSWORD = ("MariaDB:\n\n```shell\n  -e MYSQL_USER=ncuser \\\n  -e MYSQL_PASSWORD=ncpassword \\\n"
              "```\n\nWe'll fill out the info, use the mariadb user `ncuser` and the password we"
              " selected in the environment variable (`ncpassword` in the above example).\n")
# As CSC's data/Allas/allas-nextcloud.md writes it.
APP_PASSWORD = ("In this example the app password that user _ncuser1_  generated is:"
                " _Q34EN-Ni7pH-9oSes-ZQsF7-NdkYi_\n\n```bash\ncurl -k -u"
                " ncuser1:Q34EN-Ni7pH-9oSes-ZQsF7-NdkYi -T ./image1.jpg \"https://x.example/\"\n"
                "```\n")
# As LinuxServer.io's docker-pyload-ng.md, docker-kasm.md, docker-mastodon.md and Kanboard's
# admin/email.md write them.
PYLOAD = ("# [linuxserver/pyload-ng](https://github.com/linuxserver/docker-pyload-ng)\n\n"
          "Access the web interface at `http://your-ip:8000` the default login is:\n"
          "username - **pyload**\npassword - **pyload**\n")
KASM = ("# [linuxserver/kasm](https://github.com/linuxserver/docker-kasm)\n\nAccess"
        " https://`your ip`:443 and login with the credentials you entered during setup. The"
        " default users are:\n\n* admin@kasm.local\n* user@kasm.local\n")
MASTODON = ("# [linuxserver/mastodon](https://github.com/linuxserver/docker-mastodon)\n\n"
            "```yaml\n    environment:\n      - DB_USER=mastodon\n      - DB_NAME=mastodon\n"
            "      - DB_PASS=mastodon\n```\n")
KANBOARD = ("To receive email notifications, Kanboard users must:\n\nKanboard supports several"
            " transports.\n\nBy default, Kanboard uses PHP's mail function.\n\nBy default, emails"
            " use the sender address `notifications@kanboard.local`.\n")
# As LinuxServer.io's general/swag.md writes it.
SWAG = ("We will first need to get a subdomain from DuckDNS. Let's assume we get"
        " `linuxserver-test` so our url will be `linuxserver-test.duckdns.org`.\n\nAfter"
        " successful validation, our webserver should be up at"
        " `https://linuxserver-test.duckdns.org`.\n")
# As LinuxServer.io's docker-pelorus.md writes it.
PELORUS = ("| Variable | Default | Description |\n|---|---|---|\n"
           "| `PELORUS_API_KEY` | *(empty)* | API key for the provider |\n")
# As NetBird's manage/dns/internal-dns-servers.mdx writes it.
CORP = ("# Internal DNS Servers\n\nCreate a Network resource with the internal domain name (e.g.,"
        " `fileserver.corp.local`) and an access control policy.\n\nA domain resource matches"
        " the exact name you enter: `fileserver.corp.local` covers that one host.\n")
# As LinuxServer.io's docker-wireguard.md writes it.
WIREGUARD = ("| Parameter | Function |\n| :----: | --- |\n| `INTERNAL_SUBNET=10.13.13.0` | Internal"
             " subnet for the wireguard and server and peers (only change if it clashes). Used in"
             " server mode. |\n")


@pytest.mark.parametrize("text, reasons", [
    (NCPASSWORD, [called_examples.REASON]),
    # fq52's walkthrough_values, folded into called_examples (rev53)
    (APP_PASSWORD, [called_examples.REASON] * 2),
    (PYLOAD, [product_defaults.REASON]),
    (KASM, [product_defaults.REASON] * 2),
    (MASTODON, [product_defaults.REASON]),
    (KANBOARD, [product_defaults.REASON]),
    (SWAG, [supposed_names.REASON] * 2),
    (PELORUS, [said_empty.REASON]),
    (CORP, [example_hosts.REASON] * 2),
    (WIREGUARD, [default_rows.REASON]),
], ids=["ncpassword in the above example", "in this example the app password", "pyload",
        "kasm users", "mastodon template", "kanboard sender", "swag's supposed name",
        "empty cell", "e.g. corp.local", "wireguard's subnet"])
def test_documentation_values_pass_with_their_reason(text: str, reasons: list[str]) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sorted(a.reason for a in explained if a.reason in reasons) == sorted(reasons)


@pytest.mark.parametrize("text, line", [
    (NCPASSWORD.replace("MariaDB:", "Our production MariaDB:"), 5),
    # another value named (a login the password is not spelt from: fr52's login_passwords
    # warns of `ncuser`/`ncpassword` whatever the brackets say)
    (NCPASSWORD.replace("(`ncpassword`", "(`Kq8vTz2mWx9p`").replace("USER=ncuser", "USER=cloud"),
     5),
    (APP_PASSWORD.replace("In this example the", "In this example my real"), 1),
    (APP_PASSWORD.replace("```bash", "The customer sent:\n\n```bash"), 6),
    (PYLOAD.replace("the default login", "our default login"), 5),
    (PYLOAD.replace("**pyload**\n", "**pyload2024**\n").replace("username - **pyload2024**",
                                                                 "username - **pyload**"), 5),
    (PYLOAD.replace("the default login is", "the default login was changed to"), 5),
    (PYLOAD.split("\n\n", 1)[1], 3),  # no page's product named
    (KASM.replace("The default users are", "The customer's users are"), 5),
    (MASTODON.replace("DB_NAME=mastodon", "DB_NAME=social").replace("DB_USER=mastodon",
                                                                    "DB_USER=social"), 7),
    (MASTODON.replace("    environment:", "    # our production database"), 7),
    (KANBOARD.replace("`notifications@kanboard.local`", "`notifications@acme.local`"), 7),
    (SWAG.replace("our webserver", "our production webserver"), 3),
    (SWAG.replace("Let's assume we get", "We got"), 1),
    (SWAG + "\nJane's NAS answers at nas.linuxserver-test.duckdns.org.\n", 5),
    (PELORUS.replace("*(empty)*", "*(empty)*, ours is Kq8vTz2mWx9p"), 3),
    (CORP.replace("fileserver.corp", "payroll.corp"), 3),
    (CORP.replace("A domain resource", "Our office's resource"), 5),
    (CORP.replace("and an access", "went down yesterday and an access"), 3),
    (WIREGUARD.replace("Internal subnet for", "Our office subnet for"), 3),
    (WIREGUARD.replace("(only change if it clashes)", "(set for the VPN)"), 3),
    ("In this example, jane.doe@gmail.com signs in.\n", 1),  # a person's address
    (KASM.replace("* user@kasm.local", "* jane.doe@kasm.local"), 6),  # a person's login
], ids=["block of our production", "another value named", "my real", "customer's block",
        "our default", "not the product's name", "changed", "no product", "customer's users",
        "template named otherwise", "our production comment", "not the product's host",
        "production repeat", "no supposition", "Jane's host built on it", "cell saying more",
        "payroll host", "our office repeat", "an event", "our office's subnet",
        "no default said", "a person's address", "a person's login at the default host"])
def test_the_same_shapes_placed_or_otherwise_stay_findings(text: str, line: int) -> None:
    assert line in {finding.line for finding in scan(text) if not finding.advisory}, scan(text)

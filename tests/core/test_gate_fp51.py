"""Issue 19 (fp51): values LinuxServer.io's, Traefik's and Kanboard's docs show pass where the
page says what they are: a bcrypt digest made from a password the page gives (made again with
the `bcrypt` package), a password introduced as the application's default login. The same
shapes placed with someone, told as changed, or of a password the page does not give stay
findings (more hostile twins are rows `(fp51)` of bench/gatecorpus/hostile.yml, checked by
test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import bcrypt_digests, example_parentheses, scan, vendor_defaults

FOO = "$2y$05$D4SPFxzfWKcx1OXfVhRbvOTH/QB0Lm6AXTk8.NOmU4rPLX2t6UUuW"  # htpasswd -nbB "" foo
REAL = "$2y$05$3B0I//ZQ5397CFpX9wR0pegs1BC.MLWr0QfpwQv2dE99sv5Qv4Jle"  # of Kq8vTz2mWx9p
# As Traefik's middlewares/apikey.md writes it.
APIKEY = f'```yaml\nstringData:\n  secret: {FOO} # htpasswd -nbB "" foo | cut -c 2-\n```\n'
# As Kanboard's api/user_procedures.md writes it (createUser's request, getUser's answer).
USERS = ('```json\n{"method": "createUser", "params": {"username": "biloute",'
         ' "password": "123456"}}\n```\n\nResponse example:\n\n```json\n{"result": {'
         '"username": "biloute", "password":'
         ' "$2y$10$dRs6pPoBu935RpmsrhmbjevJH5MgZ7Kr9QrnVINwwyZ3.MOwqg.0m"}}\n```\n')
# As LinuxServer.io's docker-nzbget.md, docker-calibre-web.md, docker-pyload-ng.md and
# docker-unifi-network-application.md write them (only NZBGet's tells the reader to change it).
NZBGET = ("Webui can be found at `<your-ip>:6789` and the default login details (change ASAP)"
          " are\n\n`login:nzbget, password:tegbzn6789`\n\n```yaml\n    environment:\n"
          "      - NZBGET_PASS=tegbzn6789 #optional\n```\n")
CALIBRE = "**Default admin login:**\n*Username:* admin\n*Password:* admin123\n"
PYLOAD = ("Access the web interface at `http://your-ip:8000` the default login is:\n"
          "username - **pyload**\npassword - **pyload**\n")
UNIFI = "The default device password is `ubnt`. `$address` is the IP address of the host.\n"


@pytest.mark.parametrize("text, reasons", [
    (APIKEY, [bcrypt_digests.REASON]),
    (USERS, [bcrypt_digests.REASON]),
    (NZBGET, [vendor_defaults.REASON] * 2),
], ids=["htpasswd -nbB foo", "createUser's password", "nzbget default and repeat"])
def test_documentation_values_pass_with_their_reason(text: str, reasons: list[str]) -> None:
    if bcrypt_digests.REASON in reasons:
        pytest.importorskip("bcrypt")  # a dependency: an install without it keeps the finding
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sorted(a.reason for a in explained if a.reason in reasons) == sorted(reasons)


@pytest.mark.parametrize("text, line", [
    (APIKEY.replace(FOO, REAL), 3),  # the comment names another password
    (APIKEY.replace("stringData:", "# our production keys\nstringData:"), 4),
    (APIKEY.replace("$2y$05$", "$2y$13$"), 3),  # too costly to make again (and not foo's)
    (USERS.replace('"123456"', '"Kq8vTz2mWx9p"'), 8),  # no longer the digest's password
    ('Our admin password is "123456".\n\n```yaml\nsecret: '
     '$2y$10$dRs6pPoBu935RpmsrhmbjevJH5MgZ7Kr9QrnVINwwyZ3.MOwqg.0m\n```\n', 4),
    (NZBGET.replace("the default login", "our default login"), 3),
    (NZBGET.replace("`login:nzbget", "`login:nzbget (the customer's)"), 3),
    (NZBGET.replace("      - NZBGET", "      # our office box\n      - NZBGET"), 8),
    (CALIBRE, 3),  # `default` alone: the hostile set's `default user/pass is admin/Tr0ub4…`
    (PYLOAD, 3),
    (UNIFI, 1),
    (NZBGET.replace(" (change ASAP)", ""), 3),
    (UNIFI.replace("`ubnt`.", "`ubnt`: be sure to change it."), 1),  # no setting ships it
    ("Default login for the portal (change ASAP): password Kq8vTz2mWx9p\n", 1),
    (NZBGET.replace("default login details", "default login details of the live server"), 3),
    ("I changed the default password to Kq8vTz2mWx9p yesterday.\n", 1),
    ("The default password was Kq8vTz2mWx9p until the upgrade.\n", 1),
    (NZBGET + "\nOur office AP password: tegbzn6789\n", 10),
], ids=["other password", "our production keys", "costly", "password not the digest's",
        "digest of our stated password", "our default", "customer's", "our office repeat",
        "default alone", "default login is", "default device password", "no advice",
        "no setting", "a service's portal",
        "live server", "changed to", "was", "repeated as ours"])
def test_placed_or_real_twins_stay_findings(text: str, line: int) -> None:
    assert line in {f.line for f in scan(text) if not f.advisory}


@pytest.mark.parametrize("scheme", ["$2x$", "$2$", "$2a$", "$$2y$$"])
def test_bcrypt_forms_the_library_refuses_stay_findings(scheme: str) -> None:
    """A form the installed library refuses (`ValueError`: `$2$` always, `$2x$` before bcrypt 4)
    stays a finding, no crash; `$2a$` and a Compose label's doubled `$$` are made again."""
    bcrypt = pytest.importorskip("bcrypt")
    digest = FOO.replace("$2y$", scheme) if scheme != "$$2y$$" else FOO.replace("$", "$$")
    try:
        made_again = bcrypt.checkpw(b"foo", digest.replace("$$", "$").encode("ascii"))
    except ValueError:
        made_again = False
    assert made_again is (scheme in ("$2a$", "$$2y$$")) or scheme == "$2x$"
    found = [f for f in scan(APIKEY.replace(FOO, digest)) if not f.advisory]
    assert bool(found) is not made_again, found


def test_bcrypt_budget_bounds_what_a_page_makes_again() -> None:
    """A text makes at most BUDGET rounds of digests again: a first digest of cost 12 spends
    them all, so a second, of cost 5 and as plainly `foo`'s, stays a finding."""
    pytest.importorskip("bcrypt")
    costly = "$2y$12$H7IwF7u0tggZeugCPVYwI.LDlhvUIAHscd7YKvJj0IcdxTRU1YFP."  # foo's, cost 12
    text = f'a: {costly} # htpasswd -nbB "" foo\nb: {FOO} # htpasswd -nbB "" foo\n'
    assert [f.line for f in scan(text) if not f.advisory] == [2]
    assert [f.line for f in scan(text.split("\n", 1)[1]) if not f.advisory] == []


# As NetBird's manage/dns/internal-dns-servers.mdx writes it.
SPLIT = ("**Match domain (internal)**: Choose Custom DNS with your internal DNS server IPs (e.g.,"
         ' 10.0.0.1, 10.0.0.2). Assign to "All Peers". Add match domain `company.internal`.\n')


def test_bracketed_example_addresses_pass_with_their_reason() -> None:
    explained: list[Acceptance] = []
    assert scan(SPLIT, explain=explained) == []
    assert [a.reason for a in explained if a.kind == "internal IP address"] == [
        example_parentheses.REASON]


@pytest.mark.parametrize("text, line", [
    (SPLIT.replace("with your internal", "with our internal"), 1),
    (SPLIT.replace("your internal DNS server IPs", "the internal DNS servers that failed"), 1),
    (SPLIT.replace("your internal DNS server IPs", "Acme GmbH's internal resolvers"), 1),
    (SPLIT.replace("your internal DNS server IPs", "the production internal DNS"), 1),
    ("## Our office network\n\n" + SPLIT, 3),
    (SPLIT.replace("(e.g., 10.0.0.1,", "(e.g., the one Jane uses, 10.0.0.1,"), 1),
    ("**Match domain (internal)**: The internal DNS server is 10.0.0.1.\n", 1),  # no brackets
], ids=["our", "failed", "company", "production", "our office heading", "words in brackets",
        "stated"])
def test_bracketed_twins_stay_findings(text: str, line: int) -> None:
    assert line in {f.line for f in scan(text) if not f.advisory}

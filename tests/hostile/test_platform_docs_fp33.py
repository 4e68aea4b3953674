"""Issue 19 (fp33): the false findings fp32 left on real help-centre text, each class judged
by one real `kbgen check` of a project: the documentation example passes, the same shape
carrying someone's data or a live secret still fails."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

KEY, PASSWORD, EMAIL, HOST, IP = ("API key or token", "password or secret", "e-mail address",
                                 "internal hostname", "internal IP address")

PSK20, PSK32 = "8cLaY8Bkd7PiUs0izYBQYVTEFlA=", "hcK0GZB1BM4R0eenYrj9clYBuyXs/lemt5iWRYmIX0A="
TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"
NAMD = "# NAMD\n\nSee its [license](https://www.ks.uiuc.edu/Research/namd/license.html).\n\n"
PLAYBOOK = ("```sh\nansible-playbook main.yml -e csc_username='johndoe' "
            "-e csc_password='easyaccess'\n```\n")
PIP_SHOW = ("```bash\n$ pip show yq\nName: yq\nVersion: 3.0.2\nAuthor: Andrey Kislyuk\n"
            "Author-email: kislyuk@gmail.com\n```\n")
WG = "```\n[Peer]\nAllowedIPs = 10.100.0.0/24, fd08:4711::/64\n```\n\n"
DIAGRAM = ("https://viewer.diagrams.net/?nav=1#R%3Cmxfile%3E%3Cdiagram%20name%3D%22Page-1%22"
           "%20id%3D%22ftzXAFIqJNWyvfU7Nhta%22%3E")
DRAWING = "7Zpbc9o4FMc%2FDY%2FxGN9wHgMk6UN2lllmJ7tPHWELW8W2WFmOIZ9%2BJUsy8gUwKWnSaZtkgo4uls7%2Fp"
HEX = "5cfc20c7018f2beefb42a68836da59a792e55daa4d118498c9b1898de7e845690f"
API = "```http\nPOST /oauth/token HTTP/1.1\n```\n\n#### Response\n\n##### 200: OK\n\n"


def _json(key: str, value: str) -> str:
    return f'```json\n{{\n  "{key}": "{value}",\n  "token_type": "Bearer"\n}}\n```\n'


CASES: list[ArticleCase] = [
    ("an address split by a break tag", "", "Mail jane@gm<br>ail.com today.\n", EMAIL),
    ("a WireGuard key too short", "", f"```\n[Peer]\nPresharedKey = {PSK20}\n```\n", None),
    ("a real WireGuard key", "", f"```\n[Peer]\nPresharedKey = {PSK32}\n```\n", KEY),
    ("an API reference's example response", "", API + _json("access_token", TOKEN), None),
    ("an example code in a redirect", "", API + f"```http\nredirect_uri?code={TOKEN}\n```\n",
     None),
    ("an entity's example", "", "## Example\n\n" + _json("access_token", TOKEN)
     + "\n## Attributes\n\n### access_token\n", None),
    ("a token pasted in a support answer", "", "## Example\n\n" + _json("access_token", TOKEN),
     PASSWORD),
    ("a password in an example response", "", API + _json("password", "Tr0ub4dor&3xkcd!"),
     PASSWORD),
    ("a vendor's key in an example response", "",
     API + _json("access_token", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"), KEY),
    ("a name compared across providers", "", "Do not expect `alice@outlook.com` to be the same "
     "person as `alice@gmail.com`.\n", None),
    ("a placeholder name alone", "", "Write to alice@gmail.com today.\n", EMAIL),
    ("someone's mailboxes compared", "", "Her mailboxes: jane.doe@gmail.com and "
     "jane.doe@yahoo.com.\n", EMAIL),
    ("a setting's path", "", "```toml\n[dns.domain]\n  local = true\n```\n\n"
     "```shell\nsudo pihole-FTL --config dns.domain.local true\n```\n", None),
    ("a host after a config flag", "", "Run `pihole-FTL --config payroll.acme.local true`.\n",
     HOST),
    ("a loopback name in the hosts file", "", "Edit `/etc/hosts`:\n\n```text\n127.0.10.1"
     "     tor.dns.local\n```\n\nThen look for `tor.dns.local` in the graph.\n", None),
    ("a private host in the hosts file", "", "Edit `/etc/hosts`:\n\n```text\n10.0.0.5"
     "  payroll.local\n```\n", HOST),
    ("a BlurHash", "", '```json\n{"blurhash": "UnE{@jt6M_oIAhjYs+ayT2WBf9ayRkkDXAj["}\n```\n',
     None),
    ("a token under a BlurHash key", "",
     '```json\n{"blurhash": "ghp_16C7e42F292c6912E7710c838347Ae178B4a"}\n```\n', KEY),
    ("a Keybase proof", "", f"See https://keybase.io/gargron/sigchain#{HEX}.\n", None),
    ("a token after a Keybase proof", "",
     f"See https://keybase.io/gargron/sigchain#{HEX}?token={HEX}.\n", KEY),
    ("a placeholder address", "", "```\ndestemail = your@email.here\n```\n"
     "Search `someaccount@someother.server`.\n", None),
    ("a name starting like one", "", "Mail youri@gmail.com or somers@gmail.com.\n", EMAIL),
    ("a port list, then the next key", "", "```yaml\nenvironment:\n  FTLCONF_webserver_port: "
     "'8082,443s'\n  FTLCONF_debug_api: 'true'\n```\n", None),
    ("a key split inside an open quote", "",
     '```json\n{"k": "Xk9mQ2vR7tLp4w\nZ8Qz7Pk3LmN2": 1}\n```\n', KEY),
    ("a flag's placeholder in a code span", "", "Replaces `-e key=value` settings.\n", None),
    ("a flag's secret in a code span", "", "Run `docker run -e API_KEY=Xk9mQ2vR7tLp4wZ8`.\n",
     PASSWORD),
    ("the project's mailbox", "", NAMD + "For commercial use, contact <mailto:namd@ks.uiuc.edu>.\n",
     None),
    ("someone at the project's site", "", NAMD + "Ask jim@ks.uiuc.edu.\n", EMAIL),
    ("the project's name elsewhere", "", NAMD + "Ask namd@gmail.com.\n", EMAIL),
    ("a password beside John Doe", "", PLAYBOOK, None),
    ("a password beside someone", "", PLAYBOOK.replace("johndoe", "jvirtanen"), PASSWORD),
    ("a package listing's author", "", PIP_SHOW, None),
    ("an author line alone", "", "```\nAuthor-email: kislyuk@gmail.com\n```\n", EMAIL),
    ("an address for this example", "", "For this example, we'll be using `10.0.51.2`.\n\n"
     "No rule is needed to reach our Pi-hole at 10.0.51.2.\n", None),
    ("the office in this example", "", "In this example, our office router is 10.20.30.1.\n",
     IP),
    ("the tunnel's internal address", "", WG + "With the WireGuard-internal IPs of your client:"
     "\n\n```\n[Interface]\nDNS = 10.100.0.1\n```\n", None),
    ("an internal server in it", "", WG + "The internal DNS server is 10.100.0.53.\n", IP),
    ("a diagram's drawing", "", f"[Diagram]({DIAGRAM}{DRAWING})\n", None),
    ("a token in a diagram link's query", "",
     f"[Diagram]({DIAGRAM.replace('nav=1', 'token=' + TOKEN)}{DRAWING})\n", KEY),
    ("an emphasised project id", "", "A user from project _3d5b0ae8e724b439a4cd16d1290_ will "
     "not see it.\n", None),
    ("an emphasised key", "", "The key is _Xk9mQ2vR7tLp4wZ8Qz7Pk3LmN2_ now.\n", KEY),
]


def test_examples_pass_and_leaks_fail(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, CASES, [])
    assert misjudged(CASES, errors) == {}
    assert code == 1


def test_an_address_ends_at_a_line_break_tag(tmp_path: Path) -> None:
    """`a@trwnh.com<br /><a href="…">https://…`: one address, not a second one running on
    into the next line's link (`a@trwnh.comhttps`)."""
    body = ('Write to a@trwnh.com<br /><a href="https://trwnh.com"><span>https://</span>'
            "trwnh.com</a> or paypal.\n")
    _, errors = check_cases(tmp_path, [("a maintainer's address", "", body, EMAIL)], [])
    shown = [line for line in errors if "e-mail address" in line]
    assert len(shown) == 1 and "a***@t***.com)" in shown[0], errors

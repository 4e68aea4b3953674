"""The gate does not cry wolf: lines from real help centres pass, the hostile variants do not.

The clean lines are taken as written from the DuckDuckGo Help Pages and the Arduino Help
Center (bench/gatecorpus/); the variants are bench/gatecorpus/hostile.yml, which
`bench/gate.py` also counts.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kbgen.core.mailboxes import impersonal
from kbgen.core.phone_regions import national_regions
from kbgen.core.privacy import Allowed, scan
from kbgen.core.url_parts import Markup
from tests.yaml_tables import yaml_table

REPO = Path(__file__).resolve().parents[2]
VARIANTS = yaml_table(REPO / "bench/gatecorpus/hostile.yml")

SAFELINK = (
    "[Bing Removal (EU citizens)](https://nam02.safelinks.protection.outlook.com/?url=https%3A"
    "%2F%2Fwww.bing.com%2Fwebmaster%2Ftools%2Feu-privacy-request&data=05%7C01%7C%7Cb63af5eef598"
    "42d5fb0708dada2f1da3%7C728892a04da94114b51152f75ee3bc3d%7C1%7C0%7C638062193632248762%7CUnkn"
    "own%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAiLCJQIjoiV2luMzIiLCJBTiI6Ik1haWwiLCJXVCI6Mn0%3D%7C300"
    "0%7C%7C%7C&sdata=0vQ4%2FhR3c9QbNPeWk%2Bq8Zl%2FtJ7xY1dA5sE2mG6uH0oI%3D&reserved=0)"
)

# Lines as real help centres publish them (one per false positive the gate used to raise).
CLEAN = [
    ("Outlook safelinks", SAFELINK),
    ("utm parameters", "[Read more](https://blog.example.org/post?utm_source=newsletter&utm_"
                       "medium=email&utm_campaign=Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz)"),
    ("Google support sjid", "ask [your administrator](https://support.google.com/accounts/answer/"
                            "6208960?sjid=7209928928643098082-EU) for help."),
    ("Zendesk article id and slug", "see [If your sketch doesn't compile](https://support."
                                    "arduino.cc/hc/en-us/articles/4402764401554-If-your-"
                                    "sketch-doesn-t-compile)."),
    ("Zendesk article id alone", "2. [Activate the gateway](https://support.arduino.cc/hc/en-us/"
                                 "articles/4407770369042) in Manager for Linux."),
    ("file name in a URL", "use this URL: `https://downloads.arduino.cc/arduino_pro_gateway_for"
                           "_lora/prod/sd_kit_image_releases/v1.1.0/20190206PROD_ArduinoPro"
                           "Gateway_SD.zip`"),
    ("customer portal link", "[click here](https://billing.stripe.com/p/login/00gdSj3UMbzE5k4bII"
                             ") to cancel directly via Stripe."),
    ("heading id", '<h2 id="h_01HD24V9JT7VKKZCX3A4TT4NN3" class="center hub">Set up</h2>'),
    ("attribute list id", "## Set up {#h_01HD24V9JT7VKKZCX3A4TT4NN3}"),
    ("SHA-1 explained", "3. If not, it will be converted to a SHA-1 hash: 194a8d7aa538455b8c3a2ff6"
                        "8dcd3a4c5d80743a (see the SHA-1 article)"),
    ("hash in a JSON example", '- For example, `[{"regex": "^https?://bad\\.site/x$", "hash": "e47'
                               '53ddad954dafd4ff4ef67f82b3c1a2db6ef4a51bda43513260170e558bd13"}]`'),
    ("checksum of a download", "SHA-256 checksum: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd"
                               "15d6c15b0f00a08"),
    ("checksum in German", "Prüfsumme (SHA-256): 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822"
                           "cd15d6c15b0f00a08"),
    ("placeholder in Spanish", "Escribe tu dirección, por ejemplo nombre.apellido@gmail.com."),
    ("role mailbox", "get in touch directly at [info@globalprivacycontrol.org](mailto:info@"
                     "globalprivacycontrol.org)."),
    ("automated sender", "- **Sender Email:** system@sent-via.netsuite.com"),
    ("security team", "please contact our security team at <security@vendor-labs.io>."),
    ("SSH remote", "git clone git@github.com:arduino/ArduinoCore-API"),
    ("placeholder at a free mail provider", "personal (example: name@gmail.com) or your.name@"
                                            "outlook.com"),
    ("network range", "an address in the link-local range (169.254.0.0–169.254.255.255)."),
    ("CIDR", "Private networks are 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16."),
    ("range with to", "DHCP hands out 192.168.1.100 to 192.168.1.200."),
    ("regulator", "Complain to the ICO: casework@ico.org.uk, 0303 123 1113."),
]


@pytest.mark.parametrize("case, line", CLEAN, ids=[c[0] for c in CLEAN])
def test_real_lines_pass(case: str, line: str) -> None:
    from kbgen.core.config import KbConfig
    from kbgen.core.gate import _allowed

    allowed, _ = _allowed(None, KbConfig())
    assert scan(line, allowed, default_region="GB") == []


SHARES = 16
"""The variants are judged in this many tests, each variant in the one its id's CRC-32 picks
(stable as rows are added): a test per variant (7,143) cost pytest and pytest-xdist about
3 ms each of reporting on top of the scan, about a third of the file's time."""


def _share(variant: dict[str, Any]) -> int:
    return zlib.crc32(variant["id"].encode()) % SHARES


def test_every_variant_is_judged_in_a_share() -> None:
    sizes = [sum(_share(variant) == share for variant in VARIANTS) for share in range(SHARES)]
    assert sum(sizes) == len(VARIANTS) and min(sizes) > 0, sizes


@pytest.mark.parametrize("share", range(SHARES))
def test_hostile_variants_are_caught(share: int) -> None:
    missed = {}
    for variant in VARIANTS:
        if _share(variant) != share:
            continue
        region = variant.get("region")  # the site's main line's, its languages, its allow-list
        allowed = Allowed(domains=frozenset(variant.get("allow_domains", ())),
                          national_regions=national_regions(variant.get("languages", ()), (),
                                                            region))
        kinds = {finding.kind for finding in scan(variant["text"], allowed,
                                                  default_region=region)}
        if variant["kind"] not in kinds:
            missed[variant["id"]] = f"{variant['kind']} not in {sorted(kinds)}"
    assert missed == {}


@pytest.mark.parametrize("line", [
    "Call our regulator, the ICO, on 0303 123 1113.",
    "Write to casework@ico.org.uk.",
])
def test_regulators_need_the_shipped_list(line: str) -> None:
    assert scan(line, Allowed(), default_region="GB") != []


def test_the_site_extends_or_drops_the_shipped_list() -> None:
    from kbgen.core.config import KbConfig
    from kbgen.core.gate import _allowed

    config = KbConfig.model_validate({"privacy": {
        "shipped_organisations": False,
        "organisations": [{"name": "Ombudsman", "domains": ["ombudsman.example.org.uk"],
                           "emails": ["case.desk@gmail.com"], "phones": ["+44 7700 900461"]}]}})
    allowed, _ = _allowed(None, config)
    assert scan("Write to casework@ico.org.uk.", allowed) != []
    assert scan("Ask case.desk@gmail.com or +44 7700 900461 or x@ombudsman.example.org.uk",
                allowed) == []


@pytest.mark.parametrize("local, domain, expected", [
    ("support", "vendor.com", True),
    ("Privacy+dsar", "vendor.com", True),
    ("support", "gmail.com", False),
    ("info", "yahoo.co.uk", False),
    ("name", "gmail.com", True),
    ("xxxx", "hotmail.com", True),
    ("datenschutz", "vendor.de", True),
    ("soporte", "tienda.es", True),
    ("jane.doe", "vendor.com", False),
    ("supportjane", "vendor.com", False),
    ("training", "reannz.co.nz", True),  # role words, alone or run together
    ("researchdata", "auckland.ac.nz", True),
    ("IToperations", "landcareresearch.co.nz", True),
    ("it-support2", "uni.example.ac.nz", True),
    ("developers", "lammps.org", True),
    ("training", "gmail.com", False),
    ("jane.support", "vendor.com", False),
    ("irit", "vendor.com", False),  # `ir` + `it`: two-letter words never run together
    ("myemail", "mydomain.com", True),  # placeholders
    ("your_username", "vendor.com", True),
    ("jane", "yourcompany.org", True),
    ("jane", "mydomainname.com", False),
])
def test_impersonal_mailboxes(local: str, domain: str, expected: bool) -> None:
    assert impersonal(local, domain) is expected


def test_one_value_twice_on_a_line_is_one_finding() -> None:
    findings = scan("[jane@gmail.com](mailto:jane@gmail.com)")
    assert [(f.line, f.kind) for f in findings] == [(1, "e-mail address")]


@pytest.mark.parametrize("line, keys", [
    ("https://a.io/x?api_key=9f8e7d6c5b4a3f2e&utm_source=x", ["api_key"]),
    ("https://a.io/x?key=YOUR_API_KEY", []),
    ("https://a.io/x?key=<your key>", []),
    ("https://a.io/x?token=abc", []),
    ("https://a.io/x?sig=Qm9vZ2llV29vZ2ll&se=2026", ["sig"]),
    ("https://safe.example/?url=https://a.io/r?token=q8Zr2LmX7vN4pT9w&data=05", ["token"]),
])
def test_keys_in_query_strings(line: str, keys: list[str]) -> None:
    assert [name for _, _, name in Markup.of(line).keys] == keys


# Texts from real help centres whose values are harmless only because of what their paragraph
# says (kbgen.core.surroundings); DuckDuckGo's and Arduino's as written, the Tor Project's
# support portal (held out) for OpenPGP fingerprints, loopback in code and digests in URLs.
CLEAN_IN_CONTEXT = [
    ("GDPR representative's address",
     "-   Our representative under [Article 27](https://gdpr-info.eu/art-27-gdpr/) of the GDPR is"
     " IT Governance Europe Limited, Third Floor, The Boyne Tower, Drogheda, Co. Louth,\n"
     "    A92 F682. [eurep@itgovernance.eu](mailto:eurep@itgovernance.eu)"),
    ("DSA representative's phone, role in the heading",
     "#### Legal Representative for the DSA\n\nDuckDuckGo’s legal representative for the DSA"
     " is:\n\n-   **Name**: Prighter Privacy IRE Limited\n-   **Address**: 9 Clare Street,"
     " Dublin 2, D02 HH30, Ireland\n-   **Telephone**: +35312337906\n"
     "-   **Email**: support@prighter.com"),
    ("an example address at free mail",
     "For example, if your personal Duck Address is jane@duck.com and you want to send to your"
     " friend’s email brian@gmail.com."),
    ("an example link-local address, repeated in output",
     "Use the link-local range. For example, 169.254.1.100.\n\n```\nserver is at"
     " 169.254.1.100\n```"),
    ("a device's address on the network it creates",
     "When you first power on the Yún, it will create a Wi-Fi network called ArduinoYun-XXXX."
     " Connect your computer to this network, open a web browser, and enter"
     " `http://arduino.local` or 192.168.240.1."),
    ("OpenPGP fingerprint in gpg output",
     "This should show you something like:\n\n    gpg: key 4E2C6E8793298290: public key"
     " imported\n          EF6E286DDA85EA2A4BA7DE684E2C6E8793298290"),
    ("fingerprint in a key server URL",
     "- Nick Mathewson: [2133BC600AB133E1D826D173FE43009C4607B1FB](https://keys.openpgp.org/"
     "vks/v1/by-fingerprint/2133BC600AB133E1D826D173FE43009C4607B1FB)"),
    ("commit in a URL path",
     "* Run [chutney](https://gitlab.torproject.org/tpo/core/chutney/-/blob/c4f6789ad2558dcbfe"
     "b7d024c6481d8112bfb6c2/README.md#L143) to find out how fast tor can get."),
    ("loopback in code",
     "Point your program's SOCKS proxy to `socks5://127.0.0.1:9050`.\n\n"
     "    MetricsPort 127.0.0.1:9035\n    curl http://localhost:9035/metrics"),
    ("a checksum listing introduced by its paragraph",
     "By using a MD5 checksum (`md5sum *`) we can see that one file has diverged.\n\n"
     "``` out\n002c33835b3921d92d8074f3b392ef65 copy.bin\nef749eb4110c2a3b3c747390095d0b76"
     " corrupt.bin\n```"),
    ("placeholders in a proxy URL",
     "    curl https://target/path --proxy socks5h://<user>:<password>@127.0.0.1:<socks-port>"),
    # The NeSI Support Documentation and the Tor support portal, as written:
    ("localhost named in prose",
     "Please note that the SocksPort configuration option gives the port ONLY for localhost"
     " (127.0.0.1).\n\n**Localhost:** The self address of a host (computer), equivalent\n"
     "to `127.0.0.1`. The alias `localhost` can also be used in most cases."),
    ("a code block introduced as an example",
     "Using a SOCKS 5 proxy with authentication might look like this:\n\n  ```\n"
     "  Socks5Proxy 10.0.0.1:1080\n  Socks5ProxyUsername myuser\n  ```"),
    ("an example over two lines",
     "As an example, this is how to establish a tunnel through Mahuika login\n"
     "node over to a specific virtual machine with IP address `192.168.90.5`:"),
    ("a file listing with its digests",
     "``` out\n2025-06-17 01:26     0   d41d8cd98f00b204e9800998ecf8427e     STANDARD     "
     "s3://<freezer-bucket>/your_directory/your_folder/1test.txt\n"
     "2025-06-17 01:31    14   95b28899a460dd8971705dfcd0f5f0d4     STANDARD     "
     "s3://<freezer-bucket>/your_directory/your_folder/MY_TEST/raw_data/test1.txt\n```"),
    ("a path under a variable",
     "```\nrun_alphafold.py --use_gpu_relax \\\n"
     "--uniref30_database_path=$AF2DB/uniref30/UniRef30_2021_03 \\\n```"),
    ("module names, one a line",
     "``` bash\nPython/3.11.6-foss-2023a\nPnetCDF/1.9.0-intel-2020a\n```"),
    ("role mailboxes in a table",
     "| University of Auckland | Apply by email | [researchdata@auckland.ac.nz](mailto:"
     "researchdata@auckland.ac.nz) |\n| MWLR | Contact | IToperations@landcareresearch.co.nz |"),
    ("a placeholder address", "#SBATCH --mail-user=myemail@mydomain.com"),
    # Shapes seen in a technical help centre used for training only (written anew here):
    ("a login banner in code",
     "```\nLast login: Tue Feb 18 10:40:24 2025 from 10.187.28.101\n```\n\n"
     "```out\nSSH_CLIENT=192.168.94.65 45946 22\n```"),
    ("a package's versioned name and hash",
     "```\n==> Installing zlib-1.3.1-paghlsmxrq7p26qna6ml6au4fj2bdw6k\n```"),
    ("module names in a listing",
     "```\n   ELPA/2022.05.001-foss-2022b    OpenFOAM/11-foss-2023a    GCCcore/12.3.0\n```"),
    ("a file named .local", "sudo bash -c \"echo 'X=1' > /etc/cvmfs/default.local\""),
    ("a retina picture", "![](https://lmod.example.org/_static/logo-4color@2x.png)"),
    ("a placeholder top-level domain", "#SBATCH --mail-user=myemailaddress@universityname.domain"),
    ("a commit in a raw file URL",
     "![](https://raw.githubusercontent.com/docker-library/docs/520519ad7db3ea9fd5d3590e836c839a0"
     "ffd6f19/julia/logo.png)"),
    ("loopback in a link beside the same URL in code",
     "navigate to [`http://127.0.0.1:8888/`](http://127.0.0.1:8888/) and enter your password"),
    ("ids named as ids", "export OS_PROJECT_ID=3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a\n\n"
     "| id | 3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a |\n\n"
     '"tenant_id": "3b1c5e7f-9a2d-4c6e-8b0a-1f3d5c7e9b2a",'),
    ("a certificate and a public key",
     "-----BEGIN CERTIFICATE-----\n"
     "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n"
     "-----END CERTIFICATE-----\n\n-----BEGIN CRYPT4GH PUBLIC KEY-----\n"
     "dmku3fKA/wrOpWntUTkkoQvknjZDisdmSwU4oFk/on0=\n-----END CRYPT4GH PUBLIC KEY-----"),
    ("the reader's own network",
     "Assuming your router is at `192.168.1.42`, a blocked query looks like this.\n\n"
     "```\necho \"DNS = 10.100.0.1\" >> wg0.conf   # your DNS server's address\n```"),
    ("an address mapped to an example domain", "address=/example.com/192.168.1.1"),
    ("an example labelled so, then repeated in code",
     "**Example:** `\"192.168.0.10\"`\n\n```\nstart = \"192.168.0.10\"\n```"),
    ("a range in code marks", "clients in the range `192.168.1.1` to `192.168.1.255`"),
    ("an interface listing",
     "```\ninet 192.168.1.10  netmask 255.255.255.0  broadcast 192.168.1.255\n"
     "inet6 fe80::e6f3:5490:577e:4fed  prefixlen 64  scopeid 0x20<link>\n```"),
    ("a network prefix", '```\n/path/to/script.sh "10.100.0." "fd08:4711::" 2\n```'),
    ("a public key named so", "PublicKey = F+80gbmHVlOrU+es13S18oMEX2g=   # will be different"),
    ("placeholder passwords",
     "curl -X POST https://pi.example/api/auth --data '{\"password\":\"your-password\"}'\n"
     "password: !secret pi_hole_password"),
    ("a systemd unit", "sudo systemctl enable wg-quick@wg0.service"),
    ("well-known internal names",
     "curl http://web.myproject.svc.cluster.local:8080/ or http://host.docker.internal:5000/"),
    ("an object storage account",
     "https://a3s.fi/swift/v1/AUTH_3b1c5e7f9a2d4c6e8b0a1f3d5c7e9b2a/my-bucket/file.txt"),
    ("role mailboxes in Finnish and Swedish",
     "Write to kirjaamo@yliopisto.fi, tuki@yliopisto.fi or kundtjanst@foretag.se."),
    ("Kubernetes pods and nodes",
     "```\nNAME                       READY   STATUS    RESTARTS   AGE\n"
     "backend-7f9c9dbfbb-78sh8   1/1     Running   0          3m22s\n```\n\n"
     "```\nrahti-ha-6488b5d958-45rr8   1/1   Running   0   17m   2-rcr6j-worker-0-lnm4d\n```"),
    ("a number and a word ending lines",
     "```\nsize:       113926178937\nstriping_unit 1048576\n88770be1d442: Pull complete\n"
     "bb8ecb62799c: Pull complete\n```"),
    ("SSH algorithms", "ssh -o MACS=\"-umac-128-etm@openssh.com,umac-128@openssh.com\" me@host"),
    ("host key fingerprints in a table",
     "| h3YVzmNucpxTXcxag8D2TaC21jH8/6LGNNCCOgRDaTU | ssh_host_ecdsa_key.pub (ECDSA) |"),
    ("placeholder domains", "receivers = ['destination@domain.com']\n\n$ ssh root@86.xxx.xxx.xxx"),
    ("a password that names its field", "-e POSTGRES_PASSWORD=password"),
    ("loopback escaped in a regular expression in code",
     "```\nsed -r 's/([0-9]{1,3}\\.){3}[0-9]{1,3}/127\\.0\\.0\\.1/g'\n```"),
]


@pytest.mark.parametrize("case, text", CLEAN_IN_CONTEXT, ids=[c[0] for c in CLEAN_IN_CONTEXT])
def test_real_paragraphs_pass(case: str, text: str) -> None:
    assert scan(text, Allowed(domains=frozenset({"duck.com", "arduino.local"})),
                default_region="IE") == []


@pytest.mark.parametrize("text", [
    "-   **Telephone**: +35312337906",  # no organisation, no role: a number like any other
    "Write to brian@gmail.com.",  # not introduced as an example
    "The Yún is at 192.168.240.1.",  # nothing says it is the device's own address
    "    EF6E286DDA85EA2A4BA7DE684E2C6E8793298290",  # nothing says it is a fingerprint
    "Point your program to 127.0.0.1:9050.",  # loopback in prose is still reported
    "We can see that one file has diverged.\n\n```\n002c33835b3921d92d8074f3b392ef65 a\n```",
    "Open localhost:8080/admin.",  # an address to visit, not the word
    "The proxy listens on 127.0.0.1 today.",  # nothing names it as the reader's computer
    "Set it in your torrc:\n\n```\nSocks5Proxy 10.0.0.1:1080\n```",  # no example
    "```\n2025-06-17 01:26  0  d41d8cd98f00b204e9800998ecf8427e  s3://b/a.txt\n```\n"
    "The token d41d8cd98f00b204e9800998ecf8427e",  # a listing's digest, named a token
    "2025-06-17 01:26 0 95b28899a460dd8971705dfcd0f5f0d4 s3://b/a.txt",  # not in code
    "ls /scratch/project_2001234/Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz",  # a key in a path
])
def test_the_same_values_without_their_surroundings_are_found(text: str) -> None:
    assert scan(text, default_region="IE") != []


def test_a_value_declared_once_is_accepted_where_the_text_repeats_it_not_elsewhere() -> None:
    text = ("For example, 169.254.1.100.\n\nThe board says: server is at 169.254.1.100\n\n"
            "The NAS is at 169.254.7.7.")
    assert [(f.line, f.kind) for f in scan(text)] == [(5, "internal IP address")]


def test_kbgen_check_reads_the_paragraph_too(write_project: Callable[..., Path],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from kbgen.cli import cli
    from tests.conftest import article

    body = ("## Legal\n\nOur representative under Article 27 of the GDPR is GRCI Law Limited,"
            " Ely, CB7 4EA, UK: [ukrep@grcilaw.com](mailto:ukrep@grcilaw.com)\n\n"
            "For example, write to your friend brian@gmail.com.\n\n"
            "```\nMetricsPort 127.0.0.1:9035\n```\n\n"
            "Ask jane.doe@grcilaw.com.\n")
    config = write_project({"content/articles/billing/legal.md": article(body=body)})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == ["content/articles/billing/legal.md:18: error: e-mail address (j***@g***.com)"
                      " would be published: remove the customer's e-mail address or replace it"
                      " with name@example.com; if it is one of the company's own addresses,"
                      " list it in extra.kb.privacy.allow_emails; or, once reviewed as safe to"
                      " publish, end the"
                      " line with `<!-- kb:allow email -->`"], result.output


def test_each_hostile_variant_is_named_once() -> None:
    """A variant's id names one text: two rows under one id (a merge that kept an old copy of
    a block beside the new one) would be judged twice, the stale copy failing under the name of
    the current one."""
    counts: dict[str, int] = {}
    for row in VARIANTS:
        counts[row["id"]] = counts.get(row["id"], 0) + 1
    assert [name for name, count in counts.items() if count > 1] == []

"""A hostile review of the gate's acceptance rules (kbgen.core.examples, the printed-output,
ssh-login, OpenSSH, card-grouping, key-block, pool and placeholder-domain rules): real values
dressed as what those rules accept are findings, in a real project's `kbgen check` with file
and line, while the documentation each rule was written for still passes. Each look-alike is
also a variant in bench/gatecorpus/hostile.yml (counted by bench/gate.py)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.examples import placeholder_host, placeholder_password
from kbgen.core.mailboxes import impersonal
from kbgen.core.privacy import scan
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.test_reviewed_exceptions import ARTICLE, LINE, write

FENCE = "```"
DRESSED = [
    ("DB_PASSWORD=Jane_Secret_1987", "password or secret (Jan"),
    ("--password P@ssw0rd2024", "password or secret (P@s"),
    ("password: MyS3cr3tP4ss", "password or secret (MyS"),
    ("DATABASE_URL=postgres://stripe:stripe@db.acme-corp.com/app", "password in URL"),
    ("The customer's card 453914 8803436467 was declined.", "payment card number (4539"),
    ("Connect to yourdb.acme-corp.internal", "internal hostname"),
    ("We told ssh users to contact jane@acme-customer.com", "e-mail address (j***@a"),
    ("Ask marsa@openssh.com", "e-mail address (m***@o"),
    ("Mail anna@company.com", "e-mail address (a***@c"),
    ("Our database: start=10.44.2.7,end=10.44.2.7", "internal IP address (10."),
]
"""(line of an article, what `kbgen check` names on it): each passed the gate before."""
KEY = ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\ntdjEAAAAABG5v\nbmUAAAAEbm9u\n"
       "-----END OPENSSH PRIVATE KEY-----")
CAT = f"{FENCE}\n$ cat config\nproxy = 10.44.2.7:3128\n{FENCE}"
LISTED = (f"{FENCE}\nNAME   READY   STATUS   IP\nweb-1   1/1   Running   10.44.2.7\n{FENCE}\n\n"
          "This is customer Initech's cluster.")
BODY = "\n\n".join([*(text for text, _ in DRESSED), KEY, CAT, LISTED]) + "\n"


def line_of(text: str) -> int:
    """The article's line number of the first body line that starts with `text`."""
    return LINE + next(number for number, line in enumerate(BODY.split("\n"))
                       if line.startswith(text))


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`kbgen check` of one project whose article holds every dressed value, a private key
    broken into short lines, a configuration file shown by `cat` and a customer's listing."""
    root = tmp_path_factory.mktemp("review")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES})
    write(root, BODY)
    result = CliRunner().invoke(cli, ["check", "-f", str(root / "mkdocs.yml")])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    return result.output


@pytest.mark.parametrize(("text", "shown"), DRESSED, ids=[text[:40] for text, _ in DRESSED])
def test_dressed_values_are_named_with_file_and_line(checked: str, text: str,
                                                     shown: str) -> None:
    assert f"{ARTICLE}:{line_of(text)}: error: {shown}" in checked


def test_a_key_broken_into_short_lines_is_found_and_never_shown(checked: str) -> None:
    assert f"{ARTICLE}:{line_of('-----BEGIN OPENSSH')}: error: private key" in checked
    assert "b3BlbnNzaC1rZXk" not in checked and "tdjEAAAAABG5v" not in checked


@pytest.mark.parametrize("row", ["proxy = ", "web-1 "], ids=["cat config", "customer listing"])
def test_configuration_and_a_customers_listing_are_no_output(checked: str, row: str) -> None:
    assert f"{ARTICLE}:{line_of(row)}: error: internal IP address" in checked


@pytest.mark.parametrize("text", [
    "POSTGRES_PASSWORD=supers3cr3t", "export MLFLOW_TRACKING_PASSWORD=secretPassword123",
    'client_secret="my_robot_password",', "amqp://guest:guest@rabbit.example.com:5672/",
    "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
    "`gdal_translate -projwin 614500 6668500 644500 6640500 test.vrt test_clip.tif`",
    "Your app answers at `top1.nearest.of.my-app.internal`.", "psql -h yourdb.local",
    "ssh -i ~/.ssh/id_rsa -p 2222 ubuntu@vm1.cloud", "scp -r ./data root@r07c49.bullx:/tmp",
    "ciphers: `chacha20-poly1305@openssh.com` and `aes256-gcm@openssh.com`",
    "openstack subnet create --allocation-pool start=192.168.0.10,end=192.168.0.30 sub",
    "| `employee@org.fi` | a person actually employed by the institution |",
    f"{FENCE}\n$ ip -4 addr show eth0\ninet 10.0.2.15 brd 10.0.2.255 scope global\n{FENCE}",
    f"{FENCE}sh\n$ oc debug backend-7f9c9dbfbb-78sh8\nPod IP: 10.129.12.120\n{FENCE}\n\n"
    "Now we check our database.",
    "Affiliations: `affiliate@org.fi`, `alum@org.fi`, `library-walk-in@org.fi`",
], ids=["leet password words", "example digits", "robot password", "default pair",
        "key placeholder", "map coordinates", "placeholder host", "placeholder db",
        "ssh with options", "scp with a path", "OpenSSH algorithms", "address pool",
        "employee at org.fi", "command output",
        "output, then our database", "Haka affiliations"])
def test_the_documentation_the_rules_were_written_for_still_passes(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("value", ["Jane_Secret_1987", "Acme_Passw0rd2024", "P@ssw0rd2024",
                                   "MyS3cr3tP4ss", "MonkeyPassword12", "MySecretPassword2024",
                                   "Tokyo.Secret.1987"])
def test_a_password_with_a_word_year_or_capitals_of_its_own_is_real(value: str) -> None:
    assert placeholder_password(value, "DB_PASSWORD=") is None


def test_a_placeholder_host_label_must_name_the_owner() -> None:
    assert placeholder_host("my-app.internal") and placeholder_host("a.b.of.my-app.internal")
    assert placeholder_host("yourdb.acme-corp.internal") is None
    assert placeholder_host("payroll.sample.acme-corp.internal") is None


@pytest.mark.parametrize(("local", "domain", "expected"), [
    ("employee", "org.fi", True), ("port", "mylicenseserver.com", True),
    ("support", "company.com", True), ("anna", "company.com", False),
    ("anna", "org.fi", False), ("virtanen", "mypayrollserver.com", False),
])
def test_a_kind_of_organisation_domain_holds_no_person(local: str, domain: str,
                                                       expected: bool) -> None:
    assert impersonal(local, domain) is expected

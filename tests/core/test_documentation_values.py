"""Values that documentation shows and a leak would not (issue 19, bench/gate.py): each class
passes (or is only a warning) shaped as Fly.io Docs and CSC Docs write it, and the same value
with what a leak carries (a path, a real host, a real password) is still an error.
"""

from __future__ import annotations

import base64
import ipaddress
from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import INTERNAL_HOST, INTERNAL_IP, Allowed, scan

ADVISED = [
    ("Then connect to your Postgres server at localhost:5432.", INTERNAL_HOST),
    ("Point your program to 127.0.0.1:9050.", INTERNAL_IP),
    ("Then connect to localhost:15432.", INTERNAL_HOST),
]


@pytest.mark.parametrize("text, kind", ADVISED)
def test_a_port_on_the_readers_computer_in_prose_is_a_warning(text: str, kind: str) -> None:
    assert [(f.kind, f.advisory) for f in scan(text)] == [(kind, True)]


def test_a_local_front_page_the_reader_is_told_to_open_passes() -> None:
    """fp48: a local URL's front page in a sentence that says to open it is the reader's own
    computer, neither an error nor a warning."""
    assert scan("Navigate to http://127.0.0.1:6274 ; click Connect; then List Tools.") == []


@pytest.mark.parametrize("text, kind", [
    ("Open localhost:8080/admin to reach the admin panel.", INTERNAL_HOST),
    ("Open [the admin page](http://127.0.0.1:8080/admin).", INTERNAL_IP),
    ("Run it locally at localhost:3000, then point it to our database at 10.20.30.40:5432.",
     INTERNAL_IP),
])
def test_a_path_or_a_real_address_beside_it_is_an_error(text: str, kind: str) -> None:
    assert [(f.kind, f.advisory) for f in scan(text)] == [(kind, False)]


def test_kbgen_check_warns_and_publishes(write_project: Callable[..., Path],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from kbgen.cli import cli
    from tests.conftest import article

    body = ("Then connect to your Postgres server at localhost:5432.\n\n"
            "Open localhost:8080/admin to reach the admin panel.\n")
    config = write_project({"content/articles/billing/db.md": article(body=body)})
    monkeypatch.chdir(config.parent)
    output = CliRunner().invoke(cli, ["check"]).output
    found = [line.split(": ")[1] for line in output.splitlines() if "(l********)" in line]
    assert found == ["warning", "error"], output


@pytest.mark.parametrize("line", [
    "For example: ecto://USER:PASS@HOST/DATABASE",
    "DATABASE_URL='mysql://user1:password1@region1/name,mysql://user2:password2@region2/name'",
    "psql postgres://postgres:secret123@appname.internal:5432",
    'conn = PG.connect("postgres://postgres:secret123@postgresapp.internal:5432/yourdb")',
])
def test_a_template_connection_string_passes(line: str) -> None:
    assert scan(line) == []


FLY = Allowed(networks=(ipaddress.ip_network("fdaa::/16"),))
MINIO = ("```sh\ncat <<EOF >> /etc/hosts\nfdaa:3:7c6d:a7b:8f:143c:79a5:2  minio1.local\n"
         "fdaa:3:7c6d:a7b:172:ac21:8674:2 minio2.local minio2\nEOF\n```\n\n"
         "```docker\nENV MINIO_SERVER_URL=\"http://minio1.local:9000\"\n```\n")


def test_names_a_hosts_file_gives_to_the_platforms_network_pass() -> None:
    assert scan(MINIO, FLY) == []
    names = [f.line for f in scan(MINIO) if f.kind == INTERNAL_HOST]
    assert names == [3, 4, 9]  # no network allowed: every name is found


@pytest.mark.parametrize("line", [
    "fly machine run . --file-literal /b64file=SGVsbG8hIEknbSBGcmFua2llIHRoZSBiYWxsb29uIQo=",
    '"raw_value": "' + base64.b64encode(b"limit_req_zone $binary_remote_addr zone=my_zone:10m"
                                        b" rate=1r/s;\n\nserver {\n  listen 8080;\n}\n").decode()
    + '",',
])
def test_base64_of_readable_text_passes(line: str) -> None:
    assert scan(line) == []


RCLONE = ("<pre>[kkayttaj@puhti-login11 ~]$ <b>rclone ls allas:2001659-crypt</b>\n"
          "      125 4lpbj55pc5v8t119q0tp2o6k58/36sb832och3tde30k9nlks3dpo\n"
          "       59 4lpbj55pc5v8t119q0tp2o6k58/90alcaodph3386197agf252t5b97f144n88e99m9ire5tcpq"
          "u380/flqitnrsrc8iloggbc4ouagukg\n"
          "      405 4lpbj55pc5v8t119q0tp2o6k58/a6rlk2hr489roehagfu6iest38\n"
          "      165 4lpbj55pc5v8t119q0tp2o6k58/kmqnruv14agevg6okod0io2fl0\n"
          "</pre>\n")


def test_a_listing_of_encrypted_names_passes() -> None:
    assert scan(RCLONE) == []


def test_a_default_cluster_dns_address_passes() -> None:
    text = ("Querying the internal DNS service:\n\n```bash\n$ oc rsh mypod\n"
            "sh-4.2$ nslookup serve\nServer:\t\t172.30.0.10\nAddress:\t172.30.0.10#53\n```\n")
    assert scan(text) == []
    assert scan(text.replace("172.30.0.10", "172.30.0.11")) != []


@pytest.mark.parametrize("line", [
    "docker build --secret id=MY_SUPER_SECRET,src=mysecret.txt .",
    '  --secret ACCESS_TOKEN="$(fly tokens create readonly "$ORG")" \\',
])
def test_where_a_secret_comes_from_passes(line: str) -> None:
    assert scan(line) == []


ROUTE = ("```yaml\nmetadata:\n  annotations:\n"
         "    haproxy.router.openshift.io/ip_allowlist: 192.168.1.0/24 10.0.0.1\n```\n\n"
         "The route allows traffic only from the subnet `192.168.1.0/24` and\nthe IP `10.0.0.1`.\n")


def test_an_address_in_a_text_about_addressing_is_a_warning() -> None:
    assert [(f.line, f.advisory) for f in scan(ROUTE)] == [(4, True), (8, True)]


@pytest.mark.parametrize("url", [
    "https://fish-bucket.a3s.fi/zebrafish.tgz?AWSAccessKeyId=78e6021a086d52f092b3b2b23bfd7a67"
    "&Expires=1599835116&Signature=OLyyCY14s%2F0HxKOOd108mldINyE%3D",
    "https://b.s3.amazonaws.com/f?X-Amz-Date=20200101T000000Z&X-Amz-Expires=3600"
    "&X-Amz-Signature=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "https://a.blob.core.windows.net/c/f?sv=2020-08-04&se=2021-01-01T00%3A00%3A00Z&sr=b&sp=r"
    "&sig=Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz%3D",
])
def test_an_expired_signed_url_passes(url: str) -> None:
    assert scan(url) == []


OSS_URL = ("https://acme-files.oss-cn-hangzhou.aliyuncs.com/report.pdf?x-oss-date={date}"
           "&x-oss-expires=3600&x-oss-signature="
           "b77ef185a2e6fac96006201698cd38c3675b88b35a467bb2c3f71c7fd1cbcace")
GCS_URL = ("https://storage.googleapis.com/acme/export.csv?X-Goog-Date={date}&X-Goog-Expires=900"
           "&X-Goog-Signature=d8bfce37594d32865cfcea6ab3da9d0ff657bf4757c93ad0ef8d2459239abf75")
COS_URL = ("https://acme-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg?q-sign-algorithm=sha1"
           "&q-sign-time={start};{end}&q-key-time={start};{end}&q-header-list=host"
           "&q-signature=3ad131a59d7ab8cac5258ccd2b04994cc79f828c")
S3_URL = ("https://b.s3.amazonaws.com/f?X-Amz-Date={date}&X-Amz-Expires=3600"
          "&X-Amz-Signature=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")


@pytest.mark.parametrize("url", [
    OSS_URL.format(date="20200101T000000Z"), GCS_URL.format(date="20200101T000000Z"),
    COS_URL.format(start=1577836800, end=1577840400), S3_URL.format(date="20200101T000000Z"),
    COS_URL.format(start=1577836800, end=1577840400).replace(";", "%3B"),
])
def test_an_expired_signed_url_of_each_scheme_passes_with_the_reason(url: str) -> None:
    from kbgen.core.signed_urls import REASON

    explained: list[Acceptance] = []
    assert scan(url, explain=explained) == []
    assert REASON in {acceptance.reason for acceptance in explained}


@pytest.mark.parametrize("url", [
    OSS_URL.format(date="20991231T000000Z"), GCS_URL.format(date="20991231T000000Z"),
    COS_URL.format(start=4102444800, end=4102448400), S3_URL.format(date="20991231T000000Z"),
    OSS_URL.format(date="20201301T000000Z"),  # no date
    OSS_URL.replace("x-oss-date={date}&", ""),  # no signing time
    COS_URL.format(start=1, end=2),  # no time a signature was made at
    COS_URL.format(start=1577840400, end=1577836800),  # ends before it starts
    COS_URL.format(start=1577836800, end=1577840400).replace(
        "&q-key-time=1577836800;1577840400", ""),  # the key's time not said
    COS_URL.format(start=1577836800, end=1577840400).replace(
        "q-key-time=1577836800;1577840400", "q-key-time=1577836800;4102448400"),  # key lasts
    OSS_URL.format(date="20200101T000000Z") + "&x-oss-date=20991231T000000Z",  # given twice
    OSS_URL.format(date="20200101T000000Z").replace(
        "x-oss-date", "x-amz-date"),  # another scheme's date
    OSS_URL.format(date="20200101T000000Z").replace(
        "x-oss-signature=", "x-oss-security-token="),  # a session token: its own expiry
    COS_URL.format(start=1577836800, end=1577840400).replace(
        "q-sign-time=1577836800;1577840400", "q-sign-time=1577836800;4102448400"),  # signs on
    COS_URL.format(start=4102444800, end=4102448400).replace(";", "%3B"),
    COS_URL.format(start=157783680, end=157784040),  # nine digits: no Unix time of ours
    COS_URL.format(start=1577836800, end=1577840400).replace(
        "&q-header-list", "&q-sign-time=4102444800;4102448400&q-header-list"),  # twice
    OSS_URL.format(date="20200101T000000Z").replace("x-oss-expires=3600", "x-oss-expires="
                                                     + "9" * 13),  # no duration
    OSS_URL.format(date="20200101T000000Z").replace("x-oss-expires=3600", "x-oss-expires=1h"),
    OSS_URL.format(date="20200101T000000"),  # not the scheme's date
    OSS_URL.format(date="20200101T000000Z").replace("&x-oss-expires=3600", ""),
    GCS_URL.format(date="20200101T000000Z").replace("&X-Goog-Expires=900", ""),
    OSS_URL.replace("x-oss-date={date}&", "Expires=1500000000&"),  # OSS V1's expiry
    S3_URL.format(date="20200101T000000Z").replace("X-Amz-Date", "X-Goog-Date"),
])
def test_a_signed_url_that_still_works_or_does_not_say_is_found(url: str) -> None:
    assert [finding.kind for finding in scan(url)] == ["API key or token"]


def test_a_signature_that_expired_less_than_a_year_ago_is_still_found() -> None:
    from kbgen.core.signed_urls import MARGIN, expired_signature

    line = "https://b/f?Expires=1599835116&Signature=OLyyCY14sHxKOOd108mldINyE"
    start = line.index("OLyy")
    assert expired_signature(line, start, now=1599835116 + MARGIN - 60) is None
    assert expired_signature(line, start, now=1599835116 + MARGIN + 60) is not None


def test_an_image_tag_in_the_sites_own_registry_passes() -> None:
    line = ("**Docker image reference**: `registry.fly.io/my-app-name:deployment-01H9RK9EYO9PGNBY"
            "AKGXSHV0PH` is an example.")
    assert scan(line, Allowed(domains=frozenset({"fly.io"}))) == []
    assert scan(line) != []

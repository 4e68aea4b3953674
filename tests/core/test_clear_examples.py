"""Values that are clearly examples, output or names pass the gate, each with its reason; their
look-alikes are in bench/gatecorpus/hostile.yml (counted by test_gate_precision.py).

The clean texts are lines as CSC Docs (bench/gatecorpus/csc.json.gz) publish them."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance, example_base64, placeholder_password
from kbgen.core.privacy import scan

FENCE = "```"
KUBECTL = (f"You should see something like this:\n\n{FENCE}\n"
           "NAME       TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)            AGE\n"
           "backend    ClusterIP   172.30.109.120   <none>        4444/TCP           21h\n"
           f"{FENCE}\n")
OPENSTACK = (f"{FENCE}\n+--------------------------------------+-------+--------+-----------+\n"
             "| ID                                   | Name  | Status | Networks  |\n"
             "+--------------------------------------+-------+--------+-----------+\n"
             "| 55555566-ffff-4a52-5735-356251902325 | comp1 | ACTIVE | net=192.168.211.211 |\n"
             f"{FENCE}\n")
DESCRIBE = (f"{FENCE}sh\n$ oc describe pods celery-worker-6777488df4-s9tc7\n"
            "Name:           celery-worker-6777488df4-s9tc7\n"
            "Node:           rahti-comp-io-s25-d/192.168.54.13\n"
            f"{FENCE}\n")
LOGGED = ("Without the shared secret file, the management daemon will log the following:\n\n"
          f"{FENCE}\nReceived message from unauthenticated stream from 192.168.1.7:36082\n"
          f"{FENCE}\n")
KEY_SHAPE = (f"{FENCE}yaml\n    key: |-\n      -----BEGIN PRIVATE KEY-----\n      ...\n"
             f"      -----END PRIVATE KEY-----\n{FENCE}\n")
KEY_NAMED = ("* The header (`-----BEGIN OPENSSH PRIVATE KEY-----`) or the footer "
             "(`-----END OPENSSH PRIVATE KEY-----`) of the key is not copied correctly.")


@pytest.mark.parametrize(("text", "reason"), [
    ("POSTGRES_PASSWORD=supers3cr3t", "spells out"),
    ("export MLFLOW_TRACKING_PASSWORD=secretPassword123", "spells out"),
    ('$env:C4GH_PASSWORD = "badpasswd"', "spells out"),
    ('client_secret="my_robot_password",', "spells out"),
    ("-p POSTGRESQL_PASSWORD=postgres \\", "default"),
    ('export BW_CLIENTSECRET="client_secret"', "field's own name"),
    ('- `client_secret: "clientSecret"` (unique, can be rotated)', "field's own name"),
    ("WebHookSecretKey: dGhpc19pc19hX2JhZF90b2tlbgo=", "example"),
    (KUBECTL, "listing"),
    (OPENSTACK, "listing"),
    (DESCRIBE, "printed"),
    (LOGGED, "printed"),
    (KEY_SHAPE, "no key in it"),
    (KEY_NAMED, "no key in it"),
    ("For example `ssh -N -L 8787:localhost:42896 -J john@puhti.csc.fi john@r07c49.bullx`",
     "ssh command"),
    ("Your app answers at `top1.nearest.of.my-app.internal`.", "placeholder host"),
    ("DATABASE_URL=postgres://postgres:mysecretpassword@db.example.com:5432/app", "spells out"),
    ("amqp://guest:guest@rabbit.example.com:5672/", "names the field"),
    ("[    1.050310] Loaded X.509 cert 'CentOS Linux kernel signing key:"
     "d4115f110055db56c8d605ab752173cfb1ac54d8'", "certificate the kernel loaded"),
    ("curl http://169.254.169.254/openstack/latest/meta_data.json", "metadata service"),
], ids=["leet password words", "camel-case password words", "bad password", "robot password",
        "the service's name", "field name as value", "field name in camel case",
        "base64 of an example phrase", "kubectl listing",
        "openstack table", "oc describe output", "a daemon's log", "key block placeholder",
        "key header and footer named", "ssh login", "placeholder host", "metadata service",
        "connection string", "user's own name as password", "kernel's certificate"])
def test_clear_examples_pass_with_their_reason(text: str, reason: str) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert any(reason in acceptance.reason for acceptance in explained), explained


@pytest.mark.parametrize("text", [
    "| `employee@org.fi` | a person actually employed by the institution |",
    'export MLM_LICENSE_FILE="port@mylicenseserver.com"',
    "`gdal_translate -projwin 614500 6668500 644500 6640500 test.vrt test_clip.tif`",
    "ciphers: `chacha20-poly1305@openssh.com` and any EtM cipher variants.",
    "4. Upload the extension package, e.g. `ms-vscode.cpptools-1.x.x@linux-x64.vsix` to Roihu",
    "module load lammps/29Aug2024-gpu",
    f"{FENCE}sh\nUnable to find image 'nginx:latest' locally\nlatest: Pulling from library/nginx"
    f"\n88770be1d442: Pull complete\n{FENCE}",
], ids=["affiliation at org.fi", "licence server placeholder", "map coordinates",
        "OpenSSH cipher", "extension package", "release named by its date", "image pull"])
def test_names_and_placeholders_pass(text: str) -> None:
    assert scan(text) == []


def test_explanations_are_only_given_when_asked_and_carry_the_line() -> None:
    explained: list[Acceptance] = []
    scan("intro\n" + KUBECTL, explain=explained, first_line=10)
    assert [(a.line, a.kind) for a in explained] == [(15, "internal IP address")]
    assert "172.30.109.120" not in repr(explained)  # masked, like findings


@pytest.mark.parametrize("value", ["Tr0ub4dor&3", "hunter2Secret", "Kirsikka2024",
                                   "correct_horse_battery_password9", "s3cr3t-X9q"])
def test_real_passwords_are_no_placeholders(value: str) -> None:
    assert placeholder_password(value, "DB_PASSWORD=") is None


def test_base64_of_a_plain_secret_is_no_example() -> None:
    assert example_base64("c2tfbGl2ZV80ZUMzOUhxTHlqV0RhcmpRMjB6ZA==") is None  # sk_live_...


"""Issue 19 (fp42): three documentation shapes the gate refused on real help centres pass (two
accepted with their reason); the same values anywhere else stay findings (the hostile twins are rows
`(fp42)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.core import secret_objects
from kbgen.core.examples import Acceptance
from kbgen.core.privacy import PASSWORD, PHONE, change_me, directory_assistance, scan

# Lines as the help centres publish them (Ente's self-hosting guides, CSC's Rahti guides,
# Authelia's user database example).
SECRET_NAME = ('```yaml\nspec:\n  tls:\n    - hosts:\n        - photos.example.com\n'
               '      secretName: "ente-db-app"\n```\n')
CHANGE_ME = ("```yaml\ndb:\n  host: postgres\n  password: pgpass #change me\n```\n\n"
             "```yaml\nenvironment:\n  POSTGRES_PASSWORD: pgpass # change me\n"
             "  MINIO_ROOT_PASSWORD: testtest # change me\n```\n")
DIRECTORY = "```yaml\nusers:\n  bob:\n    phone_number: '+1 (425) 555-1212'\n```\n"


def test_a_secret_objects_name_with_abbreviations_passes() -> None:
    assert scan(SECRET_NAME) == []  # kbgen.core.secret_objects: never taken for a secret


@pytest.mark.parametrize("text, reason, accepted", [
    (CHANGE_ME, change_me.REASON, 3),
    (DIRECTORY, directory_assistance.REASON, 1),
], ids=["change me", "directory assistance"])
def test_documentation_shapes_pass_with_their_reason(text: str, reason: str,
                                                      accepted: int) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert [a.reason for a in explained].count(reason) == accepted


@pytest.mark.parametrize("text, kind", [
    (SECRET_NAME.replace("secretName", "secret"), PASSWORD),  # the value given as the secret
    (CHANGE_ME.replace("# change me", "# change me after launch"), PASSWORD),
    (CHANGE_ME.replace("#change me", "#").replace("# change me", ""), PASSWORD),
    (DIRECTORY.replace("555-1212", "555-1213"), PHONE),
])
def test_the_same_values_elsewhere_are_found(text: str, kind: str) -> None:
    assert kind in {finding.kind for finding in scan(text)}


@pytest.mark.parametrize("value, expected", [
    ("ente-db-app", True), ("hostname-tls", True), ("cert-manager-test-tls", True),
    ("my-ca-key-pair", True), ("kq8vnz3lw2pdxy7t", False), ("Kq8vNz3Lw2", False),
    ("ente-hunter2-app", False), ("db-tls", False), ("-ente-app", False), ("1", False),
    ("authelia", True), ("app-secrets-2", True), ("sunflower2024", False),
])
def test_secret_object_names(value: str, expected: bool) -> None:
    line = f'secretName: "{value}"'
    assert secret_objects.secret_object(line, line.index(value), value) is expected


def test_kbgen_check_passes_the_shapes_and_fails_a_twin(write_project: Callable[..., Path],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from kbgen.cli import cli
    from tests.conftest import article

    twin = "```yaml\nPOSTGRES_PASSWORD: Kq8vNz3Lw2 # change me\n```\n"
    config = write_project({"content/articles/billing/self-host.md": article(
        body=SECRET_NAME + "\n" + CHANGE_ME + "\n" + DIRECTORY + "\n" + twin)})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert len(errors) == 1 and "password or secret (Kq********)" in errors[0], result.output

"""A platform's documented private network (`extra.kb.privacy.allow_networks`) lets its
addresses be published, as a platform's docs (Fly.io's) also show its resources' ids, its
tools' output and the reader's development server; an address outside the network, a real key
that looks like an id, a secret in a column named `token`, a real address next to `localhost`
and a network that is not CIDR are still errors. Each case is an article of one real project
checked with `kbgen check`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, article

FLY_NETWORK = "extra:\n  kb:\n    privacy:\n      allow_networks: [\"fdaa::/16\"]\n"

# (case, article body, (line, kind) of the error expected in the article, or None)
CASES = [
    ("platform address in prose",
     "Machines reach each other at fdaa:0:3b99:a7b:8aeb:fea3:148b:2 over 6PN.\n", None),
    ("platform DNS server in code",
     "```\ndig +short aaaa my-app.internal @fdaa::3\n```\n", None),
    ("a volume's typed id", "fly machine run . --volume vol_d42652p88kdw9l7r:data\n", None),
    ("a digest column in output",
     "```output\nNAME            DIGEST                           DATE\n"
     "DATABASE_URL    830d8769ff33cba6c8b29d1cd6a6fbac 1m10s ago\n```\n", None),
    ("a local development server",
     "Open [http://localhost:3000](http://localhost:3000) in your browser.\n", None),
    ("unique local address outside the network",
     "Our database answers at fd12:3456:789a::10 only.\n", (8, "internal IP address")),
    ("private IPv4 beside a platform address",
     "Proxy fdaa:0:3b99:a7b:8aeb:fea3:148b:2 to our office server 10.20.30.40.\n",
     (8, "internal IP address")),
    ("a real key that looks like an id",
     "Your ID: sk_live_4eC39HqLyjWDarjtT1zdp7dc\n", (8, "API key or token")),
    ("a secret in a column named token",
     "| name | token |\n|---|---|\n| deploy | 9f8Kq2LmX7vN4pT9wK3sB6yD1a |\n",
     (10, "API key or token")),
    ("a real address next to localhost",
     "Run it locally at localhost:3000, then point it to our database at 10.20.30.40:5432.\n",
     (8, "internal IP address")),
]
PLATFORM = 2
"""The first cases: addresses of the platform's network, errors without the setting."""


def _check(write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch,
           config: str) -> tuple[int, list[str]]:
    files = {f"content/articles/wifi/case-{number}.md": article(f"Case {number}", body=body)
             for number, (_, body, _) in enumerate(CASES)}
    project = write_project({**files, "mkdocs.yml": MINI_CONFIG + config})
    monkeypatch.chdir(project.parent)
    result = CliRunner().invoke(cli, ["check"])
    return result.exit_code, [text for text in result.output.splitlines()
                              if ": error: " in text]


def test_addresses_in_an_allowed_network_pass_and_others_do_not(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    status, errors = _check(write_project, monkeypatch, FLY_NETWORK)
    expected = sorted(f"content/articles/wifi/case-{number}.md:{found[0]}: error: {found[1]} ("
                      for number, (_, _, found) in enumerate(CASES) if found)
    assert sorted(error.split(" (")[0] + " (" for error in errors) == expected, errors
    assert status == 1


def test_without_the_setting_the_platform_addresses_are_errors(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    _, errors = _check(write_project, monkeypatch, "")
    assert {error.split(":")[0] for error in errors} == {
        f"content/articles/wifi/case-{number}.md" for number, (_, _, found) in enumerate(CASES)
        if found or number < PLATFORM}, errors


def test_a_network_that_is_not_cidr_is_a_configuration_error(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_project({"content/articles/wifi/ok.md": article("Fine article"),
                             "mkdocs.yml": MINI_CONFIG + FLY_NETWORK.replace(
                                 "fdaa::/16", "10.1.2.3/8")})
    monkeypatch.chdir(project.parent)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code != 0
    assert "'10.1.2.3/8' is not a network in CIDR notation" in result.output, result.output

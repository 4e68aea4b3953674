"""A platform's documented private network (`extra.kb.privacy.allow_networks`) lets its
addresses be published; an address outside it, a real address beside an accepted one and a
network that is not CIDR are still errors. Each case is an article of one real project
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

# (case, article body, kind of the error expected on line 8 of the article, or None)
CASES = [
    ("platform address in prose",
     "Machines reach each other at fdaa:0:3b99:a7b:8aeb:fea3:148b:2 over 6PN.\n", None),
    ("platform DNS server in code",
     "```\ndig +short aaaa my-app.internal @fdaa::3\n```\n", None),
    ("unique local address outside the network",
     "Our database answers at fd12:3456:789a::10 only.\n", "internal IP address"),
    ("private IPv4 beside a platform address",
     "Proxy fdaa:0:3b99:a7b:8aeb:fea3:148b:2 to our office server 10.20.30.40.\n",
     "internal IP address"),
]


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
    expected = sorted(f"content/articles/wifi/case-{number}.md:8: error: {kind} ("
                      for number, (_, _, kind) in enumerate(CASES) if kind)
    assert sorted(error.split(" (")[0] + " (" for error in errors) == expected, errors
    assert status == 1


def test_without_the_setting_the_platform_addresses_are_errors(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    _, errors = _check(write_project, monkeypatch, "")
    assert {error.split(":")[0] for error in errors} == {
        f"content/articles/wifi/case-{number}.md" for number in range(len(CASES))}, errors


def test_a_network_that_is_not_cidr_is_a_configuration_error(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_project({"content/articles/wifi/ok.md": article("Fine article"),
                             "mkdocs.yml": MINI_CONFIG + FLY_NETWORK.replace(
                                 "fdaa::/16", "10.1.2.3/8")})
    monkeypatch.chdir(project.parent)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code != 0
    assert "'10.1.2.3/8' is not a network in CIDR notation" in result.output, result.output

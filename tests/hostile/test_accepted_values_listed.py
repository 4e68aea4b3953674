"""`kbgen check --show-accepted`: a reviewer sees each value the gate found and let through by
its rules, and why; without the flag the report is as before. A real project is checked."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from kbgen.cli import cli
from tests.hostile.test_reviewed_exceptions import ARTICLE, LINE, write

BODY = ("You should see something like this:\n\n```\n"
        "NAME       TYPE        CLUSTER-IP       PORT(S)\n"
        "backend    ClusterIP   172.30.109.120   4444/TCP\n```\n\n"
        "Then set `POSTGRES_PASSWORD=supers3cr3t` and ask brian@gmail.com.\n")


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output, result.output
    return result


def test_accepted_values_are_listed_with_their_reason(project: Path) -> None:
    write(project, BODY)
    result = run("check", "--show-accepted")
    lines = result.output.splitlines()
    assert (f"{ARTICLE}:{LINE + 4}: accepted: internal IP address (172.**.***.***): a private"
            " address in a listing a tool printed (a table in code)") in lines
    assert any(line.startswith(f"{ARTICLE}:{LINE + 7}: accepted: password or secret (su")
               and line.endswith("a password that spells out that it is one") for line in lines)
    assert "172.30.109.120" not in result.output and "supers3cr3t" not in result.output
    assert f"{ARTICLE}:{LINE + 7}: error: e-mail address (b***@g***.com)" in result.output
    assert result.exit_code == 1  # a person's address is still a finding


def test_without_the_flag_nothing_accepted_is_listed(project: Path) -> None:
    write(project, BODY.replace(" and ask brian@gmail.com", ""))
    result = run("check")
    assert "accepted:" not in result.output and result.exit_code == 0
    shown = json.loads(run("check", "--format", "json", "--show-accepted").output)
    assert {item["kind"] for item in shown["accepted"]} == {"internal IP address",
                                                            "password or secret"}

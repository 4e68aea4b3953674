"""A code block of many lines, each a value an accepting rule of fp50 reads (a Compose file's
database URLs, `ssh` to home addresses under "Log in to your router"), is judged in one pass:
finding each value's block from the lines above it made the work grow with the values squared
(2,000 lines: 4.7 CPU s against 0.99 on main). Work is counted, never timed."""

from __future__ import annotations

import pytest

from tests.hostile.test_long_lines import _assert_work_grows_linearly

COMPOSE = "services:\n  db:\n    image: postgres"
BLOCKS = {
    "database URLs of a Compose file": (
        "Our compose file:", COMPOSE, "    - DATABASE_URL=postgres://u{i}:Kq9x{i}Zr@db:5432/x{i}"),
    "ssh to home addresses": ("Log in to your router:", "", "ssh root@192.168.{a}.{b}"),
    "logged ids (fq51)": ("Log:", "", "19:31:20 Worker 861be45b32214afc95c235beeb1{i:05x}: up"),
    "passwords to substitute (fq51)": (
        "Enter these, substituting your own value for the password:", "",
        "CREATE USER u{i} WITH PASSWORD 'Kq9x{a}Zr{b}Lm4Tp';"),
    "passwords spelt from logins (fr52)": (
        "Create the users:", "", "CREATE USER pguser WITH PASSWORD 'pgpass'; -- {i}"),
    "supposed addresses (fq52)": ("Suppose we want these syslog servers:", "",
                                  "- 10.{a}.{b}.1"),
}


def _article(introduction: str, head: str, shape: str, count: int) -> str:
    rows = "\n".join(shape.format(i=i, a=i // 250, b=i % 250) for i in range(count))
    return f"---\ntitle: T\n---\n\n{introduction}\n\n```\n{head}\n{rows}\n```\n"


@pytest.mark.parametrize("introduction, head, shape", list(BLOCKS.values()), ids=list(BLOCKS))
def test_the_gates_work_grows_with_the_blocks_length(monkeypatch: pytest.MonkeyPatch,
                                                     introduction: str, head: str,
                                                     shape: str) -> None:
    _assert_work_grows_linearly(
        monkeypatch, lambda count: _article(introduction, head, shape, count))

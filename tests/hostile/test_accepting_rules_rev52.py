"""A hostile review of fp51's and fq51's accepting rules (issue 19, rev52): a customer's case
told a paragraph or a heading above what the rule reads (a default login, a bcrypt digest, the
template's `# DO NOT USE THIS EXAMPLE PEPPER` comment a customer's file kept, a password to
substitute), an event the bracketed example's sentence tells in a word the rule did not list
(`stopped answering`), a logged id whose block's introduction calls it an API key or whose line
names a password in Dutch: findings in a real project's `kbgen check`, with file and line; in an
article's front matter, a team's data file and a snippet a page includes (`kbgen build`) too.
NetBird's bracketed resolvers, NZBGet's default login, Traefik's htpasswd digest, NetBox's and
Dokku's logged ids, Ente's and NetBox's described values, NetBox's pepper and password to
substitute and Synapse's sample token, in the same project, still publish. Each case is also a
row `(rev52)` of bench/gatecorpus/hostile.yml (counted by bench/gate.py and
test_gate_precision). A block under a long introduction is judged in one pass."""

from __future__ import annotations

import pytest

from tests.core.test_gate_fp51 import APIKEY, NZBGET, SPLIT
from tests.core.test_gate_fq51 import DESCRIBED, LOGGED, MATRIX, REPLACE
from tests.hostile.reviewed_projects import (  # noqa: F401 (fixtures)
    REFERENCE_PAGE,
    TEAM,
    ReviewedProject,
    built,
    checked,
    project,
)
from tests.hostile.test_long_lines import _assert_work_grows_linearly
from tests.hostile.test_reviewed_exceptions import ARTICLE

DIGEST = "$2b$05$TUjJmcA.yvtp.uyGmeAxy.XxjJ950ko/Upu6tyfza8Sd1lLkHghSi"  # of hunter2
PEPPER = "kR8vTz2mWx9pLr4nQ7s8yUi2oPa3dFq8Zr2LmX7vN4pT9wK3"
LEAKS = {
    "a default login under a ticket's paragraph": (
        "Ticket #4821 from Acme GmbH: their NAS still runs on its factory login.\n\n"
        "The default login details (change ASAP) are\n\n`login:admin, password:Kq8vTz2mWx9p`"
        "\n\n```\n- ADMIN_PASS=Kq8vTz2mWx9p\n```"),
    "a bcrypt digest an indented block's introduction places": (
        f"Acme GmbH's stored user (ticket #4822) is\n\n    jane:{DIGEST}\n\nwhich their script"
        ' made from\n\n```json\n{"password": "hunter2"}\n```'),
    "a customer's file that kept the template's comment": (
        "From ticket #4823, the customer's configuration.py:\n\n```python\n"
        f"# DO NOT USE THIS EXAMPLE PEPPER IN PRODUCTION\nAPI_TOKEN_PEPPERS = {{1: '{PEPPER}'}}"
        "\n```"),
    "a password to substitute under a ticket's paragraph": (
        "Ticket #4824: Jane Doe ran these on the production database.\n\nEnter the following"
        " commands, substituting your own value for the password:\n\n```\nCREATE USER jane WITH"
        " PASSWORD 'Zq4wRt8yUi2oKq8v';\n```"),
    "bracketed resolvers that stopped answering": (
        "The internal resolvers that stopped answering (e.g., 10.20.30.40, 10.20.30.41) need a"
        " restart."),
    "a logged id its block's introduction calls an API key": (
        "The app printed its new API key at start-up:\n\n```\n2024-03-01 12:00:01 INFO started"
        " with e1c30bc4eaf8c2e637d3f5e580d26bc5\n```"),
    "a logged id beside a Dutch password word": (
        "```\n2024-03-01 12:00:01 INFO nieuw wachtwoord 9e0aade1e1668090d5715b4f678937dc\n```"),
}
# As NetBird's DNS page, LinuxServer.io's NZBGet page, Traefik's API key page, NetBox's and
# Dokku's logs, Ente's, Firefly III's, NetBox's and Synapse's pages write them (test_gate_fp51,
# test_gate_fq51), each in a section of its own, as on its own page.


def _sections(texts: list[str]) -> str:
    """The texts, each under a heading and two paragraphs of its own: what the rules read
    above a value is the text's own."""
    return "\n\n".join(f"## Part {number}\n\nNothing here.\n\nNothing here.\n\n{text}"
                       for number, text in enumerate(texts)) + "\n"


REFERENCE = _sections([SPLIT, NZBGET, APIKEY, LOGGED, DESCRIBED, REPLACE, MATRIX])
BODY = _sections(list(LEAKS.values()))
SNIPPET = ("Jane's app printed its new API key at start-up:\n\n```\n2024-03-01 12:00:01 INFO"
           " started with ed854e30d190d4e97250d0940d2eb6ed\n```\n")
SYMPTOM = "Internal hosts that timed out (e.g., 10.20.30.42 and 10.20.30.43) must be re-added."
BIO = ("name: Sam Lee\nrole: Agent\nbio: |\n  From ticket #4825, the customer's"
       " configuration.py:\n\n  ```python\n  # DO NOT USE THIS EXAMPLE PEPPER IN PRODUCTION\n"
       f"  API_TOKEN_PEPPERS = {{1: '{PEPPER[::-1]}'}}\n  ```\n")

REVIEW = ReviewedProject(BODY, REFERENCE, SNIPPET, "notes/log.md", SYMPTOM, BIO)


@pytest.mark.parametrize(("case", "value", "kind"), [
    ("a default login under a ticket's paragraph", "login:admin, password:Kq8v",
     "password or secret"),
    ("a bcrypt digest an indented block's introduction places", "jane:$2b$05$",
     "API key or token"),
    ("a customer's file that kept the template's comment", "API_TOKEN_PEPPERS",
     "API key or token"),
    ("a password to substitute under a ticket's paragraph", "Zq4wRt8yUi2oKq8v",
     "password or secret"),
    ("bracketed resolvers that stopped answering", "10.20.30.40", "internal IP address"),
    ("a logged id its block's introduction calls an API key", "e1c30bc4", "API key or token"),
    ("a logged id beside a Dutch password word", "9e0aade1", "password or secret"),
], ids=list(LEAKS))
def test_a_leak_riding_an_accepting_rule_is_named_with_file_and_line(
        checked: str, case: str, value: str, kind: str) -> None:  # noqa: F811
    assert f"{ARTICLE}:{REVIEW.line_of(value)}: error: {kind}" in checked, (case, checked)


def test_a_leak_in_front_matter_and_a_data_file_is_named(checked: str) -> None:  # noqa: F811
    assert f"{ARTICLE}:5: error: internal IP address" in checked, checked
    assert f"{TEAM}:8: error: API key or token" in checked, checked


def test_the_reference_shapes_still_publish(checked: str) -> None:  # noqa: F811
    assert REFERENCE_PAGE not in checked, checked


def test_a_logged_key_in_a_snippet_is_named(built: str) -> None:  # noqa: F811
    assert f"{REFERENCE_PAGE}: error: API key or token (ed85********) would be published by" \
           " text a Markdown extension included into the page" in built, built


def _defaults_and_repeats(count: int) -> str:
    """A long introduction stating `count` default passwords, then a block repeating each: the
    block's introduction was read again for each of its lines (rev52)."""
    stated = " ".join(f"password:Kq9x{i}Zr{i % 250}Wm," for i in range(count))
    repeats = "\n".join(f"- PASS=Kq9x{i}Zr{i % 250}Wm" for i in range(count))
    return (f"---\ntitle: T\n---\n\nThe default login details (change ASAP) are {stated}\n\n"
            f"```\n{repeats}\n```\n")


def test_the_gates_work_grows_with_a_blocks_long_introduction(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_work_grows_linearly(monkeypatch, _defaults_and_repeats)

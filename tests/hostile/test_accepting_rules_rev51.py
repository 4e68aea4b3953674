"""A hostile review of the gate's older accepting rules (issue 19, rev51): a table under
`**Examples:**` that a ticket introduces, or whose row's network is `0.0.0.0/0`; a list of
examples that a ticket introduces; a customer's
log or firewall export under a `## Examples` heading; a spelt placeholder password
(`mysecretpassword`), a `# change me` word and a request echo in a code block a ticket or a
customer introduces (fenced, indented or HTML's `<pre>`) are findings in a real project's
`kbgen check`, with file and line; in a snippet a page includes, `kbgen build` names the
customer's spelt password too. NetBird's examples table, Ente's `# change me` line,
Traefik's request echo and a Compose file's spelt placeholder that no one owns, in the same
project, still publish. Each case is also a row `(rev51)` of bench/gatecorpus/hostile.yml
(counted by bench/gate.py and test_gate_precision)."""

from __future__ import annotations

import re

import pytest

from tests.hostile.reviewed_projects import (  # noqa: F401 (fixtures)
    REFERENCE_PAGE,
    ReviewedProject,
    built,
    checked,
    project,
)
from tests.hostile.test_reviewed_exceptions import ARTICLE

TABLE = "| Rule | Client | Result |\n| --- | --- | --- |\n"
LEAKS = {
    "an examples table a ticket introduces": "From ticket #4821, Jane Doe's firewall export:\n\n"
                                             "**Examples:**\n\n" + TABLE
                                             + "| Allow 10.0.0.0/8 | 10.20.30.40 | Allowed |",
    "an examples table testing against the whole Internet": "**Examples:**\n\n" + TABLE
                                                            + "| Allow 0.0.0.0/0 | 10.20.30.41"
                                                              " | Allowed |",
    "an example list a ticket introduces": "From ticket #4827, the hosts Jane Doe's team lost"
                                           ":\n\nExamples:\n\n* 10.20.30.43",
    "a customer's log under an Examples heading": "## Examples\n\nThe customer sent this log in"
                                                  " ticket #4821:\n\n```\nConnection refused"
                                                  " from 10.20.30.42\n```",
    "a customer's list in one paragraph under it": "The customer's servers crashed (ticket"
                                                   " #4828). Their addresses:\n- 10.20.30.44",
    "a customer's spelt password in a Compose file": "## Setup\n\nFrom ticket #4822, the"
                                                     " customer's compose file:\n\n```yaml\n"
                                                     "      - MYSQL_ROOT_PASSWORD="
                                                     "mysecretpassword\n```",
    "a German customer's spelt password": "Aus dem Ticket #4823, die Datei des Kunden:\n\n"
                                          "```\nDB_PASSWORD=supersecretpassword\n```",
    "a spelt password in a customer's <pre>": "<p>From ticket #4824, the customer's file:</p>\n"
                                              "<pre><code>ADMIN_PASSWORD=mysecretpassword2"
                                              "\n</code></pre>",
    "a customer's password to change": "The customer wrote in ticket #4825:\n\n```yaml\n"
                                       "      POSTGRES_PASSWORD: sunflowermeadow # change me"
                                       "\n```",
}
# As NetBird's access-restriction page, Ente's Tailscale guide, Traefik's whoami pages and a
# Compose template write them (tests/core/test_gate_fp50, test_gate_fp42, test_gate_fp43).
REFERENCE = ("### Restriction evaluation order\n\n**Examples:**\n\n" + TABLE
             + "| Allow `10.0.0.0/8` + CrowdSec enforce | `10.1.2.3` (CrowdSec banned) | Denied"
               " |\n\nSet the database up:\n\n```yaml\n      POSTGRES_PASSWORD: pgpass # change"
               " me\n      MYSQL_ROOT_PASSWORD=mysecretpassword\n```\n\n## Example\n\nRun:\n\n"
               "```\n$ curl http://whoami.localhost\nHostname: 068c0a29a8b7\nIP:"
               " 192.168.147.3\nGET / HTTP/1.1\n```\n")
BODY = "\n\n".join(LEAKS.values()) + "\n"
SNIPPET = ("From ticket #4826, the customer's compose file:\n\n```yaml\n"
           "MYSQL_ROOT_PASSWORD=mysecretpassword\n```\n")


REVIEW = ReviewedProject(BODY, REFERENCE, SNIPPET, "notes/ticket.md")


def line_of(text: str) -> int:
    """The article's line number of the first body line holding `text`."""
    return REVIEW.line_of(text)


@pytest.mark.parametrize(("case", "value", "kind"), [
    ("an examples table a ticket introduces", "10.20.30.40", "internal IP address"),
    ("an examples table testing against the whole Internet", "10.20.30.41",
     "internal IP address"),
    ("an example list a ticket introduces", "10.20.30.43", "internal IP address"),
    ("a customer's log under an Examples heading", "10.20.30.42", "internal IP address"),
    ("a customer's list in one paragraph under it", "10.20.30.44", "internal IP address"),
    ("a customer's spelt password in a Compose file", "ROOT_PASSWORD=mysecretpassword",
     "password or secret"),
    ("a German customer's spelt password", "supersecretpassword", "password or secret"),
    ("a spelt password in a customer's <pre>", "mysecretpassword2", "password or secret"),
    ("a customer's password to change", "sunflowermeadow", "password or secret"),
], ids=list(LEAKS))
def test_a_leak_riding_an_accepting_rule_is_named_with_file_and_line(
        checked: str, case: str, value: str, kind: str) -> None:  # noqa: F811
    assert f"{ARTICLE}:{line_of(value)}: error: {kind}" in checked, (case, checked)


def test_the_reference_shapes_still_publish(checked: str) -> None:  # noqa: F811
    assert REFERENCE_PAGE not in checked, checked


def test_a_customers_spelt_password_in_a_snippet_is_named(built: str) -> None:  # noqa: F811
    assert f"{REFERENCE_PAGE}: error: password or secret (myse********) would be published by" \
           " text a Markdown extension included into the page" in built, built
    assert not re.search(f"{REFERENCE_PAGE}:[0-9]", built), built  # its own lines publish

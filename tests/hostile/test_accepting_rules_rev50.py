"""A hostile review of fq50's accepting rules (issue 19, rev50): a password written after a
`#optional` mark, a parameter row calling its address the live database, and a list whose
introduction says more than that examples follow (`Examples of the hosts that failed last
night:`, a paragraph telling of an outage, in German too), a default pair on a line going on to
ours or called ours, and `ssh root@10.44.2.1` after `your router` (fp50's rule) are findings in
a real project's `kbgen check`, with file and line; in a snippet the page includes, `kbgen
build` names them too, though the page says `for example` earlier. LinuxServer.io's template
lines, Firefly III's example list and NetBird's router step, in the same project, still
publish. Each case is also a row `(rev50)` of bench/gatecorpus/hostile.yml (counted by
bench/gate.py and test_gate_precision)."""

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

LEAKS = {
    "a password after the optional mark": "```yaml\n    environment:\n"
                                          "      - PASSWORD= #optional Kq8vTz2mWx9p\n```",
    "a parameter row calling it the live database": "| Env | Function |\n| --- | --- |\n"
                                                    "| `DB_HOST=10.20.30.40` | Set to the live"
                                                    " database |",
    "examples of the hosts that failed": "Examples of the hosts that failed last night:\n\n"
                                         "* 10.20.30.41",
    "an outage told before a bare introduction": "The VPN dropped for many hosts.\n"
                                                 "Some common examples include:\n\n"
                                                 "* 10.20.30.42",
    "German: examples of servers that went down": "Beispiele für die gestern ausgefallenen"
                                                  " Server:\n\n* 10.20.30.43",
    "a default pair, then ours": "Default user/pass is admin/admin, ours is root/Kq8vT2mZ9x",
    "our default login": "Our default login and password are **admin/admin**.",
    "ssh to your router on a company range": "1. **Log in to your router via SSH**\n\n"
                                             "    ```bash\n    ssh root@10.44.2.1\n    ```",
}
SNIPPET = ("For example, a server.\n\nSeveral servers were affected, such as:\n\n"
           "- `192.168.7.23`\n\n```yaml\n- ADMIN_PASSWORD= #optional Zq4wRt8yUi2o\n```\n")
# As LinuxServer.io's image pages, Firefly III's API page and NetBird's OpenWrt page write them
# (tests/core/test_gate_fq50, test_gate_fp50).
REFERENCE = ("```yaml\n    environment:\n      - PUID=1000\n      - PASSWORD= #optional\n```\n\n"
             "| Env | Function |\n| :----: | --- |\n"
             "| `HOST_IP=192.168.100.10` | Specify the IP of the host, needed for LAN Remote"
             " Play. |\n\nSome common examples include:\n\n"
             "* [http://172.16.0.2/callback](http://172.16.0.2/callback) (172.16 is a common IP"
             " range for Docker hosts)\n\nDefault user/pass is admin/admin\n\n"
             "1. **Log in to your router via SSH**\n\n    ```bash\n    ssh root@192.168.1.1\n"
             "    ```\n")
BODY = "\n\n".join(LEAKS.values()) + "\n"


REVIEW = ReviewedProject(BODY, REFERENCE, SNIPPET, "notes/affected.md")


def line_of(text: str) -> int:
    """The article's line number of the first body line holding `text`."""
    return REVIEW.line_of(text)


@pytest.mark.parametrize(("case", "value", "kind"), [
    ("a password after the optional mark", "#optional Kq8v", "password or secret"),
    ("a parameter row calling it the live database", "10.20.30.40", "internal IP address"),
    ("examples of the hosts that failed", "10.20.30.41", "internal IP address"),
    ("an outage told before a bare introduction", "10.20.30.42", "internal IP address"),
    ("German: examples of servers that went down", "10.20.30.43", "internal IP address"),
    ("a default pair, then ours", "ours is root", "password or secret"),
    ("our default login", "Our default login", "password or secret"),
    ("ssh to your router on a company range", "10.44.2.1", "internal IP address"),
], ids=list(LEAKS))
def test_a_leak_riding_an_accepting_rule_is_named_with_file_and_line(
        checked: str, case: str, value: str, kind: str) -> None:  # noqa: F811
    assert f"{ARTICLE}:{line_of(value)}: error: {kind}" in checked, (case, checked)


def test_a_leak_in_an_included_snippet_is_named(built: str) -> None:  # noqa: F811
    for kind in ("internal IP address (192.***.*.**)", "password or secret (#o********)"):
        assert f"{REFERENCE_PAGE}: error: {kind} would be published by text a Markdown" \
               " extension included into the page" in built, built
    assert "192.168.7.23" not in built and "Zq4w" not in built
    assert not re.search(f"{REFERENCE_PAGE}:[0-9]", built), built  # its own lines publish


def test_the_templates_and_the_example_list_still_publish(checked: str) -> None:  # noqa: F811
    assert REFERENCE_PAGE not in checked, checked

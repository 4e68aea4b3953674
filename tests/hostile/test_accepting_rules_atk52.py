"""A hostile review of fr52's accepting rules (issue 19, atk52): real leaks dressed to ride them
(a password on a line that names a directory setting elsewhere, a value after `base64 encoded:`,
a cut value whose comment gives the rest, a PEM label or a JOSE `kid` carrying text, a spelt
login under a ticket's paragraph two paragraphs up, a customer's case in the first tab's
comment or an HTML `<p>` over `<pre>`, a short password whole before a sentence's ellipsis)
are findings in a real project's `kbgen check`, with file and line; in an article's front
matter, a team's data file and a snippet a page includes (`kbgen build`) too. Traefik's,
Kanidm's, Ente's, NetBird's, Synapse's and LinuxServer.io's shapes (test_gate_fr52), in the same
project, still publish. Each case is also a row `(atk52)` of bench/gatecorpus/hostile.yml
(counted by bench/gate.py and test_gate_precision)."""

from __future__ import annotations

import pytest

from tests.core.test_gate_fr52 import CUT, FORMATS, SECRET_NAMES, SPELT, TABS
from tests.hostile.reviewed_projects import (  # noqa: F401 (fixtures)
    REFERENCE_PAGE,
    TEAM,
    ReviewedProject,
    built,
    checked,
    project,
)
from tests.hostile.test_accepting_rules_rev52 import _sections
from tests.hostile.test_long_lines import _assert_work_grows_linearly
from tests.hostile.test_reviewed_exceptions import ARTICLE

FOLDER = ("| `credentials-dir`  | Directory to look for credentials (TLS, service accounts) |"
          " `credentials/`     |\n")  # as Ente's self-hosting/installation/config.md writes it
LEAKS = {
    "a passphrase of folders on a line naming another setting's directory": (
        "```\nSECRETS_PATH=/run/secrets DB_PASSWORD=correct/horse/battery/staple/\n```"),
    "a password after a format name and a colon": (
        "The password is base64 encoded: S3cr3tPass99"),
    "a cut value whose comment gives it whole": (
        "```yaml\nnew_password: \"xjgG4...\"  # full: xjgG4Kq8vTz2mWx9p\n```"),
    "an armour label carrying text": (
        "```yaml\ndata:\n  tls.key: LS0tLS1CRUdJTiBKQlNXWTNEUEVIUEszUFhQIEtROFZUWjJNV1g5UE"
        "xSNE5RN1M4...\n```"),
    "a spelt login under a ticket two paragraphs up": (
        "Ticket #4821: Acme GmbH's database stopped.\n\nTheir compose file:\n\n```yaml\n"
        "MYSQL_USER: acmeuser\nMYSQL_PASSWORD: acmepass\n```"),
    "a cut value under a tab whose first block tells the case": (
        "The output:\n\n```bash tab=\"Docker\"\n# ticket #4822: Acme GmbH's server\n"
        "docker exec -it idm kanidmd recover-account admin\n```\n\n```bash tab=\"Output\"\n"
        "new_password: \"Kq8vT...\"\n```"),
    "a cut value in an HTML pre under a customer's paragraph": (
        "<p>From ticket #4823, the customer's server printed:</p>\n<pre><code>"
        "new_password: \"Zq4wR...\"\n</code></pre>"),
    "a short password whole before a sentence's ellipsis": "The Wi-Fi password is Xk9q2L...",
}

REFERENCE = _sections([FOLDER, FORMATS, CUT, SPELT, SECRET_NAMES, TABS])
BODY = _sections(list(LEAKS.values()))
SNIPPET = "```\nexport CERT_PATH=certs/ ADMIN_PASSWORD=tiger/piano/\n```\n"
SYMPTOM = "Das Passwort ist base64 encoded: c29tZXBhc3N3b3Jk"
BIO = ("name: Sam Lee\nrole: Agent\nbio: |\n  The recovery printed:\n\n  ```\n"
       "  new_password: \"xjgG4K...\"  # then q8vT\n  ```\n")

REVIEW = ReviewedProject(BODY, REFERENCE, SNIPPET, "notes/out.md", SYMPTOM, BIO)


@pytest.mark.parametrize(("case", "value", "kind"), [
    ("a passphrase of folders on a line naming another setting's directory", "SECRETS_PATH",
     "password or secret"),
    ("a password after a format name and a colon", "S3cr3tPass99", "password or secret"),
    ("a cut value whose comment gives it whole", "# full:", "password or secret"),
    ("an armour label carrying text", "tls.key: LS0tLS1CRUdJTiBKQlNX", "API key or token"),
    ("a spelt login under a ticket two paragraphs up", "acmepass", "password or secret"),
    ("a cut value under a tab whose first block tells the case", "Kq8vT...",
     "password or secret"),
    ("a cut value in an HTML pre under a customer's paragraph", "Zq4wR...",
     "password or secret"),
    ("a short password whole before a sentence's ellipsis", "Xk9q2L", "password or secret"),
], ids=list(LEAKS))
def test_a_leak_riding_an_accepting_rule_is_named_with_file_and_line(
        checked: str, case: str, value: str, kind: str) -> None:  # noqa: F811
    assert f"{ARTICLE}:{REVIEW.line_of(value)}: error: {kind}" in checked, (case, checked)


def test_a_leak_in_front_matter_and_a_data_file_is_named(checked: str) -> None:  # noqa: F811
    assert f"{ARTICLE}:5: error: password or secret" in checked, checked
    assert f"{TEAM}:7: error: password or secret" in checked, checked


def test_the_reference_shapes_still_publish(checked: str) -> None:  # noqa: F811
    assert not [line for line in checked.splitlines()
                if line.startswith(REFERENCE_PAGE) and ": error:" in line], checked


def test_a_password_of_folders_in_a_snippet_is_named(built: str) -> None:  # noqa: F811
    assert f"{REFERENCE_PAGE}: error: password or secret" in built, built


def _html_paragraph(count: int) -> str:
    """An HTML paragraph over a `<pre>` of `count` tokens cut after their JOSE header: its
    lines above each value are read once, not again for each value (atk52)."""
    values = "".join("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...\n"
                     for _ in range(count))
    return (f"---\ntitle: T\n---\n\n<p>The requests sent:</p>\n<pre><code>{values}"
            "</code></pre>\n")


def test_the_gates_work_grows_with_a_paragraph_of_cut_values(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_work_grows_linearly(monkeypatch, _html_paragraph)

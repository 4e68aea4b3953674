"""Texts whose only sign of a secret the gate's text-level prefilter did not ask (issue 19,
found by cpu55, fixed in m55): an app password after a password word other than `pass…`
(`Wachtwoord: …`), an NTLM digest stated without a colon, `PUTENV(…)` and `NEW-ITEM` in
capitals. Each detector's text need is now its line need asked of the whole text, so a text
reaches every detector any of its lines could reach. Each case is refused in a real build, at
its line in the article and in the copied file."""

from __future__ import annotations

from pathlib import Path

import yaml

from kbgen.core.privacy import scan
from tests.hostile.refusals import Case, refused_class_tests

PASSWORD, TOKEN = "password or secret", "API key or token"
ROWS = Path(__file__).parents[2] / "bench/gatecorpus/hostile.yml"

# case: (kind, text, the mark on the line holding the value)
CASES: dict[str, Case] = {
    "dutch-app-password": (
        PASSWORD, "To sign in to the shared mailbox use these details.\n\n"
        "Wachtwoord: qzfr lkmw ptxe bvsa\n", "qzfr"),
    "ntlm-digest-without-colon": (
        TOKEN, "Our admin account's NTLM hash is 8846f7eaee8fb117ad06bdd830b7586c\n", "8846f7"),
    "putenv-in-capitals": (
        PASSWORD, "In the payroll service's startup code:\n\n"
        "    PUTENV(\"DB_PASSWORD\", \"Xk29!vQpLm77\")\n", "Xk29"),
}


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("m55", CASES)


def test_every_m55_row_of_the_hostile_set_is_found() -> None:
    rows = [row for row in yaml.safe_load(ROWS.read_text(encoding="utf-8"))
            if row["id"].startswith("m55-")]
    assert len(rows) >= 4
    missed = [row["id"] for row in rows
              if not any(f.kind == row["kind"] and not f.advisory for f in scan(row["text"]))]
    assert not missed

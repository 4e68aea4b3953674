"""A hostile review of fp48's accepting rules (issue 19, rev48): a key copied into Before and
After tabs, a digest line under a command that prints the secret first, a pair framed by
`example.com` or by a `# Example` comment in code, and capitals of a real key in a bracketed
query are findings in a real project's `kbgen check`, with file and line; a reference page's
tabs and digest output, in the same project, still publish. Each case is also a row `(rev48)` of
bench/gatecorpus/hostile.yml (counted by bench/gate.py and test_gate_precision)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.test_reviewed_exceptions import ARTICLE, LINE, write

KEY = "Kq8vNz3Lw2PdXy7TqR5sW1zVb6Hn0Mc4Jf9Gt2Ke"
TABS = ('=== "{0}"\n\n    ```\n    X-Api-Key: ' + KEY + '\n    Content-Type: {1}\n    ```\n\n'
        '=== "{2}"\n\n    ```\n    X-Api-Key: ' + KEY + '\n    Content-Type: {3}\n    ```')
LEAKS = {
    "copied into Before and After tabs": TABS.format("Before", "text/plain", "After",
                                                     "application/json"),
    "printed by cat before sha1sum": "```bash\n$ cat ~/.config/acme/token; sha1sum ~/.config"
                                     "/acme/token\n9c1e7bf6ef8f83841daeedf16093bda585fc5bb0\n```",
    "beside its base64 under example.com": "## Mail relay for mail.example.com\n\n```\n"
                                           "SMTP_PASSWORD=Zk4pQ9wLm2Vx7Rt5\n"
                                           "SMTP_AUTH=Wms0cFE5d0xtMlZ4N1J0NQ==\n```",
    "capitals of a key in brackets": "curl 'https://api.acme-corp.io/autoimport?secret="
                                     "[KQVNZLWPDXYTQRSWZVBH]'",
}
# As Traefik's logs reference and Kanidm's deployment guide write them (tests/core/test_gate_fp48).
REFERENCE = ("```yaml tab=\"File (YAML)\"\nheaders:\n  Authorization: Bearer auth_asKXRhIMplM7El1"
             "JENjrotGouS1LYRdL\n```\n\n```toml tab=\"File (TOML)\"\nhttp.headers.Authorization = "
             "\"Bearer auth_asKXRhIMplM7El1JENjrotGouS1LYRdL\"\n```\n\n## Verify\n\n```bash\n"
             "openssl ec -in key.pem -pubout | openssl sha1\n"
             "1c7e7bf6ef8f83841daeedf16093bda585fc5bb0\n```")
BODY = "\n\n".join(LEAKS.values()) + "\n"
REFERENCE_PAGE = "content/articles/billing/reference.md"


def line_of(text: str) -> int:
    """The article's line number of the first body line holding `text`."""
    return LINE + next(number for number, line in enumerate(BODY.split("\n")) if text in line)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`kbgen check` of one project: an article holding every leak, and the reference page."""
    root = tmp_path_factory.mktemp("rev48")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       REFERENCE_PAGE: article("Log headers", body=REFERENCE + "\n")})
    write(root, BODY)
    result = CliRunner().invoke(cli, ["check", "-f", str(root / "mkdocs.yml")])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    return result.output


@pytest.mark.parametrize(("case", "value", "kind"), [
    ("copied into Before and After tabs", KEY, "password or secret (Kq8v"),
    ("printed by cat before sha1sum", "9c1e7bf6", "API key or token (9c1e"),
    ("beside its base64 under example.com", "Zk4pQ9", "password or secret (Zk4p"),
    ("capitals of a key in brackets", "KQVNZ", "API key or token ([KQV"),
], ids=list(LEAKS))
def test_a_leak_riding_an_accepting_rule_is_named_with_file_and_line(
        checked: str, case: str, value: str, kind: str) -> None:
    assert f"{ARTICLE}:{line_of(value)}: error: {kind}" in checked, case


def test_the_reference_tabs_and_a_digest_tools_output_still_publish(checked: str) -> None:
    assert REFERENCE_PAGE not in checked and "(auth" not in checked and "(1c7e" not in checked

"""Review rev34 (2026-12-04, issue 19): variants of known classes that still got through.

- A value a paragraph wraps over two or more lines (`+44 7911` / `123456`, `jane.doe@` /
  `gmail.com`, a card's or an IBAN's groups): Markdown joins the lines with a space, so the
  reader sees the whole value, but the gate read each line alone. In prose, quotes, list
  items, bold, after a hard line break, in a team bio and in a copied text file, `kbgen build`
  now fails naming the value's first line; numbers that only end and start lines (versions,
  steps, ranges, ports) publish.
- Long lines that the gate read in quadratic time, under the size limit: a run of GitHub-token
  matches (`ghp_ghp_…`: each match was widened over the whole run), a line of quoted passwords
  (`password="` repeated: the placeholder-user check read the line again for each), a run of
  `eyJ` with no dot after it (detect-secrets' JWT regex tried each `eyJ` to the run's end; a
  1 MB line took minutes). Work is counted (tests/work.py), never timed; seconds are in
  bench/RESULTS.md.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core import placeholder_logins
from kbgen.core.privacy import CARD, EMAIL, IBAN, PHONE, Allowed, scan, tokens
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.work import calls_made, characters_scanned

WRAPPED = {
    "phone after its country code": ("Call Jane on +44\n7911 123456 after six.", PHONE),
    "phone in the middle": ("Call Jane on +44 7911\n123456 after six.", PHONE),
    "phone in a quote": ("> Call Jane on +44 7911\n> 123456 after six.", PHONE),
    "phone in a list item": ("- Call Jane on +44 7911\n  123456 after six.", PHONE),
    "phone in bold": ("Call Jane on **+44 7911**\n**123456** after six.", PHONE),
    "phone dotted": ("Call Jane on +1.415.555\n.0132 after six.", PHONE),
    "phone after a hard break": ("Call Jane on +44 7911\\\n123456 after six.", PHONE),
    "phone after trailing spaces": ("Call Jane on +44 7911  \n123456 after six.", PHONE),
    "phone after a tab": ("Call Jane on +44 7911\n\t123456 after six.", PHONE),
    "card spaced": ("The card 4111 1111 1111\n1111 was charged twice.", CARD),
    "card hyphenated": ("The card 4111-1111-\n1111-1111 was charged twice.", CARD),
    "card in code": ("```\nCARD=4111 1111\n1111 1111\n```", CARD),
    "IBAN": ("Refund to GB82 WEST 1234\n5698 7654 32 please.", IBAN),
    "e-mail after its @": ("Reply to jane.doe@\ngmail.com with the invoice.", EMAIL),
    "e-mail before its @": ("Reply to jane.doe\n@gmail.com with the invoice.", EMAIL),
    "e-mail in a link text": ("Reply to [jane.doe@\ngmail.com](https://example.com).", EMAIL),
    "e-mail with CRLF": ("Reply to jane.doe@\r\ngmail.com with the invoice.", EMAIL),
    "phone over three lines": ("Call Jane on +44\n7911\n123456 after six.", PHONE),
    "card over four lines": ("The card 4111\n1111\n1111\n1111 was charged twice.", CARD),
    "e-mail with its @ alone": ("Reply to jane.doe\n@\ngmail.com with the invoice.", EMAIL),
    "phone around an empty element": ("Call Jane on +44 7911\n<span></span>\n123456.", PHONE),
    "phone around a comment": ("Call Jane on +44 7911\n<!-- x -->\n123456 after six.", PHONE),
}
"""(text, kind): each value starts on the text's first line (the code block's second)."""


@pytest.mark.parametrize("case", list(WRAPPED))
def test_a_wrapped_value_is_found_at_its_first_line(case: str) -> None:
    text, kind = WRAPPED[case]
    line = 2 if text.startswith("```") else 1
    assert [(f.line, f.kind) for f in scan(text)] == [(line, kind)]


UNWRAPPED = {
    "a version, then a count": "Update to version 1.2.\n3 files change.",
    "a step, then a number": "Read steps 1-\n2 first.",
    "ports": "Open port 8080\n8443 stays closed.",
    "a count, then a year": "It has 4111\n2024 entries.",
    "a handle on the next line": "Follow us\n@acme on Mastodon.",
    "a user at a host, then a handle": "ssh <user>@lander.nesi.org.nz \n<user>@lander.nesi.org.nz",
    "a numbered list": "1. Open the app\n2. Choose Settings",
    "two paragraphs": "Call the desk on +44 7911\n\n123456 is your ticket.",
}
"""Lines that only end and start with numbers or an `@`: no value crosses the break."""


@pytest.mark.parametrize("case", list(UNWRAPPED))
def test_numbers_that_only_end_and_start_lines_are_no_value(case: str) -> None:
    assert scan(UNWRAPPED[case]) == []


def test_an_allowed_number_wrapped_is_still_allowed() -> None:
    allowed = Allowed(phones_e164=frozenset({"+447911123456"}))
    assert scan("Call our helpline on +44 7911\n123456 today.", allowed) == []


BODY_START = 8
"""The line of the body's first line in the file `article()` writes."""


@pytest.fixture(scope="module")
def wrapped_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) of a project with a wrapped phone
    number, card number and e-mail address in an article, a team bio and a copied file."""
    root = tmp_path_factory.mktemp("wrapped34")
    body = ("Call Jane on +44 7911\n123456 after six.\n\n"
            "> The card 4111 1111 1111\n> 1111 was charged twice.\n\n"
            "- Reply to jane.doe\n  @gmail.com with the invoice.\n")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/wifi/wrapped.md": article("Wrapped values", body=body),
        "content/team/sam.yml": "name: Sam Lee\nrole: Agent\nbio: |\n  Reach Sam on +44 7911\n"
                                "  123456 in the evening.\n",
        "content/files/notes.txt": "Customer notes\nReply to jane.doe@\ngmail.com today.\n",
    })
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(cli, ["build"])
    assert "Traceback" not in result.output, result.output
    return root, result.exit_code, result.output


def test_wrapped_values_fail_the_build_by_file_and_line(
        wrapped_build: tuple[Path, int, str]) -> None:
    root, code, output = wrapped_build
    expected = [("content/articles/wifi/wrapped.md", BODY_START, PHONE),
                ("content/articles/wifi/wrapped.md", BODY_START + 3, CARD),
                ("content/articles/wifi/wrapped.md", BODY_START + 6, EMAIL),
                ("content/team/sam.yml", 4, PHONE),
                ("content/files/notes.txt", 2, EMAIL)]
    missing = [f"{path}:{line}: {kind}" for path, line, kind in expected
               if f"{path}:{line}: error: {kind} (" not in output]
    assert code == 1 and not missing, (missing, output)
    assert not any((root / "site").rglob("*.html")) if (root / "site").exists() else True


GROWTH = 5
"""Four times as long a line may cost at most this many times the work."""


def _assert_linear(work: Callable[[int], int], small: int = 300) -> None:
    scan("warm up the detectors ghp_x password=\"x\" eyJx", Allowed())
    few, many = work(small), work(4 * small)
    assert few > 0 and many <= GROWTH * few, (few, many)


def test_a_run_of_github_token_matches_is_widened_once() -> None:
    # `ghp_` repeated: detect-secrets finds a token at each 40 characters of the run; each was
    # widened over the whole run (a 32 kB line: 14 s of CPU)
    _assert_linear(lambda count: calls_made(lambda: scan("ghp_" * count, Allowed())))


def test_a_line_of_quoted_passwords_is_read_once_for_a_placeholder_user(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # `password="` repeated: one finding each, and the placeholder-user check read the whole
    # line again for each (a 40 kB line: 4.7 s of CPU)
    def work(count: int) -> int:
        with characters_scanned(monkeypatch, placeholder_logins) as scanned:
            scan('password="' * count, Allowed())
        return scanned.total

    _assert_linear(work)


def _jwt_plugin() -> Any:
    return next(plugin for plugin, *_ in tokens._plugins()
                if type(plugin).__name__ == "JwtTokenDetector")


@pytest.fixture
def jwt_given(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The texts detect-secrets' JWT plugin is given."""
    plugin, given = _jwt_plugin(), []
    analyze = plugin.analyze_string

    def counted(text: str) -> Any:
        given.append(text)
        return analyze(text)

    monkeypatch.setattr(plugin, "analyze_string", counted)
    yield given


def test_a_run_of_eyj_with_no_dot_is_never_given_to_the_jwt_regex(jwt_given: list[str]) -> None:
    # the regex tries each `eyJ` to the run's end: quadratic (a 1 MB line took minutes)
    scan("eyJa" * 4000, Allowed())
    scan("token eyJa" * 40 + " and eyJ." * 40, Allowed())
    assert jwt_given == []


def test_a_jwt_is_still_found_whole() -> None:
    jwt = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4g"
           "RG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    findings = scan(f"Send the header Authorization: {jwt} with each call.", Allowed())
    assert [f.excerpt[:4] for f in findings] == ["eyJh"]


def test_the_jwt_plugin_finds_what_it_finds_in_the_whole_line() -> None:
    plugin = _jwt_plugin()
    pieces = ["eyJ", ".", "a", "=", " ", "e", "yJ", "eyJhbGciOiJIUzI1NiJ9", "eyJzdWIiOiIxIn0",
              "-", "+", "/", ":", "J", ".."]
    chance = random.Random(34)
    for _ in range(20000):
        line = "".join(chance.choice(pieces) for _ in range(chance.randint(1, 14)))
        assert list(tokens._analyzed(plugin, line)) == list(plugin.analyze_string(line)), line

"""`<!-- kb:allow KIND -->`: one reviewed line at a time, never more, never published.

Each case is a real project checked with `kbgen check`, or built, whose output, HTML and
search files are read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, article

ARTICLE = "content/articles/billing/case.md"
LINE = 8
"""The first body line of `article()`."""
EMAIL = "e-mail address (b***@g***.com)"
PHONE = "phone number (+44 **** ***456)"
KINDS = ("email, phone, card, iban, aws-key, private-key, token, url-password, password,"
         " internal-ip, internal-host, address, national-id, bank-account, payment-handle, link")


def write(project: Path, body: str, name: str = ARTICLE) -> None:
    text = article(body=body) if name == ARTICLE else body
    (project / name).parent.mkdir(parents=True, exist_ok=True)
    (project / name).write_text(text, encoding="utf-8")


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output, result.output
    return result


def reported(result: Result) -> list[str]:
    """Problems and exceptions, without the advice after `would be published`."""
    return [line.split(" would be published")[0] for line in result.output.splitlines()]


# (case, body, printed lines of `kbgen check` after the article's own, exit code)
CASES = [
    ("end of line", "Send it to brian@gmail.com. <!-- kb:allow email -->\n",
     [f"{ARTICLE}:{LINE}: reviewed exception: {EMAIL}",
      "0 errors, 0 warnings in 4 files; 1 reviewed exception"], 0),
    ("alone on the line before", "<!-- kb:allow email -->\nSend it to brian@gmail.com.\n",
     [f"{ARTICLE}:{LINE + 1}: reviewed exception: {EMAIL} (marker on line {LINE})",
      "0 errors, 0 warnings in 4 files; 1 reviewed exception"], 0),
    ("two kinds, comma or space", "Mail brian@gmail.com or call +44 7911 123456."
                                  " <!-- kb:allow email, phone -->\n",
     [f"{ARTICLE}:{LINE}: reviewed exception: {EMAIL}",
      f"{ARTICLE}:{LINE}: reviewed exception: {PHONE}",
      "0 errors, 0 warnings in 4 files; 2 reviewed exceptions"], 0),
    ("another kind on the line stays an error",
     "Mail brian@gmail.com or call +44 7911 123456. <!-- kb:allow email -->\n",
     [f"{ARTICLE}:{LINE}: error: {PHONE}",
      f"{ARTICLE}:{LINE}: reviewed exception: {EMAIL}",
      "1 error, 0 warnings in 4 files; 1 reviewed exception"], 1),
    ("the next line stays an error",
     "Send it to brian@gmail.com. <!-- kb:allow email -->\nOr to brian@gmail.com.\n",
     [f"{ARTICLE}:{LINE + 1}: error: {EMAIL}",
      f"{ARTICLE}:{LINE}: reviewed exception: {EMAIL}",
      "1 error, 0 warnings in 4 files; 1 reviewed exception"], 1),
    ("a marker alone covers one line only",
     "<!-- kb:allow email -->\nSend it to brian@gmail.com.\nOr to brian@gmail.com.\n",
     [f"{ARTICLE}:{LINE + 2}: error: {EMAIL}",
      f"{ARTICLE}:{LINE + 1}: reviewed exception: {EMAIL} (marker on line {LINE})",
      "1 error, 0 warnings in 4 files; 1 reviewed exception"], 1),
    ("the line before is not covered by an end-of-line marker",
     "Send it to brian@gmail.com.\nThanks. <!-- kb:allow email -->\n",
     [f"{ARTICLE}:{LINE}: error: {EMAIL}",
      f"{ARTICLE}:{LINE + 1}: warning: `<!-- kb:allow email -->`: no email on this line to"
      " accept; remove the marker (or the kinds it does not need)",
      "1 error, 1 warning in 4 files"], 1),
    ("no kind", "Send it to brian@gmail.com. <!-- kb:allow -->\n",
     [f"{ARTICLE}:{LINE}: error: {EMAIL}",
      f"{ARTICLE}:{LINE}: error: `<!-- kb:allow -->` names no kind of data; write what this"
      f" line may publish, e.g. `<!-- kb:allow email -->` (kinds: {KINDS})",
      "2 errors, 0 warnings in 4 files"], 1),
    ("unknown kind", "Send it to brian@gmail.com. <!-- kb:allow e-mail -->\n",
     [f"{ARTICLE}:{LINE}: error: {EMAIL}",
      f"{ARTICLE}:{LINE}: error: `<!-- kb:allow e-mail -->`: unknown kind 'e-mail'; use one"
      f" of: {KINDS}",
      "2 errors, 0 warnings in 4 files"], 1),
    ("a kind it does not need", "Send it to brian@gmail.com. <!-- kb:allow email phone -->\n",
     [f"{ARTICLE}:{LINE}: warning: `<!-- kb:allow email phone -->`: no phone on this line to"
      " accept; remove the marker (or the kinds it does not need)",
      f"{ARTICLE}:{LINE}: reviewed exception: {EMAIL}",
      "0 errors, 1 warning in 4 files; 1 reviewed exception"], 0),
    ("a marker over two lines", "Send it to brian@gmail.com. <!-- kb:allow email\n-->\n",
     [f"{ARTICLE}:{LINE}: error: {EMAIL}",
      f"{ARTICLE}:{LINE}: error: `<!-- kb:allow` is not closed on its line; write the whole"
      " marker on one line, e.g. `<!-- kb:allow email -->`",
      "2 errors, 0 warnings in 4 files"], 1),
    ("in a table row", "| Who | Phone |\n|---|---|\n| Test line | +44 7911 123456 |"
                       " <!-- kb:allow phone -->\n",
     [f"{ARTICLE}:{LINE + 2}: reviewed exception: {PHONE}",
      "0 errors, 0 warnings in 4 files; 1 reviewed exception"], 0),
    ("in a code span it is shown as text and accepts nothing",
     "Send it to brian@gmail.com, then write `<!-- kb:allow email -->`.\n",
     [f"{ARTICLE}:{LINE}: error: {EMAIL}", "1 error, 0 warnings in 4 files"], 1),
    ("in an internal note it covers nothing published",
     "!!! internal\n    brian@gmail.com <!-- kb:allow email -->\n\nPublic text.\n",
     ["0 errors, 0 warnings in 4 files"], 0),
]


@pytest.mark.parametrize("case, body, expected, code", CASES, ids=[c[0] for c in CASES])
def test_check_reports_and_lists_exceptions(project: Path, case: str, body: str,
                                            expected: list[str], code: int) -> None:
    write(project, body)
    result = run("check")
    assert reported(result) == expected
    assert result.exit_code == code


def test_markers_work_in_pages_and_are_listed_as_json(project: Path) -> None:
    write(project, "# FAQ\n\nWrite to brian@gmail.com. <!-- kb:allow email -->\n",
          "content/faq.md")
    result = run("check", "--format", "json")
    assert '"reviewed_exceptions": [\n    {\n      "path": "content/faq.md",\n      "line": 3,' \
        in result.output
    assert result.exit_code == 0


BODY = ("Mail <b>brian@gmail.com</b> if it fails. <!-- kb:allow email -->\n\n"
        "The steps are:\n<!-- KB:ALLOW phone -->\nfirst call +44 7911 123456,\nthen wait.\n\n"
        "| Who | Phone |\n|---|---|\n| Test line | +44 7911 123457 | <!-- kb:allow phone -->\n"
        "| Other | none |\n")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_build_publishes_the_reviewed_lines_without_their_markers(
        build_project: Callable[..., Path], workers: int) -> None:
    config = MINI_CONFIG + f"extra:\n  kb:\n    build_workers: {workers}\n"
    site = build_project({ARTICLE: article(body=BODY), "mkdocs.yml": config,
                          "content/articles/wifi/ok.md": article("Fine article")})
    html = (site / "articles/billing/case.html").read_text(encoding="utf-8")
    assert "brian@gmail.com" in html and "+44 7911 123456" in html
    assert "<p>The steps are:\nfirst call +44 7911 123456,\nthen wait.</p>" in html
    assert html.count("<tr>") == 3  # the table is still one table
    published = [path for path in site.rglob("*") if path.is_file()
                 and path.suffix in (".html", ".json", ".txt", ".js", ".xml")]
    for path in published:
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        assert "kb:allow" not in text, path
    assert any("brian@gmail.com" in p.read_text(encoding="utf-8")
               for p in (site / "search").rglob("*.json"))


def test_a_build_still_refuses_what_no_marker_accepts(build_project: Callable[..., Path],
                                                      caplog: pytest.LogCaptureFixture) -> None:
    from kbgen.errors import KbError

    with pytest.raises(KbError):
        build_project({ARTICLE: article(body="Mail brian@gmail.com or +44 7911 123456."
                                        " <!-- kb:allow email -->\n")})
    assert f"{ARTICLE}:{LINE}: error: {PHONE} would be published" in caplog.text
    assert EMAIL not in caplog.text


def test_github_annotations_show_reviewed_exceptions_as_notices(project: Path) -> None:
    write(project, "Send it to brian@gmail.com. <!-- kb:allow email -->\n")
    assert run("check", "--format", "github").output.splitlines() == [
        f"::notice file={ARTICLE},line={LINE},title=kbgen check::reviewed exception: {EMAIL}",
        "0 errors, 0 warnings in 4 files; 1 reviewed exception"]

"""`kbgen gaps`: ticket exports of each help desk through the sample site's own search, gaps
clustered, and no personal data in any output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.gaps import Masker
from kbgen.core.tickets import TicketError, parse_tickets, read_tickets
from tests.conftest import SAMPLE_CONFIG

TICKETS = Path(__file__).parent / "fixtures" / "tickets"
PERSONAL = [
    # In ticket text: e-mail addresses, phone numbers (international, German, Irish
    # national), a card number, an IBAN, and the customers' names in their sign-offs.
    "margaret.okafor@gmail.com", "7911", "123456", "4111", "tom@baker-family.co.uk",
    "901820", "DE89", "3704", "0532", "087 123", "4567", "s.k@eircom.net",
    "gift.buyer", "Margaret", "Okafor", "Lena", "Fischer", "Siobhan", "Murphy",
    # Only in columns: never printed either.
    "Dev Patel", "Ana García", "Jonas Weber", "Sean Kelly", "Sam Lee", "Priya Shah",
    "Alex Kim", "77001", "900112",
]


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["gaps", "-f", str(SAMPLE_CONFIG), *args])
    assert result.exit_code == 0, result.output
    return result.output


# (export, format, gaps of tickets, [(cluster size, a word of every sample, nearest article)])
EXPECTED = [
    ("zendesk.csv", "Zendesk", (3, 4), [(3, "energy", True)]),
    ("freshdesk.csv", "Freshdesk", (2, 3), [(2, "hot water", True)]),
    ("helpscout.csv", "Help Scout", (2, 3), [(2, "ireland", True)]),
    # "Energy report missing": the Plus features article covers energy reports well enough.
    ("plain.csv", "plain subject,message", (1, 2), [(1, "gift card", True)]),
]


@pytest.mark.parametrize(("name", "kind", "counts", "clusters"), EXPECTED,
                         ids=[e[0] for e in EXPECTED])
def test_each_help_desk_export_gives_its_gaps_largest_first(
        name: str, kind: str, counts: tuple[int, int], clusters: list[tuple[int, str, bool]]
        ) -> None:
    report = json.loads(run(str(TICKETS / name), "--json"))
    assert report["export"] == kind
    assert (report["gaps"], report["tickets"]) == counts
    assert [(c["size"], c["nearest"] is not None) for c in report["clusters"]] == [
        (size, nearest) for size, _, nearest in clusters]
    for group, (_, word, _) in zip(report["clusters"], clusters):
        assert all(word in sample.lower() for sample in group["samples"])
        assert group["nearest"]["path"].startswith("articles/")


def test_tickets_the_site_answers_are_not_gaps() -> None:
    report = json.loads(run(str(TICKETS / "zendesk.csv"), "--json"))
    lines = [line for c in report["clusters"] for line in c["lines"]]
    assert 4 not in lines  # "Thermostat offline after new router": the article exists
    freshdesk = json.loads(run(str(TICKETS / "freshdesk.csv"), "--json"))
    assert 4 not in [line for c in freshdesk["clusters"] for line in c["lines"]]  # charged twice


@pytest.mark.parametrize("name", ["zendesk.csv", "freshdesk.csv", "helpscout.csv", "plain.csv"])
@pytest.mark.parametrize("output", [[], ["--json"], ["--format", "markdown"]],
                         ids=["text", "json", "markdown"])
def test_personal_data_never_appears_in_any_output(name: str, output: list[str]) -> None:
    text = run(str(TICKETS / name), *output, "--samples", "20")
    assert "ticket" in text
    leaked = [value for value in PERSONAL if value.lower() in text.lower()]
    assert leaked == []


def test_masks_say_what_was_there() -> None:
    text = run(str(TICKETS / "zendesk.csv"), "--samples", "5") + run(
        str(TICKETS / "freshdesk.csv"), "--samples", "5")
    for mask in ("[payment card number]", "[e-mail address]", "[IBAN]", "[phone number]",
                 "[name]"):
        assert mask in text


@pytest.mark.parametrize(("text", "people", "expected"), [
    ("Mail me at jane.roe@gmail.com today", (), "Mail me at [e-mail address] today"),
    ("or at x@example.com", (), "or at [e-mail address]"),
    ("Call +44 7911 123456 please", (), "Call [phone number] please"),
    ("order 12345678 arrived", (), "order [number] arrived"),
    ("Thanks, Jane", ("Jane Roe",), "Thanks, [name]"),
    ("JANE ROE here", ("Jane Roe",), "[name] here"),
    ("Error E42 on the thermostat", (), "Error E42 on the thermostat"),
])
def test_masker(text: str, people: tuple[str, ...], expected: str) -> None:
    assert Masker("GB").mask(text, people) == expected


def test_a_plain_file_without_header_is_read_as_subject_and_message() -> None:
    kind, tickets = parse_tickets("Energy report missing,No report this month\n"
                                  "Gift card,\"Refund, please\"\n", "t.csv")
    assert kind == "plain"
    assert [(t.line, t.subject, t.message) for t in tickets] == [
        (1, "Energy report missing", "No report this month"), (2, "Gift card", "Refund, please")]


def test_semicolons_and_html_descriptions_are_read() -> None:
    kind, tickets = parse_tickets(
        "Ticket ID;Subject;Description;Created time\n"
        "7;Boost;\"<p>Hot&nbsp;water <b>boost</b></p>\";03/04/2026 10:00\n", "t.csv")
    assert kind == "freshdesk"
    assert (tickets[0].message, str(tickets[0].created)) == ("Hot water boost", "2026-03-04")


@pytest.mark.parametrize(("content", "message"), [
    (b"Id,Name,Status\n1,a,b\n", "t.csv:1: error: unknown columns (Id, Name, Status); use a"
     " ticket export of Zendesk, Freshdesk or Help Scout as it comes, or a CSV file with the two"
     " columns subject,message"),
    (b"", "t.csv: error: no tickets in the file; export tickets as CSV with their subject (and"
     " first message)"),
    (b"subject,message\nok,fine\n\xff\xfe,bad\n", "t.csv:3: error: not UTF-8 text; export the"
     " tickets again as CSV in UTF-8 (or save the file as 'CSV UTF-8')"),
    (b"Ticket ID,Status,Subject\n1,open\n2,open\n", "t.csv:2: error: 2 row(s) have fewer columns"
     " than the header (lines 2, 3); export the tickets again"),
])
def test_bad_exports_name_the_file_line_and_fix(tmp_path: Path, content: bytes, message: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("t.csv").write_bytes(content)
    with pytest.raises(TicketError) as error:
        read_tickets(Path("t.csv"))
    assert str(error.value) == message
    result = CliRunner().invoke(cli, ["gaps", "-f", str(SAMPLE_CONFIG), "t.csv"])
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"


def test_json_and_markdown_together_are_refused() -> None:
    result = CliRunner().invoke(cli, ["gaps", "-f", str(SAMPLE_CONFIG),
                                      str(TICKETS / "plain.csv"), "--json", "--format",
                                      "markdown"])
    assert result.exit_code == 2
    assert "Use just one of --json or --format markdown" in result.output


def test_markdown_escapes_what_a_ticket_wrote(tmp_path: Path) -> None:
    export = tmp_path / "t.csv"
    export.write_text("subject,message\n# Boiler [click](https://x.example) <b>now</b>,*help*\n",
                      encoding="utf-8")
    text = run(str(export), "--format", "markdown")
    assert "> \\# Boiler \\[click\\](https://x.example) now \\*help\\*\n" in text


def test_greetings_and_signatures_neither_hide_an_answer_nor_join_problems(
        tmp_path: Path) -> None:
    """Every ticket says "Hi ... since last week, call me ..., thanks": those words are in
    most tickets, so they neither count against the article search finds nor make different
    problems one group."""
    subjects = {"Thermostat offline after new router": False, "Charged twice": False,
                "Monthly energy report missing": True, "Delivery to Ireland": True,
                "App crashes on Android": True}
    export = tmp_path / "t.csv"
    rows = ["subject,message"]
    for number in range(8):
        for subject in subjects:
            rows.append(f'{subject},"Hi, {subject.lower()} since last week. Call me on'
                        f' +44 7911 12345{number} or mail user{number}@gmail.com. Thanks, Alex"')
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = json.loads(run(str(export), "--json"))
    found = sorted((c["size"], c["samples"][0].split(" Hi,")[0]) for c in report["clusters"])
    assert found == sorted((8, subject) for subject, gap in subjects.items() if gap)


def test_excel_bom_crlf_and_empty_rows(tmp_path: Path) -> None:
    export = tmp_path / "t.csv"
    export.write_bytes("\ufeffSubject;Message\r\n;\r\nGift card refund;\"Refund; please\"\r\n"
                       .encode("utf-8"))
    kind, tickets = read_tickets(export)
    assert (kind, [(t.line, t.subject, t.message) for t in tickets]) == (
        "plain", [(3, "Gift card refund", "Refund; please")])

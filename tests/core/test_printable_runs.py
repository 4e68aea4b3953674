"""The decoders' printable runs (kbgen.core.privacy.printable_runs, gatecpu45): searching the
runs finds what searching the whole text finds, at a run's edges too (a look-behind or a
look-ahead reads the character beside the run, a letter outside ASCII included)."""

from __future__ import annotations

import base64

import pytest

from kbgen.core.privacy import base_encodings, scan
from kbgen.core.privacy.backwards import _IBAN
from kbgen.core.privacy.printable_runs import printable_runs, search_runs

IBAN_BACKWARDS = "DE89370400440532013000"[::-1]
BASE32 = base64.b32encode(b"jane.doe@gmail.com").decode()

EDGES = [
    f"Konto: {IBAN_BACKWARDS}",
    f"{IBAN_BACKWARDS} steht da",
    f"é{IBAN_BACKWARDS}",  # a word character before: no IBAN
    f"{IBAN_BACKWARDS}é",  # and after
    f"({IBAN_BACKWARDS})",
    f"x{IBAN_BACKWARDS}",
    f"Конто:{IBAN_BACKWARDS}.",
    "NO1234567890 12AB and 1234567890123",
    "",
]


@pytest.mark.parametrize("text", EDGES)
def test_a_run_search_is_the_whole_texts(text: str) -> None:
    match = _IBAN.search(text)
    found = search_runs(_IBAN, text)
    assert (found and found.span()) == (match and match.span())


@pytest.mark.parametrize("text", [
    f"Schreib an {BASE32} bitte",
    f"Schreib an {BASE32.lower()}.",
    f"(key={BASE32})",
    f"é{BASE32}é",
    f"<~{base64.a85encode(b'jane.doe@gmail.com').decode()}~>",
    f"Kundin: {base64.b85encode(b'jane.doe@gmail.com').decode()}",
])
def test_base_runs_are_those_the_expressions_find(text: str) -> None:
    whole = {match.span() for match in base_encodings._BASE32.finditer(text)
             if base_encodings._text(base_encodings._base32(match.group()))}
    found = {(start, end) for start, end, _ in base_encodings._runs(text)}
    bare = {span for span in printable_runs(text) if span[1] - span[0] >= 15}
    assert found, text
    assert whole <= found <= whole | bare | {(text.find("<~"), len(text))}


def test_a_base32_value_inside_a_longer_run_is_read() -> None:
    found = scan(f"Kundin:{BASE32}.")
    assert [finding.kind for finding in found] == ["e-mail address"]


def test_runs_of_prose_decode_to_nothing() -> None:
    assert list(base_encodings._runs(
        "Update the app (hearthly-for-windows-shows-a-blank, HD-88820-ERR_CRASH_215).")) == []

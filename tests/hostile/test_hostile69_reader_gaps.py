"""Hostile round 26 (issue 19): the reader gaps rev68 listed, which main published: a
machine-readable zone's line of an OCR'd width or spacing (ocr_zones), a two-factor key in
dash-joined groups (dashed_base32), backup codes inside a sentence (recovery_code_sentences), a
BitLocker key over lines (split_bitlocker_keys), an htpasswd line far below the file's name
(htpasswd_sections), OSS/COS/S3/GCS signed URLs' signatures (signed_urls) and a home's place code
in an HTML table (html_place_cells), all in kbgen/core/privacy/; and two classes of this round:
backup codes under a Cyrillic name, which the gate reads in Latin look-alikes
(recovery_code_lists.LABEL), and a label emphasised with single underscores (`_Password:_ …`:
underscore_emphasis). The cases are
tests/hostile/hostile69_cases.py; the leaks are also rows `hostile69: …` of
bench/gatecorpus/hostile.yml.

Every text is scanned once (module fixture); one site holds a page per class with all its
leaks (the build must fail naming each case's lines), another the near misses that hold no
finding at all (it must build and show them)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from kbgen.core.privacy import NATIONAL_ID, PASSWORD, POSTAL_ADDRESS, TOKEN, scan
from kbgen.errors import KbError
from tests.conftest import article
from tests.hostile import hostile69_cases as cases
from tests.hostile.test_html import build

CLASSES: dict[str, tuple[dict[str, str], dict[str, str], str]] = {  # leaks, near misses, kind
    "zones": (cases.ZONES, cases.ZONES_PUBLISH, NATIONAL_ID),
    "base32": (cases.BASE32, cases.BASE32_PUBLISH, PASSWORD),
    "codes": (cases.CODES, cases.CODES_PUBLISH, PASSWORD),
    "bitlocker": (cases.BITLOCKER, cases.BITLOCKER_PUBLISH, PASSWORD),
    "htpasswd": (cases.HTPASSWD, cases.HTPASSWD_PUBLISH, PASSWORD),
    "signed": (cases.SIGNED, cases.SIGNED_PUBLISH, TOKEN),
    "places": (cases.PLACES, cases.PLACES_PUBLISH, POSTAL_ADDRESS),
    "cyrillic": (cases.CYRILLIC_CODES, cases.CYRILLIC_PUBLISH, PASSWORD),
    "underscores": (cases.UNDERSCORES, cases.UNDERSCORES_PUBLISH, PASSWORD),
}
LEAKS = [(group, name) for group, (leaks, _, _) in CLASSES.items() for name in leaks]
NEAR = [(group, name) for group, (_, near, _) in CLASSES.items() for name in near]


@pytest.fixture(scope="module")
def kinds() -> dict[tuple[str, str], set[str]]:
    return {(group, name): {finding.kind for finding in scan(text)}
            for group, (leaks, near, _) in CLASSES.items()
            for name, text in {**leaks, **near}.items()}


@pytest.mark.parametrize(("group", "name"), LEAKS)
def test_leak_refused(kinds: dict[tuple[str, str], set[str]], group: str, name: str) -> None:
    assert _kinds(group) & kinds[group, name]


@pytest.mark.parametrize(("group", "name"), NEAR)
def test_near_miss_publishes(kinds: dict[tuple[str, str], set[str]], group: str,
                             name: str) -> None:
    assert not _kinds(group) & kinds[group, name]


def _kinds(group: str) -> set[str]:
    """The kinds a class's leak is refused as (a token after an emphasised label is the key
    readers' kind)."""
    return {CLASSES[group][2], TOKEN} if group == "underscores" else {CLASSES[group][2]}


def _page(texts: dict[str, str]) -> tuple[str, dict[str, range]]:
    """An article body with each text in a section of its own, and each text's file lines."""
    body, spans = "", {}
    header_lines = article("x", body="").count("\n")
    for number, (name, text) in enumerate(texts.items()):
        body += f"## Case {number}\n\n"
        first = header_lines + body.count("\n") + 1
        body += text + "\n\n"
        spans[name] = range(first, first + text.count("\n") + 1)
    return body, spans


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, dict[str, range]]]:
    """The log of a build of one page per class holding all its leaks (it must fail)."""
    files, spans = {}, {}
    for group, (leaks, _, _) in CLASSES.items():
        body, spans[group] = _page(leaks)
        files[f"content/articles/billing/{group}.md"] = article(f"Leaks {group}", body=body)
    handler = _Collect()
    logging.getLogger().addHandler(handler)
    try:
        with pytest.raises(KbError):
            build(tmp_path_factory.mktemp("hostile69-leaks"), files)
    finally:
        logging.getLogger().removeHandler(handler)
    return "\n".join(handler.messages), spans


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


_ERROR = re.compile(r"content/articles/billing/(?P<page>\w+)\.md:(?P<line>\d+)(?:-(?P<last>\d+))?"
                    r": error: (?P<kind>[^(]+?) \(")


@pytest.mark.parametrize("group", CLASSES)
def test_build_names_every_leak(refused: tuple[str, dict[str, dict[str, range]]],
                                group: str) -> None:
    log, spans = refused
    errors = [(range(int(m["line"]), int(m["last"] or m["line"]) + 1), m["kind"])
              for m in _ERROR.finditer(log) if m["page"] == group]
    missed = [name for name, lines in spans[group].items()
              if not any(kind in _kinds(group) and set(found) & set(lines)
                         for found, kind in errors)]
    assert missed == [], log[:2000]


def test_near_misses_build_and_show(tmp_path: Path) -> None:
    """The near misses without any finding are built and shown (none of the new readers
    refuses them)."""
    near = {f"{group} {name}": text for group, (_, texts, _) in CLASSES.items()
            for name, text in texts.items() if not scan(text)}
    assert len(near) >= 30
    body, _ = _page(near)
    site = build(tmp_path, {"content/articles/billing/near.md": article("Near", body=body)})
    page = (site / "articles/billing/near.html").read_text(encoding="utf-8")
    assert "Specimen" in page and "KB4012212" in page

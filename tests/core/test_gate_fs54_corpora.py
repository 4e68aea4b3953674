"""Issue 19 (fs54): three seen customer help centres for the gate's precision benchmark: two kept
as one long FAQ page (Delta Chat's per language, FairEmail's in one file) and split into one
article per question (bench/gatecorpus.py, `split_at`), and Quad9's documentation."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_bench import BENCH, bench_script


@pytest.fixture(scope="module")
def gatecorpus() -> ModuleType:
    """bench/gatecorpus.py."""
    return bench_script("gatecorpus", "kbgen_bench_gatecorpus_fs54")


def _centre(gatecorpus: ModuleType, name: str) -> Any:
    """The entry named `name` in bench/gatecorpus.py."""
    return next(centre for centre in gatecorpus.CENTRES if centre.name == name)


def _convert(gatecorpus: ModuleType, name: str, root: Path,
             files: dict[str, str]) -> dict[str, dict[str, str]]:
    """The articles the entry `name` reads from a git repository holding `files`."""
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "pages"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    centre = replace(_centre(gatecorpus, name), commit=commit)
    return {a["source"]: a for a in gatecorpus.convert(centre, root)}


DELTA_CHAT = """---
title: FAQ
lang: de
---

## Was ist Delta Chat?

Delta Chat ist ein Messenger.

## Grundlagen

### Wie finde ich Leute? {#howtoe2ee}

Tippe auf das QR-Code-Symbol.

### Welche Server? {% include standards-url %}

Siehe [chatmail](https://chatmail.at/relays).
"""


def test_delta_chat_splits_four_languages_of_its_faq_at_headings(gatecorpus: ModuleType,
                                                                  tmp_path: Path) -> None:
    articles = _convert(gatecorpus, "deltachatintl", tmp_path, {
        **{f"{language}/help.md": DELTA_CHAT for language in ("de", "es", "fr", "ru")},
        "en/help.md": DELTA_CHAT, "it/help.md": DELTA_CHAT, "de/index.md": DELTA_CHAT})
    assert sorted(articles) == [f"{language}/help.md#{n}" for language in ("de", "es", "fr", "ru")
                                for n in (1, 2, 3)]
    first, second, third = (articles[f"de/help.md#{n}"] for n in (1, 2, 3))
    assert (first["title"], first["body"]) == ("Was ist Delta Chat?",
                                               "Delta Chat ist ein Messenger.\n")
    assert (second["title"], second["body"]) == ("Wie finde ich Leute?",
                                                 "Tippe auf das QR-Code-Symbol.\n")
    assert third["title"] == "Welche Server?"   # the heading's Liquid tag removed, then split
    assert "Grundlagen" not in {a["title"] for a in articles.values()}   # no text of its own


FAIREMAIL = """<a name="top"></a>
# FairEmail support

* [(1) Which permissions are needed and why?](#faq1)

<a name="faq1"></a>
**(1) Which permissions are needed and why?**

The following Android permissions are **required**:

<a name="faq2"></a>
**(2) Why is there a permanent notification shown?**

Open the settings.
"""


def test_fairemail_splits_its_faq_at_the_questions_anchors(gatecorpus: ModuleType,
                                                            tmp_path: Path) -> None:
    articles = _convert(gatecorpus, "fairemail", tmp_path, {
        "FAQ.md": FAIREMAIL, "README.md": FAIREMAIL, "tutorials/FAQ.md": FAIREMAIL})
    assert sorted(articles) == ["FAQ.md#1", "FAQ.md#2"]
    assert articles["FAQ.md#1"]["title"] == "(1) Which permissions are needed and why?"
    assert articles["FAQ.md#1"]["body"] == (
        "The following Android permissions are **required**:\n")
    assert articles["FAQ.md#2"]["body"] == "Open the settings.\n"


@pytest.mark.parametrize("name", ["deltachatintl", "fairemail", "quad9"])
def test_each_corpus_is_seen_sized_licensed_and_documented(gatecorpus: ModuleType,
                                                           name: str) -> None:
    centre = _centre(gatecorpus, name)
    assert not centre.held_out
    assert 80 <= len(gatecorpus.load(centre)) <= 400   # Quad9's 89 pages: all it has
    assert ("GNU GENERAL PUBLIC LICENSE" if centre.licence.startswith("GPL")
            else "Attribution 4.0 International") in (
        BENCH / "gatecorpus" / f"LICENSE-{name}").read_text(encoding="utf-8")
    assert centre.commit in (BENCH / "gatecorpus" / "README.md").read_text(encoding="utf-8")


def test_quad9_reads_every_language_of_its_docs_titled_by_file_name(gatecorpus: ModuleType,
                                                                   tmp_path: Path) -> None:
    page = "## Overview\n\nSet your DNS server to 9.9.9.9.\n"
    articles = _convert(gatecorpus, "quad9", tmp_path, {
        "docs/en/Setup_Guides/Windows/Windows_10.md": page,
        "docs/ro/Ghiduri_de_configurare/Windows/Windows_10.md": page,
        "README.md": page, "overrides/partials/footer.md": page})
    assert sorted(articles) == ["docs/en/Setup_Guides/Windows/Windows_10.md",
                                "docs/ro/Ghiduri_de_configurare/Windows/Windows_10.md"]
    assert articles["docs/en/Setup_Guides/Windows/Windows_10.md"]["title"] == "Windows_10"

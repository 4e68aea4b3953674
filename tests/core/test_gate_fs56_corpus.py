"""RustDesk's docs in twelve languages, a seen corpus of the gate from branch fs56 (issue 19)."""

from __future__ import annotations

import collections
from types import ModuleType

import pytest

from tests.test_bench import BENCH, bench_script


@pytest.fixture(scope="module")
def gatecorpus() -> ModuleType:
    """bench/gatecorpus.py."""
    return bench_script("gatecorpus", "kbgen_bench_gatecorpus_fs56")


def test_rustdesk_is_seen_sized_licensed_and_documented(gatecorpus: ModuleType) -> None:
    centre = next(centre for centre in gatecorpus.CENTRES if centre.name == "rustdesk")
    assert not centre.held_out
    articles = gatecorpus.load(centre)
    assert len(articles) == 577
    assert all(article["title"] and article["body"] for article in articles)
    languages = collections.Counter(article["source"].rsplit(".", 2)[-2] for article in articles)
    assert set(languages) == {"en", "de", "es", "fr", "it", "ja", "ko", "pl", "pt", "ro",
                              "zh-cn", "zh-tw"}
    assert min(languages.values()) == 48
    assert not any("{{%" in article["body"] for article in articles)  # Hugo shortcodes gone
    assert "MIT License" in (BENCH / "gatecorpus" / "LICENSE-rustdesk").read_text(
        encoding="utf-8")
    assert centre.commit in (BENCH / "gatecorpus" / "README.md").read_text(encoding="utf-8")
    gate = bench_script("gate", "kbgen_bench_gate_fs56")
    assert gate.OWN_DOMAINS["rustdesk"] == ("rustdesk.com",)

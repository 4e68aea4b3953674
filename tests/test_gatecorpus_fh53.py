"""Issue 19 (fh53): three held-out help centres for the gate's precision benchmark, each read
from the folders its entry names (IVPN's knowledge base and set-up guides, Disroot's French
tutorials, AntennaPod's documentation in seven languages), stored with its licence, and
measured only on request (bench/gate.py, `--measure-held-out`)."""

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
    return bench_script("gatecorpus", "kbgen_bench_gatecorpus_fh53")


def _centre(gatecorpus: ModuleType, name: str) -> Any:
    """The entry named `name` in bench/gatecorpus.py."""
    return next(centre for centre in gatecorpus.CENTRES if centre.name == name)


def _repository(root: Path, files: dict[str, str]) -> str:
    """A git repository holding `files` in one commit; its commit."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "pages"], check=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _convert(gatecorpus: ModuleType, name: str, root: Path,
             files: dict[str, str]) -> dict[str, dict[str, str]]:
    """The articles the entry `name` reads from a repository laid out as its source is."""
    centre = replace(_centre(gatecorpus, name), commit=_repository(root, files))
    return {a["source"]: a for a in gatecorpus.convert(centre, root)}


def test_ivpn_reads_its_knowledge_base_and_set_up_guides_only(gatecorpus: ModuleType,
                                                               tmp_path: Path) -> None:
    page = "---\ntitle: {} - IVPN Help\n---\n# {}\n\nOpen the app.\n"
    articles = _convert(gatecorpus, "ivpn", tmp_path, {
        "src/content/en/pages/knowledgebase/billing/refund.md": page.format("Refund", "Refund"),
        "src/content/en/pages/setup/router/openwrt.md": page.format("OpenWrt", "OpenWrt"),
        "src/content/en/pages/pricing.md": page.format("Pricing", "Pricing"),
        "src/content/en/blog/launch.md": page.format("Launch", "Launch"),
        "src/content/es/pages/knowledgebase/billing/refund.md": page.format("Reembolso", "R")})
    assert sorted(articles) == ["src/content/en/pages/knowledgebase/billing/refund.md",
                                "src/content/en/pages/setup/router/openwrt.md"]
    assert articles["src/content/en/pages/setup/router/openwrt.md"]["title"] == \
        "OpenWrt - IVPN Help"


def test_disroot_reads_its_french_tutorials_only(gatecorpus: ModuleType, tmp_path: Path) -> None:
    page = "---\ntitle: {}\npublished: true\n---\n# {}\n\nOuvrez le webmail.\n"
    articles = _convert(gatecorpus, "disrootfr", tmp_path, {
        "pages/02.tutorials/01.Email/docs.fr.md": page.format("Courriel", "Courriel"),
        "pages/02.tutorials/01.Email/docs.en.md": page.format("Email", "Email"),
        "pages/02.tutorials/docsparent.fr.md": page.format("Tutoriels", "Tutoriels"),
        "pages/archive/Hubzilla/docs.fr.md": page.format("Hubzilla", "Hubzilla"),
        "pages/05.Licensing/docs.fr.md": page.format("Licence", "Licence")})
    assert sorted(articles) == ["pages/02.tutorials/01.Email/docs.fr.md",
                                "pages/02.tutorials/docsparent.fr.md"]
    assert articles["pages/02.tutorials/01.Email/docs.fr.md"]["title"] == "Courriel"


def test_antennapod_reads_seven_languages_of_its_documentation(gatecorpus: ModuleType,
                                                               tmp_path: Path) -> None:
    languages = ("en", "de", "fr", "es", "it", "ja", "fa", "ca", "nl")
    files = {f"_i18n/{lang}/documentation/queue/sorting.md": f"Sorting ({lang}).\n"
             for lang in languages}
    files |= {"_i18n/de/general/license.md": "Lizenz.\n",
              "_documentation/queue/sorting.md": "---\ntexts: documentation.queue\n---\n# x\n"}
    articles = _convert(gatecorpus, "antennapod", tmp_path, files)
    assert sorted(source.split("/")[1] for source in articles) == \
        sorted(("en", "de", "fr", "es", "it", "ja", "fa"))
    assert {a["title"] for a in articles.values()} == {"sorting"}  # by file name


@pytest.mark.parametrize("name, words", [
    ("ivpn", "GNU GENERAL PUBLIC LICENSE"),
    ("disrootfr", "Attribution-ShareAlike 4.0 International"),
    ("antennapod", "Attribution-ShareAlike 4.0 International")])
def test_new_centres_are_held_out_stored_and_licensed(gatecorpus: ModuleType, name: str,
                                                      words: str) -> None:
    centre = _centre(gatecorpus, name)
    assert centre.held_out
    assert 100 <= len(gatecorpus.load(centre)) <= 400
    assert words in (BENCH / f"gatecorpus/LICENSE-{name}").read_text(encoding="utf-8")
    readme = (BENCH / "gatecorpus/README.md").read_text(encoding="utf-8")
    assert f"`{name}.json.gz`" in readme and centre.commit in readme


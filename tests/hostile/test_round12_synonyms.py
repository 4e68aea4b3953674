"""Hostile review round 12: one synonyms file copied into every article's index (DoS).

An article that has one phrase of a group of `_data/synonyms.yml` is indexed under all the
others: a group of 8,000 phrases, one of them a word every article uses, cost 0.11 CPU s an
article, so one data file under its 256 kB limit made a help centre of ten thousand articles
build for hours. The file may now hold at most `MAX_PHRASES` (1,000) phrases in all (the sample
help centre has about 60); more is refused by `kbgen check` and by the build.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.synonyms import MAX_PHRASES
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

FILES = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
         "content/_data/categories.yml": MINI_CATEGORIES,
         "content/articles/billing/card.md": article("Card declined")}
MESSAGE = f"the groups hold {MAX_PHRASES + 1} phrases; at most {MAX_PHRASES} are allowed"


def groups(phrases: int, per_group: int) -> str:
    """Groups of `per_group` phrases, `phrases` in all, each with `card` (every article's)."""
    return "".join("- [card, " + ", ".join(f"zq{start + i}" for i in range(
        min(per_group, phrases - start) - 1)) + "]\n" for start in range(0, phrases, per_group))


@pytest.mark.parametrize("text, where", [
    (groups(MAX_PHRASES + 1, MAX_PHRASES + 1), "synonyms.yml:1: error: "),
    (groups(MAX_PHRASES + 1, 7), "synonyms.yml:1: error: "),
    ("common: false\ngroups:\n" + groups(MAX_PHRASES + 1, 11).replace("- [", "  - ["),
     "synonyms.yml:2: error: 'groups': "),
], ids=["one group", "many groups", "as a mapping"])
def test_a_synonyms_file_of_more_phrases_than_the_limit_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, where: str) -> None:
    assert text.count(",") + text.count("[") == MAX_PHRASES + 1
    write_files(tmp_path, {**FILES, "content/_data/synonyms.yml": text})
    monkeypatch.chdir(tmp_path)
    checked = CliRunner().invoke(cli, ["check"])
    message = f"content/_data/{where}{MESSAGE}"
    assert checked.exit_code == 1 and message in checked.output, checked.output
    built = CliRunner().invoke(cli, ["build"])
    assert built.exit_code == 1 and message in built.output, built.output
    assert not (tmp_path / "site").exists()


def test_a_synonyms_file_at_the_limit_passes(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    write_files(tmp_path, {**FILES, "content/_data/synonyms.yml": groups(MAX_PHRASES, 10)})
    monkeypatch.chdir(tmp_path)
    checked = CliRunner().invoke(cli, ["check"])
    assert checked.exit_code == 0 and "synonyms" not in checked.output, checked.output

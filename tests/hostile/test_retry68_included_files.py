"""A file `pymdownx.snippets` cannot read stopped the build with a Python traceback (retry68).

On main, `--8<-- "notes/a.txt"` with a.txt saved as UTF-16 ended `kbgen build` with thirty
lines of traceback and `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff`, naming
neither the page nor the file, while `kbgen check` passed. Every conversion runs under
kbgen.site.time_budget, which now names the page and says what to do for a file that is not
UTF-8, cannot be read, or is missing (with `check_paths`). Variants are converted with
Python-Markdown and the real extensions in one pass; one real build shows the message."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from mkdocs.exceptions import PluginError

from kbgen.site.time_budget import BudgetExtension, RenderBudget
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

TEXT = "Caf\u00e9 \u201cprinter\u201d settings \u2014 r\u00e9sum\u00e9\n"
UNREADABLE: dict[str, tuple[dict[str, bytes], str]] = {
    "utf-16 with a BOM": ({"a.txt": TEXT.encode("utf-16")}, '--8<-- "a.txt"'),
    "utf-16be without a BOM": ({"a.txt": TEXT.encode("utf-16-be")}, '--8<-- "a.txt"'),
    "utf-32": ({"a.txt": TEXT.encode("utf-32")}, '--8<-- "a.txt"'),
    "latin-1": ({"a.txt": TEXT.encode("latin-1", "replace")}, '--8<-- "a.txt"'),
    "windows-1252 quotes": ({"a.txt": TEXT.encode("cp1252")}, '--8<-- "a.txt"'),
    "overlong <": ({"a.txt": b"a \xc0\xbc b\n"}, '--8<-- "a.txt"'),
    "lone continuation byte": ({"a.txt": b"a \x80 b\n"}, '--8<-- "a.txt"'),
    "cut multibyte character": ({"a.txt": b"price 5 \xe2\x82\n"}, '--8<-- "a.txt"'),
    "encoded surrogate": ({"a.txt": b"a \xed\xa0\x80 b\n"}, '--8<-- "a.txt"'),
    "nested latin-1": ({"a.txt": b'--8<-- "b.txt"\n', "b.txt": b"Caf\xe9\n"}, '--8<-- "a.txt"'),
    "block syntax": ({"a.txt": b"Caf\xe9\n"}, "--8<--\na.txt\n--8<--"),
    "line range": ({"a.txt": b"one\nCaf\xe9\n"}, '--8<-- "a.txt:2:2"'),
    "section": ({"a.txt": b"# --8<-- [start:s]\nCaf\xe9\n# --8<-- [end:s]\n"},
                '--8<-- "a.txt:s"'),
    "inside a list": ({"a.txt": b"Caf\xe9\n"}, '- one\n\n    --8<-- "a.txt"'),
    "missing file": ({}, '--8<-- "gone.txt"'),
    "missing section": ({"a.txt": b"text\n"}, '--8<-- "a.txt:nowhere"'),
    "a folder": ({"folder/x.txt": b"text\n"}, '--8<-- "folder"'),
}
"""Included files an extension cannot read, and the page's Markdown that includes them."""
READABLE = {
    "utf-8": ({"a.txt": TEXT.encode()}, '--8<-- "a.txt"', "r\u00e9sum\u00e9"),
    "utf-8 with a BOM": ({"a.txt": b"\xef\xbb\xbf" + TEXT.encode()}, '--8<-- "a.txt"', "Caf"),
    "ascii section": ({"a.txt": b"# --8<-- [start:s]\nok here\n# --8<-- [end:s]\n"},
                      '--8<-- "a.txt:s"', "ok here"),
    "escaped marker": ({}, ';--8<-- "gone.txt"', "gone.txt"),
}
"""Near misses: included as text, or no include at all."""


def _convert(root: Path, files: dict[str, bytes], source: str) -> str:
    root.mkdir()
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    budget = RenderBudget()
    budget.page = "content/articles/billing/probe.md"
    converter = markdown.Markdown(
        extensions=[BudgetExtension(budget), "pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(root)],
                                                 "check_paths": True}})
    try:
        return converter.convert(source)
    except PluginError as error:
        return f"PluginError: {error}"


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("snippets")
    cases = {**{name: (files, source) for name, (files, source) in UNREADABLE.items()},
             **{name: (files, source) for name, (files, source, _) in READABLE.items()}}
    return {name: _convert(root / f"case{number}", files, source)
            for number, (name, (files, source)) in enumerate(cases.items())}


@pytest.mark.parametrize("name", UNREADABLE)
def test_an_unreadable_included_file_is_named_with_its_page(converted: dict[str, str],
                                                             name: str) -> None:
    message = converted[name]
    assert message.startswith("PluginError: content/articles/billing/probe.md: "), message
    assert "nothing was published" in message, message
    if "missing" not in name and name != "a folder":
        assert "is not UTF-8" in message and "save the included file as UTF-8" in message


@pytest.mark.parametrize("name", READABLE)
def test_a_readable_file_is_included(converted: dict[str, str], name: str) -> None:
    assert not converted[name].startswith("PluginError") and READABLE[name][2] in \
        converted[name], converted[name]


def test_the_build_names_the_page_without_a_traceback(tmp_path: Path) -> None:
    config = f"{MINI_CONFIG}markdown_extensions:\n  - pymdownx.snippets\n"
    write_files(tmp_path, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/billing/ok.md": article(
                               "Fine article", body='## Steps\n\n--8<-- "notes/a.txt"\n')},
                dedent_yaml=False)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_bytes(TEXT.encode("utf-16"))
    code, output = run_in(tmp_path, "build")  # asserts that no traceback was printed
    assert code == 1 and "articles/billing/ok.md" in output and "is not UTF-8" in output, output

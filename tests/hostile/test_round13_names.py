"""A page's file name is its published address: in every link to it, the navigation, the
sitemap, the search index and the reader's address bar. The gate read copied files' names, but
never a page's, and read a name's hyphens as part of one word, so
`articles/billing/card-4556-7375-8689-9855.md` published a card number as an address (and
`card-4556-7375-8689-9855.pdf` as a download's). Names are read with `-` and `_` as the
spaces a reader sees, and every published page's path (articles, other pages, team profiles)
is read as copied files' are. Each case is a real `kbgen check` and `kbgen build` of one small
project."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

CARD = "4556-7375-8689-9855"
"""A Luhn-valid card number (no test card), as a slug writes it."""
IBAN = "de82370400440532013417"
"""A valid German IBAN (not the standard example), lower case as a slug writes it."""
PROFILE = "name: Sam Lee\nrole: Support agent\nbio: Sam answers billing questions.\n"

REFUSED = {
    f"content/articles/billing/card-{CARD}.md": "payment card number",
    f"content/articles/billing/pay-with-{CARD.replace('-', '')}.md": "payment card number",
    f"content/articles/billing/iban-{IBAN}.md": "IBAN",
    "content/articles/billing/call-0044-7911-123456.md": "phone number",
    f"content/refunds-to-{CARD}.md": "payment card number",
    "content/team/call-0044-7911-123457.yml": "phone number",
    "content/articles/billing/card-４５５６-７３７５-８６８９-９８５５.md": "payment card number",
    "content/articles/billing/card-٤٥٥٦-٧٣٧٥-٨٦٨٩-٩٨٥٥.md": "payment card number",
    f"content/assets/card-{CARD}.pdf": "payment card number",
    f"content/assets/iban-{IBAN}.txt": "IBAN",
}
"""Each file whose name publishes personal data, and what it publishes."""
KEPT = [
    "content/articles/billing/windows-app-install-fails-with-0x80070005.md",
    "content/articles/billing/release-2024-01-15.md",
    "content/articles/billing/error-404-after-update-3-2-1.md",
    "content/assets/photo-3f9a8b7c-2024-01-15.png",
    "content/assets/invoice-2024-0001.txt",
]
"""Names of digits that are no personal data: an error code, dates, versions, hashes."""


def contents(path: str) -> str | bytes:
    """A valid file for `path`: an article, a page, a profile, a small PNG or text."""
    if path.startswith("content/articles/"):
        return article(f"Case {Path(path).stem}", body="## Symptoms\n\nIt fails.\n")
    if path.startswith("content/team/"):
        return PROFILE
    if path.endswith(".md"):
        return "# Refunds\n\nHow refunds work.\n"
    if path.endswith(".png"):
        return bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
                             "890000000d4944415478da63f8ffff3f0005fe02fea7d6a4570000000049454e"
                             "44ae426082")
    return "hello\n"


def project(root: Path, names: list[str]) -> Path:
    """A small valid project with a file at each of `names`."""
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/wifi/ok.md": article("Fine article"),
                       **{name: contents(name) for name in names}})
    return root


def run(root: Path, *args: str) -> tuple[int, list[str]]:
    """`kbgen ARGS` in `root`: the exit code and the lines printed."""
    code, output = run_in(root, *args)
    return code, output.splitlines()


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    """`kbgen check` of one project holding every case and every control."""
    return run(project(tmp_path_factory.mktemp("names"), [*REFUSED, *KEPT]), "check")


@pytest.mark.parametrize("path", sorted(REFUSED))
def test_check_refuses_a_file_whose_name_publishes_personal_data(
        checked: tuple[int, list[str]], path: str) -> None:
    code, lines = checked
    told = [line for line in lines if line.startswith(f"{path}: error: the file's name")]
    assert code == 1 and len(told) == 1, lines
    assert f"would publish a {REFUSED[path]} (" in told[0] and "rename the file" in told[0]


def test_names_of_codes_dates_versions_and_hashes_are_kept(
        checked: tuple[int, list[str]]) -> None:
    _, lines = checked
    assert [line for line in lines if line.startswith(tuple(KEPT))] == []


def test_the_build_refuses_a_page_named_after_a_card_and_publishes_nothing(
        tmp_path: Path) -> None:
    page = f"content/articles/billing/card-{CARD}.md"
    code, lines = run(project(tmp_path, [page]), "build")
    assert code != 0 and any(line.startswith(f"{page}: error: the file's name would publish a"
                                             " payment card number") for line in lines), lines
    assert not (tmp_path / "site").exists()


def test_the_controls_build(tmp_path: Path) -> None:
    code, lines = run(project(tmp_path, KEPT), "build")
    assert code == 0, lines
    assert (tmp_path / "site/articles/billing/release-2024-01-15.html").is_file()

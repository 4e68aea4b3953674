"""`<!-- kb:allow link -->`: one reviewed link that shows another address than it opens
(kbgen.core.deceptive_links) may be published, on its own line only. On main the kind was
unknown (an error) while `kbgen import`'s summary offered `kb:allow KIND` for such a link.
The marker is never published, `kbgen check` lists the link as a reviewed exception, a marker
that accepts no such link is a warning, and another kind's marker accepts none. One check of
a project with every case, one check and one build of a project with the accepted ones, one
import."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

PATH = "content/articles/billing/links.md"
ACCEPTED = """## Symptoms

It fails.

Pay at [https://help.test.example/pay](https://evil.example/pay). <!-- kb:allow link -->

<!-- kb:allow link -->
Go to [www.test.example/account](https://evil.example/account).

Write to [support@test.example](mailto:thief@evil.example) or jane.doe@gmail.com. \
<!-- kb:allow link email -->

| Portal | [https://help.test.example/t](https://evil.example/table) | <!-- kb:allow link -->

<a href="https://evil.example/html">https://help.test.example/html</a> <!-- kb:allow link -->
"""
"""Lines 12, 15 (marker on 14), 17 (with an e-mail address), 19, 21: each accepted."""
REFUSED = """## Symptoms

It fails.

See [https://help.test.example/x](https://evil.example/x). <!-- kb:allow email -->

Plain line. <!-- kb:allow link -->

<!-- kb:allow link -->

Pay at [https://help.test.example/y](https://evil.example/y).

[https://help.test.example/z](https://evil.example/z) and \
[https://help.test.example/w](https://evil.example/w) <!-- kb:allow link -->

Read [our billing guide](https://other.example/billing). <!-- kb:allow link -->
"""
"""Line 12: another kind's marker; 14: no link; 16: a marker before a blank line; 18: no
marker; 20: two deceptive links on a marked line (both accepted: a marker is per line, as for
every kind); 22: an honest link marked."""


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    """`kbgen check` of a project whose markers accept too little or nothing."""
    root = tmp_path_factory.mktemp("link-markers-refused")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/index.md": "# Home\n", PATH: article("Links", body=REFUSED)},
                dedent_yaml=False)
    return run_in(root, "check")


@pytest.fixture(scope="module")
def accepted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, Path]:
    """`kbgen check` and `kbgen build` of a project whose deceptive links are each accepted
    on their line: the check's output, the build's, and the site."""
    root = tmp_path_factory.mktemp("link-markers-accepted")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/index.md": ("# Home\n\n<!-- kb:allow link -->\n"
                                            "[https://help.test.example](https://evil.example/"
                                            "home)\n"),
                       PATH: article("Links", body=ACCEPTED)}, dedent_yaml=False)
    checked, check_output = run_in(root, "check")
    assert checked == 0, check_output
    built, build_output = run_in(root, "build")
    assert built == 0, build_output
    return check_output, build_output, root / "site"


LISTED = {12: "deceptive link (https://evil.example/pay)",
          15: "deceptive link (https://evil.example/account) (marker on line 14)",
          17: "deceptive link (mailto:…@evil.example)",
          19: "deceptive link (https://evil.example/table)",
          21: "deceptive link (https://evil.example/html)"}


@pytest.mark.parametrize("line", LISTED)
def test_check_lists_each_accepted_link(accepted: tuple[str, str, Path], line: int) -> None:
    assert f"{PATH}:{line}: reviewed exception: {LISTED[line]}\n" in accepted[0], accepted[0]


def test_the_other_kind_on_the_line_is_accepted_too(accepted: tuple[str, str, Path]) -> None:
    assert f"{PATH}:17: reviewed exception: e-mail address (j***@g***.com)" in accepted[0]
    assert "content/index.md:4: reviewed exception: deceptive link" in accepted[0]
    assert "; 7 reviewed exceptions" in accepted[0]


def test_the_links_are_published_and_the_markers_are_not(
        accepted: tuple[str, str, Path]) -> None:
    site = accepted[2]
    page = (site / "articles/billing/links.html").read_text(encoding="utf-8")
    for href in ("https://evil.example/pay", "https://evil.example/account",
                 "mailto:thief@evil.example", "https://evil.example/table",
                 "https://evil.example/html"):
        assert f'href="{href}"' in page
    assert 'href="https://evil.example/home"' in (site / "index.html").read_text(
        encoding="utf-8")
    published = [path for path in site.rglob("*") if path.suffix in (".html", ".json", ".xml")]
    assert published and not [path for path in published
                              if "kb:allow" in path.read_text(encoding="utf-8")]


REFUSALS = {
    12: "error: the link shows help.test.example but opens evil.example",
    18: "error: the link shows help.test.example but opens evil.example",
    14: ("warning: `<!-- kb:allow link -->`: no link that shows another address than it"
         " opens on this line"),
    16: ("warning: `<!-- kb:allow link -->`: no link that shows another address than it"
         " opens on line 17"),
    22: "warning: `<!-- kb:allow link -->`: no link that shows another address",
}


@pytest.mark.parametrize("line", REFUSALS)
def test_a_marker_accepts_only_its_kind_on_its_line(refused: tuple[int, str],
                                                    line: int) -> None:
    code, output = refused
    assert code == 1
    assert f"{PATH}:{line}: {REFUSALS[line]}" in output, output


def test_the_refusal_names_the_marker_that_works(refused: tuple[int, str]) -> None:
    output = refused[1]
    assert ("evil.example (https://evil.example/y): a reader trusts the address they see; show"
            " the address the link opens, or link to the address shown; or, once reviewed as"
            " safe to publish, end the line with `<!-- kb:allow link -->`") in output, output
    assert "unknown kind" not in output and f"{PATH}:20: error" not in output
    assert f"{PATH}:12: warning: `<!-- kb:allow email -->`: no email" in output
    assert "2 reviewed exceptions" in output, output


def test_import_summary_offers_a_marker_that_works(tmp_path: Path) -> None:
    """The import's summary names `kb:allow link` for an imported deceptive link; that
    marker, written where it says, makes the check pass."""
    root, old = tmp_path / "kb", tmp_path / "old"
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/index.md": "# Home\n"}, dedent_yaml=False)
    write_files(old, {"mkdocs.yml": "site_name: Old\n",
                      "docs/paying.md": ("# Paying\n\nPay at [https://help.old.example/pay]"
                                         "(https://evil.example/pay).\n")})
    code, output = run_in(root, "import", str(old))
    assert code == 0, output
    line = next(row for row in output.splitlines() if "opens evil.example" in row)
    assert "end the line with `<!-- kb:allow link -->`" in line, output
    where, number = line.split(": error:")[0].strip().rsplit(":", 1)
    imported = root / where
    rows = imported.read_text(encoding="utf-8").split("\n")
    rows[int(number) - 1] += " <!-- kb:allow link -->"
    imported.write_text("\n".join(rows), encoding="utf-8")
    code, output = run_in(root, "check")
    assert f"{where}:{number}: reviewed exception: deceptive link" in output, output
    assert code == 0 and ": error:" not in output, output

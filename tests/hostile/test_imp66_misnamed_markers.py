"""A misspelt reviewed-exception marker (`<!-- kb:allow-email -->`, `kb:allowed`, `kb:alow`)
accepts nothing; `kbgen check` called it an "unknown shortcode" and listed the shortcodes, the
build said the same in other words, and `kbgen import` let it pass. Each now names it as a
marker written wrong and lists the kinds a marker may name, from the one list
(`allow_markers.KNOWN_KINDS`) that the unknown-kind and no-kind messages use too."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.allow_markers import KNOWN_KINDS
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import built_project, run_in

MISNAMED = ["allow-email", "allow_email", "allowed", "allows", "alow", "allwo", "Allow-email",
            "ALLOW_LINK", "allow-link", "allowemail", "allow-phone", "allow_card", "allowlist",
            "alllow", "allo", "allow-", "Alow", "allow--token", "allow_url-password",
            "allowed-address", "allow-internal-ip", "aloww"]
"""Names a marker's author may write for `kb:allow` (then a kind or none)."""
PLACES = ["{m} after a sentence.", "| Mail | {m} |", "- An item {m}", "> A quote {m}",
          "Text\n{m}", "**Bold** {m}"]
"""Where the marker stands: prose, a table cell, a list item, a quote, its own line, after
emphasis."""
NOT_MARKERS = ["alert", "allowance-fee", "categories"]
"""Shortcode names that are no marker's misspelling: an unknown one is named as a shortcode."""
MESSAGE = ("is no reviewed exception and accepts nothing: write `<!-- kb:allow KIND -->`,"
           " `kb:allow` then a space and the kinds the line may publish (kinds: "
           f"{KNOWN_KINDS})")


def _lines() -> tuple[str, dict[str, int]]:
    """The article's body: each misnamed marker in its place, and its file line."""
    parts, lines, line = ["## Symptoms\n\nIt fails."], {}, 12
    for number, name in enumerate(MISNAMED):
        place = PLACES[number % len(PLACES)]
        text = place.format(m=f"<!-- kb:{name} email -->")
        if place.startswith("|"):
            text = "| What | Where |\n| --- | --- |\n" + text
        parts.append(text)
        lines[name] = line + text.count("\n")
        line += text.count("\n") + 2
    parts += ["Write `<!-- kb:allow-email -->` in code: it is shown as written.",
              "```\n<!-- kb:alow email -->\n```"]
    return "\n\n".join(parts) + "\n", lines


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    body, lines = _lines()
    root = tmp_path_factory.mktemp("misnamed")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/wifi/marker.md": article("Mail us", body=body),
                       "content/articles/wifi/other.md": article(
                           "Other codes", body="## Symptoms\n\nIt fails.\n\n" + "\n\n".join(
                               f"Text <!-- kb:{name} x -->" for name in NOT_MARKERS))})
    code, output = run_in(root, "check")
    assert code == 1, output
    return output, lines


@pytest.mark.parametrize("name", MISNAMED)
def test_check_names_a_misspelt_marker_with_the_kinds(checked: tuple[str, dict[str, int]],
                                                      name: str) -> None:
    output, lines = checked
    assert (f"content/articles/wifi/marker.md:{lines[name]}: error: shortcode 'kb:{name}':"
            f" `<!-- kb:{name} ... -->` {MESSAGE}") in output, output


def test_a_marker_in_code_is_shown_as_written(checked: tuple[str, dict[str, int]]) -> None:
    output, lines = checked
    reported = [line for line in output.splitlines() if "wifi/marker.md:" in line
                and ": error:" in line]
    assert len(reported) == len(MISNAMED), reported


@pytest.mark.parametrize("name", NOT_MARKERS)
def test_another_unknown_shortcode_is_named_as_a_shortcode(
        checked: tuple[str, dict[str, int]], name: str) -> None:
    output, _ = checked
    if name == "categories":  # a real shortcode: no "unknown" and no marker message
        assert "'kb:categories'" not in output or "unknown shortcode 'kb:categories'" \
            not in output
        return
    assert f"error: unknown shortcode 'kb:{name}' (known: " in output, output
    assert f"`<!-- kb:{name} ... -->`" not in output


def test_the_build_says_the_same(tmp_path: Path) -> None:
    code, output = built_project(tmp_path, {"content/articles/wifi/marker.md": article(
        "Mail us", body="## Symptoms\n\nIt fails.\n\nMail us. <!-- kb:allow_email -->\n")})
    assert code == 1
    assert ("Shortcode 'kb:allow_email' in 'articles/wifi/marker.md': `<!-- kb:allow_email ..."
            f" -->` {MESSAGE}") in output, output


def test_the_import_says_the_same(tmp_path: Path) -> None:
    write_files(tmp_path / "old", {"mkdocs.yml": "site_name: Old\n", "docs/mail.md": (
        "# Mail us\n\nWrite to us. <!-- kb:allow-email -->\n")})
    write_files(tmp_path / "kb", {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                                  "content/_data/categories.yml": MINI_CATEGORIES})
    code, output = run_in(tmp_path / "kb", "import", str(tmp_path / "old"))
    assert code == 1, output
    assert (f"mail.md:9: error: shortcode 'kb:allow-email': `<!-- kb:allow-email ... -->`"
            f" {MESSAGE}") in output, output


@pytest.mark.parametrize("marker", ["<!-- kb:allow emial -->", "<!-- kb:allow -->"])
def test_the_other_marker_errors_list_the_same_kinds(checked: tuple[str, dict[str, int]],
                                                     tmp_path: Path, marker: str) -> None:
    write_files(tmp_path, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/wifi/a.md": article(
                               "Mail us", body=f"## Symptoms\n\nIt fails. {marker}\n")})
    code, output = run_in(tmp_path, "check")
    assert code == 1 and KNOWN_KINDS in output, output

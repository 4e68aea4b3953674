"""Runs of `*`, blanks and backticks that made one pattern of the gate backtrack for minutes on
an article under the size limits (issue 19, redos55: the growth probe's cubic patterns, read at
their call sites) are judged, and what the article hides is still found. Sizes are ones that
took a minute or more before the fix (seconds in bench/RESULTS.md, never here)."""

from __future__ import annotations

from kbgen.core.api_examples import ApiExamples
from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.tabbed_examples import translated


def _found(text: str) -> list[tuple[str, str, int]]:
    return [(finding.kind, finding.excerpt, finding.line) for finding in scan(text, Allowed())]


def test_stars_around_a_value_below_a_password_word_do_not_stall_the_gate() -> None:
    # world_passwords._ALONE: 10,000 `*` each side took 3.5 s, 40,000 about a minute
    stars = "*" * 40_000
    text = f"Passwort:\n{stars}Tr0ub4dor3xK9*{stars}\n\nPasswort:\nTr0ub4dor3xK9\n"
    assert _found(text) == [("password or secret", "Tr0********", 5)]


def test_stars_and_blanks_around_a_word_below_a_password_do_not_stall_the_gate() -> None:
    # split_passwords._ALONE_WORD: 1,000 of each took 1.7 s, 4,000 about two minutes (cubic)
    text = (f"The Wi-Fi password:\n{'*' * 4000}sunflower{' ' * 4000}x\n\n"
            "The Wi-Fi password:\nsunflower\n")
    assert _found(text) == [("password or secret", "su********", 5)]


def test_stars_around_a_password_definition_do_not_stall_the_gate() -> None:
    # passwords._DEFINITION: 500 `*` each side took 1.1 s, 2,000 about a minute (cubic)
    stars = "*" * 2000
    text = (f"Admin password\n:   {stars}x{stars} z\n\n"
            "Admin password\n:   Hunter2Secret!x\n")
    assert _found(text) == [("password or secret", "Hun********", 5)]


def test_a_heading_with_a_long_run_of_blanks_keeps_an_api_pages_examples() -> None:
    # api_examples._HEADING: 200 blanks took 0.5 s, 800 minutes (links._HEADING's shape)
    lines = ["POST /api/v1/apps", "", f"## Fields{' ' * 800}x", "", "## Example  ##", "",
             "```json", '{"client_secret": "ZEaFZEaF7x"}', "```"]
    assert ApiExamples(lines).example_value(7, lines[7], 19)
    under_fields = [*lines[:4], *lines[6:]]
    assert not ApiExamples(under_fields).example_value(5, under_fields[5], 19)


def test_a_long_fence_still_opens_a_tab_of_translated_examples() -> None:
    # tabbed_examples._TAB_FENCE: a fence of 20,000 backticks took 5.6 s, 80,000 a minute and a
    # half (it tried every split of the run for `tab=`)
    lines = ['=== "YAML"', "", f"{'`' * 80_000}yaml", 'address: "192.168.1.10:6379"', "```",
             '=== "TOML"', "", "```toml", 'address = "192.168.1.10:6379"', "```"]
    assert translated(lines) == {3: frozenset({"192.168.1.10"}),
                                 8: frozenset({"192.168.1.10"})}


def test_blanks_in_a_list_item_do_not_stall_the_gate_and_an_address_split_in_items_is_found(
        ) -> None:
    # joined_items._BLOCK_ITEM: 3,200 blanks took 1.7 s, 25,600 about two minutes (quadratic:
    # every split of the blanks between the dash and the item)
    text = (f"- {' ' * 25_600}\"a\" x\n\nSend it to:\n\n"
            "- jane.doe\n- @acme-corp.com\n")
    assert _found(text) == [("e-mail address", "j***@a***.com", 5)]


def test_blanks_after_a_table_rows_bar_do_not_stall_the_gate() -> None:
    # password_rows._ROW: `|` and 3,200 blanks took 3.2 s, 25,600 about three minutes
    # (quadratic: two blank runs around an optional `**`)
    text = f"|{' ' * 25_600}x\n\n| Password | sunflower |\n"
    assert _found(text) == [("password or secret", "su********", 3)]


def test_blanks_after_an_item_below_a_secrets_flag_do_not_stall_the_gate() -> None:
    # argument_lists._ITEM_LINE: 12,800 blanks took 0.5 s, 204,800 about two minutes
    # (quadratic: the blank runs around an optional `,` at the line's end)
    text = (f'args = [\n  "--client-secret",\n  abc{" " * 204_800}x\n'
            '  "--client-secret",\n  "Zx9Qm2Lp7Rt4Kw8N"\n]\n')
    assert _found(text) == [("password or secret", "Zx9Q********", 5)]

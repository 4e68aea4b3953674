"""An article's own ticket reference joined to a word by a hyphen or an underscore: `tickets`
are never published, and on main `HD-4821` was found only standing alone (the reference's
boundaries refused a hyphen either side), so `redirect_from: [/support/HD-4821-reset]` (a
published redirect page and `_redirects` rule), a tag `hd-4821-fix` (a tag page's address),
an anchor `{#hd-4821-fix}`, a link's or a picture's path, `HD_4821_log.txt` and `The fix for
HD-4821-reset` in the body passed `kbgen check` (12 of 13 shapes; `hd-4821.log` was found).
Now a hyphen or underscore joining it to a word still shows it; one joining it to more digits
(`HD-48-2` beside ticket `HD-48`) makes another reference and passes."""

from __future__ import annotations

import pytest

from tests.hostile.review_cases import ArticleCase, check_cases

TICKET = "tickets: [HD-4821]\n"
BODY = "## Symptoms\n\nIt fails.\n"
KIND = "the ticket reference 'HD-4821'"

CASES: list[ArticleCase] = [
    ("old address", TICKET + "redirect_from: ['/support/HD-4821-reset']\n", BODY, KIND),
    ("old address, before", TICKET + "redirect_from: ['/support/reset-hd-4821']\n", BODY,
     "the ticket reference 'hd-4821'"),
    ("tag", TICKET + "tags: [hd-4821-fix]\n", BODY, "the ticket reference 'hd-4821'"),
    ("applies_to", TICKET + "applies_to: ['HD-4821-hub']\n", BODY, KIND),
    ("description", TICKET + "description: 'About HD-4821-reset.'\n", BODY, KIND),
    ("body word", TICKET, BODY + "\nThe fix for HD-4821-reset is below.\n", KIND),
    ("body, word before", TICKET, BODY + "\nSee case reset-HD-4821 for it.\n", KIND),
    ("link target", TICKET,
     BODY + "\nRead [the notes](https://help.example.com/notes/HD-4821-notes).\n", KIND),
    ("picture path", TICKET,
     BODY + "\n![screen](https://help.example.com/img/hd-4821-screenshot.png)\n",
     "the ticket reference 'hd-4821'"),
    ("heading anchor", TICKET, BODY + "\n## Fix {#hd-4821-fix}\n\nDo it.\n",
     "the ticket reference 'hd-4821'"),
    ("code", TICKET,
     BODY + "\n```\ncurl https://api.example.com/tickets/HD-4821-comments\n```\n", KIND),
    ("underscores", TICKET, BODY + "\nFile: HD_4821_log.txt here.\n",
     "the ticket reference 'HD_4821'"),
    ("another reference", "tickets: [HD-48]\n", BODY + "\nVersion HD-48-2 ships today.\n", None),
    ("a longer word", TICKET, BODY + "\nModel XHD-48217 ships today.\n", None),
]
"""(case, front matter, body, the error expected or None)."""


@pytest.fixture(scope="module")
def errors(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The errors of one `kbgen check` of every case."""
    return check_cases(tmp_path_factory.mktemp("tickets"), CASES, [])[1]


@pytest.mark.parametrize("number", range(len(CASES)), ids=[case[0] for case in CASES])
def test_a_joined_ticket_reference_is_refused(errors: list[str], number: int) -> None:
    path = f"content/articles/wifi/case-{number}.md:"
    shown = [line.split(": error: ")[1] for line in errors if line.startswith(path)]
    expected = CASES[number][3]
    if expected is None:
        assert shown == []
    else:
        assert any(line.startswith(expected) for line in shown), shown


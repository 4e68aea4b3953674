"""Closing code fences indented as CommonMark allows (kbgen.importers.closing_fences): BookStack's
` ```` ` one space in made Python-Markdown run the code block on to the next fence, so the
section "Migrating to Secure Images" and the links to it were lost."""

from __future__ import annotations

import markdown
import pytest

from kbgen.importers.closing_fences import closing_fences

FENCE = "```"
CASES = [
    ("one space in", f"{FENCE}bash\nA=1\n {FENCE}\n\n### Migrating\n\n{FENCE}\nB=2\n{FENCE}",
     f"{FENCE}bash\nA=1\n{FENCE}\n\n### Migrating\n\n{FENCE}\nB=2\n{FENCE}", 1),
    ("tildes, three spaces in", "~~~\nx\n   ~~~~\n", "~~~\nx\n~~~~\n", 1),
    ("a list item's fence is followed, not moved",
     f"1. {FENCE}bash\n   x\n   {FENCE}\n\n{FENCE}js\ny\n{FENCE}", None, 0),
    ("a shorter fence inside a longer one is code",
     f"````md\n{FENCE}\nin\n  {FENCE}\n````", None, 0),
    ("a backtick info string is no fence", f"{FENCE}a`b\n {FENCE}\n", None, 0),
]


@pytest.mark.parametrize("text, expected, moved", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_closing_fences(text: str, expected: str | None, moved: int) -> None:
    assert closing_fences(text) == (expected if expected is not None else text, moved)


def test_the_heading_after_the_block_is_a_heading_again() -> None:
    text = CASES[0][1]
    extensions = ["pymdownx.superfences", "toc"]
    assert 'id="migrating"' not in markdown.markdown(text, extensions=extensions)
    assert 'id="migrating"' in markdown.markdown(closing_fences(text)[0], extensions=extensions)

"""Contributors' sign-offs (`Signed-off-by: Name <address>`, the Developer Certificate of
Origin's trailer, as Hetzner's tutorials end): paperwork of the old repository, never an
article's text. Removed on import, with a count for the report, so no contributor's address
is published or stops the build."""

from __future__ import annotations

import re

from kbgen.importers.markdown_text import subn_outside_code

_TRAILER = re.compile(
    r"^[ \t]*(?:Signed-off|Co-authored|Co-developed|Reviewed|Acked|Tested|Reported|Suggested)"
    r"-by[ \t]*:[^\n]*(?:\n|\Z)", re.IGNORECASE | re.MULTILINE)


def strip_sign_offs(body: str) -> tuple[str, int]:
    """`body` without its sign-off lines (code blocks kept as they are), and how many."""
    return subn_outside_code(_TRAILER, "", body)


def sign_off_warning(count: int) -> str:
    """The report's line for `count` removed sign-offs."""
    return (f"contributors' sign-offs (`Signed-off-by:` lines, with their e-mail addresses)"
            f" removed: repository paperwork, never published ({count}×)")

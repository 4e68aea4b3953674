"""Text a Markdown extension put into a page from elsewhere (`pymdownx.snippets`'
`--8<-- "file"`, markdown-include's `{!file!}`), which the gate never saw in the source.

The gate reads what authors wrote; an extension that includes files publishes text it did not
read. `included_findings` scans the page as Markdown rendered it and keeps what the source,
scanned the same way, does not hold (found or accepted there): that came from an included file.
Values are compared by kind and masked value, counted by the lines that hold them: a reviewed
`jobs.desk@gmail.com` in the source does not let an included `jane.private@gmail.com` (the
same mask, `j***@g***.com`) through (hostile46).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, Finding, scan

_PARAGRAPHS = re.compile(r"(</(?:p|ul|ol|dl|pre|table|blockquote|div|h[1-6])>)\n")
"""A block element's end: a blank line after it, as in the Markdown it was rendered from, so
that `For example, …` in one paragraph makes no example of an included address in a later one
(Markdown puts no blank line between blocks: rev50)."""


def included_findings(source: str, rendered: str, allowed: Allowed, region: str | None
                      ) -> list[Finding]:
    """Findings in `rendered` (a page's HTML) whose value its Markdown `source` does not hold,
    found or accepted (compared by kind and masked value, as many times as lines of the
    source hold it, the page's accepted lines counted too)."""
    explained: list[Acceptance] = []
    found = scan(source, allowed, 1, region, explain=explained)
    known = _by_line([*found, *explained])
    shown: list[Acceptance] = []
    published = scan(_PARAGRAPHS.sub(r"\1\n\n", rendered), allowed, 1, region, explain=shown)
    extra = _by_line([*published, *shown]) - known  # the source's accepted `#optional` covers
    # the page's own accepted line, not an included `- PASSWORD= #optional Zq4w…` (rev50)
    included = []
    for finding in published:
        if extra[(finding.kind, finding.excerpt)] > 0:
            extra[(finding.kind, finding.excerpt)] -= 1
            included.append(finding)
    return included


def _by_line(values: Iterable[Finding | Acceptance]) -> Counter[tuple[str, str]]:
    """How many lines hold each (kind, masked value)."""
    return Counter((kind, excerpt) for _, kind, excerpt in
                   {(value.line, value.kind, value.excerpt) for value in values})

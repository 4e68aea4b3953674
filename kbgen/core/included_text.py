"""Text a Markdown extension put into a page from elsewhere (`pymdownx.snippets`'
`--8<-- "file"`, markdown-include's `{!file!}`), which the gate never saw in the source.

The gate reads what authors wrote; an extension that includes files publishes text it did not
read. `included_findings` scans the page as Markdown rendered it and keeps what the source,
scanned the same way, does not hold (found or accepted there): that came from an included file.
"""

from __future__ import annotations

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, Finding, scan


def included_findings(source: str, rendered: str, allowed: Allowed, region: str | None
                      ) -> list[Finding]:
    """Findings in `rendered` (a page's HTML) whose value its Markdown `source` does not hold,
    found or accepted (compared by kind and masked value)."""
    explained: list[Acceptance] = []
    known = {(finding.kind, finding.excerpt)
             for finding in scan(source, allowed, 1, region, explain=explained)}
    known |= {(acceptance.kind, acceptance.excerpt) for acceptance in explained}
    return [finding for finding in scan(rendered, allowed, 1, region)
            if (finding.kind, finding.excerpt) not in known]

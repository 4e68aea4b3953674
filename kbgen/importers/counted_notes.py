"""Notes of what the import changed, counted per file (`wiki links made Markdown links (12×)`):
said once with their totals when many files have them, so that the warnings stay readable."""

from __future__ import annotations

import re

_COUNTED = re.compile(r"^(.*) \((\d+)×\)$")
MANY = 3
"""A counted note in this many files or more is said once."""


def fold_counted(warnings: dict[str, list[str]]) -> tuple[dict[str, list[str]], list[str]]:
    """The warnings per file without the counted notes that many files have, and one line
    for each of those (`wiki links made Markdown links: 1554× in 170 files`)."""
    files: dict[str, int] = {}
    totals: dict[str, int] = {}
    for messages in warnings.values():
        for message in messages:
            if counted := _COUNTED.match(message):
                files[counted.group(1)] = files.get(counted.group(1), 0) + 1
                totals[counted.group(1)] = totals.get(counted.group(1), 0) + int(counted.group(2))
    folded = {text for text, count in files.items() if count >= MANY}
    if not folded:
        return warnings, []
    kept = {}
    for path, messages in warnings.items():
        left = [m for m in messages if not ((c := _COUNTED.match(m)) and c.group(1) in folded)]
        if left:
            kept[path] = left
    return kept, [f"  {text}: {totals[text]}× in {files[text]} files" for text in folded]

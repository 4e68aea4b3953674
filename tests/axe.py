"""Run axe-core (installed from npm by `npm ci`, never fetched) in a Playwright page."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
"""The rules the issue asks for: WCAG 2.0, 2.1 and 2.2, levels A and AA."""
SETUP = "npm ci (at the repository root; see README, 'Set-up')"


@cache
def axe_source() -> str:
    """axe-core's script, read from node_modules."""
    if not AXE.exists():
        raise FileNotFoundError(f"{AXE} is missing: run {SETUP}")
    return AXE.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Violation:
    """One axe rule a page breaks, with the elements that break it."""

    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.targets[:4]) + (" ..." if len(self.targets) > 4 else "")
        return f"{self.rule} ({self.impact}): {self.help} [{len(self.targets)}: {shown}]"


def violations(page: Any, tags: list[str] = WCAG_TAGS) -> list[Violation]:
    """axe-core's violations of the page as it is now, of the rules tagged `tags` (WCAG A/AA
    unless told; `[*WCAG_TAGS, "best-practice"]` adds axe's own, such as aria-dialog-name)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())  # not a <script>: the page's CSP would block it
    found = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']}).then(r => r.violations.map(v => ({rule: v.id,"
        " impact: v.impact || '', help: v.help, targets: v.nodes.map(n => n.target.join(' '))})))",
        tags)
    return [Violation(v["rule"], v["impact"], v["help"], tuple(v["targets"])) for v in found]


def validate_html(files: list[Path]) -> list[dict[str, Any]]:
    """The Nu HTML Checker's errors for `files` (needs Java and `npm ci`)."""
    if not VNU.exists():
        raise FileNotFoundError(f"{VNU} is missing: run {SETUP}")
    run = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--errors-only",
                          *map(str, files)], capture_output=True, text=True, check=False)
    return [m for m in json.loads(run.stderr or "{}").get("messages", [])
            if m.get("type") == "error"]

"""The example articles `kbgen init` wrote, still published next to an imported help centre."""

from __future__ import annotations

from pathlib import Path

from kbgen.commands.init import SCAFFOLD_DIR
from kbgen.commands.init_language import LANGUAGES_DIR

_CONTENTS = [SCAFFOLD_DIR / "content", *sorted(LANGUAGES_DIR.glob("*/content"))]
"""The scaffold's content and each language's own (a German or French site's examples)."""


def examples_left(content_dir: Path) -> list[str]:
    """The example articles in `content_dir` whose title is still the example's (paths in
    it)."""
    left = []
    for content, template in sorted((c, t) for c in _CONTENTS
                                    for t in (c / "articles").rglob("*.md.tmpl")):
        relative = template.relative_to(content).as_posix()[:-len(".tmpl")]
        path = content_dir / relative
        title = _title(template)
        if title and path.is_file() and _title(path) == title:
            left.append(relative)
    return left


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines()[:10]:
        if line.startswith("title:"):
            return line
    return ""

"""The example articles `kbgen init` wrote, still published next to an imported help centre."""

from __future__ import annotations

from pathlib import Path

from kbgen.commands.init import SCAFFOLD_DIR

_EXAMPLES = SCAFFOLD_DIR / "content" / "articles"


def examples_left(content_dir: Path) -> list[str]:
    """The example articles in `content_dir` whose title is still the example's (paths in
    it)."""
    left = []
    for template in sorted(_EXAMPLES.rglob("*.md.tmpl")):
        relative = template.relative_to(SCAFFOLD_DIR / "content").as_posix()[:-len(".tmpl")]
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

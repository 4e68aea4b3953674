"""The content errors a start of `kbgen serve` built its pages with (served to this machine
only, kbgen.commands.serve.first_preview), kept in the cache beside the preview folder, never
in it: a restart serves the kept pages at once with the same notice, before its catch-up
builds; a build without errors removes them."""

from __future__ import annotations

from pathlib import Path

from kbgen.build.atomic import write_atomically
from kbgen.errors import Problem


def errors_text(docs_dir: str, errors: list[Problem]) -> str:
    """The notice's and the terminal's list of `errors`."""
    return (f"Error reading content in '{docs_dir}': {len(errors)} error(s)\n"
            + "\n".join(str(problem) for problem in errors))


class StartErrors:
    """The file that keeps the errors the preview's pages were built with."""

    def __init__(self, site_dir: Path) -> None:
        self.path = site_dir.with_name(f"{site_dir.name}-errors.txt")

    def read(self) -> str | None:
        """The errors kept, None when the preview was built without any."""
        try:
            return self.path.read_text(encoding="utf-8") or None
        except (FileNotFoundError, UnicodeDecodeError):
            return None

    def keep(self, text: str | None) -> None:
        """Keep `text` (None: the preview has no errors, remove the file)."""
        if text is None:
            self.path.unlink(missing_ok=True)
            return
        write_atomically(self.path, text.encode("utf-8"))  # a restart reads it whole or not

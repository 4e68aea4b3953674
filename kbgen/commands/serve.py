"""`kbgen serve`: MkDocs' live preview, drafts shown with a banner."""

from __future__ import annotations

from pathlib import Path

from kbgen.core.config_tags import guarded_reloads
from kbgen.project import preflight


def serve(config_file: Path, dev_addr: str | None = None, open_browser: bool = False) -> None:
    """Serve the site with live reload until interrupted."""
    from mkdocs.commands import serve as serving

    preflight(config_file)  # no Python tags for MkDocs' unsafe YAML loader, no missing template
    with guarded_reloads(serving):  # and again before each reload reads it
        serving.serve(config_file=str(config_file), dev_addr=dev_addr,
                      open_in_browser=open_browser, livereload=True)

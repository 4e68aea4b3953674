"""`kbgen serve`: MkDocs' live preview, drafts shown with a banner."""

from __future__ import annotations

from pathlib import Path


def serve(config_file: Path, dev_addr: str | None = None, open_browser: bool = False) -> None:
    """Serve the site with live reload until interrupted."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr,
                 open_in_browser=open_browser, livereload=True)

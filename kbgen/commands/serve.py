"""`kbgen serve`: MkDocs' live preview, drafts shown with a banner."""

from __future__ import annotations

from pathlib import Path

from kbgen.core.config_tags import guarded_reloads, refuse_python_tags


def serve(config_file: Path, dev_addr: str | None = None, open_browser: bool = False) -> None:
    """Serve the site with live reload until interrupted."""
    from mkdocs.commands import serve as serving

    refuse_python_tags(config_file)  # before MkDocs' unsafe YAML loader reads mkdocs.yml
    with guarded_reloads(serving):  # and again before each reload reads it
        serving.serve(config_file=str(config_file), dev_addr=dev_addr,
                      open_in_browser=open_browser, livereload=True)

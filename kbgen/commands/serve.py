"""`kbgen serve`: a live preview, drafts and internal articles shown with a banner.

MkDocs' server and builder, with kbgen's build cache: the preview is built into
`.kbgen-cache/preview/` next to mkdocs.yml, so a later `kbgen serve` answers at once with the
last preview while it brings it up to date, and each save re-renders only the pages the
change touches (kbgen.site.incremental); the browser reloads when the build is done.
"""

from __future__ import annotations

import logging
from os.path import isfile, join
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kbgen.core.config_tags import refuse_python_tags
from kbgen.errors import KbError
from kbgen.project import preflight
from kbgen.site.incremental import CACHE_DIR

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.commands.serve")
PREVIEW = "preview"
"""The preview's folder in the cache (what `kbgen serve` shows first when it starts)."""


def preview_dir(config_file: Path) -> Path:
    """Where `kbgen serve` builds the preview of the project of `config_file`; KbError when
    the cache or preview folder is a link (each build empties the preview folder, so it must
    never be a folder elsewhere)."""
    project = config_file.resolve().parent
    for folder in (project / CACHE_DIR, project / CACHE_DIR / PREVIEW):
        if folder.is_symlink():
            shown = folder.relative_to(project).as_posix()
            raise KbError(f"{shown} is a link (to {folder.readlink()}); kbgen serve empties its"
                          f" preview folder before each build, so it never builds into a"
                          f" folder elsewhere: delete the link (rm {shown}) and run kbgen serve"
                          f" again")
    return project / CACHE_DIR / PREVIEW


def serve(config_file: Path, dev_addr: str | None = None, open_browser: bool = False) -> None:
    """Serve the site with live reload until interrupted."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer, _serve_url

    preflight(config_file)  # no Python tags for MkDocs' unsafe YAML loader, no missing template
    site_dir = preview_dir(config_file)
    last_preview = (site_dir / "index.html").is_file()
    site_dir.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {"site_dir": str(site_dir)}
    if dev_addr:
        options["dev_addr"] = dev_addr

    def get_config() -> MkDocsConfig:
        try:
            refuse_python_tags(config_file)  # again before each reload reads it
        except KbError as exc:
            raise SystemExit(str(exc)) from None  # MkDocs prints it and waits for a fix
        return load_config(config_file=str(config_file), **options)

    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    host, port = config.dev_addr
    mount_path = urlsplit(config.site_url or "/").path
    serve_url = _serve_url(host, port, mount_path)
    # MkDocs' serve sets site_url to this local address; kbgen keeps the site's own, which
    # the publishing gate accepts (it refuses a 127.* address as private) and which the
    # pages of the site to be published carry.

    def builder(config: MkDocsConfig | None = None) -> None:
        log.info("Building documentation...")
        build(config or get_config(), serve_url=serve_url)

    server = LiveReloadServer(builder=builder, host=host, port=port, root=str(site_dir),
                              mount_path=mount_path)

    def error_page(code: int) -> bytes | None:
        page = join(site_dir, f"{code}.html")
        if code in (404, 500) and isfile(page):
            with open(page, "rb") as f:
                return f.read()
        return None

    server.error_handler = error_page
    try:
        if last_preview:  # answer at once with the last preview; MkDocs' (1.x) build loop
            log.info("Serving the last preview while it is brought up to date")
            server._want_rebuild = True  # rebuilds as soon as the server runs
        else:
            builder(config)
        server.watch(config.docs_dir)
        if config.config_file_path:
            server.watch(config.config_file_path)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve(open_in_browser=open_browser)
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()

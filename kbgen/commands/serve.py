"""`kbgen serve`: a live preview, drafts and internal articles shown with a banner.

The preview is built into `.kbgen-cache/preview/` next to mkdocs.yml, so a later `kbgen
serve` answers at once with the last preview while it brings it up to date. A save that
changes only articles' text is shown by rendering their pages alone, in this process, from
the last build's live objects (kbgen.site.quick_edit); any other save runs MkDocs' build
with kbgen's build cache (kbgen.site.incremental) into a folder that replaces the served one
when done. Pages are never held back while the preview updates; browsers reload after.
"""

from __future__ import annotations

import logging
import time
from os.path import isfile, join
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kbgen.commands.preview_server import PreviewServer, remove_leftovers, replace_folder
from kbgen.core.config_tags import refuse_python_tags
from kbgen.errors import KbError
from kbgen.project import preflight
from kbgen.site.incremental import CACHE_DIR
from kbgen.site.live import LiveSite, keep_live
from kbgen.site.quick_edit import SearchCatchUp, absorb, unread

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
    from mkdocs.livereload import _serve_url

    preflight(config_file)  # no Python tags for MkDocs' unsafe YAML loader, no missing template
    site_dir = preview_dir(config_file)
    staging = site_dir.with_name(f"{PREVIEW}-next")
    last_preview = (site_dir / "index.html").is_file()
    remove_leftovers(site_dir)
    options: dict[str, Any] = {"site_dir": str(staging)}  # the preview served meanwhile
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
    live = LiveSite()
    search = SearchCatchUp()

    def builder(config: MkDocsConfig | None = None) -> None:
        live.ready = False
        log.info("Building documentation...")
        config = config or get_config()
        keep_live(config, live)
        build(config, serve_url=serve_url)
        search.wait()
        replace_folder(staging, site_dir)

    def update(changed: set[Path]) -> bool:
        saved = {path for path in changed if not unread(live, path)}
        if changed and not saved:
            return False
        started = time.perf_counter()
        pages = absorb(live, saved, site_dir) if saved else None
        if pages is None:
            builder()
            return True
        assert live.state is not None
        search.request(live.state, site_dir)
        log.info(f"Rendered {', '.join(pages)} in {time.perf_counter() - started:.2f} s (only"
                 f" {'its' if len(pages) == 1 else 'their'} text changed; the search index"
                 " follows in a moment)")
        return True

    server = PreviewServer(update, host=host, port=port, root=str(site_dir),
                           mount_path=mount_path)

    def error_page(code: int) -> bytes | None:
        page = join(site_dir, f"{code}.html")
        if code in (404, 500) and isfile(page):
            with open(page, "rb") as f:
                return f.read()
        return None

    server.error_handler = error_page
    try:
        if last_preview:  # answer at once with the last preview while a build catches up
            log.info("Serving the last preview while it is brought up to date")
            server.rebuild_soon()
        else:
            builder(config)
        server.watch(config.docs_dir)
        if config.config_file_path:
            server.watch(config.config_file_path)
        config.plugins.on_serve(server, config=config, builder=builder)  # adds what to watch
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

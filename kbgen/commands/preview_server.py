"""MkDocs' live-reload server, as `kbgen serve` needs it: it tells the builder which files
changed, never keeps a page waiting while the preview is rebuilt (the last preview is served
until the new one replaces it whole), and hears saves at once (inotify where the system has
it; MkDocs polls every half second, which at thousands of files also costs a CPU)."""

from __future__ import annotations

import ipaddress
import logging
import os
import posixpath
import shutil
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import watchdog.events
import watchdog.observers
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer, _serve_url
from watchdog.observers.polling import PollingObserver

from kbgen.commands.preview_error import (
    FIRST_WITH_ERRORS,
    NOT_UPDATED,
    ErrorsLogged,
    failure_text,
    with_notice,
)
from kbgen.errors import KbError
from kbgen.site.hosting import allowing_preview

log = logging.getLogger("mkdocs.commands.serve")
WRITES: list[type[watchdog.events.FileSystemEvent]] = [
    watchdog.events.FileCreatedEvent, watchdog.events.FileModifiedEvent,
    watchdog.events.FileDeletedEvent, watchdog.events.FileMovedEvent,
    watchdog.events.FileClosedEvent, watchdog.events.DirCreatedEvent,
    watchdog.events.DirDeletedEvent, watchdog.events.DirMovedEvent,
    watchdog.events.DirModifiedEvent]
"""The events watched: writes only. A file opened or closed unwritten (the preview's own
builds read every article: 20,000 events a build at 10,000 articles, ~1-2 CPU s in the
server, and more than inotify's queue holds under load, whose overflow made the watcher
report every file saved: a whole build) is not asked of the system at all."""
Update = Callable[[set[Path]], bool]
"""Brings the preview up to date with the saves of the files given (none: all of it); False
when none of them changes it."""


OTHER_NAME = ("kbgen serve answers only requests addressed to this machine by an address"
              " (127.0.0.1, [::1]), localhost or the name given to -a: a web page can point"
              " a name of its own at your machine (DNS rebinding) to read the preview, drafts"
              " and internal articles included. Open the address kbgen serve printed.\n")
"""The answer to a request addressed to another name."""


def serve_url(host: str, port: int, path: str) -> str:
    """The preview's address (MkDocs' `_serve_url`), an IPv6 address in brackets
    (`http://[::1]:8000/`): without them, `http://::1:8000/` is no URL a browser opens."""
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return _serve_url(host, port, path)


def addressed_here(host_header: str, bound: str) -> bool:
    """A request's `Host` names this machine: an IP address (no web page's name can be one),
    `localhost` or a name under it, or the name the server was bound to (`-a help.lan:8000`).
    Any other name is a page's own, pointed at this machine by its DNS (rebinding), where the
    browser treats the preview as that page's origin and lets its scripts read it."""
    name = host_header.strip().lower()
    if name.startswith("["):
        name = name[1:name.find("]")] if "]" in name else ""
    else:
        name = name.rsplit(":", 1)[0] if name.count(":") == 1 else name
    name = name.rstrip(".")
    if not name:
        return not host_header.strip()  # no Host at all: no browser's request
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        pass
    return name == "localhost" or name.endswith(".localhost") or name == bound.lower().rstrip(".")


def bound_to_this_machine(host: str) -> bool:
    """The address `kbgen serve` listens on is reachable from this machine only (a loopback
    address or `localhost`): a preview of content with errors (private data the gate found)
    may be served there, never to the network (`-a 0.0.0.0:8000`)."""
    name = host.strip().strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class PreviewServer(LiveReloadServer):
    """Serves the preview's folder and calls `update` with the files saved since the last
    call; browsers reload when it returns."""

    def __init__(self, update: Update, *, host: str, port: int, root: str,
                 mount_path: str = "/") -> None:
        super().__init__(builder=lambda: None, host=host, port=port, root=root,
                         mount_path=mount_path)
        self.bound_name = host
        """The name or address given to `-a`: requests addressed to it are answered."""
        self._bound = False
        self.update = update
        self.failure: str | None = None
        """The error of the last update, when it failed (shown on every page served)."""
        self.notice = NOT_UPDATED
        """The first line of the notice of `failure` (HTML)."""
        self.errors_shown: Callable[[], str | None] = lambda: None
        """The content errors the served pages were built with (a start's), else None: shown
        after an update as `failure` under FIRST_WITH_ERRORS."""
        self.prepare: Callable[[str], None] = lambda path: None
        """Called with a file's path in the served folder before it is served."""
        self.changed: set[Path] = set()
        """Files saved since the last update (guarded by `_rebuild_cond`)."""
        self._handlers: dict[str, tuple[watchdog.events.FileSystemEventHandler, bool]] = {}
        try:
            self.observer = watchdog.observers.Observer()  # type: ignore[assignment]
        except OSError:  # no inotify: MkDocs' polling observer
            pass

    def bind_now(self) -> int:
        """Take the address before the first build (MkDocs binds it in `serve`, after): an
        address in use fails at once, and with port 0 the system's free port is known for the
        pages and the log. Returns the port bound."""
        try:
            self.server_bind()
            self.server_activate()
        except (OSError, OverflowError) as exc:  # OverflowError: a port past 65535
            self.server_close()
            where = serve_url(self.bound_name, int(self.server_address[1]), "/")
            if isinstance(exc, OverflowError):
                raise KbError(f"kbgen serve cannot listen on {where}: a port is a number from"
                              " 0 to 65535. Give another address with -a (-a 127.0.0.1:0"
                              " takes any free port).") from None
            raise KbError(f"kbgen serve cannot listen on {where}: {exc.strerror or exc}."
                          " Is another kbgen serve using it? Stop it, or give another"
                          " address with -a (-a 127.0.0.1:0 takes any free port).") from None
        self._bound = True
        port = int(self.server_address[1])
        self.url = serve_url(self.bound_name, port, self.mount_path)
        log.info(f"Bound to {self.url}")
        return port

    def server_bind(self) -> None:
        if not self._bound:
            super().server_bind()

    def server_activate(self) -> None:
        if not self._bound:
            super().server_activate()

    def watch(self, path: str, func: None = None, *, recursive: bool = True) -> None:
        """Watch `path`, noting which files change under it."""
        path = os.path.abspath(path)
        if path in self._watched_paths:
            self._watched_paths[path] += 1
            return
        self._watched_paths[path] = 1

        def noted(event: watchdog.events.FileSystemEvent) -> None:
            if event.is_directory or event.event_type in ("opened", "closed_no_write"):
                return
            with self._rebuild_cond:
                for where in (event.src_path, getattr(event, "dest_path", "")):
                    if where:
                        self.changed.add(Path(os.fsdecode(where)))
                self._want_rebuild = True
                self._rebuild_cond.notify_all()

        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = noted  # type: ignore[method-assign]
        self._handlers[path] = (handler, recursive)
        try:
            self._watch_refs[path] = self.observer.schedule(handler, path, recursive=recursive,
                                                            event_filter=WRITES)
        except OSError as exc:  # inotify's limit of watches reached: poll, as MkDocs does
            if isinstance(self.observer, PollingObserver):
                raise
            log.warning(f"Watching for saves by polling ({exc})")
            self.observer = PollingObserver(timeout=0.5)
            for where, (known, deep) in self._handlers.items():
                self._watch_refs[where] = self.observer.schedule(known, where, recursive=deep,
                                                                 event_filter=WRITES)

    def _serve_request(self, environ: dict[str, Any], start_response: Callable[..., Any]
                       ) -> Iterable[bytes] | None:
        if not addressed_here(environ.get("HTTP_HOST", ""), self.bound_name):
            start_response("403 Forbidden", [("Content-Type", "text/plain; charset=utf-8")])
            return [OTHER_NAME.encode("utf-8")]
        path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
        if not path.startswith("/livereload/") and (path + "/").startswith(self.mount_path):
            served = path[len(self.mount_path):] + ("index.html" if path.endswith("/") else "")
            self.prepare(posixpath.normpath("/" + served).lstrip("/"))  # as MkDocs finds it
        return super()._serve_request(environ, start_response)

    def rebuild_soon(self) -> None:
        """Bring the whole preview up to date as soon as the server runs."""
        with self._rebuild_cond:
            self._want_rebuild = True

    def _build_loop(self) -> None:
        while True:
            with self._rebuild_cond:
                while not self._rebuild_cond.wait_for(
                        lambda: self._want_rebuild or self._shutdown,
                        timeout=self.shutdown_delay):
                    pass  # woken now and then: KeyboardInterrupt on Windows
                if self._shutdown:
                    break
                while self._rebuild_cond.wait(timeout=self.build_delay):
                    pass  # until the saves stop coming
                changed, self.changed = self.changed, set()
                self._want_rebuild = False
            try:
                with ErrorsLogged() as logged:
                    updated = self.update(changed)
            except (Exception, SystemExit) as exc:  # shown; the last preview stays served
                if isinstance(exc, Abort):
                    pass  # MkDocs' build logged what went wrong
                elif isinstance(exc, SystemExit):
                    print(exc, file=sys.stderr)  # noqa: T201
                else:
                    traceback.print_exc()
                self.failure = failure_text(logged.messages, exc)
                self.notice = NOT_UPDATED
                log.error("The preview was not updated: fix the error above and save again"
                          " (the last preview is still served).")
                self.reload_browsers()  # to show the error
                continue
            shown = self.errors_shown()
            if shown is not None:
                notice = (self.failure, self.notice) != (shown, FIRST_WITH_ERRORS)
                self.failure, self.notice = shown, FIRST_WITH_ERRORS
                if updated or notice:
                    self.reload_browsers()
            elif updated or self.failure is not None:
                self.failure = None
                self.reload_browsers()

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        page: bytes = super()._inject_js_into_html(content, epoch)
        body_end = content.rfind(b"</body>")
        body_end = len(content) if body_end < 0 else body_end
        script = page[body_end + len(b"<script>"):body_end + len(page) - len(content)
                      - len(b"</script>")]
        failure = self.failure
        page = allowing_preview(page, script, inline_styles=failure is not None)
        return page if failure is None else with_notice(page, failure, self.notice)

    def reload_browsers(self) -> None:
        """Tell every open page to reload (pages are never held back while updating)."""
        with self._epoch_cond:
            log.info("Reloading browsers")
            self._visible_epoch = self._wanted_epoch = max(
                self._visible_epoch + 1, round(time.monotonic() * 1000))
            self._epoch_cond.notify_all()


def replace_folder(new: Path, served: Path) -> None:
    """Put the folder `new` in place of `served` (the old one removed in the background)."""
    old = served.with_name(f"{served.name}-old-{time.monotonic_ns()}")
    try:
        if served.exists():
            served.rename(old)
        new.rename(served)
    except OSError:  # a file open in it (Windows): copy over it instead
        shutil.copytree(new, served, dirs_exist_ok=True)
        shutil.rmtree(new, ignore_errors=True)
        return
    threading.Thread(target=shutil.rmtree, args=(old,), kwargs={"ignore_errors": True},
                     daemon=True).start()


def remove_leftovers(served: Path) -> None:
    """Remove old folders a stopped server had not finished removing."""
    for old in served.parent.glob(f"{served.name}-old-*"):
        shutil.rmtree(old, ignore_errors=True)


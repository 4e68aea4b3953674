"""The error of a save the preview could not show, on every page the preview serves until a
later save fixes it (the terminal shows it too): an author looking at the browser sees why
the page did not change."""

from __future__ import annotations

import html
import logging
import re
from types import TracebackType

NOTICE_CLASS = "kb-preview-error"
"""The class of the notice (tests look for it)."""
_BODY = re.compile(rb"<body[^>]*>")
NOT_UPDATED = ("<strong>The preview was not updated</strong> (this page is the last preview):"
               " fix the error and save again.")
"""The notice's first line after a save the preview could not show."""
FIRST_WITH_ERRORS = ("<strong>This site has errors</strong>: <code>kbgen build</code> publishes"
                     " nothing until they are fixed. The preview shows the pages as they are;"
                     " fix the errors and save.")
"""The notice's first line on a preview whose pages were built with the content's errors (a
first preview, with no last one to show instead, or a restart's: kbgen.commands.start_errors)."""


class ErrorsLogged(logging.Handler):
    """Collects what MkDocs and kbgen log as errors while it is entered."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    def __enter__(self) -> ErrorsLogged:
        logging.getLogger("mkdocs").addHandler(self)
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        logging.getLogger("mkdocs").removeHandler(self)


def failure_text(logged: list[str], exc: BaseException) -> str:
    """What to show of a failed update: the errors logged, else the exception."""
    return "\n".join(logged) or str(exc) or type(exc).__name__


def with_notice(page: bytes, failure: str, title: str = NOT_UPDATED) -> bytes:
    """`page` with the notice of `failure` first in its body, under `title` (HTML)."""
    notice = (f'<div class="{NOTICE_CLASS}" role="alert" style="background:#fff3f3;'
              'color:#5c0000;border:3px solid #b00020;padding:1em;margin:0;font:16px/1.4 '
              f'sans-serif;position:relative;z-index:10">{title}'
              f'<pre style="white-space:pre-wrap;margin:.5em 0 0">{html.escape(failure)}'
              '</pre></div>').encode()
    found = _BODY.search(page)
    at = found.end() if found else 0
    return page[:at] + notice + page[at:]

"""A time budget for converting one page's Markdown, so no page can hang a build.

`kbgen.core.limits` refuses the shapes known to be slow or to crash Python-Markdown; this is
the net under it. `BudgetExtension` wraps each Markdown converter's `convert` (MkDocs' own for
plain pages, kbgen's shared one for articles, in the build process and in the workers that
render articles): a page that takes longer than `PAGE_SECONDS`, or that nests deeper than
Python can follow (RecursionError), or whose included file an extension cannot read (a snippet
saved as UTF-16 or Latin-1, a folder, a missing file or section: `included_file_problem`),
fails the build with a message naming that page, and nothing is published. The clock is a
real-time timer (`signal.setitimer`); where there is
none (Windows, or a build outside the main thread such as `serve`'s rebuilds) only the
RecursionError is caught.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType

from markdown import Markdown
from markdown.extensions import Extension
from mkdocs.exceptions import PluginError
from pymdownx.snippets import SnippetMissingError

PAGE_SECONDS = 15.0
"""Longest time one page's Markdown may take to convert (a 1 MB article takes about 3 s)."""


class _Overtime(BaseException):
    """Raised by the timer inside the conversion (a BaseException: nothing swallows it)."""


class RenderBudget:
    """The budget of one build: how long a page may take, and which page is converting."""

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = PAGE_SECONDS if seconds is None else seconds
        self.page = "this page"
        """The page being converted, as messages name it (set by on_page_markdown)."""

    def run(self, convert: Callable[[str], str], source: str) -> str:
        """`convert(source)`, stopped after `seconds`; a PluginError naming the page if not."""
        timed = hasattr(signal, "setitimer") and \
            threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGALRM, _alarm) if timed else None
        try:
            if timed:
                signal.setitimer(signal.ITIMER_REAL, self.seconds)
            try:
                return convert(source)
            finally:
                if timed:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        except _Overtime:
            raise PluginError(
                f"{self.page}: its Markdown took more than {self.seconds:g} s to convert and was"
                " stopped, so nothing was published; split the page or simplify it (very many"
                " headings, footnotes, inline markup or deep nesting)") from None
        except (UnicodeDecodeError, OSError, SnippetMissingError) as error:
            raise PluginError(f"{self.page}: {included_file_problem(error)}; nothing was"
                              " published") from error
        except RecursionError:
            raise PluginError(
                f"{self.page}: its Markdown is nested too deeply to convert (lists, quotes,"
                " emphasis or HTML inside each other), so nothing was published; flatten it"
            ) from None
        finally:
            if timed:
                signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)


def included_file_problem(error: UnicodeDecodeError | OSError | SnippetMissingError) -> str:
    """What a Markdown extension that reads files (`pymdownx.snippets`) could not read, and
    what to do: before, a Python traceback that named no page (retry68)."""
    if isinstance(error, UnicodeDecodeError):
        return (f"a file a Markdown extension includes into it (`--8<--`) is not UTF-8 (byte"
                f" {error.object[error.start:error.start + 1]!r} at {error.start}: {error.reason});"
                " save the included file as UTF-8")
    if isinstance(error, OSError):
        name = f" '{error.filename}'" if error.filename else ""
        return (f"a Markdown extension could not read the file{name} it includes into it"
                f" ({error.strerror or error}); include a text file that exists")
    return f"a Markdown extension could not include a file into it ({error}); fix the name"


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Overtime


class BudgetExtension(Extension):
    """Puts every conversion of a Markdown converter under `budget`."""

    def __init__(self, budget: RenderBudget) -> None:
        super().__init__()
        self.budget = budget

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802  (Python-Markdown's name)
        """Wrap `md.convert`."""
        convert = md.convert
        budget = self.budget

        def bounded(source: str) -> str:
            return budget.run(convert, source)

        md.convert = bounded  # type: ignore[method-assign]

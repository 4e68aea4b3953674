"""The `kbgen` command line: parse arguments, call one function, turn KbError into a message."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kbgen import __version__
from kbgen.errors import KbError
from kbgen.project import find_project

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
F = TypeVar("F", bound=Callable[..., Any])

CONFIG_HELP = "Path of the project's mkdocs.yml (default: ./mkdocs.yml)."
STRICT_HELP = "Treat warnings as errors."


def config_option(func: F) -> F:
    """The shared -f/--config-file option."""
    return click.option("-f", "--config-file", type=click.Path(dir_okay=False), default=None,
                        help=CONFIG_HELP)(func)


def _setup_logging(verbose: bool) -> None:
    """Show MkDocs' and kbgen's log lines as `LEVEL  -  message`."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False


def _run(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except KbError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version")
def cli() -> None:
    """kbgen turns solved-once support write-ups into a searchable public help site.

    \b
    Example:
        kbgen check && kbgen build --strict
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.option("--strict/--no-strict", default=None, help=STRICT_HELP)
@click.option("-d", "--site-dir", type=click.Path(file_okay=False), default=None,
              help="Where to write the site (default: site_dir of mkdocs.yml).")
@click.option("-v", "--verbose", is_flag=True, help="Show debug messages.")
def build(config_file: str | None, strict: bool | None, site_dir: str | None,
          verbose: bool) -> None:
    """Validate the content and build the site; the old site stays if anything fails.

    \b
    Example:
        kbgen build --strict -d public
    """
    from kbgen.commands.build import build as build_site

    _setup_logging(verbose)
    project = _run(lambda: find_project(config_file))
    target = _run(lambda: build_site(project.config_file, Path(site_dir) if site_dir else None,
                                     strict))
    click.echo(f"Site written to {os.path.relpath(target)}")


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.option("-a", "--dev-addr", default=None, metavar="IP:PORT",
              help="Address to serve on (default: 127.0.0.1:8000).")
@click.option("-o", "--open", "open_browser", is_flag=True, help="Open the site in a browser.")
def serve(config_file: str | None, dev_addr: str | None, open_browser: bool) -> None:
    """Preview the site with live reload; drafts and internal articles show with a banner.

    \b
    Example:
        kbgen serve -a 127.0.0.1:8001
    """
    from kbgen.commands.serve import serve as serve_site

    _setup_logging(False)
    project = _run(lambda: find_project(config_file))
    serve_site(project.config_file, dev_addr, open_browser)


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.option("--strict/--no-strict", default=None, help=STRICT_HELP)
@click.option("--format", "form", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text: path:line lines; json; github: Actions annotations.")
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="DATE",
              help="Judge staleness as of this date (default: today).")
def check(config_file: str | None, strict: bool | None, form: str,
          as_of: dt.datetime | None) -> None:
    """Validate every article, profile and data file; print each problem as path:line.

    Also advises on likely duplicates and stale articles. Exits with status 1 when there is
    an error (or a warning, with --strict).

    \b
    Example:
        kbgen check --strict --format github
    """
    from kbgen.commands.check import check as check_content
    from kbgen.commands.check import render

    project = _run(lambda: find_project(config_file))
    result = check_content(project, as_of.date() if as_of else None)
    click.echo(render(result, form, bool(strict)))  # type: ignore[arg-type]
    if result.failed(bool(strict)):
        sys.exit(1)

"""The `kbgen` command line: parse arguments, call one function, turn KbError into a message."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kbgen import __version__
from kbgen.commands.formats import CHECK_FORMATS
from kbgen.errors import KbError
from kbgen.importers import FORMATS as IMPORT_FORMATS

if TYPE_CHECKING:
    from kbgen.project import Project

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


def in_terminal() -> bool:
    """True when a person can answer prompts."""
    return sys.stdin.isatty()


def find_project(config_file: str | None) -> Project:
    """The project of `config_file` (kbgen.project, imported only by the commands that need
    it: it loads the settings' schema, and `kbgen build` often has nothing to do)."""
    from kbgen.project import find_project as find

    return find(config_file)


def _run(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except KbError as exc:
        raise click.ClickException(str(exc)) from None


def _project(config_file: str | None) -> Project:
    """The project of `config_file` (default: ./mkdocs.yml), or a clear error."""
    from kbgen.project import find_project

    project: Project = _run(lambda: find_project(config_file))
    return project


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version")
def cli() -> None:
    """kbgen turns solved-once support write-ups into a searchable public help site.

    \b
    Example:
        kbgen check && kbgen build --strict
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def _full_address(value: str | None) -> str | None:
    """`--site-url` as MkDocs takes it, else a usage error that says how to write it."""
    from kbgen.project import site_url_refusal

    refusal = site_url_refusal(value)
    if refusal:
        raise click.BadParameter(refusal)
    return value


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.option("--strict/--no-strict", default=None, help=STRICT_HELP)
@click.option("-d", "--site-dir", type=click.Path(file_okay=False), default=None,
              help="Where to write the site (default: site_dir of mkdocs.yml).")
@click.option("--site-url", default=None, metavar="URL", callback=lambda _c, _p, value:
              _full_address(value),
              help="Public URL of the site, e.g. https://example.github.io/help/ for a sub-path.")
@click.option("-v", "--verbose", is_flag=True, help="Show debug messages.")
@click.option("--profile", is_flag=True,
              help="Print where the time went: each step and event, the slowest pages.")
def build(config_file: str | None, strict: bool | None, site_dir: str | None,
          site_url: str | None, verbose: bool, profile: bool) -> None:
    """Validate the content and build the site; the old site stays if anything fails.

    \b
    Example:
        kbgen build --strict -d public
        kbgen build --profile
    """
    from kbgen.build.collections_paused import COLLECTIONS
    from kbgen.build.timings import Timings

    _setup_logging(verbose)
    timings = Timings() if profile else None
    given = Path(config_file or "mkdocs.yml").resolve()
    target = Path(site_dir) if site_dir else None
    with COLLECTIONS.paused():  # until a full build starts (kbgen.build.collections_paused)
        from kbgen.commands.unchanged import skip_if_unchanged

        summary = None if verbose else _run(lambda: skip_if_unchanged(
            given, target, strict, site_url, timings))
        if summary is None:
            from kbgen.commands.build import build_with_summary
            from kbgen.project import config_to_build

            config = _run(lambda: config_to_build(config_file))  # extra.kb: the build checks
            summary = _run(lambda: build_with_summary(config, target, strict, site_url,
                                                      timings))
    click.echo(str(summary))
    if timings is not None:
        click.echo(timings.report(summary.seconds))
    from kbgen.commands.process_end import end_now

    end_now()  # what the build loaded is not freed one object at a time


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
    project = _project(config_file)
    _run(lambda: serve_site(project.config_file, dev_addr, open_browser))


@cli.command("import", context_settings=CONTEXT_SETTINGS)
@config_option
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--from", "kind", type=click.Choice(IMPORT_FORMATS), default=None,
              help="Format of SOURCE (default: recognised from its content).")
@click.option("-n", "--dry-run", is_flag=True, help="Report what would be imported; write nothing.")
def import_(config_file: str | None, source: Path, kind: str | None, dry_run: bool) -> None:
    """Import articles from Zendesk, Freshdesk, Help Scout, Intercom or a Markdown site.

    SOURCE is the export's folder or JSON file, or the folder of a Jekyll, Hugo, Docusaurus,
    MkDocs, VitePress, GitBook, Astro Starlight or mdBook site. Existing files are never
    overwritten; old addresses keep working through `redirect_from`. Exits with status 1 when
    an imported file has an error the build would refuse (each is listed under "kbgen check
    says", with its line).

    \b
    Example:
        kbgen import --dry-run ~/exports/zendesk && kbgen import ~/exports/zendesk
    """
    from kbgen.commands.importing import run_import

    project = _project(config_file)
    report = _run(lambda: run_import(project, source, kind, dry_run))
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.option("--strict/--no-strict", default=None, help=STRICT_HELP)
@click.option("--format", "form", type=click.Choice(CHECK_FORMATS), default="text",
              show_default=True, help="text: path:line lines; json; github: Actions annotations.")
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="DATE",
              help="Judge staleness as of this date (default: the build day:"
                   " SOURCE_DATE_EPOCH, else today).")
@click.option("--show-accepted", is_flag=True,
              help="Also list each value the privacy gate found but accepted, and why.")
def check(config_file: str | None, strict: bool | None, form: str,
          as_of: dt.datetime | None, show_accepted: bool) -> None:
    """Validate every article, profile and data file; print each problem as path:line.

    Also advises on likely duplicates and stale articles, and lists the reviewed exceptions
    to the privacy gate (`<!-- kb:allow email -->`); with --show-accepted, also the values
    the gate accepted by its rules (an example, a tool's output, public material) and why.
    Exits with status 1 when there is an error (or a warning, with --strict).

    \b
    Example:
        kbgen check --strict --format github
    """
    from kbgen.commands.check import check as check_content
    from kbgen.commands.check import render

    project = _project(config_file)
    result = check_content(project, as_of.date() if as_of else None, show_accepted)
    click.echo(render(result, form, bool(strict)))  # type: ignore[arg-type]
    if result.failed(bool(strict)):
        sys.exit(1)


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.argument("query", nargs=-1, required=True)
@click.option("-n", "--limit", type=click.IntRange(1, 100), default=10, show_default=True,
              help="How many results to show.")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@click.option("-l", "--language", default=None, metavar="CODE",
              help="Search this language's articles (extra.kb.languages; default: the first).")
def search(config_file: str | None, query: tuple[str, ...], limit: int, as_json: bool,
           language: str | None) -> None:
    """Search all articles and news posts (drafts, internal and scheduled ones too, marked)
    before writing a new one.

    Uses the fields, boosts and language of the site's search. Exits with status 0 when
    something was found and 1 when nothing was.

    \b
    Example:
        kbgen search "thermostat offline after new router" --limit 5
        kbgen search --language de "Rechnung doppelt"
    """
    from kbgen.commands import search as searching

    project = _project(config_file)
    found = _run(lambda: searching.find(project, " ".join(query), limit, language))
    results = found.results
    if as_json:
        click.echo(searching.render_json(results))
    elif results:
        click.echo(searching.render_text(results, " ".join(query)) + "\n\n"
                   + searching.render_count(found))
    else:
        click.echo(f"No article or news post matches {' '.join(query)!r}.", err=True)
    if not results:
        sys.exit(1)


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.argument("slug", required=False)
@click.option("--format", "form", type=click.Choice(["text", "markdown", "html"]),
              default="text", show_default=True, help="How to print the reply.")
@click.option("--json", "as_json", is_flag=True, help="Print the reply in every format, as JSON.")
@click.option("--name", default="", help="The customer's name, for the greeting.")
@click.option("--export", "export", type=click.Path(dir_okay=False), default=None,
              is_flag=False, flag_value="replies.json", metavar="[FILE]",
              help="Write every published article's reply to FILE (default replies.json).")
def reply(config_file: str | None, slug: str | None, form: str, as_json: bool, name: str,
          export: str | None) -> None:
    """Print a customer-ready reply built from the article SLUG, or export them all.

    A reply has a greeting, the summary, the resolution steps, the article's address and
    how to reach support; `content/_data/reply.md` changes its wording. Drafts and internal
    articles have no reply, and a reply never carries an internal note or a ticket.

    \b
    Example:
        kbgen reply hub-offline-light-blinking-red --name Ana --format html
        kbgen reply --export helpdesk/replies.json
    """
    from kbgen.commands import reply as replying

    project = _project(config_file)
    if (slug is None) == (export is None):
        raise click.UsageError("give an article SLUG, or --export FILE for all of them")
    replies = _run(lambda: replying.Replies(project))
    if export is not None:
        data, skipped = replies.export()
        replying.write_export(data, Path(export))
        for reason in skipped:
            click.echo(f"skipped {reason}", err=True)
        click.echo(f"Wrote {len(data['replies'])} replies to {export}.")
        return
    click.echo(replying.render(_run(lambda: replies.one(str(slug), name)), form, as_json))


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.option("-c", "--category", default=None, help="Category folder, e.g. billing.")
@click.option("-t", "--title", default=None, help="Title of the problem, as a customer says it.")
@click.option("-a", "--author", default=None, help="Your team id (content/team/<id>.yml).")
@click.option("-s", "--symptom", "symptoms", multiple=True,
              help="A symptom in the customer's words (repeat for more).")
@click.option("--known-issue", is_flag=True,
              help="The article is a known issue: start it with a `known_issue` block.")
@click.option("--news", is_flag=True,
              help="Start a news post (content/news/) instead; -c is its kind of news.")
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), default=None,
              metavar="DATE", help="With --news: the day it is published (default: the build"
                   " day: SOURCE_DATE_EPOCH, else today).")
def new(config_file: str | None, category: str | None, title: str | None, author: str | None,
        symptoms: tuple[str, ...], known_issue: bool, news: bool,
        day: dt.datetime | None) -> None:
    """Start a new article (status: draft) after checking the problem is not already solved.

    Asks for what is missing when run in a terminal; without a terminal every value comes from
    the options, likely matches are printed and the draft is still created. Never overwrites.
    `--known-issue` adds the block of a known issue; `--news` starts a dated news post.

    \b
    Example:
        kbgen new -c billing -t "Charged after cancelling" -a sam-lee -s "still charged"
        kbgen new --known-issue -c app-account -t "App shows SYNC_504" -s "waiting to sync"
        kbgen new --news -t "Holiday opening hours" --date 2026-12-20
    """
    from kbgen.commands import new as starting
    from kbgen.commands.search import render_text

    project = _project(config_file)
    if news or day is not None:
        if not news or known_issue or symptoms or author:
            raise click.UsageError("--date goes with --news; a news post has no --known-issue,"
                                   " --symptom or --author")
        if title is None and in_terminal():
            title = click.prompt("Title (the headline)")
        if not title:
            raise click.UsageError("--title required when not run in a terminal")
        from kbgen.core.build_day import build_day

        when = day.date() if day else build_day()
        path = _run(lambda: starting.create_news(project, str(title), category, when))
        click.echo(f"Created {os.path.relpath(path)} (status: draft, date: {when}). Write it,"
                   " set status: published; the first build on or after its date publishes"
                   " it.")
        return
    kb = starting.known(project)
    interactive = in_terminal()
    if category is None and interactive:
        category = click.prompt("Category", type=click.Choice(sorted(kb.categories)))
    if title is None and interactive:
        title = click.prompt("Title (the problem, as a customer says it)")
    if not symptoms and interactive:
        answer = click.prompt("Symptoms, separated by ';' (optional)", default="",
                              show_default=False)
        symptoms = tuple(s.strip() for s in answer.split(";") if s.strip())
    if author is None and interactive and kb.team:
        author = click.prompt("Your team id (optional)", default="", show_default=False) or None
    if not category or not title:
        missing = " and ".join(f"--{n}" for n, v in (("category", category), ("title", title))
                               if not v)
        raise click.UsageError(f"{missing} required when not run in a terminal")
    matches = starting.likely_matches(project, title, list(symptoms))
    if matches:
        click.echo("This may already be solved:\n"
                   + render_text(matches, " ".join([title, *symptoms])) + "\n")
        if interactive and not click.confirm("Write a new article anyway?", default=False):
            click.echo("Nothing written.")
            sys.exit(1)
    path = _run(lambda: starting.create(project, kb, category, title, author, list(symptoms),
                                        known_issue=known_issue))
    click.echo(f"Created {os.path.relpath(path)} (status: draft). Write the"
               f" {starting.sections_to_write(path)}, then run kbgen check and preview with"
               " kbgen serve.")


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="DATE",
              help="Compute ages as of this date (default: the build day:"
                   " SOURCE_DATE_EPOCH, else today).")
@click.option("--analytics", type=click.Path(dir_okay=False, exists=True), default=None,
              metavar="FILE", help="CSV export of the site's analytics service: helpful ratios,"
                                   " searches that found nothing, contact links used.")
@click.option("--gaps", "gap_reports", type=click.Path(dir_okay=False, exists=True),
              multiple=True, metavar="FILE",
              help="Output of `kbgen gaps --json` (repeat for several periods).")
def stats(config_file: str | None, as_json: bool, as_of: dt.datetime | None,
          analytics: str | None, gap_reports: tuple[str, ...]) -> None:
    """Summarise the knowledge base for the team lead: coverage, age, staleness, growth.

    Figures are about articles and the process, never about individual agents. With
    --analytics and --gaps, also what readers said: helpful ratio per article and category,
    the top searches that found nothing, and gap clusters over time.

    \b
    Example:
        kbgen stats --json
        kbgen stats --analytics goatcounter-export.csv --gaps gaps-march.json
    """
    import json

    from kbgen.commands import reader_stats
    from kbgen.commands import stats as figures

    project = _project(config_file)
    result = figures.stats(project, as_of.date() if as_of else None)
    readers = _run(lambda: reader_stats.reader_figures(
        project, Path(analytics) if analytics else None, [Path(p) for p in gap_reports]))
    click.echo(json.dumps({**figures.as_dict(result), **reader_stats.as_dict(*readers)},
                          indent=2) if as_json
               else figures.render(result) + reader_stats.render(*readers))


@cli.command(context_settings=CONTEXT_SETTINGS)
@config_option
@click.argument("tickets", metavar="TICKETS.csv", type=click.Path(dir_okay=False))
@click.option("--threshold", type=click.FloatRange(0, 1, max_open=True), default=None,
              help="A ticket is a gap when its best article matches less than this share of"
                   " its words (default: 0.6).")
@click.option("--similarity", type=click.FloatRange(0, 1, min_open=True), default=None,
              help="How alike (0-1) tickets must be to count as one problem (default: 0.2).")
@click.option("--samples", type=click.IntRange(1, 20), default=3, show_default=True,
              help="Sample wordings shown per problem.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--format", "output_format", type=click.Choice(["text", "markdown"]),
              default="text", show_default=True, help="Plain text, or Markdown for an issue.")
def gaps(config_file: str | None, tickets: str, threshold: float | None,
         similarity: float | None, samples: int, as_json: bool, output_format: str) -> None:
    """Find the problems customers write in about that no article answers well.

    TICKETS.csv is a ticket export of Zendesk, Freshdesk or Help Scout as it comes, or a CSV
    file with the columns subject,message. Each ticket goes through the site's own search;
    tickets whose best article matches too little are grouped by problem, largest first.
    Personal data in tickets is masked and never printed.

    \b
    Example:
        kbgen gaps tickets-march.csv --format markdown > gaps.md
    """
    from kbgen.commands import gaps as finding
    from kbgen.core.gaps import DEFAULT_SIMILARITY, DEFAULT_THRESHOLD

    if as_json and output_format != "text":
        raise click.UsageError("Use just one of --json or --format markdown")
    project = _project(config_file)
    report = _run(lambda: finding.gaps(project, Path(tickets),
                                       DEFAULT_THRESHOLD if threshold is None else threshold,
                                       DEFAULT_SIMILARITY if similarity is None else similarity,
                                       samples))
    if as_json:
        click.echo(finding.render_json(report))
    elif output_format == "markdown":
        click.echo(finding.render_markdown(report), nl=False)
    else:
        click.echo(finding.render_text(report))


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("directory", metavar="DIR", type=click.Path(file_okay=False))
@click.option("--company", default=None, help='Company name (default: "Example Ltd").')
@click.option("--site-name", default=None, help='Site title (default: "<Company> Help Centre").')
@click.option("--phone", default=None,
              help='Main support phone number, international (default: "+44 20 7946 0000").')
@click.option("--email", default=None, help="Support e-mail (default: support@example.com).")
@click.option("--timezone", default=None,
              help="IANA time zone of the opening hours (default: Europe/London).")
@click.option("--site-url", default=None,
              help="Address the site is published at (default: https://help.example.com/).")
@click.option("--language", default="en", metavar="CODE",
              help="The site's language (de, fr, pt-BR...): settings, search and the example"
                   " text where kbgen has it (default: en).")
def init(directory: str, company: str | None, site_name: str | None, phone: str | None,
         email: str | None, timezone: str | None, site_url: str | None,
         language: str) -> None:
    """Start a new help centre in DIR, ready to check, preview and publish.

    DIR is created if missing and must be empty. In a terminal, asks for every value not
    given as an option; without one, uses the defaults. The site uses the installed kbgen,
    and comes with example articles, a team profile, contact details and CI workflows for
    GitHub Pages, GitLab Pages and Netlify.

    \b
    Example:
        kbgen init acme-help --company "Acme Ltd" --phone "+44 20 7946 0000"
        kbgen init hilfe --language de --company "Wolkenwerk GmbH"
    """
    from kbgen.commands import init as starting
    from kbgen.commands.init_language import SiteLanguage, check_language
    from kbgen.commands.init_requirement import installed_requirement

    given = {"company": company, "site_name": site_name, "phone": phone, "email": email,
             "timezone": timezone, "site_url": site_url}
    try:
        answers: dict[str, str] = {"language": check_language(language)}
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--language'") from None
    for question in starting.QUESTIONS:
        value = given[question.name]
        if value is not None:
            try:
                answers[question.name] = question.check(value)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint=f"'{question.option}'") from None
    _run(lambda: starting.ensure_empty(Path(directory), directory))
    interactive = in_terminal()
    for question in starting.QUESTIONS:
        if question.name in answers:
            continue
        default = question.default(answers)
        if not interactive:
            answers[question.name] = default
            continue

        def checked(text: str, check: Callable[[str], str] = question.check) -> str:
            try:
                return check(text)
            except ValueError as exc:
                raise click.BadParameter(str(exc)) from None

        answers[question.name] = click.prompt(question.prompt, default=default,
                                              value_proc=checked)
    requirement = installed_requirement()
    written = _run(lambda: starting.create(Path(directory), starting.Answers(**answers),
                                           requirement=requirement.line))
    click.echo(f"Created {answers['site_name']} in {directory}:")
    click.echo("\n".join(f"  {path.as_posix()}" for path in written))
    site_language = SiteLanguage.of(answers["language"])
    note = site_language.note(answers["site_name"] != site_language.text(
        "site_name", company=answers["company"]))
    if note:
        click.echo(f"\n{note}")
    if requirement.warning:
        click.echo(f"\n{requirement.warning}")
    click.echo(f"\nNext steps:\n  cd {directory}\n  pip install -r requirements.txt\n"
               "  kbgen serve\nThen read README.md: how to write, check and publish articles.")


if __name__ == "__main__":  # `python -m kbgen.cli`, as `python -m kbgen`
    cli()

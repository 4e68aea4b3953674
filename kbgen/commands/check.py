"""`kbgen check`: validate all content without building, and print the problems."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Literal

from kbgen.commands.formats import CHECK_FORMATS
from kbgen.commands.output import overlap_problem
from kbgen.core.config import site_language
from kbgen.core.gate import (
    Accepted,
    Reviewed,
    accepted_values,
    reviewed_exceptions,
    settings_problems,
)
from kbgen.core.init_wording import init_settings_wording
from kbgen.core.loader import count_files, load
from kbgen.core.model import KnowledgeBase
from kbgen.core.published_settings import key_lines, line_in, read_settings
from kbgen.core.schedule import Scheduled, scheduled_notes
from kbgen.core.sources import Source, walk
from kbgen.core.templates import template_problems
from kbgen.core.text import show_hidden
from kbgen.core.translations import check_translations, site_languages
from kbgen.errors import Problem, summary_line
from kbgen.project import Project
from kbgen.site.included import included_problems
from kbgen.site.material import hide_problems
from kbgen.site.shortcode_check import shortcode_problems
from kbgen.site.theme_names import page_icon_problems, settings_name_problems
from kbgen.site.web_fonts import font_problems

Format = Literal["text", "json", "github"]
FORMATS = CHECK_FORMATS


@dataclass(frozen=True)
class CheckResult:
    """Problems found, and how many files were read."""

    problems: list[Problem]
    files: int
    reviewed: list[Reviewed] = field(default_factory=list)
    """Findings accepted by `<!-- kb:allow ... -->` markers: published, as reviewed."""
    scheduled: list[Scheduled] = field(default_factory=list)
    """News posts and known issues dated after the check's day: a later build shows them."""
    accepted: list[Accepted] = field(default_factory=list)
    """Values the gate's rules accepted, with the reason (asked for with --show-accepted)."""

    def failed(self, strict: bool) -> bool:
        """True when an error (or, under strict, a warning) was found."""
        return any(p.level == "error" or strict for p in self.problems)

    def summary(self) -> str:
        """The closing count line (and how many reviewed exceptions were accepted)."""
        count = len(self.reviewed)
        accepted = f"; {count} reviewed exception{'s' * (count != 1)}" if count else ""
        later = len(self.scheduled)
        accepted += f"; {later} scheduled for a later day" if later else ""
        return summary_line(self.problems, self.files) + accepted


def check(project: Project, as_of: dt.date | None = None, show_accepted: bool = False
          ) -> CheckResult:
    """Load and validate the project's content, with the author's review advice (and what
    the privacy gate accepted and why, with `show_accepted`)."""
    kb, problems = load(project.content_dir, project.settings, as_of, review=True,
                        site_host=project.site_host, theme_language=project.theme_language)
    problems += template_problems(kb, project.custom_dir)
    problems += _site_problems(kb)
    overlap = _output_problems(project)
    problems += overlap
    if project.custom_dir is not None and not overlap:  # copied into the site: the same
        problems += walk(project.custom_dir).problems  # rules as content/
    read = read_settings(project.config_file)  # once, for every check of mkdocs.yml
    problems += settings_problems(project.config_file, project.content_dir, project.settings,
                                  read=read)
    problems += settings_name_problems(project.config_file, project.custom_dir, read)
    problems += font_problems(project.config_file, read)
    problems += included_problems(kb, project.settings, read[0], project.config_file,
                                  project.content_dir)
    problems += page_icon_problems(kb, project.custom_dir)
    problems += init_settings_wording(project.config_file,
                                      site_language(project.settings, project.theme_language))
    languages = site_languages(project.settings.languages, project.config_file,
                               project.content_dir)
    translated, files, later = check_translations(languages, project.settings, as_of,
                                                  also=_site_problems,
                                                  directory_urls=project.directory_urls)
    return CheckResult(problems + translated, count_files(project.content_dir) + files,
                       reviewed_exceptions(kb, project.settings, project.site_host),
                       scheduled_notes(kb, as_of) + later,
                       accepted_values(kb, project.settings) if show_accepted else [])


def _output_problems(project: Project) -> list[Problem]:
    """What the build refuses before it starts, at its setting's line: an output folder that
    is, holds or sits inside the project, the content or the theme folder (`custom_dir: .`
    passed the check and stopped every build)."""
    sources = [("content folder", project.content_dir)]
    if project.custom_dir is not None:
        sources.append(("theme folder", project.custom_dir))
    overlap = overlap_problem(project.site_dir, project=project.config_file.parent,
                              sources=sources, files=[project.config_file])
    if overlap is None:
        return []
    lines = key_lines(project.config_file)
    theme = "the theme folder" in overlap and "site_dir" not in lines  # the one written
    key = "theme.custom_dir" if theme else "site_dir"
    advice = (" (custom_dir must be a folder of its own, such as theme, holding only the"
              " site's templates and assets)" if theme else "")
    where = Source(project.config_file.name, project.config_file).display_path
    return [Problem(where, line_in(lines, key),
                    "error", f"{key}: {overlap}{advice}")]


def _site_problems(kb: KnowledgeBase) -> list[Problem]:
    """What the build's site layer refuses in one language's content: `hide` values Material
    does not know, shortcodes it cannot show."""
    return hide_problems(kb) + shortcode_problems(kb)


def render(result: CheckResult, form: Format, strict: bool) -> str:
    """The report in `text` (path:line lines), `json` or `github` (Actions annotations)."""
    if form == "json":
        return json.dumps({"problems": [asdict(p) for p in result.problems],
                           "reviewed_exceptions": [asdict(r) for r in result.reviewed],
                           "scheduled": [{**asdict(n), "date": n.date.isoformat()}
                                         for n in result.scheduled],
                           **({"accepted": [asdict(a) for a in result.accepted]}
                              if result.accepted else {}),
                           "files": result.files, "summary": result.summary(),
                           "failed": result.failed(strict)}, indent=2)
    if form == "github":
        lines = [_annotation(p, strict) for p in result.problems]
        lines += [f"::notice file={_escape_path(r.path)},line={r.line},title=kbgen check::"
                  f"{_escape(str(r).split(': ', 1)[1])}" for r in result.reviewed]
        notes: list[Scheduled | Accepted] = [*result.scheduled, *result.accepted]
        lines += [f"::notice file={_escape_path(n.path)},line={n.line},title=kbgen check::"
                  f"{_escape(str(n).split(': ', 1)[1])}" for n in notes]
        return "\n".join([*lines, result.summary()])
    return "\n".join([*(str(p) for p in result.problems), *(str(r) for r in result.reviewed),
                      *(str(n) for n in result.scheduled), *(str(a) for a in result.accepted),
                      result.summary()])


def _annotation(problem: Problem, strict: bool) -> str:
    """`::error file=...,line=...::message`, escaped as GitHub Actions requires."""
    level = "error" if problem.level == "error" or strict else "warning"
    line = f",line={problem.line}" if problem.line else ""
    message = _escape(show_hidden(problem.message, keep="\n"))
    return f"::{level} file={_escape_path(problem.path)}{line},title=kbgen check::{message}"


def _escape(message: str) -> str:
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_path(path: str) -> str:
    return show_hidden(path).replace("%", "%25").replace(",", "%2C").replace(":", "%3A")

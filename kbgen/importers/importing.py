"""Write a planned import into the content folder (or a scratch copy for `--dry-run`), never
over an existing file, then check what was written as `kbgen check` would."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from kbgen.core import loader
from kbgen.core.config import KbConfig, site_language
from kbgen.core.news import NEWS_DIR, NEWS_INDEX
from kbgen.core.sources import TEAM_DIR, TRANSLATIONS_DIR
from kbgen.core.yaml_aliases import safe_load_bounded
from kbgen.errors import KbError, Problem
from kbgen.importers import file_findings, markdown_site, missing_images, svg_copies
from kbgen.importers.anchors import fix_anchors
from kbgen.importers.counted_notes import fold_counted
from kbgen.importers.examples_left import examples_left
from kbgen.importers.model import Export
from kbgen.importers.other_languages import OtherLanguages
from kbgen.importers.plan import CATEGORIES_FILE, Plan, Planner
from kbgen.importers.reading import read_export
from kbgen.importers.references import IMAGE_SUFFIXES
from kbgen.importers.site_first import in_site_language
from kbgen.importers.svg_copies import copy_file, has_public_dtd
from kbgen.importers.translated import (
    gate_translation,
    plan_translations,
    translated_report,
    write_home,
)

if TYPE_CHECKING:
    from kbgen.core.model import KnowledgeBase

SiteChecks = Callable[["KnowledgeBase"], list[Problem]]
"""Readings of a loaded project that `kbgen check` makes beside the core's (the build's
shortcodes: kbgen.site.shortcode_check)."""

TEAM_NOTE = "# Imported as a draft with the name only: add a role, then `status: published`.\n"
CATEGORIES_HEADER = ("# Categories of the help centre: one key per folder under"
                     " content/articles/.\n")


@dataclass
class ImportReport:
    """What an import did, for the summary."""

    kind: str
    dry_run: bool
    content_dir: Path = Path("content")
    imported: list[tuple[str, str, str]] = field(default_factory=list)
    """(origin, path in the content folder, status)."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    team: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    downloads: list[str] = field(default_factory=list)
    """Other files the articles link to, copied with them (sample files, PDFs...)."""
    redirects: int = 0
    problems: list[Problem] = field(default_factory=list)
    """What `kbgen check` says about the imported files (the gate's findings apart)."""
    gate: list[Problem] = field(default_factory=list)
    """The publishing gate's findings in imported files, to review."""
    own_domains: list[str] = field(default_factory=list)
    """The old site's own domains that the gate does not allow yet."""
    languages: list[str] = field(default_factory=list)
    """What the summary says of the translations imported (kbgen.importers.translated)."""
    notes: list[str] = field(default_factory=list)
    """What the importer says of the export as a whole (Export.notes)."""

    @property
    def errors(self) -> list[Problem]:
        """Problems that would stop the build (the gate's apart)."""
        return [p for p in self.problems if p.level == "error"]

    def summary(self) -> str:
        """The summary printed at the end of `kbgen import`."""
        verb = "Would import" if self.dry_run else "Imported"
        drafts = sum(1 for _, _, status in self.imported if status == "draft")
        internal = sum(1 for _, _, status in self.imported if status == "internal")
        posts = sum(1 for _, path, _ in self.imported if path.startswith(f"{NEWS_DIR}/"))
        news = f" and {posts} news posts" if posts else ""
        lines = [f"{verb} {len(self.imported) - posts} articles{news} from {self.kind}"
                 f" ({drafts} drafts, {internal} internal), {len(self.categories)} new"
                 f" categories, {len(self.team)} draft team profiles, {len(self.images)} images"
                 f"{f' and {len(self.downloads)} files to download' if self.downloads else ''};"
                 f" {self.redirects} old addresses redirect to the new pages."]
        if self.skipped:
            lines.append(f"Skipped {len(self.skipped)}:")
            lines += [f"  {origin}: {reason}" for origin, reason in self.skipped]
        lines += self.notes
        warnings, done_in_many = fold_counted(self.warnings)
        if done_in_many:
            lines.append("Changed in many files:")
            lines += done_in_many
        if warnings:
            lines.append(f"Warnings ({len(warnings)} files):")
            for path, messages in warnings.items():
                lines.append(f"  {shown(self.content_dir, path)}")
                lines += [f"    - {message}" for message in missing_images.folded(messages)]
            if images_line := missing_images.totals(self.warnings):
                lines.append(images_line)
        lines += self.languages
        if self.problems:
            lines.append("kbgen check says:")
            lines += _grouped(self.problems)
        if self.gate:
            lines.append(_gate_heading(self.gate))
            lines += file_findings.folded(self.gate)
            if offered := _domains_found(self.own_domains, self.gate):
                listed = ", ".join(offered)
                lines.append(f"  The old site's own domain is {listed}: if the addresses there"
                             " are the company's, allow it once in mkdocs.yml"
                             f" (extra.kb.privacy.allow_domains: [{listed}]) instead of line"
                             " by line.")
        if examples := examples_left(self.content_dir):
            paths = ", ".join(shown(self.content_dir, path) for path in examples)
            lines.append(f"kbgen init's example articles are still published next to yours:"
                         f" {paths}; delete them (and their categories in"
                         " _data/categories.yml) before you publish.")
        if self.dry_run:
            lines.append("Nothing was written (--dry-run).")
        elif self.imported:
            profiles = "complete the draft team profiles, " if self.team else ""
            lines.append(f"Next: {profiles}review the warnings, then `kbgen check` and"
                         " `kbgen build`.")
        return "\n".join(lines)


def _gate_heading(gate: list[Problem]) -> str:
    """How many of the gate's findings stop the build (errors) and how many are advice."""
    errors = sum(1 for problem in gate if problem.level == "error")
    advice = len(gate) - errors
    if not errors:
        return (f"Publishing gate: {advice} warning{'s' if advice != 1 else ''} to review (advice:"
                " the build goes on; `--strict` stops at them):")
    return (f"Publishing gate: {len(gate)} findings to review ({errors} error"
            f"{'s' if errors != 1 else ''} the build refuses until fixed, or, where one names"
            " a `<!-- kb:allow … -->` marker, accepted on its line with that marker"
            + (f"; {advice} warning{'s' if advice != 1 else ''}" if advice else "") + "):")


def _domains_found(domains: list[str], gate: list[Problem]) -> list[str]:
    """The old site's own domains that some address the gate found may be at (findings show
    an address masked, `j***@a***.com`): offering to allow a domain no address is at
    (Mastodon's docs.joinmastodon.org beside fediverse handles) only misleads."""
    masks = {p.message.split("(", 1)[1].split(")", 1)[0].split("@", 1)[-1]
             for p in gate if p.message.startswith("e-mail address (")}
    return list(dict.fromkeys(
        domain for domain in [d for site in domains for d in (site, _organisation(site))]
        if domain and f"{domain[0]}***.{domain.rsplit('.', 1)[-1]}" in masks))


_DOCS_LABELS = {"docs", "doc", "help", "support", "kb", "wiki", "documentation", "learn",
                "guide", "guides", "manual", "developer", "developers", "dev"}
"""A site's first label that names its docs, not its owner: CrowdSec's docs.crowdsec.net is
crowdsec.net's, where its addresses are (`crowdsec@crowdsec.net`)."""


def _organisation(host: str) -> str:
    """The owner's domain of a docs host (`docs.crowdsec.net` -> `crowdsec.net`), else ``;
    never a shared host's suffix (`acme.github.io` names no docs label)."""
    first, _, rest = host.partition(".")
    return rest if first.lower() in _DOCS_LABELS and rest.count(".") >= 1 else ""


def shown(content_dir: Path, src_uri: str) -> str:
    """A file of the content folder as messages show it (relative to the working directory
    when inside it)."""
    path = Path(os.path.normpath((content_dir / src_uri).absolute()))  # `../translations/de`
    cwd = Path.cwd()
    return path.relative_to(cwd).as_posix() if path.is_relative_to(cwd) else str(path)


GROUP_FROM = 3
"""The same advice for this many files or more is printed once, with the count."""


def _grouped(problems: list[Problem]) -> list[str]:
    """Problems one per line, except advice repeated for many files, said once."""
    counts: dict[tuple[str, str], int] = {}
    for problem in problems:
        counts[(problem.level, problem.message)] = counts.get(
            (problem.level, problem.message), 0) + 1
    lines, said = [], set()
    for problem in problems:
        key = (problem.level, problem.message)
        if counts[key] < GROUP_FROM:
            lines.append(f"  {problem}")
        elif key not in said:
            said.add(key)
            files = sorted({p.path for p in problems if (p.level, p.message) == key})
            where = f"{counts[key]} imported articles" if len(files) == counts[key] else \
                f"{counts[key]} lines of {', '.join(files[:3])}{' ...' if len(files) > 3 else ''}"
            lines.append(f"  {where}: {problem.level}: {problem.message}")
    return lines


def import_export(source: Path, content_dir: Path, config: KbConfig, kind: str | None = None,
                  dry_run: bool = False, translations_dir: Path | None = None,
                  theme_language: str = "",
                  site_checks: SiteChecks | None = None) -> ImportReport:
    """Import `source` into `content_dir` (its other languages into `translations_dir`);
    raise KbError, writing nothing, when it would overwrite or duplicate existing content.
    The site's language is `languages`' first, else `theme_language`, else English.
    `site_checks` are `kbgen check`'s readings the core has not (the build's shortcodes)."""
    translations_dir = translations_dir or content_dir.parent / TRANSLATIONS_DIR
    try:
        export = read_export(source, kind)
        roots = markdown_site.site_of(source).static if export.kind == markdown_site.NAME else []
        language = site_language(config, theme_language)
        export = in_site_language(export, language)
        planner = Planner(export, content_dir, language)
        planner.plan.references.other_languages = OtherLanguages(
            planner.plan.references, export, content_dir, translations_dir).link
        plan = planner.make(roots)
        languages = plan_translations(export, planner, translations_dir, roots)
        fix_anchors(plan.articles)
        for code, other in languages.items():
            fix_anchors(other.articles, f"{TRANSLATIONS_DIR}/{code}/")
    except (TypeError, AttributeError, ValueError, KeyError, RecursionError) as exc:
        raise KbError(f"{source}: the export holds a value of a kind kbgen cannot read"
                      f" ({type(exc).__name__}: {exc}); nothing was written. Export it again;"
                      " if it still fails, report this message") from exc
    clashes = plan.refused + [f"{path} exists" for path in _targets(plan, content_dir)
                              if (content_dir / path).exists()]
    for code, other in languages.items():
        clashes += other.refused + [f"{TRANSLATIONS_DIR}/{code}/{path} exists"
                                    for path in _targets(other, translations_dir / code)
                                    if (translations_dir / code / path).exists()]
    if clashes:
        raise KbError("nothing imported: the import would overwrite or duplicate existing"
                      " content:\n" + "\n".join(f"  {c}" for c in clashes) +
                      "\nRemove those files first, or import into another project.")
    if not plan.articles:
        reasons = "; ".join(f"{o}: {r}" for o, r in export.skipped[:5]) or "none found"
        raise KbError(f"{source}: no article to import ({reasons})")
    report = _report(export, plan, dry_run)
    report.content_dir = content_dir
    translated_report(report, export, languages, config, translations_dir, language)
    allowed = {domain.lower() for domain in config.privacy.allow_domains}
    report.own_domains = [d for d in export.domains if d.lower() not in allowed]
    if dry_run:
        with tempfile.TemporaryDirectory(prefix="kbgen-import-") as scratch:
            copy = Path(scratch) / "content"
            if content_dir.is_dir():
                shutil.copytree(content_dir, copy, symlinks=True)
            _write(plan, copy)
            for code, other in languages.items():  # before the check: links reach them
                _write(other, Path(scratch) / TRANSLATIONS_DIR / code)
                write_home(copy, Path(scratch) / TRANSLATIONS_DIR / code)
            _check(report, plan, copy, config, content_dir, site_checks)
            for code, other in languages.items():
                gate_translation(report, other, Path(scratch) / TRANSLATIONS_DIR / code, config,
                                 translations_dir / code)
    else:
        _write(plan, content_dir)
        for code, other in languages.items():  # before the check: links reach them
            _write(other, translations_dir / code)
            write_home(content_dir, translations_dir / code)
        _check(report, plan, content_dir, config, content_dir, site_checks)
        for code, other in languages.items():
            gate_translation(report, other, translations_dir / code, config,
                             translations_dir / code)
    return report


def _targets(plan: Plan, content_dir: Path) -> list[str]:
    """Every new file of the plan, relative to the content folder."""
    return ([a.src_uri for a in plan.articles] + [f"{TEAM_DIR}/{m}.yml" for m in plan.team]
            + [copy.target for copy in plan.references.copies.values()])


def _report(export: Export, plan: Plan, dry_run: bool) -> ImportReport:
    report = ImportReport(export.kind, dry_run, skipped=list(export.skipped),
                          notes=list(export.notes),
                          categories=list(plan.categories), team=list(plan.team),
                          images=[c.target for c in plan.references.copies.values()
                                  if c.target.lower().endswith(IMAGE_SUFFIXES)],
                          downloads=[c.target for c in plan.references.copies.values()
                                     if not c.target.lower().endswith(IMAGE_SUFFIXES)])
    for article in plan.articles:
        report.imported.append((article.source.origin, article.src_uri, article.source.status))
        report.redirects += len(article.redirect_from) if article.source.status == "published" \
            else 0
        if article.source.warnings:
            report.warnings[article.src_uri] = list(dict.fromkeys(article.source.warnings))
    for copy in plan.references.copies.values():
        if has_public_dtd(copy.source):
            report.warnings[copy.target] = [svg_copies.REMOVED]
    published = {a.category for a in plan.articles if a.source.status == "published"}
    report.redirects += sum(len(entry.get("redirect_from", []))
                            for folder, entry in plan.categories.items() if folder in published)
    report.redirects += len(plan.news_index)
    return report


def _write(plan: Plan, content_dir: Path) -> None:
    """Write every file of `plan` (exclusive creation: an existing file is never replaced)."""
    for article in plan.articles:
        path = content_dir / article.src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as file:
            file.write(article.text)
    for member, name in plan.team.items():
        path = content_dir / TEAM_DIR / f"{member}.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as file:
            file.write(TEAM_NOTE + yaml.safe_dump({"name": name, "status": "draft"},
                                                  allow_unicode=True, sort_keys=False))
    for copy in plan.references.copies.values():
        target = content_dir / copy.target
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_file(copy.source, target)
    if plan.news_index or plan.news_page:  # the news page kbgen makes, with the old blog's
        path = content_dir / NEWS_INDEX  # list addresses
        path.parent.mkdir(parents=True, exist_ok=True)
        meta: dict[str, Any] = {"hide": ["toc"], "search": {"exclude": True}}
        if plan.news_index:
            meta["redirect_from"] = plan.news_index
        with path.open("x", encoding="utf-8") as file:
            file.write("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
                       + "---\n\n<!-- kb:news -->\n")
    if plan.categories:
        path = content_dir / CATEGORIES_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        before = path.read_text(encoding="utf-8") if path.is_file() else CATEGORIES_HEADER
        if _no_entries(before):  # `{}` after your categories were deleted: its comments only
            before = "".join(line for line in before.splitlines(keepends=True)
                             if line.lstrip().startswith("#"))
        if before and not before.endswith("\n"):
            before += "\n"
        added = yaml.safe_dump(plan.categories, allow_unicode=True, sort_keys=False, width=1000)
        path.write_text(before + added, encoding="utf-8")


def _no_entries(text: str) -> bool:
    """categories.yml with no category (comments, `{}`): the entries appended must not follow
    a flow mapping, which would make the file invalid YAML."""
    try:
        return not safe_load_bounded(text)
    except yaml.YAMLError:
        return False  # kbgen check names the line


def _check(report: ImportReport, plan: Plan, written: Path, config: KbConfig,
           content_dir: Path, site_checks: SiteChecks | None = None) -> None:
    """`kbgen check`'s problems in the files the import wrote, gate findings apart."""
    new = {a.src_uri for a in plan.articles} | {f"{TEAM_DIR}/{m}.yml" for m in plan.team} \
        | {copy.target for copy in plan.references.copies.values()}  # an SVG is checked too
    if plan.categories:
        new.add(CATEGORIES_FILE)
    kb, problems = loader.load(written, config, review=True, gate=False)
    problems += site_checks(kb) if site_checks is not None else []
    gate = loader.gate_problems(written, config, kb)

    def ours(problem: Problem) -> Problem | None:
        path = Path(problem.path).absolute()
        if not path.is_relative_to(written.absolute()):
            return None
        relative = path.relative_to(written.absolute()).as_posix()
        if relative not in new:
            return None
        message = problem.message.replace(str(written.absolute()), shown(content_dir, ""))
        return Problem(shown(content_dir, relative), problem.line, problem.level, message)

    report.problems = list(dict.fromkeys(p for p in map(ours, problems) if p is not None))
    report.gate = list(dict.fromkeys(p for p in map(ours, gate) if p is not None))

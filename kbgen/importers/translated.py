"""A site's other languages, imported beside the default's: each language's articles planned
into `translations/<code>/` at their original's path (kbgen links a translation to the
article at the same path), then gated and reported as the default's are."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.core import loader
from kbgen.core.config import KbConfig
from kbgen.core.site_codes import language_problem, stemmed
from kbgen.core.sources import TRANSLATIONS_DIR
from kbgen.errors import Problem
from kbgen.importers.default_language import DefaultLanguage
from kbgen.importers.model import Export
from kbgen.importers.plan import Plan, Planner

if TYPE_CHECKING:
    from kbgen.importers.importing import ImportReport


def plan_translations(export: Export, original: Planner, translations_dir: Path,
                      roots: list[Path]) -> dict[str, Plan]:
    """A plan per other language of the export, each translation at its original's path
    (`original` planned the default language)."""
    plan = original.plan
    places = {article.source.origin: article for article in plan.articles}
    plans: dict[str, Plan] = {}
    for code, other in export.translations.items():
        if not other.articles:
            continue  # only section pages: nothing of that language to write
        planner = Planner(other, translations_dir / code, code)
        planner.places = places
        planner.original_folders = original.category_of
        joined = {folder: {"title": title, "description": title, "order": order}
                  for order, (folder, title) in enumerate(original.existing.categories.items(), 1)}
        planner.original_categories = {**joined, **plan.categories}  # yours, then the new
        planner.plan.references.default_language = DefaultLanguage(
            plan.references, original.content_dir, translations_dir / code,
            other.address_prefix).link
        plans[code] = planner.make(roots)
    return plans


def translated_report(report: ImportReport, export: Export, plans: dict[str, Plan],
                      config: KbConfig, translations_dir: Path, site: str = "en") -> None:
    """Count each language's articles, skipped pages and warnings into the report, and say
    what the project still needs to publish them."""
    for code, other in export.translations.items():
        report.skipped += [(origin, f"({code}) {reason}") for origin, reason in other.skipped]
    if not plans:
        return
    lines = ["Translations:"]
    for code, plan in plans.items():
        folder = f"{TRANSLATIONS_DIR}/{code}"
        home = f"; its home page {folder}/{HOME} is a copy of yours: translate its title" \
            if not (translations_dir / code / HOME).exists() else ""
        beside = sum(1 for a in plan.articles if a.source.translates is not None)
        redirected = sum(len(a.redirect_from) for a in plan.articles
                         if a.source.status == "published")
        report.redirects += redirected
        moved = f"{redirected} old addresses redirect to them" if redirected else \
            "their old addresses are not redirected (the old site's per language is not known)"
        alone = len(plan.articles) - beside
        lines.append(f"  {code}: {len(plan.articles)} articles into {folder}/, {beside} at the"
                     f" path of the article they translate (linked by it)"
                     + (f", {alone} with no original named by the old site (articles of"
                        f" that language only; add `translation_of: SLUG` to link one)"
                        if alone else "") + f"; {moved}{home}")
        for article in plan.articles:
            if article.source.warnings:
                report.warnings[f"../{folder}/{article.src_uri}"] = list(
                    dict.fromkeys(article.source.warnings))
        problem = language_problem(code)
        if problem:
            lines.append(f"  {code}: kbgen cannot publish this folder ({problem}): the files"
                         f" are kept in {folder}/ and are not built; rename the folder to the"
                         " language's code to publish them")
        elif not stemmed(code):
            lines.append(f"  {code}: search finds its words in the form they are written (kbgen"
                         " has no stemmer for it; Chinese, Japanese, Korean and Thai are read"
                         " in pairs of characters)")
    wanted = [config.languages[0] if config.languages else site] + [
        code for code in plans if not language_problem(code) and code not in config.languages]
    if len(wanted) > max(1, len(config.languages)):
        codes = list(dict.fromkeys(config.languages + wanted))
        lines.append(f"  To publish them, set `languages: [{', '.join(codes)}]` under"
                     " `extra: kb:` in mkdocs.yml (see README, \"Help centres in several"
                     " languages\").")
    report.languages = lines


HOME = "index.md"


def write_home(content_dir: Path, folder: Path) -> bool:
    """Give a language its home page (a copy of the default's, whose `kb:` markers make the
    page in that language) unless it has one; whether it was written."""
    home = folder / HOME
    if home.exists():
        return False
    source = content_dir / HOME
    text = source.read_text(encoding="utf-8") if source.is_file() else \
        "<!-- kb:search -->\n\n<!-- kb:categories -->\n\n<!-- kb:recent -->\n"
    folder.mkdir(parents=True, exist_ok=True)
    with home.open("x", encoding="utf-8") as file:
        file.write(text)
    return True


def gate_translation(report: ImportReport, plan: Plan, written: Path, config: KbConfig,
                     shown_dir: Path) -> None:
    """The publishing gate's findings in a language's imported files, named as written."""
    new = {article.src_uri for article in plan.articles} | {
        copy.target for copy in plan.references.copies.values()}
    kb, _ = loader.load(written, config, gate=False)
    for problem in loader.gate_problems(written, config, kb):
        path = Path(problem.path).absolute()
        if not path.is_relative_to(written.absolute()):
            continue
        relative = path.relative_to(written.absolute()).as_posix()
        if relative in new:
            report.gate.append(Problem(_shown(shown_dir / relative), problem.line,
                                       problem.level, problem.message))


def _shown(path: Path) -> str:
    cwd = Path.cwd()
    path = path.absolute()
    return path.relative_to(cwd).as_posix() if path.is_relative_to(cwd) else str(path)

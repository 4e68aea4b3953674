"""`kbgen import`: bring articles from another help centre into the project."""

from __future__ import annotations

from pathlib import Path

from kbgen.core.sources import TRANSLATIONS_DIR
from kbgen.importers.importing import ImportReport, import_export
from kbgen.project import Project
from kbgen.site.shortcode_check import shortcode_problems


def run_import(project: Project, source: Path, kind: str | None, dry_run: bool) -> ImportReport:
    """Import `source` into the project's content folder (or only report, with `dry_run`)."""
    return import_export(source, project.content_dir, project.settings, kind, dry_run,
                         project.config_file.parent / TRANSLATIONS_DIR, project.theme_language,
                         shortcode_problems)

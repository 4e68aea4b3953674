"""Problems found while building: warnings to MkDocs' log, errors stop the build."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from kbgen.errors import Problem

log = get_plugin_logger("kbgen")


def report(problems: list[Problem], docs_dir: str, kept: list[Problem] | None = None
           ) -> None:
    """Warnings go to the log (fatal under --strict); errors stop the build, all listed, or
    with `kept` (a first preview, kbgen.site.state.BuildState.kept_errors) are added to it."""
    errors = [p for p in problems if p.level == "error"]
    for problem in problems:
        if problem.level == "warning":
            log.warning(str(problem))
    if errors and kept is not None:
        kept.extend(errors)
    elif errors:
        lines = "\n".join(str(p) for p in errors)
        raise PluginError(
            f"Error reading content in '{docs_dir}': {len(errors)} error(s)\n{lines}\n"
            "Fix these and build again; nothing was published."
        )

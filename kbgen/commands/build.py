"""`kbgen build`: build into a temporary folder, then swap it in for the site folder.

A failed, interrupted (Ctrl-C, SIGTERM, SIGHUP) or killed build leaves the previous site
exactly as it was, and so does a full disk or a read-only folder.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import tempfile
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kbgen.build.collections_paused import COLLECTIONS
from kbgen.build.last_build import LastBuild
from kbgen.build.snapshot import Overlay, SnapshotHead, Snapshots
from kbgen.build.spare import Spare
from kbgen.build.timings import Timings
from kbgen.commands.apart import KeptApart
from kbgen.commands.lock import BuildLock
from kbgen.commands.output import check_output_folder, missing_pages
from kbgen.commands.quick import QuickPlan, plan_quick, snapshots_for
from kbgen.commands.signals import Stopped, signals_held, stopped_by_signals
from kbgen.commands.summary import BuildSummary, summarise, summarise_changes
from kbgen.commands.unchanged import (
    CACHE_DIR,
    before_building,
    current_settings,
    records_for,
    remember,
    warnings_logged,
)
from kbgen.errors import KbError
from kbgen.project import preflight

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

TEMP_PREFIX = ".{name}.building-"
OLD_PREFIX = ".{name}.previous-"


def build(config_file: Path, site_dir: Path | None = None, strict: bool | None = None,
          site_url: str | None = None) -> Path:
    """Build the site of `config_file` into `site_dir` (default: its `site_dir`)."""
    return build_with_summary(config_file, site_dir, strict, site_url).site


def build_with_summary(config_file: Path, site_dir: Path | None = None,
                       strict: bool | None = None, site_url: str | None = None,
                       timings: Timings | None = None) -> BuildSummary:
    """Build, publish atomically, and say what was published (and, given `timings`, record
    where the time went).

    Refuses an output folder that holds anything but a previous site (see `output.py`), one
    build at a time per output folder (`lock.py`); SIGTERM and SIGHUP stop it as Ctrl-C does.
    """
    preflight(config_file)  # no Python tags for MkDocs' unsafe YAML loader, no missing template
    started, started_ns = time.monotonic(), time.time_ns()
    records = records_for(config_file, site_dir)
    settings = current_settings(config_file, strict, site_url)
    with warnings_logged() as warned, COLLECTIONS.paused():
        config = _load_config(config_file, strict, site_url)
        target = Path(site_dir or config.site_dir).resolve()
        published = False
        with stopped_by_signals():
            try:
                check_output_folder(target, **_protected(config))
                target.parent.mkdir(parents=True, exist_ok=True)
                with BuildLock(target) as lock:
                    recover(target)
                    previous = records.load()
                    snapshots = snapshots_for(config_file, site_dir)
                    plan = plan_quick(snapshots, previous, settings, Path(config.docs_dir),
                                      target, timings)
                    records.forget()  # whatever happens next, the site may change
                    if plan is None:
                        COLLECTIONS.resume()
                    before = plan.inputs if plan is not None else before_building(
                        config_file, Path(config.docs_dir), target, previous)
                    spare = Spare(config_file.parent / CACHE_DIR, target)
                    staging = target.with_name(TEMP_PREFIX.format(name=target.name)
                                               + secrets.token_hex(6))
                    with measure(timings, "kbgen build: take the spare copy of the site"):
                        spared = (plan is not None and spare.take(plan.previous.outputs, staging))
                    if not spared:
                        staging = Path(tempfile.mkdtemp(
                            prefix=TEMP_PREFIX.format(name=target.name), dir=target.parent))
                    try:
                        built = _quick_into(config, plan, staging, target, timings, spared)
                        if built is None:
                            COLLECTIONS.resume()
                            if plan is not None:  # the quick build's objects are spent
                                config = _load_config(config_file, strict, site_url)
                            built = _build_into(config, staging, target, timings)
                        counts, read, content, base, quick = built
                        with measure(timings, "kbgen build: check and swap in the new site"):
                            missing = missing_pages(staging, config.site_url)
                            if missing:
                                raise KbError(_lost_pages(missing, target))
                            with signals_held():
                                swap_in(staging, target)
                                published = True
                    except BaseException:
                        with signals_held():
                            shutil.rmtree(staging, ignore_errors=True)
                        raise
                    saver = (KeptApart(snapshots, base, content, sum(counts.values()))
                             if read is not None and content is not None else None)
                    try:
                        old = _old_site(target)
                        changed = None
                        if quick is not None and plan is not None and old.is_dir():
                            from kbgen.site.quick_build import search_files

                            changed = {*quick.written, *(
                                quick.indexed if quick.indexed is not None
                                else [*search_files(old), *search_files(target)])}
                        with measure(timings, "kbgen build: summary"):
                            seconds = time.monotonic() - started
                            if changed is None or plan is None:
                                summary = summarise(target, counts, seconds)
                            else:
                                summary = summarise_changes(target, counts, seconds,
                                                            plan.previous.counts,
                                                            plan.previous.outputs, changed)
                        record = None
                        if read is not None:
                            with measure(timings,
                                         "kbgen build: record what it read and published"):
                                linked = (None if changed is None or plan is None
                                          else (plan.previous.outputs, changed))
                                record = remember(records, settings, started_ns, read, summary,
                                                  warned.records, before, base, linked)
                        with measure(timings, "kbgen build: keep a spare copy of the site"):
                            _keep_spare(spare, old, changed, record)
                        if saver is not None:
                            with measure(timings, f"kbgen build: {saver.doing} what it loaded"):
                                saver.finish(None if record is None else SnapshotHead(
                                    base, record.settings, record.inputs,
                                    content.base if isinstance(content, Overlay) else ""), lock)
                    finally:
                        if saver is not None:
                            saver.cancel()  # stopped meanwhile: its content is never named
                    return summary
            except (Stopped, KeyboardInterrupt) as exc:
                name = exc.name if isinstance(exc, Stopped) else "Ctrl-C (SIGINT)"
                outcome = f"{target} was {'published' if published else 'left unchanged'}"
                raise KbError(f"The build was stopped by {name}; {outcome}.") from None
            except OSError as exc:
                raise KbError(disk_problem(exc, target, published)) from None


def _load_config(config_file: Path, strict: bool | None, site_url: str | None) -> MkDocsConfig:
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        overrides = {"site_url": site_url} if site_url else {}
        return load_config(str(config_file), strict=strict, **overrides)
    except ConfigurationError as exc:
        raise KbError(f"{config_file}: {exc}") from None


def _protected(config: MkDocsConfig) -> dict[str, Any]:
    """What a build's output folder must leave alone (arguments of check_output_folder)."""
    project = Path(config.config_file_path).parent
    sources = [("content folder", Path(config.docs_dir))]
    if config.theme.custom_dir:
        sources.append(("theme folder", Path(config.theme.custom_dir)))
    files = [Path(config.config_file_path), *(project / hook for hook in config.hooks)]
    return {"project": project, "sources": sources, "files": files}


def measure(timings: Timings | None, name: str) -> AbstractContextManager[None]:
    """Time a phase into `timings`, if given."""
    return timings.measure(name) if timings is not None else nullcontext()


Built = tuple[dict[str, int], list[Path] | None, Any, str, Any]
"""What a build gives: the counts of what it published, the files it read (None: it may have
read others), what it loaded for quick builds to start from (None: nothing to keep), the
id of the snapshot its site is based on (kbgen.build.snapshot) and, for a quick build, what
it wrote (kbgen.site.quick_build.Quick; None: a full build)."""


def _quick_into(config: MkDocsConfig, plan: QuickPlan | None, staging: Path, target: Path,
                timings: Timings | None, spared: bool = False) -> Built | None:
    """A quick build into `staging` (kbgen.site.quick_build; `spared`: `staging` is the
    site's spare, kbgen.build.spare), or None: a full build is needed, `staging` is empty
    again."""
    if plan is None:
        return None
    from kbgen.site.quick_build import QuickContent, quick_build

    with measure(timings, "kbgen build: quick/the last full build's content"):
        content = plan.snapshots.content(plan.head)
    done = None
    if isinstance(content, QuickContent):
        try:
            done = quick_build(config, content, plan.changed, plan.previous.warnings, staging,
                               target, timings, spared)
        except Exception:  # noqa: BLE001  (no hard links there, an error in a page: the
            done = None  # full build reports what fails, as always)
    if done is None:
        shutil.rmtree(staging)
        staging.mkdir()
        return None
    roots = [Path(root) for root in plan.previous.roots]
    if done.content is not None:  # front matter changed: later builds start from this one
        from kbgen.site.content_changes import changes_since

        assert isinstance(content, QuickContent)
        with measure(timings, "kbgen build: quick/the changes since the last full build"):
            changes = changes_since(plan.head.base or plan.head.id, content, done.content,
                                    plan.changed)
        return done.counts, roots, changes, Snapshots.new_id(), done
    return done.counts, roots, None, plan.head.id, done


def _aborted(exc: Exception, target: Path) -> str:
    """Why MkDocs stopped, said so: in strict mode the warnings above are what failed."""
    strict = re.search(r"Aborted with (\d+) warnings? in strict mode", str(exc))
    count = int(strict.group(1)) if strict else 0
    reason = (f": {count} warning{'s' if count != 1 else ''} above, and strict mode (--strict,"
              f" or `strict: true` in mkdocs.yml) counts warnings as errors; fix them, or build"
              f" without --strict" if strict else " (see above)")
    return f"The build failed{reason}; {target} was left unchanged."


def _build_into(config: MkDocsConfig, staging: Path, target: Path,
                timings: Timings | None = None) -> Built:
    """Run MkDocs into `staging` (see Built)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    from kbgen.site.build_inputs import files_read
    from kbgen.site.plugin import kbgen_plugin
    from kbgen.site.progress import build_summary
    from kbgen.site.quick_build import quick_content, templates_store
    from kbgen.site.template_cache import COMPILED, shared_store

    try:
        plugin = kbgen_plugin(config)
    except PluginError as exc:
        raise KbError(f"{exc}\nThe build failed; {target} was left unchanged.") from None
    # nothing is published before the gate's answer; unchanged pages are linked from target
    plugin.start_run(staged=True, published=target)
    if timings is not None:
        from kbgen.site.profiling import instrument

        plugin.timings = timings
        instrument(config.plugins, timings)
    config.site_dir = str(staging)
    config.plugins.on_startup(command="build", dirty=False)
    if plugin.config.cache:  # the first quick build after this one compiles no template
        COMPILED.store = templates_store(config)
        COMPILED.shared = shared_store()  # nor the first build of a later process
    try:
        mkdocs_build(config)
    except Abort as exc:
        raise KbError(_aborted(exc, target)) from None
    except ConfigurationError as exc:
        raise KbError(f"{exc}\nThe build failed; {target} was left unchanged.") from None
    finally:
        COMPILED.store = COMPILED.shared = None
        config.plugins.on_shutdown()
    state = plugin.build
    read = files_read(config, state)
    content = quick_content(state) if read is not None else None
    return (build_summary(state.kb, state.other_languages), read, content,
            Snapshots.new_id() if content is not None else "", None)


def _lost_pages(missing: list[str], target: Path) -> str:
    shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
    return (f"The build lost {len(missing)} page{'s' * (len(missing) != 1)} it had written"
            f" ({shown}): something else changed its folder meanwhile. Nothing was published;"
            f" {target} was left unchanged. Build again.")


DISK_HINTS = {
    errno.ENOSPC: "the disk is full: free some space, or build onto another disk with -d",
    errno.EDQUOT: "the disk quota is used up: free some space, or build elsewhere with -d",
    errno.EFBIG: "a file is larger than this process may write (a file-size limit, see"
                 " `ulimit -f`): raise the limit, or build elsewhere with -d",
    errno.EROFS: "the folder is on a read-only file system: build into a writable folder"
                 " with -d",
    errno.EACCES: "no permission to write there: fix the folder's permissions, or build into"
                  " a folder you may write with -d",
    errno.EPERM: "the operation is not permitted there: fix the folder's permissions, or"
                 " build into a folder you may write with -d",
}


def disk_problem(exc: OSError, target: Path, published: bool = False) -> str:
    """A clear message for a failure to write the site (full disk, read-only folder...)."""
    outcome = "The new site was published" if published else f"{target} was left unchanged"
    if exc.errno not in DISK_HINTS:  # not about writing: say what failed, as it is
        return f"The build failed: {exc}. {outcome}."
    path = Path(exc.filename) if exc.filename else target
    folder = path if path.is_dir() else path.parent
    return (f"Could not write in {folder}: {exc.strerror or exc} ({path.name});"
            f" {DISK_HINTS[exc.errno]}. {outcome}.")


def swap_in(staging: Path, target: Path) -> None:
    """Replace `target` by `staging` with two renames on one file system; the replaced site
    is left in `_old_site(target)`, for `_keep_spare`."""
    previous = _old_site(target)
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        os.rename(target, previous)
    os.rename(staging, target)


def _old_site(target: Path) -> Path:
    """Where `swap_in` leaves the site it replaced."""
    return target.with_name(OLD_PREFIX.format(name=target.name) + str(os.getpid()))


def _keep_spare(spare: Spare, old: Path, changed: set[str] | None, record: LastBuild | None
                ) -> None:
    """Leave a spare copy of the site just published (kbgen.build.spare) for the next quick
    build: the replaced site `old` with the files `changed` since linked anew (after a quick
    build), or made anew (after a full build); none when there is no record (the next build
    is a full one) or no hard links there. `old` is gone after."""
    with signals_held():
        if record is None:
            spare.discard()
        elif changed is not None and old.is_dir():
            spare.keep(old, changed, record.outputs)
        else:
            shutil.rmtree(old, ignore_errors=True)
            spare.make(record.outputs)
        shutil.rmtree(old, ignore_errors=True)


def recover(target: Path) -> None:
    """Undo what an interrupted build left: restore a moved-away site, drop stale staging."""
    previous = sorted(target.parent.glob(OLD_PREFIX.format(name=target.name) + "*"))
    if previous and not target.exists():
        os.rename(previous.pop(), target)
    for leftover in [*previous, *target.parent.glob(TEMP_PREFIX.format(name=target.name) + "*")]:
        shutil.rmtree(leftover, ignore_errors=True)

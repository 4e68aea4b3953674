"""Build safety: `kbgen build` never deletes sources, never publishes a half-built site, stops
cleanly, leaves no process behind and explains a full disk or a read-only folder.

Each test runs the real command line (in-process with CliRunner, or as a real process when
signals, locks, limits or mounts are involved) on a small project written to a temp folder.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import all_files, process_alive, run_cli

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
"""Child processes import this checkout's kbgen (not another one installed in editable mode)."""
ARTICLES = {
    "content/articles/billing/card-declined.md": article(),
    "content/articles/wifi/no-signal.md": article("No signal after a reboot"),
}
SLEEPY_HOOK = '''\
import os, time
def on_post_build(config):
    if os.environ.get("KB_TEST_MARKER"):
        open(os.environ["KB_TEST_MARKER"], "w").close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not os.path.exists(os.environ["KB_TEST_GO"]):
            time.sleep(0.05)
'''


def write_project(root: Path, files: dict[str, str | bytes] | None = None,
                  config: str = MINI_CONFIG) -> Path:
    """A small project in `root` with a theme folder and a local hook; returns `root`."""
    config = config.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")
    config += "hooks:\n  - local/sleepy.py\n"
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "theme/assets/extra.css": "body { color: black; }\n",
                       "local/sleepy.py": SLEEPY_HOOK, **ARTICLES, **(files or {})})
    return root


def sources(root: Path) -> dict[str, bytes]:
    """Every file of the project except built output."""
    return {name: data for name, data in all_files(root).items()
            if not name.startswith(("site/", "public/"))}


def kbgen(*args: str, cwd: Path, **env: str) -> subprocess.Popen[str]:
    """Start the real command line as a process."""
    return subprocess.Popen([sys.executable, "-m", "kbgen", *args], cwd=cwd, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**ENV, **env})


def wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert path.exists(), process.communicate()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`home/project` is the project and the working directory; `home` holds only it."""
    project = write_project(tmp_path / "home" / "project")
    monkeypatch.chdir(project)
    return tmp_path / "home"


@pytest.fixture(scope="session")
def first_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], Path]:
    """Homes whose project `kbgen build ARGS` built once per session (by ARGS), read-only."""
    return {}


@pytest.fixture
def built_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               tmp_path_factory: pytest.TempPathFactory,
               first_builds: dict[tuple[str, ...], Path]) -> Callable[..., Path]:
    """`built_home(*ARGS)`: a `home` whose project `kbgen build ARGS` has built: a copy of the
    session's first such build (site, cache and spare as the build left them), not a build per
    test; the project is the working directory."""

    def built(*args: str) -> Path:
        if args not in first_builds:
            template = tmp_path_factory.mktemp("built-home") / "home"
            write_project(template / "project")
            result = run_cli("build", *args, cwd=template / "project")
            assert result.returncode == 0, result.stderr
            first_builds[args] = template
        home = Path(shutil.copytree(first_builds[args], tmp_path / "home", symlinks=True))
        monkeypatch.chdir(home / "project")
        return home

    return built


# ---- High 1: the output folder never holds the sources --------------------------------------

class Link(str):
    """In a setup: a symbolic link to this path (relative to the link's folder)."""


# (how the output folder is given, what the project holds first: a file's text, a Link, or
# `site_dir` for mkdocs.yml; the message's start)
REFUSED_OUTPUT = [
    (["-d", "content"], {}, "The output folder {p}/content is the content folder {p}/content;"),
    (["-d", "."], {}, "The output folder {p} is the project folder {p};"),
    (["-d", ".."], {}, "The output folder {h} contains the project folder {p};"),
    (["-d", "content/articles"], {},
     "The output folder {p}/content/articles is inside the content folder {p}/content;"),
    (["-d", "content/../content/"], {}, "The output folder {p}/content is the content folder"),
    (["-d", "theme"], {}, "The output folder {p}/theme is the theme folder {p}/theme;"),
    (["-d", "theme/assets"], {}, "The output folder {p}/theme/assets is inside the theme"),
    (["-d", "local"], {}, "The output folder {p}/local contains {p}/local/sleepy.py;"),
    (["-d", "alias"], {"alias": Link("content")},
     "The output folder {p}/content is the content folder {p}/content;"),
    (["-d", "../elsewhere"], {"../elsewhere": Link("project/theme")},
     "The output folder {p}/theme is the theme folder"),
    ([], {"site_dir": "linked", "linked": Link("content")},
     "The output folder {p}/content is the content folder {p}/content;"),
    (["-d", "pages"], {"pages/.git/HEAD": "ref: refs/heads/main\n", "pages/404.html": "",
                       "pages/sitemap.xml": ""},
     "The output folder {p}/pages holds a repository (.git), and a build replaces all of it:"
     " build elsewhere and copy the site in, or choose another folder with -d or site_dir in"
     " mkdocs.yml."),
    (["-d", "notes"], {"notes/todo.txt": "my notes\n"},
     "The output folder {p}/notes is not empty and is not a site kbgen built (it has no"
     " sitemap.xml and 404.html), and a build replaces all of it: empty it or choose another"
     " folder with -d or site_dir in mkdocs.yml."),
]


@pytest.mark.parametrize("args, setup, message", REFUSED_OUTPUT,
                         ids=[" ".join(r[0]) or str(r[1]) for r in REFUSED_OUTPUT])
def test_an_output_folder_holding_sources_is_refused(
        home: Path, args: list[str], setup: dict[str, str], message: str) -> None:
    project = home / "project"
    for name, value in setup.items():
        if name == "site_dir":
            config = project / "mkdocs.yml"
            config.write_text(f"site_dir: {value}\n" + config.read_text())
        elif isinstance(value, Link):
            (project / name).symlink_to(value, target_is_directory=True)
        else:
            write_files(project, {name: value})
    before = sources(project)
    result = CliRunner().invoke(cli, ["build", *args])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: " + message.format(p=project, h=home)), result.output
    assert sources(project) == before
    assert sorted(p.name for p in home.iterdir()) == sorted(
        ["project", *(["elsewhere"] if "../elsewhere" in setup else [])])


# ---- Medium 6: one build at a time, and never a site that lost pages ------------------------

SPELLINGS = ["site", "./site", "../project/site", "alias"]
"""Ways to name the folder the first build writes (`alias` is a symlink to it)."""


def test_a_second_build_into_the_same_folder_is_refused_while_the_first_runs(
        home: Path, tmp_path: Path) -> None:
    project = home / "project"
    (project / "alias").symlink_to("site")
    marker, go = tmp_path / "marker", tmp_path / "go"
    first = kbgen("build", cwd=project, KB_TEST_MARKER=str(marker), KB_TEST_GO=str(go))
    try:
        wait_for(marker, first)  # the first build has written its pages, not yet published
        for spelling in SPELLINGS:  # one first build held open for every spelling
            second = (subprocess.run([sys.executable, "-m", "kbgen", "build", "-d", spelling],
                                     cwd=project, capture_output=True, text=True, timeout=60,
                                     env=ENV)
                      if spelling == SPELLINGS[0]  # a real process; the others in this one
                      else run_cli("build", "-d", spelling, cwd=project))
            assert second.returncode == 1, spelling
            assert second.stderr.endswith(
                f"Error: Another kbgen build (pid {first.pid}) is writing {project / 'site'};"
                " wait until it finishes and build again, or build into another folder with"
                " -d.\n"), (spelling, second.stderr)
            assert "Traceback" not in second.stderr
    finally:
        go.touch()
        out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    site = all_files(project / "site")
    assert {"articles/billing/card-declined.html", "articles/wifi/no-signal.html"} <= set(site)
    assert [p.name for p in project.iterdir()
            if p.name.startswith(".site") and p.name != ".site.spare"] == []


LOSING_HOOK = '''\
import os, shutil
def on_post_build(config):
    victim = os.path.join(config.site_dir, {victim!r})
    if os.path.isdir(victim):
        shutil.rmtree(victim)
    else:
        os.remove(victim)
'''
# (what disappears from the build's folder before it is published, the message's start)
LOST = [
    ("articles/billing/card-declined.html",
     "Error: The build lost 1 page it had written (articles/billing/card-declined.html):"),
    ("articles/wifi", "Error: The build lost 2 pages it had written (articles/wifi/index.html,"
                      " articles/wifi/no-signal.html):"),
    ("404.html", "Error: The build lost 1 page it had written (404.html):"),
    ("sitemap.xml", "Error: The build lost 1 page it had written (sitemap.xml):"),
    ("", "Error: The build lost 2 pages it had written (sitemap.xml, 404.html):"),
]


@pytest.mark.parametrize("victim, message", LOST, ids=[r[0] or "everything" for r in LOST])
def test_a_build_that_lost_pages_is_not_published(
        built_home: Callable[..., Path], victim: str, message: str) -> None:
    project = built_home() / "project"
    before = all_files(project / "site")
    write_files(project, {"local/losing.py": LOSING_HOOK.format(victim=victim),
                          "content/articles/billing/new.md": article("A new problem")})
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("hooks:\n", "hooks:\n  - local/losing.py\n"))
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 1
    last = result.output.splitlines()[-1]
    assert last.startswith(message), result.output
    assert last.endswith(f"Nothing was published; {project / 'site'} was left unchanged."
                         " Build again.")
    assert all_files(project / "site") == before
    assert [p.name for p in project.iterdir()
            if p.name.startswith(".site") and p.name != ".site.spare"] == []


# ---- Low: SIGTERM and SIGHUP stop a build as Ctrl-C does ------------------------------------

STOPS = [(signal.SIGTERM, "SIGTERM"), (signal.SIGHUP, "SIGHUP"),
         (signal.SIGINT, "Ctrl-C (SIGINT)")]


@pytest.mark.parametrize("stop, name", STOPS, ids=[r[1] for r in STOPS])
def test_a_stopped_build_cleans_up_and_leaves_the_site(
        built_home: Callable[..., Path], tmp_path: Path, stop: signal.Signals, name: str
) -> None:
    project = built_home() / "project"
    before = all_files(project / "site")
    write_files(project, {"content/articles/wifi/new.md": article("A new problem")})
    marker = tmp_path / "marker"
    process = kbgen("build", cwd=project, KB_TEST_MARKER=str(marker),
                    KB_TEST_GO=str(tmp_path / "never"))
    wait_for(marker, process)
    process.send_signal(stop)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 1
    assert err.endswith(f"Error: The build was stopped by {name}; {project / 'site'} was"
                        " left unchanged.\n"), err
    assert "Traceback" not in err
    assert all_files(project / "site") == before
    assert [p.name for p in project.iterdir()
            if p.name.startswith(".site") and p.name != ".site.spare"] == []


# ---- Low: no process outlives a build killed with kill -9 -----------------------------------

SLOW_ARTICLE_HOOK = '''\
import os, time
def on_page_markdown(markdown, page, **kwargs):
    if getattr(page, "in_worker", False) and "KB_TEST_MARKER" in os.environ:
        open(os.environ["KB_TEST_MARKER"], "w").close()
        time.sleep(60)
    return markdown
'''
BACKGROUND_SCRIPT = '''\
import sys, time
from kbgen.core.background import Background
jobs = [Background(lambda: time.sleep(60)) for _ in range(2)]
open(sys.argv[1], "w").close()
time.sleep(60)
'''


def _children(pid: int) -> set[int]:
    """Every descendant of process `pid` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        for child, its_parent in parents.items():
            if its_parent == parent and child not in found:
                found.add(child)
                todo.append(child)
    return found


def _big_build(project: Path, marker: Path) -> list[str]:
    from kbgen.site.publish import GATE_BESIDE_FROM

    many: dict[str, str | bytes] = {
        f"content/articles/billing/a{n}.md": article(f"Problem number {n}")
        for n in range(GATE_BESIDE_FROM)}
    write_files(project, {**many, "local/slow.py": SLOW_ARTICLE_HOOK})
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("hooks:\n", "hooks:\n  - local/slow.py\n")
                      + "extra:\n  kb:\n    build_workers: 2\n")
    return [sys.executable, "-m", "kbgen", "build"]


def _background_job(project: Path, marker: Path) -> list[str]:
    (project / "job.py").write_text(BACKGROUND_SCRIPT)
    return [sys.executable, "job.py", str(marker)]


@pytest.fixture
def reaper() -> Iterator[set[int]]:
    """Pids the test started indirectly; any still alive at the end is killed."""
    pids: set[int] = set()
    yield pids
    for pid in pids:
        if process_alive(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(os, "fork"),
                    reason="reads the process tree from /proc; workers are forked")
@pytest.mark.parametrize("start", [_big_build, _background_job],
                         ids=["rendering workers of a big build", "background job"])
def test_no_process_outlives_a_killed_build(
        home: Path, tmp_path: Path, reaper: set[int],
        start: Callable[[Path, Path], list[str]]) -> None:
    project = home / "project"
    marker = tmp_path / "marker"
    process = subprocess.Popen(start(project, marker), cwd=project, text=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**ENV, "KB_TEST_MARKER": str(marker)})
    wait_for(marker, process, seconds=120)
    children = _children(process.pid)
    reaper.update(children)
    assert children, "the build started no process"
    process.kill()
    process.wait()
    deadline = time.monotonic() + 10
    while [pid for pid in children if process_alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in children if process_alive(pid)] == []
    if start is _big_build:  # and no survivor holds the lock: the next build publishes
        result = run_cli("build", cwd=project)  # (in this process: the lock is the same)
        assert result.returncode == 0, result.stderr
        assert (project / "site/articles/billing/a0.html").is_file()


# ---- Low: a full disk or a read-only folder is a clear error --------------------------------

def _can_mount() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    return subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1k tmpfs /mnt"],
                          capture_output=True).returncode == 0


MOUNTS = pytest.mark.skipif(not _can_mount(),
                            reason="needs a private mount namespace (unshare -m, as root)")
SHOW_SITE = 'find "$SITE" -type f | sort | xargs cat | sha1sum; ls -a "$(dirname "$SITE")"'
BUILD = '"$PYTHON" -m kbgen build -d "$SITE"; code=$?; ' + SHOW_SITE + '; exit $code'


def _full_disk(site: Path) -> tuple[list[str], int]:
    """Mount a tmpfs barely bigger than the previous site on its folder, copy it back, build."""
    size = sum(p.stat().st_size + 4096 for p in site.rglob("*")) + 64 * 1024
    keep = site.parent.parent / "previous"
    script = (f'cp -a "$SITE" "{keep}" && mount -t tmpfs -o size={size} tmpfs'
              f' "$(dirname "$SITE")" && cp -a "{keep}" "$SITE" && {BUILD}')
    return ["unshare", "-m", "sh", "-c", script], 0


def _read_only(site: Path) -> tuple[list[str], int]:
    """Make the project and the site's folder read-only bind mounts of themselves, build."""
    script = ('for d in "$PROJECT" "$(dirname "$SITE")"; do mount --bind "$d" "$d" &&'
              f' mount -o remount,bind,ro "$d" || exit 9; done; {BUILD}')
    return ["unshare", "-m", "sh", "-c", script], 0


def _file_size_limit(site: Path) -> tuple[list[str], int]:
    """A file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG)."""
    return ["sh", "-c", BUILD], 16 * 1024


def _limit_file_size(limit: int) -> None:
    """In the child process: writes beyond `limit` bytes fail (0: no limit)."""
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


# (how the folder is broken, the reason the message names, the advice it gives)
DISK_FAILURES = [
    pytest.param(_full_disk, "No space left on device",
                 "the disk is full: free some space, or build onto another disk with -d",
                 marks=MOUNTS, id="full disk (tmpfs)"),
    pytest.param(_read_only, "Read-only file system",
                 "the folder is on a read-only file system: build into a writable folder with -d",
                 marks=MOUNTS, id="read-only project (ro bind mount)"),
    pytest.param(_file_size_limit, "File too large",
                 "a file is larger than this process may write (a file-size limit, see"
                 " `ulimit -f`): raise the limit, or build elsewhere with -d",
                 id="file-size limit (RLIMIT_FSIZE)"),
]


@pytest.mark.parametrize("break_folder, reason, advice", DISK_FAILURES)
def test_a_folder_that_cannot_be_written_is_a_clear_error(
        built_home: Callable[..., Path], break_folder: Callable[[Path], tuple[list[str], int]],
        reason: str, advice: str) -> None:
    home = built_home("-d", "../out/site")
    project, site = home / "project", home / "out" / "site"
    show = ["sh", "-c", SHOW_SITE]
    before = subprocess.run(show, capture_output=True, text=True, env={**ENV, "SITE": str(site)})
    write_files(project, {"content/articles/wifi/new.md": article("A new problem")})
    command, limit = break_folder(site)
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=120,
                            preexec_fn=partial(_limit_file_size, limit),
                            env={**ENV, "SITE": str(site), "PROJECT": str(project),
                                 "PYTHON": sys.executable})
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: Could not write in "), result.stderr
    assert f": {reason} (" in last and f"; {advice}. {site} was left unchanged." in last, last
    assert result.stdout == before.stdout  # the same files, and nothing left beside the site

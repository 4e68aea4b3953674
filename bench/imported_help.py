"""A help centre moved in with `kbgen import`, as a new user does it, for the relevance sets.

The earlier sets were converted by a script of their own (title, summary, body). A team that
moves its docs in runs kbgen's importer instead, so these sets are made that way:

1. the repository's files at the pinned commit are written to a temporary folder (files the
   snapshot lacks, large pictures, are left out: the importer keeps an image's alt text only);
2. `kbgen init` starts a project there, and its example articles and categories are deleted;
3. `kbgen import --from markdown SOURCE` moves the site in (its exit status 1, "errors the
   build refuses", is the publishing gate's findings, which a team reviews later);
4. every article it wrote (`content/articles/<category>/<slug>.md`) is read back: the folder
   as category, the file name as slug, the front matter's title and summary, the body as the
   importer wrote it.

Example:
    python bench/rclonehelp.py --repo ~/src/rclone   # writes bench/rclonehelp/*.json.gz
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def write_tree(repo: Path, commit: str, folder: str, target: Path) -> int:
    """The files of `repo` (a work tree or a bare git dir) under `folder` at `commit`, written
    below `target`; blobs the clone lacks are skipped. Returns how many were written."""
    git_dir = repo / ".git" if (repo / ".git").exists() else repo
    git = ["git", "--git-dir", str(git_dir)]
    listing = subprocess.run([*git, "ls-tree", "-r", "-z", commit, "--", folder or "."],
                             capture_output=True, check=True).stdout.decode("utf-8")
    written = 0
    for entry in filter(None, listing.split("\0")):
        info, name = entry.split("\t", 1)
        mode, kind, sha = info.split()
        if kind != "blob" or mode == "120000":
            continue
        blob = subprocess.run([*git, "cat-file", "blob", sha], capture_output=True)
        if blob.returncode:
            continue  # not in this snapshot (large files)
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(blob.stdout)
        written += 1
    return written


def kbgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """This repository's kbgen command line, run in `cwd`."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "kbgen", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)


def imported_project(source: Path, project: Path) -> str:
    """`kbgen init` at `project`, its examples deleted, then `kbgen import source`; the
    importer's report."""
    started = kbgen("init", str(project), "--company", "Benchmark", cwd=project.parent)
    if started.returncode:
        raise RuntimeError(f"kbgen init failed:\n{started.stdout}{started.stderr}")
    for example in (project / "content" / "articles").glob("*/*.md"):
        example.unlink()
    (project / "content" / "_data" / "categories.yml").write_text("{}\n", encoding="utf-8")
    moved = kbgen("import", "--from", "markdown", str(source), cwd=project)
    if moved.returncode not in (0, 1) or "Imported " not in moved.stdout + moved.stderr:
        raise RuntimeError(f"kbgen import failed:\n{moved.stdout}{moved.stderr}")
    return moved.stdout + moved.stderr


def read_articles(project: Path, news: bool = False) -> list[dict[str, Any]]:
    """The articles `kbgen import` wrote: slug, category, source, title, summary, body; with
    `news`, its news posts too (`content/news/<slug>.md`, category `news`), which `kbgen
    search` and the site's search find beside the articles."""
    articles = []
    paths = sorted((project / "content" / "articles").glob("*/*.md"))
    if news:
        paths += sorted((project / "content" / "news").glob("*.md"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        match = _FRONT.match(text)
        meta = (yaml.safe_load(match.group(1)) if match else None) or {}
        if meta.get("status", "published") != "published":
            continue
        category = "news" if path.parent.name == "news" and news else path.parent.name
        articles.append({"slug": path.stem, "category": category,
                         "source": str(path.relative_to(project)),
                         "title": str(meta.get("title") or path.stem),
                         "summary": str(meta.get("summary") or ""),
                         "body": text[match.end():] if match else text})
    return articles


def convert(repo: Path, commit: str, folder: str, site: str = "",
            news: bool = False) -> list[dict[str, Any]]:
    """The help centre of `repo` at `commit` as `kbgen import` moves it in: `folder` is what
    is written out of the repository, `site` the Markdown site's folder inside it; `news`
    keeps the news posts it imported too."""
    with tempfile.TemporaryDirectory(prefix="kbgen-imported-") as work:
        tree = Path(work) / "source"
        write_tree(repo, commit, folder, tree)
        project = Path(work) / "project"
        imported_project(tree / site if site else tree, project)
        return read_articles(project, news)

"""Attack `kbgen build`'s incremental paths (issue 14): combined edits, careless authors,
kills, a damaged cache, two builds at once, another kbgen; after each attack the site an
incremental build published must equal, byte for byte, a clean build of a copy (or both must
fail, the site left as it was).

Each build is `kbgen build --strict` in its own process, as an author runs it. A generated
project (bench/generate.py) is built once, then every attack runs on it in turn.

Example:
    python bench/incremental_attacks.py --articles 30 --seed 48 --work /tmp/attacks
    python bench/incremental_attacks.py --only kill,cache --code /path/to/other/checkout
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
from bench import generate  # noqa: E402
from bench.edits import (  # noqa: E402
    EDITS,
    FRONT_MATTER_EDITS,
    Project,
    _links_from_elsewhere,
    _retarget,
    change_tags,
    edit_body,
    get_key,
    set_key,
    slug_list,
)
from bench.incremental import Preview, wait_for  # noqa: E402
from bench.site_diff import differences  # noqa: E402

DAY = str(int(dt.datetime(2026, 11, 1, 12, tzinfo=dt.timezone.utc).timestamp()))
"""Builds run as of the day projects are generated as of: no article goes stale as days pass."""
QUICK = "Quick build:"
UNCHANGED = "Nothing changed since the last build"


def settle(root: Path, seconds: float = 60) -> None:
    """Date the project's inputs `seconds` back, as if saved then (a build vouches only for
    inputs settled two seconds; tests/incremental/test_unchanged.py does the same)."""
    when = time.time() - seconds
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if not {"site", ".kbgen-cache"} & set(parts) and not any(
                part.endswith(".spare") for part in parts):
            os.utime(path, (when, when))


@dataclass
class Outcome:
    """One build's exit status, output and wall seconds."""

    code: int
    output: str
    seconds: float

    @property
    def kind(self) -> str:
        """What the build says it was: unchanged, quick, full or failed."""
        if self.code:
            return "failed"
        return "unchanged" if UNCHANGED in self.output else (
            "quick" if QUICK in self.output else "full")


@dataclass
class Arena:
    """A project, the checkout whose kbgen builds it, and where clean copies are built."""

    project: Path
    work: Path
    code: Path
    results: list[dict[str, object]] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    """Environment variables every build gets (clean ones too)."""
    strict: bool = True

    def env(self, code: Path | None = None) -> dict[str, str]:
        """The environment of a build by `code`'s kbgen (default the arena's)."""
        return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(code or self.code),
                **self.extra}

    def command(self, project: Path | None = None) -> list[str]:
        """`kbgen build [--strict]` of `project` (default the arena's) into its site."""
        root = project or self.project
        return [sys.executable, "-m", "kbgen", "build", *(["--strict"] * self.strict), "-f",
                str(root / "mkdocs.yml"), "-d", str(root / "site")]

    def build(self, project: Path | None = None, code: Path | None = None) -> Outcome:
        """One build in its own process."""
        start = time.perf_counter()
        done = subprocess.run(self.command(project), capture_output=True, text=True,
                              env=self.env(code), cwd=project or self.project, check=False)
        return Outcome(done.returncode, done.stdout + done.stderr, time.perf_counter() - start)

    def start(self, code: Path | None = None) -> subprocess.Popen[str]:
        """A build started in its own session (its workers killed with it)."""
        return subprocess.Popen(self.command(), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, env=self.env(code),
                                cwd=self.project, start_new_session=True)

    def clean(self) -> tuple[Outcome, Path]:
        """A copy of the project without cache and site, built."""
        copy = self.work / "clean"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(self.project, copy, symlinks=True, ignore=shutil.ignore_patterns(
            ".kbgen-cache", "site", ".site.*"))
        return self.build(copy), copy / "site"

    def check(self, name: str, what: str, outcome: Outcome, before: dict[str, bytes] | None
              = None) -> list[str]:
        """Compare the published site with a clean build: the differences (a failed build:
        the clean one must fail too and the site be as it was, `before`)."""
        clean, site = self.clean()
        if outcome.code or clean.code:
            wrong = []
            if bool(outcome.code) != bool(clean.code):
                wrong.append(f"incremental exit {outcome.code}, clean exit {clean.code}: "
                             + (outcome.output if outcome.code else clean.output)[-600:])
            if outcome.code and before is not None and site_bytes(self.project / "site") != \
                    before:
                wrong.append("a failed build changed the published site")
        else:
            wrong = differences(self.project / "site", site)
        self.results.append({"attack": name, "edit": what, "build": outcome.kind,
                             "seconds": round(outcome.seconds, 2), "differences": wrong[:20]})
        mark = "OK " if not wrong else "BAD"
        print(f"{mark} {name}: {what} [{outcome.kind}, {outcome.seconds:.1f} s]"
              + "".join(f"\n      {line}" for line in wrong[:8]), file=sys.stderr, flush=True)
        return wrong

    def step(self, name: str, edit: Callable[[Project], str], settled: bool = True
             ) -> list[str]:
        """Apply `edit`, settle (unless not `settled`), build, compare."""
        before = site_bytes(self.project / "site")
        what = edit(Project(self.project))
        if settled:
            settle(self.project)
        return self.check(name, what, self.build(), before)


def site_bytes(site: Path) -> dict[str, bytes]:
    """Every file of a site, by relative path."""
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file()} if site.is_dir() else {}


def _articles(project: Project, status: str = "published") -> list[Path]:
    return [p for p in project.articles()
            if get_key(p.read_text(encoding="utf-8"), "status") == status]


def _rewrite(path: Path, key: str, value: str) -> None:
    path.write_text(set_key(path.read_text(encoding="utf-8"), key, value), encoding="utf-8")


def _listed(project: Project) -> list[Path]:
    """Published articles another article lists in `related`."""
    slugs = {s for p in project.articles()
             for s in slug_list(get_key(p.read_text(encoding="utf-8"), "related"))}
    return [p for p in _articles(project) if p.stem in slugs]


# ---- combined edits ---------------------------------------------------------------------

def body_and_front_matter(rng: random.Random) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        path = rng.choice(_articles(project))
        text = path.read_text(encoding="utf-8") + f"\nOne more step ({rng.randint(1, 999)}).\n"
        text = set_key(text, "title", json.dumps(f"Body and title {rng.randint(1, 999)}"))
        path.write_text(set_key(text, "summary", json.dumps("Both changed at once.")),
                        encoding="utf-8")
        return f"body, title and summary of {path.name}"
    return edit


def retitle_and_rename(rng: random.Random) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        old = rng.choice(_listed(project) or _articles(project))
        _rewrite(old, "title", json.dumps(f"Renamed and retitled {rng.randint(1, 999)}"))
        new = old.with_name(f"renamed-{rng.randint(100, 999)}.md")
        old.rename(new)
        _retarget(project, old, new)
        return f"retitled and renamed {old.name} to {new.name}"
    return edit


def delete_listed(rng: random.Random, careless: bool) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        old = rng.choice(_listed(project) or _articles(project))
        old.unlink()
        if not careless:
            _retarget(project, old, None)
        return f"deleted {old.name}, listed in related{' (left dangling)' if careless else ''}"
    return edit


def restore(paths: dict[Path, str | None]) -> Callable[[Project], str]:
    """Put files back as they were (None: removed)."""
    def edit(project: Project) -> str:
        for path, text in paths.items():
            if text is None:
                path.unlink(missing_ok=True)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
        return f"restored {len(paths)} files"
    return edit


def new_category_and_move(rng: random.Random) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        categories = project.content / "_data" / "categories.yml"
        text = categories.read_text(encoding="utf-8")
        name = f"smart-locks-{rng.randint(10, 99)}"
        categories.write_text(text.rstrip("\n") + f"\n{name}:\n  title: Smart locks\n"
                              "  description: Locks, keypads and door sensors.\n",
                              encoding="utf-8")
        old = rng.choice(_articles(project))
        (project.content / "articles" / name).mkdir()
        _move(project, old, project.content / "articles" / name)
        return f"new category {name}, {old.name} moved into it"
    return edit


def _move(project: Project, old: Path, folder: Path) -> None:
    """Move the article `old` into `folder`, its links made to work from there and the links
    and `related` lists of others retargeted."""
    new = folder / old.name
    new.write_text(_links_from_elsewhere(old.read_text(encoding="utf-8"), old.parent.name),
                   encoding="utf-8")
    old.unlink()
    _retarget(project, old, new)


def touch_unchanged(project: Project) -> str:
    path = project.articles()[0]
    path.write_bytes(path.read_bytes())
    return f"saved {path.name} unchanged"


def case_rename(rng: random.Random) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        old = rng.choice(_articles(project))
        new = old.with_name(old.stem[:1].upper() + old.stem[1:] + ".md")
        old.rename(new)
        return f"renamed {old.name} to {new.name} (case only)"
    return edit


NON_LATIN = ["Термостат не подключается к Wi-Fi", "サーモスタットが接続できない",
             "لا يتصل منظم الحرارة", "Θερμοστάτης εκτός σύνδεσης", "恒温器无法连接"]


def non_latin_title(rng: random.Random) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        path = rng.choice(_listed(project) or _articles(project))
        title = rng.choice(NON_LATIN) + f" {rng.randint(1, 99)}"
        _rewrite(path, "title", json.dumps(title, ensure_ascii=False))
        return f"retitled {path.name} {title!r}"
    return edit


def settings_edit(old: str, new: str) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        config = project.root / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        assert old in text, old
        config.write_text(text.replace(old, new, 1), encoding="utf-8")
        return f"mkdocs.yml: {old.strip()!r} -> {new.strip()!r}"
    return edit


def synonyms_edit(project: Project) -> str:
    path = project.content / "_data" / "synonyms.yml"
    with path.open("a", encoding="utf-8") as out:
        out.write("- [thermostat, stat, heating controller]\n")
    return "synonyms: thermostat = stat"


def contact_edit(project: Project) -> str:
    path = project.content / "_data" / "contact.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("saturday: 09:00-13:00", "saturday: 10:00-14:00", 1)
                    .replace("company: Hearthly Ltd", "company: Hearthly Limited", 1),
                    encoding="utf-8")
    return "contact: Saturday hours and company name"


def delete_profile(project: Project) -> str:
    authors = {get_key(p.read_text(encoding="utf-8"), "author") for p in _articles(project)}
    member = sorted(authors & set(project.team()))[0]
    (project.content / "team" / f"{member}.yml").unlink()
    return f"deleted team/{member}.yml while articles name it as author"


def set_status(status: str, rng: random.Random, chosen: list[Path]) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        if not chosen:  # one no other article names (else the build refuses it)
            texts = {p: p.read_text(encoding="utf-8") for p in project.articles()}
            chosen.append(rng.choice([p for p in _articles(project) if not any(
                p.stem in text for other, text in texts.items() if other != p)]))
        _rewrite(chosen[0], "status", status)
        return f"made {chosen[0].name} {status}"
    return edit


def gate_finding(project: Project) -> str:
    path = _articles(project)[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nCall Jane Miller on her mobile "
                    "07700 900123 or mail jane.miller@gmail.com.\n", encoding="utf-8")
    return f"personal data in {path.name}"


def random_pair(rng: random.Random, count: int) -> Callable[[Project], str]:
    def edit(project: Project) -> str:
        return "; ".join(rng.choice(EDITS)(rng, project) for _ in range(count))
    return edit


# ---- attacks ------------------------------------------------------------------------------

def snapshot_files(project: Path) -> dict[Path, str | None]:
    """The text of every input file (to put a project back)."""
    return {p: p.read_text(encoding="utf-8") for p in sorted(
        (project / "content").rglob("*")) if p.is_file() and p.suffix in (".md", ".yml", ".svg")
    } | {
        project / "mkdocs.yml": (project / "mkdocs.yml").read_text(encoding="utf-8")}


def put_back(saved: dict[Path, str | None], project: Path) -> Callable[[Project], str]:
    """Restore `saved` and remove input files added since."""
    def edit(_: Project) -> str:
        for path in (project / "content").rglob("*.md"):
            if path not in saved:
                path.unlink()
        for folder in sorted((project / "content" / "articles").iterdir()):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        return restore(saved)(_)
    return edit


def attack_combined(arena: Arena, rng: random.Random) -> None:
    a = arena
    a.step("combined", body_and_front_matter(rng))
    a.step("combined", retitle_and_rename(rng))
    a.step("combined", delete_listed(rng, careless=False))
    saved = snapshot_files(a.project)
    a.step("careless", delete_listed(rng, careless=True))
    a.step("careless", put_back(saved, a.project))
    a.step("combined", new_category_and_move(rng))
    a.step("combined", empty_category)
    address = old_address(rng)
    a.step("combined", lambda p: address(p) + "; " + retitle_and_rename(rng)(p))
    a.step("combined", address)
    for count in (2, 3, 2, 3):
        a.step("random", random_pair(rng, count))


def attack_quick(arena: Arena, rng: random.Random, steps: int = 12) -> None:
    """Two to four edits a quick build may take (bodies, front matter of pages that stay,
    non-Latin titles) in one build, `steps` times."""
    kinds = [edit_body, change_tags, *FRONT_MATTER_EDITS]

    def combo(project: Project) -> str:
        done = [rng.choice(kinds)(rng, project) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.3:
            done.append(non_latin_title(rng)(project))
        return "; ".join(done)
    for _ in range(steps):
        saved = snapshot_files(arena.project)
        arena.step("quick combo", combo)
        if arena.results[-1]["build"] == "failed":  # refused (a related internal article...)
            arena.step("quick combo", put_back(saved, arena.project))


def attack_author(arena: Arena, rng: random.Random) -> None:
    a = arena
    a.step("touch", touch_unchanged)
    for name, edit in [("revert", body_and_front_matter(rng)), ("case", case_rename(rng)),
                       ("profile", delete_profile), ("gate", gate_finding)]:
        saved = snapshot_files(a.project)
        a.step(name, edit)
        a.step(name, put_back(saved, a.project))
    a.step("non-latin", non_latin_title(rng))
    a.step("non-latin", non_latin_title(rng))
    a.step("synonyms", synonyms_edit)
    a.step("contact", contact_edit)
    chosen: list[Path] = []
    for status in ("internal", "published", "draft", "published"):
        a.step("status", set_status(status, rng, chosen))
    a.step("assets", logo_edit)
    a.step("assets", new_image)


def logo_edit(project: Project) -> str:
    path = project.content / "assets" / "logo.svg"
    path.write_text(path.read_text(encoding="utf-8").replace("</svg>", "<!-- v2 --></svg>"),
                    encoding="utf-8")
    return "logo.svg changed"


def new_image(project: Project) -> str:
    article = _articles(project)[2]
    image = article.parent / "diagram.svg"
    image.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>\n',
                     encoding="utf-8")
    article.write_text(article.read_text(encoding="utf-8") + "\n![Wiring](diagram.svg)\n",
                       encoding="utf-8")
    return f"a new image shown in {article.name}"


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def attack_links(arena: Arena, rng: random.Random) -> None:
    """Links between bodies: a heading another article links to renamed, an article
    another one links to made internal, an unknown shortcode."""
    a = arena
    source, target = rng.sample([p for p in _articles(Project(a.project))
                                 if "## Cause" in p.read_text(encoding="utf-8")], 2)
    link = f"../{target.parent.name}/{target.name}"
    a.step("links", lambda _: _append(source, f"\nSee [why]({link}#cause).\n")
           or f"{source.name} links to {target.name}#cause")
    a.step("links", lambda _: _replace(target, "## Cause", "## Why it happens")
           or f"{target.name}: heading Cause renamed (a link to it breaks)")
    a.step("links", lambda _: _replace(target, "## Why it happens", "## Cause")
           or f"{target.name}: heading Cause back")
    a.step("links", lambda _: _append(source, f"\nAlso [this]({link}#later-steps).\n")
           or f"{source.name} links to {target.name}#later-steps (missing)")
    a.step("links", lambda _: _append(target, "\n## Later steps\n\nWait a day.\n")
           or f"{target.name}: heading Later steps added")
    saved = snapshot_files(a.project)
    a.step("links", lambda _: _rewrite(target, "status", "internal")
           or f"{target.name} made internal while {source.name} links to it")
    a.step("links", put_back(saved, a.project))
    a.step("links", lambda _: _append(source, "\n<!-- kb:nonesuch -->\n")
           or f"{source.name}: an unknown shortcode")
    a.step("links", put_back(saved, a.project))
    home = a.project / "content" / "index.md"
    a.step("links", lambda _: _replace(home, "<!-- kb:recent -->", "<!-- kb:recent -->\n\n"
                                       "## Still stuck?\n\nCall us.")
           or "home page body")


def attack_site(arena: Arena, rng: random.Random) -> None:
    """Someone changes the published site (a deploy step, an editor) between builds."""
    a = arena
    site = a.project / "site"
    page = sorted(site.glob("articles/*/*.html"))[0]

    def appended(_: Project) -> str:
        with page.open("a", encoding="utf-8") as out:
            out.write("<!-- deployed -->\n")
        return f"appended to {page.relative_to(site)} in place"
    a.step("site", appended)
    a.step("site", lambda p: appended(p) + "; " + body_and_front_matter(rng)(p))
    index = site / "search" / "search_index.json"

    def removed(_: Project) -> str:
        index.unlink()
        return "search index removed from the site"
    a.step("site", removed)
    a.step("site", lambda p: removed(p) + "; " + body_and_front_matter(rng)(p))

def attack_settings(arena: Arena, rng: random.Random) -> None:
    a = arena
    for old, new in [("recent_articles: 6", "recent_articles: 3"),
                     ("footer: © 2026 Hearthly Ltd", "footer: © 2027 Hearthly Ltd"),
                     ("site_url: https://help.hearthly.example/",
                      "site_url: https://support.hearthly.example/help/"),
                     ("  language: en\n", "  language: de\n"),
                     ("  language: de\n", "  language: en\n"),
                     ("site_url: https://support.hearthly.example/help/",
                      "site_url: https://help.hearthly.example/")]:
        a.step("mkdocs.yml", settings_edit(old, new))


def attack_unsettled(arena: Arena, rng: random.Random) -> None:
    """Saves inside the 2-s window: built at once, then saved again while a build runs."""
    a = arena
    a.step("unsettled", body_and_front_matter(rng), settled=False)
    a.step("unsettled", lambda _: "nothing", settled=False)
    for delay in (0.3, 1.0, 2.5):
        edit = body_and_front_matter(rng)
        edit(Project(a.project))
        settle(a.project)
        running = a.start()
        time.sleep(delay)
        what = edit(Project(a.project))  # saved while the build reads
        running.communicate()
        a.step("during build", lambda _, w=what, d=delay: f"{w} {d} s into a build",
               settled=False)
        a.step("during build", lambda _: "then nothing", settled=True)


def _killed(arena: Arena, rng: random.Random, edit: Callable[[Project], str] | None,
            delay: float) -> tuple[str, dict[str, bytes], dict[str, bytes]]:
    """Edit, start a build, SIGKILL it `delay` s in: what was done, the site before and the
    site the killed build left."""
    what = edit(Project(arena.project)) if edit else "nothing changed"
    settle(arena.project)
    before = site_bytes(arena.project / "site")
    running = arena.start()
    time.sleep(delay)
    if running.poll() is None:
        os.killpg(running.pid, signal.SIGKILL)
        running.wait()
        what += f"; SIGKILL {delay:.1f} s into the build"
    else:
        what += f"; the build ended before {delay:.1f} s"
    return what, before, site_bytes(arena.project / "site")


def attack_kill(arena: Arena, rng: random.Random) -> None:
    """SIGKILL at random moments: the site left is the one before or the new one whole, and
    the next build equals a clean one."""
    a = arena
    kinds = [body_and_front_matter, retitle_and_rename, non_latin_title,
             lambda r: random_pair(r, 2)]
    for number in range(8):
        delay = rng.uniform(0.3, 12.0)
        what, before, left = _killed(a, rng, rng.choice(kinds)(rng), delay)
        a.step("kill", lambda _, w=what: w, settled=True)
        if left != before and left != site_bytes(a.work / "clean" / "site"):
            a.results[-1]["differences"] = [*a.results[-1]["differences"],  # type: ignore
                                            "the killed build left a site half changed"]
            print("BAD the killed build left a site half changed", file=sys.stderr)
    what, _, _ = _killed(a, rng, body_and_front_matter(rng), rng.uniform(0.5, 3))
    what += "; " + _killed(a, rng, None, rng.uniform(0.5, 3))[0]
    a.step("kill twice", lambda _, w=what: w, settled=True)


def attack_options(arena: Arena, rng: random.Random) -> None:
    """A warning built without --strict, then with it; an !ENV value and the day changed
    between builds; editors' leftovers in the content folder."""
    a = arena
    saved = snapshot_files(a.project)
    a.strict = False
    source, target = _articles(Project(a.project))[:2]
    link = f"../{target.parent.name}/{target.name}#nonesuch"
    a.step("options", lambda _: _append(source, f"\nSee [this]({link}).\n")
           or f"{source.name} links to a missing anchor (a warning), no --strict")
    a.strict = True
    a.step("options", lambda _: "nothing changed, --strict again")
    a.step("options", put_back(saved, a.project))
    a.step("options", settings_edit("site_description: ", "site_description: !ENV [KB_WHAT, "
                                    "'Answers'] #"))
    a.extra["KB_WHAT"] = "Answers about thermostats"
    a.step("options", lambda _: "KB_WHAT set")
    a.extra["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(2026, 11, 20).timestamp()))
    a.step("options", lambda _: "the day moved to 2026-11-20")
    a.extra["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(2027, 3, 1).timestamp()))
    a.step("options", lambda _: "the day moved to 2027-03-01")
    a.extra["SOURCE_DATE_EPOCH"] = DAY

    folder = _articles(Project(a.project))[0].parent

    def leftovers(project: Project) -> str:
        (folder / f".{_articles(project)[0].name}.swp").write_bytes(b"\x00swap")
        (folder / ".#lock.md").write_text("", encoding="utf-8")
        return f"editor swap and lock files in {folder.name}/"
    a.step("options", leftovers)
    backup = folder / "notes.md~"
    a.step("options", lambda _: backup.write_text("---\ntitle: Old\n---\n", encoding="utf-8")
           and "an editor's backup file (refused)")
    a.step("options", lambda _: backup.unlink() or "the backup file removed")


def attack_cache(arena: Arena, rng: random.Random) -> None:
    a = arena
    cache = a.project / ".kbgen-cache"
    for folder in sorted(p for p in cache.iterdir() if p.is_dir()):
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        if not files:
            continue
        victim = rng.choice(files)
        how = rng.choice(["truncated", "garbled", "deleted", "emptied"])
        data = victim.read_bytes()
        if how == "deleted":
            victim.unlink()
        elif how == "emptied":
            victim.write_bytes(b"")
        elif how == "truncated":
            victim.write_bytes(data[:len(data) // 2])
        else:
            at = rng.randrange(len(data)) if data else 0
            victim.write_bytes(data[:at] + bytes([(data[at] ^ 0x5A) if data else 0])
                               + data[at + 1:])
        a.step("cache", lambda p, v=victim, h=how: body_and_front_matter(rng)(p)
               + f"; cache file {v.relative_to(cache)} {h}")
    shutil.rmtree(cache)
    a.step("cache", lambda p: body_and_front_matter(rng)(p) + "; cache deleted")
    for path in [cache, *cache.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        a.step("cache", lambda p: body_and_front_matter(rng)(p) + "; cache read-only")
    finally:
        for path in [cache, *cache.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    a.step("cache", lambda p: body_and_front_matter(rng)(p) + "; cache writable again")


def attack_concurrent(arena: Arena, rng: random.Random) -> None:
    a = arena
    for _ in range(2):
        what = random_pair(rng, 2)(Project(a.project))
        settle(a.project)
        first, second = a.start(), a.start()
        outputs = [p.communicate()[0] for p in (first, second)]
        codes = [first.returncode, second.returncode]
        a.step("two at once", lambda _, w=what, c=codes, o=outputs: f"{w}; exits {c}"
               + "".join(f" [{line}]" for out in o for line in out.splitlines()
                         if "Error" in line or "lock" in line.lower())[:300])


def attack_version(arena: Arena, rng: random.Random) -> None:
    """Another kbgen: a copy of the code with one byte more, then this one again."""
    a = arena
    other = a.work / "other-kbgen"
    shutil.rmtree(other, ignore_errors=True)
    shutil.copytree(a.code / "kbgen", other / "kbgen",
                    ignore=shutil.ignore_patterns("__pycache__"))
    init = other / "kbgen" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "\n# a release later\n",
                    encoding="utf-8")
    what = body_and_front_matter(rng)(Project(a.project))
    settle(a.project)
    outcome = a.build(code=other)
    a.check("version", f"{what}; built by a changed kbgen", outcome)
    outcome = a.build()
    a.check("version", "nothing; built by this kbgen again", outcome)



# ---- eqa50: moves, encodings, clocks, links, includes, translations ------------------------

def _category_folders(project: Project) -> list[Path]:
    return sorted({p.parent for p in _articles(project)})


def move_between_categories(rng: random.Random) -> Callable[[Project], str]:
    """An article moved from one existing category folder to another (links retargeted)."""
    def edit(project: Project) -> str:
        old = rng.choice(_listed(project) or _articles(project))
        folder = rng.choice([f for f in _category_folders(project) if f != old.parent])
        _move(project, old, folder)
        return f"{old.name} moved from {old.parent.name} to {folder.name}"
    return edit


def slug_clash(rng: random.Random) -> Callable[[Project], str]:
    """A second article with another's file name, in another category (refused or not, as a
    clean build does)."""
    def edit(project: Project) -> str:
        old = rng.choice(_articles(project))
        folder = next(f for f in _category_folders(project) if f != old.parent)
        text = set_key(old.read_text(encoding="utf-8"), "title", json.dumps("A clashing copy"))
        (folder / old.name).write_text(_links_from_elsewhere(text, old.parent.name),
                                       encoding="utf-8")
        return f"{folder.name}/{old.name} added: the slug of {old.parent.name}/{old.name}"
    return edit


def rename_category_folder(rng: random.Random) -> Callable[[Project], str]:
    """A category's folder and its key in categories.yml renamed (links into it retargeted)."""
    def edit(project: Project) -> str:
        folder = rng.choice(_category_folders(project))
        name = f"{folder.name}-renamed"
        categories = project.content / "_data" / "categories.yml"
        text = categories.read_text(encoding="utf-8")
        assert f"\n{folder.name}:\n" in "\n" + text, folder.name
        categories.write_text(("\n" + text).replace(f"\n{folder.name}:\n", f"\n{name}:\n", 1)
                              [1:], encoding="utf-8")
        olds = sorted(folder.glob("*.md"))
        folder.rename(folder.with_name(name))
        for old in olds:
            _retarget(project, old, folder.with_name(name) / old.name)
            moved = folder.with_name(name) / old.name
            moved.write_text(moved.read_text(encoding="utf-8").replace(
                f"../{folder.name}/", f"../{name}/"), encoding="utf-8")
        return f"category {folder.name} renamed {name} ({len(olds)} articles)"
    return edit


def saved_as(kind: str, rng: random.Random, chosen: list[Path]) -> Callable[[Project], str]:
    """An article saved with CRLF line ends, a byte-order mark, or as Latin-1 (not UTF-8)."""
    def edit(project: Project) -> str:
        if not chosen:
            chosen.append(rng.choice([p for p in _articles(project)
                                      if p.read_text(encoding="utf-8").isascii()]))
        path = chosen[0]
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        text = set_key(text, "summary", json.dumps("Réglage du thermostat, étape 2.",
                                                   ensure_ascii=False))
        data = {"crlf": text.replace("\n", "\r\n").encode(),
                "bom": b"\xef\xbb\xbf" + text.encode(),
                "latin-1": text.encode("latin-1")}[kind]
        path.write_bytes(data)
        return f"{path.name} saved as {kind}"
    return edit


def same_size_old_time(rng: random.Random) -> Callable[[Project], str]:
    """A body edit of the same size with the file's old modification time put back (a restore
    by `cp -p` or `rsync -t`: only the change time moves)."""
    def edit(project: Project) -> str:
        path = rng.choice(_articles(project))
        info = path.stat()
        text = path.read_text(encoding="utf-8")
        at = text.rindex("\n", 0, len(text) - 1) + 1
        line = text[at:]
        swapped = line.swapcase() if line.swapcase() != line else line[::-1]
        path.write_text(text[:at] + swapped, encoding="utf-8")
        assert path.stat().st_size == info.st_size
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
        return f"{path.name}: same size, old time put back"
    return edit


def two_saves_same_second(rng: random.Random) -> Callable[[Project], str]:
    """Two saves of one article 0.1 s apart, the second the same size."""
    def edit(project: Project) -> str:
        path = rng.choice(_articles(project))
        text = path.read_text(encoding="utf-8")
        path.write_text(text + "\nStep A.\n", encoding="utf-8")
        time.sleep(0.1)
        path.write_text(text + "\nStep B.\n", encoding="utf-8")
        return f"{path.name} saved twice in the same second"
    return edit


def symlinked_article(rng: random.Random, store: Path) -> Callable[[Project], str]:
    """An article replaced by a symbolic link to a copy in `store` (outside the content
    folder: refused; in a hidden folder of it: built); later calls edit the link's target
    only (relative links: a clean copy's lead into the copy, or out of it as here)."""
    def edit(project: Project) -> str:
        links = [p for p in project.articles() if p.is_symlink()]
        if links:
            target = links[0].resolve()
            target.write_text(target.read_text(encoding="utf-8")
                              + f"\nEdited through the link ({rng.randint(1, 999)}).\n",
                              encoding="utf-8")
            return f"the target of the link {links[0].name} edited"
        path = rng.choice(_articles(project))
        store.mkdir(parents=True, exist_ok=True)
        target = store / path.name
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        path.unlink()
        path.symlink_to(os.path.relpath(target, path.parent))
        return f"{path.name} made a link to {target}"
    return edit


def attack_moves(arena: Arena, rng: random.Random) -> None:
    """Articles moved between category folders, a slug clash made and undone, a category's
    folder renamed."""
    a = arena
    a.step("moves", move_between_categories(rng))
    a.step("moves", move_between_categories(rng))
    saved = snapshot_files(a.project)
    a.step("slug clash", slug_clash(rng))
    a.step("slug clash", put_back(saved, a.project))
    a.step("category renamed", rename_category_folder(rng))
    a.step("moves", lambda p: move_between_categories(rng)(p) + "; "
           + body_and_front_matter(rng)(p))


def attack_encodings(arena: Arena, rng: random.Random) -> None:
    """Saved with CRLF, a BOM, as Latin-1 (refused), each then fixed; clocks: a same-size edit
    with the old time put back, two saves in one second; a symbolic link to outside."""
    a = arena
    chosen: list[Path] = []
    for kind in ("crlf", "bom", "latin-1"):
        saved = snapshot_files(a.project)
        a.step("encoding", saved_as(kind, rng, chosen))
        a.step("encoding", put_back(saved, a.project))
    a.step("clock", same_size_old_time(rng))
    a.step("clock", lambda p: same_size_old_time(rng)(p) + " (settled 0 s)", settled=False)
    a.step("clock", two_saves_same_second(rng), settled=False)
    attack_symlinks(arena, rng)


def attack_symlinks(arena: Arena, rng: random.Random) -> None:
    """An article made a link into a hidden folder of content/ (built), then out of it
    (refused), its target edited through the link, then put back."""
    a = arena
    for store in (a.project / "content" / ".shared", a.work / "outside"):
        saved = snapshot_files(a.project)
        link = symlinked_article(rng, store)
        a.step("symlink", link)
        a.step("symlink", link)
        a.step("symlink", link)
        a.step("symlink", lambda p: [path.unlink() for path in p.articles() if path.is_symlink()]
               and put_back(saved, a.project)(p))



def _theme_override(project: Project, text: str | None) -> str:
    """The project's own `custom_dir` (a copy of the theme) with `main.html` holding `text`
    (None: removed)."""
    config = project.root / "mkdocs.yml"
    overrides = project.root / "overrides"
    if not overrides.is_dir():
        custom = re.search(r"custom_dir: (.*)", config.read_text(encoding="utf-8"))
        assert custom, "the generated project names the theme's folder"
        shutil.copytree(custom[1], overrides)
        _replace(config, custom[0], f"custom_dir: {overrides}")
    main = overrides / "main.html"
    if text is None:
        main.unlink()
        return "the theme override main.html removed"
    main.write_text('{% extends "base.html" %}\n{% block announce %}' + text
                    + "{% endblock %}\n", encoding="utf-8")
    return f"the theme override main.html: {text!r}"


SNIPPETS = "- pymdownx.snippets:\n    base_path: [snippets]\n"


def _snippet(project: Project, text: str, rng: random.Random) -> str:
    """A snippet file (`pymdownx.snippets`) some articles include, changed to `text`."""
    config = project.root / "mkdocs.yml"
    if SNIPPETS not in config.read_text(encoding="utf-8"):
        _replace(config, "- pymdownx.details\n", "- pymdownx.details\n" + SNIPPETS)
        for path in rng.sample(_articles(project), 2):
            _append(path, '\n--8<-- "note.txt"\n')
    (project.root / "snippets").mkdir(exist_ok=True)
    (project.root / "snippets" / "note.txt").write_text(text + "\n", encoding="utf-8")
    return f"snippets/note.txt: {text!r}"


def attack_includes(arena: Arena, rng: random.Random) -> None:
    """A theme override added, changed and removed; a snippet file included by two articles
    changed."""
    a = arena
    a.step("theme", lambda p: _theme_override(p, "Maintenance tonight"))
    a.step("theme", lambda p: _theme_override(p, "Maintenance on Sunday"))
    a.step("theme", lambda p: _theme_override(p, None))
    a.step("snippet", lambda p: _snippet(p, "!!! note\n    Unplug the hub first.", rng))
    a.step("snippet", lambda p: _snippet(p, "!!! note\n    Unplug the hub for ten seconds.",
                                         rng))
    a.step("snippet", lambda p: _snippet(p, "!!! note\n    Unplug the hub for ten seconds.",
                                         rng) + " (unchanged)")


def _translations(project: Project, count: int) -> list[Path]:
    """A German language folder translating `count` articles (made once): its translations."""
    config = project.root / "mkdocs.yml"
    folder = project.root / "translations" / "de"
    if not folder.is_dir():
        _replace(config, "  kb:\n", "  kb:\n    languages: [en, de]\n")
        (folder / "_data").mkdir(parents=True)
        shutil.copy(project.content / "_data" / "categories.yml", folder / "_data")
        shutil.copytree(project.content / "assets", folder / "assets")  # the brand's logo
        (folder / "index.md").write_text("# Hilfe\n\n<!-- kb:categories -->\n",
                                         encoding="utf-8")
        for path in _articles(project)[:count]:
            target = folder / path.relative_to(project.content)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", path.read_text(encoding="utf-8"))
            for key in ("related", "author", "redirect_from"):
                if get_key(text, key):
                    text = text.replace(f"{key}: {get_key(text, key)}\n", "")
            target.write_text(set_key(text, "title", json.dumps(
                "Übersetzt: " + (get_key(text, "title") or "").strip('"'), ensure_ascii=False)),
                encoding="utf-8")
    return sorted(folder.rglob("articles/*/*.md"))


def attack_translations(arena: Arena, rng: random.Random) -> None:
    """Another language: added; a translation edited, renamed with `translation_of`, deleted;
    the original retitled and moved; the language's category titles changed."""
    a = arena
    a.step("translations", lambda p: f"German added, {len(_translations(p, 4))} articles")
    a.step("translations", lambda p: _append(_translations(p, 4)[0], "\nNoch ein Schritt.\n")
           or "a translation's body edited")

    def renamed(project: Project) -> str:
        old = _translations(project, 4)[1]
        new = old.with_name("uebersetzt.md")
        old.rename(new)
        _append(new, "")
        _replace(new, "status:", f"translation_of: {old.stem}\nstatus:")
        return f"translation {old.name} renamed {new.name} with translation_of"
    a.step("translations", renamed)
    a.step("translations", lambda p: _translations(p, 4)[2].unlink() or "a translation deleted")
    original = a.project / "content" / _translations(Project(a.project), 4)[0].relative_to(
        a.project / "translations" / "de")
    a.step("translations", lambda p: _rewrite(original, "title", json.dumps("Retitled original"))
           or f"the original {original.name} retitled")

    def moved(project: Project) -> str:
        folder = next(f for f in _category_folders(project) if f != original.parent)
        _move(project, original, folder)
        return f"the original {original.name} moved to {folder.name} (translation stays)"
    a.step("translations", moved)
    categories = a.project / "translations" / "de" / "_data" / "categories.yml"
    a.step("translations", lambda p: _replace(categories, "title: ", "title: DE ")
           or "a German category title changed")



def attack_during(arena: Arena, rng: random.Random) -> None:
    """Files renamed, moved and a category folder renamed while a build reads them: the
    build that ran succeeds or fails with a clear message, and the next equals a clean one."""
    a = arena
    for edit in (retitle_and_rename(rng), move_between_categories(rng),
                 rename_category_folder(rng), lambda p: _burst(rng, 20)(p)):
        delay = rng.uniform(0.5, 4.0)
        settle(a.project)
        running = a.start()
        time.sleep(delay)
        what = edit(Project(a.project))
        output = running.communicate()[0]
        said = [line for line in output.splitlines() if "rror" in line][:2]
        a.step("during build", lambda _, w=what, d=delay, c=running.returncode, s=said:
               f"{w} {d:.1f} s into a build (exit {c}{': ' + ' | '.join(s) if s else ''})")


def _quiet(preview: Preview, seconds: float = 15, limit: float = 900) -> None:
    """Wait until the server has printed nothing for `seconds`."""
    start, last, since = time.perf_counter(), "", time.perf_counter()
    while time.perf_counter() - since < seconds:
        if time.perf_counter() - start > limit:
            raise RuntimeError("the preview never went quiet")
        now = preview.output()
        if now != last:
            last, since = now, time.perf_counter()
        time.sleep(0.5)


def empty_category(project: Project) -> str:
    """Delete every article of the category with the fewest (its page and feed go)."""
    folders = sorted((p.parent for p in project.articles()), key=lambda f: (
        len(list(f.glob("*.md"))), f.name))
    for old in sorted(folders[0].glob("*.md")):
        old.unlink()
        _retarget(project, old, None)
    return f"emptied category {folders[0].name}"


def old_address(rng: random.Random) -> Callable[[Project], str]:
    """Give an article an old Zendesk address, or take one away."""
    def edit(project: Project) -> str:
        having = [p for p in _articles(project)
                  if get_key(p.read_text(encoding="utf-8"), "redirect_from")]
        if having:
            text = having[0].read_text(encoding="utf-8")
            having[0].write_text(text.replace(f"redirect_from: {get_key(text, 'redirect_from')}"
                                              "\n", ""), encoding="utf-8")
            return f"old address of {having[0].name} removed"
        path = rng.choice(_articles(project))
        _rewrite(path, "redirect_from", f"[/hc/en-us/articles/{rng.randint(10, 99)}-Old]")
        return f"old address given to {path.name}"
    return edit


def _serve_saves(rng: random.Random) -> list[Callable[[Project], str]]:
    saves: list[Callable[[Project], str]] = [
        body_and_front_matter(rng), retitle_and_rename(rng), non_latin_title(rng),
        synonyms_edit, contact_edit, new_category_and_move(rng), random_pair(rng, 2),
        delete_listed(rng, careless=False), logo_edit, random_pair(rng, 3), empty_category,
        old_address(rng), retitle_and_rename(rng), old_address(rng)]
    rng.shuffle(saves)
    return saves


def attack_serve(arena: Arena, rng: random.Random) -> None:
    """`kbgen serve`: combined saves, some a fraction of a second apart (during the catch-up
    of the one before), a broken save then its fix; once quiet, what it serves must equal a
    clean preview of a copy."""
    a = arena
    preview = Preview(a.project, a.env())
    done = []
    try:
        wait_for(preview.base + "index.html", None)
        _quiet(preview)
        saves = _serve_saves(rng)
        for number, save in enumerate(saves):
            done.append(save(Project(a.project)))
            time.sleep(rng.choice([0.2, 0.8, 2.5, 6.0]))
            if number == len(saves) // 2:
                saved = snapshot_files(a.project)
                path = _articles(Project(a.project))[0]
                path.write_text("---\ntitle: [unclosed\n---\n\nBody.\n", encoding="utf-8")
                time.sleep(rng.choice([0.3, 3.0]))
                restore({path: saved[path]})(Project(a.project))
                done.append(f"{path.name} broken, then fixed")
        _quiet(preview)
    finally:
        preview.stop()
    _compare_previews(a, "serve", "; ".join(done))


def attack_serve_steps(arena: Arena, rng: random.Random) -> None:
    """`kbgen serve`: each save of `attack_serve` compared, once the server is quiet, with a
    clean preview."""
    a = arena
    preview = Preview(a.project, a.env())
    try:
        wait_for(preview.base + "index.html", None)
        _quiet(preview)
        for save in _serve_saves(rng):
            what = save(Project(a.project))
            _quiet(preview)
            _compare_previews(a, "serve step", what)
    finally:
        preview.stop()


def _saved_then_wait(save: Callable[[Project], str], seconds: float, project: Project) -> str:
    what = save(project)
    time.sleep(seconds)
    return f"{what} (served, built {seconds:.0f} s after)"


def attack_build_while_serving(arena: Arena, rng: random.Random) -> None:
    """`kbgen build` while `kbgen serve` of the same project (one build cache) catches up
    with the same saves: each build equals a clean one."""
    a = arena
    preview = Preview(a.project, a.env())
    try:
        wait_for(preview.base + "index.html", None)
        for save in _serve_saves(rng)[:6]:
            a.step("build while serving", partial(_saved_then_wait, save,
                                                  rng.choice([0.0, 1.0, 3.0])))
    finally:
        preview.stop()



def _burst(rng: random.Random, saves: int) -> Callable[[Project], str]:
    """`saves` saves of one article 0.05 s apart (bodies and titles), the last one kept."""
    def edit(project: Project) -> str:
        path = rng.choice(_articles(project))
        text = path.read_text(encoding="utf-8")
        for number in range(saves):
            path.write_text(set_key(text, "title", json.dumps(f"Burst {number}"))
                            + f"\nBurst step {number}.\n", encoding="utf-8")
            time.sleep(0.05)
        return f"{saves} saves of {path.name} 0.05 s apart"
    return edit


def _undone(edit: Callable[[Project], str], seconds: float, project: Path
            ) -> Callable[[Project], str]:
    """`edit`, then the project put back `seconds` later."""
    def both(p: Project) -> str:
        saved = snapshot_files(project)
        what = edit(p)
        time.sleep(seconds)
        put_back(saved, project)(p)
        return f"{what}, undone {seconds} s later"
    return both


def attack_serve50(arena: Arena, rng: random.Random) -> None:
    """`kbgen serve`: this branch's save kinds (moves between categories, a slug clash made
    and undone, a category folder renamed, encodings and their fixes, old times, a symbolic
    link, bursts, a status and back, a profile deleted and put back), each compared once
    quiet with a clean preview."""
    a = arena
    chosen: list[Path] = []
    status: list[Path] = []
    saves = [_burst(rng, 12), move_between_categories(rng),
             _undone(slug_clash(rng), 0.3, a.project), saved_as("crlf", rng, chosen),
             saved_as("bom", rng, chosen), _undone(saved_as("latin-1", rng, chosen), 1.0,
                                                  a.project),
             same_size_old_time(rng), rename_category_folder(rng),
             lambda p: _burst(rng, 6)(p) + "; " + move_between_categories(rng)(p),
             set_status("draft", rng, status), set_status("published", rng, status),
             _undone(delete_profile, 2.0, a.project), _undone(delete_profile, 0.2, a.project),
             *[symlinked_article(rng, a.project / "content" / ".shared")] * 3]
    preview = Preview(a.project, a.env())
    try:
        wait_for(preview.base + "index.html", None)
        _quiet(preview)
        for save in saves:
            what = save(Project(a.project))
            _quiet(preview)
            _compare_previews(a, "serve50", what)
    finally:
        preview.stop()
        (a.work / "serve50.log").write_text(preview.output(), encoding="utf-8")


def _compare_previews(a: Arena, name: str, what: str) -> None:
    from kbgen.commands.serve import preview_dir

    clean = a.work / "clean-preview"
    shutil.rmtree(clean, ignore_errors=True)
    shutil.copytree(a.project, clean, symlinks=True, ignore=shutil.ignore_patterns(
        ".kbgen-cache", "site", ".site.*"))
    fresh = Preview(clean, a.env())
    try:
        wait_for(fresh.base + "index.html", None)
        _quiet(fresh)
    finally:
        fresh.stop()
    wrong = differences(preview_dir(a.project / "mkdocs.yml"), preview_dir(clean / "mkdocs.yml"))
    a.results.append({"attack": name, "edit": what, "build": "serve", "differences": wrong[:20]})
    print(f"{'OK ' if not wrong else 'BAD'} {name}: {what}"
          + "".join(f"\n      {line}" for line in wrong[:8]), file=sys.stderr, flush=True)


# ---- round 3 (branch eqa51): kills of quick builds and previews, front matter that
# Material or the gate reads, the output folder moved, warnings fixed elsewhere


def _front_matter_edit(rng: random.Random) -> Callable[[Project], str]:
    """One of bench/edits.py's front-matter edits (a quick build may take it)."""
    edit = rng.choice(FRONT_MATTER_EDITS)
    return lambda p: edit(rng, p)


def attack_kill51(arena: Arena, rng: random.Random) -> None:
    """SIGKILL at random moments of builds a quick build may take (front matter, which keeps
    a new snapshot, and bodies), spread over one's length; then a build compared; the site
    the killed build left is the old one or the new one whole."""
    a = arena
    span = 8.0  # unless a quick build is timed: kills spread over its length
    for _ in range(4):
        a.step("kill51", _front_matter_edit(rng))
        if a.results[-1]["build"] == "quick":
            span = float(a.results[-1]["seconds"])  # type: ignore[arg-type]
            break
    kinds = [_front_matter_edit, lambda r: (lambda p: edit_body(r, p)),
             lambda r: random_pair(r, 2)]
    for number in range(12):
        delay = rng.uniform(0.1, span * 1.2)
        what, before, left = _killed(a, rng, rng.choice(kinds)(rng), delay)
        if number % 3 == 2:  # a second kill before any build ends
            what += "; " + _killed(a, rng, rng.choice(kinds)(rng), rng.uniform(0.1, span))[0]
        a.step("kill51", lambda _, w=what: w, settled=True)
        if left != before and left != site_bytes(a.work / "clean" / "site") and \
                number % 3 != 2:
            a.results[-1]["differences"] = [*a.results[-1]["differences"],  # type: ignore
                                            "the killed build left a site half changed"]
            print("BAD the killed build left a site half changed", file=sys.stderr)


def attack_serve_kill51(arena: Arena, rng: random.Random) -> None:
    """`kbgen serve` killed (SIGKILL, the whole session) at random moments of its start and of
    a save's catch-up, then `kbgen build` compared with a clean build, and a preview
    started again compared with a clean one."""
    from bench.incremental import Preview

    a = arena
    for number in range(4):
        preview = Preview(a.project, a.env())
        time.sleep(rng.uniform(0.5, 8.0))
        what = "serve killed at its start"
        if number % 2:
            with_save = rng.choice(FRONT_MATTER_EDITS)(rng, Project(a.project))
            time.sleep(rng.uniform(0.2, 4.0))
            what = f"serve killed after a save ({with_save})"
        os.killpg(preview.process.pid, signal.SIGKILL)
        preview.process.wait()
        a.step("serve-kill51", lambda _, w=what: w, settled=True)
    again = Preview(a.project, a.env())
    try:
        wait_for(again.base + "index.html", None)
        _quiet(again)
    finally:
        again.stop()
    _compare_previews(a, "serve-kill51", "a preview started after the kills")


PRIVATE_VALUES = {"summary": "Write to jane.doe@gmail.com for a refund.",
                  "title": "Card declined for jane.doe@gmail.com",
                  "symptoms": "[call +44 7700 900123]",
                  "tags": "[payments, 'jane.doe@gmail.com']",
                  "description": "Customer jane.doe@gmail.com, server 10.20.30.40",
                  "hide": "[toc, 'sk_live_4eC39HqLyjWDarjtT1zdp7dc']",
                  "icon": "material/jane.doe@gmail.com"}
"""A private value in each front-matter field an author may write it in."""
MATERIAL_KEYS = [("hide", "[toc]"), ("hide", "[navigation, toc]"),
                 ("search", "{exclude: true}"), ("search", "{boost: 2}"),
                 ("icon", "material/alert"), ("template", "main.html")]
"""Front matter Material reads (a body's page and the index change, not others')."""


def attack_front51(arena: Arena, rng: random.Random) -> None:
    """Front matter a quick build takes as front matter only: keys Material reads (hide,
    search, icon, template), a private value in each field (the gate refuses, both), a tag's
    case and punctuation (one tag page, named as an article first wrote it), an article's
    order, a title taken by another (refused, both), each put back."""
    a = arena
    chosen = rng.sample(_articles(Project(a.project)), 3)
    first = chosen[0]
    for key, value in MATERIAL_KEYS:
        a.step("front51", lambda _, k=key, v=value: _set_front(first, k, v))
    for key, value in PRIVATE_VALUES.items():
        saved = first.read_text(encoding="utf-8")
        a.step("front51", lambda _, k=key, v=value: _set_front(first, k, v) + " (private)")
        a.step("front51", restore({first: saved}))
    tag = get_key(chosen[1].read_text(encoding="utf-8"), "tags") or "[]"
    for value in ("[Payments, Invoices]", "[PAYMENTS!, invoices]", "[payments]", tag):
        a.step("front51", lambda _, v=value: _set_front(chosen[1], "tags", v))
        a.step("front51", lambda _, v=value.upper(): _set_front(chosen[2], "tags", v))
    a.step("front51", lambda _: _set_front(first, "order", "0"))
    other = get_key(chosen[1].read_text(encoding="utf-8"), "title") or "x"
    saved = first.read_text(encoding="utf-8")
    a.step("front51", lambda _: _set_front(first, "title", other.upper()) + " (taken)")
    a.step("front51", restore({first: saved}))


def _set_front(path: Path, key: str, value: str) -> str:
    _rewrite(path, key, value)
    return f"{key}: {value} in {path.name}"


def attack_output51(arena: Arena, rng: random.Random) -> None:
    """The output folder moved in mkdocs.yml (`site_dir`), with and without an edit, and
    back; a category's order and title changed; a build without --strict that warns, the
    warning fixed in another article, then --strict."""
    a = arena
    config = a.project / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")

    def site_dir(name: str | None) -> None:
        text = re.sub(r"^site_dir:.*\n", "", config.read_text(encoding="utf-8"),
                      flags=re.MULTILINE)
        config.write_text(text + (f"site_dir: {name}\n" if name else ""), encoding="utf-8")

    for name, edit in (("public", None), ("public", edit_body), (None, edit_body)):
        site_dir(name)
        what = f"site_dir: {name or 'site'}" + (f"; {edit(rng, Project(a.project))}"
                                                if edit else "")
        settle(a.project)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "kbgen", "build", "--strict"],
                              capture_output=True, text=True, env=a.env(), cwd=a.project,
                              check=False)
        outcome = Outcome(done.returncode, done.stdout + done.stderr,
                          time.perf_counter() - start)
        clean, site = a.clean()
        wrong = differences(a.project / (name or "site"), site) if not (
            outcome.code or clean.code) else [f"exit {outcome.code}, clean {clean.code}"]
        a.results.append({"attack": "output51", "edit": what, "build": outcome.kind,
                          "seconds": round(outcome.seconds, 2), "differences": wrong[:20]})
        print(f"{'OK ' if not wrong else 'BAD'} output51: {what} [{outcome.kind}]"
              + "".join(f"\n      {line}" for line in wrong[:8]), file=sys.stderr, flush=True)
    config.write_text(original, encoding="utf-8")
    categories = a.project / "content/_data/categories.yml"
    text = categories.read_text(encoding="utf-8")
    orders = re.findall(r"^  order: (\d+)$", text, flags=re.MULTILINE)
    swapped = re.sub(r"^  order: (\d+)$", lambda m: f"  order: {100 - int(m.group(1))}", text,
                     flags=re.MULTILINE)
    a.step("output51", lambda _: restore({categories: swapped})(_) and
           f"category order reversed ({len(orders)} categories)")
    a.step("output51", restore({categories: text}))
    a.strict = False
    listed = _listed(Project(a.project))[0]
    linking = next(p for p in _articles(Project(a.project)) if p != listed)
    saved = {listed: listed.read_text(encoding="utf-8"),
             linking: linking.read_text(encoding="utf-8")}
    target = os.path.relpath(listed, linking.parent)
    a.step("output51", lambda _: _append(linking, f"\nSee [it]({target}#later-heading).\n")
           or "a link to a heading not there (no --strict: a warning)")
    a.step("output51", lambda _: _append(listed, "\n## Later heading\n\nText.\n") or
           "the heading added in the linked article (no --strict)")
    a.strict = True
    a.step("output51", lambda _: "nothing, --strict")
    a.step("output51", restore(saved))


ATTACKS: dict[str, Callable[[Arena, random.Random], None]] = {
    "combined": attack_combined, "author": attack_author, "settings": attack_settings,
    "unsettled": attack_unsettled, "kill": attack_kill, "cache": attack_cache,
    "concurrent": attack_concurrent, "version": attack_version, "site": attack_site,
    "links": attack_links, "serve": attack_serve,
    "serve-steps": attack_serve_steps,
    "options": attack_options, "quick": attack_quick,
    "moves": attack_moves, "encodings": attack_encodings, "symlinks": attack_symlinks,
    "includes": attack_includes,
    "translations": attack_translations, "serve50": attack_serve50,
    "during": attack_during,
    "build-while-serving": attack_build_while_serving,
    "kill51": attack_kill51, "serve-kill51": attack_serve_kill51, "front51": attack_front51,
    "output51": attack_output51}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--seed", type=int, default=48)
    parser.add_argument("--only", default=",".join(ATTACKS), help="Attacks, comma-separated:"
                        f" {', '.join(ATTACKS)}.")
    parser.add_argument("--code", type=Path, default=BENCH.parent, help="The checkout whose"
                        " kbgen builds (default this one).")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kbgen-attacks-"))
    project = work / "project"
    shutil.rmtree(project, ignore_errors=True)
    generate.generate(project, args.articles, seed=args.seed, as_of=dt.date(2026, 11, 1),
                      team_size=3)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        str(BENCH.parent / "theme"), str(args.code.resolve() / "theme")), encoding="utf-8")
    settle(project)
    arena = Arena(project, work, args.code.resolve(), extra={"SOURCE_DATE_EPOCH": DAY})
    first = arena.build()
    assert not first.code, first.output[-2000:]
    rng = random.Random(args.seed)
    for name in args.only.split(","):
        try:
            ATTACKS[name](arena, rng)
        except Exception as exc:  # noqa: BLE001  (report it, go on with the next attack)
            arena.results.append({"attack": name, "error": repr(exc)})
            print(f"ERR {name}: {exc!r}", file=sys.stderr)
    bad = [r for r in arena.results if r.get("differences") or r.get("error")]
    summary = {"articles": args.articles, "seed": args.seed, "code": str(args.code),
               "steps": len(arena.results), "bad": len(bad),
               "load_average": os.getloadavg(), "results": arena.results}
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    print(f"{len(arena.results)} steps, {len(bad)} with differences or errors", file=sys.stderr)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

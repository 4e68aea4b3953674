"""Random edits to a generated help centre (bench/generate.py), as authors make them: for
the equivalence of incremental and clean builds (tests/incremental, bench/incremental.py).

Each edit keeps the project valid (a renamed or deleted article's `related` entries and links
follow it), so every build after it must succeed, and say what it did.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from random import Random

FRONT = re.compile(r"\A---\n(.*?\n)---\n", re.DOTALL)
LATEST = dt.date(2026, 11, 1)
"""The day projects are generated as of (bench/incremental.py, the tests): no date after it."""


@dataclass
class Project:
    """A generated project on disk (mkdocs.yml, content/)."""

    root: Path

    @property
    def content(self) -> Path:
        """The content folder."""
        return self.root / "content"

    def articles(self) -> list[Path]:
        """Every article file, in path order."""
        return sorted((self.content / "articles").glob("*/*.md"))

    def categories(self) -> list[str]:
        """The category folders."""
        return sorted(p.name for p in (self.content / "articles").iterdir() if p.is_dir())

    def team(self) -> list[str]:
        """Team member ids."""
        return sorted(p.stem for p in (self.content / "team").glob("*.yml"))


def get_key(text: str, key: str) -> str | None:
    """The value of a one-line front matter key, as written."""
    match = FRONT.match(text)
    found = re.search(rf"^{key}: (.*)$", match.group(1), re.MULTILINE) if match else None
    return found.group(1) if found else None


def set_key(text: str, key: str, value: str) -> str:
    """Set a one-line front matter key (added before `status` when missing)."""
    match = FRONT.match(text)
    assert match, "an article has front matter"
    front = match.group(1)
    line = f"{key}: {value}"
    if re.search(rf"^{key}: .*$", front, re.MULTILINE):
        front = re.sub(rf"^{key}: .*$", lambda _: line, front, count=1, flags=re.MULTILINE)
    else:
        front = front.replace("status:", f"{line}\nstatus:", 1)
    return f"---\n{front}---\n{text[match.end():]}"


def slug_list(value: str | None) -> list[str]:
    """The items of an inline YAML list `[a, b]`."""
    if not value or not value.startswith("["):
        return []
    return [item.strip() for item in value.strip("[]").split(",") if item.strip()]


def _retarget(project: Project, old: Path, new: Path | None) -> None:
    """Make every `related` entry and link to `old` point at `new` (or drop them), writing
    only the articles that change, as an author's editor would (rewriting all 10,000 took
    tens of seconds under load, and the preview read files half written meanwhile: failed
    builds that were the bench's, save38)."""
    old_slug = old.stem
    for path in project.articles():
        text = was = path.read_text(encoding="utf-8")
        related = slug_list(get_key(text, "related"))
        if old_slug in related:
            related = [new.stem if s == old_slug and new else s for s in related
                       if s != old_slug or new]
            text = set_key(text, "related", f"[{', '.join(related)}]")
        forms = [f"../{old.parent.name}/{old.name}"]
        if path.parent == old.parent:
            forms.append(old.name)
        for form in forms:
            pattern = rf"\[([^\]]*)\]\({re.escape(form)}(?=[)#])([^)]*)\)"
            if new is not None:
                target = f"../{new.parent.name}/{new.name}"
                text = re.sub(pattern, lambda m, t=target: f"[{m[1]}]({t}{m[2]})", text)
            else:  # the link's text stays, as plain text
                text = re.sub(pattern, r"\1", text)
        if text != was:
            path.write_text(text, encoding="utf-8")


def _links_from_elsewhere(text: str, category: str) -> str:
    """An article's text with links to its own folder's articles made to work from any
    category folder."""
    return re.sub(r"\]\(([a-z0-9-]+\.md)", rf"](../{category}/\1", text)


def _pick(rng: Random, project: Project) -> Path:
    return rng.choice(project.articles())


def edit_body(rng: Random, project: Project) -> str:
    path = _pick(rng, project)
    text = path.read_text(encoding="utf-8")
    if "## Cause" in text and rng.random() < 0.5:
        text = text.replace("## Cause", "## Why it happens", 1)  # anchors change
    else:
        text += f"\nStill stuck? Restart the hub once more ({rng.randint(1, 999)}).\n"
    path.write_text(text, encoding="utf-8")
    return f"edited the body of {path.name}"


def add_article(rng: Random, project: Project) -> str:
    source = _pick(rng, project)
    category = rng.choice(project.categories())
    number = rng.randint(1000, 9999)
    new = project.content / "articles" / category / f"new-problem-{number}.md"
    text = source.read_text(encoding="utf-8")
    text = set_key(text, "title", f"New problem number {number} with the hub")
    text = set_key(text, "tags", f"[hub, fresh-{number}]")
    text = _links_from_elsewhere(text, source.parent.name)
    new.write_text(text, encoding="utf-8")
    return f"added {category}/{new.name}"


def rename_article(rng: Random, project: Project) -> str:
    old = _pick(rng, project)
    new = old.with_name(f"renamed-{rng.randint(1000, 9999)}-{old.name}")
    old.rename(new)
    _retarget(project, old, new)
    return f"renamed {old.name} to {new.name}"


def move_article(rng: Random, project: Project) -> str:
    old = _pick(rng, project)
    others = [c for c in project.categories() if c != old.parent.name]
    new = project.content / "articles" / rng.choice(others) / old.name
    if new.exists():
        return edit_body(rng, project)
    text = _links_from_elsewhere(old.read_text(encoding="utf-8"), old.parent.name)
    new.write_text(text, encoding="utf-8")
    old.unlink()
    _retarget(project, old, new)
    return f"moved {old.name} to {new.parent.name}/"


def delete_article(rng: Random, project: Project) -> str:
    if len(project.articles()) < 10:
        return add_article(rng, project)
    old = _pick(rng, project)
    old.unlink()
    _retarget(project, old, None)
    return f"deleted {old.parent.name}/{old.name}"


def retitle_listed(rng: Random, project: Project) -> str:
    listed = {slug for p in project.articles()
              for slug in slug_list(get_key(p.read_text(encoding="utf-8"), "related"))}
    candidates = [p for p in project.articles() if p.stem in listed] or project.articles()
    path = rng.choice(candidates)
    text = path.read_text(encoding="utf-8")
    title = json.dumps(f"Retitled: {path.stem.replace('-', ' ')[:60]}")  # YAML-safe
    path.write_text(set_key(text, "title", title), encoding="utf-8")
    return f"retitled {path.name} (listed by others)"


def change_related(rng: Random, project: Project) -> str:
    path, *others = rng.sample(project.articles(), 3)
    text = path.read_text(encoding="utf-8")
    path.write_text(set_key(text, "related", f"[{', '.join(o.stem for o in others)}]"),
                    encoding="utf-8")
    return f"changed related of {path.name}"


def change_tags(rng: Random, project: Project) -> str:
    path = _pick(rng, project)
    text = path.read_text(encoding="utf-8")
    tags = slug_list(get_key(text, "tags"))
    tags = rng.sample(tags, max(0, len(tags) - 1)) + [rng.choice(["wifi", "hub", "battery",
                                                                  f"tag-{rng.randint(1, 99)}"])]
    path.write_text(set_key(text, "tags", f"[{', '.join(dict.fromkeys(tags))}]"),
                    encoding="utf-8")
    return f"changed tags of {path.name}"


def _set_picked(rng: Random, project: Project, key: str, value: Callable[[], str]
                ) -> tuple[Path, str]:
    """Set front matter `key` of an article picked at random to `value()`."""
    path = _pick(rng, project)
    chosen = value()
    path.write_text(set_key(path.read_text(encoding="utf-8"), key, chosen), encoding="utf-8")
    return path, chosen


def change_author(rng: Random, project: Project) -> str:
    path, author = _set_picked(rng, project, "author", lambda: rng.choice(project.team()))
    return f"made {author} the author of {path.name}"


def retag_existing(rng: Random, project: Project) -> str:
    """Give an article one more tag that another article has (no tag page is new)."""
    path = _pick(rng, project)
    text = path.read_text(encoding="utf-8")
    tags = slug_list(get_key(text, "tags"))
    known = sorted({tag for other in project.articles() if other != path
                    for tag in slug_list(get_key(other.read_text(encoding="utf-8"), "tags"))}
                   - set(tags))
    tags.append(rng.choice(known))
    path.write_text(set_key(text, "tags", f"[{', '.join(tags)}]"), encoding="utf-8")
    return f"tagged {path.name} {tags[-1]}"


def change_summary(rng: Random, project: Project) -> str:
    path, _ = _set_picked(rng, project, "summary", lambda: json.dumps(
        f"Summary {rng.randint(1, 999)}: restart the hub, then try again."))
    return f"changed the summary of {path.name}"


def change_updated(rng: Random, project: Project) -> str:
    """Move an article's `updated` date (after its `created`, before the project's day)."""
    path = _pick(rng, project)
    text = path.read_text(encoding="utf-8")
    created = dt.date.fromisoformat(get_key(text, "created") or "2026-01-01")
    day = created + dt.timedelta(days=rng.randint(0, max(0, (LATEST - created).days)))
    path.write_text(set_key(text, "updated", day.isoformat()), encoding="utf-8")
    return f"set updated of {path.name} to {day}"


def change_order(rng: Random, project: Project) -> str:
    path, order = _set_picked(rng, project, "order", lambda: str(rng.randint(1, 5)))
    return f"set order of {path.name} to {order}"


def change_status(rng: Random, project: Project) -> str:
    """Make an article no other article relates to a draft or internal, or published again
    (its page goes or comes: a full build)."""
    texts = {p: p.read_text(encoding="utf-8") for p in project.articles()}
    free = [p for p in texts if not any(p.stem in text for other, text in texts.items()
                                        if other != p)]
    path = rng.choice(free or project.articles())
    text = path.read_text(encoding="utf-8")
    status = "published" if get_key(text, "status") != "published" else rng.choice(
        ["draft", "internal"])
    path.write_text(set_key(text, "status", status), encoding="utf-8")
    return f"made {path.name} {status}"


def edit_profile(rng: Random, project: Project) -> str:
    member = rng.choice(project.team())
    path = project.content / "team" / f"{member}.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^role: .*$", f"role: Product specialist {rng.randint(1, 99)}",
                           text, count=1, flags=re.MULTILINE), encoding="utf-8")
    return f"changed the role in {member}.yml"


def edit_contact(rng: Random, project: Project) -> str:
    path = project.content / "_data" / "contact.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^email: .*$", f"email: help{rng.randint(1, 99)}@hearthly.example",
                           text, count=1, flags=re.MULTILINE), encoding="utf-8")
    return "changed the support e-mail address"


def edit_synonyms(rng: Random, project: Project) -> str:
    path = project.content / "_data" / "synonyms.yml"
    word = f"gizmo{rng.randint(1, 999)}"
    with path.open("a", encoding="utf-8") as out:
        out.write(f"- [{word}, hub, bridge]\n")
    return f"added the synonyms of {word}"


def edit_settings(rng: Random, project: Project) -> str:
    path = project.root / "mkdocs.yml"
    text = path.read_text(encoding="utf-8")
    count = rng.choice([2, 3, 4, 6])
    path.write_text(re.sub(r"related_articles: \d+", f"related_articles: {count}", text),
                    encoding="utf-8")
    return f"set related_articles to {count} in mkdocs.yml"


EDITS: list[Callable[[Random, Project], str]] = [
    edit_body, add_article, rename_article, move_article, delete_article, retitle_listed,
    change_related, change_tags, change_author, edit_profile, edit_contact, edit_synonyms,
    edit_settings, retag_existing, change_summary, change_updated, change_order,
    change_status]
"""Every kind of edit; a run draws from them with a seeded generator."""
FRONT_MATTER_EDITS: list[Callable[[Random, Project], str]] = [
    retitle_listed, change_related, retag_existing, change_summary, change_author,
    change_updated, change_order]
"""Edits of existing articles' front matter that leave every page in place: `kbgen build`
takes them quickly (kbgen.site.front_matter_build)."""


def plan(seed: int, steps: int) -> list[Callable[[Random, Project], str]]:
    """`steps` edits: every kind once while steps allow (body edits first), then at random."""
    rng = Random(seed)
    kinds = EDITS[1:]
    rng.shuffle(kinds)
    chosen = [edit_body, *kinds][:steps]
    return chosen + [rng.choice(EDITS) for _ in range(steps - len(chosen))]

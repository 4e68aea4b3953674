"""`kbgen new`: start an article from the template, after checking it is not already solved."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from kbgen.commands.search import Result, search_project
from kbgen.core.article_template import template_text
from kbgen.core.build_day import build_day
from kbgen.core.config import site_language
from kbgen.core.loader import load
from kbgen.core.model import KnowledgeBase
from kbgen.core.news import NEWS_DIR
from kbgen.core.schema import SLUG
from kbgen.core.search import QUERY_WORDS, tokens
from kbgen.core.similarity import STOP_WORDS
from kbgen.core.slugs import unicode_slug
from kbgen.core.sources import ARTICLES_DIR
from kbgen.errors import KbError
from kbgen.project import Project

SLUG_LIMIT = 60
TEMPLATE = """\
---
title: {title}
summary: {summary}
symptoms:{symptoms}
errors: []
applies_to: []
tags: []
author: {author}
created: {today}
updated: {today}
status: draft
related: []
tickets: []
---

{body}"""


KNOWN_ISSUE_BLOCK = """\
known_issue:  # many customers have it now; see "Known issues" in kbgen's README
  state: investigating  # identified | workaround | monitoring | fixed
  since: {today}
  major: false  # true: a banner on every page while it is open
  errors: []  # the codes customers see: a search for one puts this issue first
  applies_to: []
  # workaround: {workaround}
  # fixed_in: {fixed_in}  fixed_on: the day the fix is out (closes the issue)
  updates:  # newest first
    - {{date: {today}, text: {update}}}
"""
NEWS_TEMPLATE = """\
---
title: {title}
summary: {summary}
date: {day}  # published by the first build on or after this day
category: {category}  # a kind of news, or an article category (its page lists the post)
tags: []
status: draft  # published when it is ready
---

{body}
"""


def slugify(title: str) -> str:
    """`Can't sign in after changing e-mail!` -> `cant-sign-in-after-changing-e-mail`;
    `Überweisung fehlgeschlagen` -> `überweisung-fehlgeschlagen` (any script: the file is
    named in its language, its address is transliterated; kbgen.core.slugs)."""
    return unicode_slug(title, SLUG_LIMIT)


def likely_matches(project: Project, title: str, symptoms: list[str]) -> list[Result]:
    """Existing articles that probably solve the same problem (most query words matched)."""
    query = " ".join([title, *symptoms])
    meaningful = {w for w in tokens(query) if w not in STOP_WORDS}
    needed = max(2, (min(len(meaningful), QUERY_WORDS) + 1) // 2)  # a query reads 32 words
    found = [r for r in search_project(project, query, 10)
             if r.hit.matched_terms >= needed and r.doc.get("kind", "article") == "article"]
    return found[:5]


def known(project: Project) -> KnowledgeBase:
    """The knowledge base, for category and author choices."""
    kb, _ = load(project.content_dir, project.settings)
    return kb


def article_path(project: Project, category: str, slug: str) -> Path:
    """`content/articles/<category>/<slug>.md`; refuse any other place (a category such as
    `../x`, or a category folder that is a link leaving `content/articles/`)."""
    articles = (project.content_dir / ARTICLES_DIR).resolve()
    path = project.content_dir / ARTICLES_DIR / category / f"{slug}.md"
    if not re.fullmatch(SLUG, category) or path.resolve().parent != articles / category:
        raise KbError(f"category '{category}' is not a folder of {ARTICLES_DIR}/; a category is"
                      " a folder name in lowercase-with-hyphens, e.g. billing")
    return path


def create(project: Project, kb: KnowledgeBase, category: str, title: str,
           author: str | None, symptoms: list[str], today: dt.date | None = None,
           known_issue: bool = False) -> Path:
    """Write the new draft (with a `known_issue` block if asked), its headings and stand-in
    text in the site's language (kbgen.core.article_template); never overwrite a file."""
    if category not in kb.categories:
        raise KbError(f"unknown category '{category}'; use one of: "
                      f"{', '.join(sorted(kb.categories)) or 'none (create _data/categories.yml)'}")
    if author and kb.has_team and author not in kb.team:
        raise KbError(f"unknown author '{author}'; use one of: {', '.join(sorted(kb.team))}")
    slug = slugify(title)
    if not slug:
        raise KbError("the title needs at least one letter or digit")
    existing = kb.article(slug)
    if existing is not None:
        raise KbError(f"an article with the slug '{slug}' exists: "
                      f"{existing.origin.display_path}; edit it or choose another title")
    path = article_path(project, category, slug)
    day = (today or build_day()).isoformat()
    wording = template_text(site_language(project.settings, project.theme_language))
    text = TEMPLATE.format(
        title=quoted(title), summary=quoted(wording.summary),
        symptoms="".join(f"\n  - {quoted(s)}" for s in symptoms) or " []",
        author=author or "", today=day, body=wording.body())
    if known_issue:
        text = text.replace("related: []\n", "related: []\n" + KNOWN_ISSUE_BLOCK.format(
            today=day, update=quoted(wording.issue_update), workaround=wording.issue_workaround,
            fixed_in=wording.issue_fixed_in), 1)
    return _write_new(path, text)


_ESCAPED = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""What YAML cannot hold as written in a double-quoted string: control characters, line
breaks (U+2028, U+2029 too) and lone surrogates."""


def quoted(text: str) -> str:
    """`text` as a YAML double-quoted string with its letters as typed (`"démarre"`, not
    `"d\\u00e9marre"`); only what YAML cannot hold as written is escaped."""
    return _ESCAPED.sub(lambda found: json.dumps(found.group())[1:-1],
                        json.dumps(text, ensure_ascii=False))


def create_news(project: Project, title: str, category: str | None, day: dt.date) -> Path:
    """Write a news post as a draft dated `day` (`content/news/<slug>.md`); never overwrite."""
    slug = slugify(title)
    if not slug or slug == "index":  # news/index.md is the news page itself
        raise KbError("the title needs a word other than 'index', with a letter or digit")
    wording = template_text(site_language(project.settings, project.theme_language))
    text = NEWS_TEMPLATE.format(title=quoted(title), day=day.isoformat(),
                                summary=quoted(wording.news_summary), body=wording.news_body,
                                category=quoted(category or wording.news_category))
    return _write_new(project.content_dir / NEWS_DIR / f"{slug}.md", text)


def _write_new(path: Path, text: str) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise KbError(f"{path} already exists; it was not changed") from None
    except OSError as exc:
        raise KbError(f"cannot write {exc.filename or path}: {exc.strerror or exc}") from None
    return path


def sections_to_write(path: Path) -> str:
    """The first three `## ` headings of the new article, as a person reads them
    ("Symptoms, Cause and Resolution"; "症状, 原因 and 解決方法" on a Japanese site)."""
    headings = [line[3:].strip() for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("## ") and line[3:].strip()][:3]
    if not headings:
        return "article"
    return headings[0] if len(headings) == 1 else \
        f"{', '.join(headings[:-1])} and {headings[-1]}"

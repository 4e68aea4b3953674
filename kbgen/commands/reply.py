"""`kbgen reply`: a customer-ready reply from an article, or every reply for a help desk."""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path
from typing import Any

from kbgen.core.gate import allowed_values
from kbgen.core.i18n import Translator, overrides_for
from kbgen.core.loader import load
from kbgen.core.model import KnowledgeBase
from kbgen.core.reply import (
    REPLY_TEMPLATE_FILE,
    Reply,
    ReplyError,
    ReplyTemplate,
    Site,
    build_reply,
)
from kbgen.core.reply_wording import ReplyWording
from kbgen.core.sources import safe_file
from kbgen.errors import KbError
from kbgen.project import Project, read_config

FORMATS = ("text", "markdown", "html")
EXPORT_VERSION = 1


class Replies:
    """The knowledge base, site address and template a project's replies are made from."""

    def __init__(self, project: Project) -> None:
        _, data = read_config(project.config_file)
        site_url = data.get("site_url")
        if not isinstance(site_url, str) or not site_url.startswith(("https://", "http://")):
            raise KbError(f"{project.config_file}: a reply links to the article, so it needs"
                          " `site_url: https://help.example.com/` in mkdocs.yml")
        self.site = Site(site_url.rstrip("/") + "/", data.get("use_directory_urls", True)
                         is not False)
        self.site_name = str(data.get("site_name") or "")
        self.kb: KnowledgeBase = load(project.content_dir, project.settings, gate=False)[0]
        self.allowed, self.region = allowed_values(self.kb, project.settings)
        self.wording = _wording(project)
        self.template = _template(project, self.wording)

    def one(self, slug: str, name: str = "") -> Reply:
        """The reply of the article `slug`; KbError when there is none to give."""
        article = self.kb.article(slug)
        if article is None:
            slugs = [a.slug for a in self.kb.public_articles()]
            close = [s for s in slugs if slug in s][:3] or difflib.get_close_matches(slug, slugs, 3)
            hint = f"; did you mean {', '.join(close)}?" if close else \
                " (the file name without .md; `kbgen search` finds it)"
            raise KbError(f"no article '{slug}' could be read{hint}")
        try:
            return build_reply(self.kb, article, self.site, self.template, name,
                               self.allowed, self.region, self.wording)
        except ReplyError as exc:
            raise KbError(str(exc)) from None

    def export(self) -> tuple[dict[str, Any], list[str]]:
        """Every published article's reply (the `--export` file), and the articles left out
        with the reason."""
        replies, skipped = [], []
        for article in self.kb.public_articles():
            try:
                reply = build_reply(self.kb, article, self.site, self.template,
                                    allowed=self.allowed, region=self.region,
                                    wording=self.wording)
            except ReplyError as exc:
                skipped.append(str(exc))
                continue
            category = self.kb.categories.get(article.category)
            replies.append({**reply.as_dict(), "category": category.info.title if category
                            else article.category, "tags": list(article.meta.tags),
                            "updated": (article.meta.updated or article.meta.created
                                        or dt.date.min).isoformat()})
        return {"version": EXPORT_VERSION, "site": self.site_name, "site_url": self.site.url,
                "replies": replies}, skipped


def _wording(project: Project) -> ReplyWording:
    """The reply's own words in the site's language (`theme.language`, the site's wording)."""
    language = project.theme_language or "en"
    settings = project.settings
    return ReplyWording(Translator(language, settings.locale,
                                   overrides_for(settings.messages, language)))


def _template(project: Project, wording: ReplyWording) -> ReplyTemplate:
    path = safe_file(project.content_dir, REPLY_TEMPLATE_FILE)
    if path is None:
        return ReplyTemplate(wording.template())
    template = ReplyTemplate(path.read_text(encoding="utf-8-sig"),
                             f"{project.content_dir.name}/{REPLY_TEMPLATE_FILE}")
    problems = template.problems()
    if problems:
        raise KbError("\n".join(problems))
    return template


def render(reply: Reply, form: str, as_json: bool) -> str:
    """One reply for the terminal: in one format, or as JSON with every format."""
    if as_json:
        return json.dumps(reply.as_dict(), indent=2, ensure_ascii=False)
    return {"text": reply.text, "markdown": reply.markdown, "html": reply.html}[form]


def write_export(data: dict[str, Any], path: Path) -> None:
    """Write the export file (UTF-8 JSON)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

"""What kbgen does to each page, in MkDocs' order: before its Markdown is converted
(shortcodes, template, metadata), after (article header, cleaning), and for its template
(kbgen's `kb_*` variables). Pages a worker renders are skipped here: their worker runs these."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kbgen.core.allow_markers import strip_markers
from kbgen.core.internal import split_internal
from kbgen.core.news import is_news_post
from kbgen.core.sanitize import clean_html, publish_toc_ids
from kbgen.core.sources import TEAM_DIR, Source
from kbgen.site.contact import json_ld
from kbgen.site.context import article_view
from kbgen.site.included import check_included
from kbgen.site.informed import NEWS_TEMPLATE, page_variables
from kbgen.site.languages import to_default_pages
from kbgen.site.metadata import article_json_ld, page_metadata
from kbgen.site.pages import clean_then_fill
from kbgen.site.progress import page_done
from kbgen.site.safety import escape_meta, heading_title
from kbgen.site.shortcodes import Context, expand
from kbgen.site.summary_repeat import summary_opens_body
from kbgen.site.theme import ARTICLE_TEMPLATE
from kbgen.site.urls import CONTACT, HOME

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

    from kbgen.site.state import BuildState


def before_markdown(state: BuildState, markdown: str, page: Page) -> str:
    """Expand shortcodes; give articles their template and description (news posts their
    template); leave internal notes out (but in a preview)."""
    state.budget.page = _page_name(state, page)
    renderer, urls = state.renderer, state.urls
    if renderer is None or urls is None:
        return markdown
    if state.fast.waits_for_worker(page):  # a worker renders it; other pages' navigation
        escape_meta(page.meta, state.settings.internal_keys)  # prints its title from here
        return markdown
    article = state.articles.get(page.file.src_uri)
    if not state.serving:
        markdown = split_internal(markdown)[0]
    markdown = strip_markers(markdown, keep_lines=False)  # reviewed exceptions: never shown
    if state.languages is not None:  # a translation's links to the default's pages
        markdown = state.languages.default_links(markdown, page.file.src_uri, page.url)
    if article is not None:
        page.meta.setdefault("template", ARTICLE_TEMPLATE)
        page.meta.setdefault("description", article.meta.summary)
    elif is_news_post(page.file.src_uri) and page.file.src_uri in state.kb.pages:
        page.meta.setdefault("template", NEWS_TEMPLATE)
    escape_meta(page.meta, state.settings.internal_keys)
    # kbgen ships its own prebuilt index: Material's plugin need not parse every page.
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    ctx = Context(state.kb, urls, renderer, page.url, state.settings.recent_articles,
                  state.settings.team_groups, state.contact, state.translator,
                  state.settings.reply_within, card=state.folder_views().article_card)
    expanded = expand(markdown, ctx, page.file.src_uri)
    if expanded.fragments:
        state.expanded[page.file.src_uri] = expanded
    return expanded.markdown


def _page_name(state: BuildState, page: Page) -> str:
    """The file a page comes from, as messages name it."""
    uri = page.file.src_uri
    article = state.articles.get(uri)
    member = state.kb.team.get(Path(uri).stem) if uri.startswith(f"{TEAM_DIR}/") else None
    source = article or member
    if source is not None:
        return source.origin.display_path
    path = page.file.abs_src_path
    return Source(uri, Path(path)).display_path if path else uri


def after_markdown(state: BuildState, html: str, page: Page) -> str:
    """Put the header customers scan above each article; clean what authors wrote with nh3
    (articles, pages of the content folder, profiles), then put in kbgen's own fragments."""
    uri = page.file.src_uri
    article = state.articles.get(uri)
    if state.fast.waits_for_worker(page):
        return html
    if "title" not in page.meta and page.title:  # taken from the first heading
        page.meta["title"] = heading_title(page.title)
    if state.languages is not None:
        html = to_default_pages(html)
    expanded = state.expanded.pop(uri, None)
    if expanded is not None:
        page.present_anchor_ids = (page.present_anchor_ids or set()) | expanded.anchor_ids()
    authored = article is not None or uri in state.kb.pages or uri.startswith(f"{TEAM_DIR}/")
    if state.includes_files:
        check_included(state, uri, html, page.markdown or "", _page_name(state, page))
    if authored:
        publish_toc_ids(page.toc)  # the heading ids clean_html publishes
    if article is not None and state.renderer is not None:
        header = state.renderer.render("article-header", article=article.meta,
                                       status=article.meta.status, serving=state.serving,
                                       internal=dict(article.internal),
                                       repeated=summary_opens_body(article.meta.summary, html))
        # the header is kbgen's: its classes kept (an author's are not, kbgen.core.theme_classes)
        return (f"{clean_html(header, state.own_host, theme_classes=True)}\n"
                f"{clean_then_fill(html, expanded, state.own_host)}")
    if authored:
        return clean_then_fill(html, expanded, state.own_host)
    return expanded.fill(html) if expanded is not None else html


def template_variables(state: BuildState, context: TemplateContext, page: Page,
                       config: MkDocsConfig) -> None:
    """Footer links for every page; breadcrumbs, byline, tags and related for articles."""
    if state.urls is None or state.fast.waits_for_worker(page):
        return
    ours = cast("dict[str, Any]", context)  # kbgen's own template variables, all `kb_*`
    views = state.folder_views()
    ours["kb_links"] = views.site_links(page.url)
    if state.languages is not None:
        ours["kb_languages"] = state.languages.links(page.file.src_uri, page.url)
    if not state.fast.rendered_by_worker(page):  # the build process counts it when back
        page_done(state)
    contact = state.kb.contact
    if contact is not None and page.file.src_uri in (HOME, CONTACT):
        ours["kb_jsonld"] = json_ld(contact, config.site_url)
    article = state.articles.get(page.file.src_uri)
    ours["kb_meta"] = page_metadata(state.kb, article, state.urls, page, config)
    ours.update(page_variables(state.kb, page.file.src_uri, state.urls, page.url, config.site_url,
                               state.translator))
    if article is not None:
        ours["kb_jsonld"] = article_json_ld(state.kb, article, state.urls, config.site_url or "",
                                            page.canonical_url or "", config.site_name,
                                            state.translator)
        ours["kb_article"] = article_view(
            state.kb, article, state.urls, page.url, page.canonical_url or page.abs_url or "",
            state.related, state.settings.related_articles, state.translator,
            card=views.article_card)

"""What kbgen does at each MkDocs event, on the build's state (the `kbgen` plugin, in
plugin.py, owns that state and calls these; event priorities are declared there)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from kbgen.core.background import Background, BackgroundError, can_fork
from kbgen.core.gate import settings_problems
from kbgen.core.internal import split_internal
from kbgen.core.internal_markdown import InternalNotesExtension
from kbgen.core.loader import gate_problems, load
from kbgen.core.related import RelatedIndex
from kbgen.core.sanitize import publish_toc_ids
from kbgen.core.sources import ARTICLES_DIR, TEAM_DIR, Source
from kbgen.core.templates import template_problems
from kbgen.errors import Problem
from kbgen.site import parallel, search_index
from kbgen.site.article_pages import KbPage
from kbgen.site.brand import BRAND_CSS, apply_brand, brand_css
from kbgen.site.contact import contact_view, json_ld
from kbgen.site.context import article_view, site_links
from kbgen.site.frames import unframable
from kbgen.site.hosting import ThemeScripts, write_hosting_files
from kbgen.site.nav import build_nav
from kbgen.site.pages import add_generated, clean_then_fill, set_inclusion, walk_copied_folders
from kbgen.site.render import Renderer, prepare_env
from kbgen.site.safety import escape_meta, heading_title
from kbgen.site.settings import load_settings
from kbgen.site.shortcodes import Context, expand
from kbgen.site.state import BuildState
from kbgen.site.theme import use_kbgen_theme
from kbgen.site.time_budget import BudgetExtension
from kbgen.site.urls import CONTACT, HOME, Urls, category_uri

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

log = get_plugin_logger("kbgen")
ARTICLE_TEMPLATE = "article.html"
LOCAL_WORKER_SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"
"""Vendored shim; without it Material's offline plugin loads one from a CDN."""


def report(problems: list[Problem], docs_dir: str) -> None:
    """Warnings go to the log (fatal under --strict); errors stop the build, all listed."""
    errors = [p for p in problems if p.level == "error"]
    for problem in problems:
        if problem.level == "warning":
            log.warning(str(problem))
    if errors:
        lines = "\n".join(str(p) for p in errors)
        raise PluginError(
            f"Error reading content in '{docs_dir}': {len(errors)} error(s)\n{lines}\n"
            "Fix these and build again; nothing was published."
        )


# ---------------------------------------------------------------------------- Hooks


def start_build(config: MkDocsConfig, *, serving: bool, staged: bool) -> BuildState:
    """Validate `extra.kb`: the state of a new build."""
    settings = load_settings(config.extra, config.config_file_path, config.docs_dir)
    return BuildState(settings=settings, serving=serving, staged=staged)


def on_config(state: BuildState, config: MkDocsConfig) -> MkDocsConfig:
    """Give search kbgen's fields, keep scripts local."""
    state.tree = walk_copied_folders(config)  # MkDocs walks them next, following links
    custom_dir = config.theme.custom_dir
    report(settings_problems(Path(config.config_file_path or "mkdocs.yml"),
                             Path(config.docs_dir), state.settings, config,
                             Path(custom_dir) if custom_dir else None), config.docs_dir)
    if state.settings.brand is not None:
        apply_brand(config, state.settings.brand)
    use_kbgen_theme(config)
    # The sanitiser drops style attributes: tables must align with align= instead.
    config.mdx_configs.setdefault("tables", {}).setdefault("use_align_attribute", True)
    if "admonition" not in config.markdown_extensions:  # `!!! internal` notes need it
        config.markdown_extensions.append("admonition")
    config.markdown_extensions[:] = [  # every page: notes removed, conversion time bounded
        *(e for e in config.markdown_extensions
          if not isinstance(e, (InternalNotesExtension, BudgetExtension))),
        InternalNotesExtension(reveal=state.serving), BudgetExtension(state.budget)]
    polyfills = config.extra.setdefault("polyfills", [])
    if not any("iframe-worker" in url for url in polyfills):
        polyfills.append(LOCAL_WORKER_SHIM)
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None and hasattr(search.config, "fields"):
        if not search.config.fields:
            search.config.fields = search_index.search_plugin_fields()
        if not search.config.separator:
            search.config.separator = search_index.search_separator()
    return config


def on_files(state: BuildState, files: Files, *, config: MkDocsConfig) -> Files:
    """Load and validate the content, hide private files, add category and tag pages."""
    content_dir = Path(config.docs_dir)
    tree = state.tree
    beside = state.staged and can_fork() and tree is not None and len(
        tree.sources(ARTICLES_DIR, (".md",))) >= GATE_BESIDE_FROM
    state.kb, problems = load(content_dir, state.settings, gate=not beside,
                              helpers=1 if beside else 0, tree=tree)
    custom_dir = config.theme.custom_dir
    problems += template_problems(state.kb, Path(custom_dir) if custom_dir else None)
    report(problems, config.docs_dir)
    state.articles = {a.origin.src_uri: a for a in state.kb.articles}
    state.related = RelatedIndex(state.kb)
    state.contact = contact_view(state.kb.contact) if state.kb.contact else None
    set_inclusion(files, state.kb, config.docs_dir, tree)
    generated = add_generated(files, state.kb, config)
    css = brand_css(state.settings.brand) if state.settings.brand else None
    if css:
        files.append(File.generated(config, BRAND_CSS, content=css))
    state.urls = Urls(files)
    state.renderer = Renderer(config.theme.get_env())
    if beside:
        state.background = _gate_and_index_in_background(content_dir, state)
    state.pages_total = sum(1 for f in files.documentation_pages()
                            if not f.inclusion.is_excluded())
    _kb_pages(files, config, state, generated)
    return files


def _kb_pages(files: Files, config: MkDocsConfig, state: BuildState, generated: set[str]) -> None:
    """Give articles and generated listings their page class; defer them to workers when
    the build has enough articles."""
    built = []
    for file in files.documentation_pages(inclusion=lambda _: True):
        article = state.articles.get(file.src_uri)
        if article is not None or file.src_uri in generated:
            page = KbPage(None, file, config)
            page.article = article
            page.markdown_cache = state.markdown
            if not file.inclusion.is_excluded():
                built.append(page)
    articles = sum(1 for page in built if page.article is not None)
    state.workers = 1 if state.serving else parallel.worker_count(state.settings.build_workers,
                                                             articles)
    if state.workers > 1:
        for page in built:
            page.deferred = True


def on_nav(state: BuildState, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    """Show categories in the navigation, not every article (unless `nav` is configured)."""
    state.nav = nav if config.nav is not None else build_nav(nav, state.kb, files)
    return state.nav


def on_page_markdown(state: BuildState, markdown: str, *, page: Page, config: MkDocsConfig,
                     files: Files) -> str:
    """Expand shortcodes; give articles their template and the header customers scan."""
    state.budget.page = _page_name(state, page)
    renderer, urls = state.renderer, state.urls
    if renderer is None or urls is None or _waits_for_worker(page):
        return markdown
    article = state.articles.get(page.file.src_uri)
    if not state.serving:
        markdown = split_internal(markdown)[0]
    if article is not None:
        page.meta.setdefault("template", ARTICLE_TEMPLATE)
        page.meta.setdefault("description", article.meta.summary)
    escape_meta(page.meta, state.settings.internal_keys)
    # kbgen ships its own prebuilt index: Material's plugin need not parse every page.
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    ctx = Context(state.kb, urls, renderer, page.url, state.settings.recent_articles,
                  state.settings.team_groups, state.contact)
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


GATE_BESIDE_FROM = 300
"""From this many articles, `kbgen build` runs the gate in a second process; below, starting
one costs more than it saves."""


def _gate_and_index_in_background(content_dir: Path, state: BuildState
                                  ) -> Background[tuple[list[Problem], search_index.SiteIndex]]:
    """Start the personal-data gate and the search index in a forked process (`kbgen build`
    has no other thread yet), on the knowledge base already loaded."""
    kb, settings, urls = state.kb, state.settings, state.urls
    assert urls is not None
    return Background(lambda: (gate_problems(content_dir, settings, kb),
                               search_index.index_text(kb, urls)))


PROGRESS_FROM = 500
"""Builds with at least this many pages log their progress every 10%."""


def _waits_for_worker(page: Page) -> bool:
    """True for a page a worker renders: kbgen's page events skip it here."""
    return isinstance(page, KbPage) and page.deferred


def _progress(state: BuildState, page: Page | None = None) -> None:
    if isinstance(page, KbPage) and page.in_worker:  # the build process counts it when back
        return
    state.pages_done += 1
    total, done = state.pages_total, state.pages_done
    if total >= PROGRESS_FROM and done * 10 // total != (done - 1) * 10 // total:
        log.info(f"Rendered {done} of {total} pages ({done * 100 // total}%)")


def on_page_content(state: BuildState, html: str, *, page: Page, config: MkDocsConfig,
                    files: Files) -> str:
    """Put the header customers scan above each article; clean what authors wrote with nh3
    (articles, pages of the content folder, profiles), then put in kbgen's own fragments."""
    uri = page.file.src_uri
    article = state.articles.get(uri)
    if _waits_for_worker(page):
        return html
    if "title" not in page.meta and page.title:  # taken from the first heading
        page.meta["title"] = heading_title(page.title)
    expanded = state.expanded.pop(uri, None)
    if expanded is not None:
        page.present_anchor_ids = (page.present_anchor_ids or set()) | expanded.anchor_ids()
    authored = article is not None or uri in state.kb.pages or uri.startswith(f"{TEAM_DIR}/")
    if authored:
        publish_toc_ids(page.toc)  # the heading ids clean_html publishes
    if article is not None and state.renderer is not None:
        header = state.renderer.render("article-header", article=article.meta,
                                       status=article.meta.status, serving=state.serving,
                                       internal=dict(article.internal))
        return clean_then_fill(f"{header}\n{html}", expanded)
    if authored:
        return clean_then_fill(html, expanded)
    return expanded.fill(html) if expanded is not None else html


def on_page_context(state: BuildState, context: TemplateContext, *, page: Page,
                    config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    """Footer links for every page; breadcrumbs, byline, tags and related for articles."""
    if state.urls is None or _waits_for_worker(page):
        return context
    ours = cast("dict[str, Any]", context)  # kbgen's own template variables, all `kb_*`
    ours["kb_links"] = site_links(state.urls, page.url)
    _progress(state, page)
    contact = state.kb.contact
    if contact is not None and page.file.src_uri in (HOME, CONTACT):
        ours["kb_jsonld"] = json_ld(contact, config.site_url)
    article = state.articles.get(page.file.src_uri)
    if article is not None:
        ours["kb_article"] = article_view(
            state.kb, article, state.urls, page.url, page.canonical_url or page.abs_url or "",
            state.related, state.settings.related_articles)
    return context


def toc_key(toc: Any) -> str:
    """What a table of contents shows (levels, anchors and titles), as a cache key."""
    return repr([(item.level, item.url, item.title, toc_key(item.children)) for item in toc])


def on_env(state: BuildState, env: Environment, *, config: MkDocsConfig,
           files: Files) -> Environment:
    """Contact data for every page (404 included); the filter that swaps in kbgen's search
    worker. Then, in big builds, render the articles in worker processes."""
    # Leave out the newline and indentation around template tags: about a tenth of each page
    # was whitespace from Material's templates. (Text from Markdown is never touched.)
    env.trim_blocks = env.lstrip_blocks = True
    prepare_env(env)  # kbgen's fragments escape wherever they are included
    if env.cache is not None:  # templates read before are read again, the same way
        env.cache.clear()
    env.globals["kb_contact"] = state.contact
    env.filters["kb_worker"] = search_index.use_kbgen_worker
    env.filters["kb_toc_key"] = toc_key
    env.globals["kb_once"] = state.render_once
    if state.urls is not None:
        env.globals["kb_topics"] = [(c.info.title, state.urls.to(category_uri(c.slug), ""))
                                    for c in state.kb.ordered_categories()]
        env.globals["kb_contact_url"] = state.urls.to(CONTACT, "")
    state.theme_scripts = ThemeScripts.from_env(env)
    deferred = list(parallel.deferred_pages(files))
    if deferred and state.nav is not None:
        log.info(f"Rendering {len(deferred)} pages in {state.workers} processes")
        slow = unframable(env, [ARTICLE_TEMPLATE, "main.html"])
        if slow:
            log.info(f"Pages of {' and '.join(slow)} are rendered whole, which is slower: the"
                     " template reads the page outside its blocks or defines macros there"
                     " (see 'Big help centres' in kbgen's README)")
        state.scripts = parallel.prerender(
            deferred, state.workers, config=config, files=files, nav=state.nav, env=env,
            theme_scripts=state.theme_scripts, done=lambda: _progress(state))
        env.globals["kb_written"] = [page.file for page in deferred]  # for sitemap.xml
    return env


def on_post_build(state: BuildState, *, config: MkDocsConfig) -> None:
    """Write kbgen's prebuilt search index, robots.txt and the hosting headers."""
    index = None
    if state.background is not None:
        background, state.background = state.background, None
        try:
            problems, index = background.result()
        except BackgroundError as exc:
            raise PluginError(f"The publishing gate and search index failed:\n{exc}") from None
        report(problems, config.docs_dir)
    if state.urls is None:
        return
    if index is None:
        index = search_index.index_text(state.kb, state.urls)
    search_index.write_index(Path(config.site_dir), index)
    theme_scripts = state.theme_scripts or ThemeScripts.from_env(config.theme.get_env())
    write_hosting_files(Path(config.site_dir), config.site_url, theme_scripts, state.scripts)


def on_build_error(state: BuildState, *, error: Exception) -> None:
    """Stop the background work of a build that failed."""
    if state.background is not None:
        state.background.cancel()
        state.background = None

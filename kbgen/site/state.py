"""The state of one build, owned by the `kbgen` plugin and passed to what needs it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.build.memo import Memo, Recent
from kbgen.build.timings import Timings
from kbgen.core.background import BackgroundPair
from kbgen.core.config import KbConfig
from kbgen.core.i18n import Translator
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.published_settings import Settings
from kbgen.core.related import RelatedIndex
from kbgen.core.sources import Tree
from kbgen.errors import Problem
from kbgen.site.fastrender import FastRender
from kbgen.site.folder_views import FolderViews
from kbgen.site.page_reads import PageReads
from kbgen.site.render import Renderer
from kbgen.site.time_budget import RenderBudget

if TYPE_CHECKING:
    from mkdocs.structure.nav import Navigation

    from kbgen.site.contact import ContactView
    from kbgen.site.hosting import ThemeScripts
    from kbgen.site.languages import SiteLanguages
    from kbgen.site.search_index import SiteIndex
    from kbgen.site.shortcodes import Expanded
    from kbgen.site.theme_listing import Listing
    from kbgen.site.urls import Urls


@dataclass
class BuildState:
    """What one build knows: made in `on_config`, filled as MkDocs' events come."""

    settings: KbConfig
    serving: bool = False
    """A preview (`mkdocs serve`): drafts and internal notes are shown."""
    staged: bool = False
    """`kbgen build`, which publishes only after `on_post_build`: on big sites the
    personal-data gate then runs in a second process while pages render. A plain
    `mkdocs build` writes straight into site_dir, so there the gate runs first."""
    translator: Translator = field(default_factory=Translator)
    """The interface's language, dates and the site's own wording (set in `on_config`)."""
    includes_files: bool = False
    """A Markdown extension puts other files' text into pages (set in `on_config`): each page
    as rendered is checked too (kbgen.site.included)."""
    own_host: str = ""
    """The host of `site_url` (set in `on_config`): pictures from it are the site's own, not
    another site's."""
    fast: FastRender = field(default_factory=FastRender)
    """The fast renderer (pages in workers, a shared converter, `kb_once`), or its absence."""
    kb: KnowledgeBase = field(default_factory=KnowledgeBase)
    urls: Urls | None = None
    renderer: Renderer | None = None
    articles: dict[str, Article] = field(default_factory=dict)
    """Articles by source path."""
    related: RelatedIndex = field(default_factory=lambda: RelatedIndex(KnowledgeBase()))
    """Who shares tags, errors or a category with whom (built once per build)."""
    pages_total: int = 0
    pages_done: int = 0
    contact: ContactView | None = None
    """The contact data as templates show it."""
    background: BackgroundPair[list[Problem], SiteIndex] | None = None
    """The publishing gate and the search index, each computed in another process (kbgen
    build of a big site only)."""
    expanded: dict[str, Expanded] = field(default_factory=dict)
    """Shortcode fragments waiting for their page's Markdown to be converted."""
    nav: Navigation | None = None
    theme_scripts: ThemeScripts | None = None
    """The inline scripts the theme's templates write: the only ones the CSP allows."""
    tree: Tree | None = None
    """The content folder as walked in on_config, before MkDocs walks it."""
    budget: RenderBudget = field(default_factory=RenderBudget)
    """How long one page's Markdown may take, and which page is converting."""
    languages: SiteLanguages | None = None
    """A multilingual site's languages and translations (kbgen.site.languages)."""
    other_languages: list[KnowledgeBase] = field(default_factory=list)
    """The default language's build: what each other language's build read (for its
    summary's counts)."""
    published: Path | None = None
    """The site folder `kbgen build` publishes to (its unchanged pages are linked)."""
    use_cache: bool = True
    """Reuse what earlier builds made when nothing it is made from changed."""
    memo: Memo = field(default_factory=Memo)
    """What reading and checking each file gave in earlier builds (kbgen.build.memo)."""
    recent: Recent | None = None
    """The memo's entries of the last builds, in memory (`kbgen serve`: one per process)."""
    search: SiteIndex | None = None
    """The search index this build wrote (a quick build reuses its articles' terms)."""
    search_base: SiteIndex | None = None
    """An index of the same front matter, synonyms, language and day this build's index
    starts from (a preview's cold start: the last build's, kbgen.site.cold_start)."""
    theme_files: Listing | None = None
    """The theme's files as MkDocs listed them (a quick build reuses the listing)."""
    config_read: Settings = ({}, {})
    """mkdocs.yml as `read_settings` read it once at the build's start: its values and the
    line of each key path, for every check of the file."""
    settings_checked: bool = False
    """Set by a quick build: mkdocs.yml, the contact data and the theme folder are as the
    full build it starts from checked them (its inputs say so); not checked again."""
    kept_errors: list[Problem] | None = None
    """A first preview with no last one to show (`kbgen serve`): the content's errors are
    kept here, shown on its pages, instead of stopping the build that would serve nothing."""
    timings: Timings = field(default_factory=Timings)
    """Where this build's time goes (printed by `kbgen build --profile`)."""

    page_reads: PageReads = field(default_factory=PageReads)
    """What each page read of the articles' front matter (kbgen.site.page_reads)."""

    views: FolderViews | None = None
    """What pages of one folder share in their template variables (see `folder_views`)."""

    def __post_init__(self) -> None:
        self.fast.timings = self.timings

    @property
    def records_reads(self) -> bool:
        """Whether this build records what its pages read: a `kbgen build` whose content a
        quick build may start from (one language, the build cache on)."""
        return self.staged and not self.serving and self.use_cache and self.languages is None

    def folder_views(self) -> FolderViews:
        """This build's footer links and article cards by folder (made once its URLs are
        known)."""
        assert self.urls is not None
        if self.views is None or self.views.urls is not self.urls:
            self.views = FolderViews(self.kb, self.urls, self.translator)
        return self.views

"""Whether a site's own templates read other pages' metadata, which kbgen's fast renderer
cannot give them as MkDocs does.

The fast renderer (kbgen.site.fastrender) renders articles in workers or from its cache,
and quick builds render only the pages that read what changed: a page then sees another's
front matter as written, not the metadata its own render adds (a description from its
summary), and a page that lists every page's metadata is not rendered again when one
changes. A site whose `custom_dir` templates read MkDocs' `pages` (every page of the site,
articles too: they are not in kbgen's navigation) is rendered as MkDocs renders it: the fast
renderer is off for that site, as with `fast_render: false`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import Environment, TemplateSyntaxError, nodes

from kbgen.core.sources import walk

log = logging.getLogger("mkdocs.plugins.kbgen")


def reads_every_page(custom_dir: str | None) -> bool:
    """True (and said at info level) when a template of `custom_dir` reads `pages`."""
    found = other_pages_template(custom_dir)
    if found is not None:
        log.info(f"kbgen: the theme's {found} reads every page (`pages`): pages are rendered"
                 " as MkDocs renders them (the fast renderer is off)")
    return found is not None


def other_pages_template(custom_dir: str | None) -> str | None:
    """The first template of `custom_dir` (its path relative to it) that reads `pages`;
    None when none does (or there is no such folder)."""
    if not custom_dir or not Path(custom_dir).is_dir():
        return None
    root = Path(custom_dir)
    parser = Environment()
    for uri in sorted(uri for uri in walk(root).files if uri.endswith(".html")):
        try:  # walked without recursion: a folder nested too deep is refused elsewhere
            tree = parser.parse((root / uri).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, TemplateSyntaxError):
            continue  # MkDocs reports a template it cannot read when it renders one
        if any(name.name == "pages" and name.ctx == "load"
               for name in tree.find_all(nodes.Name)):
            return uri
    return None

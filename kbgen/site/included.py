"""Stop a build whose Markdown extensions include files holding personal data or secrets.

`pymdownx.snippets` (`--8<-- "file"`) and markdown-include (`{!file!}`) put text from other
files into a page as Markdown renders it; the gate only read what the author wrote. For a site
that uses such an extension, each page as rendered is scanned for values its source does not
hold (kbgen.core.included_text), and for links that open another address than they show
(kbgen.core.deceptive_links) the source did not write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from kbgen.core.deceptive_links import deceptive_links
from kbgen.core.gate import allowed_values
from kbgen.core.included_text import included_findings
from kbgen.site.build_inputs import READING_EXTENSIONS

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.site.state import BuildState


def includes_files(config: MkDocsConfig) -> bool:
    """True when a Markdown extension of the site reads files named in the content."""
    return any(isinstance(name, str) and READING_EXTENSIONS.search(name)
               for name in config.markdown_extensions)


def check_included(state: BuildState, uri: str, html: str) -> None:
    """Raise PluginError when the page `uri` as rendered (`html`) publishes a value its source
    does not hold."""
    written = state.articles.get(uri) or state.kb.pages.get(uri)
    if written is None:
        return
    allowed, region = allowed_values(state.kb, state.settings)
    found = included_findings(written.public_body, html, allowed, region)
    lines = [f"{written.origin.display_path}: error: {finding.kind} ({finding.excerpt}) would"
             f" be published by text a Markdown extension included into the page:"
             f" {finding.advice}, in the included file" for finding in found]
    written_links = {problem for _, problem in deceptive_links(
        written.public_body, written.body_line, state.own_host)}
    lines += [f"{written.origin.display_path}: error: {problem} (in text a Markdown extension"
              " included into the page; fix it in the included file)"
              for problem in dict.fromkeys(problem for _, problem in deceptive_links(
                  html, 1, state.own_host)) if problem not in written_links]
    if lines:
        raise PluginError("\n".join(lines) + "\nFix these and build again; nothing was"
                          " published.")

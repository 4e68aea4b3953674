"""Stop a build whose Markdown extensions include files holding personal data or secrets.

`pymdownx.snippets` (`--8<-- "file"`) and markdown-include (`{!file!}`) put text from other
files into a page as Markdown renders it; the gate only read what the author wrote. For a site
that uses such an extension, each page as rendered is scanned for values its source does not
hold (kbgen.core.included_text), and for links that open another address than they show
(kbgen.core.deceptive_links) the source did not write.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markdown import Markdown
from mkdocs.exceptions import PluginError
from pymdownx.snippets import SnippetExtension, SnippetMissingError

from kbgen.core.deceptive_links import deceptive_links
from kbgen.core.gate import allowed_values
from kbgen.core.included_text import included_findings
from kbgen.errors import Problem
from kbgen.site.build_inputs import READING_EXTENSIONS
from kbgen.site.markdown_include import expanded as expanded_includes
from kbgen.site.markdown_include import include_options
from kbgen.site.time_budget import included_file_problem

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.core.config import KbConfig
    from kbgen.core.model import Article, KnowledgeBase, Located, Page
    from kbgen.site.state import BuildState


def includes_files(config: MkDocsConfig) -> bool:
    """True when a Markdown extension of the site reads files named in the content."""
    return any(isinstance(name, str) and READING_EXTENSIONS.search(name)
               for name in config.markdown_extensions)


def check_included(state: BuildState, uri: str, html: str, markdown: str = "",
                   name: str = "") -> None:
    """Raise PluginError when the page `uri` as rendered (`html`) publishes a value its source
    does not hold: an article's or a page's text as written, or for every other page Markdown
    rendered (a team profile's bio, a category's description, the contact page...) the
    `markdown` the site handed to Python-Markdown (`name`: the file messages point at)."""
    written = state.articles.get(uri) or state.kb.pages.get(uri)
    source, source_line = ((written.public_body, written.body_line) if written is not None
                           else (markdown, 1))
    path = written.origin.display_path if written is not None else (name or uri)
    allowed, region = allowed_values(state.kb, state.settings)
    found = included_findings(source, html, allowed, region)
    lines = [f"{path}: error: {finding.kind} ({finding.excerpt}) would"
             f" be published by text a Markdown extension included into the page:"
             f" {finding.advice}, in the included file" for finding in found]
    written_links = {problem for _, problem in deceptive_links(
        source, source_line, state.own_host)}
    lines += [f"{path}: error: {problem} (in text a Markdown extension"
              " included into the page; fix it in the included file)"
              for problem in dict.fromkeys(problem for _, problem in deceptive_links(
                  html, 1, state.own_host)) if problem not in written_links]
    if lines:
        raise PluginError("\n".join(lines) + "\nFix these and build again; nothing was"
                          " published.")


def included_problems(kb: KnowledgeBase, config: KbConfig, settings: Mapping[str, Any],
                      config_file: Path, content_dir: Path | None = None) -> list[Problem]:
    """What `check_included` would refuse at build, for `kbgen check`: the text of each
    published article, page and data file whose fields the site renders as Markdown (team
    profiles, categories, contact: `content_dir` holds them) with `pymdownx.snippets`'
    and markdown-include's (`{!file!}`: kbgen.site.markdown_include) includes expanded as
    their options in mkdocs.yml (`settings`) say, scanned for values its
    source does not hold, and files it cannot read. Check said "0 errors" for a draft's phone
    number or a `.env` key a page included, which only the build refused (retry68), and for
    one a profile's `bio:` included (rev68)."""
    options = _snippets_options(settings.get("markdown_extensions"), config_file.parent)
    include = include_options(settings.get("markdown_extensions"), config_file.parent)
    if options is None and include is None:
        return []
    allowed, region = allowed_values(kb, config)
    snippets = (Markdown(extensions=[SnippetExtension(**options)]).preprocessors["snippet"]
                if options is not None else None)
    published: list[Article | Page] = [*kb.public_articles(),
                                       *(page for page in kb.pages.values() if page.is_public)]
    sources = [(written.origin.display_path, written.public_body, written.body_line)
               for written in published]
    if content_dir is not None:
        sources += [(origin.display_path, text, 1)
                    for origin in _rendered_data(kb)
                    if (text := _read(content_dir / origin.src_uri)) is not None]
    problems = []
    for path, body, first_line in sources:
        marks = [body.find(mark) for mark, used in (("--8<--", snippets), ("{!", include))
                 if used is not None]
        if max(marks) < 0:
            continue
        line = first_line + body[:min(mark for mark in marks if mark >= 0)].count("\n")
        expanded = body
        if snippets is not None and "--8<--" in body:
            try:
                expanded = "\n".join(snippets.run(body.split("\n")))
            except (UnicodeDecodeError, OSError, SnippetMissingError) as error:
                problems.append(Problem(path, line, "error", included_file_problem(error)))
                continue
        if include is not None:
            expanded = expanded_includes(expanded, include)
        problems += [Problem(path, line, "error", f"{finding.kind} ({finding.excerpt}) would"
                             f" be published by text a Markdown extension included into the"
                             f" page: {finding.advice}, in the included file")
                     for finding in included_findings(body, expanded, allowed, region)]
    return problems


def _rendered_data(kb: KnowledgeBase) -> list[Located]:
    """Where the published records that are not articles or pages come from (team
    profiles, categories, contact), each file once: the site renders their text fields
    (a bio, a description, opening hours' notes) as Markdown into its pages."""
    origins = [member.origin for member in kb.team.values()]
    origins += [category.origin for category in kb.categories.values()]
    origins += [kb.contact_origin] if kb.contact_origin is not None else []
    return list({origin.src_uri: origin for origin in origins}.values())


def _read(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _snippets_options(extensions: Any, folder: Path) -> dict[str, Any] | None:
    """pymdownx.snippets' options as the site sets them (relative base paths from the
    project's folder, no downloads), or None when the site does not use it."""
    for entry in extensions if isinstance(extensions, list) else []:
        name, given = (entry, {}) if isinstance(entry, str) else (
            next(iter(entry.items())) if isinstance(entry, Mapping) and len(entry) == 1
            else ("", {}))
        if name != "pymdownx.snippets":
            continue
        options = {key: value for key, value in (given if isinstance(given, Mapping)
                                                 else {}).items()
                   if key in SnippetExtension().config}
        bases = options.get("base_path", ["."])
        options["base_path"] = [str(folder / base) for base in
                                ([bases] if isinstance(bases, str) else list(bases))]
        options["url_download"] = False
        return options
    return None

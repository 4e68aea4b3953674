"""Customer replies built from an article: greeting, summary, steps, link and contact line.

A reply is published text sent by e-mail or chat, so it follows the site's rules: built from
the public body only (no `!!! internal` note), never with `tickets` or internal keys, only
from published articles, and scanned by the same privacy gate before it is given out.
"""

from __future__ import annotations

import posixpath
import re
import string
from dataclasses import dataclass
from urllib.parse import urljoin

import markdown as markdown_lib

from kbgen.core.known_issues import Issue, build_day
from kbgen.core.markdown_code import code_map
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.privacy import Allowed, scan
from kbgen.core.reply_wording import ReplyWording
from kbgen.core.sanitize import clean_html
from kbgen.core.slugs import published_stem
from kbgen.core.sources import DATA_DIR
from kbgen.core.step_headings import RESOLUTION, WORKAROUND
from kbgen.core.ticket_refs import quoted_tickets

REPLY_TEMPLATE_FILE = f"{DATA_DIR}/reply.md"
"""The site's own reply template (optional; never published, as all of `_data/`)."""
DEFAULT_TEMPLATE = """\
$greeting

$summary

$steps

You can read the full article here: $link

$contact
"""
PLACEHOLDERS = {
    "greeting": "`Hello,` or `Hello NAME,` (--name)",
    "title": "the article's title",
    "summary": "the article's summary",
    "steps": "the steps of its Resolution section (else Solution, Fix or Workaround)",
    "link": "the absolute address of the article",
    "contact": "how to reach support (from _data/contact.yml)",
    "company": "the company name (from _data/contact.yml)",
}
"""What a reply template may use, as `$name` (`$$` for a dollar sign)."""
STEP_SECTIONS = ("resolution", "solution", "fix", "how to fix it", "what to do", "steps",
                 *RESOLUTION, "workaround", *WORKAROUND)
"""Headings whose section holds what the customer should do, in order of preference."""


class ReplyError(ValueError):
    """An article that cannot become a reply, or a broken template; the message says why."""


@dataclass(frozen=True)
class Site:
    """Where the site is published, to make absolute links."""

    url: str
    """`site_url`, ending in `/`."""
    directory_urls: bool = True
    """MkDocs' `use_directory_urls`: `page/` rather than `page.html`."""

    def page_url(self, src_uri: str) -> str:
        """The absolute URL of the page made from a Markdown file of the content folder."""
        stem = published_stem(src_uri)  # its ASCII address, as the build publishes it
        if stem == "index" or stem.endswith("/index"):
            path = stem[: -len("index")]
        else:
            path = f"{stem}/" if self.directory_urls else f"{stem}.html"
        return urljoin(self.url, path)

    def file_url(self, src_uri: str) -> str:
        """The absolute URL of a copied file (an image)."""
        return urljoin(self.url, src_uri)


@dataclass(frozen=True)
class Reply:
    """One article's reply in every format."""

    slug: str
    title: str
    url: str
    subject: str
    text: str
    markdown: str
    html: str

    def as_dict(self) -> dict[str, str]:
        """The JSON form (`kbgen reply --json`, one entry of `--export`)."""
        return {"slug": self.slug, "title": self.title, "url": self.url,
                "subject": self.subject, "text": self.text, "markdown": self.markdown,
                "html": self.html}


@dataclass(frozen=True)
class ReplyTemplate:
    """A `string.Template` checked for unknown placeholders."""

    text: str = DEFAULT_TEMPLATE
    where: str = "the default template"

    def problems(self) -> list[str]:
        """`where:line: message` for each unknown or malformed placeholder."""
        found = []
        for number, line in enumerate(self.text.split("\n"), 1):
            matches = list(string.Template.pattern.finditer(line))
            if any(m.group("invalid") is not None for m in matches):
                found.append(f"{self.where}:{number}: error: a `$` that is not a placeholder;"
                             " write `$$` for a dollar sign")
            for name in dict.fromkeys(m.group("named") or m.group("braced") for m in matches
                                      if m.group("named") or m.group("braced")):
                if name not in PLACEHOLDERS:
                    known = ", ".join(f"${n}" for n in PLACEHOLDERS)
                    found.append(f"{self.where}:{number}: error: unknown placeholder ${name};"
                                 f" use one of {known}")
        return found

    def fill(self, values: dict[str, str]) -> str:
        """The template with `values` in place, blank runs of lines folded."""
        filled = string.Template(self.text).substitute(values)
        return re.sub(r"\n{3,}", "\n\n", filled).strip() + "\n"


_HEADING = re.compile(r"^(#{2,6})[ \t]+(.+?)[ \t#]*$")


def sections(body: str) -> dict[str, str]:
    """Each `##` section of a Markdown body by its heading in lower case (a `#` line in code
    is not a heading); the first of a repeated heading wins."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    level = 0
    code = code_map(body)
    for number, line in enumerate(code.lines):
        heading = None if code.is_code(number) else _HEADING.match(line)
        if heading and (current is None or len(heading.group(1)) <= level):
            level = len(heading.group(1))
            name = heading.group(2).strip().casefold()
            current = found.setdefault(name, []) if name not in found else []
            continue
        if current is not None:
            current.append(line)
    return {name: "\n".join(lines).strip() for name, lines in found.items()}


_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^()\s]+)(\s+\"[^\"\n]*\")?\)")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def absolute_links(text: str, article: Article, site: Site) -> str:
    """Markdown with every relative link and image made absolute (a reply leaves the site)."""
    def replace(match: re.Match[str]) -> str:
        bang, label, target, title = match.groups()
        if _SCHEME.match(target) or target.startswith("//"):
            return match.group()
        path, _, anchor = target.partition("#")
        if not path:
            url = site.page_url(article.origin.src_uri)
        else:
            resolved = posixpath.normpath(posixpath.join(
                posixpath.dirname(article.origin.src_uri), path))
            url = site.page_url(resolved) if resolved.endswith(".md") and not bang \
                else site.file_url(resolved)
        return f"{bang}[{label}]({url}{'#' + anchor if anchor else ''}{title or ''})"
    pieces: list[str] = []
    at = 0
    for outside in _LINK.finditer(code_map(text).blanked()):  # links in code stay as written
        match = _LINK.match(text, outside.start())
        if match is None or match.end() != outside.end():  # inline code in the link: as is
            continue
        pieces += [text[at:match.start()], replace(match)]
        at = match.end()
    return "".join(pieces) + text[at:]


_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+"([^"]*)")?[ \t]*$')


def plain(markdown_text: str) -> str:
    """Markdown as plain text for an e-mail: links as `text (url)`, no emphasis marks, no
    HTML tags, headings and admonition titles as lines of their own."""
    lines = []
    for line in markdown_text.split("\n"):
        admonition = _ADMONITION.match(line.strip())
        if admonition:
            lines.append(f"{admonition.group(1) or 'Note'}:")
            continue
        if line.startswith("    ") and lines and not re.match(r"^\s*(\d+[.)]|[-*+])\s", line):
            line = line[4:]
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(2)
        line = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(3)})" if not m.group(1)
                         else (f"[image: {m.group(2)}]" if m.group(2) else ""), line)
        line = re.sub(r"</?[A-Za-z][^<>]*>", "", line)
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
        line = re.sub(r"`([^`]+)`", r"\1", line)
        lines.append(line.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    return "\n".join(lines)


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
"""An HTML comment, or an unclosed one to the end."""


def without_comments(markdown_text: str) -> str:
    """Markdown without its HTML comments (authors' notes the site never shows); one written
    as code stays."""
    blanked = code_map(markdown_text).blanked()
    pieces, at = [], 0
    for comment in _COMMENT.finditer(blanked):
        pieces.append(markdown_text[at:comment.start()])
        at = comment.end()
    return "".join(pieces) + markdown_text[at:]


def steps_of(article: Article) -> str:
    """The Markdown of what the customer should do: the first section of STEP_SECTIONS,
    without HTML comments."""
    found = sections(without_comments(article.public_body))
    for name in STEP_SECTIONS:
        if found.get(name):
            return found[name]
    return ""


def contact_line(kb: KnowledgeBase, wording: ReplyWording = ReplyWording()) -> str:
    """How to reach support, or a plain invitation to reply."""
    contact = kb.contact
    if contact is None:
        return wording.contact(None)
    line = contact.lines[0]
    return wording.contact(line.shown, line.label)


def build_reply(kb: KnowledgeBase, article: Article, site: Site,
                template: ReplyTemplate = ReplyTemplate(), name: str = "",
                allowed: Allowed | None = None, region: str | None = None,
                wording: ReplyWording = ReplyWording()) -> Reply:
    """The reply of a published article; ReplyError for a draft, an internal article or a
    reply the privacy gate refuses."""
    if not article.is_public:
        raise ReplyError(f"{article.origin.display_path}: '{article.slug}' is"
                         f" {article.meta.status}, not published; a reply only quotes"
                         " published articles")
    url = site.page_url(article.origin.src_uri)
    steps = absolute_links(steps_of(article), article, site)
    issue = article.meta.known_issue
    standing = Issue(article, issue, build_day()) if issue is not None else None
    if issue is not None and standing is not None and standing.has_begun and standing.is_open \
            and issue.workaround and issue.workaround not in steps:
        steps = f"{wording.meanwhile(issue.workaround)}\n\n{steps}".strip()
    company = kb.contact.company if kb.contact else ""
    values = {"greeting": wording.greeting(name), "title": article.title,
              "summary": article.meta.summary, "steps": steps, "link": url,
              "contact": contact_line(kb, wording), "company": company}
    as_markdown = template.fill({**values, "link": f"<{url}>"})
    as_text = template.fill({**values, "steps": plain(steps)})
    _refuse_private(article, as_markdown, allowed, region)
    as_html = clean_html(markdown_lib.markdown(
        as_markdown, extensions=["extra", "admonition", "sane_lists"]))
    return Reply(article.slug, article.title, url, article.title, as_text, as_markdown,
                 as_html)


def _refuse_private(article: Article, text: str, allowed: Allowed | None,
                    region: str | None) -> None:
    """ReplyError when the reply would carry a ticket reference, an internal key's value or
    anything the publishing gate refuses."""
    private = [str(v) for v in article.internal.values()
               if isinstance(v, (str, int)) and not isinstance(v, bool)]
    leaked = quoted_tickets(article, text)
    leaked += [value for value in private if len(value) > 2 and value in text]
    problems = [f"it quotes the private value '{value}' (tickets or an internal key)"
                for value in leaked]
    problems += [f"line {f.line}: {f.kind} ({f.excerpt}){f.extent}: {f.advice}"
                 for f in scan(text, allowed or Allowed(), 1, region)]
    if problems:
        raise ReplyError(f"{article.origin.display_path}: no reply: "
                         + "; ".join(problems) + ". Fix the article, then try again.")

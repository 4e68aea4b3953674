"""Markdown bodies from other generators: template tags removed (Liquid, Hugo shortcodes,
MDX), links and images resolved, code blocks left exactly as they were."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlsplit

from kbgen.core.links import InlineLink, images_in_text, inline_link_spans
from kbgen.core.markdown_code import Kind, code_map
from kbgen.importers.html_block_images import images_as_html, inside, raw_html_spans
from kbgen.importers.image_text import image_text
from kbgen.importers.link_definitions import rewrite_definitions
from kbgen.importers.mdx_images import image_imports, images_as_markdown

_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[^\n]*\n.*?^\1\2[ \t]*$", re.M | re.S)
_INLINE_CODE = re.compile(r"(`+)[^`\n].*?\1")
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")
_HTML_IMG = re.compile(r"<img\b[^>]*?\bsrc=[\"']([^\"']+)[\"'][^>]*>", re.I)
_HTML_ALT = re.compile(r"\balt=[\"']([^\"']*)[\"']", re.I)

_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}", re.S)
_LIQUID_LINK = re.compile(r"\{%-?\s*(?:link|post_url)\s+([^\s%]+)\s*-?%\}")
_HUGO_REF = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+\"?([^\"\s>%]+)\"?\s*[>%]\}\}")
_HUGO_PAIRED = re.compile(
    r"\{\{[<%]\s*(\w[\w-]*)[^}]*?[>%]\}\}(.*?)\{\{[<%]\s*/\s*\1\s*[>%]\}\}", re.S)
_HUGO_TAG = re.compile(r"\{\{[<%].*?[>%]\}\}", re.S)
_LIQUID_BLOCK = re.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.S)
_LIQUID_TAG = re.compile(r"\{%.*?%\}", re.S)
_LIQUID_OUTPUT = re.compile(r"\{\{.*?\}\}", re.S)
_KRAMDOWN_TOC = re.compile(r"^(?:[ \t]*(?:[-*+]|\d+[.)])[ \t]+[^\n]*\n)+"
                           r"[ \t]*\{:[ \t]*toc[ \t]*\}[ \t]*$", re.M)
"""kramdown's table of contents: a list (`* Do not remove this line (it will not be
displayed)`) that `{:toc}` under it replaces with the page's headings."""
_KRAMDOWN_IAL = re.compile(r"^\{:[^}\n]*\}[ \t]*$|\{:[^}\n]*\}", re.M)
_HEADING_IAL = re.compile(
    r"^(#{1,6}[ \t]++[^\n]*?)[ \t]*+(?:\n)?\{:[^}\n]*?#([\w-]+)[^}\n]*\}[ \t]*$", re.M)
"""A kramdown id on a heading (`## Title {: #old}` or on the next line): kept as `{#old}`."""
_MDX_IMPORT = re.compile(
    r"^(?:import\s+(?:[\w*${}\s,]+?\s+from\s+)?[\"']|import\s*\{|export\s+(?:const|let|var|"
    r"function|async|default|class|\{|\*))[^\n]*(?:\n(?![ \t]*$)[^\n]*)*", re.M)
"""An MDX import or export statement (`import Tabs from '@theme/Tabs';`, `export const X = (`
... over lines): the block runs to a blank line, as MDX reads it. A sentence that starts with
the verb (`Import your contacts from the file.`, `export them first`) is text."""
_JSX_SELF_CLOSED = re.compile(
    r"<[A-Z][A-Za-z0-9.]*(?:\s+(?:[A-Za-z][\w-]*=(?:\"[^\"\n]*\"|'[^'\n]*')))*\s*/>")
"""A self-closed component in a sentence (`On the <NavPath path="Review > Motion" /> page`,
`<CommunityBadge />`): its one text attribute kept in bold (how kbgen's articles write a
place in an app), else removed."""
_JSX_TEXT_ATTRIBUTE = re.compile(r"=(?:\"([^\"\n]*)\"|'([^'\n]*)')")
_JSX_INLINE = re.compile(r"<([A-Z][A-Za-z0-9.]*)(?:\s[^<>]*)?>([^<>\n]*)</\1>")
"""A component inside a sentence (`<Highlight color="#25c2a0">green</Highlight> and ...`):
its text kept."""
_TAG_ATTRIBUTES = r"""(?:[^<>"'\n]|"[^"\n]*+"|'[^'\n]*+')*+"""
"""A tag's attributes on its line, a quoted `>` included (`label="C++ >= 17"`)."""
_TAB_ITEM = re.compile(r"""^([ \t]*)<TabItem\b((?:[^<>"']|"[^"]*+"|'[^']*+')*+)>[ \t]*$""",
                       re.M)
"""A Docusaurus tab (`<TabItem value="win" label="Windows">`): its label is kept over its
text, as kbgen has no tabs."""
_STYLE = re.compile(r"^[ \t]*<style\b[^>]*>.*?</style>[ \t]*\n?", re.S | re.M | re.I)
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.S | re.I)
"""A `<script>` in a page (a tweet's or a player's widget, BookStack's blog): the build removes
it with a warning that `--strict` refuses, so the import removes it and says so once."""
_HEAD = re.compile(r"^[ \t]*<head\b[^>]*>.*?</head\s*>[ \t]*$", re.S | re.M | re.I)
"""A `<head>` block in a page (Docusaurus' way to set the page's title, meta tags and
structured data): none of it is the page's text, and a browser ignores it in a body."""
_ASCIINEMA = re.compile(r"""<script\b[^>]*\bsrc=["'](?:https?:)?//asciinema\.org/a/(\w+)\.js["']"""
                        r"""[^>]*>\s*</script\s*>""", re.I)
"""asciinema's player script: its recording, linked as a frame's video is."""
"""A `<style>` block at a line's start: the old theme's styling of that page (Mastodon's
API pages hide part of their table of contents so); kbgen removes it when it publishes, with
a warning per page that `--strict` refuses, so the import removes it and says so once."""
_JSX = re.compile(r"^[ \t]*</?[A-Z][A-Za-z0-9.]*(?:\s[^>]*)?/?>[ \t]*$", re.M)
_JSX_ON_ITS_LINE = re.compile(r"^[ \t]*<([A-Z][A-Za-z0-9.]*)(?:\s[^<>]*)?>([^<>\n]*)</\1>[ \t]*$",
                              re.M)
"""A component opened and closed on one line of its own (`<MfmPreview text="@ai"></MfmPreview>`,
`<Badge>New</Badge>`): its text kept."""
_ADMONITION = re.compile(r"^([ \t]*):{3,}[ \t]*([\w-]+)[ \t]*([^\n]*)\n"
                         r"((?:(?![ \t]*:{3,})[^\n]*\n)*?)\1:{3,}[ \t]*$", re.M)
"""A Docusaurus admonition with no other inside (`:::note` ... `:::`; VitePress' and VuePress'
`::: tip Title`), at any indent (inside a list item): nested ones are replaced from the
innermost out."""
_ADMONITION_KINDS = {"note", "tip", "info", "warning", "danger", "caution", "important"}
_UNBOXED = {"code-group", "raw", "v-pre"}
"""VitePress containers that only group or shield their text (`::: code-group` around the
npm, pnpm and yarn blocks): their text is kept, one block after the other."""
_CALLOUT = re.compile(
    r"^([ \t]*)\{%-?\s*(callout|alert|notice|admonition|note|tip|info|warning|danger|important"
    r"|caution|hint)\b[ \t]*([\w-]*)[^%\n]*?-?%\}(.*?)\{%-?\s*end\2\s*-?%\}[ \t]*$",
    re.M | re.S)
"""A Jekyll theme's callout block (`{% callout warning %}...{% endcallout %}`, a plugin);
GitBook's hint (`{% hint style="warning" %}...{% endhint %}`)."""
_HINT_STYLE = re.compile(r"""\bstyle\s*=\s*["']?([\w-]+)""")
_OPENAPI_END = re.compile(
    r"^[ \t]*\{%-?\s*end(?:swagger|openapi)(?:-operation)?\s*-?%\}[ \t]*$\n?", re.M)
_OPENAPI = re.compile(
    r"""^[ \t]*\{%-?\s*(?:swagger|openapi)(?:-operation)?\b([^%\n]*?)-?%\}[ \t]*$""", re.M)
"""GitBook's block of one API operation (`{% openapi-operation spec="api" path="/stamps/{id}"
method="get" %}`), which the old site drew from an OpenAPI file: its method and path kept as
the operation's heading, the link to the file under it."""
CALLOUT_KINDS = {"note", "abstract", "info", "tip", "success", "question", "warning", "failure",
                 "danger", "bug", "example", "quote"}
"""Admonition kinds Material styles; `internal` (kbgen's unpublished notes) is never one."""
_LIQUID_NAME = re.compile(r"\{%-?\s*(\w+)(?:\s+([\w./-]+))?")
_OUTPUT_NAME = re.compile(r"\{\{-?\s*+([^|}]*?)\s*+(?:\||-?\}\})")
_EMBED = re.compile(r"<(iframe|video|audio)\b([^>]*)>(?:(.*?)</\1\s*>)?", re.I | re.S)
_ATTRIBUTE = r"\b{}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))"
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)
_DIV_OPEN = re.compile(r"^[ \t]*<(div|details)\b(?![^>]*\bmarkdown=)([^>]*)>[ \t]*$",
                       re.M | re.I)
_DIV_CLOSE = re.compile(r"^[ \t]*</(div|details)>[ \t]*$", re.M | re.I)
_TAB_LINK = re.compile(r"<a\b(?![^>]*\bhref=)([^>]*?\b)data-(?:bs-)?target=\"#([\w-]+)\"")
"""A Bootstrap tab's link (`<a data-target="#desktop">Desktop</a>`, no address): the site has
no tab script, the panes are shown one after the other, so it links to its pane."""
_TAB_ROLE = re.compile(r"\s+(?:role=[\"'](?:tab|tablist|tabpanel)[\"']"
                       r"|aria-selected=[\"'][^\"']*[\"'])")
"""Tab roles promise a script's keys and states that the site has not: left out."""
_PSEUDO_TAG = re.compile(r"(?<!\]\()(?<!\]:)(?<!\]: )<([A-Za-z][\w-]*)(\s[^<>\n]*)?>")
"""`<user id>` written as text; not a link's address in angle brackets (`](<my page.md>)`,
`[label]: <my page.md>`)."""
HTML_ELEMENTS = frozenset("""a abbr address area article aside audio b base bdi bdo blockquote
body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div
dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup
hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav
noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp
script search section select slot small source span strike strong style sub summary sup svg
table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr
center big math""".split())
"""Element names HTML knows: any other `<word ...>` in text (`<user id>`, `<your password>`)
is a placeholder the old page showed, not markup."""


def protected(text: str, change: Callable[[str], str]) -> str:
    """Apply `change` outside fenced code blocks and inline code."""
    out, position = [], 0
    for match in _FENCE.finditer(text):
        out.append(_outside_inline_code(text[position:match.start()], change))
        out.append(match.group(0))
        position = match.end()
    out.append(_outside_inline_code(text[position:], change))
    return "".join(out)


def subn_outside_code(pattern: re.Pattern[str], replacement: str, text: str) -> tuple[str, int]:
    """`pattern.subn(replacement, ...)` outside code: the text and how many were replaced."""
    count = 0

    def change(part: str) -> str:
        nonlocal count
        part, found = pattern.subn(replacement, part)
        count += found
        return part

    return protected(text, change), count


def _outside_inline_code(text: str, change: Callable[[str], str]) -> str:
    marks: list[str] = []

    def hide(match: re.Match[str]) -> str:
        marks.append(match.group(0))
        return f"\x00{len(marks) - 1}\x00"

    changed = change(_INLINE_CODE.sub(hide, text))
    return re.sub(r"\x00(\d+)\x00", lambda m: marks[int(m.group(1))], changed)


def clean_markup(text: str, link_for: Callable[[str], str], indented_code: bool = False,
                 generator: str = "Docusaurus") -> tuple[str, list[str]]:
    """Remove the template tags of Jekyll, Hugo and Docusaurus; returns the text and what was
    removed (one line per kind). `link_for` turns `{% link x %}`/`{{< ref x >}}` targets into
    link targets. With `indented_code` (a page whose generator reads text indented four
    spaces as code: CommonMark, kramdown, Python-Markdown; not MDX v2+), indented code blocks
    are left exactly as they were, as fenced ones are. `generator`: the site's, named in
    what is said of its tabs."""
    removed: dict[str, int] = {}
    names: dict[str, Counter[str]] = {}

    def count(kind: str, replacement: str = "") -> Callable[[re.Match[str]], str]:
        def replace(match: re.Match[str]) -> str:
            removed[kind] = removed.get(kind, 0) + 1
            name = _liquid_name(match.group(0)) if kind in ("Liquid tag", "Liquid variable") \
                else None
            if name:
                names.setdefault(kind, Counter())[name] += 1
            return match.expand(replacement) if replacement else ""
        return replace

    raw: list[str] = []

    def count_callout(match: re.Match[str]) -> str:
        removed["Liquid callout block (an admonition now)"] = removed.get(
            "Liquid callout block (an admonition now)", 0) + 1
        return _callout(match)

    def keep_raw(match: re.Match[str]) -> str:
        raw.append(match.group(1))
        return f"\x01{len(raw) - 1}\x01"

    imported_images = image_imports(text) if "src={" in text else {}

    def change(part: str) -> str:
        part = _RAW.sub(keep_raw, part)
        part = _LIQUID_LINK.sub(lambda m: link_for(m.group(1)), part)
        part = _HUGO_REF.sub(lambda m: link_for(m.group(1)), part)
        part = _LIQUID_BLOCK.sub(count("Liquid comment"), part)
        for _ in range(3):  # nested paired shortcodes
            part = _HUGO_PAIRED.sub(count("Hugo shortcode (its text kept)", r"\2"), part)
        part = _HUGO_TAG.sub(count("Hugo shortcode"), part)
        part = _OPENAPI.sub(count("GitBook API operation block (its method and path kept as a"
                                  " heading; the old site drew the rest from its OpenAPI file)",
                                  r"\g<0>"), part)
        part = _OPENAPI.sub(_operation_heading, part)
        part = _OPENAPI_END.sub("", part)  # the block's end, told with its start
        part = _LIQUID_TAG.sub(count("Liquid tag"), part)
        part = _ASCIINEMA.sub(count("asciinema player script (a link to the recording now)",
                                    r"[Watch: the recording on asciinema.org]"
                                    r"(<https://asciinema.org/a/\1>)"), part)
        part = _SCRIPT.sub(count("<script> element (kbgen publishes no script; the build would"
                                 " remove it)"), part)  # with its imports (Vue's `<script setup>`)
        part = _HEAD.sub(count("<head> block (the old page's title, meta tags or structured"
                               " data: not its text)"), part)
        part, images = images_as_markdown(part, imported_images)  # before their imports go
        if images:
            kind = "MDX picture addressed by code (`src={...}`: a Markdown image of its file now)"
            removed[kind] = removed.get(kind, 0) + images
        part = _MDX_IMPORT.sub(count("MDX import/export line"), part)  # before `{{`
        part = _JSX_OBJECT.sub(count("MDX/JSX attribute (`style={{...}}`: the old site's"
                                     " styling)"), part)
        part = _LIQUID_OUTPUT.sub(count("Liquid variable"), part)
        part = _KRAMDOWN_TOC.sub(count("kramdown table of contents (`* …` over `{:toc}`: the"
                                       " article shows its own)"), part)
        part = _HEADING_IAL.sub(
            count("kramdown attribute list (a heading's id kept)", r"\1 {#\2}"), part)
        part = _KRAMDOWN_IAL.sub(count("kramdown attribute list"), part)
        part = _STYLE.sub(count("<style> block (the old site's styling)"), part)
        part = _STYLE_ATTRIBUTE.sub(count("style attribute of an HTML element (kbgen publishes"
                                          " no inline styling; the build would remove it)",
                                          r"\1"), part)
        if "<Tab" in part or "</Tab" in part:
            part = _TABS_ON_ONE_LINE.sub(_tabs_on_their_lines, part)
        part = _TAB_ITEM.sub(_tab_label(count(f"{generator} tab (its label kept over its text)")),
                             part)
        part = _JSX_ON_ITS_LINE.sub(count("MDX/JSX component tag (its text kept)", r"\2"), part)
        part = _JSX_INLINE.sub(count("MDX/JSX component tag (its text kept)", r"\2"), part)
        part = _JSX.sub(count("MDX/JSX component tag (its text kept)"), part)  # before the
        part = _JSX_SELF_CLOSED.sub(_self_closed(count), part)  # in a sentence
        part = _EMBED.sub(_embed_link, part)  # placeholders, or `<Tabs>` is shown as text
        part = _PSEUDO_TAG.sub(_pseudo_tag, part)
        part = _markdown_divs(part)
        part = _HTML_PAGE_LINK.sub(count("HTML link to a page (a Markdown link now, which"
                                         " follows the page to its new address)",
                                         r"[\2](\1)"), part)
        part = _FTP_LINK.sub(count("ftp: link (browsers no longer open them, and kbgen"
                                   " removes them: the address kept as text)",
                                   r"\1 (`\2`)"), part)
        part = _TAB_LINK.sub(r'<a href="#\2"\1data-target="#\2"', part)
        part = _TAB_ROLE.sub("", part)
        return part

    text = _callouts_outside_code(text, count_callout)  # a callout may hold a code block
    text = _admonitions_outside_code(text)  # and so may a Docusaurus admonition
    def cleaned_part(part: str) -> str:
        # `{% raw %}` text goes back inside the same part: inline code in it
        # (`` {% raw %}`{{ x }}`{% endraw %} ``) is then restored with the part's own code
        part = re.sub(r"[ \t]+$", "", change(part), flags=re.M)
        return re.sub(r"\x01(\d+)\x01", lambda m: raw[int(m.group(1))], part)

    blocks: list[str] = []
    if indented_code:
        text = _without_indented_code(text, blocks)
    cleaned = re.sub(r"\n{3,}", "\n\n", protected(text, cleaned_part))
    notes = [f"removed: {kind} ({n}×)" + (": " + ", ".join(
        f"{name} {times}×" for name, times in names[kind].most_common()) if kind in names else "")
        for kind, n in removed.items()]
    return _INDENTED_MARK.sub(lambda m: blocks[int(m.group(1))], cleaned), notes


_INDENTED_MARK = re.compile(r"[ \t]*\x02(\d+)\x02")


def _without_indented_code(text: str, blocks: list[str]) -> str:
    """`text` with each indented code block a mark (its indent, then `\\x02n\\x02`) on one
    line, its lines appended to `blocks`."""
    code = code_map(text)
    indented = [block for block in code.blocks if block.kind is Kind.INDENTED]
    if not indented:
        return text
    lines = list(code.lines)  # the map is cached: its lines are not ours to change
    for block in reversed(indented):
        blocks.append("\n".join(lines[block.first:block.last + 1]))
        margin = lines[block.first][:len(lines[block.first]) - len(lines[block.first].lstrip())]
        lines[block.first:block.last + 1] = [f"{margin}\x02{len(blocks) - 1}\x02"]
    return "\n".join(lines)


_STYLE_ATTRIBUTE = re.compile(r"""(<[A-Za-z][\w-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|"""
                              r"""[^\s"'<>=]+))?)*?)\s+style\s*=\s*(?:"[^"<>]*"|'[^'<>]*')""")
"""`<div style="padding:62%">` (Obsidian Help's video frames): the build removes the
attribute with a warning that `--strict` refuses; removed at import, and told once."""
_JSX_OBJECT = re.compile(r"[ \t]+[A-Za-z][\w-]*=\{\{[^{}\n]*\}\}(?=[\s/>])")
"""`<td style={{verticalAlign: 'top'}}>` (MDX): removed whole; read as a Liquid variable, it
left `style=`, which the build removes with a warning that `--strict` refuses."""
_HTML_PAGE_LINK = re.compile(
    r"""<a\s+href\s*=\s*["']((?![a-z][a-z0-9+.-]*:|[#/])[^"'<>\s]+?\.mdx?(?:#[^"'<>\s]*)?)"""
    r"""["']\s*>([^<>\n]+)</a>""", re.IGNORECASE)
"""`<a href='../advanced/make.md'>See here</a>` (Gitea's docs, a Hugo `relref` in HTML):
only a Markdown link is rewritten to the article's new address."""
_FTP_LINK = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\((ftp://[^()\s]+)\)", re.IGNORECASE)
"""`[64-bits version](ftp://ftp.example.com/make.exe)`: the page would lose the link (the
build removes it, and `--strict` refuses the warning)."""


_TAB_TAG = re.compile(rf"<(?:Tabs|TabItem)\b{_TAG_ATTRIBUTES}>|</(?:Tabs|TabItem)\s*>")
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])[ \t]+")
_TABS_ON_ONE_LINE = re.compile(r"^([ \t]*)(.*(?:<(?:Tabs|TabItem)\b|</(?:Tabs|TabItem)\s*>).*)$",
                               re.M)
"""A line holding a Docusaurus `<Tabs>` or `<TabItem>` tag beside another tag or text
(`<Tabs><TabItem value="a" label="A">`, `<TabItem label="A">Open it.</TabItem>`)."""


def _tabs_on_their_lines(match: re.Match[str]) -> str:
    """Each tab tag of the line on a line of its own, the text between as a paragraph of its
    own (at the line's indent), as the tags are read when each has its line."""
    indent, line = match.group(1), match.group(2)
    if _TAB_TAG.fullmatch(line.strip()):
        return match.group(0)
    if line.startswith("|"):  # a table row's cell holds no paragraphs: each tab's label
        return indent + _TAB_TAG.sub(_label_in_a_cell, line)  # before its text
    item = _LIST_MARKER.match(line)  # a list item's pieces stay in it (at its text's indent)
    inner = indent + " " * item.end() if item else indent
    pieces, start = [], 0
    for tag in _TAB_TAG.finditer(line):
        pieces += [line[start:tag.start()].strip(), tag.group(0)]
        start = tag.end()
    pieces.append(line[start:].strip())
    first, *rest = [piece for piece in pieces if piece]
    return indent + first + "".join(f"\n\n{inner}{piece}" for piece in rest)


def tabs_on_their_lines(text: str) -> str:
    """`text` with each `<Tabs>`/`<TabItem>` tag on a line of its own (its text apart)."""
    return _TABS_ON_ONE_LINE.sub(_tabs_on_their_lines, text)


def _label_in_a_cell(tag: re.Match[str]) -> str:
    """A tab tag in a table cell: an opening tab as its label in bold, the others nothing."""
    opened = _TAB_ITEM.match(tag.group(0))
    attributes = opened.group(2) if opened else ""
    label = _attribute(attributes, "label") or _attribute(attributes, "value")
    return f"**{label}** " if label else ""


def _tab_label(counted: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    def label(match: re.Match[str]) -> str:
        counted(match)
        text = _attribute(match.group(2), "label") or _attribute(match.group(2), "value")
        return f"{match.group(1)}**{text}**" if text else ""
    return label


_MKDOCS_TAB = re.compile(r"^([ \t]*)===[+!]?[ \t]+\"([^\"]*)\"[ \t]*$")


def mkdocs_tabs(text: str) -> tuple[str, int]:
    """pymdownx.tabbed's `=== "Docker Compose"` and the text indented under it: the title
    in bold over the text, unindented (kbgen has no tabs); returns the text and how many."""
    from kbgen.core.markdown_code import code_map

    code = code_map(text)
    lines = text.split("\n")
    out: list[str] = []
    inside: int | None = None  # indent of the tab whose text follows
    count = 0
    for number, line in enumerate(lines):
        tab = None if code.is_code(number) and inside is None else _MKDOCS_TAB.match(line)
        indent = len(line) - len(line.lstrip())
        if inside is not None and line.strip() and indent < inside + 4 and not tab:
            inside = None
        if tab and (inside is None or len(tab.group(1)) <= inside):
            inside = len(tab.group(1))
            count += 1
            out.append(f"{tab.group(1)}**{tab.group(2)}**\n")
            continue
        if inside is not None and line.strip():
            line = line[:inside] + line[inside + 4:]
        out.append(line)
    return "\n".join(out), count


def _admonitions_outside_code(text: str) -> str:
    """Docusaurus admonitions whose opening is not in code, innermost first (one may hold
    another, or a code block)."""
    if ":::" not in text:
        return text
    from kbgen.core.markdown_code import CodeMap, code_map

    for _ in range(4):
        code = code_map(text)

        def outside(match: re.Match[str], text: str = text, code: CodeMap = code) -> str:
            in_code = code.is_code(text.count("\n", 0, match.start()))
            return match.group(0) if in_code else _admonition(match)

        text, found = _ADMONITION.subn(outside, text)
        if not found:
            break
    return text


def _callouts_outside_code(text: str, replace: Callable[[re.Match[str]], str]) -> str:
    """Callout blocks whose opening tag is not in code, through `replace` (the whole block,
    fenced code inside it included)."""
    if "{%" not in text:
        return text
    from kbgen.core.markdown_code import code_map

    code = code_map(text)

    def outside(match: re.Match[str]) -> str:
        in_code = code.is_code(text.count("\n", 0, match.start()))
        return match.group(0) if in_code else replace(match)

    return _CALLOUT.sub(outside, text)


def _callout(match: re.Match[str]) -> str:
    """`{% callout warning %}Text{% endcallout %}` -> `!!! warning` with the text indented,
    at the block's own indent (inside a list item it stays there)."""
    indent, name, argument, text = match.groups()
    if name == "hint":
        style = _HINT_STYLE.search(match.group(0).split("%}", 1)[0])
        argument = style.group(1) if style else "info"
    kind = (argument if name in ("callout", "alert", "notice", "admonition", "hint")
            else name).lower()
    kind = {"caution": "warning", "important": "warning", "error": "danger"}.get(kind, kind)
    kind = kind if kind in CALLOUT_KINDS else "note"
    lines = text.strip("\n").splitlines()
    common = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    body = "\n".join(f"{indent}    {line[common:]}" if line.strip() else "" for line in lines)
    return f"{indent}!!! {kind}\n\n{body.rstrip()}\n"


def _operation_heading(match: re.Match[str]) -> str:
    """`{% openapi-operation ... path="/x" method="get" %}` -> `#### GET /x` (nothing when it
    names no path)."""
    path, method = _attribute(match.group(1), "path"), _attribute(match.group(1), "method")
    return f"#### `{method.upper()} {path}`".replace("` ", "`") if path else ""


def _liquid_name(tag: str) -> str | None:
    """How the summary names a removed Liquid tag: `{% image %}`, `{% include note.md %}`,
    `{{ site.url }}` (filters left out), `{% comment %}`."""
    tag_name = _LIQUID_NAME.match(tag)
    if tag_name:
        name, argument = tag_name.groups()
        if name in ("include", "include_relative") and argument:
            name = f"{name} {argument}"
        return "{% " + name + " %}"
    output = _OUTPUT_NAME.match(tag)
    return "{{ " + output.group(1) + " }}" if output and output.group(1) else None


def _attribute(attributes: str, name: str) -> str:
    found = re.search(_ATTRIBUTE.format(name), attributes, re.I)
    return next((g for g in found.groups() if g is not None), "").strip() if found else ""


def media_address(src: str) -> str:
    """Where a reader watches an embedded player's media: YouTube and Vimeo players' own
    pages (`/embed/ID` -> `watch?v=ID`), `//host` with https."""
    if src.startswith("//"):
        src = "https:" + src
    parts = urlsplit(src)
    host = parts.netloc.lower().removeprefix("www.")
    youtube = re.match(r"/embed/([\w-]+)", parts.path)
    if host in ("youtube.com", "youtube-nocookie.com") and youtube:
        return f"https://www.youtube.com/watch?v={youtube.group(1)}"
    vimeo = re.match(r"/video/(\d+)", parts.path)
    if host == "player.vimeo.com" and vimeo:
        return f"https://vimeo.com/{vimeo.group(1)}"
    return src


def _embed_link(match: re.Match[str]) -> str:
    """`<iframe>`, `<video>`, `<audio>` -> `[Watch: title](address)`: the site loads nothing
    from other hosts. The title is the element's, else the heading above it, else the host."""
    element, attributes, inner = match.group(1).lower(), match.group(2), match.group(3) or ""
    src = _attribute(attributes, "src") or _attribute(inner, "src")
    if not src:
        return ""
    address = media_address(src)
    title = _attribute(attributes, "title") or _attribute(attributes, "aria-label")
    if not title:
        headings = _MD_HEADING.findall(match.string, 0, match.start())
        title = re.sub(r"\s*\{[^{}]*\}$", "", headings[-1].strip()) if headings else ""
    if not title:
        host = urlsplit(address).netloc.removeprefix("www.")
        title = f"{'audio' if element == 'audio' else 'video'} on {host}" if host \
            else address.rsplit("/", 1)[-1]
    title = title.replace("[", "(").replace("]", ")")
    verb = "Listen" if element == "audio" else "Watch"
    return f"\n[{verb}: {title}](<{address}>)\n"


def _pseudo_tag(match: re.Match[str]) -> str:
    """`<user id>` shown as text; real HTML elements left alone."""
    if match.group(1).lower() in HTML_ELEMENTS:
        return match.group(0)
    return match.group(0).replace("<", "&lt;").replace(">", "&gt;")


def _markdown_divs(text: str) -> str:
    """kramdown reads Markdown in `<div markdown="1">`, and Jekyll themes put Markdown in plain
    `<div>` blocks (tabs, callouts), as GitHub and Docusaurus do in `<details>` (Solus' help
    centre showed `**OpenGL driver**` as written): every `<div>` and `<details>` on a line of
    its own is read as Markdown (Python-Markdown's md_in_html), unindented so that it is an
    HTML block."""
    if "<div" not in text.lower() and "<details" not in text.lower():
        return text
    text = _DIV_OPEN.sub(lambda m: f'<{m.group(1)}{m.group(2)} markdown="1">', text)
    return _DIV_CLOSE.sub(r"</\1>", text)


_ATX = re.compile(r"^(#{1,6}[ \t]+)(.+?)[ \t#]*$")
_GIVEN_ID = re.compile(r"\{:?[^{}]*#[\w-]+[^{}]*\}$")
_NAMED_ANCHOR = re.compile(
    r"""<a\s(?:[^<>]*?\s)?(?:name|id)=["']([A-Za-z][\w-]*)["'][^<>]*?(?:/>|>\s*</a>)""", re.I)
"""An empty `<a name="UpdateCheckMode"></a>` in a heading's text: the anchor old links used."""


def kramdown_id(text: str) -> str:
    """The id kramdown (Jekyll's default Markdown) gives a heading: leading non-letters
    dropped, then every character but ASCII letters, digits, spaces and hyphens, spaces made
    hyphens, lower case (`Users & Groups` -> `users--groups`, `2FA setup` -> `fa-setup`)."""
    text = re.sub(r"^[^a-zA-Z]+", "", text)
    text = re.sub(r"[^a-zA-Z0-9 -]", "", text).replace(" ", "-").lower()
    return text or "section"


def keep_kramdown_ids(text: str) -> tuple[str, int]:
    """Headings keep the id kramdown gave them on the old site (`## A & B {#a--b}`) where
    kbgen's own would differ, so links to `page#anchor` still land; returns the text and how
    many headings got one."""
    from kbgen.core.links import heading_slug
    from kbgen.core.markdown_code import code_map

    code = code_map(text)
    lines = code.lines
    taken: dict[str, int] = {}
    ours: set[str] = set()
    changed = 0
    for number, line in enumerate(lines):
        heading = None if code.is_code(number) else _ATX.match(line)
        if heading is None:
            continue
        title = heading.group(2)
        if _GIVEN_ID.search(title):
            continue
        named = _NAMED_ANCHOR.search(title)
        if named and named.group(1) not in taken:  # F-Droid's `### _Name_<a name="Name"></a>`
            taken[named.group(1)] = 0
            lines[number] = f"{heading.group(1)}{title} {{#{named.group(1)}}}"
            changed += 1
            continue
        old = kramdown_id(title.replace("&lt;", "<").replace("&gt;", ">"))  # as written
        if old == "section" and re.search(r"[^\W\d_]", title):
            continue  # letters kramdown cannot spell (another script): kbgen's id is better
        if old in taken:
            taken[old] += 1
            old = f"{old}-{taken[old]}"
        else:
            taken[old] = 0
        new = heading_slug(re.sub(r"<[^>]*>|&\w+;", "", title), "-")
        suffix, own = 0, new
        while own in ours:
            suffix += 1
            own = f"{new}_{suffix}"
        ours.add(own)
        if own != old:
            lines[number] = f"{heading.group(1)}{title} {{#{old}}}"
            changed += 1
    return "\n".join(lines), changed


_LIST_ITEM = re.compile(r"^( *)(\d{1,9}[.)]|[-*+])( {1,4}|$)")
_FENCE_OPEN = re.compile(r"^( *)(`{3,}|~{3,})")


def four_space_lists(text: str) -> tuple[str, int]:
    """Lists as Python-Markdown reads them: what CommonMark and kramdown put inside a list
    item at the item's text column (`1. Step` then `   ![shot](a.png)` three spaces in), or a
    list nested two spaces in, is indented 4 spaces per level, or it would end the list (and
    restart its numbering). Fenced code in an item moves with it, unchanged inside. Returns
    the text and how many lines moved."""
    lines = text.split("\n")
    out: list[str] = []
    stack: list[tuple[int, int]] = []  # open items: (old content column, new content column)
    moved = 0
    previous_blank = True
    fence: tuple[str, int] | None = None  # (closing marker, shift) inside a fenced block
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if fence is not None:
            marker, shift = fence
            if line.strip().startswith(marker) and not line.strip().strip(marker[0]):
                fence = None
            new = " " * shift + line if shift > 0 and line.strip() else line
            moved += new != line
            out.append(new)
            continue
        if not line.strip():
            out.append(line)
            previous_blank = True
            continue
        item = _LIST_ITEM.match(line)
        while stack and indent < stack[-1][0] and (item or previous_blank):
            stack.pop()
        opening = _FENCE_OPEN.match(line)
        if item:
            new_indent = stack[-1][1] if stack else indent
            rest = line[indent:]
            stack.append((indent + len(item.group(2)) + len(item.group(3) or " "),
                          new_indent + 4))
            new = " " * new_indent + rest
        elif stack and indent >= stack[-1][0]:
            old_col, new_col = stack[-1]
            new = " " * (new_col + indent - old_col) + line[indent:]
        else:
            if previous_blank:
                stack.clear()  # the list has ended
            new = line
        if opening:
            fence = (opening.group(2), len(new) - len(line))
        moved += new != line
        out.append(new)
        previous_blank = False
    return "\n".join(out), moved


def _self_closed(count: Callable[..., Callable[[re.Match[str]], str]]
                 ) -> Callable[[re.Match[str]], str]:
    """A self-closed component: its one text attribute in bold, else nothing; counted."""
    kept, removed = count("MDX/JSX component (its one text attribute kept, in bold)"), \
        count("MDX/JSX component (no text of its own)")

    def replace(match: re.Match[str]) -> str:
        texts = [a or b for a, b in _JSX_TEXT_ATTRIBUTE.findall(match.group(0))]
        if len(texts) == 1 and texts[0].strip():
            kept(match)
            return f"**{texts[0].strip()}**"
        removed(match)
        return ""
    return replace


def _admonition(match: re.Match[str]) -> str:
    """Docusaurus `:::tip Title` blocks -> Python-Markdown admonitions, at the block's own
    indent (VitePress' `::: details` folded, its `::: code-group` only its blocks)."""
    indent, kind, title, text = match.groups()
    if kind.lower() in _UNBOXED:
        return text
    marker = "???" if kind.lower() == "details" else "!!!"  # VitePress' folded `::: details`
    title = title or ("Details" if marker == "???" else "")
    kind = kind.lower() if kind.lower() in _ADMONITION_KINDS else "note"
    kind = {"caution": "warning", "important": "warning"}.get(kind, kind)  # Material's names
    title = f' "{title.strip()}"' if title.strip() else ""
    lines = text.splitlines()
    body = "\n".join(f"{indent}    {line[len(indent):] if line.startswith(indent) else line}"
                     if line.strip() else "" for line in lines)
    return f"{indent}{marker} {kind}{title}\n\n{body.strip(chr(10))}\n"


def _address(href: str) -> str:
    """A link's address as written: in `<...>` when it holds a space (`my page.md`); a full
    URL percent-encoded instead, with its `<` and `>` (Paperless' changelog:
    `(https://github.com/<!---->types/jest in /src-ui @dependabot)`, which `<...>` cannot
    hold, and which the build counted as 50 HTML elements left open)."""
    if not re.search(r"\s", href):
        return href
    if re.match(r"[a-z][a-z0-9+.-]*://", href, re.I):
        return re.sub(r"[\s<>]", lambda m: f"%{ord(m.group(0)):02X}", href)
    return f"<{href}>"


def rewrite_references(text: str, link: Callable[[str], str | None],
                       image: Callable[[str], str | None],
                       missing: Callable[[str], str] = image_text) -> str:
    """Each Markdown link and image through `link`/`image` (None: keep the text only;
    `missing` writes the text of an image the export lacks); code, fenced or indented, as
    written."""
    def replace(found: InlineLink) -> str:
        bang, label = "!" * found.image, _images_in_text(found, replace)
        new = (image if found.image else link)(found.href)
        if new is None:
            return missing(label) if bang else label
        address = _address(new)
        title = "" if found.title is None else f' "{found.title.replace(chr(34), "&quot;")}"'
        return f"{bang}[{label}]({address}{title})"

    def replace_img(match: re.Match[str], raw: list[tuple[int, int]]) -> str:
        new = image(match.group(1))
        alt = _HTML_ALT.search(match.group(0))
        label = alt.group(1) if alt else ""
        if not new:
            return missing(label)
        if inside(raw, match.start()):  # Markdown is not read there: the tag stays
            tag, at = match.group(0), match.start()
            src = html.escape(new, quote=True)
            return f"{tag[:match.start(1) - at]}{src}{tag[match.end(1) - at:]}"
        return f"![{label}]({new})"

    def change(part: str) -> str:
        part = each_link(part, replace)
        raw = raw_html_spans(part) if "<" in part else []
        part = _HTML_IMG.sub(lambda match: replace_img(match, raw), part)
        return images_as_html(rewrite_definitions(part, link, image))[0]

    blocks: list[str] = []  # kbgen's pages read text indented four spaces as code, as
    text = _without_indented_code(text, blocks)  # fenced code: an `<img>` shown there stays
    changed = protected(text, change)
    return _INDENTED_MARK.sub(lambda m: blocks[int(m.group(1))], changed) if blocks else changed


def _images_in_text(found: InlineLink, replace: Callable[[InlineLink], str]) -> str:
    """A link's text with its images through `replace` (`[![shot](thumb.png)](shot.png)`)."""
    text, pieces, last = found.text, [], 0
    for inner in images_in_text(found):
        pieces += [text[last:inner.start], replace(inner)]
        last = inner.end
    return "".join(pieces) + text[last:]


def each_link(text: str, replace: Callable[[InlineLink], str]) -> str:
    """Each inline link and image of `text` through `replace`, read paragraph by paragraph
    as Python-Markdown reads them (`[x](my page.md)`, `[x](<my page.md> "title")`)."""
    out = []
    for part in _PARAGRAPH_BREAK.split(text):
        pieces, last = [], 0
        for found in inline_link_spans(part) if "](" in part else ():
            pieces += [part[last:found.start], replace(found)]
            last = found.end
        out.append("".join(pieces) + part[last:])
    return "".join(out)

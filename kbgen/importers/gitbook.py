"""A GitBook space synced to Git: its `.gitbook.yaml` (`root`, `structure.summary`) and its
table of contents, `SUMMARY.md` (`## Group` headings over `* [Title](path.md)` items, nested by
indent), which orders the pages, titles them and groups them as the old site's sidebar did.
Read as an MkDocs `nav:` is (kbgen.importers.site_nav); the table itself is no page. Without
it, LANraragi's docs (MIT) came in with their table of contents as an article and categories
named after folders (`Api documentation`, `Installing lanraragi`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable
from urllib.parse import unquote

import yaml

from kbgen.core.yaml_aliases import safe_load_bounded
from kbgen.importers.htmltext import plain_text
from kbgen.importers.markdown_text import protected

CONFIG = ".gitbook.yaml"
SUMMARY = "SUMMARY.md"
_GROUP = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$")
_ITEM = re.compile(
    r"^[ \t]*[*+-][ \t]+\[((?:[^\]\\]|\\.)*)\]\(\s*(?:<([^>\n]+)>|([^)\s]+))[^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)(.+?)\1")
"""Bold or code in an item's title (`[**Bold** page](x.md)`): a title is plain text."""
_ANCHOR = re.compile(r"<a\b[^>]*>\s*</a>", re.I)


def config_file(root: Path) -> Path | None:
    """The GitBook settings of the folder at `root`: its `.gitbook.yaml`, else None (a
    `SUMMARY.md` beside a `.gitbook/` folder counts as one with the defaults)."""
    if (root / CONFIG).is_file():
        return root / CONFIG
    if (root / SUMMARY).is_file() and (root / ".gitbook").is_dir():
        return root / SUMMARY
    return None


def settings(found: Path) -> dict[str, Any]:
    """The content folder and the summary's name from `.gitbook.yaml` (its `root` is the
    repository's path of the docs: taken when it exists from the file's folder, else that
    folder), and the summary read as a nav."""
    folder = found.parent
    config: Any = {}
    if found.name == CONFIG:
        try:
            config = safe_load_bounded(found.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            config = {}
    config = config if isinstance(config, dict) else {}
    root = str(config.get("root") or "").strip()
    content = folder
    if root and (folder / root).is_dir() and (folder / root).resolve().is_relative_to(
            folder.resolve()):
        content = folder / root
    structure = config.get("structure") if isinstance(config.get("structure"), dict) else {}
    summary = str(structure.get("summary") or SUMMARY)
    path = content / summary
    try:
        text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    except OSError:
        text = ""
    return {"content": content, "summary": summary if text else "", "nav": summary_nav(text)}


def summary_nav(text: str) -> list[Any]:
    """`SUMMARY.md` as an MkDocs nav: each `## Group` a section holding the items under it,
    items before the first group at the top; nested items flattened in their order (the
    page of a folder first, as GitBook lists it)."""
    nav: list[Any] = []
    items = nav
    for line in text.splitlines():
        group = _GROUP.match(line)
        if group:
            title = plain_text(_ANCHOR.sub("", group.group(1))).strip()
            if title and not title.lower().startswith("table of contents"):
                items = []
                nav.append({title: items})
            continue
        item = _ITEM.match(line)
        target = (item.group(2) or item.group(3)) if item else ""
        if item and "://" not in target:
            title = _EMPHASIS.sub(r"\2", plain_text(item.group(1).replace("\\", ""))).strip()
            path = unquote(target.split("#", 1)[0])
            items.append({title: path} if title else path)
    return nav


def old_address(relative: str) -> str:
    """Where GitBook published the page at `relative` (no suffix): its path, a folder's
    `README` at the folder's (`basic-operations/README` -> `/basic-operations`)."""
    parts = relative.split("/")
    if parts[-1].lower() == "readme":
        parts = parts[:-1]
    return "/" + "/".join(parts)


_CONTENT_REF = re.compile(
    r"""^([ \t]*)\{%-?\s*content-ref\s+url\s*=\s*["']([^"'\n]+)["'][^%\n]*%\}[ \t]*\n"""
    r"""((?:[^\n]*\n){0,8}?)[ \t]*\{%-?\s*endcontent-ref\s*-?%\}[ \t]*$""", re.M)
"""A page card: its link on the lines between (at most 8: each opening tag looks no further,
so a file of unclosed tags is read in one pass)."""
_FIRST_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


def content_refs(body: str, page: Path, content: Path, titles: dict[str, str]) -> tuple[str, int]:
    """GitBook's page cards (`{% content-ref url="docker.md" %}[docker.md](docker.md)
    {% endcontent-ref %}`, shown as the target page's title) as a link titled so: the
    summary's title for it (`titles`, by path in `content`), else its first heading, else
    the link as written."""
    def card(match: re.Match[str]) -> str:
        indent, url = match.group(1), match.group(2).strip()
        target = (page.parent / unquote(url.split("#", 1)[0])).resolve()
        title = ""
        if target.is_relative_to(content.resolve()):
            relative = target.relative_to(content.resolve()).as_posix()
            title = titles.get(relative, "")
            if not title and target.is_file():
                try:
                    heading = _FIRST_HEADING.search(target.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError):
                    heading = None
                title = heading.group(1) if heading else ""
        if not title:
            return f"{indent}{match.group(3).strip()}"
        return f"{indent}[{title.replace(']', '')}]({url})"

    return _CONTENT_REF.subn(card, body)


_TAB = re.compile(
    r"""^([ \t]*)\{%-?\s*tab\s+title\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')[^%\n]*%\}[ \t]*$""", re.M)
_TABS_FRAME = re.compile(r"^[ \t]*\{%-?\s*(?:end)?tabs?\s*-?%\}[ \t]*\n?", re.M)
_EMBED = re.compile(r"""\{%-?\s*embed\s+url\s*=\s*["']([^"'\s]+)["'][^%\n]*%\}"""
                    r"""(?:[ \t]*\n?((?:[^\n{]*\n){0,3}?)[ \t]*\{%-?\s*endembed\s*-?%\})?""")


_ATTRIBUTE = r"""\b{}\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')"""
_FILE = re.compile(r"""\{%-?\s*file\s+((?:[^%{\n]|%(?!\})){0,1000}?)-?%\}"""
                   r"""(?:([^{]{0,400}?)\{%-?\s*endfile\s*-?%\})?""")
"""A file to download (`{% file src="../.gitbook/assets/guide.pdf" %}caption{% endfile %}`,
or `caption="..."` in the tag)."""
_OPERATION = re.compile(r"^([ \t]*)\{%-?\s*swagger\s([^%\n]*?)-?%\}[ \t]*$", re.M)
"""An API operation written in the page (GitBook's `{% swagger method="post" path="/pets"
baseUrl="https://api.example.com" summary="Add a pet" %}`), its parts between it and
`{% endswagger %}`."""
_OPERATION_END = re.compile(r"^[ \t]*\{%-?\s*endswagger\s*-?%\}[ \t]*$\n?", re.M)
_BARE_PARAMETER = re.compile(r"^([ \t]*- `[^`\n]+`(?: \([^()\n]*\))?):[ \t]*(?=\n[ \t]*\n|\n?\Z)",
                             re.M)
"""A parameter with no description (its item's colon then leads to nothing)."""
_PARAMETER = re.compile(r"^([ \t]*)\{%-?\s*swagger-parameter\b([^%\n]*?)-?%\}[ \t]*$", re.M)
_RESPONSE = re.compile(r"^([ \t]*)\{%-?\s*swagger-response\b([^%\n]*?)-?%\}[ \t]*$", re.M)
_SWAGGER_PARTS = re.compile(
    r"^[ \t]*\{%-?\s*(?:end)?swagger-(?:description|parameter|response)\s*-?%\}[ \t]*$\n?",
    re.M)
"""The frames of an API operation's description, parameters and responses (their text kept)."""
_CODE_TITLE = re.compile(r"^([ \t]*)\{%-?\s*code\b([^%\n]*?)-?%\}[ \t]*$", re.M)
_CODE_END = re.compile(r"^[ \t]*\{%-?\s*endcode\s*-?%\}[ \t]*$\n?", re.M)


def _attribute(attributes: str, name: str) -> str:
    found = re.search(_ATTRIBUTE.format(name), attributes, re.I)
    return (found.group(1) if found.group(1) is not None else found.group(2)).strip() \
        if found else ""


def _file_link(match: re.Match[str]) -> str:
    """`{% file src="x.pdf" %}caption{% endfile %}` -> `[caption](<x.pdf>)`: the import copies
    the file and links it (its name when it has no caption)."""
    src = _attribute(match.group(1), "src")
    caption = " ".join((match.group(2) or _attribute(match.group(1), "caption")).split())
    if not src:
        return caption
    label = caption or unquote(src.rstrip("/").rsplit("/", 1)[-1])
    return f"[{label.replace('[', '(').replace(']', ')')}](<{src}>)"


def _operation(match: re.Match[str]) -> str:
    """`{% swagger method="post" path="/pets" baseUrl="https://api.example.com/v1"
    summary="Add a pet" %}` -> `` #### `POST /pets` `` over its summary and base URL."""
    indent, attributes = match.group(1), match.group(2)
    method, path = _attribute(attributes, "method").upper(), _attribute(attributes, "path")
    base, summary = _attribute(attributes, "baseUrl"), _attribute(attributes, "summary")
    said = " ".join(part for part in (method, path) if part)
    lines = [f"#### `{said}`" if said else ""]
    lines += [summary, f"Base URL: `{base}`" if base else ""]
    return "\n\n".join(f"{indent}{line}" for line in lines if line) + "\n"


def _parameter(match: re.Match[str], first: bool) -> str:
    """`{% swagger-parameter in="body" name="email" type="string" required="true" %}` ->
    `` - `email` (body, string, required): `` over its description (which the item then
    holds), under **Parameters** when it is the operation's `first`."""
    attributes = match.group(2)
    name = _attribute(attributes, "name")
    facts = [_attribute(attributes, "in"), _attribute(attributes, "type")]
    if _attribute(attributes, "required").lower() == "true":
        facts.append("required")
    shown = ", ".join(fact for fact in facts if fact)
    heading = f"\n{match.group(1)}**Parameters**\n" if first else ""
    return f"{heading}\n{match.group(1)}- `{name}`{f' ({shown})' if shown else ''}:" \
        if name else ""


def _response(match: re.Match[str], first: bool) -> str:
    """`{% swagger-response status="201: Created" description="Made" %}` -> `**201: Created**
    Made` over the response's example, under **Responses** when it is the operation's
    `first`."""
    attributes = match.group(2)
    status, said = _attribute(attributes, "status"), _attribute(attributes, "description")
    shown = " ".join(part for part in (f"**{status}**" if status else "", said) if part)
    heading = f"\n{match.group(1)}**Responses**\n" if first else ""
    return f"{heading}\n{match.group(1)}{shown}\n" if shown else heading


def _code_title(match: re.Match[str]) -> str:
    """`{% code title="install.sh" %}` -> `**install.sh**` over the code it frames."""
    title = _attribute(match.group(2), "title")
    return f"{match.group(1)}**{title}**\n" if title else ""


_VALUE = r"""\b{}\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'%]+))"""
"""An attribute of a 2019 API block, quoted or not (`required=true`, `httpCode=200`)."""
_API_METHOD = re.compile(r"^([ \t]*)\{%-?\s*api-method\s([^%\n]*?)-?%\}[ \t]*$", re.M)
"""GitBook's API operation before `{% swagger %}` (2019: `{% api-method method="get"
host="https://api.cakes.com" path="/v1/cakes/:id" %}`), its parts up to `{% endapi-method %}`."""
_API_PARAMETER = re.compile(
    r"^([ \t]*)\{%-?\s*api-method-parameter\s([^%\n]*?)-?%\}[ \t]*\n?"
    r"((?:(?!\{%-?\s*(?:end)?api-method-parameter\b).){0,4000}?)"
    r"\{%-?\s*endapi-method-parameter\s*-?%\}[ \t]*$", re.M | re.S)
"""A parameter and its description (at most 4,000 characters: each opening looks no further)."""
_API_GROUP = re.compile(
    r"^([ \t]*)\{%-?\s*api-method-(path-parameters|query-parameters|headers|body-parameters|"
    r"form-data-parameters|cookie-parameters)\s*-?%\}[ \t]*$", re.M)
_API_GROUPS = {"path-parameters": "Path parameters", "query-parameters": "Query parameters",
               "headers": "Headers", "body-parameters": "Body parameters",
               "form-data-parameters": "Form data parameters", "cookie-parameters": "Cookies"}
_API_EXAMPLE = re.compile(
    r"^([ \t]*)\{%-?\s*api-method-response-example\s([^%\n]*?)-?%\}[ \t]*\n"
    r"(?:\s*\{%-?\s*api-method-response-example-description\s*-?%\}[ \t]*\n?"
    r"((?:(?!\{%-?\s*(?:end)?api-method-response-example).){0,4000}?)"
    r"\{%-?\s*endapi-method-response-example-description\s*-?%\}[ \t]*$)?", re.M | re.S)
"""A response's status and its description (the example it shows follows, in code)."""
_API_FRAMES = re.compile(r"^[ \t]*\{%-?\s*(?:end)?api-method(?:-[\w-]+)?\b[^%\n]*?-?%\}[ \t]*$\n?",
                         re.M)
"""What only framed an operation's parts (its summary's and description's text kept)."""


def _value(attributes: str, name: str) -> str:
    found = re.search(_VALUE.format(name), attributes, re.I)
    return next((g for g in found.groups() if g is not None), "").strip() if found else ""


def _unescaped(text: str) -> str:
    """A name as GitBook's Markdown escapes it (`document\\_side`) as written in code."""
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text)


def _api_method(match: re.Match[str]) -> str:
    """`{% api-method method="get" host="https://api.cakes.com" path="/v1/cakes/:id" %}` ->
    `` #### `GET /v1/cakes/:id` `` over `Base URL: ...`."""
    indent, attributes = match.group(1), match.group(2)
    said = " ".join(part for part in (_value(attributes, "method").upper(),
                                      _unescaped(_value(attributes, "path"))) if part)
    host = _value(attributes, "host")
    lines = [f"#### `{said}`" if said else "", f"Base URL: `{host}`" if host else ""]
    return "\n\n".join(f"{indent}{line}" for line in lines if line) + "\n"


def _api_parameter(match: re.Match[str]) -> str:
    """`{% api-method-parameter name="id" type="string" required=true %}ID of the cake{%
    endapi-method-parameter %}` -> `` - `id` (string, required): ID of the cake ``."""
    indent, attributes = match.group(1), match.group(2)
    name = _unescaped(_value(attributes, "name"))
    facts = [_value(attributes, "type")]
    if _value(attributes, "required").lower() == "true":
        facts.append("required")
    shown = ", ".join(fact for fact in facts if fact)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", match.group(3).strip())]
    said = [p for p in paragraphs if p]
    head = f"{indent}- `{name}`" + (f" ({shown})" if shown else "") \
        + (f": {said[0]}" if said else "") if name else (said[0] if said else "")
    return "\n\n".join([head] + [f"{indent}    {p}" for p in said[1:]]) + "\n"


def api_methods(part: str, state: dict[str, bool]) -> tuple[str, int, int]:
    """GitBook's 2019 API blocks (`{% api-method %}` ... `{% endapi-method %}`) as Markdown:
    the method and path a heading over the base URL, summary and description; each group of
    parameters under its name in bold (**Path parameters**, **Headers**...), each parameter
    an item with its type and description; each response's status in bold over its
    description, the example after it, under **Responses** once an operation (`state`
    carries that across the code between: the text is given in parts). The text, operations
    and parameters + responses."""
    if "api-method" not in part:
        return part, 0, 0
    part, parameters = _API_PARAMETER.subn(_api_parameter, part)
    part = _API_GROUP.sub(lambda m: f"{m.group(1)}**{_API_GROUPS[m.group(2)]}**\n", part)
    responses = 0

    def example(match: re.Match[str]) -> str:
        nonlocal responses
        responses += 1
        status = _value(match.group(2), "httpCode")
        said = " ".join((match.group(3) or "").split())
        heading = "" if state.get("responses") else f"{match.group(1)}**Responses**\n\n"
        state["responses"] = True
        shown = " ".join(p for p in (f"**{status}**" if status else "", said) if p)
        return heading + (f"{match.group(1)}{shown}\n" if shown else "")

    pieces, at, operations = [], 0, 0
    for found in _API_METHOD.finditer(part):
        pieces += [_API_EXAMPLE.sub(example, part[at:found.start()]), _api_method(found)]
        state["responses"], at, operations = False, found.end(), operations + 1
    pieces.append(_API_EXAMPLE.sub(example, part[at:]))
    return _API_FRAMES.sub("", "".join(pieces)), operations, parameters + responses


def blocks(body: str) -> tuple[str, list[str]]:
    """GitBook's tabs (`{% tabs %}{% tab title="Windows" %}...{% endtab %}{% endtabs %}`),
    each tab's title kept in bold over its text, as kbgen has no tabs; and its embeds
    (`{% embed url="https://youtu.be/x" %}`, a player or a page's card) as a link to what they
    showed; its files to download (`{% file %}`) as links to them, its API parameters and
    responses under their name or status, and its code titles in bold over the code; with
    what was done, for the summary."""
    counts = {"tabs": 0, "embeds": 0, "files": 0, "operations": 0, "api": 0, "code": 0}
    seen = {"parameter": False, "response": False}  # in the operation read last
    older_operation: dict[str, bool] = {}  # the same, for a 2019 `{% api-method %}`

    def in_operation(kind: str, render: Callable[[re.Match[str], bool], str]) \
            -> Callable[[re.Match[str]], str]:
        def once(match: re.Match[str]) -> str:
            first, seen[kind] = not seen[kind], True
            return render(match, first)
        return once

    def operation(match: re.Match[str]) -> str:
        seen.update(parameter=False, response=False)
        return _operation(match)

    def change(part: str) -> str:
        part, tabs = _TAB.subn(lambda m: f"{m.group(1)}**{m.group(2) or m.group(3)}**\n", part)
        if tabs:
            part = _TABS_FRAME.sub("", part)
        part, embeds = _EMBED.subn(_embed_link, part)
        part, files = _FILE.subn(_file_link, part)
        part, operations = _OPERATION.subn(operation, part)
        part, older, parts = api_methods(part, older_operation)
        operations += older
        counts["api"] += parts
        part, parameters = _PARAMETER.subn(in_operation("parameter", _parameter), part)
        part, responses = _RESPONSE.subn(in_operation("response", _response), part)
        part = _SWAGGER_PARTS.sub("", part)
        part = _OPERATION_END.sub("", part)
        if parameters:
            part = _BARE_PARAMETER.sub(r"\1", part)
        part, titles = _CODE_TITLE.subn(_code_title, part)
        part = _CODE_END.sub("", part)
        counts["tabs"] += tabs
        counts["embeds"] += embeds
        counts["files"] += files
        counts["operations"] += operations
        counts["api"] += parameters + responses
        counts["code"] += titles
        return part

    body = protected(body, change)  # code that shows the tags keeps them
    notes = [f"{what} ({counts[key]}×)" for key, what in _BLOCK_NOTES if counts[key]]
    return body, notes


_BLOCK_NOTES = (
    ("tabs", "GitBook tabs shown one after the other, each under its title in bold"),
    ("embeds", "GitBook embeds (videos, pages) made links to what they showed"),
    ("files", "GitBook files to download made links to them, the files copied"),
    ("operations", "GitBook API operations ({% swagger %}, {% api-method %}) written as"
                   " Markdown: method and path"
                   " as a heading over the summary and base URL"),
    ("api", "GitBook API parameters and responses written as their name or status over their"
            " text"),
    ("code", "GitBook code blocks' titles written in bold over the code"),
)
"""What the import notes for each kind of GitBook block it rewrote (its `counts` key first)."""


def _embed_link(match: re.Match[str]) -> str:
    url, caption = match.group(1), (match.group(2) or "").strip()
    return f"[{caption or url}](<{url}>)"

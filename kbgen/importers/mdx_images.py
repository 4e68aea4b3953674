"""Pictures an MDX page imports as modules (Docusaurus): `import shot from './img/a.png';`
then `<img src={shot} alt={"The form"} width={300} />`, or `src={require('./img/a.png')
.default}`, or a file of the site's `static/` folder by `src={useBaseUrl('img/a.png')}`. The
import line is removed with the page's other imports, so the picture's only address was the
variable or the call: each such `<img>` becomes a Markdown image of the file it names, which
the import then copies like any other picture."""

from __future__ import annotations

import re

IMAGE_SUFFIXES = r"(?:png|jpe?g|gif|webp|avif|svg|bmp|ico)"
_IMPORT = re.compile(
    r"^[ \t]*import[ \t]+([A-Za-z_$][\w$]*)[ \t]+from[ \t]+([\"'])([^\"'\n]+?\."
    + IMAGE_SUFFIXES + r")\2[ \t]*;?[ \t]*$", re.M | re.I)
"""`import name from "./img/a.png";` (a default import of a picture file)."""
_REQUIRE = (r"require\(\s*(?P<quote>[\"'])(?P<path>[^\"'\n]+?\." + IMAGE_SUFFIXES
            + r")(?P=quote)\s*\)(?:\.default)?")
_BASE_URL = (r"useBaseUrl\(\s*(?P<bquote>[\"'])/?(?P<static>[^\"'\n]+?\." + IMAGE_SUFFIXES
             + r")(?P=bquote)[^()]*\)")
"""`useBaseUrl('img/a.png')`: a file of the site's `static/` folder, served at its root."""
_ATTRIBUTES = r"(?:[^<>{}]|\{\{[^{}]*\}\}|\{[^{}]*\})*?"
"""Attributes, JSX values in braces among them (`width={300}`, `style={{ height: 160 }}`)."""
_JSX_IMG = re.compile(
    r"<img\b(?P<before>" + _ATTRIBUTES + r")\bsrc=\{\s*(?:(?P<name>[A-Za-z_$][\w$]*)|"
    + _REQUIRE + r"|" + _BASE_URL + r")\s*\}(?P<after>" + _ATTRIBUTES + r")/?>", re.I)
"""`<img ... src={name} ...>`, `src={require("./a.png").default}` or `src={useBaseUrl(...)}`."""
_ALT = re.compile(r"""\balt=(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)')"""
                  r"""\s*\})""")
_SITE_STATIC = "@site/static/"
"""Docusaurus' alias of the site's `static/` folder, served at the site's root."""


def image_imports(text: str) -> dict[str, str]:
    """Each picture a page imports as a module: its variable's name and the file's path."""
    return {match.group(1): _path(match.group(3)) for match in _IMPORT.finditer(text)}


def images_as_markdown(text: str, imports: dict[str, str]) -> tuple[str, int]:
    """`text` with each `<img src={...}>` of a picture in `imports` (or `require`d in place)
    as a Markdown image (its alt text kept); the text and how many were changed."""
    count = 0

    def markdown(match: re.Match[str]) -> str:
        nonlocal count
        name, path, static = match.group("name"), match.group("path"), match.group("static")
        target = "/" + static if static else _path(path) if path else imports.get(name or "")
        if target is None:
            return match.group(0)
        count += 1
        alt = _alt(match.group("before") + " " + match.group("after"))
        return f"![{alt}](<{target}>)" if re.search(r"[\s()<>]", target) else f"![{alt}]({target})"

    return _JSX_IMG.sub(markdown, text), count


def _alt(attributes: str) -> str:
    found = _ALT.search(attributes)
    alt = next((value for value in found.groups() if value is not None), "") if found else ""
    return re.sub(r"([\[\]\\])", r"\\\1", " ".join(alt.split()))


def _path(path: str) -> str:
    return "/" + path[len(_SITE_STATIC):] if path.startswith(_SITE_STATIC) else path

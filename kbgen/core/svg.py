"""SVG images that can only draw: refuse script, handlers and every outside reference.

An SVG file opened on its own is a document: it runs `<script>`, `on*` handlers, links to
`javascript:` and HTML inside `<foreignObject>`, and loads what it references. Rewriting such a
file safely is fragile, so an SVG is read with expat and refused, with the line, unless every
element and attribute is on the allow-list below; drawings made by design tools pass.
"""

from __future__ import annotations

import re
from xml.parsers import expat

MAX_SVG_BYTES = 5_000_000
"""Larger SVG images are refused (export them as PNG or WebP)."""

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
EDITOR_NAMESPACES = frozenset({
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://purl.org/dc/elements/1.1/",
    "http://purl.org/dc/terms/",
    "http://ns.adobe.com/AdobeIllustrator/10.0/",
    "http://ns.adobe.com/Graphs/1.0/",
    "http://ns.adobe.com/SaveForWeb/1.0/",
    "http://ns.adobe.com/Extensibility/1.0/",
    "http://www.bohemiancoding.com/sketch/ns",
})
"""Design tools' metadata: browsers give these elements no behaviour."""

ELEMENTS = frozenset({
    "svg", "g", "defs", "title", "desc", "metadata", "symbol", "use", "switch", "view",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "textPath",
    "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
    "image", "a", "style",
    "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite",
    "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight",
    "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur",
    "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
    "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    "animate", "animateMotion", "animateTransform", "mpath",
})
"""SVG elements that draw, group, style or animate; `script`, `foreignObject`, `iframe`,
`feImage`, `set` and anything unknown are refused."""

ANIMATIONS = frozenset({"animate", "animateMotion", "animateTransform"})
_LINK_SCHEMES = re.compile(r"^(?:https?:|mailto:)", re.I)
_IMAGE_DATA = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$", re.I)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\(.)", re.S)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.S)
_CSS_FUNCTIONS = ("url", "image", "image-set", "cross-fade", "element", "src")
_CSS_AT_RULES = re.compile(r"@import|@font-face|@namespace|expression\s*\(|behaviou?r\s*:"
                           r"|-moz-binding|(?:java|vb)script\s*:", re.I)
_CSS_FUNCTION = re.compile(r"([a-z-]+)\s*\(\s*['\"]?\s*([^)'\"]*)", re.I)
XML_ATTRIBUTES = frozenset({"space", "lang"})
"""`xml:` attributes allowed (`xml:base` would change where references lead)."""


def svg_problems(data: bytes) -> list[tuple[int, str]]:
    """(line, message) for each construct of an SVG file that is not plain drawing."""
    checker = _Checker()
    try:
        checker.parser.Parse(data, True)
    except _Refused as exc:
        checker.problems.append((exc.line, exc.message))
    except expat.ExpatError as exc:
        checker.problems.append((exc.lineno, f"not a well-formed SVG image"
                                 f" ({expat.ErrorString(exc.code)}); export it again"))
    if not checker.seen_root and not checker.problems:
        checker.problems.append((1, "not an SVG image (no <svg> element); export it again"))
    return checker.problems


class _Refused(Exception):
    """A construct that stops the reading (a DOCTYPE: entities could expand)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line, self.message = line, message


class _Checker:
    """expat handlers collecting problems."""

    def __init__(self) -> None:
        self.problems: list[tuple[int, str]] = []
        self.seen_root = False
        self.style: list[str] | None = None
        """The text of the `<style>` element being read."""
        self.style_line = 0
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.text
        self.parser.StartDoctypeDeclHandler = self.doctype
        self.parser.EntityDeclHandler = self.doctype
        self.parser.ProcessingInstructionHandler = self.instruction
        self.parser.ExternalEntityRefHandler = self.doctype
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    @property
    def line(self) -> int:
        """The current line of the parser."""
        return int(self.parser.CurrentLineNumber)

    def add(self, message: str) -> None:
        """Record a problem at the current line."""
        self.problems.append((self.line, message))

    def doctype(self, *args: object) -> int:
        """Refuse DOCTYPE and entities: they can expand without bound or load files."""
        raise _Refused(self.line, "<!DOCTYPE> or <!ENTITY> in an SVG image; remove it"
                       " (export as plain SVG)")

    def instruction(self, target: str, data: str) -> None:
        """`<?xml-stylesheet ...?>` loads a style sheet; no processing instruction is kept."""
        self.add(f"processing instruction <?{target} ...?> in an SVG image; remove it")

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """Check one element and its attributes."""
        namespace, _, local = name.rpartition(" ")
        if not self.seen_root and (namespace, local) != (SVG_NS, "svg"):
            self.add(f"an SVG image starts with <svg xmlns=\"{SVG_NS}\">, not <{local}>"
                     f"{f' of namespace {namespace}' if namespace else ' without it'}")
            self.seen_root = True
            return
        self.seen_root = True
        if namespace in EDITOR_NAMESPACES:
            return
        if namespace != SVG_NS or local not in ELEMENTS:
            where = "" if namespace == SVG_NS else \
                f" (namespace {namespace})" if namespace else " (no namespace)"
            self.add(f"<{local}> element{where} in an SVG image: it can run script or load"
                     " something; remove it (only drawing elements are allowed)")
            return
        if local == "style":
            self.style, self.style_line = [], self.line
        for key, value in attributes.items():
            self.attribute(local, key, value)

    def attribute(self, element: str, key: str, value: str) -> None:
        """Check one attribute: no handler, no reference leaving the image."""
        namespace, _, attribute = key.rpartition(" ")
        if attribute.lower().startswith("on"):
            self.add(f"{attribute}= event handler on <{element}> in an SVG image; remove it")
        elif attribute == "href" and namespace in ("", XLINK_NS):
            if not _allowed_reference(element, value.strip()):
                self.add(f"<{element} href=\"{_short(value)}\"> in an SVG image points outside"
                         " it; only #id references (and https links on <a>) are allowed")
        elif (namespace and namespace not in (XML_NS, XLINK_NS, *EDITOR_NAMESPACES)) or (
                namespace == XML_NS and attribute not in XML_ATTRIBUTES):
            self.add(f"attribute {attribute}= of namespace {namespace} in an SVG image;"
                     " remove it")
        elif element in ANIMATIONS and attribute == "attributeName" and (
                "href" in value.lower() or value.lower().startswith("on")
                or value.lower() == "style"):
            self.add(f"<{element}> changes {value}= in an SVG image; remove it")
        elif _css_reference(value):
            self.add(f"{attribute}= on <{element}> in an SVG image refers to something outside"
                     " it (url(), @import) or to script; only url(#id) is allowed")

    def end(self, name: str) -> None:
        """At the end of a `<style>` element, check its CSS (read whole: expat hands text
        over in pieces, split at every entity)."""
        if name == f"{SVG_NS} style" and self.style is not None:
            if _css_reference("".join(self.style)):
                self.problems.append((self.style_line, "<style> in an SVG image loads something"
                                      " from outside (url(), @import); only url(#id) is"
                                      " allowed"))
            self.style = None

    def text(self, data: str) -> None:
        """Collect the text of a `<style>` element."""
        if self.style is not None:
            self.style.append(data)


def _allowed_reference(element: str, value: str) -> bool:
    if value.startswith("#"):
        return True
    if element == "a":
        return bool(_LINK_SCHEMES.match(value))
    return element == "image" and bool(_IMAGE_DATA.match(value))


def _css_reference(value: str) -> bool:
    """True when CSS (or a presentation attribute) refers to anything but `#id`, or names a
    script scheme; CSS comments and escapes are undone first."""
    if not any(mark in value for mark in "(@\\:"):
        return False
    text = _CSS_COMMENT.sub("", value)
    text = _CSS_ESCAPE.sub(_unescape, text)
    if _CSS_AT_RULES.search(text):
        return True
    return any(match.group(1).lower() in _CSS_FUNCTIONS and not match.group(2).startswith("#")
               for match in _CSS_FUNCTION.finditer(text))


def _unescape(match: re.Match[str]) -> str:
    if match.group(1):
        code = int(match.group(1), 16)
        return chr(code) if 0 < code < 0x110000 else "\ufffd"
    return match.group(2)


def _short(value: str) -> str:
    """A value as shown in a message: one line, at most 60 characters."""
    flat = re.sub(r"\s+", " ", value)
    return flat if len(flat) <= 60 else flat[:57] + "..."

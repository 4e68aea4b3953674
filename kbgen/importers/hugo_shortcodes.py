"""Hugo shortcodes that carry content, turned into Markdown before the others are removed:
`figure` (an image and its caption), notes (`hint`, `notice`, `alert`... -> admonitions),
`tab` (its title kept over its text), links to pages or addresses (`page-ref`, `page-relref`,
`caption-link`), players (`youtube`, `vimeo`: a link to watch), and a site's own shortcodes
without parameters whose template is a word (`{{< required >}}` -> `Required`) or one of the
site's `params` (`{{< stableVersion >}}` -> `v0.32.0`, in code too) or a file of the site
(`readFile`: its text), or a path made absolute (`absURL`: on the site's `baseURL`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from kbgen.importers.markdown_text import CALLOUT_KINDS, protected

_PARAMS = re.compile(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(\S+))|\"([^\"]*)\"|(\S+)")
_FIGURE = re.compile(r"\{\{[<%]\s*figure\b(.*?)[>%]\}\}", re.S)
_NOTE = re.compile(r"^([ \t]*)\{\{[<%]\s*(hint|notice|alert|callout|admonition|note|tip|warning"
                   r"|info|danger|caution|important)\b([^}]*?)[>%]\}\}(.*?)"
                   r"\{\{[<%]\s*/\s*\2\s*[>%]\}\}", re.S | re.M)
_TAB = re.compile(r"\{\{[<%]\s*tab\b([^}]*?)[>%]\}\}")
_PAGE_LINK = re.compile(r"\{\{[<%]\s*(page-ref|page-relref|caption-link|button|link)\b"
                        r"([^}]*?)[>%]\}\}")
_VIDEO = re.compile(r"\{\{[<%]\s*(youtube|vimeo)\b([^}]*?)[>%]\}\}")
_VIDEO_PAGES = {"youtube": "https://www.youtube.com/watch?v={}", "vimeo": "https://vimeo.com/{}"}
_ABS_URL = re.compile(r"^\s*\{\{-?\s*\.Get 0 \| absURL\s*-?\}\}\s*$", re.M)
_WITH_PARAMS = re.compile(r"\{\{[<%]\s*+([\w-]+)\s++([^{}]*?)\s*+[>%]\}\}")
FILE_BYTES = 100_000
"""A file a shortcode shows is written into the page up to this size."""
_BARE = re.compile(r"\{\{[<%]\s*([\w-]+)\s*[>%]\}\}")
_PARAM = re.compile(r"\{\{-?\s*\$?\.?[Ss]ite\.Params\.(\w+)\s*-?\}\}")
_I18N = re.compile(r"\{\{-?\s*i18n\s+\"([^\"]+)\"\s*-?\}\}")
_NOTE_KINDS = {"caution": "warning", "important": "warning", "error": "danger", "hint": "info",
               "notice": "note", "alert": "warning", "callout": "note", "admonition": "note"}


def parameters(text: str) -> tuple[dict[str, str], list[str]]:
    """Named and positional parameters of a shortcode (`style="info"`, `"Title"`)."""
    named, positional = {}, []
    for match in _PARAMS.finditer(text):
        if match.group(1):
            named[match.group(1).lower()] = next(g for g in match.group(2, 3, 4) if g is not None)
        else:
            positional.append(match.group(5) if match.group(5) is not None else match.group(6))
    return named, positional


class HugoShortcodes:
    """Rewrites the shortcodes of one Hugo site (its `layouts/shortcodes/` and `i18n/`)."""

    def __init__(self, root: Path, link_for: Callable[[str], str],
                 title_of: Callable[[str], str] = lambda href: "",
                 params: dict[str, Any] | None = None, base_url: str = "") -> None:
        self.root = root
        self.base_url = base_url if base_url.startswith(("https://", "http://")) else ""
        """The site's `baseURL`, which `absURL` joins a path to."""
        self.params = {str(k).lower(): v for k, v in (params or {}).items()}
        """The site's `params` (Hugo reads their keys in any case)."""
        self.settings: dict[str, str | None] = {}
        self.link_for = link_for
        self.title_of = title_of
        """The title of the page a link (from `link_for`) leads to, `` when unknown."""
        self.words: dict[str, str | None] = {}
        self.counts: Counter[str] = Counter()

    def rewrite(self, text: str, page: Path) -> tuple[str, list[str]]:
        """`text` with its shortcodes as Markdown, and what was rewritten (one line)."""
        self.counts = Counter()
        text = _BARE.sub(self._setting, text)  # in code too, as Hugo fills them there
        text = protected(text, lambda part: _WITH_PARAMS.sub(
            lambda match: self._file(match, fenced=True), part))
        text = _WITH_PARAMS.sub(lambda match: self._file(match, fenced=False), text)
        text = protected(text, lambda part: self._outside_code(part, page))
        notes = [", ".join(f"{{{{< {name} >}}}} {n}×" for name, n in self.counts.most_common())]
        return text, [f"Hugo shortcodes turned into Markdown: {notes[0]}"] if self.counts else []

    def _outside_code(self, text: str, page: Path) -> str:
        text = _FIGURE.sub(lambda m: self._figure(m, page), text)
        for _ in range(2):  # a note inside a note
            text = _NOTE.sub(self._note, text)
        text = _TAB.sub(self._tab, text)
        text = _PAGE_LINK.sub(self._page_link, text)
        text = _VIDEO.sub(self._video, text)
        return _BARE.sub(self._bare, text)

    def _figure(self, match: re.Match[str], page: Path) -> str:
        named, _ = parameters(match.group(1))
        src = named.get("src", "")
        if not src:
            return match.group(0)
        self.counts["figure"] += 1
        if not re.match(r"[a-z]+:|/", src) and not (page.parent / src).is_file():
            src = "/" + src  # Hugo's relURL: from the site's root (static/)
        caption = named.get("caption") or named.get("title") or ""
        alt = (named.get("alt") or re.sub(r"[*_`\[\]]", "", caption)).replace("\n", " ")
        image = f"![{alt}]({src})"
        if named.get("link"):
            image = f"[{image}]({named['link']})"
        return f"{image}\n\n*{caption.strip()}*" if caption.strip() else image

    def _note(self, match: re.Match[str]) -> str:
        indent, name, arguments, inner = match.groups()
        named, positional = parameters(arguments)
        kind = (named.get("style") or named.get("type") or named.get("color")
                or (positional[0] if positional else "") or name).lower()
        kind = _NOTE_KINDS.get(kind, kind)
        kind = kind if kind in CALLOUT_KINDS else "note"
        title = named.get("title", "")
        self.counts[name] += 1
        lines = inner.strip("\n").splitlines()
        common = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
        body = "\n".join(f"{indent}    {x[common:]}" if x.strip() else "" for x in lines)
        head = f'{indent}!!! {kind}' + (f' "{title}"' if title else "")
        return f"{head}\n\n{body.rstrip()}\n"

    def _tab(self, match: re.Match[str]) -> str:
        named, positional = parameters(match.group(1))
        title = named.get("title") or named.get("name") or named.get("header") or (
            positional[0] if positional else "")
        if not title:
            return match.group(0)
        self.counts["tab"] += 1
        return f"\n**{title}**\n"

    def _page_link(self, match: re.Match[str]) -> str:
        name = match.group(1)
        named, positional = parameters(match.group(2))
        target = named.get("page") or named.get("ref")
        href = self.link_for(target) if target else (
            named.get("url") or named.get("href") or (positional[0] if positional else ""))
        if not href:
            return match.group(0)
        text = named.get("caption") or named.get("title") or named.get("text") or (
            self.title_of(href) if target else "") or (target or href).rstrip("/").rsplit(
            "/", 1)[-1].replace("-", " ").replace("_", " ")
        self.counts[name] += 1
        return f"[{text.strip()}]({href})"

    def _video(self, match: re.Match[str]) -> str:
        """Hugo's `youtube`/`vimeo` players -> a link to watch it there (the site loads
        nothing from other hosts)."""
        name = match.group(1)
        named, positional = parameters(match.group(2))
        video = named.get("id") or (positional[0] if positional else "")
        if not re.fullmatch(r"[\w-]+", video):
            return match.group(0)
        self.counts[name] += 1
        title = (named.get("title") or f"video on {name}.com").replace("[", "(").replace("]", ")")
        return f"[Watch: {title}](<{_VIDEO_PAGES[name].format(video)}>)"

    def _bare(self, match: re.Match[str]) -> str:
        name = match.group(1)
        word = self._word(name)
        if word is None:
            return match.group(0)
        self.counts[name] += 1
        return f"*{word}*"

    def _setting(self, match: re.Match[str]) -> str:
        """A shortcode whose template shows one of the site's `params` (kind's
        `{{< stableVersion >}}`: `{{- site.Params.stable -}}`) -> its value."""
        name = match.group(1)
        if name not in self.settings:
            template = self._template(name)
            found = _PARAM.fullmatch(template.strip()) if template is not None else None
            value = self.params.get(found.group(1).lower()) if found else None
            self.settings[name] = str(value) if isinstance(value, (str, int, float)) \
                and not isinstance(value, bool) and "\n" not in str(value) else None
        value = self.settings[name]
        if value is None:
            return match.group(0)
        self.counts[name] += 1
        return value

    def _file(self, match: re.Match[str], fenced: bool) -> str:
        """A shortcode whose template shows a file of the site (`readFile`: kind's
        `{{% readFile "static/examples/ingress/usage.yaml" %}}` inside a code block, its
        `{{< codeFromFile file="static/x.sh" >}}` as one) -> the file's text, in a code block
        of its own outside one; a file outside the site, too large or not text is left."""
        name = match.group(1)
        template = self._template(name) if name not in ("figure", "youtube", "vimeo") else None
        named, positional = parameters(match.group(2))
        if template is not None and _ABS_URL.search(template) and positional and self.base_url:
            self.counts[name] += 1  # kind's `{{< absURL "examples/x.yaml" >}}`
            return urljoin(self.base_url.rstrip("/") + "/", positional[0].lstrip("/"))
        if template is None or "readFile" not in template:
            return match.group(0)
        wanted = named.get("file") or named.get("path") or (positional[0] if positional else "")
        text = self._text_of(wanted)
        if text is None:
            return match.group(0)
        self.counts[name] += 1
        if not fenced:
            return text.strip("\n")
        language = named.get("lang") or Path(wanted).suffix.lstrip(".")
        fence = "~~~~" if "```" in text else "```"
        language = language if re.fullmatch(r"[\w+-]+", language) else ""
        body = text.strip("\n")
        return f"{fence}{language}\n{body}\n{fence}"

    def _text_of(self, wanted: str) -> str | None:
        """The text of the file at `wanted` from the site's root (Hugo's `readFile`), None
        when it is outside the site, not a file, larger than FILE_BYTES or not UTF-8."""
        root = self.root.resolve()
        path = (root / wanted).resolve()
        if not wanted or not path.is_relative_to(root) or not path.is_file() \
                or path.stat().st_size > FILE_BYTES:
            return None
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def _template(self, name: str) -> str | None:
        """A site's own shortcode template, inside the site only."""
        template = self.root / "layouts" / "shortcodes" / f"{name}.html"
        if template.is_file() and template.resolve().is_relative_to(self.root.resolve()):
            return template.read_text(encoding="utf-8", errors="replace")
        return None

    def _word(self, name: str) -> str | None:
        """The text a parameterless shortcode's template shows, when it is only a word or two
        (`<span class="x">{{ i18n "required" }}</span>` -> `Required`)."""
        if name in self.words:
            return self.words[name]
        template = self._template(name)
        word = None
        if template is not None:
            text = re.sub(r"<[^>]*>", "", template)
            text = _I18N.sub(lambda m: m.group(1), text).strip()
            if text and "{" not in text and len(text.split()) <= 3:
                word = text[:1].upper() + text[1:]
        self.words[name] = word
        return word

"""An Astro Starlight site (`astro.config.mjs` using `@astrojs/starlight`, its pages in
`src/content/docs/`): where its pages are, the address each had (`guides/sidebar.mdx` ->
`/guides/sidebar/`, an `index` at its folder's) and its MDX components written as what they
showed. Without it, Starlight's own docs (MIT) came in as a plain folder: categories `Src`
and `Grammars`, every translation (`de/`, `ja/`, ...) an article of its own beside the
English one, and `<Aside>`, `<Tabs>`, `<Steps>`, `<Card>` left as text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kbgen.importers.js_literal import exported_data
from kbgen.importers.markdown_text import protected, tabs_on_their_lines

CONFIG_NAMES = tuple(f"astro.config.{ext}" for ext in ("mjs", "ts", "mts", "js", "cjs"))
CONTENT = Path("src/content/docs")
_STARLIGHT = re.compile(r"""["']@astrojs/starlight["']""")
_DEFAULT_LOCALE = re.compile(r"""\bdefaultLocale\s*:\s*["']([\w-]+)["']""")
_ROOT_LANG = re.compile(r"""\broot\s*:\s*\{[^{}]*?\blang\s*:\s*["']([\w-]+)["']""")
_SIDEBAR = re.compile(r"\bsidebar\s*:\s*\[")
_ORDER = re.compile(r"^sidebar\s*:[ \t]*\n(?:[ \t]+[^\n]*\n)*?[ \t]+order\s*:\s*(-?\d+)", re.M)
SUFFIXES = (".md", ".mdx", ".mdoc")


def config_file(root: Path) -> Path | None:
    """The site's `astro.config.*`, when it uses Starlight and has its docs folder."""
    if not (root / CONTENT).is_dir():
        return None
    for name in CONFIG_NAMES:
        path = root / name
        try:
            if path.is_file() and _STARLIGHT.search(path.read_text(encoding="utf-8-sig")):
                return path
        except (OSError, UnicodeDecodeError):
            continue
    return None


def settings(config: Path) -> dict[str, Any]:
    """The default language (`locales: {root: {lang: 'en'}}`, or `defaultLocale`) as the
    config file writes it plainly, `en` otherwise; the sidebar as an MkDocs nav."""
    try:
        text = config.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        text = ""
    found = _ROOT_LANG.search(text) or _DEFAULT_LOCALE.search(text)
    language = found.group(1) if found and found.group(1) != "root" else "en"
    return {"defaultContentLanguage": language,
            "nav": sidebar_nav(text, config.parent / CONTENT),
            "label_translations": label_translations(text)}


def _sidebar_data(text: str) -> list[Any]:
    """Starlight's `sidebar: [...]`, read as data (never run); [] without one."""
    found = _SIDEBAR.search(text)
    if found is None:
        return []
    start, depth = found.end() - 1, 0
    for end in range(start, len(text)):
        depth += {"[": 1, "]": -1}.get(text[end], 0)
        if depth == 0:
            break
    data = exported_data("export default " + text[start:end + 1])
    return data if isinstance(data, list) else []


def label_translations(text: str) -> dict[str, dict[str, str]]:
    """Each sidebar label's words in other languages, as its `translations` give them
    (`{label: 'Guides', translations: {de: 'Anleitungen', 'pt-BR': 'Guias'}}`), keyed by the
    label, then by the language written in lower case (`pt-br`)."""
    found: dict[str, dict[str, str]] = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if not isinstance(item, dict):
                continue
            label, words = item.get("label"), item.get("translations")
            if isinstance(label, str) and isinstance(words, dict):
                found.setdefault(label.strip(), {}).update(
                    {str(code).lower().replace("_", "-"): value.strip()
                     for code, value in words.items() if isinstance(value, str) and value.strip()})
            if isinstance(item.get("items"), list):
                walk(item["items"])

    walk(_sidebar_data(text))
    return found


def translated_label(labels: dict[str, dict[str, str]], label: str, *codes: str) -> str | None:
    """`label` in the language of the first of `codes` (a locale's folder `pt-br`, its
    language `pt-BR`) its `translations` name, or in that language's main form (`pt` for
    `pt-br`); None when they give it none."""
    words = labels.get(label.strip()) or {}
    wanted = [code.lower().replace("_", "-") for code in codes if code]
    for code in wanted + [code.split("-")[0] for code in wanted]:
        if words.get(code):
            return words[code]
    return None


def sidebar_nav(text: str, content: Path) -> list[Any]:
    """Starlight's `sidebar: [...]` (read as data, never run) as an MkDocs nav of the files
    in `content`: each group (`{label, items}`) a section, a page by its slug (`'guides/x'`,
    `{label, slug}`), an `autogenerate: {directory}` as that folder's pages in the order
    Starlight gives them (front matter `sidebar: order:`, then the file name)."""
    return _entries(_sidebar_data(text), content)


def _entries(items: list[Any], content: Path) -> list[Any]:
    nav: list[Any] = []
    for item in items:
        if isinstance(item, str):
            nav += [path for path in [_page(item, content)] if path]
        elif isinstance(item, dict):
            label = item.get("label") if isinstance(item.get("label"), str) else None
            slug = item.get("slug") or item.get("link")
            generated = item.get("autogenerate")
            if isinstance(item.get("items"), list) or isinstance(generated, dict):
                inner = _entries(item["items"], content) if isinstance(item.get("items"), list) \
                    else _generated(str(generated.get("directory") or ""), content) \
                    if isinstance(generated, dict) else []
                if label:
                    nav.append({label: inner})
                else:
                    nav += inner
            elif isinstance(slug, str) and (path := _page(slug, content)):
                nav.append({label: path} if label else path)
    return nav


def _page(slug: str, content: Path) -> str | None:
    """The file of the page at `slug` (`guides/x`, `/guides/x/`), relative to `content`."""
    slug = slug.strip("/")
    if "://" in slug:
        return None
    for name in (slug, f"{slug}/index" if slug else "index"):
        for suffix in SUFFIXES:
            if (content / (name + suffix)).is_file():
                return name + suffix
    return None


def _generated(directory: str, content: Path) -> list[str]:
    folder = content / directory.strip("/")
    if not directory.strip("/") or not folder.is_dir():
        return []
    pages = []
    for path in sorted(folder.rglob("*")):
        if path.suffix in SUFFIXES and path.is_file() and not path.name.startswith("_"):
            try:
                head = path.read_text(encoding="utf-8")[:2000]
            except (OSError, UnicodeDecodeError):
                head = ""
            order = _ORDER.search(head)
            pages.append((int(order.group(1)) if order else 10**6,
                          path.relative_to(content).as_posix()))
    return [path for _, path in sorted(pages)]


def old_address(relative: str) -> str:
    """Where Starlight published the page at `relative` (no suffix): `/path/`, an `index` at
    its folder's (Astro's default `trailingSlash`, slugs in lower case)."""
    parts = relative.split("/")
    if parts[-1].lower() == "index":
        parts = parts[:-1]
    return "/" + "".join(f"{part.lower()}/" for part in parts)


_KIND = {"note": "note", "tip": "tip", "caution": "warning", "danger": "danger"}
_ATTRIBUTE = r"""\b{}\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)'|\{{\s*["'`]([^"'`\n]*)["'`]\s*\}})"""
_ASIDE = re.compile(r"^([ \t]*)<Aside\b([^>\n]*)>[ \t]*((?:(?!<Aside\b).){0,4000}?)[ \t]*"
                    r"</Aside>[ \t]*$", re.M | re.S)
"""An aside (its text at most 4,000 characters and no other aside's opening: each opening
looks no further, so a page of unclosed ones is read in linear time)."""
_DIRECTIVE = re.compile(r"^([ \t]*):::(note|tip|caution|danger)(?:\[([^\]\n]*)\])?[ \t]*\n"
                        r"((?:(?!^[ \t]*:::).){0,4000}?)^[ \t]*:::[ \t]*$", re.M | re.S)
_TAB_ITEM = re.compile(r"^([ \t]*)<TabItem\b([^>\n]*)>[ \t]*$", re.M)
_CARD = re.compile(r"^([ \t]*)<Card\b([^>\n]*)>[ \t]*$", re.M)
_LINK_CARD = re.compile(r"^([ \t]*)<LinkCard\b([^>]*?)/>[ \t]*$", re.M)
_LINK_BUTTON = re.compile(r"<LinkButton\b([^>\n]*)>\s*([^<]{0,500}?)\s*</LinkButton>")
_BADGE = re.compile(r"<Badge\b([^>\n]*?)/>")
_ICON = re.compile(r"<Icon\b[^>\n]*?/>[ \t]*")
_FRAME_OPENING = re.compile(r"^[ \t]*<(?:Tabs|Steps|CardGrid|FileTree)\b", re.M)
_FRAMES = re.compile(
    r"^[ \t]*</?(?:Tabs|TabItem|Steps|CardGrid|Card|FileTree)\b[^>\n]*>[ \t]*$\n?", re.M)
"""What only laid out its content (a list of steps, a file tree, a grid): the content kept."""


def _attribute(attributes: str, name: str) -> str:
    found = re.search(_ATTRIBUTE.format(name), attributes)
    return next((g for g in found.groups() if g is not None), "").strip() if found else ""


def _admonition(indent: str, kind: str, title: str, text: str) -> str:
    lines = text.strip("\n").splitlines()
    body = "\n".join(f"{indent}    {line}" if line.strip() else "" for line in lines)
    heading = f' "{title}"' if title else ""
    return f"{indent}!!! {_KIND.get(kind, 'note')}{heading}\n\n{body.rstrip()}\n"


def _aside(match: re.Match[str]) -> str:
    attributes = match.group(2)
    return _admonition(match.group(1), _attribute(attributes, "type") or "note",
                       _attribute(attributes, "title"), match.group(3))


def _directive(match: re.Match[str]) -> str:
    return _admonition(match.group(1), match.group(2), (match.group(3) or "").strip(),
                       match.group(4))


def _titled(match: re.Match[str], name: str) -> str:
    title = _attribute(match.group(2), name)  # a paragraph of its own, not the last tab's
    return f"\n{match.group(1)}**{title}**\n" if title else ""


def _link_card(match: re.Match[str]) -> str:
    title, href = _attribute(match.group(2), "title"), _attribute(match.group(2), "href")
    said = _attribute(match.group(2), "description")
    if not href:
        return f"{match.group(1)}{title}"
    return f"{match.group(1)}[{title or href}]({href})" + (f": {said}" if said else "")


def _link_button(match: re.Match[str]) -> str:
    href = _attribute(match.group(1), "href")
    text = " ".join(match.group(2).split())
    return f"[{text}]({href})" if href else text


def _badge(match: re.Match[str]) -> str:
    text = _attribute(match.group(1), "text")
    return f"*{text}*" if text else ""


_FENCE_OPENING = re.compile(r"^([ \t>]*(?:`{3,}|~{3,}))[ \t]*([\w+#.-]*)[ \t]+(\S.*)$")
"""A fence's opening with options after its language."""
_FENCE_LINE = re.compile(r"^([ \t>]*(?:`{3,}|~{3,}))[ \t]*([\w+#.-]*)[ \t]*$")
"""A fence's opening with a language at most, or its closing."""
_MARKED = re.compile(r"""(?<![=\w])(["'/])(?:(?!\1).)*\1""")
"""Text an option marks (`"slug:"`, `'title="x"'`, `/re/`): no option of its own."""
_TITLE = re.compile(r"""\btitle\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')""")


def fence_meta(text: str) -> tuple[str, int]:
    """Code fences' Expressive Code options (```` ```js {2-3} ins={4} "slug:" /re/ ````,
    ```` ```diff lang="js" ````) left out: Python-Markdown reads such a fence as no code,
    and published the code as paragraphs; the language (a diff's `diff`, its lines marked
    `+` and `-`) and a `title` kept. The text and how many fences were changed."""
    lines, changed, open_fence = text.split("\n"), 0, ""
    for index, line in enumerate(lines):
        found = _FENCE_OPENING.match(line) or _FENCE_LINE.match(line)
        if found is None:
            continue
        fence = found.group(1).lstrip(" \t>")
        if open_fence:
            if fence[0] == open_fence[0] and len(fence) >= len(open_fence) \
                    and not found.group(2) and found.re is _FENCE_LINE:
                open_fence = ""
            continue
        open_fence = fence
        if found.re is _FENCE_LINE:
            continue
        language, meta = found.group(2), found.group(3)
        title = _TITLE.search(_MARKED.sub("", meta))
        named = next((g for g in title.groups() if g is not None), "") if title else ""
        kept = f' title="{named}"' if named and '"' not in named else ""
        if meta.strip() != kept.strip():
            lines[index] = found.group(1) + language + kept
            changed += 1
    return "\n".join(lines), changed


_NOTES = (
    ("asides", "Starlight asides (`<Aside>`, `:::tip`) made admonitions"),
    ("tabs", "Starlight tabs shown one after the other, each under its title in bold"),
    ("cards", "Starlight cards shown as their title in bold over their text"),
    ("links", "Starlight link cards and buttons made links"),
    ("badges", "Starlight badges written as their text in italics"),
    ("frames", "Starlight layout components (`<Steps>`, `<CardGrid>`, `<FileTree>`) removed,"
               " their lists kept"),
    ("icons", "Starlight icons (`<Icon>`) removed: kbgen's pages draw no icon set"),
    ("fences", "code blocks' Expressive Code options (marked lines, `ins=`, `del=`, words)"
               " removed, language and title kept: kbgen's pages would not show such a block as"
               " code"),
)


_MARKDOC_TAG = re.compile(r"\{%[ \t]*(/?)([a-z][\w-]*)((?:[^%}\n]|%(?!\}))*?)[ \t]*(/?)%\}")
"""A Markdoc tag: `{% aside type="tip" %}`, `{% /aside %}`, `{% badge text="New" /%}`."""
MARKDOC_COMPONENTS = {name.lower(): name for name in (
    "Aside", "Badge", "Card", "CardGrid", "FileTree", "Icon", "LinkButton", "LinkCard", "Steps",
    "Tabs", "TabItem")}
"""Starlight's Markdoc preset's tags (`@astrojs/starlight-markdoc`), each its component's."""


def markdoc_components(body: str) -> tuple[str, dict[str, int]]:
    """A Markdoc page's (`.mdoc`) Starlight tags written as the components they are
    (`{% aside type="tip" %}` -> `<Aside type="tip">`), so `rewrite` reads them as an MDX
    page's; any other tag (`{% partial %}`, `{% if %}`) removed, its content kept. In code
    they stay as written. The text and the other tags removed, by name."""
    others: dict[str, int] = {}

    def component(match: re.Match[str]) -> str:
        closing, name, attributes, alone = match.groups()
        found = MARKDOC_COMPONENTS.get(name.lower())
        if found is None:
            if not closing:  # `{% video /%}` holds no text: said apart
                key = f"{name} /" if alone else name
                others[key] = others.get(key, 0) + 1
            return ""
        if closing:
            return f"</{found}>"
        return f"<{found}{attributes}" + (" />" if alone else ">")

    return protected(body, lambda part: _MARKDOC_TAG.sub(component, part)), others


def rewrite(body: str, markdoc: bool = False) -> tuple[str, list[str]]:
    """Starlight's components (and its `:::tip` asides; a Markdoc page's tags) as Markdown
    kbgen shows; in code they stay as written. The text and what was done, for the
    summary."""
    counts = dict.fromkeys((key for key, _ in _NOTES), 0)
    others: dict[str, int] = {}
    if markdoc:
        body, others = markdoc_components(body)

    def change(part: str) -> str:
        part, asides = _ASIDE.subn(_aside, part)
        part, directives = _DIRECTIVE.subn(_directive, part)
        if "<Tab" in part or "</Tab" in part:  # `<TabItem label="A">Tap.</TabItem>`
            part = tabs_on_their_lines(part)
        part, tabs = _TAB_ITEM.subn(lambda m: _titled(m, "label"), part)
        part, cards = _CARD.subn(lambda m: _titled(m, "title"), part)
        part, link_cards = _LINK_CARD.subn(_link_card, part)
        part, buttons = _LINK_BUTTON.subn(_link_button, part)
        part, badges = _BADGE.subn(_badge, part)
        part, icons = _ICON.subn("", part)
        frames = len(_FRAME_OPENING.findall(part))
        part = _FRAMES.sub("", part)
        for key, found in (("asides", asides + directives), ("tabs", tabs), ("cards", cards),
                           ("links", link_cards + buttons), ("badges", badges),
                           ("frames", frames), ("icons", icons)):
            counts[key] += found
        return part

    body, counts["fences"] = fence_meta(body)
    body = protected(body, change)
    kept = sorted((name, count) for name, count in others.items() if not name.endswith(" /"))
    alone = sorted((name, count) for name, count in others.items() if name.endswith(" /"))
    removed = ["Markdoc tags kbgen does not read removed, their text kept: " + ", ".join(
        f"{{% {name} %}} ({count}×)" for name, count in kept)] if kept else []
    removed += ["Markdoc tags kbgen does not read removed (they hold no text; what they showed"
                " is missing): " + ", ".join(f"{{% {name}%}} ({count}×)" for name, count
                                               in alone)] if alone else []
    return body, [f"{what} ({counts[key]}×)" for key, what in _NOTES if counts[key]] + removed

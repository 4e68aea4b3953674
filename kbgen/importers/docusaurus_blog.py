"""A Docusaurus site's blog (`blog/` beside `docs/`, or the preset's `blog: {path}`): its posts
become kbgen news posts, as Jekyll's `_posts/` and Hugo's and Material's blogs do (dated,
listed on the news page and in the feed, searchable), each dated as Docusaurus dates it (front
matter `date`, else the date in its path: `2024-09-23-version-1.md`, `2022/06-22-docs/index.mdx`)
and with its old address (`/blog/2024/09/23/version-1`, or `/blog/<slug>`) redirected to it.
They were left out with a note (newuser62: Homarr's 10 release posts, the links to them kept as
text)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from kbgen.importers.docusaurus_docs import object_at, option

_BLOG_OFF = re.compile(r"\bblog\s*:\s*false\b")
_BLOG_OPTIONS = re.compile(r"\bblog\s*:\s*\{")
_BLOG_PLUGIN = re.compile(r"""["'`]@docusaurus/plugin-content-blog["'`]\s*,\s*\{""")
_DAY = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_POST_FILE = re.compile(r"(?:/index)?\.mdx?$")
_TRUNCATE = re.compile(r"^[ \t]*(?:<!--\s*truncate\s*-->|\{/\*\s*truncate\s*\*/\})[ \t]*\n?",
                       re.M | re.I)
POST_SUFFIXES = (".md", ".mdx")


@dataclass(frozen=True)
class DocusaurusBlog:
    """The blog's folder and where the old site published it."""

    folder: Path
    route_base: str = "/blog"
    plugin_id: str = ""
    """The blog plugin's `id` (a second blog's, `changelog`); none for the preset's."""

    @property
    def i18n_folder(self) -> str:
        """The folder of its posts' translations under `i18n/<locale>/`, as Docusaurus names
        it (`docusaurus-plugin-content-blog`, `-<id>` for another instance's)."""
        return "docusaurus-plugin-content-blog" + (
            f"-{self.plugin_id}" if self.plugin_id and self.plugin_id != "default" else "")

    def translated(self, root: Path) -> list[tuple[str, DocusaurusBlog]]:
        """(locale as the site writes it, the blog of its translated posts) of each locale
        whose `i18n/` folder under the site's `root` translates posts of this blog."""
        found = []
        locales = root / "i18n"
        for folder in sorted(locales.iterdir()) if locales.is_dir() else []:
            translated = DocusaurusBlog(folder / self.i18n_folder, self.route_base,
                                        self.plugin_id)
            if translated.folder.is_dir() and translated.posts():
                found.append((folder.name, translated))
        return found

    @property
    def key(self) -> str:
        """The blog's key among the export's categories: its posts' category, whose old
        address (the list of posts) leads to the news page."""
        return f"docusaurus-blog:{self.folder.as_posix()}"

    def posts(self) -> list[Path]:
        """Its posts, as Docusaurus finds them: Markdown files, none under a `_` name."""
        return sorted(path for path in self.folder.rglob("*") if path.suffix in POST_SUFFIXES
                      and path.is_file() and not any(
                          part.startswith("_") for part in path.relative_to(self.folder).parts))

    def dated(self, path: Path) -> tuple[dt.date | None, str]:
        """The day in the post's path (the last one, as Docusaurus's greedy match takes) and
        its address below the blog: `2022/06-22-docs/index.mdx` -> (2022-06-22,
        `2022/06/22/docs`); `guide.md` -> (None, `guide`)."""
        relative = path.relative_to(self.folder).as_posix()
        for start in range(len(relative) - 1, -1, -1):
            found = _DAY.match(relative, start)
            if found is None:
                continue
            text = _POST_FILE.sub("", relative[found.end():].lstrip("-/"))
            slug = f"{found.group(0).replace('-', '/')}/{relative[:start]}{text}"
            try:
                return dt.date(*map(int, found.groups())), slug.rstrip("/")
            except ValueError:
                return None, slug.rstrip("/")
        return None, _POST_FILE.sub("", relative)

    def address(self, path: Path | None = None, slug: str = "") -> str:
        """The post's old address: the front matter's `slug`, else the one its path makes;
        the list of posts' without `path`."""
        end = slug.strip("/") or (self.dated(path)[1] if path else "")
        return "/" + "/".join(part for part in (self.route_base.strip("/"), end) if part)

    def author_names(self) -> dict[str, str]:
        """Names of the authors that `authors.yml` lists by key (`ajnart: {name: ...}`)."""
        try:
            listed = yaml.safe_load((self.folder / "authors.yml").read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return {}
        return {str(key): str(value["name"]) for key, value in listed.items()
                if isinstance(value, dict) and isinstance(value.get("name"), str)} \
            if isinstance(listed, dict) else {}


def blogs_of(root: Path, config_text: str) -> list[DocusaurusBlog]:
    """The blogs of the Docusaurus site at `root` (whose configuration reads `config_text`):
    the preset's (`blog` options: `path`, `routeBasePath`; none with `blog: false`), then each
    `@docusaurus/plugin-content-blog` instance's (a changelog beside the blog); only those
    whose folder holds a post."""
    found = [] if _BLOG_OFF.search(config_text) else [_blog(root, _preset_options(config_text))]
    found += [_blog(root, object_at(config_text, match.end() - 1))
              for match in _BLOG_PLUGIN.finditer(config_text)]
    folders: set[Path] = set()
    blogs = []
    for blog in found:
        if blog is not None and blog.folder not in folders and blog.posts():
            folders.add(blog.folder)
            blogs.append(blog)
    return blogs


def _preset_options(config_text: str) -> str:
    """The preset's `blog: {...}` options (the first after `presets`, outside any blog plugin's
    options); empty when it has none (the defaults)."""
    plugins = [(m.end() - 1, m.end() - 1 + len(object_at(config_text, m.end() - 1)))
               for m in _BLOG_PLUGIN.finditer(config_text)]
    for match in _BLOG_OPTIONS.finditer(config_text, max(config_text.find("presets"), 0)):
        if not any(start <= match.start() < end for start, end in plugins):
            return object_at(config_text, match.end() - 1)
    return ""


def _blog(root: Path, options: str) -> DocusaurusBlog | None:
    """The blog that `options` describe, when its folder is inside the site."""
    folder = (option(options, "path") or "blog").strip("/").removeprefix("./")
    if ".." in folder.split("/") or not (root / folder).is_dir():
        return None
    return DocusaurusBlog(root / folder, option(options, "routeBasePath") or "/blog",
                          option(options, "id") or "")


def without_truncate(text: str) -> str:
    """The post without its excerpt marker (`<!-- truncate -->`, MDX's `{/* truncate */}`),
    which only cut the old blog's list."""
    return _TRUNCATE.sub("", text)

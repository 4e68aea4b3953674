"""Which files of the content folder may be copied into the site as they are.

MkDocs copies every file that is not a Markdown page byte for byte, past the sanitiser and
the personal-data gate. A browser runs script from HTML, XML and SVG files, so the rule is an
allow-list of inert types; SVG images are read and refused if they could run or load
anything (see `kbgen.core.svg`). A gzip named like a precompressed copy (`a.html.gz`) is
refused too: hosts that serve precompressed files (GitLab Pages, nginx's `gzip_static`) send it
in place of `a.html`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import host_files, site_outputs
from kbgen.core.sources import DATA_DIR, MARKDOWN_SUFFIXES, Source, Tree
from kbgen.core.svg import MAX_SVG_BYTES, svg_problems
from kbgen.errors import Problem

IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".bmp")
DOCUMENTS = (".pdf", ".txt", ".csv", ".tsv", ".json", ".rtf", ".doc", ".docx", ".xls",
             ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".epub")
FONTS = (".woff", ".woff2", ".ttf", ".otf")
MEDIA = (".mp3", ".m4a", ".wav", ".ogg", ".oga", ".opus", ".flac", ".mp4", ".m4v", ".webm",
         ".ogv", ".mov", ".vtt")
ARCHIVES = (".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z")
ALLOWED = frozenset((*IMAGES, *DOCUMENTS, *FONTS, *MEDIA, *ARCHIVES, ".svg"))
"""Suffixes (compared in lower case, as web servers do) of files copied as they are."""
ALLOWED_NAMES = frozenset({"CNAME"})
"""Files without a suffix that hosts read (GitHub Pages' custom domain)."""
DATA_SUFFIXES = (".yml", ".yaml")
"""Data files: read by kbgen, never copied into the site (wherever they are)."""
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml", ".xml", ".xsl",
                           ".xslt", ".svgz", ".mht", ".mhtml"})
"""Types a browser renders as a page that can run script; named in the message."""
THEME_TEMPLATE = "sitemap.xml"
"""The theme's one template not named `.html` (Material's `static_templates`)."""
CODE_SUFFIXES = frozenset({".js", ".mjs", ".css", ".wasm"})
"""Scripts and styles: the theme's business, not the content's."""


def is_data_file(src_uri: str) -> bool:
    """True for files kbgen reads and never publishes (`_data/`, YAML anywhere)."""
    return src_uri.startswith(f"{DATA_DIR}/") or src_uri.lower().endswith(DATA_SUFFIXES)


def is_page(src_uri: str) -> bool:
    """True when MkDocs renders the file as a page (its own, case-sensitive test)."""
    return src_uri.endswith(MARKDOWN_SUFFIXES)


def static_files(tree: Tree) -> list[Source]:
    """The files MkDocs would copy as they are (pages and data files left out)."""
    return [s for s in tree.sources() if not is_page(s.src_uri)
            and not is_data_file(s.src_uri) and not s.src_uri.startswith("templates/")]


def static_problems(tree: Tree, site_host: str = "") -> Iterator[Problem]:
    """Pages kbgen does not read, copied files that could run script, and a `CNAME` that
    names another host than `site_host` (the host of `site_url`)."""
    for source in tree.sources(suffixes=MARKDOWN_SUFFIXES):
        if not source.src_uri.endswith(".md") and not is_data_file(source.src_uri):
            yield _refused(source, f"MkDocs would publish this {_suffix(source.src_uri)} file as"
                           " a page without kbgen's checks; rename it to"
                           f" {_stem(source.src_uri)}.md")
        elif overwritten := site_outputs.refusal(source.src_uri, "content"):
            yield _refused(source, overwritten)
    for source in static_files(tree):
        suffix = _suffix(source.src_uri)
        name = source.src_uri.rsplit("/", 1)[-1]
        if suffix == ".svg":
            yield from _svg(source)
        elif suffix == ".gz" and (served := precompressed_for(name)):
            yield _refused(source, "hosts that send precompressed files (GitLab Pages, nginx's"
                           f" gzip_static, Caddy's precompressed) send this file as {served},"
                           " in place of a page, script or data file of the site's own, and as"
                           " a type the checks never read it as; publish it as a .zip or .tar.gz,"
                           " or remove it")
        elif source.src_uri == "CNAME":
            yield from cname_problems(source, site_host)
        elif refused := host_files.refusal(source.src_uri):
            yield _refused(source, refused)
        elif overwritten := site_outputs.refusal(source.src_uri, "content"):
            yield _refused(source, overwritten)
        elif suffix in ALLOWED or (not suffix and name in ALLOWED_NAMES):
            continue
        elif suffix in MARKDOWN_SUFFIXES:
            yield _refused(source, f"MkDocs copies this file as it is (only lower-case"
                           f" {', '.join(MARKDOWN_SUFFIXES)} are pages), past kbgen's checks;"
                           f" rename it to {_stem(source.src_uri)}.md")
        elif suffix in PAGE_SUFFIXES:
            yield _refused(source, f"a {suffix} file is copied into the site as it is and a"
                           " browser runs any script in it, past kbgen's checks; write the page"
                           " in Markdown (.md) instead, or remove the file")
        elif suffix in CODE_SUFFIXES:
            yield _refused(source, f"{suffix} files are not published from the content folder;"
                           " put scripts and styles in the theme folder (custom_dir) and list"
                           " them in mkdocs.yml")
        else:
            kind = f"'{suffix}' files" if suffix else "files without an extension"
            yield _refused(source, f"{kind} are not published; allowed are images"
                           f" ({', '.join(IMAGES)}, .svg), documents (.pdf, .txt, .csv, office"
                           " files), fonts, audio, video and archives (.zip): convert the file,"
                           " or remove it")


def theme_problems(tree: Tree) -> Iterator[Problem]:
    """Files of the theme's `custom_dir` (walked as `tree`) that a host reads as instructions
    about the whole site (`_redirects`, `CNAME`, `vercel.json`...), pages it would copy as
    they are (`.htm`, `.xhtml`, `.xml`...; `.html` and `sitemap.xml` are templates), and its
    SVG images read as the content folder's are: MkDocs copies the theme's other files into the
    site whatever their suffix, and a browser opening `x.htm` or `logo.svg` runs its script on
    the site's own origin, where no page's policy applies (hosts that ignore `_headers`)."""
    for source in tree.sources():
        if refused := (host_files.theme_refusal(source.src_uri)
                       or site_outputs.refusal(source.src_uri, "theme")):
            yield _refused(source, refused)
        elif _suffix(source.src_uri) == ".svg":
            yield from _svg(source)
        elif (suffix := _suffix(source.src_uri)) == ".svgz":
            yield _refused(source, "a .svgz file is copied into the site as it is and a browser"
                           " runs any script in it, past kbgen's checks; publish the image as"
                           " .svg (it is checked then), or remove the file")
        elif suffix in PAGE_SUFFIXES and suffix != ".html" and source.src_uri != THEME_TEMPLATE:
            yield _refused(source, f"a {suffix} file of the theme folder is copied into the site"
                           " as it is (MkDocs renders only .html templates), and a browser runs"
                           " any script in it without the policy kbgen writes into every page;"
                           " write it as a .html template, or remove the file")


_SIDECAR = re.compile(r"(.+\.(?!tar\.gz\Z)[A-Za-z][A-Za-z0-9]{0,9})\.gz\Z", re.IGNORECASE)
INERT_INSIDE_GZIP = ALLOWED - {".svg", ".json"}
"""What a gzip may be named a copy of (`notes.txt.gz`, `photo.png.gz`): types a browser never
runs that the site never writes itself (it writes pages, feeds and search indexes: `.html`,
`.xml`, `.json`)."""


def precompressed_for(name: str) -> str | None:
    """The address a host serving precompressed files reads the gzip `name` as a copy of,
    when that is a type a browser runs or the site writes: `a.html` for `a.html.gz` (sent with
    `Content-Encoding: gzip` as `a.html`, even where `a.html` is the site's own page); None for
    an archive (`x.tar.gz`, `x.gz`) or an inert copy (`notes.txt.gz`)."""
    match = _SIDECAR.match(name)
    if match is None or _suffix(match.group(1)) in INERT_INSIDE_GZIP:
        return None
    return match.group(1)


_HOST = re.compile(r"(?=.{1,253}\Z)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


def cname_problems(source: Source, site_host: str) -> Iterator[Problem]:
    """GitHub Pages reads the site's `CNAME` as its custom domain: another host there moves
    the whole site to it (readers of the old addresses are sent on). It must name one host,
    the host of `site_url`."""
    try:
        text = source.path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        yield _refused(source, "cannot be read as text; write the site's host in it, e.g."
                       " help.example.com")
        return
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    host = lines[0].lower().rstrip(".") if len(lines) == 1 else ""
    if not _HOST.fullmatch(host):
        held = f"'{lines[0][:60]}'" if len(lines) == 1 else f"{len(lines)} lines"
        yield _refused(source, f"GitHub Pages reads this file as the site's domain, and it"
                       f" holds {held}, not one host name; write only the host of site_url"
                       f"{f' ({site_host})' if site_host else ''}")
    elif site_host and host != site_host.split(":")[0]:
        yield _refused(source, f"GitHub Pages would move the whole site to {host} (readers of"
                       f" {site_host} sent there), but site_url names {site_host}; write"
                       f" {site_host.split(':')[0]} in it, or change site_url")


def _svg(source: Source) -> Iterator[Problem]:
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        yield _refused(source, f"cannot be read ({exc.strerror}); fix or remove the file")
        return
    if len(data) > MAX_SVG_BYTES:
        yield _refused(source, f"the SVG image is {len(data) / 1e6:.1f} MB; images of more than"
                       f" {MAX_SVG_BYTES / 1e6:.0f} MB are refused: export it as PNG or WebP")
        return
    for line, message in svg_problems(data):
        yield Problem(source.display_path, line, "error", message)


def _refused(source: Source, message: str) -> Problem:
    return Problem(source.display_path, None, "error", message)


def _suffix(src_uri: str) -> str:
    name = src_uri.rsplit("/", 1)[-1]
    return name[name.rfind("."):].lower() if "." in name.lstrip(".") else ""


def _stem(src_uri: str) -> str:
    name = src_uri.rsplit("/", 1)[-1]
    return name[:name.rfind(".")] if "." in name else name

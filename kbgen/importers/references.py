"""Links and images of imported bodies: links between articles become relative `.md` links,
images found in the export are copied into the project, the others are listed."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from kbgen.core.redirects import page_key
from kbgen.core.static_files import ARCHIVES, DOCUMENTS, MEDIA
from kbgen.importers.slugs import UniqueNames, slugify

HOME = "index.md"
"""kbgen's home page, in the content folder of each language."""

IMAGES_DIR = "assets/imported"
"""Where copied images go, inside the content folder."""
DOWNLOAD_SUFFIXES = (*DOCUMENTS, *MEDIA, *ARCHIVES)
"""Files a link may lead to that are copied with the articles (sample files, PDFs, archives):
never pages, scripts or styles."""
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif")


SITE_FILE = "site-file:"
"""A link key naming a page's file from the site's root: Docusaurus reads a link to
`docs/a/b.md` or `/docs/a/b.md` from there when it is no file beside the page."""


def url_keys(href: str) -> list[str]:
    """Names under which an address may be known: the whole URL without query and fragment,
    and the page it names (`/a/b/` and `/a/b.html` as `a/b`)."""
    parts = urlsplit(href)
    path = parts.path
    keys = []
    if parts.netloc:
        keys.append(f"{parts.netloc.lower()}{path}".rstrip("/"))
    keys.append(page_key(path))
    if path.endswith((".html", ".htm")):
        keys.append(page_key(path.rsplit(".", 1)[0]))
    return [key for key in keys if key]


@dataclass
class ImageCopy:
    """An image to copy into the project."""

    source: Path
    target: str
    """Path inside the content folder."""


SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel", "ftp", "ftps"})
"""Link schemes an imported article keeps (`javascript:`, `data:`, `vbscript:` and `file:`
links lose their address, not their text)."""


@dataclass
class References:
    """Resolves links and images of every imported article (one per import)."""

    targets: dict[str, str] = field(default_factory=dict)
    """Link key (id, old URL, old path, source file) -> new source path of the article."""
    link_patterns: list[re.Pattern[str]] = field(default_factory=list)
    """Group 1 of a match is a link key (e.g. the id in a Zendesk article URL)."""
    files: Path | None = None
    """Folder of the export's own files (attachments, images)."""
    site_roots: list[Path] = field(default_factory=list)
    """Folders a site-absolute path (`/img/a.png`) starts from, for Markdown sites."""
    old_hosts: set[str] = field(default_factory=set)
    """Hosts of the old help centre (from the articles' old URLs)."""
    own_domains: list[str] = field(default_factory=list)
    """The old site's own domains from its settings (Export.domains): when known, a full URL
    elsewhere is never read as an imported article's address (Paperless' link to
    `https://zensical.org/docs/` is no link to its own `/docs/`)."""
    base_path: str = "/"
    """The path the old site is served under on its own domains (Export.base_path)."""
    public: set[str] = field(default_factory=set)
    """Source paths of the imported articles that will be published."""
    addresses: dict[str, str] = field(default_factory=dict)
    """Source path of an imported article -> its address on the old site, which its
    relative links start from (`../2fa` on Docusaurus' `/account/features/`)."""
    copies: dict[Path, ImageCopy] = field(default_factory=dict)
    names: UniqueNames = field(default_factory=UniqueNames)
    _by_name: dict[str, list[Path]] | None = None
    homes: set[str] = field(default_factory=set)
    """The old site's home addresses (`/`, a translation's `/de/`) where kbgen's home page
    stands now: a Markdown site's, whose home kbgen makes anew."""
    default_language: Callable[[str, str, str | None, bool], str | None] | None = None
    """A translation's: the path to the default language's article a link names that this
    language has not translated (`DefaultLanguage.link`), else None."""
    other_languages: Callable[[str, str, str | None, bool], str | None] | None = None
    """The default language's: the path to the imported translation a link names
    (`OtherLanguages.link`), else None."""

    def add_target(self, key: str, src_uri: str) -> None:
        """Make `key` lead to the article at `src_uri`."""
        for name in ([key] if "/" not in key and ":" not in key else url_keys(key) + [key]):
            self.targets.setdefault(name, src_uri)

    def article_for(self, href: str, base: Path | None, page: str | None = None) -> str | None:
        """The new source path of the article `href` names, if it is an imported one: a
        relative `href` from the file's folder (`base`), then from the old address of the page
        it was on (`page`), as a browser read it."""
        relative = not urlsplit(href).scheme and not href.startswith(("/", "//"))
        if base is not None and relative:
            path = unquote(urlsplit(href).path)
            local = (base / path).resolve().as_posix()
            if local in self.targets:
                return self.targets[local]
        if self._elsewhere(href):
            return self._by_pattern(href)
        for key in url_keys(urljoin(page, href) if page and relative else href):
            if key in self.targets:
                return self.targets[key]
        if (below := self._below_base(href)) is not None:  # `https://acme.com/docs/a` of a
            for key in url_keys(below):  # site served under `/docs/`, its page `/a`
                if key in self.targets:
                    return self.targets[key]
        if page and relative and not page.endswith("/"):  # a folder's page, served with
            for key in url_keys(urljoin(page + "/", href)):  # or without its `/`: `rust`
                if key in self.targets:  # on Docusaurus' `development/index.md`
                    return self.targets[key]
        path = posixpath.normpath(unquote(urlsplit(href).path).lstrip("/"))
        if f"{SITE_FILE}{path}" in self.targets:  # Docusaurus: `docs/a/b.md`, `/docs/a/b.md`
            return self.targets[f"{SITE_FILE}{path}"]
        return self._by_pattern(href)

    def _by_pattern(self, href: str) -> str | None:
        """The article an export's link pattern names in `href` (a Zendesk article's id)."""
        for pattern in self.link_patterns:
            match = pattern.search(href)
            if match and match.group(1) in self.targets:
                return self.targets[match.group(1)]
        return None

    def _elsewhere(self, href: str) -> bool:
        """`href` is a full URL on a host that is not the old site's own (known domains)."""
        host = (urlsplit(href).hostname or "").lower() if "//" in href else ""
        return bool(host and self.own_domains) and host not in self.old_hosts \
            and not self._own_host(host)

    def _below_base(self, href: str) -> str | None:
        """The path of a full `href` on the old site's own domains below its base path, as
        the site's own addresses write it (`https://acme.com/docs/a/` -> `/a/` under `/docs/`);
        None for other links, or when the site is served at its domain's root."""
        parts = urlsplit(href)
        if self.base_path == "/" or not parts.netloc or not self._own_host(
                (parts.hostname or "").lower()) or not parts.path.startswith(self.base_path):
            return None
        return "/" + parts.path[len(self.base_path):]

    def _outside_base(self, href: str) -> bool:
        """`href` is on the old site's own domains but outside the path the old site is served
        under (`https://acme.com/contact` of a help centre at `https://acme.com/docs/`): another
        part of the company's site, which the move does not close."""
        path = urlsplit(href).path or "/"
        return self.base_path != "/" and not (path + "/").startswith(self.base_path)

    def _own_host(self, host: str) -> bool:
        """`host` is the old site's own, by its settings (`www.` and sub-domains too)."""
        return any(host == domain or host.endswith("." + domain) for domain in self.own_domains)

    def link(self, href: str, here: str, base: Path | None, warn: Callable[[str], None]
             ) -> str | None:
        """The href to write in the article at `here`: relative `.md` for imported articles,
        as it was for other sites; None when it pointed at a file that is not there."""
        if not href or href.startswith("#"):
            return href
        target = self.article_for(href, base, self.addresses.get(here))
        fragment = urlsplit(href).fragment
        if target is not None and here in self.public and target not in self.public:
            warn(f"link to '{href}' leads to an article that is not published; kept as text"
                 " (link it again once that article is published)")
            return None
        if target is not None:
            relative = posixpath.relpath(target, posixpath.dirname(here))
            return relative + (f"#{fragment}" if fragment else "")
        if self._home(href, here) and not urlsplit(href).scheme and "//" not in href:
            return posixpath.relpath(HOME, posixpath.dirname(here)) + (
                f"#{fragment}" if fragment else "")
        if self.default_language is not None and (found := self.default_language(
                href, here, self.addresses.get(here), here in self.public)) is not None:
            return found  # as the old site showed its default language's page there
        if self.other_languages is not None and (found := self.other_languages(
                href, here, self.addresses.get(here), here in self.public)) is not None:
            return found  # the page's own translation
        parts = urlsplit(href)
        if parts.scheme and parts.scheme.lower() not in SAFE_SCHEMES:
            warn(f"link to a {parts.scheme.lower()}: address removed (only web, mail and phone"
                 " links are kept); its text stays")
            return None
        if parts.scheme or href.startswith("//"):
            if (parts.netloc.lower() in self.old_hosts or self._own_host(
                    (parts.hostname or "").lower())) and not self._outside_base(href):
                warn(f"link to '{href}' goes to the old help centre but to no imported article;"
                     " it breaks when the old site closes")
            return href
        download = self._find(href, base, (*DOWNLOAD_SUFFIXES, *IMAGE_SUFFIXES))
        if download is not None:  # a sample file, a PDF, an archive, a full-size picture:
            # copied, still linked
            target = posixpath.relpath(self._copy(download), posixpath.dirname(here))
            return target + (f"#{fragment}" if fragment else "")
        if base is not None and (base / unquote(urlsplit(href).path)).is_file():
            warn(f"link to '{href}': a file of the old site that is not an article; it is"
                 " kept as text (copy the file into content/ and link it again if it matters)")
        else:
            warn(f"link to '{href}' leads to no imported article; kept as text")
        return None

    def _home(self, href: str, here: str) -> bool:
        """`href` (on the page of the article at `here`) is the old site's home."""
        page = self.addresses.get(here)
        path = urlsplit(urljoin(page, href) if page and not href.startswith("/") else href).path
        return bool(path) and path.startswith("/") and (path.rstrip("/") + "/").lower() in {
            home.lower() for home in self.homes}

    def image(self, src: str, here: str, base: Path | None, warn: Callable[[str], None]
              ) -> str | None:
        """The src to write for an image: a copy in the project when the export has the
        file; None (and a warning) when it has not."""
        found = self._find(src, base)
        if found is None:
            warn(f"image '{src}' is not in the export: download it into content/{IMAGES_DIR}/"
                 " and link it, or remove it")
            return None
        return posixpath.relpath(self._copy(found), posixpath.dirname(here))

    def _copy(self, found: Path) -> str:
        """Where the export's file `found` is copied in the content folder (once)."""
        copy = self.copies.get(found)
        if copy is None:
            stem, _, suffix = found.name.rpartition(".")
            name = self.names.claim(slugify(stem, "image")) + "." + suffix.lower()
            copy = self.copies.setdefault(found, ImageCopy(found, f"{IMAGES_DIR}/{name}"))
        return copy.target

    def _find(self, src: str, base: Path | None,
              suffixes: tuple[str, ...] = IMAGE_SUFFIXES) -> Path | None:
        """The file of the export an image source (or a link, with `suffixes`) names, if
        there is one."""
        parts = urlsplit(src)
        if parts.scheme == "data" or not parts.path:
            return None
        path = unquote(parts.path)
        if not path.lower().endswith(suffixes):
            return self._by_id(path, suffixes)
        candidates = []
        if base is not None and not parts.scheme and not path.startswith("/"):
            candidates.append(base / path)
        if not parts.scheme:
            candidates += [root / path.lstrip("/") for root in self.site_roots]
        for candidate in candidates:
            if candidate.is_file() and self._inside_export(candidate.resolve()):
                return candidate.resolve()
        for candidate in candidates:  # `edit.PNG` for `edit.png`: written on a system that
            same = _other_case(candidate)  # ignores case, where the author saw the picture
            if same is not None and self._inside_export(same.resolve()):
                return same.resolve()
        if self.files is not None:
            matches = self._files_named(posixpath.basename(path))
            tail = path.strip("/").split("/")
            for match in matches:  # the file whose path ends like the URL's, else the only one
                if match.as_posix().endswith("/".join(tail[-2:])):
                    return match
            if len(matches) == 1:
                return matches[0]
        return None

    def _by_id(self, path: str, suffixes: tuple[str, ...]) -> Path | None:
        """The one file of the export's folder an address without a file name names by its
        id: Zendesk's inline image `/hc/article_attachments/5501` is the export's
        `article_attachments/5501/router.png`."""
        tail = path.strip("/").split("/")[-2:]
        if self.files is None or len(tail) < 2 or not tail[-1].isdigit():
            return None
        folder = self.files.joinpath(*tail)
        found = [f for f in sorted(folder.glob("*")) if f.is_file()] if folder.is_dir() else []
        if len(found) == 1 and found[0].name.lower().endswith(suffixes) and \
                self._inside_export(found[0].resolve()):
            return found[0].resolve()
        return None

    def _inside_export(self, path: Path) -> bool:
        """Only files of the export are copied (never `../../secret.png`, nor a link out)."""
        return self.files is None or path.is_relative_to(self.files.resolve())

    def _files_named(self, name: str) -> list[Path]:
        if self._by_name is None:
            self._by_name = {}
            assert self.files is not None
            for path in sorted(self.files.rglob("*")):
                if path.is_file() and path.suffix.lower() in (*IMAGE_SUFFIXES, *DOWNLOAD_SUFFIXES) \
                        and self._inside_export(path.resolve()):
                    self._by_name.setdefault(path.name, []).append(path.resolve())
        return self._by_name.get(name, [])


def _other_case(path: Path) -> Path | None:
    """The one file beside `path` whose name differs from its name in case only."""
    try:
        same = [entry for entry in path.parent.iterdir()
                if entry.name.lower() == path.name.lower() and entry.is_file()]
    except OSError:
        return None
    return same[0] if len(same) == 1 else None

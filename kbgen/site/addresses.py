"""Pages named in other scripts get ASCII addresses (`überweisung-fehlgeschlagen.md` is
published as `uberweisung-fehlgeschlagen.html`; kbgen.core.slugs says why)."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from kbgen.core.slugs import url_slug

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files


def ascii_address(dest_uri: str) -> str:
    """`articles/billing/überweisung.html` -> `articles/billing/uberweisung.html`: each part of
    the path that is not ASCII transliterated, the extension kept."""
    path = PurePosixPath(dest_uri)
    parts = [part if part.isascii() else (url_slug(part) or part) for part in path.parent.parts]
    name = path.name if path.name.isascii() else (url_slug(path.stem) or path.stem) + path.suffix
    return str(PurePosixPath(*parts, name)) if parts else name


def use_ascii_addresses(files: Files, config: MkDocsConfig) -> None:
    """Publish every page of the content folder whose address is not ASCII at its
    transliteration; PluginError when that address is another file's."""
    taken: dict[str, File] = {file.dest_uri: file for file in files}
    for file in list(files.documentation_pages()):
        if file.dest_uri.isascii():
            continue
        address = ascii_address(file.dest_uri)
        other = taken.get(address)
        if other is not None and other is not file:
            raise PluginError(
                f"'{file.src_uri}' would be published at '{address}' (its name written in"
                f" ASCII), which is already the address of '{other.src_uri}': rename one of"
                " the files.")
        del taken[file.dest_uri]
        file.dest_uri = address
        file.url = file._get_url(config.use_directory_urls)
        file.__dict__.pop("abs_dest_path", None)  # a cached property: read again from dest_uri
        taken[address] = file

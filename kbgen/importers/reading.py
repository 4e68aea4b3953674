"""Read an export in any known format, recognising the format when not told."""

from __future__ import annotations

from pathlib import Path

from kbgen.errors import KbError
from kbgen.importers import FORMATS, freshdesk, helpscout, intercom, markdown_site, zendesk
from kbgen.importers.exports import read_documents
from kbgen.importers.model import Export

JSON_FORMATS = {module.NAME: module for module in (zendesk, freshdesk, helpscout, intercom)}


def read_export(source: Path, kind: str | None = None) -> Export:
    """Read `source` (a folder or a JSON file) as `kind`, or as the format it looks like: a
    folder with a generator's settings (mkdocs.yml, docusaurus.config.js...) is a Markdown
    site whatever JSON it holds (`.devcontainer/devcontainer.json`, an empty
    `_category_.json`), never read as an export."""
    if not source.exists():
        raise KbError(f"{source}: no such file or folder; give the export's folder or JSON file")
    if kind == markdown_site.NAME or (kind is None and source.is_dir() and (
            markdown_site.site_of(source).flavour != "markdown"
            or not any(source.rglob("*.json")))):
        if not markdown_site.detect(source):
            raise KbError(f"{source}: no Markdown files (.md, .markdown, .mdx) in this folder")
        return markdown_site.read(source)
    documents = read_documents(source)
    if kind is None:
        found = [name for name, module in JSON_FORMATS.items() if module.detect(documents)]
        if not found and source.is_dir() and markdown_site.detect(source):
            return markdown_site.read(source)
        if len(found) != 1:
            what = "looks like " + " and ".join(found) if found else "is no export kbgen knows"
            raise KbError(f"{source} {what}; say which with --from"
                          f" {'|'.join(FORMATS)}")
        kind = found[0]
    module = JSON_FORMATS[kind]
    if not module.detect(documents):
        raise KbError(f"{source}: no {kind} articles found; check the export (see 'Bringing an"
                      " existing help centre' in the README) or the --from value")
    return module.read(documents, source)

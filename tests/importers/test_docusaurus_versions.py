"""A versioned Docusaurus site moves in as its readers saw it (new44, OpenCloud's docs): the
version its docs' address showed (`lastVersion`, else the newest in `versions.json`), with its
own sidebars and translations; `docs/` is the unreleased "next" and is left out, and the
summary says which versions were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kbgen.importers import markdown_site
from kbgen.importers.docusaurus_versions import CURRENT, DocsVersion
from kbgen.importers.site_first import in_site_language
from tests.conftest import write_files

SITE = {
    "docusaurus.config.js": "module.exports = {i18n: {defaultLocale: 'en', locales: ['en',"
                            " 'de']}, themeConfig: {navbar: {items: [{type: 'docSidebar',"
                            " sidebarId: 'admin', position: 'left', label: 'Admin'}]}}};\n",
    "versioned_docs/version-2.0/admin/index.md": "---\ntitle: Welcome\n---\n\nHello admins.\n",
    "versioned_docs/version-2.0/admin/setup.md": "---\ntitle: Set up\n---\n\nInstall it.\n",
    "versions.json": json.dumps(["2.0", "1.0"]),
    "docs/user/sync.md": "---\ntitle: Sync (next)\n---\n\nNot released yet.\n",
    "versioned_docs/version-2.0/user/sync.md": "---\ntitle: Sync\n---\n\nSync your files.\n",
    "versioned_docs/version-2.0/user/share.md": "---\ntitle: Share\n---\n\nShare a file.\n",
    "versioned_docs/version-1.0/user/old.md": "---\ntitle: Old\n---\n\nOld text.\n",
    "versioned_sidebars/version-2.0-sidebars.json": json.dumps(
        {"user": [{"type": "category", "label": "For users",
                   "items": ["user/share", "user/sync"]}]}),
    "i18n/de/docusaurus-plugin-content-docs/version-2.0/user/sync.md":
        "---\ntitle: Synchronisieren\n---\n\nDateien synchronisieren.\n",
    "i18n/de/docusaurus-plugin-content-docs/current/user/sync.md":
        "---\ntitle: Synchronisieren (next)\n---\n\nNoch nicht.\n",
}


def test_the_shown_version_is_imported(tmp_path: Path) -> None:
    write_files(tmp_path, SITE, dedent_yaml=False)
    export = markdown_site.read(tmp_path)
    assert {a.title: (a.old_urls, a.place) for a in export.articles
            if a.category == "user"} == {
        "Sync": (["/docs/user/sync", "/docs/next/user/sync"], (1.0,)),  # next's too (imp50)
        "Share": (["/docs/user/share"], (0.0,))}
    assert export.categories["user"].title == "For users"  # the version's sidebars
    assert export.categories["admin"].title == "Admin"  # the navbar's, not its index page's
    assert [a.title for a in export.translations["de"].articles] == ["Synchronisieren"]
    assert export.notes == [
        "Docusaurus versions: imported 2.0, the version the old site showed as its last; left"
        " out: next (docs/), 1.0.",
        "Docusaurus versions: 1 addresses of the versions left out redirect to the same page of"
        " the version imported; 1 pages of theirs have none there (not redirected)."]
    german = in_site_language(export, "de")  # `kbgen init --language de`: German first
    assert [a.title for a in german.articles] == ["Synchronisieren"]
    assert german.notes == export.notes


@pytest.mark.parametrize("files, config, expected", [
    ({}, "", DocsVersion(CURRENT)),  # no versions.json: docs/ is the site
    ({"versions.json": '["3.1", "3.0"]', "versioned_docs/version-3.1/a.md": "x"}, "",
     DocsVersion("3.1", (CURRENT, "3.0"))),
    ({"versions.json": '["3.1"]', "versioned_docs/version-3.1/a.md": "x"},
     "docs: {lastVersion: 'current'}", DocsVersion(CURRENT, ("3.1",))),
    ({"versions.json": '["3.1"]'}, "", DocsVersion(CURRENT, ("3.1",))),  # its folder missing
    ({"versions.json": "{not json"}, "", DocsVersion(CURRENT)),
    ({"versions.json": '["../../../outside", "2/../../x"]', "outside/a.md": "x"}, "",
     DocsVersion(CURRENT)),  # no version name is a path
    ({"versions.json": '["3.1"]', "versioned_docs/version-3.1/a.md": "x"},
     "lastVersion: '9.9'", DocsVersion("3.1", (CURRENT,))),  # one it does not list
])
def test_which_version(tmp_path: Path, files: dict[str, str], config: str,
                       expected: DocsVersion) -> None:
    write_files(tmp_path, files, dedent_yaml=False)
    assert DocsVersion.of(tmp_path, config) == expected

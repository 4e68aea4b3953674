"""A Hugo folder that is only its sections (BookStack's `docs/admin/`, `docs/user/`, each with
an `_index.md`, and no page of `docs/` itself) gives those sections as categories, titled by
their `_index.md`, as the old site listed them: before, `docs` was one category "Docs" of 38
admin and user pages, and the sections' titles were lost."""

from __future__ import annotations

from pathlib import Path

from kbgen.importers import markdown_site
from tests.conftest import write_files

SITE = {
    "hugo.toml": 'title = "Docs"\n',
    "content/docs/_index.md": "---\ntitle: Documentation\n---\n",
    "content/docs/admin/_index.md": "---\ntitle: Admin Documentation\n---\n",
    "content/docs/admin/backup.md": "---\ntitle: Backup\n---\n\nBack up.\n",
    "content/docs/user/_index.md": "---\ntitle: User Documentation\n---\n",
    "content/docs/user/tags.md": "---\ntitle: Tags\n---\n\nTag pages.\n",
    "content/blog/_index.md": "---\ntitle: Blog\n---\n",
    "content/blog/2024/release.md": "---\ntitle: Release\n---\n\nNew.\n",
    "content/guides/intro.md": "---\ntitle: Intro\n---\n\nA page of its own.\n",
    "content/guides/setup/_index.md": "---\ntitle: Setup\n---\n",
    "content/guides/setup/one.md": "---\ntitle: One\n---\n\nOne.\n",
    "content/guides/more/_index.md": "---\ntitle: More\n---\n",
    "content/guides/more/two.md": "---\ntitle: Two\n---\n\nTwo.\n",
}


def test_a_folder_of_sections_gives_its_sections(tmp_path: Path) -> None:
    write_files(tmp_path, SITE, dedent_yaml=False)
    export = markdown_site.read(tmp_path)
    assert {a.title: a.category for a in export.articles} == {
        "Backup": "admin", "Tags": "user", "Release": "blog",  # blog/2024 is no section
        "Intro": "guides", "One": "guides", "Two": "guides"}  # guides has a page of its own
    assert {key: export.categories[key].title for key in ("admin", "user", "blog", "guides")} \
        == {"admin": "Admin Documentation", "user": "User Documentation", "blog": "Blog",
            "guides": "Guides"}
    assert export.categories["admin"].old_urls == ["/docs/admin/"]

"""A Hugo site whose settings are JSON (`config.json`, `hugo.json`), as rclone's docs are.

Moved in as a new user does (`kbgen import docs`), rclone's Hugo site stopped with "not JSON"
at one of its layouts (`layouts/backends/single.json`, a Go template), and with `--from
markdown` it was read as a plain Markdown folder: a category named `content`, the home page
as an article of `imported-articles`, and every site-absolute link (`/install/`) left as text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kbgen.importers.markdown_site import site_of

SITE = {
    "layouts/backends/single.json": '{{ $x := .Params.x }}{"name": "{{ .Title }}"}',
    "content/_index.md": "---\ntitle: Rclone\n---\n\nRclone syncs files. "
                         "See [install](/install/).\n",
    "content/install.md": "---\ntitle: Install\ndescription: Install rclone.\n---\n\n"
                          "Download it. Then [configure a remote](/remote_setup/).\n",
    "content/remote_setup.md": "---\ntitle: Remote Setup\n---\n\nConfigure rclone on a server.\n",
    "content/commands/rclone_copy.md": "---\ntitle: rclone copy\n---\n\nCopy files.\n",
}


@pytest.mark.parametrize("name", ["config.json", "hugo.json"])
def test_a_hugo_site_configured_in_json_imports_as_hugo_without_from(
        name: str, project: Path, import_site: Callable[..., Any]) -> None:
    result = import_site({name: '{"baseURL": "https://rclone.org/", "title": "rclone"}',
                          **SITE})
    assert "not JSON" not in result.output
    articles = project / "content" / "articles"
    assert not (articles / "content").exists()  # the content folder is no category
    text = next(articles.rglob("install.md")).read_text(encoding="utf-8")
    assert "[configure a remote](remote-setup.md)" in text  # `/remote_setup/` resolved
    assert (articles / "commands" / "rclone-copy.md").exists()


def test_hugo_json_settings_are_read(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "config.json").write_text('{"contentDir": "content", "title": "rclone"}')
    site = site_of(tmp_path)
    assert (site.flavour, site.config["title"]) == ("hugo", "rclone")
    (tmp_path / "config.json").write_text("{{ not json }}")  # unreadable: a Hugo site still
    assert site_of(tmp_path).flavour == "hugo"

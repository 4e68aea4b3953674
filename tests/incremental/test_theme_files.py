"""A save in the content folder shown on demand does not list the theme's files again
(kbgen.site.on_demand.ThemeFiles): the files are those MkDocs lists, the content's own win."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from kbgen.site.on_demand import ThemeFiles


def test_the_theme_is_listed_once_and_gives_mkdocs_files(
        write_project: Callable[[dict[str, str]], Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(str(write_project({"content/assets/logo.svg": "<svg/>"})))
    env = config.theme.get_env()
    themes = Files([])
    themes.add_files_from_theme(env, config)
    shadowed = next(f.src_uri for f in themes if f.src_uri.endswith(".js"))
    ours = File(shadowed, config.docs_dir, config.site_dir, False)  # the content's own
    expected = Files([ours])
    expected.add_files_from_theme(env, config)
    assert len(expected) == len(themes)
    theme = ThemeFiles()
    listed = []
    list_templates = type(env).list_templates
    monkeypatch.setattr(type(env), "list_templates", lambda self, **kw: (
        listed.append(1), list_templates(self, **kw))[1])
    for _ in range(3):
        files = Files([ours])
        theme.add(files, env, config)
        assert [(f.src_uri, f.abs_src_path, f.dest_uri) for f in files] == [
            (f.src_uri, f.abs_src_path, f.dest_uri) for f in expected]
    assert len(listed) == 1
    theme.forget()
    theme.add(Files([]), env, config)
    assert len(listed) == 2

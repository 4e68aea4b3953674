"""Which files a build read besides kbgen and the installed packages, as `kbgen build`
records them to notice later that nothing changed (kbgen.commands.unchanged)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.build.keys import installed
from kbgen.core.translations import TRANSLATIONS_DIR, site_languages

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.site.state import BuildState

KNOWN_PLUGINS = frozenset({"search", "offline", "kbgen", "material/search", "material/offline"})
"""Plugins known to read nothing but the content folder, the theme and mkdocs.yml."""
READING_EXTENSIONS = re.compile(r"snippets|include", re.IGNORECASE)
"""Markdown extensions that read files named in the content (anywhere)."""
_INHERIT = re.compile(r"^INHERIT\s*:", re.MULTILINE)
KBGEN = Path(__file__).resolve().parent.parent


def only_known_plugins(config: MkDocsConfig) -> bool:
    """True when every plugin is one known to leave the pages it did not make alone (so a
    page linked from the published site is never rewritten in place) and there is no hook."""
    return set(config.plugins) <= KNOWN_PLUGINS


def local_code(config: MkDocsConfig) -> list[Path]:
    """The Python source of Markdown extensions that are neither installed nor kbgen's (a
    module beside mkdocs.yml): code the build runs that no package version names. A file,
    or a package's folder."""
    found = []
    for name in config.markdown_extensions:
        if not isinstance(name, str):
            continue
        module = sys.modules.get(name.partition(":")[0])
        path = getattr(module, "__file__", None)
        if not path:
            continue
        source = Path(path).resolve()
        if not installed(source) and not source.is_relative_to(KBGEN):
            found.append(source.parent if source.name == "__init__.py" else source)
    return found


def hook_sources(config: MkDocsConfig) -> list[Path]:
    """What hooks may read besides the content: the folder of each (its helpers and data
    files), or the Python files beside it when it sits next to mkdocs.yml."""
    project = Path(config.config_file_path).resolve().parent
    found: list[Path] = []
    for module in dict(getattr(config, "hooks", None) or {}).values():
        path = getattr(module, "__file__", None)
        if path:
            folder = Path(path).resolve().parent
            found += sorted(folder.glob("*.py")) if folder == project else [folder]
    return list(dict.fromkeys(found))


def files_read(config: MkDocsConfig, state: BuildState) -> list[Path] | None:
    """The files and folders the build read: mkdocs.yml, the content folder, the project's
    own Markdown extensions, the theme's own folders, hooks (with their folders), other
    languages' folders. None when it may have read others (another plugin, a Markdown
    extension that includes files, an inherited mkdocs.yml) or the cache is off: then no
    build is ever skipped."""
    config_file = Path(config.config_file_path).resolve()
    hooks = dict(getattr(config, "hooks", None) or {})
    plugins = set(config.plugins) - set(hooks)
    extensions = [name for name in config.markdown_extensions if isinstance(name, str)]
    if (not state.use_cache or not plugins <= KNOWN_PLUGINS
            or any(READING_EXTENSIONS.search(name) for name in extensions)
            or _INHERIT.search(config_file.read_text(encoding="utf-8-sig", errors="replace"))):
        return None
    docs = Path(config.docs_dir).resolve()
    roots = [config_file, docs, *local_code(config)]
    roots += [Path(folder).resolve() for folder in config.theme.dirs
              if not installed(Path(folder)) and not Path(folder).resolve().is_relative_to(KBGEN)]
    roots += hook_sources(config)
    languages = site_languages(state.settings.languages, config_file, docs)
    if languages:
        roots += [config_file.parent / TRANSLATIONS_DIR,
                  *(language.folder.resolve() for language in languages)]
    return list(dict.fromkeys(roots))

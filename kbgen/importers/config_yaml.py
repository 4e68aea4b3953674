"""A generator's YAML settings read with the tags they may hold: MkDocs' `!ENV` and `!relative`,
Material's `!!python/name:material.extensions.emoji.twemoji`. `yaml.safe_load` refuses such a
file whole, so the import lost the site's `nav`, `docs_dir` and plugins; nothing is run or
imported here, a tagged value is read as the plain value it is written as."""

from __future__ import annotations

from typing import Any

import yaml

from kbgen.core.yaml_aliases import refuse_many_aliases


class _SettingsLoader(yaml.SafeLoader):
    """SafeLoader that reads any other tag's value as plain YAML."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        values = loader.construct_sequence(node, deep=True)
        # `!ENV [NAME, default]`: no environment here, so the site's default
        return values[-1] if node.tag == "!ENV" and values else values
    return None if node.tag == "!ENV" else loader.construct_scalar(node)  # type: ignore[arg-type]


_SettingsLoader.add_multi_constructor("!", _untagged)
_SettingsLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)


def load_settings(text: str) -> Any:
    """The YAML document `text`, tags read as plain values (raises yaml.YAMLError, also for
    aliases that expand it past kbgen.core.yaml_aliases.MAX_ALIASED values)."""
    refuse_many_aliases(text, _SettingsLoader)
    return yaml.load(text, Loader=_SettingsLoader)  # noqa: S506 - a SafeLoader subclass

"""What the frames learn from reading templates' code, kept for the life of the process.

Whether a template reads the page outside its blocks (kbgen.site.fastrender.frames) is
decided from the syntax trees of it and of what it extends, includes and imports. Parsing
Material's and kbgen's templates again on every build was about a quarter of a small build's
CPU (bench/RESULTS.md, ci37): a test session builds hundreds of sites, `kbgen serve` one per
save. Each answer is kept with the source of every template it read, and given again only
while the environment's loader gives each of those names the same source under the same
lexer and extensions: an edited template, or one a site's `custom_dir` overrides or stops
overriding, is read anew. Syntax trees are kept by their source, so an answer made again
parses only what changed. Nothing is kept on disk (an answer costs a few milliseconds)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jinja2 import TemplateError

if TYPE_CHECKING:
    from jinja2 import Environment, nodes

Parse = Callable[[str], "nodes.Template | None"]
"""A template's syntax tree by name; None when it cannot be read or parsed."""

KEPT_TREES = 256
"""Syntax trees kept at most (the least recently used go first)."""


def parse_settings(env: Environment) -> str:
    """What Jinja's lexer and parser read from `env`: the same source parses otherwise
    under other delimiters or extensions (which add tags)."""
    return repr((env.block_start_string, env.block_end_string, env.variable_start_string,
                 env.variable_end_string, env.comment_start_string, env.comment_end_string,
                 env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
                 env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
                 sorted(env.extensions)))


def source_of(env: Environment, name: str) -> str | None:
    """Template `name`'s source as `env`'s loader finds it now; None if it finds none."""
    try:
        assert env.loader is not None
        return env.loader.get_source(env, name)[0]
    except TemplateError:
        return None


@dataclass
class _Answer:
    value: bool
    sources: dict[str, str | None]
    """Every template read to answer, and its source then (None: not found)."""


class TemplateReads:
    """Answers about templates' code, by question, template name and parse settings."""

    def __init__(self, kept_trees: int = KEPT_TREES) -> None:
        self.kept_trees = kept_trees
        self._answers: dict[tuple[str, str, str], _Answer] = {}
        self._trees: OrderedDict[tuple[str, str], nodes.Template | None] = OrderedDict()
        self.parsed = 0
        """Sources parsed so far (what the kept trees spared is the rest)."""

    def answer(self, env: Environment, question: str, name: str,
               decide: Callable[[Parse], bool]) -> bool:
        """`decide(parse)` for template `name`, or its earlier answer if every template
        `parse` gave it still has the same source."""
        settings = parse_settings(env)
        key = (question, name, settings)
        kept = self._answers.get(key)
        if kept is not None and all(source_of(env, read) == source
                                    for read, source in kept.sources.items()):
            return kept.value
        sources: dict[str, str | None] = {}

        def parse(template: str) -> nodes.Template | None:
            source = sources[template] = source_of(env, template)
            return None if source is None else self._tree(env, settings, source)

        value = decide(parse)
        self._answers[key] = _Answer(value, sources)
        return value

    def _tree(self, env: Environment, settings: str, source: str) -> nodes.Template | None:
        key = (settings, source)
        if key in self._trees:
            self._trees.move_to_end(key)
            return self._trees[key]
        try:
            tree: nodes.Template | None = env.parse(source)
        except TemplateError:
            tree = None
        self.parsed += 1
        self._trees[key] = tree
        while len(self._trees) > self.kept_trees:
            self._trees.popitem(last=False)
        return tree

    def clear(self) -> None:
        self._answers.clear()
        self._trees.clear()


READS = TemplateReads()
"""The process's answers, shared by every build (like template_cache.COMPILED)."""

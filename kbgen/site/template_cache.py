"""Compiled theme templates kept for the life of the process.

Parsing and compiling Material's and kbgen's templates is about half of a small build. MkDocs
makes a new Jinja environment for every build, so a process that builds more than once
(`kbgen serve` rebuilding after an edit, a test session) compiled them all again each time.
`COMPILED` is a Jinja bytecode cache in memory that every kbgen environment shares: a template
whose source, path and compile-time settings are the same is not compiled again. A changed
template has another checksum and is compiled anew; nothing is written to disk.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from kbgen.build.store import Store, secret_file

if TYPE_CHECKING:
    from jinja2 import Environment

KEPT = 1000
"""Compiled templates kept at most (the least recently used go first)."""


def compile_settings(env: Environment, name: str) -> str:
    """What Jinja's lexer and compiler read from `env` for template `name`: the same template
    compiled under other settings is other code."""
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    lexer = (env.block_start_string, env.block_end_string, env.variable_start_string,
             env.variable_end_string, env.comment_start_string, env.comment_end_string,
             env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
             env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline)
    callables = [(kind, key, getattr(value, "jinja_pass_arg", None))
                 for kind, table in (("filter", env.filters), ("test", env.tests))
                 for key, value in table.items()]
    return repr((lexer, bool(autoescape), env.optimized, env.is_async,
                 getattr(env.finalize, "__qualname__", env.finalize), sorted(env.extensions),
                 getattr(env, "newstyle_gettext", None), sorted(env.policies.items(), key=str),
                 sorted(callables, key=str)))


class CompiledTemplates(BytecodeCache):
    """Jinja bytecode in memory, by template path, name and compile-time settings."""

    def __init__(self, kept: int = KEPT) -> None:
        self.kept = kept
        self._code: OrderedDict[str, bytes] = OrderedDict()
        self.store: Store | None = None
        """Where compiled templates are also kept for later processes (a quick build's, in
        the build cache: signed, as bytecode is code that only this user's may be)."""
        self.shared: Store | None = None
        """The same, for every project of this user (`shared_store`)."""

    def get_bucket(self, environment: Environment, name: str, filename: str | None,
                   source: str) -> Bucket:
        """The bucket for `name`, keyed by its settings too (Jinja's own key is the name and
        path only)."""
        key = self.get_cache_key(
            f"{name}\n{compile_settings(environment, name)}\n{jinja2.__version__}", filename)
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        lacking = []
        for store in self._stores():
            found = store.get(bucket.key) if code is None else None
            if found is not None:
                code = self._code[bucket.key] = found
            elif not store.path(bucket.key).exists():  # compiled by an earlier build of
                lacking.append(store)  # this process, or kept in the other store only
        if code is not None:
            for store in lacking:  # later processes find it there too
                store.put(bucket.key, code)
            self._code.move_to_end(bucket.key)
            bucket.bytecode_from_string(code)  # ignored if the source changed since

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
        self._code.move_to_end(bucket.key)
        for store in self._stores():
            store.put(bucket.key, self._code[bucket.key])
        while len(self._code) > self.kept:
            self._code.popitem(last=False)

    def _stores(self) -> list[Store]:
        return [store for store in (self.store, self.shared) if store is not None]

    def clear(self) -> None:
        self._code.clear()

    def __len__(self) -> int:
        return len(self._code)


def shared_store() -> Store:
    """This user's compiled templates, beside the key that signs them (never in a project):
    read only when signed by this user, like every cache entry (kbgen.build.store)."""
    return Store(secret_file().parent / "templates")


COMPILED = CompiledTemplates()
"""The process's compiled templates, shared by every build's environment."""

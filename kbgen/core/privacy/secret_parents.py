"""A secret whose own key does not say so, under a key that does (issue 19, branch leak54):
`secrets:` / `  db:` / `    value: …` (Helm's values, Compose's and Kubernetes' nested
settings), `stringData:` / `  db: …`, `[passwords]` / `admin = …` (TOML, INI), JSON's
`{"secrets": {"db": {"value": "…"}}}`; and a secret's value behind a YAML anchor or tag
(`password: &pw …`, `password: !!str …`), also on a parent (`creds: &creds` / `  pass: …`).
The rules that read `password: value` read one key, so a value under `db:` or after `&pw` was
published whatever the key above it said.

Each value under a parent naming secrets is judged as `secret: value` (or `token: value`) by
the rules that read a key and its value: placeholders, variables, references and words stay
accepted. A child's key that names another setting (`name`, `user`, `host`, `port`, `file`,
`external`, `key` of a `secretKeyRef` ...) is not read, nor an alias (`<<: *creds`,
`password: *pw`: a reference) or a custom tag (Home Assistant's `!secret db_password`).
One pass over the lines with a stack of the keys still open: linear work."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.privacy.context import _fold, _Hit, judged_as_key
from kbgen.core.word_needs import Words

Judge = Callable[[str], list[_Hit]]

_PARENT = re.compile(
    r"(?i)secret|passw|passwd|pwd|credential|creds?\b|token(?!iz)|api[_.-]?keys?\b"
    r"|stringdata|[_.-]keys\b")
"""A key naming a secret: a child's own name that says so is left to the rules reading a
key and its value; an anchor or a tag after it hides its value (`password: &pw …`)."""

_COLLECTION = re.compile(
    r"(?i)(?:secrets|passwords|passwds|pwds|credentials|creds|tokens|api[_.-]?keys|[_.-]keys"
    r"|stringdata)$")
"""A key naming a collection of secrets (`secrets`, `db_passwords`, `credentials`,
`api_keys`, a Secret's `stringData`): every value below it is one. Not the singular: a
`password:` or `token:` mapping holds settings about them (Authelia's `password:` /
`algorithm:` / `argon2:` / `variant: argon2id`)."""


def _collection(key: str) -> bool:
    """`key`, or a segment of a dotted key or a section's name, names secrets."""
    return any(_COLLECTION.search(part.strip("\"' ")) for part in key.split("."))


_OTHER_SETTING = re.compile(
    r"(?i)name|user|login|mail|host|server|addr|port|url|uri\b|endpoint|path|file|dir"
    r"|mount|type|kind|desc|(?:^|[_.-])(?:id|ids|key|keys|ref|refs)$|id$|external|driver"
    r"|label|annotation|namespace|env|region|provider|enable|version|format|algo|length"
    r"|size|ttl|expir|rotat|creat|updat|mode|owner|group|target|source|optional|required"
    r"|scope|role|audience|issuer|method|hash|digest|cost|rounds|policy|vault|store"
    r"|backend|engine|image|sha|md5|prefix|suffix|count|(?:^|[_.-])(?:min|max)(?:$|[_.-])|timeout|interval|lifetime"
    r"|period|date|time|comment|note|help|title|field|header|param|location|strategy"
    r"|^ca$|cert|tls|ssl|insecure|verify|skip")
"""A child key naming a setting beside the secret, not the secret (`name`, `user`, `host`,
`file`, `external`, a `secretKeyRef`'s `key`, `type`)."""

_REFERENCE = re.compile(
    r"(?i)(?:urn|arn|vault|op|ref\+\w+|sm|awssm|gcpsm|azkv|k8s|secret|file|env)(?::|://)")
"""A reference to where a secret is kept, not the secret."""

_KEY_LINE = re.compile(
    r"""(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<quote>["']?)(?P<key>[A-Za-z_][\w.-]{0,100})"""
    r"""(?P=quote)[ \t]*(?P<sign>:(?=[ \t]|$)|=)[ \t]*(?P<rest>.*)""")
"""A key and the rest of its line (YAML's `key: …`, a list item's `- key: …`, JSON's
`"key": …`, TOML's and INI's `key = …`)."""

_SECTION = re.compile(r"[ \t]*\[{1,2}[ \t]*(?P<name>[\w.\"' -]{1,200}?)[ \t]*\]{1,2}[ \t]*")
"""A TOML or INI section's header (`[passwords]`, `[secrets.db]`, `[[tokens]]`)."""

_DECORATION = re.compile(r"(?:(?:&[^\s,{}\[\]]+|!![a-z]+)(?:[ \t]+|$))*")
"""YAML anchors and core tags before a value (`&pw `, `!!str `)."""

_VALUE = re.compile(
    r"""(?P<open>["']?)(?P<value>[^\s"'`,{}\[\]#]{1,200})(?P=open)[ \t]*,?[ \t]*(?:#.*)?""")
"""A value alone (quoted or not, a JSON comma or a comment after it)."""

_OPENS = re.compile(r"(?:\{|#.*|\|[-+]?|>[-+]?)?[ \t]*")
"""What follows a key that opens a mapping below it (nothing, JSON's `{`, a comment)."""

_FLOW = re.compile(
    r"""(?P<key>["']?[A-Za-z_][\w.-]{0,100}["']?)[ \t]*:[ \t]*(?:(?P<open>\{)|(?P<q>["']?)"""
    r"""(?P<value>[^\s"',{}\[\]]{1,200})(?P=q))|(?P<close>\})""")
"""A flow mapping's key opening a mapping, its key and value, or its closing brace."""

_HINT = re.compile(
    r"(?i)secret|passw|pwd|credential|creds|token|keys|stringdata|&|!!")


_HINT_WORDS = Words(("secret", "passw", "pwd", "credential", "creds", "token", "keys",
                     "stringdata"))
"""_HINT's words, asked of the text folded (context._fold) as substrings: there `in` finds a
lower-case ASCII word where re.I finds it in the text (a whole text's `(?i)` search tried
every character; gcpu58)."""


def needs(text: str, folded: str) -> bool:
    """A text naming secrets or holding a YAML anchor or tag (_HINT)."""
    return "&" in text or "!!" in text or _HINT_WORDS(_fold(text))


def _as_key(parent: str) -> str:
    """The key a value under `parent` is judged under."""
    return "token" if re.search(r"(?i)token", parent) else "secret"


class _Open:
    """The keys open above a line: (indent, key), deepest last."""

    def __init__(self) -> None:
        self.keys: list[tuple[int, str]] = []
        self.section: str | None = None

    def close_to(self, indent: int) -> None:
        """Close the keys at `indent` or deeper (a line at `indent` is their sibling)."""
        while self.keys and self.keys[-1][0] >= indent:
            self.keys.pop()

    def secret_parent(self) -> str | None:
        """The nearest open key (or section) naming secrets, if any."""
        for _, key in reversed(self.keys):
            if _collection(key):
                return key
        return self.section if self.section and _collection(self.section) else None


def parented_below(lines: list[str], judge: Judge) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each secret under a key naming secrets, or behind an anchor or a
    tag after its own key."""
    open_keys = _Open()
    block: tuple[int, str] | None = None  # (indent, judged as) of a child's block scalar
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "//", ";", "```", "~~~")):
            if stripped.startswith(("```", "~~~")):
                open_keys, block = _Open(), None  # a code block begins or ends
            continue
        if block is not None:
            indent, as_key = block
            block = None
            if len(line) - len(line.lstrip()) > indent:  # the scalar's first line
                yield from ((index, hit) for hit in _judged(
                    line, len(line) - len(line.lstrip()), stripped, as_key, "", judge))
                continue
        section = _SECTION.fullmatch(line)
        if section is not None:
            open_keys = _Open()
            open_keys.section = section.group("name")
            continue
        if stripped.startswith("{"):
            yield from ((index, hit) for hit in _flow(line, line.index("{"), "",
                                                      open_keys.secret_parent(), judge))
            continue
        key_line = _KEY_LINE.match(line)
        if key_line is None:
            yield from ((index, hit) for hit in _dotted(line, judge))
            continue
        indent, key = key_line.start("key"), key_line.group("key")
        open_keys.close_to(indent)
        rest = key_line.group("rest")
        decorated = len(_DECORATION.match(rest).group(0))  # type: ignore[union-attr]
        value_at = key_line.start("rest") + decorated
        value_text = rest[decorated:]
        parent = open_keys.secret_parent() or _dotted_parent(key)
        if _OPENS.fullmatch(value_text):
            if value_text[:1] in ("|", ">") and parent and not _PARENT.search(key) \
                    and not _OTHER_SETTING.search(key.rsplit(".", 1)[-1]):
                block = (indent, _as_key(parent))
            open_keys.keys.append((indent, key))
            continue
        if value_text.startswith("{") and "}" in value_text:
            yield from ((index, hit) for hit in _flow(line, value_at, key, parent, judge))
            continue
        if parent and not _PARENT.search(key.rsplit(".", 1)[-1]):
            judged = _judged(line, value_at, value_text, _as_key(parent),
                             key.rsplit(".", 1)[-1], judge)
        elif decorated and _PARENT.search(key):
            judged = _judged(line, value_at, value_text, key, key, judge)
        else:
            continue
        yield from ((index, hit) for hit in judged)


_DOTTED = re.compile(
    r"(?<![\w.$-])(?P<key>[A-Za-z_][\w-]{0,60}(?:\.[\w-]{1,60}){1,8})[ \t]*(?:=|:(?=[ \t]))"
    r"[ \t]*(?P<value>[^\s,;\"'`]{1,200})")
"""A dotted key and its value anywhere on a line (Helm's `--set secrets.db=…`, a properties
file's `secrets.db=…`)."""


def _dotted_parent(key: str) -> str | None:
    """The segment naming secrets before a dotted key's last (`secrets` of `secrets.db`)."""
    for segment in key.split(".")[:-1]:
        if _collection(segment):
            return segment
    return None


def _dotted(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of dotted keys on a line that is no key's own (`helm install --set
    secrets.db=…`)."""
    if "." not in line:
        return
    for match in _DOTTED.finditer(line):
        key = match.group("key")
        parent = _dotted_parent(key)
        leaf = key.rsplit(".", 1)[-1]
        if parent and not _PARENT.search(leaf):
            yield from _judged(line, match.start("value"), match.group("value").rstrip(".)"),
                               _as_key(parent), leaf, judge)


def _judged(line: str, at: int, value_text: str, as_key: str, key: str, judge: Judge
            ) -> Iterator[_Hit]:
    """The hits of one value judged as `as_key: value`, unless its own key names another
    setting."""
    if _OTHER_SETTING.search(key) and not _PARENT.search(key):
        return
    value = _VALUE.fullmatch(value_text)
    if value is None or value.group("value").startswith(("*", "!", "&")):
        return  # an alias, a custom tag (`!secret name`), or no single value
    if _REFERENCE.match(value.group("value")):
        return  # where the secret is kept (`urn:k8s:secret:tls:ca`, `op://vault/db/password`)
    yield from judged_as_key(as_key, value.group("value"), at + value.start("value"), judge,
                             value_only=True)


def _flow(line: str, start: int, key: str, parent: str | None, judge: Judge
          ) -> Iterator[_Hit]:
    """Hits of a flow mapping or a JSON object on one line (`secrets: {db: …}`,
    `{"secrets": {"db": {"value": "…"}}}`)."""
    keys = [key]
    parents = [parent or (key if _collection(key) else None)]
    for match in _FLOW.finditer(line, start):
        if match.group("close"):
            if len(keys) > 1:
                keys.pop()
                parents.pop()
            continue
        name = match.group("key").strip("\"'")
        if match.group("open"):
            keys.append(name)
            parents.append(parents[-1] or (name if _collection(name) else None))
        elif parents[-1] and not _PARENT.search(name) and not _OTHER_SETTING.search(name):
            yield from judged_as_key(_as_key(parents[-1]), match.group("value"),
                                     match.start("value"), judge, value_only=True)

"""A commit id the text labels as one, wherever the page repeats it (issue 19, branch fp50).

Traefik's build page shows `make binary` printing `SHA: 8fddfe11…60b4 cheddar 2024-01-11…`
and, on the next lines, the same 40 hex digits linked into the binary as `-X
…/version.Version=8fddfe11…60b4`. A commit id names a version of public source: it opens
nothing. The token rules read 40 random-looking hex digits; the label says what they are.

Accepted only when all of these hold: the value is a full commit id (40 lower-case hex
digits, SHA-1's length, as git prints one); somewhere on the page it comes right after a label
naming a commit (`SHA:`, `commit:`, `Commit hash:`, `git sha=`), with no secret named before
that label on its line or on the line above (`token SHA: …`, `password: commit: …`:
named_digests' test; `Here is the deploy key` then `SHA: …`: rev50); and the
line of each mention accepted names no secret (`GITHUB_TOKEN=<the same digits>` stays a
finding: a token copied beside a label is still a token).

A commit id also needs no label where git (or a tool fetching with it) writes one, in code
(branch fp57 for RustDesk's build FAQ, 35 findings in twelve languages; narrowed by cid57 after
rev57 put 43 real secrets through it). Only at that place, never in another copy of the value:
- on a git command line (a fenced block's line, or an inline code span, that is the command
  after a prompt or a failed command's `Command failed:`, git by name or by path): the words
  between the subcommand and the id are options, URLs, object names and ref-shaped names, at
  most one bare word (`origin`), and after the id only options, numbers and object names
  (`git.exe fetch https://…/libyuv 2871…541b --depth 1 -n`): no prose, no comment;
- on an output line under the command that prints it, in the same fenced block, with only
  lines of that output between: `tree|parent|object <id>` under `git cat-file`, `<id> HEAD` or
  `<id>\trefs/…` under `git ls-remote`/`show-ref`, an id alone under `git rev-parse`/`rev-list`,
  git's and libgit2's messages about an object at their line's start under a git, cargo or
  vcpkg command (`no match for id (<id>); class=Odb (9)`), and vcpkg's `-- Fetching <url>
  <id>...` where the same block shows the git command fetching that URL at that id;
- 40 hex digits; 64 (SHA-256) only where the block shows a SHA-256 repository
  (`--object-format=sha256`): elsewhere 64 hex digits are far more often a key.
Neither the line, the block's lines above it, nor the three lines written above the block
(its introduction) may name a secret in any language the gate reads (surroundings', claim_words'
and translated_claims' secret words, log_ids' words for what a logged hex opens, the acronym
`API`) or place the value with someone (`Amara's two-factor seed, as git prints it:`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import claim_words, surroundings, translated_claims
from kbgen.core.named_digests import BEFORE
from kbgen.core.privacy import log_ids
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "a commit id the page labels as one (`SHA: …`), naming a version of public source"
GIT_REASON = ("a commit id where git writes one (`git fetch <url> <id>`, `no match for id (<id>)`),"
              " naming a version of public source")

_COMMIT_ID = re.compile(r"[0-9a-f]{40}")
_LABEL = re.compile(r"(?i)(?:^|[\s\"'`(])(?:git[ \t]+)?(?:commit|sha|revision)"
                    r"(?:[ \t]+(?:id|hash|sha))?[ \t]*[:=][ \t]*[\"'`]?$")
_SECRET_BEFORE = re.compile(r"(?i)pass(?:word|wd|phrase)?|secret|key|token|bearer|auth|cred")


_OBJECT_NAME = re.compile(r"[0-9a-f]{40}(?:[0-9a-f]{24})?")
"""A git object's name: SHA-1's 40 hex digits or SHA-256's 64."""
_SHA256_REPOSITORY = re.compile(r"(?i)object-?format[ \t]*[= \t][ \t]*sha256")
"""What shows a SHA-256 repository (`git init --object-format=sha256`,
`extensions.objectFormat = sha256`)."""
_PROMPT = r"(?:[$#%>][ \t]+|PS [^>\n]{0,80}>[ \t]*|[A-Za-z]:\\[^>\n]{0,80}>[ \t]*)?"
_GIT = r"(?:(?:[A-Za-z]:)?[\w.~/\\-]*[/\\])?git(?:\.exe)?"
_SUBCOMMANDS = (r"(?:fetch|checkout|switch|reset|revert|cherry-pick|show|log|diff|rebase|merge"
                r"|describe|rev-parse|cat-file|ls-tree|archive|bisect[ \t]+(?:good|bad|start))")
"""Commands that take a revision; not `tag`, `branch`, `worktree add`, whose name before the
revision is free text (`git tag amara-wallet <id>`)."""
_GIT_COMMAND = re.compile(
    rf"[ \t]*{_PROMPT}(?:Command failed:[ \t]+)?{_GIT}[ \t]+{_SUBCOMMANDS}"
    r"(?P<arguments>(?:[ \t]+[^\s]+)*?)[ \t]+")
"""A git command line before its revision argument: the command after a prompt, or after the
failed command's `Command failed:` that vcpkg and CMake print; git by name or by path."""
_OPTION = re.compile(r"--?[A-Za-z][\w-]*|--|\d+")
_URL = re.compile(r"[a-z][a-z+]*://[^\s\"'`<>|;&]+|[\w.-]+@[\w.-]+:[\w./~-]+")
_REF_SHAPED = re.compile(r"[\w.~^@{}/-]*[./~^\d-][\w.~^@{}/-]*")
"""A ref, a path or a revision expression (`origin/main`, `HEAD~1`, `v1.2.3`), not a word."""
_BARE_WORD = re.compile(r"[A-Za-z][\w-]*")
_ARGUMENT_END = re.compile(r"(?:\.\.\.)?(?=[ \t]|$)")
_FETCHING = re.compile(r"[ \t]*--[ \t]+Fetching[ \t]+(?P<url>[a-z][a-z+]*://\S+)[ \t]+$")
"""vcpkg's fetch log line before the revision it fetches (`-- Fetching <url> <id>...`)."""
_MESSAGE = re.compile(
    r"[ \t]*(?:(?:error|fatal|remote|warning):[ \t]+)*(?:object not found - )?"
    r"(?:no match for id \(|bad object |reference is not a tree: |upload-pack: not our ref "
    r"|Server does not allow request for unadvertised object |Could not parse object ')$")
"""git's and libgit2's messages about an object, at their line's start, before its name."""
_MESSAGE_END = re.compile(r"(?:[)'](?:; class=\w+ \(-?\d+\))?(?:; code=\w+ \(-?\d+\))?)?[ \t]*$")
_MESSAGE_PRINTER = re.compile(rf"[ \t]*{_PROMPT}(?:{_GIT}|cargo|vcpkg(?:\.exe)?)[ \t]+\S")
"""A command that prints git's or libgit2's messages (git, and cargo and vcpkg fetching)."""
_LIBGIT2_TAIL = re.compile(r"; class=\w+ \(-?\d+\)(?:; code=\w+ \(-?\d+\))?")
"""What libgit2's errors end with (`; class=Odb (9); code=NotFound (-3)`): no secret's `code`."""
_MOST_OUTPUT = 200
"""Output lines read back to the command that printed them, at most."""
_FETCHED_WITHIN = 6
"""Lines under vcpkg's `-- Fetching` line where the git command it ran is looked for."""
_OBJECT_FIELD = re.compile(r"[ \t]*(?:tree|parent|object)[ \t]+$")
"""`git cat-file -p`'s fields before an object's name."""
_REF_AFTER = re.compile(r"[ \t]+(?:refs/[\w./-]+|HEAD)[ \t]*$")
"""After an object name, what `git ls-remote` and `git show-ref` print: its ref, nothing more."""
_OUTPUTS = {
    "fields": (re.compile(r"[ \t]*(?:tree|parent|object|type|tag)[ \t]+\S+[ \t]*$"),
               re.compile(rf"[ \t]*{_PROMPT}{_GIT}[ \t]+cat-file\b[^|;&<>]*$")),
    "refs": (re.compile(r"[ \t]*[0-9a-f]{40,64}[ \t]+(?:refs/[\w./-]+|HEAD)[ \t]*$"),
             re.compile(rf"[ \t]*{_PROMPT}{_GIT}[ \t]+(?:ls-remote|show-ref)\b[^|;&<>]*$")),
    "alone": (re.compile(r"[ \t]*[0-9a-f]{40,64}[ \t]*$"),
              re.compile(rf"[ \t]*{_PROMPT}{_GIT}[ \t]+(?:rev-parse|rev-list)\b[^|;&<>]*$")),
}
"""Each output's lines and the command that prints them."""
_HEX_RUN = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{40}(?:[0-9A-Fa-f]{24})?(?![0-9A-Fa-f])")
_URL_IN = re.compile(r"[a-z][a-z+]*://[^\s\"'`<>|;&]+")
_ARCHIVE_END = re.compile(r"\.(?:tar\.gz|tar\.xz|tar\.bz2|tgz|zip)\b")
_OTHER_SECRET = re.compile(r"(?i)\bapi\b|\b(?:" + claim_words.words(claim_words.SECRETS) + r")\b|"
                           + translated_claims.pattern(translated_claims.SECRETS))
"""The gate's secret words in claim_words' and translated_claims' languages, and `API` (what a
bare token opens: `API 키:`, `Klucz API`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but commit ids a label names, wherever the page repeats them, and object names
    where git writes them, there only."""
    candidates = [(index, line, hit) for index, line, hit in found
                  if hit.kind in (TOKEN, PASSWORD) and not hit.vendor
                  and _OBJECT_NAME.fullmatch(line[hit.start:hit.end])]
    if not candidates:
        yield from found
        return
    labelled = {line[hit.start:hit.end] for index, line, hit in candidates
                if _COMMIT_ID.fullmatch(line[hit.start:hit.end])
                and _labelled(line, hit.start) and not _SECRET_BEFORE.search(
                    lines[index - 1] if index > 0 else "")}  # `the deploy key` / `SHA: …`
    blocks = Blocks(lines)
    quiet: dict[int, bool] = {}  # per block (its first line): nothing around names a secret
    at_gits = {(index, hit.start) for index, line, hit in candidates
               if _written_by_git(lines, blocks, quiet, index, line, hit.start, hit.end)}
    at_gits -= _copied_elsewhere(lines, at_gits)
    for index, line, hit in found:
        value = line[hit.start:hit.end]
        if (index, hit.start) in at_gits:
            context.accept(index, hit, GIT_REASON)
        elif value in labelled and hit.kind in (TOKEN, PASSWORD) and not hit.vendor \
                and not surroundings.names_secret(line):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def _labelled(line: str, start: int) -> bool:
    """A label naming a commit is right before `start`, and no secret before the label."""
    before = line[max(0, start - BEFORE):start]
    label = _LABEL.search(before)
    return label is not None and not _SECRET_BEFORE.search(before, 0, label.start() + 1)


def _written_by_git(lines: list[str], blocks: Blocks, quiet: dict[int, bool], index: int,
                    line: str, start: int, end: int) -> bool:
    r"""The object name at `start:end` of `line` (page line `index`) stands in a fenced block
    where git, or a tool fetching with it, writes one, and nothing around it names a secret
    or someone (`quiet` keeps each block's answer). Not in inline code: the sentence around a
    span says what the value opens in words no list holds (`Run \`git show <id>\` and read it
    out to Amara at the VPN prompt`)."""
    span = blocks.span(index)
    if span is None:
        return False
    first, after = span
    if len(line[start:end]) != 40 and not any(map(_SHA256_REPOSITORY.search, lines[first:after])):
        return False
    if first not in quiet:
        quiet[first] = not _names_secret_or_whose(
            [*lines[first:after], *_introduction(lines, first - 1)]) \
            and not _names_secret(_written_below(lines, after + 1))
    if not quiet[first]:
        return False
    return _command_argument(line[:start], line[end:]) \
        or _printed(lines[max(first, index - _MOST_OUTPUT):index + 1], line, start, end) \
        or _fetching(lines[index:min(after, index + _FETCHED_WITHIN)], line, start, end)


def _copied_elsewhere(lines: list[str], at_gits: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The places of `at_gits` whose value the page also writes elsewhere, in any case
    (`Cookie: sid=<it>`, `?code=<it>`), but in the name of an archive of the repository git
    fetched at it (`…/libyuv/+archive/<it>.tar.gz`, `libyuv-<it>.tar.gz`)."""
    names = {(index, start): _object_name(lines[index], start) for index, start in at_gits}
    fetched = {(url.rstrip(".,;)"), name) for (index, _), name in names.items()
               for url in _URL_IN.findall(lines[index])}
    wanted = set(names.values())
    copied: set[str] = set()
    for index, line in enumerate(lines):
        for copy in _HEX_RUN.finditer(line):
            value = copy.group().lower()
            if value in wanted and (index, copy.start()) not in at_gits \
                    and not _archive(line[:copy.start()], line[copy.end():], value, fetched):
                copied.add(value)
    return {place for place, name in names.items() if name in copied}


def _object_name(line: str, start: int) -> str:
    name = _OBJECT_NAME.match(line, start)
    return name.group() if name else ""


def _archive(before: str, after: str, value: str, fetched: set[tuple[str, str]]) -> bool:
    """The copy between `before` and `after` names an archive of a repository fetched at
    `value`: after its URL's `/+archive/` or `/archive/`, or its name and `-`."""
    if not _ARCHIVE_END.match(after):
        return False
    return any(name == value and (
        re.search(re.escape(url) + r"/\+?archive/$", before) is not None
        or re.search(r"(?:^|[\s\[(`'\"/])" + re.escape(url.rsplit("/", 1)[-1]) + "-$", before)
        is not None) for url, name in fetched)


def _command_argument(before: str, after: str) -> bool:
    """`before` is a git command up to a revision argument, of options, URLs, object names and
    ref-shaped names with at most one bare word, and `after` holds options and names only."""
    command = _GIT_COMMAND.fullmatch(before)
    if command is None or not _ARGUMENT_END.match(after):
        return False
    arguments = command.group("arguments").split()
    bare = [word for word in arguments if not (_OPTION.fullmatch(word) or _URL.fullmatch(word)
                                               or _OBJECT_NAME.fullmatch(word)
                                               or _REF_SHAPED.fullmatch(word))]
    rest = after.removeprefix("...").split()
    return len(bare) <= 1 and all(map(_BARE_WORD.fullmatch, bare)) and all(
        _OPTION.fullmatch(word) or _OBJECT_NAME.fullmatch(word) for word in rest)


def _printed(block: list[str], line: str, start: int, end: int) -> bool:
    """The name stands in a line of output under the command that prints it, with only that
    output's lines between (`block` ends with the name's line)."""
    before, after = line[:start], line[end:]
    if _MESSAGE.fullmatch(before) and _MESSAGE_END.fullmatch(after):
        return any(map(_MESSAGE_PRINTER.match, block[:-1]))
    if _OBJECT_FIELD.fullmatch(before) and not after.strip():
        shape = "fields"
    elif not before.strip() and _REF_AFTER.fullmatch(after):
        shape = "refs"
    elif not before.strip() and not after.strip():
        shape = "alone"
    else:
        return False
    output, command = _OUTPUTS[shape]
    for above in reversed(block[:-1]):
        if command.fullmatch(above):
            return True
        if not output.fullmatch(above):
            return False
    return False


def _fetching(block: list[str], line: str, start: int, end: int) -> bool:
    """vcpkg's `-- Fetching <url> <id>...`, where its block shows git fetching that URL at
    that id (`Command failed: …/git.exe fetch <url> <id> --depth 1 -n`)."""
    fetching = _FETCHING.fullmatch(line[:start])
    if fetching is None or line[end:].strip() not in ("", "..."):
        return False
    wanted = f" fetch {fetching.group('url')} {line[start:end]}"
    for other in block:
        at = other.find(wanted)
        if at >= 0 and _command_argument(other[:at + len(wanted) - end + start],
                                         other[at + len(wanted):]):
            return True
    return False


def _names_secret_or_whose(texts: list[str]) -> bool:
    """A line of `texts` names a secret in a language the gate reads, or places the value
    with someone (`Amara's two-factor seed:`)."""
    return _names_secret(texts) or any(map(surroundings.names_whose, texts))


def _names_secret(texts: list[str]) -> bool:
    """A line of `texts` names a secret in a language the gate reads (what follows a block
    is only read for that: "the author used git force push" places no value)."""
    texts = [_LIBGIT2_TAIL.sub("", text) for text in texts]
    return any(surroundings.names_secret(text) or surroundings.SECRET_WORDS.search(text)
               or _OTHER_SECRET.search(text) or log_ids._SECRET_WORDS.search(text)
               for text in texts)


def _introduction(lines: list[str], index: int, most: int = 20) -> list[str]:
    """The `most` lines above page line `index`: what introduces a block, however many blocks,
    lines and headings stand between (`Amara's HR access value (do not share):`, then an
    empty block or a heading, then the command)."""
    return lines[max(0, index - most):index]


def _written_below(lines: list[str], index: int, count: int = 3) -> list[str]:
    """The `count` lines with text from page line `index` on, code fences skipped: what the
    page says of a block's value after it (`Amara's HR export code is the same as above.`)."""
    written: list[str] = []
    for line in lines[index:index + 12]:
        text = line.strip()
        if text and not text.startswith(("```", "~~~")):
            written.append(line)
            if len(written) == count:
                break
    return written

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

A commit id also needs no label where it stands in a position git (or a tool fetching with
git) writes one (branch fp57; RustDesk's build FAQ, 35 findings in twelve languages): a whole
object name, 40 hex digits (SHA-1) or 64 (SHA-256), no more, no fewer,
- as a git command's revision argument (`git.exe fetch https://…/libyuv 2871…5781541b
  --depth 1`, `git checkout <id>`): only arguments without `=` or quotes between the
  command and it, and the argument ends there;
- after the repository URL on a fetch log's line (vcpkg's `-- Fetching https://…/libyuv
  2871…541b...`);
- in git's and libgit2's messages about an object (`no match for id (<id>)`, `fatal: bad
  object <id>`, `reference is not a tree: <id>`, `upload-pack: not our ref <id>`);
- as `git cat-file -p` prints it (`tree <id>`, `parent <id>`), `git ls-remote` and `git
  show-ref` (`<id>` then `refs/heads/main` or `HEAD`, nothing else on the line), or alone on
  the line under a `git rev-parse`/`git rev-list` that printed it.
Neither that line nor the three written above it (fences skipped: a code block's introduction)
may name a secret, nor may a line repeating the id elsewhere name a key (`deploy key: <id>`);
40 hex digits anywhere else (`deploy <id>`, `curl … <id>`, after `=`, `:` or `@`, in a URL)
stay what the token rules say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.named_digests import BEFORE
from kbgen.core.privacy.context import _Context, _Hit
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
_GIT_REVISION = re.compile(
    r"(?:^|[\s/\\\"'`(])git(?:\.exe)?[ \t]+(?:fetch|checkout|switch|reset|revert|cherry-pick"
    r"|show|log|diff|rebase|merge|branch|tag|describe|rev-parse|cat-file|ls-tree|archive"
    r"|bisect[ \t]+(?:good|bad|start)|worktree[ \t]+add)(?:[ \t]+[^\s=\"'`;|&<>]+)*?[ \t]+$")
"""A git command before its revision argument: only arguments without `=` or quotes between."""
_FETCH_LOG = re.compile(r"(?i)^[\s>*#-]*fetching[ \t]+(?:git[ \t]+)?[a-z+]+://[^\s=]+[ \t]+$")
"""A fetch log's line before the revision it fetches (vcpkg's `-- Fetching <url> <id>`)."""
_OBJECT_MESSAGE = re.compile(
    r"(?:\bno match for id \(|\bfatal: bad object |\breference is not a tree: "
    r"|\bupload-pack: not our ref |\bunadvertised object |\bCould not parse object ')$")
"""git's and libgit2's messages about an object, before its name."""
_OBJECT_LINE = re.compile(r"^[ \t]*(?:tree|parent|object)[ \t]+$")
"""`git cat-file -p`'s fields."""
_REF_AFTER = re.compile(r"[ \t]+(?:refs/[\w./-]+|HEAD)[ \t]*$")
"""After an object name, what `git ls-remote` and `git show-ref` print: its ref, nothing more."""
_PRINTS_OBJECT = re.compile(r"\bgit[ \t]+(?:rev-parse|rev-list)\b[^|;&<>]*$")
"""A command above whose output is the object name alone."""
_ARGUMENT_END = re.compile(r"(?:\.\.\.)?(?:[ \t]|$)")
_MESSAGE_END = re.compile(r"(?:[)'][.;,]?)?(?:[ \t]|$)")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but commit ids a label names or git writes, wherever the page repeats them."""
    candidates = [(index, line, hit) for index, line, hit in found
                  if hit.kind in (TOKEN, PASSWORD) and not hit.vendor
                  and _OBJECT_NAME.fullmatch(line[hit.start:hit.end])]
    labelled = {line[hit.start:hit.end] for index, line, hit in candidates
                if _COMMIT_ID.fullmatch(line[hit.start:hit.end])
                and _labelled(line, hit.start) and not _SECRET_BEFORE.search(
                    lines[index - 1] if index > 0 else "")}  # `the deploy key` / `SHA: …`
    reasons = dict.fromkeys(labelled, REASON)
    at_gits = {(index, hit.start) for index, line, hit in candidates
               if _written_by_git(lines, index, line, hit.start, hit.end)}
    for index, line, hit in candidates:
        if (index, hit.start) in at_gits:
            reasons.setdefault(line[hit.start:hit.end], GIT_REASON)
    for index, line, hit in found:
        value = line[hit.start:hit.end]
        if reasons and hit.kind in (TOKEN, PASSWORD) and not hit.vendor \
                and value in reasons and not surroundings.names_secret(line) and not (
                    reasons[value] == GIT_REASON and (index, hit.start) not in at_gits
                    and _SECRET_BEFORE.search(line)):  # `Jane's deploy key: <the id>`
            context.accept(index, hit, reasons[value])
        else:
            yield index, line, hit


def _labelled(line: str, start: int) -> bool:
    """A label naming a commit is right before `start`, and no secret before the label."""
    before = line[max(0, start - BEFORE):start]
    label = _LABEL.search(before)
    return label is not None and not _SECRET_BEFORE.search(before, 0, label.start() + 1)


def _written_by_git(lines: list[str], index: int, line: str, start: int, end: int) -> bool:
    """The object name at `start:end` of `line` (page line `index`) stands where git, or a
    tool fetching with it, writes one; neither this line nor the text just above it (a code
    block's introduction: `Here is the API token:`) names a secret."""
    above = lines[index - 1] if index > 0 else ""
    if surroundings.names_secret(line) or any(map(surroundings.names_secret,
                                                  _written_above(lines, index))):
        return False
    before = line[max(0, start - 2 * BEFORE):start]
    rest = line[end:]
    if _ARGUMENT_END.match(rest) and (_GIT_REVISION.search(before)
                                      or start == len(before) and _FETCH_LOG.match(before)):
        return True
    if _OBJECT_MESSAGE.search(before) and _MESSAGE_END.match(rest):
        return True
    if start == len(before) and _OBJECT_LINE.match(before):
        return not rest.strip()
    if not line[:start].strip():
        return bool(_REF_AFTER.fullmatch(rest)) or (
            not rest.strip() and bool(_PRINTS_OBJECT.search(above)))
    return False


def _written_above(lines: list[str], index: int, count: int = 3) -> list[str]:
    """The `count` lines with text above page line `index`, code fences skipped."""
    written: list[str] = []
    for line in reversed(lines[max(0, index - 12):index]):
        text = line.strip()
        if text and not text.startswith(("```", "~~~")):
            written.append(line)
            if len(written) == count:
                break
    return written

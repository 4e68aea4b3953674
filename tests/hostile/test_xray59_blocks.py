"""Issue 19 (xray59): `kbgen check` reports a block of lines that are one value once, with
its extent, and a reviewed marker on the block's first line (or alone on the line before it)
accepts the block whole, listed as one exception; a token written into the block with another
width stays an error of its own."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from tests.hostile.test_reviewed_exceptions import ARTICLE, LINE, reported, run, write

TOKEN_40 = "Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1aS5dG0qW2eR4t"


def _block(lines: int = 20) -> list[str]:
    """Random base64 wrapped at 64, its first line opening with letters and digits (the
    finding's excerpt shows its first four)."""
    while not (encoded := base64.b64encode(os.urandom(48 * lines)).decode())[:8].isalnum():
        pass
    return [encoded[at:at + 64] for at in range(0, 64 * (lines - 1), 64)] + [encoded[:28]]


def _masked(line: str) -> str:
    return f"API key or token ({line[:4]}********)"


def test_check_reports_a_block_once_with_its_lines(project: Path) -> None:
    block = _block()
    write(project, "Log:\n\n```\n--BEGIN CERTIFICAT--\n" + "\n".join(block)
          + "\n--END CERTIFICAT--\n```\n")
    result = run("check")
    first = LINE + 3
    assert reported(result)[:1] == [
        f"{ARTICLE}:{first}: error: {_masked(block[0])} (lines {first}-{first + 21})"]
    assert "1 error," in result.output and result.exit_code == 1


def test_a_marker_on_the_blocks_first_line_accepts_it_whole(project: Path) -> None:
    block = _block()
    write(project, "Log:\n\n```\n--BEGIN CERTIFICAT-- # kb:allow token\n"
          + "\n".join(block) + "\n--END CERTIFICAT--\n```\n")
    result = run("check")
    first = LINE + 3
    assert reported(result) == [
        f"{ARTICLE}:{first}: reviewed exception: {_masked(block[0])} (lines {first}-"
        f"{first + 21})", "0 errors, 0 warnings in 4 files; 1 reviewed exception"]
    assert result.exit_code == 0


def test_a_marker_alone_before_a_bare_block_accepts_it_whole(project: Path) -> None:
    block = _block()
    write(project, "Key:\n\n```\n# kb:allow token\n" + "\n".join(block) + "\n```\n")
    result = run("check")
    first = LINE + 4
    assert reported(result) == [
        f"{ARTICLE}:{first}: reviewed exception: {_masked(block[0])} (lines {first}-"
        f"{first + 19}) (marker on line {first - 1})",
        "0 errors, 0 warnings in 4 files; 1 reviewed exception"]


def test_a_token_of_another_width_in_a_reviewed_block_is_still_an_error(project: Path) -> None:
    block = _block()
    write(project, "Log:\n\n```\n--BEGIN CERTIFICAT-- # kb:allow token\n"
          + "\n".join([*block[:8], TOKEN_40, *block[8:]]) + "\n--END CERTIFICAT--\n```\n")
    result = run("check")
    assert f"{ARTICLE}:{LINE + 12}: error: {_masked(TOKEN_40)}" in reported(result)
    assert result.exit_code == 1

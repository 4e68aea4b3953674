"""Passwords dressed as a batch script's variable references stay found (rust58's attack on
kbgen/core/privacy/cmd_variables.py; the same texts are rows `rust58-cmd-…` of
bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

_BLOCK = ("```bat\nsetlocal ENABLEDELAYEDEXPANSION\nset alfanum=ABCDEFGHIJ0123456789\n"
          "set admin_pw=\nfor %%c in (1 2 3) do (\n    {line}\n)\n```\n")


def _in_block(line: str) -> str:
    return _BLOCK.format(line=line)


DRESSED = [
    ("a password after the references", _in_block("set admin_pw=!admin_pw!Tr0ub4dor3")),
    ("a password before the references", _in_block("set admin_pw=Tr0ub4dor3!admin_pw!")),
    ("a password between references",
     _in_block("set admin_pw=!admin_pw!Tr0ub4dor3!alfanum:~%%c,1!")),
    ("a password as a variable the block never sets", _in_block("set admin_pw=!Tr0ub4dor3!")),
    ("a password in a substitution", _in_block("set admin_pw=!admin_pw:x=Tr0ub4dor3!")),
    ("a password in a substitution of a set variable",
     _in_block("set admin_pw=!alfanum:ABC=Tr0ub4dor3!")),
    ("a password in quotes after the references",
     _in_block('set "admin_pw=!admin_pw!Tr0ub4dor3"')),
    ("a password after a substring",
     _in_block("set admin_pw=!alfanum:~%%c,1!Tr0ub4dor3")),
    ("a password as the name of a set variable",
     _BLOCK.replace("set alfanum=", "set Tr0ub4dor3=1\nset alfanum=").format(
         line="set admin_pw=!Tr0ub4dor3!")),
    ("a password with a variable the block only reads",
     _in_block("set admin_pw=!admin_pw!!secret_suffix!Tr0ub4dor3")),
    ("a password assigned outright in the block", _in_block("set admin_pw=Tr0ub4dor3")),
    ("a password assigned with set /a's neighbour set /p",
     _in_block("set /p admin_pw=Tr0ub4dor3")),
    ("a password in the references' line outside a block",
     "set admin_pw=\nset admin_pw=!admin_pw!Tr0ub4dor3\n"),
    ("references outside a code block",
     "Run `set admin_pw=!Tr0ub4dor3!` before the installer.\n"),
    ("a password passed after the references on the command line",
     _in_block("rustdesk.exe --password !admin_pw!Tr0ub4dor3")),
    ("a password after a reference with a trailing word",
     _in_block("set admin_pw=!admin_pw! Tr0ub4dor3")),
    ("a random password as a variable name with digits",
     _BLOCK.replace("set alfanum=", "set Kq8vTz2mWx=1\nset alfanum=").format(
         line="set admin_pw=!Kq8vTz2mWx!")),
    ("a password written with exclamation marks around it but never set",
     _in_block("set admin_pw=!Sunshine2024!")),
    ("a password after a percent reference", _in_block("set admin_pw=%admin_pw%Tr0ub4dor3")),
    ("a password after the loop's substring",
     _in_block("set admin_pw=!admin_pw!!alfanum:~%%c,1!Tr0ub4dor3")),
    ("a password after a hyphen", _in_block("set admin_pw=!admin_pw!-Tr0ub4dor3")),
    ("a password after a fixed substring", _in_block("set admin_pw=!admin_pw:~0,3!Tr0ub4dor3")),
]


@pytest.mark.parametrize(("case", "text"), DRESSED, ids=[case for case, _ in DRESSED])
def test_a_password_dressed_as_script_variables_is_found(case: str, text: str) -> None:
    assert [f for f in scan(text) if not f.advisory], case

"""A batch script's references to its own variables pass the gate
(kbgen/core/privacy/cmd_variables.py). The block is RustDesk's deployment script
(client-deployment), where main found its password loop in 12 languages."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

DEPLOY = """```bat
@echo off

REM Assign the value random password to the password variable
setlocal ENABLEEXTENSIONS ENABLEDELAYEDEXPANSION
set alfanum=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789
set rustdesk_pw=
for /L %%b in (1, 1, 12) do (
    set /A rnd_num=!RANDOM! %% 62
    for %%c in (!rnd_num!) do (
        set rustdesk_pw=!rustdesk_pw!!alfanum:~%%c,1!
    )
)

rustdesk.exe --password %rustdesk_pw%
```
"""

SCRIPTS = [
    DEPLOY,
    # a substring with fixed bounds and a quoted assignment
    DEPLOY.replace("set rustdesk_pw=!rustdesk_pw!!alfanum:~%%c,1!",
                   'set "rustdesk_pw=!rustdesk_pw!!alfanum:~4,1!"'),
]


@pytest.mark.parametrize("text", SCRIPTS)
def test_a_scripts_own_variables_are_no_password(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory] == []


def test_the_same_line_outside_a_code_block_is_found() -> None:
    """Prose is no script: the block is what assigns the variables."""
    text = DEPLOY.replace("```bat\n", "").replace("```\n", "")
    assert [f for f in scan(text) if not f.advisory]

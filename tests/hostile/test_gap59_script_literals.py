"""Issue 19 (gap59): a literal password a script writes inside a variable's expansion, or joins
from literal pieces it set (rev58's cmd_variables gaps, published on main). Each leak is shaped
as the attack wrote it (secrets random); each must be found. The harmless shapes beside them
(a port's default, a placeholder's, a generated password, a path joined from its parts) stay
unfound."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _errors(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


LEAKS = (
    # a default in an expansion
    "```sh\nexport DB_PASSWORD=${DB_PASSWORD:-Zq8rT2vLp9Kx}\n```",
    '```sh\nDB_PASSWORD="${DB_PASSWORD:-Hx7pQ2vL9kWm}"\n```',
    "```sh\n: ${ADMIN_PASSWORD:=Kq8vTz2mWx9p}\n```",
    "```sh\npsql -W \"${PGPASSWORD-Tr0ub4dor3x}\"\n```",
    '```yaml\nenvironment:\n  - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-Nb4kW9zQ2rLx}\n```',
    "```yaml\npassword: \"{{ vault_password | default('Zq8rT2vLp9Kx') }}\"\n```",
    "```jinja\n{{ smtp_password | default(\"Hx7pQ2vL9kWm\") }}\n```",
    # cmd's substitution, and a "reference" that is the literal
    "```bat\nset pw=%pw:x=Zq8rT2vLp9Kx%\n```",
    "```bat\nset pw=%Tr0ub4dor3%\n```",
    "```bat\nset admin_password=%Zq8rT2vLp9Kx%\n```",
    # a literal joined to a reference
    '```powershell\n$env:RD_PW = "$env:RD_PW" + "Zq8rT2vLp9Kx"\n```',
    '```powershell\n$password = "Zq8rT2vLp9Kx" + $suffix\n```',
    # literal pieces joined
    "```bat\nset part_one=Zq8rT\nset part_two=2vLp9\nset part_three=Kx4m\n"
    "set rustdesk_pw=%part_one%%part_two%%part_three%\n```",
    "```bat\nset word_a=Tr0u\nset word_b=b4d0r3\nset secret=%word_a%%word_b%\n```",
    '```bat\nset "ab=Zq8r" & set "cd=T2vL" & set "ef=p9Kx"\nset password=%ab%%cd%%ef%\n```',
    "```bat\nset one=Zq8r\nset two=T2vL\nset password=%one%%two%\n```",
    "```bat\nset word=falcon\nset digits=4821\nset rustdesk_pw=%word%%digits%\n```",
    "```bat\nset user=marco\nset year=2024\nset password=%user%%year%\n```",
    "```bat\nsetlocal enabledelayedexpansion\nset left=Hx7p\nset right=Q2vL\n"
    "set admin_password=!left!!right!\n```",
    '```sh\nA=Zq8r\nB=T2vLp9\nexport DB_PASSWORD="$A$B"\n```',
    '```sh\nhead=Zq8rT2\ntail=vLp9Kx\nDB_PASSWORD="${head}${tail}"\n```',
    '```powershell\n$a = "Zq8rT2"\n$b = "vLp9Kx"\n$env:RD_PW = "$a$b"\n```',
    "```bat\nset a=Zq8r\nset b=T2vL\nset c=%a%%b%\nset password=%c%\n```",
)


@pytest.mark.parametrize("text", LEAKS)
def test_a_literal_written_inside_an_expansion_or_joined_from_pieces_is_found(text: str) -> None:
    assert _errors(text)


HARMLESS = (
    "```sh\nexport PORT=${PORT:-8080}\n```",
    "```sh\nexport LOG_LEVEL=${LOG_LEVEL:-info}\n```",
    "```sh\nexport DB_PASSWORD=${DB_PASSWORD:-changeme}\n```",
    "```sh\nexport DB_PASSWORD=${DB_PASSWORD:-$(cat /run/secrets/db)}\n```",
    "```bat\nset pw=%APPDATA%\n```",
    "```bat\nset password=%RUSTDESK_PASSWORD%\n```",
    "```bat\nset dir=C:\\tools\nset name=app\nset path_full=%dir%\\%name%\n```",
    "```bat\nset alfanum=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\n"
    "set rustdesk_pw=\nfor /L %%b in (1, 1, 12) do (\nset /A rnd_num=!RANDOM! %% 62\n"
    "for %%c in (!rnd_num!) do (\nset rustdesk_pw=!rustdesk_pw!!alfanum:~%%c,1!\n)\n)\n```",
    '```powershell\n$path = "$env:ProgramFiles" + "\\RustDesk"\n```',
    "```sh\nhost=example\ndomain=com\nexport SERVER=\"$host.$domain\"\n```",
)


@pytest.mark.parametrize("text", HARMLESS)
def test_a_default_or_a_join_that_holds_no_secret_stays_unfound(text: str) -> None:
    assert not _errors(text)

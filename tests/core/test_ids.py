"""Identifiers are not secrets (kbgen/core/ids.py): ULIDs, typed ids, ids labelled as ids and
values in a column of ids or digests pass the gate; keys dressed as ids do not.

The clean texts are shaped as Fly.io Docs print them (bench/gatecorpus/fly.json.gz); each
hostile one changes what makes the clean one an id: the prefix, the label, the column.
"""

from __future__ import annotations

import pytest

from kbgen.core import ids
from kbgen.core.privacy import PASSWORD, TOKEN, scan

CLEAN = [
    ("ULID labelled", "Instance ID: 01GQR4GR5TPQC65T5RMKR0HS87\n"),
    ("ULID in a deployment's image", "Image    = testrun:deployment-01GQ0HKV6TDT7DX0G50MT50FZD\n"),
    ("ULID in a node name",
     "Attempting to connect to hello-elixir-01HR8CXEYKQ9RXYQFEWSE5PTE0@app\n"),
    ("typed volume id", "fly machine run . --volume vol_d42652p88kdw9l7r:data --region arn\n"),
    ("typed snapshot id in JSON", '  "id": "vs_4LNvXLLK0P6tk6KgqoexaBw",\n'),
    ("typed id in a listing",
     "```output\nID                   NAME    SIZE REGION\n"
     "vol_x915grn008vn70qy pg_data 10GB sjc\n```\n"),
    ("Kubernetes volume claim", "fly vol rm pvc-r1plo75g59d25l0r -a my-cluster\n"),
    ("labelled machine id, then a line",
     "```output\nMachine ID: e286065f969386\nInstance ID: 01GQR4GR5TPQC65T5RMKR0HS87\n```\n"),
    ("a command's machine, then a line",
     "```output\nUpdating machine 148ed599c14189\n  Waiting for 148ed599c14189 to become healthy\n"
     "```\n"),
    ("a machine's id, then a sentence",
     "```output\nAttempting to failover 4d89649b460987\nRestarting machine 4d89649b460987\n```\n"),
    ("listing header, then its first row",
     "```output\nID              STATE   REGION  IMAGE      CREATED                 UPDATED\n"
     "06e82d43ad1587  started yyz     testrun    2023-01-17T17:54:04Z    2023-01-17T21:42:33Z\n"
     "```\n"),
    ("digest column of an ASCII table",
     "```output\n      NAME     |              DIGEST              |  DATE\n"
     "+--------------+----------------------------------+---------+\n"
     "  MY_SECRET    | b9e37b7b239ee4aefc75352fe3fa6dc6 | 17s ago\n"
     "  DATABASE_URL | cdbe3268a82bfe993921b9cae2a526af | 17s ago\n```\n"),
    ("digest column of a listing",
     "```output\nNAME            DIGEST                           DATE\n"
     "DATABASE_URL    830d8769ff33cba6c8b29d1cd6a6fbac 1m10s ago\n"
     "SECRET_KEY_BASE 84c992ac7ef334c21f2aaecd41c43666 9m20s ago\n```\n"),
    ("id column of a Markdown table",
     "| id | region |\n|---|---|\n| 9f8Kq2LmX7vN4pT9wK3sB6yD1a | ams |\n"),
    ("request id labelled", "If it fails, send us the request id: 7Hq2LmX7vN4pT9wK3sB6yD1aZ\n"),
    ("label and value split by emphasis", "**Request ID:** `7Hq2LmX7vN4pT9wK3sB6yD1aZ`\n"),
    ("label in a tag", "<b>Trace ID</b>: 7Hq2LmX7vN4pT9wK3sB6yD1aZ\n"),
]

HOSTILE = [
    ("Stripe key behind an id label", "Your ID: sk_live_4eC39HqLyjWDarjtT1zdp7dc\n", TOKEN),
    ("Fly token, a typed id's shape", "export FLY_TOKEN=fm2_lJPECAAAAAAAAC7txBAzYI6PRWhHLT9x\n",
     TOKEN),
    ("typed id's shape, named a token", "token: vol_6vjd0dkm5ny038mv8Qz2\n", None),
    ("session id", "session_id=9f8Kq2LmX7vN4pT9wK3sB6yD1a\n", None),
    ("session id in emphasis", "**Session ID:** `7Hq2LmX7vN4pT9wK3sB6yD1aZ`\n", TOKEN),
    ("token id in a tag", "<b>Token ID</b>: 7Hq2LmX7vN4pT9wK3sB6yD1aZ\n", TOKEN),
    ("key id labelled", "API key ID: 9f8Kq2LmX7vN4pT9wK3sB6yD1aQ\n", TOKEN),
    ("ULID's shape named a secret", "secret = 7ZZZZZZZZZ5T5RMKR0HS87ABCD\n", None),
    ("a column named token",
     "| name | token |\n|---|---|\n| deploy | 9f8Kq2LmX7vN4pT9wK3sB6yD1a |\n", TOKEN),
    ("a token column in a listing",
     "```output\nNAME      TOKEN                            DATE\n"
     "deploy    9f8Kq2LmX7vN4pT9wK3sB6yD1aQx7Lp2  1m ago\n```\n", TOKEN),
    ("a value column beside an id column",
     "| id | value |\n|---|---|\n| 12 | 9f8Kq2LmX7vN4pT9wK3sB6yD1a |\n", TOKEN),
]


@pytest.mark.parametrize("case, text", CLEAN, ids=[c[0] for c in CLEAN])
def test_identifiers_pass(case: str, text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("case, text, kind", HOSTILE, ids=[c[0] for c in HOSTILE])
def test_keys_dressed_as_ids_are_found(case: str, text: str, kind: str | None) -> None:
    found = {finding.kind for finding in scan(text)}
    assert found & ({kind} if kind else {TOKEN, PASSWORD}), found


@pytest.mark.parametrize("value, is_ulid", [
    ("01GQR4GR5TPQC65T5RMKR0HS87", True),
    ("deployment-01GQ0HKV6TDT7DX0G50MT50FZD", True),
    ("7ZGQR4GR5TPQC65T5RMKR0HS87", False),  # the year 10889
    ("00000000005T5RMKR0HS87ABCD", False),  # 1970
    ("01GQR4GR5TPQC65T5RMKR0HSI7", False),  # I is not Crockford's
    ("01gqr4gr5tpqc65t5rmkr0hs87", False),
])
def test_ulids_are_told_by_their_time(value: str, is_ulid: bool) -> None:
    assert ids.ulid(value) is is_ulid


@pytest.mark.parametrize("value, typed", [
    ("vol_6vjd0dkm5ny038mv", True), ("img_z1nr0lpjz9v5q98w", True), ("pvc-r1plo75g59d25l0r", True),
    ("sk_4eC39HqLyjWDarjtT1zdp7dc", False), ("ghp_wWPw5k4aXcaT4fNP0Ucn", False),
    ("xoxb-1234567890123", False), ("token_9f8Kq2LmX7vN4pT9", False),
    ("vs_4LNvXLLK0P6tk6KgqoexaBw", True), ("acme_9f8Kq2LmX7vN4pT9wK3sB6yD1aQx7Lp2", False),
])
def test_typed_ids_are_not_keys_prefixes(value: str, typed: bool) -> None:
    assert ids.typed_id(value) is typed

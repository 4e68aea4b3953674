"""What a program printed and the reader's own development server are not leaks
(kbgen/core/surroundings.py): a private address in a block fenced as output, and
`localhost:PORT` or `127.0.0.1:PORT` in a sentence about running the app locally, pass; a
path after the port, another sentence, a command or a real address beside them do not.

The clean texts are shaped as Fly.io Docs write them (bench/gatecorpus/fly.json.gz).
"""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_HOST, INTERNAL_IP, scan

CLEAN = [
    ("output fence", "```output\nServer:\t\t172.30.0.10\nAddress:\t172.30.0.10#53\n```\n"),
    ("out fence, indented", "    ```out\n    Connecting to 10.0.3.7... complete\n    ```\n"),
    ("log fence", "~~~log\n2023-03-07T16:18:08Z listening on [fd12:3456::2]:22\n~~~\n"),
    ("a working app", "Connect to localhost:4000 to confirm that you have a working Elixir"
                      " application.\n"),
    ("run locally", "You should be able to run our app locally with `npm run dev` and access"
                    " it at http://localhost:3000.\n"),
    ("in your browser", "Open [http://localhost:3000](http://localhost:3000) in your browser.\n"),
    ("loopback in your web browser", "If you open http://127.0.0.1:5000/ in your web browser,"
                                     " it should display `hello from fly.io`.\n"),
]

# (text, kind expected)
FOUND = [
    ("```\nServer: 172.30.5.10\n```\n", INTERNAL_IP),  # code, not called output
    ("```output\n$ ssh admin@10.0.3.7\n```\n", INTERNAL_IP),  # a command in it
    ("```output\nOur production database: 10.0.3.7\n```\n", INTERNAL_IP),
    ("```bash\ncurl http://10.0.3.7/health\n```\n", INTERNAL_IP),
    ("Point your program to 127.0.0.1:9050.\n", INTERNAL_IP),
    ("Open localhost:8080/admin in your browser.\n", INTERNAL_HOST),
    ("Run it locally, then open localhost:8080/admin.\n", INTERNAL_HOST),
    ("Connect to localhost:5432 with the password on the wiki.\n", INTERNAL_HOST),
    ("Run it locally at localhost:3000, then point it to our database at 10.20.30.40:5432.\n",
     INTERNAL_IP),
]


@pytest.mark.parametrize("case, text", CLEAN, ids=[c[0] for c in CLEAN])
def test_output_and_development_servers_pass(case: str, text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text, kind", FOUND)
def test_commands_paths_and_real_addresses_beside_them_are_found(text: str, kind: str) -> None:
    assert [finding.kind for finding in scan(text)] == [kind]

"""Session keys of servers on the reader's own computer (kbgen.core.sessions), as the gate
judges them: the output of Jupyter, Marimo, Pluto and Supernova as the NeSI Support
Documentation shows it passes; the same keys anywhere else are still findings."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan
from kbgen.core.sessions import Sessions

JUPYTER = (
    "Make a note of the second URL given by JupyterLab once it launches.\nFor instance:\n\n"
    "```sh\n[C 2025-11-03 14:34:31.797 ServerApp]\n    Or copy and paste one of these URLs:\n"
    "        http://c003.hpc.nesi.org.nz:9339/lab?token=e6ff816a27867d88311bcc9f04141402590af48c"
    "2fd5f117\n        http://127.0.0.1:9339/lab?token=e6ff816a27867d88311bcc9f04141402590af48"
    "c2fd5f117\n```\n\nThe `http://127.0.0.1:9339/lab?token=e6ff816a27867d88311bcc9f04141402590"
    "af48c2fd5f117`\naddress in this case will be our URL\n")
MARIMO = (
    "```sh\nCreate or edit notebooks in your browser\n\n"
    "➜  URL: http://0.0.0.0:9929?access_token=Q2QwZyLs8kJP8eHLcNv13A\n"
    "➜  Network: http://10.232.1.62:9929?access_token=Q2QwZyLs8kJP8eHLcNv13A\n```\n")
PLUTO = ("```sh\n│ Go to http://0.0.0.0:9627/?secret=mXmq6659 in your browser to start"
         " writing\n```\n\nHere, we will be using `http://0.0.0.0:9627/?secret=mXmq6659`"
         " to access Pluto.\n")
SUPERNOVA = (
    "``` bash\nServing UI at http://wbh001:37982?auth=Bx2ccMZmJxaIfRNBOZ_XO_mQd1njNGL3rZry_eNI1yU\n"
    "```\n\n- &lt;auth&gt; Taken from above code snippet is\n"
    "    Bx2ccMZmJxaIfRNBOZ\\_XO\\_mQd1njNGL3rZry\\_eNI1yU\n\n"
    "``` bash\nhttp://localhost:9999/?auth=Bx2ccMZmJxaIfRNBOZ_XO_mQd1njNGL3rZry_eNI1yU\n```\n")


@pytest.mark.parametrize("text", [JUPYTER, MARIMO, PLUTO, SUPERNOVA],
                         ids=["jupyter", "marimo", "pluto", "supernova"])
def test_a_servers_output_passes(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text, local", [
    ("```\nhttp://127.0.0.1:8888/lab?token=abcdef123456\n```", True),
    ("```\nhttp://[::1]:8888/?token=abcdef123456\n```", True),
    ("```\nhttp://0.0.0.0:8888/?token=abcdef123456\n```", True),
    ("```\nhttp://localhost:8888/?token=abcdef123456\n```", True),
    ("http://127.0.0.1:8888/lab?token=abcdef123456", False),  # prose
    ("```\nhttp://127.0.0.1/lab?token=abcdef123456\n```", False),  # no port
    ("```\nhttp://10.1.2.3:8888/lab?token=abcdef123456\n```", False),  # another computer
    ("```\nhttp://wbh001:8888/lab?token=abcdef123456\n```", False),
    ("```\nhttp://localhost:8080/oauth2callback?token=abcdef123456\n```", False),
    ("```\nhttp://localhost:8080/?code=4/0AX4&token=abcdef123456\n```", False),
    ("```\nhttp://localhost:8888/?token=abc\n```", False),  # too short for a key
])
def test_what_is_a_session_key(text: str, local: bool) -> None:
    assert Sessions(text.split("\n")).holds("abcdef123456") is local


def test_the_nodes_address_passes_only_beside_a_session_key() -> None:
    sessions = Sessions(MARIMO.split("\n"))
    line = "➜  Network: http://10.232.1.62:9929?access_token=Q2QwZyLs8kJP8eHLcNv13A"
    start = line.index("10.232")
    assert sessions.host_of_session(line, start, start + len("10.232.1.62"))
    other = "http://10.232.1.63:9929?access_token=Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz"
    assert not sessions.host_of_session(other, 7, 18)


def test_the_same_key_elsewhere_in_another_text_is_found() -> None:
    assert scan("Use http://c003.hpc.nesi.org.nz:9339/lab?token=e6ff816a27867d88311bcc9f041414"
                "02590af48c2fd5f117 now.") != []

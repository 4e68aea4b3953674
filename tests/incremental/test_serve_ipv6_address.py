"""`kbgen serve -a [::1]:0` logs the address it bound as a URL a browser opens
(`http://[::1]:PORT/`): MkDocs' own form, `http://::1:PORT/`, is none."""

from __future__ import annotations

import logging
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kbgen.commands.preview_server import PreviewServer


@pytest.mark.skipif(not socket.has_ipv6, reason="no IPv6 on this machine")
def test_an_ipv6_address_is_logged_in_brackets(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    server = PreviewServer(lambda saved: True, host="::1", port=0, root=str(tmp_path),
                           mount_path="/help/")
    try:
        with caplog.at_level(logging.INFO, logger="mkdocs.commands.serve"):
            port = server.bind_now()
    finally:
        server.server_close()
    assert f"Bound to http://[::1]:{port}/help/" in caplog.text, caplog.text
    address = urlsplit(server.url)
    assert (address.hostname, address.port, address.path) == ("::1", port, "/help/")

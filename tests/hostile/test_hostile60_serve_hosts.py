"""`kbgen serve`'s preview read from a page of another site (DNS rebinding). On main the
preview answered a request whatever its `Host`: `GET /articles/billing/plan.html` with `Host:
evil.example:PORT` returned the internal article's text. A page of evil.example whose name
its DNS then points at 127.0.0.1 is, to the browser, the same origin as that preview, so its
scripts read every draft and internal article (shown in the preview with a banner). The
preview now answers only requests addressed to an IP address, localhost or the name given to
`-a`, and says why to the others."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from bench.incremental import BOUND
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

SECRET = "Escalate to the on-call lead through the private bridge"
PAGE = "/articles/billing/plan.html"


def get(port: int, host: str | None) -> tuple[int, str]:
    """GET PAGE from the preview with `host` as the request's Host header (None: none)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.putrequest("GET", PAGE, skip_host=True)
        if host is not None:
            connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    root = tmp_path_factory.mktemp("serve-hosts")
    write_files(root / "project", {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                                   "content/_data/categories.yml": MINI_CATEGORIES,
                                   "content/articles/billing/card.md": article(),
                                   "content/articles/billing/plan.md": article(
                                       "Escalation plan", status="internal",
                                       body=f"## Symptoms\n\n{SECRET}.\n")},
                dedent_yaml=False)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = root / "serve.log"  # beside the project, not in it: never served
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "kbgen", "serve", "-a", "127.0.0.1:0"],
                                   cwd=root / "project", env=env, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline, port = time.monotonic() + 180, None
        while time.monotonic() < deadline and process.poll() is None:
            port = port or next((int(found[1]) for found in
                                 [BOUND.search(log.read_text(encoding="utf-8", errors="replace"))]
                                 if found), None)
            try:
                if port and SECRET in get(port, f"127.0.0.1:{port}")[1]:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("kbgen serve did not serve the preview within 180 s:\n"
                        + log.read_text(encoding="utf-8", errors="replace"))
        assert port
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


@pytest.mark.parametrize("host", ["evil.example:{port}", "EVIL.example", "evil.example.",
                                  "127.0.0.1.nip.io:{port}", "localhost.evil.example:{port}",
                                  "evil.example:{port}@127.0.0.1", "127.0.0.1 evil.example",
                                  "[::1.evil.example]:{port}", ":{port}"])
def test_a_request_addressed_to_another_name_reads_nothing(preview: int, host: str) -> None:
    status, text = get(preview, host.format(port=preview))
    assert status == 403 and SECRET not in text
    assert "DNS rebinding" in text


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST",
                                  "kb.localhost:{port}", "[::1]:{port}", "127.0.0.1", None])
def test_the_machines_own_addresses_are_served(preview: int, host: str | None) -> None:
    status, text = get(preview, host.format(port=preview) if host else None)
    assert status == 200 and SECRET in text

"""bench/gzserve.py serves as a static host: keep-alive, gzip once, counts connections."""

from __future__ import annotations

import gzip
import http.client
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def gzserve() -> ModuleType:
    """bench/gzserve.py, imported from its path (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("kbgen_bench_gzserve", BENCH / "gzserve.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def site(root: Path) -> Path:
    (root / "search").mkdir(parents=True)
    (root / "index.html").write_text("<p>home</p>" * 200, encoding="utf-8")
    (root / "search" / "part.json").write_text('{"terms": [1, 2, 3]}' * 300, encoding="utf-8")
    (root / "logo.png").write_bytes(b"\x89PNG not compressed")
    return root


def get(connection: http.client.HTTPConnection, path: str) -> http.client.HTTPResponse:
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
    answer = connection.getresponse()
    answer.body = answer.read()  # type: ignore[attr-defined]
    return answer


def test_requests_share_one_connection_and_text_is_gzipped(gzserve: ModuleType,
                                                           tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    with gzserve.serve(root) as base:
        connection = http.client.HTTPConnection(urlsplit(base).netloc, timeout=10)
        answers = [get(connection, path) for path in
                   ("/index.html", "/search/part.json", "/logo.png", "/search/part.json")]
        connection.close()
        counts = gzserve.stats(base)
    assert [a.version for a in answers] == [11] * 4
    assert [a.getheader("Content-Encoding") for a in answers] == ["gzip", "gzip", None, "gzip"]
    assert gzip.decompress(answers[1].body) == (root / "search" / "part.json").read_bytes()
    assert answers[2].body == (root / "logo.png").read_bytes()
    assert all(a.getheader("Content-Length") == str(len(a.body)) for a in answers)
    assert counts == {"connections": 1, "requests": 4}


def test_a_changed_file_is_compressed_again(gzserve: ModuleType, tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    with gzserve.serve(root) as base:
        connection = http.client.HTTPConnection(urlsplit(base).netloc, timeout=10)
        get(connection, "/search/part.json")
        (root / "search" / "part.json").write_text('{"changed": true}', encoding="utf-8")
        body = get(connection, "/search/part.json").body  # type: ignore[attr-defined]
        connection.close()
    assert gzip.decompress(body) == b'{"changed": true}'


def test_http10_closes_each_connection(gzserve: ModuleType, tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    with gzserve.serve(root, http10=True) as base:
        connection = http.client.HTTPConnection(urlsplit(base).netloc, timeout=10)
        get(connection, "/index.html")
        get(connection, "/search/part.json")  # http.client reconnects
        connection.close()
        assert gzserve.stats(base) == {"connections": 2, "requests": 2}

"""Console errors and requests leaving the served base on the two-language sample
(tests/fixtures/multilingual), at its `site_url`, on another host, under a sub-path and from
disk (issue 19, bench/RESULTS.md "ui45"). Run from a tree: `python bench/preview_console.py
OUT` (OUT is emptied; port 8765 must be free)."""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
from pathlib import Path

from playwright import sync_api

sys.path.insert(0, ".")
from kbgen.commands.build import build  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.localsite import QuietHandler, serve  # noqa: E402

OWN = "http://help.example:8765/"
"""The `site_url` Chromium maps to 127.0.0.1:8765 (kbgen's gate refuses 127.0.0.1 in it)."""
PAGES = ["index.html", "articles/billing/charged-twice.html",
         "de/articles/billing/doppelt-abgebucht.html", "articles/wifi/hub-light-blinks-red.html"]


def built(out: Path, name: str, site_url: str) -> Path:
    """The sample built with `site_url` into `out/name/site`."""
    project = out / name
    shutil.copytree("tests/fixtures/multilingual", project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("https://help.example/", site_url))
    return build(config, project / "site", strict=False)


def count(browser: sync_api.Browser, base: str) -> tuple[list[str], list[str]]:
    """The console errors and the requests outside `base` while PAGES load."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    off: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: None if r.url.startswith(base) else off.append(r.url))
    for path in PAGES:
        page.goto(base + path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)
    context.close()
    return errors, off


def main(out: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    own, other = built(out, "own", OWN), built(out, "other", "https://help.example/")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 8765), functools.partial(QuietHandler, directory=str(own)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    args = [a for a in CHROMIUM_ARGS if "host-resolver" not in a] + [
        "--host-resolver-rules=MAP help.example 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
    try:
        with (sync_api.sync_playwright() as p, serve(other) as elsewhere,
              serve(other, prefix="/help/") as sub):
            browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
            for label, base in (("at site_url", OWN), ("elsewhere", elsewhere),
                                ("sub-path", sub), ("file://", other.as_uri() + "/")):
                errors, off = count(browser, base)
                print(f"{label}: {len(errors)} console errors, {len(off)} off-site requests"
                      f" on {len(PAGES)} pages")
                for text in sorted(set(errors))[:4]:
                    print("   ", text[:160])
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

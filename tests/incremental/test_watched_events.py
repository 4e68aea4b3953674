"""`kbgen serve` asks the system only for writes in the folders it watches: its own builds
read every article, and a file opened or closed unwritten was an event for the watcher to
handle (20,000 a build at 10,000 articles; under load more than inotify's queue holds, and
the overflow made the watcher report every file as saved: a whole build)."""

from __future__ import annotations

import time
from pathlib import Path

from kbgen.commands.preview_server import PreviewServer


def test_files_read_are_no_events_and_a_file_written_is_one(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    files = [folder / f"article-{number}.md" for number in range(20)]
    for path in files:
        path.write_text("# An article\n", encoding="utf-8")
    server = PreviewServer(lambda changed: True, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(folder))
    handler = server._handlers[str(folder)][0]
    heard: list[str] = []
    noted = handler.on_any_event

    def counted(event: object) -> None:
        heard.append(str(getattr(event, "event_type", "")))
        noted(event)  # type: ignore[arg-type]
    handler.on_any_event = counted  # type: ignore[method-assign]
    server.observer.start()
    try:
        time.sleep(0.5)
        for path in files:
            path.read_bytes()
        time.sleep(1.0)
        assert heard == []
        files[0].write_text("# An article, saved\n", encoding="utf-8")
        deadline = time.monotonic() + 10
        while files[0] not in server.changed and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.changed == {files[0]}
    finally:
        server.observer.stop()
        server.observer.join()
        server.server_close()

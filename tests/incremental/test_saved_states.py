"""`kbgen serve` hears a save once: the late events of the files of the last update (under
load the watcher may hand a write's "closed" after the update began) run no second build of
the preview when those files are still as the update found them; any write since, a file
gone, or an update that failed updates again (kbgen.commands.saved_states)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from kbgen.commands.saved_states import SavedStates
from tests.conftest import article


def test_late_events_of_a_shown_save_build_nothing_and_a_new_write_builds(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    from kbgen.commands.serve import Preview

    config = write_project({
        "content/team/sam.yml": "name: Sam Lee\nrole: Support agent\n",
        "content/articles/billing/card-declined.md": article(extra="author: sam\n")})
    preview = Preview(config, {})
    preview.build()
    profile = config.parent / "content/team/sam.yml"
    profile.write_text("name: Sam Lee\nrole: Night shift lead\n", encoding="utf-8")
    assert preview.update({profile})
    shown = preview.pages
    assert shown is not None

    # the same save's late events: nothing built again
    assert not preview.update({profile})
    assert preview.pages is shown

    # written again, even with the same bytes: its change time moved, updated again (a
    # profile's save may be taken into the shown pages: kbgen.site.data_saves)
    profile.write_text("name: Sam Lee\nrole: Night shift lead\n", encoding="utf-8")
    os.utime(profile, ns=(1, 1))
    assert preview.update({profile})
    assert preview.pages is not None
    preview.pages.stop()
    preview.show("team/sam.html")
    assert "Night shift lead" in (preview.site_dir / "team/sam.html").read_text("utf-8")

    # an update that failed is tried again with the same files
    profile.write_text("name: [Sam\n", encoding="utf-8")
    with pytest.raises((Abort, SystemExit)):
        preview.update({profile})
    with pytest.raises((Abort, SystemExit)):
        preview.update({profile})


def test_a_state_is_the_bytes_and_the_status(tmp_path: Path) -> None:
    states = SavedStates(most=2)
    saved, gone = tmp_path / "a.yml", tmp_path / "gone.yml"
    saved.write_text("a: 1\n", encoding="utf-8")
    states.keep(states.now([saved, gone]))
    assert states.shown([saved, gone])
    assert not states.shown([saved, tmp_path / "other.yml"])  # a file it did not see
    gone.write_text("b: 2\n", encoding="utf-8")
    assert not states.shown([gone])
    info = saved.stat()
    saved.write_text("a: 2\n", encoding="utf-8")
    os.utime(saved, ns=(info.st_atime_ns, info.st_mtime_ns))  # time stamp set back
    assert not states.shown([saved])
    assert states.now([saved, gone, tmp_path / "third.yml"]) is None  # more than `most`

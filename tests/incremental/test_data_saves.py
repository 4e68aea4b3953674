"""The preview's lane for data saves (kbgen.site.data_saves), in process: a save of contact
data is taken into the last build's model on the day of the build; on another day (pages
show dates relative to it, and only some would be rendered again) it goes to the build. The
project is built first in the same process, as a test or a tool may: the preview starts its own
run of the plugin MkDocs keeps (KbPlugin.start_run)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.commands.build import build
from kbgen.commands.serve import Preview
from kbgen.core.build_day import build_day
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article
from tests.site.test_known_issues import CONTACT_YML

ON_DEMAND = "Building documentation (pages rendered when viewed)..."


@pytest.fixture
def preview(write_project: Callable[[dict[str, str]], Path]) -> Preview:
    config = write_project({
        "mkdocs.yml": MINI_CONFIG,
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/_data/contact.yml": CONTACT_YML,
        "content/articles/billing/card-declined.md": article(),
    })
    build(config, config.parent / "site")  # MkDocs keeps the plugin: a build's run is not ours
    shown = Preview(config, {})
    shown.start_cold(shown.config())
    assert shown.pages is not None
    shown.pages.stop()  # no catch-up: the saves below stop it anyway
    return shown


def _save_contact(preview: Preview, phone: str) -> Path:
    path = Path(preview.live.site_config.docs_dir) / "_data/contact.yml"  # type: ignore[union-attr]
    path.write_text(CONTACT_YML.replace("7946 0000", phone), encoding="utf-8")
    return path


def test_contact_data_is_taken_on_the_build_s_day_and_built_on_another(
        preview: Preview, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        assert preview.update({_save_contact(preview, "7946 0111")})
    assert "from the saved data alone" in caplog.text and ON_DEMAND not in caplog.text
    caplog.clear()
    tomorrow = dt.datetime.combine(build_day() + dt.timedelta(days=1), dt.time(12),
                                   dt.timezone.utc)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(tomorrow.timestamp())))
    with caplog.at_level(logging.INFO):
        assert preview.update({_save_contact(preview, "7946 0222")})
    assert "from the saved data alone" not in caplog.text and ON_DEMAND in caplog.text
    assert preview.pages is not None
    preview.pages.stop()
    preview.show("contact.html")
    contact = (preview.site_dir / "contact.html").read_text(encoding="utf-8")
    assert "7946 0222" in contact

"""A PIN written bare after its word (gap61: `PIN 4821`, no sign or verb between) is read in
capitals only: `pin 4829 drives the LED` is a board's pin (test_leak35_classes' documentation
shapes, which CI on the merged branch failed), as is `Pin 4096` opening a sentence."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan


def _found(text: str) -> bool:
    return any(not finding.advisory for finding in scan(text, Allowed()))


@pytest.mark.parametrize("text", ["pin 4829 drives the LED", "Connect it to pin 2048 of the header",
                                  "Pin 4096 is the reset line", "Set GPIO pin 1027 high"])
def test_a_boards_pin_publishes(text: str) -> None:
    assert not _found(text)


@pytest.mark.parametrize("text", ["PIN 4821", "Your PIN 4821 works", "Kennwort/PIN 4821",
                                  "pin: 4829", "the pin is 4829", "PIN **4821**"])
def test_a_pin_stays_found(text: str) -> None:
    assert _found(text)

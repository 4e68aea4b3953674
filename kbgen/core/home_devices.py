"""Host names a home router gives a device of a kind (`laptop.lan`, `Internet-Radio.lan`),
for the gate (issue 19).

A DNS filter's or router's how-to shows the names its DHCP server hands out: one label that
says what kind of device it is, under a home network's suffix (`.lan`, `.local`,
`.localdomain`, a FRITZ!Box's `.fritz.box`, a Speedport's `.speedport.ip`: leak46). Every home
has a `laptop.lan`, so the name points at no one's network; an internal note's still cannot
help readers, so, like a default home network's address (`default_networks`), it is a
**warning**, never dropped. A name with anything more, someone's
(`dominik-laptop.lan`), a machine's job (`payroll.lan`, `nas.local`), a second label
(`laptop.office.lan`) or a company's suffix (`laptop.corp`), stays an error, as does one with a
URL or a port, or whose setting places it with someone (`default_networks.unplaced`).
"""

from __future__ import annotations

import re

DEVICE_WORDS = ("laptop", "desktop", "pc", "phone", "smartphone", "tablet", "tv", "smart-tv",
                "radio", "internet-radio", "speaker", "console")
"""Kinds of devices in a home, as a router names them."""
_DEVICE_HOST = re.compile(rf"(?i)(?:{'|'.join(DEVICE_WORDS)})"
                          r"\.(?:lan|local|localdomain|fritz\.box|speedport\.ip)")

ADVICE = ("a device's generic name on a home network (such as laptop.lan): it names no one's"
          " network, but check that it is an example; this is a warning, the page is published")


def device_host(host: str) -> bool:
    """`host` is one device-kind label under a home network's suffix (`laptop.lan`)."""
    return bool(_DEVICE_HOST.fullmatch(host))

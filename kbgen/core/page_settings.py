"""Dotted names a page defines itself, for the gate (issue 19): setting paths and the names
its hosts-file lines give the reader's own computer.

- Pi-hole's `sudo pihole-FTL --config dns.domain.local true` names the setting `local` of the
  TOML table `[dns.domain]` the same page shows: a setting's path, no host. Only when the page
  writes both the table header and the key under it (`local = true`).
- Its Tor guide has the reader add `127.0.10.1     tor.dns.local` to `/etc/hosts`, then look
  for `tor.dns.local` in the statistics: a name the reader gives a service on their own
  computer. A warning, only when the page names the hosts file and maps the name to a
  loopback address (127.0.0.0/8, ::1), wherever the page repeats the name; a name mapped to
  any other address (`10.0.0.5 payroll.local`) stays a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TABLE = re.compile(r"^\s*\[([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\]\s*$")
_KEY = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=")
_HOSTS_LINE = re.compile(r"^\s*(127(?:\.\d{1,3}){3}|::1)\s+([A-Za-z0-9.\s-]{1,300}?)\s*(?:#.*)?$")
_HOSTS_FILE = re.compile(r"(?i)/etc/hosts\b|\bhosts file\b")

SETTING = "a setting's path the page defines (a TOML table and its key), no host"
LOOPBACK_ADVICE = ("a name the page maps to the reader's own computer (a loopback address in "
                   "the hosts file): check it names no real host")


@dataclass
class PageSettings:
    """The setting paths and loopback host names one page defines."""

    lines: list[str]
    settings: set[str] = field(init=False, default_factory=set)
    loopback_names: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        table = ""
        hosts_file = False
        for line in self.lines:
            if found := _TABLE.match(line):
                table = found.group(1).lower()
            elif table and (key := _KEY.match(line)):
                self.settings.add(f"{table}.{key.group(1).lower()}")
            if found := _HOSTS_LINE.match(line):
                self.loopback_names.update(name.lower() for name in found.group(2).split())
            hosts_file = hosts_file or bool(_HOSTS_FILE.search(line))
        if not hosts_file:
            self.loopback_names.clear()

    def setting(self, name: str) -> bool:
        """`name` is a setting's path the page defines."""
        return name.lower() in self.settings

    def loopback(self, name: str) -> bool:
        """`name` is one the page's hosts-file lines give a loopback address."""
        return name.lower() in self.loopback_names

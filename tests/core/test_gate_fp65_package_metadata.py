"""A maintainer's address in a Debian package's stanza (`apt show`, `dpkg -s`) and a copyright
holder's in a file's REUSE licence header are the package's and the file's public metadata, as
`pip show`'s `Author-email:` already was: warnings, not errors (issue 19, fp65). The same
fields outside their structure stay errors. Every text is scanned once."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

EMAIL = "e-mail address"

_APT_SHOW = ("```shell-session\nra@libretro:~$ apt show retroarch\nPackage: retroarch\n"
             "Version: +r202408170734~bf25bd9149-179~ubuntu24.04.1\nPriority: optional\n"
             "Section: games\nMaintainer: Libretro Team <libretro@gmail.com>\n"
             "Original-Maintainer: Debian Games Team <pkg-games-devel@lists.alioth.debian.org>\n"
             "Installed-Size: 25.2 MB\n```\n")
_REUSE = ("<!--\nSPDX-FileCopyrightText: 2023 - 2026 Catalan Lover <catalanlover@protonmail.com>\n"
          "SPDX-FileCopyrightText: 2023 - 2025 MDAD project contributors\n\n"
          "SPDX-License-Identifier: AGPL-3.0-or-later\n-->\n\n# Draupnir\n")

WARNED: dict[str, str] = {
    "apt show's maintainers (libretro)": _APT_SHOW,
    "dpkg -s's maintainer": "```\n$ dpkg -s curl\nPackage: curl\nStatus: install ok installed\n"
                            "Version: 8.5.0-2ubuntu10\nMaintainer: Ubuntu Developers "
                            "<ubuntu-devel-discuss@lists.ubuntu.com>\n```\n",
    "a changes file's Changed-By": "```\nSource: hello\nPackage: hello\nVersion: 2.10-3\n"
                                   "Changed-By: Santiago Vila <sanvila@debian.org>\n```\n",
    "a REUSE header (matrix-docker-ansible-deploy)": _REUSE,
}
"""Public metadata: warnings (each an error on main)."""

LEAKS: dict[str, str] = {
    "a maintainer line alone": "Maintainer: Jane Virtanen <jane.virtanen@gmail.com>\n",
    "a maintainer with a version but no package": "```\nVersion: 2.1\n"
                                                  "Maintainer: jane.virtanen@gmail.com\n```\n",
    "a maintainer with a package but no version": "```\nPackage: retroarch\n"
                                                  "Maintainer: jane.virtanen@gmail.com\n```\n",
    "a reporter in a stanza": _APT_SHOW.replace("Installed-Size: 25.2 MB",
                                                "Reported-By: anna.virtanen@gmail.com"),
    "a customer in a stanza's description": _APT_SHOW.replace(
        "Installed-Size: 25.2 MB", "Description: customer anna.virtanen@gmail.com"),
    "a ticket's plan and version": "Package: Gold plan\nVersion: 2\n"
                                   "Customer: anna.virtanen@gmail.com\n",
    "a stanza far above the maintainer": "Package: x\nVersion: 1.0\n" + "\n" * 12
                                         + "Maintainer: jane.virtanen@gmail.com\n",
    "a copyright line without a licence": "SPDX-FileCopyrightText: 2024 Jane Virtanen "
                                          "<jane.virtanen@gmail.com>\n",
    "a licence header far away": "SPDX-FileCopyrightText: 2024 Jane <jane.virtanen@gmail.com>\n"
                                 + "\n" * 14 + "SPDX-License-Identifier: MIT\n",
    "a contact line beside a REUSE header": _REUSE.replace(
        "SPDX-FileCopyrightText: 2023 - 2025 MDAD project contributors",
        "Contact: anna.virtanen@gmail.com"),
    "a copyright notice in prose": "Copyright 2024 Jane Virtanen <jane.virtanen@gmail.com>, "
                                   "SPDX-License-Identifier: MIT\n",
    "an address after the header": _REUSE + "\nWrite to anna.virtanen@gmail.com.\n",
    "pip show's author without its listing": "```\n$ pip show httpie\n"
                                             "Author-email: anna.virtanen@gmail.com\n```\n",
    "a German maintainer line alone": "Betreuer: Jana Müller <jana.mueller@gmx.de>\n",
    "a maintainer in a table": "| Package | Maintainer |\n| --- | --- |\n"
                               "| retroarch | jane.virtanen@gmail.com |\n",
    "a maintainer in HTML": "<p>Maintainer: <a href=\"mailto:jane.virtanen@gmail.com\">"
                            "Jane</a></p>\n",
    "a quoted ticket's maintainer": "> Maintainer: jane.virtanen@gmail.com\n",
    "front matter's maintainer": "---\nmaintainer: jane.virtanen@gmail.com\n---\n",
    "a maintainer in Japanese": "メンテナー: 山田 <yamada.taro@gmail.com>\n",
    "Uploaders alone": "Uploaders: Jane Virtanen <jane.virtanen@gmail.com>\n",
}
"""Addresses outside that structure: each must stay an error."""


@pytest.fixture(scope="module")
def findings() -> dict[str, list[tuple[str, bool]]]:
    """Every text scanned once: (kind, advisory) of each finding."""
    return {name: [(f.kind, f.advisory) for f in scan(text)]
            for name, text in {**WARNED, **LEAKS}.items()}


@pytest.mark.parametrize("name", WARNED)
def test_public_metadata_is_a_warning(findings: dict[str, list[tuple[str, bool]]],
                                      name: str) -> None:
    assert (EMAIL, True) in findings[name]
    assert [kind for kind, advisory in findings[name] if not advisory] == []


@pytest.mark.parametrize("name", LEAKS)
def test_address_outside_metadata_stays_refused(findings: dict[str, list[tuple[str, bool]]],
                                                name: str) -> None:
    assert (EMAIL, False) in findings[name]

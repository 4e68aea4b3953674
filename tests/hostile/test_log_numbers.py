"""Digits that are not phone numbers in any region (issue 19, branch fp38), in a real
`kbgen build` of a German site (its contact line German, so region DE): log timestamps,
syslog and dmesg stamps, seconds since 1970, the metadata address and a host's /32 publish,
as do a systemd invocation id and a Kubernetes pod name (not tokens);
a German or French number beside them is still refused at its file and line (found by the
Hetzner Community tutorials, bench/RESULTS.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import built_project

CONTACT = """\
company: Wolkenwerk GmbH
email: support@test.example
lines:
  - label: Hotline
    number: "+49 911 1234567"
    timezone: Europe/Berlin
    hours: {monday: "09:00-17:00"}
"""

LOG = """\
## Protokoll

```text
[08-09-2024 09:59:09] [I] Server loaded. Type 'help' for help.
2023-05-04 12:34:56 server started
Jan 12 10:20:33 web01 sshd[123]: Accepted publickey
[1683196496.123] kernel: eth0 up
[   12.345678] usb 1-1: new device
Creation Time : Fri Feb 22 17:19:37 2019
     Invocation: 0d4362e8d4fe443b82ab32bb44d415ca
cert-manager-webhook-59bbd786df-qjq8t           1/1     Running   0              13s
```

Die Zone steht unter `http://169.254.169.254/hetzner/v1/metadata/availability-zone`.

- 10.0.0.168/32          # Main IPv4 for the HOST
"""

BODY_START = 8
"""The file line of the body's first line (`article()`: 6 lines of front matter, a blank)."""


def _build(root: Path, body: str) -> tuple[int, str]:
    return built_project(root, {"content/_data/contact.yml": CONTACT,
                                "content/articles/wifi/log.md": article("Server log", body=body)},
                         "extra:\n  kb:\n    languages: [de]\n")


def test_log_stamps_and_addresses_publish_on_a_german_site(tmp_path: Path) -> None:
    code, output = _build(tmp_path, LOG)
    assert code == 0, output
    html = (tmp_path / "site/articles/wifi/log.html").read_text()
    assert "08-09-2024 09:59:09" in html and "169.254.169.254" in html


@pytest.mark.parametrize("number, line", [
    ("Rufen Sie uns an: 0221 98765432.", 1),
    ("| 2023-05-04 12:34:56 | 0151 23456789 |", 1),
    ("```\nJan 12 10:20:33 web01 notify: calling 030 12345678\n```", 2),
    ("Appelez le +33 1 23 45 67 89 (serveur 10.0.0.168/32).", 1),
])
def test_a_real_number_beside_them_is_refused(tmp_path: Path, number: str, line: int) -> None:
    code, output = _build(tmp_path, number + "\n\n" + LOG)
    assert code == 1, output
    assert f"content/articles/wifi/log.md:{BODY_START + line - 1}: error: phone number" in output
    assert output.count("error: phone number") == 1, output
    assert not (tmp_path / "site/articles/wifi/log.html").exists()


def test_a_key_shaped_like_a_pod_name_is_still_refused(tmp_path: Path) -> None:
    code, output = _build(tmp_path, "```\napi_key: web-7d9f8b6c5-x2kqz\n```\n\n" + LOG)
    assert code == 1, output
    assert f"content/articles/wifi/log.md:{BODY_START + 1}: error: password or secret" in output
    assert output.count(": error: ") == 1, output

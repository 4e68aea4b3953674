"""The leaks the last session left open, as classes (issue 19, branch leak54), each in a real
`kbgen build`: a secret past the 256th item of a list under a secret's key (YAML, JSON, TOML), a
secret under a parent key naming secrets (`secrets:` / `db:` / `value: …`, Helm, a Secret's
`stringData`, TOML and INI sections, JSON) or behind a YAML anchor or tag, a person named
without a title beside an example's value (`Janes laptop`, `de Lucía`, `der Familie Müller`),
a `your-…` stand-in that is a value (`your-sunflower-key`), a URL on 0.0.0.0 or `[::]` carrying
credentials or a customer's path, and a private chat group's invitation link. Each case is an
article and the same text copied as a file; the build names every line holding the value and
publishes nothing. Documentation's shapes of the same classes publish. The new readers work in
linear time: four times the values, at most six times the characters handed to any module's
patterns (tests/work.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.refusals import assert_body_publishes, refused_class_tests
from tests.hostile.test_many_findings import assert_modules_work_linearly

PASSWORD = "password or secret"
TOKEN = "API key or token"
ADDRESS = "internal IP address"


def _many(count: int, item: str) -> str:
    return item * count


# case: (kind, text, the mark on each line holding a value)
CASES: dict[str, tuple[str, str, str | tuple[str, ...]]] = {
    "list-past-256": (
        PASSWORD, "```yaml\npasswords:\n" + _many(256, "  - changeme\n")
        + "  - Kq8vTz2mWx9p\n```\n\n"
        "```yaml\napi_tokens:\n" + _many(300, "  - changeme\n    # rotated yearly\n")
        + "  - Zr7wQm3xPb5n\n```\n", ("Kq8v", "Zr7w")),
    "bracketed-list-past-256": (
        PASSWORD, '```json\n{"db_passwords": [\n' + _many(300, '  "changeme",\n')
        + '  "Kq8vTz2mWx9p"\n]}\n```\n\n```toml\napi_keys = [\n' + _many(300, '  "changeme",\n')
        + '  "Zr7wQm3xPb5n",\n]\n```\n', ("Kq8v", "Zr7w")),
    "parents": (
        PASSWORD, "```yaml\nsecrets:\n  - name: db\n    value: Kq8vTz2mWx9p\n```\n\n"
        "```yaml\nsecrets:\n  database:\n    main: Kq8vTz2mWx9p\n```\n\n"
        "```yaml\nkind: Secret\nstringData:\n  db: Kq8vTz2mWx9p\n```\n\n"
        '```toml\n[secrets]\ndb = "Kq8vTz2mWx9p"\n```\n\n'
        "```ini\n[passwords]\nadmin = Kq8vTz2mWx9p\n```\n\n"
        '```json\n{"secrets": {"db": {"value": "Kq8vTz2mWx9p"}}}\n```\n\n'
        "```yaml\nsecrets: {db: Kq8vTz2mWx9p}\n```\n\n"
        "```yaml\nsecrets:\n  db: |\n    Kq8vTz2mWx9p\n```\n\n"
        "```properties\nsecrets.db=Kq8vTz2mWx9p\n```\n\n"
        "Run `helm install app ./chart --set secrets.db=Kq8vTz2mWx9p`.\n", "Kq8v"),
    "anchors-and-tags": (
        PASSWORD, "```yaml\npassword: &pw Kq8vTz2mWx9p\nother: *pw\n```\n\n"
        "```yaml\ncreds: &creds\n  main: Kq8vTz2mWx9p\nprod:\n  <<: *creds\n```\n\n"
        "```yaml\npassword: !!str Kq8vTz2mWx9p\n```\n\n"
        "```yaml\npasswords: &pws\n  - Kq8vTz2mWx9p\n```\n", "Kq8v"),
    "persons-without-title": (
        ADDRESS, "For example, Janes laptop has the address 192.168.1.50.\n\n"
        "For example, the laptop of Jane Doe has the address 192.168.1.50.\n\n"
        "Por ejemplo, el router de la familia López tiene la dirección 192.168.1.50.\n\n"
        "Por ejemplo, el portátil de Lucía tiene la dirección 192.168.1.50.\n\n"
        "Zum Beispiel hat der Router der Familie Müller die Adresse 192.168.1.50.\n\n"
        "Par exemple, l'ordinateur de Marie Dupont est à 192.168.1.50.\n\n"
        "Bijvoorbeeld: de laptop van Jan de Vries heeft 192.168.1.50.\n", "192.168"),
    "your-values": (
        PASSWORD, "```\nAPI_KEY=your-sunflower-key\nDB_PASSWORD=your-sunflower-2024\n"
        "SMTP_PASSWORD=yourSunflowerGarden\n```\n\npassword: your_tiger_piano_river\n\n"
        '```json\n{"token": "your-mango-orchard-token"}\n```\n',
        ("your-sun", "yourSun", "your_tiger", "your-mango")),
    "any-addresses": (
        ADDRESS, "Open http://admin:hunter2@0.0.0.0:8080/dashboard to check.\n\n"
        "The report is at http://0.0.0.0:8080/customers/acme-corp/invoices/2024-117.pdf\n\n"
        "See http://[::]:3000/clients/jane-doe/files for the upload.\n\n"
        "Rechnung: http://0:8080/kunden/mueller/rechnungen\n", ("0.0.0.0", "[::]", "//0:")),
    "chat-invites": (
        TOKEN, "Join our family group: https://signal.group/#CjQKIE2vXq8Kd7mTz3Lw2PdRk9sN1bYc4H"
        "fGjU6oA5eWxiEhEhDp1rV8Kq3mZz0tY7uW2nBc\n\n"
        "The team chat is https://chat.whatsapp.com/FnQjXbYzKpLmNoPqRsTuVw\n\n"
        "Our support staff group: https://t.me/+Zq4wKq8vTzxmRbNp\n\n"
        "Open tg://join?invite=Zq4wKq8vTzxmRbNpLs on your phone.\n\n"
        "Family: https://invite.viber.com/?g2=AQBkZjJHfKLmNoPqRsT\n",
        ("signal.group", "whatsapp", "t.me", "tg://", "viber")),
}

DOCUMENTATION = """\
Compose reads its secrets from files:

```yaml
secrets:
  db_password:
    file: ./db_password.txt
  api_key:
    external: true
  token:
    environment: TOKEN_VAR
```

```yaml
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: db-credentials
        key: password
secrets:
  database:
    main: changeme
    other: ${DB_PASSWORD}
    fourth: <your-password>
http:
  api_password: !secret http_password
base: &creds
  user: admin
prod:
  <<: *creds
  password: *pw
tokenizer:
  kind: whitespace
```

```toml
[secrets]
provider = "vault"
```

```
API_KEY=your-api-key
OPENAI_API_KEY=your-openai-api-key
SECRET_KEY=your-very-long-random-secret-string
JWT_SECRET=your-generated-jwt-secret
SMTP_PASSWORD=your-gmail-app-password
RELAY_SECRET=your-existing-relay-secret
```

Keep the relay secret you made for the existing relay.

The server listens on http://0.0.0.0:8080 by default; open http://0.0.0.0:8080/admin or
http://[::]:80/ and call http://0.0.0.0:8000/users/{id} or http://0.0.0.0:8000/users/me.
Open https://your-domain.com/admin when it runs.

Join our community on WhatsApp: https://chat.whatsapp.com/FnQjXbYzKpLmNoPqRsTuVw

For example, the laptop has the address 192.168.1.50. The settings of Firefox and the router
of Home Assistant are explained below.
"""
"""Documentation's shapes of the same classes: Compose's secret files, references, aliases,
placeholders and variables under a secret's key, a custom tag, `your-…` stand-ins describing
their value or the page's own things, servers listening on any address, a community's public
invitation, an example without a person."""


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("leak54", CASES)


def test_documentation_of_the_same_shapes_publishes(tmp_path: Path) -> None:
    assert_body_publishes(tmp_path, DOCUMENTATION)


_LETTERS = str.maketrans("0123456789", "bcdfghjkmn")

# shape: the text holding `count` values (the last always a finding)
MANY: dict[str, Callable[[int], str]] = {
    "a list's items under one key": lambda n: (
        "```yaml\npasswords:\n" + _many(n, "  - changeme\n") + "  - Kq8vTz2mWx9p\n```\n"),
    "list items each setting a secret's key": lambda n: (
        "```yaml\n" + "".join(f"- API_TOKEN_{i:04d}=\n- Kq{i:04d}vTz2m\n" for i in range(n))
        + "```\n"),
    "a bracketed list's lines": lambda n: (
        '```json\n{"tokens": [\n' + _many(n, '  "changeme",\n') + '  "Kq8vTz2mWx9p"\n]}\n```\n'),
    "secrets under nested parents": lambda n: (
        "```yaml\nsecrets:\n" + "".join(f"  db{i}:\n    value: Kq{i:04d}vTz2m\n"
                                       for i in range(n)) + "```\n"),
    "your-values on one line": lambda n: "For example, " + " ".join(
        f"password=your-sunflower-{i:04d}" for i in range(n)) + "\n",
    "URLs on any address on one line": lambda n: " ".join(
        f"http://0.0.0.0:80/customers/acme{i:04d}/x" for i in range(n)) + "\n",
    "chat invitations on one line": lambda n: " ".join(  # letters only, as WhatsApp's may be
        "https://chat.whatsapp.com/FnQjXbYzKpLmNoPq" + f"{i:04d}".translate(_LETTERS)
        for i in range(n)) + "\n",
}


@pytest.mark.parametrize("shape", MANY)
def test_the_new_readers_work_in_linear_time(monkeypatch: pytest.MonkeyPatch,
                                             shape: str) -> None:
    assert_modules_work_linearly(monkeypatch, shape, MANY[shape])

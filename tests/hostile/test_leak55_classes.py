"""The leaks left open last session, as classes (issue 19, branch leak55), each in a real
`kbgen build`: an example's marker (`e.g.`) on a private address its clause or heading places
(the payroll server, a token for it in the vault, the admin password on the gateway, a
customer's ticket); a password key two or more rows above its values, and an HTML table's first
row as its heading when it has no `<th>`; a person named by a surname with a role or by a full
name outside the first-name list, and a Secret named after a person; a one-line text (an
article's one line, a front matter value, a copied file of one line) read by every rule. Each
case is an article and the same text copied as a file; the build names every line holding the
value and publishes nothing. The reader's own examples (`Geben Sie Ihren internen Server an,
zum Beispiel 10.0.0.5.`, `Use a private address, e.g. 10.0.0.5.`) and documentation of the same
shapes publish. The readings stay linear (tests/work.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import scan
from tests.conftest import article
from tests.hostile.refusals import (
    assert_body_publishes,
    assert_refused_at,
    built_project,
    refused_class_tests,
)
from tests.hostile.test_many_findings import assert_modules_work_linearly

PASSWORD = "password or secret"
ADDRESS = "internal IP address"

# case: (kind, text, the mark on each line holding a value)
CASES: dict[str, tuple[str, str, str | tuple[str, ...]]] = {
    "placed-examples": (
        ADDRESS, "Run the test command (e.g., `ping 10.20.30.40`) against the payroll server.\n\n"
        "Lancez le test (p. ex. `ping 10.20.30.40`) contre le serveur de paie.\n\n"
        "Run it again (e.g., `ping 10.20.30.40`); the token for it is in the vault.\n\n"
        "The admin password works on the gateway (e.g. 10.20.30.40).\n\n"
        "La contraseña de administrador funciona en la puerta de enlace (por ejemplo, "
        "10.20.30.40).\n\n"
        "<p>Run the test (e.g., <code>ping 10.20.30.40</code>) against the payroll server.</p>\n"
        "\n## Ticket 4821 from the customer\n\nConnect to the host (e.g., "
        "`ssh root@10.20.30.40`).\n", "10.20.30.40"),
    "keys-rows-above": (
        PASSWORD, "| Setting | Value |\n|---|---|\n| Passwords | |\n| | |\n| | Kq8vZr7wXp2m |\n"
        "| | Kq8vZr7wXp2m, Tn4bYc9dLs3q |\n\n"
        "<table>\n<tr><td>Mots de passe</td><td></td></tr>\n<tr><td></td><td></td></tr>\n"
        "<tr><td></td><td>Kq8vZr7wXp2m</td></tr>\n</table>\n\n"
        "<table>\n<tr><td>Name</td><td>Password</td></tr>\n"
        "<tr><td>admin</td><td>Kq8vZr7wXp2m</td></tr>\n</table>\n", "Kq8v"),
    "people-unlisted": (
        ADDRESS, "For example, Wanjiru Kamau uses 192.168.1.23 at home.\n\n"
        "Zum Beispiel nutzt Yusuf Okonkwo zu Hause 192.168.1.23.\n\n"
        "Buchhalter Okonkwo nutzt zum Beispiel 192.168.1.23.\n\n"
        "Par exemple, la comptable Diallo se connecte depuis 192.168.1.23.\n\n"
        "Por ejemplo, la contable Mwangi usa la impresora 192.168.1.23.\n", "192.168.1.23"),
    "secrets-named-after-people": (
        PASSWORD, "```yaml\nvolumes:\n  - name: db\n    secret:\n"
        "      secretName: jane-database-password\n```\n\n"
        "```yaml\npostgresql:\n  auth:\n    existingSecret: maria-garcia-db\n```\n\n"
        "```\nkubectl create secret generic lucia-vpn-key --from-file=key=./vpn.key\n```\n\n"
        "Run `docker secret create pedro-smtp-password ./smtp.txt` on the manager.\n\n"
        "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: sofia-ldap-bind\n"
        "type: Opaque\n```\n",
        ("jane-database", "maria-garcia", "lucia-vpn", "pedro-smtp", "sofia-ldap")),
}

DOCUMENTATION = """# Addresses

Geben Sie Ihren internen Server an, zum Beispiel 10.0.0.5.

Use a private address, e.g. 10.0.0.5.

Indiquez votre serveur interne, par exemple 10.0.0.5.

Run the test command (e.g., `ping 10.0.0.100`) from your client device.

Enter your payroll server's address, e.g. 10.0.0.7.

An accountant role has no access to the router settings, for example 192.168.1.1.

| Setting | Value |
|---|---|
| Passwords | |
| | |
| | Required: at least 12 characters |
| Users | |
| | admin |

<table>
<tr><td>Name</td><td>Password</td></tr>
<tr><td>admin</td><td>&lt;your password&gt;</td></tr>
</table>

```yaml
secretName: authelia-secrets
existingSecret: app-secrets-2
```

Run `kubectl create secret generic smtp-password --from-literal=password=<your password>`.

```yaml
apiVersion: v1
kind: Secret
metadata:
  name: smtp-credentials
  namespace: mail
```
"""


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("leak55", CASES)


def test_documentation_of_the_same_shapes_publishes(tmp_path: Path) -> None:
    assert_body_publishes(tmp_path, DOCUMENTATION)


ONE_LINE = "helm install app chart --set secrets.db=Kq8vZr7wXp2m"


def test_a_one_line_text_gets_every_rule_wherever_it_reaches_the_gate(tmp_path: Path) -> None:
    """The same `--set secrets.db=…` a longer article's line holds is refused as a front
    matter value, as an article of one line and as a copied file of one line."""
    code, output = built_project(tmp_path, {
        "content/articles/wifi/described.md": article(
            "Described", extra=f"description: '{ONE_LINE}'\n", body="It fails.\n"),
        "content/articles/wifi/one-line.md": article("One line", body=ONE_LINE),
        "content/files/one-line.txt": ONE_LINE})
    assert_refused_at(code, output, PASSWORD, [("content/articles/wifi/described.md", 6),
                                               ("content/articles/wifi/one-line.md", 8),
                                               ("content/files/one-line.txt", 1)])


@pytest.mark.parametrize("text", [
    ONE_LINE, "secrets: {db: Kq8vZr7wXp2m}", "secrets.smtp=Tn4bYc9dLs3q",
    # a decoded part read again on its own: `=` at its end is a quoted-printable soft break
    "Public key: 2lI3F+fDUWh58g5oRN+y7lPHpNcEVWhiDv/wr1/jiF8= private key: "
    "kndklnsakldvnsld+XeRF4CLr/lcNF+DSdkd/t0nZHDqmE="])
def test_a_one_line_text_is_read_as_the_same_line_inside_a_longer_text(text: str) -> None:
    """Every rule reads a text of one line (no line end), as it reads that line in a longer
    text; the rules that read a part of it again on its own end."""
    longer = [(finding.kind, finding.excerpt) for finding in scan(f"{text}\n\nMore text.\n")]
    assert longer and [(finding.kind, finding.excerpt) for finding in scan(text)] == longer


# shape: the text holding `count` values (the last always a finding)
MANY = {
    "placed examples on one line": lambda n: " ".join(
        f"Run it (e.g., `ping 10.20.{i // 250}.{i % 250 + 1}`) against the payroll server."
        for i in range(n)) + "\n",
    "a key row over many value rows": lambda n: "| Setting | Value |\n|---|---|\n| Passwords | |\n"
        + "".join(f"| | Kq{i:05d}Tz2mWx |\n" for i in range(n)),
    "people with roles on one line": lambda n: " ".join(
        f"Buchhalter Okonkwo nutzt zum Beispiel 192.168.{i // 250}.{i % 250 + 1}."
        for i in range(n)) + "\n",
    "Secrets named after people on one line": lambda n: " ".join(
        f"kubectl get secret jane-db-{i} -o yaml;" for i in range(n)) + "\n",
}


@pytest.mark.parametrize("shape", MANY)
def test_the_new_readings_work_in_linear_time(monkeypatch: pytest.MonkeyPatch,
                                              shape: str) -> None:
    assert_modules_work_linearly(monkeypatch, shape, MANY[shape])

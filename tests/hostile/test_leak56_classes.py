"""The leaks rev55 and leak55 left open, closed as classes (issue 19, branch leak56), each in a
real `kbgen build`: the reader's own or a kind of thing that still names a department (`your
payroll server, e.g.`, `a payroll host, e.g.`, `Ihren Lohnbuchhaltungsserver`) or stands under
a heading naming one (`## Payroll servers`); a router's front page at a branch of the company
named by its place (`at the Nairobi branch`) or opened as a surname asked (`as Mwangi asked`);
a Secret named after a person glued into one word (`janedoe-vpn`), a Compose file's `secrets:`
named after a person, a Vault path naming one (`secret/users/okonkwo/vpn`); a value a Vault
write stores under any key (`value=`, `token=`); people outside the first names' list named
by a capitalised or plural role (`Accountant Okonkwo`, `CFO Okonkwo`, `accountants Okonkwo and
Mwangi`) or with `their`, `ihrem`, `sa`. Each case is an article and the same text copied as a
file; the build names every line holding the value and publishes nothing. Documentation of the
same shapes publishes (`your NAS`, `your mail server`, `Teacher Portal`, `CIO Dashboard`, the
`Develop` branch, `mariadb-credentials`, Vault's `foo=world`, `@file` and `$TOKEN`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.refusals import assert_body_publishes, refused_class_tests
from tests.hostile.test_many_findings import assert_modules_work_linearly

PASSWORD = "password or secret"
ADDRESS = "internal IP address"

# case: (kind, text, the mark on each line holding a value)
CASES: dict[str, tuple[str, str, str | tuple[str, ...]]] = {
    "departments-in-the-readers-own": (
        ADDRESS, "Enter your payroll server, e.g. 10.20.30.40.\n\n"
        "Enter your company's payroll server address, e.g. 10.20.30.40.\n\n"
        "Use a payroll host, e.g. 10.20.30.40.\n\n"
        "| Field | Example |\n|---|---|\n| A payroll server | e.g. 10.20.30.40 |\n\n"
        "- Your HR server: for example 10.20.30.40\n\n"
        "Geben Sie Ihren Lohnbuchhaltungsserver an, zum Beispiel 10.20.30.40.\n\n"
        "Inserisci il tuo server paghe, ad esempio 10.20.30.40.\n\n"
        "<p>Use a payroll host, e.g. <code>10.20.30.40</code>.</p>\n\n"
        "## Payroll servers\n\nEnter your internal server, e.g. 10.20.30.40.\n\n"
        "- Enter your server, e.g. 10.20.30.40\n", "10.20.30.40"),
    "company-places-and-surnames-on-front-pages": (
        ADDRESS, "At the Nairobi branch, open http://192.168.1.77 in a browser for the web "
        "interface.\n\n"
        "Open http://192.168.1.77 in a browser for the web interface\n"
        "of the router at the branch in Mombasa.\n\n"
        "- The Leeds plant: open http://192.168.1.77 in a browser (web interface)\n\n"
        "Open http://192.168.1.77 in a browser for the web interface, as Mwangi asked.\n",
        "192.168.1.77"),
    "secrets-named-after-people-glued-compose-vault": (
        PASSWORD, "```yaml\nsecretName: janedoe-vpn\n```\n\n"
        "```\nkubectl create secret generic luciagarcia-smtp --from-file=key\n```\n\n"
        "```yaml\nsecrets:\n  jane_db_password:\n    file: ./jane_db_password.txt\n```\n\n"
        "```yaml\nservices:\n  db:\n    secrets:\n      - source: maria_db_password\n"
        "        target: db_password\n```\n\n"
        "```\nvault kv get secret/users/okonkwo/vpn\n```\n\n"
        "Read it with `vault kv get -mount=secret users/jane-doe/vpn`.\n",
        ("janedoe-vpn", "luciagarcia", "jane_db_password:", "maria_db", "okonkwo", "jane-doe")),
    "values-a-vault-write-stores": (
        PASSWORD, "```\nvault write secret/payroll value=Kq8vZr7wXp2m\n```\n\n"
        "```\nvault kv put secret/ci token=s.Kq8vZr7wXp2mAb12\n```\n\n"
        "```\nvault kv patch -mount=secret app data=\"Tn4bW9qLx2Rv\"\n```\n",
        ("Kq8vZr7wXp2m", "Tn4bW9qLx2Rv")),
    "people-outside-the-list": (
        ADDRESS, "For example, Accountant Okonkwo connects from 192.168.1.23.\n\n"
        "For example, CFO Okonkwo connects from 192.168.1.23.\n\n"
        "For example, accountants Okonkwo and Mwangi connect from 192.168.1.23.\n\n"
        "For example, Wanjiru Kamau connects from 192.168.1.23 on their laptop.\n\n"
        "Zum Beispiel verbindet sich Wanjiru Kamau mit ihrem Laptop über 192.168.1.23.\n\n"
        "Par exemple, Wanjiru Kamau se connecte depuis 192.168.1.23 avec sa tablette.\n",
        "192.168.1.23"),
}

DOCUMENTATION = """# Set-up

Enter your NAS address, e.g. 10.0.0.5.

Enter your mail server, for example 10.0.0.5.

Use a private address, e.g. 10.0.0.5, for the test network.

For example, Teacher Portal users connect from 10.0.0.5.

For example, the CIO Dashboard reads 10.0.0.5.

Check out the Develop branch, then open http://192.168.1.1 in a browser for the web interface.

Open http://192.168.1.1 in a browser for the web interface, as the manual said.

```yaml
secretName: mariadb-credentials
secrets:
  db_password:
    file: ./db_password.txt
services:
  db:
    secrets:
      - db_password
```

```
vault kv get secret/users/admin
vault kv put secret/hello foo=world
vault kv put secret/app key=@key.pem token=$TOKEN
vault write pki/roles/example-dot-com allowed_domains=example.com max_ttl=72h
```
"""


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("leak56", CASES)


def test_documentation_of_the_same_shapes_publishes(tmp_path: Path) -> None:
    assert_body_publishes(tmp_path, DOCUMENTATION)


# shape: the text holding `count` values (the last always a finding)
MANY = {
    "Compose secrets": lambda n: "".join(
        f"secrets:\n  db_{i}:\n    file: ./db_{i}.txt\n" for i in range(n - 1))
        + "secrets:\n  jane_db:\n",
    "Vault writes": lambda n: "vault kv put secret/app " + " ".join(
        f"k{i}=@f{i}" for i in range(n - 1)) + " value=Kq8vZr7wXp2m\n",
    "plural roles": lambda n: "".join(
        f"For example, colleagues {'Ab' * (i % 5 + 2)} connect.\n" for i in range(n - 1))
        + "For example, accountants Okonkwo and Mwangi connect from 192.168.1.23.\n",
}


@pytest.mark.parametrize("shape", MANY)
def test_the_new_readings_work_in_linear_time(monkeypatch: pytest.MonkeyPatch,
                                              shape: str) -> None:
    assert_modules_work_linearly(monkeypatch, shape, MANY[shape])

"""This session's accepting rules attacked as a hostile author would (issue 19, branch rev55),
each class in a real `kbgen build`: the reader's own (`your internal server`) in a sentence that
still places the value (`which is the payroll server`); a router's front page in a sentence
wrapped onto the next line, opened by a third person (`in his browser`) or a place of business
(`the clinic's router`, `du cabinet Diallo`); a Secret named after a person under a reference
(`secretKeyRef:`, `imagePullSecrets:`), a `--secret` or `--set …existingSecret=` flag,
kubectl's `--namespace` or `secret/NAME`, or as a SealedSecret or ExternalSecret; a role and a
surname set off by commas or brackets (`the accountant, Okonkwo,`). Each case is an article and
the same text copied as a file; the build names every line holding the value and publishes
nothing. Documentation of the same shapes publishes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.refusals import assert_body_publishes, refused_class_tests
from tests.hostile.test_many_findings import assert_modules_work_linearly

PASSWORD = "password or secret"
ADDRESS = "internal IP address"

# case: (kind, text, the mark on each line holding a value)
CASES: dict[str, tuple[str, str, str | tuple[str, ...]]] = {
    "readers-own-placed": (
        ADDRESS, "Enter your internal server, e.g. 10.20.30.40, which is the payroll server.\n\n"
        "Settings:\n\n- Your internal server, e.g. 10.20.30.40 — the payroll box\n\n"
        "Enter your server, e.g. 10.20.30.40 on payroll.\n", "10.20.30.40"),
    "someones-front-pages": (
        ADDRESS, "Open http://192.168.1.20 in a browser for the web interface\n"
        "of the payroll NAS in the Leeds office\n\n"
        "He opened http://192.168.1.20 in his browser to reach the web interface.\n\n"
        "Open the clinic's router web interface at http://192.168.1.20 in the browser.\n\n"
        "Open the warehouse router's web interface at http://192.168.1.20 in a browser.\n\n"
        "Ouvrez http://192.168.1.20 dans le navigateur : l'interface web du cabinet Diallo.\n\n"
        "Open http://192.168.1.20 in your browser to reach the payroll web interface.\n",
        "192.168.1.20"),
    "secrets-named-after-people-elsewhere": (
        PASSWORD, "```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n"
        "        name: jane-database-password\n        key: password\n```\n\n"
        "```yaml\nenvFrom:\n  - secretRef:\n      name: lucia-smtp-credentials\n```\n\n"
        "```yaml\nimagePullSecrets:\n  - name: maria-registry-login\n```\n\n"
        "```\ndocker service create --name db --secret pedro-db-password postgres\n```\n\n"
        "```\nkubectl --namespace hr create secret generic sofia-vpn --from-file=key\n```\n\n"
        "```\nkubectl get secret/carlos-vpn -o yaml\n```\n\n"
        "```\nhelm install db bitnami/postgresql --set auth.existingSecret=elena-db\n```\n\n"
        "```yaml\nkind: SealedSecret\nmetadata:\n  name: javier-ldap-bind\n```\n\n"
        "```yaml\nkind: ExternalSecret\nmetadata:\n  name: giulia-smtp\n```\n",
        ("jane-database", "lucia-smtp", "maria-registry", "pedro-db", "sofia-vpn", "carlos-vpn",
         "elena-db", "javier-ldap", "giulia-smtp")),
    "roles-set-off": (
        ADDRESS, "For example, the accountant, Okonkwo, connects from 192.168.1.23.\n\n"
        "For example, the accountant (Okonkwo) connects from 192.168.1.23.\n", "192.168.1.23"),
}

DOCUMENTATION = """# Set-up

Enter your internal server, e.g. 10.0.0.5.

Use a private address, e.g. 10.0.0.5, for the test network.

Open http://192.168.1.1 in your browser to reach the router's web interface.

Open http://192.168.1.1 in a browser for the web interface
of your router.

Anyone on the network, for example an accountant, can open http://192.168.1.1 in a browser.

```yaml
env:
  - name: SMTP_PASSWORD
    valueFrom:
      secretKeyRef:
        name: smtp-credentials
        key: password
imagePullSecrets:
  - name: registry-login
```

```
docker service create --name db --secret db_password postgres
kubectl --namespace mail get secret/smtp-credentials -o yaml
helm install db bitnami/postgresql --set auth.existingSecret=postgres-auth
```

```yaml
kind: SealedSecret
metadata:
  name: smtp-credentials
```
"""


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("rev55", CASES)


def test_documentation_of_the_same_shapes_publishes(tmp_path: Path) -> None:
    assert_body_publishes(tmp_path, DOCUMENTATION)


# shape: the text holding `count` values (the last always a finding)
MANY = {
    "wrapped front pages": lambda n: "".join(
        f"Open http://192.168.1.{i % 250 + 1} in a browser for the web interface\n"
        for i in range(n - 1)) + "Open http://192.168.1.20 in a browser for the web interface\n"
        "of the payroll NAS\n",
    "Secret references": lambda n: "".join(
        f"- secretRef:\n    name: jane-db-{i}\n" for i in range(n)),
}


@pytest.mark.parametrize("shape", MANY)
def test_the_new_readings_work_in_linear_time(monkeypatch: pytest.MonkeyPatch,
                                              shape: str) -> None:
    assert_modules_work_linearly(monkeypatch, shape, MANY[shape])

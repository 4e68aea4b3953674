"""The leaks the last review found and nobody fixed, as classes (issue 19, branch leak53), each
in a real `kbgen build`: every item of a list of secrets (a YAML block list past its first
item, JSON, TOML, INI and `.env` lists, tuples), a secret given as `value` beside its
setting's `name` (Kubernetes' `env:`, ECS's JSON, Terraform), credential names with a suffix
(`DB_PASSWORD_RAW`, `_OLD`, `_1`, `SECRET_KEY`), a person named by title in the six languages
the gate reads, a secret written as a Kubernetes Secret's name, a secret a shell sets without
`=` (fish, csh, `setx`, PowerShell) and a log line naming a person after its timestamp. Each
case is an article and the same text copied as a file; the build names every line holding the
value and publishes nothing. The same shapes as documentation writes them publish."""

from __future__ import annotations

from pathlib import Path

from tests.hostile.refusals import assert_body_publishes, refused_class_tests

PASSWORD = "password or secret"
TOKEN = "API key or token"
ADDRESS = "internal IP address"
EMAIL = "e-mail address"

# case: (kind, text, the mark on each line holding a value)
CASES: dict[str, tuple[str, str, str]] = {
    "second-secret-name": (
        PASSWORD, "```yaml\nsecretNames:\n  - registry-creds\n  - Kq8vTz2mWx9pLs\n```\n",
        "Kq8vTz2mWx9pLs"),
    "third-password": (
        PASSWORD, "```yaml\npasswords:\n  - changeme\n  - Zr7wQm3xPb5n\n  - Kq8vTz2mWx9p\n```\n",
        ("Zr7w", "Kq8v")),
    "json-list": (
        PASSWORD, '```json\n{"passwords": ["changeme", "Kq8vTz2mWx9p"]}\n```\n', "Kq8v"),
    "json-lines": (
        PASSWORD, '```json\n{\n  "db_passwords": [\n    "changeme",\n    "Kq8vTz2mWx9p"\n'
        "  ]\n}\n```\n", "Kq8v"),
    "toml-ini-env": (
        PASSWORD, '```toml\napi_keys = ["changeme", "Zr7wQm3xPb5n"]\n```\n\n'
        "```ini\npasswords = changeme, Zr7wQm3xPb5n\n```\n\n"
        "```\nAPI_KEYS=changeme,Zr7wQm3xPb5n\n```\n", "Zr7w"),
    "tuples-semicolons": (
        PASSWORD, '```python\nPASSWORDS = ("changeme", "Kq8vTz2mWx9p")\n```\n\n'
        "```\nDB_PASSWORDS=changeme;Kq8vTz2mWx9p\n```\n", "Kq8v"),
    "named-values": (
        PASSWORD, "```yaml\nenv:\n  - name: DB_PASSWORD\n    value: Kq8vTz2mWx9p\n```\n\n"
        '```json\n{"name": "DB_PASSWORD", "value": "Kq8vTz2mWx9p"}\n```\n\n'
        '```hcl\nenv {\n  name  = "DB_PASSWORD"\n  value = "Kq8vTz2mWx9p"\n}\n```\n', "Kq8v"),
    "suffixes": (
        PASSWORD, "```\nDB_PASSWORD_RAW: Zq4wKq8vTz2m\nSMTP_PASSWORD_PLAIN=Zq4wKq8vTz2m\n"
        "db_password_old: Zq4wKq8vTz2m\nexport DB_PASSWORD_1=Zq4wKq8vTz2m\n"
        "SECRET_KEY=Zq4wKq8vTz2m\n```\n\n| Setting | Value |\n|---|---|\n"
        "| ADMIN_PASS_NEW | Zq4wKq8vTz2m |\n", "Zq4w"),
    "token-suffix": (TOKEN, 'export API_TOKEN_B64="Zr7wQm3xPb5nKq8v"\n', "Zr7w"),
    "titles-addresses": (
        ADDRESS, "Zum Beispiel hat der Rechner von Frau Müller die Adresse 192.168.1.50.\n\n"
        "Par exemple, le poste de Mme Dupont est à 192.168.1.50.\n\n"
        "Bijvoorbeeld: de computer van mevrouw De Vries heeft 192.168.1.50.\n\n"
        "Ad esempio, il PC della sig.ra Rossi ha 192.168.1.50.\n", "192.168"),
    "secret-names": (
        PASSWORD, "```yaml\nspec:\n  tls:\n    secretName: hunter2-prod-password\n"
        "---\nsecretName: Kq8vNz3Lw2Pd\n---\nexistingSecret: sunflower2024\n"
        "---\nsecretName: tiger-piano-river-42\n```\n",
        ("hunter2", "Kq8v", "sunflower", "tiger")),
    "shells": (
        PASSWORD, "```fish\nset -x DB_PASSWORD Kq8vTz2mWx9p\n```\n\n"
        "```csh\nsetenv DB_PASSWORD Kq8vTz2mWx9p\n```\n\n"
        '```bat\nsetx DB_PASSWORD "Kq8vTz2mWx9p" /M\n```\n\n'
        '```powershell\n[Environment]::SetEnvironmentVariable("DB_PASSWORD", "Kq8vTz2mWx9p",'
        ' "User")\nSet-Item -Path Env:DB_PASSWORD -Value "Kq8vTz2mWx9p"\n```\n', "Kq8v"),
    "program-calls": (
        PASSWORD, '```go\nos.Setenv("DB_PASSWORD", "Kq8vTz2mWx9p")\n```\n\n'
        '```rust\nstd::env::set_var("DB_PASSWORD", "Kq8vTz2mWx9p");\n```\n\n'
        '```java\nSystem.setProperty("db.password", "Kq8vTz2mWx9p");\n```\n\n'
        "```bat\nreg add HKCU\\Environment /v DB_PASSWORD /d Kq8vTz2mWx9p\n```\n\n"
        "`gh secret set DB_PASSWORD --body Kq8vTz2mWx9p`\n", "Kq8v"),
    "shell-token": (TOKEN, "Run `set -gx API_TOKEN Zr7wQm3xPb5nKq8v` once.\n", "Zr7w"),
    "logs": (
        ADDRESS, "The daemon will log the following:\n\n"
        "```\n2024-01-02 10:00:01 Jane Doe logged in from 192.168.1.50\n```\n\n"
        "```log\n[2024-01-02 10:00:01] Hans Müller hat sich von 192.168.1.51 angemeldet\n"
        "Jan  2 10:00:01 host sshd[123]: Accepted password for jane.doe from 10.1.2.3 port 22\n"
        "```\n", ("192.168", "10.1.2.3")),
}

DOCUMENTATION = """\
Traefik reads the Secrets it names:

```yaml
secretNames:
  - secret-ca1
  - registry-creds
secretName: authelia-secrets
existingSecret: app-secrets-2
```

```python
keys = ["id", "title", "createdAt"]
tokens = ["hello", "world"]
```

```yaml
DB_PASSWORD_FILE: /run/secrets/db_password
passwords: [changeme, admin]
```

```fish
set -x EDITOR vim
set -gx DB_PASSWORD (pass show db)
```

```go
os.Setenv("DB_PASSWORD", os.Getenv("VAULT_DB_PASSWORD"))
config.Set("password_min_length", "12")
```

```powershell
$env:DB_PASSWORD = $Password
```

```yaml
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: db-credentials
        key: password
  - name: DB_USER
    value: app
  - name: API_TOKEN
    value: ${API_TOKEN}
```

The daemon will log the following:

```
2024-01-02 10:00:01 Admin logged in from 192.168.1.50
2024-01-02 10:00:01 Session Started for root from 192.168.1.50
```

Otherwise you will miss Updates.
"""
"""Documentation's shapes of the same classes: Secret objects' names, code's lists, a file's
setting, placeholders, a variable, a log of a role's session, a capitalised word after `miss`."""


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("leak53", CASES)


def test_documentation_of_the_same_shapes_publishes(tmp_path: Path) -> None:
    assert_body_publishes(tmp_path, DOCUMENTATION)

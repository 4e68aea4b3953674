"""Issue 19 (fp50): values NetBird's, Kanboard's and Traefik's docs show pass where the text says
what they are: base64 of a placeholder, an address an examples table tests against its own
row's rule, a commit id labelled `SHA:`, the program a secret's variable is piped into, a
database URL's password the same Compose file sets, a file's path with JSON's escaped slashes,
a default `admin/admin` pair, a `urn:k8s:` reference of another shape, the reader's router.
The same shapes placed with someone, or with a value the gate would catch written out, stay
findings (more hostile twins are rows `(fp50)` of bench/gatecorpus/hostile.yml, checked by
test_gate_precision)."""

from __future__ import annotations

import pytest

from kbgen.core import default_pairs
from kbgen.core.examples import Acceptance
from kbgen.core.privacy import (
    commit_ids,
    compose_databases,
    encoded_placeholders,
    example_tables,
    json_escapes,
    k8s_references,
    piped_commands,
    readers_devices,
    scan,
)

# As Traefik's oauth2-token-introspection.md and ratelimit.md, and NetBird's
# reverse-proxy/authentication.mdx write them.
BASIC = ("```yaml\nheaders:\n  Authorization: Basic ZXhhbXBsZTpleGFtcGxl"
         ' # echo -n "$CLIENT_ID:$CLIENT_SECRET" | base64\n```\n')
STORED = ('```yaml\ndata:\n  password: c2VjdXJlLXBhc3N3b3Jk'
          '  # base64 encoded "secure-password"\n```\n')
TABLE = ("**Examples:**\n\n| Config | Client IP | Result | Reason |\n|---|---|---|---|\n"
         "| Allow `10.0.0.0/8` + CrowdSec enforce | `10.1.2.3` (CrowdSec banned) | Denied"
         " | ban |\n| Block `10.1.0.0/16` + CrowdSec enforce | `10.1.2.3` (CrowdSec banned)"
         " | Denied | cidr |\n")
# As Traefik's contributing/building-testing.md writes it.
SHA = "8fddfe118288bb5280eb5e77fa952f52def360b4"
BUILD = (f"```bash\n$ make binary\nSHA: {SHA} cheddar 2024-01-11_03:14:57PM\n"
         'go build -ldflags "-s -w \\\n'
         f"    -X github.com/traefik/traefik/v2/pkg/version.Version={SHA} \\\n"
         '    -X github.com/traefik/traefik/v2/pkg/version.Codename=cheddar"\n```\n')
# As Kanboard's admin/docker.md writes it.
COMPOSE = ("MariaDB example:\n\n```yaml\nservices:\n  app:\n    environment:\n"
           "      DATABASE_URL: mysql://kanboard:kanboard-secret@db/kanboard\n  db:\n"
           "    image: mariadb:lts\n    environment:\n      MYSQL_USER: kanboard\n"
           "      MYSQL_PASSWORD: kanboard-secret\n```\n")
# As Traefik's middlewares/oauth2-client-credentials.md writes it.
URN = ("```yaml\n      clientID: urn:k8s:my-secret:my-secret:clientID\n"
       "      clientSecret: urn:k8s:my-secret:my-secret:clientSecret\n```\n")
# As NetBird's selfhosted/environment-variables.mdx writes it (split.py, not an accepting rule).
ENV = '```bash\n# setup.env\nNETBIRD_MGMT_API_PORT="443"\nNETBIRD_SIGNAL_PORT="443"\n```\n'
# As NetBird's get-started/install/openwrt.mdx writes it.
ROUTER = "1. **Log in to your router via SSH**\n\n    ```bash\n    ssh root@192.168.1.1\n    ```\n"
# As Kanboard's admin/installation.md writes it.
PAIR = "5. The default login and password are **admin/admin**.\n"
# As Kanboard's api/project_file_procedures.md writes it (PHP's json_encode).
ESCAPED = ('```json\n{\n    "name": "My file",\n'
           '    "path": "1\\/1\\/0db4d0a897a4c852f6e12f0239d4805f7b4ab596",\n}\n```\n')


@pytest.mark.parametrize("text, reasons", [
    (BASIC, [encoded_placeholders.REASON, piped_commands.REASON]),
    (STORED, [encoded_placeholders.REASON]),
    (TABLE, [example_tables.REASON] * 2),
    (BUILD, [commit_ids.REASON] * 2),
    (COMPOSE, [compose_databases.REASON]),
    (ESCAPED, [json_escapes.REASON]),
    (PAIR, [default_pairs.REASON]),  # fq50's rule, judged first, accepts it (rev50)
    (URN, [k8s_references.REASON] * 2),
    (ENV, []),
    (ROUTER, [readers_devices.REASON]),
], ids=["basic example:example", "base64 of secure-password", "examples table", "commit id",
        "compose database", "escaped path", "default pair",
        "k8s reference", "env assignments",
        "your router"])
def test_documentation_values_pass_with_their_reason(text: str, reasons: list[str]) -> None:
    explained: list[Acceptance] = []
    assert scan(text, explain=explained) == []
    assert sorted(a.reason for a in explained if a.reason in reasons) == sorted(reasons)


@pytest.mark.parametrize("text, line", [
    (BASIC.replace("ZXhhbXBsZTpleGFtcGxl", "YWRtaW46VHIwdWI0ZG9yJjM="), 3),  # admin:Tr0ub4dor&3
    (BASIC.replace("headers:", "# our production gateway\nheaders:"), 4),
    (STORED.replace("c2VjdXJlLXBhc3N3b3Jk", "Y29ycmVjdCBob3JzZSBiYXR0ZXJ5IHN0YXBsZQ=="), 3),
    (STORED.replace("c2VjdXJlLXBhc3N3b3Jk", "WGs5bVEydkxwN3dSelQxeA=="), 3),  # a random one
    (TABLE.replace("**Examples:**", "**Our office rules:**"), 5),
    (TABLE.replace("(CrowdSec banned) | Denied | ban", "(Jane's laptop) | Denied | ban"), 5),
    (TABLE.replace("Allow `10.0.0.0/8`", "Allow `10.0.0.0/16`"), 5),  # outside its rule
    (BUILD.replace("Codename=cheddar", f"Codename=cheddar\nGITHUB_TOKEN={SHA}"), 7),
    (BUILD.replace("SHA: ", "token SHA: "), 3),
    ('```\necho "$SECRET" | sunflower2024\n```\n', 2),
    ("| Variable | Value |\n|---|---|\n| $API_SECRET | base64 |\n", 3),
    (COMPOSE.replace("kanboard-secret", "Qm7vX2pL9rTk"), 7),
    (COMPOSE.replace("@db/", "@db.acme-corp.com/"), 7),
    (COMPOSE.replace("MariaDB example:", "The customer's compose file:"), 7),
    (COMPOSE.replace("  db:\n", "  database:\n"), 7),
    (ESCAPED.replace('1\\/1\\/', 'https:\\/\\/api.example.com\\/v1?api_key='), 4),
    (ESCAPED.replace('",\n}', '", "key": "9c1e2f7a0b3d4e5f60718293a4b5c6d7e8f90a1b"\n}'), 4),
    (PAIR.replace("admin/admin", "jane/sunflower"), 1),
    (PAIR.replace("The default", "Our default"), 1),
    (PAIR.replace("login and password", "password"), 1),  # no login named: one value
    (URN.replace(":my-secret:clientSecret", ":my-secret:Kq8vNz3Lw2pd"), 3),
    (URN.replace("urn:k8s:my-secret:my-secret:clientSecret", "urn:k8s:jane-doe-1987:pw"), 3),
    ('```bash\nAPI_KEY="Kq8vNz3Lw2pd\nQ7xYz9RtUaB1=\n```\n', 2),  # a split key, not closed
    (ROUTER.replace("your router", "our office router"), 4),
    (ROUTER + "\nOur office router is 192.168.1.1.\n", 4),
    (ROUTER.replace("ssh root@", "ssh jane.doe@"), 4),
], ids=["real password in basic", "our gateway", "passphrase", "random", "our office",
        "Jane's laptop", "outside the rule", "token copied", "token label", "no program",
        "table row", "random compose password", "company host", "customer's compose",
        "undefined service", "escaped query key", "key beside escaped path",
        "real pair", "our pair", "no login", "random urn key", "numbered urn name",
        "split key", "our router", "router stated elsewhere", "person's login"])
def test_placed_or_real_twins_stay_findings(text: str, line: int) -> None:
    assert line in {f.line for f in scan(text) if not f.advisory}

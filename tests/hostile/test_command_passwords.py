"""Issue 19 (miss30): passwords given to commands in their tools' own shapes, the value a
`NAME=<password>` placeholder leaves behind, and real passwords holding a placeholder word.

Each SECRETS row gave nothing before (or, for the first group, a finding naming the next
argument instead of the value); each PLACEHOLDERS row must still pass, as it did.
"""

from __future__ import annotations

import pytest

from kbgen.core import privacy
from kbgen.core.command_passwords import passwords_given
from tests.hostile.review_cases import ArticleCase, check_cases, misjudged

SECRETS = [
    # mysql and friends: the password glued to -p, bare or quoted
    "mysql -u root -pKq91x7Zr shop",
    "mysql -h db.acme-corp.net -u admin -pSunshine shop",
    "mysqldump -u backup -p'Kq91x7Zr!' shop > shop.sql",
    "mariadb --host=db -u app -p\"Sunshine\" -e 'SHOW TABLES'",
    # a secret variable set for the command after it
    "PGPASSWORD=Kq91x7Zr psql -h db.acme-corp.net -U app",
    "Run `PGPASSWORD=Sunshine pg_dump -h db app > app.sql`",
    "MYSQL_PWD='Sunshine' mysql -u root",
    # sshpass, curl, htpasswd, openssl
    "sshpass -p Kq91x7Zr ssh admin@files",
    "sshpass -p 'Sunshine' scp backup.tar admin@files:",
    "curl -u admin:Kq91x7Zr https://api.acme-corp.com/v1/orders",
    "curl --user admin:Sunshine https://api.acme-corp.com/v1/orders",
    'curl -s -u"ops:Kq91x7Zr" https://api.acme-corp.com/',
    "htpasswd -b /etc/nginx/.htpasswd admin Kq91x7Zr",
    "sudo htpasswd -cb .htpasswd admin Sunshine",
    "htpasswd -nbB admin Kq91x7Zr",
    "openssl pkcs12 -export -in c.pem -passout pass:Sunshine -out c.p12",
    "openssl rsa -in key.pem -passin pass:Kq91x7Zr -out plain.pem",
    # registries: --password-stdin misused, -p, --password=
    "echo Kq91x7Zr | docker login -u admin --password-stdin",
    'echo "Sunshine" | docker login --username admin --password-stdin registry.acme.io',
    "printf 'Kq91x7Zr' | helm registry login registry.acme.io -u ci --password-stdin",
    "docker login -u admin -p Kq91x7Zr registry.acme.io",
    "podman login --username ci --password=Sunshine quay.io",
    # helm --set, kubectl --from-literal, a container's environment
    "helm install app ./chart --set-string auth.rootPassword=Kq91x7Zr",
    "helm upgrade app ./chart --set image.tag=1.2,redis.auth.password=Sunshine",
    "kubectl create secret generic db --from-literal=password=Sunshine",
    "docker run -d -e MYSQL_ROOT_PASSWORD=Sunshine mysql:8",
    # a real password holding a placeholder word
    "mysql -u root -pKq9example1x shop",
    'password = "Yourx7Qm2Lp"',
    # split by an empty element: the reader sees `password= Kq91x7Zr`
    "password=<b></b> Kq91x7Zr",
    # a here-string, redis-cli, mongosh
    'docker login -u me --password-stdin <<< "Sunshine"',
    "REDISCLI_AUTH=Sunshine redis-cli ping",
    "redis-cli -h cache -a Sunshine ping",
    "mongosh -u admin -p Sunshine",
    # placeholder words and random letters: a real one
    "docker run -e POSTGRES_PASSWORD=mysecretpasswordXq postgres",
    "mysql -u root -pchangeme_Kqzx shop",
    "PGPASSWORD=MyPasswordZxcv psql -h db",
]
PLACEHOLDERS = [
    "docker run -e DB_PASSWORD=<password> acme/app",
    "docker run --env DB_PASSWORD=<db-password> acme/app:1.2",
    "helm install --set db.password=<password> acme/app",
    "DB_PASSWORD=<password> acme/app",
    "mysql -u root -p shop",
    "mysql -u root -p$MYSQL_PWD shop",
    'mysql -u root -p"$MYSQL_PWD" shop',
    "mysql -u root -p<password> shop",
    "mysql -u root -pyour_password shop",
    "curl -u $USER:$TOKEN https://api.acme-corp.com/",
    "curl -u username:password https://api.acme-corp.com/",
    "curl -u admin: https://api.acme-corp.com/",
    "echo $CR_PAT | docker login ghcr.io -u USERNAME --password-stdin",
    'echo "${REGISTRY_PASSWORD}" | docker login -u ci --password-stdin',
    "cat token.txt | docker login -u ci --password-stdin",
    "htpasswd -c .htpasswd admin",
    "htpasswd -b .htpasswd admin <password>",
    "openssl rsa -in key.pem -passin env:KEY_PASS -out plain.pem",
    "openssl rsa -in key.pem -passin file:pass.txt -out plain.pem",
    "sshpass -f pass.txt ssh admin@files",
    "sshpass -p $SSHPASS ssh admin@files",
    "kubectl create secret generic db --from-literal=username=appuser",
    "helm install app ./chart --set image.tag=stable,replicaCount=2",
    "cd $PWD && OLDPWD=/tmp make",
    "mongosh -u admin -p --host db",
    "redis-cli -a $REDIS_PASSWORD ping",
    'docker login --password-stdin <<< "$TOKEN"',
    "PGPASSWORD=<password> psql -h db -U app",
    "MYSQL_PWD=your-password mysql -u root",
    'password = "your_password_123"',
    # a DSN's placeholders (a tag, emphasis marks) not shown: never the next field
    "DSN=host=localhost port=5432 user=<user> password=<password> dbname=<db_name>",
    'dsn: "host=pg.acme-corp.net user=netbird password=*** dbname=netbird port=5432"',
    "docker run -e PW=<password> -d postgres",
    # spelt placeholders, every word of them a word (the Postgres image's own example)
    "docker run -e POSTGRES_PASSWORD=mysecretpassword postgres",
    "mysql -u root -pmy_robot_password shop",
    "mysql -u root -psuper_secret_pw shop",
    "MYSQL_PWD=postgres_password mysql -u root",
]


@pytest.mark.parametrize("text", SECRETS)
def test_a_password_given_to_a_command_is_found(text: str) -> None:
    findings = privacy.scan(text)
    assert [finding.kind for finding in findings] == [privacy.PASSWORD]
    value = next(value for value in ("Kq91x7Zr", "Sunshine", "Kq9example1x", "Yourx7Qm2Lp",
                                     "mysecretpasswordXq", "changeme_Kqzx", "MyPasswordZxcv")
                 if value in text)
    assert findings[0].excerpt[:2] == value[:2]  # the value, not the next argument


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_a_placeholder_or_reference_passes(text: str) -> None:
    assert privacy.scan(text) == []


CONTINUED = [
    ("mysql -u root \\\n  -pKq91x7Zr shop", 2),
    ("curl -s \\\n  -u admin:Sunshine \\\n  https://api.acme-corp.com/", 2),
    ("htpasswd -b \\\n  .htpasswd admin Sunshine", 2),
    ("sshpass \\\n -p Sunshine ssh admin@files", 2),
    ("echo Sunshine | \\\n  docker login -u me --password-stdin", 1),
    ("helm install app ./chart `\n  --set db.password=Sunshine", 2),  # PowerShell
]


@pytest.mark.parametrize(("text", "line"), CONTINUED)
def test_a_command_continued_over_lines_is_read_whole(text: str, line: int) -> None:
    findings = privacy.scan(f"```\n{text}\n```\n")
    assert [(finding.line, finding.kind) for finding in findings] == [(line + 1, privacy.PASSWORD)]


@pytest.mark.parametrize("text", ["mysql -u root \\\n  -p$MYSQL_PWD shop",
                                  "mysql -u root \\\n  -pmy_robot_password shop",
                                  "docker run \\\n  -e DB_PASSWORD=<password> \\\n  acme/app"])
def test_a_placeholder_continued_over_lines_passes(text: str) -> None:
    assert privacy.scan(f"```\n{text}\n```\n") == []


@pytest.mark.parametrize("text", [  # curl -u admin:Sunshine …; mysql -u root -pKq91x7Zr shop
    "config: Y3VybCAtdSBhZG1pbjpTdW5zaGluZSBodHRwczovL2FwaS5hY21lLWNvcnAuY29tLw==",
    "run: echo bXlzcWwgLXUgcm9vdCAtcEtxOTF4N1pyIHNob3AK | base64 -d | sh",
])
def test_a_command_in_readable_base64_is_no_readable_text(text: str) -> None:
    """Readable base64 passes when the gate finds nothing in its text: now it does."""
    assert [finding.kind for finding in privacy.scan(text)] == [privacy.TOKEN]


FIRST = [
    "For example, Kq91x7Zr is the admin password",
    "Use Hunter2! as the password for the portal.",
    "Enter **Kq91x7Zr** as your PIN",
    "Zebra7 was their wifi password",
    "Das Passwort: use Sommer2024! as the Passwort",
]
NOT_FIRST = [
    "802.1X is the password-based standard",
    "WPA2 is the password protocol",
    "v2.0.1 is the password manager release",
    "Hunter2! is the password manager we use",
    "Use `<your-password>` as the password",
    "Use myPassword123 as the password",
    "Settings is the password page",
]


@pytest.mark.parametrize("text", FIRST)
def test_a_password_written_before_its_name_is_found(text: str) -> None:
    assert [finding.kind for finding in privacy.scan(text)] == [privacy.PASSWORD]


@pytest.mark.parametrize("text", NOT_FIRST)
def test_a_version_a_standard_or_a_placeholder_before_password_passes(text: str) -> None:
    assert privacy.scan(text) == []


def test_the_value_found_is_the_one_given() -> None:
    line = "helm upgrade a ./c --set a.password=x1y2z3,b.token=Kq91x7,c=3 --set-string 'k.pwd=Zr'"
    assert [line[start:end] for start, end in passwords_given(line)] == [
        "x1y2z3", "Kq91x7", "Zr"]


def test_a_command_is_read_to_its_end_only() -> None:
    """`|`, `;` and `&` end a command: `-p` of the next one is not mysql's."""
    assert list(passwords_given("mysql -u root shop; ssh -pKq91x7Zr x")) == []


CASES: list[ArticleCase] = [
    ("mysql -p in a code block", "", "```\nmysql -u root -pSunshine shop\n```\n",
     privacy.PASSWORD),
    ("PGPASSWORD in a code span", "", "Run `PGPASSWORD=Kq91x7Zr psql -h db`.\n",
     privacy.PASSWORD),
    ("curl -u in a code block", "",
     "```bash\ncurl -u admin:Kq91x7Zr https://api.acme-corp.com/\n```\n", privacy.PASSWORD),
    ("placeholder tag before an image", "",
     "```\ndocker run -e DB_PASSWORD=<password> acme/app\n```\n", None),
    ("echo a variable to --password-stdin", "",
     "```\necho $CR_PAT | docker login ghcr.io -u USERNAME --password-stdin\n```\n", None),
]


def test_kbgen_check_refuses_the_written_ones(tmp_path_factory: pytest.TempPathFactory
                                              ) -> None:
    code, errors = check_cases(tmp_path_factory.mktemp("miss30"), CASES, [])
    assert misjudged(CASES, errors) == {}, errors
    assert code == 1
    text = "\n".join(errors)
    assert "Kq91x7Zr" not in text and "Sunshine" not in text and "acme/app" not in text

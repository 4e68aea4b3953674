"""The leak shapes last night's reviews found publishing (issue 19, branch leak39), each in a
real `kbgen build` of a Russian site, in front matter, prose, a table, a code block, an HTML
attribute and a copied file (and copied data files where the shape is data's): a comment
naming where the value came from or calling it an example, prompt marks inside a cell, a
label that is no password key (`Token:`, `The Wi-Fi key is`, `login: admin / …`), a login
at a home network's host, a definition list, a flag's value in a list of arguments, a
passphrase of words, words typed in as a digest's salt, a password word without its accents,
a ticket's letters split. The build names each file and line and publishes nothing; the same
shapes with placeholders publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.hostile.refusals import (
    assert_nothing_published,
    assert_published,
    assert_refused_at,
    assert_refused_everywhere,
    assert_ticket_refused_at_each_place,
)
from tests.hostile.test_leak34_classes import BODY_START, PASSWORD, _build, body
from tests.hostile.test_leak37_classes import TOKEN, _digest

HOST = "internal hostname"
SECRET = "Kq8vNz3Lw2Pd"
WORDED = "FootballcanyoncoffeeQw"
"""Words typed in as a placeholder digest's salt, written as 16 random bytes would be."""
SALTED = _digest(WORDED)

# class: (front matter, prose, table cell, code line, HTML attribute, copied file, kind);
# every line holding SECRET (or the class's mark) is refused
CLASSES = {
    "comment": (f"password: changeme  # prod: from vault {SECRET}",
                f"Use `password: changeme  # e.g. {SECRET}` there.",
                f"`DB_PASSWORD=changeme # prod: from vault {SECRET}`",
                f"password: changeme  # real: stored in 1password {SECRET}",
                f"password: changeme # e.g. {SECRET}",
                f"password: <password>  # for example {SECRET}\n", PASSWORD),
    "marks": (f"λ export TOKEN={SECRET}", f"▶ export TOKEN={SECRET}",
              f"λ export TOKEN={SECRET}", f"λ export TOKEN={SECRET}",
              f"➤ export TOKEN={SECRET}", f"λ export TOKEN={SECRET}\n", TOKEN),
    "label": (f"Wi-Fi key: {SECRET}", f"The Wi-Fi key is {SECRET}.", f"login: admin / {SECRET}",
              f"Benutzer: root / {SECRET}", f"Recovery key: {SECRET}",
              f"The Wi-Fi key for the office is {SECRET}\n", PASSWORD),
    "token": (f"Token: {SECRET}", f"Your API token is {SECRET}.", f"Token: {SECRET}",
              f"GITHUB_TOKEN={SECRET}", f"Bot token: {SECRET}", f"TOKEN={SECRET}\n", TOKEN),
    "home": ("ssh jane@nas.home.arpa", "Log in with `ssh jane@nas.home.arpa`.",
             "`scp a.pdf jane@nas.home:/tmp/`", "ssh jane@router.home.arpa",
             "sftp jane@nas.home", "jane@build.home.arpa\n", HOST),
    "definition": (f"<dt>SSO_CLIENT_SECRET</dt><dd>{SECRET}</dd>",
                   f"<dl><dt>Admin password</dt><dd>{SECRET}</dd></dl>",
                   f"<dt>Password</dt><dd>{SECRET}</dd>",
                   f"<dt>SSO_CLIENT_SECRET</dt><dd>{SECRET}</dd>",
                   f"<dt>Wi-Fi key</dt><dd>{SECRET}</dd>",
                   f"<dt>SSO_CLIENT_SECRET</dt>\n<dd>{SECRET}</dd>\n", PASSWORD),
    "arguments": (f'["--client-secret","{SECRET}"]',
                  f'Run `CMD ["app", "--client-secret", "{SECRET}"]`.',
                  f'`["--client-secret","{SECRET}"]`', f'args = ["--password", "{SECRET}"]',
                  f'ENTRYPOINT ["app", "--client-secret", "{SECRET}"]',
                  f'CMD ["app", "--client-secret", "{SECRET}"]\n', PASSWORD),
    "passphrase": ("existingSecret: maple-orbit-canyon-velvet",
                   "The passphrase is maple-orbit-canyon-velvet.",
                   "`password: tangerine-walrus-obelisk`",
                   "DB_PASSPHRASE=maple_orbit_canyon_velvet",
                   "password: 'tangerine walrus obelisk fjord'",
                   "existingSecret: maple-orbit-canyon-velvet\n", PASSWORD),
    "salt": (SALTED, SALTED, SALTED, SALTED, SALTED, SALTED + "\n", TOKEN),
    "accents": (f"ΚΩΔΙΚΟΣ: {SECRET}", f"ΚΩΔΙΚΟΣ {SECRET}", f"MAT KHAU: {SECRET}",
                f"PAROL: {SECRET}", f"κωδικος: {SECRET}", f"ΚΩΔΙΚΟΣ: {SECRET}\n", PASSWORD),
}
MARKS = {"home": "jane@", "passphrase": ("maple", "tangerine"), "salt": WORDED}

DATA = {  # copied data files: (text, the lines holding the secret)
    "content/files/env.yml": (f"env: {{SSO_CLIENT_SECRET: {SECRET}}}\n", [1]),
    "content/files/args.json": (f'{{"args": [\n  "--client-secret",\n  "{SECRET}"\n]}}\n',
                                [3]),
    "content/files/args.toml.txt": (f'args = [\n  "--client-secret",\n  "{SECRET}",\n]\n', [3]),
    "content/files/Dockerfile.txt": (f'FROM app\nCMD ["app", "--client-secret", "{SECRET}"]\n',
                                 [2]),
    "content/files/values.yaml": ("auth:\n  existingSecret: maple-orbit-canyon-velvet\n", [2]),
    "content/files/list.txt": (f"<dl>\n  <dt>Wi-Fi key</dt>\n  <dd>{SECRET}</dd>\n</dl>\n",
                                [3]),
    "content/files/defs.md": f"Wi-Fi key\n:   {SECRET}\n\n**Recovery key**\n\n:   {SECRET}\n",
}
DATA_LINES = {"content/files/defs.md": [2, 6]}


@pytest.fixture(scope="module")
def leaked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """(project, `kbgen build` exit code, its output) holding every class in every place, the
    data files, keyed front matter and the quoted tickets."""
    root = tmp_path_factory.mktemp("leak39")
    files: dict[str, str] = {}
    for name, (title, prose, cell, code, attribute, text, _) in CLASSES.items():
        quoted = title.replace("'", "''")
        files[f"content/articles/wifi/{name}.md"] = article(
            f"Case {name}", extra=f"description: '{quoted}'\n",
            body=body(prose, cell.replace("|", "\\|"), code, attribute.replace('"', "&quot;")))
        files[f"content/files/{name}.txt"] = text
    for path, value in DATA.items():
        files[path] = value if isinstance(value, str) else value[0]
    files["content/articles/wifi/keyed.md"] = article(
        "Case keyed", extra=f"search:\n  existingSecret: maple-orbit-canyon-velvet\n"
                            f"tags: [wifi, '--client-secret', '{SECRET}']\n")
    files["content/articles/wifi/ticket.md"] = article(
        "Case ticket", extra="tickets: [INC0012345, TKT-4411]\ndescription: See INC 0012345\n",
        body=body("See T K T-4411.", "I N C 0012345", "ticket: T-K-T 4411", "T K T 4411"))
    code, output = _build(root, files)
    return root, code, output


@pytest.mark.parametrize("name", list(CLASSES))
def test_each_place_of_a_class_is_refused_by_file_and_line(leaked: tuple[Path, int, str],
                                                           name: str) -> None:
    root, code, output = leaked
    assert_refused_everywhere(root, code, output, name, MARKS.get(name, SECRET), CLASSES[name][-1])


def test_copied_data_files_are_refused_at_the_secrets_line(leaked: tuple[Path, int, str]
                                                           ) -> None:
    _, code, output = leaked
    places = [(path, line) for path, value in DATA.items()
              for line in (DATA_LINES[path] if isinstance(value, str) else value[1])]
    assert_refused_at(code, output, PASSWORD, places)


def test_front_matter_data_is_refused(leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    assert_refused_at(code, output, PASSWORD, [("content/articles/wifi/keyed.md", 7),
                                               ("content/articles/wifi/keyed.md", 8)])


def test_a_ticket_with_its_letters_split_is_refused_at_each_place(
        leaked: tuple[Path, int, str]) -> None:
    _, code, output = leaked
    assert_ticket_refused_at_each_place(code, output, BODY_START)


def test_nothing_is_published(leaked: tuple[Path, int, str]) -> None:
    root, code, _ = leaked
    assert_nothing_published(root, code)


DOCUMENTATION = (
    "password: changeme  # prod: from vault\n\n"
    "password: changeme  # prod: from vault secret/data/db\n\n"
    "password: changeme  # e.g. <your password>\n\n"
    "Token: `<your token>`. The Wi-Fi key is printed on the router. login: admin / `<password>`\n\n"
    "| Step | Command |\n|---|---|\n| 1 | `λ export TOKEN=$TOKEN` |\n\n"
    "```bash\nssh user@host\nssh admin@192.0.2.1\n"
    'CMD ["app", "--client-secret", "$CLIENT_SECRET"]\n'
    'CMD ["app", "--client-secret-file", "/run/secrets/sso"]\n```\n\n'
    "<dl><dt>Version</dt><dd>2.4.1</dd><dt>Password</dt><dd>the one you chose</dd></dl>\n\n"
    "Term\n:   A definition in words.\n\n"
    "```yaml\nexistingSecret: grafana-admin-credentials\nsecretName: letsencrypt-prod-issuer\n"
    "password: correct-horse-battery-staple\ntoken: your-token-here\n```\n\n"
    "See INC 0012346 and ATKT-4411.\n")


def test_documentation_shapes_publish(tmp_path: Path) -> None:
    files = {"content/articles/wifi/doc.md": article(
        "Doc", extra="tickets: [INC0012345, TKT-4411]\n", body=DOCUMENTATION)}
    code, output = _build(tmp_path, files)
    assert_published(tmp_path, code, output, "articles/wifi/doc.html")

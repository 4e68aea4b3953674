"""The publishing gate sees what a reader sees, and everything that is published.

Each case is a real project checked with `kbgen check` (and built, for the places only a build
reads): the problem line it prints, and the value it must never print in full.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.privacy import scan
from tests.conftest import MINI_CONFIG, article

TARGET = "content/articles/billing/case.md"
BODY_LINE = 8
"""The first body line of `article()` without extra front matter."""
ZW = "\u200b"
SHY = "\u00ad"
LRM = "\u200e"
AWS = "AKIAIOSFODNN7EXAMPLE"
STRIPE = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
B64_AWS = base64.b64encode(f"aws_access_key_id = {AWS}".encode()).decode()
B64_BASIC = base64.b64encode(b"admin:Tr0ub4dor&3").decode()

END = MINI_CONFIG.count("\n")
"""The last line of MINI_CONFIG: what a case appends starts on the next."""
PASSWORD = "password or secret"
EMAIL = "e-mail address (j***@g***.com)"

# (case id, article body, line in the body (1-based), problem after "error: ", secret)
IN_ARTICLES = [
    *[(f"password definition: {case}", body, line, f"{PASSWORD} (Hun********)",
       "Hunter2Secret!x") for case, body, line in [
        ("word first in the term", "Password for admin\n:   Hunter2Secret!x\n", 2),
        ("colon after the term", "Admin password:\n:   Hunter2Secret!x\n", 2),
        ("a note in the term", "Admin password (staging)\n:   Hunter2Secret!x\n", 2),
        ("second definition", "Admin password\n:   Used for the console\n"
                              ":   Hunter2Secret!x\n", 3),
        ("word split by emphasis", "Admin pass**word**: Hunter2Secret!x\n", 1),
        ("word split by a tag", "Admin pass<b></b>word: Hunter2Secret!x\n", 1)]],
    ("internal IP split by a tag", "Connect to 10.1.<b>2</b>.3 now.\n", 1,
     "internal IP address (10.*.*.*)", "10.1.<b>2</b>.3"),
    ("password in a definition list", "Admin password\n:   Hunter2Secret!x\n", 2,
     f"{PASSWORD} (Hun********)", "Hunter2Secret!x"),
    ("admin password", "Admin password: Tr0ub4dor&3\n", 1, f"{PASSWORD} (Tr********)",
     "Tr0ub4dor&3"),
    ("password=", "Set password=hunter2x and retry.\n", 1, f"{PASSWORD} (hu********)",
     "hunter2x"),
    ("pwd in a code block", "```\nuser: admin\npwd: S3cr3t!x\n```\n", 3,
     f"{PASSWORD} (S3********)", "S3cr3t!x"),
    ("shell variable", "```sh\nexport DB_PASSWORD=hunter2x\n```\n", 2,
     f"{PASSWORD} (hu********)", "hunter2x"),
    ("bold label", "**Wi-Fi password:** `Summer2024!`\n", 1, f"{PASSWORD} (Su********)",
     "Summer2024!"),
    ("table cell", "| Account | Password |\n|---|---|\n| admin | Tr0ub4dor&3 |\n", 3,
     f"{PASSWORD} (Tr********)", "Tr0ub4dor&3"),
    ("prose", "The router password is Hunter2024 now.\n", 1, f"{PASSWORD} (Hu********)",
     "Hunter2024"),
    ("command-line flag", "    mysql --password hunter2x\n", 1, f"{PASSWORD} (hu********)",
     "hunter2x"),
    ("percent-encoded e-mail", "Write to jane%40gmail.com.\n", 1, EMAIL, "jane%40gmail"),
    ("decimal entity e-mail", "Write to jane&#64;gmail.com.\n", 1, EMAIL, "jane&#64;gmail"),
    ("hex entity e-mail", "Write to jane&#x40;gmail.com.\n", 1, EMAIL, "jane&#x40;gmail"),
    ("named entity e-mail", "Write to jane&commat;gmail.com.\n", 1, EMAIL, "jane&commat;"),
    ("encoded line breaks keep the line", "a&#10;b%0Ac&#x2028;d\nWrite to jane&#64;gmail.com\n",
     2, EMAIL, "jane&#64;"),
    ("double-encoded e-mail", "[mail](mailto:jane%2540gmail.com)\n", 1, EMAIL, "jane%25"),
    ("full-width e-mail", "Write to ｊａｎｅ＠ｇｍａｉｌ.com.\n", 1, EMAIL, "ｊａｎｅ"),
    ("zero-width in e-mail", f"Write to ja{ZW}ne@gm{ZW}ail.com.\n", 1, EMAIL, "gm"),
    ("soft hyphen in e-mail", f"Write to jane{SHY}@gmail.com.\n", 1, EMAIL, "jane"),
    ("encoded zero-width in phone", "Call +44 79&#8203;11 123&#x200B;456.\n", 1,
     "phone number (+44 **** ***456)", "123&#x200B;456"),
    ("bidi mark in card", f"Card 4111 1111{LRM} 1111 1111\n", 1,
     "payment card number (4111 **** **** 1111)", "4111 1111"),
    ("word joiner in card", "Card 4111\u20601111\u20601111\u20601111\n", 1,
     "payment card number (4111 **** **** 1111)", "1111\u2060"),
    ("dotted card", "Card 4111.1111.1111.1111 declined.\n", 1,
     "payment card number (4111 **** **** 1111)", "4111.1111"),
    ("lower-case IBAN", "Refund to gb82 west 1234 5698 7654 32 please.\n", 1,
     "IBAN (GB82 **** **** **** **54 32)", "5698 7654"),
    ("AWS key split by a backslash", f"```\nkey = {AWS[:10]}\\\n{AWS[10:]}\n```\n", 2,
     "AWS access key (AKIA********)", AWS[4:10]),
    ("token split by a newline", f"```\nkey: {STRIPE[:16]}\n{STRIPE[16:]}\n```\n", 2,
     "API key or token (sk_l********)", STRIPE[8:16]),
    ("AWS key in base64", f"![x](data:text/plain;base64,{B64_AWS})\n", 1,
     "AWS access key (AKIA******** (in base64))", B64_AWS[8:]),
    ("Basic authorization", f"    Authorization: Basic {B64_BASIC}\n", 1,
     f"{PASSWORD} (Basic YWRt******** (base64))", B64_BASIC[4:]),
    ("e-mail split by a tag", "Write to jane<span></span>@gmail.com.\n", 1, EMAIL, "jane<"),
    ("e-mail split by emphasis", "Write to ja**ne@gm**ail.com.\n", 1, EMAIL, "gm**"),
    ("escaped e-mail", "Write to jane\\@gmail\\.com.\n", 1, EMAIL, "jane\\@"),
    ("card split by a comment", "Card 4111 <!-- x --> 1111 1111 1111\n", 1,
     "payment card number (4111 **** **** 1111)", "4111 <!--"),
    ("WhatsApp link", "[Message me](https://wa.me/447911123456)\n", 1,
     "phone number (+44 **** ***456)", "7911123456"),
    # Addresses in other scripts, and written against words with no space (new33)
    ("e-mail in Cyrillic", "Пишите: иван.петров@почта.рф\n", 1,
     "e-mail address (и***@п***.pф)", "петров"),
    ("e-mail at an IDN domain", "Write to ivan.petrov@пример.рф\n", 1,
     "e-mail address (i***@п***.pф)", "ivan.petrov"),
    ("e-mail at a punycode domain", "Write to ivan.petrov@xn--e1afmkfd.xn--p1ai\n", 1,
     "e-mail address (i***@x***.xn--p1ai)", "ivan.petrov"),
    ("e-mail against Japanese", "連絡先はtanaka.hiroshi@company.co.jpまで。\n", 1,
     "e-mail address (t***@c***.jp)", "tanaka.hiroshi"),
    ("e-mail in Arabic", "راسلنا: ahmed.ali@شركة.مصر\n", 1,
     "e-mail address (a***@ش***.مصر)", "ahmed.ali"),
]


def check() -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["check"])  # the gate's speed: bench/gate.py
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output.splitlines()


def errors(lines: list[str]) -> list[str]:
    return [line for line in lines if ": error: " in line]


def write(project: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case, body, line, problem, secret", IN_ARTICLES,
                         ids=[case[0] for case in IN_ARTICLES])
def test_found_in_an_article(project: Path, case: str, body: str, line: int, problem: str,
                             secret: str) -> None:
    write(project, {TARGET: article("Case", body=body)})
    code, lines = check()
    assert code == 1
    assert errors(lines) == [f"{TARGET}:{BODY_LINE + line - 1}: error: {problem} would be"
                             f" published: {errors(lines)[0].split(' published: ')[1]}"], lines
    assert not [printed for printed in lines if secret in printed]


# What help-centre text says about passwords, numbers and keys: never a finding.
NOT_FLAGGED = [
    "Password rules\n:   12+",
    "Reset your password\n:   Open Settings and tap Reset",
    "Password\n:   <your password>",
    "Reset your password: open Settings > Account",
    "password=<your password>",
    "password: <your password>",
    'password = "<your password>"',
    "password: ${WIFI_PASSWORD}",
    "Enter your password and press Sign in",
    "password: ********",
    "Password: ••••••••",
    "Type your Wi-Fi password: then tap Join.",
    "Your password is case-sensitive.",
    "Your password is at least 8 characters long.",
    "Password: at least 8 characters (8-64), one digit.",
    "Set a new password: 8 or more characters.",
    "Wi-Fi password: WPA2-Personal",
    "| Setting | Value |\n|---|---|\n| Password | the one on the sticker |",
    "Don't share your password: support never asks for it.",
    "Enter the password (case-sensitive): the one printed on the sticker.",
    "Open https://app.hearthly.example/account?reset_password=true",
    "If your password contains & or %, type it exactly.",
    "Update to version 1.2.3.4, then build 10.0.19045.3803.",
    "The hub reports build 2024.1105.1430.0007 and 4.1.1.1111.",
    "Coordinates 51.5074, -0.1278; ratio 16.9; 100% done; 50%-off.",
    "![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
    "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==)",
    "data:text/plain;base64,SGVsbG8gd29ybGQsIHRoaXMgaXMgYSB0ZXN0Lg==",
    "ErrorCodeHubPairTimeoutAfterFactoryReset and ThermostatFirmwareUpdateFailedRetry",
    'a{color:#c2410c;background:#fff3e0}.md-header{box-shadow:0 0 .2rem #0000001a}',
    "var a=function(b,c){return b.x1y2+c.kbSearchWorkerReady};t.exports=n",
    '<script src="x.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kP'
    'zQho1wx4JwY8wC"></script>',
    "AT&amp;T routers: open the app&hellip; then Settings &gt; Wi-Fi.",
    "Call us on +44 20 7946 0958 (support line).",
    "Step one\nStep two: 0x80070005\nERR_WIFI_AUTH\nHUB_PAIR_TIMEOUT",
    "Press Ctrl\u200b+Alt and the café’s Wi‑Fi name (with a non-breaking hyphen).",
    "var pass = run(terms, false); password = getPassword(); pwd: process.env.SECRET;",
    "password=DB_PASSWORD, password = self.password, password: os.environ[\"PASSWORD\"]",
    "**Bold** text, __init__, `code`, <kbd>Ctrl</kbd>, ERR_WIFI_AUTH and \\*stars\\*.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_not_flagged(text: str) -> None:
    from kbgen.core.privacy import Allowed

    company = Allowed(phones_e164=frozenset({"+442079460958"}))
    assert scan(text, company, default_region="GB") == []


def test_not_flagged_anywhere_in_a_real_project(project: Path) -> None:
    """The same texts in an article, a code block, a page and copied text files (styles and
    scripts are not published from content: tests/hostile/test_outside_files.py)."""
    text = "\n\n".join(t for t in NOT_FLAGGED if "+44" not in t) + "\n"
    write(project, {
        TARGET: article("Case", body=text + "\n```\n" + text + "```\n"),
        "content/faq.md": "# FAQ\n\n" + text,
        "content/assets/notes.txt": text,
        "content/assets/table.csv": text,
    })
    code, lines = check()
    assert (code, errors(lines)) == (0, []), lines


# (case id, files, the problem lines `kbgen check` prints, the secret)
PLACES = [
    ("team link label", {"content/team/sam.yml": (
        "name: Sam Lee\nrole: Billing specialist\nlinks:\n"
        "  - label: 'Mobile +44 7911 123456'\n    url: https://samlee.example\n")},
     ["content/team/sam.yml:4: error: phone number (+44 **** ***456)"], "7911 123456"),
    ("team link with a password", {"content/team/sam.yml": (
        "name: Sam Lee\nrole: Billing specialist\nlinks:\n  - label: Files\n"
        "    url: https://sam:Hunter2024@files.hearthly.example/\n")},
     ["content/team/sam.yml:5: error: password in URL (://…:Hu********@…)"], "Hunter2024"),
    ("team link to WhatsApp", {"content/team/sam.yml": (
        "name: Sam Lee\nrole: Billing specialist\nlinks:\n  - label: WhatsApp\n"
        "    url: https://wa.me/447911123456\n")},
     ["content/team/sam.yml:5: error: phone number (+44 **** ***456)"], "7911123456"),
    ("team link to a private e-mail", {"content/team/sam.yml": (
        "name: Sam Lee\nrole: Billing specialist\nlinks:\n  - label: Mail\n"
        "    url: https://mail.hearthly.example/compose?to=sam.lee%40gmail.com\n")},
     ["content/team/sam.yml:5: error: e-mail address (s***@g***.com)"], "sam.lee"),
    ("file beside a profile", {"content/team/sam-notes.txt": "Sam: +44 7911 123456\n"},
     ["content/team/sam-notes.txt:1: error: phone number (+44 **** ***456)"], "7911 123456"),
    ("synonyms", {"content/_data/synonyms.yml": (
        "- [refund, money back]\n- [escalate, \"jane\\x40gmail.com\"]\n")},
     [f"content/_data/synonyms.yml:2: error: {EMAIL}"], "jane"),
    ("text file", {"content/assets/notes.txt": "Notes\nAdmin password: Tr0ub4dor&3\n"},
     [f"content/assets/notes.txt:2: error: {PASSWORD} (Tr********)"], "Tr0ub4dor&3"),
    ("csv file", {"content/assets/export.csv": "name,email\nJane,jane@gmail.com\n"},
     [f"content/assets/export.csv:2: error: {EMAIL}"], "jane@gmail.com"),
    ("stylesheet comment", {"theme/assets/site.css": "/* ops: jane&#64;gmail.com */\n"},
     [f"theme/assets/site.css:1: error: {EMAIL}"], "jane&#64;"),
    ("script", {"theme/assets/app.js": f'const k = "{AWS[:12]}" +\n  "{AWS[12:]}";\n'},
     ["theme/assets/app.js:1: error: AWS access key (AKIA********)"], AWS),
    ("svg", {"content/assets/logo.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg">\n<a href="mailto:jane@gmail.com">'
        '<path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10"/></a>\n</svg>\n')},
     [f"content/assets/logo.svg:2: error: {EMAIL}"], "jane@gmail.com"),
    ("html file", {"theme/assets/old.html": "<p>Call +44 7911 123456</p>\n"},
     ["theme/assets/old.html:1: error: phone number (+44 **** ***456)"], "7911 123456"),
    ("extra page", {"content/faq.md": "# FAQ\n\nPing jo&#64;gmail.com or +44 7911 123456.\n"},
     ["content/faq.md:3: error: e-mail address (j***@g***.com)",
      "content/faq.md:3: error: phone number (+44 **** ***456)"], "7911 123456"),
    ("json file", {"content/assets/data.json": '{\n  "password": "Tr0ub4dor&3"\n}\n'},
     [f"content/assets/data.json:2: error: {PASSWORD} (Tr********)"], "Tr0ub4dor&3"),
    ("json escape", {"content/assets/team.json": '{"mail": "jane\\u0040gmail.com"}\n'},
     [f"content/assets/team.json:1: error: {EMAIL}"], "jane\\u0040"),
    ("css escape", {"theme/assets/x.css": 'a::after { content: "jane\\40 gmail.com"; }\n'},
     [f"theme/assets/x.css:1: error: {EMAIL}"], "jane\\40"),
    ("theme script", {"theme/assets/javascripts/x.js": f"// key {AWS}\n"},
     ["theme/assets/javascripts/x.js:1: error: AWS access key (AKIA********)"], AWS),
    ("theme template", {"theme/main.html": (
        '{% extends "base.html" %}\n{% block footer %}ops: jane@gmail.com{% endblock %}\n')},
     [f"theme/main.html:2: error: {EMAIL}"], "jane@gmail.com"),
    ("site description", {"mkdocs.yml": MINI_CONFIG.replace(
        "site_url:", "site_description: Ask jane&#64;gmail.com\nsite_url:")},
     [f"mkdocs.yml:2: error: {EMAIL}"], "jane&#64;"),
    ("copyright", {"mkdocs.yml": MINI_CONFIG + "copyright: Hearthly · call +44 7911 123456\n"},
     [f"mkdocs.yml:{END + 1}: error: phone number (+44 **** ***456)"], "7911 123456"),
    ("brand footer and social", {"mkdocs.yml": MINI_CONFIG + (
        "extra:\n  kb:\n    brand:\n      footer: 'Ops: jane@gmail.com'\n      social:\n"
        "        - label: Forum\n          url: https://admin:Hunter2024@forum.hearthly.example\n"
    )}, [f"mkdocs.yml:{END + 4}: error: {EMAIL}",
         f"mkdocs.yml:{END + 7}: error: password in URL (://…:Hu********@…)"], "Hunter2024"),
    ("extra.social", {"mkdocs.yml": MINI_CONFIG + (
        "extra:\n  social:\n    - icon: fontawesome/brands/whatsapp\n"
        "      link: https://wa.me/447911123456\n")},
     [f"mkdocs.yml:{END + 4}: error: phone number (+44 **** ***456)"], "7911123456"),
    ("nav title", {"mkdocs.yml": MINI_CONFIG + (
        "nav:\n  - Home: index.md\n  - 'Call Jane on +44 7911 123456': index.md\n")},
     [f"mkdocs.yml:{END + 3}: error: phone number (+44 **** ***456)"], "7911 123456"),
]
"""Every place that reaches the site besides articles (theme/ is the theme's custom_dir)."""


def _with_theme(files: dict[str, str]) -> dict[str, str]:
    config = files.get("mkdocs.yml", MINI_CONFIG)
    if any(name.startswith("theme/") for name in files):
        config = config.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")
    return {**files, "mkdocs.yml": config}


@pytest.mark.parametrize("case, files, expected, secret", PLACES, ids=[p[0] for p in PLACES])
def test_every_published_place_is_scanned(project: Path, case: str, files: dict[str, str],
                                          expected: list[str], secret: str) -> None:
    write(project, _with_theme(files))
    code, lines = check()
    assert code == 1
    assert [line.split(" would be published: ")[0] for line in errors(lines)] == expected, lines
    assert not [printed for printed in lines if secret in printed]


@pytest.mark.parametrize("case, files, expected, secret",
                         [p for p in PLACES if p[0] in (
                             "theme script", "copyright", "synonyms", "text file",
                             "team link label", "extra.social", "brand footer and social",
                             "nav title")],
                         ids=lambda value: value if isinstance(value, str) else "")
def test_a_build_refuses_them_too(project: Path, caplog: pytest.LogCaptureFixture, case: str,
                                  files: dict[str, str], expected: list[str], secret: str
                                  ) -> None:
    from kbgen.commands.build import build
    from kbgen.errors import KbError

    site = build(project / "mkdocs.yml", project / "site", strict=True)
    before = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    write(project, _with_theme(files))
    caplog.clear()
    with pytest.raises(KbError):
        build(project / "mkdocs.yml", project / "site", strict=True)
    logged = caplog.text
    assert all(f"{line} would be published" in logged for line in expected), logged
    assert secret not in logged
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == before


ENV_CONFIG = MINI_CONFIG.replace("site_url:", "site_author: !ENV [KB_AUTHOR, Support]\nsite_url:")


@pytest.mark.parametrize("value, expected", [
    ("Support team", []),
    ("jane&#64;gmail.com", [f"mkdocs.yml:2: error: {EMAIL}"]),
])
def test_env_values_are_scanned_as_published(project: Path, monkeypatch: pytest.MonkeyPatch,
                                             caplog: pytest.LogCaptureFixture, value: str,
                                             expected: list[str]) -> None:
    """`!ENV` is resolved when the site is built: check and build read the value it will have."""
    from kbgen.commands.build import build
    from kbgen.errors import KbError

    monkeypatch.setenv("KB_AUTHOR", value)
    write(project, {"mkdocs.yml": ENV_CONFIG})
    code, lines = check()
    assert [line.split(" would be published: ")[0] for line in errors(lines)] == expected, lines
    if not expected:
        assert code == 0
        build(project / "mkdocs.yml", project / "site", strict=True)
        return
    with pytest.raises(KbError) as raised:
        build(project / "mkdocs.yml", project / "site", strict=True)
    assert f"{expected[0]} would be published" in caplog.text
    assert "jane" not in caplog.text and "site was left unchanged" in str(raised.value)


def test_the_sample_help_centre_stays_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    """No false alarm on the repository's own content, theme and settings."""
    from tests.conftest import REPO

    monkeypatch.chdir(REPO)
    code, lines = check()
    assert (code, errors(lines)) == (0, [])

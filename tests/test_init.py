"""`kbgen init`: a new help centre that checks clean and builds strict, and its CI files."""

from __future__ import annotations

import hashlib
import re
import shlex
import tomllib
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import click
import phonenumbers
import pytest
import yaml
from click.testing import CliRunner

import kbgen
from kbgen.cli import cli
from kbgen.commands.init import SCAFFOLD_DIR
from tests.conftest import REPO

PHONE = "+33 1 23 45 67 89"
FLAGS = ["--company", "Acme Ltd", "--phone", PHONE, "--timezone", "Europe/Paris",
         "--email", "help@acme.example", "--site-url", "https://help.acme.example"]
BRAND = {"primary": "indigo", "accent": "indigo", "mode": "auto", "logo": None,
         "favicon": None, "footer": "© Acme Ltd", "social": []}
WORKFLOWS = [".github/workflows/publish.yml", ".gitlab-ci.yml", "netlify.toml"]
SCRIPT_KEYS = {"run", "script", "before_script", "after_script", "command"}
SEPARATORS = set("();<>|&\n")


def init(args: list[str], input: str | None = None) -> Any:
    """Run `kbgen init` as a person would, without a terminal unless patched."""
    return CliRunner().invoke(cli, ["init", *args], input=input)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A help centre made by `kbgen init` with every option given, in a new folder."""
    target = tmp_path_factory.mktemp("init") / "acme" / "help"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kbgen.cli.in_terminal", lambda: False)
        result = init([str(target), *FLAGS])
    assert result.exit_code == 0, result.output
    assert f"  cd {target}\n  pip install -r requirements.txt\n  kbgen serve\n" in result.output
    assert "  content/articles/billing/invoice-shows-the-wrong-company-name.md\n" in result.output
    return target


def read_yaml(path: Path) -> Any:
    """A YAML file, as MkDocs and CI services read it (the sample tags aside)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ A site that works at once


def test_a_new_site_checks_clean(site: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--strict", "-f", str(site / "mkdocs.yml")])
    files = [p for p in (site / "content").rglob("*") if p.suffix in (".md", ".yml")]
    assert result.output == f"0 errors, 0 warnings in {len(files)} files\n"
    assert result.exit_code == 0


def test_a_new_site_builds_strict(site: Path) -> None:
    result = CliRunner().invoke(cli, ["build", "--strict", "-f", str(site / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    built = site / "site"
    for page in ["index.html", "articles/account/password-reset-email-does-not-arrive.html",
                 "articles/billing/index.html", "team/index.html", "team/first-agent.html",
                 "contact.html", "search/search_index.json", "404.html"]:
        assert (built / page).is_file(), page
    e164 = phonenumbers.format_number(phonenumbers.parse(PHONE),
                                      phonenumbers.PhoneNumberFormat.E164)
    assert f'href="tel:{e164}"' in (built / "contact.html").read_text(encoding="utf-8")
    home = (built / "index.html").read_text(encoding="utf-8")
    assert "© Acme Ltd" in home  # extra.kb.brand.footer
    assert "Acme Ltd Help Centre" in home


def test_the_answers_end_up_in_the_settings(site: Path) -> None:
    config = read_yaml(site / "mkdocs.yml")
    assert config["site_name"] == "Acme Ltd Help Centre"
    assert config["site_url"] == "https://help.acme.example/"
    assert config["extra"]["kb"]["brand"] == BRAND
    contact = read_yaml(site / "content/_data/contact.yml")
    assert (contact["company"], contact["email"]) == ("Acme Ltd", "help@acme.example")
    line = contact["lines"][0]
    assert (line["label"], line["number"], line["timezone"]) == (
        "Customer support", PHONE, "Europe/Paris")
    assert line["hours"]["monday"] == "09:00-17:00" and line["hours"]["sunday"] == "closed"
    assert read_yaml(site / "content/team/first-agent.yml")["timezone"] == "Europe/Paris"


def test_the_site_uses_the_installed_kbgen_and_copies_no_code(site: Path) -> None:
    config = read_yaml(site / "mkdocs.yml")
    assert "hooks" not in config
    assert "kbgen" in config["plugins"]
    assert config["theme"]["custom_dir"] == "theme"
    assert not (site / "hooks").exists()
    plugin = entry_points(group="mkdocs.plugins", name="kbgen")
    assert [ep.value for ep in plugin] == ["kbgen.site.plugin:KbPlugin"]
    modules = {hashlib.sha256(p.read_bytes()).hexdigest()
               for p in Path(kbgen.__file__).parent.rglob("*.py")}
    for path in site.rglob("*"):
        if path.is_file() and "site" not in path.relative_to(site).parts[:1]:
            assert path.suffix != ".py", path
            assert hashlib.sha256(path.read_bytes()).hexdigest() not in modules, path


def test_hidden_files_are_written_with_their_real_names(site: Path) -> None:
    # Package data globs skip hidden files: the scaffold stores them as dot-NAME.
    assert not [p for p in SCAFFOLD_DIR.rglob(".*")]
    assert (site / ".gitignore").read_text().split() == ["site/", ".kbgen-cache/",
                                                         "__pycache__/", ".site.*"]
    assert not list(site.rglob("dot-*")) and not list(site.rglob("*.tmpl"))


# ------------------------------------------------------------------------------ Refusals


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    result = init([str(tmp_path), *FLAGS])
    assert result.output == (f"Error: {tmp_path} is not empty; choose a new or empty folder\n")
    assert result.exit_code == 1
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_accepts_an_empty_folder_or_an_empty_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    assert init([str(tmp_path), *FLAGS]).exit_code == 0
    assert (tmp_path / "mkdocs.yml").is_file()


@pytest.mark.parametrize("option, value, message", [
    ("--phone", "020 7946 0000", "is not a valid phone number in international format"),
    ("--phone", "+44 20 7946 000", "is not a valid phone number in international format"),
    ("--timezone", "Europe/Londres", "unknown time zone 'Europe/Londres'"),
    ("--site-url", "help.acme.example", "is not an http(s) address"),
    ("--site-url", "ftp://help.acme.example/", "is not an http(s) address"),
    ("--email", "support.example.com", "is not an e-mail address"),
])
def test_invalid_values_are_usage_errors(tmp_path: Path, option: str, value: str,
                                         message: str) -> None:
    target = tmp_path / "new"
    result = init([str(target), option, value])
    assert result.exit_code == 2
    assert f"Error: Invalid value for '{option}': " in result.output
    assert message in result.output
    assert not target.exists()


# ----------------------------------------------------------------------------- In a terminal


def test_asks_for_what_is_missing_in_a_terminal(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: True)
    answers = ["Northwind", "", "12345", "+49 30 901820", "help@northwind.example",
               "Europe/Berlin", "https://northwind.example/help"]
    result = init([str(tmp_path / "kb")], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Site name [Northwind Help Centre]: " in result.output
    assert "Error: '12345' is not a valid phone number" in result.output  # asked again
    config = read_yaml(tmp_path / "kb/mkdocs.yml")
    assert config["site_name"] == "Northwind Help Centre"
    assert config["site_url"] == "https://northwind.example/help/"
    assert config["extra"]["kb"]["brand"]["footer"] == "© Northwind"
    contact = read_yaml(tmp_path / "kb/content/_data/contact.yml")
    assert contact["company"] == "Northwind"
    assert contact["email"] == "help@northwind.example"
    assert contact["lines"][0]["number"] == "+49 30 901820"
    assert contact["lines"][0]["timezone"] == "Europe/Berlin"


def test_options_given_are_not_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: True)
    result = init([str(tmp_path / "kb"), *FLAGS[:6]], input="\n\n\n")
    assert result.exit_code == 0, result.output
    assert "Company name" not in result.output and "phone" not in result.output
    assert read_yaml(tmp_path / "kb/mkdocs.yml")["site_url"] == "https://help.example.com/"


def test_defaults_without_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    assert init([str(tmp_path / "kb")]).exit_code == 0
    config = read_yaml(tmp_path / "kb/mkdocs.yml")
    assert config["site_name"] == "Example Ltd Help Centre"
    contact = read_yaml(tmp_path / "kb/content/_data/contact.yml")
    assert (contact["email"], contact["lines"][0]["number"], contact["lines"][0]["timezone"]) \
        == ("support@example.com", "+44 20 7946 0000", "Europe/London")


# ------------------------------------------------------------------------ Publishing files


def scripts(data: Any) -> Iterator[str]:
    """Every shell script string under run/script/command keys, at any depth."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in SCRIPT_KEYS:
                yield from ([value] if isinstance(value, str) else
                            [v for v in value if isinstance(v, str)])
            else:
                yield from scripts(value)
    elif isinstance(data, list):
        for item in data:
            yield from scripts(item)


def kbgen_commands(script: str) -> Iterator[list[str]]:
    """The argument lists of every `kbgen ...` simple command in a shell script."""
    lexer = shlex.shlex(script, posix=True, punctuation_chars="".join(SEPARATORS))
    lexer.whitespace = " \t\r"
    lexer.whitespace_split = True
    lexer.commenters = ""  # shlex would swallow the newline that ends a comment
    command: list[str] = []
    in_comment = False
    for token in [*lexer, "\n"]:
        in_comment = (in_comment or token.startswith("#")) and "\n" not in token
        if in_comment:
            continue
        if set(token) <= SEPARATORS:
            if command[:1] == ["kbgen"]:
                yield command[1:]
            command = []
        else:
            command.append(token)


def assert_valid_kbgen_command(args: list[str]) -> None:
    """The command exists, takes every option given, and click accepts the whole line."""
    assert args and args[0] in cli.commands, args
    command = cli.commands[args[0]]
    names = {"-h", "--help"} | {name for param in command.params
                                if isinstance(param, click.Option)
                                for name in [*param.opts, *param.secondary_opts]}
    for token in args[1:]:
        if token.startswith("-"):
            assert token.split("=")[0] in names, f"kbgen {args[0]} has no option {token}"
    command.make_context(f"kbgen {args[0]}", args[1:])  # raises on a bad value or argument


def workflow_files(site: Path) -> list[Path]:
    return [root / name for root in (site, REPO) for name in WORKFLOWS]


def test_publishing_files_parse_and_run_real_kbgen_commands(site: Path) -> None:
    for path in workflow_files(site):
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text) if path.suffix == ".toml" else yaml.safe_load(text)
        found = [args for script in scripts(data) for args in kbgen_commands(script)]
        assert [a[0] for a in found if a[0] in ("check", "build")] == ["check", "build"], path
        assert ["build", "--strict"] == found[-1][:2], path
        for args in found:
            assert_valid_kbgen_command(args)


def test_commands_in_the_guides_are_real(site: Path) -> None:
    for path in [site / "README.md", site / "PUBLISHING.md", REPO / "docs/publishing.md"]:
        blocks = re.findall(r"```(?:bash|sh)\n(.*?)```", path.read_text(), flags=re.S)
        found = [args for block in blocks for args in kbgen_commands(block)]
        assert found, path
        if path.name == "README.md":
            assert {a[0] for a in found} == {"search", "new", "check", "serve", "build",
                                             "reply"}
        for args in found:
            assert_valid_kbgen_command(args)


def test_github_publishes_only_pushes_to_main(site: Path) -> None:
    workflow = read_yaml(site / ".github/workflows/publish.yml")
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert set(triggers) >= {"pull_request", "push"}
    assert triggers["push"]["branches"] == ["main"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    upload = next(s for s in build["steps"] if "upload-pages-artifact" in s.get("uses", ""))
    assert "github.event_name == 'push'" in upload["if"]
    assert deploy["needs"] == "build"
    assert "github.event_name == 'push'" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "actions/deploy-pages" in deploy["steps"][0]["uses"]


def test_gitlab_publishes_only_the_default_branch(site: Path) -> None:
    pipeline = read_yaml(site / ".gitlab-ci.yml")
    assert pipeline["stages"] == ["check", "deploy"]
    assert pipeline["check"]["artifacts"]["reports"]["codequality"] == \
        "gl-code-quality-report.json"
    assert pipeline["pages"]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert pipeline["pages"]["artifacts"]["paths"] == ["public"]


def test_gitlab_code_quality_snippet_converts_kbgen_json(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    import subprocess
    import sys

    script = read_yaml(SCAFFOLD_DIR / "dot-gitlab-ci.yml")["check"]["script"]
    snippet = next(s for s in script if s.startswith("python -c"))
    code = shlex.split(snippet)[2]
    (tmp_path / "kbgen-check.json").write_text(json.dumps({
        "problems": [{"path": "content/articles/a/b.md", "line": 3, "level": "error",
                      "message": "bad"},
                     {"path": "mkdocs.yml", "line": None, "level": "warning", "message": "odd"}],
        "files": 2, "summary": "1 error, 1 warning in 2 files", "failed": True}))
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines()[-1] == "1 error, 1 warning in 2 files"
    report = json.loads((tmp_path / "gl-code-quality-report.json").read_text())
    assert [(i["severity"], i["location"]) for i in report] == [
        ("major", {"path": "content/articles/a/b.md", "lines": {"begin": 3}}),
        ("minor", {"path": "mkdocs.yml", "lines": {"begin": 1}})]
    assert all(i["check_name"] == "kbgen" and len(i["fingerprint"]) == 64 for i in report)


def test_netlify_builds_into_site(site: Path) -> None:
    netlify = tomllib.loads((site / "netlify.toml").read_text())
    assert netlify["build"]["publish"] == "site"
    assert netlify["build"]["command"].endswith("kbgen check && kbgen build --strict")


def test_the_repository_publishes_its_sample_with_the_same_files() -> None:
    for scaffold, repo in [("dot-github/workflows/publish.yml", ".github/workflows/publish.yml"),
                           ("dot-gitlab-ci.yml", ".gitlab-ci.yml"),
                           ("netlify.toml", "netlify.toml")]:
        expected = (SCAFFOLD_DIR / scaffold).read_text().replace(
            "pip install -r requirements.txt", "pip install -e .")
        assert (REPO / repo).read_text() == expected, repo
    assert (REPO / "docs/publishing.md").read_text() == \
        (SCAFFOLD_DIR / "PUBLISHING.md").read_text()


def test_no_site_turns_on_search_suggestions() -> None:
    """Material's search.suggest completes words from the index, which holds stems: kbgen's
    worker returns no suggestions, so neither the sample nor a new site asks for them."""
    for config in (REPO / "mkdocs.yml", SCAFFOLD_DIR / "mkdocs.yml.tmpl"):
        assert "search.suggest" not in config.read_text(encoding="utf-8"), config


def test_inits_english_contact_wording_is_pointed_out_on_a_site_in_another_language(
        tmp_path: Path) -> None:
    """A Korean help centre (Misskey Hub imported, `languages: [ko]`) showed init's "Customer
    support", its three have-ready items and "Help with ..." in English on the contact page."""
    target = tmp_path / "help"
    assert init([str(target), *FLAGS]).exit_code == 0
    settings = target / "mkdocs.yml"
    settings.write_text(settings.read_text().replace("\n  kb:\n", "\n  kb:\n    languages: [ko]\n"))

    def told() -> list[str]:
        output = CliRunner().invoke(cli, ["check", "-f", str(settings)]).output
        return [line.split(": warning: ")[0].rsplit(":", 1)[1] for line in output.splitlines()
                if "kbgen init's English example text, on a site in Korean" in line]

    assert told() == ["5", "7", "21", "22", "23"]
    contact = target / "content/_data/contact.yml"
    text = contact.read_text()
    for english, korean in [("Help with Acme Ltd Help Centre", "Acme 도움말 문의"),
                            ("Customer support", "고객 지원"),
                            ("The e-mail address you use to sign in", "로그인 이메일 주소"),
                            ("Your customer or order number, if you have one", "주문 번호"),
                            ("The exact error message on the screen, if there is one", "오류")]:
        assert english in text
        text = text.replace(english, korean)
    contact.write_text(text)
    assert told() == []


def test_inits_english_contact_wording_is_pointed_out_on_a_site_korean_by_its_theme(
        tmp_path: Path) -> None:
    """A one-language site says its language with `theme.language: ko` alone (no
    `extra.kb.languages`): the contact check read `languages` only and said nothing."""
    target = tmp_path / "help"
    assert init([str(target), *FLAGS]).exit_code == 0
    settings = target / "mkdocs.yml"
    settings.write_text(settings.read_text().replace("  language: en\n", "  language: ko\n"))
    output = CliRunner().invoke(cli, ["check", "-f", str(settings)]).output
    told = [line for line in output.splitlines()
            if "kbgen init's English example text, on a site in Korean" in line]
    assert [line.split(": warning: ")[0].rsplit(":", 1)[1] for line in told] == [
        "5", "7", "21", "22", "23"]
    settings.write_text(settings.read_text().replace("  language: ko\n", "  language: en\n"))
    assert "kbgen init's English" not in CliRunner().invoke(
        cli, ["check", "-f", str(settings)]).output


def test_the_sites_language_is_read_in_one_place_by_every_check(tmp_path: Path) -> None:
    """`kbgen check` read `theme.language` itself while the checks every loader runs read
    `languages` only: the loader now takes `theme.language` and the one rule decides."""
    from kbgen.core.config import KbConfig, site_language
    from kbgen.core.loader import load

    target = tmp_path / "help"
    assert init([str(target), *FLAGS]).exit_code == 0
    content = target / "content"

    def lines(config: KbConfig, theme_language: str) -> list[int | None]:
        _, problems = load(content, config, review=True, theme_language=theme_language)
        return [p.line for p in problems if "kbgen init's English example text" in p.message]

    assert lines(KbConfig(), "ko") == [5, 7, 21, 22, 23]
    assert lines(KbConfig(), "en") == lines(KbConfig(languages=["en"]), "ko") == []
    assert lines(KbConfig(languages=["ko"]), "en") == [5, 7, 21, 22, 23]
    assert site_language(KbConfig(), "") == "en"
    assert site_language(KbConfig(languages=["ja", "ko"]), "ko") == "ja"

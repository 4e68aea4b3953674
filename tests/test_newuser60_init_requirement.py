"""`kbgen init`'s requirements.txt names the kbgen CI can install: a new user's site said a bare
`kbgen`, which the publishing workflows look up on the package index by name (kbgen installed
from a clone is on none: the first push failed, or would install a stranger's project)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from packaging.requirements import Requirement as Parsed

from kbgen.cli import cli
from kbgen.commands.init_requirement import (
    Requirement,
    _checkout,
    installed_requirement,
    requirement_for,
)

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def direct(url: str, **info: object) -> str:
    """The text of a PEP 610 direct_url.json."""
    return json.dumps({"url": url, **info})


@pytest.mark.parametrize(("direct_url", "line", "warned"), [
    (None, "kbgen==1.2.3", False),  # from a package index: that version, again
    (direct("https://git.example/team/kbgen.git",
            vcs_info={"vcs": "git", "commit_id": COMMIT}),
     f"kbgen @ git+https://git.example/team/kbgen.git@{COMMIT}", False),
    (direct("https://files.example/kbgen-1.2.3-py3-none-any.whl", archive_info={}),
     "kbgen @ https://files.example/kbgen-1.2.3-py3-none-any.whl", False),
    # a login in the address is never written into the site, nor is an ssh address CI can't use
    (direct("https://jane:s3cret@git.example/kbgen.git",
            vcs_info={"vcs": "git", "commit_id": COMMIT}), "kbgen==1.2.3", True),
    (direct("ssh://git@git.example/kbgen.git", vcs_info={"vcs": "git", "commit_id": COMMIT}),
     "kbgen==1.2.3", True),
    # nothing but the address reaches the file: no option, line break or query rides along
    (direct("https://git.example/kbgen.git --index-url https://evil.example/simple",
            vcs_info={"vcs": "git", "commit_id": COMMIT}), "kbgen==1.2.3", True),
    (direct("https://git.example/kbgen.git\n--extra-index-url=https://evil.example/",
            vcs_info={"vcs": "git", "commit_id": COMMIT}), "kbgen==1.2.3", True),
    (direct("https://files.example/kbgen.whl?token=s3cret", archive_info={}),
     "kbgen==1.2.3", True),
    (direct("https://git.example/kbgen.git", vcs_info={"vcs": "git", "commit_id": "main"}),
     "kbgen==1.2.3", True),  # a branch moves: only a commit pins
    (direct("file:///nowhere/kbgen-1.2.3-py3-none-any.whl", archive_info={}),
     "kbgen==1.2.3", True),
    ("{not json", "kbgen==1.2.3", True),
])
def test_the_line_names_a_source_ci_reaches_or_warns(direct_url: str | None, line: str,
                                                     warned: bool) -> None:
    found = requirement_for("1.2.3", direct_url, checkout=None)
    assert found.line == line
    assert bool(found.warning) is warned
    assert Parsed(found.line).name == "kbgen"
    if warned:
        assert "CI cannot reach" in found.warning and "requirements.txt" in found.warning


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_a_clone_of_a_public_repository_is_installed_from_its_commit(tmp_path: Path) -> None:
    clone = tmp_path / "kbgen"
    clone.mkdir()
    git(clone, "init", "-q")
    git(clone, "config", "user.email", "dev@example.com")
    git(clone, "config", "user.name", "Dev")
    (clone / "setup.py").write_text("print('x')\n")
    git(clone, "add", "setup.py")
    git(clone, "commit", "-qm", "first")
    editable = direct(clone.as_uri(), dir_info={"editable": True})
    # no origin: a folder CI cannot reach, named in the warning with the wheel command
    alone = requirement_for("0.1.0", editable, _checkout)
    assert alone.line == "kbgen==0.1.0"
    assert f"pip wheel --no-deps -w wheels {clone}" in alone.warning
    git(clone, "remote", "add", "origin", "https://git.example/team/kbgen.git")
    head = git(clone, "rev-parse", "HEAD")
    assert requirement_for("0.1.0", editable, _checkout) == Requirement(
        f"kbgen @ git+https://git.example/team/kbgen.git@{head}")
    (clone / "setup.py").write_text("print('changed')\n")
    changed = requirement_for("0.1.0", editable, _checkout)
    assert changed.line.endswith(f"@{head}")
    assert "changes not committed" in changed.warning and str(clone) in changed.warning


def test_init_writes_the_installed_kbgen_and_says_when_ci_cannot_install_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "help")])
    assert result.exit_code == 0, result.output
    installed = installed_requirement()
    lines = [line for line in (tmp_path / "help/requirements.txt").read_text().splitlines()
             if line and not line.startswith("#")]
    assert lines == [installed.line] and lines != ["kbgen"]
    assert (installed.warning in result.output) if installed.warning else True
    said = Requirement(f"kbgen @ git+https://git.example/kbgen.git@{COMMIT}",
                       "requirements.txt installs kbgen from a copy with changes")
    monkeypatch.setattr("kbgen.commands.init_requirement.installed_requirement",
                        lambda: said)
    again = CliRunner().invoke(cli, ["init", str(tmp_path / "other")])
    assert again.exit_code == 0, again.output
    assert said.line in (tmp_path / "other/requirements.txt").read_text().splitlines()
    assert said.warning in again.output
    assert again.output.index(said.warning) < again.output.index("Next steps:")

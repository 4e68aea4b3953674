"""A mkdocs.yml link of a scheme no help site needs (hostile58's left (d)), and a script
address spelled with entities: on main a nav entry, `extra.homepage`, a social link and
`repo_url` of `ftp:`, `intent:`, `file:`, `blob:`, `filesystem:`, `ms-msdt:`, `search-ms:`...
were published in every page's `href`, where a click hands the reader to another program
(Follina's `ms-msdt:`) or to a page of no site; and `&#106;avascript:alert(1)`,
`jav&#x09;ascript:` and `javascript&colon;` passed round 16's refusal and were written as they
are into every page's `href`, which the browser decodes to `javascript:`. A link setting now
takes only http(s), mailto and tel addresses and the site's pages (an allow-list, read as the
browser reads the attribute: entities decoded, blanks and controls ignored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.refusals import run_in

OTHER_SCHEMES = ["ftp://files.example.net/x", "FtP://files.example.net/", "intent://scan/#Intent;end",
                 "file:///etc/passwd", "blob:https://files.example.net/0f3c",
                 "filesystem:https://files.example.net/temporary/x", "ms-settings:privacy",
                 "ms-msdt:/id PCWDiagnostic", "search-ms:query=x", "smb://files.example.net/s",
                 "view-source:https://files.example.net/", "jar:https://files.example.net/a!/",
                 " \\x01ftp://files.example.net/", "f\\ttp://files.example.net/"]
"""Nav targets of other schemes, on lines 15 to 28 of mkdocs.yml."""
ENTITIES = ["&#106;avascript:alert(1)", "jav&#x09;ascript:alert(1)", "javascript&colon;alert(1)",
            "&#x64;ata:text/html,x", "&Tab;javascript:alert(1)"]
"""Script addresses a browser decodes from the attribute, on lines 29 to 33."""
HOSTILE = (MINI_CONFIG + "nav:\n  - Home: index.md\n"
           + "".join(f'  - Other {i}: "{value}"\n' for i, value in enumerate(OTHER_SCHEMES))
           + "".join(f'  - Script {i}: "{value}"\n' for i, value in enumerate(ENTITIES))
           + 'repo_url: "ftp://files.example.net/repo"\n'
           + 'extra:\n  homepage: "intent://home#Intent;end"\n  social:\n'
           + '    - icon: fontawesome/brands/github\n      link: "ms-msdt:/id x"\n'
           + '  alternate:\n    - name: English\n      link: "&#x6a;avascript:alert(1)"\n'
           + '      lang: en\n')
OTHER_LINES = {f"nav[{i + 1}][0].page": 15 + i for i in range(len(OTHER_SCHEMES))}
OTHER_LINES.update({"repo_url": 34, "extra.homepage": 36, "extra.social[0].link": 39})
SCRIPT_LINES = {f"nav[{i + 1 + len(OTHER_SCHEMES)}][0].page": 29 + i
                for i in range(len(ENTITIES))}
SCRIPT_LINES["extra.alternate[0].link"] = 42


def project(root: Path, config: str) -> Path:
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES}, dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    return run_in(project(tmp_path_factory.mktemp("link-schemes"), HOSTILE), "check")


def test_other_schemes_are_refused_at_their_lines(checked: tuple[int, str]) -> None:
    code, output = checked
    missing = [key for key, line in OTHER_LINES.items()
               if f"mkdocs.yml:{line}: error: {key}: is a " not in output]
    assert code == 1 and missing == [], (missing, output)
    assert "nav[8][0].page: is a ms-msdt: address" in output
    assert "link to an https://, mailto: or tel: address, or a page of the site" in output


def test_entity_spelled_script_addresses_are_refused(checked: tuple[int, str]) -> None:
    code, output = checked
    missing = [key for key, line in SCRIPT_LINES.items()
               if f"mkdocs.yml:{line}: error: {key}: is a javascript:, vbscript: or data:"
               not in output]
    assert code == 1 and missing == [], (missing, output)


def test_the_build_publishes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, MINI_CONFIG + 'nav:\n  - Home: index.md\n'
                   '  - Help: "&#106;avascript:alert(1)"\n')
    code, output = run_in(root, "build")
    assert code == 1 and "nav[1][0].page: is a javascript:" in output, output
    assert not (root / "site").exists()


def test_help_site_links_build(tmp_path: Path) -> None:
    root = project(tmp_path, MINI_CONFIG + 'copyright: "Ftp: intent: kept as text"\n'
                   'nav:\n  - Home: index.md\n  - Status: "https://status.example.org/?a=1&b=2"\n'
                   '  - Mail: "mailto:help@example.org"\n'
                   '  - Relative: "/other/page/"\n'
                   'repo_url: https://github.com/example/help\n'
                   'extra:\n  homepage: https://www.example.org/\n  status:\n'
                   '    new: "Note: recently added"\n')
    code, output = run_in(root, "build")
    assert code == 0, output
    page = (root / "site/index.html").read_text(encoding="utf-8")
    assert 'href="mailto:help@example.org"' in page and 'href="/other/page/"' in page

"""`kb:allow` in a code block (issue 19): written at the end of a code line, or alone on the
line before, as `<!-- kb:allow token -->` or as a comment of the code's language (`# kb:allow
token`, `// ...`, `-- ...`); it accepts that line only, is listed by `kbgen check`, and nothing
of it is published: not the marker, not an empty `#` left in the code the reader copies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kbgen.core.allow_markers import read_markers, strip_markers
from tests.conftest import article
from tests.helpers import run_cli

ARTICLE = "content/articles/billing/case.md"
BODY = """\
Call the sandbox:

```bash
curl -H "Authorization: Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc" https://api.test/  # kb:allow token
# kb:allow token
export KEY=sk_test_5eC39HqLyjWDarjtT1zdp7dc
```

```js
const key = "ghp_16C7e42F292c6912E7710c838347Ae178B4a"; // <!-- kb:allow token -->
```

```sql
SELECT 1; -- the semicolon stays
```
"""
LINE = 8
"""The first body line of `article()`."""


def test_a_build_publishes_the_code_without_its_markers(
        build_project: Callable[..., Path]) -> None:
    site = build_project({ARTICLE: article(body=BODY),
                          "content/articles/wifi/ok.md": article("Fine article")})
    html = (site / "articles/billing/case.html").read_text(encoding="utf-8")
    assert "sk_test_5eC39HqLyjWDarjtT1zdp7dc" in html  # the reviewed line is published
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".txt", ".js", ".xml"):
            text = path.read_text(encoding="utf-8", errors="replace").lower()
            assert "kb:allow" not in text, path
    code = strip_markers(BODY, keep_lines=False)
    assert "https://api.test/\nexport KEY=" in code  # the marker's own line gone too
    assert '"ghp_16C7e42F292c6912E7710c838347Ae178B4a";\n' in code  # no `//` left
    assert "SELECT 1; -- the semicolon stays" in code


def test_check_lists_each_reviewed_line_in_code(tmp_path: Path) -> None:
    project = tmp_path / "kb"
    assert run_cli("init", str(project), "--company", "Acme").returncode == 0
    (project / ARTICLE).write_text(article(body=BODY), encoding="utf-8")
    check = run_cli("check", cwd=project)
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"{ARTICLE}:{LINE + 3}: reviewed exception: API key or token (sk_t" in check.stdout
    assert f"{ARTICLE}:{LINE + 5}: reviewed exception: API key or token (sk_t********)" \
           f" (marker on line {LINE + 4})" in check.stdout
    assert f"{ARTICLE}:{LINE + 9}: reviewed exception: API key or token (ghp_" in check.stdout


def test_a_comment_marker_counts_in_code_only() -> None:
    """Outside code, `# kb:allow token` is a heading, not a marker."""
    assert read_markers("# kb:allow token\nsk_test_4eC39HqLyjWDarjtT1zdp7dc\n").markers == ()
    assert read_markers("```\n# kb:allow\n```\n").errors  # a marker without a kind

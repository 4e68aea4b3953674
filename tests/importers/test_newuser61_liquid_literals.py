"""Jekyll prints Liquid's own braces with `{{ '{{' }}`, in code blocks too (Liquid runs before
Markdown). F-Droid's "Publishing Nightly Builds" shows a GitHub Actions step as
`${{ '{{' }} secrets.DEBUG_KEYSTORE }}`, which its site showed as `${{ secrets.DEBUG_KEYSTORE }}`;
the import kept the tag as written, so the new page showed Liquid to readers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FENCE = "```"


@pytest.mark.parametrize(("code", "shown"), [
    ("export KEY=${{ '{{' }} secrets.KEYSTORE }}", "export KEY=${{ secrets.KEYSTORE }}"),
    ('export KEY=${{ "{{" }} secrets.KEYSTORE }}', "export KEY=${{ secrets.KEYSTORE }}"),
    ("echo {{- '{{' -}} name {{ '}}' }}", "echo {{ name }}"),
])
def test_a_quoted_liquid_output_in_code_is_what_jekyll_showed(
        code: str, shown: str, project: Path, import_site: Callable[..., Any]) -> None:
    import_site({"_config.yml": "title: Help\n",
                 "docs/nightly.md": f"---\ntitle: Nightly builds\n---\n\nAdd this step:\n\n"
                                    f"{FENCE}yaml\nrun: |\n  {code}\n{FENCE}\n\n"
                                    f"Or inline: `{code}`.\n"})
    text = next((project / "content/articles").rglob("nightly*.md")).read_text(encoding="utf-8")
    assert f"  {shown}\n" in text and f"`{shown}`" in text

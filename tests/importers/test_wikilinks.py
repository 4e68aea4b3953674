"""An Obsidian vault's help pages (as obsidianmd/obsidian-help is written): wiki links and
embedded images land on the imported articles and images of a real build; callouts are
admonitions."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

from tests.helpers import run_cli
from tests.importers.conftest import EXPORTS

VAULT = {
    "Getting started/Sync your notes.md": (
        "---\naliases:\n  - Sync\n---\n"
        "Keep your notes on every device with [[Introduction to Obsidian Sync|Obsidian Sync]].\n\n"
        "If it stops, read [[Obsidian Sync/Troubleshoot Obsidian Sync#Sync is stuck|this]] or"
        " [[#Set up]] below ([[#`Set up`|go up]]). Syntax: `[[Note name]]` stays code."
        " [[Nowhere at all]] is no page."
        "\n\n![[Sync status.png|300]]\n\n| View | Page |\n| --- | --- |\n"
        "| Cards | [[Troubleshoot Obsidian Sync\\|Fixes]] |\n\n## Set up\n\nOpen settings.\n"),
    "Obsidian Sync/Introduction to Obsidian Sync.md": (
        "Obsidian Sync is a paid add-on. See [[Sync your notes]].\n"),
    "Obsidian Sync/Refunds.md": (
        "We refund these within 7 days:\n\n- [[Introduction to Obsidian Sync|Sync]]\n\n"
        "> [!Warning] Non-refundable purchases\n> Some are **not** refundable:\n>\n"
        "> - [[Troubleshoot Obsidian Sync|Fixes]] are free.\n\n"
        "> [!tip]- Before you ask\n> Read the FAQ.\n> > [!NOTE]\n> > Nested.\n"),
    "Obsidian Sync/Styled.md": 'A <span style="color: red">red</span> word.\n\n'
                               '<object data="chart.svg">A chart</object>\n',
    "Obsidian Sync/Troubleshoot Obsidian Sync.md": (
        "What to do when Sync does not work.\n\n## Sync is stuck\n\nSign out and in again.\n"),
}


def test_wiki_links_and_embeds_become_working_links_and_images(tmp_path: Path) -> None:
    source = tmp_path / "vault"
    for name, text in VAULT.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    (source / "Attachments").mkdir()
    shutil.copy(EXPORTS / "jekyll/images/router.png", source / "Attachments/Sync status.png")
    assert run_cli("init", str(tmp_path / "kb"), "--company", "Acme").returncode == 0
    project = tmp_path / "kb"
    imported = run_cli("import", str(source), cwd=project)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "Changed in many files:\n  wiki links made Markdown links: 8× in 3 files\n" \
        in imported.stdout, imported.stdout  # said once, not under each file
    assert "wiki links to no file of the export, their text kept (1×): Nowhere at all" \
        in imported.stdout
    built = run_cli("build", cwd=project)
    assert built.returncode == 0, built.stdout + built.stderr
    page_file = project / "site/articles/getting-started/sync-your-notes.html"
    page = page_file.read_text(encoding="utf-8")
    body = page[page.index("<article"):page.index("</article>")]
    assert "[[" not in body.replace("<code>[[Note name]]</code>", "")
    assert "Nowhere at all is no page" in body
    by_text = {text: href for href, text in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>',
                                                        body)}
    for text, fragment in (("Obsidian Sync", ""), ("this", "sync-is-stuck"),
                           ("Fixes", ""), ("Set up", "set-up"), ("go up", "set-up")):
        href = by_text[text]
        target, _, anchor = href.partition("#")
        target_file = (page_file.parent / unquote(target)).resolve() if target else page_file
        assert target_file.is_file(), (text, href)
        assert anchor == fragment and (not anchor or f'id="{anchor}"' in target_file.read_text(
            encoding="utf-8")), (text, href)
    image = re.search(r'<img[^>]*src="([^"]+)"', body)
    assert image and (page_file.parent / unquote(image.group(1))).is_file()


def test_callouts_become_admonitions_and_stay_out_of_the_summary(tmp_path: Path) -> None:
    """obsidian-help: 101 of 173 articles showed `[!tip]` in a quote, and a summary ran on
    through the list and the callout after its first paragraph."""
    source = tmp_path / "vault"
    for name, text in VAULT.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    assert run_cli("init", str(tmp_path / "kb"), "--company", "Acme").returncode == 0
    project = tmp_path / "kb"
    imported = run_cli("import", str(source), cwd=project)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "callouts (`> [!note]`) made admonitions (3×)" in imported.stdout
    assert "Publishing gate: 1 warning to review (advice: the build goes on; `--strict` stops" \
        " at them):\n" in imported.stdout  # not "the build refuses them"
    assert "style attribute of an HTML element" in imported.stdout  # removed at import
    assert "Next: review the warnings" in imported.stdout  # no team profile to complete
    assert ("kbgen init's example articles are still published next to yours: content/articles/"
            "account/password-reset-email-does-not-arrive.md, content/articles/billing/invoice-"
            "shows-the-wrong-company-name.md, content/articles/getting-started/getting-started-"
            "checklist.md; delete them" in imported.stdout), imported.stdout
    article = (project / "content/articles/obsidian-sync/refunds.md").read_text()
    assert "summary: 'We refund these within 7 days:'\n" in article
    built = run_cli("build", cwd=project)
    assert built.returncode == 0, built.stdout + built.stderr
    page = (project / "site/articles/obsidian-sync/refunds.html").read_text(encoding="utf-8")
    body = page[page.index("<article"):page.index("</article>")]
    assert "[!" not in body
    warning = re.search(r'<div class="admonition warning">\s*<p class="admonition-title">'
                        r'Non-refundable purchases</p>(.*?)</div>', body, re.S)
    assert warning and "<li><a href=" in warning.group(1), body
    folded = re.search(r'<details class="tip">\s*<summary>Before you ask</summary>(.*?)'
                       r'</details>', body, re.S)
    assert folded and '<div class="admonition note">' in folded.group(1), body


def test_obsidian_publish_addresses_redirect(tmp_path: Path) -> None:
    """A vault published with Obsidian Publish (its `publish.css`): a note's old addresses are
    its permalink, its path and its aliases, with `+` for a space, as Publish wrote them
    (obsidian-help: 142 aliases were refused as "not a path", 34 addresses kept of 513)."""
    source = tmp_path / "vault"
    (source / "User interface").mkdir(parents=True)
    (source / "publish.css").write_text("body {}\n")
    (source / "User interface/Tabs.md").write_text(
        "---\naliases:\n  - Stacked tabs\n  - User interface/Use tabs in Obsidian\n"
        "permalink: tabs\n---\nOpen a note in a new tab.\n", encoding="utf-8")
    (source / "User interface/2-factor authentication.md").write_text("Turn on 2FA.\n")
    assert run_cli("init", str(tmp_path / "kb"), "--company", "Acme").returncode == 0
    project = tmp_path / "kb"
    imported = run_cli("import", str(source), cwd=project)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "cannot be redirected" not in imported.stdout, imported.stdout
    assert "no title" not in imported.stdout  # Obsidian's title is the file name
    assert "title: 2-factor authentication\n" in (
        project / "content/articles/user-interface/2-factor-authentication.md").read_text()
    built = run_cli("build", cwd=project)
    assert built.returncode == 0, built.stdout + built.stderr
    redirects = (project / "site/_redirects").read_text(encoding="utf-8")
    for old in ("/tabs", "/User+interface/Tabs", "/Stacked+tabs",
                "/User+interface/Use+tabs+in+Obsidian"):
        assert f"{old} /articles/user-interface/tabs.html 301" in redirects, redirects
        assert (project / "site" / old.strip("/") / "index.html").is_file()

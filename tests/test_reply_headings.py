"""`kbgen reply` quotes the steps of articles written under other languages' headings.

A German help centre's article has `## Lösung`, not `## Resolution`: its reply held the
summary and the link, not one step of what the customer should do."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli

FRONT = ("---\ntitle: {title}\nsummary: {summary}\nstatus: published\n---\n\n")
ARTICLES = {
    "ssh-nach-neustart-abgelehnt": FRONT.format(
        title="SSH nach Neustart abgelehnt", summary="Die sshd_config hat einen Fehler.")
    + "## Symptome\n\nConnection refused.\n\n## Ursache\n\nEin Tippfehler.\n\n## Lösung\n\n"
      "1. Öffnen Sie die Konsole des Servers.\n2. Prüfen Sie die Datei mit `sshd -t`.\n\n"
      "## Workaround\n\nNutzen Sie das Rescue-System.\n",
    "imprimante-hors-ligne": FRONT.format(
        title="Imprimante hors ligne", summary="Le pilote est ancien.")
    + "## Symptômes\n\nL'imprimante est hors ligne.\n\n## Solution de contournement\n\n"
      "Imprimez depuis un autre ordinateur.\n",
}


def test_replies_quote_steps_under_other_languages_headings(tmp_path: Path) -> None:
    project = tmp_path / "kb"
    assert run_cli("init", str(project), "--company", "Wolkenwerk").returncode == 0
    for slug, text in ARTICLES.items():
        (project / "content/articles/account" / f"{slug}.md").write_text(text, "utf-8")
    german = run_cli("reply", "ssh-nach-neustart-abgelehnt", cwd=project)
    assert german.returncode == 0, german.stdout + german.stderr
    assert "1. Öffnen Sie die Konsole des Servers." in german.stdout
    assert "2. Prüfen Sie die Datei mit sshd -t." in german.stdout
    assert "Rescue-System" not in german.stdout  # a resolution before a workaround
    french = run_cli("reply", "imprimante-hors-ligne", "--format", "markdown", cwd=project)
    assert french.returncode == 0, french.stdout + french.stderr
    assert "Imprimez depuis un autre ordinateur." in french.stdout


def test_a_german_sites_reply_speaks_german(tmp_path: Path) -> None:
    project = tmp_path / "kb"
    assert run_cli("init", str(project), "--company", "Wolkenwerk").returncode == 0
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  language: en", "  language: de"),
                      "utf-8")
    (project / "content/articles/account/ssh-nach-neustart-abgelehnt.md").write_text(
        ARTICLES["ssh-nach-neustart-abgelehnt"], "utf-8")
    reply = run_cli("reply", "ssh-nach-neustart-abgelehnt", "--name", "Frau Kaya", cwd=project)
    assert reply.returncode == 0, reply.stdout + reply.stderr
    lines = reply.stdout.split("\n")
    assert lines[0] == "Hallo Frau Kaya,"
    assert "Den vollständigen Artikel finden Sie hier: https://" in reply.stdout
    assert ("Falls das nicht hilft, antworten Sie auf diese Nachricht oder rufen Sie uns unter"
            " +44 20 7946 0000 an (Customer support).") in reply.stdout
    assert "Hello" not in reply.stdout and "You can read" not in reply.stdout

"""`#anchors` GitHub wrote with accents lead to their heading after an import (issue 19).

Hetzner's German tutorials link `#schritt-4---modelle-hinzufügen`; GitHub keeps the `ü`,
kbgen's heading id is `schritt-4-modelle-hinzufugen`: 8 of the 10 stale anchors of the import
were only that, and `kbgen build --strict` refused them."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import run_cli

SOURCE = {
    "docusaurus.config.js": "module.exports = {};\n",
    "docs/anleitungen/webui.md": (
        "---\ntitle: Open WebUI einrichten\n---\n\nOhne Firewall weiter mit"
        " [Schritt 4 - Modelle hinzufügen](#schritt-4---modelle-hinzufügen), sonst mit"
        " [Étape 2](../anleitungen/port.md#étape-2---règles-du-pare-feu).\n\n"
        "## Schritt 3 - Port erlauben\n\nText.\n\n## Schritt 4 - Modelle hinzufügen\n\n"
        "Text.\n"),
    "docs/anleitungen/port.md": (
        "---\ntitle: Port freigeben\n---\n\nEinleitung.\n\n"
        "## Étape 2 - Règles du pare-feu\n\nText.\n"),
}


def test_accented_anchors_lead_to_their_heading(tmp_path: Path) -> None:
    source = tmp_path / "source"
    for path, text in SOURCE.items():
        (source / path).parent.mkdir(parents=True, exist_ok=True)
        (source / path).write_text(text, encoding="utf-8")
    project = tmp_path / "kb"
    assert run_cli("init", str(project), "--company", "Wolkenwerk").returncode == 0
    imported = run_cli("import", str(source), cwd=project)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "now ends '#schritt-4-modelle-hinzufugen'" in imported.stdout
    build = run_cli("build", "--strict", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    page = next((project / "site").rglob("webui*.html")).read_text(encoding="utf-8")
    assert 'id="schritt-4-modelle-hinzufugen"' in page
    assert 'href="#schritt-4-modelle-hinzufugen"' in page
    other = re.search(r'href="(port[^"#]*\.html)#([^"]+)"', page)
    assert other and other.group(2) == "etape-2-regles-du-pare-feu", page

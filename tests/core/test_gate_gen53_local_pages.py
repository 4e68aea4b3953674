"""Issue 19 (gen53): a page on the reader's own computer that the page itself makes (its path's
name said on another line) is a warning, not an error (kbgen.core.privacy.local_pages); one the
page names nothing of, one with a query, a fragment or a login, or one placed on someone's
server stays a finding (more hostile twins are rows `(gen53)` of
bench/gatecorpus/hostile.yml, counted by bench/gate.py)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import local_pages, scan

# As Jekyll's step-by-step/layouts and Traefik's getting-started/docker.md write them.
ABOUT = ("Create a new Markdown file named `about.md` in your site's root folder.\n\n"
         'Open <a href="http://localhost:4000/about.html" target="_blank">'
         "http://localhost:4000/about.html</a>\n")
DASHBOARD = ("- Configures the dashboard with basic settings.\n\n"
             "You can access the dashboard at:\n\n[http://localhost:8080/dashboard/](http://localhost:8080/dashboard/)\n")
# As Kanboard's admin/windows.md writes it.
KANBOARD = ("2. Extract the archive to `C:\\inetpub\\wwwroot\\kanboard`.\n"
            "3. Open your web browser and navigate to <http://localhost/kanboard/>.\n")


@pytest.mark.parametrize("text", [ABOUT, DASHBOARD, KANBOARD,
                                  "Install the importer.\n\nOpen http://127.0.0.1:8080/importer.\n"])
def test_a_page_the_text_makes_is_a_warning_with_its_advice(text: str) -> None:
    findings = scan(text)
    assert findings
    assert all(finding.advisory and finding.advice == local_pages.ADVICE
               for finding in findings)


@pytest.mark.parametrize("text, kind", [
    ("Visit http://localhost/admin to manage the users.\n", "internal hostname"),
    ("Enable the dashboard.\n\nOpen http://localhost:8080/admin in your browser.\n",
     "internal hostname"),
    ("Enable the dashboard.\n\nOpen http://localhost:8080/dashboard?token=q8Zr2LmX7vN4pT9wK3sB6yD1aa"
     " in your browser.\n", "internal hostname"),
    ("Build the about page.\n\nOpen http://localhost:4000/about#section to finish.\n",
     "internal hostname"),
    ("Enable the dashboard.\n\nOpen http://localhost:8080/dashboard/ on the production server.\n",
     "internal hostname"),
    ("Install the importer first.\n\nVisit http://127.0.0.1/importer on Acme Corp's server.\n",
     "internal IP address"),
    ("## Our production server\n\nEnable the dashboard.\n\n"
     "Open http://localhost:8080/dashboard/ to see it.\n", "internal hostname"),
    ("Acme GmbH set up the dashboard like this:\n\n"
     "Open http://localhost:8080/dashboard/ to see it.\n", "internal hostname"),
])
def test_pages_the_text_does_not_make_or_places_stay_findings(text: str, kind: str) -> None:
    assert kind in {finding.kind for finding in scan(text) if not finding.advisory}


@pytest.mark.parametrize("path, name", [
    ("/about.html", "about"), ("/dashboard/", "dashboard"), ("/kanboard/", "kanboard"),
    ("/", None), ("/v1", None), ("/a/login-callback", None), ("/ab", None),
])
def test_path_name(path: str, name: str | None) -> None:
    assert local_pages.path_name(path) == name

"""A front matter value is refused for everything its text alone is refused for in a body
(fixfm69). `scan_data` judged each value with the line-by-line detectors its own text seemed
to need, picked before `scan` read the text as a URL's `+` spaces and look-alike letters
register it, and skipped the value when none seemed needed: the across-lines readers (an MRZ
name line, a passport zone read by OCR, ...) never saw it, and a hostile value published as a
summary, a title, a list's item, a bio, the contact data or a category's description. Every
value is now judged by `scan` as a body is, so a reader added anywhere reads front matter too."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from kbgen.core.privacy import scanner
from kbgen.core.privacy.model import NOTHING_ALLOWED, Finding
from tests.conftest import MINI_CONFIG, write_files
from tests.helpers import run_cli

HOSTILE = Path(__file__).resolve().parents[2] / "bench" / "gatecorpus" / "hostile.yml"
SAMPLE = 3
"""One hostile row in SAMPLE is judged as a value (each row in one of the three shapes in
turn): the whole set in all three shapes costs about 20 CPU s."""


def _block(text: str) -> dict[str, object] | None:
    """`text` written as a block scalar (`bio: |`) and read back, or None where YAML cannot
    hold it so (a control character, a tab before a line)."""
    written = "bio: |2-\n" + "\n".join(f"  {line}" if line else "" for line in text.split("\n"))
    try:
        data = yaml.safe_load(written + "\n")
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) and data.get("bio") == text else None


def _refused(findings: list[Finding], kind: str) -> set[str]:
    return {finding.excerpt for finding in findings if finding.kind == kind
            and not finding.advisory}


def test_what_a_body_refuses_a_front_matter_value_refuses() -> None:
    rows = [row for row in yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
            if isinstance(row["text"], str)][::SAMPLE]
    missed, judged = [], 0
    for number, row in enumerate(rows):
        text, kind = row["text"], row["kind"]
        if not (body := _refused(scanner.scan(text), kind)):
            continue
        shapes = [{"summary": text}, _block(text), {"symptoms": ["restart the hub", text]}]
        data = shapes[number % 3] or shapes[0]
        judged += 1
        if not _refused(scanner.scan_data(data, NOTHING_ALLOWED, lambda key: 1), kind):
            missed.append((row["id"], sorted(body)))
    assert judged > 2000  # the hostile set is found in bodies
    assert missed == []


def test_a_value_found_only_across_lines_is_found_in_front_matter() -> None:
    """The three shapes of one value the line-by-line detectors never find (an MRZ name line:
    kbgen.core.privacy.ocr_zones reads it), and the same line in a value with nothing
    else found, at its own line."""
    mrz = "The app reads P<GBRSMITH<<JOHN<PETER<<<<<<<<<<<<<<<<<<<<<< and then stops."
    for data in ({"summary": mrz}, {"bio": f"We scanned it.\n{mrz}\n"},
                 {"symptoms": ["it stops", mrz]}):
        found = scanner.scan_data(data, NOTHING_ALLOWED, lambda key: 10)
        assert [(f.line, f.kind) for f in found if not f.advisory] == [
            (12 if "bio" in data else 10, "national ID number")], data


# -- a real build ---------------------------------------------------------------------------

CASES = [  # (where, hostile text, a piece of its hostile line, a clean twin)
    ("summary", "Password reset links go to amara.okonkwo@\u0441ontoso.com (Cyrillic es).",
     "amara.okonkwo", "Password reset links go to the address you signed up with."),
    ("summary", "Send the signed contract to amara.okonkwo@c\u043entoso.com today.",
     "amara.okonkwo", "Send the signed contract from the Documents page today."),
    ("summary", "The app reads P<GBRSMITH<<JOHN<PETER<<<<<<<<<<<<<<<<<<<<<< and then stops.",
     "P<GBR", "The app reads the passport's machine-readable zone and then stops."),
    ("summary", "Name line: P<SWELINDQVIST<<KARIN<SOFIA<<<<<<<<<<<<<<<<", "P<SWE",
     "Name line: the second line of the machine-readable zone."),
    ("title", "Visa zone: V<DEUMUELLER<<SABINE<<<<<<<<<<<<<<<<<<<<<<<<", "V<DEU",
     "Visa zone not read by the scanner"),
    ("title", "I<DEUWEBER<<ANNA<<<<<<<<<<<<<<<<<<<<", "I<DEU", "ID card zone not read"),
    ("symptoms", "Linha lida: P<BRASILVA<<ANA<PAULA<<<<<<<<<<<<<<<<<<<<<<<", "P<BRA",
     "Linha lida não aparece"),
    ("symptoms", "Trzecia linia dowodu: KOWALSKA<<ANNA<MARIA<<<<<<<<<<", "KOWALSKA",
     "Trzecia linia dowodu jest pusta"),
    ("symptoms", "Reply to amara.okonkwo@\u0430datum.com for HR questions.", "amara.okonkwo",
     "Reply from the HR page for HR questions"),
    ("errors", "[Karte](https://www.google.de/maps/place/Jana+M%C3%BCller,+Lindenstra%C3%9Fe+14,"
     "+10115+Berlin)", "google.de", "[Karte](https://www.google.de/maps)"),
    ("errors", "[mapa](https://www.google.es/maps/search/?api=1&query=Cliente:+Mar%C3%ADa+Garc"
     "%C3%ADa,+Calle+Mayor+23,+28013+Madrid)", "google.es", "[mapa](https://www.google.es/maps)"),
    ("errors", "Dritte Zeile: KOWALCZYK<<AGATA<MARIA<<<<<<<", "KOWALCZYK",
     "Dritte Zeile: ERR_MRZ_3"),
    ("tags", "P<NLDDE<VRIES<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "P<NLD", "passport"),
    ("description", "Ausweis, dritte Zeile:\n\n    MEIER<<PETRA<<<<<<<<<<<<<<<<<<", "MEIER",
     "Ausweis, dritte Zeile:\n\n    leer"),
    ("description", "Resultado OCR:\n\n    P<ESPGARCIA<LOPEZ<<MARIA<JOSE<<<<<<<<<<<<<<<", "P<ESP",
     "Resultado OCR:\n\n    nada"),
    ("bio", '```bat\nset "ab=Zq8r" & set "cd=T2vL" & set "ef=p9Kx"\n'
     "set password=%ab%%cd%%ef%\n```", "set password",
     "```bat\nset /p password=Your password: \n```"),
    ("bio", "```\nP<D<<SCHMIDT<<KLAUS<DIETER<<<<<<<<<<<<<<<<<<\n```", "SCHMIDT",
     "```\nthe passport's zone, two lines\n```"),
    ("bio", "> Le scan donne :\n> P<FRADUPONT<<JEAN<LUC<<<<<<<<<<<<<<<<<<<<<<<", "P<FRA",
     "> Le scan donne :\n> rien"),
    ("contact", "Reset mail goes to amara.okonkwo@f\u0430brikam.com (Cyrillic a).",
     "amara.okonkwo", "The address you signed up with"),
    ("contact", "[mappa](https://www.google.it/maps/place/Cliente:+Giulia+Bianchi,+Via+Roma+5,"
     "+00184+Roma)", "google.it", "[mappa](https://www.google.it/maps)"),
    ("category", "[kaart](https://www.google.nl/maps/place/Klant:+Sanne+de+Vries,+Kerkstraat+12,"
     "+1017+GB+Amsterdam)", "google.nl", "[kaart](https://www.google.nl/maps)"),
    ("category", "[mapa](https://www.google.pt/maps/place/Cliente:+Ana+Costa,+Rua+Augusta,+120,"
     "+1100-048+Lisboa)", "google.pt", "[mapa](https://www.google.pt/maps)"),
]


DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _line(text: str) -> str:
    """A one-line value as YAML writes it (double-quoted, as JSON is)."""
    return json.dumps(text, ensure_ascii=False)


def _block_value(key: str, text: str, indent: str = "") -> str:
    return f"{indent}{key}: |\n" + "".join(f"{indent}  {line}\n" if line else "\n"
                                             for line in text.split("\n"))


def _article(where: str, value: str) -> str:
    fields = {"title": f"title: {_line(value)}\n" if where == "title" else "title: Scanner\n",
              "summary": f"summary: {_line(value if where == 'summary' else 'It stops.')}\n"}
    extra = {"symptoms": f"symptoms:\n  - it stops\n  - {_line(value)}\n",
             "errors": f"errors:\n  - ERR_1\n  - {_line(value)}\n",
             "tags": f"tags:\n  - scanner\n  - {_line(value)}\n",
             "description": _block_value("description", value)}.get(where, "")
    return (f"---\n{fields['title']}{fields['summary']}status: published\n{extra}---\n\n"
            "## Steps\n\nRestart the scanner.\n")


def _project(root: Path, twin: bool) -> dict[str, str]:
    """A project holding each case's text (its clean twin's, `twin`) in its own place, and
    {file: the piece of each case's hostile line} for the files with one case."""
    files: dict[str, str | bytes] = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n"}
    have_ready, categories, pieces = [], [], {}
    for number, (where, text, piece, clean) in enumerate(CASES):
        value = clean if twin else text
        if where == "contact":
            have_ready.append(f"  - {_line(value)}\n")
        elif where == "category":
            categories.append(f"c{number}:\n  title: Scanner {number}\n"
                              f"  description: {_line(value)}\n")
        elif where == "bio":
            name = f"content/team/member-{number}.yml"
            files[name] = f"name: Sam Lee {number}\nrole: Agent\n" + _block_value("bio", value)
            pieces[name] = piece
        else:
            name = f"content/articles/billing/case-{number}.md"
            files[name] = _article(where, value)
            pieces[name] = piece
    files["content/_data/categories.yml"] = (
        "billing:\n  title: Billing\n  description: Payments.\n" + "".join(categories))
    files["content/_data/contact.yml"] = (
        "company: Scanner Ltd\nemail: support@scanner.example\nlines:\n"
        "  - label: Support\n    number: +44 20 7946 0958\n    timezone: Europe/London\n"
        "    hours:\n" + "".join(f"      {day}: 09:00-17:00\n" for day in DAYS)
        + "have_ready:\n  - Your order number\n"
        + "".join(have_ready))
    write_files(root, files, dedent_yaml=False)
    return pieces


def _expected(root: Path, pieces: dict[str, str]) -> set[str]:
    """`path:line` of the line holding each case's piece of hostile text."""
    places = set()
    for name, piece in pieces.items():
        lines = (root / name).read_text(encoding="utf-8").split("\n")
        places.add(f"{name}:{next(i for i, line in enumerate(lines, 1) if piece in line)}")
    for name in ("content/_data/contact.yml", "content/_data/categories.yml"):
        lines = (root / name).read_text(encoding="utf-8").split("\n")
        places |= {f"{name}:{number}" for number, line in enumerate(lines, 1)
                   for where, _, piece, _ in CASES
                   if where in ("contact", "category") and piece in line}
    return places


def test_a_build_refuses_each_hostile_value_at_its_file_and_line(tmp_path: Path) -> None:
    root = tmp_path / "hostile"
    expected = _expected(root, _project(root, twin=False))
    assert len(expected) == len(CASES)
    built = run_cli("build", cwd=root)
    assert built.returncode != 0
    named = {place for place in expected if f"{place}:" in built.stderr}
    assert sorted(expected - named) == [], built.stderr


def test_a_build_publishes_the_clean_twins(tmp_path: Path) -> None:
    root = tmp_path / "clean"
    _project(root, twin=True)
    built = run_cli("build", cwd=root)
    assert built.returncode == 0, built.stderr
    pages = {path.name for path in (root / "site" / "articles" / "billing").glob("*.html")}
    assert {f"case-{number}.html" for number, (where, *_) in enumerate(CASES)
            if where not in ("bio", "contact", "category")} <= pages
    shown = (root / "site" / "articles" / "billing" / "case-0.html").read_text(encoding="utf-8")
    assert CASES[0][3] in shown

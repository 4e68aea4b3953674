"""`kbgen stats --analytics --gaps`: helpful ratios, searches without result, gaps over time;
never per person and never per author."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.feedback_stats import StatsInputError, read_event_counts
from tests.conftest import REPO, SAMPLE_CONFIG

CHARGED = "articles/billing/charged-twice-after-a-payment-retry.html"
BLANK = "articles/hardware/thermostat-display-is-blank.html"
TICKETS = Path(__file__).parent / "fixtures" / "tickets"

GOATCOUNTER_HEADER = ("2,Path,Title,Event,UserAgent,Browser,System,Session,Bot,Referrer,"
                      "Referrer scheme,Screen size,Location,FirstVisit,Date\n")
GOATCOUNTER = GOATCOUNTER_HEADER + f"""\
2,helpful-yes:{CHARGED},Charged twice,true,,Chrome,Linux,sess-one,0,,,,GB,false,2026-03-01T10:00:00Z
2,helpful-yes:{CHARGED},Charged twice,true,,Chrome,Linux,sess-two,0,,,,GB,false,2026-03-01T11:00:00Z
2,helpful-no:{CHARGED},Charged twice,true,,Firefox,Linux,sess-3,0,,,,GB,false,2026-03-02T10:00:00Z
2,helpful-no:{BLANK},Blank,true,,Chrome,Linux,sess-four,0,,,,DE,false,2026-03-02T10:00:00Z
2,search-no-result:energy report,Home,true,,,,sess-five,0,,,,,false,2026-03-02T10:00:00Z
2,search-no-result:energy report,Home,true,,,,sess-six,0,,,,,false,2026-03-03T10:00:00Z
2,search-no-result,Home,true,,,,sess-seven,0,,,,,false,2026-03-03T10:00:00Z
2,contact:phone,Home,true,,,,sess-eight,0,,,,,false,2026-03-03T10:00:00Z
2,/articles/billing/index.html,Billing,false,,,,sess-nine,0,,,,,false,2026-03-03T10:00:00Z
"""


@pytest.mark.parametrize(("content", "counts"), [
    (GOATCOUNTER, {f"helpful-yes:{CHARGED}": 2, f"helpful-no:{CHARGED}": 1,
                   f"helpful-no:{BLANK}": 1, "search-no-result:energy report": 2,
                   "search-no-result": 1, "contact:phone": 1}),
    # Plausible: goal name and the `detail` property, saved as a table.
    ("name,detail,count\nhelpful-yes,articles/a.html,5\nsearch-no-result,,\"1,204\"\n",
     {"helpful-yes:articles/a.html": 5, "search-no-result": 1204}),
    # Matomo's Events report (Event Action, Event Name).
    ("Event Action,Event Name,Events\nhelpful-no,articles/a.html,3\ncontact,mail,2\n",
     {"helpful-no:articles/a.html": 3, "contact:mail": 2}),
])
def test_analytics_exports_are_read_as_counts(tmp_path: Path, content: str,
                                              counts: dict[str, int]) -> None:
    export = tmp_path / "export.csv"
    export.write_text(content, encoding="utf-8")
    assert read_event_counts(export) == Counter(counts)


def test_bad_analytics_export_names_the_line(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("event,count\nhelpful-yes:a,many\n", encoding="utf-8")
    with pytest.raises(StatsInputError) as error:
        read_event_counts(export)
    assert str(error.value) == (f"{export}:2: error: 'many' is not a count; the count column"
                                " holds whole numbers")


def test_helpful_ratio_per_article_and_category_and_top_queries(tmp_path: Path) -> None:
    export = tmp_path / "goatcounter.csv"
    export.write_text(GOATCOUNTER, encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", "-f", str(SAMPLE_CONFIG), "--as-of",
                                      "2026-12-01", "--analytics", str(export), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["feedback"]
    assert figures["per_article"] == [
        {"name": "Thermostat display is blank", "yes": 0, "no": 1, "ratio": 0.0},
        {"name": "Charged twice for Hearthly Plus after a payment retry", "yes": 2, "no": 1,
         "ratio": 0.67}]
    assert figures["per_category"] == [
        {"name": "Device and hardware", "yes": 0, "no": 1, "ratio": 0.0},
        {"name": "Billing and subscription", "yes": 2, "no": 1, "ratio": 0.67}]
    assert figures["no_result_searches"] == 3
    assert figures["top_no_result_queries"] == [["energy report", 2]]
    assert figures["contact_used"] == {"phone": 1}


def test_gap_clusters_over_time(tmp_path: Path) -> None:
    reports = []
    for name in ("freshdesk.csv", "zendesk.csv"):
        result = CliRunner().invoke(cli, ["gaps", "-f", str(SAMPLE_CONFIG), str(TICKETS / name),
                                          "--json"])
        reports.append(tmp_path / f"{name}.json")
        reports[-1].write_text(result.output, encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", "-f", str(SAMPLE_CONFIG), "--as-of",
                                      "2026-12-01", "--gaps", str(reports[0]), "--gaps",
                                      str(reports[1]), "--json"])
    assert result.exit_code == 0, result.output
    gaps = json.loads(result.output)["gaps"]
    assert [(r["source"], r["gaps"], [c["size"] for c in r["clusters"]])
            for r in gaps["reports"]] == [("zendesk.csv", 3, [3]), ("freshdesk.csv", 2, [2])]
    assert gaps["per_month"] == {"2026-02": 1, "2026-03": 2, "2026-04": 2}


def test_no_figure_is_per_person_or_per_author(tmp_path: Path) -> None:
    """Authors, team members and the analytics service's sessions never show up: not as a
    key, not as a value, in text or JSON."""
    export = tmp_path / "goatcounter.csv"
    export.write_text(GOATCOUNTER, encoding="utf-8")
    gaps = tmp_path / "gaps.json"
    gaps.write_text(CliRunner().invoke(cli, ["gaps", "-f", str(SAMPLE_CONFIG),
                                             str(TICKETS / "zendesk.csv"), "--json"]).output,
                    encoding="utf-8")
    people = []
    for profile in (REPO / "content/team").glob("*.yml"):
        data = yaml.safe_load(profile.read_text(encoding="utf-8"))
        people += [profile.stem, data["name"], *data["name"].split()]
    assert len(people) > 10
    for output in ([], ["--json"]):
        result = CliRunner().invoke(cli, ["stats", "-f", str(SAMPLE_CONFIG), "--as-of",
                                          "2026-12-01", "--analytics", str(export), "--gaps",
                                          str(gaps), *output])
        assert result.exit_code == 0, result.output
        text = result.output.lower()
        assert "energy report" in text and "charged twice" in text  # the figures are there
        assert [p for p in people if re.search(rf"\b{re.escape(p.lower())}\b", text)] == []
        assert "author" not in text and "sess-" not in text

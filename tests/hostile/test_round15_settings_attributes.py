"""Round 14 refused a `"` only in the three settings it knew Material writes into an attribute,
and any tag of the sanitiser's list in a shown value of mkdocs.yml. Material writes more into
attributes unescaped: `extra.social[].link` (and kbgen's `extra.kb.brand.social[].url`, which
becomes it) into an `<a href>`, `extra.status` into a `title`, a palette toggle's `name` into an
`<input>`'s `aria-label`, a nav entry's address into an `href`. A `"` there ended the attribute:
a built page carried `<a href="https://github.com/acme" ping="https://evil.example/p" ...>`
and `<input aria-label="Dark" onfocus="alert(1)" autofocus="" type="radio" ...>` (a `type`,
`class` or `href` written first wins over Material's own). And a footer tag the sanitiser
allows, left open (`<a href="https://other.example/">` with no `</a>`, `<details open>`) or
closing what it did not open (`</div></div>`), took in or broke the rest of every page.
Now a `"` is refused in every shown value but those written only between tags, and a value
must close each element it opens, and only those."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.settings_markup import value_problem
from tests.conftest import MINI_CONFIG
from tests.hostile.refusals import run_in
from tests.hostile.test_round14_settings_markup import settings_project

CASES = {
    "social": ("social", "- icon: fontawesome/brands/github\n  link: "
               "'https://github.com/acme\" ping=\"https://evil.example/p'"),
    "social-class": ("social", "- icon: fontawesome/brands/github\n  link: "
                     "'https://evil.example/\" class=\"md-overlay'"),
    "brand-social": ("brand", "social:\n  - label: GitHub\n    url: "
                     "'https://github.com/acme\"autofocus/onfocus=\"alert(1)'"),
    "footer-link": ("brand", "footer: '&copy; Acme <a href=\"https://other.example/\">Legal'"),
    "status": ("extra", "status:\n  published: 'New\" style=\"position:fixed;inset:0'"),
    "consent-closing": ("extra", "consent:\n  description: 'Acme</div></div></div><div>'"),
    "palette": ("theme", "palette:\n  - scheme: default\n    toggle:\n      icon: "
                "material/brightness-7\n      name: 'Dark\" onfocus=\"alert(1)\" autofocus=\"'"),
    "nav-address": ("nav", "- 'Status': 'https://status.example/\" ping=\"https://evil.example/'"),
    "nav-title-open": ("nav", "- '<strong>Billing': articles/billing/ok.md"),
    "copyright-details": ("top", "copyright: '<details open><summary>Acme</summary>'"),
}
"""Each case's place in mkdocs.yml, and the YAML that puts a value there that every page
would carry as more than the value (its last line holds the value)."""
KEPT = {
    "footer": ("brand", "footer: '&copy; 2026 \"Acme\" &middot; <a href=\"https://acme.example/"
               "legal\">Legal</a> <strong>Help</strong> <br> <svg><path d=\"M0 0\"/></svg>'"),
    "nav-title": ("nav", "- 'The \"Pro\" plan': articles/billing/ok.md"),
    "social": ("social", "- icon: fontawesome/brands/github\n  link: https://github.com/acme"),
    "palette": ("theme", "palette:\n  - scheme: default\n    toggle:\n      icon: "
                "material/brightness-7\n      name: Switch to dark mode"),
}
"""Values of every day: a `"` between tags, closed elements, plain addresses and names."""
_HEADS = {"theme": ("", 2), "top": ("", 0), "nav": ("nav:\n  - index.md", 2),
          "extra": ("extra:", 2), "social": ("  social:", 4), "brand": ("  kb:\n    brand:", 6)}
"""Where each place's YAML goes: the lines that open it, and its indent."""


def _config(cases: dict[str, tuple[str, str]]) -> tuple[str, dict[str, int]]:
    """mkdocs.yml holding each case, and the line of its value."""
    def block(place: str) -> list[str]:
        head, indent = _HEADS[place]
        body = [" " * indent + line for where, yaml in cases.values() if where == place
                for line in yaml.splitlines()]
        wanted = body or place == "nav" or (place == "extra" and any(
            where in ("social", "brand") for where, _ in cases.values()))
        return (head.splitlines() + body) if wanted else []
    lines = MINI_CONFIG.splitlines()
    at = lines.index("  font: false") + 1
    lines[at:at] = block("theme")
    lines += block("top") + block("nav") + block("extra") + block("social") + block("brand")
    numbered = list(enumerate(lines, 1))
    places = {key: next(number for number, line in numbered
                        if line.strip() == yaml.splitlines()[-1].strip())
              for key, (_, yaml) in cases.items()}
    return "\n".join(lines) + "\n", places


def project(root: Path, cases: dict[str, tuple[str, str]]) -> tuple[Path, dict[str, int]]:
    config, places = _config(cases)
    return settings_project(root, config), places


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, dict[str, int]]:
    """`kbgen check` of one project holding every case."""
    root, places = project(tmp_path_factory.mktemp("attributes"), CASES)
    code, output = run_in(root, "check")
    return code, output, places


def test_check_refuses_each_value_at_its_line(checked: tuple[int, str, dict[str, int]]) -> None:
    code, output, places = checked
    missing = [case for case, line in places.items()
               if not any(text.startswith(f"mkdocs.yml:{line}: error: ") and "every page" in text
                          for text in output.splitlines())]
    assert code == 1 and missing == [], (missing, output)


@pytest.mark.parametrize("case", ["palette", "footer-link"])
def test_the_build_refuses_and_publishes_nothing(tmp_path: Path, case: str) -> None:
    root, places = project(tmp_path, {case: CASES[case]})
    code, output = run_in(root, "build")
    assert code != 0 and f"mkdocs.yml:{places[case]}: error: " in output, output
    assert not (root / "site").exists()


def test_values_of_every_day_build(tmp_path: Path) -> None:
    root, _ = project(tmp_path, KEPT)
    code, output = run_in(root, "build")
    assert code == 0 and "mkdocs.yml" not in output, output
    page = (root / "site" / "articles" / "billing" / "ok.html").read_text(encoding="utf-8")
    assert '<a href="https://acme.example/legal">Legal</a>' in page
    assert '<a href="https://github.com/acme" target="_blank"' in page


VARIANTS = [
    ("extra.social[0].link", 'https://x.example/"onfocus="alert(1)'),
    ("extra.social[0].link", 'https://x.example/" target="_top'),
    ("extra.social[0].link", 'https://x.example/" download="x.html'),
    ("extra.social[1].name", 'GitHub" hidden x="'),
    ("extra.alternate[0].link", '/fr/" hreflang="fr" ping="https://evil.example/'),
    ("extra.alternate[0].lang", 'fr" onclick="x'),
    ("extra.homepage", 'https://evil.example/" rel="opener'),
    ("extra.scope", '/", alert(1), "'),
    ("extra.status.deprecated", 'Old" popover="auto'),
    ("theme.palette[1].toggle.name", 'Light" type="image" src="https://evil.example/p.png'),
    ("theme.palette.toggle.name", 'x" for="__search'),
    ("theme.palette[0].media", '(prefers-color-scheme)" autofocus="'),
    ("nav[3][0].page", 'https://status.example/" class="md-overlay'),
    ("extra.kb.brand.social[0].url", 'https://github.com/acme"/onfocus="alert(1)'),
    ("copyright", '<A HREF="https://other.example/">Acme'),
    ("copyright", '<a href="https://other.example/">Acme</a'),
    ("copyright", '<a href="x>y">Acme'),
    ("copyright", "<strong><em>Acme</strong></em>"),
    ("copyright", '<svg><a href="https://other.example/"/></svg>'),
    ("extra.kb.brand.footer", "Acme</footer><div>"),
    ("extra.kb.brand.footer", "<ul><li>One<li>Two</ul>"),
    ("nav[1][0].title", "<span>Billing"),
    ("extra.consent.description", "</p><details open>"),
    ("extra.analytics.feedback.ratings[0].name", 'Helpful" autofocus x="'),
    ("extra.analytics.feedback.ratings[0].note", '<a href="https://other.example/">Tell us'),
]
"""Hostile variants of each place: an attribute's `"` anywhere it may land, and elements
opened, closed or crossed in values written between tags."""
EVERYDAY = [
    ("copyright", 'Copyright &copy; 2016 - 2026 "Acme" Ltd'),
    ("copyright", '<a href="https://acme.example/">Acme</A> &middot; <br/> <hr>'),
    ("extra.kb.brand.footer", '<svg viewBox="0 0 9 9"><path d="M0 0h9"/></svg> Acme'),
    ("nav[1][0].title", 'The "Pro" plan'),
    ("extra.social[0].link", "https://mastodon.social/@acme"),
    ("theme.palette[0].toggle.name", "Switch to dark mode"),
    ("extra.consent.description", 'We use "cookies" <em>only</em> to measure.'),
    ("extra.analytics.feedback.ratings[1].note", 'Thanks! Tell us more in our <a href="https://'
     'acme.example/feedback?page={url}" target="_blank" rel="noopener">feedback form</a>.'),
]


def test_each_variant_is_refused_and_everyday_values_kept() -> None:
    """Every variant is refused where it would land; values of every day are not."""
    through = [(key, value) for key, value in VARIANTS if value_problem(key, value) is None]
    refused = [(key, value) for key, value in EVERYDAY if value_problem(key, value)]
    assert (through, refused) == ([], [])

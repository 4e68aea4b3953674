"""Every form of a Docusaurus sidebars file groups the docs as the old site did. Moving
Plausible Analytics' docs in put 113 of its 132 articles in one category: its `sidebars.js`
groups docs that all sit at the docs' top with the shorthand `{'Get Started': ['introduction',
...]}`, and the importer only read doc ids with a folder (`a/b`) and named folders, never the
category a top-level doc stands in. Each form Docusaurus documents is read here on its own
small file (no import), then one small site is imported once for the module."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from kbgen.importers.js_literal import exported_data
from kbgen.importers.sidebars import Sidebars, read_sidebars
from tests.importers.conftest import imported_project

FORMS: dict[str, str] = {
    "shorthand object": """module.exports = {
  someSidebar: {
    'Get Started': ['intro', 'setup'],
    "Billing": ['plans', 'invoices',],
  },
};""",
    "category items": """module.exports = {docs: [
  {type: 'category', label: 'Get Started', items: ['intro', 'setup']},
  {type: "category", label: "Billing", collapsed: false, items: ["plans", "invoices"]},
]};""",
    "nested categories": """module.exports = {docs: [
  {type: 'category', label: 'Get Started', items: [
    {type: 'category', label: 'First steps', items: ['intro',
      {type: 'category', label: 'Deeper', items: ['setup']}]}]},
  {type: 'category', label: 'Billing', items: [{type: 'category', label: 'Money',
    items: ['plans', 'invoices']}]},
]};""",
    "doc items with labels": """module.exports = {docs: {
  'Get Started': [{label: 'Overview', type: 'doc', id: 'intro'},
                  {type: 'doc', id: 'setup', label: 'Install'}],
  'Billing': [{type: 'doc', label: 'Plans', id: 'plans'}, 'invoices'],
}};""",
    "ref link html": """module.exports = {docs: [
  {type: 'category', label: 'Get Started', items: ['intro', 'setup',
    {type: 'ref', id: 'plans'}, {type: 'link', label: 'Status', href: 'https://status.example'},
    {type: 'html', value: '<b>Support</b>', defaultStyle: true}]},
  {type: 'category', label: 'Billing', items: ['plans', 'invoices']},
]};""",
    "category doc link": """module.exports = {docs: [
  {type: 'category', label: 'Get Started', link: {type: 'doc', id: 'intro'}, items: ['setup']},
  {type: 'category', label: 'Billing', link: {type: 'generated-index', slug: '/billing',
    title: 'Billing', description: 'Money'}, items: ['plans', 'invoices']},
]};""",
    "shorthand inside a list": """module.exports = {docs: [
  {'Get Started': ['intro', 'setup']}, {'Billing': ['plans', 'invoices']}]};""",
    "typescript satisfies": """import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
// 'Old': ['commented'],
export default {
  docs: [
    /* {type: 'category', label: 'Old', items: ['gone']}, */
    {type: 'category', label: `Get Started`, items: ['intro', 'setup']},
    {type: 'category', label: 'Billing', items: ['plans', 'invoices']},
  ],
} satisfies SidebarsConfig;""",
    "typescript constant": """import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
const billing = ['plans', 'invoices'];
const sidebars: SidebarsConfig = {
  docs: [{type: 'category', label: 'Get Started', items: ['intro', 'setup']},
         {type: 'category', label: 'Billing', items: billing}],
};
export default sidebars;""",
    "several sidebars": """module.exports = {
  start: [{type: 'category', label: 'Get Started', items: ['intro', 'setup']}],
  money: {'Billing': ['plans', 'invoices']},
};""",
    "commented exports and JSDoc": """// module.exports = {old: {'Old': ['intro']}};
/* export default {old: ['x']} */
// @ts-check
/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */ const sidebars = {
  docs: [{type: 'category', label: 'Get Started', items: ['intro', 'setup']},
         {type: 'category', label: 'Billing', items: ['plans', 'invoices']}],
};
module.exports = sidebars;""",
    "spread and ESM": """const common = ['plans'];
export default {docs: [
  {type: 'category', label: 'Get Started', items: ['intro', 'setup']},
  {type: 'category', label: 'Billing', items: [...common, 'invoices']},
]};""",
}


@pytest.fixture(scope="module")
def read_forms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Sidebars]:
    """Each form's sidebars file read once."""
    found = {}
    for index, (form, text) in enumerate(FORMS.items()):
        site = tmp_path_factory.mktemp(f"form{index}")
        (site / ("sidebars.ts" if "typescript" in form else "sidebars.js")).write_text(
            text, encoding="utf-8")
        found[form] = read_sidebars(site)
    return found


@pytest.mark.parametrize("form", FORMS)
def test_each_doc_stands_in_its_first_level_category(read_forms: dict[str, Sidebars],
                                                     form: str) -> None:
    sidebars = read_forms[form]
    assert {doc: sidebars.section_of(doc) for doc in ("intro", "setup", "plans", "invoices")} \
        == {"intro": "Get Started", "setup": "Get Started", "plans": "Billing",
            "invoices": "Billing"}
    assert sidebars.positions["intro"] < sidebars.positions["invoices"]
    assert "Overview" not in sidebars.sections.values()  # a doc's own label, no category


def test_a_ref_neither_places_nor_moves_its_doc(read_forms: dict[str, Sidebars]) -> None:
    sidebars = read_forms["ref link html"]
    assert list(sidebars.positions) == ["intro", "setup", "plans", "invoices"]


@pytest.mark.parametrize(("doc", "section"), [
    ("guides/deploy/docker", "Guides"), ("guides/start", "Guides"),  # autogenerated slice
    ("api/auth", "Reference"), ("faq", None), ("elsewhere", None)])
def test_folders_and_autogenerated_slices(tmp_path: Path, doc: str, section: str | None) -> None:
    (tmp_path / "sidebars.js").write_text("""module.exports = {docs: [
      'faq',
      {type: 'category', label: 'Guides', items: [{type: 'autogenerated', dirName: 'guides'}]},
      {type: 'category', label: 'Reference', items: ['api/auth', {type: 'doc', id: 'api/keys'}]},
    ]};""", encoding="utf-8")
    sidebars = read_sidebars(tmp_path)
    assert sidebars.section_of(doc) == section
    assert sidebars.labels["api"] == "Reference"


def test_a_released_versions_json_reads_the_same(tmp_path: Path) -> None:
    data = {"docs": {"Get Started": ["intro", {"type": "doc", "id": "setup"}],
                     "Billing": [{"type": "category", "label": "Money",
                                  "items": ["plans", "invoices"]}]}}
    path = tmp_path / "version-2.0-sidebars.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    sidebars = read_sidebars(tmp_path, versioned=path)
    assert sidebars.section_of("setup") == "Get Started"
    assert sidebars.section_of("invoices") == "Billing"


def test_sidebars_built_in_code_still_give_their_ids(tmp_path: Path) -> None:
    """No literal to read (a function builds them): the doc ids in the text, as before."""
    (tmp_path / "sidebars.js").write_text(
        "const make = (x) => x;\nmodule.exports = make({docs: ['a/one', 'a/two']});\n",
        encoding="utf-8")
    assert list(read_sidebars(tmp_path).positions) == ["a/one", "a/two"]


@pytest.mark.parametrize(("text", "data"), [
    ("module.exports = {a: 'x' + y, b: [1, 'z'], c: {d: \"q\\\"\"}};",
     {"a": None, "b": [None, "z"], "c": {"d": 'q"'}}),
    ("export default {s: [`t${x}`, 'u'], f() { return 1 }, g: (a) => [a]} as const;",
     {"s": [None, "u"], "f": None, "g": None}),
    ("module.exports = {url: 'https://a.example/b', // note\n n: 2,};",
     {"url": "https://a.example/b", "n": None}),
    ("const s = {a: 'Don\\'t', b: \"Alice's\", c: '入门'};\nmodule.exports = s;",
     {"a": "Don't", "b": "Alice's", "c": "入门"}),
    ("const note = 'module.exports = {x: 1}';\nexport default {y: ['z']};", {"y": ["z"]}),
])
def test_exported_literals(text: str, data: object) -> None:
    assert exported_data(text) == data


SITE: dict[str, str | bytes] = {
    "docusaurus.config.js": "module.exports = {title: 'Acme', url: 'https://acme.example',"
                            " baseUrl: '/', presets: [['classic', {docs: {routeBasePath:"
                            " '/'}}]], themeConfig: {navbar: {items: [{type: 'docSidebar',"
                            " sidebarId: 'someSidebar', label: 'Guides'}, {type: 'docSidebar',"
                            " sidebarId: 'api', label: 'API'}]}}};\n",
    "sidebars.js": """module.exports = {
  someSidebar: {
    'Get Started': ['introduction', 'add-website'],
    'Stats Dashboard': ['top-pages', {type: 'category', label: 'Import',
                                      items: ['csv-import']}],
    'Goals and Events': ['goal-conversions', {type: 'category', label: 'Custom properties',
                          items: ['custom-props/introduction']}],
    'Billing & Plans': [{type: 'doc', id: 'change-plan', label: 'Change'}],
    'Bypass Adblockers': [{type: 'doc', id: 'proxy/introduction', label: 'Overview'},
                          'proxy-faq'],
  },
  api: ['api-keys', {type: 'category', label: 'Endpoints', items: ['stats-endpoint']}],
};
""",
    "docs/introduction.md": "---\ntitle: Introduction\n---\n\nWelcome.\n",
    "docs/add-website.md": "---\ntitle: Add a website\n---\n\nAdd it.\n",
    "docs/top-pages.md": "---\ntitle: Top pages\n---\n\nThe pages.\n",
    "docs/csv-import.md": "---\ntitle: CSV import\n---\n\nUpload a file.\n",
    "docs/goal-conversions.md": "---\ntitle: Goals\n---\n\nCount signups.\n",
    "docs/custom-props/introduction.md": "---\ntitle: Custom properties\n---\n\nProps.\n",
    "docs/change-plan.md": "---\ntitle: Change your plan\n---\n\nPick one.\n",
    "docs/proxy/introduction.md": "---\ntitle: Proxy\n---\n\nRun a proxy.\n",
    "docs/proxy-faq.md": "---\ntitle: Proxy FAQ\n---\n\nQuestions.\n",
    "docs/api-keys.md": "---\ntitle: API keys\n---\n\nMake a key.\n",
    "docs/stats-endpoint.md": "---\ntitle: Stats endpoint\n---\n\nGET it.\n",
    "docs/wordpress.md": "---\ntitle: WordPress\n---\n\nLinked from a page only.\n",
}


@dataclass
class Imported:
    titles: dict[str, str]
    """Category folder -> title."""
    orders: dict[str, int]
    category_of: dict[str, str]
    """Article title -> its category's title."""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    project = imported_project(tmp_path_factory.mktemp("sidebar-site"), SITE)
    data = yaml.safe_load((project / "content" / "_data" / "categories.yml").read_text())
    titles = {key: value["title"] for key, value in data.items()}
    category_of = {}
    for article in (project / "content" / "articles").glob("*/*.md"):
        front = yaml.safe_load(article.read_text(encoding="utf-8").split("---")[1])
        category_of[front["title"]] = titles[article.parent.name]
    return Imported(titles, {k: v["order"] for k, v in data.items()}, category_of)


@pytest.mark.parametrize(("article", "category"), [
    ("Introduction", "Get Started"), ("Add a website", "Get Started"),
    ("Top pages", "Stats Dashboard"), ("CSV import", "Stats Dashboard"),  # nested: first level
    ("Goals", "Goals and Events"), ("Change your plan", "Billing & Plans"),
    ("Custom properties", "Custom properties"),  # in a folder: its folder's category, as before
    ("Proxy", "Bypass Adblockers"),
    ("Proxy FAQ", "Bypass Adblockers"),  # at the top: joins the folder of its category's label
    ("API keys", "API"),  # right in the second sidebar: the navbar's label for it
    ("Stats endpoint", "Endpoints"),
])
def test_an_imported_doc_keeps_its_sidebar_category(imported: Imported, article: str,
                                                    category: str) -> None:
    assert imported.category_of[article] == category


def test_a_label_makes_one_category(imported: Imported) -> None:
    assert sorted(imported.titles.values()).count("Bypass Adblockers") == 1


def test_a_doc_in_no_category_stays_in_the_default(imported: Imported) -> None:
    assert imported.category_of["WordPress"] not in {"Get Started", "Stats Dashboard",
                                                     "Goals and Events", "Billing & Plans",
                                                     "Guides", "API"}


def test_categories_keep_the_sidebars_order(imported: Imported) -> None:
    by_title = {title: imported.orders[folder] for folder, title in imported.titles.items()}
    ordered = sorted(["Get Started", "Stats Dashboard", "Goals and Events", "Billing & Plans"],
                     key=by_title.__getitem__)
    assert ordered == ["Get Started", "Stats Dashboard", "Goals and Events", "Billing & Plans"]

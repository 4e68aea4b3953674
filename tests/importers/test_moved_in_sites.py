"""Two real help centres moved in (new46): Jekyll's own documentation (collections `_docs` and
`_tutorials`, `_posts` release news, links written as `{{ '/docs/x/' | relative_url }}`,
`{% post_url %}`, `redirect_from`) and Material for MkDocs' (mkdocs.yml with `!ENV` and
`!!python/name:` tags, a nav whose first section lists top-level pages, mkdocs-redirects'
`redirect_maps`, a blog under `blog/posts/`). Small sites of their shapes are imported into one
project, which is built once; the tests read it."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.commands.build import build
from kbgen.core.frontmatter import split_front_matter
from kbgen.importers.config_yaml import load_settings
from kbgen.importers.liquid_values import LiquidValues
from kbgen.importers.mkdocs_redirects import old_address, redirect_maps
from kbgen.importers.news_posts import is_post
from tests.conftest import write_files

JEKYLL = {
    "_config.yml": """\
collections:
  docs:
    permalink: "/:collection/:path/"
    output: true
  posts:
    permalink: "/news/:year/:month/:day/:title/"
    output: true
  tutorials:
    permalink: "/:collection/:path/"
    output: true
""",
    "_docs/index.md": """\
---
title: Quickstart
permalink: /docs/
redirect_from:
  - /docs/home/
---
Jekyll is a static site generator. It takes text written in your favourite markup language
and uses layouts to create a static website.
""",
    "_docs/assets.md": """\
---
title: Assets
permalink: /docs/assets/
---
Use the [Liquid template syntax]({{ '/docs/templates/' | relative_url }}) in your styles,
see the [quickstart]({{ 'docs/home/' | relative_url }}) first.

- Document keys of global variable {% raw %}`{{ jekyll }}`{% endraw %} (#9653)
- Read <a href="{{ site.baseurl }}/docs/liquid/">the Liquid page</a> next.

<ul>
<li><a href="/docs/liquid/">Liquid</a></li>
</ul>

```liquid
<link href="{{ '/assets/main.css' | relative_url }}">
```
""",
    "_docs/liquid.md": """\
---
title: Liquid
permalink: /docs/liquid/
redirect_from: /docs/templates/
shopify_filter_url: https://shopify.github.io/liquid/filters/
---
Jekyll uses the Liquid templating language to process templates: see all
[Liquid filters]({{ page.shopify_filter_url }}). It needs Ruby {{ site.data.ruby.min_version }}
or newer; {{ site.data.ruby.missing }} is no value.

```liquid
{{ page.title }} and {{ site.data.ruby.min_version }} stay as written in code
```
""",
    "_data/ruby.yml": "min_version: 2.7.0\n",
    "index.md": "---\ntitle: Welcome\n---\nWelcome to the help pages: ask the community.\n",
    "_posts/2024-13-45-bad-day.md": "---\ntitle: Bad day\n---\nA day that is none.\n",
    "_posts/_defaults.md": "---\ntitle:\ntype: major\n---\nThis release introduces\n",
    "_docs/company/company-index.md": """\
---
title: About Jekyll
description: Who makes Jekyll.
permalink: /company/index.html
---
Jekyll is made by volunteers around the world, in the open, since 2008.
""",
    "_docs/company/contact.md": "---\ntitle: Contact\n---\nOpen an issue to reach us.\n",
    "_tutorials/navigation.md": """\
---
title: Navigation
---
You can build navigation from data files.
""",
    "_posts/2013-05-06-jekyll-1-0-0-released.markdown": """\
---
title: Jekyll 1.0.0 Released
author: parkr
categories: [release]
---
Hey! After many months of hard work, v1.0.0 is finally here! Upgrade today.
""",
    "_posts/2014-05-06-jekyll-turns-2-0-0.markdown": """\
---
title: Jekyll turns 2.0.0
author: parkr
---
A year ago, [Jekyll 1.0][jekyll-1] came out.
Read the [assets]({{ '/docs/assets/' | relative_url }}).

[jekyll-1]: {% post_url 2013-05-06-jekyll-1-0-0-released %}
""",
}
MKDOCS = {
    "mkdocs.yml": """\
site_name: Material for MkDocs
plugins:
  - search
  - redirects:
      redirect_maps:
        conventions.md: philosophy.md
        reference/variables.md: https://mkdocs-macros-plugin.readthedocs.io/
extra:
  analytics:
    property: !ENV GOOGLE_ANALYTICS_KEY
markdown_extensions:
  - admonition
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
nav:
  - Home: index.md
  - Getting started:
    - Installation: getting-started.md
    - Philosophy: philosophy.md
  - Blog:
    - blog/index.md
""",
    "docs/index.md": "# Material for MkDocs\n\nWrite your documentation in Markdown.\n",
    "docs/getting-started.md": "# Installation\n\nInstall it with pip, then check the version.\n",
    "docs/philosophy.md": ("# Philosophy\n\n[:octicons-tag-24: 7.0.0][release] ·"
                           " :material-alert:{ .red } Since\n\n"
                           "!!! note\n\n    Conventions live here now.\n\n"
                           "``` markdown\n:octicons-tag-24:\n```\n\n"
                           "Drafts: see [`draft`](setup/setting-up-a-blog.md#+blog.draft).\n\n"
                           "[release]: https://example.org/7.0.0\n"),
    "docs/setup/setting-up-a-blog.md": """\
# Setting up a blog

## Configuration

[`draft`](#+blog.draft){ #+blog.draft }

:   Marks a post as a draft; see [`enabled`](#+blog.enabled).

[`enabled`](#+blog.enabled){ #+blog.enabled }

:   Enables the plugin, as [said above](#custom-id).

## Custom anchor { #custom-id }

Shown as `{ #not-an-anchor }` in code.
""",
    "docs/blog/index.md": "# Blog\n",
    "docs/blog/posts/badge.md": ("---\ndate:\n  created: 2023-11-30\n  updated: 2023-12-02\n"
                                 "slug: adding-a-badge\n---\n\n# Adding a badge\n\nShow it.\n"),
    "docs/blog/posts/chinese-search-support.md": """\
---
date: 2022-05-05
authors: [squidfunk]
categories:
  - Search
---

# Chinese search support

Insiders adds Chinese language support for the built-in search plugin.
""",
}


@pytest.fixture(scope="module")
def moved_in(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Both sites imported into one new project, then built: (project, site, outputs)."""
    root = tmp_path_factory.mktemp("moved-in")
    project = root / "kb"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(project), "--company", "Acme"]).exit_code == 0
    outputs = {}
    for name, files in (("jekyll", JEKYLL), ("mkdocs", MKDOCS)):
        write_files(root / name, files, dedent_yaml=False)
        result = runner.invoke(cli, ["import", "-f", str(project / "mkdocs.yml"),
                                     str(root / name)])
        assert result.exit_code == 0, result.output
        outputs[name] = result.output
    site = build(project / "mkdocs.yml", project / "site")
    return {"project": project, "site": site, "outputs": outputs}


def front(path: Path) -> dict[str, Any]:
    """A written file's front matter."""
    return yaml.safe_load(split_front_matter(path.read_text(encoding="utf-8")).front_matter)


def test_blog_posts_become_news_posts_with_their_old_addresses(moved_in: dict[str, Any]) -> None:
    project, site = moved_in["project"], moved_in["site"]
    news = project / "content/news"
    released = front(news / "jekyll-1-0-0-released.md")
    assert released["date"].isoformat() == "2013-05-06" and released["category"] == "Release"
    assert released["redirect_from"] == ["/news/2013/05/06/jekyll-1-0-0-released/"]
    assert released["summary"] == "Hey! After many months of hard work, v1.0.0 is finally here!"
    assert "author" not in released and not (project / "content/team/parkr.yml").exists()
    search = front(news / "chinese-search-support.md")  # Material's blog's own address first
    assert search["redirect_from"][0] == "/blog/2022/05/05/chinese-search-support/"
    assert search["category"] == "Search"
    badge = front(news / "badge.md")  # `date: {created, updated}`, its own `slug`
    assert (badge["date"].isoformat(), badge["updated"].isoformat()) == ("2023-11-30",
                                                                         "2023-12-02")
    assert badge["redirect_from"][0] == "/blog/2023/11/30/adding-a-badge/"
    assert "Imported 7 articles and 2 news posts" in moved_in["outputs"]["jekyll"]
    assert not list((project / "content/articles").rglob("*released*"))
    for old, page in (("news/2013/05/06/jekyll-1-0-0-released", "jekyll-1-0-0-released"),
                      ("blog/2022/05/05/chinese-search-support", "chinese-search-support")):
        text = (site / old / "index.html").read_text("utf-8")
        target = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', text)
        assert target and posixpath.normpath(f"{old}/{target.group(1)}") == f"news/{page}.html"
        assert (site / "news" / f"{page}.html").is_file()
    rules = (site / "_redirects").read_text("utf-8")
    assert "/news/2013/05/06/jekyll-1-0-0-released/ /news/jekyll-1-0-0-released.html 301" \
        in rules


def test_liquid_addresses_and_post_links_lead_to_their_pages(moved_in: dict[str, Any]) -> None:
    project = moved_in["project"]
    assets = (project / "content/articles/docs/assets.md").read_text("utf-8")
    assert "[Liquid template syntax](liquid.md)" in assets
    assert "[quickstart](quickstart.md)" in assets  # `docs/home/`: relative_url adds the /
    assert "{% raw %}" not in assets and "variable `{{ jekyll }}` (#9653)" in assets
    assert "<link href=\"{{ '/assets/main.css' | relative_url }}\">" in assets  # code: as is
    assert "- Read [the Liquid page](liquid.md) next." in assets  # an HTML link by path
    assert '<li><a href="/docs/liquid/">Liquid</a></li>' in assets  # an HTML block: as is
    liquid = (project / "content/articles/docs/liquid.md").read_text("utf-8")
    assert "[Liquid filters](https://shopify.github.io/liquid/filters/)" in liquid
    assert "It needs Ruby 2.7.0\nor newer;  is no value." in liquid
    assert "{{ page.title }} and {{ site.data.ruby.min_version }} stay as written" in liquid
    turns = (project / "content/news/jekyll-turns-2-0-0.md").read_text("utf-8")
    assert "[jekyll-1]: jekyll-1-0-0-released.md" in turns
    assert "[assets](../articles/docs/assets.md)" in turns
    assert "leads to no imported article" not in moved_in["outputs"]["jekyll"]


def test_collection_pages_keep_their_collection_and_top_page(moved_in: dict[str, Any]) -> None:
    project, site = moved_in["project"], moved_in["site"]
    categories = yaml.safe_load((project / "content/_data/categories.yml").read_text("utf-8"))
    assert categories["docs"]["title"] == "Docs" and categories["tutorials"]["title"] \
        == "Tutorials"
    assert (project / "content/articles/tutorials/navigation.md").is_file()
    quickstart = front(project / "content/articles/docs/quickstart.md")  # text of its own
    assert quickstart["redirect_from"] == ["/docs/", "/docs/home/"]
    output = moved_in["outputs"]["jekyll"]
    assert "the page of its folder" in output
    about = front(project / "content/articles/company/company-index.md")  # DuckDuckGo's shape
    assert about["redirect_from"] == ["/company/index.html"]
    assert categories["company"]["title"] == "About Jekyll"
    assert "index.md: a section or site page, not an article" in output  # the home page
    assert "_posts/_defaults.md: Jekyll makes no page of a file whose name starts with `_`" \
        in output
    assert "its name starts with 2024-13-45, which is no day: imported as an undated" \
        " article" in output  # one such file no longer stops the whole import
    assert (site / "docs/home/index.html").is_file()


def test_mkdocs_settings_with_tags_give_nav_sections_and_redirect_maps(
        moved_in: dict[str, Any]) -> None:
    project, site, output = moved_in["project"], moved_in["site"], moved_in["outputs"]["mkdocs"]
    started = project / "content/articles/getting-started"  # init's category of that name
    assert {"getting-started.md", "philosophy.md"} <= {p.name for p in started.glob("*.md")}
    assert front(started / "getting-started.md")["title"] == "Installation"  # the nav's
    assert front(started / "philosophy.md")["redirect_from"] == ["/philosophy/", "/conventions/"]
    philosophy = (started / "philosophy.md").read_text("utf-8")
    assert "[7.0.0][release] · Since" in philosophy  # icons: kbgen's pages draw none
    assert "``` markdown\n:octicons-tag-24:\n```" in philosophy  # code: as written
    assert "url=../articles/getting-started/philosophy.html" in (
        site / "conventions/index.html").read_text("utf-8")
    assert "mkdocs.yml redirect_maps: reference/variables.md: redirected to" \
        " https://mkdocs-macros-plugin.readthedocs.io/, on another site: not redirected" in output
    assert not (site / "reference/variables").exists()
    assert "/blog/ not redirected" not in output  # the blog's list leads to the news page:
    assert yaml.safe_load(split_front_matter((project / "content/news/index.md").read_text(
        "utf-8")).front_matter)["redirect_from"] == ["/blog/"]
    assert re.search(r'http-equiv="refresh" content="0; url=(\.\./)+news/(index\.html)?"',
                     (site / "blog/index.html").read_text("utf-8"))
    assert "kb-news" in (site / "news/index.html").read_text("utf-8") or \
        "chinese-search-support" in (site / "news/index.html").read_text("utf-8")


@pytest.mark.parametrize(("path", "dated", "post"), [
    ("_posts/2024-02-03-new-app.md", True, True),
    ("en/_posts/2024-02-03-new-app.md", True, True),  # Jekyll reads `_posts/` in any folder
    ("blog/2021/nine-years.md", True, True),  # Hugo's BookStack blog
    ("blog/posts/chinese-search-support.md", True, True),  # Material's
    ("blog/undated.md", False, False),  # no day: an article
    ("docs/api/posts/create.md", True, False),  # the API's posts, not a blog
    ("news.md", True, False),
])
def test_which_pages_are_news_posts(path: str, dated: bool, post: bool) -> None:
    assert is_post(path, dt.date(2024, 2, 3) if dated else None) is post


def test_mkdocs_settings_tags_read_as_plain_values() -> None:
    settings = load_settings("a: !ENV [SITE_URL, 'https://x.example/']\nb: !ENV TOKEN\n"
                             "c: !!python/name:material.extensions.emoji.twemoji\n"
                             "d: !relative $config_dir\nnav: [{Home: index.md}]\n")
    assert settings == {"a": "https://x.example/", "b": None, "c": "",
                        "d": "$config_dir", "nav": [{"Home": "index.md"}]}
    with pytest.raises(yaml.YAMLError):
        load_settings("nav: [unclosed")


def test_categories_file_left_as_an_empty_mapping(project: Path,
                                                  import_site: Callable[..., Any]) -> None:
    (project / "content/_data/categories.yml").write_text("# Categories\n{}\n", "utf-8")
    for path in (project / "content/articles").rglob("*.md"):
        path.unlink()
    import_site({"mkdocs.yml": "site_name: X\n",
                 "docs/wifi/offline.md": "# Offline\n\nRestart the router first.\n"})
    categories = (project / "content/_data/categories.yml").read_text("utf-8")
    assert categories.startswith("# Categories\nwifi:\n")
    assert yaml.safe_load(categories)["wifi"]["title"] == "Wifi"


def test_liquid_values_come_from_the_page_and_data_inside_the_site(tmp_path: Path) -> None:
    (tmp_path / "_data").mkdir()
    (tmp_path / "outside.yml").write_text("key: s3cr3t\n", "utf-8")
    (tmp_path / "_data/leak.yml").symlink_to(tmp_path / "outside.yml")
    (tmp_path / "_data/ruby.json").write_text('{"min": "2.7", "list": [1]}', "utf-8")
    body = ("{{ site.data.leak.key }} {{ site.data.ruby.min }} {{ site.data.ruby.list }}"
            " {{ page.link.url }} `{{ page.title }}` {% raw %}{{ page.title }}{% endraw %}")
    filled, names = LiquidValues(tmp_path / "_data").fill(
        body, {"title": "T", "link": {"url": "https://x.example/"}})
    assert filled == ("{{ site.data.leak.key }} 2.7 {{ site.data.ruby.list }} https://x.example/"
                      " `{{ page.title }}` {% raw %}{{ page.title }}{% endraw %}")
    assert names == ["site.data.ruby.min", "page.link.url"]


LOOP = """<table><tbody>
{% for setting in site.data.config_options.global %}<tr><td>{{ setting.name }}</td>
<td><code>{{ setting.option }}</code>{% if setting.flag %} <code>{{ setting.flag }}</code>
{%- endif %}</td></tr>
{% endfor %}</tbody></table>
{%- for s in site.data.config_options.global -%}{{ s.name | upcase }}{%- endfor -%}
{% for s in site.data.config_options.nested %}{{ s.name }}{% endfor %}
`{% for s in site.data.config_options.global %}{{ s.name }}{% endfor %}`
"""


def test_liquid_loops_over_data_are_written_out(tmp_path: Path) -> None:
    """Jekyll's configuration options table is a `for` loop over `_data/config_options/
    global.yml` (a folder of `_data/` is one more level of keys): its rows are written out
    when the loop holds only the item's values and `if`s; a loop with a filter, or over values
    that are no text, is left and named (new46: every loop removed, the table lost)."""
    data = tmp_path / "_data/config_options"
    data.mkdir(parents=True)
    (data / "global.yml").write_text(
        "- {name: Site source, option: 'source: DIR', flag: '-s DIR'}\n"
        "- {name: Safe mode, option: 'safe: BOOL'}\n", "utf-8")
    (data / "nested.yml").write_text("- {name: [a, b]}\n", "utf-8")
    values = LiquidValues(tmp_path / "_data")
    filled, names = values.fill(LOOP, {})
    assert filled.startswith(
        "<table><tbody>\n<tr><td>Site source</td>\n<td><code>source: DIR</code> <code>-s DIR"
        "</code></td></tr>\n<tr><td>Safe mode</td>\n<td><code>safe: BOOL</code></td></tr>"
        "\n</tbody></table>\n{%- for s in")  # `{%- endif %}` took the line's end away
    assert names == ["for setting in site.data.config_options.global"]
    assert "`{% for s in site.data.config_options.global %}{{ s.name }}{% endfor %}`" \
        in filled  # code: as written
    assert values.loops_left(filled) == ["for s in site.data.config_options.global",
                                         "for s in site.data.config_options.nested"]


@pytest.mark.parametrize(("written", "directory_urls", "address"), [
    ("upgrading.md", True, "/upgrading/"), ("setup/index.md", True, "/setup/"),
    ("guides/README.md", True, "/guides/"), ("old page.md", True, "/old%20page/"),
    ("index.md", True, "/"), ("upgrading.md", False, "/upgrading.html"),
    ("setup/index.md", False, "/setup/index.html"), ("index.md", False, "/"),
])
def test_a_page_has_the_address_mkdocs_gave_it(written: str, directory_urls: bool,
                                               address: str) -> None:
    assert old_address(written, directory_urls) == address


@pytest.mark.parametrize("plugins", [
    [{"redirects": {"redirect_maps": {"a.md": "b.md", "c.md": None}}}],
    {"search": {}, "redirects": {"redirect_maps": {"a.md": "b.md"}}},  # plugins as a mapping
])
def test_redirect_maps_read_from_either_plugins_form(plugins: Any) -> None:
    assert redirect_maps({"plugins": plugins}) == {"a.md": "b.md"}
    assert redirect_maps({"plugins": ["search", "redirects"]}) == {}


def test_pages_of_a_site_without_directory_urls_keep_their_html_addresses(
        project: Path, import_site: Callable[..., Any]) -> None:
    import_site({"mkdocs.yml": "site_name: X\nuse_directory_urls: false\nplugins:\n"
                               "  - redirects:\n      redirect_maps:\n"
                               "        old.md: wifi/offline.md\n",
                 "docs/wifi/index.md": "# Wi-Fi\n\nEverything about connecting the thermostat.\n",
                 "docs/wifi/offline.md": "# Offline\n\nRestart the router first.\n"})
    articles = project / "content/articles/wifi"
    assert front(articles / "offline.md")["redirect_from"] == ["/wifi/offline.html", "/old.html"]
    assert front(articles / "wi-fi.md")["redirect_from"] == ["/wifi/index.html"]


def test_anchors_set_by_attr_list_keep_their_links(moved_in: dict[str, Any]) -> None:
    """Material's docs set anchors on links and headings with attr_list
    (`[draft](#+blog.draft){ #+blog.draft }`, `## Custom anchor { #custom-id }`): links to them
    are kept, within the page and from another, and resolve in the built site (new46: 200
    warnings "names no heading", the link from another page cut to the page's top)."""
    project, site, output = moved_in["project"], moved_in["site"], moved_in["outputs"]["mkdocs"]
    assert "blog.draft" not in output and "blog.enabled" not in output and "custom-id" \
        not in output
    philosophy = project / "content/articles/getting-started/philosophy.md"
    written = philosophy.read_text("utf-8")
    assert re.search(r"\(\.\./[\w-]+/setting-up-a-blog\.md#\+blog\.draft\)", written)
    blog = next(site.rglob("setting-up-a-blog.html")).read_text("utf-8")
    ids = set(re.findall(r' id="([^"]+)"', blog))
    other = (site / "articles/getting-started/philosophy.html").read_text("utf-8")
    linked = re.findall(r'href="[^"#]*setting-up-a-blog\.html#([^"]+)"', other)
    assert linked  # the anchor kept, not cut to the page's top
    for href in re.findall(r'href="#([^"]+)"', blog) + linked:
        if "blog." in href or "custom-id" in href:
            assert href in ids, href
    assert any(i.endswith("+blog.draft") for i in ids) and any(
        i.endswith("custom-id") for i in ids)

"""What moving Plausible Analytics' docs (Docusaurus, served under `baseUrl: '/docs/'` of
`https://plausible.io`) into kbgen showed, each case written small: 279 pictures addressed by
`src={useBaseUrl('img/a.png')}` stayed raw `<img>` tags with a code expression as their
address (every one broken, none copied); 21 links to its own pages written in full
(`https://plausible.io/docs/excluding#by-country`) kept pointing at the old site, and 124 links
to the company's other pages (`https://plausible.io/contact`, its blog, its pricing) were
reported as "goes to the old help centre ... it breaks when the old site closes"; the FAQ
pages' `<head>` block (structured data for search engines) was left empty in the body. One
small site is imported once for the module; each test reads what was written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from kbgen.importers.markdown_site import base_path
from kbgen.importers.references import References
from tests.conftest import write_files
from tests.helpers import run_cli

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082")
CONFIG = """\
module.exports = {
  title: 'Acme Analytics docs',
  url: 'https://acme.example',
  baseUrl: '/docs/',
  presets: [['classic', {docs: {routeBasePath: '/',
                                sidebarPath: require.resolve('./sidebars.js')}}]],
  themeConfig: {navbar: {items: [{href: 'https://acme.example/blog', label: 'Blog'}]}},
};
"""
PICTURES = """\
---
title: Billing FAQ
description: Questions about invoices.
---
import useBaseUrl from '@docusaurus/useBaseUrl';

<head>
  <meta name="keywords" content="billing, invoices" />
  <script type="application/ld+json">{`{"@type": "FAQPage"}`}</script>
</head>

Open **Account settings**.

<div class="browser" markdown="1">
    <img alt="Update billing information" src={useBaseUrl('img/v2/billing-info.webp')} />
</div>

<img class="border" alt="Add VAT number" src={useBaseUrl("/img/vat number.png")} />

<img src={useBaseUrl('img/absolute.png', {absolute: true})} alt='Absolute' />

<img
  alt="Spread over lines"
  src={useBaseUrl('img/lines.jpg')}
/>

Inline <img src={useBaseUrl('img/icon.svg')} alt="icon" /> in a sentence.

Put the snippet in your site's `<head>`, before `</head>`.

```jsx
<img alt="shown as code" src={useBaseUrl('img/code.png')} />
<head><title>shown as code</title></head>
```
"""
LINKS = """\
---
title: Countries
description: Where visitors come from.
---

Block a country: see [excluding](https://acme.example/docs/excluding#by-country) and the
[goals](https://acme.example/docs/goals/) page; [plans](https://www.acme.example/docs/plans).

Ask [our support](https://acme.example/contact), read [the blog](https://acme.example/blog/utm)
or the [pricing](https://acme.example/#pricing).

A help page that was not moved: [old page](https://acme.example/docs/retired-page).
"""
FILES: dict[str, str | bytes] = {
    "docusaurus.config.js": CONFIG,
    "sidebars.js": "module.exports = {docs: ['billing', 'countries', 'excluding', 'goals',"
                   " 'plans']};\n",
    "docs/billing.md": PICTURES,
    "docs/countries.md": LINKS,
    "docs/excluding.md": "---\ntitle: Exclude traffic\n---\n\n## By country\n\nAdd it.\n",
    "docs/goals.md": "---\ntitle: Goals\n---\n\nCount signups.\n",
    "docs/plans.md": "---\ntitle: Plans\n---\n\nPick one.\n",
    "static/img/v2/billing-info.webp": PNG, "static/img/vat number.png": PNG,
    "static/img/absolute.png": PNG, "static/img/lines.jpg": PNG, "static/img/icon.svg":
        "<svg xmlns='http://www.w3.org/2000/svg'/>", "static/img/code.png": PNG,
}


@dataclass
class Imported:
    project: Path
    output: str

    def article(self, slug: str) -> str:
        found = list((self.project / "content" / "articles").glob(f"*/{slug}.md"))
        assert len(found) == 1, found
        return found[0].read_text(encoding="utf-8")

    def copied(self) -> list[str]:
        folder = self.project / "content" / "assets" / "imported"
        return sorted(p.name for p in folder.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("base-url")
    write_files(root / "site", FILES, dedent_yaml=False)
    init = run_cli("init", str(root / "kb"), "--company", "Acme")
    assert init.returncode == 0, init.stdout + init.stderr
    for example in (root / "kb" / "content" / "articles").glob("*/*.md"):
        example.unlink()
    result = run_cli("import", str(root / "site"), cwd=root / "kb")
    assert result.returncode == 0, result.stdout + result.stderr
    return Imported(root / "kb", result.stdout)


@pytest.mark.parametrize(("alt", "stem"), [
    ("Update billing information", "billing-info"), ("Add VAT number", "vat"),
    ("Absolute", "absolute"), ("Spread over lines", "lines"), ("icon", "icon")])
def test_a_static_picture_by_use_base_url_is_a_markdown_image_of_its_copied_file(
        imported: Imported, alt: str, stem: str) -> None:
    """Main kept `<img ... src={useBaseUrl('img/a.png')} />`: a broken picture, not copied."""
    text = imported.article("billing")
    copied = [name for name in imported.copied() if name.startswith(stem)]
    assert copied, imported.copied()
    assert f"![{alt}](" in text and copied[0] in text


def test_no_code_expression_is_left_as_a_picture_address_outside_code(
        imported: Imported) -> None:
    outside, _, code = imported.article("billing").partition("```jsx")
    assert "useBaseUrl" not in outside and "src={" not in outside
    assert "<img alt=\"shown as code\" src={useBaseUrl('img/code.png')} />" in code
    assert "code.png" not in imported.copied()


def test_a_head_block_is_no_text_of_the_page(imported: Imported) -> None:
    """Main removed the script and left `<head>\\n\\n</head>` (and the meta tag) in the body."""
    text = imported.article("billing")
    outside, _, code = text.partition("```jsx")
    assert "<head>" not in outside.replace("`<head>`", "") and "<meta" not in outside
    assert "Put the snippet in your site's `<head>`, before `</head>`." in outside
    assert "<head><title>shown as code</title></head>" in code
    assert "removed: <head> block" in imported.output


@pytest.mark.parametrize(("href", "target"), [
    ("https://acme.example/docs/excluding#by-country", "excluding.md#by-country"),
    ("https://acme.example/docs/goals/", "goals.md"),
    ("https://www.acme.example/docs/plans", "plans.md")])
def test_a_full_link_to_a_moved_page_under_the_base_url_leads_to_its_article(
        imported: Imported, href: str, target: str) -> None:
    """Main kept the old site's address: it breaks when the old help centre closes."""
    text = imported.article("countries")
    assert href not in text
    assert f"]({target})" in text


@pytest.mark.parametrize("href", [
    "https://acme.example/contact", "https://acme.example/blog/utm",
    "https://acme.example/#pricing"])
def test_a_link_to_the_company_site_outside_the_base_url_is_kept_without_a_warning(
        imported: Imported, href: str) -> None:
    """Main warned that each "goes to the old help centre": it is the company's other site."""
    assert f"]({href})" in imported.article("countries")
    assert f"link to '{href}'" not in imported.output


def test_a_link_to_a_help_page_not_moved_is_still_reported(imported: Imported) -> None:
    href = "https://acme.example/docs/retired-page"
    assert f"link to '{href}' goes to the old help centre but to no imported article" \
        in imported.output


@pytest.mark.parametrize(("flavour", "config", "expected"), [
    ("docusaurus", {"url": "https://acme.example", "baseUrl": "/docs/"}, "/docs/"),
    ("docusaurus", {"url": "https://acme.example", "baseUrl": "/"}, "/"),
    ("jekyll", {"url": "https://acme.example", "baseurl": "/kb"}, "/kb/"),
    ("jekyll", {"url": "https://acme.example", "baseurl": ""}, "/"),
    ("mkdocs", {"site_url": "https://acme.example/help/"}, "/help/"),
    ("mkdocs", {"site_url": "https://docs.acme.example/"}, "/"),
    ("mkdocs", {}, "/"),
    ("hugo", {"baseURL": "https://acme.example/support/docs"}, "/support/docs/"),
    ("hugo", {"baseURL": "/"}, "/")])
def test_the_path_a_site_is_served_under_is_read_from_its_settings(
        flavour: str, config: dict[str, str], expected: str) -> None:
    assert base_path(flavour, config) == expected


def _references() -> tuple[References, list[str]]:
    refs = References(targets={"other": "guides/other.md"}, own_domains=["acme.example"],
                      base_path="/help/", public={"guides/start.md", "guides/other.md"})
    return refs, []


@pytest.mark.parametrize(("href", "written", "warned"), [
    ("https://acme.example/help/other/", "other.md", False),  # MkDocs' site_url path
    ("https://www.acme.example/help/other#steps", "other.md#steps", False),
    ("https://acme.example/help/other.html", "other.md", False),  # Jekyll's page.html
    ("https://acme.example/help/gone/", "https://acme.example/help/gone/", True),
    ("https://acme.example/help", "https://acme.example/help", True),  # the old home page
    ("https://acme.example/contact", "https://acme.example/contact", False),
    ("https://acme.example/helpdesk-pricing", "https://acme.example/helpdesk-pricing", False),
    ("https://shop.acme.example/cart", "https://shop.acme.example/cart", False),
    ("https://other.example/help/other/", "https://other.example/help/other/", False)])
def test_a_full_link_on_the_sites_domains_is_read_against_the_path_it_is_served_under(
        href: str, written: str, warned: bool) -> None:
    """Any generator whose settings give a path (MkDocs, Hugo, Jekyll as Docusaurus above):
    below it, the moved page or the warning; outside it, the company's other pages."""
    refs, warnings = _references()
    assert refs.link(href, "guides/start.md", None, warnings.append) == written
    assert bool(warnings) is warned, warnings

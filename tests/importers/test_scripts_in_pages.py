"""A `<script>` in an imported Markdown page (BookStack's blog: a tweet's widget, an asciinema
player) is removed at import and said once, as `<style>` is: left in, the build removed it
with a warning per page that `kbgen build --strict` refused (3 pages). asciinema's player
becomes a link to its recording, as a frame's video does; a script in code stays code."""

from __future__ import annotations

from kbgen.importers.markdown_text import clean_markup

PAGE = """\
Text.

<script id="asciicast-489055" src="https://asciinema.org/a/489055.js" async></script>

<blockquote class="twitter-tweet"><p>A tweet.</p></blockquote>
<SCRIPT async src="//platform.twitter.com/widgets.js"
  charset="utf-8"></SCRIPT>

```html
<script src="x.js"></script>
```
"""


def test_scripts_are_removed_and_said() -> None:
    text, notes = clean_markup(PAGE, lambda target: target)
    assert text == (
        "Text.\n\n[Watch: the recording on asciinema.org](<https://asciinema.org/a/489055>)\n\n"
        '<blockquote class="twitter-tweet"><p>A tweet.</p></blockquote>\n\n'
        '```html\n<script src="x.js"></script>\n```\n')
    assert notes == [
        "removed: asciinema player script (a link to the recording now) (1×)",
        "removed: <script> element (kbgen publishes no script; the build would remove it) (1×)"]

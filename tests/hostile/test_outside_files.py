"""Files outside the article model: other Markdown extensions, pages outside `articles/`,
copied files (HTML, SVG, anything), and links or folders that would take the build outside
the project or into a loop. Each is refused by `kbgen check` and `kbgen build` with a clear
message, or built with the same protections as an article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, article, write_files
from tests.helpers import all_files

HERE = Path(__file__).parent
AWS_KEY = "AKIAQ3EGRTZ7VXMPLK4D"
EMAIL = "jane.private@gmail.com"
HOSTILE_BODY = (f"<script>alert('x')</script>\n\nWrite to {EMAIL}.\n\n"
                f"Key: {AWS_KEY}\n")
HOSTILE_DRAFT = article("Hostile draft", status="draft", body=HOSTILE_BODY)
SECRETS = (b"alert(", EMAIL.encode(), AWS_KEY.encode())
OUTSIDE_SECRET = "root:x:0:0:SECRET-OUTSIDE-7731"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small valid project with a theme folder, as the working directory."""
    root = tmp_path / "project"
    files = {
        "mkdocs.yml": MINI_CONFIG.replace("  font: false\n",
                                          "  font: false\n  custom_dir: theme\n"),
        "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": "billing:\n  title: Billing\n  description: Money.\n",
        "content/articles/billing/ok.md": article("Fine article"),
        "theme/assets/extra.txt": "theme file\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    (tmp_path / "outside.txt").write_text(OUTSIDE_SECRET)
    (tmp_path / "outside.md").write_text(f"---\ntitle: {OUTSIDE_SECRET}\n---\n")
    monkeypatch.chdir(root)
    return root


def run(*args: str) -> tuple[int, str]:
    """Run the real CLI; a traceback is a failure whatever the exit code."""
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output and not (
        result.exception and not isinstance(result.exception, SystemExit)), result.output
    return result.exit_code, result.output


def write(root: Path, files: dict[str, str | bytes]) -> None:
    """Write the files exactly as given (hostile YAML is not dedented)."""
    write_files(root, files, dedent_yaml=False)


def assert_refused(root: Path, expected: list[str]) -> None:
    """`kbgen check` prints each expected line and exits 1; `kbgen build` fails the same way
    and publishes nothing (the previous site stays as it was)."""
    code, output = run("check")
    assert code == 1, output
    for line in expected:
        assert line in output.splitlines(), (line, output)
    code, output = run("build")
    assert code == 1, output
    for line in expected:
        assert line in output, (line, output)
    assert not (root / "site").exists()


# --------------------------------------------------------------------- Markdown outside .md


RENAME = "error: MkDocs would publish this {ext} file as a page without kbgen's checks; rename" \
         " it to {stem}.md"

OTHER_EXTENSIONS = [
    ("content/articles/billing/case.markdown", ".markdown"),
    ("content/articles/billing/case.mdown", ".mdown"),
    ("content/articles/billing/case.mkd", ".mkd"),
    ("content/articles/billing/case.mkdn", ".mkdn"),
    ("content/faq.markdown", ".markdown"),
    ("content/team/notes.mkd", ".mkd"),
]


@pytest.mark.parametrize("path, ext", OTHER_EXTENSIONS)
def test_markdown_that_is_not_md_is_refused(project: Path, path: str, ext: str) -> None:
    """The hostile draft (script, e-mail address, AWS key) under another extension."""
    write(project, {path: HOSTILE_DRAFT})
    stem = Path(path).stem
    assert_refused(project, [f"{path}: {RENAME.format(ext=ext, stem=stem)}"])


def test_upper_case_md_would_be_copied_raw_and_is_refused(project: Path) -> None:
    write(project, {"content/articles/billing/case.MD": HOSTILE_DRAFT})
    assert_refused(project, [
        "content/articles/billing/case.MD: error: MkDocs copies this file as it is (only"
        " lower-case .md, .markdown, .mdown, .mkdn, .mkd are pages), past kbgen's checks;"
        " rename it to case.md"])


# --------------------------------------------------------------------- pages outside articles/


REFUSED_PAGES = [
    # where the page hides, its text, what `kbgen check` prints (errors stop the build)
    ("content/faq.md", f"# FAQ\n\n{HOSTILE_BODY}", [
        "content/faq.md:5: error: e-mail address (j",
        "content/faq.md:7: error: AWS access key (A"]),
    ("content/about/us.md", f"---\ntitle: About\n---\n\n{HOSTILE_BODY}", [
        "content/about/us.md:7: error: e-mail address (j",
        "content/about/us.md:9: error: AWS access key (A"]),
    ("content/contact.md", f"# Contact\n\nCall Jane on her mobile: {EMAIL}\n", [
        "content/contact.md:3: error: e-mail address (j"]),
    ("content/team/notes.md", f"# Notes\n\n{AWS_KEY}\n", [
        "content/team/notes.md:3: error: AWS access key (A"]),
    ("content/faq.md", f"---\ntitle: FAQ\ndescription: Mail {EMAIL}\n---\n\n# FAQ\n", [
        "content/faq.md:3: error: e-mail address (j"]),
    ("content/faq.md", "---\ntitle: FAQ\nauthor: sam\nstatus: live\n---\n\n# FAQ\n", [
        "content/faq.md:3: error: unknown key 'author'; known keys: title, description,"
        " summary, status, hide, template, search, icon",
        "content/faq.md:4: error: 'status' must be one of 'published', 'draft' or 'internal',"
        " not 'live'"]),
    ("content/faq.md", "---\ntitle: !!python/object/apply:os.system [id]\n---\n\n# FAQ\n", [
        "content/faq.md:2: error: invalid YAML: could not determine a constructor for the tag"
        " 'tag:yaml.org,2002:python/object/apply:os.system'"]),
    ("content/faq.md", "---\ntitle: &a FAQ\ndescription: *a\n---\n\n# FAQ\n", [
        "content/faq.md:2: error: invalid YAML: YAML anchors and aliases (&name, *name) are"
        " not allowed; write the value out"]),
    ("content/faq.md", "---\ntemplate: ../../etc/passwd\n---\n\n# FAQ\n", [
        "content/faq.md:2: error: 'template': '../../etc/passwd' is not a template name; use"
        " the file name of a template of the theme, such as article.html or main.html (no"
        " folder outside the theme, no '..')"]),
    ("content/faq.md", "template: ../x.html\ntitle: FAQ\n\n# FAQ\n", [
        "content/faq.md:1: error: MkDocs reads a first line `key: value` as a page setting;"
        " put settings between two `---` lines, or start with a heading"]),
    ("content/faq.md", "---\ntitle: FAQ\n\n# FAQ\n", [
        "content/faq.md:1: error: front matter is not closed; add a line `---` after the"
        " last key"]),
    ("content/faq.md", "# FAQ\n\n" + "".join(f"{'    ' * i}- x\n" for i in range(60)), [
        "content/faq.md:44: error: list nested more than 40 levels deep; flatten it"]),
    ("content/faq.md", "# FAQ\n\n" + "[" * 600 + "\n", [
        "content/faq.md:3: error: more than 500 '[' in one paragraph; put such text in a code"
        " block (```)"]),
]


@pytest.mark.parametrize("path, text, expected", REFUSED_PAGES,
                         ids=[f"{i}-{case[0]}" for i, case in enumerate(REFUSED_PAGES)])
def test_a_page_outside_articles_is_checked_like_an_article(
        project: Path, path: str, text: str, expected: list[str]) -> None:
    write(project, {path: text})
    code, output = run("check")
    assert code == 1, output
    for start in expected:
        assert any(line.startswith(start) for line in output.splitlines()), (start, output)
    assert EMAIL not in output and AWS_KEY not in output
    code, output = run("build")
    assert code == 1 and not (project / "site").exists(), output


PUBLISHED_PAGES = [
    # page text, what the built page shows, what must be nowhere in it
    ("# FAQ\n\n<!-- kb:search -->\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>"
     "\n\nAsk us.\n", ['<form class="kb-hero-search" role="search"', "Ask us."],
     ["alert(", "onerror"]),
    ("# FAQ\n\n<a href=\"javascript:alert(1)\">x</a>\n\n<iframe src=\"https://e.example\">"
     "</iframe>\n\nOk.\n", ["Ok."], ["javascript:", "<iframe"]),
    ("# FAQ\n\n<form action=https://e.example><input name=p></form>\n\nVisible.\n\n"
     "!!! internal \"Escalation\"\n    SECRET-NOTE-5512 call Bob.\n",
     ["Visible."], ["SECRET-NOTE-5512", "<form", 'name="p"']),
    ("# FAQ\n\n<!--kbgen-fragment-7-->\n\n<!--kbgen-fragment-0-->\n\n<!-- kb:search -->\n\n"
     "<style>body{display:none}</style>\n\nOk.\n", ["Ok."], ["kbgen-fragment", "display:none"]),
]


@pytest.mark.parametrize("text, shown, removed", PUBLISHED_PAGES)
def test_a_published_page_is_cleaned_like_an_article(
        project: Path, text: str, shown: list[str], removed: list[str]) -> None:
    """What authors write is cleaned; kbgen's own fragments (the search form) stay."""
    write(project, {"content/faq.md": text})
    code, output = run("build")
    assert code == 0, output
    page = (project / "site/faq.html").read_text()
    content = page[page.index('<article class="md-content__inner'):page.index("</article>")]
    for text_ in shown:
        assert text_ in content, text_
    for text_ in removed:
        assert text_ not in content, text_


@pytest.mark.parametrize("status", ["draft", "internal"])
def test_a_draft_page_is_never_published(project: Path, status: str) -> None:
    write(project, {"content/faq.md": f"---\ntitle: FAQ\nstatus: {status}\n---\n\n"
                                      "SECRET-DRAFT-PAGE-4242\n"})
    code, output = run("build")
    assert code == 0, output
    for name, data in all_files(project / "site").items():
        assert b"SECRET-DRAFT-PAGE-4242" not in data and b"faq.html" not in data, name
    assert not (project / "site/faq.html").exists()


def test_unsafe_html_in_a_page_is_a_warning(project: Path) -> None:
    write(project, {"content/faq.md": "# FAQ\n\n<script>alert(1)</script>\n"})
    code, output = run("check")
    assert code == 0
    assert "content/faq.md:3: warning: <script> element is removed from the published page;" \
           " write it as text or use Markdown instead" in output.splitlines()


# --------------------------------------------------------------------- copied files


HTML_LIKE = "a {ext} file is copied into the site as it is and a browser runs any script in" \
            " it, past kbgen's checks; write the page in Markdown (.md) instead, or remove the" \
            " file"
CODE = "{ext} files are not published from the content folder; put scripts and styles in the" \
       " theme folder (custom_dir) and list them in mkdocs.yml"
UNKNOWN = "{kind} are not published; allowed are images (.png, .jpg, .jpeg, .gif, .webp, .avif," \
          " .ico, .bmp, .svg), documents (.pdf, .txt, .csv, office files), fonts, audio, video" \
          " and archives (.zip): convert the file, or remove it"
SCRIPT = "<script>alert(document.domain)</script>"

REFUSED_FILES = [
    ("content/help.html", SCRIPT, HTML_LIKE.format(ext=".html")),
    ("content/articles/billing/old.htm", SCRIPT, HTML_LIKE.format(ext=".htm")),
    ("content/x.xhtml", SCRIPT, HTML_LIKE.format(ext=".xhtml")),
    ("content/x.XHT", SCRIPT, HTML_LIKE.format(ext=".xht")),
    ("content/x.shtml", SCRIPT, HTML_LIKE.format(ext=".shtml")),
    ("content/feed.xml", "<x:script xmlns:x='http://www.w3.org/1999/xhtml'>alert(1)</x:script>",
     HTML_LIKE.format(ext=".xml")),
    ("content/style.xsl", "<xsl:stylesheet/>", HTML_LIKE.format(ext=".xsl")),
    ("content/team/photo.svgz", "x", HTML_LIKE.format(ext=".svgz")),
    ("content/app.js", "alert(1)", CODE.format(ext=".js")),
    ("content/assets/site.css", "body{}", CODE.format(ext=".css")),
    ("content/tool.exe", "MZ", UNKNOWN.format(kind="'.exe' files")),
    ("content/page.php", "<?php ?>", UNKNOWN.format(kind="'.php' files")),
    ("content/_headers", "/*\n  Content-Security-Policy: default-src *",
     UNKNOWN.format(kind="files without an extension")),
]


@pytest.mark.parametrize("path, text, message", REFUSED_FILES, ids=[c[0] for c in REFUSED_FILES])
def test_a_file_a_browser_could_run_is_refused(
        project: Path, path: str, text: str, message: str) -> None:
    write(project, {path: text})
    assert_refused(project, [f"{path}: error: {message}"])


SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
SVG_REFUSED = [
    # the SVG, the line `kbgen check` points at, and its message
    (f"{SVG_OPEN}\n<script>alert(1)</script></svg>", 2,
     "<script> element in an SVG image: it can run script or load something; remove it (only"
     " drawing elements are allowed)"),
    (f"{SVG_OPEN}\n\n<rect onclick='alert(1)'/></svg>", 3,
     "onclick= event handler on <rect> in an SVG image; remove it"),
    (f'{SVG_OPEN}<g>\n<image ONLOAD="alert(1)" href="#a"/></g></svg>', 2,
     "ONLOAD= event handler on <image> in an SVG image; remove it"),
    (f"{SVG_OPEN}\n<foreignObject><p>x</p></foreignObject></svg>", 2,
     "<foreignObject> element in an SVG image: it can run script or load something; remove it"
     " (only drawing elements are allowed)"),
    (f'{SVG_OPEN}\n<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>', 2,
     "<script> element (namespace http://www.w3.org/1999/xhtml) in an SVG image: it can run"
     " script or load something; remove it (only drawing elements are allowed)"),
    (f'{SVG_OPEN}\n<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a></svg>', 2,
     '<a href="javascript:alert(1)"> in an SVG image points outside it; only #id references'
     " (and https links on <a>) are allowed"),
    (f'{SVG_OPEN}\n<use href="https://evil.example/x.svg#a"/></svg>', 2,
     '<use href="https://evil.example/x.svg#a"> in an SVG image points outside it; only #id'
     " references (and https links on <a>) are allowed"),
    (f'{SVG_OPEN}\n<a href="#x"><animate attributeName="href" to="javascript:alert(1)"/></a>'
     "</svg>", 2, "<animate> changes href= in an SVG image; remove it"),
    (f'{SVG_OPEN}\n<set attributeName="fill" to="red"/></svg>', 2,
     "<set> element in an SVG image: it can run script or load something; remove it (only"
     " drawing elements are allowed)"),
    (f'{SVG_OPEN}\n<rect style="fill: u\\72l(https://evil.example/t)"/></svg>', 2,
     "style= on <rect> in an SVG image refers to something outside it (url(), @import) or to"
     " script; only url(#id) is allowed"),
    (f'{SVG_OPEN}\n<rect fill="url(https://evil.example/#g)"/></svg>', 2,
     "fill= on <rect> in an SVG image refers to something outside it (url(), @import) or to"
     " script; only url(#id) is allowed"),
    (f"{SVG_OPEN}\n<style>\n@im/**/port 'https://evil.example/x.css';</style></svg>", 2,
     "<style> in an SVG image loads something from outside (url(), @import); only url(#id)"
     " is allowed"),
    (f"{SVG_OPEN}\n<style>rect {{ cursor: u&#114;l(https://evil.example/c) }}</style></svg>", 2,
     "<style> in an SVG image loads something from outside (url(), @import); only url(#id)"
     " is allowed"),
    ('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]>\n' + SVG_OPEN + "&a;</svg>",
     2, "<!DOCTYPE> or <!ENTITY> in an SVG image; remove it (export as plain SVG)"),
    ('<?xml-stylesheet href="https://evil.example/x.css"?>\n' + SVG_OPEN + "</svg>", 1,
     "processing instruction <?xml-stylesheet ...?> in an SVG image; remove it"),
    (f'{SVG_OPEN}\n<rect xml:base="javascript:/" fill="red"/></svg>', 2,
     "attribute base= of namespace http://www.w3.org/XML/1998/namespace in an SVG image;"
     " remove it"),
    ("<html xmlns='http://www.w3.org/1999/xhtml'>\n<script>alert(1)</script></html>", 1,
     'an SVG image starts with <svg xmlns="http://www.w3.org/2000/svg">, not <html> of'
     " namespace http://www.w3.org/1999/xhtml"),
    (f"{SVG_OPEN}\n<rect>", 2, "not a well-formed SVG image (no element found); export it again"),
]


@pytest.mark.parametrize("svg, line, message", SVG_REFUSED,
                         ids=[f"svg-{i}" for i in range(len(SVG_REFUSED))])
@pytest.mark.parametrize("path", ["content/assets/logo.svg", "content/team/sam.SVG"])
def test_an_svg_that_can_do_more_than_draw_is_refused(
        project: Path, path: str, svg: str, line: int, message: str) -> None:
    write(project, {path: svg})
    assert_refused(project, [f"{path}:{line}: error: {message}"])


# --------------------------------------------------------------------- links and folders


def link(root: Path, path: str, target: str) -> None:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, root / path)


OUTSIDE = "outside {folder}/; MkDocs would publish it: copy the file in or remove the link"
LOOP = "symbolic link loop (it leads back to itself); remove the link"
FOLDER_LOOP = ("symbolic link loop: it points to a folder that contains it, which would be"
               " published again and again; remove the link")
LINKS = [
    # (link, target relative to the project), the line printed
    (("content/articles/billing/notes.txt", "../../../../outside.txt"),
     "content/articles/billing/notes.txt: error: symbolic link to ../../../../outside.txt, "
     + OUTSIDE.format(folder="content")),
    (("content/articles/billing/leak.md", "../../../../outside.md"),
     "content/articles/billing/leak.md: error: symbolic link to ../../../../outside.md, "
     + OUTSIDE.format(folder="content")),
    (("content/_data/contact.yml", "../../../outside.md"),
     "content/_data/contact.yml: error: symbolic link to ../../../outside.md, "
     + OUTSIDE.format(folder="content")),
    (("content/faq.md", "../../outside.md"),
     "content/faq.md: error: symbolic link to ../../outside.md, "
     + OUTSIDE.format(folder="content")),
    (("content/shared", "../.."),
     "content/shared: error: symbolic link to ../.., " + OUTSIDE.format(folder="content")),
    (("theme/passwd.txt", "../../outside.txt"),
     "theme/passwd.txt: error: symbolic link to ../../outside.txt, " + OUTSIDE.format(
         folder="theme")),
    (("theme/assets/up", "../../.."),
     "theme/assets/up: error: symbolic link to ../../.., " + OUTSIDE.format(folder="theme")),
    (("content/loop", "."), "content/loop: error: " + FOLDER_LOOP),
    (("content/articles/billing/up", "../.."), "content/articles/billing/up: error: "
     + FOLDER_LOOP),
    (("theme/assets/again", ".."), "theme/assets/again: error: " + FOLDER_LOOP),
    (("content/a.md", "b.md"), "content/a.md: error: " + LOOP),
    (("content/leak.txt", "articles/billing/ok.md"),
     "content/leak.txt: error: symbolic link to articles/billing/ok.md, a different kind of"
     " file: it would be published as it is, past kbgen's checks; copy the content instead"),
    (("content/gone.png", "nowhere.png"),
     "content/gone.png: error: symbolic link to a missing file; remove the link or restore the"
     " file"),
]


@pytest.mark.parametrize("made, expected", LINKS, ids=[case[0][0] for case in LINKS])
def test_a_link_leaving_its_folder_or_looping_is_refused_unread(
        project: Path, made: tuple[str, str], expected: str) -> None:
    path, target = made
    link(project, path, target)
    if path == "content/a.md":
        link(project, "content/b.md", "a.md")
    build_only = path.startswith("theme/")  # `kbgen check` reads the content folder only
    if build_only:
        code, output = run("build")
        assert code == 1 and expected in output, output
        assert not (project / "site").exists()
    else:
        assert_refused(project, [expected])
        output = run("check")[1]
    assert "SECRET-OUTSIDE-7731" not in output


@pytest.mark.parametrize("folder", ["content", "content/.hidden", "theme"])
def test_folders_nested_too_deep_are_refused(project: Path, folder: str) -> None:
    """1,200 nested folders crashed Python's recursive walks (RecursionError)."""
    path = project / folder
    path.mkdir(exist_ok=True)
    nest(path, 1200)
    levels = 33 - folder.count("/")  # the 33rd folder below content/ or theme/ is refused
    expected = f"{folder}/{'/'.join('d' * levels)}: error: folders nested more than 32 deep;" \
               " move the files up (deeper nesting crashes the site generator)"
    try:
        if folder != "theme":
            code, output = run("check")
            assert code == 1 and expected in output.splitlines(), output
        code, output = run("build")
        assert code == 1 and expected in output, output
    finally:
        nest(path, 0)  # pytest's own clean-up would crash on such a tree


def nest(top: Path, levels: int) -> None:
    """Make `levels` folders `d/d/...` below `top`, or (0) remove them, without recursion."""
    here = os.getcwd()
    os.chdir(top)
    try:
        if levels:
            for _ in range(levels):
                os.mkdir("d")
                os.chdir("d")
            Path("x.md").write_text("# Deep\n")
            return
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        Path("x.md").unlink(missing_ok=True)
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def test_a_pipe_is_refused_without_waiting_for_it(project: Path) -> None:
    os.mkfifo(project / "content/articles/billing/pipe.md")
    assert_refused(project, ["content/articles/billing/pipe.md: error: not a regular file (a"
                             " device, pipe or socket); remove it"])


def test_a_link_to_an_endless_device_is_refused_without_reading_it(project: Path) -> None:
    """Nothing reads /dev/zero to its end (the build's record of its inputs once did)."""
    (project / "content/articles/billing/zero.md").symlink_to("/dev/zero")
    (project / "content/articles/billing/random.md").symlink_to("/dev/urandom")
    assert_refused(project, [
        "content/articles/billing/zero.md: error: symbolic link to /dev/zero, outside content/;"
        " MkDocs would publish it: copy the file in or remove the link",
        "content/articles/billing/random.md: error: symbolic link to /dev/urandom, outside"
        " content/; MkDocs would publish it: copy the file in or remove the link"])


HARMLESS: dict[str, str | bytes] = {
    "content/assets/logo.svg": (HERE.parent.parent / "content/assets/logo.svg").read_bytes(),
    "content/assets/drawing.svg": (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{SVG_OPEN}\n'
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>'
        '<style>rect { fill: url(#g); }</style></defs>'
        '<rect width="4" height="4" fill="url(#g)"/><use xlink:href="#g"/>'
        '<a href="https://hearthly.example/"><text>Hearthly</text></a></svg>'),
    "content/media/screen.png": b"\x89PNG\r\n\x1a\n",
    "content/articles/billing/form.pdf": b"%PDF-1.4\n",
    "content/assets/prices.csv": "plan,price\nbasic,4\n",
    "content/CNAME": "help.test.example\n",
}
"""Files copied byte for byte."""


def test_the_hostile_draft_never_reaches_the_site(project: Path) -> None:
    """A site with every harmless kind of file (and links inside its folders) builds and
    copies them as they are. Adding the hostile draft under any other Markdown extension
    fails the build, the previous site stays, and no file of it has the script, the address
    or the key."""
    write(project, HARMLESS)
    link(project, "content/articles/billing/screen.png", "../../media/screen.png")
    link(project, "theme/assets/same.txt", "extra.txt")
    code, output = run("build")
    assert code == 0, output
    before = all_files(project / "site")
    for name, content in HARMLESS.items():
        data = content if isinstance(content, bytes) else content.encode()
        assert before[name.removeprefix("content/")] == data, name
    assert before["articles/billing/screen.png"] == HARMLESS["content/media/screen.png"]
    assert before["assets/same.txt"] == b"theme file\n"
    for ext in (".markdown", ".mdown", ".mkd", ".mkdn"):
        write(project, {f"content/articles/billing/draft{ext}": HOSTILE_DRAFT})
    code, output = run("build")
    assert code == 1
    after = all_files(project / "site")
    assert after == before
    assert not [(name, s) for name, data in after.items() for s in SECRETS if s in data]


def test_a_hidden_file_let_in_by_exclude_docs_is_still_not_published(project: Path) -> None:
    """MkDocs publishes hidden files that `exclude_docs` lets back in; kbgen walks and checks
    no hidden file, so it publishes none."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  *.yml\n", "  *.yml\n  !.well-known/\n"))
    write(project, {"content/.well-known/x.html": SCRIPT, "content/.well-known/y.md": SCRIPT})
    code, output = run("build")
    assert code == 0, output
    assert not [name for name in all_files(project / "site") if ".well-known" in name]

"""Links that lead somewhere other than where they say they go.

A reader trusts the address a link shows. `[https://help.acme.com/pay](https://evil.example)`,
`<a href="https://evil.example">https://help.acme.com</a>`, a reference `[www.acme.com/pay]`
defined elsewhere, `https://help.acme.com@evil.example/` (the host is what follows the `@`) and
`https://hеlp.acme.com` (a Cyrillic `е`: another, registrable domain) all look like the company's
and open another site: a phishing link the sanitiser keeps, since each is an ordinary `https:`
address (hostile round 21). Here each link of a Markdown body (inline, by reference, as HTML
`<a>`, autolinked) is read as written, outside code, and refused when

- its text shows a web address (a URL with a scheme, a `www.` host, or, as all of its text,
  a host of the site's own domain) or a mailbox whose host is not the one the link opens
  (the same host, or one inside the other: `github.com` shown for `docs.github.com` passes);
- its address has a user name before the host (`https://shown.example@host/`);
- it is a `mailto:` that also writes to a mailbox of another domain (`?bcc=`, `cc`, a second
  recipient), which the reader does not see;
- it dials a number with letters (`tel:1-800-FLOWERS`) its text does not show (the gate reads
  digits only);
- its host spells a name with look-alike letters of another script: mixed with ASCII letters
  in one label, or every letter a look-alike under an ASCII top-level domain (as browsers show
  such names in their IDNA form for that reason).

Links to the site's own pages (relative addresses) are never judged: they open the site.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, unquote

from kbgen.core import host_suffixes
from kbgen.core.links import _blocks, _closing_brackets, _label, inline_link_spans
from kbgen.core.markdown_code import code_map
from kbgen.core.normalize import CONFUSABLES, invisible
from kbgen.core.privacy import URL_PASSWORD, Finding, scan
from kbgen.core.privacy.spoofed_domains import mixes_look_alikes

_WEB_SCHEMES = ("http", "https", "ftp")
_ADDRESSED_SCHEMES = ("xmpp", "sip", "sips")
"""Schemes that write to a mailbox-shaped address, as `mailto:` does."""
_HOST_SCHEMES = ("ssh", "sftp")
"""Schemes that open a host, as the web's do (`ssh://deploy@example.com`)."""
_CONTROLS = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_DOTS = str.maketrans({"。": ".", "．": ".", "｡": "."})
"""Full stops browsers read as a host's dots (UTS 46)."""
_SHOWN_URL = re.compile(r"(?i)(?<![\w/=%.:?&+-])(?:https?|ftp)://([^\s/?#<>\"'`]+)")
"""A URL the text shows (not one inside another's path or query: an archive's copy)."""
_SHOWN_WWW = re.compile(r"(?i)(?<![\w.@/-])(www\.[\w-]+(?:\.[\w-]+)+)")
_SHOWN_MAILBOX = re.compile(r"(?i)(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
_TO_SPACE = re.compile(r"\S*")
_TOP_LEVEL = re.compile(r"[^\W\d_]{2,63}")
"""A mailbox's top-level domain: letters (`v4.0.2`, `4.17.21` are a package's version)."""
_CLOSING = ".,;:!?)]}»）】」』、。，；：！？"
"""Punctuation a sentence puts after an address with no path (`(see https://acme.com)`)."""
_SHOWN_HOST = re.compile(r"(?i)([\w-]+(?:\.[\w-]+)+)(?:[/?#]\S*)?")
"""A text that is a host and perhaps a path, and nothing else (`help.acme.com/pay`)."""
_PICTURE = re.compile(r"!\[([^\]\n]*)\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\])?")
"""A picture in a link's text shows its alt text (where the picture loads from is unseen)."""
_MARKUP = re.compile(r"<[^>]*>|[*`~]|(?<!\w)_+|_+(?!\w)|\\(?=[!-/:-@\[-`{-~])")
"""What a link's text is written with and does not show: tags, emphasis, code, escapes."""
_DEFINITION = re.compile(r"^[ \t>]*\[([^\]\n]{1,500})\]:[ \t]*<?([^\s>]+)>?"
                         r"(?:[ \t]+(?:\"([^\"\n]*)\"|'([^'\n]*)'|\(([^()\n]*)\)))?")
"""A reference definition, also in a quote, a note or a list item (Python-Markdown reads
them there too), with its title written on its line; code is blanked before."""
_REFERENCE_USE = re.compile(r"(?<![!\]\\])\[((?:[^\[\]\n]|\[[^\]\n]*\]){1,500})\]"
                            r"(?:\[([^\]\n]{0,500})\])?(?![(:\[])")
_TAB = re.compile(r"^([ \t>]*)===(?=[+!]?[ \t])", re.M)
"""A tab's opener (pymdownx.tabbed, `=== "Web"`), read as a note's (`!!!`, of the same length),
whose indented lines are text: kbgen.core.markdown_code reads them as an indented code block,
as Python-Markdown without that extension shows them."""
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+)>", re.I)


@dataclass(frozen=True)
class WrittenLink:
    """A link as a reader sees it: its text and where it leads, and its line in the file."""

    line: int
    text: str
    href: str
    title: str = ""
    """What the browser shows when the pointer rests on the link (its `title`)."""


@dataclass(frozen=True)
class _Target:
    scheme: str
    user: str
    host: str
    recipient: str
    """The mailbox of a `mailto:` address, the number of a `tel:` one."""
    copies: tuple[str, ...] = ()
    """Every mailbox a `mailto:` address writes to: its own, `to`, `cc` and `bcc`."""


DECEPTIVE_LINK = "deceptive link"
"""The kind of a finding here, as `kbgen check` lists one a reviewer accepted
(`<!-- kb:allow link -->`, kbgen.core.allow_markers)."""


def deceptive_links(markdown: str, first_line: int = 1, own_host: str = ""
                    ) -> list[tuple[int, str]]:
    """(line, what is wrong) of each link of a Markdown body that leads elsewhere than its
    text says, or to a look-alike host (the module's rules); `own_host` is the site's."""
    return sorted(dict.fromkeys((finding.line, finding.advice) for finding in
                                deceptive_link_findings(markdown, first_line, own_host)))


def deceptive_link_findings(markdown: str, first_line: int = 1, own_host: str = ""
                            ) -> list[Finding]:
    """`deceptive_links` as findings of kind DECEPTIVE_LINK, each with the address it opens
    as a message shows it (`_shown`) for its excerpt and what is wrong for its advice, in line
    order: what a per-line marker accepts."""
    if not _may_deceive(markdown, own_host):
        return []
    found = [Finding(link.line, DECEPTIVE_LINK, _shown(link.href), problem)
             for link in written_links(markdown, first_line)
             if (problem := link_problem(link.text, link.href, own_host, link.title))]
    return sorted(dict.fromkeys(found), key=lambda finding: finding.line)


_USER = re.compile(r"(?:https?|ftp):[/\\]*[^/\\\s?#@<>\"')\]]*@", re.IGNORECASE)
"""A user name before a host."""
_OTHER_SCRIPT_HOST = re.compile(r"(?:[/\\]{2}|(?:https?|ftp):)[^/\\\s?#<>\"')\]]*?"
                                r"(?:[^\x00-\x7f]|xn--)", re.IGNORECASE)
"""A host with letters of another script, or written in IDNA."""
_TEL_LETTERS = re.compile(r"tel:[^\s<>\"')\]]*(?:[a-oq-vyz]|[pwx](?!\d))", re.IGNORECASE)
"""Letters in a number to dial, but an extension's or a pause's before its digits (`x42`,
`p42`, `w1`: rev64)."""
_DIALLED_LETTERS = re.compile(r"(?i)[a-oq-vyz]|[pwx](?!\d)")
_MAILTO_MORE = re.compile(r"mailto:[^\s<>\"')\]]*?(?:[?,;]|%3[fb]|%2c)", re.IGNORECASE)
"""A `mailto:` address with headers or more than one recipient."""
_TITLED = re.compile(r"\]\(<?[^\s()<>]*>?[ \t]+[\"'(]|\]:[ \t]*<?[^\s>]+>?[ \t]+[\"'(]")
"""A Markdown link or reference definition with a title."""
_ATTRIBUTED = re.compile(r"[)>\]]\{[^{}\n]*?\b(?:href|title)=")
"""An attr_list right after a link that sets its address or its title."""
_SHOWING = ("://", "www.", "WWW.", "@", "&#")
"""What a link's text shows an address with (or writes one in entities)."""


def _may_deceive(markdown: str, own_host: str) -> bool:
    """Whether a link of `markdown` may break a rule (a quick test, each part asked only of a
    body holding what it needs; `deceptive_links` judges)."""
    if "&" in markdown:  # `https&#58;//…`: asked as a browser reads the address
        markdown = html.unescape(markdown)
    if _shown_in_brackets(markdown):
        return True
    if "@" in markdown and _USER.search(markdown):
        return True
    if (not markdown.isascii() or "xn--" in markdown) and _OTHER_SCRIPT_HOST.search(markdown):
        return True
    lowered = markdown.lower()
    if "tel:" in lowered and _TEL_LETTERS.search(markdown):
        return True
    if "mailto:" in lowered and _MAILTO_MORE.search(markdown):
        return True
    if "<a" in lowered and any(mark in lowered for mark in _SHOWING):
        return True
    if ("](" in markdown or "]:" in markdown) and _TITLED.search(markdown):
        return True  # a title shows on hover
    if "{" in markdown and _ATTRIBUTED.search(markdown):
        return True  # attr_list sets a link's address or title
    family = _family(own_host)
    return bool(family) and family in lowered


def _shown_in_brackets(text: str) -> bool:
    """Whether an address (`_SHOWING`) is written between a `[` and its `]` (in what may be a
    Markdown link's text), outermost pairs only: one pass, however the brackets nest."""
    if "[" not in text or "." not in text:
        return False
    reached = -1
    for opening, closing in sorted(_closing_brackets(text).items()):
        if opening > reached:
            reached = closing
            inside = text[opening:closing]
            if any(mark in inside for mark in _SHOWING) or _bare_host_shown(inside[1:]):
                return True
    return False


def _bare_host_shown(text: str) -> bool:
    """Whether `text` (a bracket's inside) may be a registrable host without a scheme: a
    quick test, `_site_shown_bare` judges."""
    return ("." in text and len(text) <= 300 and len(text.split()) == 1
            and _bare_host(text) is not None)


_LDH = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")
"""A host's label: letters (of any script), digits and inner hyphens (`vitamin_e.com` is a
file, no host)."""
_CODE = re.compile(r"`|<(?:code|kbd|samp|var)\b", re.I)


def _bare_host(text: str) -> tuple[str, str] | None:
    """(host, path) of a link text that is all a registrable host without a scheme and
    perhaps a path (`paypal.com`, `login.paypal.co.uk/signin`), not written as code; None
    for any other text (`README.md` is a host by its form: `_site_shown_bare` tells)."""
    if _CODE.search(text):
        return None  # a name to type (an NTP server, a setting: `theme.name`), not a link's
    shown = "".join(ch for ch in html.unescape(_PICTURE.sub(r"\1", text)) if not invisible(ch))
    plain = " ".join(_MARKUP.sub("", shown).translate(_DOTS).split()).rstrip(".,;:!?")
    whole = _SHOWN_HOST.fullmatch(plain)
    if whole is None:
        return None
    host = _host_of(whole.group(1))
    if not all(_LDH.fullmatch(label) for label in host.split(".")) or (
            not host_suffixes.registrable(host)):
        return None
    return host, plain[whole.end(1):]


def _site_shown_bare(text: str, href: str, target: _Target) -> str:
    """The host a link's text shows without a scheme when a reader takes it for a site the
    link should open, or '': a host of three labels or more (`login.paypal.com`: no file is
    named so), or any host when the link opens a site's front page (`paypal.com` for
    `https://evil.example/`; a file's or a repository's link has a path). A host of the same
    registrable domain as the one opened (the Public Suffix List's, its private part too:
    `time.google.com` for developers.google.com) is the same owner's site."""
    if target.scheme not in _WEB_SCHEMES or not target.host:
        return ""
    bare = _bare_host(text)
    if bare is None:
        return ""
    host, path = bare
    front_page = not path and _path_of(href) in ("", "/")
    if host.count(".") < 2 and not front_page:
        return ""
    return "" if host_suffixes.same_owner(host, target.host) else host


def _path_of(href: str) -> str:
    """The path of an absolute web address, without its query and fragment."""
    rest = re.sub(r"^[a-z][a-z0-9+.-]*:", "", _CONTROLS.sub("", html.unescape(href)), flags=re.I)
    rest = rest.replace("\\", "/").lstrip("/")
    return "/" + rest.split("/", 1)[1].split("?")[0].split("#")[0] if "/" in rest.split(
        "?")[0].split("#")[0] else ""


def written_links(markdown: str, first_line: int = 1) -> Iterator[WrittenLink]:
    """The links of a Markdown body outside code: inline, by reference, HTML, autolinks."""
    # `text` has `markdown`'s length: a link's text is read in `markdown`, code spans
    # included (`[`https://a`](b)`)
    text = code_map(_TAB.sub(r"\1!!!", markdown)).blanked()
    lines, written_lines = text.split("\n"), markdown.split("\n")
    definitions: dict[str, tuple[str, str]] = {}
    for match in (_DEFINITION.match(line) for line in lines if "]:" in line):
        if match:
            title = next((part for part in match.groups()[2:] if part is not None), "")
            definitions.setdefault(_label(match.group(1)), (match.group(2), title))
    for start, block in _blocks(lines):
        breaks = [m.start() for m in re.finditer("\n", block)]

        def line_of(index: int, start: int = start, breaks: list[int] = breaks) -> int:
            return first_line + start + bisect_left(breaks, index + 1)

        written = "\n".join(written_lines[start:start + len(breaks) + 1])
        if "](" in block:
            for link in inline_link_spans(block):
                if not link.image:
                    shown = written[link.start + 1:link.start + 1 + len(link.text)]
                    yield from (WrittenLink(line_of(link.start), shown, href, title)
                                for href, title in _attributed(link.href, link.title or "",
                                                               block, link.end))
        if definitions:
            for use in _REFERENCE_USE.finditer(block):
                label = _label(use.group(2) or use.group(1))
                if label in definitions and not _DEFINITION.match(
                        block[block.rfind("\n", 0, use.start()) + 1:]):
                    yield from (WrittenLink(line_of(use.start()),
                                            written[use.start(1):use.end(1)], href, title)
                                for href, title in _attributed(*definitions[label], block,
                                                               use.end()))
    for match in _AUTOLINK.finditer(text):
        yield from (WrittenLink(first_line + text.count("\n", 0, match.start()),
                                match.group(1), href, title)
                    for href, title in _attributed(match.group(1), "", text, match.end()))
    if "<a" in text.lower():
        anchors = _Anchors(markdown)
        anchors.feed(text)
        anchors.close()
        yield from (WrittenLink(first_line + line - 1, shown, href, title)
                    for line, shown, href, title in anchors.found)


_ATTRIBUTE_LIST = re.compile(r"\{:?([^{}\n]*+)\}")
"""attr_list's attributes right after a link (`[Pay](https://a){href="https://b"}`), which
Python-Markdown sets on it, an `href` and a `title` too."""
_ATTRIBUTE = re.compile(r"""([\w:-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))""")


def _attributed(href: str, title: str, text: str, end: int) -> list[tuple[str, str]]:
    """The addresses and titles a link that ends at `end` of `text` may have: as written,
    and as an attr_list written right after it sets them (the last of each name wins). Both
    are judged: whether Python-Markdown applies the list depends on what other extensions
    did to its text first (`==`, `++`, emphasis, backticks, magiclink: rev65), so neither
    may make the other honest."""
    written = [(href, title)]
    if not text.startswith("{", end):
        return written
    found = _ATTRIBUTE_LIST.match(text, end)
    attributed = href, title
    for name, *values in _ATTRIBUTE.findall(found.group(1)) if found else []:
        value = next(value for value in values if value) if any(values) else ""
        if name == "href":
            attributed = value, attributed[1]
        elif name == "title":
            attributed = attributed[0], value
    return written if attributed == (href, title) else [*written, attributed]


class _Anchors(HTMLParser):
    """Each `<a href>` (an SVG one's `xlink:href`, which the sanitiser keeps) of a text with
    code blanked (fed), with its line, the text it shows, read in `written` (the text before
    blanking, of the same length), and its title."""

    def __init__(self, written: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str, str]] = []
        self._written = written
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", written))]
        self._open: list[tuple[int, str, int, str]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an anchor that has an address."""
        if tag == "a":
            named = {name: value for name, value in reversed(attrs) if value}  # the first
            href = named.get("href") or named.get("xlink:href")  # SVG 2: href wins
            if href is not None:
                after = self._offset() + len(self.get_starttag_text() or "")
                self._open.append((self.getpos()[0], href, after, named.get("title", "")))

    def handle_endtag(self, tag: str) -> None:
        """Close an anchor."""
        if tag == "a" and self._open:
            line, href, after, title = self._open.pop()
            self.found.append((line, self._written[after:self._offset()], href, title))

    def close(self) -> None:
        """An anchor left open shows what follows it (the sanitiser closes it at the end of
        its block)."""
        super().close()
        while self._open:
            line, href, after, title = self._open.pop()
            self.found.append((line, self._written[after:after + 500], href, title))


def link_problem(text: str, href: str, own_host: str = "", title: str = "") -> str:
    """What is wrong with a link that shows `text` and leads to `href` (and `title` when
    the pointer rests on it), or ''."""
    target = _target(href)
    if target is None:
        return ""  # a page of the site, an anchor, or a scheme the sanitiser removes
    address = _shown(href)
    if target.user and target.scheme in _WEB_SCHEMES and not _password_found(href):
        user, password = target.user.split(":", 1) if ":" in target.user else (target.user, "")
        return (f"the link to {target.host} has '{user}{':…' if password else ''}' before an"
                " @, which a reader takes for the site it opens; it opens"
                f" {target.host}: write the address without the part before the @")
    if lookalike := _look_alike_label(target.host):
        return (f"the link to {address} opens a host spelt with look-alike letters of"
                f" another script ('{lookalike}'), another domain than the one it looks like"
                f" ({_as_idna(target.host)}): write the host in one script")
    if target.scheme == "tel" and _DIALLED_LETTERS.search(target.recipient) and (
            _keys(target.recipient) not in _keys(_MARKUP.sub("", html.unescape(text)))):
        return (f"the link dials {target.recipient.strip()} ({address}), letters a phone turns"
                " into digits the text does not show (a number the privacy check cannot"
                " read); show the number as the link's text, or write its digits")
    if target.scheme == "mailto" and (others := [
            mailbox for mailbox in target.copies[1:] if not _same_destination(
                "mailbox", mailbox, _Target("https", "", target.host, ""))]):
        return (f"the link also sends the reader's message to {_masked(others[0])} ({address}), a"
                " mailbox of another domain than its first that the reader does not see; link"
                " to one mailbox")
    for where, said in (("the link", text), ("the link's title (shown on hover)", title)):
        shown = _shown_addresses(said, own_host) if said else []
        if said and not shown and (host := _site_shown_bare(said, href, target)):
            shown = [("host", host)]
        for kind, value in shown:
            if not _same_destination(kind, value, target):
                opens = _masked(target.recipient) if target.scheme == "mailto" else (
                    target.host or address)
                shown_value = _masked(value) if kind == "mailbox" else value
                return (f"{where} shows {shown_value} but opens {opens} ({address}): a reader"
                        " trusts the address they see; show the address the link opens, or"
                        " link to the address shown")
    return ""


def _password_found(href: str) -> bool:
    """Whether the gate refuses `href` as a password in a URL already (it says so with the
    password masked; one error for the line is enough)."""
    return ":" in href.partition("@")[0] and any(
        finding.kind == URL_PASSWORD for finding in scan(html.unescape(href)))


def _keys(text: str) -> str:
    """The letters and digits of `text` in lower case (a number as its keys are pressed)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _shown(href: str) -> str:
    """`href` as a message shows it: no query or fragment (a key or a mailbox may be there),
    a mailbox by its domain (`mailto:…@evil.example`), at most 80 characters."""
    shown = re.split(r"[?#]", _CONTROLS.sub("", html.unescape(href)), maxsplit=1)[0]
    if shown.lower().startswith("mailto:"):
        shown = "mailto:" + ",".join(_masked(mailbox) for mailbox in shown[7:].split(","))
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _masked(mailbox: str) -> str:
    """A mailbox by its domain: `…@evil.example` (its name may be a person's)."""
    return "…@" + mailbox.rpartition("@")[2] if "@" in mailbox else mailbox


def _target(href: str) -> _Target | None:
    """Where an absolute `href` leads, read as a browser reads it; None for a relative one."""
    compact = _CONTROLS.sub("", html.unescape(href))
    scheme_match = _SCHEME.match(compact)
    if compact.startswith(("//", "\\\\", "/\\")):
        scheme, rest = "https", compact
    elif scheme_match:
        scheme, rest = scheme_match.group(1).lower(), compact[scheme_match.end():]
    else:
        return None
    if scheme == "mailto":
        mailbox = unquote(rest.split("?", 1)[0]).strip().lower()
        recipients = _recipients(rest)
        first = recipients[0] if recipients else mailbox
        return _Target(scheme, "", _host_of(first.rpartition("@")[2]), mailbox, recipients)
    if scheme in _ADDRESSED_SCHEMES:  # `xmpp:support@acme.com`, `sip:help@acme.com`
        mailbox = unquote(re.split(r"[?;]", rest, maxsplit=1)[0]).strip().lower()
        return _Target("mailto", "", _host_of(mailbox.rpartition("@")[2]), mailbox, (mailbox,))
    if scheme == "tel":
        return _Target(scheme, "", "", unquote(rest).split(";", 1)[0])
    if scheme not in _WEB_SCHEMES + _HOST_SCHEMES:
        return _Target(scheme, "", "", "")
    authority = re.split(r"[/?#]", rest.replace("\\", "/").lstrip("/"), maxsplit=1)[0]
    user, _, host_port = authority.rpartition("@")
    host = host_port if host_port.startswith("[") else host_port.rsplit(":", 1)[0]
    return _Target(scheme, unquote(user), _host_of(host), "")


def _recipients(rest: str) -> tuple[str, ...]:
    """The mailboxes of a `mailto:` address after its scheme: `a@x,b@y?cc=c@z&bcc=d@w`
    (also with its `?`, `,` and `@` percent-encoded, once or twice)."""
    path, _, query = unquote(rest).partition("?")
    found = [path]
    found += [value for name, value in parse_qsl(query.partition("#")[0], keep_blank_values=True)
              if name.strip().lower() in ("to", "cc", "bcc")]
    return tuple(mailbox.strip().lower() for written in found
                 for mailbox in re.split(r"[,;]", unquote(written)) if "@" in mailbox)


def _host_of(host: str) -> str:
    """A host as a browser resolves it: percent-decoded, NFKC, lower case, no final dot."""
    return unicodedata.normalize("NFKC", unquote(host)).translate(_DOTS).lower().rstrip(".")


def _labels(host: str) -> list[str]:
    """A host's labels in Unicode (`xn--` labels decoded)."""
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label[4:].encode("ascii").decode("punycode")
            except (UnicodeError, ValueError):
                pass
        labels.append(label)
    return labels


def _look_alike_label(host: str) -> str:
    """A label of `host` that imitates ASCII letters with another script's, or ''."""
    labels = _labels(host)
    ascii_top = bool(labels) and labels[-1].isascii()
    for label in labels:
        if label.isascii():
            continue
        if mixes_look_alikes(label):
            return label
        folded = label.translate(CONFUSABLES)
        if ascii_top and folded.isascii() and any(ch.isalpha() for ch in folded):
            return label
    return ""


def _as_idna(host: str) -> str:
    """`host` as DNS and the browser's address bar write it."""
    parts = []
    for label in host.split("."):
        try:
            parts.append(label if label.isascii() else "xn--" + label.encode("punycode")
                         .decode("ascii"))
        except UnicodeError:
            parts.append(label)
    return ".".join(parts)


def _shown_addresses(text: str, own_host: str) -> list[tuple[str, str]]:
    """("host", host) and ("mailbox", mailbox) of each address a link's text shows."""
    plain = " ".join(_MARKUP.sub("", html.unescape(_PICTURE.sub(r"\1", text)))
                     .translate(_DOTS).split())
    if "." not in plain:
        return []
    found: list[tuple[str, str]] = []
    urls = list(_SHOWN_URL.finditer(plain))
    spans = [(m.start(), m.end() + len(_TO_SPACE.findall(plain[m.end():])[0]))
             for m in urls]  # each with its path and query
    for match in _SHOWN_MAILBOX.finditer(plain):  # not one in a shown address's query
        if not _inside(match.span(), spans) and _TOP_LEVEL.fullmatch(
                match.group(2).rsplit(".", 1)[-1]):  # `lodash@4.17.21` is a version
            found.append(("mailbox", f"{match.group(1)}@{match.group(2)}".lower()))
            spans.append(match.span())
    for match in urls:
        authority = match.group(1).rstrip(_CLOSING)  # `(https://example.com)`, `…com、`
        found.append(("host", _host_of(authority.rpartition("@")[2].rsplit(":", 1)[0])))
    for match in _SHOWN_WWW.finditer(plain):
        if not _inside(match.span(), spans):
            found.append(("host", _host_of(match.group(1))))
            spans.append(match.span())
    family = _family(own_host)
    if family and not found and (whole := _SHOWN_HOST.fullmatch(plain.rstrip(".,;:!?"))):
        host = _host_of(whole.group(1))
        if _within(host, family):  # the company's own address, shown as all of the text
            found.append(("host", host))
    return found


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _family(own_host: str) -> str:
    """The domain of the site's host (`acme.com` of `help.acme.com`): a host the text shows
    under it is the company's address."""
    host = _host_of(own_host.rsplit(":", 1)[0]) if own_host else ""
    labels = host.split(".")
    return ".".join(labels[1:]) if len(labels) >= 3 else host


def _within(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _bare(host: str) -> str:
    return _as_idna(host.removeprefix("www."))


def _same_destination(kind: str, value: str, target: _Target) -> bool:
    """True when the link opens what its text shows (a host inside the other counts)."""
    if kind == "mailbox":
        if target.scheme == "mailto":
            return target.recipient == value
        value = value.rpartition("@")[2]
    if not target.host:
        return False
    shown, opened = _bare(value), _bare(target.host)
    return _within(opened, shown) or _within(shown, opened)


_SHOWN_KEYS = ("title", "label", "name")
_ADDRESS_KEYS = ("page", "link", "url")


def settings_link_problems(value: Any, own_host: str = "", path: str = ""
                           ) -> Iterator[tuple[str, str]]:
    """(key path, what is wrong) of each link of shown settings (mkdocs.yml's values as
    kbgen.core.published_settings gives them) that opens another address than it shows: an
    entry with a shown text (`title`, `label`, `name`) and an address (`page`, `link`,
    `url`), a nav entry, a social or language link, and `<a>` in shown markup (copyright)."""
    if isinstance(value, Mapping):
        shown = next((value[key] for key in _SHOWN_KEYS if isinstance(value.get(key), str)), "")
        for key in _ADDRESS_KEYS:
            if isinstance(value.get(key), str) and (
                    problem := link_problem(shown, value[key], own_host)):
                yield f"{path}.{key}" if path else key, problem
        for key, item in value.items():
            if key not in _ADDRESS_KEYS or not isinstance(item, str):
                yield from settings_link_problems(item, own_host,
                                                  f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from settings_link_problems(item, own_host, f"{path}[{index}]")
    elif isinstance(value, str) and "<a" in value.lower():
        for _, problem in deceptive_links(value, 1, own_host):
            yield path, problem

"""The publishing gate: personal data, secrets and unsafe HTML in what would be published."""

from __future__ import annotations

import dataclasses
import ipaddress
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import phonenumbers
from pydantic import ValidationError

from kbgen.build.keys import Digest
from kbgen.build.memo import Memo
from kbgen.build.shown import unshown
from kbgen.core import published_files, published_settings
from kbgen.core.allow_markers import (
    HINT,
    LINK_KINDS,
    SCAN_KINDS,
    Markers,
    data_markers,
    marker_hint,
    read_markers,
)
from kbgen.core.config import KbConfig
from kbgen.core.contact import CONTACT_FILE, ContactData
from kbgen.core.deceptive_links import (
    DECEPTIVE_LINK,
    deceptive_link_findings,
    settings_link_problems,
)
from kbgen.core.examples import Acceptance
from kbgen.core.internal import split_internal
from kbgen.core.limits import MAX_DATA_BYTES
from kbgen.core.linked_folders import linked_folder_problems
from kbgen.core.model import Article, KnowledgeBase, Located, Page
from kbgen.core.phone_regions import national_regions
from kbgen.core.privacy import POSTAL_ADDRESS, Allowed, Finding, scan, scan_data
from kbgen.core.privacy.lookups import depends_on, looked_up, noting
from kbgen.core.process_map import ProcessMap
from kbgen.core.public_contacts import accepted
from kbgen.core.sanitize import find_remote_pictures, find_unsafe_html, site_host
from kbgen.core.settings_markup import address_paths, markup_problems
from kbgen.core.sources import DATA_DIR, TEAM_DIR, Source, Tree, walk
from kbgen.core.static_files import is_page, theme_problems
from kbgen.core.strictyaml import YamlProblem, load_yaml
from kbgen.core.synonyms import SYNONYMS_FILE
from kbgen.core.text import show_hidden
from kbgen.core.ticket_refs import ticket_problems
from kbgen.errors import Problem

T = TypeVar("T")

ARTICLE_PRIVATE_KEYS = ("tickets",)
TEAM_PROFILES = (".yml", ".yaml")
"""Suffixes of team profiles, read as profiles and never copied; other files in `team/`
(photos, anything else) are copied into the site."""
POOL_FROM = 200
"""From this many articles to judge, the gate judges them in a pool of processes, one per
usable CPU (kbgen.core.process_map); fewer are judged faster than a pool starts."""


def allowed_values(kb: KnowledgeBase, config: KbConfig) -> tuple[Allowed, str | None]:
    """What may be published (the company's own contact details, the allow-list) and the
    region used to read national phone numbers."""
    return _allowed(kb.contact, config)


def _allowed(contact: ContactData | None, config: KbConfig) -> tuple[Allowed, str | None]:
    privacy = config.privacy
    organisations = accepted(privacy.organisations, privacy.shipped_organisations)
    emails = {e.lower() for e in [*privacy.allow_emails, *(e for o in organisations
                                                            for e in o.emails)]}
    phones = {_e164(p) for p in [*privacy.allow_phones, *(p for o in organisations
                                                          for p in o.phones)]} - {None}
    region = None
    if contact is not None:
        emails.add(contact.email.lower())
        phones |= {line.e164 for line in contact.lines}
        region = phonenumbers.region_code_for_number(phonenumbers.parse(contact.main_line.e164))
    allowed = Allowed(frozenset(emails), frozenset(p for p in phones if p),
                      frozenset(d.lower() for d in privacy.allow_domains),
                      tuple(privacy.allow_patterns),
                      frozenset(d.lower() for o in organisations for d in o.domains),
                      tuple(ipaddress.ip_network(n) for n in privacy.allow_networks),
                      _national_regions(contact, config, region))
    return allowed, region


def _national_regions(contact: ContactData | None, config: KbConfig,
                      region: str | None) -> tuple[str, ...]:
    """The regions of the site's languages and contact lines, beyond the main line's."""
    languages = [*config.languages, *([config.locale] if config.locale else [])]
    lines = [line.e164 for line in contact.lines] if contact is not None else []
    return national_regions(languages, lines, region)


def _e164(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _contact_problems(data: dict[str, Any], origin: Located, allowed: Allowed,
                      region: str | None) -> Iterator[Problem]:
    """Findings in the contact data. Its `postal_address` is the company's own, which the
    contact page shows: a postal address found there publishes; one anywhere else in the
    file (a checklist, a note) is a customer's, and everything else in the field is judged."""
    own = data.pop("postal_address", None)
    found = scan_data(data, allowed, origin.line_of, default_region=region)
    if own is not None:
        found += [finding for finding in scan_data(own, allowed, origin.line_of,
                                                   path="postal_address", default_region=region)
                  if finding.kind != POSTAL_ADDRESS]
    yield from (_problem(origin, finding) for finding in sorted(found, key=lambda f: f.line))


def _link_problems(origin: Located, data: Mapping[str, Any]) -> Iterator[Problem]:
    """Links of a data file (a profile's `links`, the contact's `social`) that open another
    address than they show (kbgen.core.deceptive_links)."""
    for key, message in settings_link_problems(data):
        yield Problem(origin.display_path, origin.line_of(key), "error", f"{key}: {message}")


def _problem(origin: Located, finding: Finding) -> Problem:
    return _problem_at(origin.display_path, finding)


def personal_data(kb: KnowledgeBase, config: KbConfig, content_dir: Path | None = None,
                  tree: Tree | None = None, memo: Memo | None = None) -> Iterator[Problem]:
    """Every finding in published articles, team profiles (their links too), data files and,
    given `content_dir` (walked already as `tree`, if given), the synonyms and every other
    file copied into the site. `memo` keeps each article's findings (kbgen.build.memo)."""
    allowed, region = allowed_values(kb, config)
    skip = (*ARTICLE_PRIVATE_KEYS, *config.internal_keys)
    memo = memo or Memo()
    with _page_names(kb, allowed, region) as names:  # read beside the articles
        with memo.batch():  # one file for every article's findings, not one each
            found = list(_articles_problems(kb, config, allowed, region, skip, memo))
        yield from found
        yield from _page_problems(kb, allowed, region)
        yield from _page_name_problems(names)
    yield from _other_problems(kb, config, allowed, region, skip, content_dir, tree)


def _page_problems(kb: KnowledgeBase, allowed: Allowed, region: str | None
                   ) -> Iterator[Problem]:
    """Findings in published pages other than articles (home, FAQ, ...)."""
    for page in kb.public_pages():  # home, FAQ and other pages outside articles/
        shown = page.meta.model_dump(mode="json")
        findings = scan_data(shown, allowed, page.origin.line_of, default_region=region)
        yield from (_problem(page.origin, f) for f in findings)
        yield from _marker_problems(page.origin, shown)
        yield from _body_problems(page, allowed, region)


def _other_problems(kb: KnowledgeBase, config: KbConfig, allowed: Allowed, region: str | None,
                    skip: tuple[str, ...], content_dir: Path | None, tree: Tree | None
                    ) -> Iterator[Problem]:
    """Findings in team profiles, the contact data, categories, synonyms and copied files."""
    for member in kb.team.values():
        data = member.profile.model_dump(mode="json")
        for finding in scan_data(data, allowed, member.origin.line_of, default_region=region):
            yield _problem(member.origin, finding)
        yield from _link_problems(member.origin, data)
    if kb.contact_origin is not None and kb.contact is not None:
        yield from _contact_problems(kb.contact.model_dump(mode="json"), kb.contact_origin,
                                     allowed, region)
        yield from _link_problems(kb.contact_origin, kb.contact.model_dump(mode="json"))
    for category in kb.categories.values():
        for finding in scan_data(category.info.model_dump(mode="json"), allowed,
                                 category.origin.line_of, default_region=region):
            yield _problem(category.origin, finding)
    if content_dir is not None:
        yield from _synonyms(content_dir, allowed, region)
        yield from copied_files(tree or walk(content_dir), allowed, region, skip)


class _PageNames:
    """The published pages' origins and what their names would publish, read in a pool of
    processes (kbgen.core.process_map) from POOL_FROM pages."""

    def __init__(self, origins: list[Located], messages: ProcessMap[str, list[str]]) -> None:
        self.origins = origins
        self.messages = messages

    def __enter__(self) -> _PageNames:
        return self

    def __exit__(self, *error: object) -> None:
        self.messages.shutdown()


def _page_names(kb: KnowledgeBase, allowed: Allowed, region: str | None) -> _PageNames:
    """Start reading the file names of published pages (articles, other pages, team profiles):
    each page's address is its path, in every link, the sitemap and the search."""
    origins = [*(a.origin for a in kb.public_articles()), *(p.origin for p in kb.public_pages()),
               *(member.origin for member in kb.team.values())]
    read = partial(_name_messages, allowed=allowed, region=region)
    return _PageNames(origins, ProcessMap(read, [origin.src_uri for origin in origins],
                                          1 if len(origins) < POOL_FROM else None))


def _name_messages(src_uri: str, allowed: Allowed, region: str | None) -> list[str]:
    """What a published page's name would publish (published_files.name_problems)."""
    return list(published_files.name_problems(src_uri, allowed, region))


def _page_name_problems(names: _PageNames) -> Iterator[Problem]:
    """Personal data in the file names of published pages, as errors."""
    for origin, messages in zip(names.origins, names.messages):
        for message in messages:
            yield Problem(origin.display_path, None, "error", message)


def _articles_problems(kb: KnowledgeBase, config: KbConfig, allowed: Allowed,
                       region: str | None, skip: tuple[str, ...], memo: Memo
                       ) -> Iterator[Problem]:
    """What the gate finds in each published article. Each is judged, and kept in `memo`,
    without the contact data's own addresses and numbers (so an edited contact file does not
    scan every article again), noting which addresses and numbers the judging looked up;
    only an article that looked one of the contact data's up (or read them all) is judged
    again with them.
    Many articles to judge are judged in a pool of processes (`POOL_FROM`)."""
    own, _ = _allowed(None, config)
    contacts = (allowed.emails - own.emails) | (allowed.phones_e164 - own.phones_e164)
    # what every article is judged against, as one digest made once (not once an article)
    stable = Digest(_stable(allowed), region, skip).hex()
    stable_own = Digest(_stable(own), region, skip).hex()
    kept = memo.kept
    articles = list(kb.public_articles())
    judge_own = partial(_judged_noting, allowed=own, region=region, skip=skip)
    parts = [_memo_parts(("gate-own", stable_own), article) for article in articles]
    missing = [] if kept is not None else [
        article for article, key in zip(articles, parts) if not memo.holds(key)]
    ahead = {id(article) for article in missing}
    with ProcessMap(judge_own, missing, 1 if len(missing) < POOL_FROM else None) as pool:
        judged_ahead = iter(pool)  # in the articles' order, as they come
        for article, key in zip(articles, parts):
            judge: Callable[[], tuple[list[Problem], frozenset[str]]]
            if id(article) in ahead:
                judge = partial(_given, next(judged_ahead))
            else:
                judge = partial(judge_own, article)
            judged = partial(_memo_judged, memo, key, article, judge)
            problems, asked = judged() if kept is None else kept.get(
                ("gate-own", article.origin.src_uri), (stable_own, article), judged)
            if depends_on(asked, contacts):
                rejudged = partial(_memo_judged, memo, _memo_parts(("gate", stable), article),
                                   article,
                                   partial(_article_problems, article, allowed, region, skip))
                problems = rejudged() if kept is None else kept.get(
                    ("gate", article.origin.src_uri), (stable, article), rejudged)
            yield from problems


def _given(value: T) -> T:
    """`value` (what a pool of processes made ahead, given to the memo as made)."""
    return value


def _memo_parts(settings: tuple[str, str], article: Article) -> tuple[Any, ...]:
    """What `article`'s verdict is kept by: `settings`, and what the article shows."""
    return (*settings, unshown(article.origin), article.body, article.body_line,
            article.meta.model_dump(mode="json"))


def _memo_judged(memo: Memo, parts: tuple[Any, ...], article: Article,
                 judge: Callable[[], T]) -> T:
    """`judge()` of `article`, kept in `memo` by `parts` (`_memo_parts`; a live preview
    keeps it by the article object itself: see `_articles_problems`)."""
    return memo.get(parts, judge, shown=article.origin.display_path)


def _judged_noting(article: Article, allowed: Allowed, region: str | None,
                   skip: tuple[str, ...]) -> tuple[list[Problem], frozenset[str]]:
    """`_article_problems`, and every e-mail address and phone number it looked up in
    `allowed` (the values an allowance could change the verdict on)."""
    asking = noting(allowed)
    problems = _article_problems(article, asking, region, skip)
    asked = looked_up(asking)
    return problems, asked.emails | asked.phones


def _stable(allowed: Allowed) -> list[object]:
    """The allowed values in an order that does not change from run to run."""
    return [sorted(value) if isinstance(value, frozenset) else value
            for value in dataclasses.astuple(allowed)]


def _article_problems(article: Article, allowed: Allowed, region: str | None,
                      skip: tuple[str, ...]) -> list[Problem]:
    """What the gate finds in one published article."""
    shown = article.meta.model_dump(mode="json", exclude=set(ARTICLE_PRIVATE_KEYS))
    findings = scan_data(shown, allowed, article.origin.line_of, ignore=skip,
                         default_region=region)
    return [*(_problem(article.origin, f) for f in findings),
            *_marker_problems(article.origin, shown), *_body_problems(article, allowed, region),
            *ticket_problems(article)]


def _marker_problems(origin: Located, shown: dict[str, Any]) -> Iterator[Problem]:
    """Markers in published front matter: errors (they accept nothing there)."""
    for line, message in data_markers(shown, origin.line_of):
        yield Problem(origin.display_path, line, "error", message)


def _body_findings(written: Article | Page, allowed: Allowed, region: str | None
                   ) -> tuple[list[Finding], Markers]:
    """What the gate finds in a published body, and the body's reviewed exceptions."""
    findings = scan(written.public_body, allowed, written.body_line, region)
    return findings, _markers_of(written)


def _markers_of(written: Article | Page) -> Markers:
    """The reviewed exceptions of a body (none of its internal notes')."""
    return read_markers(split_internal(written.body)[0], written.body_line)


def _body_problems(written: Article | Page, allowed: Allowed, region: str | None
                   ) -> Iterator[Problem]:
    """Findings no marker accepts (errors), bad markers (errors), idle markers (warnings)."""
    findings, markers = _body_findings(written, allowed, region)
    where = written.origin.display_path
    kept, _ = markers.split(findings)
    problems = [_problem_at(where, finding, marker_hint(finding.kind)) for finding in kept]
    problems += [Problem(where, line, "error", message) for line, message in markers.errors]
    problems += [Problem(where, line, "warning", message)
                 for line, message in markers.unused(findings, SCAN_KINDS)]
    yield from sorted(problems, key=lambda problem: problem.line or 0)


@dataclass(frozen=True)
class Reviewed:
    """A finding a `<!-- kb:allow ... -->` marker accepts: published, as reviewed."""

    path: str
    line: int
    kind: str
    excerpt: str
    marker_line: int
    extent: str = ""
    """` (lines 86-112)` for a block's finding (Finding.extent), else nothing."""

    def __str__(self) -> str:
        """`path:line: reviewed exception: kind (excerpt)`, as `kbgen check` lists them."""
        by = "" if self.marker_line == self.line else f" (marker on line {self.marker_line})"
        return (f"{show_hidden(self.path)}:{self.line}: reviewed exception: {self.kind}"
                f" ({self.excerpt}){self.extent}{by}")


def reviewed_exceptions(kb: KnowledgeBase, config: KbConfig, own_host: str = ""
                        ) -> list[Reviewed]:
    """Every finding in a published body that a marker accepts (a deceptive link's too, read
    for the site's host `own_host`), in file and line order."""
    allowed, region = allowed_values(kb, config)
    reviewed = []
    published: list[Article | Page] = [*kb.public_articles(), *kb.public_pages()]
    for written in published:
        if HINT not in written.body.lower():
            continue
        findings, markers = _body_findings(written, allowed, region)
        if any(marker.kinds & LINK_KINDS for marker in markers.markers):
            findings += deceptive_link_findings(written.public_body, written.body_line,
                                                own_host)
        for finding in markers.split(findings)[1]:
            marker = markers.accepting(finding)
            reviewed.append(Reviewed(written.origin.display_path, finding.line, finding.kind,
                                     finding.excerpt, marker.line if marker else finding.line,
                                     finding.extent))
    return sorted(reviewed, key=lambda item: (item.path, item.line))


@dataclass(frozen=True)
class Accepted:
    """A value the gate found in a published body and accepted by a rule, and why."""

    path: str
    line: int
    kind: str
    excerpt: str
    reason: str

    def __str__(self) -> str:
        """`path:line: accepted: kind (excerpt): reason`, as `kbgen check --show-accepted`
        lists them."""
        return (f"{show_hidden(self.path)}:{self.line}: accepted: {self.kind} ({self.excerpt}):"
                f" {self.reason}")


def accepted_values(kb: KnowledgeBase, config: KbConfig) -> list[Accepted]:
    """Every value in a published body that the gate's rules accept (kbgen.core.examples,
    kbgen.core.surroundings), with the reason, in file and line order: for reviewers who
    want to see what passed without a marker."""
    allowed, region = allowed_values(kb, config)
    found = []
    published: list[Article | Page] = [*kb.public_articles(), *kb.public_pages()]
    for written in published:
        explained: list[Acceptance] = []
        scan(written.public_body, allowed, written.body_line, region, explain=explained)
        found += [Accepted(written.origin.display_path, a.line, a.kind, a.excerpt, a.reason)
                  for a in explained]
    return sorted(found, key=lambda item: (item.path, item.line))


def _over_limit(path: Path) -> bool:
    """Whether a data file is over the loader's size limit, which refuses it without reading
    it (limits.MAX_DATA_BYTES): the gate does not read it either (a 500 kB synonyms file of
    40,000 values took `kbgen check` about 9 CPU s of scanning after its refusal)."""
    try:
        return path.stat().st_size > MAX_DATA_BYTES
    except OSError:
        return False  # absent or unreadable: the reader says so


def _synonyms(content_dir: Path, allowed: Allowed, region: str | None) -> Iterator[Problem]:
    """`_data/synonyms.yml`: its phrases go into the public search index."""
    source = Source(SYNONYMS_FILE, (content_dir / SYNONYMS_FILE).absolute())
    if not source.path.is_file() or not source.path.resolve().is_relative_to(
            content_dir.resolve()):
        return  # absent, or a link out of the content folder (refused by the loader)
    if _over_limit(source.path):
        return  # refused by the loader for its size, unread
    try:
        document = load_yaml(source.path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, YamlProblem):
        return  # the loader reports why it cannot be read
    origin = Located(source.src_uri, source.display_path, document.key_lines)
    for finding in scan_data(document.data, allowed, origin.line_of, default_region=region):
        yield _problem(origin, finding)


def copied_files(tree: Tree, allowed: Allowed, region: str | None,
                 private_keys: tuple[str, ...] = ARTICLE_PRIVATE_KEYS) -> Iterator[Problem]:
    """Text in the files MkDocs copies as they are (`.txt`, `.csv`, `.json`, `.svg`,
    pictures' metadata, documents, archives, ...) and unpublished marks there (front matter
    saying draft or internal, team-only keys, internal notes); pages are gated as pages."""

    def skip(src_uri: str) -> bool:
        """Read elsewhere (articles, pages, profiles, data) or never published (`_data/`)."""
        return (is_page(src_uri) or src_uri.startswith(f"{DATA_DIR}/")
                or (src_uri.startswith(f"{TEAM_DIR}/") and src_uri.endswith(TEAM_PROFILES)))

    yield from _scan_files(tree, skip, allowed, region, private_keys)


def _scan_files(tree: Tree, skip: Callable[[str], bool], allowed: Allowed, region: str | None,
                private_keys: tuple[str, ...] = ()) -> Iterator[Problem]:
    for source in published_files.text_files(tree, skip):
        for line, message in published_files.file_problems(source, allowed, region,
                                                           private_keys):
            yield Problem(source.display_path, line, "error", message)


def settings_problems(config_file: Path, content_dir: Path, config: KbConfig,
                      values: Mapping[str, Any] | None = None, theme_dir: Path | None = None,
                      read: published_settings.Settings | None = None) -> list[Problem]:
    """Findings in the published values of mkdocs.yml and in the theme's `custom_dir`, which
    is copied into the site. A build gives `values` as MkDocs loaded them (`!ENV` resolved)
    and its `theme_dir`; without them both are read from `config_file`. `read`: the file as
    `read_settings` read it already (read here when not given)."""
    read_values, lines = read or published_settings.read_settings(config_file)
    if values is None:
        values, theme_dir = read_values, published_settings.theme_dir(read_values, config_file)
    allowed, region = _allowed(_contact(content_dir), config)
    shown = published_settings.published_values(values)
    where = Source(config_file.name, config_file.absolute()).display_path
    problems = [_problem_at(where, finding) for finding in scan_data(
        shown, allowed, lambda key: published_settings.line_in(lines, key),
        default_region=region)]
    problems += markup_problems(where, shown, lambda key: published_settings.line_in(lines, key))
    problems += [Problem(where, published_settings.line_in(lines, key), "error",
                         f"{key}: {message}") for key, message in settings_link_problems(
                             shown, site_host(str(values.get("site_url") or "")))]
    problems += [Problem(where, published_settings.line_in(lines, key), "error",
                         f"{key}: {message}") for key, path in address_paths(shown)
                 for message in published_files.name_problems(path, allowed, region)]
    if theme_dir is not None and theme_dir.resolve() != content_dir.resolve():
        theme = walk(theme_dir)
        problems += [*theme_problems(theme), *_scan_files(theme, lambda _: False, allowed,
                                                          region)]
    linked = [content_dir, *([theme_dir] if theme_dir is not None else [])]
    return problems + linked_folder_problems(config_file, linked, config.languages[1:])


def _contact(content_dir: Path) -> ContactData | None:
    """The contact data, quietly (the loader reports its problems), for its allowances."""
    if _over_limit(content_dir / CONTACT_FILE):
        return None  # refused by the loader for its size, unread
    try:
        document = load_yaml((content_dir / CONTACT_FILE).read_text(encoding="utf-8-sig"))
        return ContactData.model_validate(document.data)
    except (OSError, UnicodeDecodeError, YamlProblem, ValidationError):
        return None  # absent or invalid: nothing is allowed beyond the allow-list


def _problem_at(path: str, finding: Finding, hint: str = "") -> Problem:
    if finding.advisory:  # worth a look, no leak (Finding.advisory)
        return Problem(path, finding.line, "warning",
                       f"{finding.kind} ({finding.excerpt}){finding.extent}: {finding.advice}"
                       f"{hint}")
    return Problem(path, finding.line, "error",
                   f"{finding.kind} ({finding.excerpt}){finding.extent} would be published:"
                   f" {finding.advice}{hint}")


def unsafe_html(kb: KnowledgeBase, memo: Memo | None = None, own_host: str = ""
                ) -> Iterator[Problem]:
    """HTML the site will strip from published articles and pages, and pictures from other
    sites it will drop (not from `own_host`, the site's), as warnings where they were
    written; links that open another address than they show, as errors
    (kbgen.core.deceptive_links). `memo` keeps each one's warnings (kbgen.build.memo)."""
    public: list[Article | Page] = [*kb.public_articles(), *kb.public_pages()]
    memo = memo or Memo()
    for written in public:
        yield from memo.get(("unsafe html", own_host, written.origin.src_uri,
                             written.body, written.body_line),
                            partial(_unsafe_html_of, written, own_host),
                            slot=("unsafe html", written.origin.src_uri),
                            shown=written.origin.display_path)


def _link_problems_of(written: Article | Page, own_host: str) -> list[Problem]:
    """Deceptive links of a body that no `<!-- kb:allow link -->` accepts (errors), and such
    markers that accept none (warnings; the privacy gate reports the markers' other faults)."""
    found = deceptive_link_findings(written.public_body, written.body_line, own_host)
    markers = _markers_of(written) if HINT in written.body.lower() else Markers()
    kept, _ = markers.split(found)
    where = written.origin.display_path
    return [*(Problem(where, finding.line, "error", finding.advice + marker_hint(DECEPTIVE_LINK))
              for finding in dict.fromkeys(kept)),
            *(Problem(where, line, "warning", message)
              for line, message in markers.unused(found, LINK_KINDS))]


PAINT_ADVICE = ("an SVG painted from another address would make every reader's browser ask"
                " that site for it; paint it with a colour, or with url(#id) of a gradient"
                " inside the same SVG")
"""What to do about an inline SVG's `fill` that fetches (kbgen.core.sanitize._PAINT)."""


def _unsafe_html_of(written: Article | Page, own_host: str) -> list[Problem]:
    """What `unsafe_html` warns of in one article or page."""
    problems = []
    for line, construct in dict.fromkeys(  # two on one line are one warning
            find_unsafe_html(written.public_body, written.body_line)):
        advice = (PAINT_ADVICE if construct == "fill= URL"
                  else "write it as text or use Markdown instead")
        problems.append(Problem(written.origin.display_path, line, "warning",
                                f"{construct} is removed from the published page; {advice}"))
    problems += _link_problems_of(written, own_host)
    for line, url in find_remote_pictures(written.public_body, written.body_line, own_host):
        problems.append(Problem(
            written.origin.display_path, line, "warning",
            f"a picture from another site ({url.strip()[:80]}) would make every reader's"
            " browser ask that site for it (a tracking pixel), so it is removed from the"
            " published page; copy the picture into the content folder and link to it by its"
            " path"))
    return problems

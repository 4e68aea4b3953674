"""The gate's entry points: `scan` (a text, line by line) and `scan_data` (parsed YAML data), and
the hits their surroundings make harmless."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from kbgen.core import (
    api_examples,
    argon2_digests,
    claim_names,
    default_networks,
    expired_sessions,
    fediverse,
    file_names,
    home_devices,
    ids,
    illustrative_keys,
    login_names,
    loopback_addresses,
    made_up_records,
    named_digests,
    native_clients,
    page_networks,
    page_settings,
    placeholder_addresses,
    placeholder_logins,
    project_mailboxes,
    public_ids,
    public_key_urls,
    public_pages,
    receiving_addresses,
    script_seams,
    surroundings,
    verified_digests,
    workload_ids,
)
from kbgen.core.examples import Acceptance
from kbgen.core.normalize import normalize_text, normalize_texts, rendered_line
from kbgen.core.privacy import (
    bcrypt_digests,
    block_findings,
    called_examples,
    certificate_files,
    certificate_material,
    change_me,
    changelog_headings,
    chat_invites,
    cmd_variables,
    command_lines,
    commit_ids,
    compose_databases,
    credential_compounds,
    credential_pairs,
    cut_values,
    default_logins,
    default_rows,
    derived_public_keys,
    described_values,
    digest_outputs,
    directory_assistance,
    directory_values,
    encoded_examples,
    encoded_placeholders,
    example_hosts,
    example_parentheses,
    example_tables,
    font_files,
    form_encoded,
    format_names,
    front_pages,
    htpasswd_digests,
    json_escapes,
    k8s_references,
    local_pages,
    log_ids,
    login_passwords,
    marked_examples,
    masked_domains,
    matrix_events,
    named_public_keys,
    no_values,
    option_choices,
    own_cards,
    piped_commands,
    pixel_formats,
    placeholder_userinfo,
    product_defaults,
    product_mailboxes,
    published_code_links,
    readers_devices,
    replace_notes,
    request_echoes,
    said_empty,
    secret_references,
    sequence_examples,
    specimen_zones,
    spoofed_domains,
    stand_in_phrases,
    supposed_blocks,
    supposed_names,
    svg_geometry,
    svg_paths,
    synapse_tokens,
    tabbed_examples,
    undeliverable_mailboxes,
    vendor_defaults,
    wallet_secrets,
    your_values,
)
from kbgen.core.privacy.access_codes import codes_across_lines
from kbgen.core.privacy.argument_lists import flag_items
from kbgen.core.privacy.bank_accounts import bank_accounts_in_rows
from kbgen.core.privacy.bitlocker_keys import bitlocker_keys
from kbgen.core.privacy.caddy_basic_auth import caddy_basic_auth
from kbgen.core.privacy.clear_examples import spelt_in_cases
from kbgen.core.privacy.context import Detector, _Context, _finding, _Hit, line_holds
from kbgen.core.privacy.dashed_base32 import dashed_base32
from kbgen.core.privacy.data_paths import children
from kbgen.core.privacy.detectors import (
    _MARKED,
    _RENDERED_DETECTORS,
    _arguments_below,
    _comment_values_below,
    _definitions_below,
    _delimited_columns,
    _hits_in_line,
    _joined_script_values,
    _listed_arguments,
    _may_find,
    _named_values_below,
    _parented_below,
    _passwords_across_lines,
    _phrase_values_below,
)
from kbgen.core.privacy.empty_keys import _values_after_empty_keys, item_values
from kbgen.core.privacy.escaped import _soft_broken
from kbgen.core.privacy.folded_lines import folded_values
from kbgen.core.privacy.generated_passwords import _generated_passwords
from kbgen.core.privacy.grouped_base32 import grouped_base32
from kbgen.core.privacy.html_place_cells import html_place_cells
from kbgen.core.privacy.html_tables import html_table_passwords
from kbgen.core.privacy.htpasswd_lines import htpasswd_lines
from kbgen.core.privacy.htpasswd_sections import htpasswd_sections
from kbgen.core.privacy.identity_documents import documents_in_columns
from kbgen.core.privacy.ids_further_below import national_ids_further_below
from kbgen.core.privacy.joined_items import _joined_items
from kbgen.core.privacy.keyed_cells import keyed_cell_passwords
from kbgen.core.privacy.keyed_values import keyed_values
from kbgen.core.privacy.keys import _key_named_only
from kbgen.core.privacy.leading_marks import blank_marks
from kbgen.core.privacy.list_fields import joined_lists
from kbgen.core.privacy.lookups import LookedUp, judged_noting, notes
from kbgen.core.privacy.markup_lines import _values_in_markup_below
from kbgen.core.privacy.model import (
    EMAIL,
    INTERNAL_HOST,
    INTERNAL_IP,
    NOTHING_ALLOWED,
    PASSWORD,
    PHONE,
    PRIVATE_KEY,
    TOKEN,
    Allowed,
    Finding,
)
from kbgen.core.privacy.national_ids import national_ids_in_columns
from kbgen.core.privacy.networks import _not_own_image_tags, _unmapped_hosts
from kbgen.core.privacy.ocr_zones import ocr_zones
from kbgen.core.privacy.passwords import (
    _continued_command_passwords,
    _password_columns,
    _password_definitions,
)
from kbgen.core.privacy.person_secret_names import person_secret_manifests
from kbgen.core.privacy.place_code_cells import place_code_cells
from kbgen.core.privacy.recovery_code_lists import recovery_code_lists
from kbgen.core.privacy.recovery_code_sentences import recovery_code_sentences
from kbgen.core.privacy.script_mailboxes import script_mailboxes
from kbgen.core.privacy.secret_lists import listed_below
from kbgen.core.privacy.set_passwords import _set_across_lines
from kbgen.core.privacy.short_word_passphrases import short_word_passphrases
from kbgen.core.privacy.signed_urls import signed_urls
from kbgen.core.privacy.spaced_quotes import plain_quotes
from kbgen.core.privacy.split import _split_values
from kbgen.core.privacy.split_bitlocker_keys import split_bitlocker_keys
from kbgen.core.privacy.split_passwords import _letters_on_next_line
from kbgen.core.privacy.table_cells import _joined_cells
from kbgen.core.privacy.tool_keys import private_blocks
from kbgen.core.privacy.underscore_emphasis import blank_underscores
from kbgen.core.privacy.uuencoded_files import uuencoded_across
from kbgen.core.privacy.world_passwords import _passwords_on_next_line
from kbgen.core.privacy.wrapped import WRAPPED_DETECTORS, _wrapped_values
from kbgen.core.privacy.zone_name_lines import zone_name_lines
from kbgen.core.sessions import Sessions


def scan(
    text: str,
    allowed: Allowed = NOTHING_ALLOWED,
    first_line: int = 1,
    default_region: str | None = None,
    detectors: tuple[Detector, ...] | None = None,
    explain: list[Acceptance] | None = None,
    across_lines: bool = True,
    decoding: bool = True,
) -> list[Finding]:
    """Every finding in `text` (line numbers offset by first_line - 1), in line order, a
    block's lines' findings as one (kbgen.core.privacy.block_findings); only
    `detectors` run, when given, and only the line by line ones without `across_lines`; the
    across-lines readers that decode lines and scan them again only with `decoding`.
    Values found but accepted because they are clearly examples, output or public material are
    added to `explain`, with the reason, when it is given. A text where a script written
    without spaces meets a Latin letter or digit is read twice, as written and as its spaced
    twin (kbgen.core.script_seams), and holds what either holds."""
    written = text.replace("\r\n", "\n")
    text = normalize_text(form_encoded.with_readings(spoofed_domains.spelt_as_registered(written)))
    explained = len(explain) if explain is not None else 0
    found = _scan_shown(text, written, allowed, first_line, default_region, detectors,
                        explain, across_lines, decoding)
    if (twin := script_seams.spaced(text)) == text:
        return block_findings.folded(found, text, first_line)
    twins = _scan_shown(twin, twin, allowed, first_line, default_region, detectors, explain,
                        across_lines, decoding)
    if explain is not None:  # a value both readings accept is explained once
        explain[explained:] = dict.fromkeys(explain[explained:])
    return block_findings.folded(
        sorted(dict.fromkeys([*found, *twins]), key=lambda finding: finding.line),
        text, first_line)


def _scan_shown(
    text: str,
    written: str,
    allowed: Allowed,
    first_line: int,
    default_region: str | None,
    detectors: tuple[Detector, ...] | None,
    explain: list[Acceptance] | None,
    across_lines: bool,
    decoding: bool,
) -> list[Finding]:
    """`scan` of a text already normalised (as shown), `written` the text before it was."""
    context = _Context(allowed, default_region, [] if explain is not None else None,
                       fediverse=fediverse.Page.of(text),
                       written=tuple(written.split("\n")) if written != text else ())
    findings: list[Finding] = []
    if detectors is None:
        detectors = _may_find(text)
    lines = text.split("\n")
    views = [rendered_line(line) for line in lines]
    view_detectors = _view_detectors(lines, views)
    in_key_block = False
    key_block: set[int] = set()
    spans: dict[int, list[tuple[int, int]]] = {}
    found_in_lines: list[tuple[int, str, _Hit]] = []
    for index, line in enumerate(lines if detectors or view_detectors else ()):
        if in_key_block:
            key_block.add(index)
            in_key_block = "-----END " not in line
            continue
        hits = _hits_in_line(line, context, detectors, index) if detectors else []
        if detectors and (blanked := blank_marks(line)) != line:
            hits += _behind_marks(blanked, hits, context, detectors, index)
        if detectors and (shown := blank_underscores(line)) != line:
            hits += _behind_marks(shown, hits, context, detectors, index)
        if detectors and (quoted := plain_quotes(line)) != line:
            hits += _in_plain_quotes(quoted, hits, context, detectors, index)
        if hits or index in context.example_spans:
            spans[index] = [*((hit.start, hit.end) for hit in hits),
                            *context.example_spans.get(index, ())]
        if view_detectors and views[index] != line:
            known = {(hit.kind, hit.excerpt) for hit in hits}
            hits += [replace(hit, viewed=True)
                     for hit in _hits_in_line(views[index], context, view_detectors, index)
                     if (hit.kind, hit.excerpt) not in known]
        found_in_lines.extend((index, views[index] if hit.viewed else line, hit)
                              for hit in hits)
        in_key_block = any(hit.kind == PRIVATE_KEY for hit in hits) and "-----END " not in line
        if in_key_block:
            key_block.add(index)
    sessions = Sessions(lines)
    found_in_lines = [(index, line, hit) for index, line, hit in found_in_lines
                      if not _key_named_only(lines, index, hit, context)]
    if across_lines:
        single = {(index, hit.kind, hit.excerpt) for index, _, hit in found_in_lines}
        found_in_lines.extend(_wrapped_values(lines, views, key_block, single, context))
    findings.extend(_finding(first_line + index, hit)
                    for index, hit in _unexcused(found_in_lines, lines, context, sessions))
    if across_lines:
        seen = {(finding.line, finding.kind, finding.excerpt) for finding in findings}
        more = [*_split_values(lines, key_block, spans, context, _public_armour(text, context)),
                *_password_columns(list(map(plain_quotes, lines)), context),
                *_password_definitions(lines, context),
                *(_soft_broken(lines, context) if decoding else ()),
                *_joined_cells(lines, context),
                *_continued_command_passwords(lines), *_generated_passwords(lines, context),
                *_passwords_on_next_line(lines, context),
                *_passwords_across_lines(lines, context),
                *_letters_on_next_line(lines, context), *_joined_items(lines, context),
                *_comment_values_below(lines, context), *_delimited_columns(lines, context),
                *_values_after_empty_keys(lines, context), *_set_across_lines(lines, context),
                *_values_in_markup_below(lines, context),
                *_definitions_below(lines, context), *_arguments_below(lines, context),
                *codes_across_lines(lines, context),
                *(uuencoded_across(lines, context) if decoding else ()),
                *(spelt_in_cases(lines, context) if decoding else ()),
                *html_table_passwords(lines, context),
                *_phrase_values_below(lines, context),
                *private_blocks(lines, context),
                *listed_below(lines, context),
                *_named_values_below(lines, context),
                *_parented_below(lines, context),
                *option_choices.accepted(keyed_cell_passwords(lines, context), lines, context),
                *national_ids_in_columns(lines, context),
                *national_ids_further_below(lines, context),
                *caddy_basic_auth(lines, context),
                *htpasswd_lines(lines, context),
                *zone_name_lines(lines, context),
                *script_mailboxes(lines, context),
                *bitlocker_keys(lines, context),
                *grouped_base32(lines, context),
                *recovery_code_lists(lines, context),
                *place_code_cells(lines, context),
                *ocr_zones(lines, context),
                *dashed_base32(lines, context),
                *recovery_code_sentences(lines, context),
                *split_bitlocker_keys(lines, context),
                *htpasswd_sections(lines, context),
                *signed_urls(lines, context),
                *html_place_cells(lines, context),
                *short_word_passphrases(lines, context),
                *documents_in_columns(lines, context),
                *folded_values(lines, context),
                *bank_accounts_in_rows(lines, context),
                *person_secret_manifests(lines, context),
                *_joined_script_values(lines, context),
                *wallet_secrets.seed_list_hits(lines)]
        for index, hit in more:
            if no_values.no_value(lines[index], hit):
                context.accept(index, hit, no_values.REASON)
                continue
            if hit.kind == TOKEN and not hit.vendor and sessions.shown_in(
                    " ".join(views[index:index + 2])):
                continue  # a session key broken over two lines
            finding = _finding(first_line + index, _login_warning(lines, index, hit))
            if (finding.line, finding.kind, finding.excerpt) not in seen:
                findings.append(finding)
        findings.sort(key=lambda finding: finding.line)
    if explain is not None and context.accepted:
        explain.extend(dict.fromkeys(replace(acceptance, line=acceptance.line + first_line)
                                     for acceptance in context.accepted))
    return list(dict.fromkeys(findings))  # `[a@b.c](mailto:a@b.c)`: one value, one finding


def _public_armour(text: str, context: _Context) -> list[tuple[int, int]]:
    """(BEGIN line, END line) of each armoured certificate or public key the text holds whole
    and untouched (kbgen.core.pem_blocks), decoded from its lines as written."""
    if "BEGIN " not in text:
        return []
    blocks = certificate_material.page_blocks(text.split("\n"), context)
    return [] if blocks is None else blocks.public_spans()


def scan_part(text: str, allowed: Allowed = NOTHING_ALLOWED, default_region: str | None = None,
              detectors: tuple[Detector, ...] | None = None) -> list[Finding]:
    """`scan` of a part of a text that a rule reads again on its own (a decoded value, a line,
    one of a list's values), by the across-lines readers too (a decoded MRZ name line or
    htpasswd line is read by them alone: fixfm69), but those that decode lines again only
    when the part has several lines: read so again on its own, a decoded value would be
    decoded and scanned again without end (`…jiF8=` ends as a quoted-printable soft break
    does)."""
    return scan(text, allowed, default_region=default_region, detectors=detectors,
                decoding="\n" in text)


def _behind_marks(blanked: str, hits: list[_Hit], context: _Context,
                  detectors: tuple[Detector, ...], index: int) -> list[_Hit]:
    """Hits of a line read with a diff's, a prompt's or a listing's marks blanked out
    (`blanked`: kbgen.core.privacy.leading_marks), in the same places; not those found in it
    as written. Only what reads a key or a label before its value (_MARKED): values a URL's
    surroundings judge (cards, IBANs, phones, bare keys) are left to the line as written
    (blanking `|1|` in a decoded URL's query changes what the URL is)."""
    known = {(hit.kind, hit.excerpt) for hit in hits}
    keyed = tuple(detector for detector in detectors if detector in _MARKED)
    return [hit for hit in _hits_in_line(blanked, context, keyed, index)
            if (hit.kind, hit.excerpt) not in known]


def _in_plain_quotes(quoted: str, hits: list[_Hit], context: _Context,
                     detectors: tuple[Detector, ...], index: int) -> list[_Hit]:
    """Hits of a line read with its pairs of guillemets or other quote marks written `"…"`
    (`quoted`: kbgen.core.privacy.spaced_quotes) by every detector (the accepting ones too:
    `« Password » è obbligatorio` names a field), but where the line as written has one."""
    known = {(hit.kind, hit.excerpt) for hit in hits}
    return [hit for hit in _hits_in_line(quoted, context, detectors, index)
            if (hit.kind, hit.excerpt) not in known
            and not any(hit.start < seen.end and seen.start < hit.end for seen in hits)]


def _view_detectors(lines: list[str], views: list[str]) -> tuple[Detector, ...]:
    """The detectors that read views and could find something in the lines whose view
    differs from the line, the only lines they are asked about (asked of the whole shown
    text, they were tried on every line that has no markup as well)."""
    changed = "\n".join(view for view, line in zip(views, lines) if view != line)
    return _may_find(changed, _RENDERED_DETECTORS) if changed else ()


def scan_data(
    value: Any,
    allowed: Allowed,
    line_of: Callable[[str], int],
    path: str = "",
    ignore: Iterable[str] = (),
    default_region: str | None = None,
) -> list[Finding]:
    """Every finding in the strings of parsed YAML data, by line; keys in `ignore` are skipped.

    `line_of(key_path)` gives the line of a key path such as `bio`, `lines[0].number` or
    `links[1].url`; `ignore` holds key names (`tickets`) or key paths (`lines[0].note`). A
    multi-line string is taken to be a block scalar (`|`) whose text starts on the line after
    its key. Integers are scanned too (a card number written without quotes).
    """
    joined = _normalized(joined_lists(value, path, frozenset(ignore)))
    found = []
    for key_path, raw in _strings(value, path, frozenset(ignore)):
        text, findings = _value_findings(raw, allowed, default_region)
        if findings:  # line_of is only asked about values with findings
            first = line_of(key_path) + (1 if "\n" in text.rstrip("\n") else 0)
            found += [replace(finding, line=finding.line + first - 1) for finding in findings]
    found += _across_items(joined, found, allowed, line_of, default_region)
    found += _keyed(value, path, frozenset(ignore), found, allowed, line_of, default_region)
    found += [_finding(line_of(key_path), hit)
              for key_path, hit in item_values(value, path, frozenset(ignore))]
    found += _flagged(value, path, frozenset(ignore), allowed, line_of, default_region)
    return sorted(found, key=lambda finding: finding.line)


def _value_findings(raw: str, allowed: Allowed, region: str | None
                    ) -> tuple[str, tuple[Finding, ...]]:
    """One front matter value normalised (as `normalize_texts` does it among the others),
    and its findings alone, from its line 1; each value is never judged by its neighbours (a
    command in one field must not make the next field's address an example) but by `scan`
    as a body of that text alone is, every reader across lines too (a detector set picked
    here, before `scan` reads a URL's `+` as spaces or a look-alike letter as registered, let
    an MRZ name line or a customer's address in a map link publish: fixfm69). Kept for
    values that many articles repeat (a
    product's name, a tag); the addresses and numbers it looked up are looked up again in
    `allowed` (kbgen.core.gate notes them to judge an article again with the contact data's)."""
    text, findings, asked = _value_judged(raw, allowed, region, notes(allowed))
    asked.again(allowed)
    return text, findings


@lru_cache(maxsize=4096)
def _value_judged(raw: str, allowed: Allowed, region: str | None, noted: bool
                  ) -> tuple[str, tuple[Finding, ...], LookedUp]:
    """`_value_findings`, and what it looked up when `allowed` notes it (`noted`: a value
    judged for allowances that note nothing is judged again for those that do)."""
    text = normalize_text(raw)
    findings, asked = judged_noting(allowed, lambda: tuple(scan(raw, allowed, 1, region)))
    return text, findings, asked


def _keyed(value: Any, path: str, ignore: frozenset[str], found: list[Finding],
           allowed: Allowed, line_of: Callable[[str], int], region: str | None
           ) -> list[Finding]:
    """Secrets an entry's key names and its value alone does not show (`password: hunter2`:
    kbgen.core.privacy.keyed_values), at the entry's line; not those found already."""
    known = {(finding.kind, finding.excerpt) for finding in found}
    return list(dict.fromkeys(  # the key as written and spaced may find one value twice
        replace(finding, line=line_of(key_path))
        for key_path, text in _normalized(keyed_values(value, path, ignore))
        if (detectors := _may_find(text))
        for finding in scan_part(text, allowed, region, detectors)
        if (finding.kind, finding.excerpt) not in known))


def _flagged(value: Any, path: str, ignore: frozenset[str], allowed: Allowed,
             line_of: Callable[[str], int], region: str | None) -> list[Finding]:
    """Secrets a list's item gives to the flag item before it (`args: [--client-secret, …]`:
    kbgen.core.privacy.argument_lists), at the item's line."""
    return [replace(finding, line=line_of(key_path))
            for key_path, text in _normalized(flag_items(value, path, ignore))
            for finding in scan_part(text, allowed, region, (_listed_arguments,))]


def _normalized(found: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(key path, text) pairs with their texts normalised together (`normalize_texts`)."""
    pairs = list(found)
    return list(zip([key for key, _ in pairs], normalize_texts([text for _, text in pairs])))


def _across_items(joined: list[tuple[str, str]], found: list[Finding], allowed: Allowed,
                  line_of: Callable[[str], int], region: str | None) -> list[Finding]:
    """Values a list's items make together (kbgen.core.privacy.list_fields), at the line of
    its first item; not those an item holds alone. Only what a reader sees across items is
    looked for: cards, IBANs, phone numbers and addresses (wrapped.WRAPPED_DETECTORS)."""
    known = {(finding.kind, finding.excerpt) for finding in found}
    return [replace(finding, line=line_of(key_path))
            for key_path, text in joined
            if (detectors := _may_find(text, WRAPPED_DETECTORS))
            for finding in scan_part(text, allowed, region, detectors)
            if (finding.kind, finding.excerpt) not in known]


_JUDGED_BY_SURROUNDINGS = {EMAIL: surroundings.EMAIL, PHONE: surroundings.PHONE,
                           INTERNAL_IP: surroundings.ADDRESS, TOKEN: surroundings.KEY,
                           INTERNAL_HOST: surroundings.HOST}
"""Kinds whose surroundings can make a value harmless (kbgen.core.surroundings)."""


def _session(line: str, hit: _Hit, sessions: Sessions) -> bool:
    """A server's session key on the reader's computer, or the host of its URL
    (kbgen.core.sessions)."""
    if hit.kind in (TOKEN, PASSWORD) and not hit.vendor:
        return (sessions.holds(line[hit.start:hit.end])
                and sessions.in_server_url(line, hit.start, hit.end))
    if hit.kind in (INTERNAL_IP, INTERNAL_HOST):
        return sessions.host_of_session(line, hit.start, hit.end)
    return False

_Found = list[tuple[int, str, _Hit]]
_PageRule = Callable[[_Found, list[str], _Context], Iterable[tuple[int, str, _Hit]]]


def _without_context(rule: Callable[[_Found, list[str]], Iterable[tuple[int, str, _Hit]]]
                     ) -> _PageRule:
    """A rule that only warns (it reads the page, accepts nothing) as a _PageRule."""
    return lambda found, lines, _: rule(found, lines)


_PAGE_RULES: tuple[_PageRule, ...] = (
    certificate_material.accepted,
    change_me.accepted,
    own_cards.accepted,
    specimen_zones.accepted,
    directory_assistance.accepted,
    htpasswd_digests.accepted,
    bcrypt_digests.accepted,
    secret_references.accepted,
    request_echoes.accepted,
    encoded_placeholders.accepted,
    example_tables.accepted,
    example_parentheses.accepted,
    commit_ids.accepted,
    piped_commands.accepted,
    compose_databases.accepted,
    json_escapes.accepted,
    credential_pairs.accepted,
    k8s_references.accepted,
    readers_devices.accepted,
    named_public_keys.accepted,
    matrix_events.accepted,
    tabbed_examples.accepted,
    font_files.accepted,
    changelog_headings.accepted,
    svg_paths.accepted,
    svg_geometry.accepted,
    encoded_examples.accepted,
    digest_outputs.accepted,
    log_ids.accepted,
    described_values.accepted,
    replace_notes.accepted,
    synapse_tokens.accepted,
    vendor_defaults.accepted,
    _without_context(login_passwords.warned),
    format_names.accepted,
    cut_values.accepted,
    directory_values.accepted,
    stand_in_phrases.accepted,
    no_values.accepted,
    credential_compounds.accepted,
    published_code_links.accepted,
    supposed_blocks.accepted,
    placeholder_userinfo.accepted,
    called_examples.accepted,
    product_defaults.accepted,
    supposed_names.accepted,
    said_empty.accepted,
    example_hosts.accepted,
    default_rows.accepted,
    _without_context(local_pages.warned),
    marked_examples.accepted,
    your_values.accepted,
    chat_invites.accepted,
    front_pages.accepted,
    command_lines.accepted,
    pixel_formats.accepted,
    undeliverable_mailboxes.accepted,
    certificate_files.accepted,
    cmd_variables.accepted,
    masked_domains.accepted,
    default_logins.accepted,
    product_mailboxes.accepted,
    sequence_examples.accepted,
    derived_public_keys.accepted,
)
"""The page-reading rules' modules, in the order they judge what is left (each accepts a
value its page shows to be harmless, or makes it a warning); a new one goes at the end."""


def _unexcused(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context,
               sessions: Sessions) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each hit that its surroundings do not make harmless; a value
    the text declares harmless once is harmless wherever the text repeats it."""
    if not found:  # most texts: every rule below only judges what was found (and accepts
        return  # a hit of it), so with nothing found none has anything to do
    sessions_found = [(index, hit) for index, line, hit in found
                      if _session(line, hit, sessions)]
    for index, hit in sessions_found:
        context.accept(index, hit, "a session of a server on the reader's own computer")
    found = [(index, line, hit) for index, line, hit in found
             if not _session(line, hit, sessions)]
    found = list(_live_sessions(found, lines, context))
    found = list(_not_named_digests(found, lines, context))
    found = list(_verified_digests(found, lines, context))
    found = list(_argon2_digests(found, lines, context))
    found = list(_counted_addresses(found, context))
    found = list(_made_up_records(found, lines))
    found = list(_illustrative(found, lines, context))
    found = list(_page_defined_names(found, lines, context))
    found = list(_file_names(found, context))
    found = list(_project_mailboxes(found, lines, context))
    found = list(_placeholder_logins(found, lines))
    found = list(_login_names(found, lines))
    found = list(_claim_settings(found, lines, context))
    found = list(_public_key_urls(found, lines, context))
    found = list(_native_client_secrets(found, lines))
    for rule in _PAGE_RULES:
        if not found:  # all accepted: nothing left to judge
            return
        found = list(rule(found, lines, context))
    if not found:
        return
    columns = ids.Columns(lines)
    in_id_columns = {(index, hit) for index, line, hit in found
                     if hit.kind in (TOKEN, PASSWORD) and not hit.vendor
                     and line == lines[index] and columns.id_column(index, hit.start)}
    for index, hit in sorted(in_id_columns, key=lambda pair: (pair[0], pair[1].start)):
        context.accept(index, hit, ids.REASON)
    found = [(index, line, hit) for index, line, hit in found
             if (index, hit) not in in_id_columns]
    found = list(_unmapped_hosts(found, lines, context))
    found = list(_not_own_image_tags(found, context))
    judged = [(index, line, hit) for index, line, hit in found
              if hit.kind in _JUDGED_BY_SURROUNDINGS]
    if not judged:
        yield from ((index, hit) for index, _, hit in found)
        return
    around = surroundings.Surroundings(lines, context.default_region, written=context.written)
    host_map = default_networks.host_map(line[hit.start:hit.end] for _, line, hit in found
                                         if hit.kind == INTERNAL_IP)
    own_networks = _page_networks(found, lines)
    declared = _declared(judged, around)
    for index, line, hit in found:
        kind = _JUDGED_BY_SURROUNDINGS.get(hit.kind)
        if kind is None:
            yield index, hit
        elif hit.kind == INTERNAL_IP and around.unowned_netmask_host(index, line, hit.start,
                                                                     hit.end):
            context.accept(index, hit, surroundings.NETMASK_HOST)
        elif reason := around.printed(index, line, hit.start, hit.end, kind):
            context.accept(index, hit, reason)
        elif (how := declared.get((hit.kind, line[hit.start:hit.end].lower()))) and not (
                kind == surroundings.KEY and surroundings.names_secret(line)
                and not around.in_public_block(index)) and (
                how == surroundings.STATED
                or not around.claims_real(index, line, hit.start, hit.end,
                                          how == surroundings.VOICED)):
            context.accept(index, hit, surroundings.DECLARED)
        elif around.local_code(index, line, hit.start, hit.end, kind):
            context.accept(index, hit, surroundings.LOCAL)
        elif around.example_code(index, line, hit.start, hit.end, kind):
            context.accept(index, hit, surroundings.EXAMPLE_CODE)
        elif around.listed_path(index, line, hit.start, hit.end, kind):
            context.accept(index, hit, surroundings.LISTED_PATH)
        elif around.own_computer_port(line, hit.start, hit.end, kind):
            yield index, replace(hit, advice=surroundings.OWN_PORT_ADVICE, advisory=True)
        elif around.addressing_lesson(index, line, hit.start, hit.end, kind):
            yield index, replace(hit, advice=surroundings.ADDRESSING_ADVICE, advisory=True)
        elif hit.kind == INTERNAL_IP and not host_map and default_networks.default_network_example(
                line, hit.start, hit.end, around.setting(index)) and not around.named_after_code(
                index, line, hit.start):
            yield index, replace(hit, advice=default_networks.ADVICE, advisory=True)
        elif hit.kind == INTERNAL_IP and own_networks is not None and page_networks.in_page_network(
                line[hit.start:hit.end], own_networks) and default_networks.unplaced(
                line, hit.start, hit.end, around.setting(index)) and not around.named_after_code(
                index, line, hit.start):
            yield index, replace(hit, advice=page_networks.ADVICE, advisory=True)
        elif hit.kind == INTERNAL_HOST and home_devices.device_host(line[hit.start:hit.end]) \
                and default_networks.unplaced(line, hit.start, hit.end, around.setting(index)):
            yield index, replace(hit, advice=home_devices.ADVICE, advisory=True)
        elif hit.kind == INTERNAL_IP and loopback_addresses.alone(
                line, hit.start, hit.end, around.setting(index), lines) \
                and not around.named_after_code(index, line, hit.start):
            yield index, replace(hit, advice=loopback_addresses.ADVICE, advisory=True)
        else:
            yield index, hit


def _declared(judged: list[tuple[int, str, _Hit]], around: surroundings.Surroundings
              ) -> dict[tuple[str, str], str]:
    """How the text declares each (kind, lower-cased value) harmless: surroundings.STATED
    over VOICED (an example written as `we`) over EXAMPLE. Each mention of an example, the
    declaring one too, is judged in its own sentence (Surroundings.claims_real)."""
    rank = (surroundings.EXAMPLE, surroundings.VOICED, surroundings.STATED)
    declared: dict[tuple[str, str], str] = {}
    for index, line, hit in judged:
        how = around.declares(index, line, hit.start, hit.end, _JUDGED_BY_SURROUNDINGS[hit.kind])
        if how == surroundings.EXAMPLE and around.voiced(index, line, hit.start, hit.end):
            how = surroundings.VOICED
        if how:
            key = (hit.kind, line[hit.start:hit.end].lower())
            declared[key] = max(how, declared.get(key, how), key=rank.index)
    return declared


def _live_sessions(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
                   ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but session ids a sign-in response shows expiring within a day, wherever the
    text repeats them (expired_sessions)."""
    keys = [(index, line, hit) for index, line, hit in found
            if hit.kind in (TOKEN, PASSWORD) and not hit.vendor]
    expired = {line[hit.start:hit.end] for index, line, hit in keys
               if line == lines[index] and expired_sessions.short_lived(lines, index, hit.start)}
    for index, line, hit in found:
        if expired and hit.kind in (TOKEN, PASSWORD) and not hit.vendor \
                and line[hit.start:hit.end] in expired \
                and not expired_sessions.repeat_named_otherwise(line, hit.start):
            context.accept(index, hit, expired_sessions.REASON)
        else:
            yield index, line, hit


def _not_named_digests(found: list[tuple[int, str, _Hit]], lines: list[str],
                       context: _Context) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but keys their key or label names as a digest or a signature, onion
    addresses (named_digests), and ids of pages published for everyone (public_pages)."""
    for index, line, hit in found:
        why = named_digests.reason(line, hit.start, hit.end) \
            if hit.kind in (TOKEN, PASSWORD) and not hit.vendor else None
        if why == named_digests.REASON and line == lines[index] \
                and named_digests.secret_parent(lines, index):
            why = None
        if why is None and hit.kind == TOKEN and not hit.vendor \
                and public_pages.public_page(line, hit.start, hit.end):
            why = public_pages.REASON
        if why:
            context.accept(index, hit, why)
        else:
            yield index, line, hit


def _verified_digests(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
                      ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but parts of password digests made from a placeholder their line, or else
    their page, quotes (verified_digests)."""
    checker = verified_digests.DigestChecker(page=lines)
    for index, line, hit in found:
        if hit.kind in (TOKEN, PASSWORD) and not hit.vendor and line_holds(line, "$pbkdf2") \
                and checker.explained(line, hit.start, hit.end):
            context.accept(index, hit, verified_digests.REASON)
        else:
            yield index, line, hit


def _argon2_digests(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
                    ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but parts of Argon2 digests made from a placeholder their page quotes
    (argon2_digests)."""
    checker = argon2_digests.Argon2Checker(lines)
    for index, line, hit in found:
        if hit.kind in (TOKEN, PASSWORD) and not hit.vendor and line_holds(line, "$argon2") \
                and checker.explained(line, hit.start, hit.end):
            context.accept(index, hit, argon2_digests.REASON)
        else:
            yield index, line, hit


def _counted_addresses(found: list[tuple[int, str, _Hit]], context: _Context
                       ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but private IPv6 addresses counted out as stand-ins (placeholder_addresses)."""
    for index, line, hit in found:
        if hit.kind == INTERNAL_IP and placeholder_addresses.stand_in(line, hit.start, hit.end):
            context.accept(index, hit, placeholder_addresses.REASON)
        else:
            yield index, line, hit


def _made_up_records(found: list[tuple[int, str, _Hit]], lines: list[str]
                     ) -> Iterator[tuple[int, str, _Hit]]:
    """`found`, addresses in a made-up example record as warnings (made_up_records)."""
    records: made_up_records.MadeUpRecords | None = None
    for index, line, hit in found:
        if hit.kind == EMAIL:
            records = records or made_up_records.MadeUpRecords(lines)
            if records.example_address(index, line, line[hit.start:hit.end]):
                hit = replace(hit, advice=made_up_records.ADVICE, advisory=True)
        yield index, line, hit


def _illustrative(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
                  ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but keys their setting shows to be no secret (illustrative_keys), values
    published by design (public_ids, receiving_addresses), and values of an API reference's
    example blocks as warnings (api_examples)."""
    examples: api_examples.ApiExamples | None = None
    for index, line, hit in found:
        if hit.kind not in (TOKEN, PASSWORD) or hit.vendor:
            yield index, line, hit
            continue
        if why := (illustrative_keys.reason(line, hit.start, hit.end)
                   or public_ids.reason(line, hit.start, hit.end)
                   or (hit.kind == TOKEN and not surroundings.names_secret(line)
                       and receiving_addresses.published(lines, index, line, hit.start,
                                                         hit.end))
                   or (hit.kind == TOKEN and workload_ids.reason(line, hit.start, hit.end))):
            context.accept(index, hit, why)
            continue
        examples = examples or api_examples.ApiExamples(lines)
        if examples.example_value(index, line, hit.start):
            hit = replace(hit, advice=api_examples.ADVICE, advisory=True)
        yield index, line, hit


def _page_defined_names(found: list[tuple[int, str, _Hit]], lines: list[str],
                        context: _Context) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but setting paths the page defines, and the names its hosts-file lines give
    the reader's own computer as warnings (page_settings)."""
    settings: page_settings.PageSettings | None = None
    for index, line, hit in found:
        if hit.kind != INTERNAL_HOST:
            yield index, line, hit
            continue
        settings = settings or page_settings.PageSettings(lines)
        name = line[hit.start:hit.end]
        if settings.setting(name):
            context.accept(index, hit, page_settings.SETTING)
            continue
        if settings.loopback(name):
            hit = replace(hit, advice=page_settings.LOOPBACK_ADVICE, advisory=True)
        yield index, line, hit


def _project_mailboxes(found: list[tuple[int, str, _Hit]], lines: list[str],
                       context: _Context) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the mailbox of the project the page is about (project_mailboxes)."""
    projects: project_mailboxes.ProjectMailboxes | None = None
    for index, line, hit in found:
        if hit.kind == EMAIL and not hit.advisory:
            projects = projects or project_mailboxes.ProjectMailboxes(lines)
            if projects.project_mailbox(line[hit.start:hit.end]):
                context.accept(index, hit, project_mailboxes.REASON)
                continue
        yield index, line, hit


def _file_names(found: list[tuple[int, str, _Hit]], context: _Context
                ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but host-shaped names the text calls a file (file_names)."""
    for index, line, hit in found:
        if hit.kind == INTERNAL_HOST and file_names.called_a_file(line, hit.start, hit.end):
            context.accept(index, hit, file_names.REASON)
        else:
            yield index, line, hit


def _placeholder_logins(found: list[tuple[int, str, _Hit]], lines: list[str]
                        ) -> Iterator[tuple[int, str, _Hit]]:
    """`found`, a password beside a placeholder user and an author's address in a package's
    listing as warnings (placeholder_logins)."""
    placeholder_lines: dict[str, bool] = {}  # a line of many passwords is read once, not
    for index, line, hit in found:  # once a password (that was quadratic in its length)
        if hit.kind == PASSWORD and not hit.vendor and (placeholder_lines.setdefault(
                line, line in placeholder_lines or placeholder_logins.placeholder_login(line))
                or _beside_placeholder_user(lines, index, line, hit)):
            hit = replace(hit, advice=placeholder_logins.LOGIN_ADVICE, advisory=True)
        elif hit.kind == EMAIL and line == lines[index] \
                and placeholder_logins.package_metadata(lines, index):
            hit = replace(hit, advice=placeholder_logins.METADATA_ADVICE, advisory=True)
        yield index, line, hit


def _login_names(found: list[tuple[int, str, _Hit]], lines: list[str]
                 ) -> Iterator[tuple[int, str, _Hit]]:
    """`found`, a password repeating the name of its account or service as a warning
    (login_names)."""
    for index, line, hit in found:
        if hit.kind == PASSWORD and not hit.vendor and not hit.advisory \
                and line == lines[index] \
                and login_names.names_its_login(lines, index, line[hit.start:hit.end]):
            hit = replace(hit, advice=login_names.ADVICE, advisory=True)
        yield index, line, hit


def _public_key_urls(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
                     ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the address of a public key set or discovery document (public_key_urls)."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and line == lines[index] \
                and public_key_urls.public_key_url(line[hit.start:hit.end]):
            context.accept(index, hit, public_key_urls.REASON)
        else:
            yield index, line, hit


def _native_client_secrets(found: list[tuple[int, str, _Hit]], lines: list[str]
                           ) -> Iterator[tuple[int, str, _Hit]]:
    """`found`, a native app's client secret as a warning (native_clients)."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and not hit.advisory \
                and line == lines[index] and native_clients.native_client_secret(lines, index):
            hit = replace(hit, advice=native_clients.ADVICE, advisory=True)
        yield index, line, hit


def _login_warning(lines: list[str], index: int, hit: _Hit) -> _Hit:
    """A password read across lines (`The default password is` / `` `authelia`. ``) as a
    warning when it repeats the name of its account (login_names)."""
    if hit.kind != PASSWORD or hit.vendor or hit.advisory or hit.viewed:
        return hit
    value = lines[index][hit.start:hit.end]
    if login_names.names_its_login(lines, index, value):
        return replace(hit, advice=login_names.ADVICE, advisory=True)
    return hit


def _claim_settings(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
                    ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but a setting's value naming a claim or a directory attribute (claim_names)."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and line == lines[index] \
                and claim_names.claim_setting(line, hit.start, hit.end):
            context.accept(index, hit, claim_names.REASON)
        else:
            yield index, line, hit


def _beside_placeholder_user(lines: list[str], index: int, line: str, hit: _Hit) -> bool:
    """The password `hit` reads as a word and a placeholder user is on a sibling line."""
    shown = rendered_line(line) if hit.viewed else line
    return (placeholder_logins.made_up_word(shown[hit.start:hit.end])
            and placeholder_logins.beside_placeholder_user(lines, index))


def _page_networks(found: list[tuple[int, str, _Hit]], lines: list[str]
                   ) -> tuple[page_networks.Network, ...] | None:
    """The networks the page sets up (page_networks), or None where its private addresses in
    them, with those of default home networks, map a network (more than MAP_SIZE)."""
    addresses = {line[hit.start:hit.end] for _, line, hit in found if hit.kind == INTERNAL_IP}
    if not addresses:
        return None
    networks = page_networks.declared(lines)
    hosts = {value for value in addresses if page_networks.in_page_network(value, networks)
             or default_networks.in_default_network(value)}
    return None if len(hosts) > default_networks.MAP_SIZE else networks


def _strings(value: Any, path: str, ignore: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(key path, text) of each string (or integer) in parsed YAML data, but `ignore`d keys."""
    if isinstance(value, (dict, list)):
        for child, _, item in children(value, path, ignore):
            yield from _strings(item, child, ignore)
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        yield path, str(value)

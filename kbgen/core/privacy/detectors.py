"""The detectors in priority order, what each needs in a text to find anything, and the hits
of one line."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from kbgen.core.command_passwords import needs as _command_needs
from kbgen.core.privacy.access_codes import _access_codes
from kbgen.core.privacy.access_codes import needs as _access_code_needs
from kbgen.core.privacy.address_names import _spelt_addresses, _spelt_needs
from kbgen.core.privacy.any_addresses import any_addresses as _any_addresses
from kbgen.core.privacy.any_addresses import needs as _any_address_needs
from kbgen.core.privacy.argument_lists import listed, listed_below
from kbgen.core.privacy.argument_lists import needs as _listed_needs
from kbgen.core.privacy.backwards import _backwards
from kbgen.core.privacy.backwards import needs as _backwards_needs
from kbgen.core.privacy.bank_accounts import _bank_accounts
from kbgen.core.privacy.bank_accounts import needs as _bank_account_needs
from kbgen.core.privacy.bare_passwords import _bare_passwords
from kbgen.core.privacy.base_encodings import _base_encoded
from kbgen.core.privacy.base_encodings import needs as _base_encoded_needs
from kbgen.core.privacy.bech32_secrets import bech32_secrets as _bech32_secrets
from kbgen.core.privacy.bech32_secrets import needs as _bech32_needs
from kbgen.core.privacy.byte_numbers import _byte_numbers
from kbgen.core.privacy.byte_numbers import needs as _byte_number_needs
from kbgen.core.privacy.chat_invites import chat_invites as _chat_invites
from kbgen.core.privacy.chat_invites import needs as _chat_invite_needs
from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.colon_letters import _any_script_stated, _colon_letters
from kbgen.core.privacy.colon_letters import needs as _colon_needs
from kbgen.core.privacy.comment_values import below_keys, in_comments
from kbgen.core.privacy.comment_values import names_key as _comment_needs_key
from kbgen.core.privacy.comment_values import needs as _comment_needs
from kbgen.core.privacy.compound_numbers import _compound_numbers
from kbgen.core.privacy.compound_numbers import needs as _compound_number_needs
from kbgen.core.privacy.config_letters import _config_letters
from kbgen.core.privacy.config_letters import needs as _config_needs
from kbgen.core.privacy.context import (
    MAX_SPLIT_PART,
    Detector,
    _Context,
    _fold,
    _Hit,
    _pattern_allows,
)
from kbgen.core.privacy.definition_values import defined_below, defined_in_line
from kbgen.core.privacy.definition_values import needs as _definition_needs
from kbgen.core.privacy.delimited_columns import delimited_secrets
from kbgen.core.privacy.emails import _emails, _url_userinfos
from kbgen.core.privacy.empty_keys import _next_cell_values
from kbgen.core.privacy.empty_keys import needs as _next_cell_needs
from kbgen.core.privacy.encoded import _UTF7_SHIFT, _base64_payloads, _utf7_payloads
from kbgen.core.privacy.escaped import _escaped_needs, _escaped_payloads
from kbgen.core.privacy.fiction_phones import _fiction_phones
from kbgen.core.privacy.fiction_phones import needs as _fiction_needs
from kbgen.core.privacy.glued_numbers import _glued_numbers
from kbgen.core.privacy.glued_numbers import needs as _glued_number_needs
from kbgen.core.privacy.grouped_secrets import _grouped_secrets
from kbgen.core.privacy.grouped_secrets import line_needs as _grouped_line_needs
from kbgen.core.privacy.home_dns import _home_dns_names
from kbgen.core.privacy.home_dns import needs as _home_dns_needs
from kbgen.core.privacy.host_logins import _host_logins
from kbgen.core.privacy.host_logins import needs as _host_login_needs
from kbgen.core.privacy.identity_documents import identity_documents as _identity_documents
from kbgen.core.privacy.identity_documents import needs as _identity_document_needs
from kbgen.core.privacy.inflected_secret_words import inflected_secret_words as _inflected_words
from kbgen.core.privacy.inflected_secret_words import needs as _inflected_word_needs
from kbgen.core.privacy.joined_handles import joined_handles as _joined_handles
from kbgen.core.privacy.joined_handles import needs as _joined_handle_needs
from kbgen.core.privacy.joined_words import _joined_word_passwords
from kbgen.core.privacy.joined_words import needs as _joined_word_needs
from kbgen.core.privacy.key_file_names import _key_file_names
from kbgen.core.privacy.key_file_names import needs as _key_file_needs
from kbgen.core.privacy.keytab_keys import _keytab_keys
from kbgen.core.privacy.keytab_keys import needs as _keytab_needs
from kbgen.core.privacy.label_phrases import needs as _phrase_needs
from kbgen.core.privacy.label_phrases import phrase_labelled, phrase_labelled_below
from kbgen.core.privacy.labelled_secrets import labelled
from kbgen.core.privacy.labelled_secrets import needs as _labelled_needs
from kbgen.core.privacy.letter_passwords import _letter_passwords
from kbgen.core.privacy.letter_passwords import needs as _letter_needs
from kbgen.core.privacy.line_alone import Order, line_hits
from kbgen.core.privacy.login_phrases import needs as _login_phrase_needs
from kbgen.core.privacy.login_phrases import phrases as _phrases_with_logins
from kbgen.core.privacy.machine_zones import machine_zones as _machine_zones
from kbgen.core.privacy.machine_zones import needs as _machine_zone_needs
from kbgen.core.privacy.map_coordinates import map_coordinates as _map_coordinates
from kbgen.core.privacy.map_coordinates import needs as _map_coordinate_needs
from kbgen.core.privacy.named_values import named_below, named_on_line
from kbgen.core.privacy.named_values import needs as _named_value_needs
from kbgen.core.privacy.national_ids import _national_ids
from kbgen.core.privacy.national_ids import needs as _national_id_needs
from kbgen.core.privacy.networks import (
    _HOST_WORDS,
    _IPV4_HINT,
    _IPV6_HINT,
    _internal_hosts,
    _internal_ips,
    _numeric_hosts,
)
from kbgen.core.privacy.number_words import _number_words
from kbgen.core.privacy.number_words import needs as _number_word_needs
from kbgen.core.privacy.other_labels import needs as _other_labels_needs
from kbgen.core.privacy.other_labels import other_labelled
from kbgen.core.privacy.owned_secrets import _owned_secrets
from kbgen.core.privacy.owned_secrets import needs as _owned_needs
from kbgen.core.privacy.passphrases import _passphrases
from kbgen.core.privacy.passphrases import needs as _passphrase_needs
from kbgen.core.privacy.password_digests import _password_digests
from kbgen.core.privacy.password_digests import line_needs as _digest_line_needs
from kbgen.core.privacy.password_rows import _password_rows
from kbgen.core.privacy.password_rows import needs as _rows_needs
from kbgen.core.privacy.passwords import (
    _command_passwords,
    _flag_values,
    _passwords,
    _passwords_first,
    _prose_passwords,
)
from kbgen.core.privacy.passwords import _password_hint as _password_words
from kbgen.core.privacy.path_keys import HEX_RUN as _PATH_HEX
from kbgen.core.privacy.path_keys import _path_keys
from kbgen.core.privacy.path_tokens import _path_tokens
from kbgen.core.privacy.path_tokens import needs as _path_token_needs
from kbgen.core.privacy.payment_handles import needs as _payment_handle_needs
from kbgen.core.privacy.payment_handles import payment_handles as _payment_handles
from kbgen.core.privacy.payments import _cards, _ibans, card_hint
from kbgen.core.privacy.person_logins import _person_logins
from kbgen.core.privacy.person_logins import needs as _person_login_needs
from kbgen.core.privacy.person_secret_names import _person_secret_names
from kbgen.core.privacy.person_secret_names import needs as _person_secret_needs
from kbgen.core.privacy.phones import _PHONE_HINT, _phone_links, _phones
from kbgen.core.privacy.pins import _pins
from kbgen.core.privacy.pins import needs as _pin_needs
from kbgen.core.privacy.place_codes import needs as _place_code_needs
from kbgen.core.privacy.place_codes import place_codes as _place_codes
from kbgen.core.privacy.postal_addresses import _postal_addresses
from kbgen.core.privacy.postal_addresses import needs as _postal_needs
from kbgen.core.privacy.query_base64 import _query_base64
from kbgen.core.privacy.query_base64 import needs as _query_base64_needs
from kbgen.core.privacy.real_defaults import _real_defaults
from kbgen.core.privacy.real_defaults import needs as _real_default_needs
from kbgen.core.privacy.script_literals import joined_in_blocks
from kbgen.core.privacy.script_literals import line_needs as _script_literal_needs
from kbgen.core.privacy.script_literals import literals as _literals_in_scripts
from kbgen.core.privacy.secret_compounds import compounds as _compounds_in_names
from kbgen.core.privacy.secret_compounds import needs as _secret_compound_needs
from kbgen.core.privacy.secret_lists import listed_on_line as _listed_secrets
from kbgen.core.privacy.secret_lists import needs as _listed_secret_needs
from kbgen.core.privacy.secret_name_values import needs as _secret_name_value_needs
from kbgen.core.privacy.secret_name_values import secret_name_values as _secret_name_values
from kbgen.core.privacy.secret_parents import needs as _parent_needs
from kbgen.core.privacy.secret_parents import parented_below
from kbgen.core.privacy.set_passwords import _set_passwords
from kbgen.core.privacy.set_passwords import needs as _set_needs
from kbgen.core.privacy.shared_keys import needs as _shared_key_needs
from kbgen.core.privacy.shared_keys import shared_keys
from kbgen.core.privacy.shell_settings import line_needs as _shell_setting_line_needs
from kbgen.core.privacy.shell_settings import shell_settings
from kbgen.core.privacy.slashed_bank_details import needs as _slashed_bank_needs
from kbgen.core.privacy.slashed_bank_details import slashed_bank_details as _slashed_bank_details
from kbgen.core.privacy.spaced_hex import _spaced_hex
from kbgen.core.privacy.spaced_hex import needs as _spaced_hex_needs
from kbgen.core.privacy.spaced_settings import needs as _spaced_setting_needs
from kbgen.core.privacy.spaced_settings import spaced_settings
from kbgen.core.privacy.spaced_values import _spaced_needs, _spaced_values
from kbgen.core.privacy.split_passwords import (
    SHORT_NEEDS,
    _cell_passwords,
    _short_word_passwords,
    across_lines,
)
from kbgen.core.privacy.spoken_dots import _spoken_dots
from kbgen.core.privacy.spoken_dots import needs as _spoken_dot_needs
from kbgen.core.privacy.stated_placeholders import _stated_placeholders
from kbgen.core.privacy.tokens import (
    _TOKEN_NEEDS,
    _TOKEN_RE,
    _bearer_tokens,
    _high_entropy,
    _keyword_like,
    _query_keys,
    _secrets,
)
from kbgen.core.privacy.tool_keys import _tool_keys
from kbgen.core.privacy.tool_keys import needs as _tool_needs
from kbgen.core.privacy.uuencoded import _uuencoded
from kbgen.core.privacy.uuencoded import needs as _uuencoded_needs
from kbgen.core.privacy.values import _looks_like_key
from kbgen.core.privacy.vault_writes import needs as _vault_needs
from kbgen.core.privacy.vault_writes import vault_values as _vault_values
from kbgen.core.privacy.vcard_properties import needs as _vcard_needs
from kbgen.core.privacy.vcard_properties import vcard_properties as _vcard_properties
from kbgen.core.privacy.wallet_secrets import needs as _wallet_secret_needs
from kbgen.core.privacy.wallet_secrets import wallet_secrets
from kbgen.core.privacy.webhook_paths import NEEDS as _HOOK_NEEDS
from kbgen.core.privacy.webhook_paths import _webhook_keys
from kbgen.core.privacy.wep_keys import _wep_keys
from kbgen.core.privacy.wep_keys import needs as _wep_needs
from kbgen.core.privacy.wifi_codes import _wifi_codes
from kbgen.core.privacy.wifi_codes import needs as _wifi_code_needs
from kbgen.core.privacy.word_passwords import _word_passwords
from kbgen.core.privacy.word_passwords import needs as _word_password_needs
from kbgen.core.privacy.world_passwords import _world_passwords
from kbgen.core.privacy.world_passwords import needs as _world_needs
from kbgen.core.privacy.your_values import needs as _your_value_needs
from kbgen.core.privacy.your_values import your_values as _your_values
from kbgen.core.url_parts import Markup
from kbgen.core.word_needs import Words


def _hits_in_line(line: str, context: _Context, detectors: tuple[Detector, ...],
                  index: int = -1) -> list[_Hit]:
    """Findings of one line (line `index` of its text); earlier detectors win where values
    overlap."""
    taken: list[_Hit] = []
    markup: Markup | None = None  # read at the first hit a URL judges (most lines have none)
    starts: list[int] = []  # of `taken`, sorted: hits taken never overlap, so only the
    for detector, hits in line_hits(line, context, _order_of(detectors)):  # neighbours of a
        # new one's place can overlap it
        judged = detector in _URL_JUDGED
        for hit in hits:
            place = bisect.bisect_left(starts, hit.start)
            if (place > 0 and taken[place - 1].end > hit.start
                    or place < len(taken) and taken[place].start < hit.end):
                continue
            if judged and markup is None:
                markup = Markup.of(line)
            if judged and markup is not None and markup.harmless(
                    hit.start, hit.end, line,
                    _looks_like_key if detector is _high_entropy else None):
                continue  # an id, a file name or a tracking value in a URL; an element's id
            if not hit.allowed and _pattern_allows(line, hit, context.allowed.patterns):
                hit = replace(hit, allowed=True)
            if not hit.allowed:
                hit = _clearly_example(line, hit, context.default_region)
            if hit.reason and index >= 0:
                context.accept(index, hit, hit.reason)
            taken.insert(place, hit)
            starts.insert(place, hit.start)
    return [hit for hit in taken if not hit.allowed]


_COMMENT_JUDGES = (_passwords, _colon_letters, _config_letters, _pins, _passphrases,
                   _joined_word_passwords)
"""What judges a comment's value given as `password: <value>` (comment_values)."""


def _comment_values(line: str, context: _Context) -> Iterator[_Hit]:
    """A secret's real value in a comment beside its key's placeholder
    (kbgen.core.privacy.comment_values)."""
    return in_comments(line, None, lambda text: _hits_in_line(text, context, _COMMENT_JUDGES))


def _delimited_columns(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Values in a secret's column of delimited rows (delimited_columns)."""
    if not _comment_needs_key("\n".join(lines)):
        return iter(())
    return delimited_secrets(lines, lambda text: _hits_in_line(text, context, _COMMENT_JUDGES))


def _comment_values_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Labelled comment values on the line under a secret's key (comment_values)."""
    if not _comment_needs("\n".join(lines)):
        return iter(())
    return below_keys(lines, lambda text: _hits_in_line(text, context, _COMMENT_JUDGES))


def _labelled_secrets(line: str, context: _Context) -> Iterator[_Hit]:
    """A secret after a label that is no password key (`Token: …`, `The Wi-Fi key is …`,
    `login: admin / …`: kbgen.core.privacy.labelled_secrets)."""
    def judge(text: str) -> list[_Hit]:
        return _hits_in_line(text, context, _COMMENT_JUDGES)
    return chain(labelled(line, judge), other_labelled(line, judge))


def _phrase_labelled(line: str, context: _Context) -> Iterator[_Hit]:
    """A password or a login after a label phrase (`The default password of the live server:
    …`: kbgen.core.privacy.label_phrases), judged as after the label alone."""
    return phrase_labelled(line, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _phrase_values_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A value alone on the line under a label phrase ending its line (label_phrases)."""
    return phrase_labelled_below(
        lines, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _shared_keys(line: str, context: _Context) -> Iterator[_Hit]:
    """A pre-shared key under a Wi-Fi or VPN setting's name (`psk: …`, `set psksecret …`:
    kbgen.core.privacy.shared_keys)."""
    return shared_keys(line, lambda text: _hits_in_line(text, context, _COMMENT_JUDGES))


def _spaced_settings(line: str, context: _Context) -> Iterator[_Hit]:
    """A secret a setting gives after a space only (`requirepass …`, `password 'hunter2'`:
    kbgen.core.privacy.spaced_settings)."""
    return spaced_settings(line, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _shell_settings(line: str, context: _Context) -> Iterator[_Hit]:
    """A secret a shell sets without `=` (`set -x DB_PASSWORD …`, `setenv`, `setx`,
    PowerShell's `SetEnvironmentVariable`: kbgen.core.privacy.shell_settings)."""
    return shell_settings(line, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


_VALUE_JUDGES = (*_COMMENT_JUDGES, _labelled_secrets, _world_passwords)
"""What judges a value given as `<secret's word>: <value>` by a reading that found it
(secret_compounds, login_phrases): not secret_compounds itself, which would read its own
`password: …` again."""


def _named_values(line: str, context: _Context) -> Iterator[_Hit]:
    """A secret given as `value` beside its setting's `name` on one line (`{"name":
    "DB_PASSWORD", "value": …}`: kbgen.core.privacy.named_values)."""
    return named_on_line(line, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _named_values_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A secret given as `value` under its setting's `name` (`- name: DB_PASSWORD` /
    `value: …`: named_values)."""
    if not _named_value_needs("\n".join(lines), _fold("\n".join(lines))):
        return iter(())
    return named_below(lines, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))




def _parented_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A secret under a key naming secrets (`secrets:` / `db:` / `value: …`) or behind a
    YAML anchor or tag (`password: &pw …`: secret_parents)."""
    text = "\n".join(lines)
    if not _parent_needs(text, text):
        return iter(())
    return parented_below(lines, lambda line: _hits_in_line(line, context, _DEFINITION_JUDGES))


def _definitions(line: str, context: _Context) -> Iterator[_Hit]:
    """A secret as the definition of the term naming it, on one line
    (`<dt>NAME</dt><dd>…</dd>`: kbgen.core.privacy.definition_values)."""
    return defined_in_line(line, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _listed_arguments(line: str, context: _Context) -> Iterator[_Hit]:
    """A secret after its flag in a list of arguments (`["--client-secret","…"]`:
    kbgen.core.privacy.argument_lists)."""
    return listed(line, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _script_literals(line: str, context: _Context) -> Iterator[_Hit]:
    """A literal a script writes inside a variable's expansion (`${DB_PASSWORD:-…}`,
    `default('…')`, `%pw:x=…%`, `set pw=%Tr0ub4dor3%`) or joins to an assignment with `+`
    (kbgen.core.privacy.script_literals)."""
    return _literals_in_scripts(line, lambda text: _hits_in_line(text, context,
                                                                 _DEFINITION_JUDGES))


def _login_phrases(line: str, context: _Context) -> Iterator[_Hit]:
    """A password given in prose beside its login (`log in as admin / Summer2024!`, `admin /
    Summer2024! でログイン`: kbgen.core.privacy.login_phrases)."""
    return _phrases_with_logins(line, lambda text: _hits_in_line(text, context,
                                                                 _DEFINITION_JUDGES))


def _secret_compounds(line: str, context: _Context) -> Iterator[_Hit]:
    """A value set under a name ending in a secret's word glued to another (`wifi-psk = …`,
    `sharedsecret = …`, `--unlock-phrase …`: kbgen.core.privacy.secret_compounds)."""
    return _compounds_in_names(line, lambda text: _hits_in_line(text, context,
                                                                _VALUE_JUDGES))


_DEFINITION_JUDGES = (*_VALUE_JUDGES, _secret_compounds)
"""What judges a definition given as `<term>: <definition>` (definition_values); a name
ending in a secret's word glued to another is one (`wifi-psk` / `:   …`: gap64)."""


def _wallet_secrets(line: str, context: _Context) -> Iterator[_Hit]:
    """A wallet's seed phrase, and its passphrase judged as a password's
    (kbgen.core.privacy.wallet_secrets)."""
    return wallet_secrets(line, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _joined_script_values(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A value a code block joins from literals it set (`set one=Zq8r`, `set two=T2vL`, `set
    password=%one%%two%`: kbgen.core.privacy.script_literals), read as written (`%ab%` is no
    escape there)."""
    written = list(context.written) if len(context.written) == len(lines) else lines
    return joined_in_blocks(written, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _arguments_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A secret on the line under its flag in a list of arguments (argument_lists)."""
    return listed_below(lines, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


def _definitions_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A secret as the definition under the term naming it (definition_values)."""
    if not _definition_needs("\n".join(lines)):
        return iter(())
    return defined_below(lines, lambda text: _hits_in_line(text, context, _DEFINITION_JUDGES))


_MARKED = frozenset({_passwords, _flag_values, _command_passwords, _prose_passwords,
                     _passwords_first, _bare_passwords, _owned_secrets, _world_passwords,
                     _letter_passwords, _colon_letters, _password_rows, _config_letters,
                     _comment_values, _any_script_stated, _cell_passwords, _pins, _secrets,
                     _access_codes, _wep_keys, _word_passwords, _keytab_keys, _real_defaults,
                     _url_userinfos, _emails, _labelled_secrets, _passphrases, _tool_keys,
                     _phrase_labelled, _joined_word_passwords, _secret_compounds,
                     _login_phrases})
"""What is looked for again in a line with its leading marks blanked (leading_marks): what
reads a key, a label or a cell before its value (a line's start anchors it)."""


DETECTORS: tuple[Detector, ...] = (
    _base64_payloads,
    _utf7_payloads,
    _real_defaults,
    _password_digests,
    _secret_name_values,
    _bech32_secrets,
    _secrets,
    _url_userinfos,
    _passwords,
    _flag_values,
    _command_passwords,
    _prose_passwords,
    _passwords_first,
    _bare_passwords,
    _stated_placeholders,
    _owned_secrets,
    _world_passwords,
    _letter_passwords,
    _grouped_secrets,
    _person_secret_names,
    _vault_values,
    _word_passwords,
    _joined_word_passwords,
    _colon_letters,
    _password_rows,
    _config_letters,
    _comment_values,
    _any_script_stated,
    _cell_passwords,
    _next_cell_values,
    _short_word_passwords,
    _pins,
    _set_passwords,
    _tool_keys,
    _keytab_keys,
    _access_codes,
    _wep_keys,
    _wifi_codes,
    _query_keys,
    _path_keys,
    _path_tokens,
    _webhook_keys,
    _bearer_tokens,
    _cards,
    _ibans,
    _bank_accounts,
    _slashed_bank_details,
    _host_logins,
    _person_logins,
    _emails,
    _phone_links,
    _phones,
    _fiction_phones,
    _internal_ips,
    _numeric_hosts,
    _internal_hosts,
    _home_dns_names,
    _postal_addresses,
    _national_ids,
    _identity_documents,
    _machine_zones,
    _vcard_properties,
    _payment_handles,
    _joined_handles,
    _map_coordinates,
    _place_codes,
    _high_entropy,
    _labelled_secrets,
    _shared_keys,
    _shell_settings,
    _spaced_settings,
    _listed_secrets,
    _named_values,
    _phrase_labelled,
    _definitions,
    _listed_arguments,
    _passphrases,
    _your_values,
    _any_addresses,
    _chat_invites,
    _escaped_payloads,
    _spelt_addresses,
    _spaced_values,
    _spaced_hex,
    _base_encoded,
    _query_base64,
    _backwards,
    _number_words,
    _compound_numbers,
    _byte_numbers,
    _uuencoded,
    _glued_numbers,
    _spoken_dots,
    _key_file_names,
    _script_literals,
    _wallet_secrets,
    _login_phrases,
    _secret_compounds,
    _inflected_words,
)
"""In priority order: where two detectors find overlapping values, the earlier one wins (leak39's
label, definition, argument and passphrase rules last: they read a value as a password's where
no other rule found it)."""

DECODING = frozenset({_utf7_payloads, _escaped_payloads, _spelt_addresses, _spaced_values,
                      _spaced_hex, _base_encoded, _backwards, _number_words,
                      _compound_numbers, _byte_numbers, _uuencoded, _query_base64,
                      _glued_numbers, _spoken_dots})
"""Detectors that read a line again decoded (encoded.decoded_hits), not run inside that."""

_URL_JUDGED = frozenset({_cards, _ibans, _phones, _high_entropy})
"""Detectors whose values are dropped where a URL or an attribute shows what they are (record
ids and file names in paths, tracking parameters, element ids: kbgen.core.url_parts)."""

_IBAN_HINT = re.compile(r"\d\d(?<=[A-Za-z]{2}\d\d)")
"""Two letters, then two digits: looked for from the digits (prose is mostly letters, so a
search from the letters tries almost every position; this one takes half the time)."""

_TOKEN_DIGIT_HINT = re.compile(r"[^A-Za-z0-9+/_=-](?=[A-Za-z0-9+/_=-]{20})[A-Za-z0-9+/_=-]*?\d")
"""What _IBAN_RE and _TOKEN_RE (but at the text's start) match, without their look-behind: one
at the start of a regex keeps re from skipping quickly to where a match can begin. A token also
needs a digit, as _looks_like_key rejects values without one (slugs have none)."""

_PHONE_LINK_WORDS = ("tel", "sms", "callto", "facetime", "whatsapp", "wa.me", "t.me", "viber")
"""What _PHONE_LINK_RE needs, folded."""


@lru_cache(maxsize=2)
def _password_hint(folded: str) -> bool:
    """_password_words of a folded text or line, asked once however many detectors need it
    (five do, one after another)."""
    return _password_words(folded)


_SHORT_NEEDED, _HOOK_NEEDED, _PHONE_LINK_NEEDED, _HOST_NEEDED = (
    Words(SHORT_NEEDS), Words(_HOOK_NEEDS), Words(_PHONE_LINK_WORDS), Words(_HOST_WORDS))
"""Lists of words the needs below ask, asked quickly (word_needs)."""


_NEEDS: dict[Detector, Callable[[str, str], bool]] = {
    _base64_payloads: lambda text, folded: "base64," in folded or "basic" in folded,
    _utf7_payloads: lambda text, folded: "+" in text and bool(_UTF7_SHIFT.search(text)),
    _escaped_payloads: _escaped_needs,
    _password_digests: lambda text, folded: _digest_line_needs(text),
    _spelt_addresses: _spelt_needs,
    _spaced_values: _spaced_needs,
    _spaced_hex: lambda text, folded: _spaced_hex_needs(text),
    _base_encoded: _base_encoded_needs,
    _backwards: _backwards_needs,
    _number_words: _number_word_needs,
    _compound_numbers: _compound_number_needs,
    _byte_numbers: _byte_number_needs,
    _uuencoded: _uuencoded_needs,
    _glued_numbers: _glued_number_needs,
    _spoken_dots: _spoken_dot_needs,
    _key_file_names: _key_file_needs,
    _script_literals: _script_literal_needs,
    _wallet_secrets: _wallet_secret_needs,
    _login_phrases: _login_phrase_needs,
    _secret_compounds: _secret_compound_needs,
    _inflected_words: lambda text, folded: _inflected_word_needs(folded),
    _query_base64: lambda text, folded: _query_base64_needs(text),
    _home_dns_names: _home_dns_needs,
    _postal_addresses: lambda text, folded: _postal_needs(text),
    _national_ids: lambda text, folded: _national_id_needs(folded),
    _payment_handles: lambda text, folded: _payment_handle_needs(folded),
    _joined_handles: lambda text, folded: _joined_handle_needs(folded),
    _identity_documents: lambda text, folded: _identity_document_needs(text),
    _machine_zones: lambda text, folded: _machine_zone_needs(text),
    _vcard_properties: lambda text, folded: _vcard_needs(text),
    _map_coordinates: lambda text, folded: _map_coordinate_needs(text),
    _place_codes: lambda text, folded: _place_code_needs(text),
    _bank_accounts: lambda text, folded: _bank_account_needs(folded),
    _slashed_bank_details: lambda text, folded: _slashed_bank_needs(text),
    _passwords: lambda text, folded: _password_hint(folded) or "credential" in folded,
    _prose_passwords: lambda text, folded: _password_hint(folded),
    _passwords_first: lambda text, folded: _password_hint(folded) or "pin" in folded,
    _bare_passwords: lambda text, folded: _password_hint(folded),
    _stated_placeholders: lambda text, folded: _password_hint(folded),
    _owned_secrets: lambda text, folded: _owned_needs(folded),
    _world_passwords: lambda text, folded: _world_needs(folded),
    _letter_passwords: lambda text, folded: _letter_needs(folded),
    _grouped_secrets: lambda text, folded: _grouped_line_needs(folded),
    _person_secret_names: lambda text, folded: _person_secret_needs(folded),
    _vault_values: lambda text, folded: _vault_needs(folded),
    _word_passwords: _word_password_needs,
    _joined_word_passwords: lambda text, folded: _password_hint(folded) and _joined_word_needs(
        text, folded),
    _colon_letters: lambda text, folded: _colon_needs(folded),
    _password_rows: lambda text, folded: _rows_needs(folded),
    _config_letters: lambda text, folded: _config_needs(folded),
    _comment_values: lambda text, folded: _comment_needs(text),
    _any_script_stated: lambda text, folded: _letter_needs(folded),
    _cell_passwords: lambda text, folded: ("|" in text or "</t" in folded) and (
        _password_hint(folded) or _world_needs(folded) or "pin" in folded),
    _next_cell_values: _next_cell_needs,
    _short_word_passwords: lambda text, folded: _SHORT_NEEDED(folded),
    _pins: lambda text, folded: _pin_needs(folded),
    _bech32_secrets: lambda text, folded: _bech32_needs(folded),
    _set_passwords: lambda text, folded: _set_needs(folded),
    _labelled_secrets: lambda text, folded: _labelled_needs(folded) or _other_labels_needs(folded),
    _phrase_labelled: lambda text, folded: _phrase_needs(folded),
    _definitions: lambda text, folded: "<dd" in folded,
    _listed_arguments: lambda text, folded: _listed_needs(text),
    _passphrases: lambda text, folded: _passphrase_needs(folded),
    _your_values: _your_value_needs,
    _any_addresses: _any_address_needs,
    _chat_invites: _chat_invite_needs,
    _tool_keys: _tool_needs,
    _real_defaults: _real_default_needs,
    _keytab_keys: _keytab_needs,
    _access_codes: lambda text, folded: _access_code_needs(folded),
    _wep_keys: _wep_needs,
    _wifi_codes: lambda text, folded: _wifi_code_needs(folded),
    _shared_keys: lambda text, folded: _shared_key_needs(folded),
    _shell_settings: _shell_setting_line_needs,
    _spaced_settings: lambda text, folded: _spaced_setting_needs(folded),
    _listed_secrets: _listed_secret_needs,
    _named_values: _named_value_needs,
    _secret_name_values: lambda text, folded: _secret_name_value_needs(text),
    _query_keys: lambda text, folded: "=" in text and (
        "://" in text or "](" in text or "href" in folded or "src" in folded),
    _path_keys: lambda text, folded: "/" in text and bool(_PATH_HEX.search(text)),
    _webhook_keys: lambda text, folded: "/" in text and _HOOK_NEEDED(folded),
    _path_tokens: _path_token_needs,
    _bearer_tokens: lambda text, folded: "bearer" in folded,
    _secrets: lambda text, folded: (
        _keyword_like(text) or any(need.search(folded) for need in _TOKEN_NEEDS)
    ),
    _cards: lambda text, folded: card_hint(text),
    _ibans: lambda text, folded: bool(_IBAN_HINT.search(text)),
    _host_logins: _host_login_needs,
    _person_logins: _person_login_needs,
    _emails: lambda text, folded: "@" in text,
    _url_userinfos: lambda text, folded: "://" in text and "@" in text,
    _flag_values: lambda text, folded: "-" in text and "=" in text,
    _command_passwords: lambda text, folded: _command_needs(text),
    _phones: lambda text, folded: bool(_PHONE_HINT.search(text)),
    _fiction_phones: lambda text, folded: _fiction_needs(text),
    _phone_links: lambda text, folded: _PHONE_LINK_NEEDED(folded),
    _internal_ips: lambda text, folded: bool(
        _IPV4_HINT.search(text) or _IPV6_HINT.search(text)
    ),
    _internal_hosts: lambda text, folded: _HOST_NEEDED(folded),
    _numeric_hosts: lambda text, folded: "//" in text or "\\\\" in text,
    _high_entropy: lambda text, folded: bool(
        _TOKEN_RE.match(text) or _TOKEN_DIGIT_HINT.search(text)
        or _TOKEN_DIGIT_HINT.match(" " + text[:MAX_SPLIT_PART])  # `KEY=...` opening the text
    ),
}
"""What each detector needs somewhere in a text to find anything in it (each also checks its
own lines): one search of a whole article spares most detectors most of its lines. Each is a
cheap superset of what the detector's own lines need; `folded` is the text's _fold."""

_NEED_PAIRS = tuple((detector, _NEEDS[detector]) for detector in DETECTORS)
"""DETECTORS with their needs, in priority order (what _may_find asks ~80 of for each text,
without a look-up in _NEEDS for each)."""


_LINE_NEEDS: dict[Detector, Callable[[str, str], bool]] = {
    **{detector: _NEEDS[detector] for detector in (
        _passwords, _prose_passwords, _bare_passwords, _stated_placeholders, _passwords_first,
        _world_passwords, _phone_links, _set_passwords, _labelled_secrets)},
    _joined_word_passwords: lambda line, folded: _password_hint(folded),
    _shell_settings: _shell_setting_line_needs,
    _your_values: lambda line, folded: ("=" in line or ":" in line) and _your_value_needs(
        line, folded),
    _listed_secrets: lambda line, folded: ("," in line or "(" in line or "[" in line
                                           or ";" in line) and _listed_secret_needs(line, folded),
    _grouped_secrets: lambda line, folded: _grouped_line_needs(folded),
    _password_digests: lambda line, folded: _digest_line_needs(line),
    _login_phrases: _login_phrase_needs,
}
"""Detectors asked of a line only when the line holds what they need (their _NEEDS, which
holds for each of its lines too, or the half of it that does): each would search the line with
expressions of many words, and most lines of a text that has the word somewhere lack it.
Joined words' keys all hold a password word, but its marks need holds only of a whole text
(`db_password JaneDatabasePassword` has none on its line). Shell settings, `your-…` values
(after a key's `:` or `=`), secrets' lists, labelled secrets, grouped secrets and password
digests by the words or marks their own expressions hold on the line (cpu55: their text's
needs are met by most texts, and each tried its expressions at every character of every
line). Login phrases by their text's need (each of its shapes reads the line alone and holds
one of the need's words; 21% of the lines of the seen corpora's texts that meet it do, and the
shapes were 8% of their scan's samples: gatefast68)."""


_BITS = {detector: 1 << place for place, detector in enumerate(DETECTORS)}
"""Each detector's bit in a line's kept reading (line_alone.Order), in priority order."""


@lru_cache(maxsize=64)
def _order_of(detectors: tuple[Detector, ...]) -> Order:
    """`detectors` as line_alone reads them, with their bits and line needs (the same few
    tuples are asked of every line)."""
    return Order(detectors, _BITS, _LINE_NEEDS)


def _line_detectors(line: str, detectors: tuple[Detector, ...]) -> tuple[Detector, ...]:
    """`detectors` but those of _LINE_NEEDS whose need `line` lacks, in their order (what
    line_hits asks of the line)."""
    return _order_of(detectors).wanted(line)


_RENDERED_DETECTORS = frozenset({_secrets, _url_userinfos, _passwords, _flag_values, _cards,
                                 _command_passwords, _passwords_first,
                                 _ibans, _emails, _phones, _internal_ips, _internal_hosts,
                                 _host_logins,
                                 _prose_passwords, _bare_passwords, _stated_placeholders,
                                 _world_passwords, _letter_passwords, _cell_passwords,
                                 _short_word_passwords, _pins, _owned_secrets, _any_script_stated,
                                 _set_passwords, _labelled_secrets, _definitions,
                                 _access_codes, _wep_keys, _person_logins, _word_passwords,
                                 _keytab_keys,
                                 _listed_arguments, _tool_keys,
                                 _phrase_labelled, _joined_word_passwords, _grouped_secrets,
                                 _secret_compounds, _login_phrases, _national_ids,
                                 _bank_accounts})
"""What is also looked for in a line as shown (tags and emphasis marks gone): values that a
reader sees whole although the source splits them."""


def _may_find(text: str, among: Collection[Detector] | None = None) -> tuple[Detector, ...]:
    """The detectors (of `among`, if given) that could find something in `text`, in
    priority order. A short text's answer is kept (`_may_find_kept`)."""
    if len(text) <= KEPT_LENGTH:
        return _may_find_kept(text, None if among is None else frozenset(among))
    return _may_find_read(text, among)


KEPT_LENGTH = 200
"""Texts up to this long have their detectors kept: a help centre repeats its short texts
(a step, a note, the window a wrapped line is read in: 19% of the calls of a 2,000-article
build's gate, 1 in 5 of its ~160 µs each); longer ones rarely come back."""


@lru_cache(maxsize=1 << 13)
def _may_find_kept(text: str, among: frozenset[Detector] | None) -> tuple[Detector, ...]:
    """`_may_find_read`, kept by the text: every need is a function of the text alone."""
    return _may_find_read(text, among)


def _may_find_read(text: str, among: Collection[Detector] | None = None
                   ) -> tuple[Detector, ...]:
    """`_may_find`, each need asked."""
    folded = _fold(text)
    return tuple(detector for detector, need in (
        _NEED_PAIRS if among is None else _needs_among(frozenset(among)))
        if need(text, folded))


@lru_cache(maxsize=8)
def _needs_among(among: frozenset[Detector]) -> tuple[tuple[Detector, Callable[[str, str],
                                                                              bool]], ...]:
    """_NEED_PAIRS of the detectors in `among` (the same two or three sets are asked)."""
    return tuple((detector, need) for detector, need in _NEED_PAIRS if detector in among)


_ACROSS = (_passwords, _prose_passwords, _bare_passwords, _world_passwords, _letter_passwords,
           _any_script_stated, _pins, _set_passwords)
"""What is looked for where a line's end is read with the next line's start."""


def _across_hint(folded: str) -> bool:
    return _password_hint(folded) or _world_needs(folded) or _pin_needs(folded)


def _passwords_across_lines(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Passwords and PINs whose sentence is hard-wrapped between the word and the value
    (kbgen.core.privacy.split_passwords)."""
    return across_lines(lines, lambda text: _hits_in_line(text, context, _ACROSS),
                        _across_hint)

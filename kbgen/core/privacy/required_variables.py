"""A variable's required-value check, not its value (issue 19, branch fp68): Docker Compose and
POSIX shells read `${REDIS_PASSWORD:?Variable is not set or empty}` as "the value of
REDIS_PASSWORD, or stop with this message" (`$${…}` in a Compose command). The colon there is
no label's: what follows `:?` is an error message, never the password.

Only a message of words is one (two or more words of letters in any script, maybe ending with a
mark, or variables' names in capitals: `must be set`, `set DB_PASSWORD first`): a value given
as the "message" (`${PW:?Kq8vNz3Lw2}`), a default after `:-` or `:=` (`${PW:-hunter2}`, which
is used as the password), and anything that does not close with `}` on the line stay the
password rules'."""

from __future__ import annotations

import re

from kbgen.core.folded_words import folded_pattern

MAX_NAME = 128
"""A variable's name is read back from its `:?` at most this far (bounded work per colon)."""
MAX_MESSAGE = 200
"""A message closes with `}` within this many characters of its `:?`."""
PROSE_AROUND = 200
"""How far before and after the expansion prose calling it the password is looked for."""

_EXPANSION = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\Z")
"""`${NAME` just before the colon (the password word ends NAME)."""

_WORD = re.compile(r"[^\W\d_]+[.,;:!]?|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[.,;:!]?")
"""A word of letters, or a variable's name in capitals (`DB_PASSWORD`)."""


_MESSAGE_WORD = re.compile(
    r"(?i)(?<!\w)(?:set|unset|required?|missing|must|empty|not|defined|undefined|needed|need"
    r"|provided?|specif(?:y|ied)|supply|give|no|nicht|gesetzt|fehlt|leer|erforderlich|muss"
    r"|definiert|angeben|pas|défini|definie|requise?|manquante?|doit|vide|obligatoire|falta"
    r"|definida|definido|requerid[ao]|debe|vac[ií]a|obrigat[óo]ri[ao]|deve|vazia|não|nao"
    r"|impostat[ao]|richiest[ao]|manca|vuot[ao]|non|niet|ingesteld|verplicht|leeg)(?!\w)"
    r"|設定|必須|未設定|必要|空")
"""A word an error message about a missing value holds (`is not set`, `ist nicht gesetzt`,
`n'est pas défini`, `no definida`, `未設定`): a closed list, but it only lets a message pass
that also has no prose calling it the password around it."""

_CALLED_PASSWORD = re.compile(
    folded_pattern(
    r"(?i)\bpass(?:word|wort|phrase|wd)\b|mot de passe|contrase[ñn]a|\bsenha\b|パスワード"
    r"|wachtwoord|has[łl]o|пароль|\bparola d'ordine\b"))
"""Prose naming a password beside the expansion (`that is our real admin password`)."""


def required_message(line: str, colon: int) -> bool:
    """The `:` at `colon` is the `:?` of `${NAME:?message}`, NAME ending just before it and
    the message two or more words that read as a message (rev68 finding 3): one holds a
    message's word or the variable's name, and no prose outside the expansion calls it the
    password. Capitalised nouns (`Jaguar Ocean`) or a passphrase (`correct horse battery
    staple`) with none of them are a value written where the default goes."""
    if not line.startswith(":?", colon):
        return False
    expansion = _EXPANSION.search(line, max(0, colon - MAX_NAME), colon)
    close = line.find("}", colon, colon + MAX_MESSAGE) if expansion else -1
    if expansion is None or close < 0:
        return False
    message = line[colon + 2:close]
    words = message.split()
    if len(words) < 2 or not all(_WORD.fullmatch(word) for word in words):
        return False
    name = line[expansion.start() + 2:colon]
    if not (_MESSAGE_WORD.search(message) or name in message):
        return False
    before = line[max(0, expansion.start() - PROSE_AROUND):expansion.start()]
    return not (_CALLED_PASSWORD.search(before)
                or _CALLED_PASSWORD.search(line, close + 1, close + 1 + PROSE_AROUND))

"""Passwords of letters only, stated in a sentence (`the password is sunflower.`, `Das
Passwort lautet Sonnenblume.`, `パスワードは「sunflower」です`): the other password rules ask
for a digit or a symbol, as prose names things after the word (issue 19, branch leak34).

The value must end the sentence (or be quoted) and be one word that does not describe the
password (`the password is incorrect.`, `… is required`, `… is case-sensitive`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.values import _NOT_PASSWORDS, _PLACEHOLDER_WORDS
from kbgen.core.word_forms import read_forms
from kbgen.core.word_needs import Words

WORDS = ("password", "passphrase", "passcode", "passwort", "kennwort", "wachtwoord",
         "contraseña", "contrasena", "senha", "mot de passe", "lösenordet", "losenordet",
         "lösenord", "salasana", "hasło", "haslo", "пароль", "パスワード", "密码", "密碼",
         "parola", "heslo", "wifi-passwort", "wlan-passwort")
"""Password words whose sentences are read for a value of letters; folded."""

_FORMS = sorted({*WORDS, *(form for word in WORDS for form in read_forms(word))}, key=len,
                reverse=True)

_WORD_VERBS = r"is|was|remains|ist|lautet|heißt|heisst|est|es|è|é|är|jest|это"
"""Verbs written as words (`is`, `lautet`): a space before, no letter after."""

_NEAR_VERBS = r"on|je|er"
"""Verbs that are English words too (`salasana on …`, `heslo je …`, `passordet er …`): only
right after the password word (`password will be assigned on startup` is no statement)."""

_SIGN_VERBS = r"—|–|(?<=[ \t])-(?=[ \t])|は|が|是|为|為"
"""Dashes (a hyphen between spaces: `password-manager` is a word), and the particles of
languages that do not space their words (`パスワードは`)."""

_SINGULAR_NOUNS = (r"authentication|auth|manager|managers|field|fields|policy|policies|reset"
                   r"|change|prompt|length|hash|file|key|rule|rules|requirement|requirements"
                   r"|protection|login|recovery|expiry|strength|generator|generation|option"
                   r"|setting|settings|box|dialog|form|hint|page|screen|store|vault|section"
                   r"|suggestion|suggestions")
"""Nouns right after the password word: the sentence is about that thing (`Password
authentication is not supported on Roihu`)."""

_PLURAL_NOUNS = (r"files|keys|hashes|prompts|lengths|options|boxes|dialogs|forms|hints|pages"
                 r"|screens|stores|vaults|sections|changes|resets|generators|logins")
"""The same nouns in the plural (`use Apache2 password files`, Frigate's docs). Each is also a
verb's form (`The guest password changes daily and today is Gingerbread.`, rev69): in a
statement a plural is taken as the noun only where its clause ends right after it."""

_OTHER_NOUNS = f"{_SINGULAR_NOUNS}|{_PLURAL_NOUNS}"
"""Nouns right after the password word, one or many, where a verb gives the password (`use the
password files`, word_passwords): a verb's form cannot stand there."""

_CLAUSE_ENDS = r"[ \t]*(?:[.,;:!?)\]]|$)"
"""Where a plural ends its clause (`password files.`, `[Apache2 password files](…)`): what a
noun allows and a verb's form, which goes on to its adverb or object (`changes daily`, `resets
at midnight`, `changes and is …`), does not."""

_FILLER = (r"(?:[ \t]+(?!(?:is|was|are|ist|lautet|est|es|är|not|no|nicht|pas|ei)(?![^\W\d_]))"
           r"[^\s:：,;.!?]{1,30})")
"""A word between the password word and its verb: never a common verb or a negation itself
(`on`, Finnish for `is`, is also English `on the sticker`)."""

_STATED = re.compile(
    folded_pattern(rf"(?i)(?<![a-z_.-])(?:{'|'.join(re.escape(form) for form in _FORMS)})(?![a-z])"
    rf"(?![ \t]+(?:{_SINGULAR_NOUNS})(?![^\W\d_]))"
    rf"(?![ \t]+(?:{_PLURAL_NOUNS})(?![^\W\d_]){_CLAUSE_ENDS})"
    rf"(?:'s|’s|[ \t]+(?:{_NEAR_VERBS})(?![^\W\d_])|{_FILLER}{{0,5}}?"
    rf"(?:[ \t]+(?:{_WORD_VERBS})(?![^\W\d_])|[ \t]*(?:{_SIGN_VERBS})))"
    r"(?:[ \t]*[:：])?(?:[ \t]+(?:now|still|simply|just|set[ \t]+to|changed[ \t]+to))?[ \t]*"
    r"(?:(?P<open>[\"'`“‘「『]|\*\*)[ \t]*)?"
    r"(?<![A-Za-z])(?P<value>[A-Za-z]{4,64})"
    r"(?(open)[ \t]*[\"'`”’」』*]|(?=[ \t]*(?:[.!,;]+(?:[ \t\"'”’<)]|$)|$|[)」\"'”’<]|です)))"))
"""A password word (not the end of a name, `DB_PASSWORD`), a few words and a verb (not `:`:
`password: postgres` is a configuration's documented default), then one word of Latin letters,
quoted or ending the sentence."""

_DESCRIBING = frozenset("""
required optional mandatory needed necessary incorrect invalid wrong correct right valid empty
blank missing weak strong secure insecure long short unique same different secret private
hidden visible public random unknown known case sensitive encrypted hashed stored saved set
reset changed expired locked shown sent given used ignored accepted rejected generated
sufficient enough too not also now then still only never always here there below above
yours mine ours theirs his hers ok okay fine good bad safe unsafe new old temporary
permanent default same none null nothing something anything everything disabled enabled
wrong forgotten lost stolen leaked compromised available unavailable supported
provided optional obligatory erforderlich optional falsch richtig korrekt ungültig
requis obligatoire incorrect invalide facultatif requerido obligatorio opcional incorrecta
obrigatória obrigatorio opcional incorreta
""".split())
"""Words a sentence about a password ends with that say what it is like, not what it is."""

_DESCRIBING_END = re.compile(r"(?i)(?:ed|ing|able|ible|ive|ous|ful|less|ly|ent|ant|ary|ory|al"
                             r"|ic|ical|ish)$")
"""Endings of words that describe (participles, adjectives, adverbs)."""


def _letter_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A word of letters stated as the password."""
    for match in _STATED.finditer(line):
        value = match.group("value")
        if plain_password(value, quoted=bool(match.group("open"))):
            yield _famous_or_hit(line, match.start("value"), value)


def plain_password(value: str, quoted: bool = False) -> bool:
    """A word of letters that can be a password given in prose (`sunflower`, `Sonnenblume`):
    not a word that describes one, a placeholder or a field's name; a quoted word need only be
    no placeholder."""
    lowered = value.lower()
    if len(value) < 4 or lowered in _NOT_PASSWORDS or len(set(lowered)) <= 2:
        return False
    if any(word in lowered for word in (*_PLACEHOLDER_WORDS, "password", "passwort")):
        return False
    if value.isupper() and len(value) > 1:
        return False  # `PASSWORD`, `SECRET`: a name, in capitals
    if quoted:
        return True
    return lowered not in _DESCRIBING and not _DESCRIBING_END.search(lowered)


_NEEDED = Words(_FORMS)
"""_FORMS, asked quickly (word_needs)."""


def needs(folded: str) -> bool:
    """A folded text holds one of WORDS."""
    return _NEEDED(folded)

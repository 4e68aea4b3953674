"""Values that say themselves they are examples, for the gate (kbgen.core.privacy).

Each rule reads the value itself, not the sentence around it, and each names its reason so
that a reviewer can see why a value was accepted (`bench/gate.py --show`):

- **A password that spells out that it is one.** Every word of it is `password`, `secret`,
  `passwd`, ... or a word that only qualifies one (`my`, `super`, `bad`, `example`, `test`),
  with at most one other plain word between explicit separators (`my_robot_password`) and
  digits only at its end (`secretPassword123`, `supers3cr3t` read as `supersecret`). A real
  password in an example's clothes keeps a symbol, a digit inside or a second word of its
  own (`Tr0ub4dor&3`, `hunter2Secret`, `correct-horse-battery-password`): still a finding.
  In a URL (`postgres://app:mysecretpassword@db/app`) the words must be written plainly.
- **A credential's field name as its value** (`BW_CLIENTSECRET="client_secret"`,
  `client_secret: "clientSecret"`): a template's stand-in.
- **A software's default credential.** `admin`, `root`, `postgres`, `guest`, `user`: the
  value every installation starts with, or the name of the field or service it is given to
  (`POSTGRESQL_PASSWORD=postgres`).
- **A base64 value that decodes to a sentence calling itself an example**
  (`dGhpc19pc19hX2JhZF90b2tlbgo=` is `this_is_a_bad_token`).
- **A certificate's key identifier in a boot log** (`Loaded X.509 cert 'CentOS Linux kernel
  signing key: d4115f11…'`): the hex names a public certificate the kernel loaded.
- **A host name that says the reader puts their own there**: a label `my-…`, `your_…`,
  `myapp`, `example`, `appname` (`my-app.internal`, `top1.nearest.of.your-db.internal`);
  `mysql.corp`, `payroll.acme.internal` and `yourdb.acme-corp.internal` are someone's hosts,
  still findings: the placeholder must be the label that names the owner (before the suffix).

Numbers reserved for fiction (`555`, Ofcom's drama ranges) and jwt.io's example token (`John
Doe`) are not accepted: kbgen's own tests write real customers' numbers and tokens with them,
and a gate cannot tell a stand-in for a real value from the real one.
(North American directory assistance, `NPA-555-1212`, is a public service, not fiction:
kbgen.core.privacy.directory_assistance.)
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from functools import lru_cache

from kbgen.core import (
    counted_values,
    default_pairs,
    example_domains,
    field_words,
    published_passwords,
    stand_in_words,
)
from kbgen.core.claim_words import CASE, LIVE, words
from kbgen.core.home_devices import DEVICE_WORDS
from kbgen.core.placeholder_words import word_like

SELF_WORDS = frozenset({"password", "passwd", "passwort", "pass", "pwd", "passphrase", "secret",
                        "token", "apikey", "key", "salasana", "credential", "credentials",
                        "pw"})  # `my-secret-pw`, the MySQL image's own example (hostile52)
"""Words naming what a credential is: a value spelt from them names its field."""
QUALIFIERS = frozenset({
    "my", "your", "our", "the", "a", "some", "this", "is", "super", "very", "top", "bad",
    "weak", "strong", "good", "example", "sample", "test", "testing", "dummy", "fake", "demo",
    "default", "not", "real", "new", "old", "temp", "tmp", "change", "me", "it", "user", "admin",
    "db", "app", "api", "root", "dev", "local", "foo", "bar", "baz", "xyz", "abc", "another",
    "other", "long", "random", "insecure", "unsafe", "simple", "easy", "hard", "very", "mega",
    "secure", "shared", "generated", "here", "string",  # `secure-password`, `shared-secret`,
    # `generated-password-here`, `asecurerandomsecretstring` (NetBird, Synapse, Traefik: fp44)
    "client",  # `someclientsecret_123`, Synapse's OIDC client (fp48): whose client is not said
    "access", "database", "env", "mariadb", "mysql", "postgres",  # `ROOT_ACCESS_PASSWORD`,
    # `DATABASE_PASSWORD`, `mariadbpassword` (LinuxServer.io), `mydevenvpassword` (fq50)
})
"""Words that only qualify a credential (`my`, `super`, `bad`, `example`)."""
PLAIN_QUALIFIERS = frozenset({"secure", "shared", "generated", "here", "string"})
"""Qualifiers that mark a stand-in only written plainly: `s3cur3password` is a real one's
leet (fp44)."""
DEFAULT_CREDENTIALS = frozenset({
    "admin", "administrator", "root", "postgres", "postgresql", "mysql", "mariadb", "guest",
    "user", "test", "demo", "changeme", "changeit", "default", "toor", "pass", "secret",
    "password", "passw0rd", "letmein", "minioadmin", "rabbitmq", "elastic", "neo4j", "redis",
    "p@ssw0rd", "hunter2",  # Microsoft's docs' example password; the bash.org joke (fp44)
})
"""What an installation starts with, or a placeholder nobody uses as a real secret."""
_LEET = str.maketrans("013457$@", "oieastsa")
_CHUNKS = re.compile(r"[A-Z]?[a-z0-9$@]+|[A-Z0-9$@]+(?![a-z])")
_SEPARATED = re.compile(r"[A-Za-z0-9$@]+(?:[-_.][A-Za-z0-9$@]+)*")
_DECODED_PHRASE = re.compile(r"[a-z]+(?:[ _-][a-z]+){2,}\n?")
_EXAMPLE_WORDS = frozenset({"example", "sample", "dummy", "fake", "bad", "placeholder",
                            "notreal"})


@dataclass(frozen=True)
class Acceptance:
    """A value the gate found and accepted, and why (for reviewers)."""

    line: int
    kind: str
    excerpt: str
    reason: str


_REAL_CASE = re.compile(r"(?i)\b(?:customers?|clients?(?![ \t_-]*secrets?\b)|tickets?|temporary"
                        r"|temp|reset|current|actual|real|production|prod|live|"
                        + words(CASE, LIVE, english=False) + r")\b")
"""A password in a real case (`the customer's temporary password is Password1`); not the
name of OAuth's credential (`Client Secret:`, `client-secret=`), which says no one's."""


def placeholder_password(value: str, field: str = "", plain: bool = False,
                         real_case: bool | None = None) -> str | None:
    """Why `value`, given to `field` (the line before it), is clearly no real password, or
    None. `plain` (a password in a URL, where real ones are pasted whole) counts words
    written plainly only (no digits, no `s3cr3t`) and no default but the user's own name when
    it is a default too (`postgres:postgres`, `guest:guest`; `user:pass` and `stripe:stripe`
    may be a real pair). `real_case`, when given, says whether `field` names a real case (see
    placeholder_password_at)."""
    lowered = value.lower()
    if _REAL_CASE.search(field) if real_case is None else real_case:
        return None
    if lowered in DEFAULT_CREDENTIALS and not plain:
        return "a default or placeholder credential"
    if _names_its_field(lowered, field, plain):
        return "the value names the field or service it is given to"
    if not plain and _is_its_field_name(lowered, field):
        return "the value is its field's own name"
    if len(value) > 48 or not _SEPARATED.fullmatch(value):
        return None
    if plain and (any(ch.isdigit() for ch in value) or lowered in SELF_WORDS):
        return None  # `user:pass@`: a real pair may be as short
    if _spelt_placeholder(value):
        return SPELT
    if not plain and field_words.spelt_from_field(value, field):
        return field_words.REASON
    if not plain and counted_values.counted_placeholder(value, _spelt_placeholder):
        return counted_values.REASON
    return None


SPELT = "a password that spells out that it is one"


FIELD_WINDOW = 80
"""Characters before a value in which its field's name is looked for."""


def placeholder_password_at(value: str, line: str, given: int, plain: bool = False
                            ) -> str | None:
    """placeholder_password(value, line[:given], plain) in time that does not grow with
    `given`: the field's name is read from the FIELD_WINDOW characters before `given`, and
    whether the line before it names a real case from where the line first does (found once
    per line), not by searching the whole line again for each value (a line of 4,000 values
    took 50 s)."""
    if published_passwords.famous_example(line, given):
        return published_passwords.REASON
    if not plain and default_pairs.default_pair(value, line, given, DEFAULT_CREDENTIALS) \
            and not _real_case_before(line, given):
        return default_pairs.REASON
    return placeholder_password(value, line[max(0, given - FIELD_WINDOW):given], plain,
                                real_case=_real_case_before(line, given))


def _real_case_before(line: str, start: int) -> bool:
    """`_REAL_CASE.search(line[:start])`. Its matches are whole words, so the first one in the
    line ends first: a word wholly before `start` is found from that one; a word cut at
    `start` (`real` of `realm`, which the slice ends) only in the few characters before it."""
    first = _first_real_case_end(line)
    return (first is not None and first <= start) or bool(
        _REAL_CASE.search(line, max(0, start - _LONGEST_REAL_CASE - 1), start))


_LONGEST_REAL_CASE = len("production")


@lru_cache(maxsize=64)
def _first_real_case_end(line: str) -> int | None:
    found = _REAL_CASE.search(line)
    return found.end() if found else None


_FIELD_NAME = re.compile(r"([A-Za-z][\w.-]*)[\"'`\]]?\s*(?:[:=]|=>)?\s*[\"'`]?$")
"""The name a value is given to, right before it (`POSTGRESQL_PASSWORD=`, `postgres:` in a
URL)."""


def _names_its_field(value: str, field: str, plain: bool) -> bool:
    """`POSTGRESQL_PASSWORD=postgres`: the value is the service its field is named after; in a
    URL, a default account's own name (`postgres:postgres@`, `guest:guest@`), never anyone
    else's (`anna:anna@`)."""
    name = _FIELD_NAME.search(field[-FIELD_WINDOW:])
    if name is None or len(value) < 4 or not value.isalpha():
        return False
    if plain:
        return name.group(1).lower() == value and value in DEFAULT_CREDENTIALS
    words = re.findall(r"[a-z]+", name.group(1).lower())
    return (any(word in SELF_WORDS or word.startswith(("pass", "pwd")) for word in words)
            and any(word.startswith(value) and word not in SELF_WORDS for word in words))


def _is_its_field_name(value: str, field: str) -> bool:
    """`BW_CLIENTSECRET="client_secret"`, `client_secret: "clientSecret"`: the value spells
    the name of the field it is given to (or its end), a credential's name: a template's
    stand-in, never a real value."""
    name = _FIELD_NAME.search(field[-FIELD_WINDOW:])
    letters = re.sub(r"[^a-z0-9]", "", value)
    if name is None or len(letters) < 6 or not re.fullmatch(r"[a-z0-9_.-]+", value):
        return False
    own = re.sub(r"[^a-z0-9]", "", name.group(1).lower())
    return own.endswith(letters) and any(word in letters for word in SELF_WORDS)


_OWNERS = frozenset({"my", "your", "our", "the", "a", "some", "this"})
_MARKS = frozenset({"insecure", "example", "sample", "dummy", "fake"})
"""Words saying a password is no real one: like an owner, they make one word of its own an
example's (`insecure_session_secret`)."""
"""Words making a password with a word of its own an example's (`my_robot_password`)."""
_EXAMPLE_DIGITS = "1234567890"
"""Digits an example ends with (`secretPassword123`): a prefix of this run. A year, a birthday
or any other number (`Password2024`, `Jane_Secret_1987`) is what people add to a real one."""


def _spelt_placeholder(value: str) -> bool:
    if stand_in_words.own_word(value):
        return False  # `your-sunflower-key`: beside `your`, a word of its own is the value's
    body = value.rstrip("0123456789")
    digits = value[len(body):]
    leet = any(ch.isdigit() or ch in "$@" for ch in body)
    if not body or leet and not _leet_word(body):
        return False  # a digit inside is part of the password (`hunter2Secret`)
    if digits and not _EXAMPLE_DIGITS.startswith(digits) or leet and (
            digits or not body.islower()):
        return False  # `P@ssw0rd2024`, `MyS3cr3tP4ss`: a policy's password, not an example
    chunks = [chunk for part in re.split(r"[-_.]", body) for chunk in _CHUNKS.findall(part)]
    named = qualified = False
    other = 0
    for chunk in chunks:
        words = _segment(chunk.lower().translate(_LEET))
        if words and not chunk.isalpha() and PLAIN_QUALIFIERS.intersection(words):
            return False
        if words is None:
            if not chunk.isalpha() or not word_like(chunk):
                return False  # `mysecretpasswordXq`: random letters make it a real one
            other += 1
            continue
        named = named or any(word in SELF_WORDS for word in words)
        qualified = qualified or any(word in _OWNERS or word in _MARKS for word in words)
    if other and (digits or leet or not qualified):
        return False  # `Jane_Secret_1987`, `Acme_Passw0rd`: a word of its own makes it real
    return named and other <= 1 and len(chunks) > other


def spelt_placeholder(value: str) -> bool:
    """`value` is spelt from credential words and qualifiers (`mysecretpassword`)."""
    return _spelt_placeholder(value)


def _leet_word(body: str) -> bool:
    """Digits inside that only spell letters (`s3cr3t`)."""
    return all(_segment(chunk.lower().translate(_LEET)) is not None
               for part in re.split(r"[-_.]", body) for chunk in _CHUNKS.findall(part)
               if any(ch.isdigit() for ch in chunk))


@lru_cache(maxsize=1024)
def _segment(text: str) -> tuple[str, ...] | None:
    """`text` as a run of known words (`supersecret` -> super, secret), or None."""
    if not text:
        return ()
    for cut in range(min(len(text), 12), 0, -1):
        head = text[:cut]
        if head in SELF_WORDS or head in QUALIFIERS:
            rest = _segment(text[cut:])
            if rest is not None:
                return (head, *rest)
    return None


def example_base64(value: str) -> str | None:
    """Why base64 `value` is clearly an example (it decodes to `this_is_a_bad_token`)."""
    padded = value.rstrip("=") + "=" * (-len(value.rstrip("=")) % 4)
    try:
        decoded = base64.b64decode(padded, validate=True).decode("ascii")
    except (binascii.Error, ValueError):
        return None
    if not _DECODED_PHRASE.fullmatch(decoded):
        return None
    words = set(re.split(r"[ _\n-]+", decoded))
    if words & _EXAMPLE_WORDS:
        return "decodes to a phrase calling itself an example"
    return None


_OWN_THING = (r"(?:app|apps|application|db|database|host|server|service|site|project|org"
              r"|domain|machine|vm|cluster|bucket|instance|node|api|web|cache|redis|postgres"
              r"|pg|queue|worker|backend|frontend|company|network|net|printer|nas|router)")
_PLACEHOLDER_LABEL = re.compile(
    rf"(?i)(?:my|your)[-_][a-z0-9-]+|(?:my|your){_OWN_THING}\d*|example|sample|placeholder|company"
    rf"|{_OWN_THING}[-_]?name|<[^>]*>")
"""A label of a host name that the reader replaces by their own (`my-app`, `yourdb`,
`appname`, `example`, the bare word `company` of `app.company.internal`)."""
_SOMEONES_DEVICE = re.compile(rf"(?i)[a-z0-9]+[-_](?:{'|'.join(DEVICE_WORDS)})\d*"
                              rf"|(?:{'|'.join(DEVICE_WORDS)})[-_][a-z0-9]+")
"""A label naming whose device it is (`jane-laptop`, `phone-dominik`): under the placeholder
`company` it is still someone's machine (review s32: `jane-laptop.company.lan` passed)."""


def placeholder_host(host: str) -> str | None:
    """Why the host name `host` is clearly a placeholder, or None: the label that names whose
    host it is (the last before the suffix) is the placeholder; `yourdb.acme-corp.internal`
    and `payroll.sample.acme.internal` are a company's hosts."""
    labels = host.split(".")
    if len(labels) > 1 and labels[-2].lower() == "company" \
            and any(_SOMEONES_DEVICE.fullmatch(label) for label in labels[:-2]):
        return None
    if _PLACEHOLDER_LABEL.fullmatch(labels[-2] if len(labels) > 1 else labels[0]):
        return "a placeholder host name (my-…, your-…, example)"
    return None



_LOADED_CERTIFICATE = re.compile(r"\bLoaded X\.509 cert '[^'\n]{1,120}:\s*$")
"""What the Linux kernel prints before a loaded certificate's key identifier."""


def certificate_key_id(value: str, before: str) -> str | None:
    """Why hex `value` after `before` is a certificate's public key identifier, or None."""
    # The kernel's words and the certificate's name fit in the last 160 characters before the
    # value and its spaces: searching the whole line before each value of it was quadratic.
    spaces = len(before) - len(before.rstrip())
    if set(value.lower()) <= set("0123456789abcdef") and _LOADED_CERTIFICATE.search(
            before[-(spaces + 160):]):
        return "the key identifier of a certificate the kernel loaded (public)"
    return None


_URL_USER_PLACEHOLDER = re.compile(
    r"(?i)user(?:name)?\d?|usr|(?:my|your)[-_]?user(?:name)?|<[^>]*>")
"""A URL's user name that stands for the reader's (`user`, `USER`, `user1`, `<user>`)."""
_URL_PART_PLACEHOLDER = re.compile(
    rf"(?i){_PLACEHOLDER_LABEL.pattern}|(?:server)?host(?:name)?|database(?:[-_]?name)?"
    r"|db[-_]?name")
"""A URL's host label or path segment that stands for the reader's (`HOST`, `serverhost`,
`appname`, `yourdb`, `DATABASE`, `databasename`)."""
_URL_REST = re.compile(r"[^\s\"'`<>()\[\]{},;]{1,200}")
_URL_SPLIT = re.compile(r"[./:?&=#]")


def placeholder_url_password(value: str, line: str, start: int) -> str | None:
    """Why the password `value` at `start` of a URL in `line` is a template's, or None: it
    spells out that it is a password (`pass`, `secret123`, `password1`: a placeholder
    password, not read plainly) and the URL's user name or a label of its host or path is a
    placeholder too (`USER:PASS@HOST/DATABASE`, `postgres:secret123@appname.internal`,
    `user2:password2@`). A bare word in lower case (`user:pass@host`) may be a real pair, as
    the gate has always said; a real password (`Tr0ub4dor&3`, `Secret2024`) or a spelt one to
    a real account at a real host (`admin:secret123@db.acme-corp.com/payroll`) is still a
    finding."""
    scheme = line.rfind("://", max(0, start - 200), start)
    end = start + len(value)
    if scheme < 0 or line[start - 1:start] != ":" or line[end:end + 1] != "@":
        return None
    if value.lower() in SELF_WORDS | DEFAULT_CREDENTIALS and not value.isupper():
        return None  # `user:pass@host`: a real pair may be as short
    user = line[scheme + 3:start - 1]
    number = user[len(user.rstrip("0123456789")):]
    if placeholder_password(value) is None and not (  # `user2:password2`: numbered pairs
            number and value.endswith(number) and placeholder_password(value[:-len(number)])):
        return None
    rest = _URL_REST.match(line, end + 1)
    host, parts = _host_and_path(rest.group() if rest else "")
    labels = host.split(".")
    if _URL_PART_PLACEHOLDER.fullmatch(labels[-2] if len(labels) > 1 else labels[0]) \
            or example_domains.documented(host):
        return "a placeholder password in a URL to a placeholder user, host or database"
    if _real_host(host):
        return None  # `user:secret123@db.acme-corp.com/mydb`: a real server's
    if _URL_USER_PLACEHOLDER.fullmatch(user) or any(
            _URL_PART_PLACEHOLDER.fullmatch(part) for part in parts):
        return "a placeholder password in a URL to a placeholder user, host or database"
    return None


_LOCAL_SUFFIXES = frozenset({"internal", "local", "localdomain", "lan", "home", "test",
                             "example", "invalid", "localhost"})
"""Last labels of host names that reach no server on the Internet."""
_HOST_END = re.compile(r"[/?#]")


def _host_and_path(rest: str) -> tuple[str, list[str]]:
    """The host (without port) and the path segments of what follows a URL's `@`; a query
    or fragment (`?application_name=myapp`) is no part of where the URL leads."""
    place = _HOST_END.search(rest)
    authority, path = (rest[:place.start()], rest[place.start():]) if place else (rest, "")
    path = re.split(r"[?#]", path, maxsplit=1)[0]
    host = authority.rsplit(":", 1)[0] if authority.count(":") == 1 else authority
    return host, [part for part in _URL_SPLIT.split(path) if part]


def _real_host(host: str) -> bool:
    """An address or a name of a server on the Internet (`db.acme-corp.com`, `10.20.0.5`):
    not a bare name (`region1`) nor a name under a local suffix (`postgresapp.internal`)."""
    labels = host.lower().split(".")
    if len(labels) < 2:
        return False
    if all(label.isdigit() for label in labels):
        return not host.startswith(("192.0.2.", "198.51.100.", "203.0.113."))
    return labels[-1] not in _LOCAL_SUFFIXES


_BUILD_SECRET_SPEC = re.compile(
    r"id=[\w.-]{1,100}(?:,(?:src|source|env|type|target|required|uid|gid|mode)"
    r"=[\w./~${}:-]{1,200})*")
"""Docker BuildKit's `--secret id=NAME,src=FILE`: where the secret is read from."""
_NAMED_VALUE = re.compile(r"([A-Za-z_][A-Za-z0-9_]{0,100})=(.*)", re.S)
_PRODUCED = re.compile(r"""(["']?)(?:\$\((?!\s*(?:echo|printf|cat|base64|xxd)\b)[^()\n]{1,200}\)"""
                       r"""|\$\{?[A-Za-z_]\w{0,100}\}?)\1(?=\s|$)""")
"""A value a shell produces when the command runs, and nothing written beside it (`"$(fly
tokens create …)"`, `$TOKEN`); a command that only prints what is written in it (`$(echo
…)`) is the written value."""


def secret_flag_reference(value: str) -> str | None:
    """Why `value`, given to a `--secret` flag, names where the secret comes from rather than
    holding it, or None: a build secret's id and source (`id=MY_SUPER_SECRET,src=file.txt`)
    or `NAME=` and a command or variable the shell expands (`ACCESS_TOKEN="$(fly tokens
    create …)"`). `NAME=` and a written value (`API_KEY=Zx9Q…`) is still a finding."""
    if _BUILD_SECRET_SPEC.fullmatch(value):
        return "a build secret's name and the file or variable it is read from"
    named = _NAMED_VALUE.fullmatch(value)
    produced = _PRODUCED.match(named.group(2)) if named else None
    if produced and _writes_nothing(produced.group()):
        return "a command or variable that produces the secret when the command runs"
    return None


def _writes_nothing(produced: str) -> bool:
    """The command or variable `produced` (`"$(fly tokens create readonly "$ORG")"`) prints
    what it fetches, not a value written in it (`"$(sh -c 'echo Hunter2…')"`): its words are
    options, names and quoted variables only."""
    inner = produced.strip("\"'")
    if not inner.startswith("$("):
        return True  # `$TOKEN`, `${TOKEN}`
    words = inner[2:-1].split()
    return all(_PLAIN_WORD.fullmatch(word) or _QUOTED_VARIABLE.fullmatch(word)
               for word in words) and not _COPIES.search(inner)


_PLAIN_WORD = re.compile(r"[A-Za-z0-9_./:@%+-]{1,100}")
_QUOTED_VARIABLE = re.compile(r"\"?\$\{?[A-Za-z_]\w{0,100}\}?\"?")
_COPIES = re.compile(r"\s-c\b|\b(?:echo|printf|cat|base64|xxd|rev|tr|sed|awk|perl|python\d?"
                     r"|ruby|node|openssl|gpg|env|printenv)\b")
"""Commands that print (or decode) what is written in them, and `sh -c`."""

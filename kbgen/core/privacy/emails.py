"""E-mail addresses, and the user name and password in a URL (its userinfo)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kbgen.core import compared_mailboxes, example_domains, examples, fediverse, nearby
from kbgen.core.mailboxes import FREE_MAIL, PLACEHOLDER_LOCAL_PARTS, PLACEHOLDER_NAMES, impersonal
from kbgen.core.placeholder_words import placeholder_by_word
from kbgen.core.privacy import free_mail_domains, own_names
from kbgen.core.privacy.context import MAX_SPLIT_PART, _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import EMAIL, URL_PASSWORD, Allowed
from kbgen.core.privacy.unspaced_domains import prose_not_address
from kbgen.core.privacy.values import (
    _NOT_PASSWORDS,
    _PLACEHOLDER_WORDS,
    _VALUE_QUOTES,
    _looks_like_password,
)
from kbgen.core.search_segments import UNSPACED
from kbgen.core.secret_names import names_a_password

_LEAD = r"(?<![\w.%+-])[_.+-]*"
"""Where an address starts: after no letter or digit, and past signs written against it
(`+jane.doe@gmail.com`, `--jane@…`, `...jane@…`, `++ctrl+jane@…++`, `_jane@…_` shown in
italics), which a reader reads past; not past `%` (`%s@host`, `%u@%d`: a format's
placeholder)."""
_EMAIL_RE = re.compile(
    _LEAD +
    r"[^\W_][\w.%+-]*@"
    r"((?:[^\W_](?:(?:[^\W_]|-)*[^\W_])?\.)+"
    r"(?:[A-Za-z]{2,63}(?!_*[A-Za-z0-9-])|xn--[A-Za-z0-9-]{1,59}(?!_*[^\W_]|_*-)"
    r"|[^\W\d_]{2,63}(?!_*[^\W_]|_*-)))"
)
"""An address in any script (`иван@почта.рф`, also after look-alikes are folded to Latin,
`ivan@xn--e1afmkfd.xn--p1ai`); a Latin top-level domain may be followed by other letters
(`tanaka@example.co.jpまで` ends at `.jp`), and any ends before underscores that end a word
(`_jane@gmail.com_`, shown in italics)."""

_EMAIL_AFTER_WORDS = re.compile(_EMAIL_RE.pattern.removeprefix(_LEAD))
_SIGNS = re.compile(r"[_.+-]+")
"""The same, where it follows words written without spaces."""
_UNSPACED_LEAD = re.compile(f"[{UNSPACED}]+(?=[A-Za-z0-9])")
"""Japanese, Chinese or Thai text written against an ASCII address (`連絡先はtanaka@…`)."""

PLACEHOLDER_DOMAINS = example_domains.DOCUMENTED
"""Reserved and documented example domains (RFC 2606, Microsoft's and Google's: see
kbgen.core.example_domains): always allowed, with their subdomains."""

PLACEHOLDER_TLDS = frozenset({"example", "test", "invalid", "domain", "tld", "address"})
"""Reserved top-level domains (RFC 2606) and the ones written for the reader to
replace (`name@university.domain`, `your@email.address`: no such top-level domain is
delegated, fr52): always allowed."""

FILE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "ico",
                             "tif", "tiff", "pdf", "mp4", "webm", "service", "socket", "timer",
                             "vsix", "whl", "jar", "deb", "rpm", "exe", "msi", "dmg", "apk",
                             "tgz", "nupkg", "gem", "crate"})
"""Endings of file names that are no top-level domain: `logo@2x.png` is a picture,
`wg-quick@wg0.service` a systemd unit."""


def _domain_allowed(domain: str, allowed: Allowed, organisations: bool = True) -> bool:
    domain = domain.lower().rstrip(".")
    if domain.rsplit(".", 1)[-1] in PLACEHOLDER_TLDS:
        return True
    parents = PLACEHOLDER_DOMAINS | allowed.domains | (allowed.organisations if organisations
                                                        else frozenset())
    return any(domain == parent or domain.endswith("." + parent) for parent in parents)


_ALGORITHM_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+(?:-[a-z0-9]+)*")
"""A local part shaped like an algorithm's name: words and a number joined by hyphens."""

_ALGORITHM_WORDS = re.compile(r"(?i)\balgorithms?\b|\bciphers?\b|\bMACs?\b|\bkex|"
                              r"HostKeyAlgorithms|\bhmac-")
"""A line about SSH algorithms (`Ciphers`, `MACs`, `-o MACS=`, `hmac-sha2-256,…`)."""

_CRYPTO_WORD = re.compile(r"(?i)aes|chacha|poly1305|hmac|sha\d|umac|curve25519|ed25519|ed448"
                          r"|ecdsa|rsa|sntrup|mlkem|cert-v0|-etm|gcm|ctr|cbc")
"""A cryptographic primitive in an OpenSSH extension's name (`chacha20-poly1305@openssh.com`):
an algorithm, whatever the line says about it."""

_ALGORITHM_SHAPE = re.compile(r"(?=[^.]*\d)[a-z0-9]+(?:-[a-z0-9]+)+")
"""An algorithm's name: hyphenated, a number in it (`aes256-gcm`); `marsa`, `aesthetic.jane`
are people."""

_PERSON_LOCAL = re.compile(r"(?i)[a-z]+(?:\.[a-z]+)+")
"""A local part shaped `first.last` or `j.doe`: a person, not an organisation's mailbox."""


_SSH_COMMAND = re.compile(r"(?:^|[\s`$>(])(?:ssh|scp|sftp|rsync|mosh|sshfs|ssh-copy-id|autossh)"
                          r"\s+(?:-\w+(?:[\s=]+[^\s`|;&-]\S*)?\s+|[^\s`|;&@-]*[/.:~][^\s`|;&@]*\s+)*"
                          r"(?:-J\s*(?:[^\s,]+,)*)?$")
"""An ssh-family command before an argument: only options, their values and paths between
(`ssh -N -L 8889:localhost:8889 `, `-J `, `scp ./file.txt `); never prose (`ssh users to
contact `)."""


SYSTEM_ACCOUNTS = frozenset({
    "root", "admin", "administrator", "ubuntu", "debian", "centos", "fedora", "rocky",
    "almalinux", "ec2-user", "cloud-user", "opc", "azureuser", "pi", "git", "deploy", "user",
    "username", "me", "you", "core", "vagrant", "docker", "www-data", "nobody", "guest",
})
"""Accounts that images and tools create on every machine (`ubuntu@`, `ec2-user@`, `git@`)."""


def _login(line: str, start: int, local: str, domain: str) -> bool:
    """`john@r07c49.bullx` as an ssh command's argument: an invented person's or a system's
    user name at a host, where no one reads mail; never anyone else's name, never at a free
    mail provider."""
    name = local.lower()
    return (bool(_SSH_COMMAND.search(nearby.before(line, start)))
            and (name in SYSTEM_ACCOUNTS or name in PLACEHOLDER_NAMES
                 or name in PLACEHOLDER_LOCAL_PARTS)
            and domain.lower().split(".", 1)[0] not in FREE_MAIL)


def _organisation_address(local: str, domain: str, allowed: Allowed) -> bool:
    """An address of a public organisation that is not one of its staff's own."""
    return (_domain_allowed(domain, Allowed(organisations=allowed.organisations))
            and not _PERSON_LOCAL.fullmatch(local))


def _emails(line: str, context: _Context) -> Iterator[_Hit]:
    """E-mail addresses outside the placeholder and allowed domains, but role mailboxes and
    placeholders (kbgen.core.mailboxes)."""
    if "@" not in line:
        return
    for found in _EMAIL_RE.finditer(line):
        match = _without_unspaced_lead(line, found)
        address, domain = match.group(), match.group(1)
        local = address.split("@", 1)[0]
        if domain.rsplit(".", 1)[-1].lower() in FILE_EXTENSIONS:
            continue  # `Lmod-4color@2x.png`
        if prose_not_address(address, domain):
            continue  # `各フォントの@font-face宣言を追加します。url()`: Japanese prose
        if _ALGORITHM_NAME.fullmatch(local) and _about_algorithms(line) or (
                domain.lower() == "openssh.com" and _CRYPTO_WORD.search(local)
                and _ALGORITHM_SHAPE.fullmatch(local)):
            continue  # `umac-128-etm@openssh.com`: an SSH algorithm's name (RFC 4251, 6)
        excerpt = f"{local[0]}***@{domain[0]}***.{domain.rsplit('.', 1)[-1]}"
        userinfo = _userinfo(line, match.start(), local)
        if userinfo is not None:
            yield _userinfo_hit(line, match, userinfo, excerpt)
            continue
        is_allowed = (address.lower() in context.allowed.emails
                      or _domain_allowed(domain, free_mail_domains.for_addresses(
                          context.allowed), organisations=False)
                      or _organisation_address(local, domain, context.allowed)
                      or _listed_free_mail(line, match.start(), local, domain, context.allowed)
                      or impersonal(local, domain)
                      or example_domains.translated_example(domain))
        reason = ("a login at a host in an ssh command, not an e-mail address"
                  if not is_allowed and _login(line, match.start(), local, domain) else "")
        if is_allowed and address.lower() not in context.allowed.emails \
                and own_names.own_name(domain, context.allowed):
            reason = own_names.REASON
        if not is_allowed and not reason and fediverse.handle(
                line, match.start(), local, domain, context.fediverse):
            reason = fediverse.REASON
        compared = not is_allowed and not reason and compared_mailboxes.compared(
            line, match.start(), local, domain)
        yield _Hit(match.start(), match.end(), EMAIL, excerpt, allowed=is_allowed or bool(reason),
                   reason=reason, advice=compared_mailboxes.ADVICE if compared else (
                       _free_mail_advice(domain, context.allowed, is_allowed or bool(reason))),
                   advisory=compared)


def _listed_free_mail(line: str, start: int, local: str, domain: str, allowed: Allowed) -> bool:
    """A role mailbox or an example at a free-mail domain the site lists (kbgen.core.privacy
    .free_mail_domains): the domain alone allows no one's address there."""
    return (bool(allowed.domains) and _domain_allowed(domain, allowed, organisations=False)
            and free_mail_domains.listed_example(line[:start], local))


def _free_mail_advice(domain: str, allowed: Allowed, is_allowed: bool) -> str:
    """Why an address at a free-mail domain the site allows is still a finding."""
    if is_allowed or not allowed.domains or not free_mail_domains.free_mail(domain):
        return ""
    return (free_mail_domains.advice(domain)
            if _domain_allowed(domain, allowed, organisations=False) else "")


def _without_unspaced_lead(line: str, match: re.Match[str]) -> re.Match[str]:
    """The address without the signs or the Japanese, Chinese or Thai words written
    against it."""
    signs = _SIGNS.match(match.group())
    if signs is not None:  # the address starts past them
        match = _EMAIL_AFTER_WORDS.match(line, match.start() + signs.end()) or match
    lead = _UNSPACED_LEAD.match(match.group())
    if lead is None:
        return match
    return _EMAIL_AFTER_WORDS.match(line, match.start() + lead.end()) or match


@lru_cache(maxsize=64)
def _about_algorithms(line: str) -> bool:
    """The line is about SSH algorithms: searched once per line, not once per address in it
    (4,000 `umac-128-etm@openssh.com` on a line took minutes)."""
    return bool(_ALGORITHM_WORDS.search(line))


_URL_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(\S*)$")

URL_USER_NAMES = frozenset({"user", "username", "password", "pass", "default", "admin", "root",
                            "guest", "postgres", "mysql", "redis", "login", "name"})
"""A URL's userinfo without `:` that names no one (`redis://password@host`)."""

USERINFO = "a URL's user name and password (its userinfo), not an e-mail address"


def _userinfo(line: str, start: int, local: str) -> str | None:
    """The userinfo of the URL whose host is the e-mail-like match at `start` (`admin:pw` of
    `mongodb://admin:pw@host`), when it has a password or names no one; else None."""
    found = _URL_BEFORE.search(line, max(0, start - MAX_SPLIT_PART), start)
    if found is None:
        return None
    userinfo = found.group(1) + local
    user, _, password = userinfo.partition(":")
    if "/" in user or re.search(r"[?#]|^\d+/", password):
        return None  # `https://acme.io:8080/to?jane@acme.io`: a port, a path, a query
    return userinfo if ":" in userinfo or userinfo.lower() in URL_USER_NAMES else None


def _userinfo_hit(line: str, match: re.Match[str], userinfo: str, excerpt: str) -> _Hit:
    """The password of a URL's userinfo as a finding, when it looks like one (a percent-encoded
    one too, which the URL plugin misses once decoded: `Kq9/x7…`); else the address accepted."""
    _, _, password = userinfo.partition(":")
    end = match.start() + match.group().index("@")
    start = end - len(password)
    if password and _looks_like_password(password, True) and not (
            examples.placeholder_password_at(password, line, start, plain=True)
            or examples.placeholder_url_password(password, line, start)
            or names_a_password(password)):
        return _Hit(start, end, URL_PASSWORD, f"://…:{_mask_secret(password)}@…")
    return _Hit(match.start(), match.end(), EMAIL, excerpt, allowed=True, reason=USERINFO)


_URL_USERINFO = re.compile(
    r"://([A-Za-z0-9._~!$&'()*+,;=%-]*):([A-Za-z0-9._~!$&'()*+,;=%:-]*)@(?=[^\s@/])")
"""A URL's user name and password as RFC 3986 writes its userinfo (unreserved characters,
percent-encodings, sub-delims `!$&'()*+,;=` and `:`), then `@` and a host. Each match runs
from a `://` to the next `/`, so a line is read once."""


_CODE_PUNCTUATION = re.compile(r"[()\[\];,]")


def _url_userinfos(line: str, context: _Context) -> Iterator[_Hit]:
    """The password of every URL's userinfo that looks like one, whatever RFC 3986 characters
    it holds (`mongodb://admin:Kq91x7Zr!@…`, `…:p%40ss$w0rd@…`): detect-secrets' basic_auth
    refuses sub-delims and the e-mail-like match stops at them."""
    for match in _URL_USERINFO.finditer(line):
        password = _VALUE_QUOTES.sub("", match.group(2))  # `**password**`: bold, a placeholder
        lowered = password.lower()
        judged = _CODE_PUNCTUATION.sub("!", password)  # no code in a URL: `a(b;c` is a password
        bare = lowered.rstrip("!?.,;*")  # `changeme!`: a default with a bang, as `pw=changeme!`
        if (_looks_like_password(judged, True) and lowered not in _NOT_PASSWORDS
                and bare not in _NOT_PASSWORDS and bare not in examples.DEFAULT_CREDENTIALS
                and not placeholder_by_word(password, _PLACEHOLDER_WORDS)
                and not names_a_password(bare)):  # `użytkownik:hasło@…`, as `user:password@…`
            start = match.start(2) + match.group(2).find(password)
            yield _Hit(start, start + len(password), URL_PASSWORD,
                       f"://…:{_mask_secret(password)}@…")

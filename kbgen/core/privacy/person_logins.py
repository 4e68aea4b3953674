"""A person's login at a machine named by one word, in a remote-login command (issue 19, branch
leak42): `ssh jane@intranet`, `scp f jsmith@fileserver:/srv/`, `rsync -a x mueller@buchhaltung:`,
`ssh -l jane payroll`. The host rule reads a host under an internal suffix (`.lan`, `.corp`:
host_logins); a bare name resolves only inside one network, and documentation writes the
same shape with placeholders (`username@server`, `ubuntu@YOUR-FLOATING-IP`, `pi@raspberrypi`,
`root@node1`, `k8s-master`, `worker-1`), so one word was read as a placeholder and a real
colleague's login at the company's machine was published.

A finding needs both sides: a login that is nobody's role or placeholder (`root`, `admin`,
`ubuntu`, `username`, `<user>`, `$USER`), and a host whose words are not a placeholder's or a
generic machine's (`server`, `host`, `node`, `worker`, `master`, `vm`, `db`, `localhost`,
`my-…`, `your-…`, all capitals), with no digits but a numbered suffix (`worker-1`).

A machine's role (`nas`, `backup`, `db`, `mail`, `bastion`) is generic only beside a login
that is nobody's or a textbook's persona (`alice`, `bob`): `rsync jane@nas01:` names a
colleague's login on the company's storage (issue 19, leak44), `ssh bob@bastion` a lesson's.
Only placeholders' words (`server`, `host`, `node`, `remote`, `example`) excuse any login."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.emails import _domain_allowed
from kbgen.core.privacy.model import INTERNAL_HOST

_COMMAND = r"(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|sshfs|autossh|sshpass|pssh|rsh|slogin)"

_END = r"(?=[:\s\"'`)\]>,;]|$)(?![:]\d+\.)"
"""Where a one-word host ends: a path's `:`, a space, a quote, a bracket or the line's end."""

_LOGIN_AT = re.compile(
    rf"(?i)(?<![\w./-]){_COMMAND}\b[^\n|;&]{{0,200}}?(?<![\w.%+:/@-])"
    rf"(?P<login>[a-z][a-z0-9._-]{{0,63}})@(?P<host>[a-z][a-z0-9-]{{0,62}}){_END}")
"""A remote-login command, then `login@host` with a host of one word."""

_DASH_L = re.compile(
    rf"(?i)(?<![\w./-])(?:ssh|slogin|rsh)\b[^\n|;&]{{0,120}}?[ \t]-l[ \t]*"
    rf"(?P<login>[a-z][a-z0-9._-]{{0,63}})[ \t]+(?:-\S+[ \t]+(?:\d+[ \t]+)?)*"
    rf"(?P<host>[a-z][a-z0-9-]{{0,62}}){_END}")
"""`ssh -l jane intranet` (options may stand between)."""

_ROLES = frozenset("""
root admin administrator sysadmin superuser su ubuntu debian centos almalinux rocky fedora
rhel arch alpine opensuse suse ec2-user cloud-user core opc azureuser bitnami pi git gitlab
github user username usr login me you myuser myname yourname youruser your-user your_user
someone somebody person name deploy deployer ansible vagrant docker kube k8s postgres mysql
mariadb mongo mongodb redis oracle www-data www web nobody guest test tester demo support
backup ops dev developer devops jenkins runner gitlab-runner service svc app application
ftp sftp rsync student teacher operator manager maintainer owner host server node client
worker agent bot robot system daemon remote local localuser remoteuser hpc csc
""".split())
"""Logins that name a role, an image's default account or a placeholder: nobody's."""

_GENERIC = frozenset("""
server servers srv host hostname hosts remote remotehost machine computer pc box vm vps
instance node nodes worker workers master masters controller control-plane manager agent
leader follower primary replica standby slave main head compute gpu cpu login bastion jump
jumphost gateway gw router switch firewall proxy nas pi raspberrypi raspberry octopi
localhost local example test demo dev devbox staging stage prod production target dest
destination source src client laptop desktop workstation mac macbook windows linux
ubuntu debian centos cluster k8s kube kubernetes docker container pod db database sql
postgres mysql redis mongo web www app api mail smtp dns ftp sftp git backup storage
cloud public private ip address domain name sandbox lab box1 ai ml
""".split())
"""A host's word that a placeholder or a generic machine's name is made of."""

_PLACEHOLDER_HOSTS = frozenset("""
server servers srv host hostname hosts remote remotehost machine computer box vm vps instance
node nodes worker workers master masters localhost local example test demo target dest
destination source src client cluster sandbox lab box1 name address ip domain public private
other another k8s kube kubernetes docker container pod control-plane controller manager agent
leader follower primary replica standby slave main head compute gpu cpu login
""".split())
"""A host's word that names no machine in particular, whoever logs in: a placeholder's or a
cluster tutorial's role (`k8s-master`, `worker-1`, `login`)."""

_PERSONAS = frozenset("""
alice bob carol charlie dave david eve frank grace mallory oscar peggy trent victor walter
jdoe johndoe foo bar baz
""".split())
"""Textbooks' people and stand-ins, whose logins at a role's machine are a lesson's."""

_USER_ABROAD = frozenset("""
usuario usuarios utilisateur nom_utilisateur utente nome_utente uzytkownik uzytkownika
benutzer benutzername nombre_usuario nome_usuario gebruiker
""".split())
_SERVER_ABROAD = frozenset("servidor serveur serwer rechner".split())
"""`user` and `server` in the languages the gate reads docs in (accents dropped, as a word
holding `@` is read): `usuario@servidor` is `username@server` spelt in Spanish (RustDesk's
relay guide, fp65). Only the pair is a placeholder: a person's login at `servidor`, or
`usuario` at a person's machine, is no more one than on main."""

_PLACEHOLDER = re.compile(r"(?i)your|^my|some|remote|example|placeholder|[<>{}$]")


def _person_logins(line: str, context: _Context) -> Iterator[_Hit]:
    """The one-word host a person's login is at (_LOGIN_AT, _DASH_L), unless either side is
    a role's, a placeholder's or a generic machine's, or the host is allowed."""
    for match in (*_LOGIN_AT.finditer(line), *_DASH_L.finditer(line)):
        login, host = match.group("login"), match.group("host")
        if _role(login) or _generic(host, _PLACEHOLDER_HOSTS) or _spelt_abroad(login, host) \
                or (login.lower() in _PERSONAS and _generic(host)) \
                or _domain_allowed(host, context.allowed):
            continue
        yield _Hit(match.start("host"), match.end("host"), INTERNAL_HOST, f"{host[0]}***")


def _spelt_abroad(login: str, host: str) -> bool:
    """`login@host` is `user@server` in another language (`usuario@servidor`)."""
    return login.lower() in _USER_ABROAD and host.lower() in _SERVER_ABROAD


def _role(login: str) -> bool:
    """A role's login, an image's default account or a placeholder (`ubuntu`, `your_user`)."""
    folded = login.lower()
    return (folded in _ROLES or folded.rstrip("0123456789") in _ROLES
            or bool(_PLACEHOLDER.search(folded)) or len(folded) < 2)


def _generic(host: str, generic: frozenset[str] = _GENERIC) -> bool:
    """A placeholder's or a generic machine's name: every word of it (digits aside) of
    `generic`, a placeholder's word in it, or written in capitals (`YOUR-FLOATING-IP`)."""
    if host.isupper() or _PLACEHOLDER.search(host):
        return True
    words = [word.rstrip("0123456789") for word in host.lower().split("-")]
    return all(not word or _generic_word(word, generic) for word in words)


def _generic_word(word: str, generic: frozenset[str]) -> bool:
    """A generic word, or two glued (`webserver`, `dbhost`, `devbox`)."""
    return word in generic or any(word[:cut] in generic and word[cut:] in generic
                                  for cut in range(2, len(word) - 1))


def needs(text: str, folded: str) -> bool:
    """A text may hold a remote-login command with a login."""
    return "@" in text and any(word in folded for word in ("ssh", "scp", "sftp", "rsync",
                                                           "mosh", "rsh", "slogin")) \
        or " -l" in text and ("ssh" in folded or "rsh" in folded or "slogin" in folded)

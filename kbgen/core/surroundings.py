"""What the text around a value says it is, for the gate: an organisation's business contact,
an example, a device's factory address.

The gate finds values line by line; a few are harmless only because of what their paragraph
says about them. Each rule here is narrow on purpose, and its look-alikes stay findings
(`bench/gatecorpus/hostile.yml`):

- **Business contact data.** A paragraph or list that names an organisation with its legal
  form (`GRCI Law Limited`) and says it is a representative, a data protection officer or a
  registered office (there, in its section's heading or in the sentence introducing the list)
  gives that organisation's contact details: e-mail addresses not at a free mail provider and
  not naming a person (`first.last`, or a name written in the paragraph), and phone numbers
  that are not mobile numbers.
- **Examples.** An address at a free mail provider whose local part is one plain word
  (`brian@gmail.com`), or a private address, in a sentence that introduces it as an
  example (`For example, ...`, `e.g.`, `such as`, `like`), and that speaks of no customer,
  ticket or the company's own network. A private address is also one of the reader's own
  network where its sentence speaks to the reader or supposes (`Assuming your Pi-hole is
  at …`), where its line maps it to an example domain (`address=/example.com/192.168.1.1`),
  or where its section's heading says `Example`.
- **Digests.** Hex digits of a digest's length where the paragraph, its section's heading or
  the text introducing its code block speaks of hashes or checksums (`md5sum`, `SHA-256`) and
  none of them of a secret, token, password or key: a checksum listing.
- **OpenPGP fingerprints.** 40 hex digits where the paragraph (or its heading) speaks of
  gpg, OpenPGP or a key's fingerprint, on a line that names no secret, token or password: a
  public key's fingerprint is published so that readers can check signatures.
- **The reader's own computer in code.** `127.0.0.1` (any loopback address) and `localhost`
  in a code block or inline code (or a link's target beside the same value in code): a
  command, a configuration or a log of software on the reader's computer talking to itself,
  the same on every computer. In prose they are still reported. So is a private address
  that a login's output shows as the session's client (`Last login: … from 10.187.28.101`,
  `SSH_CLIENT=…`) or that `ip addr` shows as the reader's interface (`inet 192.168.1.10
  netmask …`), in code only.
- **A device's factory address.** A private IPv4 address that is the first or last host of its
  network (`192.168.240.1`, `.254`), where the paragraph says it is a device's default or
  factory address or that of the network it creates (`default`, `factory`, `when you first
  power on`, `access point`, `hotspot`).

- **Public material.** Lines of an armoured certificate or public key (`-----BEGIN
  CERTIFICATE-----`, `PUBLIC KEY`, `PGP PUBLIC KEY BLOCK`): published so that others can
  check signatures or encrypt to the key; a private key block stays a finding.
- **A file listing's digests.** Hex of a digest's length as a column of a listing in code
  (`md5sum`, `s3cmd ls`: dates, times, sizes, storage classes and a path or file name beside
  it), on a line that names no secret.
- **Examples in code.** A private address in a code block that the sentence before it
  introduces as an example (`might look like this:`, `Example with authentication:`); an
  example sentence may start on an earlier line of its paragraph (`As an example, ...`).
- **Listings a tool printed.** A private, link-local or unique local address in a row of a
  table in code, under a header of upper-case column names (`NAME  TYPE  CLUSTER-IP  ...`
  from `kubectl get`, `oc get`, `docker ps`) or inside an ASCII table's borders (`+----+`,
  OpenStack's client): the addresses a platform gave the tutorial's resources, printed with
  their generated names; never where the sentence before the block or the row speaks of a
  customer, a ticket or the company's own network (`Our production cluster:`).
- **What a command printed.** A private, link-local or unique local address in a code block
  on a line after a shell prompt's line (`$ oc describe pod …`, `sh-4.2$ nslookup serve`)
  that is no prompt itself, or in a block the sentence before it calls output, a log or an
  error (`the daemon will log the following:`), or a block fenced as output (```` ```output
  ````, `` ```log ``): the tutorial's own resources as the
  platform printed them, with the same exceptions, and never under a company's legal name or
  someone's possessive (`Acme Corp's firewall log:`, `Initech GmbH output:`). The command
  itself (`$ ssh admin@10.…`, `route add 10.2.3.4 …`), configuration (`HTTPSProxy
  10.0.0.7:8080`), a file's text after `$ cat config`, `tee` or a here-document, a line after
  an empty prompt, and a block followed by a sentence naming a customer stay findings.
- **The reader's own computer named.** `localhost` as a word in prose (`connect from
  localhost`), and a loopback address its sentence names so (`localhost (127.0.0.1)`), with no
  port or path after them: a concept, not an address to visit (`localhost:8080/admin` and
  `Point your program to 127.0.0.1:9050` are still findings).
- **The reader's development server.** `localhost:PORT` or a loopback address with a port (a
  slash at most after it) in a sentence about running the app on the reader's own computer
  (`run our app locally … at http://localhost:3000`, `Open … in your browser`, `to confirm
  that you have a working Ruby application`). A path after the port stays a finding.
- **A port on the reader's own computer, anywhere in prose** (`connect to localhost:5432`,
  `Navigate to http://127.0.0.1:6274`): no leak (it names no one's machine), but an internal
  note's `localhost:8080` cannot work for customers, so it is reported as a warning
  (`Finding.advisory`): the page is published. A path or a user name before it stays an error.
- **A text about addressing** (a warning too): a private address in a paragraph that also
  writes a network in CIDR notation (`ip_allowlist: 192.168.1.0/24 10.0.0.1`), where nothing
  names a customer, our side, a company or someone's (`Jane's laptop`).
- **A listing of encrypted names.** A key-like path as a row (size, path) of a listing after
  a command's line, three rows or more in the same folder (`rclone ls` of an encrypted
  bucket).

A value accepted by one of these rules is accepted wherever else the same text repeats it
(`With the example above: server is at 169.254.1.100`), but not on a line that calls it a
secret, a token or a password, and a value accepted as an example (`e.g. 10.0.0.5`, `Replace
10.20.30.40 with your own address`, `for example grafana.berlin.internal`) not where a repeat's
own sentence claims it as real (`our database stays at 10.20.30.40`, `the customer's address
is brian@gmail.com`, `Jane's laptop`, `unsere Datenbank`): each such repeat is judged alone.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

from kbgen.core import (
    created_zones,
    default_networks,
    example_assumptions,
    example_lists,
    example_networks,
    nearby,
    parameter_rows,
    password_schemes,
    pem_blocks,
    person_names,
    public_keys,
    scenarios,
    settings_cells,
    stated_owners,
    template_values,
    translated_claims,
)
from kbgen.core.cased_letters import NAME
from kbgen.core.claim_words import CASE, JOBS, LIVE, OUR, PREMISES, WE, words
from kbgen.core.folded_words import folded_pattern
from kbgen.core.mailboxes import FREE_MAIL
from kbgen.core.markdown_code import code_map
from kbgen.core.readers_choice import names_department, unplaced

EMAIL = "email"
PHONE = "phone"
ADDRESS = "ip"
KEY = "key"
HOST = "host"
"""The kinds of value this module judges."""

STATED = "stated"
EXAMPLE = "example"
VOICED = "example, as we"
"""How the text declares a value harmless (Surroundings.declares)."""
DECLARED = ("its text says what it is (an example, a digest, a public fingerprint, an"
            " organisation's contact, a device's factory address)")
LOCAL = "the reader's own computer (loopback or localhost in code, or named so)"
EXAMPLE_CODE = "a private address in a code block introduced as an example"
LISTED = "a private address in a listing a tool printed (a table in code)"
PRINTED = "a private address a command printed (code after a prompt, or called output)"
OWN_PORT_ADVICE = ("a server on the reader's own computer: check that the article tells readers"
                   " what runs there (an internal note's `localhost:8080` cannot work for them)"
                   "; this is a warning, the page is published")
"""Why this module's rules accept a value, for reviewers."""
MAX_CODE_LINES = 200
"""A code block is read back this many lines at most for its prompt."""

MAX_BLOCK_LINES = 40
"""A paragraph is read at most this many lines either side of the value."""

OWNER_REACH = 600
"""Characters of each text around a code block read for its owner (_owned_block): the end of
the paragraph before it, the start of the sentence after it (a 400 KB paragraph of names took
3 s to read whole)."""

_LEGAL_FORM = re.compile(
    r"\b[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|and|for|de|du|der|für)){0,8}[ \t,]+"
    r"(?:Limited|Ltd\.?|LLC|L\.L\.C\.|LLP|Inc\.?|Incorporated|Corp\.?|Corporation|plc|PLC"
    r"|GmbH|AG|SE|S\.A\.S?|SAS|SARL|S\.à\.? ?r\.l\.|S\.r\.l\.|S\.p\.A\.|B\.V\.|BV|N\.V\.|NV"
    r"|Oy|Oyj|AB|A/S|ApS|ASA|Pty(?: Ltd)?|Sp\. z o\.o\.|DAC|UG|KG|e\.V\.)(?![\w])"
)
"""A capitalised name followed by a company's legal form (`Prighter Privacy IRE Limited`); at
most nine words of name, so a line of thousands of capitalised words is read in linear work
(each word was the start of a run to the line's end: 0.35 s for 1,600 words, rev54)."""
_ROLE = re.compile(
    r"(?i)\brepresentative|\bart(?:icle|\.)?\s*27\b|data[ -]protection[ -]officer|\bDPO\b"
    r"|registered (?:office|address|agent)|\bimpressum\b|vertreter|datenschutzbeauftragte"
    r"|repr[ée]sentant|rappresentante|representante|d[ée]l[ée]gu[ée] [àa] la protection"
)
"""What says the organisation is there as a contact for legal matters."""

_EXAMPLE = re.compile(
    r"(?i)(?:\bfor (?:example|instance)|\b(?:for|in) this example\b"
    r"|\bas an (?:example|illustration)|\be\.\s?g\.|\bz\.\s?b\."
    r"|\bzum beispiel|\bpar exemple|\bpor ejemplo|\bad esempio|\bper esempio|\bbijvoorbeeld"
    r"|\bbijv\.)"
)
"""Words that introduce an example anywhere earlier in the sentence."""
_EXAMPLE_JUST_BEFORE = re.compile(
    r"(?i)\b(?:such as|like|say|example|exemple|ejemplo|esempio)[\s:,*_]*[`\"'“‘*_(\[]*$"
)
"""Words that introduce an example right before the value (`an address such as ...`)."""
_REAL = re.compile(
    folded_pattern(r"(?i)\b(?:customers?|clients?|requesters?|callers?|tickets?|wrote|reported|complain"
    r"|kunde|client[e]?s?|cliente|" + words(CASE, english=False) + r")\b"
    r"|(?-i:" + person_names.PERSON + ")")
)
"""A sentence about a real person's case, not an invented example (and kbgen.core.claim_words'
in five more languages)."""
_OWN_NETWORK = re.compile(
    r"(?i)\b(?:our|internal|staging|production|prod|intranet|corporate|office|vpn"
    r"|data ?cent(?:er|re)|back-?end|database|db|" + words(OUR, LIVE, PREMISES, english=False)
    + r")\b"
)
"""A sentence about the company's own network (and claim_words' in five more languages)."""
_READERS_OWN = re.compile(
    r"(?i)\byour[ \t]+(?:own[ \t]+)?(?:internal|vpn|intranet|office|corporate|company"
    r"|data ?cent(?:er|re)|back-?end|database|db|client[ \t]+(?:device|machine|computer))\b"
    r"|\b(?:ihr(?:e[mnrs]?)?|dein(?:e[mnrs]?)?|votre|vos|tu|tus|vuestr[oa]s?|tuo|tua|tuoi|tue"
    r"|vostr[oaie]|uw|jouw)[ \t]+(?:[\w-]+[ \t]+)?(?:" + words(PREMISES, english=False) + r")\b")
"""The reader's own side (`your internal DNS servers`, `your client device`; in five more
languages, the adjective before or after its noun: `Ihren internen Server`, `votre serveur
interne`): a help site cannot know it, so an address or host name given for it as an example
(`e.g.`) is one."""
_REPLACE_BEFORE = re.compile(r"(?i)\breplace[ \t]+(?:the[ \t]+)?(?:ip[ \t]+)?(?:address[ \t]+)?"
                             r"[`'\"]?$")
_WITH_YOURS = re.compile(r"(?i)[`'\"]?[ \t]+with[ \t]+your\b")
"""`Replace <value> with your …`: the value is a stand-in for the reader's own."""
_DOTTED = re.compile(r"[\w-]+(?:\.[\w-]+)+")
"""Dotted names (`company.internal`), taken out of a sentence before its words are read."""
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bz\.b)[.!?](?:\s+|$)(?=[A-Z0-9\"“(*_]|$)")

_FACTORY = re.compile(
    r"(?i)\bdefault\b|\bfactory\b|out of the box|\bfirst (?:power|turn|switch|start|boot|set)"
    r"|\bsetup mode\b|\baccess point\b|\bhotspot\b|\bits own (?:wi-?fi )?network"
    r"|\bcreates? (?:a|its own) (?:wi-?fi |wireless )?network|\bwerkseinstellung|\bstandard"
    r"(?:adresse|-ip)|\bpar d[ée]faut\b|\bpredeterminad"
)
"""What says an address is a device's own, as it comes from the factory."""
HASH_WORDS = re.compile(r"(?i)hash|sha-?\d|md5|checksum|digest|fingerprint|commit|etag"
                        r"|pr[üu]e?fsumme|kontrollsumme|empreinte|somme de contr|controlesom"
                        r"|suma de (?:verificaci|comprobaci)")
"""Words that say hex digits are a digest (`SHA-256 checksum: ...`, `md5sum`)."""
SECRET_WORDS = re.compile(r"(?i)secret|token|passw|credential|api[_ -]?key|private|licen[cs]e"
                          r"|\bkeys?\b|hmac|signing|bearer|\bauth|webhook|schl[üu]ssel"
                          r"|\bcl[ée]s?\b|\bclave\b|\bchiave\b|sleutel")
"""Words that make hex a key, even beside `hash` or `SHA-256` (an HMAC key)."""
DIGEST_LENGTHS = frozenset({32, 40, 56, 64, 96, 128})
"""Hex digits of an MD5, SHA-1, SHA-224, SHA-256, SHA-384 or SHA-512 digest."""
FINGERPRINT_LENGTH = 40
"""Hex digits of an OpenPGP v4 fingerprint."""
_HEX = frozenset("0123456789abcdefABCDEF")
_FENCE = re.compile(r"\s*(?:```|~~~)")
_PGP = re.compile(r"(?i)\bgpgv?\b|\bgnupg\b|\b(?:open)?pgp\b|openpgp|fingerprint|keyserver")
"""What says a key is an OpenPGP key (its fingerprint is public)."""
_SECRET = re.compile(r"(?i)secret|token|passw|credential|api[_ -]?key|private|hmac|bearer"
                     r"|\bauth|webhook|license|licence")
"""Words that make hex on a line a secret whatever the paragraph says."""
MAX_ARMOUR_LINES = 120
"""An armoured block (a certificate, a public key) is read back this many lines at most."""
_ARMOUR_BEGIN = re.compile(r"-----BEGIN ([A-Z0-9 ]{1,40})-----")
_PUBLIC_ARMOUR = re.compile(r"(?i)\bPUBLIC KEY\b|\bCERTIFICATE\b(?! REQUEST)|\bPUBLIC KEY BLOCK\b")
_CLIENT_ADDRESS = re.compile(r"(?:\bLast login: .{0,40}\bfrom |\bSSH_(?:CLIENT|CONNECTION)=)$")
"""What OpenSSH prints before the address a session came from (`Last login: … from
10.187.28.101`, `SSH_CLIENT=192.168.94.65 45946 22`): the reader's own client, in a login's
output."""
_INTERFACE = re.compile(r"(?:^|\s)(?:inet6?|netmask|broadcast|src|peer)\s+$")
"""What `ip addr` and `ifconfig` print before the reader's own interface's addresses."""
_READERS_NETWORK = re.compile(
    r"(?i)\byour\b|\bassum(?:e|ing)\b|\bsuppose\b|\bimagine\b|\blet'?s say\b")
"""A sentence about the reader's own network (`your router`, `Assuming your Pi-hole is at`)."""
_YOUR = re.compile(r"(?i)\byour\b")
"""The reader's own, said without supposing."""
_EXAMPLE_DOMAIN = re.compile(r"(?i)\bexample\.(?:com|org|net)\b|\.(?:example|test)\b")
"""A reserved example domain near the value (`address=/example.com/192.168.1.1`). Not the
documented companies' domains (`contoso.com`): a mailbox there is accepted as one at
`example.com` is, but beside a private address in a table or a hosts line it made the address
an example (rev57), and no seen text needed it."""
_EXAMPLE_HEADING = re.compile(r"(?i)\bexamples?\b|\bbeispiel|\bexemple|\bejemplo")
_INTRODUCES = re.compile(r":[*_]*\s*(?:</\w+>\s*)*$")
"""A line ending with `:`, emphasis or HTML's closing tags aside (`<p>From ticket #4821:</p>`)."""
_PORT_OR_PATH = re.compile(r"[`\"'*_]*(?::\d|/\w)")
"""A port or a path after a host: an address to visit (`localhost:8080`, `127.0.0.1/setup`)."""
_PORT_ONLY = re.compile(r"[`\"'*_]*:\d{2,5}/?(?![\w/?#-]|\.\w)")
"""A port after a host, and a slash at most: a server's front page, no path in it."""
_DNS_PORT = re.compile(r"[`\"'*_]*#\d{2,5}(?![\w/?#:-]|\.\w)")
"""A port as DNS software writes it (`127.0.0.1#5335`: dnsmasq, unbound, Pi-hole), no path."""
_DEV_SERVER = re.compile(
    r"(?i)\blocally\b|\bin (?:your|a|the) (?:web )?browser\b|\bdev(?:elopment)? server\b"
    r"|\bworking [\w.+-]+ (?:app|application|server|site)\b|\bnpm run dev\b"
    r"|\b(?:your|the) (?:own |local )?(?:computer|machine|laptop)\b")
"""Words of a sentence about running the reader's app on their own computer."""
_FRONT_PAGE = re.compile(r"(?::\d{2,5})?/?(?=[\s)\]>\"'`*_,;]|[.!?:](?:\s|$)|$)")
"""After a local URL's host: a port and a slash at most, then the URL's end (a space, a closing
bracket or quote, or a sentence's end): nothing of a path, query or pattern."""
_VISIT = re.compile(
    r"(?i)\b(?:visit|open|navigate to|browse to|surf to|go to|point (?:your|a|the) (?:web )?browser"
    r"|(?:be|is|are) running (?:at|on)|(?:reached|available|reachable) at)\b")
"""Words telling the reader to open an address."""
_ANCHORED_SCHEME = re.compile(r"\^https\??://$|\^https?://$")
"""A regular expression's anchor and a URL's scheme, just before the host."""
_CATCH_ALL = re.compile(r"(?::\d{2,5})?/\(\.[*+]\)\$?(?![\w/?#%.-])")
"""After the host: a port at most, then only a group matching any path (`/(.*)`)."""
_OUTPUT_FENCE = re.compile(
    r"(?i)\s*(?:`{3,}|~{3,})\s*\{?\s*\.?(?:output|out|console-output|stdout|stderr|logs?)\b")
"""A fence whose info string says the block is what a program printed."""
_BARE_FENCE = re.compile(r"[ \t]*(?:`{3,}|~{3,})[ \t]*")
"""A fence with no info string."""
_SHELL_FENCE = re.compile(r"(?i)[ \t]*(?:`{3,}|~{3,})[ \t]*(?:shell|bash|sh|zsh|console"
                          r"|powershell|ps1|cmd|bat)[ \t]*")
"""A fence opening a block of shell commands."""
_OWN_COMPUTER = re.compile(r"(?i)\blocalhost\b|\bloopback\b|\b(?:this|your own|the same|the"
                           r" local|your local) (?:computer|machine|host|device)\b")
"""Words naming the reader's own computer beside a loopback address."""
_EMPHASIS = re.compile(r"[*_]{1,3}")
"""Emphasis marks, which glue to the word they mark (`__Production proxy:__`)."""
_INTRODUCES_EXAMPLE = re.compile(
    r"(?i)\bexample\b|\bfor instance\b|\be\.\s?g\.|\bsomething like\b|\blike this\b"
    r"|\blooks? like\b|\bsimilar to (?:the following|this)\b|\bsample\b|\bbeispiel|\bexemple"
    r"|\bejemplo|\besempio|\bvoorbeeld")
"""Words saying the code block after them is an example."""
_FILE_FIELD = re.compile(r"\*?(?:[a-z][a-z0-9+.-]*://)?\S*/\S*|\*?[\w.+-]+\.[A-Za-z0-9]{1,6}")
"""A listing's path or file name (`s3://bucket/dir/file`, `*copy.bin`, `./a/b`)."""
_LISTING_FIELD = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d{1,2}:\d{2}(?::\d{2})?|\d+(?:[.,]\d+)?[KMGTPE]?i?B?"
    r"|[dlrwxst-]{10}[.+@]?|[A-Z][A-Z_]{1,15}|" + _FILE_FIELD.pattern)
"""Every column of a file listing: dates, times, sizes, modes, storage classes, files."""
_PRIVATE_V4 = tuple(ipaddress.ip_network(net)
                    for net in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
_LINK_LOCAL_V4 = ipaddress.ip_network("169.254.0.0/16")
_NAME_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_PERSON_LOCAL = re.compile(r"(?i)[a-z]+(?:[._-][a-z]+)+")
_PLAIN_WORD = re.compile(r"[a-z]{2,20}")
_HEADER_CELL = r"[A-Z][A-Z0-9_()/.#%-]*(?: [A-Z][A-Z0-9_()/.#%-]*)?"
_LISTING_HEADER = re.compile(rf"\s*{_HEADER_CELL}(?:(?:\s{{2,}}|\t){_HEADER_CELL}){{2,}}\s*")
"""A header of at least three upper-case column names (`NAME  READY  STATUS  IP  NODE`)."""
_TABLE_BORDER = re.compile(r"\s*\+[-=]+(?:\+[-=]+)*\+\s*")
"""The border of an ASCII table (`+------+-----+`), as OpenStack's client prints it."""
_OWN_SIDE = re.compile(r"(?i)\b(?:our|we|us|internal|staging|production|prod|office|corporate"
                       r"|intranet|company|employees?|"
                       + words(OUR, WE, LIVE, PREMISES, english=False) + r")\b")
"""Words placing a listing on the company's own network (and claim_words' in five more
languages)."""
_PROMPT = re.compile(r"\s*(?:\$|[\w.@:~/\[\]-]*[\w\]~][$%#]|PS [^\n>]{0,80}>)\s")
"""A shell prompt opening a line (`$ `, `sh-4.2$ `, `[user@puhti ~]$ `, `root@vm:~# `)."""
_WRITES_OR_SHOWS_FILE = re.compile(
    r"^(?:sudo\s+)?(?:cat|less|more|head|tail|bat|type|Get-Content|gc|vi|vim|nano|emacs|tee"
    r"|sudoedit|crontab)\b|<<|>\s*\S")
"""A command whose following lines are a file's text or typed input (`cat config`, `cat <<EOF`,
`tee /etc/hosts`), not what a program printed: configuration stays a finding."""
_INTRODUCES_OUTPUT = re.compile(
    r"(?i)\boutput\b|\bprint(?:s|ed)?\b|\blogs?\b|\berrors?\b|\bmessages?\b|\bresponse\b"
    r"|\breturns?\b|\byou (?:should|will|would) see\b|\bdisplay(?:s|ed)?\b|\bresults?\b")
"""Words saying the code block after them is what a program printed."""
_SIZE_AND_PATH = re.compile(r"\s*\d{1,15}(?:[.,]\d+)?[KMGTP]?i?B?\s+(\S{1,400})\s*")
"""A listing's row: a size, then a path (`rclone ls`, `du -a`)."""
_COMMAND_LINE = re.compile(r"[$%#>]\s+[\w./-]")
"""A shell prompt and a command after it, anywhere on the line (`[user@host ~]$ rclone ls`)."""
_TAG = re.compile(r"<[^<>\n]{0,200}>")
MIN_LISTED_ROWS = 3
_ENCRYPTED_NAME = re.compile(r"[0-9a-v]+")
_ENCRYPTED_LENGTHS = frozenset(-(-16 * blocks * 8 // 5) for blocks in range(1, 17))
"""rclone crypt's names (its default `base32` encoding): AES blocks of 16 bytes written in
lower-case base32hex without padding: 26, 52, 77, … characters."""
_LONG_RUN = re.compile(r"[A-Za-z0-9+_=-]{16,}")


def _encrypted_names(path: str) -> bool:
    """Every key-like part of `path` is an encrypted name (`4lpbj55pc5v8t119q0tp2o6k58`); a
    key of another shape (mixed case, hex of 32 or 40 characters) is no encrypted name."""
    return all(_ENCRYPTED_NAME.fullmatch(part) and len(part) in _ENCRYPTED_LENGTHS
               for segment in path.split("/") for part in _LONG_RUN.findall(segment))
_WE = re.compile(r"(?i)\b(?:" + words(OUR, WE) + r")\b")
"""The writer's side, in the six languages whose example words `_EXAMPLE` knows
(Surroundings.claims_real): a value `Na przykład` introduces is no example to begin with."""
_OWN_PLACE = re.compile(r"(?i)\b(?:" + words(LIVE) + r")\b")
"""Words placing a value on a live system, in six languages (`internal`, `office`, `corporate`
describe a tutorial's made-up network as often: NetBird's `the Berlin office: an internal wiki`)."""
_SOMEONES_CASE = re.compile(
    folded_pattern(r"(?i)\b(?:" + words(CASE) + r"|client['’]s|clients['’])(?!\w)"
    r"|(?-i:" + person_names.PERSON + ")"))
"""A real person's case (`_REAL` without `client`, which names software as often: `through
the client`); both read a person named by title (`Frau Müller`: person_names)."""
_EXAMPLE_WORD = re.compile(r"(?i)\b(?:example|beispiel|exemple|ejemplo|esempio|voorbeeld)")
"""A sentence speaking of an example (Surroundings.claims_real)."""
_NAMES_POSSESSIVE = re.compile(
    r"\b(?!(?:Here|There|That|It|What|Who|Let|Where|How|Developer|User|Admin|Administrator"
    r"|Engineer|Reader|Operator)['’]s\b)" + NAME + r"['’]s\b")
"""Someone's (`Jane's laptop`): `_POSSESSIVE` but contractions (`Here's`) and a role's
(`Developer's laptop`, NetBird's tutorial persona)."""
_OWN_LINE = re.compile(r"\s*(?:[-*+][ \t]|\d{1,2}[.)][ \t]|\||#)")
"""A line that starts its own sentence: a list's item, a table's row, a heading."""
_CLAUSE_END = re.compile(r"[;!?]|" + _SENTENCE_END.pattern)
_OUR_EXAMPLE = re.compile(r"(?i)\b(?:our|unser\w*|notre|nuestro|nostro|onze?)[ \t]+(?:own[ \t]+)?"
                          r"(?:example|sample|demo|setup|set-up|beispiel|exemple|ejemplo"
                          r"|esempio|voorbeeld)\w*")
"""The text's own example (`with our example above`): no claim that a value is real."""
_OUR_EXAMPLE_ONLY = re.compile(r"(?i)\b(?:our|unser\w*|notre|nos|nuestros?|nostr[oi]|onze?)"
                               r"[ \t]+(?:own[ \t]+)?(?:example|sample|beispiel|exemple|ejemplo"
                               r"|esempio|voorbeeld)\w*")
"""`our example` without `our setup` or `our demo` (a real network's as often): taken out of
a code block's introduction before its `our` is read as the company's side (`our example
log:`, `Unser Beispiel-Log:`); `our example from the office` keeps its `office`."""
_CASE_AFTER = re.compile(r"(?i)\b(?:" + words(CASE) + r")\b")
"""A real case in the sentence after a code block (kbgen.core.claim_words' CASE: `customer`,
`ticket`, `reported`, `Kunde`, `du client`; not `client` alone, which is software as often)."""
_POSSESSIVE = re.compile(r"\b[A-Z][a-z]+['’]s\b")
"""Someone's (`Jane's laptop`)."""
_CAPITAL_FORM = re.compile(r"\b[A-Z][A-Z&.-]+(?:[ \t]+[A-Z][A-Z&.-]*){0,8}[ \t,]+"
                           r"(?:LTD|LIMITED|INC|CORP|CORPORATION|GMBH|LLC|PLC|SARL|SRL|LTDA)\b"
                           r"|\b[a-z][a-z&-]+[ \t]+(?:ltd|inc|corp|gmbh|llc|plc|sarl)\b\.?"
                           r"(?![\w.-])")
"""A name and its legal form in capitals or in lower case (`ACME CORP FIREWALL LOG`, `from
acme corp:`)."""
_SEAT = re.compile(r"(?i)\bHQ\b|\bhead ?quarters\b|\bhead office\b|\bsp\. ?z ?o\.o\b"
                   r"|[\u30a0-\u30ff\u4e00-\u9fff]社(?:の|が|で|内)|公司")
"""A company's seat (`Globex HQ`) or a company in Japanese or Chinese (`アクメ社の`, `公司`)."""
_TRANSLATED_OWNER = re.compile("(?i)" + translated_claims.pattern(
    translated_claims.CASE, translated_claims.COMPANY, translated_claims.PERSON))
"""A customer's case, a company or someone in seven more languages (`клиента`, `ООО «…»`)."""
_NAMED_FROM = re.compile(
    r"\b(?i:from|of|at|for|by|von|vom|bei|de|du|des|chez|van|di|del)[ \t]+"
    r"[A-Z][\w&-]*[a-z][\w&-]*\b"
    r"|\b[A-Z][\w&-]+[ \t]+\([A-Z][a-z]+\)")
"""A name after `from`/`of` (`Firewall log from Globex`), or one with its place (`Acme
(Berlin)`)."""
_PLURAL_OWNER = re.compile(r"\b" + NAME + r"s['’](?![\w'’])")
"""A name ending in `s` as an owner (`Stark Industries' VPN log`)."""
_CIDR = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}/\d{1,2}(?![\w/])")
_INVENTORY = re.compile(
    r"(?i)\b(?:payroll|hr|finance|database|db|backup server|nas|file ?share|printers?|ldap"
    r"|active directory|domain controller|mail server|erp|crm|jenkins|gitlab|wiki|cameras?"
    r"|cctv|" + words(JOBS, english=False) + r")\b")
"""A machine's job in an organisation: an address beside it places the machine (and
claim_words' in five more languages)."""
_CODE_COMMENT = re.compile(r"(?:#|//|;)[ \t]")
"""A comment line in code (`# Jensen GmbH's NAS`)."""
_PREFIX_AFTER = re.compile(r"/\d{1,3}(?![\w/]|\.\w)")
"""A prefix length right after an address (`/24`)."""
NETMASK_HOST = ("a host's address written with its netmask (`10.20.30.40/24`) where nothing"
                " names an owner: a tutorial's own interface, as main read it")
_ADDRESS = re.compile(r"(?<![\w.:/])\d{1,3}(?:\.\d{1,3}){3}(?![\w/]|\.\d)")
MAX_LESSON_ADDRESSES = 3
"""A paragraph about addressing shows a network and an address or two; more distinct
addresses, or one beside a machine's job, map a network."""


def _host_map(paragraph: str) -> bool:
    """The paragraph places machines on a network (`the payroll database is 10.1.2.3`, or
    more than MAX_LESSON_ADDRESSES addresses): an inventory, not a lesson on addressing."""
    return (len(set(_ADDRESS.findall(paragraph))) > MAX_LESSON_ADDRESSES
            or _finds(_INVENTORY, paragraph))


ADDRESSING_ADVICE = ("a private address in a text about addressing: if it is no real network's,"
                     " prefer a documentation address (192.0.2.0/24, 198.51.100.0/24); this is a"
                     " warning, the page is published")
LISTED_PATH = "a path in a file listing a command printed (the same folder down its rows)"
_NOT_MOBILE = frozenset({
    phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.PREMIUM_RATE,
})
"""Numbers an organisation answers; mobile, pager and personal numbers are a person's."""


@dataclass
class Surroundings:
    """The lines of one text, asked whether a value's surroundings make it harmless."""

    lines: list[str]
    region: str | None = None
    written: tuple[str, ...] = ()
    """The lines as written, when the scanner's normalising changed them: what is decoded
    byte for byte (an armoured certificate) reads these."""
    _blocks: dict[int, tuple[int, int]] = field(default_factory=dict)
    _prose: list[str] | None = None
    _texts: dict[tuple[str, int], str] = field(default_factory=dict)
    """Paragraphs and settings by kind and first line, each joined once."""
    _in_code_somewhere: dict[tuple[int, bool, str], bool] = field(default_factory=dict)
    _lessons: dict[int, bool] = field(default_factory=dict)
    """Whether each paragraph (by first line) teaches addressing (addressing_lesson)."""
    _headings: list[int] | None = None
    _admonitions: list[str] | None = None
    _frames: dict[int, bool] = field(default_factory=dict)
    """Whether each line's setting frames a made-up set-up (_framed)."""
    _example_networks: list[ipaddress.IPv4Network] | None = None
    """The networks the text gives as examples (_in_example_network), found once."""
    _zones: list[str] | None = None
    """The zones the text tells the reader to create (_in_created_zone), found once."""
    """For each line, the admonitions holding it (kbgen.core.scenarios.admonitions)."""
    _placed_code: dict[tuple[int, str], bool] = field(default_factory=dict)
    """Whether each code line (by index and text) is placed (_code_placed)."""
    _owned_blocks: dict[int, bool] = field(default_factory=dict)
    """Whether the text around each code block (by its first line) says whose it is."""
    _armours: dict[int, bool] = field(default_factory=dict)
    """Whether each armoured block (by its BEGIN line) holds public material."""
    _pem: pem_blocks.PemBlocks | None = None
    """The page's certificates and public keys read as PEM reads them, once each."""
    _unwrapped: list[str] | None = None
    """The lines with armoured blocks in list items unwrapped (_armoured), made once."""
    """For each line, the last line before it that starts with `#` (-1 if none)."""

    def claims_real(self, index: int, line: str, start: int, end: int, voiced: bool) -> bool:
        """The sentence holding the value at [start, end) of `line` (line `index`, or its
        rendered view) places it with a customer, the company's own side (in English, German,
        French, Spanish, Italian or Dutch), a company or someone (`our database stays at
        10.20.30.40`, `Jane's laptop is 10.0.0.5`): a repeat of a value given elsewhere as an
        example that states a real fact. `we` and `our` alone do not where the example was
        `voiced` in them (`For this example, we'll be using 10.0.51.2`: `our Pi-hole at
        10.0.51.2` is the example's) or where the sentence speaks of the example (`We add the
        first client … in this example`)."""
        clause = self._clause(index, line, start, end)
        return (_finds(_SOMEONES_CASE, clause) or _finds(_OWN_PLACE, clause)
                or _finds(_LEGAL_FORM, clause) or _finds(_NAMES_POSSESSIVE, clause)
                or not voiced and _finds(_WE, clause) and not _finds(_EXAMPLE_WORD, clause))

    def voiced(self, index: int, line: str, start: int, end: int) -> bool:
        """The sentence holding the value at [start, end) of `line` speaks as `we` before it
        (`For this example, we'll be using 10.0.51.2`): see claims_real."""
        return _finds(_WE, self._clause(index, line, start, end, after=False))

    def _clause(self, index: int, line: str, start: int, end: int, after: bool = True) -> str:
        """The value's sentence up to it (from an earlier line of its paragraph, if it starts
        there: in prose, not in a list's item, a table's row or a code block's line) and, if
        `after`, its clause after it; dotted names and `our example` taken out."""
        if line == self.lines[index] and not _OWN_LINE.match(line) and self._prose_line(index):
            first, _ = self._block(index)
            earlier = nearby.last_of(self.lines[first:index])
            line, start, end = f"{earlier} {line}", start + len(earlier) + 1, end + len(earlier) + 1
        text = _sentence(line, start)
        if after:
            rest = nearby.after(line, end)
            stop = _CLAUSE_END.search(rest)
            text += " " + rest[:stop.start() if stop else None]
        return _OUR_EXAMPLE.sub(" ", _DOTTED.sub(" ", text))

    def _prose_line(self, index: int) -> bool:
        """Line `index` is not all code."""
        if self._prose is None:
            self._prose = code_map("\n".join(self.lines)).blanked().split("\n")
        return bool(self._prose[index].strip())

    def declares(self, index: int, line: str, start: int, end: int, kind: str) -> str:
        """What the text says the value at [start, end) of `line` (line `index`, or its
        rendered view) is, when that makes it harmless: STATED (a digest, an organisation's
        contact, a factory address: wherever the text repeats it), EXAMPLE (where a repeat
        does not claim it as real: claims_real), or "" (nothing)."""
        value = line[start:end]
        if kind == EMAIL:
            return (STATED if self._business_email(index, value)
                    else _said(EXAMPLE, self._example_email(line, start, value)))
        if kind == PHONE:
            return _said(STATED, self._business_phone(index, value))
        if kind == KEY:
            if password_schemes.within(line, start, end):
                return ""  # a password's digest: cracked offline whatever names it
            return _said(STATED, self._fingerprint(index, line, value)
                         or self._digest(index, value)
                         or self._listed_digest(index, line, start, value)
                         or self.in_public_block(index))
        if kind == ADDRESS:
            return (EXAMPLE if self._example_address(index, line, start, value)
                    else _said(STATED, self._factory_address(index, line, value)))
        if kind == HOST:
            return _said(EXAMPLE, _example_host(
                line, start, end, self._made_up(index, line, start)
                or self._in_created_zone(line[start:end])
                or line == self.lines[index] and self._listed_example(index)))
        return ""

    def local_code(self, index: int, line: str, start: int, end: int, kind: str) -> bool:
        """True for a loopback address or `localhost` written in code, or named as the
        reader's own computer in prose (there only), or a loopback address alone in a settings
        table's cell whose row and setting place nothing (settings_cells); or a private address
        in code after what `ip addr` or a login prints before the reader's own interface or
        client, when the code, its introduction and what follows place it with no one (`Our
        customer Jensen sent this:` over `inet 10.20.30.40`, fp62)."""
        value = line[start:end]
        if kind == HOST and value.lower() == "localhost" or kind == ADDRESS and _loopback(value):
            return (self._in_code(index, line, start) or self._code_on_line(index, line, value)
                    or _own_computer_named(line, start, end) or _dev_server(line, start, end)
                    or _front_page_to_visit(line, start, end) or _any_local_url(line, start, end)
                    or kind == ADDRESS and settings_cells.whole_cell(line, start, end)
                    and not default_networks.placed(f"{line}\n{self.setting(index)}"))
        if kind == ADDRESS and (_CLIENT_ADDRESS.search(nearby.before(line, start))
                                or _INTERFACE.search(nearby.before(line, start))):
            return self._in_code(index, line, start) and not self._code_placed(index, line)
        return False

    def addressing_lesson(self, index: int, line: str, start: int, end: int, kind: str) -> bool:
        """A private address in a paragraph that also writes a network in CIDR notation and
        says nothing of a customer or the company's own side (`ip_allowlist: 192.168.1.0/24
        10.0.0.1`, `traffic only from the subnet 192.168.1.0/24 and the IP 10.0.0.1`), nor a
        company (`Acme Ltd`) or someone's (`Jane's laptop`), nor does the sentence introducing
        its code block (`Jane's router config:`) or the paragraph introducing a table or a list
        (`Export from the customer's firewall:`, rev51): a how-to explaining addressing.
        It may still be someone's address, so it is advice (use 192.0.2.0/24), not an
        error."""
        if kind != ADDRESS or not _private_or_link_local(line[start:end]):
            return False
        first, _ = self._block(index)
        if first not in self._lessons:  # once per paragraph: a line of many addresses
            paragraph = self._paragraph(index)
            setting = f"{self._introduction(index)}\n{paragraph}"  # `Jane's router config:`
            lead_in = self._lead_in(first)  # a table's or a list's too (rev51)
            self._lessons[first] = bool(_CIDR.search(paragraph)) and not (
                _finds(_REAL, setting) or _finds(_OWN_SIDE, setting)
                or _finds(_LEGAL_FORM, setting) or _finds(_POSSESSIVE, setting)
                or _host_map(paragraph) or _placed_case(lead_in))
        if self._lessons[first] and _PREFIX_AFTER.match(line, end):  # `10.20.30.40/24`: its
            value = line[start:end] + "/"  # own prefix is no network the paragraph teaches
            return any(not cidr.startswith(value)
                       for cidr in _CIDR.findall(self._paragraph(index)))
        return self._lessons[first]

    def own_computer_port(self, line: str, start: int, end: int, kind: str) -> bool:
        """`localhost:5432` or `127.0.0.1:6274` in prose, a port and a slash at most after
        it, no user before it: a server on the reader's own computer, the same on every
        computer, so no leak; it is advice (is it the reader's server?), not an error."""
        value = line[start:end]
        return ((kind == HOST and value.lower() == "localhost"
                 or kind == ADDRESS and _loopback(value))
                and not line.endswith("@", 0, start)
                and bool(_PORT_ONLY.match(line, end) or _DNS_PORT.match(line, end)))

    def listed_path(self, index: int, line: str, start: int, end: int, kind: str) -> bool:
        """A key-like path (`4lpbj55…/90alc…/flqit…`) as a row of a file listing a command
        printed (`rclone ls` of an encrypted bucket): the row is a size and the path, the
        listing follows a command's line, and at least MIN_LISTED_ROWS of its rows are paths
        in the same folder: a folder's name repeated down a listing, not a secret pasted once.
        A line naming a secret, a lone row or a path in a command (`ls /scratch/<key>`) is
        still a finding."""
        match = _SIZE_AND_PATH.fullmatch(line)
        if (kind != KEY or match is None or match.start(1) != start or match.end(1) != end
                or "/" not in line[start:end] or _finds(_SECRET, line)
                or not _encrypted_names(line[start:end])):
            return False
        folder = line[start:end].split("/")[0] + "/"
        first = index
        while first > 0 and index - first < MAX_BLOCK_LINES and _SIZE_AND_PATH.fullmatch(
                self.lines[first - 1]):
            first -= 1
        last = index
        while (last + 1 < len(self.lines) and last - index < MAX_BLOCK_LINES
               and _SIZE_AND_PATH.fullmatch(self.lines[last + 1])):
            last += 1
        if first == 0 or not _COMMAND_LINE.search(_TAG.sub("", self.lines[first - 1])):
            return False
        same = sum(1 for row in self.lines[first:last + 1]
                   if row.split()[-1].startswith(folder))
        return same >= MIN_LISTED_ROWS

    def printed(self, index: int, line: str, start: int, end: int, kind: str) -> str | None:
        """Why the private address at [start, end) is one a tool printed (a listing's row, or
        a command's output), or None."""
        if (kind != ADDRESS or not _private_or_link_local(line[start:end])
                or not self._in_code(index, line, start) or _PROMPT.match(line)
                or index > 0 and _continued(self.lines[index - 1])):
            return None  # a command, or a command's continued line
        if person_names.logged_person(line):
            return None  # `… Jane Doe logged in from 10.…`: someone's session, no resource
        if self._code_placed(index, line):  # tutorials say `our database`
            return None
        if self._listed(index, line):
            return LISTED
        if (self._after_prompt(index) or _INTRODUCES_OUTPUT.search(self._introduction(index))
                or self._output_block(index) or self._after_command_block(index)):
            return PRINTED
        return None

    def _code_placed(self, index: int, line: str) -> bool:
        """Line `index` (as `line`), its code's introduction or what follows the code places
        it with a real case, the company's side, a company (`Initech GmbH firewall output:`) or
        someone's (`Acme Corp's firewall log:`, net61's left); read once a line, however many
        addresses it holds (leak55: a line of 400 took 6 s)."""
        if (index, line) not in self._placed_code:
            setting = self._introduction(index) + "\n" + line
            self._placed_code[(index, line)] = bool(
                _REAL.search(setting) or _OWN_SIDE.search(_OUR_EXAMPLE_ONLY.sub(" ", setting))
                or _LEGAL_FORM.search(setting) or default_networks.owner_named(setting)
                or _REAL.search(after := self._after_code(index))
                or default_networks.owner_named(after) or self._owned_block(index))
        return self._placed_code[(index, line)]

    def _owned_block(self, index: int) -> bool:
        """The text just around the code block holding line `index` says whose it is: the
        paragraph before the block (ending with `:` or not), its fence's options (`title=`),
        the block's section heading or the sentence after it names someone other than the
        writer (_names_owner: `Acme Corp's firewall log:`, `## Log from Initech GmbH`, `Stark
        Industries' VPN log.`). A block called output is still that one's output (hostile62).
        Read once a block."""
        opening = self._code_opening(index)
        if opening < 0:
            return False
        if opening not in self._owned_blocks:
            previous = opening - 1
            while previous >= 0 and not self.lines[previous].strip():
                previous -= 1
            lead = self._paragraph(previous) if previous >= 0 else ""
            fence = self.lines[opening] if _FENCE.match(self.lines[opening]) else ""
            around = "\n".join((lead[-OWNER_REACH:], fence[:OWNER_REACH],
                                 self._heading(opening)[:OWNER_REACH],
                                 self._after_code(index)[:OWNER_REACH]))
            self._owned_blocks[opening] = _names_owner(around)
        return self._owned_blocks[opening]

    def unowned_netmask_host(self, index: int, line: str, start: int, end: int) -> bool:
        """The address at [start, end) is a host's written with its netmask
        (`10.20.30.40/24`, as `ip addr` prints it; the scanner reads it as an address, own63)
        and nothing around it names an owner: no customer, case, company or someone's in its
        setting, or around its code block (_names_owner; `from X`, `for NetBird`, names a
        program as often and is not read here: this reading is new). Tutorials configure
        their own made-up interfaces so (`Address = 10.8.0.2/24`): main did not read those
        addresses at all, and still does not."""
        if not _PREFIX_AFTER.match(line, end):
            return False
        if self._in_code(index, line, start):  # what the code itself names is a program's
            heading = self._heading_before(self._block(index)[0])  # (`(Red Hat, Inc.)`)
            around = "\n".join((self._introduction(index), self._after_code(index),
                                 self.lines[heading] if heading >= 0 else "",
                                 *self._code_comments(index)))
        else:
            around = self.setting(index)
        return not _names_owner(around, named_from=False)

    def _code_comments(self, index: int) -> list[str]:
        """The comment lines (`# Jensen GmbH's NAS`, `// …`, `; …`) of the code block holding
        line `index`, within MAX_CODE_LINES either side."""
        first, last = max(0, index - MAX_CODE_LINES), min(len(self.lines), index + MAX_CODE_LINES)
        comments = []
        for step, stop in ((-1, first - 1), (1, last)):
            for number in range(index, stop, step):
                text = self.lines[number].lstrip(" \t>")
                if _FENCE.match(text):
                    break
                if _CODE_COMMENT.match(text):
                    comments.append(text)
        return comments

    def _code_opening(self, index: int) -> int:
        """The first line of the code block holding line `index` (its opening fence, or the
        first line of an indented block), or -1 when it is no block."""
        first, _ = self._block(index)
        if _FENCE.match(self.lines[first]) or self.lines[first].startswith(("    ", "\t")):
            return first
        for number in range(index - 1, max(-1, index - MAX_CODE_LINES), -1):
            if _FENCE.match(self.lines[number]):
                return number
        return -1

    def _after_command_block(self, index: int) -> bool:
        """Line `index` is in a fenced block with no info string that follows, blank lines
        aside, a shell block of commands (```` ```shell ````: `dokku network:report`), none of
        which shows or writes a file (`cat config`, `tee`, `vi`): that command's output, as
        docs that write commands without a prompt set it below them."""
        opening = next((number for number in range(index - 1, max(-1, index - MAX_CODE_LINES), -1)
                        if _FENCE.match(self.lines[number])), None)
        if opening is None or not _BARE_FENCE.fullmatch(self.lines[opening]):
            return False
        closing = opening - 1
        while closing >= 0 and not self.lines[closing].strip():
            closing -= 1
        if closing < 0 or not _BARE_FENCE.fullmatch(self.lines[closing]):
            return False
        commands = []
        for number in range(closing - 1, max(-1, closing - MAX_CODE_LINES), -1):
            text = self.lines[number]
            if _FENCE.match(text):
                if not _SHELL_FENCE.fullmatch(text):
                    return False
                break
            if text.strip() and not text.lstrip().startswith("#"):
                commands.append(_PROMPT.sub("", text, count=1).strip())
        else:
            return False
        before = number - 1
        while before >= 0 and not self.lines[before].strip():
            before -= 1
        first, _ = self._block(before) if before >= 0 else (0, -1)
        paragraph = " ".join(self.lines[first:before + 1])
        return (bool(commands) and not names_whose(paragraph)
                and not any(_WRITES_OR_SHOWS_FILE.search(command) for command in commands))

    def _output_block(self, index: int) -> bool:
        """Line `index` is in a fenced block whose info string says it is output
        (```` ```output ````, `` ```console-output ``, `` ```log ``)."""
        for number in range(index - 1, max(-1, index - MAX_CODE_LINES), -1):
            if _FENCE.match(self.lines[number]):
                return bool(_OUTPUT_FENCE.match(self.lines[number]))
        return False

    def _after_prompt(self, index: int) -> bool:
        """A line of the fenced code block holding line `index`, before it, opens with a
        shell prompt."""
        for number in range(index - 1, max(-1, index - MAX_CODE_LINES), -1):
            text = self.lines[number]
            if _FENCE.match(text):
                return False
            if prompt := _PROMPT.match(text):
                command = text[prompt.end():].strip()
                return bool(command) and not _WRITES_OR_SHOWS_FILE.search(command)
        return False

    def named_after_code(self, index: int, line: str, start: int) -> bool:
        """The value at `start` of line `index` is in code, and the sentence after the code
        names a real case or someone's or a company (`That is the customer's server.` under
        an `ifconfig` whose netmask declares the network; fp62): a page's own example network
        is no longer a warning there."""
        if not self._in_code(index, line, start):
            return False
        after = self._after_code(index)
        return bool(after) and bool(_CASE_AFTER.search(after)
                                    or default_networks.owner_named(after))

    def _after_code(self, index: int) -> str:
        """The first sentence after the fenced code block holding line `index`, within
        MAX_CODE_LINES (`This is Initech's production cluster.`); empty when there is none."""
        for number in range(index + 1, min(len(self.lines), index + MAX_CODE_LINES)):
            if _FENCE.match(self.lines[number]):
                following = number + 1
                while following < len(self.lines) and not self.lines[following].strip():
                    following += 1
                if following == len(self.lines):
                    return ""
                text = " ".join(self.lines[following:self._block(following)[1] + 1])
                end = _SENTENCE_END.search(text)
                return text[:end.end() if end else nearby.NEAR]
        return ""

    def _listed(self, index: int, line: str) -> bool:
        """Line `index` is a row of a listing a tool printed in code: under a header of
        upper-case column names, or within an ASCII table's borders."""
        return len(line.split()) >= 3 and (self._table_row(index, line)
                                           or self._under_header(index))

    def _table_row(self, index: int, line: str) -> bool:
        """Line `index` is a row of an ASCII table (`| a | b |` under a `+---+` border)."""
        if not (line.strip().startswith("|") and line.strip().endswith("|")):
            return False
        first, _ = self._block(index)
        return any(_TABLE_BORDER.fullmatch(text) for text in self.lines[first:index])

    def _under_header(self, index: int) -> bool:
        """Line `index` is a row under a header of upper-case column names, every line
        between them a row of at least three columns too."""
        first, _ = self._block(index)
        for number in range(index - 1, first - 1, -1):
            text = self.lines[number]
            if _LISTING_HEADER.fullmatch(text):
                return True
            if len(text.split()) < 3 or _FENCE.match(text):
                return False
        return False

    def example_code(self, index: int, line: str, start: int, end: int, kind: str) -> bool:
        """True for a private address in a code block that the sentence before it introduces
        as an example (`might look like this:`, `Example with authentication:`), when neither
        speaks of a customer, a ticket or the company's own network, and the text around the
        block names no owner (_owned_block: an example of Acme Corp's log is Acme Corp's)."""
        if kind != ADDRESS or not self._in_code(index, line, start):
            return False
        address = _ipv4(line[start:end])
        if address is None or not (_private(address) or address in _LINK_LOCAL_V4):
            return False
        introduction = self._introduction(index)
        return (bool(_INTRODUCES_EXAMPLE.search(introduction))
                and not _REAL.search(introduction + "\n" + line)
                and not _OWN_NETWORK.search(
                    _OUR_EXAMPLE_ONLY.sub(" ", introduction + "\n" + line))
                and not self._owned_block(index))  # `For example, Acme Corp's log:`

    def _introduction(self, index: int) -> str:
        """The last sentence before the code block holding line `index`, when it ends with
        `:` (`…might look like this:`); empty otherwise."""
        first, _ = self._block(index)
        if not _FENCE.match(self.lines[first]) and not self.lines[first].startswith("    "):
            return ""
        previous = first - 1
        while previous >= 0 and not self.lines[previous].strip():
            previous -= 1
        if previous < 0 or not self.lines[previous].rstrip().endswith(":"):
            return ""
        text = " ".join(self.lines[self._block(previous)[0]:previous + 1])
        return _sentence(text, len(text)) or text

    # -- paragraphs ------------------------------------------------------------------------

    def _block(self, index: int) -> tuple[int, int]:
        """[first, last] line of the paragraph (run of non-blank lines) holding `index`."""
        if index not in self._blocks:
            first = last = index
            while (first > 0 and index - first < MAX_BLOCK_LINES
                   and self.lines[first - 1].strip()):
                first -= 1
            while (last + 1 < len(self.lines) and last - index < MAX_BLOCK_LINES
                   and self.lines[last + 1].strip()):
                last += 1
            self._blocks[index] = (first, last)
        return self._blocks[index]

    def setting(self, index: int) -> str:
        """The paragraph holding line `index`, its section's heading and the text
        introducing it (see _setting)."""
        return self._setting(index)

    def _paragraph(self, index: int) -> str:
        first, last = self._block(index)
        key = ("paragraph", first)
        if key not in self._texts:
            self._texts[key] = "\n".join(self.lines[first:last + 1])
        return self._texts[key]

    def _setting(self, index: int) -> str:
        """The paragraph, the heading of its section and the text introducing it (the
        paragraph before, when it ends with `:` or this one is a code block)."""
        first, _ = self._block(index)
        key = ("setting", first)
        if key not in self._texts:
            self._texts[key] = self._joined_setting(index, first)
        return self._texts[key]

    def _joined_setting(self, index: int, first: int) -> str:
        parts = [self._paragraph(index)]
        if lead_in := self._lead_in(first):
            parts.append(lead_in)
        heading = self._heading_before(first)
        if heading >= 0:
            parts.append(self.lines[heading])
        return "\n".join(parts)

    def _lead_in(self, first: int, fenced: bool = True) -> str:
        """The paragraph before the one starting at line `first`, when it ends with `:` or
        (`fenced`) this one is a code block: what introduces it; else ""."""
        previous = first - 1
        while previous >= 0 and not self.lines[previous].strip():
            previous -= 1
        if previous >= 0 and (_INTRODUCES.search(self.lines[previous])
                              or fenced and _FENCE.match(self.lines[first])):
            return self._paragraph(previous)
        return ""

    def _example_section(self, index: int, before: str) -> bool:
        """Line `index`'s section heading says `Example`, and neither the heading nor what
        introduces its paragraph says whose (`## Examples` over `The customer sent this log in
        ticket #4821:`, `Our production database:`), nor does its paragraph before the value
        (`before`: the value's line up to it) name a customer's case (rev51)."""
        heading = self._heading(index)
        if not _finds(_EXAMPLE_HEADING, heading):
            return False
        first, _ = self._block(index)
        return not names_whose(_DOTTED.sub(
            " ", f"{heading}\n{self._lead_in(first, fenced=False)}")) and not self._case_before(
            index, before)

    def _example_placed(self, index: int, clause: str, departments: bool = True) -> bool:
        """The clause an example's marker introduces a value in, or its section's heading,
        names a secret for it or places it with a case, a machine's job, the company's side or
        someone (`(e.g., ping 10.20.30.40) against the payroll server`, `…; the token for it
        is in the vault`, `## Ticket 4821 from the customer`): the marker then shows a real
        one (marked_examples' readings: names_secret, default_networks.placed; atk54). The
        reader's own and a kind of thing place nothing (`Geben Sie Ihren internen Server an`,
        `Use a private address`: kbgen.core.readers_choice; leak55), unless (`departments`)
        they name a department (`your payroll server`; leak56)."""
        clause = unplaced(clause, departments)
        heading = unplaced(self._heading(index), departments)
        return (names_secret(clause) or default_networks.placed(_DOTTED.sub(" ", clause))
                or default_networks.placed(_DOTTED.sub(" ", heading))
                or departments and names_department(f"{clause}\n{heading}"))

    def _case_before(self, index: int, before: str) -> bool:
        """The paragraph holding line `index`, up to `before` on that line, names a customer's
        case or a company (`The customer in ticket #4821 could not connect. The server is
        at`); `we` there is often an example's own voice."""
        first, _ = self._block(index)
        earlier = _DOTTED.sub(" ", "\n".join([*self.lines[first:index], before]))
        return _finds(_SOMEONES_CASE, earlier) or _finds(_LEGAL_FORM, earlier)

    def _heading_before(self, index: int) -> int:
        """The last line before line `index` that starts with `#` (its section's heading), or
        -1: from a table made in one pass over the text, not by reading back from each
        paragraph (4,000 paragraphs without a heading were quadratic)."""
        if self._headings is None:
            last, self._headings = -1, []
            for number, line in enumerate(self.lines):
                self._headings.append(last)
                if line.lstrip().startswith("#"):
                    last = number
        return self._headings[index]

    def _in_code(self, index: int, line: str, start: int) -> bool:
        """The value at `start` of line `index` is code (in the line as shown: when the
        whole line is code)."""
        prose_line = self._prose_line(index)
        prose = self._prose[index] if self._prose else ""
        if line != self.lines[index]:
            return not prose_line and bool(self.lines[index].strip())
        return start < len(prose) and prose[start] != line[start]

    def _code_on_line(self, index: int, line: str, value: str) -> bool:
        """`value` is written in code somewhere on line `index` (a link's target beside the
        same URL in code: [`http://127.0.0.1:8888/`](http://127.0.0.1:8888/)); asked once
        per line, view and value, however often the line repeats it."""
        key = (index, line == self.lines[index], value)
        if key not in self._in_code_somewhere:
            found = line.find(value)
            while found >= 0 and not self._in_code(index, line, found):
                found = line.find(value, found + 1)
            self._in_code_somewhere[key] = found >= 0
        return self._in_code_somewhere[key]

    # -- business contact data -------------------------------------------------------------

    def _organisation_named(self, index: int) -> bool:
        return (_finds(_LEGAL_FORM, self._paragraph(index))
                and _finds(_ROLE, self._setting(index)))

    def _business_email(self, index: int, address: str) -> bool:
        local, _, domain = address.partition("@")
        if domain.lower().split(".", 1)[0] in FREE_MAIL or not self._organisation_named(index):
            return False
        return not _names_person(local, self._paragraph(index))

    def _business_phone(self, index: int, number: str) -> bool:
        if not self._organisation_named(index):
            return False
        try:
            parsed = phonenumbers.parse(number, self.region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.number_type(parsed) in _NOT_MOBILE

    # -- examples --------------------------------------------------------------------------

    def _example_email(self, line: str, start: int, address: str) -> bool:
        local, _, domain = address.partition("@")
        return (domain.lower().split(".", 1)[0] in FREE_MAIL
                and bool(_PLAIN_WORD.fullmatch(local.lower()))
                and _introduced_as_example(line, start))

    def _example_address(self, index: int, line: str, start: int, value: str) -> bool:
        """A private address given as an example or as one in the reader's own network: its
        sentence says so (`For example`, `Assuming your Pi-hole is at`), its line maps it to
        an example domain (`address=/example.com/192.168.1.1`), or its section's heading
        says `Example`; never beside a customer, a ticket or the company's own network, nor
        the reader's own under a heading naming a department (`## Payroll servers`; leak56),
        nor where its sentence states a thing it belongs to in words that are no network's (`the
        boss's computer has the address`, `the AcmeCorp web interface`: kbgen.core.
        stated_owners; leak57)."""
        if not _private_or_link_local(value) and not (
                _loopback(value) and not _PORT_OR_PATH.match(line, start + len(value))
                and not line.endswith(("://", "@"), 0, start)):
            return False  # loopback, alone: the same on every computer (`e.g., 127.0.0.1`)
        if _persons_login(line, start):
            return False  # `ssh anna.virtanen@10.1.2.3`: someone's account, no example's
        written = line == self.lines[index]
        made_up = self._made_up(index, line, start) or self._hosted(index, line, start, value)
        parameter = parameter_rows.described(line, start, start + len(value))
        if written:  # the sentence may start on an earlier line
            first, _ = self._block(index)
            earlier = nearby.last_of(self.lines[first:index])
            line, start = f"{earlier} {line}", start + len(earlier) + 1
        sentence = _sentence(line, start)
        rest = nearby.after(line, start)
        if _private_or_link_local(value) and (
                stated_owners.placed(sentence, nearby.after(line, start + len(value)))
                or line.endswith("://", 0, start)
                and stated_owners.owned_interface(sentence + nearby.after(line, start))):
            return False  # `For example, the boss's computer has the address …` (leak57)
        readers = _READERS_NETWORK
        if made_up or scenarios.supposed(sentence):
            # `internal` is the reader's side there, a supposition's `we` nobody's: unless the
            # set-up still says whose (`Let's say we have internal DNS at …, which is ours`)
            unplaced = (scenarios.unplaced(sentence), scenarios.unplaced(rest))
            made_up = not _whose(" ".join(unplaced))
            if made_up:
                sentence, rest = unplaced
            else:  # its supposing words no longer make it the reader's, `your` still does
                readers = _YOUR  # (rev47: `Let's say we have DNS at …, which is ours` passed)
        if (_own_network(line, start, sentence) or _REAL.search(_readers(line, start, sentence)
                                                                + rest)
                or _LEGAL_FORM.search(sentence)):
            return False  # `Acme Corp's gateway 10.44.2.7`: a named company's, no example
        picked = not default_networks.in_default_network(value)  # a company's, not a router's
        return (_introduced_as_example(line, start) and not self._example_placed(
                    index, sentence + " " + rest, picked)
                or _to_replace(line, start, start + len(value)) and not (
                    _OWN_NETWORK.search(_DOTTED.sub(" ", rest)) or names_whose(rest))
                or bool(readers.search(sentence + rest)) and not _readers_placed(
                    sentence, rest, picked)
                and not (picked and names_department(self._heading(index)))
                or bool(_EXAMPLE_DOMAIN.search(nearby.around(line, start, start)))
                or written and self._example_section(index, line[:start])
                or written and example_assumptions.assumed(self.lines, index)
                or made_up
                or template_values.template_value(line, start, start + len(value))
                or bool(parameter) and not _whose(parameter)  # `| \`HOST_IP=…\` | Specify …`
                or written and self._listed_example(index))

    def _hosted(self, index: int, line: str, start: int, value: str) -> bool:
        """The private address `value` at `start` of `line` is a host of a network the text
        gives as an example elsewhere (`Site B: 10.1.0.0/24` under `## Example`), used in a
        code block (`route -p add 10.1.0.0 … 10.0.0.50`) or given as an example itself
        (`addresses like 10.10.1.5`): made up with that network, so judged as in a made-up
        set-up (its sentence's `internal` the reader's side; `our`, `office`, a customer, a
        company or someone's still decline). Not a code block that itself or the line
        introducing it places anything (`The customer sent this log:`, `# internal DNS`), nor
        a host stated in prose (`The internal DNS server is 10.100.0.53`): a company's note
        may state its own host beside an example range."""
        if not self._in_example_network(value):
            return False
        if _introduced_as_example(line, start):
            return True
        if line != self.lines[index] or self._prose_line(index):
            return False
        first, last = self._block(index)
        setting = _DOTTED.sub(" ", "\n".join([self._introduction(index),
                                               *self.lines[first:last + 1]]))
        return not names_whose(setting) and not _OWN_NETWORK.search(setting)

    def _in_example_network(self, value: str) -> bool:
        """`value` lies in a network the text gives as an example (_example_address judges
        where each network is written), found once per text."""
        if self._example_networks is None:
            self._example_networks = []  # judging the written networks asks no network
            self._example_networks = [
                network for index, start, network in example_networks.written(self.lines)
                if self._example_address(index, self.lines[index], start,
                                         str(network.network_address))]
        return example_networks.holding(self._example_networks, value)

    def _in_created_zone(self, value: str) -> bool:
        """The host name `value` is in a zone the text tells the reader to create, in a
        sentence that says nothing of whose it is (kbgen.core.created_zones): the
        walkthrough's own zone, made up with it."""
        if self._zones is None:
            self._zones = [zone for index, start, zone in created_zones.created(self.lines)
                           if not _whose(self.lines[index])]
        return created_zones.under(self._zones, value)

    def _listed_example(self, index: int) -> bool:
        """Line `index` is an item of a list its introduction calls examples (`Some common
        examples include:`: kbgen.core.example_lists), neither saying whose (`__Production
        proxy:__` under `This example makes the following assumptions:` stays a finding), nor
        the paragraph above the introduction or the section's heading (`From ticket #4821,
        the hosts Jane Doe's team lost:` over `Examples:`, rev51)."""
        if not example_lists.listed(self.lines, index):
            return False
        above = example_assumptions.introduction_at(self.lines, index)
        setting = "" if above is None else example_lists.paragraph_above(self.lines, above)
        return not _whose(_EMPHASIS.sub(
            " ", f"{example_assumptions.introduction(self.lines, index)}\n{self.lines[index]}")
        ) and not names_whose(_DOTTED.sub(" ", f"{setting}\n{self._heading(index)}")) and not (
            example_lists.placed_in_translation(f"{setting}\n{self._heading(index)}"))

    def _made_up(self, index: int, line: str, start: int) -> bool:
        """The value at `start` of `line` (line `index`, or its rendered view) is in a set-up
        the text makes up (kbgen.core.scenarios): its sentence supposes, or its section's
        heading, the admonition holding it or its list's introduction frames one and none, nor
        what introduces its paragraph, says whose it is, nor does its paragraph name a
        customer's case (rev51)."""
        if scenarios.supposed(_sentence(line, start)):
            return True
        return line == self.lines[index] and self._framed(index)

    def _framed(self, index: int) -> bool:
        """Line `index`'s section heading, admonition or list introduction frames a made-up
        set-up and says whose it is nowhere: judged once per line, however many values it
        holds (a heading of a thousand addresses is read once, not once for each)."""
        if index not in self._frames:
            if self._admonitions is None:
                self._admonitions = scenarios.admonitions(self.lines)
            heading = f"{self._heading(index)}\n{self._admonitions[index]}"
            introduction = example_assumptions.introduction(self.lines, index)
            lead_in = self._lead_in(self._block(index)[0], fenced=False)  # a table's (rev51)
            self._frames[index] = scenarios.framed(heading, introduction) and not names_whose(
                scenarios.unplaced(f"{heading}\n{introduction}\n{lead_in}")) and not (
                self._case_before(index, self.lines[index]))
        return self._frames[index]

    def _heading(self, index: int) -> str:
        """The heading of the section holding line `index` (empty before any). A line that
        starts with `#` is never a fence: `_heading_before` holds the rest."""
        if self.lines[index].lstrip().startswith("#"):
            return self.lines[index]
        number = self._heading_before(index)
        return self.lines[number] if number >= 0 else ""

    # -- OpenPGP fingerprints ---------------------------------------------------------------

    def _fingerprint(self, index: int, line: str, value: str) -> bool:
        return (len(value) == FINGERPRINT_LENGTH and set(value) <= _HEX
                and not _finds(_SECRET, line) and _finds(_PGP, self._setting(index)))

    def _digest(self, index: int, value: str) -> bool:
        """Hex of a digest's length in a paragraph (or the one introducing its code block, or
        its section's heading) that speaks of hashes or checksums and of no secret."""
        setting = self._setting(index)
        return (len(value) in DIGEST_LENGTHS and set(value) <= _HEX
                and _finds(HASH_WORDS, setting) and not _finds(SECRET_WORDS, setting))

    def _listed_digest(self, index: int, line: str, start: int, value: str) -> bool:
        """Hex of a digest's length as a column of a file listing in code (`md5sum`, `s3cmd
        ls`, `sha256sum` output: dates, sizes, storage classes and the file's path or name
        beside it), on a line that names no secret."""
        if (len(value) not in DIGEST_LENGTHS or not set(value) <= _HEX
                or _finds(SECRET_WORDS, line) or not self._in_code(index, line, start)):
            return False
        fields = line.split()
        if value not in fields:
            return False
        others = [f for f in fields if f != value]
        return (any(_FILE_FIELD.fullmatch(f) for f in others)
                and all(_LISTING_FIELD.fullmatch(f) for f in others))

    def in_public_block(self, index: int) -> bool:
        """Line `index` is inside an armoured block of public material (`-----BEGIN
        CERTIFICATE-----`, `PUBLIC KEY`, `PGP PUBLIC KEY BLOCK`, `CRYPT4GH PUBLIC KEY`); its
        END line is armour, not the block's material (a token written beside it is read). Its
        base64 may spell a secret's word by chance (`…HmACNS…`): no label."""
        lines = self._armoured()
        if "-----END " in lines[index]:
            return False
        for number in range(index - 1, max(-1, index - MAX_ARMOUR_LINES), -1):
            text = lines[number]
            if "-----END " in text:
                return False
            begin = _ARMOUR_BEGIN.search(text)
            if begin:
                return bool(_PUBLIC_ARMOUR.search(begin.group(1))) and "PRIVATE" not in (
                    begin.group(1).upper()) and self._armour_public(number, begin.group(1))
        return False

    def _armour_public(self, begin: int, label: str) -> bool:
        """The block opened on line `begin` holds what its label says (not a private key or
        random bytes between public markers): a certificate or public key whole and untouched
        (kbgen.core.pem_blocks), PGP's and Crypt4GH's by their first line; read once per
        block."""
        if begin not in self._armours:
            if label.strip() in pem_blocks.LABELS:  # whole, untouched, as the label says
                if self._pem is None:
                    written = list(self.written) if len(self.written) == len(self.lines) \
                        else self.lines
                    self._pem = pem_blocks.PemBlocks(pem_blocks.unwrapped(written),
                                                     MAX_ARMOUR_LINES)
                self._armours[begin] = self._pem.public(begin, label.strip())
            else:
                first = next((line for line in self._armoured()[begin + 1:begin + 4]
                              if line.strip() and ":" not in line), "")
                self._armours[begin] = public_keys.armoured_public(label, first)
        return self._armours[begin]

    def _armoured(self) -> list[str]:
        """The lines with armoured blocks written in a list's items unwrapped
        (kbgen.core.pem_blocks.unwrapped), made once."""
        if self._unwrapped is None:
            self._unwrapped = pem_blocks.unwrapped(self.lines) if any(
                "BEGIN " in line for line in self.lines) else self.lines
        return self._unwrapped

    # -- a device's factory address --------------------------------------------------------

    def _factory_address(self, index: int, line: str, value: str) -> bool:
        address = _ipv4(value)
        if address is None or not _private(address) or address.packed[-1] not in (1, 254):
            return False
        if _finds(_OWN_NETWORK, line):
            return False
        return _finds(_FACTORY, self._paragraph(index))


def _continued(line: str) -> bool:
    """`line` goes on on the next line (`\\` in a shell, `` ` `` in PowerShell, `^` in cmd)."""
    return line.rstrip().endswith(("\\", "`", "^")) and not _FENCE.match(line)


def _own_computer_named(line: str, start: int, end: int) -> bool:
    """`localhost` as a word, or a loopback address that its sentence names as the reader's
    own computer (`localhost (127.0.0.1)`, `the loopback address 127.0.0.1`), with no port
    or path after it: a concept, not an address to visit."""
    if line.endswith(("://", "@", "/"), 0, start) or _PORT_OR_PATH.match(line, end):
        return False
    if line[start:end].lower() == "localhost":
        return True
    return bool(_OWN_COMPUTER.search(_sentence(line, start) + line[end:end + 40]))


def _dev_server(line: str, start: int, end: int) -> bool:
    """`localhost:3000` or `127.0.0.1:5000/` (a port, no path) in a sentence about running the
    reader's app locally (`run our app locally … at http://localhost:3000`, `Open … in your
    browser`, `to confirm that you have a working Ruby application`): the development server
    on the reader's own computer. A path (`localhost:8080/admin`) or another sentence (`Point
    your program to 127.0.0.1:9050`) is still a finding."""
    return bool(_PORT_ONLY.match(line, end)
                and _DEV_SERVER.search(_sentence_around(line, start, end)))


def _front_page_to_visit(line: str, start: int, end: int) -> bool:
    """`http://localhost`, `http://127.0.0.1:81/` (a URL's host, a port at most, no path or
    query) in a sentence telling the reader to open it (`you can visit Firefly III at
    http://localhost`, `Visit <http://localhost/>.`, `It will be running at …`, `can be reached
    at …`): the front page of what the reader just installed on their own computer, which
    names nothing of anyone's (branch fp48). A path (`/admin`, `/setup`), a query, or a
    sentence saying whose (`our production dashboard at …`) stays a finding: it says what the
    writer's own set-up holds."""
    if not line.endswith("://", 0, start) or not _FRONT_PAGE.match(line, end):
        return False
    sentence = _sentence_around(line, start, end)
    return bool(_VISIT.search(sentence)) and not names_whose(sentence)


def _sentence_around(line: str, start: int, end: int) -> str:
    """The sentence holding [start, end) of `line`: before it, and after it up to the
    sentence's end."""
    after = line[end:end + nearby.NEAR]
    stop = _SENTENCE_END.search(after)
    return _sentence(line, start) + " " + after[:stop.end() if stop else None]


def _any_local_url(line: str, start: int, end: int) -> bool:
    """`^http://localhost/(.*)`: a regular expression matching every path on the local host
    (Traefik's RedirectRegex reference, ×3), anchored and with nothing but a catch-all group
    after the host: a pattern names no page of anyone's (branch fp48). A path before the group
    (`^http://localhost/admin/(.*)`) stays a finding."""
    return (_ANCHORED_SCHEME.search(line, max(0, start - 10), start) is not None
            and _CATCH_ALL.match(line, end) is not None)


def names_whose(text: str) -> bool:
    """The text places what it shows with a customer, the company's own side, a company or
    someone (`the customer's`, `our office`, `Acme Ltd`, `Jane's`)."""
    return (_finds(_REAL, text) or _finds(_OWN_SIDE, text) or _finds(_LEGAL_FORM, text)
            or _finds(_POSSESSIVE, text))


def _names_owner(text: str, named_from: bool = True) -> bool:
    """The text names someone other than the writer as the owner of what it shows: a customer
    or a ticket, a company (its legal form, in capitals too, its seat, in other languages),
    a person or someone's (`Acme Corp's`, `Stark Industries'`, `Log from Initech GmbH`,
    `Globex HQ`, `ООО «Ромашка»`, `アクメ社の`), or a device by its owner's possessive in any
    language the gate reads (`Müllers Rechner`, `张伟的电脑`, `компьютер Иванова`: gap64).
    The writer's `we` and `our` are a tutorial's voice as often, and name no one else."""
    dotted = _DOTTED.sub(" ", text)  # `B.V.`, `S.A.`: the legal forms are read with dots
    return (_finds(_SOMEONES_CASE, dotted) or _finds(_NAMES_POSSESSIVE, dotted)
            or _finds(_PLURAL_OWNER, dotted) or _finds(_LEGAL_FORM, text)
            or _finds(_CAPITAL_FORM, text) or _finds(_SEAT, text)
            or _finds(_TRANSLATED_OWNER, text) or person_names.named_person(dotted)
            or default_networks.someones(text)
            or named_from and _finds(_NAMED_FROM, dotted))


_LOGIN_BEFORE = re.compile(r"([\w.-]{1,64})@$")


def _persons_login(line: str, start: int) -> bool:
    """The value at `start` is given to a login that names a person (`jane.doe@10.1.2.3`):
    someone's account, which no example makes up (`traefik@`, `admin@`, `jane@` may be)."""
    login = _LOGIN_BEFORE.search(line, max(0, start - 65), start)
    return bool(login and _PERSON_LOCAL.fullmatch(login.group(1)))


def _placed_case(text: str) -> bool:
    """The text places what follows it with a customer's case, the company's own side, a
    company or someone (`Export from the customer's firewall last night:`); `client` alone,
    which names software as often (`troubleshooting-client`), does not."""
    return (_finds(_SOMEONES_CASE, text) or _finds(_OWN_SIDE, text)
            or _finds(_LEGAL_FORM, text) or _finds(_NAMES_POSSESSIVE, text))


def _whose(text: str) -> bool:
    """The text says whose what it shows is (names_whose, dotted names aside), or speaks as
    the writer (`ours`, `we`)."""
    text = _DOTTED.sub(" ", text)
    return names_whose(text) or _finds(_WE, text)


def _said(what: str, said: bool) -> str:
    """`what` when `said`, else ""."""
    return what if said else ""


def names_secret(line: str) -> bool:
    """The line calls what it holds a secret, a token, a password or a credential: a value
    accepted elsewhere in the text is not accepted there (`The token d41d8cd9…`)."""
    return _finds(_SECRET, line)


def _private_or_link_local(value: str) -> bool:
    """An RFC 1918, unique local (fc00::/7) or link-local address."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return address.is_private and not (address.is_loopback or address.is_unspecified) and (
        address.version == 6 or _private(address) or address in _LINK_LOCAL_V4)


def _ipv4(value: str) -> ipaddress.IPv4Address | None:
    try:
        return ipaddress.IPv4Address(value)
    except ValueError:
        return None


def _loopback(value: str) -> bool:
    try:
        return ipaddress.ip_address(value).is_loopback
    except ValueError:
        return False


def _private(address: ipaddress.IPv4Address) -> bool:
    """In an RFC 1918 network (not loopback, not link-local)."""
    return any(address in network for network in _PRIVATE_V4)


def _sentence(line: str, start: int) -> str:
    """The sentence of `line` up to `start` (its last NEAR characters at most)."""
    before = nearby.before(line, start)
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


def _to_replace(line: str, start: int, end: int) -> bool:
    """The line tells the reader to put their own in the value's place (`# Replace 10.0.0.53
    with your actual nameserver IP`): a stand-in, wherever the page repeats it."""
    return (_REPLACE_BEFORE.search(line, max(0, start - nearby.NEAR), start) is not None
            and _WITH_YOURS.match(line, end) is not None)


def _readers(line: str, start: int, sentence: str) -> str:
    """`sentence` without the reader's own side (`your internal DNS`, `your client device`)
    where it introduces the value as an example: a help site gives an example for it."""
    if _READERS_OWN.search(sentence) and _introduced_as_example(line, start):
        return _READERS_OWN.sub(" ", sentence)
    return sentence


def _own_network(line: str, start: int, sentence: str) -> bool:
    """The sentence speaks of the company's own network (not of the reader's, in an
    example)."""
    sentence = _DOTTED.sub(" ", sentence)  # `app.internal.company.com` says no `internal`
    return bool(_OWN_NETWORK.search(sentence)) and bool(
        _OWN_NETWORK.search(_readers(line, start, sentence)))


def _example_host(line: str, start: int, end: int, made_up: bool = False) -> bool:
    """A host name under an internal suffix that its sentence introduces as an example (`e.g.,
    corp.local`, `for example grafana.berlin.internal`), no login's (`jane@`), where neither
    its sentence (dotted names aside: `company.internal` says no `internal`) nor its own
    labels place it with a customer, the company's own side, a company, someone or a
    machine's job (`payroll.acme.internal`, `our build01.corp`). In a set-up the text makes up
    (`made_up`: kbgen.core.scenarios) no example word is needed, and `internal` and the
    supposition's `we` do not place it; `ours` still does."""
    value = line[start:end]
    if value.lower() == "localhost" or line.endswith("@", 0, start):
        return False
    sentence = _readers(line, start, _sentence(line, start))
    rest = nearby.after(line, end)
    if made_up:  # a made-up set-up's `internal` and `we` (kbgen.core.scenarios)
        sentence, rest = scenarios.unplaced(sentence), scenarios.unplaced(rest)
    sentence, rest = _DOTTED.sub(" ", sentence), _DOTTED.sub(" ", rest)
    return ((_introduced_as_example(line, start) or made_up)
            and not _OWN_NETWORK.search(sentence) and not _REAL.search(sentence + rest)
            and not names_whose(sentence + " " + rest)
            and not (made_up and _finds(_WE, sentence + " " + rest))
            and not default_networks.placed(
                sentence + " " + re.sub(r"[.-]", " ", value.rsplit(".", 1)[0])))


def _readers_placed(sentence: str, rest: str, departments: bool = True) -> bool:
    """The sentence about the reader's own network still places the value once the reader's
    own and a kind of thing are taken out: `Enter your internal server, e.g. 10.20.30.40,
    which is the payroll server` names the team's machine (kbgen.core.readers_choice; rev55).
    URLs are taken out first: a link's path is no place (`…/wiki/List_of_tz…` in a table row
    above is no wiki server)."""
    clause = unplaced(_URL_TEXT.sub(" ", f"{sentence} {rest}"), departments)
    if scenarios.supposed(sentence):  # a made-up set-up's devices are nobody's (rev47)
        return names_secret(clause)
    return names_secret(clause) or default_networks.placed(_DOTTED.sub(" ", clause)) \
        or departments and names_department(clause)


_URL_TEXT = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s)\]>`'\"]*")
"""A URL, up to its end or the bracket or quote around it."""


def _introduced_as_example(line: str, start: int) -> bool:
    """The value at `start` is given as an example, and not from a real person's case."""
    sentence = _sentence(line, start)
    if _REAL.search(sentence + nearby.after(line, start)) or person_names.unlisted_person(
            sentence + nearby.after(line, start)):
        return False
    return bool(_EXAMPLE.search(sentence) or _EXAMPLE_JUST_BEFORE.search(sentence))


def _names_person(local: str, paragraph: str) -> bool:
    """`jane.doe`, or a local part made of names written in the paragraph (`jane`,
    `janedoe`, `jdoe`, `janed` beside `Jane Doe`): a name, two names, an initial and a
    name, or a name and an initial."""
    local = local.lower().split("+", 1)[0]
    if _PERSON_LOCAL.fullmatch(local):
        return True
    names, initials = _names_in(paragraph)
    if local in names:
        return True
    if any(local[:cut] in names and local[cut:] in names for cut in range(1, len(local))):
        return True
    return len(local) > 1 and (local[0] in initials and local[1:] in names
                               or local[:-1] in names and local[-1] in initials)


@lru_cache(maxsize=256)
def _names_in(paragraph: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of `paragraph` that may be names, lowercased, and their first letters."""
    names = frozenset(word.lower() for word in _NAME_WORD.findall(paragraph))
    return names, frozenset(name[0] for name in names if name)


@lru_cache(maxsize=4096)
def _finds(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` occurs in `text`: asked once per paragraph, setting or line however many
    values it holds (a line of thousands of addresses is read once, not once for each)."""
    return pattern.search(text) is not None

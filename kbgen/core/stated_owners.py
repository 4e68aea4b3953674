"""The thing a sentence says holds an address, for the gate (issue 19, branch leak57).

An example's marker or a supposition (`For example, …`, `Suppose …`) lets a private address
through where nothing places it. But a sentence that *states* where a described thing is (its
subject, a verb of holding, the value: `the printer in the Krakow branch has the address
192.168.37.12`, `the boss's computer is at …`, `we use the printer at …`; or the value, `is`,
then the thing: `… is the contractor's server`) says whose the thing is by how it describes it:
a site of the company (`branch`, `headquarters`, `factory`), a person or a party (`the boss's`,
`the contractor's`), the organisation (`the organisation's`), a live system (`the live
server`), the writer (`we`). The marker beside it shows a real one.

The refusal is by structure, not by a list of placing words (those leak: last session's attack
put 159 texts through word lists): the subject is read word by word, and it describes a machine
in a network's own words only if **every** word is one (`the side router`, `the IP address of
the Web server`, `a routing peer runs on a machine with IP`, `your reverse proxy`). Any other
word, a possessive of anything but a machine (`the boss's`), a name no list of network words or
vendors holds (`Krakow`, `AcmeCorp`) or a pronoun of the writer places the value: the example's
marker no longer accepts it. The accepting vocabulary is closed, so a new placing word is refused
without being listed. Only a stated subject is read: a value the marker gives alone (`e.g.
10.0.0.5`, `ping 10.0.0.100`) has none.
"""

from __future__ import annotations

import re

_FRAME = frozenset(
    "has have had gets get got uses use used is are was were be been will would sits sit runs owns"
    " run listens listen resides reside set assigned configured given reachable available found"
    " located at on under with to of the a an its ip ipv4 ipv6 address addresses static fixed"
    " private local lan".split())
"""Words between a subject and its value that say where the subject is (`has the static IP
address`, `is reachable at`, `:`): read from the value back, they are the frame, not the
subject."""
_HOLDS = frozenset("has have had gets got uses use used is are was were be sits runs listens"
                   " resides assigned configured reachable available located at owns".split())
"""The frame's words that state where something is: without one, no subject is stated."""

_NETWORK_WORDS = frozenset("""
    server servers host hosts machine machines computer computers pc pcs laptop laptops desktop
    workstation device devices printer printers scanner nas router routers gateway gateways modem
    switch switches firewall access point ap bridge container containers pod pods vm vms virtual
    instance instances node nodes peer peers cluster proxy reverse load balancer resolver
    resolvers nameserver nameservers dns dhcp ntp web http https ftp sftp ssh smtp imap mail
    database db backend frontend api app application service services interface interfaces nic
    network networks lan wan wlan vlan subnet tunnel vpn wireguard exit side main primary
    secondary first second third other another new remote local target upstream downstream
    destination source home raspberry pi camera phone tablet tv controller domain dc replica
    replicas ip ipv4 ipv6 address addresses static dynamic fixed private public management media
    file files storage test demo example sample endpoint listener relay agent daemon client
    clients wi-fi wifi wireless hotspot bridge docker kubernetes k8s linux windows ubuntu debian
    routing routed hub spoke site tailscale headscale netbird rustdesk pi-hole pihole unbound
    dnsmasq nginx caddy traefik apache isp os cpu default standard fritz tp-link netgear linksys
    asus mikrotik ubiquiti unifi openwrt opnsense pfsense synology qnap turris omnia luci admin
    administration management configuration settings setup login control panel
    """.split())
"""Words that describe a machine in a network's own terms: its kind, its role in the network,
its software (`the side router`, `the RustDesk server`, `a routing peer`)."""
_FUNCTION_WORDS = frozenset("""
    the a an this that these those its your yours one some each every any all same both either
    of in on at with for to from by and or if when then where which whose who that's it
    is are was were be been will would can could should may might has have had gets get got
    uses use used sits runs run listens resides set assigned configured given reachable
    available located called named running listening say let's suppose supposing assume
    assuming imagine internal
    """.split())
"""Words of a subject that describe nothing (articles, prepositions, the frame's verbs, the
reader's `your`)."""

_VALUE_FIRST = re.compile(
    r"(?i)^[`'\"*_]*(?::\d{1,5})?[`'\"*_]*(?:[ \t]+(?:is|are|was|belongs[ \t]+to|=)"
    r"|[ \t]*[,—–][ \t]*(?:that|this|it|which)(?:['’]s|[ \t]+(?:is|was))"
    r"|[ \t]*[,—–][ \t]*i\.e\.,?)[ \t]+(?P<subject>[^.;!?()]{1,120})")
"""The value, then `is` and what it is (`10.20.30.40 is the boss's laptop`), or a clause of
its own that says so (`10.20.30.40, that's the CFO's PC`, `…, which is the tenant's camera`:
gap58)."""
_ARROW_TO = re.compile(r"^[`'\"*_]*[ \t]*(?:→|->|=>|⇒)[ \t]*(?P<subject>[^.;!?()]{1,120})")
"""The value, then an arrow to what it is (`192.168.1.20 → the accountant's desktop`: gap59);
read for a possessive only (a capture's `192.168.1.150 → 9.9.9.9 TCP` is no one's)."""
_CLAUSE_START = re.compile(
    r"(?i).*(?:[,;(]|\b(?:for (?:example|instance)|e\.\s?g\.|such as|like|say|suppose|supposing"
    r"|assume|assuming|imagine|let'?s say|if|when|where|that|and|but|while)\b)")
"""What opens the value's clause: its subject starts after it."""
_APPOSITION = re.compile(r"[ \t]*(?:,|\(|:|—|–)[ \t]*[`'\"*_]*$")
"""A comma, a bracket, a colon or a dash right before the value: it renames the phrase before."""
_DETERMINERS = frozenset("the a an your its this that".split())
"""A noun phrase's first word: only a phrase set off so is read (`Enter the range (…)` is an
instruction, not a thing named)."""
_CODE_SPAN = re.compile(r"`[^`\n]{0,200}`")
_TOKEN = re.compile(r"[^\W_][\w'’-]*")
_SETTING = re.compile(r"(?:://|[=@/\\]|[\w-][`'\"]?:[`'\"]?)$"
                      r"|^[ \t]*(?:[-*][ \t]+)?[`'\"]?[\w.-]+[`'\"]?:[ \t]*[`'\"]?$")
"""A URL's scheme, a setting's `=` or `key:`, a login's `@` just before the value: a setting or a
link, not a sentence's statement."""


def placed(before: str, after: str) -> bool:
    """The sentence states where a thing is, the value's clause being `before` it and `after`
    it, and describes the thing with a word that is no network's (`the boss's computer has
    the address`, `10.20.30.40 is the contractor's server`)."""
    if _SETTING.search(before):
        return False
    voiced = bool(_EXAMPLES_OWN.search(before))
    if third_party(before):
        return True
    stated = _subject_before(before)
    if stated is not None and not _network_words(stated, voiced):
        return True
    match = _VALUE_FIRST.match(after)
    if match and not _network_words(_CLAUSE_END.split(_WH.sub("", match.group("subject")))[0],
                                    voiced):
        return True
    clause = _SENTENCE_END.split(_CLAUSE_END.split(after)[0])[0]
    return not voiced and bool(_WRITER_AFTER.search(clause))  # `… at 10.20.30.40 for us`


def owned(before: str, after: str) -> bool:
    """The sentence states where a thing is and names its possessor, a word that is no
    network's: a possessive (`the boss's computer is …`, `… is the accountant's desktop`) or
    the words after `of`, `in`, `for`, `at`, `from` (`the router of the subscriber`, `the
    printer in the Leeds depot`). Narrower than `placed`: a thing described by another word
    alone (`The box answers at …`) is not read as someone's (a home router's address, gap58)."""
    if _SETTING.search(before):
        return False
    stated = _subject_before(before)
    if stated is not None and _possessor(stated):
        return True
    if stated is not None and _HELD_BY.search(before) and _someone(stated):
        return True  # `The CFO uses 192.168.1.20`, `the boss has …` (gap59)
    if any(not _network_words([match.group("name")]) for match in _USED_BY.finditer(before)):
        return True  # `the computer Marta uses is …` (gap59)
    if (arrow := _ARROW_TO.match(after)) and _possessor(
            _TOKEN.findall(_CODE_SPAN.sub(" ", _CLAUSE_END.split(arrow.group("subject"))[0]))):
        return True
    match = _VALUE_FIRST.match(after)
    if match is None:
        return False
    subject = _CLAUSE_END.split(_WH.sub("", match.group("subject")))[0]
    words = _TOKEN.findall(_CODE_SPAN.sub(" ", subject))
    if re.match(r"(?i)\S*[ \t]+belongs[ \t]+to\b", after):
        return not _network_words(words)  # `192.168.1.20 belongs to the landlord`
    return _possessor(words)


_HELD_BY = re.compile(
    r"(?i)\b(?:uses|has|owns|is[ \t]+using|gets)[ \t]+(?:(?:the|a|an|static|fixed|private"
    r"|local|lan|ip|ipv4|address)[ \t]+)*[`'\"*_]*$")
"""A subject that uses, has or owns the value (`The CFO uses`, `the boss has the address`): one
that no network's word describes is someone (a device is said to sit, run or answer at it, or
is named by a network's word: `the printer has …`)."""


_THINGS = frozenset("""
    box appliance doorbell thermostat console speaker bulb plug sensor nvr dvr ups stick
    chromecast roku printer extender repeater mesh satellite station terminal kiosk display
    screen projector board unit
    """.split())
"""Devices a home has that the network's words do not name (a subject that uses an address may
be one: `the box has 192.168.1.20`)."""


_USED_BY = re.compile(r"\b[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}(?P<name>[A-Z][a-z]+)[ \t]+"
                      r"(?:uses|used|has|had|owns|owned)\b")
"""A thing, then a clause whose subject is a name that uses or owns it (`the computer Marta uses
is …`): the thing is that person's."""


def _someone(words: list[str]) -> bool:
    """The subject is `the` and one word that names no device nor network: lower case (`the
    boss`, `the accountant`) or a role's capitals (`The CFO`); a product's name is capitalised
    (`Home Assistant`, `the FRITZ!Box`) and stays unread."""
    if len(words) != 2 or words[0].lower() != "the":
        return False
    word = words[1]
    return (word.islower() and word.isalpha() or word.isupper() and 2 <= len(word) <= 4) \
        and word.lower() not in _THINGS and not _network_words([word])


_OWNING = frozenset("of in for at from belonging belongs owned".split())
"""Prepositions whose object owns the thing before them (`the router of the subscriber`), and
the words that say so (`the computer belonging to the headmaster`)."""


def _possessor(words: list[str]) -> bool:
    """A word of the subject is a possessive, or follows an owning preposition, and is no
    network's word (kbgen.core.stated_owners' closed vocabulary)."""
    after_owning = False
    for word in words:
        possessive = re.search(r"['’]s?$", word) is not None and word[0].isalpha()
        if (possessive or after_owning) and not _network_words([word]):
            return True
        if word.lower() in _OWNING:
            after_owning = True
    return False


_CLAUSE_END = re.compile(r"(?i)[,:;()]|\b(?:and|but|so|which|where|when|if)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_WH = re.compile(r"(?i)^[ \t]*(?:where|what|who|whom)\b")
"""`10.20.30.40 is where the boss works`: the clause after it is what the value is."""
_WRITER_AFTER = re.compile(r"(?i)\b(?:we|us)\b")
"""The writer in the value's clause after it (`… at 10.20.30.40 for us`)."""


_THIRD_PARTY = re.compile(
    r"\b(?:[Yy]our|[Tt]he)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?P<name>[A-Z][\w&.!-]*)[ \t]+"
    r"(?P<verb>[a-z]{2,}(?:s|ed))\b")
"""A noun phrase, then a clause of its own whose subject is a name (`your server Acme uses`,
`the VPN Initech provided`): the thing is that party's."""


def third_party(before: str) -> bool:
    """The clause `before` a value names the thing it stands for by a party no network's word
    or known vendor names, as the subject of a clause of its own (`Enter your server Acme
    uses, e.g.`, `ACME`): a company's thing, which the reader's own phrase does not make the
    reader's (leak57)."""
    return any(not _network_words([match.group("name")])
               and match.group("verb") not in _NOT_VERBS
               for match in _THIRD_PARTY.finditer(before))


_NOT_VERBS = frozenset("address addresses settings access class process status alias".split())
"""Words ending like a verb that are nouns after a product's name (`your Synology NAS
address`)."""


def _subject_before(before: str) -> list[str] | None:
    """The words of the subject the clause `before` the value states (`the printer in the
    Krakow branch` of `For example, the printer in the Krakow branch has the address`), or
    None when the words before the value state no subject."""
    clause = _CODE_SPAN.sub(" ", before)
    apposition = _APPOSITION.search(clause)
    if apposition:  # `the boss's computer, 10.…` / `(10.…)` / `: 10.…`: the value renames it
        clause = clause[:apposition.start()]
    opening = _CLAUSE_START.match(clause)
    words = _TOKEN.findall(clause[opening.end():] if opening else clause)
    if apposition:
        return words if words and words[0].lower() in _DETERMINERS else None
    held = False
    while words and words[-1].lower() in _FRAME:
        held = held or words[-1].lower() in _HOLDS
        words.pop()
    return words if held and words else None


def _network_words(words: list[str] | str, voiced: bool = False) -> bool:
    """Every word describes a machine in a network's own terms, or none: no possessive of
    anything else, no name outside the network's words and the known vendors. The writer
    (`we`) is the example's own voice where it plans (`we'll use`, `we can use`) or the
    sentence speaks of its example (`voiced`: `In this example, we use …`)."""
    from kbgen.core.stand_in_words import VENDORS  # a list shared with the stand-ins

    if isinstance(words, str):
        words = _TOKEN.findall(_CODE_SPAN.sub(" ", words))
    for number, word in enumerate(words):
        bare = re.sub(r"['’]s?$", "", word).lower()
        if bare in _WRITER and (voiced or number + 1 < len(words)
                                and words[number + 1].lower() in _PLANS):
            continue
        if not (bare in _NETWORK_WORDS or bare in _FUNCTION_WORDS or bare in VENDORS
                or bare.isdigit() or word.lower() in _PLANNED):
            return False
    return True


def network_words(words: list[str]) -> bool:
    """Every word describes a machine in a network's own terms (the closed vocabulary)."""
    return _network_words(words)


_WRITER = frozenset({"we", "i"})
_PLANS = frozenset("will would can could might shall may should".split())
_PLANNED = frozenset({"we'll", "we’ll", "we'd", "we’d", "i'll", "i’ll", "let's", "let’s"})
"""The writer planning the example (`we'll use`, `we can use`), not stating a fact."""
_EXAMPLES_OWN = re.compile(r"(?i)\b(?:in|for|with)[ \t]+(?:this|our|the)[ \t]+(?:example|tutorial"
                           r"|guide|setup|set-up|scenario|demo)\b")
"""A sentence speaking of its own example (`In this example, we use …`)."""



_OWNER_BEFORE = re.compile(
    r"(?i)((?:[^\W_][\w'’!.-]*[ \t]+){1,3})(?=(?:web[ -]?(?:interface|ui|gui|page)|control panel"
    r"|admin(?:istration)? (?:page|panel|interface)|login page|settings page)\b)")
"""Up to three words right before an English web interface's name (`the AcmeCorp web
interface`, `your LuCI control panel`)."""
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|your|its|their|his|her|this|that)\b")
_OPENING = re.compile(
    r"(?i)\b(?:open|opening|visit|access|use|using|log|logging|sign|signing|in|into|to|on|at"
    r"|go|navigate|browse|launch|load|enter|reach|see|check|from|via|through|with)\b")
"""The verbs and prepositions that open a web interface (`Log into`, `Open`): not its owner."""
_CYRILLIC_NAME = re.compile(r"(?<=[\s«\"(])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_a-zа-яё]"
                            r"[^\W\d_]+")
"""A capitalised word written in Cyrillic, not the sentence's first (the scanner reads Cyrillic
letters as the Latin ones they look like, so the capital may be `O` or `C`): a proper name
(`роутера Иванова`, `сервер фирмы «Ромашка»`); Russian capitalises nothing else mid-sentence."""
_HAN_OWNER = re.compile(r"([\u4e00-\u9fff]{1,8})的(?=[\u4e00-\u9fff]{0,6}?(?:路由器|界面|面板|后台"
                        r"|设备|服务器|电脑|网关|光猫))")
"""A Chinese possessor before `的` and a device or its page (`张伟家的路由器`)."""
_HAN_NETWORK = re.compile(
    r"(?:你|您|你们|您们|你家|您家|路由器|设备|网关|光猫|系统|软件|程序|服务器|默认|浏览器|本机|电脑|网络"
    r"|局域网|管理|后台|界面|页面)$")
"""Possessors a router's page is anyone's with: the reader (`你家的路由器`), a device, software,
the default (`默认的地址`)."""


def owned_interface(sentence: str) -> bool:
    """The sentence says whose the web interface is by a word that is no network's: the words
    before its English name (`the AcmeCorp web interface`), a name in Cyrillic (`роутера
    Иванова`), a Chinese possessor other than the reader, a device or software (`张伟家的`):
    the accepting words are closed, anything else places the page (leak57)."""
    for match in _OWNER_BEFORE.finditer(sentence):
        words = _DETERMINER.split(match.group(1))[-1]
        if not _network_words(_OPENING.sub(" ", words)):
            return True
    first = re.match(r"\s*\S+", sentence)
    if _CYRILLIC_NAME.search(sentence, first.end() if first else 0):
        return True
    return any(not _HAN_NETWORK.search(owner.group(1)) for owner in _HAN_OWNER.finditer(sentence))

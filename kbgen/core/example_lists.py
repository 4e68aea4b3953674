"""Lists a sentence introduces as examples, for the gate (issue 19).

Firefly III's API page: "Some common examples include:" then a list of callback URLs, each with
a private address or a home network's name (`http://172.16.0.2/callback` "(172.16 is a common
IP range for Docker hosts)", `https://data-importer.home/callback`). The introduction says what
the items are, as `e.g.` before a value would. Judged as kbgen.core.example_assumptions judges
an example's assumptions: an item saying whose on its line or its continued lines (`the
customer's NAS`, `__Home NAS:__`, `production`, `our office`; host names aside, so
`data-importer.home` says no `home`) stays a finding. Only an introduction that is a paragraph
saying nothing but that examples follow counts: one saying more (`Examples of our office hosts:`,
`Examples of the hosts that failed last night:`) tells of real things (rev50). The caller
(kbgen.core.surroundings) adds its own guards.
"""

from __future__ import annotations

import re

from kbgen.core import default_networks, person_names, translated_claims
from kbgen.core.example_assumptions import _ITEM, _WHOSE, _item_lines, introduction_at

_BARE = re.compile(
    r"(?i)[ \t]*[*_]*(?:(?:(?:here|below|these) are )?(?:some |a few )?(?:common |typical )?"
    r"(?:examples?(?: include| are)?|for (?:example|instance)|e\.\s?g\.)"
    r"|(?:einige )?beispiele|(?:quelques )?exemples|(?:algunos )?ejemplos)[ \t]*:[*_]*[ \t]*")
"""An introduction saying only that examples follow (`Some common examples include:`, in
English, German, French and Spanish). One saying more (`Examples of the hosts that failed
last night:`, `Several servers were affected, such as:`) tells of real things (rev50)."""
_TRANSLATED = re.compile(r"[ \t]*[*_]*(?:esempi|exemplos|przykłady|exemple|例|示例|範例|范例|예제)"
                         r"[ \t]*[:：][*_]*[ \t]*", re.I)
"""The label alone, `Examples:`, as RustDesk's option pages translate it (Italian, Portuguese,
Polish, Romanian, Japanese, Chinese simplified and traditional, Korean; net58). The words
placing a value in those languages are a list (kbgen.core.translated_claims) that cannot know
every name, so such a list's item is an example only in the shape those pages give: nothing
but one setting in code, after at most a tag naming the setting's own scheme (_SETTING_ITEM)."""
_SETTING_ITEM = re.compile(r"[ \t]*(?:[*+-]|\d{1,2}[.)])[ \t]+(?:(?P<tag>\*\*[a-z0-9]{1,10}\*\*)"
                           r"[ \t]+)?`(?P<setting>[^`\s]{1,200})`[ \t]*")
"""An item that is one setting in code, maybe after a bold tag: `1. **socks5**
`proxy-url=socks5://192.168.0.2:1080``. A tag is read only where the setting holds it as its
scheme (`socks5://`): a word saying anything else (`**Kowalski**`) is no tag."""
_TRANSLATED_WHOSE = re.compile(r"(?i)" + translated_claims.pattern(*translated_claims.PLACING))
"""What places a value with someone in the languages beyond claim_words' six (`nasz serwer`,
`客户的路由器`): the paragraph above a translated label or its section's heading saying so
makes no example of its items (net58)."""
_OPTION_VALUE = re.compile(r"(?P<key>[a-z][a-z0-9-]{0,60})=(?:[a-z0-9]{1,10}://)?"
                           r"(?P<address>\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?/?")
"""A setting whose value is one address, maybe as a URL with a port (`proxy-url=http://
192.168.0.2:12345`); under a translated label only an address in a network home routers create
by default (kbgen.core.default_networks) is documentation-shaped: a company's own range
(`172.16.45.9`, `10.44.7.12`), a ULA, a host name or several addresses stay found (fixn58)."""
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+`?(?P<text>[^`#]*?)`?[ \t]*#*[ \t]*")
"""A Markdown heading: its text without the marks or a code span around it."""
_NAMED = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][ \t]?(?:诊所|診所|医院|醫院|公司|事务所|事務所"
    r"|牙科|工作室|さん|様|株式会社|有限会社|치과|병원|의원|회사|사무실|님|씨)"
    r"|株式会社|有限会社|(?<!\w)(?:Sp\.[ \t]?z[ \t]?o\.[ \t]?o\.|S\.?r\.?l\.?|S\.?p\.?A\.?|Ltda?\.?"
    r"|S\.?A\.?|SRL|pan[a]?|pani|Clínica|Clinica|Klinika|Padaria|Studio)(?!\w)")
"""A person or an organisation named in the languages beyond claim_words' six, as a reviewer
dressed RustDesk's option page (`## 张伟诊所`, `## 김민준 치과`, `Kowalski Sp. z o.o.`, `pana
Nowaka`, `Clínica Silva`; rev58): a refusal only, the acceptance is by structure."""
_BOLD_LABEL = re.compile(r"[ \t]*\*\*[^*\n]{1,40}\*\*[ \t]*[:：]?[ \t]*")
"""A bold label alone (`**Posizione**:`)."""
_MENU_PATH = re.compile(r"[ \t]*\d{1,2}\.[ \t]+\*\*[^*\n]{1,30}\*\*(?:[ \t]+[^→\n]{1,40}"
                        r"(?:[ \t]*→[ \t]*[^→\n]{1,40})+)?[ \t]*")
"""An item naming a platform and the menus leading to the setting (`1. **Desktop**
Impostazioni → Rete → Proxy`), or the platform alone (`2. **Mobile**`)."""
_CODE = re.compile(r"`[^`\n]*`")
_CAPITALISED = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+")
"""A word capitalised inside a sentence: a name (`Jensen`, `Popescu`); an acronym (`URL`) is
none."""
_CJK_OWNER = re.compile(r"[的之のが의]|使用|用|使う|사용|님|씨|さん|様")
"""A possessive particle or `uses` in Chinese, Japanese or Korean, or a person's title."""
_DOTTED = re.compile(r"[\w-]+(?:\.[\w-]+)+")
"""A host name or a dotted address (`data-importer.home`), which names no owner here."""


def paragraph_above(lines: list[str], above: int) -> str:
    """The paragraph (or table) above line `above`, an introduction: what it introduces
    (`From ticket #4821, Jane Doe's firewall export:` over `**Examples:**`, rev51)."""
    end = above - 1
    while end >= 0 and not lines[end].strip():
        end -= 1
    first = end
    while first > 0 and lines[first - 1].strip():
        first -= 1
    return "\n".join(lines[max(first, 0):end + 1])


def listed(lines: list[str], index: int) -> bool:
    """Line `index` is an item of a list whose introduction, a paragraph of its own, says only
    that examples follow, and the item says not whose (under a translated label: the item is
    one setting in code, _SETTING_ITEM)."""
    if not _ITEM.match(lines[index]) or any(
            _WHOSE.search(_DOTTED.sub(" ", line)) for line in _item_lines(lines, index)):
        return False
    above = introduction_at(lines, index)
    if above is None or not (above == 0 or not lines[above - 1].strip()):
        return False  # not a paragraph of its own
    if _BARE.fullmatch(lines[above]):
        return True
    return bool(_TRANSLATED.fullmatch(lines[above])) and _setting_item(lines, index) and (
        _option_example(lines, index, above))


def _setting_item(lines: list[str], index: int) -> bool:
    """Line `index` is an item of one line that is one setting in code, after at most a bold
    tag the setting holds as its scheme."""
    item = _SETTING_ITEM.fullmatch(lines[index])
    if item is None or len(_item_lines(lines, index)) > 1:
        return False
    tag = item.group("tag")
    return tag is None or f"{tag.strip('*')}://" in item.group("setting").lower()


def _option_example(lines: list[str], index: int, above: int) -> bool:
    """Line `index`, a setting under a translated label at `above`, is one of an option
    reference's examples as RustDesk's pages give them (`### proxy-url`, what it does, then
    `Esempi:` and its settings, then the next option's heading): its value one address in a
    default home network (_OPTION_VALUE), the nearest heading above the label the setting's key
    and nothing else, the list nothing but such settings up to the next heading or the page's
    end, and neither the section nor the page's headings above it placing it with someone
    (kbgen.core.default_networks' readers, the translated placing words, _NAMED). rev58 put 26
    leaks through the label alone (fixn58)."""
    setting = _SETTING_ITEM.fullmatch(lines[index])
    value = None if setting is None else _OPTION_VALUE.fullmatch(setting.group("setting"))
    if value is None or not default_networks.in_default_network(value.group("address")):
        return False
    heading = next((at for at in range(above - 1, -1, -1) if _HEADING.fullmatch(lines[at])), None)
    named = None if heading is None else _HEADING.fullmatch(lines[heading])
    if heading is None or named is None or named.group("text") != value.group("key"):
        return False
    end = above + 1
    while end < len(lines) and not _HEADING.fullmatch(lines[end]):
        if lines[end].strip() and not _SETTING_ITEM.fullmatch(lines[end]):
            return False  # the list holds a sentence, or something follows it in the section
        end += 1
    if not all(_describes(line, value.group("key")) for line in lines[heading + 1:above]):
        return False
    text = "\n".join(_headings_over(lines, heading) + lines[heading:end])
    return not (default_networks.placed(text) or placed_in_translation(text)
                or _NAMED.search(text))


def _describes(line: str, key: str) -> bool:
    """Line `line` of an option's section above its examples only describes the option `key`,
    as RustDesk's do (`L'URL del proxy.`, `目前支持`http`和`socks5`。`, `**Posizione**:`, `1.
    **Desktop** Impostazioni → Rete → Proxy`): blank, a bold label, a menu path after a bold
    tag, or a sentence naming the key's words or a value in code, with no capitalised word
    inside it (`Jensen Dental usa questo proxy.`, `… folosit de Ion Popescu.`), no first name
    opening it and no possessive or `uses` in Chinese, Japanese or Korean
    (`王小明使用的代理 URL。`):
    the names a reviewer writes there are no word of any list (rev58, fixn58)."""
    if not line.strip() or _BOLD_LABEL.fullmatch(line) or _MENU_PATH.fullmatch(line):
        return True
    prose = _CODE.sub(" ", line)
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", prose)
    keyed = _CODE.search(line) or any(
        part in prose.lower() for part in key.split("-") if len(part) >= 3)
    return bool(keyed) and not _CJK_OWNER.search(prose) and not (
        words and person_names.first_name(words[0].lower())) and not any(
        _CAPITALISED.fullmatch(word) for word in words[1:])


def _headings_over(lines: list[str], heading: int) -> list[str]:
    """The headings whose sections hold the one at line `heading` (`## Security settings` over
    `### proxy-url`), not its siblings (`### temporary-password-length` names another option)."""
    level = len(lines[heading]) - len(lines[heading].lstrip(" #"))
    over = []
    for line in reversed(lines[:heading]):
        if _HEADING.fullmatch(line) and len(line) - len(line.lstrip(" #")) < level:
            level = len(line) - len(line.lstrip(" #"))
            over.append(line)
    return over


def placed_in_translation(text: str) -> bool:
    """`text` (the paragraph above a list's introduction and its section's heading, read by
    the caller) places what it introduces with someone in a language beyond claim_words' six
    (`Serwery naszej firmy`, `## 客户的服务器`), host names and dotted addresses aside."""
    return bool(_TRANSLATED_WHOSE.search(_DOTTED.sub(" ", text)))

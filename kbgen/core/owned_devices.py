"""A device said to be someone's by a possessive, in the languages beyond English, for the gate
(issue 19, branch gap58).

A home router's default address (`192.168.1.20`) is a warning where nothing places it
(kbgen.core.default_networks). kbgen.core.translated_claims places it by words (`客户的路由器`,
`お客様のルーター`, `고객의 라우터`), so any possessor it does not list left it a warning:
`老板的电脑` (the boss's computer), `用户张伟的路由器`, `取引先のルーター`, `社長のPC`,
`거래처의 라우터`, `김민준의 노트북`, `사장님 컴퓨터` were published (rev57's translated gaps).

Read by structure instead: a possessive particle (`的`, `の`, `의`) or a person's honorific
(`님`) right before a device or its address says whose the device is. The possessor places the
address unless it is in the closed vocabulary of a network's own words: the reader (`你家的`,
`お使いの`, `여러분의`), a device or software (`路由器的`, `ルーターの`, `공유기의`), the
default (`默认的`). A possessor no list holds (a name, a title, a business) places it without
being listed.

Languages written with spaces say it by a preposition or a case (`_spaced_forms`):
Portuguese `o computador do chefe` (or `de` before a name: `de João`), Vietnamese `router của
khách hàng`, Indonesian `router milik …`, a genitive after the device in Russian, Ukrainian,
Czech (`роутер абонента`, `router zákazníka`: a word ending as a genitive does and written with
a letter beyond ASCII, so English `router data` is none) and Romanian (`laptopul șefului`), the
possessor before it in Hindi (`ग्राहक का राउटर`) and Turkish (`müşterinin yönlendiricisi`),
Arabic's `الخاص ب…` after it; Spanish, Italian, French and German by a preposition joined to
its article (`el portátil del jefe`, `il PC del capo`, `l'ordinateur du patron`, `der Laptop vom
Chef`; a network's word then a person's name is the person's: `el portátil del usuario
Marco`: gap59) and Romanian's `lui` before a name (`computer-ul lui Popescu`). The possessor
places the address unless it is a network's word
or the reader (SPACED_NETWORK_OWNERS, and kbgen.core.stated_owners' English network words:
`servidor de DNS`). Left: Indonesian's bare noun after the device (`router pelanggan`), which
English shares.
"""

from __future__ import annotations

import re
from functools import cache

from kbgen.core.normalize import normalize_line
from kbgen.core.stated_owners import network_words

_DEVICES = (
    "路由器|界面|面板|后台|後台|设备|設備|服务器|伺服器|电脑|電腦|网关|閘道|光猫|主机|主機|笔记本|筆記本"
    "|手机|手機|打印机|印表機|摄像头|攝影機|电视|電視|平板|机器|機器|终端|終端|交换机|交換器"
    "|ルーター|パソコン|サーバー|サーバ|端末|プリンター|カメラ|スマホ|携帯|ノート|デバイス|ゲートウェイ"
    "|管理画面"
    "|라우터|공유기|컴퓨터|노트북|서버|프린터|카메라|휴대폰|핸드폰|장치|기기|게이트웨이"
    "|PC|NAS|[Ll]aptop")
"""A device or its page: what a possessive before it says is someone's (a refusal's trigger: a
device not listed keeps main's reading). Not an address or a network (`网卡上的 IP`, `树莓派的地址`:
Chinese `的` also ends a clause that describes the address, Xray's docs)."""

_HAN_OWNER = re.compile(r"([\u3400-\u9fff]{1,8})的[ \t]*(?:[\u3400-\u9fff]{0,4}?)(?:" + _DEVICES
                        + ")")
_JAPANESE_OWNER = re.compile(r"([\u3400-\u9fff\u30a0-\u30ffA-Za-z]{1,10})の[ \t]*"
                             r"(?:[\u3400-\u9fff\u30a0-\u30ff]{0,4}?)(?:" + _DEVICES + ")")
_KOREAN_OWNER = re.compile(r"([\uac00-\ud7afA-Za-z]{1,10})(?:의|님(?:이|께서)?[ \t]*(?:쓰는|쓰시는"
                           r"|사용하는|사용하시는)?)[ \t]*(?:" + _DEVICES + ")")

_NETWORK_OWNERS = re.compile(
    r"(?:你|您|你们|您们|你家|您家|自己|本机|本機|默认|默認|预设|預設|这台|這台|该设备|該設備"
    r"|路由器|设备|設備|网关|閘道|光猫|系统|系統|软件|軟體|程序|程式|服务器|伺服器|浏览器|瀏覽器|电脑|電腦"
    r"|主机|主機|网络|網路|局域网|區域網路|内网|內網|无线|無線|管理|后台|後台|界面|页面|頁面|容器|虚拟机"
    r"|虛擬機|节点|節點|客户端|客戶端|示例|範例|例子"
    r"|あなた|お使い|ご自宅|自宅|ご利用|この|その|本機|新しい|ルーター|機器|デバイス|サーバー|サーバ|ネットワーク"
    r"|パソコン|端末|既定|デフォルト|ゲートウェイ|管理|設定|無線|有線|内部|クライアント"
    r"|PC|NAS|LAN|WAN|Wi-?Fi|Docker|VPN|DHCP|DNS|IP|[A-Z]{2,5})$")
_KOREAN_NETWORK_OWNERS = frozenset(
    "여러분 당신 사용자 자신 집 이 그 새 라우터 공유기 장치 기기 서버 네트워크 컴퓨터 기본"
    " 게이트웨이 관리 무선 유선 클라이언트 PC NAS LAN WAN VPN DHCP DNS IP".split())
"""Possessors a device is anyone's with (closed): the reader, the device itself or its parts,
software, the default, a demonstrative; an ASCII acronym (`LAN的`, `VPNの`) is a network's.
Chinese and Japanese possessors are read to the end of the run before the particle (`用户张伟的`:
its last words); a Korean one is its whole word (`김민준의`), an honorific's maybe the subject of
a clause that uses the device (`부장님이 쓰는 PC`: gap59)."""


_KOREAN_TITLE = re.compile(
    r"(?<![\uac00-\ud7af])(?:부장|과장|차장|사장|원장|실장|팀장|대리|주임|상무|전무|회장"
    r"|소장|국장|본부장|이사장|교수|선생|간호사|의사|변호사|세무사|회계사)"
    r"(?:[ \t]*(?:이|가|께서)[ \t]*(?:쓰는|쓰시는|사용하는|사용하시는))?[ \t]*(?:" + _DEVICES + ")")
"""A person's title right before a device, without `님` or `의` (`부장 PC`, `김 과장
노트북`, `원장 노트북 IP`: gap60; published on main). Titles only: `대표` (also "main":
`대표 IP`) and `이사` (also "moving house") are not read so."""


def owned(setting: str) -> bool:
    """The setting says a device (or its address) is someone's by a possessive whose possessor
    is no network's word (`老板的电脑`, `取引先のルーター`, `김민준의 노트북`, `사장님 컴퓨터`)."""
    if setting.isascii():
        return False
    for pattern in (_HAN_OWNER, _JAPANESE_OWNER):
        if any(not _NETWORK_OWNERS.search(match.group(1)) for match in pattern.finditer(setting)):
            return True
    if any(match.group(1) not in _KOREAN_NETWORK_OWNERS
           for match in _KOREAN_OWNER.finditer(setting)) or _KOREAN_TITLE.search(setting):
        return True
    return any(not _NETWORK_OWNERS.search(match.group("owner"))
               and not _KINDS.search(match.group("owner"))
               for match in _HAN_LABEL.finditer(setting))


_HAN_LABEL = re.compile(
    r"(?m)^[ \t]*(?:[-*+][ \t]+)?(?P<owner>(?:(?!的)[\u3400-\u9fff]){1,4}?)"
    r"(?:(?:那台|这台|這台|那部|这部|這部)?[ \t]*(?:" + _DEVICES
    + r")[ \t]*(?:[：:]|是|為|为)?|用|使用)[ \t]*[`'\"*_]*"
    r"\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
"""A line that opens with a Chinese possessor and a device, written without `的` (`老板电脑
192.168.1.20`, `老板那台电脑：…`), or with the possessor and `用` (`老板用 192.168.1.20`), then the
address: a label giving someone's device (gap59: rev58's default_net_owner gaps)."""
_KINDS = re.compile(
    r"^(?:台式|笔记本|筆記本|平板|个人|個人|家用|办公|辦公|无线|無線|有线|有線|主|副|旁|软|軟|硬|新|旧|舊"
    r"|本地|远程|遠端|目标|目標|测试|測試|备用|備用|其他|其它|另一|第[一二三四五六七八九十]|一台|每台"
    r"|两台|兩台|多台|各|某|该|該|此|这|這|那|所有|全部|局域|内网|內網|外网|外網|公网|公網|虚拟|虛擬"
    r"|客户端|服务端|服務端|中转|中轉|中继|中繼|转发|轉發|代理|出口|入口|边缘|邊緣|上游|下游|终端|終端)")
"""What a device's label opens with when it says its kind or its place in the network, not its
owner (`台式电脑`, `无线路由器`, `旁路由`, `本地电脑`, `中转服务器`): closed, any other possessor is
someone's."""


_SPACED_DEVICES = {
    "of": "roteador computador servidor impressora câmera celular telefone pc notebook laptop"
          " portátil",
    "romance": "portátil ordenador computadora pc laptop notebook portatile computer ordinateur"
               " portable rechner impresora stampante imprimante drucker teléfono telefono"
               " téléphone handy móvil cellulare tablet router servidor server serveur nas",
    "lui": "imprimanta computerul laptopul routerul telefonul serverul calculatorul",
    "của": "router máy-tính máy-chủ máy-in camera laptop pc modem điện-thoại nas",
    "milik": "router komputer server printer kamera laptop pc modem ponsel nas",
    "genitive": "роутер маршрутизатор компьютер комп'ютер сервер принтер камера ноутбук модем"
                " телефон пк počítač tiskárna router server notebook routerul calculatorul"
                " laptopul serverul imprimanta telefonul modemul",
    "hindi": "राउटर कंप्यूटर सर्वर प्रिंटर कैमरा लैपटॉप मॉडेम फ़ोन",
    "turkish": "yönlendirici bilgisayar sunucu yazıcı dizüstü modem kamera laptop telefon"
               " tablet",
    "arabic": "جهاز الراوتر الموجه الخادم الطابعة الكاميرا الحاسوب المودم",
}
"""Devices by the construction that says whose they are (a `-` stands for a space inside the
word): a device English shares (`router`, `camera`) only where the construction is no English
(`của`, `milik`, a genitive written beyond ASCII), so `what does the router do` is none."""
SPACED_NETWORK_OWNERS = frozenset(
    "roteador servidor rede dispositivo sistema modem você seu sua usuário utilizador"
    " internet provedor bạn mạng thiết-bị máy hệ-thống anda kamu jaringan perangkat"
    " роутера маршрутизатора сервера устройства сети модема пользователя вашего вашей дома"
    " провайдера користувача пристрою мережі вашого routeru serveru sítě zařízení uživatele"
    " vašeho routerului serverului rețelei rețelei dispozitivului utilizatorului"
    " dumneavoastră modemului dumneavoastra modem cihaz ağ ağın bilgisayar siz sen kullanıcı"
    " आप आपका आपके नेटवर्क डिवाइस بك بكم الشبكة الجهاز المستخدم của".split())
"""Possessors a device is anyone's with: the network, a device, the reader (`do roteador`,
`của bạn`, `пользователя`, `utilizatorului`, `आपके`, `بك`), and Vietnamese's `của` itself
(a genitive's ending): closed."""

ROMANCE_NETWORK_OWNERS = SPACED_NETWORK_OWNERS | frozenset(
    "red rete réseau netzwerk sistema système system proveedor fornitore fournisseur anbieter"
    " usuario utente utilisateur benutzer nutzer equipo dispositivo appareil gerät fabricante"
    " produttore fabricant hersteller hogar casa maison ejemplo esempio exemple beispiel"
    " prueba test mismo misma otro otra stesso stessa altro altra même autre router routeur"
    " servidor server serveur modem box nas domaine dominio".split())
"""The possessors Spanish, Italian, French and German give a device that is anyone's (`del
fabricante`, `della rete`, `du réseau`, `vom Hersteller`: gap59), read only by their own form:
Portuguese's `do`/`da` keeps SPACED_NETWORK_OWNERS (rev59b: `da casa da Marta`). No word a
person is (`primo`, a cousin; `Segundo`, a given name): closed."""


@cache
def _spaced_forms() -> tuple[re.Pattern[str], ...]:
    """The possessive constructions of the spaced languages, folded as the scanner reads text
    (normalize_line: Cyrillic look-alikes are Latin), each with its possessor as `owner`."""
    devices = {kind: "|".join(re.escape(normalize_line(device.replace("-", " ")))
                              for device in words.split())
               for kind, words in _SPACED_DEVICES.items()}
    word = r"[^\W\d_][\w'’-]*"
    return tuple(re.compile(form, re.IGNORECASE) for form in (
        rf"(?<!\w)(?:{devices['of']})[ \t]+(?:do|da|dos|das)[ \t]+(?P<owner>{word})",
        rf"(?<!\w)(?:{devices['of']})[ \t]+de[ \t]+(?P<owner>[A-ZÀ-Þ][\w'’-]*)",
        rf"(?<!\w)(?:{devices['romance']})[ \t]+(?:(?:del|della|delle|dello|degli|dei|du|des|vom"
        rf"|von[ \t]+der|von[ \t]+dem|de[ \t]+la)[ \t]+|(?:dell|de[ \t]+l)['’][ \t]*)"
        rf"(?P<owner>{word})"
        r"(?:[ \t]+(?P<name>(?-i:[A-ZÀ-Þ][a-zß-ÿ'’-]+)))?",
        rf"(?<!\w)(?:{devices['lui']}|(?:computer|laptop|router|server)-ul)[ \t]+lui[ \t]+"
        r"(?P<owner>[A-ZÀ-Þ][\w'’-]*)",
        rf"(?<!\w)(?:{devices['của']})[ \t]+của[ \t]+(?P<owner>{word})",
        rf"(?<!\w)(?:{devices['milik']})[ \t]+milik[ \t]+(?P<owner>{word})",
        rf"(?<!\w)(?:{devices['genitive']})[ \t]+(?P<owner>(?=\w*[^\x00-\x7f])"
        r"[^\W\d_][\w'’]*(?:a|я|ы|и|e|ului|ei|ilor))(?!\w)",
        rf"(?<!\w)(?:{devices['genitive']})[ \t]+(?P<owner>[^\W\d_][\w'’]*(?:ului|ilor))(?!\w)",
        rf"(?P<owner>{word})[ \t]+(?:का|के|की)[ \t]+(?:{devices['hindi']})",
        rf"(?P<owner>[^\W\d_]\w*?)['’]?(?:nin|nın|nun|nün|in|ın|un|ün)[ \t]+"
        rf"(?:[^\W\d_]+[ \t]+)?(?:{devices['turkish']})s?[ıiuü]",
        rf"(?:{devices['arabic']})[^.،,\n]{{0,30}}الخاص[ \t]+ب(?P<owner>\w+)",
    ))


_SPACED_OWNERS = frozenset(normalize_line(owner.replace("-", " ")).lower()
                           for owner in SPACED_NETWORK_OWNERS)
_ROMANCE_OWNERS = frozenset(normalize_line(owner.replace("-", " ")).lower()
                            for owner in ROMANCE_NETWORK_OWNERS)

_FURTHER_OWNER = re.compile(r"(?i)[ \t]+(?:(?:de|da|do|dos|das|del|della|dello|degli|dei|di|du"
                            r"|des|von|vom|of)(?![\w'’])|(?-i:[A-ZÀ-Þ][a-zß-ÿ])|[\w-]+[._@][\w-])")
"""After a network's word as the possessor, another possessor, a capitalised name or a login
(`da casa da Marta`, `do primo Rafael`, `do usuario marta.jensen`: rev59b): the device is the
person's, whatever the first word was."""


_USERS = frozenset("usuario utente utilisateur benutzer nutzer".split())
"""The network's words for a person: the user a name after them names (`del usuario Marco`)."""


_ASCII_MARKERS = re.compile(r"(?i)\b(?:do|da|dos|das|milik|del|della|delle|dello|dell|degli|dei"
                            r"|du|des|vom|von|de|lui)\b|(?:ului|ilor)\b")
"""What an ASCII setting needs to hold a spaced possessive (Portuguese, Indonesian, Romanian
written without diacritics)."""


def owned_spaced(setting: str) -> bool:
    """The setting says a device is someone's by a possessive of a spaced language whose
    possessor is no network's word and not the reader (`o computador do chefe`, `роутер
    абонента`, `müşterinin yönlendiricisi`)."""
    if setting.isascii() and not _ASCII_MARKERS.search(setting):
        return False
    for form in _spaced_forms():
        for match in form.finditer(setting):
            if "name" in form.groupindex and match.group("name") \
                    and match.group("owner").lower() in _USERS \
                    and not network_words([match.group("name")]):
                return True  # `el portátil del usuario Marco`: the user is named
            owner = match.group("owner").lower()
            owners = _ROMANCE_OWNERS if "name" in form.groupindex else _SPACED_OWNERS
            if owner and _FURTHER_OWNER.match(setting, match.end("owner")) \
                    and not (match.group("name") if "name" in form.groupindex else None):
                return True
            if owner and owner not in owners and "ب" + owner not in owners \
                    and not network_words([owner]):  # English's own (`servidor de DNS`)
                return True
    return False

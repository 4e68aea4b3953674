"""Issue 19 (net58, fixn58): the label `Examples:` as RustDesk's pages translate it (Italian,
Portuguese, Polish, Romanian, Japanese, Chinese, Korean) introduces no examples. net58 read it in
the shape those pages give (one setting in code, after at most a tag naming its scheme); rev58
put 26 real leaks through that, and the option-reference shape fixn58 tried next (the heading the
setting's key, a default-network address) still passed a bare name in a heading or description
(`## 王小明`, `## Jensen Dental`), which no word list knows: the acceptance was taken out
(kbgen.core.example_lists). A heading or paragraph placing a list in those languages still
refuses any list, English too."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan

OPTION = ("### proxy-url\n\nThe proxy URL.\n\n{label}\n\n"
          "1. **http** `proxy-url=http://192.168.0.2:12345`\n"
          "2. **https** `proxy-url=https://192.168.0.2:12345`\n"
          "3. **socks5** `proxy-url=socks5://192.168.0.2:1080`\n")
"""RustDesk's `proxy-url` option (content/self-host/client-configuration/advanced-settings/)."""


def _errors(text: str) -> list[int]:
    return [finding.line for finding in scan(text)
            if finding.kind == INTERNAL_IP and not finding.advisory]


@pytest.mark.parametrize("label", ["Esempi:", "Exemplos:", "Przykłady:", "Exemple:", "例：",
                                   "示例：", "範例：", "예제:"])
def test_an_option_s_settings_under_a_translated_label_are_found(label: str) -> None:
    assert _errors(OPTION.format(label=label)) == [7, 8, 9]


@pytest.mark.parametrize("label", ["Esempi:", "Przykłady:", "示例："])
def test_the_same_items_without_the_label_are_found(label: str) -> None:
    assert _errors(OPTION.format(label=label).replace(label, "Serwer:")) == [7, 8, 9]


LEAKS = [
    ("pl, our company's proxy in the item",
     'Przykłady:\n\n1. serwer naszej firmy `proxy-url=http://10.20.30.40:3128`\n'),
    ("pt, our company's proxy in the item",
     'Exemplos:\n\n1. o proxy da nossa empresa `proxy-url=http://10.20.30.40:3128`\n'),
    ("ro, the customer's router in the item",
     'Exemple:\n\n1. routerul clientului `proxy-url=http://192.168.50.1:8080`\n'),
    ("zh, our company's proxy in the item",
     '示例：\n\n1. 我们公司的代理 `proxy-url=http://10.20.30.40:3128`\n'),
    ("ja, our company's production proxy",
     '例：\n\n1. 弊社の本番プロキシ `proxy-url=http://10.20.30.40:3128`\n'),
    ("ko, the customer's router",
     '예제:\n\n1. 고객의 라우터 `proxy-url=http://192.168.50.1:8080`\n'),
    ("zh-tw, the customer's server",
     '範例：\n\n1. 客戶的伺服器 `proxy-url=http://10.20.30.40:3128`\n'),
    ('it, our mail server',
     'Esempi:\n\n1. il nostro server di posta `proxy-url=http://10.1.2.3:25`\n'),
    ("pl, a person's laptop as a bold tag",
     'Przykłady:\n\n1. **kowalski** `proxy-url=http://192.168.1.77:3128`\n'),
    ("pt, a person's name as a bold tag",
     'Exemplos:\n\n1. **joana** `proxy-url=socks5://192.168.1.77:1080`\n'),
    ('zh, a bold tag that is no scheme',
     '示例：\n\n1. **payroll** `proxy-url=http://10.20.30.40:3128`\n'),
    ('ro, a name after the setting',
     'Exemple:\n\n1. `proxy-url=http://192.168.1.77:3128` (laptopul lui Ion Popescu)\n'),
    ('pl, a continued line naming a person',
     'Przykłady:\n\n1. `proxy-url=http://192.168.1.77:3128`\n   laptop Anny Nowak\n'),
    ('ja, a second sentence in the item',
     '例：\n\n1. `proxy-url=http://10.20.30.40:3128` 経理部のサーバーです\n'),
    ("pl, heading says our company's servers",
     '## Serwery naszej firmy\n\nPrzykłady:\n\n1. `proxy-url=http://10.20.30.40:3128`\n'),
    ("zh, heading says the customer's servers",
     '## 客户的服务器\n\n示例：\n\n1. `proxy-url=http://10.20.30.40:3128`\n'),
    ("pt, paragraph above says the customer's network",
     'Dados da rede do cliente:\n\nExemplos:\n\n1. `proxy-url=http://10.20.30.40:3128`\n'),
    ('ko, paragraph above says our company',
     '우리 회사 네트워크 설정입니다.\n\n예제:\n\n1. `proxy-url=http://10.20.30.40:3128`\n'),
    ('pl, label saying more (our servers)',
     'Przykłady naszych serwerów:\n\n1. `proxy-url=http://10.20.30.40:3128`\n'),
    ('ja, label saying more (production)',
     '例：本番環境\n\n1. `proxy-url=http://10.20.30.40:3128`\n'),
    ('pt, label inside a paragraph',
     'O proxy do escritório fica aqui.\nExemplos:\n\n1. `proxy-url=http://10.20.30.40:3128`\n'),
    ('zh, a plain private address in prose under the label',
     '示例：\n\n1. 财务服务器的地址是 10.20.30.40\n'),
    ('ro, an address with a user in the setting',
     'Exemple:\n\n1. `proxy-url=http://ion.popescu@10.20.30.40:3128`\n'),
    ('ru, a label the rule does not read',
     'Примеры:\n\n1. `proxy-url=http://10.20.30.40:3128` наш сервер\n'),
    ('ko, two settings on one item',
     '예제:\n\n1. `proxy-url=http://10.20.30.40:3128` `proxy-url=http://10.9.8.7:3128` 고객\n'),
]
"""Real leaks dressed to ride the translated label (also rows `net58: …` of
bench/gatecorpus/hostile.yml)."""


@pytest.mark.parametrize(("case", "text"), LEAKS, ids=[case for case, _ in LEAKS])
def test_a_leak_dressed_as_a_translated_example_is_found(case: str, text: str) -> None:
    assert _errors(text), case


REAL_SECTION = ("## Impostazioni di Sicurezza\n\n### proxy-url\n\nL'URL del proxy.\n\n"
                "Attualmente supporta `http` e `socks5`.\n\n**Posizione**:\n\n"
                "1. **Desktop** Impostazioni → Rete → Proxy → Proxy Socks5/Http(s)\n"
                "2. **Mobile**\n\nEsempi:\n\n"
                "1. **http** `proxy-url=http://192.168.0.2:12345`\n"
                "2. **https** `proxy-url=https://192.168.0.2:12345`\n"
                "3. **socks5** `proxy-url=socks5://192.168.0.2:1080`\n\n"
                "### proxy-username & proxy-password\n\nNome utente e password del proxy.\n")
"""RustDesk's Italian `proxy-url` section as the page gives it, between its headings (fixn58):
main finds its three settings, as it finds 192.168.0.2 with a port anywhere."""


def test_the_option_s_real_section_is_found() -> None:
    assert _errors(REAL_SECTION) == [16, 17, 18]


def test_the_real_section_with_a_company_s_range_is_found() -> None:
    assert _errors(REAL_SECTION.replace("192.168.0.2", "172.16.45.9")) == [16, 17, 18]


OPTION_LEAKS = [
    ("zh, a clinic named in the heading over the option",
     "## 张伟诊所\n\n### proxy-url\n\n示例：\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("zh, a clinic named in the option's description",
     "### proxy-url\n\n张伟诊所的代理。\n\n示例：\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("it, a company named in the description",
     "### proxy-url\n\nLo usa Rossi Srl.\n\nEsempi:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("it, a company named as the description's subject",
     "### proxy-url\n\nJensen Dental usa questo proxy.\n\nEsempi:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("pl, a sentence after the list placing it",
     "### proxy-url\n\nPrzykłady:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     "\nTo jest serwer naszego klienta, pana Nowaka.\n"),
    ("ko, a sentence after the list naming a person",
     "### proxy-url\n\n예제:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     "\n위 주소는 박지훈 님 사무실 프록시입니다.\n"),
    ("it, a name in the key heading",
     "### proxy-url (Jensen Dental)\n\nEsempi:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("pl, a person after the key heading",
     "### proxy-url — Kowalski\n\nPrzykłady:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("it, a company's own range under the key heading",
     "### proxy-url\n\nEsempi:\n\n1. **http** `proxy-url=http://172.16.45.9:3128`\n"),
    ("zh, a ULA under the key heading",
     "### relay-server\n\n示例：\n\n- `relay-server=[fd12:3456:789a:1::33]`\n"),
    ("pl, an internal host under the key heading",
     "### proxy-url\n\nPrzykłady:\n\n1. **http** `proxy-url=http://jensen-dental.local:3128`\n"),
    ("pl, a clinic named in the heading over the option",
     "## Klinika Kowalski\n\n### proxy-url\n\nPrzykłady:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("pl, a company's legal name in the heading over",
     "## Serwer Kowalski Sp. z o.o.\n\n### proxy-url\n\nPrzykłady:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("ja, a company named in the top heading",
     "# 株式会社山田製作所\n\n### proxy-url\n\n例：\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("ja, a person's office in the description",
     "### proxy-url\n\n田中さんの事務所のプロキシ。\n\n例：\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("ko, a dental clinic in the heading over",
     "## 김민준 치과\n\n### proxy-url\n\n예제:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("pt, a bakery named in the description",
     "### proxy-url\n\nO proxy da Padaria Silva.\n\nExemplos:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("pl, our company's proxy in the description",
     "### proxy-url\n\nSerwer proxy naszej firmy.\n\nPrzykłady:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("it, the customer's proxy in English in the description",
     "### proxy-url\n\nThe customer's proxy.\n\nEsempi:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("pl, an item after the settings naming a person",
     "### proxy-url\n\nPrzykłady:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     "2. laptop Anny Nowak\n"),
    ("it, a continued line naming a person",
     "### proxy-url\n\nEsempi:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     "   il proxy di Marco Rossi\n"),
    ("pl, Mr Nowak's settings in the heading over",
     "## Ustawienia pana Nowaka\n\n### proxy-url\n\nPrzykłady:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("pl, a ticket and a clinic in the description",
     "### proxy-url\n\nZgłoszenie 4821, Jensen Dental.\n\nPrzykłady:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("ro, a person's name in the description",
     "### proxy-url\n\nProxy-ul folosit de Ion Popescu.\n\nExemple:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("zh-tw, a person named in the description",
     "### proxy-url\n\n王小明使用的代理。\n\n範例：\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("pt, a clinic named in the heading over",
     "## Clínica Silva\n\n### proxy-url\n\nExemplos:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"
     ""),
    ("it, a login in the setting",
     "### proxy-url\n\nEsempi:\n\n1. **http** `proxy-url=http://mrossi@192.168.1.20:3128`\n"),
    ("zh, a customer's hospital in the heading over",
     "## 仁和医院\n\n### proxy-url\n\n示例：\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
]
"""Real leaks dressed to ride the option-reference shape fixn58 tried for the translated label: a
default-network address under a heading naming the setting's key, with a person or a company
named in the headings over it, its description, or after the list (fixn58; rows `fixn58:
translated option example: …` of bench/gatecorpus/hostile.yml). Through on m58: 22 of 28."""
BARE_NAMES = [
    ("zh, a bare name as the heading over the option",
     "## 王小明\n\n### proxy-url\n\n示例：\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("ko, a bare name as the heading over the option",
     "## 박지훈\n\n### proxy-url\n\n예제:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("it, a company with no legal form as the heading over the option",
     "## Jensen Dental\n\n### proxy-url\n\nEsempi:\n\n"
     "1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("zh, a bare name before the key's words in the description",
     "### proxy-url\n\n王小明代理 URL。\n\n示例：\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("it, a lower-case surname in the description",
     "### proxy-url\n\nil proxy di rossi.\n\nEsempi:\n\n1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
    ("it, a company as a menu in the option's place",
     "### proxy-url\n\n**Posizione**:\n\n1. **Desktop** Jensen Dental → Proxy\n\nEsempi:\n\n"
     "1. **http** `proxy-url=http://192.168.1.20:3128`\n"),
]
"""Leaks that went through fixn58's narrower shape (ce7863ac), why it was taken out."""

REV58 = [
    ("translated_examples-01",
     "Esempi:\n\n- `proxy-url=socks5://172.16.45.9:1080`"),
    ("translated_examples-02",
     "Przykłady:\n\n1. **socks5** `proxy-url=socks5://172.20.14.33:1080`"),
    ("translated_examples-03",
     "## Serwer Kowalski Sp. z o.o.\n\nPrzykłady:\n\n- `custom-rendezvous-server=172.20.14.33`"),
    ("translated_examples-04",
     "Jensen Dental usa questi valori.\n\nEsempi:\n\n- `relay-server=172.16.45.9`"),
    ("translated_examples-05",
     "例：\n\n- `relay-server=172.16.45.9`"),
    ("translated_examples-06",
     "示例：\n\n- `proxy-url=http://172.16.45.9:3128`"),
    ("translated_examples-07",
     "## 张伟诊所\n\n示例：\n\n- `relay-server=172.16.45.9`"),
    ("translated_examples-08",
     "예제:\n\n- `relay-server=10.44.7.12`"),
    ("translated_examples-09",
     "## 김민준 치과\n\n예제:\n\n- `relay-server=10.44.7.12`"),
    ("translated_examples-10",
     "Exemplos:\n\n- `api-server=http://172.16.45.9:21114`"),
    ("translated_examples-11",
     "## Clínica Silva\n\nExemplos:\n\n- `api-server=http://172.16.45.9:21114`"),
    ("translated_examples-23",
     "## 王伟牙科诊所\n\n示例:\n\n- `relay-server=172.20.14.33`"),
    ("translated_examples-25",
     "Esempi:\n\n- `api-server=http://172.16.45.9:21114`\n"
     "- `relay-server=172.16.45.10`\n- `custom-rendezvous-server=172.16.45.11`"),
    ("translated_examples-29",
     "Exemplos:\n\n- `proxy-url=socks5://172.16.45.9:1080`\n\n(este é o proxy da Padaria Silva)"),
    ("translated_examples-30",
     "예제:\n\n- `proxy-url=http://10.44.7.12:3128`\n\n위 주소는 박지훈 님 사무실 프록시입니다."),
    ("translated_examples-31",
     "Exemple:\n\n- `relay-server=172.20.14.33`"),
    ("translated_examples-32",
     "示例：\n\n1. **http** `proxy-url=http://172.20.14.33:3128`"),
    ("translated_examples-33",
     "示例：\n\n- `relay-server=[fd12:3456:789a:1::33]`"),
    ("translated_examples-35",
     "Esempi:\n\n- `whitelist=172.16.45.9,172.16.45.10,203.0.113.45`"),
    ("translated_examples-37",
     "### proxy-url\n\nEsempi:\n\n- `proxy-url=socks5://172.16.45.9:1080`"),
    ("translated_examples-38",
     "Esempi:\n\n- `relay-server=172.16.45.9` \n"),
    ("translated_examples-39",
     "Esempi:\n\n* `relay-server=172.16.45.9`"),
    ("translated_examples-40",
     "Przykłady:\n\n- `relay-server=jensen-dental.local:21117`"),
    ("translated_examples-42",
     "例：\n\n- `api-server=http://fw01.northbridge-law.internal:21114`"),
    ("translated_examples-44",
     "Esempi:\n\n- `proxy-url=socks5://172.16.45.9:1080`\n\nLo usiamo in produzione da Rossi Srl."),
    ("translated_examples-45",
     "Przykłady:\n\n- `relay-server=172.20.14.33`\n\nTo jest serwer naszego klienta, pana Nowaka."),
]
"""rev58's 26 leaks through net58's translated label that main finds (/tmp/rev58/cases.json;
rows `fixn58: rev58 …` of bench/gatecorpus/hostile.yml)."""


@pytest.mark.parametrize(("case", "text"), OPTION_LEAKS + REV58 + BARE_NAMES,
                         ids=[case for case, _ in OPTION_LEAKS + REV58 + BARE_NAMES])
def test_a_leak_dressed_as_an_option_s_translated_example_is_found(case: str, text: str) -> None:
    assert [finding for finding in scan(text) if not finding.advisory], case

"""Issue 19 (net58): an option's examples under the label `Examples:` as RustDesk's pages translate
it (Italian, Portuguese, Polish, Romanian, Japanese, Chinese, Korean) are examples, as under the
English, German, French and Spanish label; only in the shape those pages give (one setting in
code, after at most a tag naming its scheme), and never where the item, its section's heading
or the paragraph above the list places the value with someone (kbgen.core.example_lists)."""

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
def test_an_option_s_examples_under_a_translated_label_are_examples(label: str) -> None:
    assert _errors(OPTION.format(label=label)) == []


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

"""National identity numbers (rev65, findings on hostile65's reader): a short scheme name that
is an ordinary word elsewhere (`sin` Spanish "without", `nas` Portuguese "in the" or a network
drive, `nie` Polish "not", `CPR-kursus` a first-aid course), a name in a negation (`we never ask
for your SSN`) before another number, and a number its sentence calls an example or a format
(`e.g.`, `formato`, `t.ex.`, `示例`) made any number of the scheme's check an identity number.
Each such text publishes now; an identity number labelled by its scheme, whose it is told,
stays refused. One scan per case, no build."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import NATIONAL_ID, Allowed, scan

KEPT = {
    # rev65 /tmp/rev65/fp_ids.txt, fp_ids2.txt, fp_tables.txt
    "es sin, phone": "Puede llamarnos sin cargo adicional al 912 345 675.",
    "es sin, order": "Pedidos enviados sin seguimiento: número de pedido 612345678.",
    "es sin after the number": "El pedido 932 541 782 llegó sin factura.",
    "es sin, table heading": "| Producto | Sin IVA |\n|---|---|\n| Router | 215436783 |",
    "pt nas, order": "Consulte as encomendas nas últimas semanas, por exemplo a 456781236.",
    "pt nas, list item": "- Disponível nas versões 912 345 675 e posteriores.",
    "en nas serial": "Register your NAS with serial number 304512346 in the portal.",
    "pl pesel negated": "Nie podawaj numeru PESEL, wystarczy numer zamówienia 20231104571.",
    "en ssn negated": "We never ask for your SSN. Your order number looks like 123-45-6780.",
    "dk cpr course": "CPR-kursus den 010120-1234 i København.",
    "cn id negated": "请勿提供身份证号码，只需订单号 110101199003074477。",
    "es nie not yet": "No tenemos NIE todavía; referencia 98765432M.",
    "cpf format": "Digite o CPF no formato 123.456.789-09, com pontos e traço.",
    "cpf example": "Exemplo de CPF válido para testes: 111.444.777-35",
    "sin for example": "Enter your SIN without spaces, for example 123 456 782.",
    "ssn e.g.": "Type the SSN with dashes, e.g. 555-55-5555.",
    "ssn format": "SSN format: 123-45-6780 (nine digits).",
    "nino looks like": "Your National Insurance number looks like AB 12 34 56 C.",
    "dni formato": "Formato del DNI: 87654321X.",
    "cn 示例": "身份证号码示例：11010519491231002X",
    "personnummer t.ex.": "Personnummer skrivs ÅÅMMDD-XXXX, t.ex. 121212-1212.",
    "nas serial column": ("| Model | NAS serial | Status |\n|---|---|---|\n"
                          "| DS920+ | 304512346 | OK |"),
    "nas csv": "model,nas_id,location\nDS920+,456781236,Rack 2",
    "sin stock column": "| Artículo | Pedidos sin stock |\n|---|---|\n| Router | 912345675 |",
    "cpr course column": "| Kursus | CPR dato |\n|---|---|\n| Førstehjælp | 010120-1234 |",
    # fixid65's own variants
    "es sin, delivery": "Envío sin coste para el pedido 456781236.",
    "es sin iva colon": "Precio sin IVA: 215436783",
    "es sin embargo": "Sin embargo, el pedido 621 255 959 llegó tarde.",
    "pt nas lojas": "Disponível nas lojas, código 304512346.",
    "en nas volume": "Backups on the NAS, volume id 304512346.",
    "es nas product": "Registre su NAS Synology con el número 621 255 959.",
    "pl nie": "Produkt nie jest dostępny, zamówienie 621 255 959.",
    "dk cpr-kursus colon": "CPR-kursus: 010120-1234",
    "de negated": "Wir fragen nie nach Ihrer Steuer-ID, nur nach der Bestellnummer 50552301417.",
    "es negated dni": "Nunca pedimos el DNI; su número de pedido es 15695155R.",
    "bsn e.g.": "Enter the BSN without dots, e.g. 746596078.",
    "steuer-id format": "Steuer-ID im Format 50552301417 eingeben.",
    "pesel np.": "PESEL, np. 11012483956",
    "cn 格式示例": "身份证号码格式示例：997605195703216338",
    "ssn for instance": "The SSN field, for instance 524-44-8377, takes nine digits.",
    "nas after an order": "Order 621 255 959 shipped to the NAS.",
}
"""No identity number: nothing found."""
REFUSED = {
    "nas du client": "NAS du client : 621 255 959",
    "sin after a possessive": "Customer's SIN is 621 255 959.",
    "sin column": "| Name | SIN |\n|---|---|\n| Mary | 621 255 959 |",
    "sin alone heading": "| SIN |\n|---|\n| 621 255 959 |",
    "sin lower case, colon": "sin: 621 255 959",
    "nie del cliente": "NIE del cliente: X4800907W",
    "cpr colon": "CPR: 240681-2806",
    "cpr in capitals": "Kundens CPR 240681-2806 er registreret.",
    "negated, then the same number": "We never got the customer's SSN, which is 524-44-8377.",
    "negated, no clause": "Don't post your SSN 524-44-8377 here.",
    "example of someone's": "For example, customer Mary Quinn's SSN 524-44-8377 was exposed.",
    "format and my": "Format fixed for my SSN 524-44-8377.",
    "e.g. and a caller": "e.g. the caller gave SSN 524-44-8377",
    "sin on file": "Client SIN on file: 621 255 959",
    "sin provided by": "SIN provided by Mary: 621 255 959",
    "sin after, as her": "She gave 621 255 959 as her SIN.",
    "sin after, in brackets": "Verified with 621 255 959 (SIN).",
    "sin, a bracket between": "SIN (verified) 621 255 959",
    "nie verificado": "NIE verificado: X4800907W",
    "cpr er": "Kundens CPR er 240681-2806.",
    "sin number": "SIN number: 621 255 959",
    "nas column": "| Name | NAS |\n|---|---|\n| Jean | 621 255 959 |",
    "an example of a named person": "Example: Jane Doe, SSN 524-44-8377",
    "ejemplo de Juan": "Ejemplo real: el DNI de Juan es 15695155R",
    "z. B. in a quoted ticket": ("> Kunde schrieb: meine Steuer-ID, z. B. für die Rechnung, ist"
                                 " 50552301417"),
}
"""An identity number labelled by its scheme: found."""


@pytest.fixture(scope="module")
def found() -> dict[str, bool]:
    """Whether each case holds an identity number, judged once."""
    return {name: any(f.kind == NATIONAL_ID and not f.advisory
                      for f in scan(text + "\n", Allowed()))
            for name, text in {**KEPT, **REFUSED}.items()}


@pytest.mark.parametrize("name", KEPT)
def test_no_identity_number_is_found(found: dict[str, bool], name: str) -> None:
    assert not found[name], KEPT[name]


@pytest.mark.parametrize("name", REFUSED)
def test_a_labelled_identity_number_is_found(found: dict[str, bool], name: str) -> None:
    assert found[name], REFUSED[name]

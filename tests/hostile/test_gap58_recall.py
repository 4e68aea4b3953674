"""Issue 19 (gap58): leaks main published (rev57's old gaps), closed as classes by structure.
Each text is a real leak shaped as last session's attack wrote it (people made up, secrets
random); each must be found (an error, not a warning)."""

from __future__ import annotations

import datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from kbgen.core.pem_blocks import PemBlocks
from kbgen.core.privacy import Allowed, scan


def _errors(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


@pytest.fixture(scope="module")
def leaf() -> list[str]:
    """A real leaf certificate (RSA 2048) issued by a CA that is not on the page."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    issuer_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    start = datetime.datetime(2026, 1, 1)
    certificate = (x509.CertificateBuilder().subject_name(_name("hr.northbridge-payroll.co.uk"))
                   .issuer_name(_name("Northbridge Payroll Root CA"))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=800))
                   .sign(issuer_key, hashes.SHA256()))
    return certificate.public_bytes(serialization.Encoding.PEM).decode().splitlines()


OVER_64 = (
    "amara+okonkwo+Winter2024+Northbridge+HR+portal+Hx7vQ2mZ9LpR3tYwA",
    "0000000000000000000000003f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01",
    "Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1aS5dG0qW2eR4tYu7iO9pA3sD5fG7hJ9kL1zX3",
)
"""64 base64 characters a leaker writes over one line of a certificate's modulus or signature
(the DER still parses: any bytes are a modulus, any bytes a signature)."""


@pytest.mark.parametrize("over", OVER_64)
@pytest.mark.parametrize("where", ["modulus", "signature"])
def test_a_line_written_over_in_a_leaf_whose_issuer_is_not_on_the_page_is_found(
        leaf: list[str], over: str, where: str) -> None:
    number = 7 if where == "modulus" else len(leaf) - 4
    lines = leaf[:number] + [over] + leaf[number + 1:]
    assert PemBlocks(lines, 200)._read(0, "CERTIFICATE") is not None  # it still parses
    text = "Our HR portal's certificate:\n\n```\n" + "\n".join(lines) + "\n```\n"
    assert _errors(text)
    indented = "```\n" + "".join(f"    {line}\n" for line in lines) + "```\n"
    assert _errors(indented)


def test_a_leaf_whose_issuer_is_not_on_the_page_is_no_public_block(leaf: list[str]) -> None:
    assert not PemBlocks(leaf, 200).public(0, "CERTIFICATE")


PLACED_DEFAULTS = [
    "For example, the boss's computer is 192.168.1.20.",
    "For example, the business partner's router is 192.168.1.20.",
    "For example, the router of the subscriber is 192.168.1.20.",
    "For example, the headmaster's laptop has the address 192.168.1.20.",
    "For example, the tenant in flat 4's camera is 192.168.1.20.",
    "For example, the patient's insulin pump bridge is at 192.168.1.20.",
    "For instance, the vicar's tablet uses 192.168.0.14.",
    "For example, the bakery's till is 192.168.178.30.",
    "Say the dentist's scanner sits at 10.0.0.23.",
    "For example, the nanny's phone gets 192.168.1.77.",
    "For example, the printer in the Leeds depot has the address 192.168.1.40.",
    "For example, 192.168.1.20 is the accountant's desktop.",
    "For example, 192.168.1.20, that's the CFO's PC.",
    "For example, 10.20.30.40, that's the CFO's PC.",
    "For example, 192.168.0.14, which is the churchwarden's laptop.",
    "For example, 192.168.2.5 — that's the tenant's camera.",
    "For example, 192.168.1.20, i.e. the landlord's NAS.",
    "For example, the computer belonging to the headmaster is 192.168.1.20.",
    "For example, 192.168.1.20 belongs to the landlord.",
]
"""A home router's default address (or any private one) placed with someone by the sentence's
own structure: a subject described by a word that is no network's, or a clause after the value
saying what it is (rev57's default-placing and placing-09, and variants)."""


@pytest.mark.parametrize("text", PLACED_DEFAULTS)
def test_a_default_address_placed_with_someone_is_an_error(text: str) -> None:
    assert "internal IP address" in _errors(text)


@pytest.mark.parametrize("text", [
    "For example, the router's address is 192.168.1.1.",
    "For example, the printer is 192.168.1.20.",
    "For example, your Raspberry Pi has the address 192.168.1.20.",
    "For example, 192.168.1.20 is the Pi-hole server.",
    "For example, 192.168.1.20, which is the DNS server.",
])
def test_a_default_address_a_network_word_describes_stays_a_warning(text: str) -> None:
    findings = [finding for finding in scan(text, Allowed())
                if finding.kind == "internal IP address"]
    assert all(finding.advisory for finding in findings)


GLUED_SCRIPTS = {
    "Tibetan": ("ང་ཚོའི་ཀུང་སིའི་ཞབས་ཞུ་འཕྲུལ་ཆས་ནི", "ཡིན།"),
    "Yi": ("ꆈꌠꒌꅉ", "ꃅ"),
    "Hangul compatibility jamo": ("서버 주소ㅋㅋ", "ㅋㅋ 우리 회사 급여 서버임"),
    "Bopomofo": ("我们公司的工资服务器ㄅ", "ㄅ"),
    "Balinese": ("ᬲᬾᬃᬯᬾᬃ", "ᬓᬦ᭄ᬢᭀᬭ᭄"),
    "Sundanese": ("ᮞᮦᮁᮗᮦᮁ", "ᮊᮔ᮪ᮒᮧᮁ"),
    "U+3006": ("我们公司的工资服务器〆", "〆"),
    "Javanese": ("ꦱꦺꦂꦮꦺꦂ", "ꦏꦤ꧀ꦠꦺꦴꦂ"),
    "Ethiopic": ("የድርጅታችን ሰርቨር", "ነው።"),
    "Mongolian": ("ᠰᠧᠷᠸᠧᠷ", "ᠪᠠᠢᠨᠠ"),
    "Georgian": ("ჩვენი სერვერი", "არის"),
    "Hebrew": ("השרת שלנו", "בבקשה"),
    "Arabic": ("خادم الرواتب", "للشركة"),
    "Devanagari": ("हमारा सर्वर", "है"),
    "Tamil": ("எங்கள் சர்வர்", "ஆகும்"),
    "Hangul jamo alone": ("서버ᄒ", "ᄒ"),
}
"""Scripts whose letters (or marks) the seam did not know: an address, a mailbox or a token
glued on both sides to their text went through (rev57's cjk gaps, and other scripts)."""


@pytest.mark.parametrize("value,kind", [
    ("172.22.14.9", "internal IP address"),
    ("amara.okonkwo@gmail.com", "e-mail address"),
    ("ghp_Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1aS5dG0kLm", "API key or token"),
])
@pytest.mark.parametrize("script", sorted(GLUED_SCRIPTS))
def test_a_value_glued_to_any_other_script_is_found(script: str, value: str, kind: str) -> None:
    before, after = GLUED_SCRIPTS[script]
    assert kind in _errors(f"{before}{value}{after}")


def test_spaced_scripts_have_no_seam() -> None:
    from kbgen.core.script_seams import spaced

    for word in ("Größe10", "IPv4", "Ελλάδα1", "Привет2", "Հայաստան3", "café9"):
        assert spaced(word) == word


OWNED_IN_CJK = [
    "例如，用户张伟的路由器地址是192.168.1.20。",
    "例如，老板的电脑是192.168.1.20。",
    "例如，客人的路由器是192.168.1.20。",
    "例如，张伟的电脑是192.168.1.20。",
    "例如，王芳的笔记本是 192.168.1.20。",
    "例如，房东的摄像头在 192.168.0.14。",
    "例如，会计小李的打印机地址是192.168.1.30。",
    "例如，黄老师的NAS是192.168.1.5。",
    "例えば、取引先のルーターは192.168.1.20です。",
    "例えば、社長のPCは192.168.1.20です。",
    "例えば、田中のパソコンは 192.168.1.20 です。",
    "例えば、大家のカメラは192.168.0.14です。",
    "예를 들어, 거래처의 라우터는 192.168.1.20입니다.",
    "예를 들어, 사장님 컴퓨터는 192.168.1.20입니다.",
    "예를 들어, 김민준의 노트북은 192.168.1.20입니다.",
    "예를 들어, 집주인의 카메라는 192.168.0.14입니다.",
    "예를 들어, 부장님 PC는 192.168.1.20입니다.",
]
"""A home router's default address on a device a possessive says is someone's (rev57's
translated gaps in Chinese, Japanese, Korean, and variants)."""


@pytest.mark.parametrize("text", OWNED_IN_CJK)
def test_a_default_address_on_someones_device_in_cjk_is_an_error(text: str) -> None:
    assert "internal IP address" in _errors(text)


@pytest.mark.parametrize("text", [
    "例如，你家的路由器地址是192.168.1.20。",
    "例如，路由器的地址是192.168.1.1。",
    "例如，默认的网关是192.168.1.1。",
    "例えば、お使いのルーターは192.168.1.1です。",
    "例えば、ご自宅のルーターは192.168.1.1です。",
    "예를 들어, 공유기의 주소는 192.168.0.1입니다.",
    "예를 들어, 여러분의 라우터는 192.168.1.1입니다.",
    "这里需要使用的是网卡上的 IP，比如 192.168.1.2 （请按你出站的实际使用的 IP 选择）。",
    "手动配置 PC 的网络，将默认网关指向树莓派的地址即 192.168.1.22。",
])
def test_a_default_address_on_the_readers_device_in_cjk_stays_a_warning(text: str) -> None:
    findings = [finding for finding in scan(text, Allowed())
                if finding.kind == "internal IP address"]
    assert all(finding.advisory for finding in findings)


SECRET_FILE_NAMES = [
    "Download https://files.northbridge.co.uk/s/RootCA-4729183650192837465019283746.crt",
    "Amara's share: https://files.northbridge.co.uk/Certificate-4539148803436467.cer",
    "Cert: `Global-Root-CA-8834519027736451-GX.crt.pem`",
    "ca-clave-49302817465019283746.pem is on the share",
    "Use `schluessel-ca-8834519027736451.pem` (Amara's).",
    "https://hr.northbridge.co.uk/download/TrustedRoot-Hx7vQ2mZ9LpR3tYw.crt",
    "`ROOTCERTIFICATE-4729183650192837-AMARAOKONKWO.crt`",
    "The token is in the name: `SecureServerRoot-58204719364019285702.crt`",
    "Put `pw-ca-88345190277364519.pem` on the gateway.",
    "curl -O https://files.northbridge.co.uk/Winter2024Northbridge7Payroll.crt",
    "curl -O https://files.northbridge.co.uk/Winter2024Northbridge7Payroll.cer",
    "Install `Winter2024Northbridge7Payroll.crt.pem` on Amara's laptop.",
    "Import `Summer2025Leeds9Office.p12` into the keychain.",
    "scp amara@bastion:keys/Kq8vNz3Lw2PdX7mR.key .",
    "The bundle is `payroll_ca_bundle_Xk9vQ2mZ7LpR3tYw8BnE.ca-bundle`.",
    "Copy `ca_6011000990139424.pfx` to the laptop.",
    "Upload `GlobalSignRoot-r9T4kWq2ZpLm8XvB.der` to the router.",
    "Fetch https://dl.northbridge.co.uk/certs/Autumn2023Payroll42Leeds.pem",
    "Keystore: `Spring2026Amara3Okonkwo.jks`",
    "The CSR is `hr-portal-5105105105105100.csr`.",
    "Save it as `root_ca_20240101123456789012.crt`.",
    "curl -O https://files.northbridge.co.uk/DigiCertGlobalRoot-58204719AB36401928CD57.crt",
    "Cert: `RootCA-4729-1836-5019-2837.crt`",
]
"""A secret as a certificate's or a key's file name: a long number (a card's, an account's, a
token's), a generator's piece, a composed password (rev57's filename-token and certfile gaps,
and variants)."""


@pytest.mark.parametrize("text", SECRET_FILE_NAMES)
def test_a_secret_in_a_certificates_or_keys_file_name_is_found(text: str) -> None:
    assert _errors(text) & {"API key or token", "password or secret", "payment card number"}


@pytest.mark.parametrize("text", [
    "/tool certificate import file-name=DigiCertGlobalG3TLSECCSHA3842020CA1-1.crt.pem",
    "Download https://letsencrypt.org/certs/isrgrootx1.pem and `lets-encrypt-r3.pem`.",
    "Import `GTS_Root_R1.crt`, `AAACertificateServices.crt` and `ca-certificates.crt`.",
    "Point it at `/etc/letsencrypt/live/help.example.org/fullchain.pem`.",
    "Fetch https://cacerts.digicert.com/DigiCertGlobalRootG2.crt.pem",
    "Use `USERTrust_RSA_Certification_Authority.pem` and"
    " `SectigoRSADomainValidationSecureServerCA.crt`.",
])
def test_a_cas_file_name_still_passes(text: str) -> None:
    assert not _errors(text)


OWNED_IN_SPACED_LANGUAGES = [
    "Örneğin, müşterinin yönlendiricisi 192.168.1.20 adresinde.",
    "Örneğin, patronun bilgisayarı 192.168.1.20 adresinde.",
    "Ví dụ, router của khách hàng ở 192.168.1.20.",
    "Ví dụ, máy tính của sếp là 192.168.1.20.",
    "Misalnya, laptop milik Budi ada di 192.168.1.20.",
    "Наприклад, роутер клієнта має адресу 192.168.1.20.",
    "Наприклад, ноутбук директора має адресу 192.168.1.20.",
    "Například router zákazníka je na 192.168.1.20.",
    "Například počítač ředitele je na 192.168.1.20.",
    "على سبيل المثال، جهاز التوجيه الخاص بالعميل على 192.168.1.20",
    "उदाहरण के लिए, ग्राहक का राउटर 192.168.1.20 पर है।",
    "उदाहरण के लिए, मालिक का लैपटॉप 192.168.1.20 पर है।",
    "Например, роутер абонента имеет адрес 192.168.1.20.",
    "Например, ноутбук бухгалтера имеет адрес 192.168.1.20.",
    "Por exemplo, o computador do chefe está em 192.168.1.20.",
    "Por exemplo, a impressora da Maria fica em 192.168.1.20.",
    "De exemplu, laptopul șefului este la 192.168.1.20.",
    "De exemplu, calculatorul directorului este la 192.168.1.20.",
    "Por exemplo, o computador de João está em 192.168.1.20.",
    "Por exemplo, o PC do chefe está em 192.168.1.20.",
]
"""A home router's default address on a device a possessive of a spaced language gives
someone (rev57's translated gaps, and variants)."""


@pytest.mark.parametrize("text", OWNED_IN_SPACED_LANGUAGES)
def test_a_default_address_on_someones_device_in_spaced_languages_is_an_error(text: str) -> None:
    assert "internal IP address" in _errors(text)


@pytest.mark.parametrize("text", [
    "Por exemplo, o endereço do roteador é 192.168.1.1.",
    "Por exemplo, o computador do usuário está em 192.168.1.20.",
    "Por exemplo, o servidor de DNS está em 192.168.1.1.",
    "Ví dụ, router của bạn ở 192.168.1.1.",
    "Например, адрес роутера 192.168.1.1.",
    "Například router je na 192.168.1.1.",
    "De exemplu, adresa routerului este 192.168.1.1.",
    "उदाहरण के लिए, आपका राउटर 192.168.1.1 पर है।",
    "For example, what does the router do with 192.168.1.20?",
    "For example, the built-in router answers at 192.168.1.1.",
])
def test_a_default_address_on_the_readers_device_in_spaced_languages_stays_a_warning(
        text: str) -> None:
    findings = [finding for finding in scan(text, Allowed())
                if finding.kind == "internal IP address"]
    assert all(finding.advisory for finding in findings)


NATIONAL_NUMBERS_BY_SCRIPT = [
    "张伟的手机是13812345678，有问题找他。",
    "张伟的电话13812345678转人事部。",
    "<td>张伟的手机13812345678</td>",
    "王芳的手机号码是 15912345678。",
    "联系人：李娜 18612345678",
    "田中さんの電話番号は090-1234-5678です。",
    "佐藤さんの携帯：080-2345-6789",
    "김민준 팀장 연락처는010-1234-5678입니다.",
    "이서연 대리 휴대폰 010-2345-6789",
]
"""A person's national phone number (no country code) on a Chinese, Japanese or Korean line
of a site whose own regions are others (rev57's cjk gaps, and variants)."""


@pytest.mark.parametrize("text", NATIONAL_NUMBERS_BY_SCRIPT)
def test_a_national_number_in_a_line_of_its_countrys_script_is_found(text: str) -> None:
    assert "phone number" in _errors(text)


@pytest.mark.parametrize("text", [
    "端口范围是 21115-21119。",
    "版本 1.2.3 于 20240101 发布。",
    "ID 是 123456789。",
    "ポートは 8080 です。",
    "포트 21116 을 여세요.",
    "Call 13812345678 for the build number.",
])
def test_numbers_that_are_no_phones_stay_unfound(text: str) -> None:
    assert "phone number" not in _errors(text)

"""Hostile round 25 (issue 19): a mailbox whose local part or domain holds a script's vowel or
tone marks (`สมชาย.ใจดี@gmail.com`), or one written against a Japanese or Chinese full stop and
the next sentence (`tanaka@nttdocomo.co.jp。よろしく`), which main published; read in
kbgen/core/privacy/script_mailboxes.py. The leaks are also rows `hostile68: mailbox …` of
bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import EMAIL, scan

F = "```"

REFUSE: dict[str, str] = {
    "thai local part": "ติดต่อ สมชาย.ใจดี@gmail.com ครับ",
    "thai tone mark": "ลูกค้าชื่อ น้องเปิ้ล ส่งจาก เปิ้ล.น่ารัก@hotmail.com",
    "thai domain": "อีเมล: somchai@ไทยเน็ต.ไทย ครับ",
    "thai table": "| ชื่อ | อีเมล |\n|---|---|\n| คุณสมศรี | ศรี.สุข@yahoo.co.th |",
    "thai quote": "> จาก: วิไลวรรณ์@outlook.co.th\n> เรื่อง: รีเซ็ตรหัสผ่าน",
    "thai html": "<p>ส่งถึง <a>มณี.รัตน์@gmail.com</a></p>",
    "thai front matter": "---\nauthor: \"พี่ตุ๊ก.ใจดี@gmail.com\"\n---\nเนื้อหา",
    "thai fence": F + "\nFrom: ประเสริฐ์@hotmail.com\n" + F,
    "lao": "ອີເມວ: ສົມສັກ@gmail.com",
    "khmer": "អ៊ីមែល៖ សុខា.ចិន្តា@gmail.com",
    "myanmar": "အီးမေးလ်: မောင်မောင်@gmail.com",
    "devanagari local part": "ग्राहक: प्रिया.शर्मा@gmail.com पर लिखें",
    "tamil": "மின்னஞ்சல்: கீதா.ராமன்@gmail.com",
    "bengali": "ইমেইল: রাহুল.দেব@gmail.com",
    "japanese full stop": "連絡先：tanaka.hiroshi@nttdocomo.co.jp。よろしくお願いします",
    "japanese full stop kanji": "お客様のメールはsato.yuki@gmail.com。確認済み",
    "japanese half-width stop": "メール: yamada.taro@softbank.ne.jp｡以上",
    "chinese full stop": "客户邮箱是zhang.wei@qq.com。请回复",
    "chinese table": "| 客户 | 邮箱 |\n|---|---|\n| 王芳 | wang.fang@163.com。已验证 |",
    "japanese quote": "> 返信先 suzuki.hanako@icloud.com。明日まで",
    "japanese google": "転送先はkimura.ken@ezweb.ne.jp。Googleで確認",
    "thai domain table": "| ลูกค้า | อีเมล |\n|---|---|\n| คุณเอ | a.b@บริษัทไทย.ไทย |",
    "devanagari domain": "ईमेल: rahul@भारतनेट.भारत पर भेजें",
    "thai mark in domain label": "<td>nok@ร้านค้าดี.com</td>",
    "chinese quote": "> 我的邮箱：li.na@126.com。谢谢",
}
"""Leaks: an e-mail finding."""

PUBLISH: dict[str, str] = {
    "thai example domain": "เขียนถึง สมชาย.ใจดี@example.com ครับ",
    "japanese example domain": "メールはtanaka@example.com。ご確認ください",
    "japanese example jp": "送信先: yamada@example.net。テストです",
    "thai mention": "ติดตาม @สมชาย บนโซเชียล",
    "thai price": "ราคา @ ๑๐๐ บาท ต่อชิ้น",
    "npm scope": "パッケージ@types/node。インストールします",
    "file name": "画像はicon@2x.png。サイズは2倍",
    "role mailbox japanese": "お問い合わせはsupport@acme.co.jp。までどうぞ",
    "thai placeholder": "ใส่อีเมลของคุณ เช่น ชื่อ@example.org",
    "devanagari example": "उदाहरण: नाम.उपनाम@example.com",
    "japanese doc": "書式は「ユーザー名@ドメイン。」です",
    "systemd unit": "サービスwg-quick@wg0.service。再起動",
}
"""Example domains, handles, prices, file names, role mailboxes, format docs: no address."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_marked_mailbox_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert EMAIL in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_mailbox_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert EMAIL not in kinds[name]

"""A list of values is no sentence wrapped from a password word to its value (issue 19, fp65):
RustDesk's audit-log page lists its authentication methods (`- 固定パスワード` then `- 操作側を
切り替え`, "fixed password", "switch sides"), and the across-lines reading took the next item for
the password. Every text is scanned once; the leaks in list layouts must stay findings."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

KEPT: dict[str, str] = {
    "Japanese methods": "サポートされるプライマリ認証の値:\n\n- クリック確認\n"
                        "- ワンタイムパスワード\n- 固定パスワード\n- 操作側を切り替え\n",
    "Simplified Chinese methods": "支持的主要认证值：\n\n- 点击确认\n- 一次性密码\n"
                                  "- 固定密码\n- 切换方向\n",
    "Traditional Chinese methods": "支援的主要認證值：\n\n- 點擊確認\n- 一次性密碼\n"
                                   "- 固定密碼\n- 切換方向\n",
}
"""Lists of values: each gave an error on main."""

LEAKS: dict[str, str] = {
    "English word then value": "- Password\n- hunter2024\n",
    "Japanese word then Latin value": "- パスワード\n- Sunflower2024\n",
    "Japanese word alone then kana": "- 服务器\n- パスワード\n- ひまわり\n",
    "Chinese word alone then hanzi": "- 用户名 admin\n- 密码\n- 向日葵花园\n",
    "Chinese word alone, two items": "- 密码\n- 向日葵花园\n",
    "Russian word with colon then value": "- Пароль:\n- Qwerty2024!\n",
    "Russian word alone then Cyrillic": "- Пароль\n- Подсолнух\n",
    "Russian word then Cyrillic and digits": "- Пароль\n- Подсолнух2024\n",
    "German star items": "* Passwort\n* Geheim2024!\n",
    "admin password in Chinese then Latin value": "- 管理员密码\n- Tr0ub4dor&3\n",
    "Korean word then value": "- 비밀번호\n- qwerty2024!\n",
    "a continuation, not an item": "- パスワード\n  Sunflower2024\n",
    "a wrapped English sentence": "- The Wi-Fi password is\n  sunflower2024\n",
    "a customer's password in Chinese": "- 客户的密码\n- Xq7!pLm2Zr\n",
    "Vietnamese word then value": "- Mật khẩu\n- matkhau2024\n",
    "a methods list with a real value after": "- クリック確認\n- 固定パスワード\n- Sunflower2024\n",
    "a methods list, Latin value with symbol": "- 点击确认\n- 固定密码\n- Xq7!pLm2Zr\n",
    "a methods list, Russian value": "- Клик\n- Постоянный пароль\n- Подсолнух2024\n",
    "French word then value": "- Mot de passe\n- Soleil2024!\n",
    "Polish word then value": "- Hasło\n- Słonecznik2024\n",
}
"""Leaks in list layouts: each must stay an error (main finds each)."""


@pytest.fixture(scope="module")
def errors() -> dict[str, list[str]]:
    """Every text scanned once: the kinds of its errors."""
    return {name: [f.kind for f in scan(text) if not f.advisory]
            for name, text in {**KEPT, **LEAKS}.items()}


@pytest.mark.parametrize("name", KEPT)
def test_list_of_values_passes(errors: dict[str, list[str]], name: str) -> None:
    assert errors[name] == []


@pytest.mark.parametrize("name", LEAKS)
def test_list_leak_stays_refused(errors: dict[str, list[str]], name: str) -> None:
    assert "password or secret" in errors[name]

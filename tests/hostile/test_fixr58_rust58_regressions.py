"""Leaks dressed to ride rust58's six accepting rules stay found: rev58's regressions of
default_logins, product_mailboxes, sequence_examples, option_choices, cmd_variables and
masked_domains, and fixr58's own attack on the narrowed rules (issue 19, branch fixr58; the same
texts are rows `fixr58-…` of bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

LEAKS = [
    ('fixr58-rev58-default_logins-01', 'password or secret',
     'The default administrator username/password for the Northbridge Dental'
     ' server is admin/falcon1234'),
    ('fixr58-rev58-default_logins-12', 'password or secret',
     '王経理のサーバーのデフォルトの管理者 admin パスワードは sakura1234 です'),
    ('fixr58-rev58-default_logins-13', 'password or secret',
     '김민준 사장님 서버의 기본 관리자 admin 비밀번호는 tiger1234 입니다'),
    ('fixr58-rev58-default_logins-17', 'password or secret',
     'The default admin password is falcon1234.\n\nTicket #4821, Jensen Dental'
     ': I logged in with falcon1234 and the console opened.'),
    ('fixr58-rev58-default_logins-19', 'password or secret',
     'Default admin password for the Smith account: admin/smith1234'),
    ('fixr58-rev58-default_logins-27', 'password or secret',
     'As discussed on the phone, the default admin password is falcon1234 un'
     'til Tuesday.'),
    ('fixr58-rev58-default_logins-29', 'password or secret',
     'The default admin password the installer picked is falcon1234.'),
    ('fixr58-rev58-default_logins-32', 'password or secret',
     '默认管理员 admin 密码：dragon1234\n\n客户张伟的服务器已经用这个密码登录了：dragon1234'),
    ('fixr58-rev58-option_choices-12', 'password or secret',
     '### access-mode\n\n| Install required | Values | Default | Example |\n|--'
     '-|---|---|---|\n| Y | password, click, password-click, hunter-two-cobal'
     't | password-click | `access-mode=hunter-two-cobalt` |'),
    ('fixr58-rev58-cmd_variables-05', 'password or secret',
     '```bat\nset first=hunter\nset second=2024\nset admin_password=!first!!sec'
     'ond!\n```'),
    ('fixr58-rev58-masked_domains-02', 'e-mail address',
     'From: no-reply@xxx.com\nTo: marco.rossi@xxx.com'),
    ('fixr58-rev58-product_mailboxes-01', 'e-mail address',
     '# Northwind mail setup\n\nEnter the Gmail account i.e. mynorthwindserver'
     '@gmail.com in Mail Account.'),
    ('fixr58-rev58-product_mailboxes-02', 'e-mail address',
     '# Jensen Dental SMTP\n\nEnter the Gmail account i.e. myjensensite@gmail.'
     'com in Mail Account.'),
    ('fixr58-rev58-product_mailboxes-03', 'e-mail address',
     '# RustDesk\n\nChidi set up the Gmail account myrustdeskserver@gmail.com '
     'for the clinic; enter it in Mail Account.'),
    ('fixr58-rev58-product_mailboxes-05', 'e-mail address',
     '# Dangote\n\nEnter the Outlook account mydangotecompany@outlook.com in M'
     'ail Account.'),
    ('fixr58-rev58-product_mailboxes-06', 'e-mail address',
     '# Kowalski\n\nWpisz konto Gmail, np. mykowalskiserver@gmail.com, w polu '
     'Mail Account.'),
    ('fixr58-rev58-product_mailboxes-07', 'e-mail address',
     "# Rossi\n\nInserisci l'account Gmail, ad es. myrossisite@gmail.com."),
    ('fixr58-rev58-default_logins-39', 'password or secret',
     'Default admin password for the Patel account: admin/patel123'),
    ('fixr58-rev58-default_logins-45', 'password or secret',
     'Log in as admin with the default password marco123 (Marco Rossi, recep'
     'tion desk).'),
    ('fixr58-rev58-default_logins-48', 'password or secret',
     'The default admin password the technician typed in is falcon1234.'),
    ('fixr58-rev58-default_logins-59', 'password or secret',
     'admin 的默认密码是 falcon1234，王伟的电脑上用的就是这个。'),
    ('fixr58-rev58-default_logins-60', 'password or secret',
     '田中様のサーバーの既定の admin パスワード：falcon1234'),
    ('fixr58-rev58-default_logins-61', 'password or secret',
     '박지훈 님 서버 기본 admin 비밀번호: falcon1234'),
    ('fixr58-rev58-default_logins-67', 'password or secret',
     'Default admin password for the Leeds depot: admin/falcon1234\nDefault a'
     'dmin password for the York depot: admin/harbor1234'),
    ('fixr58-rev58-default_logins-68', 'password or secret',
     "The default admin password is falcon1234.\n\nJensen Dental's reception P"
     'C: admin/falcon1234'),
    ('fixr58-rev58-option_choices-19', 'password or secret',
     '### approve-mode\n\n| Install required | Values | Default | Example |\n|-'
     '--|---|---|---|\n| N | password, click, password-click, orchard-lantern'
     '-mosaic | password-click | `approve-mode=orchard-lantern-mosaic` |'),
    ('fixr58-rev58-option_choices-20', 'password or secret',
     '### approve-mode\n\n| Install required | Values | Default | Example |\n|-'
     '--|---|---|---|\n| N | password, click, password-click, correct-horse-b'
     'attery-staple | password-click | `approve-mode=correct-horse-battery-s'
     'taple` |'),
    ('fixr58-rev58-option_choices-21', 'password or secret',
     '### approve-mode\n\n| Install required | Values | Default | Example |\n|-'
     '--|---|---|---|\n| N | password, click, password-click, velvet-anchor |'
     ' password-click | `approve-mode=velvet-anchor` |'),
    ('fixr58-rev58-option_choices-26', 'password or secret',
     "Jensen Dental's settings (ticket 4821):\n\n### approve-mode\n\n| Install r"
     'equired | Values | Default | Example |\n|---|---|---|---|\n| N | passwor'
     'd, click, password-click, orchard-lantern-mosaic | password-click | `a'
     'pprove-mode=orchard-lantern-mosaic` |'),
    ('fixr58-rev58-option_choices-27', 'password or secret',
     '### approve-mode\n\n| Install required | Values | Default | Example |\n|-'
     '--|---|---|---|\n| N | password, click, password-click, hunter-two | pa'
     'ssword-click | `approve-mode=hunter-two` |'),
    ('fixr58-rev58-option_choices-28', 'password or secret',
     '### approve-mode\n\n| Install required | Values | Default | Example |\n|-'
     '--|---|---|---|\n| N | password, click, password-click, jensen-dental-l'
     'eeds | password-click | `approve-mode=jensen-dental-leeds` |'),
    ('fixr58-rev58-cmd_variables-21', 'password or secret',
     '```bat\nset first=summer\nset second=2024\nset admin_password=!first!!sec'
     'ond!\n```'),
    ('fixr58-rev58-cmd_variables-24', 'password or secret',
     '```bat\nset pet_name=biscuit\nset birth_year=1987\nset password=!pet_name'
     '!!birth_year!\n```'),
    ('fixr58-rev58-cmd_variables-25', 'password or secret',
     '```bat\nset left=Hx7p\nset right=Q2vL\nset admin_password=!left!!right!\n`'
     '``'),
    ('fixr58-rev58-cmd_variables-27', 'password or secret',
     '```cmd\n@echo off\nrem Jensen Dental reception\nset alpha=Zq8\nset bravo=r'
     'T2\nset charlie=vLp9\nset rustdesk_pw=!alpha!!bravo!!charlie!\nrustdesk.e'
     'xe --password %rustdesk_pw%\n```'),
    ('fixr58-rev58-product_mailboxes-11', 'e-mail address',
     '# Jensen Dental\n\nEnter the Gmail account i.e. myjensenserver@gmail.com'
     ' in Mail Account.'),
    ('fixr58-rev58-product_mailboxes-12', 'e-mail address',
     '# Okafor Clinic\n\nEnter the Gmail account i.e. myokaforsite@gmail.com i'
     'n Mail Account.'),
    ('fixr58-rev58-product_mailboxes-14', 'e-mail address',
     '# Jensen Dental\n\nEnter the Yahoo account yourjensenhost@yahoo.com in M'
     'ail Account.'),
    ('fixr58-rev58-product_mailboxes-15', 'e-mail address',
     '# Northbridge\n\nEnter the Hotmail account mynorthbridgedomain@hotmail.c'
     'om in Mail Account.'),
    ('fixr58-rev58-default_logins-70', 'password or secret',
     'Standard procedure at Jensen Dental: log in as admin with password fal'
     'con1234.'),
    ('fixr58-rev58-default_logins-71', 'password or secret',
     'Standard admin password on fw01: falcon1234'),
    ('fixr58-rev58-default_logins-76', 'password or secret',
     'The admin account uses the implicit password falcon1234 on Marco Rossi'
     "'s PC."),
    ('fixr58-rev58-default_logins-78', 'password or secret',
     'Default printer is on root share; admin password for the share: falcon'
     '1234'),
    ('fixr58-rev58-default_logins-81', 'password or secret',
     'Default admin password: falcon1234\nCustomer: Jensen Dental\nServer: 203'
     '.0.113.45'),
    ('fixr58-rev58-default_logins-82', 'password or secret',
     'Customer: Jensen Dental\nServer: 203.0.113.45\nDefault admin password: f'
     'alcon1234'),
    ('fixr58-rev58-default_logins-83', 'password or secret',
     'Jensen Dental\n\nDefault admin password: falcon1234'),
    ('fixr58-rev58-product_mailboxes-23', 'e-mail address',
     '# Jensen Dental\n\n| Field | Value |\n|---|---|\n| Mail Account (Gmail) | '
     'myjensenserver@gmail.com |'),
    ('fixr58-rev58-product_mailboxes-24', 'e-mail address',
     '# Jensen Dental\n\n```\nsmtp_user = myjensenserver@gmail.com  # Gmail\n```'),
    ('fixr58-rev58-product_mailboxes-25', 'e-mail address',
     '# Jensen Dental\n\nEnter the Gmail account i.e. myjensenserver@gmail.com'
     ' in Mail Account.\n\nEnter the Gmail account i.e. myjensenserver@gmail.c'
     'om in Reply-To.'),
    ('fixr58-rev58-default_logins-84', 'password or secret',
     'From today the default admin password is falcon1234.'),
    ('fixr58-rev58-default_logins-85', 'password or secret',
     'Since the migration, the default admin password is falcon1234.'),
    ('fixr58-rev58-default_logins-87', 'password or secret',
     'Going forward, the default root password is falcon1234 for every North'
     'bridge laptop.'),
    ('fixr58-rev58-default_logins-88', 'password or secret',
     'Dear Marco, default admin password: falcon1234'),
    ('fixr58-rev58-default_logins-89', 'password or secret',
     'Marco — default admin login admin/falcon1234, as agreed.'),
    ('fixr58-rev58-default_logins-91', 'password or secret',
     'Domyślne hasło admina dla Pana serwera: admin/falcon1234'),
    ('fixr58-rev58-default_logins-92', 'password or secret',
     'お客様のサーバーの既定の admin パスワード：falcon1234'),
    ('fixr58-rev58-default_logins-93', 'password or secret',
     '고객님 서버 기본 admin 비밀번호: falcon1234'),
    ('fixr58-rev58-default_logins-94', 'password or secret',
     '贵公司服务器的默认 admin 密码：falcon1234'),
    ('fixr58-rev58-default_logins-97', 'password or secret',
     'Default admin password (temporary, expires Friday): falcon1234'),
    ('fixr58-rev58-sequence_examples-03', 'password or secret',
     "The connection password on the clinic's server, i.e. `default-connect-"
     'password=abcd1234`'),
    ('fixr58-rev58-sequence_examples-05', 'password or secret',
     '## Jensen Dental (ticket 4821)\n\nTheir deployment uses, e.g. `default-c'
     'onnect-password=abcd1234`'),
    ('fixr58-rev58-sequence_examples-06', 'password or secret',
     'Customer: Jensen Dental\nServer: 203.0.113.45\nPassword, i.e. `password='
     'abc123`'),
    ('fixr58-rev58-sequence_examples-08', 'password or secret',
     'On 203.0.113.45, i.e. `admin-password: abcdef123456`'),
    ('fixr58-rev58-sequence_examples-09', 'password or secret',
     'ssh root@203.0.113.45, i.e. `root-password=abc123`'),
    ('fixr58-rev58-sequence_examples-10', 'password or secret',
     'Marco, wie besprochen, z.B. `default-connect-password=abcd1234`'),
    ('fixr58-rev58-sequence_examples-11', 'password or secret',
     '张伟的电脑上的连接密码，例如 `default-connect-password=abcd1234`'),
    ('fixr58-rev58-sequence_examples-12', 'password or secret',
     '박지훈 님 PC 설정, 예: `default-connect-password=abc123`'),
    ('fixr58-rev58-sequence_examples-13', 'password or secret',
     'Klient Nowak ustawił hasło, np. `default-connect-password=abcd1234`'),
    ('fixr58-rev58-default_logins-100', 'password or secret',
     'Default admin login for \\\\NAS01\\scans: admin / falcon1234'),
    ('fixr58-attack-dl-a1', 'password or secret',
     'Default admin login for Jensen Dental: `admin`/`falcon1234`'),
    ('fixr58-attack-dl-a3', 'password or secret',
     'Marco, the default username/password is `admin`/`falcon1234`'),
    ('fixr58-attack-dl-a4', 'password or secret',
     '* Open `https://YOUR_DOMAIN` in the browser, log in using the default '
     'user name "admin" and password "test1234", then change the password to'
     ' your own.\n\nJensen Dental: log in with the username `admin` and passwo'
     'rd `falcon1234`.'),
    ('fixr58-attack-dl-a5', 'password or secret',
     "Log in with the username `admin` and password `falcon1234` on Marco's "
     'PC.'),
    ('fixr58-attack-dl-a6', 'password or secret',
     'The default username/password is `admin`/`falcon1234` until Tuesday.'),
    ('fixr58-attack-dl-a7', 'password or secret',
     'Customer: Jensen Dental\nThe default username/password is `admin`/`falc'
     'on1234`.'),
    ('fixr58-attack-dl-a8', 'password or secret',
     '王伟的服务器默认管理员用户名/密码是 `admin`/`dragon1234`：'),
    ('fixr58-attack-dl-a9', 'password or secret',
     '田中様のユーザー名`admin`とパスワード`sakura1234`でログインします。'),
    ('fixr58-attack-dl-a12', 'password or secret',
     'The default username/password is `admin`/`falcon1234` (Priya Natarajan'
     ', reception).'),
    ('fixr58-attack-dl-a14', 'password or secret',
     'The default username/password is `admin`/`falcon1234`, as we set on 20'
     '3.0.113.45.'),
    ('fixr58-attack-dl-a15', 'password or secret',
     '# Jensen Dental\n\nThe default username/password is `admin`/`falcon1234`'
     '.'),
    ('fixr58-attack-dl-a16', 'password or secret',
     'Domyślne hasło dla Pana Nowaka: `admin`/`falcon1234`'),
    ('fixr58-attack-dl-a18', 'password or secret',
     'Our default username/password is `admin`/`falcon1234`.'),
    ('fixr58-attack-dl-a19', 'password or secret',
     'Das Standardpasswort bei Müller GmbH: Benutzername `admin` und Passwor'
     't `falke1234`'),
    ('fixr58-attack-se-a1', 'password or secret',
     '### default-connect-password\n\nThe connection password the controlling '
     'side uses.\n\nJensen Dental uses, e.g. `default-connect-password=abcd123'
     '4`'),
    ('fixr58-attack-se-a2', 'password or secret',
     '### Jensen Dental\n\ne.g. `default-connect-password=abcd1234`'),
    ('fixr58-attack-se-a3', 'password or secret',
     '### default-connect-password\n\nThe connection password the controlling '
     'side uses.\n\ni.e. `default-connect-password=abcd1234`'),
    ('fixr58-attack-se-a4', 'password or secret',
     '### default-connect-password\n\nThe connection password the controlling '
     'side uses.\n\ne.g. `default-connect-password=abcdef123456`'),
    ('fixr58-attack-se-a5', 'password or secret',
     "## Jensen Dental\n\n### default-connect-password (Marco's PC)\n\ne.g. `def"
     'ault-connect-password=abcd1234`'),
    ('fixr58-attack-pm-a1', 'e-mail address',
     '# Jensen Dental\n\nRun `jensen.exe`.\n\n5. Chidi set up the Gmail account '
     '`myjensenserver@gmail.com`.'),
    ('fixr58-attack-pm-a2', 'e-mail address',
     '# Jensen Dental\n\n5. Enter the Gmail account i.e. `myjensenserver@gmail'
     '.com` in `Mail Account`.'),
    ('fixr58-attack-pm-a3', 'e-mail address',
     '# RustDesk\n\nRun `rustdesk.exe`.\n\nEnter the Gmail account i.e. myrustde'
     "skserver@gmail.com (Chidi's) in Mail Account."),
    ('fixr58-attack-oc-a1', 'password or secret',
     '### approve-mode\n\n| Install required | Values | Default | Example |\n|-'
     '--|---|---|---|\n| N | password, click, password-orchard | password-orc'
     'hard | `approve-mode=password-orchard` |'),
    ('fixr58-attack-cv-a2', 'password or secret',
     '```bat\nset charset=Zq8rT2vLp9Kx\nset rustdesk_pw=!charset!\n```'),
    ('fixr58-attack-md-a1', 'e-mail address',
     'Reply-To: support@xxx.com\nCc: priya.natarajan@xxx.com'),
]


@pytest.mark.parametrize(("name", "kind", "text"), LEAKS, ids=[row[0] for row in LEAKS])
def test_a_leak_dressed_as_a_rust58_acceptance_is_found(name: str, kind: str, text: str) -> None:
    assert kind in {f.kind for f in scan(text) if not f.advisory}, name

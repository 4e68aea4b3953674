"""rev66's false alarms of hostile66's new readers (F2, F3, F4, F12, F14), fixed by branch
fixhost66: everyday text main published that the readers refused (a map's SVG icon, a company's
own office link, Laravel Passport's client ID, a `$AAPL` ticker beside Cash App, `@type` in
JSON-LD, `Revoke the token "ci-deploy-2024"`), and leaks of the same shapes that must stay
refused. All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import NATIONAL_ID, PAYMENT_HANDLE, POSTAL_ADDRESS, Allowed, scan

F = "```"
SECRET = ("password or secret", "API key or token")

PUBLISH: dict[str, tuple[str, tuple[str, ...]]] = {
    # F2 / F14: map coordinates that are nobody's home
    "svg path 5 decimals": ('<svg viewBox="0 0 24 24"><path d="M 12.50000,2.25000 L 21.75000,'
                            '12.00000 L 12.50000,21.75000 Z"/></svg>', (POSTAL_ADDRESS,)),
    "svg polyline points": ('<polyline points="12.50000,2.25000 21.75000,12.00000 12.50000,'
                            '21.75000"/>',
                            (POSTAL_ADDRESS,)),
    "our office map link": ("Find our office on Google Maps: https://www.google.com/maps/"
                            "@52.3731234,4.8922345,17z", (POSTAL_ADDRESS,)),
    "our warehouse 6 decimals": ("Our warehouse in Rotterdam is at 51.924420, 4.477733; deliveries"
                                 " arrive at gate 3.", (POSTAL_ADDRESS,)),
    "unser büro": ("Unser Büro: https://www.openstreetmap.org/?mlat=48.137154&mlon=11.576124",
                   (POSTAL_ADDRESS,)),
    "osm links look like": ("OpenStreetMap links look like https://www.openstreetmap.org/?mlat="
                            "51.5074&mlon=-0.1278#map=15/51.5074/-0.1278", (POSTAL_ADDRESS,)),
    "geo uri format": ("A geo URI is written like geo:52.373123,4.892234 (RFC 5870).",
                       (POSTAL_ADDRESS,)),
    "bounding box 5 decimals": ("Set the bounding box to 47.27012, 5.86630 and 55.09916, 15.04193"
                                " to show Germany.", (POSTAL_ADDRESS,)),
    "bbox keyed": ("bbox = 47.27012, 5.86630, 55.09916, 15.04193", (POSTAL_ADDRESS,)),
    "benchmark 5 decimals": ("Score (mean, sd): 71.23451, 12.56782", (POSTAL_ADDRESS,)),
    "offset pair": ("Apply the sensor offsets 12.34567, 45.67891 after a reset.",
                    (POSTAL_ADDRESS,)),
    "notre entrepôt": ("Notre entrepôt : 48.856613, 2.352222 (quai 4).", (POSTAL_ADDRESS,)),
    "calibration 5 decimals": ("Calibration gains: 14.22314, 17.99021", (POSTAL_ADDRESS,)),
    "meshtastic log": ("[RX] POSN  ch=0  from=!cafebabe  lat=47.6062 lon=-122.3321",
                       (POSTAL_ADDRESS,)),
    # F3: "passport" as a product, another label nearer the number
    "laravel passport": ("Install Laravel Passport, then note client ID 9C0A1B2D for the SPA.",
                         (NATIONAL_ID,)),
    "passport.js issue": ("passport-jwt stopped working after the upgrade, see issue GH4021.",
                          (NATIONAL_ID,)),
    "pet passport iso": ("A pet passport needs a microchip (ISO 11784) and a rabies shot.",
                         (NATIONAL_ID,)),
    "passport error code": ("If passport verification fails you see error E40312.",
                            (NATIONAL_ID,)),
    "passport wallet sku": ("The Passport Wallet (SKU PW2024BLK) ships in May.", (NATIONAL_ID,)),
    "passport adviceline": ("Passport Adviceline: 0300 222 0000", (NATIONAL_ID,)),
    "passport order number": ("Passport photo kit, order number 88213377, ships today.",
                              (NATIONAL_ID,)),
    "licence ticket": ("Driving licence renewals: open ticket INC482910 with HR.", (NATIONAL_ID,)),
    "passport format table": ("## Passport\n\n| Field | Value | Notes |\n|---|---|---|\n"
                              "| Format | A1234567 | example: one letter, seven digits |",
                              (NATIONAL_ID,)),
    "passport format column": ("| Field | Passport | Notes |\n|---|---|---|\n"
                               "| Format | A1234567 | example: one letter, seven digits |",
                               (NATIONAL_ID,)),
    "passport model firmware": ("The Passport 2 router runs firmware build FW2024113.",
                                (NATIONAL_ID,)),
    # F4: cashtags of stocks and coins, boosts, an example, JSON-LD keywords
    "cash app tickers": ("With Cash App Investing you can buy $AAPL or $TSLA.", (PAYMENT_HANDLE,)),
    "revolut crypto": ("Revolut lets you buy $BTC and $ETH.", (PAYMENT_HANDLE,)),
    "cash app boost": ("In Cash App, add the $Coffee boost to your card.", (PAYMENT_HANDLE,)),
    "cash app boost german": ("Aktiviere in Cash App den Boost $Coffee.", (PAYMENT_HANDLE,)),
    "paypal.me example": ("Enter your PayPal.Me link, for example paypal.me/janedoe.",
                          (PAYMENT_HANDLE,)),
    "paypal.me e.g.": ("The link field takes a PayPal.Me address (e.g. paypal.me/yourshop123).",
                       (PAYMENT_HANDLE,)),
    "venmo json-ld type": ("The Venmo API returns @type fields in its JSON-LD.", (PAYMENT_HANDLE,)),
    "venmo json-ld context": ('Venmo\'s page has {"@context": "https://schema.org", "@id": "x"}',
                              (PAYMENT_HANDLE,)),
    # F12: a quoted name of a token or secret
    "revoke token": ('Revoke the token "ci-deploy-2024" under Settings > Tokens.', SECRET),
    "german token name": ('Benennen Sie den Token "Buchhaltung2024", damit Sie ihn wiederfinden.',
                          SECRET),
    "k8s secret name": ('Create the secret "db-creds-v2" in the namespace.', SECRET),
    "token scope": ('Give the token "read:packages" scope only.', SECRET),
    "passkey device": ('Your passkey "iPhone15Pro" appears in the list.', SECRET),
    "token type": ("Choose the token 'ReadOnly2' for dashboards.", SECRET),
    "api token name": ('Delete the API token "grafana-prod-2023" when the project ends.', SECRET),
    "french jeton": ('Supprimez le token "backup-nightly-01" dans la liste.', SECRET),
    "spanish secreto": ('Cree el secret "smtp-relay-v3" en el espacio de nombres.', SECRET),
    "a new key": ('Add a new key "deploy-staging-2" to the repository.', SECRET),
    "our head office link": ("Our head office: https://www.google.com/maps/@52.3731234,4.8922345,17z",
                             (POSTAL_ADDRESS,)),
    "we are at geo": ("We are at geo:52.373123,4.892234.", (POSTAL_ADDRESS,)),
    "nuestra tienda": ("Nuestra tienda: 40.416775, -3.703790", (POSTAL_ADDRESS,)),
    "mittelwert": ("Mittelwert 52.37312, 4.89221", (POSTAL_ADDRESS,)),
    "passport booth code": ("passport photo booth code PB482913", (NATIONAL_ID,)),
    "passport app build": ("Passport app build B20241133", (NATIONAL_ID,)),
    "passport bug": ("passport-jwt bug GH4021", (NATIONAL_ID,)),
    "passport iso/iec": ("Passport: ISO/IEC 18013", (NATIONAL_ID,)),
    "passport din": ("A pet passport needs a microchip (DIN 11784)", (NATIONAL_ID,)),
    "venmo news accounts": ("Follow Venmo news from @PayPal and @Braintree on X.",
                            (PAYMENT_HANDLE,)),
    "revolut doge sol": ("Revolut supports $DOGE and $SOL.", (PAYMENT_HANDLE,)),
    "cash app list": ("Cash App Investing: $MSFT, $NVDA, $GOOG", (PAYMENT_HANDLE,)),
    "venmo schema": ("Venmo's schema uses @id and @type.", (PAYMENT_HANDLE,)),
    "rotate token": ('Rotate the token "ci-deploy-2025" every year.', SECRET),
    "lösche den token": ('Lösche den Token "Backup-Server-01".', SECRET),
    "rename the secret": ("Rename the secret 'registry-pull-v2' if needed.", SECRET),
    "select the passkey": ('Select the passkey "Pixel8Pro" and remove it.', SECRET),
    "spaced numbers no home": ("Readings 52.37312 4.89221 13.40500 were logged.",
                               (POSTAL_ADDRESS,)),
    "semicolon list": ("Gains 52.37312;4.89221;13.40500", (POSTAL_ADDRESS,)),
    "pp without number word": ("PP 2024 C01X00T47 release", (NATIONAL_ID,)),
    "bypass no.": ("Use bypass. no C01X00T47 change", (NATIONAL_ID,)),
}
"""Everyday text: no finding of the kinds named."""

REFUSE: dict[str, tuple[str, tuple[str, ...]]] = {
    "home 5 decimals": ("I live at 52.37312, 4.89221, ring twice.", (POSTAL_ADDRESS,)),
    "bare 6 decimals pair": ("- Install at 59.329323, 18.068581", (POSTAL_ADDRESS,)),
    "customer map link": ("Customer's house: https://www.google.com/maps/@52.3731234,4.8922345,17z",
                          (POSTAL_ADDRESS,)),
    "our customer's home": ("Our customer's home is at 52.373123, 4.892234.", (POSTAL_ADDRESS,)),
    "we visited her": ("We visited her flat at 48.137154, 11.576124 yesterday.",
                       (POSTAL_ADDRESS,)),
    "svg beside a home": ('<path d="M 1 1"/> My home: 52.373123, 4.892234', (POSTAL_ADDRESS,)),
    "our technician at her house": ("Our technician goes to 52.373123, 4.892234, her house.",
                                    (POSTAL_ADDRESS,)),
    "we and a person's name": ("We shipped it to Mary Quinn, 52.373123, 4.892234.",
                               (POSTAL_ADDRESS,)),
    "bbox beside a customer": ("Customer's bbox: 52.373123, 4.892234", (POSTAL_ADDRESS,)),
    "send us your location": ("Send us your location: 52.373123, 4.892234", (POSTAL_ADDRESS,)),
    "i am at, our router": ("I am at 52.373123, 4.892234 with our router.", (POSTAL_ADDRESS,)),
    "quoted ticket ours": ("> Notre maison : 48.856613, 2.352222", (POSTAL_ADDRESS,)),
    "quoted ticket our place": ("> our farm is at 48.856613, 2.352222", (POSTAL_ADDRESS,)),
    "google q bare": ("https://maps.google.com/?q=52.373123,4.892234", (POSTAL_ADDRESS,)),
    "passport number": ("Customer Mary Quinn, passport number 533380006, asked.", (NATIONAL_ID,)),
    "passport colon html": ("<p>Passport: <b>533380006</b></p>", (NATIONAL_ID,)),
    "passport is": ("> Hi, my passport number is 533380006, can you update it?", (NATIONAL_ID,)),
    "passport of a person colon": ("Passport of Mary Quinn: C01X00T47", (NATIONAL_ID,)),
    "passport direct": ("Le client a donné son numéro de passeport 18AV12345 au téléphone.",
                        (NATIONAL_ID,)),
    "licence hash": ("Driver's license # D1234567 (California)", (NATIONAL_ID,)),
    "carnet n.º": ("Carnet de conducir n.º 12345678Z", (NATIONAL_ID,)),
    "passport json": (F + 'json\n{"passport_number": "C01X00T47"}\n' + F, (NATIONAL_ID,)),
    "passport table row": ("| Name | Passport |\n|---|---|\n| Mary Quinn | C01X00T47 |",
                           (NATIONAL_ID,)),
    "passport column customer row": ("| Customer | Passport | Notes |\n|---|---|---|\n"
                                     "| Mary Quinn | C01X00T47 | called on Monday |",
                                     (NATIONAL_ID,)),
    "passport holder name": ("Passport holder Mary Quinn C01X00T47", (NATIONAL_ID,)),
    "passport number on file": ("passport number on file 533380006", (NATIONAL_ID,)),
    "passport for the customer": ("passport for the customer 533380006", (NATIONAL_ID,)),
    "cash app person": ("Cash App: $MaryQuinn87", (PAYMENT_HANDLE,)),
    "cash app lower": ("refund via cash app to $maryq", (PAYMENT_HANDLE,)),
    "venmo person": ("Her Venmo is @Mary-Quinn-7, send it there.", (PAYMENT_HANDLE,)),
    "paypal.me person": ("Send the refund to paypal.me/janedoe1987", (PAYMENT_HANDLE,)),
    "paypal.me customer example": ("The customer's link, for example paypal.me/janedoe1987",
                                   (PAYMENT_HANDLE,)),
    "password quoted": ("> my config has password 'hunter2xyz' in it", SECRET),
    "the password quoted": ('Set the password "Tr0ub4dor3x" on the router.', SECRET),
    "my password quoted": ('> my password "Kq8vTz2mWx9p" stopped working', SECRET),
    "token value unarticled": ("Die Konfiguration enthält password 'Kq8vTz2mWx9p' für den Admin.",
                               SECRET),
    "the secret random": ('Set the client secret "Kq8vTz2mWx9pLm3N" in the app.', SECRET),
    "set the key words": ('Set the key "Sommer2024Haus" on the printer.', SECRET),
    "the shared secret words": ('Type the shared secret "correcthorse2024" on both ends.', SECRET),
    "the wifi key words": ('Der WLAN-Key "Sonnenblume2024" steht auf dem Router.', SECRET),
    "the token random": ("Use the token 'Qx7pLm2Zr9Wt4K' for the API.", SECRET),
    "kundin wohnt": ("Unsere Kundin wohnt bei 52.373123, 4.892234.", (POSTAL_ADDRESS,)),
    "kunde table": ("| Kunde | Standort |\n|---|---|\n| Anna Berg | 52.373123, 4.892234 |",
                    (POSTAL_ADDRESS,)),
    "our client pin": ("Our client asked us to pin 52.373123, 4.892234.", (POSTAL_ADDRESS,)),
    "ticket geo": ("- Ticket 4411: geo:52.373123,4.892234", (POSTAL_ADDRESS,)),
    "yaml home list": (F + "\nhome: [52.373123, 4.892234]\n" + F, (POSTAL_ADDRESS,)),
    "passport possessive": ("Mary Quinn's passport C01X00T47 expires soon.", (NATIONAL_ID,)),
    "pasaporte del cliente": ("Pasaporte del cliente PAA123456", (NATIONAL_ID,)),
    "reisepass von": ("Reisepass von Anna Berg: C01X00T47", (NATIONAL_ID,)),
    "passport scan shows": ("passport scan shows C01X00T47", (NATIONAL_ID,)),
    "passport copy": ("passport copy C01X00T47", (NATIONAL_ID,)),
    "passport upper holder": ("PASSPORT HOLDER MARY BERG C01X00T47", (NATIONAL_ID,)),
    "passport on file": ("passport on file C01X00T47", (NATIONAL_ID,)),
    "licence bare": ("Driving licence MORGA753116SM9IJ", (NATIONAL_ID,)),
    "ticker then person": ("Cash App: buy $AAPL, refund $MaryQuinn87", (PAYMENT_HANDLE,)),
    "price then person": ("Cash App: $25 to $MaryQuinn87", (PAYMENT_HANDLE,)),
    "json-ld then person": ("Venmo @type Person @Mary-Quinn-7", (PAYMENT_HANDLE,)),
    "pasaporte en": ("Número de pasaporte en C01X00T47", (NATIONAL_ID,)),
    "venmo colon": ("Venmo: @maryq87 (refund)", (PAYMENT_HANDLE,)),
    "customer cash app short": ("- Customer's Cash App: $Jq87x", (PAYMENT_HANDLE,)),
    "mein token": ('> mein Token "Kq8vTz2mWx9pLm3N"', SECRET),
    "revoke random token": ('Revoke the token "Kq8vTz2mWx9pLm3N" now.', SECRET),
    "use the secret words": ("Use the secret 'pinkelephant77' for the webhook.", SECRET),
    "pp hash (F11)": ("Customer's PP#: 533380006", (NATIONAL_ID,)),
    "pass. no. (F11)": ("Pass. no. C01X00T47 (Mary Quinn)", (NATIONAL_ID,)),
    "travel document (F11)": ("Travel document number: C01X00T47", (NATIONAL_ID,)),
    "dl hash (F11)": ("DL# D1234567 (California), exp 2029", (NATIONAL_ID,)),
    "home semicolon (F11)": ("Home: 52.37312;4.89221", (POSTAL_ADDRESS,)),
    "house blank (F11)": ("My house is at 52.37312 4.89221", (POSTAL_ADDRESS,)),
}
"""Leaks: a finding of one of the kinds named."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}
            for name, (text, _) in {**PUBLISH, **REFUSE}.items()}


@pytest.mark.parametrize("name", PUBLISH)
def test_everyday_text_publishes(name: str, kinds: dict[str, set[str]]) -> None:
    assert not kinds[name] & set(PUBLISH[name][1])


@pytest.mark.parametrize("name", REFUSE)
def test_leak_stays_refused(name: str, kinds: dict[str, set[str]]) -> None:
    assert kinds[name] & set(REFUSE[name][1])

"""What a credential's name may carry around its word and still name the same secret (issue
19, branch leak53): `DB_PASSWORD_RAW`, `SMTP_PASSWORD_OLD`, `ADMIN_PASS_NEW`, `API_TOKEN_B64`,
`DB_PASSWORD_1`, `dbPasswordPlain`. The rules that read `password: value` wanted the sign right
after the word, so a suffix made the line no password's; a prefix (`RAW_DB_PASSWORD`) already
passed.

Only suffixes that say which copy, form or encoding of the secret it is: never one that makes
the name another setting's (`_FILE`, `_PATH`, `_HASH`, `_LENGTH`, `_POLICY`, `_PROMPT`), which
the value's own rules judge as before."""

from __future__ import annotations

_WORDS = (
    "raw|plain|plaintext|clear|cleartext|b64|base64|hex|encoded|old|new|prev|previous|next"
    "|current|curr|orig|original|tmp|temp|backup|bak|alt|value|val|str|string|prod|production"
    "|live|key|neu|klartext|roh|ancien|nouveau|clair|antiguo|nuevo|vecchio|nuovo|oud|nieuw"
    "|neue|alte|ancienne|nouvelle|antigua|nueva|vecchia|nuova|nieuwe|oude"
    "|dev|devel|development|stage|staging|stg|test|testing|uat|qa|preprod|sandbox"
    "|confirm|confirmation|confirmed|again|repeat|retype|verify|verification"
    "|eu|us|uk|apac|emea|amer|latam|asia|east|west"
    "|v\\d{1,2}|\\d{1,3}")
"""Which copy, form or encoding of a secret a suffix names (in English, and the other five
languages' old, new and plain: `PASSWORT_NEU`, `mot_de_passe_ancien`, `password_nuova`), the
environment it is for (`DB_PASSWORD_STAGING`, `_DEV`, `_UAT`: rev54, they were read as no
password's), the region it is for (`API_PASSWORD_EU`, `_US`, `_APAC`, `dbPasswordEu`:
atk54), the form's second entry (`ADMIN_PASSWORD_CONFIRM`, `_REPEAT`), and `key`
(`SECRET_KEY`, the secret's own name in many frameworks, was read as no password's: Django,
Flask, Rails)."""

SUFFIXES = (
    rf"(?:[_.-](?i:{_WORDS})(?![A-Za-z])"
    r"|(?-i:(?:Raw|Plain|Plaintext|Clear|Cleartext|B64|Base64|Hex|Encoded|Old|New|Prev"
    r"|Previous|Next|Current|Orig|Original|Tmp|Temp|Backup|Alt|Value|Str|String|Prod|Live|Key"
    r"|Dev|Staging|Stage|Test|Uat|Qa|Preprod|Sandbox|Confirm|Confirmation|Again|Repeat"
    r"|Retype|Verify|Eu|Us|Uk|Apac|Emea|Amer|Latam|Asia|East|West)"
    r"(?![a-z]))|\d{1,3}(?![\w]))*")
"""Suffixes after a credential's word (`_RAW`, `-old`, `.b64`, `_1`, camel case `Raw`, a
number glued on: `PASSWORD2`), any number of them (`_RAW_OLD`); an empty string matches."""

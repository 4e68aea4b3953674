"""The headings of the section a reply quotes as steps, in every language kbgen ships.

A German article's `## Lösung` is its Resolution: without these, `kbgen reply` quoted no steps
from any article not written under English headings (a German help centre's replies held the
summary and the link only). Resolutions first, then workarounds, as in English."""

from __future__ import annotations

RESOLUTION = (
    # de, fr, es, pt, it, nl
    "lösung", "lösungsweg", "behebung", "problembehebung", "was tun", "schritte",
    "résolution", "étapes", "que faire", "resolución", "solución", "pasos", "qué hacer",
    "resolução", "solução", "passos", "o que fazer", "risoluzione", "soluzione", "passaggi",
    "cosa fare", "oplossing", "stappen", "wat te doen",
    # pl, tr, ru, ja, zh, ko, ar
    "rozwiązanie", "kroki", "co zrobić", "çözüm", "adımlar", "ne yapmalı", "решение",
    "шаги", "что делать", "解決方法", "解決策", "対処法", "手順", "解决方法", "解决方案",
    "步骤", "해결 방법", "해결책", "단계", "الحل", "الخطوات",
)
"""Headings of a resolution, as `sections` keys them (casefolded)."""

WORKAROUND = (
    "umgehungslösung", "übergangslösung", "behelfslösung", "contournement",
    "solution de contournement", "solution temporaire", "solución alternativa",
    "solución temporal", "solução alternativa", "solução temporária", "soluzione alternativa",
    "soluzione temporanea", "tijdelijke oplossing", "obejście", "rozwiązanie tymczasowe",
    "geçici çözüm", "обходное решение", "временное решение", "回避策", "临时解决办法",
    "变通方法", "임시 해결책", "حل مؤقت", "حل بديل",
)
"""Headings of a workaround, quoted only when an article has no resolution."""

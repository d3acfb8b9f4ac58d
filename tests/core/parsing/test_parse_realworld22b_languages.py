"""Round 22b: status words in Turkish and Danish (each language from a real repository's log).

Ukrainian ("Статус: Прийнято") was seen in records too, but no repository could be named for
it, so its words are not in the table yet.
"""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

from .helpers import decision


# Turkish: "**Durum:** {Önerilen | Kabul Edilen | Reddedilen | …}" (voyalis/voyago-base's
# template), "Öneri / Kabul / Reddedildi" (ismail-bayraktar/haldeki-mvp-master's), filled in.
@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Kabul edildi", Status.ACCEPTED),
        ("Kabul Edilen", Status.ACCEPTED),
        ("Kabul (ürün sahibi onayı: 2026-10-01)", Status.ACCEPTED),
        ("Önerilen", Status.PROPOSED),
        ("Öneri", Status.PROPOSED),
        ("Reddedildi", Status.REJECTED),
    ],
)
def test_turkish_status_under_durum(written: str, status: Status) -> None:
    text = (
        "# ADR-0005: Geography origin ve applicability ayrımı\n\n"
        f"**Durum:** {written}\n**Tarih:** 2026-08-15\n\n## Bağlam\n\nx.\n"
    )
    d = decision(text, "docs/adr/0005-geography.md")
    assert (d.status, d.status_raw) == (status, written)


# Danish: "Status: [Forslag / Accepteret / Erstattet / Afvist]" (ChatBotBerg/OS2produktmodning's
# decision template), "## Status" over "Udkast" (OS2borgerPC/os2borgerpc-produktforvaltning).
@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Accepteret", Status.ACCEPTED),
        ("Accepteret (cutover udført samme dag)", Status.ACCEPTED),
        ("Forslag", Status.PROPOSED),
        ("Afvist", Status.REJECTED),
        ("Erstattet", Status.SUPERSEDED),
        ("Udkast", Status.DRAFT),
    ],
)
def test_danish_status(written: str, status: Status) -> None:
    text = f"# ADR-004: QuickPay over Stripe\n\nStatus: {written}\n\n## Kontekst\n\nx.\n"
    assert decision(text, "docs/adr/004-quickpay.md").status is status

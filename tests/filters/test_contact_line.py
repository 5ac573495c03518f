"""contact_line: the author's or newsroom's contact lines among the last lines."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.contact_line import ContactLine

N = ContactLine.name
STEP = ContactLine()

A = "The council will vote on the harbour plan in March, the mayor's office said on Tuesday."
B = "Opponents said they would challenge the decision in court if the plan went ahead."


def _tail(line: str, reason: str) -> pytest.param:
    return pytest.param(f"{A}\n{B}\n{line}", f"{A}\n{B}", {(N, reason)}, {}, id=line[:40])


REMOVED = [
    _tail("Write to Al Root at al.root@example.com", "contact"),
    _tail("Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.", "contact"),
    _tail(
        "Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. "
        "Follow her on Twitter @AmyKup or on Facebook.",
        "contact",
    ),
    _tail(
        "Reach the reporters on Twitter at http://twitter.com/MegK and http://twitter.com/emar",
        "contact",
    ),
    _tail(
        "Follow our full coverage of the election at https://www.example.com/election", "contact"
    ),
    _tail("E-mail: paul.takahashi@example.com", "address"),
    _tail("@paultakahashi", "address"),
    _tail("twitter.com/paultakahashi", "address"),
    _tail("Kontakt: redaktion@example.de", "address"),
    _tail("paul.takahashi@example.com", "address"),
    _tail("Tel.: 0211 77900 363", "address"),
    _tail("Telefon +49 (0)40 / 49 07 11 06", "address"),
    _tail("Tel. 0863/91131 - Fax 0863/912132", "address"),
    _tail("Folgen Sie uns auf Twitter: @beispiel", "contact"),
    _tail("Écrivez-nous à redaction@example.fr", "contact"),
    _tail("Escríbenos a redaccion@example.es", "contact"),
    pytest.param(
        f"{A}\n{B}\nWrite to Al Root at al.root@example.com\ntwitter.com/alroot",
        f"{A}\n{B}",
        {(N, "contact"), (N, "address")},
        {},
        id="two-contact-lines",
    ),
]

KEPT = [
    pytest.param(
        f"{A}\n{B}\nThe ministry said people could email questions to info@example.gov.",
        id="mentions-an-address",
    ),
    pytest.param(
        f"{A}\n{B}\nContact tracing apps were installed by two million people.",
        id="contact-tracing",
    ),
    pytest.param(f"{A}\n{B}\nFollow the money, she said.", id="follow-without-address"),
    pytest.param(
        f"{A}\n{B}\nHe wrote on Twitter: @mayor is wrong about the harbour.", id="quoted-handle"
    ),
    pytest.param(f"{A}\n{B}\nSend questions to the editor.", id="no-address"),
    pytest.param(f"{A}\n{B}\nhttp://www.openpetition.example", id="bare-web-address"),
    pytest.param(
        f"{A}\nQuestions about the plan can be sent to the campaign at:\ncampaign@example.com",
        id="bare-email-address-introduced-by-a-colon",
    ),
    pytest.param(f"{A}\n{B}\nThe fax machine stayed: 1,200 of them", id="fax-in-a-sentence"),
    pytest.param(
        f"{A}\nMore from Anne Lee at the library (\nalee@example.org\n).",
        id="bare-email-address-a-link-broke-out-of-a-sentence",
    ),
    pytest.param(
        f"Write to Al Root at al.root@example.com\n{A}\n{B}\n{A}\n{B}\n{A}\n{B}",
        id="not-among-last-lines",
    ),
    pytest.param(
        f"{A}\n{B}\nFollow @deals on Twitter to keep up with the best deals. Prices may change.",
        id="sentence-without-address",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        ContactLine(tail_lines=-1)

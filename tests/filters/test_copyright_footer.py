"""copyright_footer: the page's footer under the site's copyright notice."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.copyright_footer import CopyrightFooter

N = CopyrightFooter.name
R = {(N, "footer")}
STEP = CopyrightFooter()

A = "The council will vote on the harbour plan in March, after a debate that lasted all night."
B = "Opponents said the barrier would cost twice the sum the city had set aside for it."
A_KO = "시의회는 밤새 이어진 토론 끝에 3월에 항만 계획에 대해 표결하기로 했다고 밝혔다."
NOTICE_KO = "Copyright ⓒ example.co.kr. 무단전재 및 재배포 금지"
FOOTER = "World\nWhy farmers may want to paint their cows with zebra stripes\nBack to top"

REMOVED = [
    pytest.param(
        f"{A}\n{B}\n{A}\n{B}\n© 2019 Example News Inc. All Rights Reserved.\n{FOOTER}",
        f"{A}\n{B}\n{A}\n{B}\n© 2019 Example News Inc. All Rights Reserved.",
        R,
        {},
        id="sign-year-rights",
    ),
    pytest.param(
        f"{A}\n{B}\ncopyright Example 2019 - ISSN: 2283-5474\nPrivacy\nImprint",
        f"{A}\n{B}\ncopyright Example 2019 - ISSN: 2283-5474",
        R,
        {},
        id="word-holder-year",
    ),
    pytest.param(
        f"{A_KO}\n{A_KO}\n{A_KO}\n{NOTICE_KO}\n뒤로가기\n인쇄하기\n목록",
        f"{A_KO}\n{A_KO}\n{A_KO}\n{NOTICE_KO}",
        R,
        {},
        id="ko-rights-without-year",
    ),
    # A notice with the article's text after it higher up does not stop the search.
    pytest.param(
        f"{A}\n{A}\n© 2021 Jane Doe\n{B}\n© 2021 Example News\nBack to top",
        f"{A}\n{A}\n© 2021 Jane Doe\n{B}\n© 2021 Example News",
        R,
        {},
        id="the-last-notice",
    ),
]

KEPT = [
    # A photo's credit with a year, above the article's last paragraph.
    pytest.param(f"{A}\n{A}\n© 2021 Jane Doe\n{B}\nBack to top", id="credit-above-a-paragraph"),
    # A photo's credit names no year and no rights.
    pytest.param(f"{A}\n{B}\n© Reuters\nBack to top", id="credit-without-year"),
    # In the text's first half: the page's head.
    pytest.param(
        f"© 2019 Example News\nHome\n{A}\n{B}\n{A}\n{B}", id="notice-in-the-first-half"
    ),
    # The notice as the last line is wire_credit's.
    pytest.param(f"{A}\n{B}\n© 2019 Example News Inc.", id="notice-last"),
    pytest.param(
        f"{A}\n{B}\n{A}\nCopyright lawyers in 2019 said so\nBack to top\nHome",
        id="sentence-opening-copyright",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_tail_share_is_configurable() -> None:
    text = f"{A}\n{B}\n{A}\n© 2019 Example News\nHome\nBack to top\nPrivacy"
    assert_removed(STEP, text, f"{A}\n{B}\n{A}\n© 2019 Example News", R, {})
    assert_kept(CopyrightFooter(tail_share=0.1), text)


@pytest.mark.parametrize("tail_share", [-0.1, 1.5])
def test_invalid_configuration(tail_share: float) -> None:
    with pytest.raises(ValueError, match="copyright_footer"):
        CopyrightFooter(tail_share=tail_share)

"""server_error: the PHP error messages a broken page printed into its text."""

from __future__ import annotations

import pytest
from support import P_DE, P_EN, assert_kept, assert_removed

from cleaner.filters.server_error import ServerError

N = ServerError.name
R = {(N, "php_error")}
STEP = ServerError()

STRICT = (
    "Strict Standards: Only variables should be passed by reference in "
    "/www/htdocs/w00a2ebd/wp-includes/wp-db.php on line 785"
)
DEPRECATED = (
    "Deprecated: Function set_magic_quotes_runtime() is deprecated in "
    "/www/htdocs/w00a2ebd/wp-settings.php on line 18"
)
# The same message in a page's naive text: its bold parts broke it over five lines.
DEPRECATED_NAIVE = (
    "Deprecated\n: Assigning the return value of new by reference is deprecated in\n"
    "/www/htdocs/w00a2ebd/wp-settings.php\non line\n520"
)

REMOVED = [
    pytest.param(f"{STRICT}\n{DEPRECATED}\n{P_EN}", P_EN, R, {}, id="two-at-the-top"),
    pytest.param(
        f"{DEPRECATED_NAIVE}\n{DEPRECATED_NAIVE}\n{P_DE}", P_DE, R, {}, id="broken-over-lines"
    ),
    pytest.param(
        f"{P_EN}\nPHP Warning:  Undefined variable $post in /var/www/single.php on line 12\n"
        f"{P_EN}\nNotice: Undefined index: page in /var/www/index.php on line 7.",
        f"{P_EN}\n{P_EN}",
        R,
        {},
        id="among-paragraphs",
    ),
    pytest.param(
        f"{STRICT}\nFatal error: Uncaught Error: Call to undefined function mysql_connect() in "
        f"/www/db.php on line 3\n{P_EN}",
        P_EN,
        R,
        {},
        id="fatal-error",
    ),
]

KEPT = [
    pytest.param(
        f"{P_EN}\nWarning: Undefined variable $name in /var/www/html/test.php on line 5\n{P_EN}",
        id="an-article-quotes-one-error",
    ),
    pytest.param(
        f"Warning: the story gets dark at certain points, especially in the beginning.\n"
        f"Notice: the library in town.php closes on line 5 of the timetable.\n{P_EN}",
        id="labels-opening-sentences",
    ),
    pytest.param(
        f"{P_EN}\nDeprecated: the old index.php, which ran on line 5 servers.\n"
        f"Deprecated: the old admin.php, which ran on line 6 servers.\n{P_EN}",
        id="no-line-number-at-the-end",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_one_message_goes_when_min_messages_is_one() -> None:
    text = f"{STRICT}\n{P_EN}"
    assert_removed(ServerError(min_messages=1), text, P_EN, R, {})


def test_invalid_configuration() -> None:
    with pytest.raises(ValueError, match="server_error"):
        ServerError(min_messages=0)

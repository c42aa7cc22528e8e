"""Stored times are UTC; people read them on their own clock (a comment written at 09:30 in
Hà Nội is 02:30 UTC, and dated the day it was written there)."""

import os
import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from briefing_app.domain.clock import local


@pytest.fixture
def in_hanoi() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_stored_time_reads_on_the_local_clock(in_hanoi: None) -> None:
    assert local(datetime(2026, 1, 4, 23, 30)) == datetime(2026, 1, 5, 6, 30)
    assert local(datetime(2026, 1, 5, 2, 30)).date().isoformat() == "2026-01-05"

"""Text folded inside the database (services.listing.Folder) is folded as the app folds it
(domain.text.fold, DESIGN §5), on SQLite and on a server: the record pages that search and sort
on columns without a stored folded copy (events, facts, sources) find the same records."""

import pytest
import sqlalchemy as sa

from briefing_app.domain.text import fold
from briefing_app.services import listing
from briefing_app.services.listing import Folder
from briefing_app.services.record_kinds import pages
from briefing_app.store.database import OpenedDatabase

TEXTS = [
    "Thanh Hóa",
    "ĐÀ NẴNG",
    "Nguyễn Thị Ánh",
    "山梨県",
    "が and か",  # Japanese voicing marks stay
    "ｙａｍａｎａｓｈｉ １２",  # full width
    "  Quảng   Ninh\tprovince  ",
    "Œuvre Ⅻ ﬁnal",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sql_folds_as_the_app_folds(shared_db: OpenedDatabase, text: str) -> None:
    folded = Folder(shared_db.engine)(sa.literal(text))
    with shared_db.engine.connect() as connection:
        assert connection.execute(sa.select(folded)).scalar_one() == fold(text)


@pytest.mark.parametrize("typed", ["quang ninh", "Quảng Ninh", "QUANG NINH"])
def test_pages_without_folded_columns_find_what_is_typed_without_marks(
    shared_db: OpenedDatabase, typed: str
) -> None:
    assert pages.page_events(shared_db.engine, typed).total >= 1  # the forum's venue
    assert listing.page_sources(shared_db.engine, typed).total >= 1

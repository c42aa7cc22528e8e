"""A page of a list and how it is asked for: what the list services (services/listing.py) give
the paged table models (ui/models/), in a module of its own so the models import no database
code (the overview shows a remembered page before SQLAlchemy is loaded, issue 16)."""

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
DEFAULT_PAGE = 200


@dataclass(frozen=True)
class PageRequest:
    offset: int = 0
    limit: int = DEFAULT_PAGE
    sort: str | None = None
    descending: bool = False
    #: the previous page's `last`: this page starts right after that row, found in the sort's
    #: index (keyset paging) instead of counting `offset` rows from the start; `offset` still
    #: says how many rows come before (the count of matches starts there)
    after: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    #: the number of matches; with `exact` False, a lower bound (more match)
    total: int
    offset: int
    exact: bool = True
    #: the sort key of the last row (its sort columns and id), for the next page's `after`;
    #: None where the list does not page by key
    last: tuple[Any, ...] | None = None

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.rows) < self.total

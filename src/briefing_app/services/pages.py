"""A page of a list and how it is asked for: what the list services (services/listing.py) give
the paged table models (ui/models/), in a module of its own so the models import no database
code (the overview shows a remembered page before SQLAlchemy is loaded, issue 16)."""

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
DEFAULT_PAGE = 200


@dataclass(frozen=True)
class PageRequest:
    offset: int = 0
    limit: int = DEFAULT_PAGE
    sort: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    #: the number of matches; with `exact` False, a lower bound (more match)
    total: int
    offset: int
    exact: bool = True

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.rows) < self.total

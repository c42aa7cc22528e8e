"""Times: the database keeps them in UTC (without an offset); people read them on their clock."""

from datetime import UTC, datetime


def local(moment: datetime) -> datetime:
    """A stored time (UTC) on this machine's clock, as people read it."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)

"""What the person using a database may do: their office role and clearance (a team server
reads them from the server, store.team_access; the interface shows only what they allow)."""

from dataclasses import dataclass

from briefing_app.domain.enums import Classification, OfficeRole


@dataclass(frozen=True)
class Access:
    """The user's office role and clearance on the database in use. `user` is the login
    name on a team server (history records it), None on a SQLite file."""

    office_role: OfficeRole
    clearance: Classification
    user: str | None = None

    @property
    def may_edit(self) -> bool:
        return self.office_role.rank >= OfficeRole.EDITOR.rank

    @property
    def may_administer(self) -> bool:
        return self.office_role is OfficeRole.ADMINISTRATOR

    def may_read(self, level: Classification) -> bool:
        return level.rank <= self.clearance.rank

    @property
    def classifications(self) -> tuple[Classification, ...]:
        """The classifications the user may read, and so give a record they write."""
        return tuple(c for c in Classification if self.may_read(c))


# Everything: a SQLite file's user, a team server's owner or superuser.
FULL_ACCESS = Access(OfficeRole.ADMINISTRATOR, Classification.CONFIDENTIAL)

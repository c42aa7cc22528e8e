"""What the app remembers between runs (QSettings): window geometry and state, the last view,
splitter positions, the last folder used in file dialogs, and preferences (interface language,
office name, prepared-by and the last choices of the briefing export)."""

from PySide6.QtCore import QByteArray, QSettings

from briefing_app.i18n import Language
from briefing_app.store.daily_backup import DEFAULT_KEEP

SETTINGS_ORG = "briefing-desk"
SETTINGS_APP = "briefing-desk"

#: Preference names (under preferences/ in the settings file).
BACKUPS_TO_KEEP = "backups/keep"
BRIEFING_OFFICE = "briefing/office"
BRIEFING_PREPARED_BY = "briefing/preparedBy"
#: "en", "vi", or empty for the system's language.
LANGUAGE = "interface/language"
MAX_BACKUPS_TO_KEEP = 365


def default_settings() -> QSettings:
    """The user's settings file (per user, INI format, in the platform's config folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_ORG, SETTINGS_APP
    )


class AppSettings:
    """Typed access to the few remembered values."""

    def __init__(self, *, store: QSettings) -> None:
        self._store = store

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def save_splitter(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"splitters/{name}", state)

    def header(self, name: str) -> QByteArray | None:
        return self._bytes(f"headers/{name}")

    def save_header(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"headers/{name}", state)

    def last_view(self) -> str | None:
        value = self._store.value("window/lastView")
        return str(value) if value else None

    def save_last_view(self, view: str) -> None:
        self._store.setValue("window/lastView", view)

    def last_directory(self) -> str | None:
        value = self._store.value("files/lastDirectory")
        return str(value) if value else None

    def save_last_directory(self, directory: str) -> None:
        self._store.setValue("files/lastDirectory", directory)

    def preference(self, name: str) -> str | None:
        value = self._store.value(f"preferences/{name}")
        return str(value) if value is not None else None

    def save_preference(self, name: str, value: str) -> None:
        self._store.setValue(f"preferences/{name}", value)

    def backups_to_keep(self) -> int:
        """How many daily automatic backups to keep (Preferences; default 7, at least 1)."""
        try:
            keep = int(self.preference(BACKUPS_TO_KEEP) or DEFAULT_KEEP)
        except ValueError:
            return DEFAULT_KEEP
        return min(max(keep, 1), MAX_BACKUPS_TO_KEEP)

    def save_backups_to_keep(self, keep: int) -> None:
        self.save_preference(BACKUPS_TO_KEEP, str(keep))

    def language(self) -> Language | None:
        """The interface language chosen in Preferences; None follows the system."""
        try:
            return Language(self.preference(LANGUAGE) or "")
        except ValueError:
            return None

    def save_language(self, language: Language | None) -> None:
        self.save_preference(LANGUAGE, language.value if language else "")

    def sync(self) -> None:
        self._store.sync()

"""What the app remembers between runs (QSettings): window geometry and state, the last view,
splitter positions, the last folder used in file dialogs, and preferences (interface language,
the reminders' horizon, the user's name and office, which briefings print as prepared-by and
office, and the last choices of the briefing export).

The user's name is who the history says made a change. With a `user_file` (the app's own
settings, not a test's), every save of the name or the office also writes them to that
Qt-free file (config.user_file()), where the command line reads them."""

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from briefing_app import config
from briefing_app.i18n import Language

SETTINGS_ORG = "briefing-desk"
SETTINGS_APP = "briefing-desk"

#: Preference names (under preferences/ in the settings file).
BACKUPS_TO_KEEP = "backups/keep"
BRIEFING_OFFICE = "briefing/office"
BRIEFING_PREPARED_BY = "briefing/preparedBy"
#: The Vietnamese official format's agency and signer, one preference per config.OFFICIAL_KEYS
OFFICIAL_PREFIX = "briefing/official/"
#: "en", "vi", or empty for the system's language.
LANGUAGE = "interface/language"
#: How many days ahead the reminders look (overdue actions are always included).
REMIND_WITHIN = "reminders/withinDays"
MAX_REMIND_WITHIN = 365
#: the reminders' horizon unless the user chose another (days)
DEFAULT_HORIZON = 7
#: "1" once the first start has asked the user's name and office (answered or not).
ASKED_WHO = "user/askedName"
MAX_BACKUPS_TO_KEEP = 365


def default_settings() -> QSettings:
    """The user's settings file (per user, INI format, in the platform's config folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_ORG, SETTINGS_APP
    )


class AppSettings:
    """Typed access to the few remembered values."""

    def __init__(self, *, store: QSettings, user_file: Path | None = None) -> None:
        self._store = store
        self._user_file = user_file

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
        if name in (BRIEFING_PREPARED_BY, BRIEFING_OFFICE) or name.startswith(OFFICIAL_PREFIX):
            self.write_user_file()

    # --- who the user is ---------------------------------------------------------------------

    def user_name(self) -> str | None:
        """The name the user gave (first start, Preferences); None when none was given."""
        return (self.preference(BRIEFING_PREPARED_BY) or "").strip() or None

    def office(self) -> str:
        return (self.preference(BRIEFING_OFFICE) or "").strip()

    def official(self) -> dict[str, str]:
        """The official format's agency and signer (config.OFFICIAL_KEYS, "" when not given)."""
        return {
            key: (self.preference(OFFICIAL_PREFIX + key) or "").strip()
            for key in config.OFFICIAL_KEYS
        }

    def save_user(self, name: str, office: str) -> None:
        self._store.setValue(f"preferences/{BRIEFING_PREPARED_BY}", name.strip())
        self._store.setValue(f"preferences/{BRIEFING_OFFICE}", office.strip())
        self._store.setValue(ASKED_WHO, "1")
        self.write_user_file()

    def asked_who(self) -> bool:
        """True once the first start asked the user's name (answered or not)."""
        return str(self._store.value(ASKED_WHO)) == "1"

    def mark_asked_who(self) -> None:
        self._store.setValue(ASKED_WHO, "1")

    def write_user_file(self) -> None:
        """Copy the name and office to the command line's file (only the app's own settings
        have one); a file that cannot be written is left as it was."""
        if self._user_file is None:
            return
        try:
            config.save_user(
                self.user_name() or "", self.office(), self._user_file, official=self.official()
            )
        except OSError:  # the command line falls back to the login name, as before
            logging.getLogger("briefing_app").warning("could not write %s", self._user_file)

    def backups_to_keep(self) -> int:
        """How many daily automatic backups to keep (Preferences; default 7, at least 1)."""
        try:
            keep = int(self.preference(BACKUPS_TO_KEEP) or config.DEFAULT_BACKUPS_KEPT)
        except ValueError:
            return config.DEFAULT_BACKUPS_KEPT
        return min(max(keep, 1), MAX_BACKUPS_TO_KEEP)

    def save_backups_to_keep(self, keep: int) -> None:
        self.save_preference(BACKUPS_TO_KEEP, str(keep))

    def remind_within(self) -> int:
        """The reminders' horizon in days (Preferences; default 7, 0 for overdue only)."""
        try:
            days = int(self.preference(REMIND_WITHIN) or DEFAULT_HORIZON)
        except ValueError:
            return DEFAULT_HORIZON
        return min(max(days, 0), MAX_REMIND_WITHIN)

    def save_remind_within(self, days: int) -> None:
        self.save_preference(REMIND_WITHIN, str(days))

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

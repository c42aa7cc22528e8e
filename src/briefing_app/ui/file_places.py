"""Where a file dialog starts: the last folder used, else the platform's documents folder,
else the home folder; only folders that exist, and none is ever created for the user."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path | None:
    """The platform's documents folder (~/Documents, its translated name, or what the XDG
    user-dirs say) when it exists; None when it does not."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else None


def start_folder(*remembered: str | Path | None) -> Path:
    """The first of `remembered` that is an existing folder, else the documents folder, else
    home."""
    for folder in remembered:
        if folder and Path(folder).is_dir():
            return Path(folder)
    return documents_folder() or Path.home()

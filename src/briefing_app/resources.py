"""Where run-time files live: migrations, seed data, fonts, icons, translations.

In an installed wheel or a frozen bundle they are package data under `briefing_app/_data/`
(pyproject maps the top-level `db/` and `resources/` folders there). In a source checkout that
was installed in editable mode they are found in the checkout's own `db/` and `resources/`.
"""

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

_PACKAGED = {"migrations": "migrations", "seed": "seed", "resources": "resources"}
_IN_CHECKOUT = {"migrations": "db/migrations", "seed": "db/seed", "resources": "resources"}


@cache
def data_dir(kind: str) -> Path:
    """The directory of one kind of run-time data: "migrations", "seed" or "resources"."""
    packaged = files("briefing_app").joinpath("_data", _PACKAGED[kind])
    if packaged.is_dir():
        # Wheels and one-folder bundles unpack to real files, so as_file() returns in place.
        with as_file(packaged) as path:
            return Path(path)
    checkout = Path(__file__).resolve().parents[2] / _IN_CHECKOUT[kind]
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Briefing desk is incomplete: its {kind} data is missing")

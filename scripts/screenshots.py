#!/usr/bin/env python3
"""Save screenshots of the desktop app, taken offscreen on a fresh seeded database.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--size 1400x880] [--lang vi]
    .venv/bin/python scripts/screenshots.py --views --size 1024x700 --out docs/screenshots/1024x700

Writes overview.png, meeting-detail.png, action-editor.png, briefing-dialog.png,
briefing-preview.png, record-editor.png and trash.png. With --views, one picture of every
page (page-KIND.png, the first record selected) and of every record editor at most as big as
the window (editor-KIND.png), to check that nothing is cut off on a small screen. The
database, settings and logs live in a temporary folder, so the user's own files are never
touched. QT_SCALE_FACTOR=2 with a size twice as big shows the 200% scaling.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Save screenshots of the desktop app.")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--size", default="1400x880", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--lang", choices=["en", "vi"], default="en", help="interface language")
    parser.add_argument("--views", action="store_true", help="every page and record editor")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="briefing-home-") as home:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(home) / variable.lower())
        os.environ.pop("BRIEFING_DB_URL", None)
        # Qt loads after the environment is set
        from briefing_app.app import capture_screenshots
        from briefing_app.i18n import Language

        shots = capture_screenshots(
            args.out.resolve(),
            width=width,
            height=height,
            language=Language(args.lang),
            views=args.views,
        )
        for path in shots:
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""`briefing-app` (and `python -m briefing_app`): the desktop app when the command line names no
command, else the command-line tools (cli.py).

This module imports argparse and the top-level options only, so a start paints its first
window without loading the commands' modules (issue 16); cli.py builds its full parser on
the same top-level parser."""

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn

from briefing_app.cli_input import database_argument, printable
from briefing_app.i18n import Language

PROG = "briefing-app"

#: Told instead of starting the desktop app where there is no screen to show it on.
NO_DISPLAY = (
    f"{PROG}: error: no display was found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
    f"desktop app cannot start; run the command-line tools instead (`{PROG} --help`)"
)


class Parser(argparse.ArgumentParser):
    """argparse, with what the user typed escaped in its one-line usage errors."""

    def error(self, message: str) -> NoReturn:
        super().error(printable(message))


class _Version(argparse.Action):
    """`--version`, with the version looked up only then (the desktop app starts without it)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_kwargs: Any) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show program's version number and exit",
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from briefing_app import __version__

        print(f"{PROG} {__version__}")
        parser.exit()


def database_option() -> Parser:
    """`--db`, for the top level and every command that opens the database."""
    option = Parser(add_help=False)
    option.add_argument(
        "--db",
        type=database_argument,
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: BRIEFING_DB_URL, else the user data dir)",
    )
    return option


def top_parser(db_option: Parser, **settings: Any) -> Parser:
    """The options `briefing-app` takes before a command (or without one)."""
    parser = Parser(
        prog=PROG,
        parents=[db_option],
        description="Briefing desk: follow-up actions and briefings for cooperation forums. "
        "Without a command, starts the desktop app.",
        **settings,
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument(
        "--lang",
        dest="interface_language",
        choices=[x.value for x in Language],
        help="the desktop app's language (default: as chosen in Preferences, else the system's)",
    )
    return parser


def display_missing(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True on Linux and other X11/Wayland systems when there is no display to show a window
    on and no Qt platform was chosen (QT_QPA_PLATFORM=offscreen runs without one): Qt would
    abort the process with its plug-in message and a core dump. Windows and macOS always have
    their own platform."""
    if platform.startswith(("win", "darwin")) or environ.get("QT_QPA_PLATFORM", "").strip():
        return False
    return not (environ.get("DISPLAY", "").strip() or environ.get("WAYLAND_DISPLAY", "").strip())


def run_gui(args: argparse.Namespace) -> int:
    if display_missing():  # before Qt is loaded: the QApplication would abort the process
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from briefing_app.app import run  # Qt is imported only when the GUI is wanted

    language = args.interface_language
    return run(getattr(args, "db", None), Language(language) if language else None)


def main(argv: Sequence[str] | None = None) -> int:
    """The desktop app for a command line of top-level options only; anything else (a
    command, help, a mistake) goes to cli.main, which says what it has to say."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(given):
        try:
            args, rest = top_parser(database_option(), exit_on_error=False).parse_known_args(given)
        except argparse.ArgumentError:
            rest = given
        if not rest:
            return run_gui(args)
    from briefing_app.cli import main as command_line

    return command_line(given)

"""The About box text: versions of the app and what it runs on, and the shipped fonts' licences."""

import platform

import PySide6
import sqlalchemy
from PySide6.QtCore import QCoreApplication, QUrl, qVersion

from briefing_app import __version__
from briefing_app.ui.details.html_parts import esc, url_link
from briefing_app.ui.fonts import fonts_dir


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def versions() -> dict[str, str]:
    return {
        "Briefing desk": __version__,
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "SQLAlchemy": sqlalchemy.__version__,
        "Python": platform.python_version(),
    }


def about_html(database: str) -> str:
    folder = fonts_dir()
    rows = "".join(
        f"<tr><td style='padding-right:12px;'>{esc(name)}</td><td>{esc(version)}</td></tr>"
        for name, version in versions().items()
    )

    def licence(file_name: str, text: str) -> str:
        return url_link(QUrl.fromLocalFile(str(folder / file_name)).toString(), text)

    fonts = (
        "<ul>"
        f"<li>Noto Sans (Google) — {licence('OFL.txt', _tr('SIL Open Font License 1.1'))}</li>"
        f"<li>IPAexGothic (IPAexゴシック) — "
        f"{licence('IPA_Font_License_Agreement_v1.0.txt', _tr('IPA Font License Agreement v1.0'))}"
        "</li></ul>"
    )
    return (
        f"<h3>{esc(_tr('Briefing desk'))}</h3>"
        f"<p>{esc(_tr('Follow-up actions and briefings for cooperation forums.'))}</p>"
        f"<table>{rows}</table>"
        f"<p>{esc(_tr('Database in use:'))}<br/>{esc(database)}</p>"
        f"<p><b>{esc(_tr('Fonts shipped with the app'))}</b></p>{fonts}"
        f"<p style='color:#555555;'>{esc(_tr('Licence texts:'))} {esc(str(folder))}</p>"
    )

"""The About box text: versions of the app and what it runs on, and the shipped fonts' licences."""

import platform

import PySide6
import sqlalchemy
from PySide6.QtCore import QCoreApplication, QUrl, qVersion

from briefing_app import __version__
from briefing_app.ui.details.html_parts import esc, url_link
from briefing_app.ui.fonts import fonts_dir


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

    ofl = licence("OFL.txt", QCoreApplication.translate("About", "SIL Open Font License 1.1"))
    ipa = licence(
        "IPA_Font_License_Agreement_v1.0.txt",
        QCoreApplication.translate("About", "IPA Font License Agreement v1.0"),
    )
    liberation = licence(
        "OFL-Liberation.txt", QCoreApplication.translate("About", "SIL Open Font License 1.1")
    )
    fonts = (
        f"<ul><li>Noto Sans (Google) — {ofl}</li><li>IPAexGothic (IPAexゴシック) — {ipa}</li>"
        f"<li>Liberation Serif (Red Hat) — {liberation}</li></ul>"
    )
    title = QCoreApplication.translate("About", "Briefing desk")
    purpose = QCoreApplication.translate(
        "About", "Follow-up actions and briefings for cooperation forums."
    )
    database_label = QCoreApplication.translate("About", "Database in use:")
    fonts_label = QCoreApplication.translate("About", "Fonts shipped with the app")
    licences_label = QCoreApplication.translate("About", "Licence texts:")
    return (
        f"<h3>{esc(title)}</h3><p>{esc(purpose)}</p><table>{rows}</table>"
        f"<p>{esc(database_label)}<br/>{esc(database)}</p>"
        f"<p><b>{esc(fonts_label)}</b></p>{fonts}"
        f"<p style='color:#555555;'>{esc(licences_label)} {esc(str(folder))}</p>"
    )

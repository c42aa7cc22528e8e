"""Preferences ▸ Team server (issue 17): whether the app opens this computer's database file or
a team's PostgreSQL server, and where that server is.

The address (host, port, database, user, TLS mode, CA file) is saved in config.server_file();
the password never is: it goes to the system keyring when the user ticks "Remember", or is
left to PostgreSQL's own ~/.pgpass file. "Test connection" connects once, off the GUI thread,
and says in one line what happened. A change applies the next time the app starts.
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app import config
from briefing_app.store import server_connection as sc
from briefing_app.store.server_connection import ConnectionProblem, ServerInfo, ServerSettings
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.tasks import TaskControl, TaskRunner

NOTE_STYLE = "color: #555555;"


class TeamServerPage(QWidget):
    """The page's widgets (object names as the attributes), `save()` on OK."""

    def __init__(
        self, *, tasks: TaskRunner, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamServerPage")
        self._tasks = tasks
        self._prompts = prompts
        self._test: TaskControl | None = None
        self.saved = sc.read_server(config.server_file())
        self._keyring = sc.keyring_usable()

        self.use_file = QRadioButton(self.tr("This &computer's file (the default)"))
        self.use_file.setObjectName("useFile")
        self.use_server = QRadioButton(self.tr("A &team server (PostgreSQL)"))
        self.use_server.setObjectName("useServer")
        choice = QButtonGroup(self)
        choice.addButton(self.use_file)
        choice.addButton(self.use_server)
        (self.use_server if self.saved.use_server else self.use_file).setChecked(True)

        self.host_field = self._line("serverHost", self.tr("Server"), self.saved.host)
        self.host_field.setPlaceholderText("db.example.org")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("serverPort")
        self.port_spin.setAccessibleName(self.tr("Port"))
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(self.saved.port)
        self.database_field = self._line("serverDatabase", self.tr("Database"), self.saved.database)
        self.user_field = self._line("serverUser", self.tr("User"), self.saved.user)
        self.tls_box = QComboBox()
        self.tls_box.setObjectName("serverTls")
        self.tls_box.setAccessibleName(self.tr("Encryption (TLS)"))
        texts = {
            "disable": self.tr("Off (disable)"),
            "prefer": self.tr("When the server offers it (prefer)"),
            "require": self.tr("Always (require)"),
            "verify-full": self.tr("Always, and check the server's certificate (verify-full)"),
        }
        for mode in sc.TLS_MODES:
            self.tls_box.addItem(texts[mode], mode)
        self.tls_box.setCurrentIndex(self.tls_box.findData(self.saved.tls))
        self.ca_field = self._line("serverCaFile", self.tr("CA file"), self.saved.ca_file)
        self.ca_field.setPlaceholderText(self.tr("The file of the server's certificate authority"))
        self.ca_button = QPushButton(self.tr("C&hoose…"))
        self.ca_button.setObjectName("chooseCaFile")
        self.ca_button.clicked.connect(self._choose_ca_file)
        self.ca_row = QWidget()
        ca_layout = QHBoxLayout(self.ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_field, 1)
        ca_layout.addWidget(self.ca_button)

        self.password_field = QLineEdit()
        self.password_field.setObjectName("serverPassword")
        self.password_field.setAccessibleName(self.tr("Password"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember_box.setObjectName("rememberPassword")
        kept = self.saved.complete and sc.stored_password(sc.server_url(self.saved)) is not None
        self.remember_box.setChecked(kept)
        if kept:
            self.password_field.setPlaceholderText(self.tr("(kept in the system keyring)"))
        self.remember_box.setEnabled(self._keyring)
        self.test_button = QPushButton(self.tr("Test c&onnection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_field)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_field)
        form.addRow(self.tr("&User:"), self.user_field)
        form.addRow(self.tr("E&ncryption:"), self.tls_box)
        self.ca_label = QLabel(self.tr("C&A file:"))
        self.ca_label.setBuddy(self.ca_field)
        form.addRow(self.ca_label, self.ca_row)
        form.addRow(self.tr("Pass&word:"), self.password_field)
        form.addRow("", self.remember_box)
        form.addRow("", self._note(self._password_help()))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)
        form.addRow("", test_row)
        self.server_fields = QWidget()
        self.server_fields.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Use:")))
        layout.addWidget(self.use_file)
        layout.addWidget(self.use_server)
        layout.addWidget(self.server_fields)
        layout.addWidget(
            self._note(
                self.tr(
                    "A change here applies the next time Briefing desk starts (unless --db or "
                    "BRIEFING_DB_URL names another database)."
                )
            )
        )
        layout.addStretch(1)
        self.use_server.toggled.connect(self._enable)
        self.tls_box.currentIndexChanged.connect(self._enable)
        self._enable()

    def _line(self, name: str, accessible: str, text: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        return field

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        return note

    def _password_help(self) -> str:
        pgpass = self.tr(
            "With no password here, PostgreSQL's own ~/.pgpass file (or service file) is read, "
            "as psql does; the app asks at start when none is found."
        )
        if self._keyring:
            return pgpass
        return (
            self.tr("This computer has no system keyring, so the password cannot be remembered.")
            + " "
            + pgpass
        )

    def _enable(self) -> None:
        self.server_fields.setEnabled(self.use_server.isChecked())
        verify = str(self.tls_box.currentData()).startswith("verify")
        self.ca_label.setVisible(verify)
        self.ca_row.setVisible(verify)

    def _choose_ca_file(self) -> None:
        current = self.ca_field.text().strip()
        folder = str(Path(current).parent) if current else str(Path.home())
        picked = self._prompts.ca_file(self, folder)
        if picked:
            self.ca_field.setText(picked)

    def settings(self) -> ServerSettings:
        """What the page shows now."""
        tls = str(self.tls_box.currentData())
        return ServerSettings(
            use_server=self.use_server.isChecked(),
            host=self.host_field.text().strip(),
            port=self.port_spin.value(),
            database=self.database_field.text().strip(),
            user=self.user_field.text().strip(),
            tls=tls,
            ca_file=self.ca_field.text().strip() if tls.startswith("verify") else "",
        )

    def test_connection(self) -> None:
        """Connect once with what the page shows (off the GUI thread) and say what happened."""
        shown = self.settings()
        if not shown.complete:
            self.result_label.setText(self.tr("Give the server, the database and the user first."))
            return
        url = sc.server_url(shown)
        password = self.password_field.text() or None
        self.cancel_test()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        self._test = self._tasks.submit(
            lambda _control: sc.probe(url, password),
            on_done=self._connected,
            on_error=self._not_connected,
        )

    def cancel_test(self) -> None:
        """Forget a test still running (the dialog is closing, or a new test starts)."""
        if self._test is not None:
            self._test.cancel()
            self._test = None

    def _connected(self, info: ServerInfo) -> None:
        self._test = None
        self.test_button.setEnabled(True)
        self.result_label.setText(
            self.tr("Connected as {user}; PostgreSQL {version}.").format(
                user=info.user, version=info.version.split(" ")[0]
            )
        )

    def _not_connected(self, exc: BaseException) -> None:
        self._test = None
        self.test_button.setEnabled(True)
        self.result_label.setText(self._problem_message(exc))

    def _problem_message(self, exc: BaseException) -> str:
        """One line for a failed test connection."""
        problem = sc.connection_problem(exc)
        if problem is not None:
            return {
                ConnectionProblem.WRONG_PASSWORD: self.tr("Wrong user name or password."),
                ConnectionProblem.PASSWORD_NEEDED: self.tr(
                    "The server wants a password: type it above, or put it in ~/.pgpass."
                ),
                ConnectionProblem.NO_DATABASE: self.tr("The server has no database of that name."),
                ConnectionProblem.UNREACHABLE: self.tr(
                    "The server cannot be reached: check the server's name and the port."
                ),
                ConnectionProblem.TLS: self.tr(
                    "The encrypted connection (TLS) failed: check the encryption and the CA file."
                ),
                ConnectionProblem.REFUSED: self.tr(
                    "The server does not let this user in from this computer."
                ),
            }[problem]
        if isinstance(exc, ModuleNotFoundError):
            return self.tr(
                "The PostgreSQL driver is not installed: install briefing-desk[postgres]."
            )
        lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return self.tr("Could not connect: {reason}").format(
            reason=lines[0] if lines else type(exc).__name__
        )

    def save(self) -> bool:
        """Save the address and settle the password (keyring or nothing); True when the
        database to open next time changed."""
        chosen = self.settings()
        sc.save_server(chosen, config.server_file())
        if chosen.complete:
            url = sc.server_url(chosen)
            typed = self.password_field.text()
            if self.remember_box.isChecked() and typed:
                sc.store_password(url, typed)
            elif not self.remember_box.isChecked():
                sc.delete_stored_password(url)
        changed = _opened(chosen) != _opened(self.saved)
        self.saved = chosen
        return changed

    def ready(self) -> bool:
        """Whether the page can be saved: a team server needs its server, database and user
        (the page says so when not)."""
        if self.use_server.isChecked() and not self.settings().complete:
            self.result_label.setText(self.tr("Give the server, the database and the user first."))
            return False
        return True


def _opened(settings: ServerSettings) -> str | None:
    """The server URL the app opens with `settings`; None for the file on this computer."""
    return sc.server_url(settings) if settings.use_server and settings.complete else None

"""The Qt face of Briefing desk. Only this package (and `briefing_app.app`) imports Qt.

Widgets receive the collaborators they need (operations, prompts, settings, undo stack …) as
keyword-only constructor arguments; nothing here is a global singleton. Every database read and
write runs as an operation (ui/operations.py), never on the GUI thread.
"""

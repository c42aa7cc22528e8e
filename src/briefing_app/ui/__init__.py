"""The Qt face of Briefing desk. Only this package (and `briefing_app.app`) imports Qt.

Widgets receive the collaborators they need (operations, prompts, settings, undo stack …) as
keyword-only constructor arguments; nothing here is a global singleton. Every database read and
write runs as an operation (ui/operations.py), never on the GUI thread.
"""

from briefing_app.ui.none_refcount import keep_none_alive

keep_none_alive()  # before any Qt list is filled (see ui/none_refcount.py)

"""The Qt face of Briefing desk. Only this package (and `briefing_app.app`) imports Qt.

Widgets receive the collaborators they need (engine, prompts, task runner, undo stack …) as
keyword-only constructor arguments; nothing here is a global singleton.
"""

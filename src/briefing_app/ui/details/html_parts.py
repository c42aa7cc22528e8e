"""Small HTML builders for the detail panes. Every text from the database is escaped here, and
marked here when it is in another language than the interface's."""

import html
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from briefing_app.domain.shown_text import fallback_language
from briefing_app.services.dto import MeetingRow, SourceRef
from briefing_app.ui import fallback_mark, labels


def esc(text: str | None) -> str:
    """`text` escaped; a text shown in another language than the interface's (its version
    missing) marked as such (ui.fallback_mark)."""
    escaped = html.escape(text or "", quote=True)
    language = fallback_language(text)
    return escaped if language is None else fallback_mark.html(escaped, language)


def multiline(text: str | None) -> str:
    return esc(text).replace("\n", "<br/>")


def record_link(kind: str, record_id: int, text: str) -> str:
    return f'<a href="{kind}:{record_id}">{esc(text)}</a>'


def url_link(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def heading(text: str, level: int = 3) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def title_block(title: str, subtitle_html: str = "") -> str:
    sub = f'<p style="color:#555555;">{subtitle_html}</p>' if subtitle_html else ""
    return f"<h2>{esc(title)}</h2>{sub}"


def items(parts: Iterable[str], *, ordered: bool = False) -> str:
    """A list of already-built HTML items (empty string when there are none)."""
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{p}</li>" for p in parts)
    return f"<{tag}>{body}</{tag}>" if body else ""


def facts(rows: Sequence[tuple[str, str]]) -> str:
    """A two-column table of label → already-built HTML value; empty values are left out."""
    body = "".join(
        f'<tr><td style="padding-right:12px;color:#555555;">{esc(k)}</td><td>{v}</td></tr>'
        for k, v in rows
        if v
    )
    return f'<table cellspacing="0" cellpadding="2">{body}</table>' if body else ""


def section(title: str, body: str, *, empty: str | None = None) -> str:
    if not body:
        if empty is None:
            return ""
        body = f'<p style="color:#777777;">{esc(empty)}</p>'
    return heading(title) + body


def long_date(day: date | None) -> str:
    return labels.format_date(day, QLocale.FormatType.LongFormat)


def meeting_item(meeting: MeetingRow) -> str:
    """A meeting as a list entry: its linked title and its date."""
    when = long_date(meeting.starts_at)
    link = record_link("meeting", meeting.id, meeting.title)
    return f"{link} — {esc(when)}" if when else link


def person_line(name_html: str, native: str | None, extra: str | None = None) -> str:
    """A person as a list entry: the (linked) name, the native-script name, the role."""
    text = name_html
    if native:
        text += f" ({esc(native)})"
    if extra:
        text += f' — <span style="color:#555555;">{esc(extra)}</span>'
    return text


def sources_html(sources: Sequence[SourceRef]) -> str:
    """Sources grouped by source (one entry per article, with all excerpts cited from it)."""
    grouped: dict[int, list[SourceRef]] = {}
    for ref in sources:
        grouped.setdefault(ref.id, []).append(ref)
    entries = []
    for refs in grouped.values():
        first = refs[0]
        title = url_link(first.url, first.title) if first.url else esc(first.title)
        meta = ", ".join(x for x in (esc(first.publisher), long_date(first.published_on)) if x)
        quotes = "".join(
            f'<br/><span style="color:#555555;"><i>“{esc(r.excerpt)}”</i></span>'
            for r in refs
            if r.excerpt
        )
        see = record_link("source", first.id, QCoreApplication.translate("DetailPane", "details"))
        entries.append(f"{title}<br/>{meta} · {see}{quotes}")
    return items(entries, ordered=True)

"""search index: one- and two-character grams beside the trigrams (SQLite)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

Trigrams cannot find a word of one or two characters, which was found by reading the index's
text. This adds `search_grams`, an FTS5 table of the distinct one- and two-character grams of
each search_index row (its content the view `search_grams_text`, which computes them in SQL,
walking the text in chunks over the numbers in `search_grams_positions`), fills it (in Python:
eight times faster than the view), and adds to every search-index trigger the statements
that keep it in step: before each delete of index rows, their grams are deleted; after each
insert, the new rows' grams are added (on a record's own update, only when a column its text
comes from changed). The triggers are rewritten from their text as the
database holds it (made by 0002/0003, the same at this revision as
`briefing_app.store.search_index` describes them); the rest is a frozen copy of
`briefing_app.store.search_grams`. Downgrade drops the statements and the tables. PostgreSQL
finds short words through its own trigram index: nothing changes there.
"""

import re
from collections.abc import Callable, Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHUNK = 64
_POSITIONS = 16_384
_TEXT = "(s.c0 || ' ' || s.c1 || ' ' || s.c2)"
_CHUNKS = (
    f"(SELECT substr({_TEXT}, hi.n * {_CHUNK} + 1, {_CHUNK} + 1) AS chunk"
    f" FROM search_grams_positions AS hi WHERE hi.n < (length({_TEXT}) + {_CHUNK} - 1) / {_CHUNK}"
    " LIMIT -1)"
)
_GRAMS = (
    "(SELECT group_concat(DISTINCT g) FROM ("
    f"SELECT 'u' || hex(substr(c.chunk, lo.n, 1)) AS g FROM {_CHUNKS} AS c"
    f" JOIN search_grams_positions AS lo ON lo.n BETWEEN 1 AND min({_CHUNK}, length(c.chunk))"
    " WHERE substr(c.chunk, lo.n, 1) <> ' '"
    " UNION ALL "
    f"SELECT 'b' || hex(substr(c.chunk, lo.n, 2)) FROM {_CHUNKS} AS c"
    f" JOIN search_grams_positions AS lo ON lo.n BETWEEN 1 AND min({_CHUNK}, length(c.chunk) - 1)"
    " WHERE instr(substr(c.chunk, lo.n, 2), ' ') = 0))"
)
_CREATE = (
    "CREATE TABLE search_grams_positions (n INTEGER PRIMARY KEY)",
    "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < "
    f"{_POSITIONS - 1}) INSERT INTO search_grams_positions(n) SELECT n FROM k",
    f"CREATE VIEW search_grams_text(id, grams) AS SELECT s.id, {_GRAMS}"
    " FROM search_index_content AS s",
    "CREATE VIRTUAL TABLE search_grams USING fts5(grams, content='search_grams_text',"
    " content_rowid='id', detail='none', columnsize=0, tokenize='ascii')",
)
_DELETE = "DELETE FROM search_index WHERE rowid "
_INSERT = "INSERT INTO search_index(rowid, name, title, body, recency) "
#: a record's own row: its rowid is the first value, its recency (if any) the last
_NEW_ROW = re.compile(r"VALUES \((\d+ \* \d+ \+ new\.id), ")
_RECENCY = re.compile(r", new\.(\w+)\);$")
_UPDATE_OF = re.compile(r" AFTER UPDATE OF (.+) ON \w+ BEGIN $")
_TRIGGER = re.compile(r"(?s)(CREATE TRIGGER .*? BEGIN )(.*)( END)")


def _word_tokens(word: str) -> frozenset[str]:
    grams = set(map(str.__add__, word, word[1:]))
    grams.update(word)
    return frozenset(("u" if len(g) == 1 else "b") + g.encode().hex() for g in grams)


def _fill() -> None:
    """The tokens of every index row, in Python: those of the words between its spaces, each
    word's computed once (forgotten now and then, to bound the memory)."""
    connection = op.get_bind()
    read = f"SELECT id, {_TEXT} FROM search_index_content AS s WHERE id > ? ORDER BY id LIMIT ?"
    words: dict[str, frozenset[str]] = {}
    last = -(2**63)
    while True:
        rows = connection.exec_driver_sql(read, (last, 5_000)).all()
        if not rows:
            return
        if len(words) > 20_000:
            words.clear()
        tokens = []
        for rowid, text in rows:
            held: set[str] = set()
            for word in set(text.split(" ")):
                if word not in words:
                    words[word] = _word_tokens(word)
                held |= words[word]
            tokens.append((rowid, " ".join(held)))
        connection.exec_driver_sql("INSERT INTO search_grams(rowid, grams) VALUES (?, ?)", tokens)
        last = rows[-1][0]


def _statements(body: str) -> list[str]:
    return [s.strip() + ";" for s in body.split(";") if s.strip()]


def _with_grams(head: str, body: str) -> str:
    """A trigger's statements with the grams deleted before each delete of index rows and
    added after each insert (of the rows the delete before it named, or of its record's own
    row); on an update of the record itself, only when a column its text comes from changed
    (any it watches but its recency)."""
    statements = _statements(body)
    own = next((found for s in statements if (found := _NEW_ROW.search(s))), None)
    update = _UPDATE_OF.search(head)
    when = ""
    if own is not None and update is not None:
        recency = next((found.group(1) for s in statements if (found := _RECENCY.search(s))), "")
        columns = [c for c in update.group(1).split(", ") if c != recency]
        when = " AND (" + " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns) + ")"
    changed: list[str] = []
    rows = ""
    for statement in statements:
        if statement.startswith(_DELETE):
            rows = statement[len(_DELETE) : -1]
            changed += [
                "INSERT INTO search_grams(search_grams, rowid, grams) SELECT 'delete', id, grams"
                f" FROM search_grams_text WHERE id {rows}{when};",
                statement,
            ]
        elif statement.startswith(_INSERT):
            if own is not None:
                rows = f"= {own.group(1)}"
            changed += [
                statement,
                "INSERT INTO search_grams(rowid, grams) SELECT id, grams FROM search_grams_text"
                f" WHERE id {rows}{when};",
            ]
        else:
            changed.append(statement)
    return " ".join(changed)


def _without_grams(_head: str, body: str) -> str:
    return " ".join(s for s in _statements(body) if "search_grams" not in s)


def _rewrite_triggers(change: Callable[[str, str], str]) -> None:
    connection = op.get_bind()
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND name LIKE 'search\\_index\\_%' ESCAPE '\\'"
    ).all()
    for name, sql in triggers:
        parts = _TRIGGER.fullmatch(sql)
        assert parts is not None, name
        head, body, end = parts.groups()
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
        connection.exec_driver_sql(head + change(head, body) + end)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _CREATE:
        op.execute(statement)
    _fill()
    op.execute("INSERT INTO search_grams(search_grams) VALUES ('optimize')")
    _rewrite_triggers(_with_grams)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rewrite_triggers(_without_grams)
    op.execute("DROP TABLE search_grams")
    op.execute("DROP VIEW search_grams_text")
    op.execute("DROP TABLE search_grams_positions")

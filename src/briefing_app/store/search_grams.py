"""The index of one- and two-character grams beside the trigram index (SQLite only).

Trigrams cannot find a word of one or two characters (y, hy, 山, 山梨: most Japanese words as
they are typed), so `search_grams` holds, for each row of `search_index` (the same rowid),
every distinct character and every distinct pair of neighbouring characters of its text
(name, title and body joined by spaces), skipping those holding a space, each as an ASCII
token: `u` or `b` followed by the gram's UTF-8 in hex ("山梨" is `be5b1b1e6a2a8`). A word
holds no space, so a text holds a one- or two-character word exactly when its row has the
word's token: the index answers such words exactly, without reading any text.

It is an FTS5 table of the tokens only (`detail=none`: which rows, no positions), whose
content is the view `search_grams_text`: the tokens of every index row, computed in SQL from
the text FTS5 stores for `search_index` (its table `search_index_content`). The triggers that
write `search_index` (store.search_index) delete a row's tokens before deleting the row (FTS5
reads them back from the view, so they are exactly those it indexed) and add them after
inserting it: no Python function inside the database, and other tools can still write.

The view walks the text in chunks of CHUNK characters (a position in a long text costs
SQLite a walk from its start; a chunk's positions only from the chunk's), with a table of
the numbers 0 … POSITIONS - 1 as positions: up to CHUNK * POSITIONS characters of a row are
indexed (a million; a record's texts are limited to a few tens of thousands). Filling the
whole table reads the texts and computes the tokens in Python instead (`fill`), eight times
faster than the view; `tokens` gives the same tokens.

PostgreSQL finds short words with LIKE through its trigram index (pg_trgm): nothing here.
"""

from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy.engine import Connection

TABLE = "search_grams"
TEXTS = f"{TABLE}_text"
NUMBERS = f"{TABLE}_positions"
CHUNK = 256
POSITIONS = 4096
#: the text of a row of search_index as its content table stores it (see search.py)
_CONTENT = "search_index_content"
_TEXT = "(s.c0 || ' ' || s.c1 || ' ' || s.c2)"
#: rows written by one statement when filling
_BATCH = 5_000


def _view() -> str:
    """The view of each index row's tokens (comma-separated, each once)."""
    chunks = (
        f"(SELECT substr({_TEXT}, hi.n * {CHUNK} + 1, {CHUNK} + 1) AS chunk"
        f" FROM {NUMBERS} AS hi WHERE hi.n < (length({_TEXT}) + {CHUNK} - 1) / {CHUNK}"
        # LIMIT: a chunk is cut once, not again for each of its positions
        " LIMIT -1)"
    )
    # each chunk holds the next one's first character, for the pair across their boundary
    grams = (
        "(SELECT group_concat(DISTINCT g) FROM ("
        f"SELECT 'u' || hex(substr(c.chunk, lo.n, 1)) AS g FROM {chunks} AS c"
        f" JOIN {NUMBERS} AS lo ON lo.n BETWEEN 1 AND min({CHUNK}, length(c.chunk))"
        " WHERE substr(c.chunk, lo.n, 1) <> ' '"
        " UNION ALL "
        f"SELECT 'b' || hex(substr(c.chunk, lo.n, 2)) FROM {chunks} AS c"
        f" JOIN {NUMBERS} AS lo ON lo.n BETWEEN 1 AND min({CHUNK}, length(c.chunk) - 1)"
        " WHERE instr(substr(c.chunk, lo.n, 2), ' ') = 0))"
    )
    return f"CREATE VIEW {TEXTS}(id, grams) AS SELECT s.id, {grams} FROM {_CONTENT} AS s"


def create_statements() -> list[str]:
    """DDL for the numbers, the view and the table (empty: `fill` fills it)."""
    return [
        f"CREATE TABLE {NUMBERS} (n INTEGER PRIMARY KEY)",
        f"WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < {POSITIONS - 1})"
        f" INSERT INTO {NUMBERS}(n) SELECT n FROM k",
        _view(),
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(grams, content='{TEXTS}', content_rowid='id',"
        " detail='none', columnsize=0, tokenize='ascii')",
    ]


def deleted(rows: str) -> str:
    """SQL: delete the tokens of the index rows whose rowid is `rows` ("= …", "IN (…)"),
    before the rows themselves (their text gives the tokens)."""
    return f"DELETE FROM {TABLE} WHERE rowid {rows};"


def inserted(rows: str) -> str:
    """SQL: add the tokens of the index rows whose rowid is `rows`, after the rows."""
    return f"INSERT INTO {TABLE}(rowid, grams) SELECT id, grams FROM {TEXTS} WHERE id {rows};"


@lru_cache(maxsize=1 << 16)
def token(gram: str) -> str:
    """The token of a gram of one or two characters."""
    return ("u" if len(gram) == 1 else "b") + gram.encode().hex()


def tokens(text: str) -> set[str]:
    """The tokens of a text (as the view gives them, in lower case)."""
    singles = set(text) - {" "}
    pairs = {a + b for a, b in zip(text, text[1:], strict=False) if a != " " and b != " "}
    return {token(gram) for gram in singles | pairs}


def query(terms: Sequence[str]) -> str:
    """An FTS5 query for the rows holding every one of `terms` (one or two characters each)."""
    return " ".join(token(term) for term in terms)


def refill(connection: Connection) -> None:
    """Empty the table and add every index row's tokens."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")
    add(connection, -(2**63), 2**63 - 1)


def add(connection: Connection, low: int, high: int) -> None:
    """Add the tokens of the index rows with rowids from `low` to `high` (computed in Python,
    read back alike by the view: see the module docstring)."""
    read = f"SELECT id, {_TEXT} FROM {_CONTENT} AS s WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?"
    insert = f"INSERT INTO {TABLE}(rowid, grams) VALUES (?, ?)"
    while True:
        rows = connection.exec_driver_sql(read, (low, high, _BATCH)).all()
        if not rows:
            return
        connection.exec_driver_sql(
            insert, [(rowid, " ".join(tokens(text))) for rowid, text in rows]
        )
        low = rows[-1][0] + 1

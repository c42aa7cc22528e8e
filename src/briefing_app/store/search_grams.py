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
write `search_index` (store.search_index) delete a row's tokens before deleting the row (read
from the view, so they are exactly those it indexed) and add them after inserting it: no
Python function inside the database, and other tools can still write. The view costs about
0.3 ms for an action's row, so a record's save costs a few tenths of a millisecond more (an
update that changes none of its text, nothing), and renaming a locality re-indexes each
record naming it at about 0.7 ms more each.

The view walks the text in chunks of CHUNK characters (a position in a long text costs
SQLite a walk from its start; a chunk's positions only from the chunk's), with a table of
the numbers 0 … POSITIONS - 1 as positions: up to CHUNK * POSITIONS characters of a row are
indexed (a million; a record's texts are limited to a few tens of thousands). Filling many
rows reads their texts and computes the tokens in Python instead (`refill`, `add`), eight
times faster than the view, to the same tokens.

PostgreSQL finds short words with LIKE through its trigram index (pg_trgm): nothing here.
"""

from collections.abc import Sequence

from sqlalchemy.engine import Connection

TABLE = "search_grams"
TEXTS = f"{TABLE}_text"
NUMBERS = f"{TABLE}_positions"
CHUNK = 64
POSITIONS = 16_384
#: the text of a row of search_index as its content table stores it (see search.py)
_CONTENT = "search_index_content"
_TEXT = "(s.c0 || ' ' || s.c1 || ' ' || s.c2)"
#: rows written by one statement when filling, and the most words whose tokens it keeps
_BATCH = 5_000
_WORDS = 20_000


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
    """DDL for the numbers, the view and the table (empty: `refill` fills it)."""
    return [
        f"CREATE TABLE {NUMBERS} (n INTEGER PRIMARY KEY)",
        f"WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < {POSITIONS - 1})"
        f" INSERT INTO {NUMBERS}(n) SELECT n FROM k",
        _view(),
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(grams, content='{TEXTS}', content_rowid='id',"
        " detail='none', columnsize=0, tokenize='ascii')",
    ]


def deleted(rows: str, when: str = "") -> str:
    """SQL: delete the tokens of the index rows whose rowid is `rows` ("= …", "IN (…)"),
    before the rows themselves (their text gives the tokens); only if `when` holds, if given
    (a trigger's condition on its row: SQLite tests it before looking anything up). FTS5's
    'delete' command with the view's tokens: a DELETE would compute them twice."""
    select = f"SELECT 'delete', id, grams FROM {TEXTS} WHERE id {rows}{_only(when)}"
    return f"INSERT INTO {TABLE}({TABLE}, rowid, grams) {select};"


def inserted(rows: str, when: str = "") -> str:
    """SQL: add the tokens of the index rows whose rowid is `rows`, after the rows (only if
    `when` holds, if given)."""
    select = f"SELECT id, grams FROM {TEXTS} WHERE id {rows}{_only(when)}"
    return f"INSERT INTO {TABLE}(rowid, grams) {select};"


def _only(when: str) -> str:
    return f" AND ({when})" if when else ""


def token(gram: str) -> str:
    """The token of a gram of one or two characters."""
    return ("u" if len(gram) == 1 else "b") + gram.encode().hex()


class _Tokens(dict[str, frozenset[str]]):
    """The tokens of texts (as the view gives them, in lower case), each word's computed once:
    grams holding no space are those of the words between the spaces (twice as fast)."""

    def __missing__(self, word: str) -> frozenset[str]:
        grams = set(map(str.__add__, word, word[1:]))
        grams.update(word)
        tokens = self[word] = frozenset(map(token, grams))
        return tokens

    def of(self, text: str) -> set[str]:
        return set().union(*map(self.__getitem__, set(text.split(" "))))


def query(terms: Sequence[str]) -> str:
    """An FTS5 query for the rows holding every one of `terms` (one or two characters each)."""
    return " ".join(token(term) for term in terms)


def refill(connection: Connection) -> None:
    """Empty the table and add every index row's tokens, merged into one segment (a lookup
    costs half as much)."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")
    add(connection, -(2**63), 2**63 - 1)
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def add(connection: Connection, low: int, high: int) -> None:
    """Add the tokens of the index rows with rowids from `low` to `high` (computed in Python,
    read back alike by the view: see the module docstring)."""
    read = f"SELECT id, {_TEXT} FROM {_CONTENT} AS s WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?"
    insert = f"INSERT INTO {TABLE}(rowid, grams) VALUES (?, ?)"
    tokens = _Tokens()
    while True:
        rows = connection.exec_driver_sql(read, (low, high, _BATCH)).all()
        if not rows:
            return
        if len(tokens) > _WORDS:
            tokens.clear()
        connection.exec_driver_sql(insert, [(i, " ".join(tokens.of(text))) for i, text in rows])
        low = rows[-1][0] + 1

"""Tests' check of the gram index (store.search_grams) against its definition, spelt out again:
for every row of search_index, the tokens of each distinct character and each distinct pair of
neighbouring characters of its text, without spaces."""

from sqlalchemy.engine import Engine


def _expected_tokens(text: str) -> set[str]:
    grams = {text[i : i + n] for n in (1, 2) for i in range(len(text) - n + 1)}
    return {("u" if len(g) == 1 else "b") + g.encode().hex() for g in grams if " " not in g}


def gram_index_differences(engine: Engine) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """What the gram index holds that it should not, and what it lacks (both empty: exact)."""
    with engine.connect() as connection:
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.grams_held"
            " USING fts5vocab(main, search_grams, instance)"
        )
        held = {
            (str(t), int(d))
            for t, d in connection.exec_driver_sql("SELECT term, doc FROM temp.grams_held")
        }
        texts = connection.exec_driver_sql(
            "SELECT rowid, name || ' ' || title || ' ' || body FROM search_index"
        ).all()
    expected = {(t, int(rowid)) for rowid, text in texts for t in _expected_tokens(text)}
    return held - expected, expected - held


def assert_gram_index_exact(engine: Engine) -> None:
    """The gram index holds exactly the grams of the search index's texts (SQLite; nothing to
    check elsewhere)."""
    if engine.dialect.name != "sqlite":
        return
    extra, missing = gram_index_differences(engine)
    assert (sorted(extra)[:10], sorted(missing)[:10]) == ([], []), (len(extra), len(missing))

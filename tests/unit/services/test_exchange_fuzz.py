"""Hypothesis: whatever rows a CSV or JSON file holds, an import either applies them all or
refuses with a report, never a traceback and never a partial write."""

import csv
import io
import json
from pathlib import Path
from typing import Any

from exchange_helpers import fingerprint
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.services.exchange import ImportRefusedError, import_actions
from briefing_app.services.exchange.columns import COLUMNS
from briefing_app.store.database import OpenedDatabase

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

plausible: dict[str, st.SearchStrategy[str]] = {
    "id": st.sampled_from(["", "1", "2", "5", "7", "999", "0", "-3", "x", "2.0", "9" * 25]),
    "version": st.sampled_from(["", "1", "2", "9"]),
    "meeting_id": st.sampled_from(["", "1", "2", "4", "77"]),
    "status": st.sampled_from(["agreed", "In progress", "done", "DONE", "finished", ""]),
    "priority": st.sampled_from(["low", "urgent", "", "soon"]),
    "classification": st.sampled_from(["public", "internal", "secret"]),
    "due_date": st.sampled_from(["", "2026", "2026-Q3", "2026-02-30", "2026-05-01", "soon"]),
    "due_precision": st.sampled_from(["", "day", "month", "quarter", "week"]),
    "owner": st.sampled_from(["", "Thanh Hóa", "thanh hoa", "Yamanashi", "山梨", "Nowhere"]),
    "cooperation_areas": st.sampled_from(["", "Tourism", "Tourism; du lịch", "Space travel"]),
}
any_text = st.text(st.characters(codec="utf-8"), max_size=40) | st.text(max_size=400)


def _cell(column: str) -> st.SearchStrategy[str]:
    return plausible.get(column, st.nothing()) | any_text


rows_strategy = st.lists(
    st.fixed_dictionaries({}, optional={c: _cell(c) for c in COLUMNS}), min_size=1, max_size=6
)


def _check(db: OpenedDatabase, path: Path) -> None:
    before = fingerprint(db.engine)
    try:
        result = import_actions(db.engine, path, changed_by="fuzz")
    except ImportRefusedError as refused:
        assert refused.problems
        assert fingerprint(db.engine) == before
        return
    after = fingerprint(db.engine)
    created = result.count("create")
    assert len(after[0]) == len(before[0]) + created
    if not created and not result.count("update"):
        assert after == before


@FUZZ
@given(rows=rows_strategy, columns=st.permutations(COLUMNS))
def test_generated_csv_never_crashes_or_half_writes(
    seeded_db: OpenedDatabase, tmp_path: Path, rows: list[dict[str, str]], columns: list[str]
) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, restval="")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    _check(seeded_db, path)


json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10) | st.floats(allow_nan=False) | any_text,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _json_field(column: str) -> st.SearchStrategy[Any]:
    party = st.fixed_dictionaries(
        {"kind": st.sampled_from(["locality", "person", "planet"]), "id": st.integers(0, 40)}
    )
    huge = st.sampled_from([1e300, 2**70, -(2**70)])
    extra = (party | huge) if column in ("owner", "counterpart") else st.nothing()
    return plausible.get(column, st.nothing()) | json_value | extra


@FUZZ
@given(
    records=st.lists(
        st.fixed_dictionaries({}, optional={c: _json_field(c) for c in COLUMNS if c != "meeting"})
        | json_value,
        min_size=1,
        max_size=5,
    )
)
def test_generated_json_never_crashes_or_half_writes(
    seeded_db: OpenedDatabase, tmp_path: Path, records: list[Any]
) -> None:
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps({"actions": records}, ensure_ascii=False), encoding="utf-8")
    _check(seeded_db, path)

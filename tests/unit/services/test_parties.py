"""Finding the locality, organisation or person a user means by a name."""

import pytest

from briefing_app.domain.errors import FieldError
from briefing_app.services.parties import resolve_party
from briefing_app.store.database import OpenedDatabase


@pytest.mark.parametrize(
    ("typed", "kind", "name"),
    [
        ("Thanh Hóa", "locality", "Thanh Hóa"),
        ("thanh hoa", "locality", "Thanh Hóa"),  # exact beats the committees that contain it
        ("THANH HÓA", "locality", "Thanh Hóa"),
        ("Yamanashi", "locality", "Yamanashi"),
        ("山梨県", "locality", "Yamanashi"),
        ("山梨県庁", "organisation", "Yamanashi Prefectural Government"),
        ("da nang", "locality", "Đà Nẵng"),
        ("cao van cuong", "person", "Cao Văn Cường"),
        ("高市早苗", "person", "Takaichi Sanae"),
        ("sumitomo", "organisation", "Sumitomo Group"),  # the only one containing it
    ],
)
def test_resolves_one_party(shared_db: OpenedDatabase, typed: str, kind: str, name: str) -> None:
    ref = resolve_party(shared_db.engine, typed)
    assert (ref.kind, ref.name) == (kind, name)
    assert ref.id > 0


def test_a_prefix_of_a_native_name_resolves_like_search(shared_db: OpenedDatabase) -> None:
    # The docstring promises "山梨" works: it is what a Japanese user types for Yamanashi.
    ref = resolve_party(shared_db.engine, "山梨")
    assert (ref.kind, ref.name) == ("locality", "Yamanashi")


def test_an_ambiguous_name_lists_candidates(shared_db: OpenedDatabase) -> None:
    with pytest.raises(FieldError) as caught:
        resolve_party(shared_db.engine, "quang ninh department", field="counterpart")
    assert caught.value.field == "counterpart"
    assert "ambiguous" in caught.value.reason
    assert "Quảng Ninh Department of Foreign Affairs" in caught.value.reason
    assert "Quảng Ninh Department of Culture, Sports and Tourism" in caught.value.reason


@pytest.mark.parametrize("typed", ["Atlantis", "%", "_", "\\", "'; DROP TABLE people; --"])
def test_no_match(shared_db: OpenedDatabase, typed: str) -> None:
    with pytest.raises(FieldError, match="matches no locality, organisation or person") as caught:
        resolve_party(shared_db.engine, typed)
    assert caught.value.field == "owner"


@pytest.mark.parametrize("typed", ["", "   ", "\u3000"])
def test_a_name_is_needed(shared_db: OpenedDatabase, typed: str) -> None:
    with pytest.raises(FieldError, match="needs a name"):
        resolve_party(shared_db.engine, typed)

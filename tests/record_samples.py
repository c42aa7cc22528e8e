"""One valid new record of each kind (JSON as `create KIND --json` reads it), pointing at
records of the seeded dataset, and one change to make to it; shared by the service, CLI and
GUI tests of record editing."""

from typing import Any

from briefing_app.domain.record_kind import RecordKind

NEW: dict[RecordKind, dict[str, Any]] = {
    RecordKind.EVENT: {
        "name": "Vietnam–Japan Local Cooperation Forum 2026",
        "kind": "forum",
        "starts_on": "2026-11-20",
        "start_time": "08:30",
        "venue": "Thanh Hóa",
        "organiser_ids": [1],
    },
    RecordKind.MEETING: {
        "title": "Thanh Hóa – Yamanashi follow-up meeting",
        "title_vi": "Cuộc gặp tiếp theo Thanh Hóa – Yamanashi",
        "event_id": 1,
        "kind": "bilateral",
        "held_on": "2026-11-20",
        "party_ids": [1, 2],
        "participants": [{"person_id": 1, "role": "host", "role_vi": "chủ trì"}],
        "objectives": ["Agree the signing date"],
        "talking_points": ["Thanks for the 2025 visit", "Nghi Sơn port", "Education exchanges"],
        "talking_points_vi": ["Cảm ơn chuyến thăm năm 2025", "Cảng Nghi Sơn"],
        "expected_asks": [{"ask": "Direct flights?", "response": "Under study with airlines"}],
        "citations": [{"source_id": 1, "field": None, "excerpt": "tám lĩnh vực"}],
    },
    RecordKind.DELEGATION: {
        "name": "山梨県 delegation 2026",
        "event_id": 1,
        "side": "JP",
        "locality_id": 1,
        "members": [{"person_id": 2, "role": "member", "role_vi": None}],
        "arrives_on": "2026-11-19",
        "departs_on": "2026-11-22",
    },
    RecordKind.PERSON: {
        "full_name": "Nguyễn Văn A",
        "country": "VN",
        "position": "Director",
        "biography": "Born in Thanh Hóa.\nTwo lines.",
        "personal_data_classification": "internal",
    },
    RecordKind.ORGANISATION: {
        "name": "Yamanashi Prefectural Government",
        "name_native": "山梨県庁",
        "kind": "government",
        "country": "JP",
    },
    RecordKind.LOCALITY: {
        "name": "Example Province",
        "country": "VN",
        "kind": "province",
        "population": 3_760_000,
        "area_km2": 11_114.7,
        "citations": [{"source_id": 1, "field": "population", "excerpt": None}],
    },
    RecordKind.AGREEMENT: {
        "title": "Memorandum on agriculture",
        "kind": "memorandum",
        "status": "under_discussion",
        "party_ids": [1, 2],
        "valid_from": "2027-01-01",
    },
    RecordKind.SOURCE: {
        "title": "Báo Thanh Hóa article",
        "kind": "article",
        "publisher": "Báo Thanh Hóa",
        "language": "vi",
        "url": "https://example.org/article",
        "accessed_on": "2026-12-01",
    },
    RecordKind.FACT: {"event_id": 1, "label": "Japanese localities", "value": "16"},
    RecordKind.ACTION: {
        "title": "Send the draft memorandum",
        "title_vi": "Gửi dự thảo bản ghi nhớ",
        "meeting_id": 1,
        "due": {"date": "2027-01-01", "precision": "quarter"},
        "owner_ref": {"kind": "locality", "id": 1},
    },
}

#: A change to make to a record of each kind: (field key, new JSON value).
CHANGE: dict[RecordKind, tuple[str, Any]] = {
    RecordKind.EVENT: ("venue", "Hạ Long"),
    RecordKind.MEETING: ("talking_points", ["Nghi Sơn port", "Thanks", "Flights"]),
    RecordKind.DELEGATION: ("departs_on", "2026-11-23"),
    RecordKind.PERSON: ("position", "Vice Chairman"),
    RecordKind.ORGANISATION: ("name_native", "山梨県"),
    RecordKind.LOCALITY: ("population", 3_800_000),
    RecordKind.AGREEMENT: ("status", "signed"),
    RecordKind.SOURCE: ("publisher", "Thanh Hóa newspaper"),
    RecordKind.FACT: ("value", "18"),
    RecordKind.ACTION: ("status", "agreed"),
}

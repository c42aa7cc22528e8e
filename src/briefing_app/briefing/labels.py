"""The fixed words printed on briefings, in English and Vietnamese.

A plain table for now; a later issue wires these through Qt's translation files. Record
content (titles, summaries, names) is printed as stored, only the labels around it change.
"""

from datetime import date
from enum import StrEnum

from briefing_app.domain.enums import (
    ActionStatus,
    AgreementStatus,
    Classification,
    Country,
    EventKind,
    LocalityKind,
    MeetingKind,
    Priority,
    TimeOfDay,
)


class Language(StrEnum):
    EN = "en"
    VI = "vi"


_TEXT: dict[str, tuple[str, str]] = {
    # document kinds
    "kind.meeting": ("Meeting brief", "Tài liệu phục vụ cuộc gặp"),
    "kind.locality": ("Locality brief", "Tài liệu về địa phương"),
    "kind.pair": ("Counterpart brief", "Tài liệu về quan hệ hợp tác"),
    "kind.forum": ("Forum briefing book", "Tài liệu tổng hợp diễn đàn"),
    "kind.tracker": ("Action tracker", "Bảng theo dõi nhiệm vụ"),
    # page furniture
    "page": ("Page {page} of {total}", "Trang {page}/{total}"),
    "prepared_by": ("Prepared by {name}", "Người soạn: {name}"),
    "prepared_on": ("Date prepared: {date}", "Ngày soạn: {date}"),
    "classification": ("Classification: {level}", "Phân loại: {level}"),
    # sections
    "contents": ("Contents", "Mục lục"),
    "purpose": ("Purpose", "Mục đích"),
    "date_venue": ("Date and venue", "Thời gian và địa điểm"),
    "participants": ("Participants", "Thành phần tham dự"),
    "background": ("Background on the localities", "Thông tin về các địa phương"),
    "proposals": ("Proposals", "Các đề xuất"),
    "outcomes": ("Agreed outcomes", "Kết quả đã thống nhất"),
    "actions": ("Follow-up actions", "Nhiệm vụ triển khai"),
    "sources": ("Sources", "Nguồn tham khảo"),
    "key_facts": ("Key facts", "Thông tin chính"),
    "facts_programme": ("Key facts and programme", "Thông tin chính và chương trình"),
    "programme": ("Programme", "Chương trình"),
    "meetings": ("Meetings", "Các cuộc gặp"),
    "tracker": ("Action tracker", "Bảng theo dõi nhiệm vụ"),
    "people": ("Index of people", "Danh mục nhân vật"),
    "agreements": ("Agreements and their status", "Các văn kiện hợp tác và tình trạng"),
    "open_actions": ("Open follow-ups", "Nhiệm vụ đang triển khai"),
    "upcoming": ("Upcoming dates", "Các mốc thời gian sắp tới"),
    "counts": ("Counts by status", "Số lượng theo trạng thái"),
    "overview": ("Overview", "Tổng quan"),
    "tracker_title": (
        "Follow-up actions as of {date}",
        "Tình hình triển khai nhiệm vụ đến ngày {date}",
    ),
    "cooperation_areas": ("Cooperation areas", "Lĩnh vực hợp tác"),
    "organisers": ("Organisers", "Đơn vị tổ chức"),
    # field names and table headers
    "event": ("Event", "Sự kiện"),
    "date": ("Date", "Ngày"),
    "venue": ("Venue", "Địa điểm"),
    "theme": ("Theme", "Chủ đề"),
    "kind": ("Kind", "Hình thức"),
    "parties": ("Parties", "Các bên"),
    "head": ("Head of delegation", "Trưởng đoàn"),
    "name": ("Name", "Họ và tên"),
    "position": ("Position", "Chức vụ"),
    "role": ("Role", "Vai trò"),
    "appears_in": ("Appears in", "Xuất hiện tại"),
    "action": ("Action", "Nhiệm vụ"),
    "meeting": ("Meeting", "Cuộc gặp"),
    "owner": ("Owner", "Chủ trì"),
    "counterpart": ("Counterpart", "Đối tác"),
    "due": ("Due", "Thời hạn"),
    "status": ("Status", "Trạng thái"),
    "count": ("Count", "Số lượng"),
    "total": ("Total", "Tổng cộng"),
    "overdue": ("Overdue", "Quá hạn"),
    "fact": ("Fact", "Nội dung"),
    "value": ("Value", "Số liệu"),
    "according_to": ("Source", "Nguồn"),
    "agreement": ("Agreement", "Văn kiện"),
    "signed_on": ("Signed on", "Ngày ký"),
    "country": ("Country", "Quốc gia"),
    "native_name": ("Native name", "Tên gốc"),
    "organisations": ("Organisations", "Cơ quan, tổ chức"),
    "key_people": ("People", "Nhân sự"),
    "what": ("What", "Nội dung"),
    "filters": ("Filters", "Điều kiện lọc"),
    "search": ("search “{text}”", "tìm “{text}”"),
    "only_overdue": ("overdue only", "chỉ nhiệm vụ quá hạn"),
    "all_actions": ("all actions", "tất cả nhiệm vụ"),
    "grouped_by_owner": ("grouped by owner", "theo đơn vị chủ trì"),
    "grouped_by_locality": ("grouped by locality", "theo địa phương"),
    "meetings_count.one": ("1 meeting recorded", "1 cuộc gặp đã ghi nhận"),
    "meetings_count.other": ("{n} meetings recorded", "{n} cuộc gặp đã ghi nhận"),
    # placeholders
    "not_recorded": ("not recorded", "chưa có thông tin"),
    "no_owner": ("No owner recorded", "Chưa xác định đơn vị chủ trì"),
    "no_locality": ("No locality recorded", "Chưa xác định địa phương"),
    "none_recorded": ("None recorded.", "Chưa có thông tin."),
    "members_not_recorded": (
        "Members not recorded in the sources.",
        "Nguồn tin không nêu thành phần đoàn.",
    ),
    "purpose_text": (
        "Brief for the {kind} “{title}” ({event}).",
        "Tài liệu phục vụ {kind} “{title}” ({event}).",
    ),
    "disagree": (
        "Sources disagree on this figure; each value is given with its source.",
        "Các nguồn đưa số liệu khác nhau; mỗi số liệu được ghi kèm nguồn.",
    ),
    "event_venue": ("{venue} (venue of the event)", "{venue} (địa điểm của sự kiện)"),
}

_ENUMS: dict[StrEnum, tuple[str, str]] = {
    Classification.PUBLIC: ("PUBLIC", "CÔNG KHAI"),
    Classification.INTERNAL: ("INTERNAL", "NỘI BỘ"),
    Classification.CONFIDENTIAL: ("CONFIDENTIAL", "MẬT"),
    ActionStatus.PROPOSED: ("Proposed", "Đề xuất"),
    ActionStatus.AGREED: ("Agreed", "Đã thống nhất"),
    ActionStatus.IN_PROGRESS: ("In progress", "Đang thực hiện"),
    ActionStatus.DONE: ("Done", "Đã hoàn thành"),
    ActionStatus.BLOCKED: ("Blocked", "Đang vướng mắc"),
    ActionStatus.CANCELLED: ("Cancelled", "Đã hủy"),
    AgreementStatus.PROPOSED: ("Proposed", "Đề xuất"),
    AgreementStatus.UNDER_DISCUSSION: ("Under discussion", "Đang thảo luận"),
    AgreementStatus.AGREED_IN_PRINCIPLE: ("Agreed in principle", "Đã thống nhất về nguyên tắc"),
    AgreementStatus.SIGNED: ("Signed", "Đã ký"),
    AgreementStatus.ABANDONED: ("Abandoned", "Đã dừng"),
    MeetingKind.BILATERAL: ("bilateral meeting", "cuộc hội đàm song phương"),
    MeetingKind.RECEPTION: ("reception", "buổi tiếp"),
    MeetingKind.PLENARY: ("plenary session", "phiên toàn thể"),
    MeetingKind.COURTESY_CALL: ("courtesy call", "buổi chào xã giao"),
    MeetingKind.THEMATIC_SESSION: ("thematic session", "phiên chuyên đề"),
    MeetingKind.PRESS_CONFERENCE: ("press conference", "họp báo"),
    MeetingKind.OTHER: ("meeting", "cuộc gặp"),
    EventKind.FORUM: ("Forum", "Diễn đàn"),
    EventKind.PRESS_CONFERENCE: ("Press conference", "Họp báo"),
    EventKind.PLENARY: ("Plenary session", "Phiên toàn thể"),
    EventKind.THEMATIC_SESSION: ("Thematic session", "Phiên chuyên đề"),
    EventKind.EXHIBITION: ("Exhibition", "Triển lãm"),
    EventKind.OTHER: ("Event", "Sự kiện"),
    Country.VN: ("Viet Nam", "Việt Nam"),
    Country.JP: ("Japan", "Nhật Bản"),
    LocalityKind.PROVINCE: ("province", "tỉnh"),
    LocalityKind.CITY: ("centrally run city", "thành phố trực thuộc trung ương"),
    LocalityKind.PREFECTURE: ("prefecture", "tỉnh (ken)"),
    LocalityKind.METROPOLIS: ("metropolis", "đô (to)"),
    LocalityKind.CIRCUIT: ("circuit", "đạo (dō)"),
    LocalityKind.URBAN_PREFECTURE: ("urban prefecture", "phủ (fu)"),
    Priority.LOW: ("low", "thấp"),
    Priority.NORMAL: ("normal", "bình thường"),
    Priority.HIGH: ("high", "cao"),
    Priority.URGENT: ("urgent", "khẩn"),
    TimeOfDay.MORNING: ("morning", "buổi sáng"),
    TimeOfDay.AFTERNOON: ("afternoon", "buổi chiều"),
    TimeOfDay.EVENING: ("evening", "buổi tối"),
}

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Labels:
    """The label strings of one language: `labels["sources"]`, `labels.text("page", page=1, …)`."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._index = 0 if language is Language.EN else 1

    def __getitem__(self, key: str) -> str:
        return _TEXT[key][self._index]

    def text(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def enum(self, value: StrEnum) -> str:
        return _ENUMS[value][self._index]

    def date(self, day: date) -> str:
        if self.language is Language.VI:
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"

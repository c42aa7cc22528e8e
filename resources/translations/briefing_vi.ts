<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>IPA Font License Agreement v1.0</source>
        <translation>IPA Font License Agreement v1.0</translation>
    </message>
    <message>
        <source>Briefing desk</source>
        <translation>Briefing desk</translation>
    </message>
    <message>
        <source>Follow-up actions and briefings for cooperation forums.</source>
        <translation>Theo dõi nhiệm vụ triển khai và chuẩn bị tài liệu cho các diễn đàn hợp tác.</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>Cơ sở dữ liệu đang dùng:</translation>
    </message>
    <message>
        <source>Fonts shipped with the app</source>
        <translation>Phông chữ đi kèm ứng dụng</translation>
    </message>
    <message>
        <source>Licence texts:</source>
        <translation>Văn bản giấy phép:</translation>
    </message>
</context>
<context>
    <name>ActionCopyDelete</name>
    <message>
        <source>Created a copy: “{title}”.</source>
        <translation>Đã tạo bản sao: “{title}”.</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>Không nhân bản được</translation>
    </message>
    <message>
        <source>Its history and source links go with it. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Lịch sử thay đổi và các liên kết nguồn của nhiệm vụ cũng bị xóa theo. Có thể khôi phục bằng Sửa ▸ Hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Your unsaved changes to it are lost.</source>
        <translation>Các thay đổi chưa lưu của nhiệm vụ này sẽ bị mất.</translation>
    </message>
    <message>
        <source>Delete follow-up action</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Xóa “{title}”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Ctrl+Z brings it back.</source>
        <translation>Đã xóa “{title}”. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <source>Someone else saved “{title}” after you opened it, so it was not deleted. Look at the latest version first.</source>
        <translation>Người khác đã lưu “{title}” sau khi bạn mở nên nhiệm vụ chưa bị xóa. Hãy xem phiên bản mới nhất trước.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Follow-up action editor</source>
        <translation>Khung chỉnh sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>Select a follow-up action to see and edit it,
or press Ctrl+N to create a new one.</source>
        <translation>Chọn một nhiệm vụ để xem và chỉnh sửa,
hoặc nhấn Ctrl+N để thêm nhiệm vụ mới.</translation>
    </message>
    <message>
        <source>the new follow-up action</source>
        <translation>nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Cannot open the action</source>
        <translation>Không mở được nhiệm vụ</translation>
    </message>
    <message>
        <source>New follow-up action</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Not saved yet. Choose its meeting and give it a title.</source>
        <translation>Chưa lưu. Hãy chọn cuộc gặp và nhập tiêu đề cho nhiệm vụ.</translation>
    </message>
    <message>
        <source> · OVERDUE</source>
        <translation> · QUÁ HẠN</translation>
    </message>
    <message>
        <source>#{id} · {meeting} · version {version} · saved {when}{overdue}</source>
        <translation>#{id} · {meeting} · phiên bản {version} · lưu lúc {when}{overdue}</translation>
    </message>
    <message>
        <source>An action is agreed or in progress before it is done; a cancelled action is revived first.</source>
        <translation>Nhiệm vụ phải ở trạng thái Đã thống nhất hoặc Đang thực hiện trước khi chuyển sang Đã hoàn thành; nhiệm vụ đã hủy phải được kích hoạt lại trước.</translation>
    </message>
    <message>
        <source>No meeting yet</source>
        <translation>Chưa có cuộc gặp</translation>
    </message>
    <message>
        <source>A follow-up action belongs to a meeting, and this database has none.</source>
        <translation>Mỗi nhiệm vụ phải gắn với một cuộc gặp, nhưng cơ sở dữ liệu này chưa có cuộc gặp nào.</translation>
    </message>
    <message>
        <source>Not saved: {count} field(s) need attention.</source>
        <translation>Chưa lưu: {count} trường cần kiểm tra lại.</translation>
    </message>
    <message>
        <source>The action no longer exists</source>
        <translation>Nhiệm vụ không còn tồn tại</translation>
    </message>
    <message>
        <source>The action is no longer there</source>
        <translation>Nhiệm vụ không còn hiển thị với bạn</translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else. Your text is still in the form: copy what you need, or use Duplicate on another action.</source>
        <translation>“{title}” đã bị người khác xóa. Nội dung bạn nhập vẫn còn trong biểu mẫu: hãy sao chép phần cần thiết, hoặc dùng Nhân bản trên một nhiệm vụ khác.</translation>
    </message>
    <message>
        <source>“{title}” is no longer there for you: someone deleted it, or classified it (or its meeting) above your clearance. Your text is still in the form: copy what you need, or use Duplicate on another action.</source>
        <translation>Bạn không còn xem được “{title}”: có người đã xóa, hoặc đã nâng độ mật của nhiệm vụ (hoặc cuộc gặp của nó) lên trên cấp bạn được tiếp cận. Nội dung bạn nhập vẫn còn trong biểu mẫu: hãy sao chép phần cần thiết, hoặc dùng Nhân bản trên một nhiệm vụ khác.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>Đã lưu “{title}”.</translation>
    </message>
    <message>
        <source>Created “{title}”.</source>
        <translation>Đã tạo “{title}”.</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Không tải lại được</translation>
    </message>
    <message>
        <source>You started from version {mine}. Version {theirs} was saved by {who} on {when}. Nothing of yours is saved yet.</source>
        <translation>Bạn bắt đầu sửa từ phiên bản {mine}. Phiên bản {theirs} đã được {who} lưu lúc {when}. Các thay đổi của bạn chưa được lưu.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
    <message>
        <source>Your changes were discarded; showing version {version}.</source>
        <translation>Đã bỏ các thay đổi của bạn; đang hiển thị phiên bản {version}.</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this action meanwhile. Your text is kept; save again to choose between your version and theirs.</source>
        <translation>Chưa lưu: trong lúc bạn sửa, người khác đã lưu nhiệm vụ này. Nội dung bạn nhập vẫn được giữ; hãy lưu lại để chọn giữa bản của bạn và bản của người đó.</translation>
    </message>
    <message>
        <source>⚑ Also changed by someone else, to: {theirs}. Your version is shown; saving replaces theirs.</source>
        <translation>⚑ Người khác cũng đã sửa trường này thành: {theirs}. Đang hiển thị bản của bạn; khi lưu sẽ thay thế bản của người đó.</translation>
    </message>
    <message>
        <source>⚑ Your change, not saved yet (stored: {stored}).</source>
        <translation>⚑ Thay đổi của bạn, chưa lưu (giá trị đang lưu: {stored}).</translation>
    </message>
    <message>
        <source>Reloaded version {version}. Your changes are kept in the form and marked, not saved yet; {count} field(s) were also changed by someone else.</source>
        <translation>Đã tải lại phiên bản {version}. Các thay đổi của bạn vẫn được giữ trong biểu mẫu và được đánh dấu, chưa lưu; {count} trường cũng đã được người khác sửa.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Throw away your unsaved changes to “{what}”?</source>
        <translation>Bỏ các thay đổi chưa lưu của “{what}”?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
</context>
<context>
    <name>ActionEditorButtons</name>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Delete this action (can be undone)</source>
        <translation>Xóa nhiệm vụ này (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Create a copy of this action</source>
        <translation>Tạo bản sao của nhiệm vụ này</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Mở cuộc gặp</translation>
    </message>
    <message>
        <source>Open the meeting of this action</source>
        <translation>Mở cuộc gặp của nhiệm vụ này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Throw away unsaved changes (Esc)</source>
        <translation>Bỏ các thay đổi chưa lưu (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Lưu thay đổi (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>Filters of the follow-up action list</source>
        <translation>Bộ lọc danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Open (not done or cancelled)</source>
        <translation>Đang triển khai (chưa hoàn thành, chưa hủy)</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tất cả đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Lọc theo đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Cooperation area filter</source>
        <translation>Lọc theo lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Any cooperation area</source>
        <translation>Tất cả lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Classification filter</source>
        <translation>Lọc theo mức độ mật</translation>
    </message>
    <message>
        <source>Any classification</source>
        <translation>Tất cả mức độ mật</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Thời hạn từ ngày</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Thời hạn đến ngày</translation>
    </message>
    <message>
        <source>Show all meetings</source>
        <translation>Hiện tất cả cuộc gặp</translation>
    </message>
    <message>
        <source>Stop filtering by meeting</source>
        <translation>Bỏ lọc theo cuộc gặp</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Đơn &amp;vị chủ trì:</translation>
    </message>
    <message>
        <source>Are&amp;a:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation>&amp;Mức độ mật:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Thời &amp;hạn:</translation>
    </message>
    <message>
        <source>Only the actions of: {meeting}</source>
        <translation>Chỉ hiển thị nhiệm vụ của cuộc gặp: {meeting}</translation>
    </message>
</context>
<context>
    <name>ActionGroupsView</name>
    <message>
        <source>Follow-up action</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
</context>
<context>
    <name>ActionOperations</name>
    <message>
        <source>Done. It repeats: the next occurrence (#{id}) is due {due}.</source>
        <translation>Đã xong. Nhiệm vụ này lặp lại: lần tiếp theo (#{id}) có hạn {due}.</translation>
    </message>
    <message>
        <source>Change status of “{title}”</source>
        <translation>Đổi trạng thái “{title}”</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Sửa “{title}”</translation>
    </message>
    <message>
        <source>Create “{title}”</source>
        <translation>Tạo “{title}”</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>Nhân bản “{title}”</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Xóa “{title}”</translation>
    </message>
</context>
<context>
    <name>ActionRecordTabs</name>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>History of this action</source>
        <translation>Lịch sử thay đổi của nhiệm vụ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Sources of this action</source>
        <translation>Nguồn tham khảo của nhiệm vụ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>Lịch sử ({count})</translation>
    </message>
    <message>
        <source>No sources are linked to this action.</source>
        <translation>Chưa có nguồn nào gắn với nhiệm vụ này.</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Nguồn tham khảo ({count})</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>{due} (overdue)</source>
        <translation>{due} (quá hạn)</translation>
    </message>
    <message>
        <source>Overdue: its due period ended on {date}</source>
        <translation>Quá hạn: thời hạn đã hết vào {date}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Mức độ mật</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Follow-up actions</source>
        <extracomment>a PDF action tracker of what the list shows was asked for an export of the actions the list shows was asked for</extracomment>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Count all</source>
        <translation>Đếm tất cả</translation>
    </message>
    <message>
        <source>Count every action the search and filters match</source>
        <translation>Đếm mọi nhiệm vụ phù hợp với tìm kiếm và bộ lọc</translation>
    </message>
    <message>
        <source>Print tracker…</source>
        <translation>In bảng theo dõi…</translation>
    </message>
    <message>
        <source>Write a PDF action tracker of the actions the list shows</source>
        <translation>Tạo bảng theo dõi nhiệm vụ (PDF) gồm các nhiệm vụ đang hiển thị trong danh sách</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Export the actions the list shows (its search and filters) to a file</source>
        <translation>Xuất các nhiệm vụ đang hiển thị trong danh sách (theo tìm kiếm và bộ lọc hiện tại) ra tệp</translation>
    </message>
    <message>
        <source>{count} match the search and filters</source>
        <translation>Tìm thấy {count} nhiệm vụ phù hợp với tìm kiếm và bộ lọc</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>{count} nhiệm vụ</translation>
    </message>
    <message>
        <source>more than {count} match the search and filters</source>
        <translation>Hơn {count} nhiệm vụ phù hợp với tìm kiếm và bộ lọc</translation>
    </message>
    <message>
        <source>more than {count} in all</source>
        <translation>hơn {count} nhiệm vụ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Không đổi được trạng thái</translation>
    </message>
    <message>
        <source>Someone else saved “{title}” since this list was read. The list now shows the latest version; try again.</source>
        <translation>Người khác đã lưu “{title}” sau khi danh sách được tải. Danh sách đã được cập nhật phiên bản mới nhất; vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>AgreementPane</name>
    <message>
        <source>Select an agreement to see its parties and follow-up actions.</source>
        <translation>Chọn một văn kiện hợp tác để xem các bên và nhiệm vụ triển khai.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có thông tin.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Title</source>
        <translation>Tên văn kiện</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>(the log could not be written)</source>
        <translation>(không ghi được tệp nhật ký)</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Official document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Người thêm, lúc</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Drop files here or use Add…. At most {limit} MB per file; PDF, Word, Excel, PowerPoint, OpenDocument, images, text and e-mail files.</source>
        <translation>Kéo thả tệp vào đây hoặc bấm Thêm…. Mỗi tệp tối đa {limit} MB; nhận PDF, Word, Excel, PowerPoint, OpenDocument, ảnh, văn bản thuần và thư điện tử.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Gỡ bỏ…</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Chưa đính kèm</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>No application on this computer opens {name}.</source>
        <translation>Máy này không có ứng dụng nào mở được {name}.</translation>
    </message>
    <message>
        <source>Saved a copy: {path}</source>
        <translation>Đã lưu bản sao: {path}</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Chưa lưu được bản sao</translation>
    </message>
    <message>
        <source>Remove the attachment?</source>
        <translation>Gỡ tệp đính kèm?</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? It cannot be undone.</source>
        <translation>Gỡ “{name}” khỏi bản ghi này? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Chưa gỡ được</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Meeting brief</source>
        <translation>Tài liệu phục vụ cuộc gặp</translation>
    </message>
    <message>
        <source>Locality brief</source>
        <translation>Tài liệu về địa phương</translation>
    </message>
    <message>
        <source>Counterpart brief</source>
        <translation>Tài liệu về quan hệ hợp tác</translation>
    </message>
    <message>
        <source>Forum briefing book</source>
        <translation>Tài liệu tổng hợp diễn đàn</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Bảng theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Delegation brief</source>
        <translation>Tài liệu về đoàn</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Trang {page}/{total}</translation>
    </message>
    <message>
        <source>Prepared by {name}</source>
        <translation>Người soạn: {name}</translation>
    </message>
    <message>
        <source>Date prepared: {date}</source>
        <translation>Ngày soạn: {date}</translation>
    </message>
    <message>
        <source>Classification: {level}</source>
        <translation>Độ mật: {level}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(tiếp theo)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Key messages and talking points</source>
        <translation>Thông điệp chính và nội dung trao đổi</translation>
    </message>
    <message>
        <source>Expected asks and suggested responses</source>
        <translation>Đề nghị dự kiến của đối tác và đề xuất trả lời</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Background on the localities</source>
        <translation>Thông tin về các địa phương</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Các đề xuất</translation>
    </message>
    <message>
        <source>Agreed outcomes</source>
        <translation>Kết quả đã thống nhất</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Thông tin chính</translation>
    </message>
    <message>
        <source>Key facts and programme</source>
        <translation>Thông tin chính và chương trình</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Các cuộc gặp</translation>
    </message>
    <message>
        <source>Index of people</source>
        <translation>Danh mục nhân vật</translation>
    </message>
    <message>
        <source>Agreements and their status</source>
        <translation>Các văn kiện hợp tác và tình trạng</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Nhiệm vụ đang triển khai</translation>
    </message>
    <message>
        <source>Upcoming dates</source>
        <translation>Các mốc thời gian sắp tới</translation>
    </message>
    <message>
        <source>Counts by status</source>
        <translation>Số lượng theo trạng thái</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Follow-up actions as of {date}</source>
        <translation>Tình hình triển khai nhiệm vụ đến ngày {date}</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Who we meet</source>
        <translation>Thành phần phía đối tác</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Thành phần phía ta</translation>
    </message>
    <message>
        <source>The counterpart locality</source>
        <translation>Thông tin về địa phương đối tác</translation>
    </message>
    <message>
        <source>History of relations</source>
        <translation>Quá trình quan hệ</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Công tác tổ chức</translation>
    </message>
    <message>
        <source>The office&apos;s assessment (not part of the record)</source>
        <translation>Nhận định của cơ quan tham mưu (không phải nội dung hồ sơ)</translation>
    </message>
    <message>
        <source>Comments on the follow-up actions</source>
        <translation>Bình luận về các nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Phiên dịch</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Báo chí</translation>
    </message>
    <message>
        <source>The locality&apos;s profile is above this document&apos;s classification and is not included.</source>
        <translation>Thông tin khái quát về địa phương có độ mật cao hơn tài liệu này nên không được đưa vào.</translation>
    </message>
    <message>
        <source>{action} — {author}, {date}: {text}</source>
        <translation>{action} — {author}, {date}: {text}</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Mục đích chuyến thăm</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Thông tin chuyến thăm</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên đoàn</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức tổ chức</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>The counterpart may ask</source>
        <translation>Đối tác có thể đề nghị</translation>
    </message>
    <message>
        <source>Suggested response</source>
        <translation>Đề xuất trả lời</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Diện tích</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <source>Twinning and earlier agreements</source>
        <translation>Quan hệ kết nghĩa và các thỏa thuận đã có</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Xuất hiện tại</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Văn kiện</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Tên gốc</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan công tác</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Tiểu sử</translation>
    </message>
    <message>
        <source>Earlier contacts with us</source>
        <translation>Các lần tiếp xúc trước với phía ta</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>truy cập ngày {date}</translation>
    </message>
    <message>
        <source>a source not listed here</source>
        <translation>một nguồn không nêu tại đây</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Làm việc với</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Điều kiện lọc</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>tìm “{text}”</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>chỉ nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>tất cả nhiệm vụ</translation>
    </message>
    <message>
        <source>grouped by owner</source>
        <translation>theo đơn vị chủ trì</translation>
    </message>
    <message>
        <source>grouped by locality</source>
        <translation>theo địa phương</translation>
    </message>
    <message>
        <source>1 meeting recorded</source>
        <translation>1 cuộc gặp đã ghi nhận</translation>
    </message>
    <message>
        <source>{n} meetings recorded</source>
        <translation>{n} cuộc gặp đã ghi nhận</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa có thông tin</translation>
    </message>
    <message>
        <source>No owner recorded</source>
        <translation>Chưa xác định đơn vị chủ trì</translation>
    </message>
    <message>
        <source>No locality recorded</source>
        <translation>Chưa xác định địa phương</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có thông tin.</translation>
    </message>
    <message>
        <source>Members not recorded in the sources.</source>
        <translation>Nguồn tin không nêu thành phần đoàn.</translation>
    </message>
    <message>
        <source>1 item above this document&apos;s classification is not included.</source>
        <translation>1 nội dung có độ mật cao hơn tài liệu này không được đưa vào.</translation>
    </message>
    <message>
        <source>{n} items above this document&apos;s classification are not included.</source>
        <translation>{n} nội dung có độ mật cao hơn tài liệu này không được đưa vào.</translation>
    </message>
    <message>
        <source>No response prepared yet.</source>
        <translation>Chưa có đề xuất trả lời.</translation>
    </message>
    <message>
        <source>Sources disagree on this figure; each value is given with its source.</source>
        <translation>Các nguồn đưa số liệu khác nhau; mỗi số liệu được ghi kèm nguồn.</translation>
    </message>
    <message>
        <source>{venue} (venue of the event)</source>
        <translation>{venue} (địa điểm của sự kiện)</translation>
    </message>
    <message>
        <source>Text available in English only.</source>
        <translation>Văn bản chỉ có bằng tiếng Anh.</translation>
    </message>
    <message>
        <source>Text available in Vietnamese only.</source>
        <translation>Văn bản chỉ có bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>English texts: translation by the office.</source>
        <translation>Văn bản tiếng Anh: bản dịch của văn phòng.</translation>
    </message>
    <message>
        <source>Vietnamese texts: translation by the office.</source>
        <translation>Văn bản tiếng Việt: bản dịch của văn phòng.</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>CÔNG KHAI</translation>
    </message>
    <message>
        <source>INTERNAL</source>
        <translation>NỘI BỘ</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>MẬT</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Đã thống nhất</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Waiting on the counterpart</source>
        <translation>Chờ đối tác</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Đang vướng mắc</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Under discussion</source>
        <translation>Đang thảo luận</translation>
    </message>
    <message>
        <source>Agreed in principle</source>
        <translation>Đã thống nhất về nguyên tắc</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang có hiệu lực</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hiệu lực</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Đã chấm dứt</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>bilateral meeting</source>
        <translation>cuộc hội đàm song phương</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>buổi tiếp</translation>
    </message>
    <message>
        <source>plenary session</source>
        <translation>phiên toàn thể</translation>
    </message>
    <message>
        <source>courtesy call</source>
        <translation>buổi chào xã giao</translation>
    </message>
    <message>
        <source>thematic session</source>
        <translation>phiên chuyên đề</translation>
    </message>
    <message>
        <source>press conference</source>
        <translation>họp báo</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cuộc gặp</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Diễn đàn</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>Họp báo</translation>
    </message>
    <message>
        <source>Plenary session</source>
        <translation>Phiên toàn thể</translation>
    </message>
    <message>
        <source>Thematic session</source>
        <translation>Phiên chuyên đề</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Triển lãm</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Nhật Bản</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>centrally run city</source>
        <translation>thành phố trực thuộc trung ương</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>tỉnh (ken)</translation>
    </message>
    <message>
        <source>metropolis</source>
        <translation>đô (to)</translation>
    </message>
    <message>
        <source>circuit</source>
        <translation>đạo (dō)</translation>
    </message>
    <message>
        <source>urban prefecture</source>
        <translation>phủ (fu)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>thấp</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>bình thường</translation>
    </message>
    <message>
        <source>high</source>
        <translation>cao</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>khẩn</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>buổi sáng</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>buổi chiều</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>buổi tối</translation>
    </message>
    <message>
        <source>January</source>
        <translation>tháng 1</translation>
    </message>
    <message>
        <source>February</source>
        <translation>tháng 2</translation>
    </message>
    <message>
        <source>March</source>
        <translation>tháng 3</translation>
    </message>
    <message>
        <source>April</source>
        <translation>tháng 4</translation>
    </message>
    <message>
        <source>May</source>
        <translation>tháng 5</translation>
    </message>
    <message>
        <source>June</source>
        <translation>tháng 6</translation>
    </message>
    <message>
        <source>July</source>
        <translation>tháng 7</translation>
    </message>
    <message>
        <source>August</source>
        <translation>tháng 8</translation>
    </message>
    <message>
        <source>September</source>
        <translation>tháng 9</translation>
    </message>
    <message>
        <source>October</source>
        <translation>tháng 10</translation>
    </message>
    <message>
        <source>November</source>
        <translation>tháng 11</translation>
    </message>
    <message>
        <source>December</source>
        <translation>tháng 12</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Print briefing</source>
        <extracomment>The output formats by file extension (briefing.export.OutputFormat values), PDF first.</extracomment>
        <translation>In tài liệu</translation>
    </message>
    <message>
        <source>Cannot read the records</source>
        <translation>Không đọc được dữ liệu</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Tệp xuất</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Tài liệu Word (.docx)</translation>
    </message>
    <message>
        <source>Show a preview when it is written</source>
        <translation>Xem trước sau khi xuất</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Tệp xuất</translation>
    </message>
    <message>
        <source>Forma&amp;t:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Characters no font could print</source>
        <translation>Ký tự không phông chữ nào in được</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;Xuất PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Xem t&amp;rước</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Write Word file</source>
        <translation>&amp;Xuất tệp Word</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cannot write the briefing</source>
        <translation>Không xuất được tài liệu</translation>
    </message>
    <message>
        <source>Choose the file to write the briefing to.</source>
        <translation>Hãy chọn tệp để lưu tài liệu.</translation>
    </message>
    <message>
        <source>Choose what the briefing is about.</source>
        <translation>Hãy chọn đối tượng mà tài liệu đề cập.</translation>
    </message>
    <message>
        <source>Choose two different localities for a counterpart brief.</source>
        <translation>Hãy chọn hai địa phương khác nhau cho tài liệu về quan hệ hợp tác.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>Tệp {path} đã tồn tại.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Đang đọc dữ liệu…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Đang ghi tệp…</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>tài liệu Word</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} trang</translation>
    </message>
    <message>
        <source>Written: {path} ({pages}).</source>
        <translation>Đã xuất: {path} ({pages}).</translation>
    </message>
    <message>
        <source>Characters no shipped font has were printed as �; the record fields they are in ({n}):</source>
        <translation>Các ký tự không có trong phông chữ đi kèm đã được in thành �; các trường dữ liệu chứa các ký tự đó ({n}):</translation>
    </message>
    <message>
        <source>1 text had no Vietnamese version and is printed in English, marked.</source>
        <translation>1 văn bản chưa có bản tiếng Việt nên được in bằng tiếng Anh, có đánh dấu.</translation>
    </message>
    <message>
        <source>{n} texts had no Vietnamese version and are printed in English, marked.</source>
        <translation>{n} văn bản chưa có bản tiếng Việt nên được in bằng tiếng Anh, có đánh dấu.</translation>
    </message>
    <message>
        <source>1 text had no English version and is printed in Vietnamese, marked.</source>
        <translation>1 văn bản chưa có bản tiếng Anh nên được in bằng tiếng Việt, có đánh dấu.</translation>
    </message>
    <message>
        <source>{n} texts had no English version and are printed in Vietnamese, marked.</source>
        <translation>{n} văn bản chưa có bản tiếng Anh nên được in bằng tiếng Việt, có đánh dấu.</translation>
    </message>
    <message>
        <source>The briefing could not be written.</source>
        <translation>Không xuất được tài liệu.</translation>
    </message>
    <message>
        <source>Not written: {reason}</source>
        <translation>Chưa xuất được: {reason}</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Đã hủy. Chưa có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>BriefingLauncher</name>
    <message>
        <source>matching “{text}”</source>
        <extracomment>The page on show -&gt; the briefing File ▸ Print briefing… writes.</extracomment>
        <translation>khớp với “{text}”</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>of meeting {id}</source>
        <translation>thuộc cuộc gặp số {id}</translation>
    </message>
    <message>
        <source>owned by {owner}</source>
        <translation>do {owner} chủ trì</translation>
    </message>
    <message>
        <source>cooperation area: {area}</source>
        <translation>lĩnh vực hợp tác: {area}</translation>
    </message>
    <message>
        <source>due from {start} to {end}</source>
        <translation>thời hạn từ {start} đến {end}</translation>
    </message>
    <message>
        <source>due from {start}</source>
        <translation>thời hạn từ {start}</translation>
    </message>
    <message>
        <source>due until {end}</source>
        <translation>thời hạn đến {end}</translation>
    </message>
    <message>
        <source>classification: {levels}</source>
        <translation>mức độ mật: {levels}</translation>
    </message>
    <message>
        <source>The actions the list shows: {filters}.</source>
        <translation>Các nhiệm vụ đang hiển thị trong danh sách: {filters}.</translation>
    </message>
    <message>
        <source>All follow-up actions.</source>
        <translation>Tất cả nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>BriefingOptionsPanel</name>
    <message>
        <source>Classification level</source>
        <translation>Mức độ mật</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (Mỹ)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>Descriptions and assessment</source>
        <translation>Mô tả và nhận định</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>The follow-up actions&apos; comment threads: the office&apos;s working notes.</source>
        <translation>Chuỗi bình luận của các nhiệm vụ triển khai: ghi chép công tác nội bộ của cơ quan.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Printed on every page</source>
        <translation>In trên mọi trang</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người soạn</translation>
    </message>
    <message>
        <source>Offic&amp;ial format (Decree 30)</source>
        <translation>Thể thức văn bản &amp;hành chính (Nghị định 30)</translation>
    </message>
    <message>
        <source>A Vietnamese administrative document: agency, national title, number, recipients and signer, as set in Preferences.</source>
        <translation>Văn bản hành chính theo Nghị định 30/2020/NĐ-CP: cơ quan ban hành, quốc hiệu, số và ký hiệu, nơi nhận và người ký, như đã đặt trong Tùy chọn.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Mức độ mật:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Gồm các phần:</translation>
    </message>
    <message>
        <source>Nothing above this level is printed; the banner on every page shows it.</source>
        <translation>Không in nội dung có mức độ mật cao hơn mức này; mức này được ghi ở dải tiêu đề trên mỗi trang.</translation>
    </message>
    <message>
        <source>Page header and footer</source>
        <translation>Đầu trang và chân trang</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>P&amp;repared by:</source>
        <translation>Người &amp;soạn:</translation>
    </message>
    <message>
        <source>Set the issuing agency in Preferences to use the official format.</source>
        <translation>Hãy nhập cơ quan ban hành trong Tùy chọn để dùng thể thức văn bản hành chính.</translation>
    </message>
</context>
<context>
    <name>BriefingScopePicker</name>
    <message>
        <source>Briefing</source>
        <extracomment>the action list&apos;s filter, for the tracker a sentence describing that filter (shown in the dialog)</extracomment>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Kind of briefing</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Tài liệu phục vụ cuộc gặp</translation>
    </message>
    <message>
        <source>Delegation brief</source>
        <translation>Tài liệu về đoàn</translation>
    </message>
    <message>
        <source>Locality brief</source>
        <translation>Tài liệu về địa phương</translation>
    </message>
    <message>
        <source>Counterpart-pair brief</source>
        <translation>Tài liệu về quan hệ hợp tác giữa hai địa phương</translation>
    </message>
    <message>
        <source>Forum briefing book</source>
        <translation>Tài liệu tổng hợp diễn đàn</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Bảng theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>First locality</source>
        <translation>Địa phương thứ nhất</translation>
    </message>
    <message>
        <source>Counterpart locality</source>
        <translation>Địa phương đối tác</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Group actions by</source>
        <translation>Nhóm nhiệm vụ theo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Cuộc &amp;gặp:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>Đoà&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>Địa &amp;phương:</translation>
    </message>
    <message>
        <source>C&amp;ounterpart:</source>
        <translation>Đố&amp;i tác:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>Sự k&amp;iện:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Nhiệm vụ:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Nhóm t&amp;heo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>All follow-up actions.</source>
        <translation>Tất cả nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Calendar…</source>
        <translation>Lịch…</translation>
    </message>
    <message>
        <source>Pick a day in a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
</context>
<context>
    <name>ColleagueNote</name>
    <message>
        <source>Changed by a colleague: this is their version {version}.</source>
        <translation>Một đồng nghiệp đã thay đổi bản ghi này: đây là phiên bản {version} của họ.</translation>
    </message>
    <message>
        <source>Changed by a colleague (version {version}). Your changes are kept; saving will show both versions.</source>
        <translation>Một đồng nghiệp đã thay đổi bản ghi này (phiên bản {version}). Các thay đổi của bạn vẫn được giữ; khi lưu sẽ hiện cả hai phiên bản để bạn chọn.</translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <source>(edited)</source>
        <translation>(đã sửa)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Strike through</source>
        <translation>Gạch bỏ</translation>
    </message>
    <message>
        <source>Struck through by {who} on {when}</source>
        <translation>{who} đã gạch bỏ lúc {when}</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>No comments yet.</source>
        <translation>Chưa có bình luận nào.</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Bình luận mới</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter posts it)</source>
        <translation>Viết bình luận… (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Post comment</source>
        <translation>Gửi bình luận</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Chưa lưu được bình luận</translation>
    </message>
    <message>
        <source>Correcting your comment of {when} (possible for {minutes} minutes after writing it).</source>
        <translation>Đang sửa bình luận của bạn lúc {when} (chỉ sửa được trong {minutes} phút sau khi viết).</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Lưu bản sửa</translation>
    </message>
    <message>
        <source>Strike the comment through?</source>
        <translation>Gạch bỏ bình luận?</translation>
    </message>
    <message>
        <source>“{text}” stays in the thread, struck through.</source>
        <translation>“{text}” vẫn nằm trong chuỗi bình luận, ở dạng gạch bỏ.</translation>
    </message>
    <message>
        <source>Strike through</source>
        <translation>Gạch bỏ</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <extracomment>Columns of the comparison table. &quot;colleague, 16/03/2026 10:02&quot; for fields the other save changed; &quot;&quot; otherwise.</extracomment>
        <translation>Người khác đã sửa</translation>
    </message>
    <message>
        <source>“{what}” was saved by someone else after you opened it.</source>
        <translation>“{what}” đã được người khác lưu sau khi bạn mở.</translation>
    </message>
    <message>
        <source>Your version and the stored version, by field</source>
        <translation>Bản của bạn và bản đang lưu, theo từng trường</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Bản của bạn</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Bản đang lưu</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Người lưu</translation>
    </message>
    <message>
        <source>{field} (both)</source>
        <translation>{field} (cả hai bên)</translation>
    </message>
    <message>
        <source>(not changed by you)</source>
        <translation>(bạn không sửa)</translation>
    </message>
    <message>
        <source>Keep mine: save your changes over the stored version (their other changes stay).
Take theirs: throw your changes away and show the stored version.
Merge by hand: show the stored version with your changes on top, marked, without saving.</source>
        <translation>Giữ bản của tôi: lưu các thay đổi của bạn đè lên bản đang lưu (các thay đổi khác của người kia vẫn được giữ).
Lấy bản đang lưu: bỏ các thay đổi của bạn và hiển thị bản đang lưu.
Hợp nhất thủ công: hiển thị bản đang lưu kèm các thay đổi của bạn (có đánh dấu), chưa lưu.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Lấy bản đang lưu</translation>
    </message>
    <message>
        <source>&amp;Merge by hand</source>
        <translation>&amp;Hợp nhất thủ công</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Comments ({count})</source>
        <translation>Bình luận ({count})</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Tệp đính kèm ({count})</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. 25/11/2025</source>
        <translation>vd. 25/11/2025</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{month_name} {year}</source>
        <extracomment>How a due month or quarter reads ({month_name} is the month&apos;s name in the reader&apos;s language).</extracomment>
        <translation>{month_name}/{year}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>quý {quarter}/{year}</translation>
    </message>
</context>
<context>
    <name>DelegationPane</name>
    <message>
        <source>Select a delegation to see its head, members and meetings.</source>
        <translation>Chọn một đoàn để xem trưởng đoàn, thành viên và các cuộc gặp.</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên đoàn</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có thông tin.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Các cuộc gặp</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
</context>
<context>
    <name>DelegationTableModel</name>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Phía</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <extracomment>a PDF briefing on the shown record was asked for: (record kind, record id) the record kind of panes with a &quot;Print briefing…&quot; button the record (its id) is on show: loaded and rendered, or its error shown the id being read, None once it is shown</extracomment>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Print briefing…</source>
        <translation>In tài liệu…</translation>
    </message>
    <message>
        <source>Write a PDF briefing on this record, preview and print it</source>
        <translation>Tạo tài liệu PDF về mục này, xem trước và in</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Chọn một dòng để xem chi tiết.</translation>
    </message>
    <message>
        <source>This record cannot be shown: {reason}</source>
        <translation>Không thể hiển thị mục này: {reason}</translation>
    </message>
    <message>
        <source>details</source>
        <translation>chi tiết</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>e.g. 15/03/2026 or Q1/2026</source>
        <translation>vd. 15/03/2026 hoặc quý 1/2026</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>Mức chi tiết của thời hạn</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <source>No due date. Type 15/03/2026, 03/2026, Q1/2026 or 2026.</source>
        <translation>Không có hạn. Gõ 15/03/2026, tháng 3/2026, quý 1/2026 hoặc 2026.</translation>
    </message>
    <message>
        <source>Not a date yet: use 15/03/2026, 03/2026, Q1/2026 or 2026 (day first)</source>
        <translation>Chưa phải ngày: dùng 15/03/2026, tháng 3/2026, quý 1/2026 hoặc 2026 (ngày trước, tháng sau)</translation>
    </message>
    <message>
        <source>⚠ The year {year} is outside {first}–{last}: check it.</source>
        <translation>⚠ Năm {year} nằm ngoài {first}–{last}: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>{precision}: {start} – {end}</source>
        <translation>{precision}: {start} – {end}</translation>
    </message>
</context>
<context>
    <name>EditorHeading</name>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Có thay đổi chưa lưu</translation>
    </message>
</context>
<context>
    <name>EventCopyDialog</name>
    <message>
        <source>New event like this</source>
        <translation>Sự kiện mới theo mẫu này</translation>
    </message>
    <message>
        <source>A new event with the programme of “{name}”: its parts are copied with their dates moved by as many days as the start date moves. Meetings, facts, follow-up actions and outcomes are not copied.</source>
        <translation>Một sự kiện mới với chương trình của “{name}”: các phần của chương trình được sao chép, ngày được dời đi đúng bằng số ngày mà ngày bắt đầu dời đi. Các cuộc gặp, dữ kiện, nhiệm vụ triển khai và kết quả không được sao chép.</translation>
    </message>
    <message>
        <source>&amp;Name of the new event:</source>
        <translation>&amp;Tên sự kiện mới:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>Create the event</source>
        <translation>Tạo sự kiện</translation>
    </message>
    <message>
        <source>⚠ {field} {reason}</source>
        <translation>⚠ {field} {reason}</translation>
    </message>
    <message>
        <source>⚠ The new event needs a name.</source>
        <translation>⚠ Sự kiện mới cần có tên.</translation>
    </message>
</context>
<context>
    <name>EventPane</name>
    <message>
        <source>Select an event to see its programme, meetings and facts.</source>
        <translation>Chọn một sự kiện để xem chương trình, các cuộc gặp và dữ kiện của sự kiện đó.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Thuộc sự kiện</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
</context>
<context>
    <name>FactPane</name>
    <message>
        <source>Select a fact to see its value and sources.</source>
        <translation>Chọn một dữ kiện để xem giá trị và nguồn tham khảo của dữ kiện đó.</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
</context>
<context>
    <name>FallbackMark</name>
    <message>
        <source>Only in English</source>
        <translation>Chỉ có bản tiếng Anh</translation>
    </message>
    <message>
        <source>Only in Vietnamese</source>
        <translation>Chỉ có bản tiếng Việt</translation>
    </message>
    <message>
        <source>Only in {language}</source>
        <translation>Chỉ có bản {language}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Mức độ mật</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Thuộc sự kiện</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>the records its references name, by target (a RecordKind or Vocabulary value)</extracomment>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Các cuộc gặp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Buổi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức tổ chức</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Phiên dịch</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Báo chí</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Thông điệp chính</translation>
    </message>
    <message>
        <source>Expected asks</source>
        <translation>Đề nghị dự kiến của đối tác</translation>
    </message>
    <message>
        <source>Summary or minutes</source>
        <translation>Tóm tắt hoặc biên bản</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Các đề xuất</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Các đoàn</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Phía</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Arrives on</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Departs on</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Tên bằng chữ gốc</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Short biography</source>
        <translation>Tiểu sử tóm tắt</translation>
    </message>
    <message>
        <source>Classification of personal data</source>
        <translation>Mức độ mật của thông tin cá nhân</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Diện tích (km²)</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <source>Twinning and earlier agreements</source>
        <translation>Kết nghĩa và các thỏa thuận trước đây</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Classification of the profile</source>
        <translation>Độ mật của thông tin khái quát</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Văn kiện hợp tác</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn kiện hợp tác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Linked follow-up actions</source>
        <translation>Nhiệm vụ triển khai liên quan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Cơ quan xuất bản</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Địa chỉ URL</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Ngày truy cập</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dữ kiện</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Dữ kiện</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Đối tác</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Briefing desk</source>
        <translation>Chào mừng bạn đến với Briefing desk</translation>
    </message>
    <message>
        <source>Who are you? Your name is recorded in the history of every change you make and printed as “prepared by” on briefings; the office is printed on them too. Edit ▸ Preferences changes both later.</source>
        <translation>Bạn là ai? Tên của bạn được ghi vào lịch sử của mọi thay đổi bạn thực hiện và được in ở mục “Người soạn” trên tài liệu; tên cơ quan cũng được in trên tài liệu. Có thể đổi cả hai sau trong Sửa ▸ Tùy chọn.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Department of Foreign Affairs</source>
        <translation>Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Expected ask</source>
        <translation>Đề nghị dự kiến</translation>
    </message>
    <message>
        <source>Suggested response</source>
        <translation>Phương án trả lời đề xuất</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Field (empty: the whole record)</source>
        <translation>Trường (để trống: cả bản ghi)</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>is required: write it, or copy it from the {language} version</source>
        <translation>bắt buộc phải nhập — hãy viết, hoặc sao chép từ bản {language}</translation>
    </message>
    <message>
        <source>⚠ {field} {reason}</source>
        <translation>⚠ {field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {count} field(s) need attention.</source>
        <translation>Chưa lưu: {count} trường cần kiểm tra lại.</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <source>Preview — {name}</source>
        <translation>Xem trước — {name}</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Không hiển thị được ảnh này.</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite3 *.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json);;iCalendar (*.ics)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json);;iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Actions (*.xlsx *.csv *.json);;All files (*)</source>
        <translation>Danh sách nhiệm vụ (*.xlsx *.csv *.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>dòng {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>cột {column}</translation>
    </message>
    <message>
        <source>cell {cell}</source>
        <translation>ô {cell}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{file}: imported: {new} new, {updated} updated, {same} unchanged</source>
        <translation>{file}: đã nhập: {new} nhiệm vụ mới, {updated} nhiệm vụ được cập nhật, {same} không thay đổi</translation>
    </message>
    <message>
        <source>{file}: would import (dry run, nothing written): {new} new, {updated} updated, {same} unchanged</source>
        <translation>{file}: sẽ nhập (chạy thử, chưa ghi gì): {new} nhiệm vụ mới, {updated} nhiệm vụ được cập nhật, {same} không thay đổi</translation>
    </message>
    <message>
        <source>row {row}: new action: {title}</source>
        <translation>dòng {row}: nhiệm vụ mới: {title}</translation>
    </message>
    <message>
        <source>row {row}: action {id}: {changes}</source>
        <translation>dòng {row}: nhiệm vụ {id}: {changes}</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tiến độ nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the import; nothing is changed</source>
        <translation>Dừng nhập; dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backup written: {p}</source>
        <translation>Đã tạo bản sao lưu: {p}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Replace the open database with {p}?</source>
        <translation>Thay thế cơ sở dữ liệu đang mở bằng {p}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The backup is checked first; the current database is kept aside next to it.</source>
        <translation>Bản sao lưu sẽ được kiểm tra trước; cơ sở dữ liệu hiện tại được giữ lại thành một tệp riêng trong cùng thư mục.</translation>
    </message>
    <message>
        <source>Checking and restoring…</source>
        <translation>Đang kiểm tra và khôi phục…</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Restored from {p}. The replaced database was kept as {a}.</source>
        <translation>Đã khôi phục từ {p}. Cơ sở dữ liệu trước đó được lưu giữ tại {a}.</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Không thể khôi phục</translation>
    </message>
    <message>
        <source>Export actions</source>
        <translation>Xuất nhiệm vụ</translation>
    </message>
    <message>
        <source>Export nothing above this classification:</source>
        <translation>Mức độ mật cao nhất được xuất:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Exported {n} actions to {p}</source>
        <translation>Đã xuất {n} nhiệm vụ ra {p}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Đã hủy nhập: dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>Import actions</source>
        <translation>Nhập nhiệm vụ</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Không thể nhập</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Meeting: {meeting}</source>
        <translation>Cuộc gặp: {meeting}</translation>
    </message>
    <message>
        <source>Due: {due}</source>
        <translation>Thời hạn: {due}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Đơn vị chủ trì: {owner}</translation>
    </message>
    <message>
        <source>Counterpart: {counterpart}</source>
        <translation>Đối tác: {counterpart}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Đã thống nhất</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Waiting on the counterpart</source>
        <translation>Chờ đối tác</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Đang vướng mắc</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Biên tập viên</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Nhật Bản</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Tỉnh (ken)</translation>
    </message>
    <message>
        <source>Metropolis</source>
        <translation>Đô (to)</translation>
    </message>
    <message>
        <source>Circuit (Hokkaidō)</source>
        <translation>Đạo (dō, Hokkaidō)</translation>
    </message>
    <message>
        <source>Urban prefecture</source>
        <translation>Phủ (fu)</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Hội đàm song phương</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Buổi tiếp</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Phiên toàn thể</translation>
    </message>
    <message>
        <source>Courtesy call</source>
        <translation>Buổi chào xã giao</translation>
    </message>
    <message>
        <source>Thematic session</source>
        <translation>Phiên chuyên đề</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>Họp báo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Diễn đàn</translation>
    </message>
    <message>
        <source>Plenary session</source>
        <translation>Phiên toàn thể</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Triển lãm</translation>
    </message>
    <message>
        <source>Cooperation document</source>
        <translation>Văn kiện hợp tác</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Bản ghi nhớ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa thuận</translation>
    </message>
    <message>
        <source>Under discussion</source>
        <translation>Đang thảo luận</translation>
    </message>
    <message>
        <source>Agreed in principle</source>
        <translation>Đã thống nhất về nguyên tắc</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Có hiệu lực</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Đã chấm dứt</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Bộ</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Đại sứ quán</translation>
    </message>
    <message>
        <source>People&apos;s committee</source>
        <translation>Ủy ban nhân dân</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Chính phủ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Trường đại học</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Hiệp hội</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Buổi sáng</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Buổi chiều</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Buổi tối</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tài liệu tham khảo</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Field names (of the action history, and of the services&apos; field errors) -&gt; what is shown.</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Mức độ mật</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Comment struck through</source>
        <translation>Bình luận bị gạch bỏ</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>undo</source>
        <extracomment>The comments the services store in English with a change, by what they say.</extracomment>
        <translation>hoàn tác</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>làm lại</translation>
    </message>
    <message>
        <source>restored after it was deleted</source>
        <translation>khôi phục sau khi bị xóa</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>nhập từ {file}</translation>
    </message>
    <message>
        <source>Earlier notes</source>
        <translation>Ghi chú trước đây</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;New…</source>
        <extracomment>New… (a record of the page&apos;s kind) Edit… / Enter / F2 / double-click on a row: (record id) Delete / the Delete key on a row: (record id)</extracomment>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Chỉnh sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Create a record of this kind (Ctrl+N)</source>
        <translation>Tạo bản ghi mới thuộc loại này (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter, F2)</source>
        <translation>Sửa bản ghi đang chọn (Enter, F2)</translation>
    </message>
    <message>
        <source>Move the selected record to the trash (Delete)</source>
        <translation>Chuyển bản ghi đang chọn vào thùng rác (Delete)</translation>
    </message>
    <message>
        <source>{count} found for “{search}”</source>
        <translation>Tìm thấy {count} kết quả cho “{search}”</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>{count} mục</translation>
    </message>
</context>
<context>
    <name>LocalityPane</name>
    <message>
        <source>Select a locality to see its delegations, meetings and open actions.</source>
        <translation>Chọn một địa phương để xem các đoàn, cuộc gặp và nhiệm vụ đang triển khai.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có thông tin.</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(quá hạn)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Các đoàn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Các cuộc gặp</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn kiện hợp tác</translation>
    </message>
    <message>
        <source>Open follow-up actions</source>
        <translation>Nhiệm vụ đang triển khai</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Không có nhiệm vụ đang triển khai.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
</context>
<context>
    <name>LocalityTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Tên gốc</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Create a new database file (with the shipped forum data)</source>
        <translation>Tạo tệp cơ sở dữ liệu mới (kèm dữ liệu diễn đàn có sẵn)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Mở một tệp cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Là&amp;m lại</translation>
    </message>
    <message>
        <source>&amp;New follow-up action</source>
        <translation>&amp;Thêm nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Create a follow-up action (Ctrl+N)</source>
        <translation>Thêm mới một nhiệm vụ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the action being edited (Ctrl+S)</source>
        <translation>Lưu nhiệm vụ đang sửa (Ctrl+S)</translation>
    </message>
    <message>
        <source>Dupli&amp;cate action</source>
        <translation>&amp;Nhân bản nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Delete action…</source>
        <translation>&amp;Xóa nhiệm vụ…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Tìm &amp;kiếm…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Read everything again from the database (F5)</source>
        <translation>Tải lại toàn bộ dữ liệu từ cơ sở dữ liệu (F5)</translation>
    </message>
    <message>
        <source>&amp;Print briefing…</source>
        <translation>&amp;In tài liệu…</translation>
    </message>
    <message>
        <source>Write a PDF briefing on what is shown, preview and print it (Ctrl+P)</source>
        <translation>Xuất tài liệu PDF về nội dung đang hiển thị, xem trước và in (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Import actions…</source>
        <translation>&amp;Nhập nhiệm vụ…</translation>
    </message>
    <message>
        <source>&amp;Export actions…</source>
        <translation>&amp;Xuất nhiệm vụ…</translation>
    </message>
    <message>
        <source>Export the actions the action list shows (its search and filters)</source>
        <translation>Xuất các nhiệm vụ đang hiển thị trong danh sách (theo tìm kiếm và bộ lọc hiện tại)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>&amp;About Briefing desk</source>
        <translation>&amp;Giới thiệu Briefing desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>View ▸ one entry per page, Ctrl+1 … Ctrl+9 in the workspace&apos;s order</extracomment>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Hoàn tác: {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>Hoàn tác: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>Là&amp;m lại: {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Redo {what} (Ctrl+Shift+Z)</source>
        <translation>Làm lại: {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Làm lại (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Không thể làm lại</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Không thể hoàn tác</translation>
    </message>
    <message>
        <source>“{what}” was not redone: someone else saved the action since.</source>
        <translation>Không làm lại được “{what}”: đã có người khác lưu nhiệm vụ này sau đó.</translation>
    </message>
    <message>
        <source>“{what}” was not undone: someone else saved the action since.</source>
        <translation>Không hoàn tác được “{what}”: đã có người khác lưu nhiệm vụ này sau đó.</translation>
    </message>
    <message>
        <source>Doing it would overwrite their change, so nothing was changed.</source>
        <translation>Nếu thực hiện sẽ ghi đè lên thay đổi của người đó, vì vậy chưa có thay đổi nào được thực hiện.</translation>
    </message>
    <message>
        <source>“{what}” was not redone: {reason}</source>
        <translation>Không làm lại được “{what}”: {reason}</translation>
    </message>
    <message>
        <source>“{what}” was not undone: {reason}</source>
        <translation>Không hoàn tác được “{what}”: {reason}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Đã làm lại: {what}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Đã hoàn tác: {what}</translation>
    </message>
    <message>
        <source>Preferences saved. The other database opens when Briefing desk restarts.</source>
        <translation>Đã lưu tùy chọn. Cơ sở dữ liệu đã chọn sẽ được mở khi khởi động lại Briefing desk.</translation>
    </message>
    <message>
        <source>Preferences saved. The new language applies when Briefing desk restarts.</source>
        <translation>Đã lưu tùy chọn. Ngôn ngữ mới sẽ được áp dụng khi khởi động lại Briefing desk.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Đã lưu tùy chọn.</translation>
    </message>
    <message>
        <source>About Briefing desk</source>
        <translation>Giới thiệu Briefing desk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Who you are on the team server: your login, office role and clearance</source>
        <translation>Bạn là ai trên máy chủ nhóm: tên đăng nhập, vai trò và cấp được tiếp cận</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Cơ sở dữ liệu: {where}</translation>
    </message>
    <message>
        <source>{name}[*] — Briefing desk</source>
        <translation>{name}[*] — Briefing desk</translation>
    </message>
    <message>
        <source>Refreshed. The action being edited keeps your unsaved changes.</source>
        <translation>Đã tải lại. Nhiệm vụ đang sửa vẫn giữ các thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>{delegations} delegations · {meetings} meetings · {actions} follow-up actions ({overdue} overdue)</source>
        <translation>{delegations} đoàn · {meetings} cuộc gặp · {actions} nhiệm vụ ({overdue} quá hạn)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Tệp đã tồn tại</translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open database to open it.</source>
        <translation>Tệp {path} đã tồn tại. Để mở tệp này, hãy dùng Tệp ▸ Mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <extracomment>the size of a first start&apos;s window, on a screen with room for it</extracomment>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Opened {where}</source>
        <translation>Đã mở {where}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Briefing desk closes as soon as the database is ready…</source>
        <extracomment>the database is being opened, upgraded or backed up (app.py) the user closed the window meanwhile: the start ends once that is done</extracomment>
        <translation>Briefing desk sẽ đóng ngay khi cơ sở dữ liệu sẵn sàng…</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the app (a copy of the file is kept first)…</source>
        <translation>Đang nâng cấp cơ sở dữ liệu cho phiên bản này của ứng dụng (trước đó một bản sao của tệp được giữ lại)…</translation>
    </message>
</context>
<context>
    <name>MeetingPane</name>
    <message>
        <source>Follow-up actions of this meeting</source>
        <translation>Nhiệm vụ triển khai của cuộc gặp này</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Mở nhiệm vụ</translation>
    </message>
    <message>
        <source>New action for this meeting…</source>
        <translation>Thêm nhiệm vụ cho cuộc gặp này…</translation>
    </message>
    <message>
        <source>Select a meeting to see its parties, outcomes and follow-up actions.</source>
        <translation>Chọn một cuộc gặp để xem các bên, kết quả và nhiệm vụ triển khai.</translation>
    </message>
    <message>
        <source>Follow-up actions ({count})</source>
        <translation>Nhiệm vụ triển khai ({count})</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Mức độ mật</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có thông tin.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Các đề xuất</translation>
    </message>
    <message>
        <source>Agreed outcomes</source>
        <translation>Kết quả đã thống nhất</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên cuộc gặp</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>New member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Thay đổi thành viên</translation>
    </message>
    <message>
        <source>lan.nguyen</source>
        <translation>lan.nguyen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Without a password they log in as the server allows them (a .pgpass file, the server&apos;s own rules), or not until its administrator sets one.</source>
        <translation>Không có mật khẩu, họ đăng nhập theo cách máy chủ cho phép (tệp .pgpass, quy định riêng của máy chủ), hoặc chưa đăng nhập được cho tới khi quản trị viên máy chủ đặt mật khẩu.</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Office &amp;role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Cấp được tiếp cận:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <source>&amp;Members of the office…</source>
        <translation>Thành &amp;viên của cơ quan…</translation>
    </message>
    <message>
        <source>Add members, change their office role and clearance, remove them</source>
        <translation>Thêm thành viên, thay đổi vai trò và cấp được tiếp cận, gỡ bỏ thành viên</translation>
    </message>
    <message>
        <source>Only an administrator of the office manages its members</source>
        <translation>Chỉ quản trị viên của cơ quan mới quản lý được thành viên</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members of the office</source>
        <translation>Thành viên của cơ quan</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Office role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Cấp được tiếp cận</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Đăng nhập được</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>T&amp;hay đổi…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Gỡ bỏ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Chưa thêm</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Chưa thay đổi</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Gỡ bỏ thành viên</translation>
    </message>
    <message>
        <source>Remove {name} from the office&apos;s members?</source>
        <translation>Gỡ bỏ {name} khỏi danh sách thành viên của cơ quan?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>They can no longer read or change this database; their login stays on the server, and what they wrote stays in the history under their name.</source>
        <translation>Họ sẽ không xem hay thay đổi được cơ sở dữ liệu này nữa; tên đăng nhập vẫn còn trên máy chủ, và những gì họ đã viết vẫn ghi trong lịch sử dưới tên họ.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Chưa gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>MembersInput</name>
    <message>
        <source>Copy from {language}</source>
        <translation>Sao chép từ bản {language}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Người khác đã sửa</translation>
    </message>
    <message>
        <source>“{what}” was saved by someone else after you opened it.</source>
        <translation>“{what}” đã được người khác lưu sau khi bạn mở.</translation>
    </message>
    <message>
        <source>You started from version {mine}; version {theirs} is stored now. Nothing of yours is saved yet. {count} field(s) were changed by both of you.</source>
        <translation>Bạn bắt đầu từ phiên bản {mine}; phiên bản đang lưu là {theirs}. Chưa có thay đổi nào của bạn được lưu. {count} trường đã được cả hai bên sửa.</translation>
    </message>
    <message>
        <source>Your version and the stored version, by field</source>
        <translation>Bản của bạn và bản đang lưu, theo từng trường</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Bản của bạn</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Bản đang lưu</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Giá trị đã hợp nhất</translation>
    </message>
    <message>
        <source>{field} (both)</source>
        <translation>{field} (cả hai bên)</translation>
    </message>
    <message>
        <source>(not changed by you)</source>
        <translation>(bạn không sửa)</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>của bạn</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>của người kia</translation>
    </message>
    <message>
        <source>Save the merge: store the values in the Keep column now.
Edit in the form: show the merge in the form, marked, without saving.
Keep editing: change nothing (saving asks again).</source>
        <translation>Lưu bản hợp nhất: lưu ngay các giá trị ở cột Giữ.
Sửa trong biểu mẫu: đưa bản hợp nhất vào biểu mẫu, có đánh dấu, chưa lưu.
Tiếp tục sửa: không thay đổi gì (khi lưu sẽ được hỏi lại).</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>&amp;Lưu bản hợp nhất</translation>
    </message>
    <message>
        <source>&amp;Edit in the form</source>
        <translation>&amp;Sửa trong biểu mẫu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
    <message>
        <source>Keep for {field}</source>
        <translation>Giữ cho {field}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Của người kia</translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>Tự hợp nhất</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>follow-up action {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>nhiệm vụ {id} đã được người khác sửa (bạn đang sửa phiên bản {expected}, phiên bản hiện tại là {actual}); hãy tải lại rồi thực hiện lại thay đổi của bạn</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>không ghi được {path}: đây là một thư mục</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>không ghi được {path}: thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <source>needs a due date to repeat</source>
        <translation>cần có hạn thì mới lặp lại được</translation>
    </message>
    <message>
        <source>is not a real date: &apos;{text}&apos;</source>
        <translation>“{text}” không phải là ngày có thật</translation>
    </message>
    <message>
        <source>must look like 2026-03-15, 2026-03, 2026-Q1 or 2026 (got &apos;{text}&apos;)</source>
        <translation>phải có dạng 2026-03-15, 2026-03, 2026-Q1 hoặc 2026 (giá trị: “{text}”)</translation>
    </message>
    <message>
        <source>cannot go from {old} to {new} directly: an action is agreed or in progress before it is done</source>
        <translation>không thể chuyển trực tiếp từ {old} sang {new}: nhiệm vụ phải ở trạng thái Đã thống nhất hoặc Đang thực hiện trước khi chuyển sang Đã hoàn thành</translation>
    </message>
    <message>
        <source>is required</source>
        <extracomment>The Combining Diacritical Marks block (see _is_latin_diacritic) and the forbidden controls (see _is_forbidden_control) as patterns: an import folds and checks every character of every cell, so these loops run in C.</extracomment>
        <translation>bắt buộc phải nhập</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>phải là văn bản</translation>
    </message>
    <message>
        <source>contains a control character ({code}) at position {position}</source>
        <translation>chứa ký tự điều khiển ({code}) tại vị trí {position}</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {limit})</source>
        <translation>quá dài ({length} ký tự; tối đa {limit})</translation>
    </message>
    <message>
        <source>refers to a locality that no longer exists</source>
        <extracomment>The `field` of the history row written when an action is created, duplicated or restored. versions of the texts in other languages by key (&quot;title_vi&quot;: text; see action_versions) the versions of its texts in other languages (the model&apos;s `translations`) Why an owner or counterpart is refused, by the kind of record it names.</extracomment>
        <translation>tham chiếu đến một địa phương không còn tồn tại</translation>
    </message>
    <message>
        <source>refers to an organisation that no longer exists</source>
        <translation>tham chiếu đến một cơ quan, tổ chức không còn tồn tại</translation>
    </message>
    <message>
        <source>refers to a person that no longer exists</source>
        <translation>tham chiếu đến một nhân vật không còn tồn tại</translation>
    </message>
    <message>
        <source>include an unknown area</source>
        <extracomment>Versions of the texts in other languages by key (&quot;title_vi&quot;: text, None removes it); a version not named is not touched (services.action_versions). A comment added to the action&apos;s thread with the save (the CLI&apos;s --note).</extracomment>
        <translation>có lĩnh vực không có trong danh mục</translation>
    </message>
    <message>
        <source>does not exist (id {id})</source>
        <translation>không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <extracomment>How a duplicate&apos;s title says it is a copy, in each language.</extracomment>
        <translation>{title} (bản sao)</translation>
    </message>
    <message>
        <source>there is no follow-up action with id {id}</source>
        <translation>không có nhiệm vụ nào có mã {id}</translation>
    </message>
    <message>
        <source>cannot restore action {id}: its meeting no longer exists</source>
        <extracomment>the `field` of the history rows that link the occurrences of a recurring action</extracomment>
        <translation>không thể khôi phục nhiệm vụ {id}: cuộc gặp của nhiệm vụ này không còn tồn tại</translation>
    </message>
    <message>
        <source>meeting {id} is classified {classification}; a {level} briefing cannot include it</source>
        <translation>cuộc gặp {id} được phân loại {classification}; không thể đưa vào tài liệu ở mức {level}</translation>
    </message>
    <message>
        <source>there is no meeting with id {id}</source>
        <translation>không có cuộc gặp nào có mã {id}</translation>
    </message>
    <message>
        <source>there is no delegation with id {id}</source>
        <translation>không có đoàn nào có mã {id}</translation>
    </message>
    <message>
        <source>give one locality, or two different localities for a pair</source>
        <translation>hãy chọn một địa phương, hoặc hai địa phương khác nhau cho tài liệu về quan hệ hợp tác</translation>
    </message>
    <message>
        <source>there is no locality with id {id}</source>
        <extracomment>One whole sentence per kind of record, so a translation never holds an English noun.</extracomment>
        <translation>không có địa phương nào có mã {id}</translation>
    </message>
    <message>
        <source>there is no event with id {id}</source>
        <translation>không có sự kiện nào có mã {id}</translation>
    </message>
    <message>
        <source>there is no agreement with id {id}</source>
        <translation>không có văn kiện hợp tác nào có mã {id}</translation>
    </message>
    <message>
        <source>there is no person with id {id}</source>
        <translation>không có nhân vật nào có mã {id}</translation>
    </message>
    <message>
        <source>there is no source with id {id}</source>
        <translation>không có nguồn nào có mã {id}</translation>
    </message>
    <message>
        <source>there is no fact with id {id}</source>
        <translation>không có dữ kiện nào có mã {id}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <extracomment>Calendar dates and clock times exactly as JSON carries them (not ISO weeks or &quot;2026-1-5&quot;). A key `show --json` prints beside the fields (display names, counts …): accepted on input so that a shown record can be edited and saved back, and ignored.</extracomment>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <source>must be between 1 and {largest} (got a number of {digits} digits)</source>
        <translation>phải nằm trong khoảng từ 1 đến {largest} (giá trị là một số có {digits} chữ số)</translation>
    </message>
    <message>
        <source>must be a whole number (got {value})</source>
        <translation>phải là số nguyên (giá trị: {value})</translation>
    </message>
    <message>
        <source>must be between 1 and {largest} (got {number})</source>
        <translation>phải nằm trong khoảng từ 1 đến {largest} (giá trị: {number})</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>phải là một trong các giá trị: {choices}</translation>
    </message>
    <message>
        <source>unknown {name} &apos;{value}&apos; (choose from {choices})</source>
        <translation>giá trị {name} “{value}” không hợp lệ (chọn một trong các giá trị: {choices})</translation>
    </message>
    <message>
        <source>is set but due_date is empty</source>
        <translation>có giá trị nhưng cột due_date để trống</translation>
    </message>
    <message>
        <source>has a time of day ({value}); give a date</source>
        <translation>có kèm giờ ({value}); hãy chỉ nhập ngày</translation>
    </message>
    <message>
        <source>must look like 2026-03-15, 2026-03, 2026-Q1 or 2026 (got {value})</source>
        <translation>phải có dạng 2026-03-15, 2026-03, 2026-Q1 hoặc 2026 (giá trị: {value})</translation>
    </message>
    <message>
        <source>is {precision}, but the due date &apos;{value}&apos; is a {own}</source>
        <translation>là {precision}, nhưng thời hạn “{value}” lại có mức chi tiết là {own}</translation>
    </message>
    <message>
        <source>{date} is not the first day of a {precision}: write {start} or set due_precision to day</source>
        <translation>{date} không phải là ngày đầu tiên của {precision}: hãy ghi {start} hoặc đặt due_precision là day</translation>
    </message>
    <message>
        <source>unknown {column}: no locality, organisation or person &apos;{name}&apos;</source>
        <extracomment>the party&apos;s name in each language that has one (English first)</extracomment>
        <translation>không xác định được {column}: không có địa phương, tổ chức hoặc nhân vật nào tên “{name}”</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is ambiguous; it could be: {names}</source>
        <translation>“{text}” chưa rõ là đối tượng nào; có thể là: {names}</translation>
    </message>
    <message>
        <source>unknown {column}: no {kind} with id {id}</source>
        <translation>không xác định được {column}: không có {kind} nào có mã {id}</translation>
    </message>
    <message>
        <source>unknown cooperation area {names}</source>
        <translation>lĩnh vực hợp tác không có trong danh mục: {names}</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text (byte 0x{byte} at character {position}); save the file as “CSV UTF-8”</source>
        <translation>dòng {line}: không phải văn bản UTF-8 (byte 0x{byte} tại ký tự thứ {position}); hãy lưu tệp dưới dạng “CSV UTF-8”</translation>
    </message>
    <message>
        <source>unknown column; the columns are {columns}</source>
        <translation>cột không xác định; các cột hợp lệ là: {columns}</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>cột bị lặp lại</translation>
    </message>
    <message>
        <source>the header needs an id or a title column</source>
        <translation>dòng tiêu đề phải có cột id hoặc cột title</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({reason}); check the quotes from that line on</source>
        <translation>dòng {line}: không đọc được dưới dạng CSV ({reason}); hãy kiểm tra các dấu ngoặc kép từ dòng đó trở đi</translation>
    </message>
    <message>
        <source>the file is empty (a header row is needed)</source>
        <translation>tệp trống (cần có dòng tiêu đề)</translation>
    </message>
    <message>
        <source>the row has {count} values but the header has {columns} columns; a quote or a separator is probably missing</source>
        <translation>dòng có {count} giá trị nhưng dòng tiêu đề có {columns} cột; có lẽ thiếu một dấu ngoặc kép hoặc một dấu phân cách</translation>
    </message>
    <message>
        <source>a value outside the header&apos;s columns</source>
        <translation>có giá trị nằm ngoài các cột của dòng tiêu đề</translation>
    </message>
    <message>
        <source>unknown export format &apos;{format}&apos; (choose from {choices})</source>
        <translation>định dạng xuất “{format}” không hợp lệ (chọn một trong các định dạng: {choices})</translation>
    </message>
    <message>
        <source>cannot import {name}: give a {choices} file</source>
        <translation>không thể nhập {name}: hãy chọn tệp có định dạng {choices}</translation>
    </message>
    <message>
        <source>duplicate id {id}: row {row} already has it</source>
        <translation>id {id} bị trùng: dòng {row} đã có id này</translation>
    </message>
    <message>
        <source>needs a due_date column beside it</source>
        <translation>cần có cột due_date đi kèm</translation>
    </message>
    <message>
        <source>is needed beside an id (export again to get the versions)</source>
        <translation>bắt buộc phải có khi dòng có id (hãy xuất lại để có số phiên bản)</translation>
    </message>
    <message>
        <source>stale version: the file has version {version}, action {id} is now at version {current} (someone changed it since the export); export again and redo the change</source>
        <translation>phiên bản đã cũ: tệp ghi phiên bản {version}, nhiệm vụ {id} hiện đã ở phiên bản {current} (đã có người sửa sau khi xuất); hãy xuất lại và thực hiện lại thay đổi</translation>
    </message>
    <message>
        <source>an import cannot move action {id} to another meeting (it belongs to meeting {meeting})</source>
        <translation>không thể dùng chức năng nhập để chuyển nhiệm vụ {id} sang cuộc gặp khác (nhiệm vụ thuộc cuộc gặp {meeting})</translation>
    </message>
    <message>
        <source>is needed for a new action (a row without an id)</source>
        <translation>bắt buộc phải có đối với nhiệm vụ mới (dòng không có id)</translation>
    </message>
    <message>
        <source>is required for a new action</source>
        <translation>bắt buộc phải nhập đối với nhiệm vụ mới</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>không tìm thấy tệp {path}</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a file of at most {limit} MB can be attached</source>
        <extracomment>records whose threads one statement forgets (SQLite binds at most 32,766 values)</extracomment>
        <translation>{name} có dung lượng {size} MB; chỉ đính kèm được tệp tối đa {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>there is no attachment with id {id}</source>
        <translation>không có tệp đính kèm nào có mã {id}</translation>
    </message>
    <message>
        <source>the file holds no actions</source>
        <translation>tệp không có nhiệm vụ nào</translation>
    </message>
    <message>
        <source>the database refused the rows: {reason}</source>
        <translation>cơ sở dữ liệu từ chối các dòng dữ liệu: {reason}</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text (JSON must be UTF-8)</source>
        <extracomment>Keys written for people and other programs, ignored on import. Keys read as they are (lists of objects), merged into the action&apos;s thread and files.</extracomment>
        <translation>dòng {line}: không phải văn bản UTF-8 (tệp JSON phải dùng mã UTF-8)</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line})</source>
        <translation>không phải JSON hợp lệ: {reason} (dòng {line})</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object; keep one of them</source>
        <translation>khóa {key} xuất hiện hai lần trong cùng một đối tượng; hãy chỉ giữ lại một</translation>
    </message>
    <message>
        <source>a number has more than {limit} digits; no value is that large</source>
        <translation>có một số dài hơn {limit} chữ số; không giá trị nào lớn đến vậy</translation>
    </message>
    <message>
        <source>not a {expected} file: {found}</source>
        <translation>không phải tệp {expected}: {found}</translation>
    </message>
    <message>
        <source>expected a list of actions (or {&quot;actions&quot;: [...]})</source>
        <translation>cần có danh sách nhiệm vụ (hoặc {&quot;actions&quot;: [...]})</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>không phải là đối tượng JSON</translation>
    </message>
    <message>
        <source>unknown field</source>
        <extracomment>key -&gt; (field, language), for every translated field of an action and every other language The keys, each right after the field it translates (&quot;title&quot;, &quot;title_vi&quot;, …).</extracomment>
        <translation>trường không xác định</translation>
    </message>
    <message>
        <source>arrays and objects nest more than {limit} levels deep; an export has 5</source>
        <translation>mảng và đối tượng lồng nhau sâu hơn {limit} cấp; một tệp xuất chỉ có 5 cấp</translation>
    </message>
    <message>
        <source>import of {source} refused, nothing was changed: 0 problems; unknown problem</source>
        <translation>không thể nhập {source}, dữ liệu không bị thay đổi: 0 lỗi; lỗi không xác định</translation>
    </message>
    <message>
        <source>import of {source} refused, nothing was changed: 1 problem; {first}</source>
        <translation>không thể nhập {source}, dữ liệu không bị thay đổi: 1 lỗi; {first}</translation>
    </message>
    <message>
        <source>import of {source} refused, nothing was changed: {count} problems; {first} (and {more} more)</source>
        <translation>không thể nhập {source}, dữ liệu không bị thay đổi: {count} lỗi; {first} (và {more} lỗi khác)</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx) this app can read: {reason}</source>
        <extracomment>Drop-downs reach this many rows below the header, so added rows get them too. What openpyxl raises for a damaged workbook: a broken zip, malformed or hostile XML (defusedxml refuses entity declarations), parts that are missing or of the wrong type.</extracomment>
        <translation>không phải bảng tính Excel (.xlsx) mà ứng dụng này đọc được: {reason}</translation>
    </message>
    <message>
        <source>the workbook cannot be read: {reason}</source>
        <translation>không đọc được bảng tính: {reason}</translation>
    </message>
    <message>
        <source>the sheet is empty (a header row is needed)</source>
        <translation>trang tính trống (cần có dòng tiêu đề)</translation>
    </message>
    <message>
        <source>there is no organisation with id {id}</source>
        <translation>không có cơ quan, tổ chức nào có mã {id}</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>cần nhập tên</translation>
    </message>
    <message>
        <source>matches no locality, organisation or person: &apos;{text}&apos;</source>
        <translation>không khớp với địa phương, tổ chức hoặc nhân vật nào: “{text}”</translation>
    </message>
    <message>
        <source>this database is on a server: back it up and restore it with pg_dump and pg_restore there (this app copies SQLite files only)</source>
        <translation>cơ sở dữ liệu này nằm trên máy chủ: hãy sao lưu và khôi phục bằng pg_dump và pg_restore trên máy chủ đó (ứng dụng này chỉ sao chép tệp SQLite)</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the database it copies</source>
        <translation>bản sao lưu không được ghi đè lên chính cơ sở dữ liệu được sao lưu</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name</source>
        <translation>{path} đã tồn tại; hãy chọn tên tệp khác</translation>
    </message>
    <message>
        <source>backup to {path} failed: {reason}</source>
        <translation>sao lưu vào {path} không thành công: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a database this app can read ({reason})</source>
        <translation>{path} không phải là cơ sở dữ liệu mà ứng dụng này đọc được ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged: unreadable</source>
        <translation>{path} bị hỏng: không đọc được</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} bị hỏng: {reason}</translation>
    </message>
    <message>
        <source>that backup is the database itself</source>
        <translation>bản sao lưu này chính là cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <source>restore from {path} failed: {reason}</source>
        <translation>khôi phục từ {path} không thành công: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a complete Briefing desk backup ({missing}); nothing was restored</source>
        <translation>{path} không phải là bản sao lưu Briefing desk đầy đủ ({missing}); không có gì được khôi phục</translation>
    </message>
    <message>
        <source>cannot create the database {path}: its folder cannot be made ({reason})</source>
        <translation>không tạo được cơ sở dữ liệu {path}: không tạo được thư mục chứa ({reason})</translation>
    </message>
    <message>
        <source>cannot create the database {path}: {reason}</source>
        <translation>không tạo được cơ sở dữ liệu {path}: {reason}</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <extracomment>The key of the advisory lock a write transaction holds on a PostgreSQL server.</extracomment>
        <translation>không có cơ sở dữ liệu tại {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} là thư mục, không phải tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>not a database URL this app understands: {reason}</source>
        <translation>URL cơ sở dữ liệu không hợp lệ đối với ứng dụng này: {reason}</translation>
    </message>
    <message>
        <source>the database driver &apos;{driver}&apos; is not installed; for PostgreSQL install briefing-desk[postgres]</source>
        <translation>chưa cài đặt trình điều khiển cơ sở dữ liệu “{driver}”; để dùng PostgreSQL, hãy cài đặt briefing-desk[postgres]</translation>
    </message>
    <message>
        <source>{database} failed the integrity check: {problems}</source>
        <translation>{database} không vượt qua bước kiểm tra tính toàn vẹn: {problems}</translation>
    </message>
    <message>
        <source>{database} has schema {current}, this app expects {head}: run `db upgrade` (a backup is taken first)</source>
        <translation>{database} đang ở lược đồ {current}, ứng dụng này cần lược đồ {head}: hãy chạy `db upgrade` (bản sao lưu sẽ được tạo trước)</translation>
    </message>
    <message>
        <source>restore takes a backup file</source>
        <translation>chỉ khôi phục được từ một tệp sao lưu</translation>
    </message>
    <message>
        <source>{path} is an empty database, not a Briefing desk backup</source>
        <translation>{path} là cơ sở dữ liệu trống, không phải bản sao lưu của Briefing desk</translation>
    </message>
    <message>
        <source>{database} is not a database this app can read</source>
        <translation>{database} không phải là cơ sở dữ liệu mà ứng dụng này đọc được</translation>
    </message>
    <message>
        <source>{database} is a database, but not a Briefing desk one</source>
        <translation>{database} là cơ sở dữ liệu nhưng không phải của Briefing desk</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of Briefing desk (schema {current}; this version knows up to {head}): update the app or open another file</source>
        <translation>{database} được tạo bởi phiên bản Briefing desk mới hơn (lược đồ {current}; phiên bản này chỉ hỗ trợ đến lược đồ {head}): hãy cập nhật ứng dụng hoặc mở tệp khác</translation>
    </message>
    <message>
        <source>cannot upgrade {database}: {reason}</source>
        <translation>không nâng cấp được {database}: {reason}</translation>
    </message>
    <message>
        <source>{file}: not valid UTF-8 JSON: {reason}</source>
        <extracomment>app_meta key prefix marking a seeded record the user deleted: a later dataset must not bring it back. Kinds in the order they must be created (each refers only to kinds above it).</extracomment>
        <translation>{file}: không phải JSON UTF-8 hợp lệ: {reason}</translation>
    </message>
    <message>
        <source>{file}: {where}: {reason}</source>
        <translation>{file}: {where}: {reason}</translation>
    </message>
    <message>
        <source>duplicate {kind} keys in the dataset: {keys}</source>
        <translation>bộ dữ liệu có khóa {kind} bị trùng: {keys}</translation>
    </message>
    <message>
        <source>{record} refers to an unknown {table} key &apos;{key}&apos;</source>
        <extracomment>the records this run created, with the dataset item of each</extracomment>
        <translation>{record} tham chiếu đến khóa “{key}” không có trong bảng {table}</translation>
    </message>
    <message>
        <source>{record} refers to an unknown locality, organisation or person &apos;{key}&apos;</source>
        <translation>{record} tham chiếu đến địa phương, tổ chức hoặc nhân vật không xác định “{key}”</translation>
    </message>
    <message>
        <source>{kind} {key}: {reason}</source>
        <translation>{kind} {key}: {reason}</translation>
    </message>
    <message>
        <source>cannot sort by &apos;{name}&apos;; choose from {choices}</source>
        <translation>không thể sắp xếp theo “{name}”; hãy chọn một trong: {choices}</translation>
    </message>
    <message>
        <source>{name} has {size} MB; an import takes at most {limit} MB: split it</source>
        <extracomment>Actions (rows or records) in one import. Columns of a CSV or XLSX sheet (the export writes 20). Characters in one cell or JSON value (Excel&apos;s own limit for a cell). Nesting of arrays and objects in a JSON file (an export needs 5). Digits in a JSON number (the database&apos;s largest integer has 19).</extracomment>
        <translation>{name} có dung lượng {size} MB; mỗi lần nhập tối đa {limit} MB: hãy chia nhỏ tệp</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; an import takes at most {limit}: split it</source>
        <extracomment>Too many rows, as the reader found them; the values are `limit` (MAX_ROWS).</extracomment>
        <translation>tệp có hơn {limit} dòng; mỗi lần nhập tối đa {limit} dòng: hãy chia nhỏ tệp</translation>
    </message>
    <message>
        <source>the header has {count} columns; an import takes at most {limit}</source>
        <extracomment>Too many columns; `count` found, `limit` allowed.</extracomment>
        <translation>dòng tiêu đề có {count} cột; mỗi lần nhập tối đa {limit} cột</translation>
    </message>
    <message>
        <source>has {count} characters; a cell holds at most {limit}</source>
        <extracomment>A cell over MAX_CELL_CHARS.</extracomment>
        <translation>có {count} ký tự; mỗi ô chứa tối đa {limit} ký tự</translation>
    </message>
    <message>
        <source>the JSON names {key} twice</source>
        <extracomment>The largest record JSON read (a meeting with long minutes is well under 1 MB).</extracomment>
        <translation>tệp JSON ghi {key} hai lần</translation>
    </message>
    <message>
        <source>the JSON is larger than {limit} bytes</source>
        <translation>tệp JSON lớn hơn {limit} byte</translation>
    </message>
    <message>
        <source>the JSON is not UTF-8 text (byte {position})</source>
        <translation>tệp JSON không phải văn bản UTF-8 (byte {position})</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}): {reason}</source>
        <translation>không phải JSON hợp lệ (dòng {line}, cột {column}): {reason}</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>tệp JSON lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>the JSON must be one object with the record&apos;s fields</source>
        <translation>tệp JSON phải là một đối tượng chứa các trường của bản ghi</translation>
    </message>
    <message>
        <source>--like copies events only</source>
        <translation>--like chỉ sao chép được sự kiện</translation>
    </message>
    <message>
        <source>event {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <extracomment>One whole sentence per kind, so a translation never holds an English noun.</extracomment>
        <translation>sự kiện {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>meeting {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>cuộc gặp {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>delegation {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>đoàn {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>person {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>nhân vật {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>organisation {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>cơ quan, tổ chức {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>locality {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>địa phương {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>agreement {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>văn kiện hợp tác {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>source {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>nguồn tham khảo {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>fact {id} was changed by someone else (you had version {expected}, it is now version {actual}); reload it and apply your change again</source>
        <translation>dữ kiện {id} đã được người khác sửa (bạn có phiên bản {expected}, hiện là phiên bản {actual}); hãy tải lại rồi sửa lại</translation>
    </message>
    <message>
        <source>is already used by another record: {label} (id {id})</source>
        <translation>đã được một bản ghi khác sử dụng: {label} (mã {id})</translation>
    </message>
    <message>
        <source>would make the record part of itself</source>
        <translation>sẽ khiến bản ghi trở thành một phần của chính nó</translation>
    </message>
    <message>
        <source>is before {start} ({date})</source>
        <translation>sớm hơn {start} ({date})</translation>
    </message>
    <message>
        <source>{count} meeting(s) belong to it; delete them or move them elsewhere first</source>
        <extracomment>Tables of records with an identity of their own (a row there is never a mere link). A link table&apos;s rows are a list field of the record at their other end: removing a row (a person deleted) changes that field of that record. One whole sentence per kind of dependant that blocks a delete.</extracomment>
        <translation>có {count} cuộc gặp thuộc bản ghi này; hãy xóa hoặc chuyển chúng sang nơi khác trước</translation>
    </message>
    <message>
        <source>{count} delegation(s) belong to it; delete them or move them elsewhere first</source>
        <translation>có {count} đoàn thuộc bản ghi này; hãy xóa hoặc chuyển chúng sang nơi khác trước</translation>
    </message>
    <message>
        <source>{count} follow-up action(s) belong to it; delete them or move them elsewhere first</source>
        <translation>có {count} nhiệm vụ triển khai thuộc bản ghi này; hãy xóa hoặc chuyển chúng sang nơi khác trước</translation>
    </message>
    <message>
        <source>{count} fact(s) belong to it; delete them or move them elsewhere first</source>
        <translation>có {count} dữ kiện thuộc bản ghi này; hãy xóa hoặc chuyển chúng sang nơi khác trước</translation>
    </message>
    <message>
        <source>cannot restore it: it needs {table} {id}, which no longer exists; restore that first</source>
        <translation>không khôi phục được: bản ghi cần {table} {id}, hiện không còn; hãy khôi phục bản ghi đó trước</translation>
    </message>
    <message>
        <source>the trash holds no {kind} with id {id}</source>
        <translation>thùng rác không có {kind} nào có mã {id}</translation>
    </message>
    <message>
        <source>cannot restore it: id {id} is taken by another record of that kind</source>
        <translation>không khôi phục được: mã {id} đã được một bản ghi cùng loại sử dụng</translation>
    </message>
    <message>
        <source>is not a valid id: {value}</source>
        <translation>không phải mã hợp lệ: {value}</translation>
    </message>
    <message>
        <source>comment {number} needs an author, a time (written_at) and a text</source>
        <translation>bình luận {number} cần có người viết, thời điểm (written_at) và nội dung</translation>
    </message>
    <message>
        <source>comment {number}: text_translations must be an object of the languages {languages} and their texts</source>
        <translation>bình luận {number}: text_translations phải là một đối tượng gồm các ngôn ngữ {languages} và văn bản của chúng</translation>
    </message>
    <message>
        <source>attachment {number} needs a file_name, added_by, added_at and content_base64</source>
        <translation>tệp đính kèm {number} cần có file_name, added_by, added_at và content_base64</translation>
    </message>
    <message>
        <source>attachment {number}: the content does not match its sha256</source>
        <translation>tệp đính kèm {number}: nội dung không khớp với mã sha256 của tệp</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <source>has more than 1,000 items</source>
        <translation>có hơn 1.000 mục</translation>
    </message>
    <message>
        <source>must be a list of objects with the keys {keys}</source>
        <translation>phải là danh sách các đối tượng có khóa {keys}</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>phải là số nguyên, từ 0 trở lên</translation>
    </message>
    <message>
        <source>must be a number, 0 or more</source>
        <translation>phải là một số, từ 0 trở lên</translation>
    </message>
    <message>
        <source>must be a date like 2026-11-25: {value}</source>
        <translation>phải là ngày dạng 2026-11-25: {value}</translation>
    </message>
    <message>
        <source>must be a time like 14:30: {value}</source>
        <translation>phải là giờ dạng 14:30: {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}: {value}</source>
        <translation>phải là một trong {choices}: {value}</translation>
    </message>
    <message>
        <source>must be an object with date and precision</source>
        <translation>phải là đối tượng có date và precision</translation>
    </message>
    <message>
        <source>must be like {example}</source>
        <translation>phải có dạng {example}</translation>
    </message>
    <message>
        <source>must be an object with kind (locality, organisation, person) and id</source>
        <translation>phải là đối tượng có kind (locality, organisation, person) và id</translation>
    </message>
    <message>
        <source>is required in English too: write it, or copy the Vietnamese text there until it is translated</source>
        <translation>cũng phải có bản tiếng Anh: hãy nhập, hoặc chép văn bản tiếng Việt sang đó cho đến khi được dịch</translation>
    </message>
    <message>
        <source>is not a field of this kind of record</source>
        <translation>không phải là trường của loại bản ghi này</translation>
    </message>
    <message>
        <source>refers to no event with id {id}</source>
        <extracomment>One whole sentence per target, so a translation never holds an English noun.</extracomment>
        <translation>trỏ tới sự kiện không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no meeting with id {id}</source>
        <translation>trỏ tới cuộc gặp không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no delegation with id {id}</source>
        <translation>trỏ tới đoàn không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no person with id {id}</source>
        <translation>trỏ tới nhân vật không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no organisation with id {id}</source>
        <translation>trỏ tới cơ quan, tổ chức không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no locality with id {id}</source>
        <translation>trỏ tới địa phương không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no agreement with id {id}</source>
        <translation>trỏ tới văn kiện hợp tác không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no source with id {id}</source>
        <translation>trỏ tới nguồn tham khảo không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no fact with id {id}</source>
        <translation>trỏ tới dữ kiện không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no follow-up action with id {id}</source>
        <translation>trỏ tới nhiệm vụ triển khai không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>refers to no cooperation area with id {id}</source>
        <translation>trỏ tới lĩnh vực hợp tác không tồn tại (mã {id})</translation>
    </message>
    <message>
        <source>names a field the record does not have: {name}</source>
        <translation>ghi một trường mà bản ghi không có: {name}</translation>
    </message>
    <message>
        <source>must look like 15/03/2027, 03/2027, Q1/2027, 2027 or 2027-03-15 (got &apos;{text}&apos;)</source>
        <extracomment>What the parser says when it does not understand a date (the forms it accepts).</extracomment>
        <translation>phải có dạng 15/03/2027, tháng 3/2027, quý 1/2027, 2027 hoặc 2027-03-15 (giá trị: “{text}”)</translation>
    </message>
    <message>
        <source>must be a day like 15/03/2027 or 2027-03-15 (got &apos;{text}&apos;)</source>
        <translation>phải là một ngày, như 15/03/2027 hoặc 2027-03-15 (giá trị: “{text}”)</translation>
    </message>
    <message>
        <source>is not a real date: &apos;{text}&apos; (the day comes first, as in 15/03/2027)</source>
        <translation>không phải ngày có thật: “{text}” (ngày viết trước tháng, như 15/03/2027)</translation>
    </message>
    <message>
        <source>needs the year in four digits, as in 15/03/2027 (got &apos;{text}&apos;)</source>
        <translation>cần ghi năm đủ bốn chữ số, như 15/03/2027 (giá trị: “{text}”)</translation>
    </message>
    <message>
        <source>is in the year {year}, outside {first}–{last}</source>
        <translation>rơi vào năm {year}, ngoài khoảng {first}–{last}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} là một thư mục; hãy ghi tên tệp</translation>
    </message>
    <message>
        <source>{name}: files of this type cannot be attached (allowed: {allowed})</source>
        <extracomment>other spellings of one extension files the app previews itself</extracomment>
        <translation>{name}: không đính kèm được loại tệp này (các loại được phép: {allowed})</translation>
    </message>
    <message>
        <source>{name}: the content is not a {extension} file; it was not attached</source>
        <translation>{name}: nội dung không phải là tệp {extension}; tệp chưa được đính kèm</translation>
    </message>
    <message>
        <source>only follow-up actions, meetings and agreements have comments</source>
        <extracomment>how long after writing a comment its author may still correct it</extracomment>
        <translation>chỉ nhiệm vụ triển khai, cuộc gặp và văn kiện hợp tác mới có bình luận</translation>
    </message>
    <message>
        <source>there is no comment with id {id}</source>
        <translation>không có bình luận nào có mã {id}</translation>
    </message>
    <message>
        <source>comment {id} was changed meanwhile; reload the thread and try again</source>
        <translation>bình luận {id} vừa được sửa trong lúc này; hãy tải lại chuỗi bình luận và thử lại</translation>
    </message>
    <message>
        <source>only its author, {author}, can change a comment</source>
        <translation>chỉ người viết ({author}) mới được sửa bình luận</translation>
    </message>
    <message>
        <source>a comment can be changed for {minutes} minutes after writing it; strike it through and write a new one instead</source>
        <translation>chỉ có thể sửa bình luận trong {minutes} phút sau khi viết; hãy gạch bỏ bình luận đó và viết bình luận mới</translation>
    </message>
    <message>
        <source>only its author, {author}, can strike a comment through</source>
        <translation>chỉ người viết ({author}) mới được gạch bỏ bình luận</translation>
    </message>
    <message>
        <source>{database} is not empty (table {table} has rows): copy into a new, empty database</source>
        <translation>{database} không trống (bảng {table} có dữ liệu): hãy sao chép vào một cơ sở dữ liệu mới, trống</translation>
    </message>
    <message>
        <source>the copy of table {table} differs from the original ({rows} rows there, {copied} in the copy); nothing was copied</source>
        <translation>bản sao của bảng {table} khác với bản gốc ({rows} dòng ở bản gốc, {copied} dòng ở bản sao); không có gì được sao chép</translation>
    </message>
    <message>
        <source>must be an object with the languages {languages}</source>
        <extracomment>The key naming the language a shown record&apos;s plain fields are in: create/edit read them in it, whatever the reader&apos;s --lang or system language (a script&apos;s JSON means one thing).</extracomment>
        <translation>phải là một đối tượng với các ngôn ngữ {languages}</translation>
    </message>
    <message>
        <source>must be one of {languages}</source>
        <translation>phải là một trong các ngôn ngữ {languages}</translation>
    </message>
    <message>
        <source>the database {database} needs the PostgreSQL extension {extension}, which this user could not create ({reason}): an administrator must install it on the server (Debian: postgresql-contrib) and run CREATE EXTENSION {extension}; in that database</source>
        <translation>cơ sở dữ liệu {database} cần phần mở rộng PostgreSQL {extension} nhưng người dùng này không tạo được ({reason}): quản trị viên phải cài phần mở rộng đó trên máy chủ (Debian: gói postgresql-contrib) rồi chạy CREATE EXTENSION {extension}; trong cơ sở dữ liệu đó</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>hai mật khẩu không khớp nhau; không có gì thay đổi</translation>
    </message>
    <message>
        <source>the password is empty; nothing was changed</source>
        <translation>mật khẩu để trống; không có gì thay đổi</translation>
    </message>
    <message>
        <source>say what changes: --role, --clearance, --password or more</source>
        <translation>hãy cho biết thay đổi gì: --role, --clearance, --password hoặc nhiều hơn</translation>
    </message>
    <message>
        <source>the connection to the team server was lost ({reason}); nothing was saved — try again</source>
        <translation>mất kết nối tới máy chủ nhóm ({reason}); chưa có gì được lưu — hãy thử lại</translation>
    </message>
    <message>
        <source>the connection to the team server was lost ({reason}) as a change was being stored, so it may have been saved: look before saving it again</source>
        <translation>mất kết nối tới máy chủ nhóm ({reason}) đúng lúc đang lưu một thay đổi, nên thay đổi đó có thể đã được lưu: hãy kiểm tra trước khi lưu lại</translation>
    </message>
    <message>
        <source>the team server {server} refused the password for {user}</source>
        <translation>máy chủ nhóm {server} từ chối mật khẩu của {user}</translation>
    </message>
    <message>
        <source>the team server {server} needs a password for {user}; none was given</source>
        <translation>máy chủ nhóm {server} cần mật khẩu của {user}; chưa có mật khẩu nào được đưa vào</translation>
    </message>
    <message>
        <source>the team server {server} is starting up or shutting down ({reason}); try again in a moment</source>
        <translation>máy chủ nhóm {server} đang khởi động hoặc đang tắt ({reason}); hãy thử lại sau giây lát</translation>
    </message>
    <message>
        <source>cannot reach the team server ({reason})</source>
        <translation>không kết nối được tới máy chủ nhóm ({reason})</translation>
    </message>
    <message>
        <source>cannot reach the team server {server} ({reason})</source>
        <translation>không kết nối được tới máy chủ nhóm {server} ({reason})</translation>
    </message>
    <message>
        <source>the database refused the change, nothing was saved: {reason}</source>
        <translation>cơ sở dữ liệu từ chối thay đổi, không có gì được lưu: {reason}</translation>
    </message>
    <message>
        <source>the database reported a problem: {reason}</source>
        <translation>cơ sở dữ liệu báo lỗi: {reason}</translation>
    </message>
    <message>
        <source>the database refused the operation: {reason} (the file or its disk is read-only: copy it somewhere writable)</source>
        <translation>cơ sở dữ liệu từ chối thao tác: {reason} (tệp hoặc ổ đĩa chứa tệp chỉ cho phép đọc: hãy chép tệp sang nơi ghi được)</translation>
    </message>
    <message>
        <source>the database refused the operation: {reason} (the disk is full: free some space)</source>
        <translation>cơ sở dữ liệu từ chối thao tác: {reason} (ổ đĩa đã đầy: hãy giải phóng bớt dung lượng)</translation>
    </message>
    <message>
        <source>the database refused the operation: {reason}</source>
        <translation>cơ sở dữ liệu từ chối thao tác: {reason}</translation>
    </message>
    <message>
        <source>your clearance does not reach this classification: you may not write a record you could not read; nothing was saved</source>
        <translation>cấp được tiếp cận của bạn chưa tới độ mật này: bạn không thể ghi một bản ghi mà mình không được đọc; chưa có gì được lưu</translation>
    </message>
    <message>
        <source>your account may not read this ({reason})</source>
        <translation>tài khoản của bạn không được phép xem nội dung này ({reason})</translation>
    </message>
    <message>
        <source>your account may not change this ({reason})</source>
        <translation>tài khoản của bạn không được phép thay đổi nội dung này ({reason})</translation>
    </message>
    <message>
        <source>{user} is not a member of the office on this team server: an administrator adds them with `briefing-app db users add {user}`</source>
        <translation>{user} chưa là thành viên của cơ quan trên máy chủ nhóm này: quản trị viên thêm bằng lệnh `briefing-app db users add {user}`</translation>
    </message>
    <message>
        <source>your clearance ({clearance}) does not reach {level}: mark it at most {clearance}</source>
        <translation>cấp được tiếp cận của bạn ({clearance}) chưa tới độ mật {level}: chỉ đánh dấu tối đa là {clearance}</translation>
    </message>
    <message>
        <source>members and clearances are kept on a team server (PostgreSQL); a database file on this computer has one user, who may do everything</source>
        <translation>thành viên và cấp được tiếp cận chỉ có trên máy chủ nhóm (PostgreSQL); tệp cơ sở dữ liệu trên máy này chỉ có một người dùng, được làm mọi việc</translation>
    </message>
    <message>
        <source>{name} cannot be a login name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;, at most 63 characters</source>
        <translation>{name} không dùng được làm tên đăng nhập: chỉ dùng chữ thường, chữ số, &apos;_&apos;, &apos;.&apos; hoặc &apos;-&apos;, bắt đầu bằng một chữ cái hoặc &apos;_&apos;, tối đa 63 ký tự</translation>
    </message>
    <message>
        <source>you cannot change your own membership ({name}): ask another administrator</source>
        <translation>bạn không thể tự thay đổi tư cách thành viên của mình ({name}): hãy nhờ một quản trị viên khác</translation>
    </message>
    <message>
        <source>{name} is not a member of the office on this server</source>
        <translation>{name} không phải là thành viên của cơ quan trên máy chủ này</translation>
    </message>
    <message>
        <source>{name} is a member already: change their role or clearance with `briefing-app db users set {name}`</source>
        <translation>{name} đã là thành viên: thay đổi vai trò hoặc cấp được tiếp cận bằng lệnh `briefing-app db users set {name}`</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Đến hạn tuần này</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Đến hạn tháng này</translation>
    </message>
    <message>
        <source>Waiting on the counterpart</source>
        <translation>Chờ đối tác</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Sau này</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <source>Follow-up actions assigned to me</source>
        <translation>Nhiệm vụ triển khai giao cho tôi</translation>
    </message>
    <message>
        <source>Nothing open is assigned to you. An action is yours when its Assignee is your name as Preferences give it.</source>
        <translation>Không có nhiệm vụ nào đang mở giao cho bạn. Một nhiệm vụ là của bạn khi người phụ trách là tên bạn như trong Tùy chọn.</translation>
    </message>
    <message>
        <source>My work — {name}</source>
        <translation>Việc của tôi — {name}</translation>
    </message>
    <message>
        <source>Cannot read My work</source>
        <translation>Không đọc được Việc của tôi</translation>
    </message>
</context>
<context>
    <name>NameInput</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(chưa giao cho ai)</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>e.g. 12.5</source>
        <extracomment>The stored value a list of records shows beside each name, by kind (shown translated).</extracomment>
        <translation>ví dụ 12,5</translation>
    </message>
</context>
<context>
    <name>OfficialDocumentDialog</name>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Attach {files}. If it is an official document (a letter, a decision, a signed agreement), give its number, date and issuing body; otherwise leave them empty.</source>
        <translation>Đính kèm {files}. Nếu đây là văn bản chính thức (công văn, quyết định, văn kiện đã ký), hãy nhập số, ngày và cơ quan ban hành; nếu không, để trống.</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>e.g. 1234/UBND-NgV</source>
        <translation>vd. 1234/UBND-NgV</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>e.g. 20/12/2025</source>
        <translation>vd. 20/12/2025</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>e.g. UBND tỉnh Thanh Hóa</source>
        <translation>vd. UBND tỉnh Thanh Hóa</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>The same details are kept with each file attached now.</source>
        <translation>Các thông tin này được lưu cho từng tệp đính kèm lần này.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Đính kèm</translation>
    </message>
    <message>
        <source>⚠ Date: {reason}</source>
        <translation>⚠ Ngày: {reason}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cannot do that</source>
        <extracomment>Called with an error a user can act on (its text: ui.errors.user_message).</extracomment>
        <translation>Không thể thực hiện</translation>
    </message>
</context>
<context>
    <name>OrganisationPane</name>
    <message>
        <source>Select an organisation to see its details and people.</source>
        <translation>Chọn một cơ quan, tổ chức để xem thông tin chi tiết và nhân vật.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Tên gốc</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Forum overview</source>
        <extracomment>the overview was read and shown (or its error)</extracomment>
        <translation>Tổng quan diễn đàn</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn kiện hợp tác</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Thông tin chính</translation>
    </message>
    <message>
        <source>Follow-up actions by status</source>
        <translation>Nhiệm vụ theo trạng thái</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Không có nhiệm vụ quá hạn.</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Đến hạn trong 30 ngày tới</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 30 days.</source>
        <translation>Không có nhiệm vụ đến hạn trong 30 ngày tới.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>The overview cannot be shown</source>
        <translation>Không thể hiển thị trang tổng quan</translation>
    </message>
    <message>
        <source>No forum in this database yet</source>
        <translation>Cơ sở dữ liệu này chưa có diễn đàn nào</translation>
    </message>
    <message>
        <source>Create or open a database with a forum to see its overview here.</source>
        <translation>Tạo mới hoặc mở một cơ sở dữ liệu có diễn đàn để xem tổng quan tại đây.</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Chủ đề: {theme}</translation>
    </message>
    <message>
        <source>Organised by {names}</source>
        <translation>Đơn vị tổ chức: {names}</translation>
    </message>
    <message>
        <source>Open the list of {what}</source>
        <translation>Mở danh sách {what}</translation>
    </message>
    <message>
        <source>Show these actions</source>
        <translation>Hiển thị các nhiệm vụ này</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>Quá hạn ({count})</translation>
    </message>
    <message>
        <source>Due in the next 30 days ({count})</source>
        <translation>Đến hạn trong 30 ngày tới ({count})</translation>
    </message>
    <message>
        <source>No key facts recorded.</source>
        <translation>Chưa có thông tin chính.</translation>
    </message>
    <message>
        <source>Where sources disagree, each figure is listed with its own source. Click a number to see the source.</source>
        <translation>Khi các nguồn đưa số liệu khác nhau, mỗi số liệu được ghi kèm nguồn tương ứng. Nhấn vào số thứ tự để xem nguồn.</translation>
    </message>
    <message>
        <source>details</source>
        <translation>chi tiết</translation>
    </message>
</context>
<context>
    <name>PartyInput</name>
    <message>
        <source>(none: type a name or choose)</source>
        <translation>(không có: gõ tên hoặc chọn)</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>locality</source>
        <translation>địa phương</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>tổ chức</translation>
    </message>
    <message>
        <source>person</source>
        <translation>nhân vật</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview — {name}</source>
        <extracomment>Zoom choices: (label, zoom mode, factor for a custom zoom). Rows of printer pixels rendered at once: a whole A4 page at 1,200 dpi would be a 557 MB image, a strip of it a few dozen MB.</extracomment>
        <translation>Xem trước — {name}</translation>
    </message>
    <message>
        <source>Briefing pages</source>
        <translation>Các trang tài liệu</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Open in system &amp;viewer</source>
        <translation>Mở bằng trình &amp;xem của hệ thống</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>Cannot show the briefing</source>
        <translation>Không hiển thị được tài liệu</translation>
    </message>
    <message>
        <source>{path} cannot be read as a PDF document.</source>
        <translation>Không đọc được tệp {path} dưới dạng tài liệu PDF.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>The printer could not be started. Nothing was printed.</source>
        <translation>Không khởi động được máy in. Chưa có trang nào được in.</translation>
    </message>
    <message>
        <source>Cannot open the briefing</source>
        <translation>Không mở được tài liệu</translation>
    </message>
    <message>
        <source>No program to show PDF documents was found for {path}.</source>
        <translation>Không tìm thấy chương trình hiển thị tài liệu PDF để mở {path}.</translation>
    </message>
</context>
<context>
    <name>PersonPane</name>
    <message>
        <source>Select a person to see the delegations and meetings they took part in.</source>
        <translation>Chọn một nhân vật để xem các đoàn và cuộc gặp mà nhân vật đó đã tham gia.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có thông tin.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Các đoàn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Các cuộc gặp</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Tên gốc</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Theo hệ thống ({language})</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Số bản sao lưu hằng ngày được giữ lại</translation>
    </message>
    <message>
        <source>Remind me of what is due within, in days</source>
        <translation>Nhắc việc sắp đến hạn trong số ngày</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Printed in the header of briefings</source>
        <translation>In ở phần đầu tài liệu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>A new language applies the next time Briefing desk starts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động Briefing desk tiếp theo.</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>Số &amp;bản sao lưu hằng ngày được giữ lại:</translation>
    </message>
    <message>
        <source>The database is backed up on the first start of each day; older daily backups beyond this number are deleted.</source>
        <translation>Cơ sở dữ liệu được sao lưu vào lần khởi động đầu tiên trong ngày; các bản sao lưu hằng ngày cũ vượt quá số lượng này sẽ bị xóa.</translation>
    </message>
    <message>
        <source>A database file is backed up on the first start of each day. The team server&apos;s database is backed up by its administrator (pg_dump).</source>
        <translation>Tệp cơ sở dữ liệu được sao lưu vào lần khởi động đầu tiên trong ngày. Cơ sở dữ liệu trên máy chủ nhóm do quản trị viên máy chủ sao lưu (pg_dump).</translation>
    </message>
    <message>
        <source>Remind me of what is &amp;due within:</source>
        <translation>&amp;Nhắc việc đến hạn trong vòng:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <source>Recorded as who made each change (from the next start) and printed as “prepared by” on briefings.</source>
        <translation>Được ghi là người thực hiện mỗi thay đổi (từ lần khởi động sau) và được in ở mục “Người soạn” trên tài liệu.</translation>
    </message>
    <message>
        <source>Printed as “prepared by” on briefings. The team server records your changes under your login, {login}.</source>
        <translation>Được in ở mục “Người soạn” trên tài liệu. Máy chủ nhóm ghi các thay đổi của bạn dưới tên đăng nhập {login}.</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>Tên &amp;cơ quan:</translation>
    </message>
    <message>
        <source>G&amp;eneral</source>
        <translation>Ch&amp;ung</translation>
    </message>
    <message>
        <source>Team ser&amp;ver</source>
        <translation>Má&amp;y chủ nhóm</translation>
    </message>
    <message>
        <source>O&amp;fficial format</source>
        <translation>Thể thức &amp;văn bản</translation>
    </message>
    <message>
        <source>Official format (Vietnamese administrative documents)</source>
        <translation>Thể thức văn bản hành chính</translation>
    </message>
    <message>
        <source>&amp;Issuing agency:</source>
        <translation>Cơ quan ban &amp;hành:</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Pa&amp;rent agency:</source>
        <translation>Cơ quan chủ &amp;quản:</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Agency s&amp;ymbol:</source>
        <translation>&amp;Ký hiệu cơ quan:</translation>
    </message>
    <message>
        <source>Agency symbol</source>
        <translation>Ký hiệu cơ quan</translation>
    </message>
    <message>
        <source>Place of iss&amp;ue:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>N&amp;gười ký:</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>“ / ” starts a new line, as in the examples.</source>
        <translation>Dấu “ / ” để xuống dòng, như trong ví dụ.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <source>You have unsaved changes to “{what}”.</source>
        <translation>“{what}” có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Lưu các thay đổi trước khi tiếp tục?</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không thể mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Briefing desk cannot use the database {where}.</source>
        <translation>Briefing desk không thể sử dụng cơ sở dữ liệu {where}.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Mở tệp khác…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite3 *.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority</source>
        <translation>Tổ chức cấp chứng thư của máy chủ</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Chứng thư (*.crt *.pem *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Save the briefing as</source>
        <translation>Lưu tài liệu thành</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Word documents (*.docx);;All files (*)</source>
        <translation>Tài liệu PDF (*.pdf);;Tài liệu Word (*.docx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>Import actions</source>
        <translation>Nhập nhiệm vụ</translation>
    </message>
    <message>
        <source>Apply the import</source>
        <translation>Thực hiện nhập</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>In tài liệu</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Sự cố ngoài dự kiến</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; the last action may not have completed.</source>
        <translation>Đã xảy ra sự cố ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn; thao tác vừa thực hiện có thể chưa hoàn tất.</translation>
    </message>
    <message>
        <source>The details were written to:
{path}

Please send this file to your support contact. Further problems in this session are logged there without this message.</source>
        <translation>Thông tin chi tiết đã được ghi vào:
{path}

Đề nghị gửi tệp này cho bộ phận hỗ trợ kỹ thuật. Các sự cố tiếp theo trong phiên làm việc này sẽ được ghi vào tệp đó mà không hiển thị thông báo này.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>{kind}…</source>
        <extracomment>Kinds whose New… starts in the event of the selected row. open editors by (kind, record id); a new record&apos;s key is (kind, -n)</extracomment>
        <translation>{kind}…</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Sửa bản ghi…</translation>
    </message>
    <message>
        <source>Edit the record selected in the list (F2, Enter)</source>
        <translation>Sửa bản ghi đang chọn trong danh sách (F2, Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete record…</source>
        <translation>Xóa &amp;bản ghi…</translation>
    </message>
    <message>
        <source>Move the record selected in the list to the trash (Delete)</source>
        <translation>Chuyển bản ghi đang chọn trong danh sách vào thùng rác (Delete)</translation>
    </message>
    <message>
        <source>New &amp;part of this event…</source>
        <translation>Thêm &amp;phần của sự kiện này…</translation>
    </message>
    <message>
        <source>New &amp;meeting in this event…</source>
        <translation>Thêm &amp;cuộc gặp trong sự kiện này…</translation>
    </message>
    <message>
        <source>A new event with the selected event&apos;s programme, dates moved (Ctrl+Shift+E)</source>
        <translation>Một sự kiện mới với chương trình của sự kiện đang chọn, ngày được dời theo (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>Thùng &amp;rác…</translation>
    </message>
    <message>
        <source>Deleted records: restore them or empty the trash (Ctrl+Shift+T)</source>
        <translation>Các bản ghi đã xóa: khôi phục hoặc dọn sạch thùng rác (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Thêm mớ&amp;i</translation>
    </message>
    <message>
        <source>&amp;New follow-up action</source>
        <translation>&amp;Thêm nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Create a follow-up action (Ctrl+N)</source>
        <translation>Thêm mới một nhiệm vụ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New {kind}…</source>
        <translation>&amp;Thêm {kind}…</translation>
    </message>
    <message>
        <source>Create a record of this kind: {kind} (Ctrl+N)</source>
        <translation>Tạo bản ghi mới loại: {kind} (Ctrl+N)</translation>
    </message>
    <message>
        <source>New records that start from the selected event</source>
        <translation>Tạo bản ghi mới dựa trên sự kiện đang chọn</translation>
    </message>
    <message>
        <source>A programme item of the selected event</source>
        <translation>Một phần trong chương trình của sự kiện đang chọn</translation>
    </message>
    <message>
        <source>A meeting held at the selected event</source>
        <translation>Một cuộc gặp diễn ra tại sự kiện đang chọn</translation>
    </message>
    <message>
        <source>New e&amp;vent like this…</source>
        <translation>Sự kiện mới the&amp;o mẫu này…</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>&amp;Mở bản ghi…</translation>
    </message>
    <message>
        <source>Open the record selected in the list to read it (F2, Enter)</source>
        <translation>Mở bản ghi đang chọn trong danh sách để xem (F2, Enter)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open the selected record to read it (Enter)</source>
        <translation>Mở bản ghi đang chọn để xem (Enter)</translation>
    </message>
    <message>
        <source>From &amp;this event</source>
        <translation>Từ sự &amp;kiện này</translation>
    </message>
    <message>
        <source>Select a record in a list to edit it.</source>
        <translation>Hãy chọn một bản ghi trong danh sách để sửa.</translation>
    </message>
    <message>
        <source>Select a record in a list to delete it.</source>
        <translation>Hãy chọn một bản ghi trong danh sách để xóa.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete “{what}”?</source>
        <translation>Xóa “{what}”?</translation>
    </message>
    <message>
        <source>It goes to the trash with what referred to it; it can be restored from there.</source>
        <translation>Bản ghi được chuyển vào thùng rác cùng những gì liên kết tới nó; có thể khôi phục từ đó.</translation>
    </message>
    <message>
        <source>Moved “{what}” to the trash. Edit ▸ Trash… ({keys}) restores it.</source>
        <translation>Đã chuyển “{what}” vào thùng rác. Có thể khôi phục bằng Sửa ▸ Thùng rác… ({keys}).</translation>
    </message>
    <message>
        <source>Restored {kind} #{id}.</source>
        <translation>Đã khôi phục {kind} #{id}.</translation>
    </message>
    <message>
        <source>Select an event on the Events page first.</source>
        <translation>Hãy chọn trước một sự kiện trên trang Sự kiện.</translation>
    </message>
    <message>
        <source>Created “{name}” with the programme of “{old}”.</source>
        <translation>Đã tạo “{name}” với chương trình của “{old}”.</translation>
    </message>
    <message>
        <source>The event was not copied</source>
        <translation>Không sao chép được sự kiện</translation>
    </message>
</context>
<context>
    <name>RecordDeletion</name>
    <message>
        <source>It goes to the trash with what referred to it; it can be restored from there.</source>
        <translation>Bản ghi được chuyển vào thùng rác cùng những gì liên kết tới nó; có thể khôi phục từ đó.</translation>
    </message>
    <message>
        <source>Your unsaved changes to it are lost.</source>
        <translation>Các thay đổi chưa lưu của bản ghi này sẽ bị mất.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete “{what}”?</source>
        <translation>Xóa “{what}”?</translation>
    </message>
    <message>
        <source>Someone else saved “{what}” after you opened it, so it was not deleted. The latest version is shown.</source>
        <translation>Người khác đã lưu “{what}” sau khi bạn mở, nên bản ghi chưa bị xóa. Đang hiển thị phiên bản mới nhất.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>the new {kind}</source>
        <translation>{kind} mới</translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation>Không đọc được bản ghi</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>Lịch sử ({count})</translation>
    </message>
    <message>
        <source>Not saved: {count} field(s) need attention.</source>
        <translation>Chưa lưu: {count} trường cần kiểm tra lại.</translation>
    </message>
    <message>
        <source>Created “{title}”.</source>
        <translation>Đã tạo “{title}”.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>Đã lưu “{title}”.</translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation>Bản ghi không còn tồn tại</translation>
    </message>
    <message>
        <source>The record is no longer there</source>
        <translation>Bản ghi không còn hiển thị với bạn</translation>
    </message>
    <message>
        <source>“{what}” was deleted by someone else. Your text is still in the form: copy what you need.</source>
        <translation>“{what}” đã bị người khác xóa. Nội dung bạn nhập vẫn còn trong biểu mẫu: hãy sao chép những gì bạn cần.</translation>
    </message>
    <message>
        <source>“{what}” is no longer there for you: someone deleted it, or classified it above your clearance. Your text is still in the form: copy what you need.</source>
        <translation>Bạn không còn xem được “{what}”: có người đã xóa, hoặc đã nâng độ mật của bản ghi lên trên cấp bạn được tiếp cận. Nội dung bạn nhập vẫn còn trong biểu mẫu: hãy sao chép những gì bạn cần.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this record meanwhile. Your text is kept; save again to choose between your version and theirs.</source>
        <translation>Chưa lưu: trong lúc đó người khác đã lưu bản ghi này. Nội dung của bạn vẫn được giữ; hãy lưu lại để chọn giữa bản của bạn và bản của họ.</translation>
    </message>
    <message>
        <source>⚑ Your change, not saved yet (stored: {stored}).</source>
        <translation>⚑ Thay đổi của bạn, chưa lưu (giá trị đang lưu: {stored}).</translation>
    </message>
    <message>
        <source>⚑ Changed by someone else.</source>
        <translation>⚑ Người khác đã sửa.</translation>
    </message>
    <message>
        <source>Reloaded version {version}. Your changes are kept in the form and marked, not saved yet; {count} field(s) were also changed by someone else.</source>
        <translation>Đã tải lại phiên bản {version}. Các thay đổi của bạn vẫn được giữ trong biểu mẫu và được đánh dấu, chưa lưu; {count} trường cũng đã được người khác sửa.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Throw away your unsaved changes to “{what}”?</source>
        <translation>Bỏ các thay đổi chưa lưu của “{what}”?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Moved “{what}” to the trash.</source>
        <translation>Đã chuyển “{what}” vào thùng rác.</translation>
    </message>
</context>
<context>
    <name>RecordEditorButtons</name>
    <message>
        <source>Undo save</source>
        <translation>Hoàn tác lần lưu</translation>
    </message>
    <message>
        <source>Redo save</source>
        <translation>Làm lại lần lưu</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Move this record to the trash</source>
        <translation>Chuyển bản ghi này vào thùng rác</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Put the values before your last save back</source>
        <translation>Đưa các giá trị trước lần lưu gần nhất trở lại</translation>
    </message>
    <message>
        <source>Throw away unsaved changes</source>
        <translation>Bỏ các thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Close the editor (Esc)</source>
        <translation>Đóng trình chỉnh sửa (Esc)</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Lưu thay đổi (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>RecordHeading</name>
    <message>
        <source>New {kind}</source>
        <translation>{kind} mới</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <source>{kind} #{id} · version {version}</source>
        <translation>{kind} #{id} · phiên bản {version}</translation>
    </message>
</context>
<context>
    <name>RecordHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>(nothing removed)</source>
        <translation>(không bỏ gì)</translation>
    </message>
    <message>
        <source>(nothing added)</source>
        <translation>(không thêm gì)</translation>
    </message>
</context>
<context>
    <name>RecordHistoryView</name>
    <message>
        <source>History of this record</source>
        <translation>Lịch sử thay đổi của bản ghi này</translation>
    </message>
    <message>
        <source>The selected change in full</source>
        <translation>Toàn văn thay đổi đang chọn</translation>
    </message>
    <message>
        <source>Select a change to read its old and new values in full.</source>
        <translation>Chọn một thay đổi để đọc đầy đủ giá trị cũ và giá trị mới.</translation>
    </message>
</context>
<context>
    <name>RecordSheetPane</name>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
</context>
<context>
    <name>ReferenceInput</name>
    <message>
        <source>(none: type to search)</source>
        <translation>(không có: gõ để tìm)</translation>
    </message>
</context>
<context>
    <name>ReferencesInput</name>
    <message>
        <source>Type to filter the list</source>
        <translation>Gõ để lọc danh sách</translation>
    </message>
    <message>
        <source>Filter {field}</source>
        <translation>Lọc {field}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Briefing desk</source>
        <translation>Briefing desk</translation>
    </message>
    <message>
        <source>Follow-up actions need you</source>
        <translation>Có nhiệm vụ triển khai cần bạn xử lý</translation>
    </message>
    <message>
        <source>{overdue} overdue, {soon} due within {days} days.</source>
        <translation>{overdue} quá hạn, {soon} đến hạn trong {days} ngày tới.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <source>Follow-up actions that need you</source>
        <translation>Nhiệm vụ triển khai cần bạn xử lý</translation>
    </message>
    <message>
        <source>Open My work</source>
        <translation>Mở Việc của tôi</translation>
    </message>
    <message>
        <source>{overdue} overdue and {soon} due within {days} days are assigned to you.</source>
        <translation>Bạn phụ trách {overdue} nhiệm vụ quá hạn và {soon} nhiệm vụ đến hạn trong {days} ngày tới.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due within {days} days</source>
        <translation>Đến hạn trong {days} ngày tới</translation>
    </message>
</context>
<context>
    <name>SaveSteps</name>
    <message>
        <source>Save “{title}”</source>
        <translation>Lưu “{title}”</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Không hoàn tác được</translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation>Không làm lại được</translation>
    </message>
    <message>
        <source>Someone else saved “{what}” after your save, so it was left as they saved it. The latest version is shown.</source>
        <translation>Người khác đã lưu “{what}” sau lần lưu của bạn, nên bản ghi được giữ như họ đã lưu. Đang hiển thị phiên bản mới nhất.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search all records</source>
        <extracomment>each page&apos;s slug -&gt; matches of the last search (None: no search)</extracomment>
        <translation>Tìm kiếm trong toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>Search (Ctrl+K): names, titles, places — accents optional</source>
        <translation>Tìm kiếm (Ctrl+K): tên, tiêu đề, địa điểm — có thể gõ không dấu</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <extracomment>Starts a search for the text; the groups are handed to the callback on the GUI thread. the results for this text are shown (or, when there are none, the list is hidden)</extracomment>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn kiện hợp tác</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Team server password</source>
        <translation>Mật khẩu máy chủ nhóm</translation>
    </message>
    <message>
        <source>The password of {user} for the database {database} on {server}:</source>
        <translation>Mật khẩu của {user} cho cơ sở dữ liệu {database} trên {server}:</translation>
    </message>
    <message>
        <source>Wrong password: try again.</source>
        <translation>Sai mật khẩu: hãy nhập lại.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Ghi nhớ mật khẩu trong kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>This computer has no system keyring: to be asked no more, put the password in PostgreSQL&apos;s ~/.pgpass file (readable by you only).</source>
        <translation>Máy tính này không có kho mật khẩu của hệ thống: để không bị hỏi lại, hãy ghi mật khẩu vào tệp ~/.pgpass của PostgreSQL (chỉ bạn được đọc).</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>Select a source to see what it supports.</source>
        <extracomment>Kinds the app can open from a link; other cited records are listed without one.</extracomment>
        <translation>Chọn một nguồn để xem các nội dung trích dẫn nguồn đó.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc gặp</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Văn kiện hợp tác</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>Key fact</source>
        <translation>Thông tin chính</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nơi đăng</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Được trích dẫn tại</translation>
    </message>
    <message>
        <source>Nothing in this database cites it.</source>
        <translation>Chưa có nội dung nào trong cơ sở dữ liệu trích dẫn nguồn này.</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nơi đăng</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Trích dẫn</translation>
    </message>
</context>
<context>
    <name>TeamServerPage</name>
    <message>
        <source>A &amp;team server (PostgreSQL)</source>
        <translation>Một máy chủ nhóm (Postgre&amp;SQL)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Mã hóa (TLS)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Tắt (disable)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Khi máy chủ hỗ trợ (prefer)</translation>
    </message>
    <message>
        <source>Always (require)</source>
        <translation>Luôn luôn (require)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate (verify-full)</source>
        <translation>Luôn luôn, và kiểm tra chứng thư của máy chủ (verify-full)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Tệp CA</translation>
    </message>
    <message>
        <source>The file of the server&apos;s certificate authority</source>
        <translation>Tệp của tổ chức cấp chứng thư cho máy chủ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Chọn tệ&amp;p…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Ghi nhớ mật khẩu t&amp;rong kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>(kept in the system keyring)</source>
        <translation>(đã lưu trong kho mật khẩu của hệ thống)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Máy &amp;chủ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở dữ l&amp;iệu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>A change here applies the next time Briefing desk starts (unless --db or BRIEFING_DB_URL names another database).</source>
        <translation>Thay đổi ở đây được áp dụng từ lần khởi động Briefing desk tiếp theo (trừ khi --db hoặc BRIEFING_DB_URL chỉ định cơ sở dữ liệu khác).</translation>
    </message>
    <message>
        <source>This &amp;computer&apos;s file (the default)</source>
        <translation>&amp;Tệp trên máy tính này (mặc định)</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation>Mã &amp;hóa:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Tệp C&amp;A:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Dùng:</translation>
    </message>
    <message>
        <source>With no password here, PostgreSQL&apos;s own ~/.pgpass file (or service file) is read, as psql does; the app asks at start when none is found.</source>
        <translation>Nếu không nhập mật khẩu ở đây, ứng dụng đọc tệp ~/.pgpass (hoặc tệp service) của PostgreSQL như psql; nếu vẫn không có, ứng dụng sẽ hỏi khi khởi động.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered.</source>
        <translation>Máy tính này không có kho mật khẩu của hệ thống nên không thể ghi nhớ mật khẩu.</translation>
    </message>
    <message>
        <source>Give the server, the database and the user first.</source>
        <translation>Hãy nhập máy chủ, cơ sở dữ liệu và người dùng trước.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Connected as {user}; PostgreSQL {version}.</source>
        <translation>Đã kết nối với tư cách {user}; PostgreSQL {version}.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The server wants a password: type it above, or put it in ~/.pgpass.</source>
        <translation>Máy chủ yêu cầu mật khẩu: hãy nhập ở trên, hoặc ghi vào tệp ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>Máy chủ không có cơ sở dữ liệu mang tên này.</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the server&apos;s name and the port.</source>
        <translation>Không kết nối được tới máy chủ: hãy kiểm tra tên máy chủ và cổng.</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) failed: check the encryption and the CA file.</source>
        <translation>Kết nối mã hóa (TLS) không thành công: hãy kiểm tra chế độ mã hóa và tệp CA.</translation>
    </message>
    <message>
        <source>The server does not let this user in from this computer.</source>
        <translation>Máy chủ không cho người dùng này kết nối từ máy tính này.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install briefing-desk[postgres].</source>
        <translation>Chưa cài trình điều khiển PostgreSQL: hãy cài briefing-desk[postgres].</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Không kết nối được: {reason}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Các bản ghi đã xóa</translation>
    </message>
    <message>
        <source>&amp;Deleted records:</source>
        <translation>Các bản ghi đã &amp;xóa:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Put the selected record back, with the links to it (Enter)</source>
        <translation>Khôi phục bản ghi đang chọn cùng các liên kết tới nó (Enter)</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Dọn sạch thùng rác…</translation>
    </message>
    <message>
        <source>Forget every deleted record for good (asks first)</source>
        <translation>Xóa vĩnh viễn mọi bản ghi đã xóa (có hỏi trước)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>{count} record(s) in the trash.</source>
        <translation>Thùng rác có {count} bản ghi.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>Restored “{name}”.</source>
        <translation>Đã khôi phục “{name}”.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Dọn sạch thùng rác?</translation>
    </message>
    <message>
        <source>Forget the {count} deleted record(s) for good?</source>
        <translation>Xóa vĩnh viễn {count} bản ghi đã xóa?</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Dọn sạch thùng rác</translation>
    </message>
    <message>
        <source>They cannot be restored afterwards.</source>
        <translation>Sau đó sẽ không thể khôi phục được nữa.</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Thời điểm xóa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người xóa</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Links to other records that a restore puts back</source>
        <translation>Các liên kết tới bản ghi khác sẽ được khôi phục cùng</translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <source>any date</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Pick a day in a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
</context>
<context>
    <name>UnusualYears</name>
    <message>
        <source>Unusual year</source>
        <translation>Năm bất thường</translation>
    </message>
    <message>
        <source>Did you mean {date}?</source>
        <translation>Có đúng là {date} không?</translation>
    </message>
    <message>
        <source>Keep {year}</source>
        <translation>Giữ năm {year}</translation>
    </message>
    <message>
        <source>{field}: the year {year} is outside {first}–{last}, the years the office works with. Cancel to correct it.</source>
        <translation>{field}: năm {year} nằm ngoài khoảng {first}–{last} mà văn phòng làm việc. Chọn Hủy để sửa lại.</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(để trống)</translation>
    </message>
</context>
<context>
    <name>VersionHeader</name>
    <message>
        <source>missing</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Copy from the other language · {field}</source>
        <translation>Sao chép từ ngôn ngữ kia · {field}</translation>
    </message>
    <message>
        <source>Copy from {language}</source>
        <translation>Sao chép từ bản {language}</translation>
    </message>
    <message>
        <source>Fill this version with the {language} text, to translate it by hand (nothing is translated automatically)</source>
        <translation>Điền vào bản này văn bản {language} để tự dịch (không có gì được dịch tự động)</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>No {language} version yet</source>
        <translation>Chưa có bản {language}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Delegations</source>
        <extracomment>The first page, the forum at a glance: not a record kind. The second, the follow-up actions assigned to the user (ui/views/my_work_page.py).</extracomment>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Các cuộc gặp</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Nhiệm vụ triển khai</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn kiện hợp tác</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Thông tin chính</translation>
    </message>
    <message>
        <source>Forum overview</source>
        <translation>Tổng quan diễn đàn</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <source>Sections</source>
        <extracomment>pages were built for a database (its catalogue read): the editor and pages exist the overview page was built for a database (it reads its figures when shown) a PDF briefing was asked for: (what, record id or None) the catalogue&apos;s read of the latest install, until it is started the toolbar&apos;s search text, and how to empty it (the window sets both)</extracomment>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Không đọc được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation>Không đọc được danh sách</translation>
    </message>
    <message>
        <source>That record has no page of its own.</source>
        <translation>Bản ghi này không có trang riêng.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
</context>
<context>
    <name>WriteAccess</name>
    <message>
        <source>Your office role on the team server is reader: you can read, not change.</source>
        <translation>Vai trò của bạn trên máy chủ nhóm là người xem: bạn xem được, không thay đổi được.</translation>
    </message>
    <message>
        <source>The database is on a team server: the server&apos;s administrator backs it up and restores it (pg_dump, pg_restore). This app copies database files only.</source>
        <translation>Cơ sở dữ liệu nằm trên máy chủ nhóm: quản trị viên máy chủ sao lưu và khôi phục nó (pg_dump, pg_restore). Ứng dụng này chỉ sao chép tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>{user} · {role} · {clearance}</source>
        <translation>{user} · {role} · {clearance}</translation>
    </message>
</context>
<context>
    <name>_ListInput</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add an entry (Ins)</source>
        <translation>Thêm một mục (Ins)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Remove this entry (Del)</source>
        <translation>Bỏ mục này (Del)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Chuyển lên (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Chuyển xuống (Alt+Down)</translation>
    </message>
</context>
</TS>

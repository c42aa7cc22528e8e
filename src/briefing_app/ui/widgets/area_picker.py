"""Choose cooperation areas: a list of check boxes (Space toggles the current one)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from briefing_app.services.catalogue import AreaRow

AreaIdRole = Qt.ItemDataRole.UserRole + 20


class AreaPicker(QListWidget):
    changed = Signal()

    def __init__(self, *, areas: Sequence[AreaRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Cooperation areas"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self._names: dict[int, str] = {}
        for area in areas:
            item = QListWidgetItem(area.name, self)
            item.setData(AreaIdRole, area.id)
            item.setToolTip(f"{area.name}\n{area.name_vi}")
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self._names[area.id] = area.name
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def ids_for_names(self, names: Sequence[str]) -> tuple[int, ...]:
        by_name = {name: area_id for area_id, name in self._names.items()}
        return tuple(sorted(by_name[n] for n in names if n in by_name))

    def area_ids(self) -> tuple[int, ...]:
        return tuple(
            sorted(
                int(self.item(i).data(AreaIdRole))
                for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked
            )
        )

    def set_area_ids(self, ids: Sequence[int]) -> None:
        """Check exactly `ids`, listing the checked areas first (then the rest by name)."""
        wanted = set(ids)
        self.blockSignals(True)
        items = [self.takeItem(0) for _ in range(self.count())]
        items.sort(key=lambda it: (int(it.data(AreaIdRole)) not in wanted, it.text().casefold()))
        for item in items:
            checked = int(item.data(AreaIdRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.scrollToTop()
        self.changed.emit()

"""房产资料 from a screen: buildings → units in a tree (a building's units read when it is opened),
a unit's people now and before (phones masked unless the role may see them) and parking; the
building as a floor grid (楼盘图) for those who may see what units owe; a unit added or changed, an
owner moving out and a new one in on a date, with what of the debt is from before it. Units are
never deleted."""
from __future__ import annotations

from datetime import date

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton,
    QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
)

from ...core.errors import CounterError, Invalid
from ...core.estate_words import OCCUPANCY, OWNER, TENANT, UNIT_TYPES
from ...core.fees import qty_text
from ...core.money import format_yuan
from ...core.tables import Section
from ...services.admin import browser, estate as est
from ...ledger import estate as lookups
from ...ledger.context import Actor
from ...services.reports import floor_grid
from .. import keys
from ..dialog_parts import status_and_close
from ..management.dialogs import floor_grid_table
from ..section_tables import section_table
from ..errors import error_text

CODE = Qt.ItemDataRole.UserRole


def people_section(detail: browser.UnitDetail | None) -> Section:
    rows = () if detail is None else tuple(
        (p.role, p.name, p.phone, p.since.isoformat() if p.since else "",
         p.until.isoformat() if p.until else "至今", p.email) for p in detail.people)
    return Section("住户", ("身份", "姓名", "电话", "起", "止", "邮箱"), rows)


class FormDialog(QDialog):
    """A few labelled fields and OK / Cancel: the small forms of this window."""

    def __init__(self, title: str, fields: list[tuple[str, QWidget]], parent=None):
        super().__init__(parent)
        self.setObjectName("estateForm")
        self.setWindowTitle(title)
        form = QFormLayout(self)
        for text, widget in fields:
            form.addRow(text, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class EstateBrowserDialog(keys.TabInOrder, QDialog):
    def __init__(self, actor: Actor, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("estateBrowserDialog")
        self.actor, self.today = actor, today
        self.detail: browser.UnitDetail | None = None
        self.setWindowTitle(self.tr("房产资料"))
        self.resize(1100, 660)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        self.find = QLineEdit(objectName="estateFind", placeholderText=self.tr("房号，Enter 找到"))
        self.find.returnPressed.connect(self.find_unit)
        keys.scratch(self.find)
        self.tree = QTreeWidget(objectName="estateTree")
        self.tree.setHeaderLabels([self.tr("房屋"), self.tr("业主"), self.tr("状态")])
        self.tree.itemExpanded.connect(self._load_building)
        self.tree.currentItemChanged.connect(lambda item, _old: self.show_item(item))
        for code in lookups.building_codes(actor):
            item = QTreeWidgetItem([self.tr("{b} 栋").format(b=code)])
            item.setData(0, CODE, ("building", code))
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(item)
        left.addWidget(self.find)
        left.addWidget(self.tree, 1)
        columns.addLayout(left, 2)
        self.tabs = QTabWidget(objectName="estateTabs")
        unit_page = QWidget()
        unit_column = QVBoxLayout(unit_page)
        self.facts = QLabel(objectName="unitFacts")
        self.facts.setWordWrap(True)
        self.people = section_table(people_section(None), "unitPeople", unit_page, sortable=False)
        self.parking = QLabel(objectName="unitParking")
        for widget in (self.facts, self.people, self.parking):
            unit_column.addWidget(widget, 1 if widget is self.people else 0)
        # Full numbers only on asking, saying why (logged): beside the people they belong to.
        reveal = QPushButton(self.tr("完整电话… [F6]"), objectName="revealPhones")
        reveal.setAutoDefault(False)
        reveal.setEnabled(actor.may("personal.view_full"))
        reveal.clicked.connect(self.reveal_phones)
        unit_column.addWidget(reveal, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(unit_page, self.tr("房屋"))
        self.grid_page = QWidget()
        QVBoxLayout(self.grid_page)
        if actor.may("report.management"):
            self.tabs.addTab(self.grid_page, self.tr("楼盘图"))
        columns.addWidget(self.tabs, 3)
        layout.addLayout(columns, 1)
        actions = QHBoxLayout()
        for text, name, slot in ((self.tr("新增房屋…"), "addUnit", self.add_unit),
                                 (self.tr("修改房屋…"), "editUnit", self.edit_unit),
                                 (self.tr("业主过户…"), "changeOwner", self.change_owner),
                                 (self.tr("迁入…"), "moveIn", self.move_in),
                                 (self.tr("迁出…"), "moveOut", self.move_out),
                                 (self.tr("车位…"), "addSpace", self.add_space),
                                 (self.tr("退车位…"), "releaseSpace", self.release_space),
                                 (self.tr("改资料…"), "changePerson", self.change_person),
                                 (self.tr("停用房屋…"), "endUnit", self.end_unit)):
            button = QPushButton(text, objectName=name)
            button.setAutoDefault(False)
            button.setEnabled(actor.may("estate.edit"))
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = status_and_close(self, layout, "estateStatus")
        keys.button_key(self, reveal, "F6")

    def tab_stops(self) -> list[QWidget]:
        """The search, the tree, the page shown (the floor grid is made anew for each building),
        then the buttons under them."""
        buttons = [b for b in self.findChildren(QPushButton) if not self.tabs.isAncestorOf(b)]
        return [self.find, self.tree, *keys.page_stops(self.tabs), *buttons]

    # -- the tree ---------------------------------------------------------------------------------
    def _load_building(self, item: QTreeWidgetItem) -> None:
        kind, code = item.data(0, CODE)
        if kind != "building" or item.childCount():
            return
        for row in browser.building_units(self.actor, code):
            child = QTreeWidgetItem([row.code, row.owner, row.occupancy])
            child.setData(0, CODE, ("unit", row.code))
            item.addChild(child)

    def show_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        kind, code = item.data(0, CODE)
        if kind == "building":
            self._show_grid(code)
            return
        self.show_unit(code)
        self._show_grid(code.split("-")[0])

    def _show_grid(self, building: str) -> None:
        if not self.actor.may("report.management"):
            return
        column = self.grid_page.layout()
        while column.count():
            column.takeAt(0).widget().deleteLater()
        column.addWidget(floor_grid_table(floor_grid.floor_grid(self.actor, building), self.select_unit))

    def reveal_phones(self) -> None:
        """Full phone numbers of the unit shown, for a role that may see them, after saying why
        (logged with who, when and the unit: 个人信息保护法)."""
        if self.detail is None or not self.actor.may("personal.view_full"):
            return
        why, ok = QInputDialog.getText(self, self.tr("完整电话"), self.tr(
            "查看 {code} 的完整电话会记入个人信息查看记录。用途：").format(code=self.detail.code))
        if ok and why.strip():
            try:
                self.show_unit(self.detail.code, why)
            except CounterError as exc:
                self.status.setText(error_text(exc))

    def show_unit(self, code: str, reveal: str = "") -> None:
        self.detail = browser.unit_detail(self.actor, code, reveal)
        d = self.detail
        self.facts.setText(self.tr("{code}：建筑面积 {area} ㎡，{type}，{state}{handover}").format(
            code=d.code, area=qty_text(d.area_centi), type=d.unit_type, state=d.occupancy,
            handover=self.tr("，{d} 交房").format(d=d.handover) if d.handover else ""))
        self.people.section_model.set_section(people_section(d))
        self.parking.setText(self.tr("车位：{p}").format(
            p="；".join(f"{space} {plates}".strip() for space, plates in d.parking) or self.tr("无")))

    def find_unit(self) -> bool:
        return self.select_unit(self.find.text().strip())

    def select_unit(self, code: str) -> bool:
        """Open the unit's building in the tree and choose the unit (a typed number, a grid cell)."""
        try:
            unit = lookups.find_unit(self.actor, code)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        for n in range(self.tree.topLevelItemCount()):
            building = self.tree.topLevelItem(n)
            if building.data(0, CODE)[1] == unit.code.split("-")[0]:
                building.setExpanded(True)
                for m in range(building.childCount()):
                    if building.child(m).data(0, CODE)[1] == unit.code:
                        self.tree.setCurrentItem(building.child(m))
                        self.tabs.setCurrentIndex(0)
                        return True
        return False

    # -- changes ----------------------------------------------------------------------------------
    def _ask(self, title: str, fields: list[tuple[str, QWidget]]) -> bool:
        self.form = FormDialog(title, fields, self)
        return self.form.exec() == QDialog.DialogCode.Accepted

    def _done(self, work, said) -> bool:
        try:
            result = work()
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(said(result))
        return True

    def add_unit(self) -> bool:
        building, entrance, room, area = (QComboBox(), QLineEdit("1"), QLineEdit(), QLineEdit())
        building.addItems(lookups.building_codes(self.actor))
        kind = QComboBox()
        kind.addItems(UNIT_TYPES)
        if not self._ask(self.tr("新增房屋"), [(self.tr("楼栋"), building), (self.tr("单元"), entrance),
                                             (self.tr("房号"), room), (self.tr("建筑面积"), area),
                                             (self.tr("房屋类型"), kind)]):
            return False

        def work():
            if not entrance.text().strip().isdigit():
                raise Invalid("单元号应为 1 到 99 的整数")
            return est.add_unit(self.actor, lookups.find_building(self.actor, building.currentText()),
                                int(entrance.text()), room.text(), area.text(), unit_type=kind.currentText())
        if not self._done(work, lambda unit: self.tr("已新增房屋 {c}").format(c=unit.code)):
            return False
        self._reload_building(building.currentText())
        return True

    def _reload_building(self, code: str) -> None:
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item.data(0, CODE)[1] == code:
                item.takeChildren()
                if item.isExpanded():
                    self._load_building(item)

    def edit_unit(self) -> bool:
        if self.detail is None:
            self.status.setText(self.tr("请先在左边选中一户"))
            return False
        d = self.detail
        area, kind, state = QLineEdit(qty_text(d.area_centi)), QComboBox(), QComboBox()
        kind.addItems(UNIT_TYPES)
        kind.setCurrentText(d.unit_type)
        state.addItems(OCCUPANCY)
        state.setCurrentText(d.occupancy)
        if not self._ask(self.tr("修改房屋 {c}").format(c=d.code), [(self.tr("建筑面积"), area),
                                                                (self.tr("房屋类型"), kind), (self.tr("状态"), state)]):
            return False
        if not self._done(lambda: browser.update_unit(self.actor, d.code, area=area.text(), unit_type=kind.currentText(),
                                                      occupancy=state.currentText()),
                          lambda unit: self.tr("已修改 {c}（从下次计费起按新资料计费）").format(c=unit.code)):
            return False
        self._reload_building(d.code.split("-")[0])
        self.select_unit(d.code)
        return True

    def change_owner(self) -> bool:
        if self.detail is None:
            self.status.setText(self.tr("请先在左边选中一户"))
            return False
        code = self.detail.code
        name, phone, on = QLineEdit(), QLineEdit(), QLineEdit(self.today.isoformat())
        if not self._ask(self.tr("业主过户 {c}").format(c=code), [(self.tr("新业主姓名"), name),
                                                               (self.tr("新业主电话"), phone),
                                                               (self.tr("过户日期"), on)]):
            return False

        def work():
            try:
                day = date.fromisoformat(on.text().strip())
            except ValueError:
                raise Invalid("过户日期应写成 YYYY-MM-DD") from None
            return browser.change_owner(self.actor, code, name.text(), phone.text(), day)

        def said(change: browser.OwnerChange) -> str:
            return self.tr("{c} 已过户给 {new}（{on} 起）。{on} 以前的欠费 ¥{before} 由原业主 {old} 结清；"
                           "以后的 ¥{after} 由新业主缴纳。").format(
                c=change.unit, new=change.new_owner, on=change.on, before=format_yuan(change.owed_before_fen),
                old="、".join(change.left) or "—", after=format_yuan(change.owed_after_fen))
        if not self._done(work, said):
            return False
        self._reload_building(code.split("-")[0])
        self.select_unit(code)
        return True

    def _chosen(self) -> str | None:
        if self.detail is None:
            self.status.setText(self.tr("请先在左边选中一户"))
            return None
        return self.detail.code

    def _day(self, field: QLineEdit) -> date:
        try:
            return date.fromisoformat(field.text().strip())
        except ValueError:
            raise Invalid("日期应写成 YYYY-MM-DD") from None

    def _then_show(self, code: str, said: str) -> bool:
        self._reload_building(code.split("-")[0])
        self.select_unit(code)
        self.status.setText(said)
        return True

    def move_in(self) -> bool:
        code = self._chosen()
        if code is None:
            return False
        name, phone, role, since = QLineEdit(), QLineEdit(), QComboBox(), QLineEdit(self.today.isoformat())
        role.addItems((TENANT, OWNER))
        if not self._ask(self.tr("迁入 {c}").format(c=code), [(self.tr("姓名"), name), (self.tr("电话"), phone),
                                                           (self.tr("身份"), role), (self.tr("迁入日期"), since)]):
            return False
        if not self._done(lambda: browser.add_occupant(self.actor, code, name.text(), phone.text(), role.currentText(),
                                                       self._day(since)), lambda _r: ""):
            return False
        return self._then_show(code, self.tr("{n} 已迁入 {c}").format(n=name.text().strip(), c=code))

    def move_out(self) -> bool:
        code = self._chosen()
        if code is None:
            return False
        who, on = QComboBox(), QLineEdit(self.today.isoformat())
        who.addItems([p.name for p in self.detail.people if p.until is None])
        if not self._ask(self.tr("迁出 {c}").format(c=code), [(self.tr("姓名"), who), (self.tr("迁出日期"), on)]):
            return False
        if not self._done(lambda: browser.move_out(self.actor, code, who.currentText(), self._day(on)),
                          lambda _r: ""):
            return False
        return self._then_show(code, self.tr("{n} 已迁出 {c}，记录保留").format(n=who.currentText(), c=code))

    def add_space(self) -> bool:
        code = self._chosen()
        if code is None:
            return False
        space, plate = QLineEdit(), QLineEdit()
        if not self._ask(self.tr("车位 {c}").format(c=code), [(self.tr("车位号"), space), (self.tr("车牌"), plate)]):
            return False
        if not self._done(lambda: browser.add_space(self.actor, code, space.text(), plate.text()), lambda _r: ""):
            return False
        return self._then_show(code, self.tr("车位 {s} 已登记给 {c}，从下次计费起收车位费").format(
            s=space.text().strip().upper(), c=code))

    def release_space(self) -> bool:
        code = self._chosen()
        if code is None:
            return False
        space = QComboBox()
        space.addItems([s for s, _ in self.detail.parking])
        if not self._ask(self.tr("退车位 {c}").format(c=code), [(self.tr("车位号"), space)]):
            return False
        if not self._done(lambda: browser.release_space(self.actor, code, space.currentText()), lambda _r: ""):
            return False
        return self._then_show(code, self.tr("车位 {s} 已退，从下次计费起不再收车位费").format(s=space.currentText()))

    def change_person(self) -> bool:
        code = self._chosen()
        if code is None:
            return False
        who, new_name, phone, email = QComboBox(), QLineEdit(), QLineEdit(), QLineEdit()
        who.addItems([p.name for p in self.detail.people if p.until is None])
        if not self._ask(self.tr("改资料 {c}").format(c=code), [(self.tr("姓名"), who), (self.tr("新姓名"), new_name),
                                                              (self.tr("新电话"), phone),
                                                              (self.tr("新邮箱"), email)]):
            return False
        if not self._done(lambda: browser.update_person(self.actor, code, who.currentText(),
                                                        new_name=new_name.text() or None, phone=phone.text() or None,
                                                        email=email.text() or None),
                          lambda _r: ""):
            return False
        return self._then_show(code, self.tr("已改 {n} 的资料").format(n=who.currentText()))

    def end_unit(self) -> bool:
        code = self._chosen()
        if code is None:
            return False
        reason = QLineEdit()
        if not self._ask(self.tr("停用房屋 {c}").format(c=code), [(self.tr("停用原因"), reason)]):
            return False
        if not self._done(lambda: browser.end_unit(self.actor, code, reason.text()), lambda _r: ""):
            return False
        return self._then_show(code, self.tr("{c} 已停用：不再计费，记录和欠费都保留").format(c=code))

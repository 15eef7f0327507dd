"""The receipt window's line for offices printing on pre-numbered forms: the form proposed for this
receipt (the cashier's next unused one, which they may change), F6 records the receipt on it, F7
voids it as spoiled with a reason and proposes the next. Shown only to a cashier holding a book;
once recorded its keys do nothing (their buttons are disabled)."""
from __future__ import annotations

from PyQt6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.errors import CounterError
from ...ledger.context import Actor
from ...services.books import forms
from ..errors import error_text
from ..fit import MessageLabel
from .dialog import button, keyed
from ..journal.dialog import ReasonDialog


class FormStrip(QWidget):
    def __init__(self, actor: Actor, receipt: str, proposed: forms.Form, parent: QDialog):
        super().__init__(parent)
        self.setObjectName("formStrip")
        self.actor, self.receipt, self.step = actor, receipt, None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        outer.addLayout(row)
        row.addWidget(QLabel(self.tr("套打表单")))
        self.series = QLabel(objectName="formSeries")
        self.number = QLineEdit(objectName="formNumber")
        self.number.setMaximumWidth(140)
        self.use_button = button(self.tr("记入此表单 [F6]"), "useForm", self.use)
        self.spoil_button = button(self.tr("此表单作废… [F7]"), "spoilThisForm", self.spoil)
        keyed(parent, "F6", self.use_button)
        keyed(parent, "F7", self.spoil_button)
        self.status = MessageLabel(objectName="formStatus")
        for widget in (self.series, self.number, self.use_button, self.spoil_button):
            row.addWidget(widget)
        row.addStretch(1)
        outer.addWidget(self.status)          # under the line: a long sentence wraps across the window
        self._propose(proposed)

    def _propose(self, form: forms.Form | None) -> None:
        if form is None:
            self.series.setText("")
            self.number.setText("")
            self.status.setText(self.tr("收据本已用完，请找主管领用新的收据本"))
            self._done()
            return
        self.series.setText(form.series)
        self.number.setText(f"{form.number:0{form.digits}d}")

    def _done(self) -> None:
        for widget in (self.number, self.use_button, self.spoil_button):
            widget.setEnabled(False)

    def use(self) -> None:
        """F6: the receipt is recorded as printed on the form shown."""
        if self.step is not None:
            return
        try:
            form = forms.use_form(self.actor, self.receipt, self.series.text(), self.number.text())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("已记入表单 {form}").format(form=form.text))
        self._done()

    def spoil(self) -> None:
        """F7: the form shown came out spoiled: why, then voided; the next form is proposed."""
        if self.step is not None:
            return
        shown = f"{self.series.text()} {self.number.text()}"
        self.step = ReasonDialog(self.tr("表单 {form} 作废的原因（卡纸、打错…）").format(form=shown), self.window(),
                                 self.tr("作废表单"))
        self.step.finished.connect(self._reason_given)
        self.step.open()

    def _reason_given(self, result: int) -> None:
        dialog, self.step = self.step, None
        if result != QDialog.DialogCode.Accepted:
            self.status.setText(self.tr("已取消，表单没有作废"))
            return
        try:
            form = forms.spoil(self.actor, self.series.text(), self.number.text(), dialog.text())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("表单 {form} 已作废；请把收据重印在下一张表单上（F4）").format(form=form.text))
        self._propose(forms.next_form(self.actor))
        self.number.setFocus()


def form_strip(actor: Actor, receipt: str, parent: QDialog) -> FormStrip | None:
    """The strip for this receipt, or None when the actor holds no receipt book (most offices)."""
    try:
        proposed = forms.next_form(actor) if actor.may("book.use") else None
    except CounterError:
        return None
    return FormStrip(actor, receipt, proposed, parent) if proposed is not None else None

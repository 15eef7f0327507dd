"""What the office's lists share on paper: a report that knows its sections prints them as a PDF
and writes them as Excel and CSV beside it (one set of rows for every form)."""
from __future__ import annotations

from pathlib import Path

from ...core.tables import Section
from ...documents.report_pdf import render_report_pdf
from ..common import exports


class Printed:
    """A mixin of a report dataclass with `sections()`, `heading`, `stem` and `footer`, and the
    estate's `title` and `company`."""
    page = "a4"

    def sections(self) -> list[Section]:
        raise NotImplementedError

    def pdf(self) -> bytes:
        return render_report_pdf(self.heading, f"{self.title}　{self.company}", self.sections(), page=self.page,
                                 footer=self.footer)

    def write(self, folder: str | Path) -> list[Path]:
        return exports.write_report_files(folder, self.stem, self.pdf(), self.sections())

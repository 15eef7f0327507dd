"""The book report (收据本报表): each receipt book's forms used, spoiled, skipped (unaccounted for)
and left, and for one book every form accounted for; as sections, so the PDF, the Excel sheet, the
CSV and the window all show the same rows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ...core import books as rules
from ...core.errors import NotFound
from ...core.tables import TOTAL, Section
from ...documents.report_pdf import render_report_pdf
from ...store.queries import books as queries
from ...store.queries.users import display_names
from ...ledger import clock
from ...ledger.books import FORM_HEADERS, usage_row
from ...ledger.context import Actor
from ...ledger.estate import estate_of
from ..common import exports

FORM_DETAIL = ("表单号", "状态", "收据号", "作废原因", "经手人", "时间")


@dataclass(frozen=True)
class BookReport:
    as_of: date
    title: str
    company: str
    books: tuple[tuple, ...]      # (holder, *ledger.books.FORM_HEADERS)
    forms: tuple[tuple, ...]      # one book's forms (FORM_DETAIL), with its skipped numbers
    book: str = ""                # the one book's label, or "" for all
    book_id: int | None = None


def book_report(actor: Actor, book_id: int | None = None) -> BookReport:
    actor.require("book.manage")
    estate = estate_of(actor)
    found = queries.books(estate.id, None if book_id is None else [int(book_id)])
    if book_id is not None and not found:
        raise NotFound("没有编号为 {book} 的收据本", book=book_id)
    accounted = queries.accounted([b[0] for b in found])
    names = display_names()
    rows = tuple((names.get(b[5], "") if b[5] else "未发放", *usage_row(b, accounted[b[0]])) for b in found)
    forms: tuple = ()
    if book_id is not None:
        b = found[0]
        digits = b[4]
        done = [(rules.padded(n, digits), rules.STATES.get(state, state), receipt, reason, names.get(who, ""),
                 clock.stored_text(at, estate.timezone))
                for n, state, receipt, reason, who, at in queries.forms_of_book(b[0])]
        skipped = [(rules.padded(n, digits), "跳号（未交代）", "", "", "", "")
                   for n in rules.usage(b[2], b[3], accounted[b[0]]).skipped]
        forms = tuple(sorted(done + skipped, key=lambda r: r[0]))
    return BookReport(clock.business_date(estate.timezone), estate.name, estate.company, rows, forms,
                      rows[0][1] if book_id is not None else "", book_id)


def book_sections(r: BookReport) -> list[Section]:
    totals = tuple(sum(row[i] for row in r.books) for i in (2, 4, 6, 8))
    books = r.books + (((TOTAL, "", totals[0], "", totals[1], "", totals[2], "", totals[3]),) if r.books else ())
    sections = [Section("收据本", ("领用人",) + FORM_HEADERS, books)]
    if r.book:
        sections.append(Section(f"{r.book} 表单明细", FORM_DETAIL, r.forms))
    return sections


def book_pdf(r: BookReport) -> bytes:
    return render_report_pdf(f"收据本报表（截至 {r.as_of.isoformat()}）", f"{r.title}　{r.company}", book_sections(r),
                             page="a4-landscape",
                             footer="跳号：本册已用或作废的最大号码以下、既未使用也未作废的表单，须查明交代。")


def write_book_report(r: BookReport, folder: str | Path) -> list[Path]:
    stem = f"books-{r.as_of.isoformat()}" + (f"-{r.book_id}" if r.book_id is not None else "")
    return exports.write_report_files(folder, stem, book_pdf(r), book_sections(r))

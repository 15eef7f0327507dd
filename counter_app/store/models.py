"""The tables. Money is BigIntegerField of 分; areas 0.01 m²; rates 0.0001 元; times UTC.

Nothing is deleted: corrections are new rows that point at what they undo.
"""
from __future__ import annotations

import peewee as pw

from ..core import estate_words, invoice_status, rounding
from . import written
from .db import database

Money = pw.BigIntegerField


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False

    def save(self, force_insert=False, only=None):
        inserting = force_insert or not self._pk
        done = super().save(force_insert=force_insert, only=only)
        if inserting:
            written.note(self._meta.table_name, [self._pk])   # sealed by the transaction's audit row
        return done


class Meta(BaseModel):
    """Key/value facts about the database file itself (schema version, demo, training)."""
    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class Estate(BaseModel):
    name = pw.CharField()
    company = pw.CharField()
    receipt_title = pw.CharField(default="收款收据")
    timezone = pw.CharField(default="Asia/Shanghai")
    address = pw.CharField(default="")
    phone = pw.CharField(default="")
    receipt_format = pw.CharField(default="SJ{year}-{seq:06d}")
    deduction_format = pw.CharField(default="KK{year}-{seq:06d}")
    refund_format = pw.CharField(default="TK{year}-{seq:06d}")       # since schema 2
    waiver_limit_fen = Money(default=5000)  # a cashier may waive late fees up to this per payment
    cash_rounding = pw.CharField(default=rounding.OFF)   # 抹零, core.rounding.RULES (since schema 14)
    # since schema 14: the cashier counts the drawer without seeing the expected cash (盲点)
    blind_count = pw.BooleanField(default=False)


class Building(BaseModel):
    estate = pw.ForeignKeyField(Estate, backref="buildings")
    code = pw.CharField()          # "3"
    name = pw.CharField()          # "3栋"

    class Meta:
        indexes = ((("estate", "code"), True),)


class Unit(BaseModel):
    # Unit numbers are unique within an estate (schema 8): a company may run several on one server.
    estate = pw.ForeignKeyField(Estate, backref="units", index=False)
    building = pw.ForeignKeyField(Building, backref="units")
    entrance = pw.IntegerField()
    floor = pw.IntegerField()
    room = pw.CharField()
    code = pw.CharField()                  # "3-2-501"
    code_compact = pw.CharField()          # "32501", what people type without dashes
    area_centi = pw.IntegerField()
    unit_type = pw.CharField(default=estate_words.RESIDENTIAL)
    occupancy = pw.CharField(default=estate_words.OCCUPIED)     # estate_words.OCCUPANCY, or ENDED
    handover_date = pw.DateField(null=True)
    prepaid_fen = Money(default=0)
    notes = pw.TextField(default="")

    class Meta:
        indexes = ((("estate", "code"), True), (("estate", "code_compact"), False))


class Person(BaseModel):
    name = pw.CharField(index=True)
    initials = pw.CharField(index=True)     # pinyin initials, "zs" for 张三
    phone = pw.CharField(default="")
    phone_rev = pw.CharField(index=True, default="")  # reversed digits: "last digits" is a prefix search
    id_number = pw.CharField(default="")
    email = pw.CharField(default="")        # for bills by email (since schema 21), core.text.email


class Occupant(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="occupants")
    person = pw.ForeignKeyField(Person, backref="units")
    role = pw.CharField(default="业主")      # 业主 / 住户
    start_date = pw.DateField(null=True)
    end_date = pw.DateField(null=True)


class ParkingSpace(BaseModel):
    estate = pw.ForeignKeyField(Estate, backref="spaces", index=False)
    code = pw.CharField()
    unit = pw.ForeignKeyField(Unit, backref="spaces", null=True)

    class Meta:
        indexes = ((("estate", "code"), True),)


class Vehicle(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="vehicles")
    plate = pw.CharField(index=True)         # normalised: upper case, no spaces
    space = pw.ForeignKeyField(ParkingSpace, null=True)


class FeeItem(BaseModel):
    estate = pw.ForeignKeyField(Estate, backref="items")
    code = pw.CharField()
    name = pw.CharField()
    initials = pw.CharField(default="")
    kind = pw.CharField()                    # core.fees.KINDS
    cycle = pw.CharField(default="monthly")  # core.periods.CYCLE_MONTHS
    applies_to = pw.CharField(default="")    # unit types, comma separated; "" = all
    due_days = pw.IntegerField(default=30)   # due this many days after the period starts
    late_ppm = pw.IntegerField(default=0)
    late_grace_days = pw.IntegerField(default=0)
    late_cap_percent = pw.IntegerField(null=True, default=100)
    is_deposit = pw.BooleanField(default=False)
    explanation = pw.TextField(default="")
    sort_order = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)
    # since schema 9: what an invoice of this item says (税收分类编码, VAT rate × 10⁴: 6 % = 600)
    tax_code = pw.CharField(default="")
    tax_rate_e4 = pw.IntegerField(null=True)

    class Meta:
        indexes = ((("estate", "code"), True),)


class FeeStandard(BaseModel):
    item = pw.ForeignKeyField(FeeItem, backref="standards")
    effective_from = pw.DateField()
    rate_e4 = pw.BigIntegerField()
    tiers = pw.TextField(default="")          # JSON [[upto_centi|null, rate_e4], ...]
    rounding_unit = pw.IntegerField(default=1)
    rounding_scope = pw.CharField(default="month")
    vacancy_percent = pw.IntegerField(default=100)
    basis = pw.TextField(default="")          # 政策依据: document number or owners' resolution
    note = pw.TextField(default="")
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("item", "effective_from"), True),)


class Meter(BaseModel):
    estate = pw.ForeignKeyField(Estate, index=False)     # since schema 8: codes unique per estate
    unit = pw.ForeignKeyField(Unit, backref="meters")
    item = pw.ForeignKeyField(FeeItem)
    code = pw.CharField()
    multiplier = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("estate", "code"), True),)


class MeterReading(BaseModel):
    meter = pw.ForeignKeyField(Meter, backref="readings")
    read_on = pw.DateField()
    prev_centi = pw.BigIntegerField()
    value_centi = pw.BigIntegerField()
    is_replacement = pw.BooleanField(default=False)
    created_at = pw.DateTimeField()
    created_by = pw.CharField()

    class Meta:
        indexes = ((("meter", "read_on"), False),)


class SharedCost(BaseModel):
    """A period's total to be split by area (公摊), for the estate or one building."""
    item = pw.ForeignKeyField(FeeItem)
    month = pw.CharField()                    # "2026-10"
    building = pw.ForeignKeyField(Building, null=True)
    total_fen = Money()
    note = pw.TextField(default="")


class User(BaseModel):
    username = pw.CharField(unique=True)
    display_name = pw.CharField()
    role = pw.CharField()
    password_hash = pw.CharField()
    active = pw.BooleanField(default=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    last_sign_in_at = pw.DateTimeField(null=True)    # since schema 12


class BillingRun(BaseModel):
    estate = pw.ForeignKeyField(Estate, index=False)     # since schema 8
    month = pw.CharField()
    building = pw.ForeignKeyField(Building, null=True)
    created_at = pw.DateTimeField()
    user = pw.ForeignKeyField(User)
    charges_created = pw.IntegerField()
    total_fen = Money()
    # since schema 12: a run taken back whole while nothing of it was paid (its charges cancelled)
    reversed_at = pw.DateTimeField(null=True)
    reversed_by = pw.CharField(default="")
    reverse_reason = pw.TextField(default="")


class Charge(BaseModel):
    """应收: one item, one unit, one period. paid_fen grows as payments settle it."""
    # No single-column indexes on unit and item: the composite ones below start with them, and
    # every index is written on each of a billing run's hundred thousand inserts (schema 7).
    unit = pw.ForeignKeyField(Unit, backref="charges", index=False)
    item = pw.ForeignKeyField(FeeItem, index=False)
    standard = pw.ForeignKeyField(FeeStandard, null=True, index=False)
    period_start = pw.DateField()
    period_end = pw.DateField()
    months = pw.IntegerField(default=1)
    amount_fen = Money()
    paid_fen = Money(default=0)
    due_date = pw.DateField()
    basis = pw.TextField()
    rounding = pw.CharField()                # the rule in force, as printed on statements
    origin = pw.CharField(default="bill")    # bill / advance / adhoc / deposit / meter / shared
    dedupe_key = pw.CharField(unique=True)   # what makes a second billing run create nothing twice
    # A reading is billed once through dedupe_key "r:<reading id>" (core/charge_keys.py); the index below serves
    # the foreign key. A run's charges are found through the open-charge index (schema 7).
    reading = pw.ForeignKeyField(MeterReading, null=True, index=False)
    run = pw.ForeignKeyField(BillingRun, null=True, index=False)
    created_at = pw.DateTimeField()
    note = pw.TextField(default="")
    # since schema 2: a charge created by a payment (advance, ad hoc, deposit) and cancelled with it
    source_payment = pw.IntegerField(null=True)
    cancelled_at = pw.DateTimeField(null=True)

    class Meta:
        # (item, period_end): "which units already have this month" reads only charges that end
        # on or after the month's first day (since schema 4).
        indexes = ((("unit", "period_start"), False), (("item", "period_end"), False))


def open_charges():
    """The condition for a charge still owed. Queries must use exactly this, so that SQLite can
    read the partial index below: years of paid charges are never touched to find what is owed."""
    return (Charge.paid_fen < Charge.amount_fen) & Charge.cancelled_at.is_null(True)


def deposit_charges():
    """Deposit charges, written as a literal: a partial index cannot hold a parameter, and a query
    reads the index only if its condition is the same text."""
    return Charge.origin == pw.SQL("'deposit'")


# Since schema 7: the open charges alone, covering what the arrears list and a unit's view read;
# and the few deposit charges, so the deposits a unit holds are found without reading its history.
Charge.add_index(Charge.index(Charge.unit, Charge.period_start, Charge.item, Charge.due_date, Charge.amount_fen,
                              Charge.paid_fen, name="charge_open").where(open_charges()))
Charge.add_index(Charge.index(Charge.unit, name="charge_deposit").where(deposit_charges()))
# Only metered charges have a reading: the foreign key's check (a reading deleted or replaced)
# needs an index, but not one with five million empty entries.
Charge.add_index(Charge.index(Charge.reading, name="charge_reading").where(Charge.reading.is_null(False)))


class Shift(BaseModel):
    """A cashier's shift (交班): opened with a float, closed once with a counted drawer and a
    Z report whose figures are kept, so it reprints identically."""
    estate = pw.ForeignKeyField(Estate, index=False)     # since schema 8
    user = pw.ForeignKeyField(User)
    opened_at = pw.DateTimeField()
    float_fen = Money(default=0)
    closed_at = pw.DateTimeField(null=True)
    # since schema 3
    business_date = pw.DateField(null=True, index=True)
    counted_json = pw.TextField(default="")
    counted_fen = Money(null=True)
    expected_fen = Money(null=True)
    difference_fen = Money(null=True)
    note = pw.TextField(default="")
    z_number = pw.CharField(null=True)
    report_json = pw.TextField(default="")

    class Meta:
        indexes = ((("estate", "z_number"), True),)


class Payment(BaseModel):
    """A numbered money document: a counter receipt (收据) or an automatic prepaid deduction."""
    estate = pw.ForeignKeyField(Estate)
    series = pw.CharField()                  # "SJ" receipts, "KK" prepaid deductions
    year = pw.IntegerField()
    seq = pw.IntegerField()
    number = pw.CharField()
    unit = pw.ForeignKeyField(Unit, backref="payments")
    payer = pw.CharField(default="")
    kind = pw.CharField(default="counter")   # counter / deduction / debit (银行代扣, schema 16)
    lines_fen = Money()                      # principal of the charges paid
    late_fee_fen = Money(default=0)
    waived_fen = Money(default=0)
    topup_fen = Money(default=0)             # put on the prepaid balance
    total_fen = Money()                      # lines + late fees + top-up
    cash_tendered_fen = Money(default=0)
    change_fen = Money(default=0)
    prepaid_after_fen = Money(default=0)
    created_at = pw.DateTimeField(index=True)
    business_date = pw.DateField(index=True)
    user = pw.ForeignKeyField(User)
    shift = pw.ForeignKeyField(Shift, null=True)
    status = pw.CharField(default="valid")   # valid / voided
    remarks = pw.TextField(default="")
    content_hash = pw.CharField()
    training = pw.BooleanField(default=False)
    # since schema 2: 作废 keeps the number; who voided it, who authorised it, why
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(User, null=True, backref="+")
    void_authoriser = pw.ForeignKeyField(User, null=True, backref="+")
    void_reason = pw.TextField(default="")
    # since schema 13: the client-made request ids of the payment and of its void (REQUEST_IDS)
    request_id = pw.CharField(null=True)
    void_request_id = pw.CharField(null=True)

    class Meta:
        # per estate since schema 8; request ids since schema 13
        indexes = ((("estate", "series", "year", "seq"), True), (("estate", "number"), True),
                   (("estate", "request_id"), True), (("estate", "void_request_id"), True))


class PaymentLine(BaseModel):
    payment = pw.ForeignKeyField(Payment, backref="lines")
    charge = pw.ForeignKeyField(Charge, backref="lines")
    principal_fen = Money()
    late_fee_fen = Money(default=0)
    waived_fen = Money(default=0)
    late_days = pw.IntegerField(default=0)
    waiver_reason = pw.TextField(default="")


# Since schema 12: the lines that paid a charge late, alone (a few in ten), for the late payers:
# a year of receipts' lines is not read one by one to find them.
PaymentLine.add_index(PaymentLine.index(PaymentLine.payment, PaymentLine.charge, name="payment_line_late")
                      .where(pw.SQL("late_days > 0")))   # a literal: a partial index holds no parameter


class TenderRow(BaseModel):
    payment = pw.ForeignKeyField(Payment, backref="tenders")
    method = pw.CharField()
    amount_fen = Money()                     # received by this method (cash: kept, after change)
    reference = pw.CharField(default="")

    class Meta:
        table_name = "tender"


class Refund(BaseModel):
    """退款: its own gapless series, pointing at the receipt it refunds (since schema 2)."""
    estate = pw.ForeignKeyField(Estate)
    series = pw.CharField()
    year = pw.IntegerField()
    seq = pw.IntegerField()
    number = pw.CharField()
    payment = pw.ForeignKeyField(Payment, backref="refunds")
    unit = pw.ForeignKeyField(Unit)
    user = pw.ForeignKeyField(User, backref="+")
    authoriser = pw.ForeignKeyField(User, backref="+")
    created_at = pw.DateTimeField(index=True)
    business_date = pw.DateField(index=True)
    total_fen = Money()
    method = pw.CharField()                  # how the money went back: cash, card, wechat, …
    reference = pw.CharField(default="")
    reason = pw.TextField()
    shift = pw.ForeignKeyField(Shift, null=True)
    content_hash = pw.CharField()
    request_id = pw.CharField(null=True)     # since schema 13 (REQUEST_IDS)

    class Meta:
        indexes = ((("estate", "series", "year", "seq"), True), (("estate", "number"), True),
                   (("estate", "request_id"), True))


class CashMovement(BaseModel):
    """Cash moved in or out of a shift's drawer (since schema 14): 零钱补充 (paid_in), 支出
    (paid_out, with a reason from core.cashmoves), 交款入保险柜 (drop). Each has its own gapless
    number; a mistaken one is undone by a reversal, a new row of the same kind with the opposite
    amount that names it (`reverses`, unique: undone once)."""
    estate = pw.ForeignKeyField(Estate, index=False)
    series = pw.CharField()
    year = pw.IntegerField()
    seq = pw.IntegerField()
    number = pw.CharField()
    shift = pw.ForeignKeyField(Shift, backref="cash_movements")
    user = pw.ForeignKeyField(User, backref="+")
    authoriser = pw.ForeignKeyField(User, null=True, backref="+")
    kind = pw.CharField()                    # paid_in / paid_out / drop
    amount_fen = Money()                     # into the drawer's account of its kind; a reversal's is negative
    reason = pw.CharField(default="")        # a paid-out's reason (core.cashmoves.REASONS)
    voucher = pw.CharField(default="")       # a paid-out's voucher number (垫付)
    note = pw.TextField(default="")
    reverses = pw.ForeignKeyField("self", null=True, backref="+", unique=True)
    created_at = pw.DateTimeField()
    business_date = pw.DateField()
    request_id = pw.CharField()

    class Meta:
        table_name = "cash_movement"
        indexes = ((("estate", "series", "year", "seq"), True), (("estate", "number"), True),
                   (("estate", "request_id"), True))


class ReceiptBook(BaseModel):
    """A book of pre-numbered paper forms (收据本, since schema 16): its series as core.books made it
    one spelling, its first and last form number and how many digits the paper prints. Never
    changed: who holds it is its last BookIssue."""
    estate = pw.ForeignKeyField(Estate, index=False)
    series = pw.CharField()
    first_no = pw.BigIntegerField()
    last_no = pw.BigIntegerField()
    digits = pw.IntegerField(default=0)
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, backref="+")

    class Meta:
        table_name = "receipt_book"
        indexes = ((("estate", "series", "first_no"), True),)


class BookIssue(BaseModel):
    """A book handed to a cashier (again: to another one); the latest is who holds it now."""
    book = pw.ForeignKeyField(ReceiptBook, backref="issues")
    holder = pw.ForeignKeyField(User, backref="+")
    issued_by = pw.ForeignKeyField(User, backref="+")
    issued_at = pw.DateTimeField()

    class Meta:
        table_name = "book_issue"


class ReceiptForm(BaseModel):
    """One form of a book accounted for: used (printed with a receipt, both numbers kept) or
    spoiled (作废, with a reason). A number is accounted for once (unique); a receipt has one form."""
    book = pw.ForeignKeyField(ReceiptBook, backref="forms", index=False)
    number = pw.BigIntegerField()
    state = pw.CharField()                   # core.books: used / spoiled
    payment = pw.ForeignKeyField(Payment, null=True, backref="+", unique=True)
    reason = pw.TextField(default="")
    user = pw.ForeignKeyField(User, backref="+")
    shift = pw.ForeignKeyField(Shift, null=True, backref="+")
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "receipt_form"
        indexes = ((("book", "number"), True),)


class DiscountPolicy(BaseModel):
    """折扣 / 减免 policy of an estate (since schema 18, core/discounts.py): kept by an administrator;
    ended from a date, never edited otherwise, so what a receipt applied stays readable."""
    estate = pw.ForeignKeyField(Estate, backref="+")
    name = pw.CharField()
    kind = pw.CharField()                    # core.discounts.KINDS
    value = pw.BigIntegerField()             # percent: basis points off; amount: 分 off a month
    items = pw.CharField()                   # the fee items' ids it covers, comma-separated
    valid_from = pw.DateField()
    valid_until = pw.DateField(null=True)    # None: open-ended
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, backref="+")

    class Meta:
        table_name = "discount_policy"
        indexes = ((("estate", "name"), True),)


class DiscountLine(BaseModel):
    """What a policy took off one charge a receipt paid (since schema 18): the receipt's discount
    settlement row (tender method core.discounts.DISCOUNT) is these rows' sum."""
    payment = pw.ForeignKeyField(Payment, backref="+")
    charge = pw.ForeignKeyField(Charge, backref="+")
    policy = pw.ForeignKeyField(DiscountPolicy, backref="+")
    amount_fen = Money()
    reason = pw.CharField()
    authoriser = pw.ForeignKeyField(User, backref="+")

    class Meta:
        table_name = "discount_line"
        indexes = ((("payment", "charge"), True),)


# Where each money command keeps its client-made request id (schema 13): (model, column, the
# command). Unique per estate, so a retry finds what the first attempt recorded; each is part of
# what its document's seal covers (the payment's content, the void's and the refund's audit rows).
REQUEST_IDS = ((Payment, "request_id", "payment"), (Payment, "void_request_id", "void"),
               (Refund, "request_id", "refund"), (CashMovement, "request_id", "cashmove"))


class RefundLine(BaseModel):
    refund = pw.ForeignKeyField(Refund, backref="lines")
    payment_line = pw.ForeignKeyField(PaymentLine, backref="refunds")
    amount_fen = Money()                     # principal first, then late fee
    principal_fen = Money()


class Reprint(BaseModel):
    """Every reprint of a receipt: counted and recorded, printed on the copy's face."""
    payment = pw.ForeignKeyField(Payment, backref="reprints")
    user = pw.ForeignKeyField(User)
    created_at = pw.DateTimeField()
    count = pw.IntegerField()


class PrepaidMovement(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="prepaid_movements")
    payment = pw.ForeignKeyField(Payment, null=True)
    amount_fen = Money()                     # + top-up, − use or deduction
    balance_after_fen = Money()
    kind = pw.CharField()                    # topup / use / deduction / opening
    created_at = pw.DateTimeField()


class DocumentCounter(BaseModel):
    """Gapless numbering: the row is incremented inside the document's own transaction."""
    estate = pw.ForeignKeyField(Estate)
    series = pw.CharField()
    year = pw.IntegerField()
    last_seq = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("estate", "series", "year"), True),)


class NumberSkip(BaseModel):
    """Numbers of a series never to be issued again (schema 13): a restore of an older backup drops
    the documents numbered after it, whose papers are out in the world, so the series goes on after
    the highest number ever issued and the numbers between are recorded here, with why. The check's
    gapless-series invariant counts them as issued."""
    estate = pw.ForeignKeyField(Estate, index=False)
    series = pw.CharField()
    year = pw.IntegerField()
    first_seq = pw.IntegerField()
    last_seq = pw.IntegerField()
    reason = pw.TextField()
    created_at = pw.DateTimeField()
    username = pw.CharField()

    class Meta:
        table_name = "number_skip"
        indexes = ((("estate", "series", "year"), False),)


class DayClose(BaseModel):
    """日结: a manager closes a business date; an administrator may reopen it, with a reason."""
    estate = pw.ForeignKeyField(Estate, index=False)     # since schema 8
    business_date = pw.DateField()
    closed_at = pw.DateTimeField()
    closed_by = pw.ForeignKeyField(User, backref="+")
    report_json = pw.TextField()
    reopened_at = pw.DateTimeField(null=True)
    reopened_by = pw.ForeignKeyField(User, null=True, backref="+")
    reopen_reason = pw.TextField(default="")

    class Meta:
        indexes = ((("estate", "business_date"), False),)


class VoucherAccount(BaseModel):
    """An estate's own account for a voucher key (core.vouchers: a tender, a fee item, prepaid,
    deposits, late fees, waivers, refunds, 抹零), since schema 16; a key not set here takes the
    default. A change replaces the row and is audited with what it was."""
    estate = pw.ForeignKeyField(Estate, index=False)
    key = pw.CharField()
    code = pw.CharField()
    name = pw.CharField()
    changed_at = pw.DateTimeField()
    changed_by = pw.ForeignKeyField(User, backref="+")

    class Meta:
        table_name = "voucher_account"
        indexes = ((("estate", "key"), True),)


class VoucherExport(BaseModel):
    """A day's voucher written to a file (schema 16): the mark that it was exported, under which
    close, and the lines exactly as written, so that a reopened day's voucher is reversed by what
    finance imported. A reversal's row names the export it undoes (once)."""
    estate = pw.ForeignKeyField(Estate, index=False)
    business_date = pw.DateField()
    day_close = pw.ForeignKeyField(DayClose, null=True, backref="+")   # None for a reversal alone
    exported_at = pw.DateTimeField()
    exported_by = pw.ForeignKeyField(User, backref="+")
    format = pw.CharField()
    file_name = pw.TextField()
    lines_json = pw.TextField()
    debit_fen = Money()
    again = pw.BooleanField(default=False)            # written again on purpose (--again)
    reverses = pw.ForeignKeyField("self", null=True, backref="+", unique=True)

    class Meta:
        table_name = "voucher_export"
        indexes = ((("estate", "business_date"), False),)
class OfferRule(BaseModel):
    """A prepay offer (交 N 月送 M 月) on a periodic fee item, in force from valid_from to valid_to
    by the payment's business date (since schema 20; core/offers.py). A rule is never edited: an
    administrator ends it (valid_to, ended_by), audited; what it gave stays on its receipts."""
    estate = pw.ForeignKeyField(Estate, index=False)
    item = pw.ForeignKeyField(FeeItem, backref="+")
    name = pw.CharField()
    months_paid = pw.IntegerField()
    months_free = pw.IntegerField()
    valid_from = pw.DateField()
    valid_to = pw.DateField(null=True)
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    ended_by = pw.CharField(default="")

    class Meta:
        table_name = "offer_rule"
        indexes = ((("estate", "name"), True),)


class Consultation(BaseModel):
    """咨询登记: a question at the counter, the answer given, and any follow-up (schema 6)."""
    estate = pw.ForeignKeyField(Estate, index=False)     # since schema 8
    created_at = pw.DateTimeField(index=True)
    user = pw.ForeignKeyField(User, backref="+")
    shift = pw.ForeignKeyField(Shift, null=True)
    unit = pw.ForeignKeyField(Unit, null=True)
    caller = pw.CharField(default="")
    item = pw.ForeignKeyField(FeeItem, null=True)
    topic = pw.CharField(default="")
    question = pw.TextField()
    answer = pw.TextField(default="")
    outcome = pw.CharField(default="answered")     # answered / follow_up / complaint
    follow_up_owner = pw.CharField(default="")
    closed_at = pw.DateTimeField(null=True)


class InvoiceRequest(BaseModel):
    """开票申请 (schema 9): a payer asks for a 发票 for some lines of a receipt. The office issues
    it on the tax platform; its number comes back by import (or is typed). Statuses:
    requested → issued; voiding or refunding an issued one makes it red_needed until the 红字
    invoice's number is recorded (reversed); a request whose receipt is voided before issue is
    cancelled."""
    estate = pw.ForeignKeyField(Estate, index=False)
    payment = pw.ForeignKeyField(Payment, backref="invoice_requests")
    unit = pw.ForeignKeyField(Unit, index=False)
    buyer_name = pw.CharField()
    tax_id = pw.CharField(default="")        # 18-character USCC; "" for an individual
    contact = pw.CharField(default="")       # email or mobile for the e-invoice
    amount_fen = Money()                     # with tax: the lines' amounts
    status = pw.CharField(default=invoice_status.REQUESTED)
    requested_at = pw.DateTimeField()
    requested_by = pw.ForeignKeyField(User, backref="+")
    invoice_number = pw.CharField(null=True)
    invoice_date = pw.DateField(null=True)
    recorded_at = pw.DateTimeField(null=True)
    recorded_by = pw.ForeignKeyField(User, null=True, backref="+")
    red_note = pw.TextField(default="")
    red_number = pw.CharField(null=True)

    class Meta:
        indexes = ((("estate", "status"), False), (("unit", "id"), False), (("estate", "invoice_number"), True))


class InvoiceLine(BaseModel):
    """A receipt line in a request: unique, so no line is invoiced twice."""
    request = pw.ForeignKeyField(InvoiceRequest, backref="lines")
    payment_line = pw.ForeignKeyField(PaymentLine, unique=True)
    amount_fen = Money()                     # principal + late fee − waived


class OpeningDeposit(BaseModel):
    """期初押金 (schema 10): a deposit the office already held when it moved onto this program,
    brought in by import with the paper receipt's number; held until it is returned."""
    estate = pw.ForeignKeyField(Estate, index=False)
    unit = pw.ForeignKeyField(Unit, backref="opening_deposits")
    item = pw.ForeignKeyField(FeeItem)
    amount_fen = Money()
    received_on = pw.DateField()
    reference = pw.CharField(default="")     # the paper receipt's number, if known
    note = pw.TextField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    returned_at = pw.DateTimeField(null=True)


class AuditLog(BaseModel):
    """Append-only, hash-chained: each row carries the previous row's hash and its own."""
    created_at = pw.DateTimeField()
    username = pw.CharField()
    action = pw.CharField(index=True)
    entity = pw.CharField()
    entity_id = pw.CharField(default="")
    before = pw.TextField(default="")
    after = pw.TextField(default="")
    prev_hash = pw.CharField()
    hash = pw.CharField()

    class Meta:
        # a receipt's audit rows are found by its number (check value, journal, verify); schema 5
        indexes = ((("entity", "entity_id"), False),)


class AuditHead(BaseModel):
    """The audit chain's head, kept outside the chain (schema 8): its row count and last hash,
    locked for each append, so two writers cannot link to one tail and a row deleted from the
    end is noticed by verify."""
    row_count = pw.BigIntegerField()
    last_hash = pw.CharField()
    # since schema 13: the key the chain's end is sealed under ("" before keys) and the head's MAC
    key_id = pw.CharField(default="")
    mac = pw.CharField(default="")


class Reminder(BaseModel):
    """催缴记录 (schema 11): one contact with a unit about what it owes: when, by whom, how (a
    notice, a phone call, a visit, a message), what was said, the payment promised and when to
    follow up. A notice printed for a unit is logged as one."""
    estate = pw.ForeignKeyField(Estate, index=False)
    unit = pw.ForeignKeyField(Unit, index=False)
    at = pw.DateTimeField()
    username = pw.CharField()
    channel = pw.CharField()                  # notice / phone / visit / message
    owed_fen = Money(default=0)               # what the unit owed when reminded
    note = pw.TextField(default="")           # what they said
    promised_on = pw.DateField(null=True)     # the payment date they promised
    follow_up_on = pw.DateField(null=True)    # when to contact them again

    class Meta:
        # a unit's last contacts; the day's follow-ups
        indexes = ((("unit", "at"), False), (("estate", "follow_up_on"), False))


class MailSettings(BaseModel):
    """An estate's SMTP server for bills by email (schema 21). The password is not here: it is
    kept in the key store beside the audit key (mail/retry.py)."""
    estate = pw.ForeignKeyField(Estate, unique=True)
    host = pw.CharField(default="")
    port = pw.IntegerField(default=587)
    tls = pw.CharField(default="starttls")          # mail.smtp.TLS_MODES
    sender = pw.CharField(default="")
    sender_name = pw.CharField(default="")
    login = pw.CharField(default="")         # the SMTP user ("user" is a word PostgreSQL keeps)
    changed_at = pw.DateTimeField()
    changed_by = pw.ForeignKeyField(User, backref="+")

    class Meta:
        table_name = "mail_settings"


class MailQueue(BaseModel):
    """One bill to one owner's address (schema 21): queued, then sent or failed. `uid` is made by
    the client and travels in the Message-ID, so a duplicate after a crash is recognisable."""
    uid = pw.CharField(unique=True)
    estate = pw.ForeignKeyField(Estate, index=False)
    unit = pw.ForeignKeyField(Unit, backref="+")
    person = pw.ForeignKeyField(Person, backref="+")
    email = pw.CharField()
    kind = pw.CharField()                       # notice / statement
    document = pw.CharField()                   # what to render: "due@2026-01-20", "2025-01-21..2026-01-20"
    state = pw.CharField(default="queued")      # queued / sent / failed
    attempts = pw.IntegerField(default=0)
    next_try_at = pw.DateTimeField()
    last_words = pw.TextField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.ForeignKeyField(User, backref="+")
    sent_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "mail_queue"
        indexes = ((("estate", "state", "next_try_at"), False),)


class BilledMonth(BaseModel):
    """What one item's charges starting in one month add up to, cancelled ones not (schema 12):
    kept with every charge written or cancelled, in the same transaction (store/queries/billed.py),
    so the dashboard's 24 months read a few hundred rows rather than millions of charges. The
    check adds the charges up again and names a month that differs."""
    item = pw.ForeignKeyField(FeeItem, index=False)
    month = pw.CharField()                    # "YYYY-MM" of the charges' period_start
    billed_fen = Money(default=0)
    charges = pw.IntegerField(default=0)

    class Meta:
        table_name = "billed_month"
        indexes = ((("item", "month"), True),)


class OwingUnit(BaseModel):
    """What a unit owes on one day, by core.figures (schema 22): the open charges added up once, so
    the arrears list and the late payers read a row per unit, not hundreds of thousands of charges
    (store/queries/owing.py). A row says its day (`fresh_on`) and the late-fee rules it was worked
    with (`rules_key`); it is used only for that day, those rules, and while no charge of the unit
    has changed since (no OwingTouch row for it): anything else is worked out from the charges
    again, so a report is exact whatever this table holds. The check works every used row out
    again and names a unit that differs."""
    unit = pw.ForeignKeyField(Unit, primary_key=True, backref="+", on_delete="CASCADE")
    fresh_on = pw.DateField()
    rules_key = pw.CharField()
    overdue_fen = Money(default=0)
    due_today_fen = Money(default=0)
    not_due_fen = Money(default=0)
    late_fee_fen = Money(default=0)
    oldest_due = pw.DateField(null=True)
    first_period = pw.DateField(null=True)
    overdue_charges = pw.IntegerField(default=0)
    by_item = pw.TextField(default="")      # "items|fen of each" overdue ("1,3|1200,90"): store/queries/owing.py
    overdue_months = pw.BigIntegerField(default=0)   # bit n: a charge of the month n before fresh_on's overdue

    class Meta:
        table_name = "owing_unit"


class LateMonth(BaseModel):
    """How many lines of valid receipts paid a unit's charges of one month late (schema 22): the
    late payers' months paid late, a row per unit and month rather than a year of receipt lines.
    Kept by the database's own triggers on payment lines and receipts (store/queries/late_months.py),
    in the writer's transaction: a line written, a receipt voided or made valid again. The check
    counts the lines again and names a month that differs."""
    unit_id = pw.IntegerField()
    month = pw.IntegerField()                  # core.periods.Month.index() of the charge's period start
    lines = pw.IntegerField(default=0)

    class Meta:
        table_name = "late_month"
        primary_key = pw.CompositeKey("unit_id", "month")


class OwedMonth(BaseModel):
    """What is still owed now of one item's charges starting in one month (schema 22), kept by the
    database's own triggers on the charge table (store/queries/owed_months.py), in the writer's
    transaction, so the dashboard's 24 months and the collection report's earlier months read a
    few hundred rows, not half a million open charges. One PC keeps a row per item and month; a
    server adds a row of what each statement changed (no row is shared between counters, so none
    waits for another, nor takes rows crosswise with it), folded up now and then. The check adds
    the open charges up again and names a month that differs."""
    item_id = pw.IntegerField()
    month = pw.IntegerField()                  # core.periods.Month.index() of the charges' period start
    owed_fen = Money(default=0)

    class Meta:
        table_name = "owed_month"
        indexes = ((("item_id", "month"), False),)


class MonthUnits(BaseModel):
    """How many units one item's month billed and how many of them still owe (schema 23); item_id
    −estate id for all of the estate's items: the collection report's 户收费率 without grouping a
    month's charges by unit. Kept by the database's own triggers on the charge table
    (store/queries/month_units.py), in the writer's transaction, a row per item and month on one
    PC, rows of each statement's changes on a server (folded now and then). The check counts the
    charges again and names a month that differs."""
    item_id = pw.IntegerField()
    month = pw.IntegerField()                  # core.periods.Month.index() of the charges' period start
    units = pw.IntegerField(default=0)
    owing = pw.IntegerField(default=0)

    class Meta:
        table_name = "month_units"
        indexes = ((("item_id", "month"), False),)


class OwingTouch(BaseModel):
    """A unit whose charges a statement wrote (schema 22): added by the database's own triggers on
    the charge table (store/queries/owing.py TRIGGERS), so no writer, the program's or anyone's,
    can change a charge without it; a unit with such a row is worked out again. Writers only add
    rows (no lock between counters); a reader takes away only the rows it saw before it worked the
    units out again."""
    unit_id = pw.IntegerField(index=True)

    class Meta:
        table_name = "owing_touch"


class DebitAuth(BaseModel):
    """银行代扣授权 (schema 16): a unit's signed agreement that its bank pays its charges: the bank,
    account (kept whole, since the batch file needs it; masked wherever it is shown), holder, from
    when, which fee items (codes, comma-separated; empty: all) and up to when. Ended, never
    deleted: `ended_on` with who and why; audited."""
    estate = pw.ForeignKeyField(Estate, index=False)
    unit = pw.ForeignKeyField(Unit, index=False)
    bank = pw.CharField()
    account = pw.CharField()
    holder = pw.CharField()
    since = pw.DateField()
    until = pw.DateField(null=True)
    items = pw.CharField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    ended_on = pw.DateField(null=True)
    ended_by = pw.CharField(default="")
    end_reason = pw.TextField(default="")

    class Meta:
        table_name = "debit_auth"
        indexes = ((("estate", "unit"), False),)


class DebitBatch(BaseModel):
    """A direct-debit batch (schema 16): what the authorised units owed up to a date, sent to the
    bank in one file under a layout; its lines keep what each asked for."""
    estate = pw.ForeignKeyField(Estate, index=False)
    number = pw.CharField()                   # core.debit.batch_number
    up_to = pw.DateField()
    layout = pw.CharField()
    created_at = pw.DateTimeField()
    created_by = pw.CharField()
    total_fen = Money(default=0)

    class Meta:
        table_name = "debit_batch"
        indexes = ((("estate", "number"), True),)


class DebitLine(BaseModel):
    """One unit's line of a batch: its reference (batch number + line, unique: the request id of
    the payment it becomes), the account sent, the amount and the charges it covers (JSON
    [[charge id, principal], …]), and its outcome once the bank's return file is read."""
    batch = pw.ForeignKeyField(DebitBatch, backref="lines")
    line = pw.IntegerField()
    reference = pw.CharField(unique=True)
    unit = pw.ForeignKeyField(Unit, index=False)
    auth = pw.ForeignKeyField(DebitAuth, index=False)
    account = pw.CharField()
    holder = pw.CharField()
    amount_fen = Money()
    charges = pw.TextField()
    status = pw.CharField(default="sent")     # core.debit.STATES
    reason = pw.TextField(default="")
    payment = pw.ForeignKeyField(Payment, null=True, index=False)
    returned_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "debit_line"


ALL_MODELS = [Meta, Estate, Building, Unit, Person, Occupant, ParkingSpace, Vehicle, FeeItem,
              FeeStandard, Meter, MeterReading, SharedCost, User, BillingRun, Charge, Shift, Payment,
              PaymentLine, TenderRow, Refund, RefundLine, Reprint, PrepaidMovement, DocumentCounter, NumberSkip, DayClose,
              CashMovement, DiscountPolicy, DiscountLine, ReceiptBook, BookIssue, ReceiptForm, VoucherAccount, VoucherExport,
              OfferRule,
              Consultation,
              InvoiceRequest, InvoiceLine, OpeningDeposit, Reminder, BilledMonth, OwingUnit, OwingTouch, LateMonth, OwedMonth,
              MonthUnits,
              DebitAuth, DebitBatch, DebitLine, MailSettings, MailQueue, AuditLog, AuditHead]

# Worked out from the ledger's own rows (schema 22): a copy of the ledger starts without them and
# works them out again; they are neither copied nor compared.
DERIVED_MODELS = (OwingUnit, OwingTouch, LateMonth, OwedMonth, MonthUnits)

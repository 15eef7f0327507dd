"""Prepay offers kept by an administrator (交 N 月送 M 月, core/offers.py): list, add, end. A rule
is never edited; ending it sets its last day. Each change is audited in its transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core import offers as rules, text
from ...core.errors import NotFound, Refused
from ...store.db import write_transaction
from ...store.queries import offers as offer_rows
from ...store.queries.charges import items_by_id
from ...ledger import audit, clock
from ...ledger.context import Actor
from ...ledger.estate import estate_of, find_item
from ...ledger.planner import PERIODIC


@dataclass(frozen=True)
class OfferRow:
    id: int
    name: str
    item_code: str
    item_name: str
    terms: str
    valid_from: date
    valid_to: date | None
    in_force: bool          # today, by the estate's business date


def list_offers(actor: Actor) -> list[OfferRow]:
    actor.require("charge.view")
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    items = items_by_id()
    out = []
    for row in offer_rows.rules_of_estate(estate.id):
        rule = rules.OfferRule(*row)
        item = items[rule.item_id]
        out.append(OfferRow(rule.id, rule.name, item.code, item.name, rule.terms, rule.valid_from, rule.valid_to,
                            rule.in_force(today)))
    return out


def add_offer(actor: Actor, item_code: str, name: str, months_paid: int, months_free: int,
              valid_from: date, valid_to: date | None = None) -> OfferRow:
    """A new rule on a periodic fee item, in force from `valid_from` to `valid_to` (open when None)."""
    actor.require("standard.edit")
    name = text.clean(name, "优惠名称", text.NAME)
    rules.check_terms(name, months_paid, months_free, valid_from, valid_to)
    estate = estate_of(actor)
    item = find_item(actor, item_code)
    if item.kind not in PERIODIC:
        raise Refused("{item} 不是按月收取的项目，不能设预交优惠", item=item.name)
    with write_transaction():
        if offer_rows.rule_named(estate.id, name) is not None:
            raise Refused("已有名为 {name} 的优惠", name=name)
        row = offer_rows.new_rule(estate=estate.id, item=item.id, name=name, months_paid=months_paid,
                                  months_free=months_free, valid_from=valid_from, valid_to=valid_to,
                                  created_at=clock.to_db(clock.now_utc()), created_by=actor.username)
        audit.record(actor.username, "offer.create", "offer_rule", row.id,
                     after={"estate": estate.id, "item": item.code, "name": name, "months_paid": months_paid,
                            "months_free": months_free, "from": valid_from, "to": valid_to})
    return _row_named(actor, name)


def end_offer(actor: Actor, name: str, last_day: date | None = None) -> OfferRow:
    """End a rule: it applies to no payment after `last_day` (today when none). A rule cannot be
    ended before it began nor lengthened; what it gave stays on its receipts."""
    actor.require("standard.edit")
    estate = estate_of(actor)
    last_day = last_day or clock.business_date(estate.timezone)
    with write_transaction():
        found = offer_rows.rule_named(estate.id, (name or "").strip())
        if found is None:
            raise NotFound("没有名为 {name} 的优惠", name=name)
        rule = rules.OfferRule(*found)
        if last_day < rule.valid_from:
            raise Refused("优惠 {name} 从 {start} 起，不能在此之前结束", name=rule.name, start=rule.valid_from)
        if rule.valid_to is not None and last_day >= rule.valid_to:
            raise Refused("优惠 {name} 已于 {end} 结束", name=rule.name, end=rule.valid_to)
        offer_rows.end_rule(rule.id, last_day, actor.username)
        audit.record(actor.username, "offer.end", "offer_rule", rule.id, before={"to": rule.valid_to},
                     after={"name": rule.name, "to": last_day})
    return _row_named(actor, rule.name)


def _row_named(actor: Actor, name: str) -> OfferRow:
    return next(r for r in list_offers(actor) if r.name == name)

"""The consultation log (咨询登记): its rows, written and read by estate."""
from __future__ import annotations

from ..models import Consultation


def create_consultation(*, estate: int, created_at, user: int, shift: int | None, unit, caller: str, item,
                        topic: str, question: str, answer: str, outcome: str, follow_up_owner: str):
    """A new consultation (its Consultation row), inside the caller's transaction."""
    return Consultation.create(estate=estate, created_at=created_at, user=user, shift=shift, unit=unit,
                               caller=caller, item=item, topic=topic, question=question, answer=answer,
                               outcome=outcome, follow_up_owner=follow_up_owner)


def consultation_of_estate(consultation_id: int, estate_id: int):
    """A consultation of the estate (a Consultation row), or None."""
    return Consultation.get_or_none((Consultation.id == consultation_id) & (Consultation.estate == estate_id))


def close_consultation(consultation_id: int, closed_at, answer: str) -> None:
    Consultation.update(closed_at=closed_at, answer=answer).where(Consultation.id == consultation_id).execute()


def open_follow_ups(estate_id: int) -> list:
    """The estate's consultations still to follow up, oldest first."""
    return list(Consultation.select().where((Consultation.estate == estate_id) &
                                            (Consultation.outcome != "answered") & Consultation.closed_at.is_null(True))
                .order_by(Consultation.created_at))


def consultations_of(estate_id: int) -> list:
    """Every consultation of the estate, oldest first."""
    return list(Consultation.select().where(Consultation.estate == estate_id).order_by(Consultation.created_at))

"""Looking up what a use case was asked about, and the one sentence when it does not exist."""

from __future__ import annotations

from sqlalchemy.orm import Session as OrmSession

from app.core.messages import QT_TRANSLATE_NOOP
from app.services.errors import NotFoundError
from app.storage.models import CustomerRow


def no_customer(customer_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Messages", "Customer {id} does not exist.").format(id=customer_id)
    )


def customer_row(orm: OrmSession, customer_id: int) -> CustomerRow:
    """The customer's row; NotFoundError when there is none."""
    customer = orm.get(CustomerRow, customer_id)
    if customer is None:
        raise no_customer(customer_id)
    return customer

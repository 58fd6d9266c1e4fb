"""Errors a use case raises when what it was asked about does not exist or clashes."""

from app.core.errors import DomainError


class NotFoundError(DomainError):
    """The customer, equipment or session named does not exist."""


class ConflictError(DomainError):
    """The change would duplicate something that must be unique."""


class OutsideHoursError(DomainError):
    """The customer's policy refuses this time; the technician may go ahead with a reason."""


class MissedAppointmentError(DomainError):
    """The customer is later than the tolerance: the booking is now missed. Reschedule it, or
    start anyway with a reason."""

    def __init__(self, message: str, appointment_id: int) -> None:
        super().__init__(message)
        self.appointment_id = appointment_id

"""The background sender: a plain thread that sends due mail now and then, and at once when woken
(after something was queued). No Qt: the GUI starts it, or calls MailCourier.send_due from a timer
on its own background helper instead."""

from __future__ import annotations

import logging
import threading

from app.services.mail_courier import MailCourier, SendReport

log = logging.getLogger(__name__)

POLL_SECONDS = 60.0  # how often due messages (retries) are looked for without a wake-up
STOP_SECONDS = 45.0  # longest wait for a send in progress when stopping (SMTP timeouts are 30 s)


class MailWorker:
    def __init__(self, courier: MailCourier, poll_seconds: float = POLL_SECONDS) -> None:
        self._courier = courier
        self._poll = poll_seconds
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_report = SendReport()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="assistdesk-mail", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look for due messages now (call it after queueing one)."""
        self._wake.set()

    def stop(self, timeout: float = STOP_SECONDS) -> bool:
        """Stop after the message being sent, if any; False if it did not stop in time (it is a
        daemon thread; a message cut short is shown as interrupted, never silently resent)."""
        self._stopping.set()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self.last_report = self._courier.send_due()
            except Exception:  # a database outage must not end the thread: try again later
                log.exception("sending mail failed")
            self._wake.wait(self._poll)
            self._wake.clear()

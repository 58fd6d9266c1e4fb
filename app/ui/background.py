"""The one way the GUI runs slow work: on the global QThreadPool, off the UI thread.

`run_in_background(work, on_done, on_error)` calls `work()` on a pool thread and delivers its
result to `on_done`, or its exception to `on_error`, back on the UI thread through queued signals,
so the window keeps painting while a database opens. Without `on_error`, failures go to the one
error dialog (app.ui.error_dialog.show_error).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.ui.error_dialog import show_error

# Relays waiting for their task; holding them here keeps them alive until delivery.
_pending: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    """Lives on the UI thread; its signals carry one task's outcome back to it.

    Tests can wait on `done` or `failed` with qtbot.waitSignal.
    """

    done = Signal(object)
    failed = Signal(object)
    _finished = Signal(bool, object)  # emitted on the pool thread, received on the UI thread

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        # This object lives on the UI thread, so a pool thread's emit is queued to it.
        self._finished.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        _pending.discard(self)
        if ok:
            self._on_done(value)
            self.done.emit(value)
            return
        assert isinstance(value, Exception)
        if self._on_error is not None:
            self._on_error(value)
        else:
            show_error(None, value)
        self.failed.emit(value)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], task: BackgroundTask) -> None:
        super().__init__()
        self._work = work
        self._task = task

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, never lost on the pool thread
            self._task._finished.emit(False, error)
        else:
            self._task._finished.emit(True, result)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
) -> BackgroundTask:
    """Start `work` on a pool thread; `on_done(result)` / `on_error(exception)` run on this one."""
    task = BackgroundTask(on_done, on_error)
    _pending.add(task)
    QThreadPool.globalInstance().start(_Runnable(work, task))
    return task


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until pool threads are idle (at exit, so no thread outlives the interpreter)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

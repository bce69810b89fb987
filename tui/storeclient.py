"""The one thread that touches the annotation store.

Every store call is queued here and runs in order on a single thread, so the
event loop never waits on a save (an fsync can take milliseconds, compaction
half a second) and changes are saved in exactly the order they were made.
A Textual thread worker per save would not keep that order.

The reader uses :meth:`StoreClient.post`: a job returns a typed message
(:mod:`tui.messages`), which is posted to the screen from this thread; a job that
raises posts :class:`~tui.messages.StoreFailed`, which reaches the reader's one
failure handler.  :meth:`StoreClient.call` returns a ``concurrent.futures.Future``
for code that may wait (the extraction worker's analysis cache, closing).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from annotations.store.store import AnnotationStore

if TYPE_CHECKING:
    from textual.message import Message
    from textual.message_pump import MessagePump

T = TypeVar("T")


class StoreClient:
    def __init__(self, store: AnnotationStore) -> None:
        self.store = store
        self._queue: queue.SimpleQueue[tuple[Future, Callable, tuple] | None] = queue.SimpleQueue()
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="presslens-store", daemon=True)
        self._thread.start()
        self._closed = False

    @property
    def pending(self) -> int:
        """Calls queued or running (0 means everything reported is saved; a call's reply is posted
        after it stops counting here)."""
        return self._pending

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def call(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``fn(store, *args)`` on the store thread, after everything queued before it."""
        future: Future[T] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the store is closed"))
            return future
        with self._lock:
            self._pending += 1
        self._queue.put((future, fn, args))
        return future

    def post(self, target: MessagePump, what: str, job: Callable[[AnnotationStore], Message | None]) -> None:
        """Run ``job(store)`` in order; post the message it returns to ``target``, or StoreFailed if it raises."""
        from tui.messages import StoreFailed

        def reply(future: Future) -> None:  # runs on the store thread; post_message is thread-safe
            error = future.exception()
            message = StoreFailed(what, error) if error is not None else future.result()
            if message is not None:
                target.post_message(message)

        self.call(job).add_done_callback(reply)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            future, fn, args = item
            # The job is counted done before its outcome is set: setting it runs the reply that posts
            # to the screen, and the screen, handling it at once, says "saved" only when nothing is
            # pending (counted after, a reply handled before this thread went on left "saving…").
            if not future.set_running_or_notify_cancel():
                self._finished()
                continue
            try:
                result = fn(self.store, *args)
            except BaseException as exc:  # reported to the caller, never lost
                self._finished()
                future.set_exception(exc)
            else:
                self._finished()
                future.set_result(result)

    def _finished(self) -> None:
        with self._lock:
            self._pending -= 1

    def close(self, timeout: float | None = 30.0) -> None:
        """Finish every queued call, then close the store (compacting it). A second call, from any thread,
        waits for the close the first one began."""
        if self._closed:
            self._thread.join(timeout)
            return
        done = self.call(lambda store: store.close())  # queued last, then nothing more is accepted
        self._closed = True
        self._queue.put(None)
        self._thread.join(timeout)
        if done.done() and done.exception() is not None:
            raise done.exception()  # type: ignore[misc]

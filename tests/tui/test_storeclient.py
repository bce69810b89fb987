"""The store thread (tui/storeclient.py): a job's reply reaches the screen with the job counted as done.

The reader says "saved" when a reply arrives and nothing is left queued.  The thread used to count a
job as done only after posting its reply, so a reply handled at once (a loaded machine switches threads
there) still saw the job pending, and the status line said "saving…" until the next change."""

from __future__ import annotations

import threading

from annotations.store.store import AnnotationStore
from tui.storeclient import StoreClient


class Recorder:
    """A post target that notes how many jobs the client still counts when each reply arrives."""

    def __init__(self) -> None:
        self.client: StoreClient | None = None
        self.seen: list[tuple[str, int]] = []
        self.done = threading.Event()

    def post_message(self, message) -> bool:
        self.seen.append((message, self.client.pending))
        if message == "last":
            self.done.set()
        return True


def test_a_reply_is_posted_after_its_job_is_counted_done(tmp_path):
    client = StoreClient(AnnotationStore(tmp_path / "db.json"))
    target = Recorder()
    target.client = client
    try:
        client.post(target, "first", lambda store: "first")
        client.post(target, "last", lambda store: "last")
        assert target.done.wait(10)
    finally:
        client.close()
    # each reply sees the jobs queued after it, never itself: the last one sees nothing pending
    assert target.seen[-1] == ("last", 0)
    assert [message for message, _ in target.seen] == ["first", "last"]
    assert target.seen[0][1] in (0, 1)


def test_a_failed_job_is_counted_done_before_its_failure_is_posted(tmp_path):
    from tui.messages import StoreFailed

    client = StoreClient(AnnotationStore(tmp_path / "db.json"))
    target = Recorder()
    target.client = client

    def boom(store):
        raise OSError("disk full")

    try:
        client.post(target, "a change", boom)
        client.post(target, "last", lambda store: "last")
        assert target.done.wait(10)
    finally:
        client.close()
    failure, pending = target.seen[0]
    assert isinstance(failure, StoreFailed) and pending in (0, 1)
    assert target.seen[-1] == ("last", 0)
    assert client.pending == 0

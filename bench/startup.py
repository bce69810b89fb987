"""Start-up time and terminal bytes per key, measured on a real pty.

Prints:
  * process start -> first paint of `presslens open seeds/*`, and of a bare
    Textual app showing one Static, and their ratio (median of N runs);
  * bytes written to the terminal for one Down and one PageDown on a
    5,000-word article at 100x40.

Run: .venv/bin/python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

BARE_APP = textwrap.dedent(
    """
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        def compose(self):
            yield Static("Russia bare static app")

    Bare().run()
    """
)


#: Set in main(): the database and config the runs use (never the user's own: a run is
#: stopped with SIGTERM, and each would leave its journal in the user's database).
ISOLATED: dict[str, str] = {}


def spawn(argv: list[str], cols: int, rows: int) -> tuple[int, int]:
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows), **ISOLATED})
        os.environ.pop("SSH_CONNECTION", None)
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_until(fd: int, needle: bytes, timeout: float = 30.0) -> bytes:
    out = b""
    deadline = time.monotonic() + timeout
    while needle not in out:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{needle!r} never appeared")
        if select.select([fd], [], [], 0.05)[0]:
            out += os.read(fd, 1 << 16)
    return out


def drain(fd: int, quiet: float = 0.4) -> bytes:
    """Read until nothing arrives for `quiet` seconds."""
    out = b""
    while select.select([fd], [], [], quiet)[0]:
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return out


def stop(pid: int, fd: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    drain(fd, 0.2)
    os.waitpid(pid, 0)
    os.close(fd)


def time_to_paint(argv: list[str], needle: bytes) -> float:
    start = time.perf_counter()
    pid, fd = spawn(argv, 100, 30)
    try:
        read_until(fd, needle)
        return time.perf_counter() - start
    finally:
        stop(pid, fd)


def bytes_per_key(argv: list[str], key: bytes, presses: int = 7) -> list[int]:
    pid, fd = spawn(argv, 100, 40)
    try:
        read_until(fd, b"words")
        read_until(fd, b"builtin")  # the engine's name in the status line: highlights are painted
        drain(fd, 1.0)
        sizes = []
        for _ in range(presses):
            os.write(fd, key)
            sizes.append(len(drain(fd, 0.4)))
        return sizes
    finally:
        stop(pid, fd)


def article(words: int) -> str:
    vocab = (
        "Russia began restricting some Telegram and WhatsApp calls arguing that the foreign-owned "
        "platforms are failing to share information with law enforcement in fraud and terrorism cases "
        "the country's digital development ministry said on Wednesday"
    ).split()
    out, paragraph = [], []
    for i in range(words):
        paragraph.append(vocab[(i * 7) % len(vocab)])
        if len(paragraph) == 90:
            out.append(" ".join(paragraph) + ".")
            paragraph = []
    out.append(" ".join(paragraph) + ".")
    return "\n\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # Measure what a user sees: modules byte-compiled, as pip leaves Textual's.  (With
    # PYTHONDONTWRITEBYTECODE set and no bytecode, every start would recompile the project.)
    import compileall

    for package in ("annotations", "tui"):
        compileall.compile_dir(ROOT / package, quiet=1)

    presslens = [str(BIN / "presslens"), "open", *sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        # A fresh database (the first run stores the articles and their analyses, as a user's
        # first start would; the others reopen it) and no config file.
        ISOLATED.update(PRESSLENS_DB=str(Path(tmp) / "bench.json"), PRESSLENS_CONFIG=str(Path(tmp) / "none.toml"))
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE_APP)
        bare = [sys.executable, str(bare_script)]
        time_to_paint(presslens, b"Russia")  # warm the file cache
        time_to_paint(bare, b"Russia")
        # Interleaved, so both see the same machine (its speed drifts between runs).
        ours, base = [], []
        for _ in range(args.runs):
            ours.append(time_to_paint(presslens, b"Russia"))
            base.append(time_to_paint(bare, b"Russia"))
        long_path = Path(tmp) / "long.txt"
        long_path.write_text(article(5000))
        long_argv = [str(BIN / "presslens"), "open", str(long_path)]
        down = bytes_per_key(long_argv, b"\x1b[B")
        page = bytes_per_key(long_argv, b"\x1b[6~", presses=5)

    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(f"first paint, presslens open seeds/*   median {m_ours * 1000:7.0f} ms  (runs: {', '.join(f'{t * 1000:.0f}' for t in ours)})")
    print(f"first paint, bare Textual + Static    median {m_base * 1000:7.0f} ms  (runs: {', '.join(f'{t * 1000:.0f}' for t in base)})")
    pairs = statistics.median(o / b for o, b in zip(ours, base))
    print(f"ratio of medians                      {m_ours / m_base:7.2f}     (target <= 1.3)")
    print(f"median of paired ratios               {pairs:7.2f}")
    print(f"ratio of the fastest runs             {min(ours) / min(base):7.2f}     (noise only adds time)")
    print(f"bytes per Down, 5,000 words, 100x40   median {statistics.median(down):7.0f} B   (each: {down}; target <= 2048)")
    print(f"bytes per PageDown, same              median {statistics.median(page):7.0f} B   (each: {page})")


if __name__ == "__main__":
    main()

"""The parent side of the child process: start it, send one rule's work, enforce the time limit.

One child serves the whole file (starting Python and numpy is most of the cost); a rule that
does not answer within the limit gets its child killed, and the next request starts a new one.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import subprocess
import sys
import time

import engine
from engine.homework.reference import RULES

DEFAULT_TIMEOUT = 5.0
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(engine.__file__)))


def file_digest(path: str) -> str:
    """The sha256 of a file's bytes: what a session remembers and trust is granted to."""
    import hashlib  # when a student file is opened: OpenSSL's load costs the window's start-up

    with open(path, "rb") as stream:
        return hashlib.sha256(stream.read()).hexdigest()


class ChildFailed(Exception):
    """The child did not answer: it timed out or it ended (the student called exit...)."""


class Child:
    """A driver process for one student file; `ask` sends a request and waits for the answer."""

    def __init__(self, path: str, timeout: float = DEFAULT_TIMEOUT):
        self.path, self.timeout = os.path.abspath(path), timeout
        self.process: subprocess.Popen | None = None
        self.buffer = b""
        self.started = 0  # how many children this one has started (a test counts restarts)

    def start(self) -> dict:
        """Start a child; its first answer: {'found': [rule names]} or {'error': ...}."""
        self.close()
        paths = [ROOT, os.environ.get("PYTHONPATH", "")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
        command = [sys.executable, "-m", "engine.homework.driver", self.path, *RULES]
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=os.path.dirname(self.path),
            env=env,
        )
        self.buffer, self.started = b"", self.started + 1
        return self._answer()

    def ask(self, request: dict) -> dict:
        """One request's answer; raises ChildFailed (and closes the child) if none comes."""
        if self.process is None or self.process.poll() is not None:
            loaded = self.start()
            if "error" in loaded:
                raise ChildFailed(loaded["error"])
        try:
            self.process.stdin.write((json.dumps({**request, "path": self.path}) + "\n").encode())
            self.process.stdin.flush()
        except OSError:
            self.close()
            raise ChildFailed("the file's code ended the process") from None
        return self._answer()

    def _answer(self) -> dict:
        deadline = time.monotonic() + self.timeout
        stream = self.process.stdout
        with selectors.DefaultSelector() as selector:
            selector.register(stream, selectors.EVENT_READ)
            while b"\n" not in self.buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    self.close()
                    raise ChildFailed(f"did not return within {self.timeout:g} s")
                chunk = os.read(stream.fileno(), 1 << 20)
                if not chunk:
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        self.process.wait(timeout=self.timeout)
                    code = self.close()
                    raise ChildFailed(f"the file's code ended the process (exit status {code})")
                self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def close(self) -> int | None:
        """Kill the child if it runs; its exit status."""
        process, self.process = self.process, None
        if process is None:
            return None
        if process.poll() is None:
            process.kill()
        for pipe in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):
                pipe.close()
        return process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

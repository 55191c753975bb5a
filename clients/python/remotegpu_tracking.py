"""remotegpu experiment tracking: log a run's step metrics and text from Python training code.

One file, the standard library only (Python 3.8+): copy it next to your code or into the image.

Inside a task (``REMOTEGPU_RUN_DIR`` set) every row is one line appended to
``$REMOTEGPU_RUN_DIR/metrics.jsonl``, which the agent tails and ships over its own connection: this
needs no network in the container. Text goes to stdout, which the agent ships as the task's log.

Outside a task (a laptop) the run is created and fed through the tracking HTTP API: rows are sent
in batches (500 rows, or 2 seconds after the first unsent one, and on ``flush()``/``finish()``);
429 (after the wait its headers ask for), 5xx and network errors are retried with capped
exponential backoff, each retry repeating the same body with the same ``Idempotency-Key``.

    import remotegpu_tracking

    with remotegpu_tracking.init(project="vision", name="r1", config={"lr": 1e-3}) as run:
        for step in range(100):
            run.log({"loss": 1 / (step + 1)}, step=step)
        run.log_text("done")

See docs/clients.md in the remotegpu repository.
"""

import atexit
import http.client
import json
import math
import numbers
import os
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Dict, List, Mapping, Optional

__all__ = ["init", "Run", "TrackingError", "RUN_STATUSES"]
__version__ = "0.1.0"

RUN_STATUSES = ("finished", "failed", "interrupted")
_RESERVED = ("step", "global_step")
_MAX_NAME = 256
_MAX_STEP = 2**53 - 1
_MAX_RATE_LIMIT_WAIT = 60.0


class TrackingError(Exception):
    """A refusal or failure of the tracking API; ``status`` is None for network errors."""

    def __init__(self, message: str, status: Optional[int] = None, retryable: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable


def _metric_row(metrics: Any, step: int) -> Dict[str, Any]:
    """The row for ``metrics`` at ``step``; raises TypeError/ValueError saying what is wrong."""
    if not isinstance(metrics, Mapping):
        raise TypeError("metrics must be a dict of name -> number")
    if len(metrics) == 0:
        raise ValueError("metrics must name at least one value")
    row = {"step": step}  # type: Dict[str, Any]
    for name, value in metrics.items():
        if not isinstance(name, str) or not 1 <= len(name) <= _MAX_NAME:
            raise ValueError("metric names must be strings of 1 to %d characters" % _MAX_NAME)
        if name in _RESERVED:
            raise ValueError('"%s" is the step: pass it as step=... instead' % name)
        # numbers.Real takes int, float and numpy's scalars; bool is an int but not a metric.
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise TypeError('metric "%s" must be a number, not %s' % (name, type(value).__name__))
        value = value if isinstance(value, int) else float(value)
        # JSON has no NaN or Infinity: a line with one would be unreadable to the agent.
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError('metric "%s" must be finite, not %r' % (name, value))
        row[name] = value
    return row


def _check_step(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, int) or not 0 <= step <= _MAX_STEP:
        raise ValueError("step must be a whole number from 0 to 2**53-1, not %r" % (step,))
    return step


def _check_status(status: Any) -> str:
    if status not in RUN_STATUSES:
        raise ValueError("status must be one of %s, not %r" % (", ".join(RUN_STATUSES), status))
    return status


def _split_lines(text: str) -> List[str]:
    """The lines of a text for the run's log; one trailing newline ends the last line."""
    return re.split(r"\r?\n", re.sub(r"\r?\n$", "", text))


def _dumps(value: Any) -> str:
    # Compact, like the TypeScript client, so both write the same lines.
    return json.dumps(value, separators=(",", ":"), allow_nan=False)


class Run:
    """A run being logged. Use ``init()`` to get one; ``with`` finishes it ("failed" on an exception)."""

    mode = "file"  # type: str

    def __init__(self, run_id: str, output_dir: Optional[str]) -> None:
        self.id = run_id
        self.output_dir = output_dir
        self.step = -1
        self._closed = False
        self._lock = threading.Lock()

    def _next_row(self, metrics: Any, step: Optional[int]) -> Dict[str, Any]:
        if self._closed:
            raise RuntimeError("the run is finished: log() after finish()")
        return _metric_row(metrics, self.step + 1 if step is None else _check_step(step))

    def _check_text(self, text: Any) -> str:
        if self._closed:
            raise RuntimeError("the run is finished: log_text() after finish()")
        if not isinstance(text, str):
            raise TypeError("log_text() takes a str")
        return text

    def log(self, metrics: Mapping[str, float], step: Optional[int] = None) -> None:
        """One row of metrics at ``step`` (default: the previous step + 1, starting at 0).

        A bad name or value (NaN, infinity, not a number) raises and changes nothing.
        """
        raise NotImplementedError

    def log_text(self, text: str) -> None:
        """A line of text: stdout inside a task, the run's log outside."""
        raise NotImplementedError

    def flush(self) -> None:
        """Returns when everything logged so far is written or accepted; raises otherwise (nothing is dropped)."""

    def finish(self, status: str = "finished") -> None:
        """Flushes, then marks the run finished (outside a task). Inside a task only closes the file."""
        raise NotImplementedError

    def __enter__(self) -> "Run":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.finish("finished")
            return
        status = "interrupted" if issubclass(exc_type, KeyboardInterrupt) else "failed"
        try:
            self.finish(status)
        except Exception as err:  # the original exception matters more
            sys.stderr.write("remotegpu_tracking: could not finish run %s as %s: %s\n" % (self.id, status, err))


class _FileRun(Run):
    mode = "file"

    def __init__(self, run_dir: str, run_id: str, output_dir: Optional[str], write_text: Callable[[str], Any]) -> None:
        super().__init__(run_id, output_dir)
        self.path = os.path.join(run_dir, "metrics.jsonl")
        self._write_text = write_text
        try:
            # O_APPEND: every write lands at the end, even with other writers in the task.
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as err:
            raise OSError("cannot open %s (REMOTEGPU_RUN_DIR): %s" % (self.path, err.strerror)) from err

    def log(self, metrics: Mapping[str, float], step: Optional[int] = None) -> None:
        with self._lock:
            row = self._next_row(metrics, step)
            line = (_dumps(row) + "\n").encode("utf-8")
            # The whole line in one write(2): the agent tailing the file never reads half an object.
            written = os.write(self._fd, line)
            if written != len(line):
                raise OSError("%s: wrote %d of %d bytes (disk full?)" % (self.path, written, len(line)))
            self.step = row["step"]

    def log_text(self, text: str) -> None:
        self._write_text(self._check_text(text) + "\n")

    def flush(self) -> None:
        pass  # every line was written by log() itself

    def finish(self, status: str = "finished") -> None:
        _check_status(status)
        with self._lock:
            if self._closed:
                return
            self._closed = True
            os.close(self._fd)


def _base_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("the tracking URL must be http(s)://host[:port][/path], not %r" % (url,))
    if parts.query or parts.fragment:
        raise ValueError("the tracking URL takes no query or fragment")
    path = parts.path.rstrip("/")
    if path.endswith("/api"):
        path = path[: -len("/api")]
    return "%s://%s%s" % (parts.scheme, parts.netloc, path)


def _rate_limit_wait(headers: Any) -> Optional[float]:
    """Seconds asked for by X-RateLimit-Reset (seconds until reset) or Retry-After (seconds or a date)."""
    waits = []  # type: List[float]
    for name in ("X-RateLimit-Reset", "Retry-After"):
        value = headers.get(name) if headers is not None else None
        if value is None:
            continue
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError, IndexError):
                continue
        if math.isfinite(seconds):
            waits.append(max(0.0, seconds))
    return min(max(waits), _MAX_RATE_LIMIT_WAIT) if waits else None


def _error_message(text: str) -> str:
    try:
        body = json.loads(text)
        if isinstance(body, dict):
            for key in ("detail", "error", "message"):
                if isinstance(body.get(key), str):
                    return body[key]
                if body.get(key) is not None:
                    return _dumps(body[key])[:500]
    except ValueError:
        pass
    return text[:500] or "(empty answer)"


class _Client:
    """POSTs JSON to the tracking API with retries and, after a login, token renewal on a 401."""

    def __init__(self, base: str, token: Optional[str], credentials: Optional[Dict[str, str]], retry: Dict[str, float]) -> None:
        self.base = base
        self.token = token
        self.credentials = credentials
        self.refresh_token = None  # type: Optional[str]
        self.retry = retry

    def login(self) -> None:
        if not self.credentials:
            raise TrackingError("no username and password to log in with")
        self._take(self.request("/api/v1/auth/login", _dumps(self.credentials), auth=False), "login")

    def renew(self) -> None:
        if self.refresh_token is not None:
            try:
                self._take(self.request("/api/v1/auth/refresh", _dumps({"refresh_token": self.refresh_token}), auth=False), "refresh")
                return
            except TrackingError as err:
                if err.status is None or err.status >= 500:
                    raise
                # A refused refresh token (expired, or its session ended): log in again.
        self.login()

    def _take(self, answer: Any, what: str) -> None:
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            raise TrackingError("%s answered without an access_token" % what)
        self.token = data["access_token"]
        refresh = data.get("refresh_token")
        self.refresh_token = refresh if isinstance(refresh, str) else None

    def request(self, path: str, body: str, auth: bool = True, idempotency_key: Optional[str] = None) -> Any:
        """The parsed answer, or TrackingError after the retries. ``body`` is sent as is on every attempt."""
        renewed = False
        attempt = 0
        while True:
            headers = {"Content-Type": "application/json", "Accept": "application/json", "User-Agent": "remotegpu-tracking-python/" + __version__}
            if auth and self.token:
                headers["Authorization"] = "Bearer " + self.token
            if idempotency_key:
                headers["Idempotency-Key"] = idempotency_key
            req = urllib.request.Request(self.base + path, data=body.encode("utf-8"), headers=headers, method="POST")
            wait = None  # type: Optional[float]
            try:
                with urllib.request.urlopen(req, timeout=self.retry["timeout"]) as res:
                    text = res.read().decode("utf-8", "replace")
                try:
                    return json.loads(text) if text else None
                except ValueError:
                    raise TrackingError("POST %s: the answer is not JSON: %s" % (path, text[:200]), res.status) from None
            except urllib.error.HTTPError as err:
                status = err.code
                text = err.read().decode("utf-8", "replace")
                if status == 401 and auth and self.credentials and not renewed:
                    # An expired access token: renew once and try again without counting a retry.
                    renewed = True
                    self.renew()
                    continue
                if status in (429, 503):
                    wait = _rate_limit_wait(err.headers)
                failure = TrackingError("POST %s: %d %s" % (path, status, _error_message(text)), status, status in (408, 429) or status >= 500)
            except TrackingError:
                raise
            except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
                # No answer (refused, reset, timed out): the request may or may not have arrived.
                reason = getattr(err, "reason", err)
                failure = TrackingError("POST %s: %s" % (path, reason), None, True)
            if not failure.retryable or attempt >= self.retry["max_retries"]:
                raise failure
            if wait is None:
                ceiling = min(self.retry["max"], self.retry["base"] * 2**attempt)
                wait = ceiling / 2 + random.random() * ceiling / 2
            attempt += 1
            time.sleep(wait)


class _HttpRun(Run):
    mode = "http"

    def __init__(self, run_id: str, client: _Client, batch_rows: int, flush_interval: float, max_buffered_rows: int) -> None:
        super().__init__(run_id, None)
        self._client = client
        self._batch_rows = batch_rows
        self._flush_interval = flush_interval
        self._max_buffered_rows = max_buffered_rows
        self._rows = []  # type: List[Dict[str, Any]]
        self._lines = []  # type: List[str]
        # The batch being sent, kept until accepted; never re-cut, so a retry is recognisable.
        self._row_batch = None  # type: Optional[Dict[str, Any]]
        self._line_batch = None  # type: Optional[Dict[str, Any]]
        self._first_unsent = None  # type: Optional[float]
        self._send_lock = threading.Lock()  # one drain at a time: batches arrive in order
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._last_error = None  # type: Optional[BaseException]
        self._finish_key = None  # type: Optional[str]
        self._finished = False
        self._thread = threading.Thread(target=self._background, name="remotegpu-tracking-" + run_id, daemon=True)
        self._thread.start()
        # A script that ends without finish() still delivers what it logged.
        atexit.register(self._at_exit)

    @property
    def _path(self) -> str:
        return "/api/runs/" + urllib.parse.quote(self.id, safe="")

    def pending_rows(self) -> int:
        """Rows not yet accepted by the API."""
        with self._lock:
            return len(self._rows) + (self._row_batch["count"] if self._row_batch else 0)

    def log(self, metrics: Mapping[str, float], step: Optional[int] = None) -> None:
        with self._lock:
            row = self._next_row(metrics, step)
            pending = len(self._rows) + (self._row_batch["count"] if self._row_batch else 0)
            if pending >= self._max_buffered_rows:
                reason = " (%s)" % self._last_error if self._last_error else ""
                raise TrackingError("%d rows are waiting for the tracking API%s: call flush() to see why" % (pending, reason))
            self._rows.append(row)
            self.step = row["step"]
            if self._first_unsent is None:
                self._first_unsent = time.monotonic()
            if len(self._rows) >= self._batch_rows:
                self._wake.set()

    def log_text(self, text: str) -> None:
        with self._lock:
            self._lines.extend(_split_lines(self._check_text(text)))
            if self._first_unsent is None:
                self._first_unsent = time.monotonic()
            if len(self._lines) >= self._batch_rows:
                self._wake.set()

    def flush(self) -> None:
        with self._send_lock:
            self._drain()

    def finish(self, status: str = "finished") -> None:
        _check_status(status)
        if self._finished:
            return
        self._closed = True
        # If either step fails nothing is lost: the rows stay queued and finish() may be called again.
        self.flush()
        if self._finish_key is None:
            self._finish_key = str(uuid.uuid4())
        self._client.request(self._path + "/finish", _dumps({"status": status}), idempotency_key=self._finish_key)
        self._finished = True
        self._stopped.set()
        self._wake.set()
        atexit.unregister(self._at_exit)

    def _drain(self) -> None:
        """Sends batches, oldest first, until nothing is queued. Call with _send_lock held."""
        try:
            while True:
                with self._lock:
                    if self._row_batch is None and self._rows:
                        rows, self._rows = self._rows[: self._batch_rows], self._rows[self._batch_rows :]
                        self._row_batch = {"path": self._path + "/metrics", "body": _dumps({"rows": rows}), "key": str(uuid.uuid4()), "count": len(rows)}
                    if self._line_batch is None and self._lines:
                        lines, self._lines = self._lines[: self._batch_rows], self._lines[self._batch_rows :]
                        self._line_batch = {"path": self._path + "/logs", "body": _dumps({"lines": lines}), "key": str(uuid.uuid4()), "count": 0}
                    if not self._rows and not self._lines:
                        self._first_unsent = None
                    batch = self._row_batch or self._line_batch
                if batch is None:
                    break
                self._client.request(batch["path"], batch["body"], idempotency_key=batch["key"])
                with self._lock:
                    if batch is self._row_batch:
                        self._row_batch = None
                    else:
                        self._line_batch = None
            self._last_error = None
        except BaseException as err:
            self._last_error = err
            raise

    def _due(self) -> bool:
        with self._lock:
            if len(self._rows) >= self._batch_rows or len(self._lines) >= self._batch_rows:
                return True
            return self._first_unsent is not None and time.monotonic() - self._first_unsent >= self._flush_interval

    def _background(self) -> None:
        while not self._stopped.is_set():
            self._wake.wait(min(0.25, self._flush_interval))
            self._wake.clear()
            if self._stopped.is_set() or not self._due():
                continue
            with self._send_lock:
                try:
                    self._drain()
                except Exception:
                    # Kept for the next flush(); the rows stay queued, and the next interval tries again.
                    with self._lock:
                        self._first_unsent = time.monotonic()

    def _at_exit(self) -> None:
        self._stopped.set()
        try:
            self.flush()
        except Exception as err:
            sys.stderr.write("remotegpu_tracking: rows of run %s were not delivered: %s\n" % (self.id, err))


def _positive(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ValueError("%s must be a positive number" % name)
    return value


def init(
    project: Optional[str] = None,
    name: Optional[str] = None,
    config: Optional[Dict[str, Any]] = None,
    url: Optional[str] = None,
    token: Optional[str] = None,
    username: Optional[str] = None,
    password: Optional[str] = None,
    workspace_id: Optional[str] = None,
    run_id: Optional[str] = None,
    env: Optional[Mapping[str, str]] = None,
    write_text: Optional[Callable[[str], Any]] = None,
    batch_rows: int = 500,
    flush_interval: float = 2.0,
    max_buffered_rows: int = 100_000,
    max_retries: int = 8,
    retry_base: float = 0.5,
    retry_max: float = 30.0,
    timeout: float = 30.0,
) -> Run:
    """Starts a run. Inside a task (``REMOTEGPU_RUN_DIR`` set) it appends to metrics.jsonl and the
    other arguments but ``write_text`` are ignored (the run already exists). Outside one it creates
    a run through the tracking API at ``url`` (default ``REMOTEGPU_TRACKING_URL``; a trailing
    ``/api`` is accepted) with ``token`` (default ``REMOTEGPU_TOKEN``) or by logging in with
    ``username`` and ``password``; ``run_id`` logs to an existing run instead of creating one.
    ``env`` replaces ``os.environ`` (tests).
    """
    environ = os.environ if env is None else env
    run_dir = environ.get("REMOTEGPU_RUN_DIR")
    if run_dir:
        return _FileRun(run_dir, environ.get("REMOTEGPU_RUN_ID", ""), environ.get("REMOTEGPU_OUTPUT_DIR"), write_text or _stdout)

    # Every argument is checked before the first request.
    url = url or environ.get("REMOTEGPU_TRACKING_URL")
    if not url:
        raise ValueError("no tracking URL: pass url= or set REMOTEGPU_TRACKING_URL (or run inside a task, where REMOTEGPU_RUN_DIR is set)")
    token = token or environ.get("REMOTEGPU_TOKEN") or None
    has_login = username is not None or password is not None
    if has_login and not (username and password):
        raise ValueError("username and password go together")
    if not token and not has_login:
        raise ValueError("no credentials: pass token=, set REMOTEGPU_TOKEN, or pass username= and password=")
    batch = int(_positive("batch_rows", batch_rows))
    interval = _positive("flush_interval", flush_interval)
    max_buffered = int(_positive("max_buffered_rows", max_buffered_rows))
    retry = {"base": _positive("retry_base", retry_base), "max": _positive("retry_max", retry_max), "timeout": _positive("timeout", timeout)}
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError("max_retries must be a whole number from 0 up")
    retry["max_retries"] = max_retries
    if run_id is not None and (not isinstance(run_id, str) or not run_id):
        raise ValueError("run_id must be a non-empty string")

    body = {}  # type: Dict[str, Any]
    for key, value in (("project", project), ("name", name), ("workspace_id", workspace_id), ("config", config)):
        if value is not None:
            body[key] = value
    try:
        body_text = _dumps(body)
    except (TypeError, ValueError) as err:
        raise ValueError("config must be JSON (no NaN or infinity): %s" % err) from None
    base = _base_url(url)

    client = _Client(base, token, {"username": username, "password": password} if has_login else None, retry)  # type: ignore[arg-type]
    if not token:
        client.login()
    if run_id is None:
        answer = client.request("/api/runs", body_text, idempotency_key=str(uuid.uuid4()))
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"]:
            raise TrackingError("POST /api/runs answered without a run id: %s" % (json.dumps(answer)[:200],))
        run_id = data["id"]
    return _HttpRun(run_id, client, batch, interval, max_buffered)


def _stdout(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()

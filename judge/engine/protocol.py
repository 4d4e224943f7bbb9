"""The messages between the judge (engine/spawn.py) and its worker (worker/main.py), in one place.

Two pipes. On the command pipe the parent sends one setup object, then one {"name", "args"}
object per case; closing it ends the session. On the result pipe the worker answers `sandbox`
(the layers that hold, sent before any of the solution's code runs), then `ready` or
`compile_error`, then one `result` per case. Every message is a JSON object on one line, ASCII
only (json.dumps escapes the rest, newlines included).

A result is framed in two parts: a header line, then its answer as `answer_bytes` bytes of JSON
text and a newline. The answer stays text in the parent: compared with the expected answer's
text first (both written by json.dumps with the same settings, so `true` and `1`, or `49.0` and
`49`, stay apart), and decoded only when a difference must be explained and the answer is not
far larger than expected. So what a solution returns cannot cost the judge much time or memory.

An answer is what the solution returned; with the setup's `mutates`, `{"return": ..., "<param>":
...}` (the argument as the solution left it); with `design`, the list of every call's return. A
design case's failing call is named in its result's `call` field.

The solution can write on the result pipe too (it is an open file descriptor of its process):
`decode` trusts nothing it reads and raises BadMessage for anything the worker cannot have
written. Import-light, since the worker loads it before the solution: json and typing only.
"""

from __future__ import annotations

import json
from typing import NamedTuple

RETURN = "return"      # an in-place answer: {"return": the returned value, "<param>": its state}

# Events, worker to parent.
SANDBOX, READY, COMPILE_ERROR, RESULT = "sandbox", "ready", "compile_error", "result"
# A result's status.
OK, TIMEOUT, MEMORY, ERROR, BAD_RETURN = "ok", "timeout", "memory", "error", "bad_return"
STATUSES = frozenset({OK, TIMEOUT, MEMORY, ERROR, BAD_RETURN})

TAMPERED = "the solution wrote to the judge's result channel"   # what a forged message is
ABI_KNOB = "JUDGE_LANDLOCK_ABI_MAX"   # a test knob: the worker acts as on a kernel with this ABI
HEADER_BYTES = 1 << 20     # the longest line but an answer; anything longer is a flood
TEXT_CHARS = 20_000        # a text field of a result is cut to this many characters
TEXT_FIELDS = ("stdout", "error_type", "message", "traceback", "stderr", "call")
CLIPPED = TEXT_FIELDS + ("detail",)     # text fields whose length the solution decides


class BadMessage(ValueError):
    """A message on the result pipe that the worker cannot have written."""


# The doctor's probe (judge.worker.probe) tries this last: if it works, the probe is gone.
PROBE_LAST = "run a program"

# The sandbox's layers, as the worker reports them; `full` only when every one holds.
LAYERS = ("session", "rlimits", "capabilities", "no_new_privs", "landlock", "seccomp",
          "signal_scope")


class Layer(NamedTuple):
    name: str
    active: bool
    detail: str         # what it does here, or why it is off


class Sandbox(NamedTuple):
    """The sandbox report: the layers that hold in the worker, sent before any of the solution's
    code runs (so that it cannot forge it), shown as `full` or `partial (...)` in every report."""

    layers: tuple[Layer, ...]

    @property
    def full(self) -> bool:
        return {layer.name for layer in self.layers if layer.active} >= set(LAYERS)

    @property
    def text(self) -> str:
        """`full`, or `partial (no landlock, no seccomp)`: what every report says."""
        active = {layer.name for layer in self.layers if layer.active}
        missing = [name for name in LAYERS if name not in active]
        return "full" if not missing else "partial (" + ", ".join(f"no {m}" for m in missing) + ")"

    def to_json(self) -> dict:
        return {"layers": [[layer.name, layer.active, layer.detail] for layer in self.layers]}


class Ready(NamedTuple):
    pass


class CompileError(NamedTuple):
    message: str
    detail: str
    line: int | None


class Result(NamedTuple):
    """A result's header; its answer follows on the pipe."""

    name: str
    status: str
    cpu_ms: float              # the worker's own count; the parent bills the kernel's
    answer_bytes: int
    stdout: str = ""
    error_type: str = ""
    message: str = ""
    traceback: str = ""
    stderr: str = ""
    call: str = ""             # a design case's failing call: `call 5: findMedian()`


Message = Sandbox | Ready | CompileError | Result


# --- writing --------------------------------------------------------------------------------

def encode(message: dict) -> bytes:
    """One message as its line, its text fields clipped so that it fits in HEADER_BYTES."""
    message = {k: clip(v) if k in CLIPPED and isinstance(v, str) else v
               for k, v in message.items()}
    return json.dumps(message).encode() + b"\n"


def case(name: str, args_json: str) -> bytes:
    """A case's command line; the arguments travel as the JSON text they are stored in."""
    return b'{"name": ' + json.dumps(name).encode() + b', "args": ' + args_json.encode() + b"}\n"


def clip(text: str, limit: int = TEXT_CHARS) -> str:
    """`text` cut to `limit` characters, keeping its start and its end (a traceback's last
    line says what went wrong)."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]}\n... ({len(text) - 2 * half} characters cut) ...\n{text[-half:]}"


def result(fields: dict, answer_json: str) -> tuple[bytes, ...]:
    """A result's frame: its header line (text fields clipped), then its answer's JSON text and
    a newline. In parts, so that a large answer is not copied once more to join them."""
    answer = answer_json.encode()
    header = {k: str(v) if k in TEXT_FIELDS else v for k, v in fields.items()}
    header.update(event=RESULT, answer_bytes=len(answer))
    return encode(header), answer, b"\n"


def canonical(value) -> bytes:
    """A decoded value as the worker writes answers, to compare answers as text."""
    return json.dumps(value).encode()


# --- reading (parent side) ------------------------------------------------------------------

def decode(line: bytes) -> Message:
    """The message a line holds; BadMessage for anything else."""
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        raise BadMessage(f"not a JSON message: {line[:200]!r}") from None
    if not isinstance(data, dict):
        raise BadMessage(f"not a JSON object: {line[:200]!r}")
    read = _READERS.get(data.get("event")) if isinstance(data.get("event"), str) else None
    if read is None:
        raise BadMessage(f"not a message of the worker: {line[:200]!r}")
    return read(data)


def _text(data: dict, key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise BadMessage(f"{data.get('event')}: `{key}` is not text")
    return value


def _sandbox(data: dict) -> Sandbox:
    layers = data.get("layers")
    if not isinstance(layers, list) or not all(
            isinstance(layer, list) and len(layer) == 3 and isinstance(layer[0], str)
            and isinstance(layer[1], bool) and isinstance(layer[2], str) for layer in layers):
        raise BadMessage("sandbox: `layers` is not a list of [name, active, detail]")
    return Sandbox(tuple(Layer(*layer) for layer in layers))


def _compile_error(data: dict) -> CompileError:
    line = data.get("line")
    if line is not None and (type(line) is not int):
        raise BadMessage("compile_error: `line` is not a line number")
    return CompileError(_text(data, "message"), _text(data, "detail"), line)


def _result(data: dict) -> Result:
    cpu, size = data.get("cpu_ms"), data.get("answer_bytes")
    if type(cpu) not in (int, float) or type(size) is not int or size < 0:
        raise BadMessage("result: `cpu_ms` or `answer_bytes` is not a number")
    status = data.get("status")
    if not isinstance(status, str) or status not in STATUSES:
        raise BadMessage("result: unknown `status`")
    return Result(_text(data, "name"), status, float(cpu), size,
                  *(_text(data, key, "") for key in TEXT_FIELDS))


_READERS = {SANDBOX: _sandbox, READY: lambda data: Ready(), COMPILE_ERROR: _compile_error,
            RESULT: _result}

"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests and benchmarks.

It speaks HTTP/1.1 itself (asyncio streams, not a framework) so it can also misbehave
the way real endpoints do: time out, rate limit, fail with 5xx, reset the connection,
send malformed JSON or an empty completion. Each request pops the next scripted
``Step``; with nothing scripted it answers ``default_text``. Requests are recorded.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

_USAGE = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}


@dataclass
class Step:
    text: str | None = None
    tool_calls: list[tuple[str, str]] = field(default_factory=list)  # (name, raw JSON arguments)
    fault: str | None = None  # "timeout" | "429" | "500" | "reset" | "empty" | "malformed" | "no_tools"
    delay: float = 0.0
    honour_cap: bool = True  # False: ignore the request's max_tokens (a server that streams on and on)
    gate: threading.Event | None = None  # answer only once set: the call is provably in flight until then


class FakeLLM:
    def __init__(self, default_text: str = "Thank you. What happened next?") -> None:
        self.default_text = default_text
        self.script: deque[Step] = deque()
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeLLM:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=512), self._loop
        ).result()
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def push(self, *steps: Step) -> None:
        with self._lock:
            self.script.extend(steps)

    def reset(self) -> None:
        with self._lock:
            self.script.clear()
            self.requests.clear()

    def _next(self, body: dict[str, Any]) -> Step:
        with self._lock:
            self.requests.append(body)
            return self.script.popleft() if self.script else Step(text=self.default_text)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                headers = {
                    k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                body = json.loads(await reader.readexactly(int(headers.get("content-length", "0"))) or b"{}")
                if not lines[0].startswith("POST /v1/chat/completions"):
                    await self._send(writer, 404, {"error": {"message": "not found"}})
                    continue
                step = self._next(body)
                if step.delay:
                    await asyncio.sleep(step.delay)
                while step.gate is not None and not step.gate.is_set():
                    await asyncio.sleep(0.01)
                if not await self._answer(writer, body, step):
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            if not writer.is_closing():
                writer.close()

    async def _answer(self, writer: asyncio.StreamWriter, body: dict[str, Any], step: Step) -> bool:
        """Write the response; return False when the connection must end."""
        if step.fault == "timeout":
            await asyncio.sleep(30)
            return False
        if step.fault == "reset":
            writer.transport.abort()
            return False
        if step.fault == "no_tools":  # what an endpoint without function calling answers
            await self._send(writer, 400, {"error": {"message": "this model does not support tools", "type": "x"}})
            return True
        if step.fault in ("429", "500"):
            await self._send(writer, int(step.fault), {"error": {"message": f"scripted {step.fault}", "type": "x"}})
            return True
        if step.fault == "malformed":
            await self._raw(writer, 200, b'{"choices": [ {"message": ', "application/json")
            return True
        text = "" if step.fault == "empty" else step.text
        cap = body.get("max_tokens")
        truncated = bool(step.honour_cap and cap and text and len(text.split(" ")) > cap)
        if truncated:  # one word per token, like a real server stopping at max_tokens
            text = " ".join((text or "").split(" ")[:cap])
        finish = "length" if truncated else "tool_calls" if step.tool_calls else "stop"
        if body.get("stream"):
            await self._stream(writer, body, text, step.tool_calls, finish)
            return False
        message: dict[str, Any] = {"role": "assistant", "content": text}
        if step.tool_calls:
            message["tool_calls"] = [
                {"id": f"call_{i}", "type": "function", "function": {"name": n, "arguments": a}}
                for i, (n, a) in enumerate(step.tool_calls)
            ]
        await self._send(
            writer,
            200,
            {
                "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": _USAGE,
            },
        )
        return True

    async def _stream(
        self,
        writer: asyncio.StreamWriter,
        body: dict[str, Any],
        text: str | None,
        tool_calls: list[tuple[str, str]],
        finish: str,
    ) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
            b"cache-control: no-cache\r\nconnection: close\r\n\r\n"
        )
        chunk_id = f"chatcmpl-{uuid.uuid4().hex[:12]}"

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            payload = {
                "id": chunk_id,
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            return f"data: {json.dumps(payload)}\n\n".encode()

        writer.write(chunk({"role": "assistant", "content": ""}))
        for word in (text or "").split(" ") if text else []:
            writer.write(chunk({"content": word + " "}))
            await writer.drain()
        for i, (name, arguments) in enumerate(tool_calls):
            half = len(arguments) // 2  # split the arguments to exercise delta accumulation
            first = {
                "index": i,
                "id": f"call_{i}",
                "type": "function",
                "function": {"name": name, "arguments": arguments[:half]},
            }
            writer.write(chunk({"tool_calls": [first]}))
            writer.write(chunk({"tool_calls": [{"index": i, "function": {"arguments": arguments[half:]}}]}))
        writer.write(chunk({}, finish))
        if (body.get("stream_options") or {}).get("include_usage"):  # as OpenAI and llama.cpp do
            usage = {"id": chunk_id, "object": "chat.completion.chunk", "choices": [], "usage": _USAGE}
            writer.write(f"data: {json.dumps(usage)}\n\n".encode())
        writer.write(b"data: [DONE]\n\n")
        await writer.drain()

    async def _send(self, writer: asyncio.StreamWriter, status: int, payload: dict[str, Any]) -> None:
        await self._raw(writer, status, json.dumps(payload).encode(), "application/json")

    async def _raw(self, writer: asyncio.StreamWriter, status: int, data: bytes, content_type: str) -> None:
        reasons = {200: "OK", 400: "Bad Request", 404: "Not Found", 429: "Too Many Requests"}
        reason = {**reasons, 500: "Internal Server Error"}[status]
        writer.write(
            f"HTTP/1.1 {status} {reason}\r\ncontent-type: {content_type}\r\n"
            f"content-length: {len(data)}\r\n\r\n".encode()
            + data
        )
        await writer.drain()

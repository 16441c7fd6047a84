"""``storyloom interview``: a voice interview in the terminal, through a running server.

The microphone's audio (16 kHz mono PCM16, 20 ms frames) goes to the server's voice
WebSocket (``/api/v1/sessions/{id}/voice``); the terminal shows the interviewer's question,
the words as they are recognised, the final transcript and the reply as it streams. Every
answer is stored server-side by its turn, with its audio. Ctrl-C ends the interview (the
utterance in progress is still answered). Exit codes: 0 done, 1 the server refused or went
away, 2 no microphone (or PortAudio) or a usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
from typing import Any

TOKEN_ENV = "STORYLOOM_TOKEN"
_SETTLE_SECONDS = 15.0  # after Ctrl-C: wait this long for the last answer's reply


class InterviewError(Exception):
    pass


def register(sub: Any) -> None:
    """Add the ``interview`` subcommand to the ``storyloom`` parser."""
    p = sub.add_parser("interview", help="a voice interview from this machine's microphone (needs a running server)")
    p.set_defaults(func=run)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", help="the session to talk in (started if it is scheduled)")
    which.add_argument("--person", help="start a new session for this person")
    p.add_argument("--template", help="with --person: the session template to start from")
    p.add_argument("--url", default="http://127.0.0.1:8000", help="the server (default http://127.0.0.1:8000)")
    p.add_argument("--token", help=f"API token (default: ${TOKEN_ENV}; 'storyloom serve' prints one)")
    p.add_argument("--device", help="input device name or index (default: the system's default microphone)")


def run(args: argparse.Namespace, settings: Any = None) -> int:
    from audio.mic import MicrophoneUnavailable, check_input_device

    if args.template and not args.person:
        print("storyloom: --template goes with --person", file=sys.stderr)
        return 2
    device = int(args.device) if args.device and args.device.isdigit() else args.device
    try:
        name = check_input_device(device)
    except MicrophoneUnavailable as exc:
        print(f"storyloom: cannot record: {exc}", file=sys.stderr)
        return 2
    token = args.token or os.environ.get(TOKEN_ENV, "")
    if not token.strip():
        print(f"storyloom: no API token: pass --token or set {TOKEN_ENV}", file=sys.stderr)
        return 2
    print(f"Microphone: {name}")
    try:
        return asyncio.run(_interview(args, token.strip(), device))
    except InterviewError as exc:
        print(f"storyloom: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # before the interview began
        return 0


async def _interview(args: argparse.Namespace, token: str, device: Any) -> int:
    import httpx
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed, InvalidHandshake

    base = args.url.rstrip("/")
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base + "/api/v1", headers=headers, timeout=30) as http:
        session_id = await _session(http, args)
    ws_url = base.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
    ws_url += f"/api/v1/sessions/{session_id}/voice"
    try:
        async with connect(ws_url, additional_headers=headers, max_size=2**22) as ws:
            view = _View()
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            loop.add_signal_handler(signal.SIGINT, stop.set)
            reader = asyncio.create_task(_read(ws, view))
            sender = asyncio.create_task(_speak(ws, device))
            stopper = asyncio.create_task(stop.wait())
            try:
                done, _ = await asyncio.wait({reader, sender, stopper}, return_when=asyncio.FIRST_COMPLETED)
                if reader in done:
                    return reader.result()
                if sender in done:
                    sender.result()  # the microphone failed: raise it
                # Ctrl-C: end the utterance in progress, let its answer be taken, then leave.
                sender.cancel()
                await asyncio.gather(sender, return_exceptions=True)
                await view.settle(_SETTLE_SECONDS)
                await ws.close()
                return await asyncio.wait_for(reader, timeout=5)
            finally:
                loop.remove_signal_handler(signal.SIGINT)
                for task in (reader, sender, stopper):
                    task.cancel()
    except (OSError, InvalidHandshake) as exc:
        raise InterviewError(f"cannot reach the server's voice endpoint at {ws_url}: {exc}") from exc
    except ConnectionClosed as exc:
        raise InterviewError(f"the server closed the connection ({exc})") from exc


async def _session(http: Any, args: argparse.Namespace) -> str:
    """The session to talk in: the given one (started if scheduled), or a new started one."""
    import httpx

    try:
        if args.session:
            response = await http.get(f"/sessions/{args.session}")
            _check(response)
            if response.json()["status"] == "scheduled":
                _check(await http.post(f"/sessions/{args.session}/start"))
            return str(args.session)
        body: dict[str, Any] = {"person_id": args.person, "start": True}
        if args.template:
            body["template_id"] = args.template
        else:
            body["name"] = "Voice interview"
        response = await http.post("/sessions", json=body)
        _check(response)
        session = response.json()
        print(f"Session {session['id']} ({session['name']})")
        return str(session["id"])
    except httpx.HTTPError as exc:
        raise InterviewError(f"cannot reach the server at {args.url}: {exc}") from exc


def _check(response: Any) -> None:
    if response.status_code >= 400:
        try:
            detail = response.json().get("detail", response.text)
        except ValueError:
            detail = response.text
        raise InterviewError(f"{response.request.method} {response.request.url.path}: {response.status_code} {detail}")


async def _speak(ws: Any, device: Any) -> None:
    """Microphone → socket until Ctrl-C (or the socket closes); then end the utterance."""
    from audio.mic import microphone_frames

    try:
        async for frame in microphone_frames(frame_ms=20, device=device):
            await ws.send(frame)
    except asyncio.CancelledError:
        with contextlib.suppress(Exception):
            await ws.send(json.dumps({"type": "end"}))
        raise


class _View:
    """The terminal: the question, the live partial on one line, the transcript, the reply."""

    def __init__(self) -> None:
        self.partial = False
        self.replying = False
        self.pending: set[int] = set()  # turns transcribed but not yet answered

    async def settle(self, timeout: float) -> None:
        """Wait for the last words to be transcribed and answered (at most ``timeout``)."""
        await asyncio.sleep(1.0)
        deadline = asyncio.get_running_loop().time() + timeout
        while self.pending and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.1)

    def line(self, text: str = "") -> None:
        self.clear()
        print(text, flush=True)

    def clear(self) -> None:
        if self.partial:
            print("\r\033[K", end="")
            self.partial = False

    def show_partial(self, text: str) -> None:
        print(f"\r\033[K  … {text}", end="", flush=True)
        self.partial = True


async def _read(ws: Any, view: _View) -> int:
    """Events → terminal, until the server closes. Returns the exit code."""
    failed = False
    async for raw in ws:
        event = json.loads(raw)
        kind = event.get("type")
        if kind == "ready":
            view.line(f"Interviewer: {event.get('prompt') or '(no question yet: just start talking)'}")
            view.line("(listening — speak when you are ready; Ctrl-C to finish)")
        elif kind == "speech_started":
            view.show_partial("")
        elif kind == "partial":
            view.show_partial(event["text"])
        elif kind == "transcript":
            view.line(f"You: {event['text']}" if event["text"] else "(nothing recognised)")
            if event.get("turn") is not None:
                view.pending.add(event["turn"])
        elif kind == "reply_delta":
            if not view.replying:
                view.clear()
                print("Interviewer: ", end="")
                view.replying = True
            print(event["text"], end="", flush=True)
        elif kind == "reply":
            view.pending.discard(event.get("turn"))
            if not view.replying:
                view.line(f"Interviewer: {event['text']}")
            else:
                print(flush=True)
            view.replying = False
            if event.get("replaces") is not None:  # the words went on the answer before (api.voice_join)
                view.line("(you went on: joined to your answer above; this reply replaces the one before it)")
        elif kind == "error":
            view.pending.discard(event.get("turn"))
            view.line()
            print(f"storyloom: {event.get('status_code')}: {event.get('detail')}", file=sys.stderr)
            failed = failed or event.get("turn") is None
    return 1 if failed else 0

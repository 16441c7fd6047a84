"""The local microphone as an async stream of 16 kHz PCM16 frames (sounddevice / PortAudio).

PortAudio calls back on its own thread; frames cross into asyncio through
``loop.call_soon_threadsafe`` onto a bounded queue (the oldest audio is dropped, never
the loop blocked, if the consumer falls behind). Without PortAudio or an input device,
``MicrophoneUnavailable`` says so plainly.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from audio.pcm import SAMPLE_RATE


class MicrophoneUnavailable(Exception):
    pass


def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError as exc:  # the Python package is installed but libportaudio is not
        raise MicrophoneUnavailable(f"PortAudio is not available ({exc}); install libportaudio2") from exc
    return sounddevice


def check_input_device(device: int | str | None = None) -> str:
    """The name of the input device that would be used, or ``MicrophoneUnavailable``."""
    sd = _sounddevice()
    try:
        info = sd.query_devices(device, kind="input")
    except (ValueError, sd.PortAudioError) as exc:
        raise MicrophoneUnavailable(f"no audio input device available ({exc})") from exc
    return str(info["name"])


async def microphone_frames(
    frame_ms: int = 20, device: int | str | None = None, max_queued: int = 500
) -> AsyncIterator[bytes]:
    """Yield PCM16 frames from the microphone until the consumer stops iterating."""
    sd = _sounddevice()
    check_input_device(device)
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[bytes] = asyncio.Queue(maxsize=max_queued)

    def put(frame: bytes) -> None:
        if queue.full():
            queue.get_nowait()  # drop the oldest rather than grow without bound
        queue.put_nowait(frame)

    def callback(indata: Any, frames: int, time_info: Any, status: Any) -> None:
        loop.call_soon_threadsafe(put, bytes(indata))

    blocksize = SAMPLE_RATE * frame_ms // 1000
    stream = sd.RawInputStream(
        samplerate=SAMPLE_RATE, channels=1, dtype="int16", blocksize=blocksize, device=device, callback=callback
    )
    await asyncio.to_thread(stream.start)
    try:
        while True:
            yield await queue.get()
    finally:
        await asyncio.to_thread(stream.stop)
        await asyncio.to_thread(stream.close)

"""Speech on the machine: PCM helpers, VAD segmentation, faster-whisper, microphone.

Imports nothing of ours. Blocking work (decoding, transcription, VAD over long
buffers, device I/O) is done in worker threads by the async entry points.
"""

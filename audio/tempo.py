"""Speed speech up without changing its pitch (WSOLA), for a decoder trained on ordinary pace.

Whisper was trained mostly on speech at ordinary pace, so a slow speaker might be heard better
sped up (issue 11; on espeak's slow voice it was not: see ``SttConfig.tempo``). WSOLA (waveform
similarity overlap-add, as sox's ``tempo`` does) cuts the audio into overlapping windowed frames
taken from the input every ``factor × hop`` samples and laid down every ``hop``, each shifted by
up to ``tolerance`` samples to where it best continues the previous one: the waveform's period is
kept, so pitch and formants are, and only time shrinks. Output time ``t`` is input time
``t × factor`` (to within a frame), which is how timestamps map back.

numpy only: audiotsm (the PyPI library doing this) has had no release since 2017, and pytsmod
brings scipy and soundfile for the same thirty lines.
"""

from __future__ import annotations

import numpy as np

from audio.pcm import SAMPLE_RATE


def stretch(samples: np.ndarray, factor: float, *, frame_ms: float = 40.0, tolerance_ms: float = 10.0) -> np.ndarray:
    """``samples`` (float32, 16 kHz mono) played ``factor`` times as fast, pitch kept.

    The output has ``round(len(samples) / factor)`` samples. ``factor`` 1.0 returns the input.
    Frames of ``frame_ms`` (longer than two pitch periods of a low voice) overlap by half.
    """
    if factor <= 0:
        raise ValueError("factor must be positive")
    x = np.asarray(samples, dtype=np.float32)
    out_len = round(len(x) / factor)
    if factor == 1.0 or len(x) == 0:
        return x
    n = max(16, int(SAMPLE_RATE * frame_ms / 1000) // 2 * 2)
    hop = n // 2
    tol = int(SAMPLE_RATE * tolerance_ms / 1000)
    window = np.hanning(n).astype(np.float32)
    # Pad so that every frame, shifted anywhere within the tolerance, lies inside the signal.
    tail = tol + 2 * n + int(np.ceil(hop * factor))
    padded = np.concatenate([np.zeros(tol + n, np.float32), x, np.zeros(tail, np.float32)])
    base = tol + n  # where x[0] is in ``padded``
    frames = out_len // hop + 2
    out = np.zeros(frames * hop + n, np.float32)
    norm = np.zeros_like(out)
    previous = base
    for k in range(frames):
        nominal = base + round(k * hop * factor) - hop
        natural = padded[previous + hop : previous + hop + n]  # what would follow the last frame laid
        region = padded[nominal - tol : nominal + tol + n]
        position = nominal + (_best_shift(region, natural, tol) if k else 0)
        out[k * hop : k * hop + n] += window * padded[position : position + n]
        norm[k * hop : k * hop + n] += window
        previous = position
    # Frame k's centre (output k·hop + hop) is input k·hop·factor: drop the leading half frame.
    np.divide(out, norm, out=out, where=norm > 1e-3)
    return out[hop : hop + out_len]


def _best_shift(region: np.ndarray, natural: np.ndarray, tol: int) -> int:
    """The shift in ``[-tol, tol]`` where ``region`` best continues the waveform (0 in silence)."""
    if not natural.any():
        return 0
    return int(np.argmax(np.correlate(region, natural, mode="valid"))) - tol

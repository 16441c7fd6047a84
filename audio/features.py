"""Whisper's log-Mel features for long audio, a block of frames at a time.

faster-whisper computes the spectrogram of the whole recording in one go: for 10 minutes that
is a 60,000 × 400 window matrix, its complex128 FFT and a complex64 copy — about 400 MB at
once, more than the model itself. ``BlockFeatureExtractor`` computes the same frames 30 s at a
time into one 80 × frames array, so the transient memory is that of a 30 s block whatever
the length. The global normalisation (the maximum minus 8) still sees every frame.
"""

from __future__ import annotations

import numpy as np
from faster_whisper.feature_extractor import FeatureExtractor


class BlockFeatureExtractor(FeatureExtractor):
    """``FeatureExtractor`` with the same output, computed in blocks of ``block_frames`` frames."""

    block_frames = 3000  # 30 s at a 10 ms hop

    def __call__(self, waveform: np.ndarray, padding: int = 160, chunk_length: int | None = None) -> np.ndarray:
        if chunk_length is not None:
            self.n_samples = chunk_length * self.sampling_rate
            self.nb_max_frames = self.n_samples // self.hop_length
        if waveform.shape[-1] < 2 * self.block_frames * self.hop_length or waveform.ndim != 1:
            return super().__call__(waveform, padding=padding)  # short (or batched): the original is small
        if waveform.dtype != np.float32:
            waveform = waveform.astype(np.float32)
        if padding:
            waveform = np.pad(waveform, (0, padding))
        # As FeatureExtractor.stft(center=True): reflect-pad n_fft // 2 on each side, then frame.
        half = self.n_fft // 2
        padded = np.pad(waveform, (half, half), mode="reflect")
        frames = 1 + (padded.size - self.n_fft) // self.hop_length - 1  # the last frame is dropped
        window = np.hanning(self.n_fft + 1)[:-1].astype("float32")
        mel = np.empty((self.mel_filters.shape[0], frames), dtype=np.float32)
        for start in range(0, frames, self.block_frames):
            end = min(start + self.block_frames, frames)
            piece = padded[start * self.hop_length : (end - 1) * self.hop_length + self.n_fft]
            stft = self.stft(piece, self.n_fft, self.hop_length, window=window, center=False, return_complex=True)
            magnitudes = np.abs(stft.astype("complex64")) ** 2
            mel[:, start:end] = self.mel_filters @ magnitudes
        np.clip(mel, 1e-10, None, out=mel)
        np.log10(mel, out=mel)
        np.maximum(mel, mel.max() - 8.0, out=mel)
        mel += 4.0
        mel /= 4.0
        return mel

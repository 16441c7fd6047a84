// AudioWorklet: the microphone at the device's rate → 16 kHz mono PCM16 in 20 ms frames.
// Downsampling averages the input over each output sample's span (a box filter), which
// keeps most aliasing out of the speech band; frames go to the page as transferable buffers.
"use strict";

class Pcm16Downsampler extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const opts = (options && options.processorOptions) || {};
    this.targetRate = opts.targetRate || 16000;
    this.frameSamples = opts.frameSamples || 320; // 20 ms at 16 kHz
    this.step = sampleRate / this.targetRate; // input samples per output sample (e.g. 3 at 48 kHz)
    this.span = 0; // input samples gathered for the current output sample
    this.sum = 0;
    this.frame = new Int16Array(this.frameSamples);
    this.filled = 0;
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0 || !input[0]) return true;
    const channels = input.length;
    const length = input[0].length;
    for (let i = 0; i < length; i++) {
      let value = 0;
      for (let c = 0; c < channels; c++) value += input[c][i];
      value /= channels;
      // Each input sample may straddle the boundary between two output samples.
      let weight = 1;
      while (this.span + weight >= this.step) {
        const part = this.step - this.span;
        this.sum += value * part;
        this.emit(this.sum / this.step);
        weight -= part;
        this.span = 0;
        this.sum = 0;
      }
      this.sum += value * weight;
      this.span += weight;
    }
    return true;
  }

  emit(sample) {
    const clamped = Math.max(-1, Math.min(1, sample));
    this.frame[this.filled++] = clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff;
    if (this.filled === this.frameSamples) {
      this.port.postMessage(this.frame.buffer, [this.frame.buffer]);
      this.frame = new Int16Array(this.frameSamples);
      this.filled = 0;
    }
  }
}

registerProcessor("pcm16-downsampler", Pcm16Downsampler);

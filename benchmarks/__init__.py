"""Benchmarks: run by hand (``python -m benchmarks.<name>``), never collected by pytest."""

"""Jinja2 templates for the agent: system prompts, guided question banks, summaries."""

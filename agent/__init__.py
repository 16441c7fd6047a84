"""The interviewer agent: providers (guided and OpenAI-compatible), tools, context, turns.

``agent`` depends on ``db`` (services) and ``prompts`` (Jinja2 templates); it never
imports ``api``.
"""

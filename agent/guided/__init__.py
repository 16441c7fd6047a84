"""The guided interviewer's parts: answer heuristics, one planner per session kind, phrasing, summaries.

Everything here is a pure function of the turn's context, so the same conversation always
gets the same questions; the Provider glue lives in ``agent.providers.guided``.
"""

"""The background worker: reminders, missed and idle sessions, series, webhook deliveries."""

from api.worker.loop import TickReport, Worker

__all__ = ["TickReport", "Worker"]

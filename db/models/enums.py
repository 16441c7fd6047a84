"""Closed vocabularies, stored as short strings so both engines read them the same way."""

from enum import StrEnum


class SessionKind(StrEnum):
    STORY = "story"
    PRACTICE = "practice"
    STUDY = "study"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    PAUSED = "paused"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    # A scheduled session nobody started within the grace period after its time (set by the
    # worker). It can still be started late, or cancelled; see db/services/lifecycle.py.
    MISSED = "missed"


ACTIVE_STATUSES = (SessionStatus.IN_PROGRESS, SessionStatus.PAUSED)
CLOSED_STATUSES = (SessionStatus.COMPLETED, SessionStatus.CANCELLED)


class TopicKind(StrEnum):
    LIFE_EVENT = "life_event"
    GOAL = "goal"
    SUBJECT = "subject"


class CoverageLevel(StrEnum):
    INTRODUCTION = "introduction"
    EXPLORATION = "exploration"
    DEEP_DIVE = "deep_dive"
    COMPLETION = "completion"


class InteractionType(StrEnum):
    PROMPT = "prompt"
    RESPONSE = "response"
    CLARIFICATION = "clarification"
    REFLECTION = "reflection"
    QUESTION = "question"


class PromptCategory(StrEnum):
    SCENE = "scene"
    PEOPLE = "people"
    TENSION = "tension"
    CHANGE = "change"
    MEANING = "meaning"
    OPENING = "opening"
    FOLLOWUP = "followup"
    EXERCISE = "exercise"
    QUESTION = "question"
    CLOSING = "closing"


class ResponseMethod(StrEnum):
    TEXT = "text"
    VOICE = "voice"
    SKIP = "skip"


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    MIXED = "mixed"
    # Seed 003's words for a hard answer (the interviewer itself uses the four above).
    DIFFICULT = "difficult"
    EMOTIONAL = "emotional"


class ArtifactType(StrEnum):
    SCENE_CAPTURE = "scene_capture"
    TIMELINE_ENTRY = "timeline_entry"
    RELATIONSHIP_MAPPING = "relationship_mapping"
    DRAFT_PARAGRAPH = "draft_paragraph"
    PHOTO_ANNOTATION = "photo_annotation"
    SUMMARY = "summary"
    OTHER = "other"


class NoteType(StrEnum):
    OBSERVATION = "observation"
    CONCERN = "concern"
    INSIGHT = "insight"
    TECHNICAL = "technical"


class NotedBy(StrEnum):
    AGENT = "agent"
    SYSTEM = "system"
    USER = "user"


class EventType(StrEnum):
    """What webhooks can subscribe to; every event is written by the change that caused it."""

    SESSION_SCHEDULED = "session.scheduled"
    SESSION_REMINDER = "session.reminder"
    SESSION_STARTED = "session.started"
    SESSION_PAUSED = "session.paused"
    SESSION_COMPLETED = "session.completed"
    SESSION_CANCELLED = "session.cancelled"
    SESSION_MISSED = "session.missed"
    ARTIFACT_CREATED = "artifact.created"


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # waiting for its (next) attempt
    SUCCEEDED = "succeeded"
    FAILED = "failed"  # gave up after the last attempt


class SeriesStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class ReminderStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    SKIPPED = "skipped"  # the session was no longer scheduled, or its time had passed

"""All tables; importing this module registers them on ``Base.metadata``."""

from db.models.account import Account, ApiToken
from db.models.audio import AudioClip
from db.models.base import Base
from db.models.book import BookChapter
from db.models.person import Person, Topic
from db.models.process import Process, ProcessNode
from db.models.record import Artifact, Interaction, MetricRollup, MetricSample, Note
from db.models.schedule import CalendarFeed, Reminder, Series
from db.models.session import Session, SessionTopic
from db.models.template import SessionTemplate
from db.models.turn import TurnRequest
from db.models.web import WebLogin
from db.models.webhook import Delivery, Event, Webhook

__all__ = [
    "Account",
    "ApiToken",
    "Artifact",
    "AudioClip",
    "Base",
    "BookChapter",
    "CalendarFeed",
    "Delivery",
    "Event",
    "Interaction",
    "MetricRollup",
    "MetricSample",
    "Note",
    "Person",
    "Process",
    "ProcessNode",
    "Reminder",
    "Series",
    "Session",
    "SessionTemplate",
    "SessionTopic",
    "Topic",
    "TurnRequest",
    "WebLogin",
    "Webhook",
]

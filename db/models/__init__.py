"""All tables; importing this module registers them on ``Base.metadata``."""

from db.models.account import Account, ApiToken
from db.models.base import Base
from db.models.person import Person, Topic
from db.models.process import Process, ProcessNode
from db.models.record import Artifact, Interaction, MetricSample, Note
from db.models.session import Session, SessionTopic
from db.models.template import SessionTemplate

__all__ = [
    "Account",
    "ApiToken",
    "Artifact",
    "Base",
    "Interaction",
    "MetricSample",
    "Note",
    "Person",
    "Process",
    "ProcessNode",
    "Session",
    "SessionTemplate",
    "SessionTopic",
    "Topic",
]

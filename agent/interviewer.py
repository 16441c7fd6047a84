"""What the API asks of the agent: start (with an opening prompt), take turns, complete.

The interviewer owns the provider and the turn runner; one instance lives for the
process (models and clients are created once).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from agent.answers import told
from agent.continuation import planner
from agent.guided.summary import write_summary
from agent.model import Provider, ProviderError, TextSink
from agent.providers import create_provider
from agent.settings import AgentSettings
from agent.turns import Presenter, TurnInput, TurnRunner
from db.errors import InvalidField, NotFound
from db.models import Session
from db.services.lifecycle import FollowupPlanner, LifecycleService
from db.services.reports import ReportService

log = logging.getLogger(__name__)


class Interviewer:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        settings: AgentSettings,
        clock: Callable[[], datetime],
        provider: Provider | None = None,
        read_factory: async_sessionmaker[AsyncSession] | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.read_factory = read_factory or session_factory
        self.settings = settings
        self.clock = clock
        self.provider = provider or create_provider(settings)
        self.runner = TurnRunner(session_factory, self.provider, settings, clock, read_factory=self.read_factory)

    async def turn(
        self,
        account_id: uuid.UUID,
        session_id: uuid.UUID,
        turn: TurnInput,
        present: Presenter,
        *,
        idempotency_key: str | None = None,
        on_text: TextSink | None = None,
    ) -> dict[str, Any]:
        return await self.runner.run(
            account_id, session_id, turn, present, idempotency_key=idempotency_key, on_text=on_text
        )

    async def open(self, account_id: uuid.UUID, session_id: uuid.UUID, present: Presenter) -> dict[str, Any] | None:
        """Ask the opening question of a just-started session.

        The session is started whatever happens here: if the model fails, the first
        turn simply answers without an opening prompt, so the failure is logged only.
        """
        try:
            return await self.runner.run(account_id, session_id, None, present)
        except ProviderError as exc:
            log.warning("no opening prompt for session %s: %s", session_id, exc.message)
            return None

    async def start(self, account_id: uuid.UUID, session_id: uuid.UUID, present: Presenter) -> Session:
        async with self.session_factory() as db:
            await LifecycleService(db, account_id, self.clock).start(session_id)
        await self.open(account_id, session_id, present)
        return await self._reload(account_id, session_id)

    async def create_session(
        self, account_id: uuid.UUID, person_id: uuid.UUID, fields: dict[str, Any], present: Presenter, **options: Any
    ) -> Session:
        async with self.session_factory() as db:
            plan = planner(db, account_id, self.clock)  # a session with previous_session_id continues it
            session = await LifecycleService(db, account_id, self.clock).create_session(
                person_id, fields, planner=plan, **options
            )
        if options.get("start"):
            await self.open(account_id, session.id, present)
            return await self._reload(account_id, session.id)
        return session

    async def get_or_create_active(
        self, account_id: uuid.UUID, person_id: uuid.UUID, request: dict[str, Any], present: Presenter
    ) -> tuple[Session, bool]:
        async with self.session_factory() as db:
            service = LifecycleService(db, account_id, self.clock)
            previous_id = request["fields"].get("previous_session_id")
            if previous_id is not None and await service.active_for_person(person_id) is None:
                request = await _planned(planner(db, account_id, self.clock), previous_id, request)
            session, created = await service.get_or_create_active(person_id, request)
        if created:
            await self.open(account_id, session.id, present)
            session = await self._reload(account_id, session.id)
        return session, created

    async def complete(
        self,
        account_id: uuid.UUID,
        session_id: uuid.UUID,
        outcome: dict[str, Any],
        review: dict[str, Any] | None,
        create_followup: bool,
        followup_scheduled_at: datetime | None,
    ) -> tuple[Session, Session | None]:
        """Complete the session; without a client summary, the agent writes one."""
        async with self.session_factory() as db:
            if not outcome.get("summary"):
                stats = await ReportService(db, account_id, self.clock).summary(session_id)
                stats.update(await told(db, session_id))  # the person's public answers: both writers quote them
                summary, suggestion = await self.write_summary(stats)
                outcome = {**outcome, "summary": summary}
                outcome.setdefault("next_session_suggestion", None)
                outcome["next_session_suggestion"] = outcome["next_session_suggestion"] or suggestion
                await db.rollback()
            return await LifecycleService(db, account_id, self.clock).complete(
                session_id, outcome, review, create_followup, followup_scheduled_at, planner(db, account_id, self.clock)
            )

    async def write_summary(self, stats: dict[str, Any]) -> tuple[str, str]:
        """The provider's summary; the template's if the model fails (completion never does)."""
        draft, suggestion = write_summary(stats)
        try:
            summary, model_suggestion = await self.provider.summarise(stats, draft)
        except ProviderError as exc:
            log.warning("summary of session %s written from the template: %s", stats["session_id"], exc.message)
            return draft, suggestion
        return summary or draft, model_suggestion or suggestion

    async def _reload(self, account_id: uuid.UUID, session_id: uuid.UUID) -> Session:
        async with self.read_factory() as db:
            return await LifecycleService(db, account_id, self.clock).get(session_id)


async def _planned(plan: FollowupPlanner, previous_id: uuid.UUID, request: dict[str, Any]) -> dict[str, Any]:
    """A get-or-create request continuing ``previous_id``: planned as ``create_session`` plans one
    (the follow-up's fields under the ones sent); an unknown session is the field's error."""
    try:
        fields, topic_ids, template_id = await plan(previous_id, request["fields"], request.get("topic_ids"), None)
    except NotFound:
        raise InvalidField("previous_session_id", f"no session {previous_id}") from None
    return {
        **request,
        "fields": fields,
        "topic_ids": topic_ids,
        "template_id": request.get("template_id") or template_id,
    }

"""Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp).

Uses the official ``openai`` client with its own timeout and retries (429, 5xx and
connection errors are retried with backoff). What still fails becomes a
``ProviderError`` whose kind the API maps to 502/503/504.
"""

from __future__ import annotations

from typing import Any

import openai
from openai import AsyncOpenAI

from agent.model import ModelReply, ModelRequest, ProviderError, TextSink, ToolCall
from agent.prompting import render
from agent.settings import LLMSettings


class OpenAIProvider:
    name = "openai"

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        self.client = AsyncOpenAI(
            base_url=settings.base_url,
            api_key=settings.api_key or "not-needed",  # local servers accept any key
            timeout=settings.timeout_seconds,
            max_retries=settings.max_retries,
        )

    async def reply(self, request: ModelRequest, on_text: TextSink | None = None) -> ModelReply:
        kwargs: dict[str, Any] = {"model": self.settings.model, "messages": request.messages}
        if request.tools:
            kwargs["tools"] = request.tools
        try:
            if on_text is None:
                return _from_message(await self.client.chat.completions.create(**kwargs))
            return await self._stream(kwargs, on_text)
        except openai.APITimeoutError as exc:
            raise ProviderError(
                "timeout", f"the model did not answer within {self.settings.timeout_seconds:g} s"
            ) from exc
        except openai.RateLimitError as exc:
            raise ProviderError("rate_limited", "the model endpoint is rate limiting requests (429)") from exc
        except openai.APIConnectionError as exc:
            raise ProviderError("upstream", f"could not reach the model endpoint: {exc}") from exc
        except openai.APIStatusError as exc:
            raise ProviderError("upstream", f"the model endpoint answered {exc.status_code}: {exc.message}") from exc
        except (openai.APIResponseValidationError, ValueError, KeyError, TypeError) as exc:
            raise ProviderError("bad_response", f"the model endpoint sent a malformed response: {exc}") from exc

    async def summarise(self, stats: dict[str, Any], draft: str) -> tuple[str, str | None]:
        """The model's closing summary and next-session suggestion (``Next session:`` line)."""
        prompt = render("summary/model.j2", stats=stats, draft=draft)
        reply = await self.reply(ModelRequest([{"role": "user", "content": prompt}], [], None, 0))
        text = (reply.text or "").strip()
        if not text:
            raise ProviderError("bad_response", "the model returned an empty summary")
        summary, _, suggestion = text.partition("Next session:")
        return summary.strip(), suggestion.strip() or None

    async def _stream(self, kwargs: dict[str, Any], on_text: TextSink) -> ModelReply:
        text: list[str] = []
        calls: dict[int, dict[str, str]] = {}
        stream = await self.client.chat.completions.create(**kwargs, stream=True)
        async for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta
            if delta.content:
                text.append(delta.content)
                await on_text(delta.content)
            for part in delta.tool_calls or []:
                call = calls.setdefault(part.index, {"id": "", "name": "", "arguments": ""})
                if part.id:
                    call["id"] = part.id
                if part.function is not None:
                    call["name"] += part.function.name or ""
                    call["arguments"] += part.function.arguments or ""
        return ModelReply(
            text="".join(text) or None,
            tool_calls=[ToolCall(c["id"] or f"call_{i}", c["name"], c["arguments"]) for i, c in sorted(calls.items())],
        )


def _from_message(completion: Any) -> ModelReply:
    if not completion.choices:
        raise ProviderError("bad_response", "the model returned no choices")
    message = completion.choices[0].message
    return ModelReply(
        text=message.content,
        tool_calls=[ToolCall(c.id, c.function.name, c.function.arguments or "") for c in message.tool_calls or []],
    )

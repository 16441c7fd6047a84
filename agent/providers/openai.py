"""Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp).

Uses the official ``openai`` client with its own timeout and retries (429, 5xx and
connection errors are retried with backoff). What still fails becomes a
``ProviderError`` whose kind the API maps to 502/503/504; a request refused because of
its ``tools`` becomes ``ToolsRefused`` (the loop then falls back to structured mode).
Every call carries ``max_tokens`` and a temperature, and a stream is cut at the cap
even if the server ignores it. Token usage (and llama.cpp's ``timings.prompt_n``: the
prompt tokens actually evaluated, cached prefix excluded) comes back on the reply.
"""

from __future__ import annotations

from typing import Any

import openai
from openai import AsyncOpenAI

from agent.model import ModelReply, ModelRequest, ProviderError, TextSink, ToolCall, ToolsRefused
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
        cap = request.max_tokens or self.settings.max_tokens
        kwargs: dict[str, Any] = {
            "model": self.settings.model,
            "messages": request.messages,
            "max_tokens": cap,
            "temperature": self.settings.temperature if request.temperature is None else request.temperature,
        }
        if request.tools:
            kwargs["tools"] = request.tools
        if request.response_format is not None:
            kwargs["response_format"] = request.response_format
        try:
            if on_text is None:
                return _from_completion(await self.client.chat.completions.create(**kwargs))
            return await self._stream(kwargs, on_text, cap)
        except openai.APITimeoutError as exc:
            raise ProviderError(
                "timeout", f"the model did not answer within {self.settings.timeout_seconds:g} s"
            ) from exc
        except openai.RateLimitError as exc:
            raise ProviderError("rate_limited", "the model endpoint is rate limiting requests (429)") from exc
        except openai.APIConnectionError as exc:
            raise ProviderError("upstream", f"could not reach the model endpoint: {exc}") from exc
        except openai.APIStatusError as exc:
            message = f"the model endpoint answered {exc.status_code}: {exc.message}"
            if request.tools and exc.status_code in (400, 422, 500, 501) and "tool" in str(exc.message).lower():
                raise ToolsRefused(message) from exc
            raise ProviderError("upstream", message) from exc
        except (openai.APIResponseValidationError, ValueError, KeyError, TypeError) as exc:
            raise ProviderError("bad_response", f"the model endpoint sent a malformed response: {exc}") from exc

    async def summarise(self, stats: dict[str, Any], draft: str) -> tuple[str, str | None]:
        """The model's closing summary and next-session suggestion (``Next session:`` line)."""
        prompt = render("summary/model.j2", stats=stats, draft=draft)
        request = ModelRequest(
            [{"role": "user", "content": prompt}], [], None, 0, max_tokens=self.settings.record_max_tokens
        )
        reply = await self.reply(request)
        text = (reply.text or "").strip()
        if not text:
            raise ProviderError("bad_response", "the model returned an empty summary")
        summary, _, suggestion = text.partition("Next session:")
        return summary.strip(), suggestion.strip() or None

    async def _stream(self, kwargs: dict[str, Any], on_text: TextSink, cap: int) -> ModelReply:
        text: list[str] = []
        calls: dict[int, dict[str, str]] = {}
        usage: dict[str, int] = {}
        pieces = 0
        truncated = False
        stream = await self.client.chat.completions.create(
            **kwargs, stream=True, stream_options={"include_usage": True}
        )
        async for chunk in stream:
            usage.update(_usage(chunk))
            if not chunk.choices:
                continue
            choice = chunk.choices[0]
            truncated = truncated or choice.finish_reason == "length"
            delta = choice.delta
            if delta.content:
                pieces += 1
                text.append(delta.content)
                await on_text(delta.content)
            for part in delta.tool_calls or []:
                pieces += 1
                call = calls.setdefault(part.index, {"id": "", "name": "", "arguments": ""})
                if part.id:
                    call["id"] = part.id
                if part.function is not None:
                    call["name"] += part.function.name or ""
                    call["arguments"] += part.function.arguments or ""
            if pieces >= cap:  # a server that ignores max_tokens: stop reading, close the stream
                truncated = True
                await stream.close()
                break
        return ModelReply(
            text="".join(text) or None,
            tool_calls=[ToolCall(c["id"] or f"call_{i}", c["name"], c["arguments"]) for i, c in sorted(calls.items())],
            truncated=truncated,
            usage=usage,
        )


def _from_completion(completion: Any) -> ModelReply:
    if not completion.choices:
        raise ProviderError("bad_response", "the model returned no choices")
    choice = completion.choices[0]
    message = choice.message
    return ModelReply(
        text=message.content,
        tool_calls=[ToolCall(c.id, c.function.name, c.function.arguments or "") for c in message.tool_calls or []],
        truncated=choice.finish_reason == "length",
        usage=_usage(completion),
    )


def _usage(response: Any) -> dict[str, int]:
    """Token counts: the standard ``usage`` plus llama.cpp's ``timings.prompt_n`` (evaluated, not cached)."""
    found: dict[str, int] = {}
    usage = getattr(response, "usage", None)
    if usage is not None:
        found["prompt_tokens"] = int(usage.prompt_tokens or 0)
        found["completion_tokens"] = int(usage.completion_tokens or 0)
        details = getattr(usage, "prompt_tokens_details", None)
        if details is not None and getattr(details, "cached_tokens", None) is not None:
            found["cached_tokens"] = int(details.cached_tokens)
    timings = (getattr(response, "model_extra", None) or {}).get("timings")
    if isinstance(timings, dict) and isinstance(timings.get("prompt_n"), int | float):
        found["prompt_evaluated"] = int(timings["prompt_n"])
    return found

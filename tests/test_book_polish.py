"""A chapter polished into prose by the configured model (the scripted OpenAI-compatible server):
the model sees the chapter's words and never a private answer; prose naming what was never said is
refused; the original words stay with the chapter; without a model it is a clear 409."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update

from agent.book_polish import ungrounded
from db.models import Interaction
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.web_support import csrf_of, web_client

PIECES = ["I met Frank at the Palais on a wet Saturday in April.", "He trod on my feet all night, and I didn't mind."]
SECRET = "Frank's mother never liked me and told the whole street I was after his money."


def _chapter(api: Api) -> tuple[str, str]:
    pid = api.ok("POST", "/people", json={"display_name": "Irene Coles"})["id"]
    tid = api.ok("POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": "The dance hall"})["id"]
    sid = api.ok("POST", "/sessions", json={"person_id": pid, "kind": "story", "name": "Dancing", "topic_ids": [tid]})[
        "id"
    ]
    body = {"artifact_type": "scene_capture", "is_approved": True, "included_in_synthesis": True, "topic_id": tid}
    for words in PIECES:
        api.ok("POST", f"/sessions/{sid}/artifacts", json={**body, "content": words})
    sequence = api.ok("POST", f"/sessions/{sid}/interactions", json={"person_response": SECRET})["sequence"]
    api.ok(
        "POST", f"/sessions/{sid}/artifacts", json={**body, "content": SECRET, "source_interaction_sequence": sequence}
    )

    async def mark(db: Any) -> None:  # private, straight in the database
        await db.execute(update(Interaction).where(Interaction.sequence == sequence).values(is_private=True))
        await db.commit()

    api.db.run(mark)
    return pid, tid


def test_a_chapter_is_polished_from_its_words_only(openai_api: Api, llm: FakeLLM) -> None:
    api = openai_api
    pid, tid = _chapter(api)
    url = f"/people/{pid}/book/chapters/{tid}/polish"
    prose = "I met Frank at the Palais on a wet Saturday in April.\n\nHe trod on my feet all night; I didn't mind."
    llm.push(Step(text=prose))
    book = api.ok("POST", url)
    chapter = book["chapters"][0]
    assert chapter["text"] == prose and chapter["edited_text"]
    assert chapter["composed_text"] == "\n\n".join(PIECES)  # the original words, one click away
    sent = " ".join(m["content"] for m in llm.requests[-1]["messages"])
    assert all(p in sent for p in PIECES) and "money" not in sent and "mother" not in sent
    assert llm.requests[-1]["max_tokens"] <= 2048

    # Prose that names someone or a year never said is refused; the chapter keeps its words.
    llm.push(Step(text="I met Frank and his friend George at the Palais in 1951."))
    response = api.post(url)
    assert response.status_code == 502, response.text
    assert "George" in response.json()["detail"] and "1951" in response.json()["detail"]
    assert api.ok("GET", f"/people/{pid}/book")["chapters"][0]["text"] == prose
    # A model that fails says so, with the chapter unchanged.
    llm.push(Step(fault="500"))
    assert api.post(url).status_code == 502
    # Reset: the original words again.
    book = api.ok("PATCH", f"/people/{pid}/book/chapters/{tid}", json={"text": None})
    assert book["chapters"][0]["text"] == "\n\n".join(PIECES)
    missing = api.post(f"/people/{pid}/book/chapters/{pid}/polish")
    assert missing.status_code == 404


def test_without_a_model_polishing_is_a_409_naming_what_to_run(api: Api, other_api: Api) -> None:
    pid, tid = _chapter(api)
    response = api.post(f"/people/{pid}/book/chapters/{tid}/polish")
    assert response.status_code == 409, response.text
    assert "--provider openai" in response.json()["detail"]
    assert other_api.post(f"/people/{pid}/book/chapters/{tid}/polish").status_code == 404


def test_the_book_page_polishes_a_chapter_with_the_model(openai_api: Api, llm: FakeLLM) -> None:
    pid, tid = _chapter(openai_api)
    client = web_client(openai_api)
    try:
        page = f"/people/{pid}/book"
        token = csrf_of(client, page)
        assert "Polish into prose with the model" in client.get(page).text
        llm.push(Step(text="I met Frank at the Palais in April, and he trod on my feet all night."))
        response = client.post(f"{page}/chapters/{tid}/polish", data={"_csrf_token": token})
        assert response.status_code == 303, response.text
        html = client.get(page).text
        assert "he trod on my feet all night.</textarea>" in html and "Edited" in html
        assert "He trod on my feet all night, and I didn&#39;t mind." in html  # the original piece, below
        llm.push(Step(text="I met Frank and George at the Palais."))
        refused = client.post(f"{page}/chapters/{tid}/polish", data={"_csrf_token": token})
        assert refused.status_code == 502 and "George" in refused.text and 'role="alert"' in refused.text
    finally:
        client.close()


def test_grounding_flags_names_and_numbers_never_said() -> None:
    said = ["I met Frank at the Palais in April.", "He trod on my feet all night."]
    assert ungrounded("In April I met Frank at the Palais. He trod on my feet; I didn't mind.", said) == []
    assert ungrounded("I met Frank and George at the Palais in 1951, in April.", said) == ["George", "1951"]
    assert ungrounded("“Frank,” I said: “Dance with me.” Nobody else was there.", said) == []  # sentence starts

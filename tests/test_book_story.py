"""User story: a life told over three sessions with the guided interviewer becomes a book.

Three sessions, one life event each, told out of order (the first job, then a kitchen with no
date, then the move to Naples); every answer goes through the turn API; the scenes the
interviewer kept are approved and marked for the book; one answer is then marked private.
The book has a chapter per life event in life order (dated ones by date, then the undated one),
each in the storyteller's own words, and the private answer is nowhere: not in the JSON, not in
any export.
"""

from __future__ import annotations

import html
from typing import Any

from tests.support import Api
from tests.turns_support import transcript

SESSIONS: list[tuple[str, str | None, list[str]]] = [
    (
        "My first job",
        "1958-09-01",
        [
            "The workshop of Signor Bruno in Via Toledo had a smell of leather and glue, and the radio played all "
            "day while we cut soles for shoes. I was fourteen and terrified of breaking his tools, so for the first "
            "week I only swept the floor and watched his hands.",
            "Signor Bruno and his son Paolo taught me everything about stitching. Paolo whistled opera in the "
            "workshop on Via Toledo and never once lost his temper with me, even the day I glued a heel on "
            "backwards for a customer from the theatre.",
            "At noon Signor Bruno sent me to the market in Naples for bread and olives, and I walked back along "
            "the port watching the big ships come in from Genoa, counting their funnels and inventing the names of "
            "the places they had been.",
        ],
    ),
    (
        "Grandmother's kitchen",
        None,
        [
            "My grandmother Rosa kept her kitchen in Salerno spotless, with copper pans on the wall and a basket "
            "of lemons from the garden on the table every single morning. The window looked over the sea, and she "
            "hummed the same song while she rolled the dough.",
            "Rosa taught me to fold ravioli at that table in Salerno; my cousin Lucia always ate the filling "
            "before we could close them, and Rosa pretended not to see. We laughed so much that flour covered the "
            "floor, the chairs and the cat by the end.",
            "Every Sunday the whole family from Amalfi squeezed into that kitchen, and my uncle Marco told the same "
            "story about the fisherman and the goat until we all knew it by heart and shouted the ending before "
            "he could reach it.",
        ],
    ),
    (
        "Moving to Naples",
        "1952-03-01",
        [
            "We arrived by ship in the spring of 1952. My grandmother Rosa met us at the harbour in Naples, "
            "wearing her black Sunday dress, and the whole quay smelled of lemons and diesel. I held my brother's "
            "hand so tightly that he cried all the way to the tram.",
            "Our first flat in Naples was above a bakery on Via dei Tribunali, and my brother Enzo and I woke "
            "every night at four when the baker Gennaro started singing to his dough. By the summer we knew every "
            "one of his songs and sang them back through the floor.",
        ],
    ),
]
PRIVATE = 1, 1  # the second session's second answer (Lucia and the ravioli) is marked private


def _tell(
    api: Api, pid: str, topic_id: str, title: str, answers: list[str], draft: str | None
) -> tuple[str, list[dict[str, Any]]]:
    session = api.ok(
        "POST",
        "/sessions",
        json={"person_id": pid, "kind": "story", "name": title, "intention": f"Tell {title}", "topic_ids": [topic_id]},
    )
    sid = session["id"]
    api.ok("POST", f"/sessions/{sid}/start")
    for answer in answers:
        api.clock.advance(seconds=30)
        api.ok("POST", f"/sessions/{sid}/turns", json={"text": answer})
    if draft is not None:  # a paragraph the storyteller drafted from two answers (no single source answer)
        api.ok("POST", f"/sessions/{sid}/artifacts", json={"artifact_type": "draft_paragraph", "content": draft})
    api.clock.advance(minutes=5)
    api.ok("POST", f"/sessions/{sid}/complete", json={})
    return sid, transcript(api, sid)


def test_a_story_told_over_three_sessions_becomes_a_book_without_its_private_answer(api: Api) -> None:
    pid = api.ok("POST", "/people", json={"display_name": "Margaret Rossi"})["id"]
    topics = {}
    for title, start, _ in SESSIONS:
        body = {"kind": "life_event", "title": title, **({"period_start": start} if start else {})}
        topics[title] = api.ok("POST", f"/people/{pid}/topics", json=body)["id"]
    api.ok("POST", f"/people/{pid}/topics", json={"kind": "life_event", "title": "The garden"})  # never told

    told: list[tuple[str, list[dict[str, Any]]]] = []
    for n, (title, _, answers) in enumerate(SESSIONS):
        draft = " ".join(answers[:2]) if n == PRIVATE[0] else None
        told.append(_tell(api, pid, topics[title], title, answers, draft))
        api.clock.advance(days=7)

    # Before anything is approved there is no book yet.
    empty = api.ok("GET", f"/people/{pid}/book")
    assert empty["chapters"] == [] and empty["title"] == "Margaret Rossi’s story"

    # The storyteller approves every scene the interviewer kept, for the book.
    kept: dict[str, list[dict[str, Any]]] = {}
    for (title, _, _), (sid, _) in zip(SESSIONS, told, strict=True):
        items = api.ok("GET", f"/sessions/{sid}/artifacts")["items"]
        assert items, f"the interviewer kept no scene of {title!r}"
        for artifact in items:
            api.ok("PATCH", f"/artifacts/{artifact['id']}", json={"is_approved": True, "included_in_synthesis": True})
        kept[title] = items

    # One answer (the ravioli) is marked private after the fact, through the interactions API.
    sid, items = told[PRIVATE[0]]
    private_text = SESSIONS[PRIVATE[0]][2][PRIVATE[1]]
    answer = next(i for i in items if i["person_response"] == private_text)
    assert any(a["source_interaction_sequence"] == answer["sequence"] for a in kept["Grandmother's kitchen"])
    api.ok("PATCH", f"/sessions/{sid}/interactions/{answer['sequence']}", json={"is_private": True})
    # The scene made from it is gone (the private-answers API deletes it); the drafted paragraph that
    # quotes it is still approved, and the book leaves it out because it quotes a private answer.
    remaining = api.ok("GET", f"/sessions/{sid}/artifacts")["items"]
    assert [a["artifact_type"] for a in remaining if private_text in a["content"]] == ["draft_paragraph"]

    book = api.ok("GET", f"/people/{pid}/book")
    titles = [c["title"] for c in book["chapters"]]
    assert titles == ["Moving to Naples", "My first job", "Grandmother's kitchen"]  # dated by date, then undated
    assert [c["number"] for c in book["chapters"]] == [1, 2, 3]
    assert [c["period"] for c in book["chapters"]] == ["1952", "1958", None]
    assert book["private_pieces_left_out"] == 1 and book["unplaced_pieces"] == 0

    for chapter in book["chapters"]:
        pieces = [a for a in kept[chapter["title"]] if private_text not in a["content"]]
        assert {p["artifact_id"] for p in chapter["pieces"]} == {a["id"] for a in pieces}
        # The storyteller's own words, in the order told (each piece's words, tidied, in sequence).
        positions = [chapter["text"].find(" ".join(a["content"].split())[:60]) for a in pieces]
        assert -1 not in positions and positions == sorted(positions), (chapter["title"], positions)
        assert chapter["text"] == chapter["composed_text"] and not chapter["edited_text"]
        # Only short joins are added: nothing else but the pieces and "Another time, … remembered:".
        words = chapter["text"]
        for a in pieces:
            words = words.replace(" ".join(a["content"].split()), "")
        assert words.replace("Another time, Margaret remembered:", "").strip(" .\n") == ""

    everything = str(book)
    assert "ravioli" not in everything and "Lucia" not in everything
    for fmt in ("md", "html"):
        response = api.get(f"/people/{pid}/book.{fmt}")
        assert response.status_code == 200, response.text
        text = html.unescape(response.text)
        assert "ravioli" not in text and "Lucia" not in text
        found = [text.rfind(t) for t in titles]  # the last mention: the chapter, after any table of contents
        assert -1 not in found and found == sorted(found)
        assert "Signor Bruno" in text and "copper pans" in text

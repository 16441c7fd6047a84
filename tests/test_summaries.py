"""Summaries a person would keep, on every engine: a guided story session's completion summary
is a short narrative (who and where, the storyteller's own words, what is still to explore),
with no indicator checklist, no paragraph twice, no advice repeated inside it and one duration
format shared with the pages; its artifacts have human titles, which can be renamed (1 to
300 characters, also after completion) through the API.
"""

from __future__ import annotations

import re
from typing import Any

from tests.support import Api
from tests.turns_support import second_account
from tests.web_support import web_client

ANSWERS = [
    "We arrived by ship in the spring of 1952. My grandmother Rosa met us at the harbour in Naples, wearing her "
    "black Sunday dress, and the whole quay smelled of lemons and diesel.",
    "Rosa, mostly. She sang old songs from Calabria while she cooked and always saved me the warm crust of the "
    "bread in her kitchen on Via Toledo.",
    "The hardest part was the language at school: the nuns spoke so fast, and the other girls laughed at my "
    "accent every single morning in the cold yard.",
    "I left the quiet of the village behind, and I gained a loud city that never slept, and a grandmother I had "
    "only known from letters.",
    "It means home is people, not a place. I think of Rosa whenever I bake bread in my own kitchen, and I can "
    "still smell the lemons on that quay.",
]
_MINUTES = re.compile(r"\b\d+(?:\.\d+)? minutes?\b")
_PAGE_DURATION = re.compile(r"<dt>Time</dt><dd>([^<]*)<")


def _story_session(api: Api) -> tuple[str, dict[str, Any]]:
    person = api.ok("POST", "/people", json={"display_name": "Grandma (Margaret Rossi)"})
    topic = api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": "Moving to Naples"})
    session = api.ok(
        "POST",
        "/sessions",
        json={
            "person_id": person["id"],
            "kind": "story",
            "name": "Naples",
            "success_indicators": ["A vivid scene of the harbour", "Her time in the Navy"],
            "scheduled_duration_minutes": 45,
            "topic_ids": [topic["id"]],
            "start": True,
        },
    )
    for text in ANSWERS:
        api.clock.advance(seconds=80)  # 6 min 40 s in all: "7 min", never "6.67 minutes"
        api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": text})
    done = api.ok("POST", f"/sessions/{session['id']}/complete", json={})
    return session["id"], done["session"]


def test_a_completed_story_reads_as_a_narrative(api: Api) -> None:
    sid, session = _story_session(api)
    summary, suggestion = session["summary"], session["next_session_suggestion"]
    paragraphs = summary.split("\n\n")
    assert len(paragraphs) == len(set(paragraphs)) >= 3, summary
    # Who and where first, from the answers: the person's name as she is called, people, places.
    assert paragraphs[0].startswith("Margaret told about “Moving to Naples”."), summary
    assert "It is a story of Rosa, in Naples, Calabria and Via Toledo." in paragraphs[0]
    # What happened and what it meant, quoted in her own words (nothing paraphrased or invented).
    assert "How it was, in Margaret's words: “We arrived by ship in the spring of 1952." in summary
    assert "What it meant, in Margaret's words: “It means home is people, not a place." in summary
    for quoted in re.findall(r"“([^”]*)”", summary):
        assert any(quoted.removesuffix(" …") in answer for answer in ANSWERS) or quoted == "Moving to Naples"
    # Then what is still to explore; no checklist, no advice inside, one duration format.
    assert paragraphs[-1].startswith("Still to explore: Her time in the Navy"), summary
    assert "not met" not in summary.lower() and "Success," not in summary and "Indicators" not in summary
    assert suggestion and suggestion not in summary and "Next session" not in summary
    assert not _MINUTES.search(summary) and "The session took 7 min of the 45 min planned" in summary

    # The summary page shows the same length the same way, and the suggestion once.
    web = web_client(api)
    page = web.get(f"/sessions/{sid}/summary").text
    web.close()
    assert _PAGE_DURATION.search(page).group(1).strip() == "7 min"  # type: ignore[union-attr]
    assert page.count(suggestion.replace("'", "&#39;")) == 1 and not _MINUTES.search(page)

    # Artifacts carry human titles from their words: no "topic: category (place)", no two alike.
    titles = [a["title"] for a in api.ok("GET", f"/sessions/{sid}/artifacts")["items"]]
    assert titles and len(titles) == len(set(titles)), titles
    assert "We arrived by ship in the spring of 1952" in titles
    assert not any(re.search(r": (?:scene|people|tension|change|meaning|story)\b", t) for t in titles), titles


def test_artifact_titles_are_renamed_and_validated(api: Api) -> None:
    sid, _session = _story_session(api)
    artifact = api.ok("GET", f"/sessions/{sid}/artifacts")["items"][0]
    url = f"/artifacts/{artifact['id']}"
    # After completion the words are final, but the title is the person's to change.
    renamed = api.ok("PATCH", url, json={"title": "  Arriving   in Naples "})
    assert renamed["title"] == "Arriving in Naples" and renamed["content"] == artifact["content"]
    assert api.ok("PATCH", url, json={"artifact_name": "The harbour at dawn"})["title"] == "The harbour at dawn"
    assert api.ok("PATCH", url, json={"title": "x" * 300})["title"] == "x" * 300
    for bad in ("", "   ", "x" * 301, None, 7):
        response = api.client.patch(url, json={"title": bad})
        assert response.status_code == 400 and "title" in response.text, (bad, response.text)
    assert api.ok("GET", url)["title"] == "x" * 300  # nothing changed by them
    closed = api.client.patch(url, json={"content": "Other words"})
    assert closed.status_code == 409, closed.text
    with second_account(api) as other:
        other.ok("PATCH", url, expect=404, json={"title": "Mine now"})

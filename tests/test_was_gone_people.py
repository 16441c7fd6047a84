"""'X was gone' of a person is a loss, of a place or a firm none (agent.guided.grief, review of 82a2422).

A noun of a place decides only after an article or a possessive, or as the last word of a name that is no
surname; a noun that is also a surname, after a given name or a title, is a person, and a place noun said
alone as a name is one too, unless the answer said it as a place. Names and wording other than any benchmark
persona's."""

from __future__ import annotations

import pytest

from agent.guided import grief


@pytest.mark.parametrize(
    "said",
    [
        "Brook was gone before the ambulance turned into our road.",  # a given name that is a place noun
        "Annie Church was gone by the first frost.",  # a surname after a given name
        "We sat up with her all night, and Maggie Lane was gone by dawn.",
        "Mr Castle was already gone when the priest arrived.",  # after a title
        "Young Billy Wood was gone by the end of that winter.",
    ],
)
def test_a_person_with_a_place_noun_for_a_name_gone_is_a_loss(said: str) -> None:
    assert grief.sorrow(said) == "loss", said


@pytest.mark.parametrize(
    "said",
    [
        "We prayed in the Church every week. By the sixties the Church was gone.",  # after an article
        "Our old Market was gone, a car park where the stalls had been.",
        "Kelly's Field was gone under houses by the time I was twenty.",  # a possessive
        "Waverley Station was gone, rebuilt in glass.",  # a name ending in a noun no surname
        "We played football at Annie Field every Saturday. Annie Field was gone by 1975.",  # said as a place
    ],
)
def test_a_place_with_a_name_gone_is_no_loss(said: str) -> None:
    assert grief.sorrow(said) is None, said


def test_the_answer_is_read_once_however_many_are_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader types the answer's places once, not once per "X was gone" in it."""
    calls: list[str] = []
    real = grief.read

    def counting(text: str, **kwargs: object) -> object:
        calls.append(text)
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(grief, "read", counting)
    grief._places_and_things.cache_clear()
    said = " ".join(f"{name} was gone by the spring." for name in ("Arlo", "Bryn", "Cass", "Dov", "Esme"))
    assert len(grief._deaths(said)) == 5
    assert calls == [said]

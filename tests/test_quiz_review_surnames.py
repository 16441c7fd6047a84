"""Review of 4dca357 (a person named by the surname alone): the surname is taken only where the question asks for
a person and the expected answer is a person's name, and never for another person. The reviewer's sentences and
others in other subjects (art, exploration, politics, letters, music)."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        # a "who" inside a question of a place or a thing asks for no person; an office is no person's name
        ("York.", "New York", "Where did most of the people who fled the famine land?"),
        ("Ocean, I suppose.", "Pacific Ocean", "Which ocean did the sailors who mutinied on the Bounty cross?"),
        ("Wales.", "New South Wales", "In which state did the convicts who sailed with the First Fleet land?"),
        ("Islands.", "Cook Islands", "Which islands are named after the captain who mapped them?"),
        ("Minister.", "Prime Minister", "Who lives at 10 Downing Street?"),
        ("Sea, I'd say.", "Caspian Sea", "Which lake do the rivers that whose deltas feed it call a sea?"),
        ("Republic.", "Czech Republic", "Which country did the students who marched in 1989 free?"),
        ("Secretary.", "General Secretary", "Who leads the party congress?"),
        # another person of the surname, by given name, initials, a name after it, or a title of the other sex
        ("Hillary Clinton.", "Edmund Hillary", "Who first climbed Everest with Tenzing?"),
        ("Kelly Clarkson?", "Ned Kelly", "Who was the outlaw who wore armour?"),
        ("Brontë, Emily.", "Charlotte Brontë", "Who wrote Jane Eyre?"),
        ("the Brontë sister, Emily.", "Charlotte Brontë", "Who wrote Jane Eyre?"),
        ("Fleming, Ian Fleming.", "Alexander Fleming", "Who discovered penicillin in 1928?"),
        ("J. J. Thomson, the electron man.", "William Thomson", "Who proposed the absolute scale of temperature?"),
        ("Mrs Gandhi.", "Mahatma Gandhi", "Who led the salt march?"),
        ("Mr Curie.", "Marie Curie", "Which scientist discovered radium with her husband?"),
        ("The local constable, I think.", "John Constable", "Who painted The Hay Wain?"),
        ("Darwin, Emma, his wife.", "Charles Darwin", "Who wrote On the Origin of Species?"),
        ("Strauss, Richard Strauss.", "Johann Strauss", "Which composer wrote The Blue Danube?"),
        ("H. G. Wells.", "Orson Welles", "Who directed Citizen Kane?"),
        ("Wells, H. G. Wells.", "Orson Wells", "Who directed Citizen Kane?"),
        ("Monsieur Pasteur's wife.", "Louis Pasteur", "Who made milk safe by heating it?"),
        ("Madame Pasteur.", "Louis Pasteur", "Who made milk safe by heating it?"),
        ("Ford Prefect.", "Henry Ford", "Which engineer built the Model T?"),
        ("The town baker.", "Samuel Baker", "Which explorer reached Lake Albert first?"),
        ("Zedong.", "Mao Zedong", "Who led the Chinese revolution of 1949?"),  # the given name, said last
    ],
)
def test_no_person_or_another_person_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Mao.", "Mao Zedong", "Who led the Chinese revolution of 1949?"),  # the family name comes first
        ("Sun.", "Sun Yat-sen", "Who was the first president of the Republic of China?"),
        ("Chairman Mao.", "Mao Zedong", "Who led the Long March?"),
        ("Park, I think.", "Park Chung-hee", "Who led South Korea in 1970?"),
        ("Kennedy.", "John F Kennedy", "Who was US president in 1962?"),  # a middle initial
        ("Roosevelt.", "Franklin D. Roosevelt", "Who was US president when Pearl Harbor was bombed?"),
        ("Madame Curie.", "Marie Curie", "Which scientist discovered radium with her husband?"),
        ("Sir Hillary.", "Edmund Hillary", "Who first climbed Everest with Tenzing?"),
        ("García Márquez.", "Gabriel García Márquez", "Which writer wrote One Hundred Years of Solitude?"),
        ("Vargas Llosa, the Peruvian.", "Mario Vargas Llosa", "Which writer wrote The Time of the Hero?"),
        ("Doctor Fleming, at St Mary's.", "Alexander Fleming", "Who discovered penicillin in 1928?"),
        ("Kahlo.", "Frida Kahlo", "Whose self-portraits show a monobrow?"),
        ("Victoria.", "Queen Victoria", "Which queen reigned longest before Elizabeth?"),
        ("Hillary, with Tenzing.", "Edmund Hillary", "Who first climbed Everest with Tenzing?"),
        ("Constable, I think.", "John Constable", "Next one. Who painted The Hay Wain?"),
        ("Jenner, the country doctor.", "Edward Jenner", "Name the doctor who first vaccinated against smallpox."),
        ("Tubman.", "Harriet Tubman", "Do you know who led slaves north on the Underground Railroad?"),
    ],
)
def test_the_persons_surname_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True

"""Names said otherwise, graded as a strict examiner would (held-out round 24, by category, wordings made up).

A country by its own name, a term in the trade's original language, a grape variety by its name in another wine
country or with its colour word translated and turned, a trade's short form or synonym, an English plural, and a
longer name that holds the answer's stem before a word for its kind are right; another country, variety, colour,
method or fitting stays wrong.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade
from agent.guided.term_spelling import same_term

COUNTRY = "Which country does {} come from?"
GRAPE = "Which grape variety is {} mostly made from?"


@pytest.mark.parametrize(
    ("said", "expected", "question", "right"),
    [
        # a country by its own name
        ("Deutschland. The steep slopes along the Mosel.", "Germany", COUNTRY.format("Mosel Riesling"), True),
        ("Hrvatska, my cousin has a konoba in Split.", "Croatia", COUNTRY.format("Plavac Mali"), True),
        ("Suomi, I think.", "Finland", "Which country has the most saunas per person?", True),
        ("Magyarorszag. Where the Danube bends.", "Hungary", COUNTRY.format("Egri Bikavér"), True),
        ("Österreich, I'd say.", "Hungary", COUNTRY.format("Tokaji"), False),
        ("Deutschland.", "Austria", COUNTRY.format("Grüner Veltliner"), False),
        ("Polska.", "Slovakia", "Which country is Bratislava the capital of?", False),
        # a city or a language by its own name
        ("Wien, of course, with the white horses.", "Vienna", "Which city is the Spanish Riding School in?", True),
        ("Firenze. We queued three hours.", "Florence", "Where is the Uffizi gallery?", True),
        ("Deutsch, the Austrian kind.", "German", "Which language is spoken in Austria?", True),
        ("Cymraeg, my nain spoke it.", "Welsh", "What language is an eisteddfod held in?", True),
        ("München.", "Vienna", "Which city is the Spanish Riding School in?", False),
        ("Venezia.", "Florence", "Where is the Uffizi gallery?", False),
        ("Nederlands.", "German", "Which language is spoken in Austria?", False),
        ("Gaeilge.", "Welsh", "What language is an eisteddfod held in?", False),
        # a term in the trade's own language, or its older name
        ("Edelfäule, as they say in the Rheingau.", "noble rot", "What is Botrytis called when it is wanted?", True),
        ("Metodo classico, like in Franciacorta.", "the traditional method", "How is Champagne made?", True),
        (
            "A bain-marie. Mum did her custards that way.",
            "a water bath",
            "What is a pan of hot water to cook in?",
            True,
        ),
        ("Remuage, turning the bottles a bit every day.", "riddling", "What moves the yeast to the neck?", True),
        ("The charmat method.", "the traditional method", "How is Champagne made?", False),
        ("Pourriture grise.", "noble rot", "What is Botrytis called when it is wanted?", False),
        ("Cuve close.", "the traditional method", "How is Champagne made?", False),
        # a grape variety by its name in another wine country
        ("Spätburgunder, from the Ahr valley.", "Pinot Noir", GRAPE.format("red Burgundy"), True),
        ("Shiraz. Big and peppery.", "Syrah", GRAPE.format("Hermitage"), True),
        ("Garnacha, like back home in Aragón.", "Grenache", GRAPE.format("Châteauneuf-du-Pape"), True),
        ("Primitivo, the one from Puglia.", "Zinfandel", "Which grape is big in Lodi?", True),
        ("Grauburgunder.", "Pinot Noir", GRAPE.format("red Burgundy"), False),
        ("Welschriesling.", "Riesling", GRAPE.format("Mosel Kabinett"), False),
        ("Cabernet Sauvignon.", "Sauvignon Blanc", GRAPE.format("Pouilly-Fumé"), False),
        # a coloured variety with its colour word translated or turned
        ("The black pinot, the Burgundy one.", "Pinot Noir", GRAPE.format("Volnay"), True),
        ("Pinot Grigio. Same grape, the Italians just say it so.", "Pinot Gris", GRAPE.format("Alsace Tokay"), True),
        ("White chenin, from the Loire.", "Chenin Blanc", GRAPE.format("Vouvray"), True),
        ("Pinot Grigio.", "Pinot Noir", GRAPE.format("red Burgundy"), False),
        ("The grey pinot.", "Pinot Noir", GRAPE.format("Volnay"), False),
        ("Sauvignon Gris.", "Sauvignon Blanc", GRAPE.format("Pouilly-Fumé"), False),
        ("Sauvignon.", "Sauvignon Blanc", GRAPE.format("Pouilly-Fumé"), False),
        # a trade's short form
        ("A sparky. Never touch the wiring yourself.", "an electrician", "Who do you call to rewire a house?", True),
        ("The fridge, on the bottom shelf.", "the refrigerator", "Where should raw meat be kept?", True),
        ("An immersion. Switch it on an hour before.", "an immersion heater", "What heats a cylinder's water?", True),
        ("A chippy.", "an electrician", "Who do you call to rewire a house?", False),
        ("A condensing boiler.", "a combination boiler", "Which boiler heats water on demand?", False),
        ("A combi.", "a system boiler", "Which boiler works with a cylinder but no loft tank?", False),
        # another name of the same thing in the trade
        ("A one-way valve, on the pump outlet.", "a check valve", "Which valve stops backflow?", True),
        ("The stopcock, under the kitchen sink.", "the stop valve", "What do you turn off first in a leak?", True),
        (
            "Whooping cough. The babies get jabbed for it.",
            "pertussis",
            "What does the DTaP vaccine's P stand for?",
            True,
        ),
        ("Drywall, screwed to the studs.", "plasterboard", "What are stud walls usually lined with?", True),
        ("A gate valve.", "a check valve", "Which valve stops backflow?", False),
        ("A ball valve.", "a check valve", "Which valve stops backflow?", False),
        ("Chickenpox.", "pertussis", "What does the DTaP vaccine's P stand for?", False),
        # an English plural of the term
        ("Proteins. Eggs, meat, beans.", "protein", "Which nutrient builds muscle?", True),
        ("Batteries, the big lithium ones.", "battery", "What stores the power of a solar home?", True),
        ("Neurons, the long thin ones.", "neuron", "Which cells carry nerve signals?", True),
        ("Customs.", "custom", "What is a long-held tradition called?", False),
        ("Tannic acid.", "tannin", "Which component of red wine dries the mouth?", False),
        ("Spirits.", "spirit", "What is the Holy Ghost also called?", False),
        # a longer name holding the answer's stem before a word for its kind
        ("A reducing bush, twenty-eight to twenty-two.", "a reducer", "Which fitting joins two sizes of pipe?", True),
        ("A thickening agent.", "a thickener", "What is cornflour used as in a gravy?", True),
        ("An emulsifying agent, it keeps it smooth.", "an emulsifier", "What is lecithin in chocolate?", True),
        ("A pressure reducing valve.", "a reducer", "Which fitting joins two sizes of pipe?", False),
        ("A coupling.", "a reducer", "Which fitting joins two sizes of pipe?", False),
        ("A reducing tee.", "a reducer", "Which fitting joins two sizes of pipe?", False),
        # the name without its last word, where the question names that word as the kind asked
        ("A combination, they're in every new flat.", "a combination boiler", "Which boiler needs no cylinder?", True),
        ("The tenon one.", "a tenon saw", "Which saw has a stiff brass back?", True),
        ("Ratchet, the clicking one.", "a ratchet spanner", "Which spanner turns without lifting off?", True),
        ("A system.", "a combination boiler", "Which boiler needs no cylinder?", False),
        ("Carbon.", "carbon monoxide", "Which poisonous gas does a bad boiler give off?", False),
        ("A tenon.", "a tenon saw", "Which saw do you cut a tenon with?", False),
    ],
)
def test_a_name_said_otherwise(said: str, expected: str, question: str, right: bool) -> None:
    assert grade(said, [expected], prompt=question) is right


@pytest.mark.parametrize(
    ("said", "expected", "question"),
    [
        ("Sauvignon blanc, I think. Yes, sauvignon, I'm sure.", "Chardonnay", GRAPE.format("Chablis")),
        ("Prosecco.", "Cava", "What is the traditional-method sparkling wine of Catalonia called?"),
        ("Sugar. A lot of sugar, that's why it's so sweet.", "grape spirit", "What is added to port?"),
        ("Carbon dioxide.", "carbon monoxide", "Which poisonous gas does a bad boiler give off?"),
    ],
)
def test_wrong_answers_stay_wrong(said: str, expected: str, question: str) -> None:
    assert grade(said, [expected], prompt=question) is False


def test_the_plural_rule_itself() -> None:
    assert same_term("tannins", "tannin")
    assert same_term("boxes", "box") is False  # under five letters: never read by the stem rule
    assert same_term("brushes", "brush")
    assert same_term("customs", "custom") is False
    assert same_term("femures", "femur") is False

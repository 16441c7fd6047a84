"""Round 24's people and places misses, fixed by category, each with wordings of our own and look-alikes that must
stay as they were: a relative said in the words of another language (Wolof, Romanian, Creole); someone who does
a thing for the teller in a clause opened by "that" ("the suitcase that Khady made me carry"); a leave-taking of
another language that opens with a family's word ("Ba beneen yoon", "Ata mañá"); the teller's own name after "I
am"; someone set off by a role with a word before it ("Paco, the head waiter,"); a congregation by its name ("Grace
Lutheran"); a title of another language said alone where one goes ("to Sor"); a Romance place's name with a small
word inside ("the Langue de Barbarie") or opened by a family's word ("the Mãe de Deus church"); the part of a land
said in lower case ("north Goa"); a country in its own tongue ("Magyarország"); a place renamed ("called the town
Saint-Louis"), beside a river ("by the Ebro"), a street's stones ("the stones of the Canebière"); and what names no
place: the adjective of a people or a tongue ("in Corsican", "the Goan club") and a scale of heat ("in Fahrenheit")."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from tests.reader_support import assert_read


@pytest.mark.parametrize(
    ("text", "people", "places", "not_people"),
    [
        # a relative in the words of another language
        ("In my bunelu's cellar the barrels were taller than me.", ["bunelu|grandfather"], [], []),
        ("Every winter Mamaie knitted us socks from the sheep's wool.", ["Mamaie|grandmother"], [], []),
        ("My granmer's frying the fish and I can smell it from here.", ["granmer|grandmother"], [], []),
        ("Granper took me fishing off the reef every Sunday.", ["Granper|grandfather"], [], []),
        ("My nijaay Modou mended the nets on the beach.", ["Modou|uncle"], [], []),
        ("My mag Ibrahima, the eldest of us, sold fish at the market.", ["Ibrahima|brother"], [], []),
        ("My bàjjan Fatou braided my hair every Friday.", ["Fatou|aunt"], [], []),
        # look-alikes: the English word, the given name
        ("I read a mag on the train every morning.", [], [], ["brother"]),
        ("Aunt Mag sewed all our dresses.", ["Mag|aunt"], [], ["brother"]),
        # someone who did a thing for the teller, in a clause opened by "that"
        ("I still have the suitcase that Khady made me carry.", ["Khady"], [], []),
        ("It was a dress that Marisol sewed us for the wedding.", ["Marisol"], [], []),
        ("I carried a star that Unchiul Vasile made me from a sugar box.", ["Vasile|uncle"], [], []),
        # look-alikes: a maker, a thing pointed at
        ("I still have the radio that Philips made in 1950.", [], [], ["Philips"]),
        ("That Ford made me late every single morning.", [], [], ["Ford"]),
        ("We cooked on that Aga for years.", [], [], ["Aga", "grandmother"]),
        # a leave-taking that opens with a family's word of another language
        ("Jërëjëf, my child. Ba beneen yoon.", [], [], ["father"]),
        ("Enough now, I am tired. Ba suba.", [], [], ["father"]),
        ("Vale, that's it for today. Ata mañá.", [], [], ["grandfather", "father"]),
        ("That's all, my arm is gone. Ata logo.", [], [], ["grandfather", "father"]),
        # look-alikes: the relative doing something
        ("Ba cooked rice for us every evening.", ["Ba|father"], [], []),
        ("My Ata taught me to ride a horse.", ["Ata|grandfather"], [], []),
        # the teller's own name after "I am", "I'm"
        ("On the papers I am Mr. Sokha, by mistake, for forty years.", [], [], ["Mr. Sokha"]),
        ("At the plant I'm Mr. Jones, never Kofi.", [], [], ["Mr. Jones"]),
        # look-alikes: whose the teller is
        ("I am Maria's daughter, the youngest.", ["Maria"], [], []),
        ("I was Anna's friend for fifty years.", ["Anna"], [], []),
        # someone set off by a role with a word before it, or by a trade
        ("Paco, the head waiter, says it beats all the others.", ["Paco"], [], []),
        ("Tomás, the old cook, said the soup needed salt.", ["Tomás"], [], []),
        ("Ines, the midwife, came in the night.", ["Ines"], [], []),
        # look-alikes: an animal, a mountain
        ("Duchess, the old mare, kicked me.", [], [], ["Duchess"]),
        ("Rila, the big mountain, was white all winter.", [], ["Rila"], ["Rila"]),
        # a congregation by its name, no one
        ("In eighty-one a church, Grace Lutheran, sponsored us.", [], [], ["Grace"]),
        ("Bethel Baptist gave us blankets that first winter.", [], [], ["Bethel", "Bethel Baptist"]),
        ("Faith Methodist paid the first month's rent.", [], [], ["Faith"]),
        # look-alikes: a woman of that church
        ("Grace was a Lutheran all her life.", ["Grace"], [], []),
        ("My friend Grace, Lutheran like me, came to the wedding.", ["Grace"], [], []),
    ],
)
def test_people_of_round_24_by_category(text: str, people: list[str], places: list[str], not_people: list[str]) -> None:
    assert_read(text, people, places, not_people)


@pytest.mark.parametrize(
    ("text", "places", "not_places"),
    [
        # a title of another language said alone where one goes
        ("He walked the ram over the bridge to Sor to find grass.", ["Sor"], []),
        ("We lived in Sor for a while, near the market.", ["Sor"], []),
        # a Romance place's name with a small word inside, after "on", "along", "at" the
        ("I was born in 1942, on the Langue de Barbarie, a tongue of sand.", ["Langue de Barbarie"], []),
        ("We had a flat along the Costa del Sol for ten years.", ["Costa del Sol"], []),
        ("They married at the Hotel de Ville in May.", ["Hotel de Ville"], []),
        # look-alikes: a ship sailed on, a feast talked on
        ("He sailed on the Vasco da Gama to Goa.", ["Goa"], ["Vasco da Gama"]),
        ("We crossed on the Conte di Savoia in 1950.", [], ["Conte di Savoia"]),
        ("You'd get me going on the Courir de Mardi Gras, that's the best thing.", [], ["Courir de Mardi Gras"]),
        # a dedication opened by a family's word
        ("We lived just behind the Mãe de Deus church, the white one.", ["Mãe de Deus"], ["Deus"]),
        ("We were married at the Madre de Dios church in Lima.", ["Madre de Dios", "Lima"], ["Dios"]),
        # the part of a land said in lower case
        ("I was born in Saligão, in Bardez, north Goa.", ["Saligão", "Bardez", "Goa"], []),
        ("We went to a farm out in west Cork.", ["Cork"], []),
        ("We lived in south London until the war.", ["London"], []),
        # a country in its own tongue
        ("Magyarország. The neighbours of our neighbours.", ["Magyarország"], []),
        ("We drove from Deutschland to Polska in one day.", ["Deutschland", "Polska"], []),
        # the adjective of a people or a tongue, and a scale of heat: no place
        ("Madame Rinaldi was from Corsica; she taught me to swear in Corsican.", ["Corsica"], ["Corsican"]),
        ("Nobody has opened it since the boys from the Goan club played it.", [], ["Goan"]),
        ("She sang to us in Sicilian every night.", [], ["Sicilian"]),
        ("A hundred and forty Fahrenheit. Dave still does everything in Fahrenheit.", [], ["Fahrenheit"]),
        ("It was ninety in Celsius, too hot to sleep.", [], ["Celsius"]),
        # a place renamed: "called the town X", "named the village X"
        ("The French called the town Saint-Louis; for us it was always Ndar.", ["Saint-Louis"], []),
        ("The Belgians called the city Léopoldville in those days.", ["Léopoldville"], []),
        ("After the war they named the village Nowa Wieś.", ["Nowa Wieś"], []),
        # beside a river or a place: "by the" after a dwelling, a quarter, "lived"
        ("We had a little house by the Danube, with a plum tree.", ["Danube"], []),
        ("Down in the south, by the Douro, the wine is heavier.", ["Douro"], []),
        # look-alikes: made by someone, a family by its plural name
        ("It was a song by the Beatles, on the radio all summer.", [], ["Beatles"]),
        ("We lived in a house by the Smiths for a year.", [], ["Smiths"]),
        ("The mill was built by the Company in 1890.", [], ["Company"]),
        # the stones of a street
        ("He walked on the stones of the Canebière like on cotton.", ["Canebière"], []),
        ("My heels rang on the cobbles of the Shambles.", ["Shambles"], []),
        # look-alikes: places whose names end like an adjective
        ("We moved to Milan in 1960, then to Sudan.", ["Milan", "Sudan"], []),
        ("We lived in Oman and then in Iran.", ["Oman", "Iran"], []),
        ("We flew to Japan, then on to Taiwan.", ["Japan", "Taiwan"], []),
    ],
)
def test_places_of_round_24_by_category(text: str, places: list[str], not_places: list[str]) -> None:
    reading = read(text)
    for place in places:
        assert place in reading.places, (place, reading.places)
    for place in not_places:
        assert place not in reading.places, (place, reading.places)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I gave the letter to Padre after Mass.", "Padre"),
        ("I handed it to Sor Teresa at the door.", "Sor Teresa"),
        ("Then Kelvin said we should go, it was too hot.", "Kelvin"),
    ],
)
def test_look_alikes_that_stay_someone(text: str, person: str) -> None:
    reading = read(text)
    assert person in reading.people, reading.people
    assert person not in reading.places, reading.places

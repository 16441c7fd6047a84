"""The study tutor on round 18's amounts, in other wording (a car electrics, a mains frequency, a hatching and a
cooking quiz): a quantity said in words with a unit's name ("two kilowatts") for one written with its symbol
("2 kW"); one amount said twice, in two units ("Two weeks, so fourteen days."); an amount said in another unit
than the one asked ("three weeks" to how many days). Look-alikes that must stay wrong beside each: another
number in the same unit, the same number in another unit, another amount restated or corrected. A rough figure
asked ("about 93°F") said as two neighbouring numbers ("ninety-three, ninety-four Fahrenheit") is right."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

HEATER = "How much power does the storage heater draw?"
MAINS = "At what frequency does the mains supply in Europe alternate?"
BATTERY = "What is the voltage of a car battery?"
LAMP = "If 12 volts drive a lamp of 4 ohms, what current flows?"
HATCH = "How many days does a hen's egg take to hatch?"
FORTNIGHT = "How many days are there in a fortnight?"
TIMER = "How many minutes should the pudding steam?"
WALK = "How far is the charity walk?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Two kilowatts.", "2 kW", HEATER),
        ("Fifty hertz, same as the fridge hum.", "50 Hz", MAINS),
        ("I'd say twelve volts.", "12 V", BATTERY),
        ("Twelve over four, that's three. Amps.", "3 A", LAMP),
        ("Two hundred and forty volts, I think.", "240 V", "What is the mains voltage in Kenya?"),
    ],
)
def test_a_quantity_in_words_with_its_units_name_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Two hundred volts.", "240 V", "What is the mains voltage in Kenya?"),  # another number
        ("Two kilowatts.", "2 kV", HEATER),  # the same number in another unit
        ("Twelve watts.", "12 V", BATTERY),
        ("Sixty hertz.", "50 Hz", MAINS),
        ("Three volts.", "3 A", LAMP),
    ],
)
def test_another_number_or_unit_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Two weeks, so fourteen days, my gran counted them on the calendar.", "14", FORTNIGHT),
        ("Fourteen days. Two weeks, like the holiday.", "14", FORTNIGHT),
        ("An hour. Sixty minutes, no less.", "60", TIMER),
        ("Five kilometres. Five thousand metres, round the lake.", "5 km", WALK),
        ("Three weeks.", "21", HATCH),  # said in another unit than the days asked
    ],
)
def test_one_amount_said_twice_or_in_another_unit_is_right(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(
    ("said", "expected", "prompt"),
    [
        ("Three days.", "21", HATCH),
        ("Three months.", "21", HATCH),
        ("Two weeks. Fifteen days, I mean.", "14", FORTNIGHT),  # a new amount, not the same said again
        ("Fourteen days. No, three weeks.", "14", FORTNIGHT),
        ("An hour. Ninety minutes, to be safe.", "60", TIMER),
        ("Five kilometres. Six thousand metres, round the lake.", "5 km", WALK),
        ("Twenty-one weeks.", "21", HATCH),  # the number asked in another unit
    ],
)
def test_another_amount_stays_wrong(said: str, expected: str, prompt: str) -> None:
    assert grade(said, [expected], prompt=prompt) is False


BOIL = "How long does a soft-boiled egg take?"
FEVER = "At what body temperature does a fever begin?"


@pytest.mark.parametrize(
    ("said", "expected", "prompt", "right"),
    [
        # a rough figure asked ("about …") said as two neighbouring numbers, the one asked among them
        ("Five, six minutes, till the white sets.", "about 5 minutes", BOIL, True),
        ("Oh, thirty-eight, thirty-nine Celsius, Mum used the back of her hand.", "about 38°C", FEVER, True),
        # look-alikes: the figure asked not among them, another unit, or an exact figure asked
        ("Six, seven minutes.", "about 5 minutes", BOIL, False),
        ("Thirty-eight, thirty-nine Fahrenheit.", "about 38°C", FEVER, False),
        ("Five, six minutes.", "5 minutes", BOIL, False),
    ],
)
def test_two_neighbouring_numbers_say_a_rough_figure(said: str, expected: str, prompt: str, right: bool) -> None:
    assert grade(said, [expected], prompt=prompt) is right

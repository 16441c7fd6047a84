"""Mountain ranges, deserts and steppes said by their own name with "the" and no generic word after it: "flew over
the Altai", "crossed the Sahara in a truck", "the Gobi", "down from the Pamirs". A place, as a country or a region is,
wherever the sentence puts it; without this list "the X" after a verb of motion read as a named thing (a ship, a
train). Kept apart from ``lexicon`` (at its size limit) and merged into its ``REGIONS``.

Only names that are no given name, brand or common word: not "Atlas" (a book), "Rockies" (a team too, but said of
the mountains nearly always: kept), "Sierra" (a car and a name), "Tatra" (a bus and a lorry: "the Tatras" kept).
"""

LANDFORMS = frozenset(
    """altai pamirs pamir karakoram himalayas himalaya andes alps rockies urals carpathians tatras dolomites
    pyrenees caucasus appalachians drakensberg hindukush tianshan kunlun zagros apennines balkans
    gobi sahara kalahari namib atacama negev sinai taklamakan karakum kyzylkum mojave sonoran thar rub-al-khali
    nullarbor pampas altiplano serengeti sahel""".split()
) | frozenset({"hindu kush", "tian shan", "empty quarter", "great rift valley", "rift valley", "outback"})

# Said right after the name, these make it a team (the Colorado Rockies) and not the range: "the Rockies play in
# Denver", "we watched the Rockies lose", "a Rockies game", "the Rockies fans". Never a word of going or being there
# ("the Rockies were white", "the Rockies in winter"), nor a word
# of doing there ("a summer in the Alps playing in the snow": no "-ing" here).
TEAM_AFTER = frozenset(
    """play plays played lose loses lost win wins won beat beats game games match matches fan fans supporter
    supporters team scored""".split()
)

"""The words of working life (the indicator reader's work family, ``concepts``): the places one works
in, the trades one has and who one works for; each says a job only as the person's own role."""

from __future__ import annotations

from agent.guided.lexicon import PERSON_NOUNS

# Work places and trades: a generic list (rooms of industry, commerce and service), used only as
# the person's role ("I started at the cannery", "I was a typist"), never as a place nearby.
WORKPLACES = frozenset(
    """factory factories mill mills cannery canneries plant works workshop foundry forge smithy shipyard
    yard dockyard docks dock mine pit colliery quarry warehouse depot office offices bank exchange
    switchboard shop store stores department bakery butchery dairy brewery distillery tannery sawmill
    laundry restaurant cafe café canteen diner pub inn hotel kitchen kitchens hospital clinic surgery
    railway railways post press printworks newspaper salon garage farm plantation estate ranch
    station service household""".split()
)
# Who runs a crew or a floor ("Kees the bosun", "Ragna was the forewoman"): a person, and a person's work.
CREW = frozenset("bosun boatswain purser skipper quartermaster forewoman forelady overseer chargehand".split())

OCCUPATIONS = (
    frozenset(
        """apprentice labourer laborer worker workman clerk typist secretary stenographer telephonist operator
        bookkeeper accountant cashier teller receptionist waitress waiter barmaid barman shopgirl shopkeeper
        assistant salesman saleswoman maid housemaid nursemaid laundress nanny governess seamstress dressmaker machinist
        mechanic engineer electrician plumber carpenter joiner builder bricklayer mason painter porter
        postman postwoman postmistress conductor conductress fisherman fishwife farmhand shepherd spinner
        weaver tenter midwife nurse doctor policeman policewoman steward stewardess chef cook baker butcher
        tailor cobbler shoemaker blacksmith smith printer typesetter journalist reporter librarian lawyer
        solicitor teacher lecturer pharmacist chemist dentist vet hairdresser barber gardener caretaker
        cleaner housekeeper servant chauffeur driver pilot sailor docker stevedore miner
        stoker fireman brakeman signalman shunter platelayer navvy ganger fitter turner welder riveter
        boilermaker packer loader drover stockman shearer herdsman ploughman cowman milkmaid dairymaid
        collier pitman hewer diver lumberjack logger trapper deckhand boatman ferryman
        craftsman artisan carver woodcarver fundi mistri mistry usta""".split()
    )
    | CREW
    | (
        PERSON_NOUNS
        - frozenset("man woman men women boy girl lad lass fellow chap gentleman lady kid child baby person".split())
    )
    - frozenset("someone neighbour neighbor friend fella guy student pupil classmate professor".split())
)
# Who employs: "he dived for the merchants", "she cleaned for the council". With the workplaces,
# the only kinds that "for the …" makes a role ("cut cane for the mill"; not "waited for the doctor").
EMPLOYERS = frozenset(
    """merchant merchants trader traders dealer dealers company firm council corporation government
    owner owners landowner landowners landlord master masters contractor contractors""".split()
)

"""Word lists behind the answer heuristics: sentiment, themes, kinship, names that are not people.

Kept apart from the rules in ``annotate`` so they can grow without touching code paths.
"""

from __future__ import annotations

from agent.guided.kin_elsewhere import FIGURES_ELSEWHERE, KIN_ELSEWHERE
from agent.guided.landforms import LANDFORMS

POSITIVE = frozenset(
    """love loved lovely happy happiest happiness joy joyful wonderful beautiful proud laugh laughed laughing
    fun excited exciting great good best warm kind grateful thankful lucky glad delighted enjoy enjoyed
    amazing favourite favorite peaceful safe smile smiled smiling celebrate celebrated better easy easier
    nice adventure hope hopeful free comfortable relieved clean cleaner smooth smoother solid confident
    calm fantastic brilliant perfect perfectly treasure cherish cherished magical sweet gentle""".split()
)
NEGATIVE = frozenset(
    """sad sadness afraid scared fear feared frightened angry anger hard harder difficult lonely cried cry
    crying died death dead lost loss miss missed hurt pain painful worried worry anxious terrible awful bad
    worst poor hungry sick ill grief funeral struggle struggled struggling tired frustrated frustrating
    sloppy stuck tense sore mistake mistakes wrong hate hated upset ashamed embarrassed nervous fight fought
    argued argument broke broken homesick terrified terrifying bitter miserable cruel shouting dreadful rough
    messy""".split()
)
NEGATORS = frozenset({"not", "never", "no", "hardly", "barely", "without"})

THEMES: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "family": "family mother father mum mom dad parents grandmother grandfather grandma grandpa gran "
        "granny nana brother sister siblings son daughter children kids aunt uncle cousin cousins",
        "work": "job work worked working office boss factory career shop farm wages employer colleague shift",
        "school": "school teacher teachers class classroom university college lessons exam exams studied",
        "love": "married marriage wedding husband wife love loved boyfriend girlfriend courting romance",
        "loss": "died death funeral grief lost loss passed mourning buried",
        "home": "house home kitchen garden flat apartment bedroom neighbourhood neighborhood street",
        "migration": "emigrated emigrate immigrant immigrated migrated abroad visa border passport homesick",
        "travel": "ship boat train journey travel travelled traveled trip voyage plane flight station harbour",
        "war": "war army soldier soldiers bombing bombs evacuated navy wartime rationing",
        "faith": "church prayer pray prayed god temple mosque synagogue faith priest chapel",
        "health": "hospital ill illness sick doctor nurse cancer surgery recovered injury",
        "music": "music song songs piano guitar sang sing singing band dance dancing concert choir",
        "food": "cooking cooked bread dinner supper lunch recipe baked baking meal kitchen feast",
        "friendship": "friend friends friendship mates pals neighbour neighbor",
        "childhood": "childhood child little young kid youngest growing",
        "celebration": "christmas birthday party celebrate celebrated holiday festival easter anniversary",
        "nature": "sea beach mountain mountains river forest fields countryside lake woods hills",
        "hardship": "money poor afford struggle struggled hardship debt hungry scarce",
        "technique": "technique picking fingering posture scales chords stretches legato tone",
        "timing": "tempo metronome bpm timing rhythm speed",
    }.items()
}

# Relatives and other people named by their role; the value is the role they are stored as.
KIN = {
    "mother": "mother", "mum": "mother", "mom": "mother", "mama": "mother", "mummy": "mother",
    "mam": "mother", "ma": "mother", "mammy": "mother",
    "father": "father", "dad": "father", "daddy": "father", "papa": "father", "pa": "father",
    "grandmother": "grandmother", "grandma": "grandmother", "gran": "grandmother", "granny": "grandmother",
    "nana": "grandmother", "nan": "grandmother", "grandfather": "grandfather", "grandpa": "grandfather",
    "grandad": "grandfather", "granddad": "grandfather", "brother": "brother", "sister": "sister",
    "son": "son", "daughter": "daughter", "husband": "husband", "wife": "wife", "aunt": "aunt",
    "auntie": "aunt", "uncle": "uncle", "cousin": "cousin", "niece": "niece", "nephew": "nephew",
    "grandson": "grandson", "granddaughter": "granddaughter", "stepfather": "stepfather",
    "stepmother": "stepmother", "fiancé": "fiancé", "fiancée": "fiancée", "boyfriend": "boyfriend",
    "godmother": "godmother", "godfather": "godfather", "godson": "godson", "goddaughter": "goddaughter",
    "stepbrother": "stepbrother", "stepsister": "stepsister", "mother-in-law": "mother-in-law",
    "father-in-law": "father-in-law", "sister-in-law": "sister-in-law", "brother-in-law": "brother-in-law",
    "girlfriend": "girlfriend", "partner": "partner", "friend": "friend", "teacher": "teacher",
    "instructor": "instructor", "neighbour": "neighbour", "neighbor": "neighbour", "boss": "boss", "parents": "parents",
    # the same relatives in the words of other languages a family keeps ("Baba", "Oma", "Tita Nening");
    # none that is also a common given name (Lola, Tito)
    "baba": "father", "babbo": "father", "oma": "grandmother", "opa": "grandfather", "nonna": "grandmother",
    "nonno": "grandfather", "abuela": "grandmother", "abuelo": "grandfather", "yiayia": "grandmother",
    "pappous": "grandfather", "tita": "aunt", "tante": "aunt",
    # several of one kind: "my two little brothers" are the brothers, one mention
    "brothers": "brother", "sisters": "sister", "sons": "son", "daughters": "daughter", "cousins": "cousin",
    "aunts": "aunt", "uncles": "uncle", "grandparents": "grandparents",
    # dialect words for parents and grandparents (Newfoundland, Irish, Scots, Southern, Cockney):
    # "Fadder was on the water", "Mudder cried", "my da", "Pappy", "Grampy"
    "fadder": "father", "mudder": "mother", "faither": "father", "mither": "mother", "farver": "father",
    "muvver": "mother", "da": "father", "pappy": "father", "pop": "father", "poppa": "father",
    "grampa": "grandfather", "grampy": "grandfather", "gramps": "grandfather", "grandpappy": "grandfather",
    "nanna": "grandmother", "missus": "wife", "missis": "wife",
    # Appalachian and Southern US: "Mommy stopped the clock", "Papaw Virgil", "up the holler to Mamaw's"
    "mommy": "mother", "papaw": "grandfather", "mamaw": "grandmother", "memaw": "grandmother",
}  # fmt: skip

# Relatives and honorifics in the words of the languages a family keeps, one row a word: the role it
# is stored as ("=" where the relation differs from family to family and the word is kept as said:
# one family's "Mumma" is the grandmother who raised them, the next one's the mother), and its uses:
# "alone" names the relative by itself ("Maman made us wash", "Má said"), "before" is a title before
# a name ("Amu Jafar", "Cô Lan", "Abu Karim"), "after" one after it ("Ayşe Teyze", "Ramesh Chacha").
# "_" joins a word of two. Not listed: words that are also common given names or English words
# (Anne, Nine, Dada, Em), nor Vietnamese "Út", a nickname for a last-born, not a relation.
_KIN_ABROAD = """
# Persian
maman mother alone            madar mother alone          pedar father alone
madarbozorg grandmother alone mamanbozorg grandmother alone maman-bozorg grandmother alone
pedarbozorg grandfather alone bababozorg grandfather alone baba-bozorg grandfather alone
amu uncle alone+before        amoo uncle alone+before     dayi uncle alone+before     daei uncle alone+before
khaleh aunt alone+before      khale aunt alone+before     ammeh aunt alone+before     ameh aunt alone+before
pesar-khaleh cousin alone     dokhtar-khaleh cousin alone pesar-amu cousin alone      dokhtar-amu cousin alone
pesar-dayi cousin alone       dokhtar-dayi cousin alone   pesar-ammeh cousin alone    dokhtar-ammeh cousin alone
khanom = before+after         khanum = before+after       agha = before+after         aqa = before+after
# Vietnamese
má mother alone               mẹ mother alone             ba father alone             bố father alone
bà_nội grandmother alone      bà_ngoại grandmother alone  ông_nội grandfather alone   ông_ngoại grandfather alone
bà = before                   ông = before                anh = before                chị = before
cô = before                   chú = before                dì = before                 cậu = before
bác = before                  thím = before               mợ = before
# Arabic
teta grandmother alone        tayta grandmother alone     sitto grandmother alone     sitti grandmother alone
jiddo grandfather alone       jeddo grandfather alone     giddo grandfather alone     yumma mother alone
ammo uncle alone+before       khalo uncle alone+before    khalu uncle alone+before    khalto aunt alone+before
khalti aunt alone+before      amto aunt alone+before      abu = before                umm = before
hajj = before                 hajja = before              haji = before               hajji = before
ustaz = alone+before          ustadh = alone+before       ustad = before              sitt = before
# Hindi, Punjabi, Urdu
maa mother alone              mataji mother alone         ammi mother alone           pitaji father alone
abbu father alone             abba father alone           bauji father alone          dadi grandmother alone
dadima grandmother alone      nani grandmother alone      naniji grandmother alone    dadaji grandfather alone
nanaji grandfather alone      chacha uncle alone+before+after chachi aunt alone+before+after
tauji uncle alone+after       masi aunt alone+before+after mausi aunt alone+before+after bua aunt alone+before+after
bhaiya brother alone+after    veerji brother alone+after  bhabhi sister-in-law alone+after
didi = alone+after            bebe = alone                biji = alone                ji = after
sardar = before               sardarji = alone
bapu father alone             bapuji father alone         tayaji uncle alone          taiji aunt alone
chachaji uncle alone          bhuaji aunt alone           mamaji uncle alone          mamiji aunt alone
# Turkish
anneanne grandmother alone    babaanne grandmother alone  dede grandfather alone+after
teyze aunt alone+after        hala aunt alone+after       amca uncle alone+after      dayı uncle alone+after
abla sister alone+after       ağabey brother alone+after  hanım = after               bey = after
efendi = after                hoca = before+after
# Korean
eomma mother alone            umma mother alone           omma mother alone           eomeoni mother alone
omoni mother alone            appa father alone           abeoji father alone         aboji father alone
halmeoni grandmother alone    halmoni grandmother alone   harabeoji grandfather alone haraboji grandfather alone
oppa brother alone+after      hyung brother alone+after   hyeong brother alone+after  unni sister alone+after
eonni sister alone+after      noona sister alone+after    nuna sister alone+after     samchon uncle alone+after
imo aunt alone+after          gomo aunt alone+after
# Chinese
nainai grandmother alone      laolao grandmother alone    waipo grandmother alone     popo grandmother alone
ahma grandmother alone        yeye grandfather alone      laoye grandfather alone     waigong grandfather alone
gonggong grandfather alone    ahgong grandfather alone    gege brother alone          jiejie sister alone
meimei sister alone           ayi aunt alone+before+after shushu uncle alone+after    jiujiu uncle alone+after
gugu aunt alone+after         yima aunt alone+after
# Swahili
bibi = alone+before           babu grandfather alone      shangazi aunt alone         mjomba uncle alone
kaka = alone+before           bwana = before              mzee = before               mwalimu = before
bi = before
# Caribbean English
mumma = alone                 tanty aunt alone+before     tantie aunt alone+before    pupa father alone
puppa father alone            maas = before               cousin cousin before        parson = before
deacon = before               teacher = before            nurse = before
# Spanish, Portuguese, Italian, German, Polish, Russian, Greek, Welsh, Irish, Scots
mamá mother alone             papá father alone
abuelita grandmother alone+before                         abuelito grandfather alone+before
tía aunt alone+before         tío uncle alone+before      avó grandmother alone+before  avô grandfather alone+before
vovó grandmother alone        vovô grandfather alone      zia aunt before             zio uncle alone+before
onkel uncle before            babcia grandmother alone    dziadek grandfather alone   ciocia aunt alone+before
wujek uncle alone+before      babushka grandmother alone  dedushka grandfather alone  theia aunt alone+before
theios uncle alone+before     mam-gu grandmother alone    tad-cu grandfather alone    nain grandmother alone+before
taid grandfather alone+before mamó grandmother alone      daideo grandfather alone    granda grandfather alone
compadre compadre alone+before comadre comadre alone+before
padrino godfather alone+before madrina godmother alone+before
koumbaros koumbaros alone+before koumbara koumbara alone+before
# Māori
koro grandfather alone+before kuia grandmother alone+before koka mother alone         whaea mother alone+before
# Indian and Caribbean English: "Sunita Aunty", "Ramesh Uncle"
aunty aunt alone+before+after auntie aunt after           uncle uncle after
# Afrikaans and Cape English: "Ouma Sannie", "Oom Piet", "Tannie Marie", "Boeta" (an elder brother), "Aunty Fatima"
ouma grandmother alone+before oupa grandfather alone+before oom uncle alone+before      tannie aunt alone+before
boeta brother alone+before    sussie sister alone+before  mammie mother alone         pappie father alone
# Cajun and Louisiana French: "Mémère", "Pépère", "Pawpaw", "Nonc Dudley", "Parrain" (a godfather); not
# "Mawmaw", which a grandmother telling says of herself ("Mawmaw's worn out")
mémère grandmother alone      memere grandmother alone    pépère grandfather alone    pepere grandfather alone
pawpaw grandfather alone      paw-paw grandfather alone   nonc uncle alone+before     parrain godfather alone+before
marraine godmother alone+before                           nannan godmother alone+before
# Basque: "Aita", "Ama", "Amona", "Aitona", Bizkaian "Amama", "Aitite"; "Osaba Mikel", "Izeba Miren"
aita father alone             ama mother alone+name       amona grandmother alone     aitona grandfather alone
amama grandmother alone       aitite grandfather alone    osaba uncle alone+before    izeba aunt alone+before
anaia brother alone           arreba sister alone         ahizpa sister alone         neba brother alone
# Amharic: "Emaye", "Akist Werknesh", "Gashe Dawit" (an elder brother or elder, said for respect), "Weyzero Askale"
emaye mother alone            enaté mother alone          abbaye father alone         abaté father alone
akist aunt alone+before       agot uncle alone+before     gashe = alone+before        etiye = alone+before
emama = alone                 ayat = alone                weyzero = before            woizero = before
wayzaro = before              weyzerit = before           ato = before
# Japanese: "Obaachan", "Tanaka Sensei"
okaasan mother alone          okaachan mother alone       otousan father alone        otouchan father alone
obaachan grandmother alone    obaasan grandmother alone   ojiichan grandfather alone  ojiisan grandfather alone
oneesan sister alone          oneechan sister alone       oniisan brother alone       oniichan brother alone
obasan aunt alone             ojisan uncle alone          sensei = before+after
# Korean and Jeju words not above: "Halmang", "Seonsaengnim"
halmang grandmother alone     harubang grandfather alone  ajumma = alone+after        ajeossi = alone+after
seonsaengnim = before+after
# Tagalog: "Kuya Ben", "Lolo Pepe"
nanay mother alone            inay mother alone           tatay father alone          itay father alone
lolo grandfather alone+before kuya brother alone+before   manang = alone+before       manong = alone+before
# ("Ate Joy", an elder sister; "Aling Nena", "Mang Tomas": a woman's and a man's title before the name)
ate sister before             aling = before              mang = before
# Kurdish: "Dapîr", "Bapîr" (the grandparents), "Xalo Rostam" (a mother's brother), "Mamosta Ahmed" (a teacher);
# Northern Sámi: "Áhkku", "Áddjá" (the grandparents); Fiji Hindi: "Bhauji" (a brother's wife)
dapîr grandmother alone       dapir grandmother alone     bapîr grandfather alone     bapir grandfather alone
xalo uncle alone+before       mamosta = before            áhkku grandmother alone     áddjá grandfather alone
bhauji sister-in-law alone+after
# Yoruba, Igbo, Zulu: "Iya Bisi", "Gogo", "Umkhulu", "Mama Agba" (agba: the elder, a grandparent)
iya mother alone+before       iyaagba grandmother alone   nne mother alone            nna father alone
agba = after
nnenne grandmother alone      nnanna grandfather alone    umama mother alone          ubaba father alone
ugogo grandmother alone       gogo grandmother alone      umkhulu grandfather alone   mkhulu grandfather alone
# Samoan, only with the long mark ("Tinā", "Tamā"; Tina and Tama are given names too); a man's sister, a
# woman's brother. Somali: "Hooyo", "Aabo", "Ayeeyo". Gujarati: "Motabhai" (the eldest brother), "Motiben"
motabhai brother alone        motaben sister alone        motiben sister alone
tinā mother alone             tamā father alone           tuafafine sister alone      tuagane brother alone
hooyo mother alone            aabo father alone           ayeeyo grandmother alone    awoowe grandfather alone
# Tamil, Bengali: "Paati", "Thatha", "Mashi"
amma mother alone+after       paati grandmother alone     thatha grandfather alone    akka sister alone+after
chithi aunt alone+after       periyamma aunt alone        periyappa uncle alone       maama uncle alone+after
thakuma grandmother alone     didima grandmother alone    dadu grandfather alone      mashi aunt alone+after
pishi aunt alone+after        kaku uncle alone+after      jethu uncle alone+after
# Sinhala: "Thaththa", "Aachchi", "Aiya" (an elder brother)
thaththa father alone         appachchi father alone      aachchi grandmother alone   achchi grandmother alone
seeya grandfather alone       aiya brother alone+after    malli brother alone         nangi sister alone
# Polish and Russian not above: "Tata", "Dyadya Kolya"
tata father alone             mamusia mother alone        babula grandmother alone    dziadzio grandfather alone
babulya grandmother alone     dedulya grandfather alone   dyadya uncle alone+before   tyotya aunt alone+before
# Cantonese, said with "Ah" before the relation: "Ah Ma", "Ah Suk" (a father's younger brother), "Ah Je"
ah_ma mother alone            ah_ba father alone          ah_mah grandmother alone    ah_yeh grandfather alone
ah_po grandmother alone       ah_por grandmother alone    ah_gung grandfather alone   ah_suk uncle alone
ah_pak uncle alone            ah_kau uncle alone          ah_goo aunt alone           ah_yi aunt alone
ah_sum aunt alone             ah_je sister alone          ah_jie sister alone         ah_mui sister alone
ah_go brother alone           ah_gor brother alone        ah_dai brother alone
# Armenian: "Papik", "Tatik", "my akhper"; "jan" is an endearment after a name ("Ani jan")
papik grandfather alone       tatik grandmother alone     mayrik mother alone         hayrik father alone
akhper brother alone          yeghbayr brother alone      kuyrik sister alone         kuyr sister alone
jan = after                   jaan = after
# Croatian and Dalmatian: "Ćaća", "Barba Frane" (an uncle, or any older man), "Nona"
ćaća father alone             caca father alone           barba uncle alone+before
nona grandmother alone        nono grandfather alone      baka grandmother alone      djed grandfather alone
# Portuguese and Azorean: "Mãe", "Pai", "my padrinho João", "my mano Zé", "Tia Graça" (a title only before a
# name: Tia is a given name too), "Dona Amélia" and "Seu Manuel" (titles of respect, not a relative)
mãe mother alone              pai father alone            padrinho godfather alone+before
madrinha godmother alone+before
mano brother alone+before     tia aunt before             tio uncle alone+before      vó grandmother alone
dona = before                 seu = before
# Hmong: "Niam", "Txiv", "kuv tus txiv" (my husband), "kuv tus poj niam" (my wife), "Niam Tais", "Yawm Txiv"
niam mother alone             txiv father alone           tus_txiv husband alone      poj_niam wife alone
niam_tais grandmother alone   yawm_txiv grandfather alone pog grandmother alone       yawg grandfather alone
tij_laug brother alone
# Yiddish: "Mamme", "Tatte", "Bobe", "Zeide Avrum" (a title before the name too), "Feter Yankel"; not "Tate"
# (a surname, and a gallery)
mameh mother alone            mamme mother alone          tateh father alone          tatte father alone
bubbe grandmother alone+before bubbie grandmother alone+before bobe grandmother alone+before
bobbe grandmother alone+before zayde grandfather alone+before zaide grandfather alone+before
zeide grandfather alone+before zeyde grandfather alone+before feter uncle alone+before mume aunt alone+before
# Scottish and Irish Gaelic: "Seanmhair", "m' athair" (my father), "mo sheanmhair" (softened after "mo")
seanair grandfather alone     sheanair grandfather alone  seanmhair grandmother alone sheanmhair grandmother alone
athair father alone           màthair mother alone        mathair mother alone        mhàthair mother alone
máthair mother alone          mháthair mother alone       seanathair grandfather alone
seanmháthair grandmother alone bràthair brother alone     bhràthair brother alone     piuthar sister alone
phiuthar sister alone         deartháir brother alone     deirfiúr sister alone
# Polish, Czech, Ukrainian and Slovak Mrs, Ms and Miss: "Pani Halina", "Panna Zosia" (not "Pan", also
# "Pan Am", "Peter Pan")
pani = before                 paní = before               panna = before
# Brothers and sisters, and parents, of Italy, Sardinia, Iberia, the Low Countries, Germany, France and
# Greece: "my fratello Piero", "Babbu", "her irmã Rosa", "mijn broer"; not Irma (a given name), nor
# Schwester and sœur (also a nurse's and a nun's titles), nor Slavic brat (an English word)
fratello brother alone        sorella sister alone        fradile brother alone       sorre sister alone
babbu father alone            mamma mother alone          hermano brother alone+before hermana sister alone+before
irmão brother alone+before    irmao brother alone+before  irmã sister alone+before    broer brother alone
zus sister alone              bruder brother alone+before frère brother alone+before  frere brother alone+before
adelfos brother alone         adelfi sister alone         adelfé sister alone
# Kazakh: "Ake", "Sheshe", "Azhe", "Ata"; "Aga" an elder brother, also after his name ("Serik Aga"); not
# "Apa" (a mother in one family, an elder sister in the next). "+name": a given name elsewhere too (Swedish
# Åke, Akan Ata, Polish Aga), the relative where kin is said or alone doing something ("My Ake", "Ata's sister",
# "Ake and Sheshe", "Ake taught me to ride"); the name after a friend or a role, before a surname, or where the
# sentence gives another role ("Ake was my best friend", "Ake and I", "Ake, the old tailor,")
ake father alone+name         äke father alone            sheshe mother alone         azhe grandmother alone
äzhe grandmother alone        äje grandmother alone       ata grandfather alone+name  aga brother alone+after+name
ağa brother alone+after
# Aymara and Quechua: "Awicha" (a grandmother), "Achachi", "jilata" (a brother), "kullaka" (a sister)
awicha grandmother alone      achachi grandfather alone   achachila grandfather alone jilata brother alone+before
kullaka sister alone+before   hatun_mama grandmother alone
# Tigrinya: "Adey", "Abboy", "haftey" (my sister), "hawey" (my brother)
adey mother alone+name        abboy father alone          haftey sister alone         hawey brother alone
# Georgian: "Bebia", "Babua"; not "Mama" (the father in Georgian, the mother in English), nor "Deda" (a mother
# in Georgian, a grandfather in Serbian: kept as said, or the relative the sentence says he or she was)
bebia grandmother alone       babua grandfather alone     deda = alone
# Québécois and French: "my beau-frère Gaétan", "Belle-maman", "ma blonde" (the teller's girlfriend or wife,
# the owner in the word, as "mon chum", "ma tante", "mon oncle")
beau-frère brother-in-law alone+before belle-sœur sister-in-law alone+before belle-soeur sister-in-law alone+before
beau-frere brother-in-law alone+before beau-père father-in-law alone belle-mère mother-in-law alone
belle-maman mother-in-law alone
ma_blonde girlfriend alone    mon_chum boyfriend alone    ma_tante aunt alone         mon_oncle uncle alone
matante aunt alone            mononc uncle alone+before
# Maltese titles: "Is-Surmast Grech" (the bandmaster or schoolmaster), "Is-Sur Borg" (Mr), "Is-Sinjura Vella"
is-surmast = before           surmast = before            is-sur = before             is-sinjura = before
# Pashto and Dari: "Plar", "Mor" (also the Danish, Norwegian and Swedish mother; a given name in Senegal and
# Israel), "Nika" (a grandfather; a given name elsewhere), "Tror" (an aunt), "Lala Sher" (an elder brother, or any
# elder man, said for respect; Lala is a given name too); not "Khor" (also a creek: "Khor Fakkan"), nor "Baradar"
# (also a surname)
plar father alone             mor mother alone+name       nika grandfather alone+name tror aunt alone+before
wror brother alone            padar father alone+name     khwahar sister alone        lala = before+name
# Inuktitut: "Ataata", "Anaana", "anaanatsiaq" (a grandmother), "ataatatsiaq"
ataata father alone           anaana mother alone         anaanatsiaq grandmother alone ataatatsiaq grandfather alone
anaanattiaq grandmother alone ataatattiaq grandfather alone
# Haitian Kreyòl: "Manman", "Grann", "my marenn Odette" (a godmother), "Tonton Ti-Jak" (an uncle; not the
# Tonton Macoutes, see ``FIGURES``), "Matant"
manman mother alone           grann grandmother alone     granpè grandfather alone    granpapa grandfather alone
marenn godmother alone+before parenn godfather alone+before tonton uncle alone+before  tantin aunt alone+before
matant aunt alone+before
# Hausa, Yoruba, Twi, Wolof: "Inna" (a mother; a given name elsewhere), "Kawu" (an uncle), "Goggo" (an aunt),
# "Egbon" (an elder brother or sister), "Maame", "Agya", "Yaay", "Baay"
inna mother alone+name        kawu uncle alone+before     goggo aunt alone+before     egbon = alone
iyawo wife alone              maame mother alone          agya father alone+before    yaay mother alone
baay father alone
# Quechua, Malagasy, Tok Pisin: "Mamay", "Wawqi" (a man's brother), "Ñaña" (a woman's sister), "Neny", "Dadabe",
# "Renibe", "Brata", "Angkol", "Tumbuna" and "Bubu" (a grandparent, which one the family knows); not Quechua
# "Tayta" (the Arabic grandmother above), nor Tok Pisin "Susa" (a town) and "Anti" (a word)
mamay mother alone            wawqi brother alone         ñaña sister alone           neny mother alone
dadabe grandfather alone      raibe grandfather alone     renibe grandmother alone    brata brother alone+name
angkol uncle alone+before     tumbuna = alone             bubu = alone
# Scandinavian and Finnish: "Mormor" and "Farmor" (a mother's and a father's mother), "Morfar", "Moster Inga",
# "Bestemor", "Mummi", "Ukki"; not "Far" (an English word)
mormor grandmother alone      farmor grandmother alone    morfar grandfather alone    farfar grandfather alone
moster aunt alone+before      morbror uncle alone+before  farbror uncle alone+before  bestemor grandmother alone
bestefar grandfather alone    pappa father alone          mummi grandmother alone     mummo grandmother alone
ukki grandfather alone        vaari grandfather alone     äiti mother alone           isä father alone
# Hungarian: "Nagymama", "Nagyapa", "Anyu", "Apu" (a given name elsewhere)
nagymama grandmother alone    nagyanya grandmother alone  nagyi grandmother alone     nagypapa grandfather alone
nagyapa grandfather alone     anyu mother alone           anyuka mother alone         apu father alone+name
apuka father alone
# Flemish, Dutch and Frisian: "Moeke", "Vake", "Bomma", "Bompa", "Nonkel Jef", "Beppe" (a given name in Italy);
# not "Vader" (Darth Vader), nor Frisian "Pake" (in Hawaiʻi a word for a Chinese)
moeke mother alone            vake father alone           moeder mother alone         bomma grandmother alone
bompa grandfather alone       nonkel uncle alone+before   beppe grandmother alone+name
# French: "Mémé", "Pépé", "Mamie" (a given name too); not "Papi" (a father in Spanish)
mémé grandmother alone        pépé grandfather alone      mamie grandmother alone+name
# Slovenian and Croatian: "stara mama" (a grandmother), "stari ata", "oče"
stara_mama grandmother alone  stari_ata grandfather alone stari_oče grandfather alone oče father alone
# Javanese, Indonesian and Malay: "Simbok" (a mother), "Bapak", "Mbah Putri" (a grandmother; "Mbah" any
# grandparent or elder), "Mas Joko" and "Mbak Sri" (an elder brother or sister, or any young man or woman), "Pak
# Lurah", "Bu Tini" (Sir and Madam before a name or a post), "Pakde", "Bude", "Nenek", "Datuk"; not "Om" (also the
# sacred syllable: "Om Mani Padme Hum"), nor "Tuan" (a Vietnamese given name)
simbok mother alone           mbok mother alone+before    bapak father alone+before   ibu mother alone+before+name
emak mother alone             mbah = alone+before         eyang = alone+before        pakde uncle alone+before
bude aunt alone+before        paklik uncle alone+before   bulik aunt alone+before     mas = before
mbak = before                 pak = before                bu = before                 nenek grandmother alone+before
kakek grandfather alone+before atuk grandfather alone     datuk = before              opung = alone+before
kak = before                  cik = before                encik = before              puan = before
# Tibetan: "Ama-la" and "Pa-la" (the mother and the father, with the honouring "-la"), "Mola", "Pola" (the
# grandparents), "Acha Dekyi" (an elder sister), "Gen-la" (a teacher); not "Lama" (a title, but alone a monk,
# read by his role), nor "Kundun" alone
ama-la mother alone           amala mother alone          pa-la father alone          mola grandmother alone
pola grandfather alone+name   momo-la grandmother alone   pola-la grandfather alone   acha sister before
achala sister alone+before    gen-la = alone+before       genla = alone+before
# Cantonese grandparents said doubled: "Por Por", "Poh Poh" (a mother's mother), "Gung Gung", "Yeh Yeh", "Mah Mah"
por_por grandmother alone     poh_poh grandmother alone   gung_gung grandfather alone yeh_yeh grandfather alone
mah_mah grandmother alone     ngin_ngin grandmother alone
# Thai and Burmese titles before a name: "Ajahn Chah", "Khun Somchai", "Daw Khin"
ajahn = before                ajarn = before              khun = before               daw = before
# Spanish "Don Fello", "Doña Cleta" (a title of respect; "Don" a given name too: "Don Smith"), French "Mère
# Agnès" and "Père Léon" (a nun's and a priest's titles), and "Madam Leung" (an employer, or any married woman,
# also said alone: "Madam said no")
don = before+name             mère = before               mere = before+name              père = before
madam = alone+before
"""
_KIN_ABROAD += KIN_ELSEWHERE  # the rows of more languages (``kin_elsewhere``)


def _kin_abroad() -> list[tuple[str, str, frozenset[str]]]:
    words = [w for line in _KIN_ABROAD.splitlines() if not line.startswith("#") for w in line.split()]
    return [
        (word.replace("_", " "), role, frozenset(uses.split("+")))
        for word, role, uses in zip(words[::3], words[1::3], words[2::3], strict=True)
    ]


KIN.update({word: role for word, role, uses in _kin_abroad() if role != "=" and "alone" in uses})
# Words for relatives in other languages: "my Ba" is said back as "your father".
KIN_OF_OTHER_LANGUAGES = frozenset(word for word, role, uses in _kin_abroad() if role != "=" and "alone" in uses)
# Kin words that carry their owner, the teller's own: "ma blonde laughed at me" is the teller's girlfriend.
OWNED_KIN = frozenset("ma blonde|mon chum|ma tante|mon oncle|matante|mononc".split("|"))
# Kin words of another language that are a relative only after an owner: "my viejo" (not "Puerto Viejo").
KIN_OWNED_ONLY = frozenset(word for word, role, uses in _kin_abroad() if "owned" in uses)
# Kin words of another language that are given names elsewhere too: "my friend Ata", "Ake Larsson".
KIN_ALSO_NAMES = frozenset(word for word, role, uses in _kin_abroad() if "name" in uses)
# Family words that are towns' names too: "Pola" (a Tibetan grandfather; the Italian name of Pula in Istria).
KIN_ALSO_TOWNS = frozenset({"pola"})
# Said alone and capitalised, these name the relative: "Mum", "Nonna", "Maman", "Bà Nội".
ADDRESS = frozenset(
    """mum mom dad mama papa mummy daddy grandma grandpa gran granny nana nan grandad mam ma pa mother father
    fadder mudder faither mither farver muvver pappy pop poppa grampa grampy gramps grandpappy nanna
    mommy papaw mamaw memaw
    baba babbo oma opa nonna nonno abuela abuelo yiayia pappous tita tante""".split()
) | {word for word, role, uses in _kin_abroad() if role != "=" and "alone" in uses}
# Words for a relative said only as a title before a name ("my tia Graça", "her zia Rosa"): kept with the name,
# never a relative alone ("Tia" is a given name too).
KIN_TITLES = {word: role for word, role, uses in _kin_abroad() if role != "=" and uses == frozenset({"before"})}
# A family's word for someone whose relation differs between families: a person, kept as said ("Mumma").
FAMILY_NAMES = frozenset(word for word, role, uses in _kin_abroad() if role == "=" and "alone" in uses)
# Titles before a name in other languages: a title only with the name ("Cô Lan"; "Anh" alone is a name).
TITLES_OF_OTHER_LANGUAGES = frozenset(word for word, _, uses in _kin_abroad() if "before" in uses)
# Titles after a name: "Ayşe Teyze", "Mehmet Bey", "Sunita Aunty", "Ramesh-ji".
TITLES_AFTER = frozenset(word for word, _, uses in _kin_abroad() if "after" in uses)
# A relative's relative: "my father's mother" is a grandmother, "Baba's brother" an uncle; any
# other pair is kept as said ("my mother's friend").
KIN_OF_KIN = {
    ("mother", "mother"): "grandmother", ("father", "mother"): "grandmother",
    ("mother", "father"): "grandfather", ("father", "father"): "grandfather",
    ("mother", "sister"): "aunt", ("father", "sister"): "aunt", ("mother", "brother"): "uncle",
    ("father", "brother"): "uncle", ("brother", "son"): "nephew", ("sister", "son"): "nephew",
    ("brother", "daughter"): "niece", ("sister", "daughter"): "niece", ("son", "son"): "grandson",
    ("daughter", "son"): "grandson", ("son", "daughter"): "granddaughter",
    ("daughter", "daughter"): "granddaughter", ("aunt", "son"): "cousin", ("uncle", "son"): "cousin",
    ("aunt", "daughter"): "cousin", ("uncle", "daughter"): "cousin", ("husband", "mother"): "mother-in-law",
    ("wife", "mother"): "mother-in-law", ("husband", "father"): "father-in-law",
    ("wife", "father"): "father-in-law", ("husband", "sister"): "sister-in-law",
    ("wife", "sister"): "sister-in-law", ("husband", "brother"): "brother-in-law",
    ("wife", "brother"): "brother-in-law", ("brother", "wife"): "sister-in-law",
    ("sister", "husband"): "brother-in-law",
}  # fmt: skip
# Figures of speech said like someone: a nation, nature or time personified ("Mother Nature had her
# say", "Lady Luck", "John Bull", the Andean "Mama Quilla", the moon), or a body of men named so (Haiti's
# "Tonton Macoutes"): nobody's relative.
FIGURES = frozenset(
    {"uncle sam", "john bull", "mother nature", "father time", "lady luck", "father christmas", "jack frost",
     "old man winter", "mother earth", "mother russia", "lady liberty", "johnny reb", "tommy atkins", "tonton macoute",
     "tonton macoutes", "mama quilla", "mama killa", "mama cocha", "mama qucha"}
)  # fmt: skip
FIGURES = FIGURES | FIGURES_ELSEWHERE  # "Mami Wata", "Baba Yaga" (``kin_elsewhere``)
# Rulers' titles: a person with a name after them ("Sultan Barghash"); alone, as often a horse or a dog ("Prince").
RULERS = frozenset("sultan sultana emir shah emperor empress maharaja maharani nawab begum prince princess".split())
# ("kuv", Hmong "my", said inside English: "kuv tus txiv", my husband; "m'" and "mo", Gaelic "my":
# "m' athair", "mo sheanair")
POSSESSIVES = {
    "my": "your", "our": "your", "his": "his", "her": "her", "their": "their", "kuv": "your",
    "m'": "your", "m’": "your", "mo": "your",
}  # fmt: skip
TITLES = (
    frozenset(
        """uncle aunt auntie mr mrs ms miss dr doctor father sister brother grandma grandpa nana signor signora
    señor senor señora senora madame monsieur herr frau mister professor meester juffrouw juf maestro maestra
    oma opa nonna nonno abuela abuelo tita tante doña dona sra sr
    irmã irma irmão irmao sœur soeur schwester zuster bruder hermana hermano frère frere fray padre madre sor suor fra
    pater pastor reverend rev imam rabbi sheikh lady widow""".split()
    )
    | RULERS
    | {word for word, _, uses in _kin_abroad() if "before" in uses}
)
# Titles of courtesy that only ever stand before a surname: the capitalised word after one is a surname, never
# a family word of another language ("Mr Grann the baker", "Mrs Bomma next door", "Dr Mamie").
HONORIFICS = frozenset("mr mrs ms miss mx dr mister messrs mme mlle".split())
# Countries and continents: a place wherever the sentence puts it ("Let me tell you about Angola").
# Not those that are also given names (Georgia, Jordan, Chad).
COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
    bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
    bulgaria burma burundi cambodia cameroon canada chile china colombia congo croatia cuba cyprus
    czechoslovakia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland
    france gabon gambia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
    iceland india indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya kiribati korea
    kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaya malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nauru nepal netherlands holland nicaragua niger nigeria
    norway oman pakistan palau palestine panama paraguay persia peru philippines poland portugal qatar
    rhodesia romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia
    spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia
    turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen
    yugoslavia zambia zimbabwe europe africa asia america australasia antarctica scandinavia
    england scotland wales britain""".split()
) | frozenset(
    {"south africa", "new zealand", "sri lanka", "sierra leone", "costa rica", "el salvador", "puerto rico",
     "saudi arabia", "north korea", "south korea", "soviet union", "ivory coast", "east germany",
     "west germany", "united states", "great britain", "papua new guinea", "south america", "north america",
     "middle east", "far east", "near east"}
) | frozenset(
    # countries in their own tongues, said so by those from there ("we drove from Deutschland to Polska");
    # not those that are brands or ships too (Italia, Nippon, Suisse)
    """magyarország magyarorszag españa deutschland polska hrvatska sverige suomi norge danmark österreich
    osterreich éire eire cymru shqipëria shqiperia türkiye turkiye nederland belgië česko slovensko srbija
    rossiya rossiia ellada hellas""".split()
)  # fmt: skip

# States and provinces of federal countries, a place wherever said ("they told us, Houston, Texas"),
# and the run before one after a comma is a place too. Not those that are also given names
# (Georgia, Virginia, Victoria, Carolina, Washington, Indiana, Dakota, Montana).
REGIONS = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
    illinois iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin
    wyoming ontario quebec manitoba saskatchewan alberta queensland tasmania punjab kerala gujarat
    bengal bihar rajasthan maharashtra khuzestan bavaria saxony andalusia catalonia galicia sicily
    sardinia tuscany lombardy""".split()
) | frozenset(
    # lands and islands that are no country ("this is Tibet with no mountains", "the ship to Sumatra"); not Bali
    # (a given name too)
    """tibet java sumatra borneo sulawesi kashmir sindh balochistan kurdistan xinjiang manchuria siberia patagonia
    anatolia transylvania lapland mindanao luzon tigray darfur""".split()
) | frozenset(
    {"new york", "new jersey", "new mexico", "new hampshire", "rhode island", "north carolina",
     "south carolina", "west virginia", "north dakota", "south dakota", "british columbia",
     "nova scotia", "new brunswick", "new south wales", "western australia", "south australia",
     "northern territory", "tamil nadu", "uttar pradesh", "west bengal", "hong kong", "macau", "macao"}
)  # fmt: skip
REGIONS = REGIONS | LANDFORMS  # "over the Altai", "across the Sahara" (``landforms``)
# The months, in the calendar's order: one list for every rule that reads a date (as a set, or as an alternation).
MONTHS = tuple("january february march april may june july august september october november december".split())
# Festivals and holy days: a time, never a place or a person ("at Tết she gave us red envelopes").
FESTIVALS = frozenset(
    """tết tet diwali deepavali holi eid ramadan ramazan nowruz norouz navroz hanukkah chanukah passover
    pesach purim sukkot shavuot yom kippur rosh hashanah vesak songkran chuseok seollal obon hogmanay
    thanksgiving kwanzaa navratri dussehra onam pongal lohri vaisakhi baisakhi muharram ashura mawlid
    lent advent pentecost whitsun whitsuntide epiphany candlemas michaelmas midsummer carnival carnaval
    jonkonnu junkanoo""".split()
)
# Tibet, Java and Bali, Ethiopia, Mongolia, Nepal, India and the Andes: "Losar in Boudha", "Lebaran only we rest",
# "in Saga Dawa, the holy month", "Timkat by the river", "Dashain and Tihar", "Inti Raymi in Cusco"
FESTIVALS = FESTIVALS | frozenset(
    """losar lebaran nyepi galungan timkat enkutatash naadam dashain dasain tihar teej bihu ugadi chhath qingming
    saga_dawa hari_raya idul_fitri idul_adha tsagaan_sar inti_raymi durga_puja raksha_bandhan makar_sankranti
    ganesh_chaturthi karva_chauth día_de_muertos dia_de_muertos""".split()
)
# Kurdish and Persian, Indo-Caribbean, Tamil, Dayak, Nordic, Russian, Brazilian, West African: "At Newroz we jumped
# the fire", "Phagwa", "Ramleela", "Thaipusam", "Gawai", "Juhannus", "Sankthans", "Maslenitsa", "Festa Junina",
# "Tabaski", "Homowo"; a longer Hari Raya ("Hari Raya Puasa", "Hari Raya Haji")
FESTIVALS = FESTIVALS | frozenset(
    """newroz phagwa ramleela ramlila thaipusam deepavali gawai juhannus sankthans jonsok midsommar maslenitsa
    festa_junina festas_juninas tabaski homowo hari_raya_puasa hari_raya_haji hari_raya_aidilfitri""".split()
)
FESTIVALS = frozenset(word.replace("_", " ") for word in FESTIVALS)

# Capitalised words that are not people (pronouns, days, months, holidays, nationalities, fillers), nor places: a
# question or a word cried alone ("all the Asians out. Out! Where? We were born there").
NOT_NAMES = FESTIVALS.union(
    MONTHS,
    """i i'm i'd i've i'll im a an the and but or so then when while after before because if we you he she they it its
    it's there this that these those my our his her their your oh ok okay well yes no yeah anyway anyways anyhow
    monday tuesday wednesday thursday friday saturday sunday christmas easter god english french italian german
    spanish irish scottish welsh american british polish dutch greek catholic jewish muslim protestant methodist
    baptist anglican lutheran presbyterian pentecostal quaker tv everyone everybody nobody somebody someone anyone
    nothing everything something people mister sir madam in at on from to into onto of for with by near across
    through towards toward around beyond above below beneath behind under along past until since during like as now
    here later once every each all both also even only just still first next last me us him them myself""".split(),
    "where what why who whom whose which how out away".split(),
)
# Question words and cries (in ``NOT_NAMES``) that end or open a title of a work: "Doctor Who", "Out of Africa".
QUESTION_WORDS = frozenset("where what why who whom whose which how out away".split())
# God by the names of many faiths: never a place, nor someone the teller met ("Bapu went to Bhagwan" is a death)
DEITIES = frozenset(
    """god allah bhagwan bhagwaan bhagavan ishwar ishvar parmeshwar parameshwar paramatma waheguru khuda khudā yahweh
    jehovah hashem adonai asdvadz asdvats astvats astvadz xwedê xwede olodumare chineke nkulunkulu unkulunkulu ipmil
    jumala mungu nzambi""".split()
)
NOT_NAMES = NOT_NAMES | DEITIES
# Nationalities and peoples' adjectives (also in NOT_NAMES): one starts a name only with a name after it
# ("the American University", "Korean Air"), never a place alone ("in the Japanese time").
NATIONALITIES = frozenset(
    """english french italian german spanish irish scottish welsh american british polish dutch greek
    portuguese swiss austrian belgian danish swedish norwegian finnish icelandic russian ukrainian czech
    slovak hungarian romanian bulgarian serbian croatian slovenian bosnian albanian yugoslav turkish
    kurdish armenian georgian persian iranian iraqi syrian lebanese jordanian palestinian israeli egyptian
    libyan tunisian algerian moroccan arab arabic saudi yemeni sudanese ethiopian eritrean somali kenyan
    ugandan tanzanian nigerian ghanaian senegalese congolese angolan zambian zimbabwean african
    mexican cuban jamaican haitian brazilian argentine argentinian chilean peruvian colombian venezuelan
    canadian australian indian pakistani bangladeshi nepali tamil bengali punjabi afghan chinese
    japanese korean vietnamese thai cambodian filipino indonesian malay malaysian burmese mongolian
    tibetan european asian latin soviet ottoman
    sinhala sinhalese swahili kiswahili urdu hindi amharic tagalog yoruba igbo zulu xhosa hebrew yiddish
    gujarati marathi malayalam telugu kannada farsi pashto dari hausa tigrinya oromo cantonese mandarin
    hokkien creole patois
    basque euskara euskera afrikaans catalan galician breton cornish gaelic manx frisian flemish romani sami
    maori māori hawaiian samoan tongan fijian quechua aymara guarani nahuatl
    garifuna kriol papiamento miskito""".split()
)
# Languages are in NATIONALITIES above: "in Sinhala", "spoke Swahili" names a tongue, never a place.
NOT_NAMES = NOT_NAMES | NATIONALITIES
# "the top of the Rhondda", "the outskirts of Lyon": a capitalised run after one of these and "of" is a place.
PART_OF_PLACE = frozenset(
    """top bottom edge end middle outskirts centre center heart foot side head mouth far north south east west
    shores banks coast coasts shore isle province region parish all whole
    halls streets docks alleys lanes quays corner corners stones cobbles cobblestones pavements""".split()
) | frozenset("roofs rooftops walls gates".split())  # "the gold roofs of Tashilhunpo", "the walls of Harar"
# "the Italian family on the next farm, the Bertolinis": a plural name in a sentence about a family is one.
FAMILY_WORDS = frozenset("family families neighbours neighbors household clan".split())
PLACE_WORDS = frozenset(
    """street road avenue lane park school church hospital station bay river lake mountain mountains hill
    hills city town village island beach harbour harbor market square bridge college university airport
    county valley farm hotel cafe castle cinema theatre theater sea ocean gulf strait straits desert peninsula
    canal field fields cove coves basin bazaar brook creek inlet fjord bight quarter district medina souk
    flats centre center stadium arena downs springs ranges paddock paddocks dam dams reservoir barrage weir fiord
    glacier
    volcano volcanoes crater caldera islands isles islet atoll
    academy museum library cathedral abbey mosque synagogue conservatory auditorium
    veediya mawatha maligawa vihara viharaya devale dagoba wewa oya
    tér ter utca út körút platz strasse straße gasse weg plein straat gracht plaza piazza piazzale largo calle
    rua rue avenida quai cerro colina monte sierra riva
    rud rood darya kuh çay nehri dağ dagh göl nadi sông kênh núi chợ jiang""".split()
) | frozenset("gompa chowk marg ghat ghats".split())  # "the Sera gompa", "Indra Chowk", "Durbar Marg"
# First words that make a capitalised run a place in many languages: "Cerro Cordillera",
# "Avenida Brasil", "Calle Mayor", "Piazza Navona", "Lake Como", "Mount Kenya", "Rue Cler", "Los Angeles",
# "São Paulo". Not "Via": it is also the English preposition opening a sentence ("Via Genoa we sailed to…").
PLACE_PREFIXES = frozenset(
    """st saint ste cerro avenida calle carrera rua rue viale piazza plaza praça praca paseo camino monte mount mt lake
    loch lough lago port fort cape cabo isla ilha puerto porto sierra colonia barrio
    cinema teatro theatre hotel wadi jebel jabal nahr bahr shatt sông kênh núi chợ pulau bukit kampung
    kampong sungai gunung mto ziwa mlima kisiwa los las san santa santo são sao beit bait
    mont mauna slieve sliabh mynydd djebel""".split()
) | frozenset(
    # Indonesian and Malay, Thai: "Pasar Gede" (a market), "Jalan Malioboro", "Desa Nguter", "Masjid Agung",
    # "Taman Sari", "Lorong Haji Taib", "Wat Pho", "Soi Cowboy"
    "pasar jalan desa masjid taman lorong wat soi".split()
)
# ("off": out at sea from a coast, "went down off Lundy", "the volcano opened off Faial")
PLACE_LEADS = frozenset(
    """in at from to near into across through towards toward outside around beyond visited via above below
    beneath behind opposite beside along past off""".split()
)
SENSORY = frozenset(
    """saw see seen heard hear smell smelled smelt taste tasted sound sounds colour color red blue green
    white black yellow bright dark cold warm hot light noise voice wearing wore dress kitchen table window
    door room rain snow sun morning evening night""".split()
)

# --- what makes an answer a scene (``annotate.Reading.rich``) ----------------------------------
# A scene is situated (somewhere, at some time) and told through the senses; its length matters
# little. Whole categories (rooms, landscape, seasons, times of day, weekdays; colours, light,
# sound, smell, taste, touch), not words picked from test answers. Lower case, whole words.
SETTINGS = frozenset(
    """kitchen yard backyard porch veranda balcony garden field fields barn stable attic cellar stairs
    hall parlour parlor bedroom room house home cottage hut tent shed roof window door doorway gate fence
    street road lane alley square market shop bakery stall dock docks pier wharf harbour harbor port
    shore beach sand sea ocean waves surf river riverbank lake pond creek stream bridge well forest woods
    hill hills mountain valley meadow orchard vineyard farm farmyard mill factory mine church chapel
    mosque temple school schoolyard classroom playground station platform train tram bus deck boat ship
    cabin camp trench hospital ward table fire fireside hearth stove bed""".split()
)
TIME_CUES = frozenset(
    """morning mornings dawn daybreak sunrise noon afternoon afternoons evening evenings dusk sunset
    night nights midnight winter winters summer summers spring autumn fall harvest christmas easter
    sunday sundays monday mondays tuesday wednesday thursday friday fridays saturday saturdays weekend
    weekends holiday holidays birthday""".split()
)
DETAIL_WORDS = (
    (
        SENSORY
        | frozenset(
            """grey gray brown pink orange purple golden gold silver shiny shining glow glowing glittered lamp
        lamps candle candles smoke smoky steam fog mist dust mud frost ice wind sunlight moonlight shadow
        shadows rang ringing roared roaring creaked crackled hissed clattered banging whistle whistled
        hummed sang singing laughter shouting quiet silent silence loud noisy smells scent perfume stink
        stank sweet sour bitter spicy fresh burnt baking frying fried wet damp soaked freezing icy sticky
        rough soft smooth heavy sweat barefoot""".split()
        )
    )
    - SETTINGS
    - TIME_CUES
)

# --- telling people from things -----------------------------------------------------------
# A capitalised word right before one of these nouns names the thing ("the Monarch cookstove",
# "a Philco radio"); after "named"/"called" a noun of this list makes the name an animal or object.
THING_NOUNS = frozenset(
    """stove cookstove range oven radio wireless television telly set piano organ gramophone phonograph
    record records car cars truck lorry van bus tractor wagon cart buggy bicycle bike motorbike motorcycle
    machine engine mower plough plow boat ship canoe yacht ferry liner steamer steamship barge tug motorboat
    speedboat rowboat lifeboat dinghy launch
    submarine destroyer carrier cruiser battleship plane aeroplane airplane train locomotive horse horses
    pony ponies mare gelding stallion colt foal mule donkey cow cows bull ox oxen calf pig sow goat sheep
    dog dogs puppy cat cats kitten bird parrot canary hen rooster chicken duck goose rabbit farm store shop
    shops restaurant cafe hotel pub inn bar brand camera watch clock rifle gun guitar fiddle violin doll
    bear toy model kit brand make company firm magazine paper newspaper book show programme program song
    sewing refrigerator fridge washer washing iron kettle factory factories works plant brewery distillery
    foundry cannery porcelain speaker speakers loudspeaker amplifier jukebox telephone phone typewriter
    lamp heater cooker freezer mixer scooter moped warship frigate gunboat tanker trawler freighter
    steamboat sampan dhow troopship depot elephant elephants tusker tuskers camel camels buffalo yak llama monkey
    collie sheepdog terrier hound galah cockatoo budgie budgerigar parakeet cockatiel lorikeet""".split()
)
# Words that make a capitalised run an institution, not a person or a place one lives in.
ORG_WORDS = frozenset(
    """navy army marines marine corps raf force forces guard legion police company co corporation corp
    inc ltd limited union party council society club association league federation ministry department
    bureau agency board brigade regiment battalion division squadron fleet band orchestra choir team
    transport transit tramways railway railways airways airlines air motors petroleum
    court courts tribunal parliament secretariat kachcheri cutcherry""".split()
)
# Scriptures: "read the Quran", "the Bible" are books, never places or people.
SCRIPTURES = frozenset("quran koran qur'an bible torah talmud gita vedas granth tripitaka".split())
# Football clubs by their common last word: "Aston Villa", "the Rovers", "the Albion" are clubs.
CLUB_WORDS = frozenset("villa united rovers wanderers athletic albion hotspur rangers celtic argyle".split())
# Capitalised runs ending in one of these are events or seasons ("Wakes Week", "Armistice Day").
EVENT_WORDS = frozenset(
    """week day days eve fair festival games war show holiday holidays olympics expo exhibition
    depression revolution rising strike year jaar""".split()
)
# Prefixes that name a vessel ("the USS Missouri").
SHIP_PREFIXES = frozenset("uss hms ss rms mv hmas hmcs usns".split())
# Nouns for people, so "a weaver called Mrs Duckworth" or "a man named Joe" stays a person.
PERSON_NOUNS = frozenset(
    """man woman men women boy girl lad lass fellow chap gentleman lady kid child baby person someone
    teacher nurse doctor priest vicar minister nun farmer weaver tailor baker butcher miner sailor
    soldier officer captain sergeant corporal driver clerk cook maid servant foreman supervisor manager
    professor student pupil classmate neighbour neighbor friend fella guy
    arranger conductor bandleader trapper fisherman shrimper preacher barber musician drummer organist
    fiddler singer landlord landlady midwife postman shopkeeper herder herdsman shepherd drover stockman cowherd
    goatherd""".split()
)
# Verbs people do: "Stanley said", "Helen married". A name before one of these is a person.
PERSON_VERBS = frozenset(
    """said says told tells asked asks married marries died dies laughed laughs smiled smiles sang sings
    cried cries taught teaches whispered shouted yelled wrote writes thought thinks believed knew knows
    loved loves hated worked works lived lives grew moved came come went walked talked talks spoke
    whistled hummed prayed cooked baked sewed kissed hugged argued liked likes wanted wants used would could
    never always""".split()
)
# Words before a capitalised word that make it a person ("with Peter", "and Maureen and I").
PERSON_LEADS = frozenset({"with", "by", "named", "called", "dear"})
# Determiners before a capitalised run: a person is rarely "the Monarch" or "our Singer".
DETERMINERS = frozenset({"the", "a", "an", "our", "this", "that", "some", "every"})

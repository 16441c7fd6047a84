"""More relatives and titles in the words of other languages, kept apart because ``lexicon`` is at its size limit.

Same rows as ``lexicon._KIN_ABROAD`` (word, role or "=", uses: alone / before / after / name), merged into it.
Only words that are not English words; a word that is a given name elsewhere too carries "name" (read as the
relative only where kin is said or it acts alone), and one that is first of all a common given name of many people
("Mai": Vietnamese, Thai, Japanese) also "given" (the relative only with an owner, beside another relative, or where
the family's own words name its people: ``kin_or_name``); a word that is the relative only after "my", "our", "his"
carries "owned" ("my viejo").
"""

KIN_ELSEWHERE = """
# Northern Sámi: "eadni" (mother), "áhčči" (father), "eahki Ánte" (a father's elder brother), "čeahci" (his
# younger one), "eanu" (a mother's brother), "muoŧŧá" (an aunt); typed without the accents too
eadni mother alone            áhčči father alone          ahcci father alone          eahki uncle alone+before
čeahci uncle alone+before     ceahci uncle alone+before   eanu uncle alone+before     muoŧŧá aunt alone+before
muottá aunt alone+before      ahkku grandmother alone     addja grandfather alone
# Western Armenian: "Medzmama", "Medzhayrig", "Mayrig", "Hayrig", "Keri Garbis" (an uncle; Keri a given name
# too, so only before a name), "Morakouyr", "Horakouyr" (aunts), "Varbed Sarkis" (a master craftsman), "Digin"
# and "Oriort" (Mrs, Miss); not "Baron" (Mr, but an English word: "we called the donkey Baron Zareh")
medzmama grandmother alone    medz-mama grandmother alone medzhayrig grandfather alone medz-hayrig grandfather alone
mayrig mother alone           hayrig father alone         yeghpayr brother alone      kouyrig sister alone
keri uncle before             horakouyr aunt alone+before morakouyr aunt alone+before mortak = before
varbed = before               digin = before              oriort = before
# Hindi, Fiji Hindi, Bhojpuri, Marathi, Gujarati: "Mai" (a mother; a common given name elsewhere), "Aaja", "Aaji" (a
# father's parents), "Ajji", "Kaki" (an aunt; not "Kaka", a Swahili brother above),
# "Kaki", "Masterji", "Pandit Ramsaran"
mai mother alone+name+given   aaja grandfather alone      aaji grandmother alone      ajja grandfather alone
ajji grandmother alone        aai mother alone            kaki aunt alone+before
masterji = alone              panditji = alone            guruji = alone              pandit = before
bhaiyya brother alone+after   bhaiyaa brother alone+after mamu uncle alone+before     mamuji uncle alone
chachu uncle alone+before     phuppo aunt alone+before    phupho aunt alone+before    khala aunt alone+before
# Brazilian Portuguese of the North-East: "Mainha", "Painho", "Voinha", "Voinho"
mainha mother alone           painho father alone         voinha grandmother alone    voinho grandfather alone
# Kurdish (Kurmanji): "Bavo" (father, said to him), "Dayê", "Dayik", "Apo Şêx" (a father's brother)
bavo father alone             dayê mother alone           daye mother alone           dayik mother alone
bavê father alone             apo uncle alone+before      xaltî aunt alone+before     xalti aunt alone+before
# Somali: "Abti" (a mother's brother), "Adeer" (a father's), "Eeddo" (a father's sister)
abti uncle alone+before       adeer uncle alone+before    eeddo aunt alone+before     habaryar aunt alone+before
# Nepali: "Aama", "Buwa", "Hajurama", "Hajurbuwa"
aama mother alone+name         buwa father alone           hajurama grandmother alone  hajurbuwa grandfather alone
hajurba grandfather alone     hajuraama grandmother alone
# Ukrainian: "Tato", "Babusia", "Didus", "Dyadko Petro", "Titka Halia"
tato father alone+name         babusia grandmother alone   babusya grandmother alone   didus grandfather alone
dyadko uncle alone+before     titka aunt alone+before     nenka mother alone
# Hebrew and Lebanese Arabic: "Ima", "Savta", "Saba" (a grandfather; a place too, so only as kin), "Imme", "Bayye"
ima mother alone+name          savta grandmother alone     imme mother alone           bayye father alone
jaddo grandfather alone       jaddeh grandmother alone
# Greek: "Giagia", "Pappou"
giagia grandmother alone      pappou grandfather alone    papou grandfather alone
# Tamil and Telugu not above: "Chithappa", "Athai", "Ammamma", "Nanna" (a Telugu father; English "nanna" a grandmother)
chithappa uncle alone         athai aunt alone+before     ammamma grandmother alone   ammama grandmother alone
# Quechua: "Taytay", "Mamay" (above)
taytay father alone
# Tongan: "Tamai" (father), "Fa'e" (mother), "Kui" (a grandparent, which one the family knows), "mehekitanga" (a
# father's sister), "fahu" (she who is honoured above all at the family's rites), "fa'etangata" (a mother's
# brother), "tuonga'ane" (a woman's brother), "tuofefine" (a man's sister); typed with ' or ʻ or ’
tamai father alone            fa'e mother alone           faʻe mother alone           fa’e mother alone
kui = alone                   mehekitanga aunt alone      fahu = alone                fa'etangata uncle alone
faʻetangata uncle alone       tuonga'ane brother alone    tuongaʻane brother alone    tuofefine sister alone
# Hawaiian, only with the marks ("Tūtū", "Kūkū": a grandparent; "tutu" without is a sound too), "Makuahine"
tūtū = alone                  kūkū = alone                makuahine mother alone      makuakāne father alone
makuakane father alone        kupuna = alone
# Zulu, Xhosa, Sotho and Shona not above: "Baba", "Gogo", "uMalume" (a mother's brother), "my sisi Nomsa", "Bhuti
# Sipho" (an elder brother, or any young man), "Babekazi Zanele" (a father's sister), "Mamncane" (a mother's
# younger sister), "Makhulu" and "Tamkhulu" (Xhosa grandparents), "Ntate Moloi", "Nkgono", "Ambuya", "Sekuru"
umalume uncle alone           malume uncle alone+before   malome uncle alone+before   sisi sister alone+before+name
usisi sister alone            bhuti brother alone+before  ubhuti brother alone        babekazi aunt alone+before
ubabekazi aunt alone          mamncane aunt alone+before  mamkhulu aunt alone+before  babomncane uncle alone+before
makhulu grandmother alone     tamkhulu grandfather alone  ntate father alone+before   nkgono grandmother alone
rakgadi aunt alone+before     ambuya grandmother alone+before sekuru = alone+before   amai mother alone
mainini aunt alone+before     babamukuru uncle alone+before
# Bengali and Sylheti: "Nanu" (a mother's mother), "Bhaisab" (an elder brother), "my small bhai" ("Karim Bhai": any
# elder man said with respect, after his name), "Shefali Apa" (an
# elder sister, or any woman said with respect: kept with the name), "Phupu" (a father's sister), "shashuri" (a
# mother-in-law), "Boudi" (an elder brother's wife), "Jamai" (a son-in-law); Hindi and Urdu "Saas", "Sasur". Not
# "Kaka" (a Swahili brother, a Bengali, Gujarati and Marathi father's brother: in ``lexicon`` as said)
nanu grandmother alone        bhaisab brother alone+after bhaisaheb brother alone+after bhai brother alone+after
apa = after                   phupu aunt alone+before     phupi aunt alone+before     phuphi aunt alone+before
shashuri mother-in-law alone  shashudi mother-in-law alone shoshur father-in-law alone shashur father-in-law alone
boudi sister-in-law alone+after jamai son-in-law alone    saas mother-in-law alone+name saasu mother-in-law alone
sasur father-in-law alone     sasurji father-in-law alone
# Malayalam: "Ammachi", "Appachan", "Chettan" and "Chechi" (an elder brother and sister, also after a name),
# "Ammavan" (a mother's brother), "Ammumma", "Appooppan"
appachan father alone         achan father alone          chettan brother alone+after chechi sister alone+after
ammavan uncle alone           ammumma grandmother alone   appooppan grandfather alone ammachi = alone
# Albanian: "Nëna", "Babai", "Gjyshja", "Gjyshi", "Daja Ilir" (a mother's brother), "Xhaxhi" (a father's brother);
# not "Halla" (an aunt, but also a mountain and a given name)
nëna mother alone             babai father alone          gjyshja grandmother alone   gjyshi grandfather alone
gjyshe grandmother alone      daja uncle alone+before     xhaxhi uncle alone+before
# Romanian: "Bunica", "Bunicul", "Mătușa Ileana", "Unchiul Vasile"
bunica grandmother alone      bunicul grandfather alone   bunicu grandfather alone    mătușa aunt alone+before
matusa aunt alone+before      unchiul uncle alone+before
# Burmese and Thai: "Amay", "Aphay" (mother, father), "Ahpwa", "Ahpho" (grandparents), "Khun Yai", "Khun Ta"
amay mother alone             aphay father alone          ahpwa grandmother alone     ahpho grandfather alone
khun_yai grandmother alone    khun_ta grandfather alone   khun_mae mother alone       khun_pho father alone
# Mongolian: "Eej", "Aav", "Emee" (grandmother), "Övöö" (grandfather)
eej mother alone              aav father alone            emee grandmother alone      övöö grandfather alone
# Cree, Ojibwe, Lakota, Navajo: "Kokum" and "Mosom" (grandparents), "Nokomis", "Mishomis", "Unci", "Tunkasila",
# "Shimá" (my mother), "Shimásání" (a mother's mother), "Shicheii"
kokum grandmother alone       kokom grandmother alone     kookum grandmother alone    mosom grandfather alone
moshum grandfather alone      mishomis grandfather alone  unci grandmother alone      tunkasila grandfather alone
shimá mother alone            shimásání grandmother alone shimasani grandmother alone
shicheii grandfather alone    shizhé'é father alone
# Teachers and masters said as a title before the name, or alone as the one who taught: "Mualim", "Sayadaw" (and
# "Ustaz Bakri", "Ustaz's line": in ``lexicon``)
mualim = alone+before         muallim = alone+before      sayadaw = alone+before
# Romani (Slovak, Hungarian, Czech Roma): "Daj" (mother; "Dad" the father is in ``lexicon``), "Papus" (a
# grandfather, also said before his name as the family's), "Mami Terka" (a grandmother), "phral Dezider",
# "phen Rosa" (brother, sister), "kako Ernest" (an uncle)
daj mother alone              papus grandfather alone+before mami grandmother alone+before phral brother alone+before
phen sister alone+before      kako uncle alone+before
# Cree said as "my": "Nikawi" (my mother), "Nohtawi" (my father), "nistes" (my elder brother), "nimis" (my elder
# sister), "Nohkom", "Nimosom" (my grandparents); not "nosisim" (my grandchild), said to the listener
nikawi mother alone           nohtawi father alone        nistes brother alone+before nimis sister alone+before
nohkom grandmother alone      nimosom grandfather alone   nikosis son alone           nitanis daughter alone
# Mongolian typed without the marks: "Ovoo" (Övöö, grandfather), "akh Bat" and "egch Altantsetseg" (elder brother,
# elder sister); Uyghur "Momay", "Bowa" (grandparents); Tamil "Thambi"
ovoo grandfather alone        akh brother alone+before    egch sister alone+before    momay grandmother alone
bowa grandfather alone
thambi brother alone+before   thangachi sister alone
# Titles of respect before (or after) a name, nobody's relative: Tibetan "Lama Tenzin", "Geshe Rabten", "Tenzin
# Rinpoche"; Hausa and Yoruba "Alhaji Musa", "Alhaja Kudirat" (one who made the pilgrimage);
# Georgian "Batono Giorgi", "Kalbatono Nino"; Tamil "Thiru Raman", "Thirumathi Lakshmi"; Mongolian "Bat guai"
lama = before                 geshe = before              rinpoche = after            alhaji = before
alhaja = before               batono = before             kalbatono = before
thiru = before                thirumathi = before         guai = after
# Tagalog "Lola Conching" (a grandmother; "Lola" a given name too: the relative only where kin is sure); Breton
# "Mamm-gozh Anna", "Tad-kozh Yann"; Greek "Kyrios Yannis", "Kyria Eleni" (Mr, Mrs)
lola grandmother alone+before+name+given  mamm-gozh grandmother alone+before  tad-kozh grandfather alone+before
kyrios = before               kyria = before
# Breton: "Mamm" (mother), "Tad" (father; "a tad" is English, so read only capitalised, as the relative or a
# name), "Mammig", "Tadig" (mummy, daddy), "Moereb Soazig" (an aunt), "Eontr Yann" (an uncle)
mamm mother alone             tad father alone+name       mammig mother alone         tadig father alone
moereb aunt alone+before      eontr uncle alone+before
# Thai and Lao (Isan): "Mae" (mother; an English given name too), "Pho" (father; the Vietnamese soup is said in
# lower case), "Yai" (a mother's mother), "Ta" not (English "ta"); Kikuyu "Cũcũ" (a grandmother), "Maitũ" (my
# mother), "Guka" (a grandfather), typed without the marks too; Belizean Creole and Garifuna "Tanti Fermina"
mae mother alone+name         pho father alone            yai grandmother alone       cũcũ grandmother alone
cucu grandmother alone        maitũ mother alone          maitu mother alone          guka grandfather alone
tanti aunt alone+before
# Spanish: "my viejo", "mi vieja" (my old man, my old lady: the father and the mother), only with the owner
# ("owned"): "Puerto Viejo", "Viejo San Juan", "El Viejo" are places and nicknames
viejo father alone+owned      vieja mother alone+owned    viejito father alone+owned  viejita mother alone+owned
# Wolof not in ``lexicon`` ("Yaay", "Baay"): "Bàjjan Fatou" (a father's sister), "Nijaay Modou" (a mother's brother),
# "my rakk" (a younger brother or sister), "my mag Ibrahima" (an elder one; "mag" is English too, and "Mag" a given
# name: the relative only owned and named, "named": not "I left my mag on the bus"); not "Maam" (also "ma'am" typed
# without its mark)
bàjjan aunt alone+before      bajjan aunt alone+before    nijaay uncle alone+before   rakk = alone+before
mag brother alone+before+owned+name+named
# Romanian and Moldovan spoken forms beside "Bunica", "Bunicul": "my bunelu's vineyard", "Buneii", "Mamaie", "Tataie"
bunelu grandfather alone      bunel grandfather alone     bunelul grandfather alone   bunelule grandfather alone
buneii grandparents alone     mamaie grandmother alone    tataie grandfather alone    bunicuța grandmother alone
bunicuta grandmother alone
# Mauritian, Seychellois and Réunion Creole beside the Haitian words in ``lexicon`` ("Manman", "Granpè", "Matant"):
# "my granmer's frying the fish", "Granpèr", "Granmè"
granmer grandmother alone     granmè grandmother alone    granmèr grandmother alone   granper grandfather alone
granpèr grandfather alone     gran-mer grandmother alone  gran-per grandfather alone  granmama grandmother alone
# Faroese and Icelandic: "Pápi" and "Pabbi" (father), "Abbi Jákup" (a grandfather; "Abbi" alone is first of all an
# English given name: "my friend Abbi"), "Afi", "my beiggi Óli" (a brother), "Systir"; not "Amma" (a mother in the
# Indian words above)
pápi father alone             pabbi father alone          afi grandfather alone+before
abbi grandfather alone+before+name beiggi brother alone+before systir sister alone+before
# Cape Verdean Kriolu and Brazilian Portuguese: "Papai", "Mamai", "Mamãe", "Nhô Tói" and "Nha Lena" (Mr and Mrs
# before a name, or before a relative: "Nha Avó", "Nhu João"); lower-case "nha" is "my" ("nha fidju"), read only
# capitalised as a title
papai father alone            mamai mother alone          mamãe mother alone          nhô = before
nho = before                  nha = before                nhu = before
# Sureth (Assyrian and Chaldean Neo-Aramaic): "Yimma" (mother), "Sawa Elias" (a grandfather; only before a name:
# alone "sawa" is the Swahili "okay"), "Yimmi", "Babi" (my mother, my father)
yimma mother alone            yimmi mother alone          babi father alone           sawa grandfather before
# Swiss German: "Ätti" (father), "Müeti" (mother), "Grossätti" (a grandfather); "Grosi" is read where explained
ätti father alone             aetti father alone          müeti mother alone          mueti mother alone
grossätti grandfather alone grosätti grandfather alone
# Gullah: "my tittuh Loretta" (a sister; "Titta" too), "Buhbuh" (a brother)
tittuh sister alone+before    titta sister alone+before   buhbuh brother alone+before
# Russian: "my tyoshcha" (a wife's mother), "svekrov" (a husband's), "Mamochka", "Papochka"
tyoshcha mother-in-law alone  tyoscha mother-in-law alone  teshcha mother-in-law alone svekrov mother-in-law alone
mamochka mother alone         papochka father alone
"""

# Family words of another language that are English words too ("mag"): the relative only with a name after it ("my
# mag Ibrahima", "my mag, Ibrahima,"), never alone ("I left my mag on the bus", "our mag came on Fridays").
KIN_NAMED_ONLY = frozenset(
    word
    for line in KIN_ELSEWHERE.splitlines()
    if not line.startswith("#")
    for word, uses in zip(line.split()[::3], line.split()[2::3], strict=True)
    if "named" in uses.split("+")
)

# Spirits and figures of tales called by a family's word, nobody's relative: "Mami Wata is the spirit of the water",
# "Baba Yaga lives in the forest" (merged into ``lexicon.FIGURES``)
FIGURES_ELSEWHERE = frozenset({"mami wata", "mama wata", "baba yaga", "papa legba", "mama africa", "nana buluku"})

"""Common given names, by the pronoun usually used: one signal (of several) that a capitalised word is a person.

A small curated list instead of a package: the PyPI name lexicons are either unmaintained
with a GPL licence (gender-guesser), a 2013 random-name generator (names), or hundreds of
megabytes (names-dataset). Names not listed here are still found from their context
(kin words, titles, "named", verbs people do); this list only settles the cases context
leaves open, such as a name at the start of a sentence.
"""

from __future__ import annotations

import unicodedata

FEMALE = frozenset(
    """abigail ada agnes aileen alice alicia alison amanda amelia amy ana andrea angela ann anna anne annie
    antonia audrey barbara beatrice beatriz bernadette bertha beryl betty beverly bridget brigid carmen carol
    caroline carolyn catherine cecilia charlotte cheryl christina christine clara claire connie constance
    cora cynthia daisy dana deborah denise diana diane dolores donna doris dorothy edna eileen elaine eleanor
    elena elisabeth elizabeth ella ellen elsie emily emma esther ethel eva evelyn faith fatima florence
    frances francesca gail geraldine gertrude gladys gloria grace greta gwen hannah harriet hazel heather
    heidi helen helena hilda ida ingrid irene iris isabel jane janet janice jean jeanne jennifer jessica joan
    joanna josephine joy joyce judith judy julia julie karen kate katherine kathleen kathryn katie laura
    lillian lily linda lisa lois lorraine louise lucia lucy lydia mabel madeleine maggie marcia margaret
    margarethe maria marian marie marilyn marion marjorie martha mary maud maureen maxine mildred
    miriam molly monica muriel nancy naomi natalia nellie nora norma olga olive pamela patricia pauline
    pearl peggy phyllis polly priscilla rachel rebecca rita roberta rosa rosalie rose rosemary ruth sally
    sandra sara sarah shirley sofia sophia sophie stella susan sylvia teresa theresa una ursula valerie
    vera veronica victoria viola violet virginia vivian wanda wendy wilma winifred yvonne zofia
    sue liz beth meg jenny kathy cathy pam debbie becky vicky millie winnie minnie lottie hattie sadie patsy
    trudy dottie""".split()
) | frozenset(
    # Irish; Persian; Arabic; Hindi, Punjabi and Urdu; Turkish; Swahili and East African; Vietnamese
    # (not Hoa, Mai, Thanh: also places or words); Korean and Chinese (as romanised; "Jin-su" and other
    # hyphenated ones are read by their shape, see ``annotate``); Amharic, Japanese, Yoruba, Igbo, Zulu,
    # Tamil (not Almaz, Ayana, Kiku: also words or brands); Inuit, the Inuktitut forms of Bible names ("Pauloosie",
    # "Elisapee")
    """siobhan niamh aoife sinead mairead roisin maeve orla deirdre
    shirin pari parvin mahin maryam zahra fatemeh soraya farah leila ladan nasrin roya azar shahnaz
    golnar simin homa manijeh parisa afsaneh forough nahid narges
    aisha ayesha layla zainab mariam noor nour amira samira yasmin huda hanan salma rania laila souad
    priya sunita anita geeta gita sita lakshmi kamala asha usha savitri parvati radha meena jaswinder
    harpreet manjit gurmeet kamaljit simran
    ayşe ayse fatma emine hatice zeynep elif meryem songül özlem
    wanjiru akinyi neema zawadi rehema halima mwanaisha wanjiku achieng
    lan hương huong linh ngọc ngoc trang thảo thao hạnh hanh thủy thuy phương phuong nga loan
    minji jiyeon soyeon eunji jiwoo seoyeon hyejin meiling meili xiuying guiying yuying lihua
    gülsüm hacer havva nuriye saadet şükriye sevim nermin filiz gönül kezban zehra hülya
    tsehay askale werknesh tirunesh mulu abeba genet tigist meseret yeshi zewditu etenesh birtukan
    yoko keiko michiko hiroko sachiko kazuko fumiko akiko noriko setsuko tomoko yumiko emiko haruko
    folake funmilayo bisi ngozi chioma adaeze amaka nomvula thandiwe zanele lindiwe
    rekha lalitha meenakshi kamakshi durga
    marta ani anahit azniv siranush gayane nvard lusine hasmik araksi zabel nazeli astghik knarik
    ivana ivanka marija mara vinka kata ljubica jelena milka ankica dragica zorica
    mei ling wai siu
    elisapee meeka""".split()
)
MALE = frozenset(
    """aaron adam adrian alan albert alberto alexander alfred alfredo alistair allan andrew andy angus
    anthony antonio archie arnold arthur barry basil ben benjamin bernard bill billy bob bobby brian bruce
    bruno carl carlos cecil charles charlie chris christopher clarence claude clifford colin craig cyril
    dan daniel david dennis derek desmond dominic donald douglas duncan earl edgar edmund eduardo edward
    edwin eric ernest eugene felix fernando francis francisco frank franz fred freddie frederick gary
    geoffrey george gerald gerard gilbert giovanni giuseppe glen gordon graham gregory guy hans harold
    harry harvey henry herbert horace howard hugh hugo ian isaac jack jacob james jan jasper jeff jerry jim
    jimmy joe johann john johnny jonathan jorge jose josef joseph juan karl keith kenneth kevin lawrence
    leo leon leonard leslie lewis lloyd louis luigi luis malcolm manuel marco mario mark martin matthew
    maurice max michael miguel mike neil nicholas nigel noel norman oliver oscar owen pablo patrick paul
    pedro percy peter philip pierre ralph ray raymond reginald richard rob robert roger ronald roy rupert
    russell sam samuel sean sidney simon stanley stefan stephen steve steven stuart ted terence terry
    thomas tim timothy tom tommy tony victor vincent walter warren wayne wilfred will william willie
    wojciech pete dave stan hank bert alf ernie sid ron nick phil
    eddie danny kenny lenny benny sammy ricky stevie davey mickey micky christy larry gerry frankie joey
    robbie bertie alfie""".split()
) | frozenset(
    """paddy mick seamus liam declan kieran niall eamon eamonn brendan ciaran dermot fergus cormac aidan
    winston delroy errol leroy clive trevor
    jamshid hooshang houshang bahram dariush darius cyrus kourosh reza gholamreza hossein hassan mehdi
    mahmoud abbas jafar jaafar kazem morteza mostafa parviz fereydoun fereydoon farhad behrouz behzad kamran
    khosrow siavash arash babak omid navid majid hamid saeed ahmad nasser mansour
    ahmed mohammed muhammad mohammad mustafa khalil hussein ali omar umar youssef yusuf ibrahim ismail
    karim tariq samir nabil walid ziad fouad jamal khaled khalid rashid salim adel
    harbans gurdev gurpreet harjit jaswant kuldip kuldeep balwant baldev surjit amarjit rajinder ravinder
    sukhdev mohinder ranjit ramesh suresh mahesh rajesh rakesh vijay anil sunil ashok arun rajiv sanjay
    deepak prakash krishna gopal mohan shyam
    mehmet ahmet hasan hüseyin osman murat emre burak kemal orhan erdem cengiz
    juma baraka hamisi bakari omari jabari kamau njoroge otieno ochieng mwangi
    tuấn tuan hùng hung dũng quang thắng huy khoa phúc phuc bảo đức duc hoàng hoang
    minho jiho seojun junho sungmin jaehyun xiaoming jianguo weiming zhiqiang
    cemil rıza riza ismet ilyas yılmaz yilmaz recep şükrü sukru nuri necati halil ilhan
    tesfaye dawit tadesse haile getachew bekele alemu girma mulugeta solomon yohannes kebede assefa
    hiroshi takeshi kenji akira haruki kazuo masao shigeru tadashi yoshio isamu hideo
    tunde babatunde olu oluwaseun chukwuemeka emeka obinna nnamdi sipho themba bongani thabo
    murugan senthil arjun raju subramaniam
    vazgen hrant aram armen ashot vahan vartan gevorg hovhannes garegin levon tigran suren hagop krikor
    ante mile ivo jure frane stipe marko tomislav zvonko luka nikola dinko
    kwok chun keung
    pauloosie joanasie lucassie jamesie simeonie jaco""".split()
)

# French, Québécois and Haitian, with their accents and typed without them ("Céline", "Celine"); not Serge (a cloth),
# nor Gaston (as often a dog)
_FRENCH_FEMALE = """odette céline hélène thérèse geneviève josette ginette huguette mireille solange yvette nicole
    simone colette monique sylvie chantal brigitte françoise renée lucienne germaine suzanne jacqueline danielle
    micheline gisèle liliane lise paulette claudette éliane jeannine ghislaine nadège marlène""".split()
_FRENCH_MALE = """réginald rené andré jacques marcel lucien henri étienne émile thierry yves gilles réjean
    gaétan luc michel philippe olivier antoine benoît françois fernand roland armand jules alphonse aimé gérard
    frantz dieudonné""".split()


def _unaccented(names: list[str]) -> set[str]:
    return {unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in names}


FEMALE = FEMALE | set(_FRENCH_FEMALE) | _unaccented(_FRENCH_FEMALE)
MALE = MALE | set(_FRENCH_MALE) | _unaccented(_FRENCH_MALE)


# Southern African (Zulu, Xhosa, Sotho, Tswana), Tongan and Samoan, and Bengali given names, so that a name at a
# sentence's start or beside a place word is someone ("Zodwa sold oranges", "Tevita Kaufana's house"); not Nandi (the
# Kenyan hills), Pita (bread), Dudu, nor surnames (Haque, Mkhize)
_MORE_FEMALE = """nomsa thuli thulisile zodwa nokuthula busisiwe lerato palesa nthabiseng sibongile nonhlanhla
    khanyisile nosipho zinhle nomalanga ntombi lungile dineo boitumelo refilwe
    mele losaline salote lesieli sela seini malia sina
    rokeya shefali nasima hasina jahanara rehana momena nurjahan shahana parveen taslima anwara rabeya rashida
    ruksana sultana""".split()
_MORE_MALE = """mandla sibusiso lwazi sizwe jabulani musa mthunzi bheki sifiso vusi xolani tshepo thabang kagiso mxolisi
    siyabonga nkosinathi sandile mlungisi
    sione tevita viliami siaosi semisi tomasi soane lopeti feleti samisoni iosefa ioane tavita
    abdul rahim rafiq habib jalal kamal anwar nurul shahid mizan faruk mannan abul aziz alamgir monir selim
    sohel""".split()
FEMALE = FEMALE | set(_MORE_FEMALE)
MALE = MALE | set(_MORE_MALE)


# Slovak, Czech and Hungarian (Roma families' too), Mongolian, Georgian, Basque, Uyghur, and the Bible names of Cree
# and Anishinaabe families ("Simeon", "Elijah", "Louisa"), typed without their marks: a name said mid-sentence with
# no kin word or title ("drove Margita home", "Gejza with the big bass") is someone. Not Milan (a city), Gyula (a
# town), Tamar (a river), Bold, Bat, Tuya, Inti, Killa (words, a brand); not surnames (Horvath, Quispe)
_EAST_FEMALE = """margita terka zuzana jarmila anicka jolana gizela ilonka ivana jana katarina lenka marketa vlasta
    bozena libuse jirina erzsebet ilona katalin zsuzsanna piroska jolan eniko agota
    oyun altantsetseg khorloo tsetsegmaa enkhtuya oyunchimeg narantuya bolormaa khulan delgermaa sarangerel saraa
    otgontsetseg nino tamuna ketevan eka maia manana tsitsino amaia itziar nerea maite arantxa edurne miren garazi
    ainhoa tursunay gulnar gulzar patigul aynur mahire reyhan rahile zulpiye louisa jemima keziah lavinia rhoda
    philomene""".split()
_EAST_MALE = """ondrej dezider gejza jozef jozko ferko koloman imrich bartolomej vojtech ladislav stefan miroslav
    jaroslav zdenek bohumil vaclav radek lubomir dusan ferenc laszlo istvan janos sandor zoltan tibor imre gyorgy
    batsukh luvsan dorj ganbaatar erdene batbayar ganzorig otgonbayar nergui baatar munkh
    giorgi levan zurab vakhtang shota lasha davit irakli nodar revaz merab inaki iñaki josu koldo mikel aitor gorka
    unai xabier ablikim abdurehim tursun ilham ekber memet nurmemet simeon elijah roderick ezekiel jeremiah
    isaiah hezekiah matthias absalom zachariah""".split()
FEMALE = FEMALE | set(_EAST_FEMALE)
MALE = MALE | set(_EAST_MALE)

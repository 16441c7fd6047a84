"""More relatives and titles in the words of other languages, kept apart because ``lexicon`` is at its size limit.

Same rows as ``lexicon._KIN_ABROAD`` (word, role or "=", uses: alone / before / after / name), merged into it.
Only words that are not English words; a word that is a given name elsewhere too carries "name" (read as the
relative only where kin is said or it acts alone), and one that is first of all a common given name of many people
("Mai": Vietnamese, Thai, Japanese) also "given" (the relative only with an owner, beside another relative, or where
the family's own words name its people: ``kin_or_name``).
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
# Teachers and masters said as a title before the name, or alone as the one who taught: "Mualim", "Sayadaw" (and
# "Ustaz Bakri", "Ustaz's line": in ``lexicon``)
mualim = alone+before         muallim = alone+before      sayadaw = alone+before
"""

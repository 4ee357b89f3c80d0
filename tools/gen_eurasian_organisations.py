#!/usr/bin/env python3
"""Writes include/regcoop/impl/eurasian_organisations.ipp: the definition of the embedded dataset of
the regional organisations around the Central Asian states (its declaration is
include/regcoop/data/eurasian_organisations.hpp). Builds never run it; the file is committed.

Every organisation, spell and agreement cites a reference page (its address is the source's
`url`) with a verbatim quote of at most 300 bytes. What no page confirmed is left out (see
the notes of docs/data.md).

    python3 tools/gen_eurasian_organisations.py > include/regcoop/impl/eurasian_organisations.ipp
"""

SOURCES = [
    # id, title, publisher, date, url
    ("ref-sco-iasforias", "SCO (Shanghai Cooperation Organisation)", "IAS for IAS", "", "https://iasforias.com/sco-shanghai-cooperation-organisation/"),
    ("ref-sco-gyaankosh", "Shanghai Cooperation Organisation (SCO)", "Gyaankosh", "", "https://gyaankosh.com/wiki/Shanghai_Cooperation_Organisation_(SCO)"),
    ("ref-sco-wion", "How India, Russia, China, other SCO countries work to promote regional development", "WION", "2023-05-04", "https://www.wionews.com/videos/how-india-russia-china-other-sco-countries-work-to-promote-regional-development-details-588703"),
    ("ref-sco-mailru", "News report on the SCO (in Russian)", "news.mail.ru", "", "https://news.mail.ru/politics/67673058/"),
    ("ref-eaeu-mid", "About Eurasian Economic Union", "Embassy of the Russian Federation in Thailand", "", "https://thailand.mid.ru/en/press-centre/news/about_eurasian_economic_union"),
    ("ref-eaeu-kunuz", "Uzbekistan becomes observer state in EAEU", "Kun.uz", "2020-12-11", "https://kun.uz/en/news/2020/12/11/uzbekistan-becomes-observer-state-in-eaeu"),
    ("ref-eaeu-urdupoint", "Uzbekistan, Cuba receive status of EAEU observers", "UrduPoint / Sputnik", "2020-12-11", "https://www.urdupoint.com/en/world/uzbekistan-cuba-receive-status-of-eaeu-obser-1111208.html"),
    ("ref-eaeu-briefing", "Uzbekistan and Cuba Become Observer States Of The Eurasian Economic Union", "Russia Briefing", "2020-12", "https://www.russia-briefing.com/news/uzbekistan-and-cuba-become-observer-states-of-the-eurasian-economic-union.html/"),
    ("ref-cis-kremlin", "Commonwealth of Independent States (glossary)", "President of Russia (en.kremlin.ru)", "", "http://en.kremlin.ru/catalog/glossary/38"),
    ("ref-csto-wikimili", "Collective Security Treaty Organization", "WikiMili (Wikipedia mirror)", "", "https://wikimili.com/en/Collective_Security_Treaty_Organization"),
    ("ref-csto-academic", "Collective Security Treaty Organization (CSTO), Historical Dictionary of the Russian Federation", "en-academic.com", "2010", "https://russian_federation.en-academic.com/116/Collective_Security_Treaty_Organization"),
    ("ref-csto-tass", "CSTO leaders suspend Uzbekistan's membership", "ITAR-TASS", "2012-12-19", "http://tass.com/russia/687141"),
    ("ref-ots-gazette", "Organization of Turkic States", "Turkey Gazette", "", "https://turkeygazette.com/organization-of-turkic-states/"),
    ("ref-ots-profile", "Organization of Turkic States (organisation profile)", "connectplex.ai", "", "https://connectplex.ai/company/türk-devletleri-teşkilatı-organization-of-turkic-states-8676446"),
    ("ref-cica-rferl", "CICA summit in Almaty", "RFE/RL", "2002-06-04", "https://www.rferl.org/a/1343399.html"),
    ("ref-cica-secretariat", "First CICA Summit", "CICA Secretariat", "", "https://www.s-cica.org/index.php?view=page&t=first-summit"),
    ("ref-cica-icaf", "Kazakhstan's chairmanship in the CICA", "ICAF", "2022-02-09", "https://theicaf.org/icaf/2022/02/09/kazakhstans-chairmanship-in-the-cica"),
    ("ref-eco-mfatj", "Tajikistan and Economic Cooperation Organization (ECO)", "Ministry of Foreign Affairs of Tajikistan", "2019-07-04", "https://www.mfa.tj/en/main/view/194/tajikistan-and-economic-cooperation-organization-eco"),
    ("ref-eco-knowcf", "Economic Cooperation Organization", "know.cf (Wikipedia mirror)", "", "https://www.know.cf/enciclopedia/en/Economic_Cooperation_Organization"),
    ("ref-carec-adb2011", "Regional Cooperation On Track as CAREC Endorses 10-Year Strategy", "Asian Development Bank (republished)", "2011", "https://tryxyz.com/article7243-Regional-Cooperation-On-Track-as-CAREC-Endorses-10-Year-Strategy"),
    ("ref-carec-2005", "Trade: Afghanistan to join Central Asian Regional Economic Cooperation", "ION Global Trends", "2005-11-07", "http://ionglobaltrends.com/2005/11/trade-afghanistan-to-join-central.html"),
    ("ref-carec-adb2012", "Central Asia Officials Meet to Map Implementation of CAREC 2020", "Asian Development Bank", "2012", "http://www.adb.org/news/afghanistan/central-asia-officials-meet-map-implementation-carec-2020?ref=countries/prc/news"),
    ("ref-carec-scio", "Central Asia Regional Economic Cooperation (China Keywords)", "State Council Information Office of China", "2019-07-11", "http://english.scio.gov.cn/featured/chinakeywords/2019-07/11/content_74977509.htm"),
    # The region's history: the Soviet Union, independence, the Central Asian organisations and EurAsEC.
    ("ref-su-archontology", "Soviet Union: Polity Style: 1922-1991", "Archontology.org", "", "https://archontology.org/nations/ussr/01_polity.php"),
    ("ref-su-dissolution", "Dissolution of the Soviet Union", "WikiVisually (Wikipedia mirror)", "", "https://wikivisually.com/wiki/Dissolution_of_the_Soviet_Union"),
    ("ref-post-soviet-states", "Post-Soviet states", "Wikiwand (Wikipedia mirror)", "", "https://www.wikiwand.com/en/Post-Soviet_states"),
    ("ref-kz-independence", "On December 16, 1991, Kazakhstan was the last of the republics of the USSR to proclaim independence", "Factinformer", "", "https://factinformer.com/fact/8892/"),
    ("ref-kg-independence", "Kyrgyzstan: independence", "Facts and Details", "", "https://factsanddetails.com/central-asia/Kyrgyzstan/sub8_5a/entry-4746.html"),
    ("ref-tj-independence", "Independence day of Tajikistan", "Shahriston district (shahriston.tj)", "", "http://www.shahriston.tj/maqolaho/442-independence-day-of-tajikistan.html"),
    ("ref-tm-independence", "Turkmenistan marks 32nd anniversary of independence", "Asian Diplomacy", "2023-09-27", "https://asiandiplomacy.com/turkmenistan-marks-32nd-anniversary-of-independence/"),
    ("ref-uz-independence", "Marking 34 Years of Independence: Uzbekistan's Past, Present, and Future", "The Times of Central Asia", "2025-09-01", "https://timesca.com/marking-34-years-of-independence-uzbekistans-past-present-and-future"),
    ("ref-caco-cutler", "CACO integrate EurAsEc", "Robert M. Cutler (blog)", "2005-10-07", "http://robertcutler.org/blog/2005/10/caco_integrate_eurasec.html"),
    ("ref-caco-eurasianhome", "Central Asian Cooperation Organization (CACO)", "Eurasian Home (analytical resource)", "", "http://eurasianhome.org/xml/t/databases.xml?lang=en&nic=databases&intorg=8&pid=15"),
    ("ref-caco-rferl", "Russia: Post-Soviet Groupings Unite", "RFE/RL", "2005-10-07", "https://www.rferl.org/a/1061948.html"),
    ("ref-caco-jawiki", "中央アジア協力機構 (Central Asian Cooperation Organization)", "Wikipedia (Japanese)", "", "https://ja.m.wikipedia.org/wiki/%E4%B8%AD%E5%A4%AE%E3%82%A2%E3%82%B8%E3%82%A2%E5%8D%94%E5%8A%9B%E6%A9%9F%E6%A7%8B"),
    ("ref-eurasec-wikisum", "Eurasian Economic Community", "WikiSum (Wikipedia summary)", "", "https://wikisum.wiki/wiki/Eurasian_Economic_Community"),
    ("ref-eurasec-bu", "Uzbekistan suspends EurAsEC membership", "Boston University, Institute for the Study of Conflict, Ideology and Policy (NIS Observed)", "2008-11-24", "http://www.bu.edu/phpbin/news-cms/news/?dept=732&id=51531"),
    ("ref-eurasec-uz-rferl", "Uzbekistan Joins Eurasian Economic Community", "RFE/RL", "2006-01-25", "https://rferl.org/a/1065067.html"),
    ("ref-eurasec-ria", "Uzbekistan suspends EurAsEC membership, Moscow unruffled (RIA Novosti, reprinted)", "Armenian Diaspora forum", "2008-11-12", "https://armeniandiaspora.com/forum/2008/november-2008/148108-uzbekistan-suspends-eurasec-membership-moscow-unruffled"),
    ("ref-eurasec-tass", "Eurasian Economic Union replaces Eurasian Economic Community", "TASS", "2014-10-10", "https://tass.com/economy/753661/amp"),
    ("ref-eaeu-statesman", "Eurasian Economic Union (EEU), The Statesman's Yearbook", "Springer (Palgrave Macmillan)", "2019", "https://link.springer.com/referenceworkentry/10.1007/978-1-349-95321-9_31"),
]

# Country parties (ids and names as in the China–Central Asia dataset where it has them).
COUNTRIES = [("CN", "China"), ("KZ", "Kazakhstan"), ("KG", "Kyrgyzstan"), ("TJ", "Tajikistan"), ("TM", "Turkmenistan"),
             ("UZ", "Uzbekistan"), ("RU", "Russia"), ("IN", "India"), ("AZ", "Azerbaijan"), ("GE", "Georgia"),
             ("TR", "Türkiye"), ("BY", "Belarus"), ("HU", "Hungary"), ("US", "United States"), ("PK", "Pakistan"),
             ("IR", "Iran"), ("MN", "Mongolia"), ("AF", "Afghanistan"), ("AM", "Armenia"), ("MD", "Moldova"),
             ("CU", "Cuba"), ("EG", "Egypt"), ("IL", "Israel"), ("PS", "Palestine"),
             ("EE", "Estonia"), ("LV", "Latvia"), ("LT", "Lithuania"), ("UA", "Ukraine"), ("SU", "Soviet Union")]

# The 15 states that emerged from the Soviet Union, in the order the cited page lists them.
SOVIET_SUCCESSORS = ["AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM", "UA", "UZ"]

# What a country record says of its existence: independence (founded), end (dissolved), the
# states that continued it or took its place, other names, and the quotes that confirm it.
COUNTRY_HISTORY = {
 "SU": dict(aliases=["USSR", "Union of Soviet Socialist Republics"], founded="1922-12-30", dissolved="1991-12-26",
            successors=SOVIET_SUCCESSORS, cite=["su-founded", "su-dissolved", "su-successors"]),
 "KZ": dict(founded="1991-12-16", cite=["kz-independence"]),
 "KG": dict(founded="1991-08-31", cite=["kg-independence"]),
 "TJ": dict(founded="1991-09-09", cite=["tj-independence"]),
 "TM": dict(founded="1991-10-27", cite=["tm-independence"]),
 "UZ": dict(founded="1991-08-31", cite=["uz-independence"]),
}

Q = {
 "sco-founded": ("ref-sco-iasforias", "The creation was announced on 15 June 2001 in Shanghai, China by the leaders of China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan."),
 "sco-2017": ("ref-sco-iasforias", "The organisation has expanded its membership to eight countries when India and Pakistan joined SCO as full members on 9 June 2017 at a summit in Astana, Kazakhstan."),
 "sco-iran": ("ref-sco-gyaankosh", "Iran | 17 September 2021 | 4 July 2023 |"),
 "sco-mn": ("ref-sco-gyaankosh", "Mongolia - 2004"),
 "sco-af": ("ref-sco-gyaankosh", "Afghanistan - 2012"),
 "sco-by": ("ref-sco-mailru", "В 2024 году к числу полноправных членов присоединилась Беларусь."),
 "sco-observers-2023": ("ref-sco-wion", "Four S.C.O. observer states - Afghanistan, Belarus, Iran, and Mongolia, are interested in acceding to full membership."),
 "sco-partners-2023": ("ref-sco-wion", "There are dialogue partners too - Armenia, Azerbaijan, Cambodia, Nepal, Sri Lanka, and Turkey."),
 "eaeu-treaty": ("ref-eaeu-mid", "the Treaty on the EAEU – was signed by the leaders of Belarus, Kazakhstan, and Russia on this day in 2014 and came into force on 1 January 2015."),
 "eaeu-am": ("ref-eaeu-mid", "Armenia’s accession came into effect on 2 January 2015."),
 "eaeu-kg": ("ref-eaeu-mid", "Kyrgyzstan’s accession came into effect on 6 August 2015."),
 "eaeu-uz": ("ref-eaeu-kunuz", "Uzbekistan has officially become an observer state in the Eurasian Economic Union (EAEU)."),
 "eaeu-cu": ("ref-eaeu-urdupoint", "Uzbekistan and Cuba were granted on Friday the status of the Eurasian Economic Union (EAEU) observers"),
 "eaeu-md": ("ref-eaeu-briefing", "Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia are full members of the EAEU, while Moldova also has observer status."),
 "cis-founded": ("ref-cis-kremlin", "was founded on December 8, 1991 in Viskuli residence of the Belarusian government in Belovezhskaya Pushcha, when the leaders of Belarus, the Russian Federation, and Ukraine signed the CIS Creation Agreement."),
 "cis-protocol": ("ref-cis-kremlin", "On December 21, 1991, in Almaty, Kazakhstan, the leaders of eleven of the post-Soviet sovereign states (all except the three Baltic states and Georgia) signed the Protocol to this Agreement."),
 "cis-ge": ("ref-cis-kremlin", "Georgia joined the Commonwealth in December 1993, but terminated its CIS membership on August 18, 2009."),
 "csto-formed": ("ref-csto-wikimili", "7 October 2002 (as Collective Security Treaty Organization)"),
 "csto-members": ("ref-csto-wikimili", "consisting of six post-Soviet states: Armenia, [note 1] Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan, formed in 2002."),
 "csto-original": ("ref-csto-academic", "The organization, originally comprised of only six members, was created on 7 October 2002"),
 "csto-seat": ("ref-csto-wikimili", "Headquarters Moscow, Russia"),
 "csto-uz-request": ("ref-csto-tass", "Uzbekistan requested to suspend its membership in June 2012."),
 "csto-uz-suspended": ("ref-csto-tass", "The leaders of the member-states of the Collective Security Treaty Organization /CSTO/ decided to suspend Uzbekistan's membership"),
 "ots-founded": ("ref-ots-gazette", "The organization was established on October 3, 2009 by the Nakhchivan Agreement signed among Azerbaijan, Kazakhstan, Kyrgyzstan, and Turkey."),
 "ots-seat": ("ref-ots-gazette", "The General Secretariat is in Istanbul."),
 "ots-uz": ("ref-ots-profile", "During the 7thSummit held in Baku in October 2019 Uzbekistan joined the Organization as a full member."),
 "ots-hu": ("ref-ots-profile", "Hungary received observer status in 2018"),
 "ots-tm": ("ref-ots-profile", "Turkmenistan joined as observer member on November 2021."),
 "cica-2002": ("ref-cica-rferl", "The presidents of 16 member states of the Conference on Confidence Building Measures in Asia (CICA) -- Afghanistan, Azerbaijan, China, Egypt, India, Iran, Israel, Kazakhstan, Kyrgyzstan, Mongolia, Pakistan, the Palestinians, Russia, Tajikistan, Turkey and Uzbekistan-- gathered in Almaty"),
 "cica-summit": ("ref-cica-secretariat", "The First CICA Summit was held in Almaty on June 4, 2002, with the participation of sixteen member states and ten observer states and organizations."),
 "cica-observers": ("ref-cica-icaf", "CICA Observer states: Belarus, Indonesia, Laos, Malaysia, Philippines, Turkmenistan, Ukraine, USA, Japan."),
 "eco-expansion": ("ref-eco-mfatj", "In 1992 the Organization was expanded to include seven new members, namely: Afghanistan, Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan."),
 "eco-day": ("ref-eco-mfatj", "The date of the Organization’s expansion to its current membership, 28thNovember, is being observed as the ECO Day."),
 "eco-founded": ("ref-eco-mfatj", "Economic Cooperation Organization (ECO) is an intergovernmental regional organization established in 1985 by Iran, Pakistan and Turkey"),
 "eco-seat": ("ref-eco-knowcf", "HeadquartersTehran, Iran"),
 "carec-2001": ("ref-carec-adb2011", "Established in 2001, CAREC brings together Afghanistan, Azerbaijan, the People’s Republic of China, Kazakhstan, Kyrgyz Republic, Mongolia, Pakistan, Tajikistan, Turkmenistan, and Uzbekistan."),
 "carec-af": ("ref-carec-2005", "Afghanistan is the latest member of the Central Asian Regional Economic Cooperation (CAREC) program."),
 "carec-2005-members": ("ref-carec-2005", "Other CAREC members are Azerbaijan, Afghanistan, China, Kazakhstan, Kyrgyzstan, Mongolia, Tajikistan and Uzbekistan"),
 "carec-10": ("ref-carec-adb2012", "The CAREC partnership comprises 10 countries — Afghanistan, Azerbaijan, the People’s Republic of China, Kazakhstan, the Kyrgyz Republic, Mongolia, Pakistan, Tajikistan, Turkmenistan, and Uzbekistan"),
 "su-founded": ("ref-su-archontology", "30 Dec 1922 | the Declaration and the Treaty on the Establishment of the Union of the Soviet Socialist Republics are approved by the Congress of Councils of the USSR held on 30 Dec 1922 in Moscow"),
 "su-dissolved": ("ref-su-dissolution", "The Union of Soviet Socialist Republics (USSR) was dissolved on 26 December 1991 by Declaration № 142-Н of the Soviet of the Republics of the Supreme Soviet of the Soviet Union"),
 "su-successors": ("ref-post-soviet-states", "There are 15 post-Soviet states in total: Armenia, Azerbaijan, Belarus, Estonia, Georgia, Kazakhstan, Kyrgyzstan, Latvia, Lithuania, Moldova, Russia, Tajikistan, Turkmenistan, Ukraine, and Uzbekistan."),
 "kz-independence": ("ref-kz-independence", "On December 16, 1991, Kazakhstan was the last of the republics of the USSR to proclaim independence."),
 "kg-independence": ("ref-kg-independence", "August 31, 1991, the Kyrgyzstan Supreme Soviet declared Kyrgyzstan’s independence."),
 "tj-independence": ("ref-tj-independence", "The Supreme Soviet issued a Resolution and Declaration “On State Independence of the Republic of Tajikistan” on September 9, 1991"),
 "tm-independence": ("ref-tm-independence", "Consequently, on Oct. 27, 1991, a law about independence and the bases of the state system of Turkmenistan was adopted, designating this date as Turkmenistan’s Independence Day."),
 "uz-independence": ("ref-uz-independence", "Uzbekistan declared its independence from the Soviet Union on August 31, 1991, during the final, turbulent months of the USSR’s collapse."),
 "caec-1994": ("ref-caco-cutler", "CACO, established in February 2002, started out in 1994 as the Central Asian Union (Kazakhstan+Kyrgyzstan+Uzbekistan) and changed its name to the Central Asian Economic Community when Tajikistan joined in 1998."),
 "caco-treaty": ("ref-caco-eurasianhome", "The Treaty on the Establishment of the Central Asian Cooperation Organization (CACO) was signed on February 28, 2002 in the city of Almaty (Kazakhstan). The CACO succeeded the Central Asian Economic Community (CAEC) created in 1994."),
 "caco-members": ("ref-caco-eurasianhome", "The CACO included Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan."),
 "caco-ru": ("ref-caco-eurasianhome", "Participants: Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Russia (joined on October 18, 2004)"),
 "caco-merge": ("ref-caco-rferl", "The CACO, however, will soon become a thing of the past. It will be merged into the Eurasec, set up in 2000 to promote the economic integration of former Soviet republics into a single, free-trade, economic zone."),
 "caco-end": ("ref-caco-jawiki", "2005年10月にはウズベキスタンがユーラシア経済共同体(EAEC)に加盟を申請し、2006年1月25日に加盟が実現したことにより、事実上、OCACはEAECと統合され解体した。"),
 "eurasec-treaty": ("ref-eurasec-wikisum", "the treaty on the establishment of the Eurasian Economic Community signed on 10 October 2000 in Kazakhstan's capital Astana by Presidents Alexander Lukashenko of Belarus, Nursultan Nazarbayev of Kazakhstan, Askar Akayev of Kyrgyzstan, Vladimir Putin of Russia, and Emomali Rahmon of Tajikistan."),
 "eurasec-founders": ("ref-eurasec-bu", "EurAsEC was established in October 2000 by Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan; Uzbekistan did not join until January 2006."),
 "eurasec-uz": ("ref-eurasec-uz-rferl", "25 January 2006 -- Uzbekistan today became the sixth member of the Eurasian Economic Community (EES) at a summit in St. Petersburg of that Russian-led grouping."),
 "eurasec-uz-hold": ("ref-eurasec-ria", "Tashkent announced in mid-October that it was putting its membership on hold."),
 "eurasec-observers": ("ref-eurasec-ria", "Three other former Soviet republics, Armenia, Moldova, and Ukraine have observer status."),
 "eurasec-termination": ("ref-eurasec-wikisum", "On 10 October 2014, an agreement on the termination of the Eurasian Economic Community was signed in Minsk after a session of the Interstate Council of the EAEC."),
 "eurasec-end": ("ref-eurasec-tass", "Russia’s presidential aide Yuri Ushakov told reporters “On January 1, 2015 EAEC will be replaced by the Eurasian Economic Union.”"),
 "eaeu-successor": ("ref-eaeu-statesman", "The EEU came into being on 1 Jan. 2015 as the successor organization to the Eurasian Economic Community (EurAsEC, founded in 2000)."),
 "carec-ge": ("ref-carec-scio", "现有成员包括中国、阿富汗、阿塞拜疆、巴基斯坦、蒙古国、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦、乌兹别克斯坦和 2016年加入的格鲁吉亚。"),
}

F, OBS, DP, SUS = "full_member", "observer", "dialogue_partner", "suspended"


def spell(member, role=F, frm=None, to=None, reported=None, cite=()):
    return dict(member=member, role=role, frm=frm, to=to, reported=reported, cite=list(cite))


ORGS = [
 dict(id="SCO", name="Shanghai Cooperation Organisation", aliases=["Shanghai Cooperation Organization"], kind="intergovernmental_organisation",
      founded="2001-06-15", cite=["sco-founded"],
      members=[spell(c, frm="2001-06-15", cite=["sco-founded"]) for c in ["CN", "KZ", "KG", "RU", "TJ", "UZ"]] +
      [spell("IN", frm="2017-06-09", cite=["sco-2017"]), spell("PK", frm="2017-06-09", cite=["sco-2017"]),
       spell("IR", OBS, reported="2023-05-04", to="2023-07-03", cite=["sco-observers-2023", "sco-iran"]),
       spell("IR", frm="2023-07-04", cite=["sco-iran"]),
       spell("BY", OBS, reported="2023-05-04", to="2024", cite=["sco-observers-2023", "sco-by"]),
       spell("BY", frm="2024", cite=["sco-by"]),
       spell("MN", OBS, frm="2004", cite=["sco-mn"]), spell("AF", OBS, frm="2012", cite=["sco-af"]),
       spell("AM", DP, reported="2023-05-04", cite=["sco-partners-2023"]), spell("AZ", DP, reported="2023-05-04", cite=["sco-partners-2023"]),
       spell("TR", DP, reported="2023-05-04", cite=["sco-partners-2023"])]),
 dict(id="EAEU", name="Eurasian Economic Union", aliases=["EEU"], kind="economic_union", founded="2015-01-01",
      established_by="eaeu-treaty", cite=["eaeu-treaty"],
      members=[spell(c, frm="2015-01-01", cite=["eaeu-treaty"]) for c in ["BY", "KZ", "RU"]] +
      [spell("AM", frm="2015-01-02", cite=["eaeu-am"]), spell("KG", frm="2015-08-06", cite=["eaeu-kg"]),
       spell("MD", OBS, reported="2020-12", cite=["eaeu-md"]),
       spell("UZ", OBS, frm="2020-12-11", cite=["eaeu-uz"]), spell("CU", OBS, frm="2020-12-11", cite=["eaeu-cu"])]),
 dict(id="CIS", name="Commonwealth of Independent States", aliases=[], kind="intergovernmental_organisation", founded="1991-12-08",
      established_by="cis-creation-agreement", cite=["cis-founded"],
      members=[spell(c, frm="1991-12-08", cite=["cis-founded"]) for c in ["BY", "RU"]] +
      [spell(c, frm="1991-12-21", cite=["cis-protocol"]) for c in ["AM", "AZ", "KZ", "KG", "MD", "TJ", "UZ"]] +
      [spell("GE", frm="1993-12", to="2009-08-18", cite=["cis-ge"])]),
 dict(id="CSTO", name="Collective Security Treaty Organization", aliases=["Collective Security Treaty Organisation"], kind="security_organisation",
      founded="2002-10-07", seat="Moscow", cite=["csto-formed", "csto-seat"],
      members=[spell(c, frm="2002-10-07", cite=["csto-original", "csto-members"]) for c in ["AM", "BY", "KZ", "KG", "RU", "TJ"]] +
      [spell("UZ", reported="2012-06", to="2012-12-18", cite=["csto-uz-request"]),
       spell("UZ", SUS, frm="2012-12-19", cite=["csto-uz-suspended"])]),
 dict(id="OTS", name="Organization of Turkic States", aliases=["Turkic Council"], kind="intergovernmental_organisation",
      founded="2009-10-03", seat="Istanbul", established_by="nakhchivan-agreement", cite=["ots-founded", "ots-seat"],
      members=[spell(c, frm="2009-10-03", cite=["ots-founded"]) for c in ["AZ", "KZ", "KG", "TR"]] +
      [spell("UZ", frm="2019-10", cite=["ots-uz"]), spell("HU", OBS, frm="2018", cite=["ots-hu"]), spell("TM", OBS, frm="2021-11", cite=["ots-tm"])]),
 dict(id="CICA", name="Conference on Interaction and Confidence-Building Measures in Asia", aliases=[], kind="forum",
      cite=["cica-summit"],
      members=[spell(c, reported="2002-06-04", cite=["cica-2002"]) for c in
               ["AF", "AZ", "CN", "EG", "IN", "IR", "IL", "KZ", "KG", "MN", "PK", "PS", "RU", "TJ", "TR", "UZ"]] +
      [spell(c, OBS, reported="2022-02-09", cite=["cica-observers"]) for c in ["BY", "TM", "US"]]),
 dict(id="ECO", name="Economic Cooperation Organization", aliases=["Economic Cooperation Organisation"], kind="intergovernmental_organisation",
      founded="1985", seat="Tehran", cite=["eco-founded", "eco-seat"],
      members=[spell(c, frm="1985", cite=["eco-founded"]) for c in ["IR", "PK", "TR"]] +
      [spell(c, frm="1992-11-28", cite=["eco-expansion", "eco-day"]) for c in ["AF", "AZ", "KZ", "KG", "TJ", "TM", "UZ"]]),
 dict(id="CAREC", name="Central Asia Regional Economic Cooperation Program", aliases=["Central Asia Regional Economic Cooperation"], kind="development_bank",
      founded="2001", cite=["carec-2001"],
      members=[spell(c, reported="2005-11-07", cite=["carec-2005-members"]) for c in ["AZ", "CN", "KZ", "KG", "MN", "TJ", "UZ"]] +
      [spell("AF", frm="2005-11", cite=["carec-af"]),
       spell("PK", reported="2012", cite=["carec-10"]), spell("TM", reported="2012", cite=["carec-10"]),
       spell("GE", frm="2016", cite=["carec-ge"])]),
]

# The organisations before the EAEU. Each ended when another took its place: `dissolved` is
# its last day and `successors` names that one; its spells end on that day (no membership
# outlasts its organisation). Renamings are aliases of one party (docs/data.md).
ORGS += [
 dict(id="CAEC", name="Central Asian Economic Community", aliases=["Central Asian Union"], kind="intergovernmental_organisation",
      founded="1994", dissolved="2002-02-28", successors=["CACO"], cite=["caec-1994", "caco-treaty"],
      members=[spell(c, frm="1994", to="2002-02-28", cite=["caec-1994", "caco-treaty"]) for c in ["KZ", "KG", "UZ"]] +
      [spell("TJ", frm="1998", to="2002-02-28", cite=["caec-1994", "caco-treaty"])]),
 dict(id="CACO", name="Central Asian Cooperation Organization", aliases=["Organization of Central Asian Cooperation"],
      kind="intergovernmental_organisation", founded="2002-02-28", dissolved="2006-01-25", successors=["EURASEC"],
      cite=["caco-treaty", "caco-merge", "caco-end"],
      members=[spell(c, frm="2002-02-28", to="2006-01-25", cite=["caco-treaty", "caco-members", "caco-end"]) for c in ["KZ", "KG", "UZ", "TJ"]] +
      [spell("RU", frm="2004-10-18", to="2006-01-25", cite=["caco-ru", "caco-end"])]),
 dict(id="EURASEC", name="Eurasian Economic Community", aliases=["EurAsEC", "EAEC"], kind="intergovernmental_organisation",
      founded="2000-10-10", dissolved="2014-12-31", successors=["EAEU"],
      cite=["eurasec-treaty", "eurasec-founders", "eurasec-termination", "eurasec-end", "eaeu-successor"],
      members=[spell(c, frm="2000-10-10", to="2014-12-31", cite=["eurasec-treaty", "eurasec-end"]) for c in ["BY", "KZ", "KG", "RU", "TJ"]] +
      [spell("UZ", frm="2006-01-25", to="2008-10", cite=["eurasec-uz", "eurasec-uz-hold"])] +
      [spell(c, OBS, reported="2008-11-12", to="2014-12-31", cite=["eurasec-observers", "eurasec-end"]) for c in ["AM", "MD", "UA"]]),
]

AGREEMENTS = [
 dict(id="eaeu-treaty", name="Treaty on the Eurasian Economic Union", kind="treaty", status="in_force",
      parties=[(c, "2014-05-29", "2015-01-01") for c in ["BY", "KZ", "RU"]], cite=["eaeu-treaty"]),
 dict(id="nakhchivan-agreement", name="Nakhchivan Agreement on the establishment of the Cooperation Council of Turkic Speaking States",
      kind="treaty", status="in_force", parties=[(c, "2009-10-03", None) for c in ["AZ", "KZ", "KG", "TR"]], cite=["ots-founded"]),
 dict(id="cis-creation-agreement", name="Agreement on the Creation of the Commonwealth of Independent States (Belovezha Accords)",
      kind="treaty", status="in_force", parties=[(c, "1991-12-08", None) for c in ["BY", "RU", "UA"]], cite=["cis-founded"]),
 # Eleven signatories: the fifteen post-Soviet states "except the three Baltic states and Georgia".
 dict(id="alma-ata-protocol", name="Protocol to the Agreement on the Creation of the Commonwealth of Independent States (Alma-Ata)",
      kind="treaty", status="in_force",
      parties=[(c, "1991-12-21", None) for c in SOVIET_SUCCESSORS if c not in ("EE", "LV", "LT", "GE")],
      cite=["cis-protocol", "su-successors"]),
]


def cpp_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def date(s):
    parts = [int(x) for x in s.split("-")]
    return "partial_date{" + ", ".join(str(p) for p in parts) + "}"


def cites(keys):
    return "{" + ", ".join("q(" + cpp_str(k) + ")" for k in keys) + "}"


for k, (src, quote) in Q.items():
    assert len(quote.encode()) <= 300, k
    assert any(s[0] == src for s in SOURCES), k

out = []
w = out.append
w('#pragma once')
w('/// @file impl/eurasian_organisations.ipp')
w('/// @brief The definition of `data::eurasian_organisations()` (declared in')
w('/// `regcoop/data/eurasian_organisations.hpp`). Generated by tools/gen_eurasian_organisations.py.')
w('/// Included by that header in header-only mode and by `regcoop/src.hpp` under')
w('/// REGCOOP_SEPARATE_COMPILATION.')
w('')
w('#include "regcoop/data/eurasian_organisations.hpp"')
w('')
w('#include <map>')
w('#include <string>')
w('')
w('namespace regcoop::data {')
w('')
w('namespace detail {')
w('')
w('// The quotes, by key: source and verbatim text.')
w('inline citation q(const std::string& key) {')
w('  static const std::map<std::string, citation> quotes = {')
for k, (src, quote) in Q.items():
    w(f'      {{{cpp_str(k)}, {{{{{cpp_str(src)}}}, {cpp_str(quote)}}}}},')
w('  };')
w('  return quotes.at(key);')
w('}')
w('')
w('inline dataset build_eurasian_organisations() {')
w('  dataset_builder b;')
for sid, title, pub, d, url in SOURCES:
    dd = f', .date = {date(d)}' if d else ''
    w(f'  b.add(source{{.id = {{{cpp_str(sid)}}}, .title = {cpp_str(title)}, .publisher = {cpp_str(pub)}{dd}, .kind = source_kind::reference, .url = {cpp_str(url)}}});')
for cid, name in COUNTRIES:
    h = COUNTRY_HISTORY.get(cid)
    if not h:
        w(f'  b.add(party{{.id = {{{cpp_str(cid)}}}, .name = {cpp_str(name)}, .iso_code = {cpp_str(cid)}}});')
        continue
    fields = [f'.id = {{{cpp_str(cid)}}}', f'.name = {cpp_str(name)}']
    if h.get("aliases"):
        fields.append('.aliases = {' + ", ".join(cpp_str(a) for a in h["aliases"]) + '}')
    fields.append(f'.iso_code = {cpp_str(cid)}')
    if h.get("founded"):
        fields.append(f'.founded = {date(h["founded"])}')
    if h.get("dissolved"):
        fields.append(f'.dissolved = {date(h["dissolved"])}')
    if h.get("successors"):
        fields.append('.successors = {' + ", ".join("{" + cpp_str(x) + "}" for x in h["successors"]) + '}')
    fields.append(f'.citations = {cites(h["cite"])}')
    w('  b.add(party{' + ", ".join(fields) + '});')
for o in ORGS:
    mem = []
    for m in o["members"]:
        fields = [f'.member = {{{cpp_str(m["member"])}}}', f'.role = membership_role::{m["role"]}']
        frm = date(m["frm"]) if m["frm"] else "std::nullopt"
        to = date(m["to"]) if m["to"] else "std::nullopt"
        if m["frm"] or m["to"]:
            fields.append(f'.period = {{{frm}, {to}}}')
        if m["reported"]:
            fields.append(f'.reported = {date(m["reported"])}')
        fields.append(f'.citations = {cites(m["cite"])}')
        mem.append("{" + ", ".join(fields) + "}")
    extra = ""
    if o.get("seat"):
        extra += f', .seat = {cpp_str(o["seat"])}'
    if o.get("founded"):
        extra += f', .founded = {date(o["founded"])}'
    if o.get("dissolved"):
        extra += f', .dissolved = {date(o["dissolved"])}'
    if o.get("successors"):
        extra += ', .successors = {' + ", ".join("{" + cpp_str(x) + "}" for x in o["successors"]) + '}'
    if o.get("established_by"):
        extra += f', .established_by = agreement_id{{{cpp_str(o["established_by"])}}}'
    aliases = "{" + ", ".join(cpp_str(a) for a in o["aliases"]) + "}"
    w(f'  b.add(party{{.id = {{{cpp_str(o["id"])}}}, .kind = party_kind::organisation, .name = {cpp_str(o["name"])}, .aliases = {aliases},')
    w(f'              .organisation = organisation_kind::{o["kind"]}{extra},')
    w('              .members = {' + ",\n                          ".join(mem) + '},')
    w(f'              .citations = {cites(o["cite"])}}});')
for a in AGREEMENTS:
    ps = []
    for (p, s, f) in a["parties"]:
        ps.append("{" + f'.party = {{{cpp_str(p)}}}, .signed_on = {date(s)}' + (f', .in_force_from = {date(f)}' if f else '') + "}")
    w(f'  b.add(agreement{{.id = {{{cpp_str(a["id"])}}}, .name = {cpp_str(a["name"])}, .kind = agreement_kind::{a["kind"]},')
    w('                   .parties = {' + ", ".join(ps) + '},')
    w(f'                   .status = agreement_status::{a["status"]}, .citations = {cites(a["cite"])}}});')
w('  return std::move(b).build();')
w('}')
w('')
w('}  // namespace detail')
w('')
w('REGCOOP_DECL dataset eurasian_organisations() {')
w('  static const dataset ds = detail::build_eurasian_organisations();')
w('  return ds;')
w('}')
w('')
w('}  // namespace regcoop::data')
print("\n".join(out))

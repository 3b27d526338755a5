import json
AR="isecg-annual-report-2019.pdf"; GER="ger-2018-third-edition-digest.pdf"; PR="isecg-press-release-2023-05-rome-meeting.txt"
g={"split":"heldout-sim"}
g["documents"]=[
 {"file":AR,"title":"ISECG Annual Report 2019","year":2019,"type":"annual-report"},
 {"file":GER,"title":"The Global Exploration Roadmap — Third Edition (digest)","year":2018,"type":"roadmap"},
 {"file":PR,"title":"Space agencies meet in Rome; Portugal Space joins ISECG and the chair passes to Canada (ISECG press release, May 2023)","year":2023,"type":"news"},
]
g["editions"]=[
 {"title":"The Global Exploration Roadmap","edition":"first","released":"2011-09"},
 {"title":"The Global Exploration Roadmap","edition":"second","released":"2013-08","note":"superseded by the third edition"},
 {"title":"The Global Exploration Roadmap","edition":"third","released":"2018-01","note":"builds on the first edition; supersedes the second"},
 {"title":"Global Exploration Roadmap Supplement","edition":"2020 supplement","released":"2020","note":"lunar surface exploration scenario (announced in the 2019 annual report as due during 2020)"},
 {"title":"Global Exploration Roadmap Supplement","edition":"2022 supplement","released":"2022-10"},
 {"title":"The Global Exploration Roadmap","edition":"fourth","released":None,"note":"work agreed at the May 2023 Rome plenary; outline expected for the 2024 plenary"},
]
g["publications"]=[
 {"title":"ISECG Annual Report 2019","publisher":"ISECG","released":"2020-04","note":"issued by the ISECG Secretariat"},
 {"title":"ISECG Annual Report 2017","publisher":"ISECG","released":None},
 {"title":"ISECG Annual Report 2018","publisher":"ISECG","released":None},
 {"title":"ISECG Technology Gap Assessment","publisher":"ISECG","released":"2019","note":"'the 2019 technology gap assessment'; update requested for 2024"},
]
g["events"]=[
 {"name":"ISECG winter plenary","date":"2019-02-12","end_date":"2019-02-14","host":"ESA","place":"ESTEC, Noordwijk, the Netherlands","participants":15},
 {"name":"ISECG spring plenary and senior managers meeting (chair handover NASA to JAXA)","date":"2019-06-04","end_date":"2019-06-06","host":"JAXA","place":"Tsukuba Space Center, Tsukuba, Japan","participants":18},
 {"name":"ISECG lunar surface scenario workshop","date":"2019-09-10","end_date":"2019-09-12","host":"CNES","place":"Toulouse, France","participants":42,"participants_note":"42 experts (people, not agencies)"},
 {"name":"ISECG senior managers meeting, Washington (eve of the 70th IAC)","date":"2019-10-20","host":"NASA","place":"Washington, D.C., USA","participants":20},
 {"name":"ISECG plenary, Rome (Portugal Space admitted; chair handover ASI to CSA)","date":"2023-05-16","end_date":"2023-05-18","host":"ASI","place":"ASI headquarters, Rome, Italy","participants":25,"participants_note":"19 agencies in person, 6 online; around 70 delegates"},
 {"name":"ISECG plenary, Baku (planned, alongside the 74th IAC)","date":"2023-10","host":None,"place":"Baku, Azerbaijan","participants":None,"note":"planned"},
]
g["memberships"]=[
 {"agency_acronym":"POLSA","agency_name":"Polish Space Agency","country":"Poland","since":"2019-02","status":"16th member"},
 {"agency_acronym":"LSA","agency_name":"Luxembourg Space Agency","country":"Luxembourg","since":"2019-04","status":"17th member"},
 {"agency_acronym":"ASA","agency_name":"Australian Space Agency","country":"Australia","since":"2019-06","status":"18th member"},
 {"agency_acronym":"SSO","agency_name":"Swiss Space Office","country":"Switzerland","since":2019,"status":None,"note":"joined in the summer of 2019 (19th by order, not stated)"},
 {"agency_acronym":"ROSA","agency_name":"Romanian Space Agency","country":"Romania","since":"2019-10","status":"20th member"},
 {"agency_acronym":"CSIRO","agency_name":"Commonwealth Scientific and Industrial Research Organisation","country":"Australia","since":None,"status":"founding participant of the Global Exploration Strategy"},
 {"agency_acronym":"NZSA","agency_name":"New Zealand Space Agency","country":"New Zealand","since":"2022-12","status":None,"note":"26th by order (25 members in Oct 2022, Portugal Space 27th), not stated"},
 {"agency_acronym":"Portugal Space","agency_name":"Portugal Space","country":"Portugal","since":"2023-05","status":"27th member","note":"welcomed at the opening session of the 16-18 May 2023 plenary; observer in 2022"},
]
g["membership_counts"]=[
 {"date":"2019-01","count":15,"what":"ISECG members in January 2019"},
 {"date":"2019-12","count":20,"what":"ISECG members at end of 2019"},
 {"date":"2019-01..2019-12","count":5,"what":"new members welcomed during 2019"},
 {"date":"2022-10","count":25,"what":"ISECG members when the 2022 supplement went to press"},
 {"date":"2023-05","count":27,"what":"ISECG members after Portugal Space joined"},
 {"date":"2022-10..2023-05","count":2,"what":"new members since the 2022 supplement (NZSA, Portugal Space)"},
]
ger_agencies=["ASI","CNES","CSA","CSIRO","DLR","ESA","ISRO","JAXA","KARI","NASA","SSAU","Roscosmos","UAESA","UKSA"]
g["authored_by"]=[{"document":"ISECG Annual Report 2019","file":AR,"agency":a} for a in ["JAXA","ESA","NASA","CNES","ASI"]]+\
 [{"document":"The Global Exploration Roadmap (third edition, 2018)","file":GER,"agency":a} for a in ger_agencies]
g["people"]=[
 {"name":"Naoki Sato","affiliation":"JAXA","role":"ISECG chair from 6 June 2019"},
 {"name":"Sam Scimemi","affiliation":"NASA","role":"ISECG chair from spring 2017 to 6 June 2019"},
 {"name":"Hiroshi Ueno","affiliation":"JAXA","role":"editor, ISECG Annual Report 2019"},
 {"name":"Martin Kessler","affiliation":"ESA","role":"ISECG Secretariat; editorial team, Annual Report 2019"},
 {"name":"Jessica Townsend","affiliation":"NASA","role":"IAWG; editorial team, Annual Report 2019"},
 {"name":"Claire Dubois-Marchal","affiliation":"CNES","role":"ERWG; editorial team, Annual Report 2019"},
 {"name":"Elena Moretti","affiliation":"ASI","role":"SWG; editorial team, Annual Report 2019"},
 {"name":"Lucie Tremblay","affiliation":"CSA","role":"Director of Exploration Planning; ISECG chair from 18 May 2023"},
 {"name":"Giovanni Ferraro","affiliation":"ASI","role":"outgoing ISECG chair (May 2023)"},
]
g["chairs"]=[
 {"agency":"NASA","period":"from the spring of 2017 until 2019-06-06"},
 {"agency":"JAXA","period":"from 2019-06-06 (two-year term) until the spring of 2021"},
 {"agency":"ASI","period":"from the spring of 2021 until 2023-05-18"},
 {"agency":"CSA","period":"from 2023-05-18 (for two years)"},
]
tw=[]
for a,t in [("NASA","cryogenic fluid management"),("NASA","fission surface power"),("ESA","precision landing for a large logistics lander"),
            ("JAXA","pressurised lunar rover with regenerative fuel cells"),("CSA","autonomous robotics for the Gateway"),
            ("LSA","prospecting and use of space resources"),("KARI","deep-space communications for a lunar orbiter"),
            ("ISECG","critical technology needs list refreshed by the Technology Working Group (2019)")]:
    tw.append({"agency":a,"technology":t,"document":AR})
for t,ags in [("closed-loop life support",["NASA","ESA"]),("precision landing and hazard avoidance",["JAXA","ESA"]),
              ("in-situ resource utilisation",["NASA","CSA"]),("dexterous robotics and autonomy",["CSA"]),
              ("radiation protection of crews",["DLR","Roscosmos"])]:
    for a in ags: tw.append({"agency":a,"technology":t+" (lead agency)","document":GER})
tw.append({"agency":"ISECG","technology":"technology gap assessment (planned by the Technology Working Group)","document":GER})
tw.append({"agency":"ISECG","technology":"update of the 2019 technology gap assessment in 2024 (lunar surface power, dust mitigation, communication relays)","document":PR})
g["technology_work"]=tw
g["mission_phases"]=[
 {"document":GER,"phase":1,"name":"Low-Earth orbit","start":2018,"period":"2018 to mid-2020s","destination":"International Space Station"},
 {"document":GER,"phase":2,"name":"Lunar vicinity","start":2022,"period":"from 2022","destination":"Cislunar space"},
 {"document":GER,"phase":3,"name":"Lunar surface","start":2028,"period":"from 2028","destination":"The Moon, including the south polar region"},
 {"document":GER,"phase":4,"name":"Mars","period":"2030s","destination":"Mars orbit and surface"},
]
m=[]
def add(doc,kind,*ents):
    for e in ents: m.append({"document":doc,"entity":e,"kind":kind})
add(AR,"agency","ISECG","NASA","JAXA","ESA","CNES","POLSA","LSA","ASA","CSIRO","SSO","ROSA","CSA","ASI","DLR","KARI")
add(AR,"destination","Moon","lunar surface","lunar orbit")
add(AR,"spacecraft","Gateway","pressurised lunar rover","large logistics lander")
add(AR,"program","Global Exploration Strategy","Global Exploration Roadmap","International Astronautical Congress")
add(AR,"technology","cryogenic fluid management","fission surface power","precision landing","regenerative fuel cells","autonomous robotics","space resources")
add(GER,"agency","ISECG",*ger_agencies)
add(GER,"destination","Moon","Mars","cislunar space","lunar south polar region","low-Earth orbit")
add(GER,"spacecraft","International Space Station","Deep Space Gateway")
add(GER,"technology","closed-loop life support","precision landing and hazard avoidance","in-situ resource utilisation","dexterous robotics and autonomy","radiation protection")
add(PR,"agency","ISECG","ASI","Portugal Space","NZSA","AEC","CSA","JAXA")
add(PR,"destination","Moon")
add(PR,"program","Global Exploration Roadmap","International Astronautical Congress")
add(PR,"technology","lunar surface power","dust mitigation","communication relays")
g["mentions"]=m
json.dump(g,open("kg_gold.json","w"),ensure_ascii=False,indent=1)

N="isecg-news-2020-03-virtual-meeting.md"; G11="ger-2011-first-edition.pdf"
qa=[
 ("Who leads ISECG's Technology Working Group according to the 2019 annual report?",["the Canadian Space Agency","CSA","Canadian Space Agency"],["Technology Working Group (TWG) — led by the","Canadian Space Agency."],[AR],"fact"),
 ("Where was the June 2019 ISECG plenary held, and which agency hosted it?",["Tsukuba Space Center, Tsukuba, Japan; hosted by JAXA","Tsukuba, Japan (JAXA)","Tsukuba; JAXA"],["JAXA Spring","4–6 June","Tsukuba,","at the close of the Tsukuba plenary"],[AR],"fact"),
 ("How many agencies were represented at the senior managers meeting NASA hosted in Washington in October 2019?",["20","twenty"],["20 agencies","time that all twenty member agencies sat around one"],[AR],"count"),
 ("Which agencies joined ISECG during 2019?",["POLSA, LSA, ASA, SSO and ROSA","Polish Space Agency, Luxembourg Space Agency, Australian Space Agency, Swiss Space Office, Romanian Space Agency"],["the Polish Space Agency (POLSA) became the 16th","joined ISECG in April 2019 as the seventeenth","ASA, the Australian Space Agency, was admitted at the","Swiss Space Office (SSO) joined ISECG in the summer","ROSA, became the twentieth member."],[AR],"list"),
 ("Which agency became ISECG's twentieth member, and when?",["the Romanian Space Agency (ROSA), in October 2019","ROSA, October 2019","Romanian Space Agency, October 2019"],["of 2019, and in October the Romanian Space Agency,","ROSA, became the twentieth member."],[AR],"fact"),
 ("Did the 2018 roadmap replace the 2013 edition?",["Yes; the third edition (January 2018) supersedes the second edition of August 2013","yes"],["supersedes the second edition, issued","Superseded by this edition"],[GER],"fact"),
 ("How many space agencies took part in the ISECG plenary in Rome in May 2023?",["25","twenty-five (19 in person, 6 online)"],["Delegates of 25 space agencies met at the headquarters of","Nineteen agencies sent delegations to Rome and six followed the sessions"],[PR],"count"),
 ("Which agencies are credited as contributors to the third edition of the Global Exploration Roadmap?",["ASI, CNES, CSA, CSIRO, DLR, ESA, ISRO, JAXA, KARI, NASA, SSAU, Roscosmos, UAESA, UKSA"],["Fourteen space agencies","Italian Space Agency ASI Italy","Research Organisation CSIRO Australia","State Space Agency of Ukraine SSAU Ukraine","UAE Space Agency UAESA United Arab Emirates","UK Space Agency UKSA United Kingdom"],[GER],"list"),
 ("Which joined ISECG first, the New Zealand Space Agency or Portugal Space?",["the New Zealand Space Agency (December 2022)","NZSA","New Zealand Space Agency"],["Space Agency (NZSA), which joined in December 2022.","space agency, as the 27th member of ISECG."],[PR],"temporal"),
 ("For how long did ASI chair ISECG before handing over to the Canadian Space Agency?",["about two years","two years (spring 2021 to 18 May 2023)","2 years"],["On the last day of the meeting, 18 May 2023, ASI handed the ISECG chair to the","JAXA in the spring of 2021."],[PR],"temporal"),
 ("By how many member agencies did ISECG grow between the end of 2019 and the May 2023 Rome plenary?",["7","seven (from 20 to 27)"],["ended the year with 20 member agencies, up","space agency, as the 27th member of ISECG."],[AR,PR],"cross-doc"),
 ("How many more agencies contributed to the 2018 third edition of the roadmap than to the 2011 first edition?",["2","two (14 versus 12)"],["Fourteen space agencies","a year of joint work by 12 space agencies, NASA included"],[GER,G11],"cross-doc"),
 ("Which agency chaired ISECG when its senior managers met by video conference in March 2020, and since when had it held the chair?",["JAXA, since 6 June 2019","JAXA (since June 2019)"],["JAXA currently chairs the group.","June 2019, at the close of the Tsukuba plenary, NASA","handed over the chairmanship to JAXA for a two-year"],[N,AR],"cross-doc"),
 ("Who is the president of Portugal Space?",[],[],[PR],"no-answer"),
 ("Which agency will host the October 2023 ISECG plenary in Baku?",[],[],[PR],"no-answer"),
]
with open("qa.jsonl","w") as f:
    for i,(q,a,e,d,k) in enumerate(qa,1):
        f.write(json.dumps({"id":f"hc-{i:02d}","question":q,"answer":a,"evidence":e,"doc":d,"kind":k},ensure_ascii=False)+"\n")

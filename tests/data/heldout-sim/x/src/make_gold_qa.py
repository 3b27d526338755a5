import json
D={'ar':'isecg-annual-report-2017.pdf','ger':'ger-2018-third-edition-executive-summary.pdf','mars':'human-mars-exploration-white-paper-2021.pdf','sci':'isecg-science-workshop-2014-proceedings.pdf','md':'isecg-meeting-2010-record.md'}
gold={"split":"dev-new",
"documents":[
 {"file":D['ar'],"title":"ISECG Annual Report 2017","year":2017,"type":"annual-report","note":"covers 2017; version 1.0 issued 2018-03-22"},
 {"file":D['ger'],"title":"The Global Exploration Roadmap — Executive Summary, Third Edition (January 2018)","year":2018,"type":"roadmap"},
 {"file":D['mars'],"title":"Critical Capabilities for Human Mars Exploration (ISECG white paper)","year":2021,"type":"white-paper"},
 {"file":D['sci'],"title":"Proceedings of the ISECG Science Workshop (Science Enabled by Human Exploration of the Moon, Asteroids and Mars)","year":2014,"type":"proceedings"},
 {"file":D['md'],"title":"Record of the ISECG Meeting — Berlin, 22–23 June 2010","year":2010,"type":"meeting-record"}],
"editions":[
 {"title":"The Global Exploration Strategy: The Framework for Coordination","edition":"framework","released":"2007"},
 {"title":"The Global Exploration Roadmap","edition":"second","released":"2013-08"},
 {"title":"The Global Exploration Roadmap","edition":"third","released":"2018-01","replaces":"second edition (August 2013)"},
 {"title":"Global Exploration Roadmap Supplement","edition":"2020 supplement","released":"2020-10"}],
"publications":[
 {"title":"ISECG Annual Report 2017","publisher":"ISECG","released":"2018-03-22","note":"version 1.0; tenth annual report; supersedes none"},
 {"title":"ISECG Technology Development Map, update 2017","publisher":"ISECG Technology Working Group","released":"2017-10"},
 {"title":"Scientific Opportunities Enabled by Human Exploration beyond Low-Earth Orbit","publisher":"ISECG Science Working Group","released":"2017-12","note":"draft circulated"},
 {"title":"Critical Capabilities for Human Mars Exploration","publisher":"ISECG","released":"2021-11","released_exact":"2021-11-04","note":"release 1.0; approved 2021-11-04; replaces no earlier document"},
 {"title":"ISECG Reference Architecture for Human Lunar Exploration (summary report)","publisher":"ISECG International Architecture Working Group","released":"2010-07","note":"planned publication as of June 2010"},
 {"title":"Record of the ISECG Meeting, Berlin (ISECG-REC-2010-02)","publisher":"ISECG Secretariat","released":"2010-07-19","note":"final; replaces draft d1 of 2010-06-30"}],
"events":[
 {"name":"ISECG meeting","date":"2010-02","host":None,"place":"Washington","participants":None},
 {"name":"ISECG meeting (second of 2010)","date":"2010-06-22","end_date":"2010-06-23","host":"DLR","place":"Berlin","participants":28},
 {"name":"ISECG meeting (next meeting, with ERWG kick-off)","date":"2010-12-08","end_date":"2010-12-09","host":"JAXA","place":"Tokyo","participants":None},
 {"name":"ISECG meeting of senior managers","date":"2013","host":None,"place":"Washington","participants":None},
 {"name":"ISECG Science Workshop","date":"2014-04-03","end_date":"2014-04-04","host":"ESA","place":"Noordwijk","participants":130},
 {"name":"ISECG event, Houston","date":"2017-02-07","end_date":"2017-02-09","host":"NASA","place":"Houston","participants":42},
 {"name":"ISECG ERWG meeting","date":"2017-05-16","host":"JAXA","place":"Tokyo","participants":38},
 {"name":"Side meeting at IAC 2017","date":"2017-09","host":"CSIRO","place":"Adelaide","participants":None},
 {"name":"Annual meeting of senior agency managers","date":"2017-11-14","end_date":"2017-11-15","host":"ASI","place":"Frascati","participants":51}],
"memberships":[
 {"agency_acronym":"NASA","since":2010,"status":"ERWG participant"},
 {"agency_acronym":"ESA","since":2010,"status":"ERWG participant"},
 {"agency_acronym":"JAXA","since":2010,"status":"ERWG participant"},
 {"agency_acronym":"CSA","since":2010,"status":"ERWG participant"},
 {"agency_acronym":"ASI","since":2010,"status":"ERWG participant"},
 {"agency_acronym":"Roscosmos","since":2011,"status":"ERWG participant"},
 {"agency_acronym":"UAESA","agency_name":"UAE Space Agency","since":2016,"status":"ISECG member (joined 2016); ERWG participant since 2016"},
 {"agency_acronym":"DLR","since":2012,"status":"TWG participant"},
 {"agency_acronym":"CNES","since":2012,"status":"TWG participant"},
 {"agency_acronym":"KARI","since":2012,"status":"TWG participant"},
 {"agency_acronym":"ISRO","since":2014,"status":"TWG participant"},
 {"agency_acronym":"UKSA","agency_name":"UK Space Agency","since":2010,"status":"ISECG member replacing BNSC from 2010-04-01; SWG participant since 2016"},
 {"agency_acronym":"CSIRO","since":None,"status":"ISECG member (2017)"},
 {"agency_acronym":"SSAU","agency_name":"State Space Agency of Ukraine","since":None,"status":"ISECG member; no working-group participation in 2017"},
 {"agency_acronym":"ASA","agency_name":"Australian Space Agency","since":2019,"status":"ISECG member"}],
"membership_counts":[
 {"date":"2010-06","count":14,"what":"ISECG participating agencies"},
 {"date":"2013","count":12,"what":"agencies contributing to the GER second edition"},
 {"date":"2015","count":14,"what":"ISECG member agencies at the start of 2015"},
 {"date":"2016","count":15,"what":"ISECG members after UAE Space Agency joined"},
 {"date":"2017-12","count":15,"what":"ISECG member agencies at end of 2017"},
 {"date":"2018-01","count":14,"what":"agencies contributing to the GER third edition"}],
"authored_by":[{"document":"The Global Exploration Roadmap — Executive Summary, Third Edition","file":D['ger'],"agency":a} for a in ["ASI","CNES","CNSA","CSA","CSIRO","DLR","ESA","ISRO","JAXA","KARI","NASA","Roscosmos","UKSA","UAESA"]]
 +[{"document":"Critical Capabilities for Human Mars Exploration","file":D['mars'],"agency":a} for a in ["ESA","NASA"]]
 +[{"document":"Proceedings of the ISECG Science Workshop","file":D['sci'],"agency":a} for a in ["ESA","NASA"]],
"people":[
 {"name":"Kathy Laurini","affiliation":"NASA","role":"ISECG Secretariat coordinator (2017 report); chair of the June 2010 meeting; keynote speaker 2014"},
 {"name":"Bernhard Hufenbach","affiliation":"ESA","role":"Exploration Roadmap Working Group co-lead; ESA head of delegation 2010"},
 {"name":"Naoki Sato","affiliation":"JAXA","role":"Exploration Roadmap Working Group co-lead; JAXA head of delegation 2010"},
 {"name":"Juergen Schlutz","affiliation":"ESA","role":"editor, 2021 Mars white paper; task team co-lead"},
 {"name":"Kandyce Goodliff","affiliation":"NASA","role":"editor, 2021 Mars white paper; task team co-lead"},
 {"name":"Hiroshi Ueno","affiliation":"JAXA","role":"lead author, entry, descent and landing section"},
 {"name":"James Carpenter","affiliation":"ESA","role":"proceedings editor; chair of panel session 2014"},
 {"name":"David Beaty","affiliation":"NASA Jet Propulsion Laboratory","role":"proceedings editor; session chair 2014"},
 {"name":"Matthias Kohler","affiliation":"ESA","role":"Secretariat, recorder of the June 2010 meeting"},
 {"name":"Patrick Michel","affiliation":"CNRS","role":"chair, Near-Earth asteroids session 2014"}],
"chairs":[
 {"agency":"NASA","period":"until end of September 2010"},
 {"agency":"CSA","period":"from end of September 2010"},
 {"agency":"KARI","period":"until 2017-06-30"},
 {"agency":"JAXA","period":"2017-07-01 to mid-2018"}],
"technology_work":[
 {"agency":"DLR","technology":"closed-loop life support","document":D['ar']},
 {"agency":"KARI","technology":"lunar surface power","document":D['ar']},
 {"agency":"CNES","technology":"in-situ resource utilisation instruments","document":D['ar']},
 {"agency":"NASA","technology":"gateway propulsion and habitation elements","document":D['ger']},
 {"agency":"CSA","technology":"robotics for the gateway","document":D['ger']},
 {"agency":"JAXA","technology":"lunar landing technologies","document":D['ger']},
 {"agency":"JAXA","technology":"entry, descent and landing of heavy payloads","document":D['mars']},
 {"agency":"DLR","technology":"long-duration closed-loop life support","document":D['mars']},
 {"agency":"Roscosmos","technology":"nuclear or high-power electric propulsion for crew transport","document":D['mars']},
 {"agency":"UKSA","technology":"radiation protection and space weather forecasting","document":D['mars']},
 {"agency":"ASI","technology":"autonomous surface robotics for pre-deployment","document":D['mars']},
 {"agency":"Australian Space Agency","technology":"in-situ production of oxygen and propellant from Martian resources","document":D['mars']},
 {"agency":"JAXA","technology":"lunar lander precision navigation","document":D['md']},
 {"agency":"CSA","technology":"lunar rover mobility and robotic arms","document":D['md']},
 {"agency":"ESA","technology":"lunar lander descent propulsion","document":D['md']}],
"mission_phases":[
 {"document":D['ger'],"phase":1,"name":"Lunar vicinity and ISS","start":2018,"end":2025},
 {"document":D['ger'],"phase":2,"name":"Human lunar surface","start":"mid-2020s","end":2030},
 {"document":D['ger'],"phase":3,"name":"Mars","start":2030}],
"mentions":[]}
M={'ar':["ISECG","NASA","ESA","JAXA","KARI","CSIRO","SSAU","CSA","ASI","Roscosmos","UAESA","DLR","CNES","ISRO","UKSA"],
 'ger':["ISECG","ASI","CNES","CNSA","CSA","CSIRO","DLR","ESA","ISRO","JAXA","KARI","NASA","Roscosmos","UKSA","UAESA"],
 'mars':["ISECG","ESA","NASA","JAXA","CSA","ASI","UAESA","CNES","DLR","KARI","UKSA","Australian Space Agency","Roscosmos"],
 'sci':["ISECG","ESA","NASA","JAXA","KARI","CSA","CNES","CNRS","ASI","DLR","UKSA"],
 'md':["ISECG","DLR","NASA","ESA","JAXA","CSA","ASI","CNES","UKSA","BNSC","KARI","Roscosmos","ISRO","CNSA","SSAU"]}
# keep 40 mentions: take first 8 per doc
for k,v in M.items():
  for e in v[:8]: gold["mentions"].append({"document":D[k],"entity":e,"kind":"organisation" if e=="CNRS" else "agency"})
json.dump(gold,open('kg_gold.json','w'),indent=2,ensure_ascii=False)
Q=[
("fact","Which agency hosted the annual meeting of senior agency managers held in Frascati in November 2017?",["ASI","Italian Space Agency","Agenzia Spaziale Italiana"],["Frascati, Italy (annual meeting of senior agency managers)","14–15 November 2017"],['ar']),
("fact","According to the contributors table of the 2021 Mars white paper, which agency is Hiroshi Ueno from?",["JAXA","Japan Aerospace Exploration Agency"],["Hiroshi Ueno","Lead author, entry, descent and landing section"],['mars']),
("fact","Where was the 2014 ISECG science workshop held?",["ESTEC, Noordwijk","Noordwijk, the Netherlands","European Space Research and Technology Centre (ESTEC), Noordwijk"],["European Space Research and Technology Centre (ESTEC) in Noordwijk"],['sci']),
("fact","In the record of the June 2010 meeting, who owns the action to propose a communications plan for the first GER?",["ASI","Italian Space Agency"],["Propose a communications plan for the first GER"],['md']),
("fact","What does the acronym SSAU stand for in the ISECG Annual Report 2017?",["State Space Agency of Ukraine"],["State Space Agency of Ukraine"],['ar']),
("fact","What is the document reference number of the record of the Berlin 2010 ISECG meeting?",["ISECG-REC-2010-02"],["ISECG-REC-2010-02"],['md']),
("fact","Who chaired the near-Earth asteroids session at the 2014 science workshop?",["Patrick Michel","Patrick Michel (CNRS)"],["Near-Earth asteroids","Patrick Michel (CNRS)"],['sci']),
("fact","From which year has ISRO taken part in the ISECG Technology Working Group?",["2014"],["Technology Working Group (TWG)"],['ar']),
("fact","Which organisation hosted the ISECG side meeting at IAC 2017 in Adelaide?",["CSIRO","Commonwealth Scientific and Industrial Research Organisation"],["Adelaide, Australia (side meeting at IAC 2017)"],['ar']),
("fact","According to the 2017 annual report, in which year did the UAE Space Agency join ISECG?",["2016"],["The UAE Space Agency joined ISECG in 2016"],['ar']),
("count","How many delegates attended the ISECG meeting in Berlin in June 2010?",["28","twenty-eight"],["Twenty-eight delegates attended, representing eleven agencies"],['md']),
("count","How many participants attended the November 2017 senior agency managers meeting in Frascati?",["51","fifty-one"],["Frascati, Italy (annual meeting of senior agency managers)","fifty-one"],['ar']),
("count","How many people registered for the 2014 ISECG science workshop?",["130","one hundred and thirty","some one hundred and thirty"],["Some one hundred and thirty scientists and engineers registered"],['sci']),
("count","How many agencies took part in the task team that prepared the 2021 human Mars exploration white paper?",["11","eleven"],["Eleven agencies took part in the task team."],['mars']),
("count","How many more agencies contributed to the third edition of the Global Exploration Roadmap than to the 2013 edition?",["2","two"],["Fourteen agencies contributed, against twelve in 2013."],['ger']),
("list","Which agencies have taken part in the ISECG Science Working Group since 2016?",["NASA, ESA, CSA, JAXA, UKSA"],["Science Working Group (SWG, established March 2016)","NASA, ESA, CSA, JAXA, UKSA"],['ar']),
("list","Name the three mission phases of the third edition of the Global Exploration Roadmap.",["Lunar vicinity and ISS; Human lunar surface; Mars"],["Phase 1 – Lunar vicinity and ISS (2018–2025).","Phase 2 – Human lunar surface","Phase 3 – Mars (2030s)."],['ger']),
("list","Which agencies are working on in-situ production of oxygen and propellant from Martian resources, according to the 2021 white paper?",["NASA, CNES, Australian Space Agency"],["In-situ production of oxygen and propellant from Martian resources","NASA, CNES, Australian Space Agency"],['mars']),
("list","Who edited the 2021 ISECG white paper on human Mars exploration?",["Juergen Schlutz and Kandyce Goodliff","Juergen Schlutz (ESA), Kandyce Goodliff (NASA)"],["Editors: Juergen Schlutz (ESA) and Kandyce Goodliff (NASA)"],['mars']),
("list","Which agencies sent apologies to the June 2010 ISECG meeting in Berlin?",["CNSA and the State Space Agency of Ukraine","CNSA, SSAU"],["CNSA and the State Space Agency of Ukraine sent apologies."],['md']),
("temporal","When and where was the ISECG meeting following the June 2010 Berlin meeting to be held?",["8–9 December 2010, Tokyo","Tokyo, 8-9 December 2010"],["hosted by JAXA in Tokyo, on 8–9 December 2010"],['md']),
("temporal","Until what date did KARI hold the ISECG chair?",["30 June 2017","2017-06-30"],["Korea Aerospace Research Institute (KARI) until 30 June 2017"],['ar']),
("temporal","Which edition does the January 2018 Global Exploration Roadmap replace, and when was that edition released?",["the second edition, August 2013","second edition of August 2013"],["This edition supersedes the second edition of August 2013."],['ger']),
("temporal","On what date was the record of the Berlin 2010 meeting approved?",["2010-07-19","19 July 2010"],["Final, approved by written procedure on 2010-07-19"],['md']),
("cross-doc","The 2014 science workshop recommended forming a science working group; when was that working group established?",["March 2016","2016-03"],["The workshop recommended that ISECG form a science working group.","Science Working Group (SWG, established March 2016)"],['sci','ar']),
("cross-doc","Kathy Laurini chaired the June 2010 ISECG meeting; what role does the 2017 annual report give her?",["ISECG Secretariat coordinator"],["Kathy Laurini, NASA (ISECG chair agency until September 2010)","Kathy Laurini (NASA), ISECG Secretariat coordinator"],['md','ar']),
("cross-doc","In which town were the heads of delegation when they endorsed the third edition of the GER, and which agency hosted that meeting?",["Frascati, ASI","Frascati; hosted by ASI"],["endorsed by their heads of delegation in Frascati in November 2017","Frascati, Italy (annual meeting of senior agency managers)"],['ger','ar']),
("no-answer","What was the annual budget of the ISECG Secretariat in 2017?",[],[],['ar']),
("no-answer","How many delegates attended the February 2010 ISECG meeting in Washington?",[],[],['md']),
("no-answer","Which agency took over the ISECG chair from JAXA in 2018?",[],[],['ar']),
]
import re
txt={}
for k,f in D.items():
  p='/tmp/xtxt/'+f+'.txt' if f.endswith('pdf') else 'documents/'+f
  txt[f]=' '.join(open(p).read().split())
out=open('qa.jsonl','w'); bad=0
for i,(kind,q,a,ev,docs) in enumerate(Q,1):
  fs=[D[d] for d in docs]
  for e in ev:
    en=' '.join(e.split())
    if not any(en in txt[f] for f in fs): print('MISSING',i,e); bad+=1
  out.write(json.dumps({"id":"x-%02d"%i,"question":q,"answer":a,"evidence":ev,"doc":fs,"kind":kind},ensure_ascii=False)+'\n')
from collections import Counter
print('bad',bad, Counter(x[0] for x in Q), {k:len(v) for k,v in gold.items() if isinstance(v,list)})

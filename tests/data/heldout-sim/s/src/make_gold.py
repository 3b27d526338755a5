import json
A="isecg-annual-report-2013.pdf"; W="moon-to-mars-architecture-white-paper-2023.pdf"; T="technology-gap-assessment-2018.pdf"; I="iac-2021-lunar-surface-coordination.pdf"; M="isecg-sam-meeting-summary-2016.md"
g={"split":"dev-new"}
g["documents"]=[
 {"file":A,"title":"ISECG Annual Report 2013","year":2013,"type":"annual-report","note":"covers calendar 2013; version 1.0 dated 28 February 2014"},
 {"file":W,"title":"Toward a Common Moon-to-Mars Architecture: Elements, Phases and Interoperability","year":2023,"type":"white-paper"},
 {"file":T,"title":"Critical Technology Gaps for Human Exploration Beyond Low Earth Orbit","year":2018,"type":"technology-assessment"},
 {"file":I,"title":"Coordinating Lunar Surface Exploration through ISECG: Lessons from the 2020 Supplement and Plans for the Next Roadmap Update","year":2021,"type":"conference-paper"},
 {"file":M,"title":"Summary of the ISECG Senior Agency Managers Meeting — Tsukuba, May 2016","year":2016,"type":"meeting-summary"}]
g["editions"]=[
 {"title":"The Global Exploration Roadmap","edition":"first","released":"2011-09"},
 {"title":"The Global Exploration Roadmap","edition":"second","released":"2013-08","released_exact":"2013-08-20"},
 {"title":"The Global Exploration Roadmap","edition":"third","released":"2018-01"},
 {"title":"Global Exploration Roadmap Supplement (lunar surface exploration scenario)","edition":"2020 supplement","released":"2020-08"},
 {"title":"Global Exploration Roadmap Supplement","edition":"2022 supplement","released":"2022-10"}]
g["publications"]=[
 {"title":"ISECG Annual Report 2013","publisher":"ISECG Secretariat","released":"2014-02-28","note":"version 1.0; sixth annual report"},
 {"title":"Benefits Stemming from Space Exploration","publisher":"ISECG","released":"2013-09"},
 {"title":"The Global Exploration Strategy: The Framework for Coordination","publisher":None,"released":"2007"},
 {"title":"Exploration technology workshop proceedings ISECG-TW-2013-01","publisher":"JAXA Space Exploration Innovation Hub","released":"2013-12-20"},
 {"title":"Critical Technology Gaps for Human Exploration Beyond Low Earth Orbit (ISECG-TWG-2018-02)","publisher":"ISECG Technology Working Group","released":"2018-07-16"},
 {"title":"Toward a Common Moon-to-Mars Architecture: Elements, Phases and Interoperability","publisher":"ISECG Exploration Roadmap Working Group","released":"2023-10-02"},
 {"title":"IAC-21-A3.1.5 Coordinating Lunar Surface Exploration through ISECG","publisher":"IAF","released":"2021-10"},
 {"title":"Summary of the ISECG Senior Agency Managers Meeting, Tsukuba 2016","publisher":"ISECG Secretariat","released":"2016-06-30","note":"approved by participants"}]
g["events"]=[
 {"name":"ISECG senior managers meeting (chair NASA to CSA)","date":"2013-04-16","end_date":"2013-04-17","host":"CSA","place":"Saint-Hubert, Quebec","participants":12},
 {"name":"Release of GER second edition","date":"2013-08-20","host":"NASA","place":"Washington, DC","participants":None},
 {"name":"ISECG side session at the 64th IAC","date":"2013-09-26","host":"CNSA","place":"Beijing","participants":9},
 {"name":"Exploration technology workshop","date":"2013-11-12","end_date":"2013-11-13","host":"JAXA","place":"Tokyo","participants":11,"participants_note":"around forty technologists from eleven agencies"},
 {"name":"ISECG senior managers meeting during IAC 2014 (chair CSA to ESA)","date":"2014-09-30","host":"CSA","place":"Toronto","participants":13},
 {"name":"ISECG senior managers meeting","date":"2015-10-07","host":"ESA","place":"Darmstadt","participants":14},
 {"name":"ISECG senior agency managers meeting","date":"2016-05-24","end_date":"2016-05-25","host":"JAXA","place":"Tsukuba (Tsukuba Space Center)","participants":14,"participants_note":"12 in person, 2 by teleconference"},
 {"name":"Technology gap assessment workshop","date":"2018-03-05","end_date":"2018-03-07","host":"ESA","place":"Noordwijk (ESTEC)","participants":58,"participants_note":"58 experts"},
 {"name":"GER supplement drafting workshop","date":"2020-02-04","end_date":"2020-02-06","host":"NASA","place":"Houston","participants":34,"participants_note":"34 participants from ten agencies"},
 {"name":"Virtual senior managers meeting","date":"2021-06-09","host":None,"place":None,"participants":19},
 {"name":"72nd International Astronautical Congress","date":"2021-10-25","end_date":"2021-10-29","host":None,"place":"Dubai","participants":None},
 {"name":"ISECG senior managers meeting (chair ASI to KARI)","date":"2023-03-14","end_date":"2023-03-15","host":"ASI","place":"Rome","participants":22}]
mem=[("ASI","Italian Space Agency","Italy",2007),("CNES","Centre National d'Études Spatiales","France",2007),("CNSA","China National Space Administration","China",2007),("CSA","Canadian Space Agency","Canada",2007),("CSIRO","Commonwealth Scientific and Industrial Research Organisation","Australia",2007),("DLR","German Aerospace Center","Germany",2007),("ESA","European Space Agency","Europe",2007),("ISRO","Indian Space Research Organisation","India",2007),("JAXA","Japan Aerospace Exploration Agency","Japan",2007),("KARI","Korea Aerospace Research Institute","Republic of Korea",2007),("NASA","National Aeronautics and Space Administration","United States",2007),("NSAU","State Space Agency of Ukraine","Ukraine",2007),("Roscosmos","Russian Federal Space Agency","Russia",2007),("UKSA","UK Space Agency","United Kingdom",2011),
 ("UAESA","United Arab Emirates Space Agency","United Arab Emirates",2015),("ASA","Australian Space Agency","Australia",2018),("LSA","Luxembourg Space Agency","Luxembourg",2019),("ISA","Israel Space Agency","Israel",2019),("AEB","Brazilian Space Agency","Brazil",2020),("GISTDA","Geo-Informatics and Space Technology Development Agency","Thailand",2020),("NZSA","New Zealand Space Agency","New Zealand",2021),("POLSA","Polish Space Agency","Poland",2022),("PhilSA","Philippine Space Agency","Philippines",2022),(None,"Agencia Espacial Mexicana","Mexico",2023)]
g["memberships"]=[{"agency_acronym":a,"agency_name":n,"country":c,"since":y} for a,n,c,y in mem]
g["memberships"][-1]["since_exact"]="2023-01"
g["membership_counts"]=[
 {"date":"2013-12","count":14,"what":"ISECG participating agencies at end of 2013"},
 {"date":"2016-05","count":15,"what":"ISECG members after UAESA (joined 2015)"},
 {"date":"2018-01","count":14,"what":"agencies contributing to GER third edition / members in January 2018"},
 {"date":"2018-01..2021-10","count":12,"what":"agencies joined since the third GER edition"},
 {"date":"2021-10","count":26,"what":"ISECG members in October 2021"},
 {"date":"2023-10","count":27,"what":"ISECG member agencies (2023 white paper)"}]
ab=[(A,"ISECG Annual Report 2013",["NASA","ESA"]),(W,"Toward a Common Moon-to-Mars Architecture",["ASI","CNES","CSA","DLR","ESA","JAXA","KARI","NASA","UKSA"]),(T,"Critical Technology Gaps for Human Exploration Beyond Low Earth Orbit",["NASA","ASI","JAXA","CSA","DLR","ESA"]),(I,"Coordinating Lunar Surface Exploration through ISECG",["ESA","JAXA","NASA"]),(M,"Summary of the ISECG Senior Agency Managers Meeting — Tsukuba, May 2016",["ESA","JAXA"])]
g["authored_by"]=[{"document":d,"file":f,"agency":a} for f,d,aa in ab for a in aa]
P=[("Kathleen Laurini","NASA","editor, ISECG Annual Report 2013"),("Bernhard Hufenbach","ESA","editor, ISECG Annual Report 2013"),("Juergen Schlutz","ISECG Secretariat (ESA)","co-editor 2013 annual report; rapporteur 2016 meeting summary"),("Naoki Satoh","JAXA","rapporteur 2016 meeting summary"),
 ("Christopher Moore","NASA","TWG co-chair"),("Maria Antonietta Perino","ASI","TWG co-chair"),("Hiroshi Ueno","JAXA","lead author, surface mobility"),("Thomas Nadeau","CSA","lead author, robotics"),("Anne Grünwald","DLR","lead author, life support"),("Piero Messina","ESA","workshop organiser"),
 ("Marianne Dubois","ESA","author IAC-21-A3.1.5"),("Kenji Hosokawa","JAXA","author IAC-21-A3.1.5"),("Rachel Okafor","NASA","author IAC-21-A3.1.5"),("Stefan Lindqvist","ESA","author IAC-21-A3.1.5"),("Yui Morimoto","JAXA","author IAC-21-A3.1.5"),
 ("Gabriele Mascetti","ASI","head of delegation 2016"),("Francis Rocard","CNES","head of delegation 2016"),("Li Guoping","CNSA","head of delegation 2016"),("Gilles Leclerc","CSA","head of delegation 2016"),("Christian Gritzner","DLR","head of delegation 2016"),("David Parker","ESA","head of delegation 2016; ISECG chair"),("Koichi Wakata","JAXA","head of delegation 2016"),("Sang-Ryool Lee","KARI","head of delegation 2016"),("William Gerstenmaier","NASA","head of delegation 2016"),("Sergey Krikalev","Roscosmos","head of delegation 2016"),("Sue Horne","UKSA","head of delegation 2016"),("Mohammed Al Ahbabi","UAESA","head of delegation 2016")]
g["people"]=[{"name":n,"affiliation":a,"role":r} for n,a,r in P]
g["chairs"]=[
 {"agency":"NASA","period":"from mid-2011 until April 2013"},
 {"agency":"CSA","period":"from the April 2013 senior managers meeting until 2014-09-30"},
 {"agency":"ESA","period":"from 2014-09-30; handover to NASA agreed for the meeting planned 2017-06"},
 {"agency":"NASA","period":"until April 2020 (handover from ESA planned 2017-06)"},
 {"agency":"JAXA","period":"from April 2020 (extended by a year; current October 2021)"},
 {"agency":"ASI","period":"March 2022 to March 2023"},
 {"agency":"KARI","period":"from March 2023 (Rome meeting)"}]
tw=[]
rows=[("closed-loop environmental control and life support",["NASA","ESA"],["JAXA","DLR"]),("precision landing and hazard avoidance for large lunar landers",["NASA"],["ESA","CNES"]),("high-power solar electric propulsion (50 kW class)",["NASA"],["ESA","CNES"]),("dexterous robotics and autonomous systems for deep-space maintenance",["CSA"],["DLR","ASI"]),("long-duration cryogenic propellant storage and transfer",["NASA","JAXA"],["ESA"]),("ISRU: oxygen extraction from lunar regolith",["ESA","NASA"],["CSA","KARI"]),("pressurised surface mobility with regenerative fuel cells",["JAXA"],["NASA"]),("radiation protection and crew health countermeasures",["NASA","Roscosmos"],["DLR","ESA","CNSA"])]
for t,L,S in rows:
    for a in L: tw.append({"agency":a,"technology":t,"role":"lead","document":T})
    for a in S: tw.append({"agency":a,"technology":t,"role":"supporting","document":T})
tw+= [{"agency":"DLR","technology":"regenerative life support","document":A},{"agency":"CSA","technology":"dexterous robotics","document":A},{"agency":"NASA","technology":"cryogenic propulsion stages","document":A},
 {"agency":"JAXA","technology":"pressurised lunar rover study","document":M},{"agency":"DLR","technology":"closed-loop life support","document":M},{"agency":"NASA","technology":"technology gap status report","document":M},
 {"agency":"JAXA","technology":"pressurised mobility (2022 supplement work)","document":I},{"agency":"ESA","technology":"lunar communications and navigation","document":I},
 {"agency":"JAXA","technology":"pressurised rover developed with Toyota","document":W},{"agency":"ESA","technology":"Argonaut lander (cargo)","document":W},{"agency":"CSA","technology":"Canadarm3 external robotic system","document":W},{"agency":"ESA","technology":"I-Hab and ESPRIT Gateway modules","document":W},{"agency":"NASA","technology":"Power and Propulsion Element","document":W}]
g["technology_work"]=tw
g["mission_phases"]=[{"document":W,"phase":1,"name":"Human Lunar Return","start":2025},{"document":W,"phase":2,"name":"Foundational Exploration","start":2028},{"document":W,"phase":3,"name":"Sustained Lunar Evolution","start":"early 2030s"},{"document":W,"phase":4,"name":"Humans to Mars","start":"late 2030s"}]
men=[]
def add(d,kind,*es):
    for e in es: men.append({"document":d,"entity":e,"kind":kind})
add(A,"agency","ISECG","ASI","CNES","CNSA","CSA","CSIRO","DLR","ESA","ISRO","JAXA","KARI","NASA","NSAU","Roscosmos","UKSA","US Department of State"); add(A,"program","Global Exploration Roadmap"); add(A,"spacecraft","International Space Station"); add(A,"destination","Moon","Mars","near-Earth asteroid")
add(W,"agency","ASI","CNES","CSA","DLR","ESA","JAXA","KARI","NASA","UKSA","POLSA","PhilSA","Agencia Espacial Mexicana","MBRSC"); add(W,"program","Artemis"); add(W,"spacecraft","Gateway","Orion","Power and Propulsion Element","HALO","I-Hab","ESPRIT","Canadarm3","Argonaut","Danuri"); add(W,"destination","Moon","Mars")
add(T,"agency","NASA","ESA","JAXA","DLR","CNES","CSA","ASI","KARI","Roscosmos","CNSA"); add(T,"spacecraft","Gateway"); add(T,"technology","in-situ resource utilisation","solar electric propulsion","life support")
add(I,"agency","ESA","JAXA","NASA","ASA","LSA","ISA","AEB","GISTDA","NZSA","IAF"); add(I,"program","Global Exploration Roadmap"); add(I,"spacecraft","Gateway"); add(I,"destination","Moon","Mars")
add(M,"agency","JAXA","ESA","CSA","NASA","ASI","CNES","CNSA","DLR","KARI","Roscosmos","UKSA","UAESA","ISRO","NSAU","CSIRO"); add(M,"program","Global Exploration Roadmap"); add(M,"spacecraft","deep space gateway"); add(M,"destination","Mars")
g["mentions"]=men
json.dump(g,open("/work/newsets/s/kg_gold.json","w"),ensure_ascii=False,indent=2)
print({k:len(v) for k,v in g.items() if isinstance(v,list)})

import json
A="isecg-annual-report-2013.pdf"; W="moon-to-mars-architecture-white-paper-2023.pdf"; T="technology-gap-assessment-2018.pdf"; I="iac-2021-lunar-surface-coordination.pdf"; M="isecg-sam-meeting-summary-2016.md"
Q=[
("Which agency hosted the exploration technology workshop held in Tokyo in November 2013?",["JAXA","Japan Aerospace Exploration Agency"],["hosted in Tokyo by JAXA"],[A],"fact"),
("According to the 2013 annual report's membership table, which organisation did the UK Space Agency succeed?",["British National Space Centre","BNSC"],["successor to the British National"],[A],"fact"),
("What is the reference number of the proceedings of the 2013 ISECG technology workshop?",["ISECG-TW-2013-01"],["Workshop proceedings: ISECG-TW-2013-01"],[A],"fact"),
("In the 2018 gap assessment table, which agency leads the work on dexterous robotics and autonomous systems, and for which target mission?",["CSA, for Gateway external robotics","CSA","Canadian Space Agency"],["Dexterous robotics and autonomous","Gateway external robotics"],[T],"fact"),
("What role did Hiroshi Ueno of JAXA play in the 2018 technology gap assessment?",["Lead author, surface mobility","lead author for surface mobility"],["Lead author, surface mobility"],[T],"fact"),
("According to the 2018 gap assessment, which agency first proposed a joint cryogenic test campaign, and on what occasion?",["JAXA, at the 2013 ISECG technology workshop","JAXA"],["first made by JAXA at the 2013 ISECG technology workshop"],[T],"fact"),
("In which city did the ISECG senior managers meet in March 2023 to endorse the Moon-to-Mars white paper?",["Rome"],["in Rome on 14 and 15 March 2023, with the Italian"],[W],"fact"),
("Which organisation provides the Gateway's crew and science airlock in the 2023 white paper?",["MBRSC","Mohammed Bin Rashid Space Centre"],["Crew and science airlock","MBRSC – Mohammed Bin Rashid"],[W],"fact"),
("Which agency chairs the Lunar Surface Exploration Task Team described in the IAC-21 paper?",["ESA","European Space Agency"],["A Lunar Surface Exploration Task Team, chaired by ESA"],[I],"fact"),
("Where did JAXA receive the delegates for the 2016 senior agency managers meeting?",["Tsukuba Space Center","Tsukuba"],["JAXA welcomed delegates to the Tsukuba Space Center"],[M],"fact"),
("How many agencies were present at the April 2013 senior managers meeting in Saint-Hubert?",["12","twelve"],["handed from NASA to CSA","16–17 Apr 2013"],[A,M],"count"),
("How many experts attended the March 2018 technology gap workshop at ESTEC?",["58","fifty-eight"],["workshop, which was attended by 58 experts."],[T],"count"),
("How many technology gaps did the 2018 assessment identify, and how many of them were judged critical?",["26 gaps, 8 critical","twenty-six, of which eight critical"],["Twenty-six gaps","were identified; eight were judged critical"],[T],"count"),
("How many agencies took part in the 2016 Tsukuba meeting in total, including those connected by teleconference?",["14","fourteen"],["so that 14 agencies took part in all"],[M],"count"),
("How many member agencies did ISECG count when the Moon-to-Mars white paper was published?",["27","twenty-seven"],["ISECG now counts twenty-seven member"],[W],"count"),
("Which agencies contributed to the 2023 Moon-to-Mars architecture white paper?",["ASI, CNES, CSA, DLR, ESA, JAXA, KARI, NASA and UKSA"],["with contributions from ASI, CNES, CSA, DLR, ESA, JAXA,"],[W],"list"),
("Name the editors of the ISECG Annual Report 2013.",["Kathleen Laurini and Bernhard Hufenbach, with Juergen Schlutz","Kathleen Laurini; Bernhard Hufenbach; Juergen Schlutz"],["Editors: Kathleen Laurini (NASA) and Bernhard Hufenbach (ESA)"],[A],"list"),
("Which agencies are listed as supporting the work on radiation protection and crew health countermeasures in the 2018 gap assessment?",["DLR, ESA and CNSA","DLR; ESA; CNSA"],["DLR, ESA, CNSA"],[T],"list"),
("Name the four phases of the Moon-to-Mars architecture in the 2023 white paper.",["Human Lunar Return; Foundational Exploration; Sustained Lunar Evolution; Humans to Mars"],["Human Lunar Return","Foundational Exploration","Sustained Lunar Evolution","Humans to Mars"],[W],"list"),
("Which agencies joined ISECG in 2020 according to the IAC-21 paper?",["AEB and GISTDA","Brazilian Space Agency and Geo-Informatics and Space Technology Development Agency"],["Brazilian Space Agency (AEB)","Geo-Informatics and Space Technology Development Agency (GISTDA)"],[I],"list"),
("When did ESA take over the ISECG chair, and from which agency?",["30 September 2014, from CSA","2014-09-30, from the Canadian Space Agency"],["ESA has held the ISECG chair since 30 September 2014"],[M],"temporal"),
("Which came first: the public release of the second GER edition or the benefits white paper?",["the second GER edition (20 August 2013)","the GER second edition"],["Public release of the second edition of","Benefits Stemming from Space Exploration, was issued by ISECG","in September 2013."],[A],"temporal"),
("For how long did ASI chair ISECG?",["one year","a year (March 2022 to March 2023)","12 months"],["March 2022 to March 2023; at the Rome meeting"],[W],"temporal"),
("How long after the third edition of the GER did the first supplement appear?",["about two and a half years","31 months","January 2018 to August 2020"],["September 2011, August 2013 and January 2018","supplement, focusing on the lunar surface, followed in August 2020."],[I],"temporal"),
("How many more member agencies did ISECG have in 2023 than at the time of the 2016 Tsukuba meeting?",["12","twelve (27 versus 15)"],["ISECG now counts twenty-seven member","With UAESA, ISECG has fifteen members."],[W,M],"cross-doc"),
("The 2016 meeting agreed that a certain agency would take over the ISECG chair from ESA; which agency was it, and to whom did that agency hand the chair in April 2020?",["NASA, which handed it to JAXA","NASA; JAXA"],["NASA will take over the ISECG chair from ESA","since April 2020, when it took over from NASA"],[M,I],"cross-doc"),
("Which agency hosted both the 2013 exploration technology workshop and the 2016 senior agency managers meeting?",["JAXA","Japan Aerospace Exploration Agency"],["hosted in Tokyo by JAXA","JAXA welcomed delegates to the Tsukuba Space Center"],[A,M],"cross-doc"),
("What budget was set aside for the joint cryogenic ground-test campaign recommended in 2018?",[],[],[T],"no-answer"),
("On which day of the 72nd IAC was paper IAC-21-A3.1.5 presented?",[],[],[I],"no-answer"),
("Which agency hosted the virtual senior managers meeting of 9 June 2021?",[],[],[I],"no-answer"),
]
with open("/work/newsets/s/qa.jsonl","w") as f:
    for i,(q,a,e,d,k) in enumerate(Q,1):
        f.write(json.dumps({"id":"s-%02d"%i,"question":q,"answer":a,"evidence":e,"doc":d,"kind":k},ensure_ascii=False)+"\n")

"""Write the held-out gold JSON (annotated by hand before the extractor ever ran on these texts).

Kept as Python so that every evidence string is checked to occur verbatim in its document.
    .venv/bin/python tests/eval/heldout/make_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICCPR = "International Covenant on Civil and Political Rights"


def P(name, aliases=(), descriptors=()):
    return {"name": name, "aliases": list(aliases), "descriptors": list(descriptors)}


def O(name, kind, aliases=()):
    return {"name": name, "aliases": list(aliases), "kind": kind}


def L(name, kind):
    return {"name": name, "kind": kind}


def E(name, kind, date, location, participants, evidence, aliases=()):
    return {"name": name, "aliases": list(aliases), "kind": kind, "date": date, "location": location,
            "participants": [{"entity": e, "role": r} for e, r in participants], "evidence": evidence}


def LAW(name, kind, jurisdiction, year=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "kind": kind, "jurisdiction": jurisdiction, "year": year}


def V(subject, entity, articles, evidence):
    return {"subject": subject, "subject_entity": entity,
            "articles": [{"instrument": i, "article": a} for i, a in articles], "evidence": evidence}


def R(s, p, o, evidence, detail=""):
    return {"subject": s, "predicate": p, "object": o, "detail": detail, "evidence": evidence}


DOCS = {}

# --- h01: NGO press release, Kyrgyzstan -------------------------------------------------
s_arrest = ("Officers of the State Committee for National Security (GKNB) detained Dzhumabaev at his apartment "
            "in Bishkek on the morning of 6 February and seized his laptop, two phones and the hard drives of the "
            "Ayan Media newsroom.")
s_custody = "On 8 February, the Pervomaisky District Court of Bishkek ordered him held in custody for two months."
s_charge = ("He is charged under Article 278 of the Criminal Code of the Kyrgyz Republic (\"calls for mass riots\"), "
            "which carries a prison sentence of up to eight years.")
s_asanova = "said Gulnara Asanova, executive director of the Open Steppe Human Rights Centre."
s_release = ("Kyrgyz authorities should immediately release the investigative journalist Azamat Dzhumabaev and drop "
             "all charges against him, the Open Steppe Human Rights Centre (OSHRC) said today.")
s_editor = ("Dzhumabaev, the chief editor of the independent news website Ayan Media, has been held in pre-trial "
            "detention since his arrest last Tuesday.")
s_lawyer = ("Dzhumabaev's lawyer, Kubanychbek Toktomushev, told OSHRC that the investigators have not identified a "
            "single statement by his client that called for violence.")
s_block = ("In January 2024, a Bishkek court blocked access to the Ayan Media website for two months under the Law on "
           "False Information, which was adopted in 2021 and allows the Ministry of Culture to suspend websites "
           "without a court order.")
s_ncoread = ("The draft, approved by parliament in a first reading on 25 January 2024, closely resembles the Russian "
             "\"foreign agents\" legislation.")
s_v1 = ("Holding Dzhumabaev in pre-trial detention for a non-violent offence violates his right to liberty under "
        "Article 9 of the ICCPR, OSHRC said.")
s_v2 = ("The prosecution of a journalist for his published work also violates the right to freedom of expression "
        "guaranteed by Article 19 of the International Covenant on Civil and Political Rights and by the Constitution "
        "of the Kyrgyz Republic (Articles 32, 33).")
s_cpj = ("The Committee to Protect Journalists (CPJ) and Reporters Without Borders (RSF) have also called on President "
         "Sadyr Japarov to ensure Dzhumabaev's release.")
s_braathu = ("The Organization for Security and Co-operation in Europe (OSCE) Representative on Freedom of the Media, "
             "Jan Braathu, said on 9 February that he had raised the case with the Kyrgyz Foreign Ministry.")
s_found = "Ayan Media was founded in 2016 by Dzhumabaev and the documentary filmmaker Elnura Sydykova."
s_kempir = ("Its investigations into public procurement have won regional awards, and in 2022 its reporters were among "
            "the first to document the conditions of detainees held after the unrest in Kempir-Abad in October of that year.")
s_police = "In the same month, police questioned eleven Ayan Media employees, including camera operators and interns."
s_nco = ("Parliament, the Jogorku Kenesh, is also examining draft amendments to the Law on Non-Commercial Organizations "
         "that would oblige groups receiving foreign funding to register as \"foreign representatives\".")
DOCS["h01_kg_journalist_press_release.txt"] = {
    "people": [
        # "Azamat Jumabayev"/"Jumabayev" are h04's spellings of the same journalist (see README: cross-document
        # transliteration aliases, as in the amendment of the default gold).
        P("Azamat Dzhumabaev", ["Dzhumabaev", "Azamat Jumabayev", "Jumabayev"],
          ["investigative journalist", "chief editor of Ayan Media", "founder of Ayan Media"]),
        P("Gulnara Asanova", [], ["executive director of the Open Steppe Human Rights Centre"]),
        P("Kubanychbek Toktomushev", [], ["Dzhumabaev's lawyer"]),
        P("Sadyr Japarov", [], ["President"]),
        P("Jan Braathu", [], ["OSCE Representative on Freedom of the Media"]),
        P("Elnura Sydykova", ["Sydykova"], ["documentary filmmaker", "co-founder of Ayan Media"]),
    ],
    "organizations": [
        O("Open Steppe Human Rights Centre", "ngo", ["OSHRC"]),
        O("Ayan Media", "media"),
        O("State Committee for National Security", "government", ["GKNB"]),
        O("Pervomaisky District Court of Bishkek", "court", ["Pervomaisky District Court"]),
        O("Kyrgyzstan government", "government", ["Kyrgyz authorities", "Kyrgyz government"]),
        O("Ministry of Culture", "government"),
        O("Jogorku Kenesh", "government", ["Parliament", "parliament"]),
        O("Committee to Protect Journalists", "ngo", ["CPJ"]),
        O("Reporters Without Borders", "ngo", ["RSF"]),
        O("Organization for Security and Co-operation in Europe", "intergovernmental", ["OSCE"]),
        O("OSCE Representative on Freedom of the Media", "intergovernmental"),
        O("Kyrgyz Foreign Ministry", "government"),
        O("Kyrgyzstan police", "government", ["police"]),
    ],
    "locations": [L("Kyrgyzstan", "country"), L("Bishkek", "city"), L("Kempir-Abad", "region")],
    "events": [
        E("Arrest of Azamat Dzhumabaev", "arrest", "2024-02-06", "Bishkek",
          [("Azamat Dzhumabaev", "victim"), ("State Committee for National Security", "perpetrator")], s_arrest,
          ["his arrest"]),
        E("Court orders pre-trial detention of Azamat Dzhumabaev", "arrest", "2024-02-08", "Bishkek",
          [("Azamat Dzhumabaev", "victim"), ("Pervomaisky District Court of Bishkek", "perpetrator")], s_custody,
          ["pre-trial detention"]),
        E("Blocking of the Ayan Media website", "ban", "2024-01", "Bishkek", [("Ayan Media", "target")], s_block),
        E("Police questioning of Ayan Media employees", "other", "2024-01", None,
          [("Kyrgyzstan police", "perpetrator"), ("Ayan Media", "target")], s_police),
        E("Adoption of the Law on False Information", "legislation", "2021", "Kyrgyzstan", [], s_block),
        E("First reading of the NCO amendments", "legislation", "2024-01-25", "Kyrgyzstan",
          [("Jogorku Kenesh", "participant")], s_ncoread),
        E("OSCE raises Dzhumabaev case", "other", "2024-02-09", None,
          [("Jan Braathu", "participant"), ("Kyrgyz Foreign Ministry", "participant")], s_braathu),
        E("Founding of Ayan Media", "other", "2016", None,
          [("Azamat Dzhumabaev", "organizer"), ("Elnura Sydykova", "organizer")], s_found),
        E("Kempir-Abad unrest", "protest", "2022-10", "Kempir-Abad", [], s_kempir, ["the unrest in Kempir-Abad"]),
    ],
    "laws": [
        LAW("Criminal Code of the Kyrgyz Republic", "code", "Kyrgyzstan"),
        LAW("Law on False Information", "statute", "Kyrgyzstan", 2021,
            ["On Protection from Unreliable (False) Information"]),
        LAW("Law on Non-Commercial Organizations", "statute", "Kyrgyzstan"),
        LAW(ICCPR, "treaty", "international", None, ["ICCPR"]),
        LAW("Constitution of Kyrgyzstan", "constitution", "Kyrgyzstan", None, ["Constitution of the Kyrgyz Republic"]),
    ],
    "measures": ["Russian \"foreign agents\" legislation"],
    "violations": [
        V("Holding Dzhumabaev in pre-trial detention for a non-violent offence",
          "Court orders pre-trial detention of Azamat Dzhumabaev", [("ICCPR", "9")], s_v1),
        V("The prosecution of a journalist for his published work", None,
          [("ICCPR", "19"), ("Constitution of Kyrgyzstan", "32"), ("Constitution of Kyrgyzstan", "33")], s_v2),
    ],
    "relations": [
        R("Azamat Dzhumabaev", "leads", "Ayan Media", s_editor, "chief editor"),
        R("Gulnara Asanova", "leads", "Open Steppe Human Rights Centre", s_asanova, "executive director"),
        R("Kubanychbek Toktomushev", "represents", "Azamat Dzhumabaev", s_lawyer, "lawyer"),
        R("State Committee for National Security", "other", "Azamat Dzhumabaev", s_arrest, "detained"),
        R("Pervomaisky District Court of Bishkek", "imprisoned", "Azamat Dzhumabaev", s_custody, "pre-trial custody"),
        R("Azamat Dzhumabaev", "charged_under", "Criminal Code of the Kyrgyz Republic", s_charge, "Article 278"),
        R("Open Steppe Human Rights Centre", "called_on", "Kyrgyzstan government", s_release),
        R("Committee to Protect Journalists", "called_on", "Sadyr Japarov", s_cpj),
        R("Reporters Without Borders", "called_on", "Sadyr Japarov", s_cpj),
        R("Sadyr Japarov", "leads", "Kyrgyzstan government", s_cpj, "President"),
        R("Jan Braathu", "works_for", "Organization for Security and Co-operation in Europe", s_braathu,
          "Representative on Freedom of the Media"),
        R("Azamat Dzhumabaev", "founded", "Ayan Media", s_found),
        R("Elnura Sydykova", "founded", "Ayan Media", s_found),
    ],
}

# --- h02: UN special rapporteur end-of-mission statement, Tajikistan ---------------------
t_visit = ("I have just concluded my official visit to the Republic of Tajikistan, which I undertook from 20 November "
           "to 1 December 2023 at the invitation of the Government.")
t_met = ("In Dushanbe, I met the Minister of Foreign Affairs, Sirojiddin Muhriddin, the Minister of Justice, Rustam "
         "Shohmurod, the Prosecutor General, and the Human Rights Commissioner (Ombudsman), Umed Boboev.")
t_ohchr = ("On 28 November I met representatives of the Office of the United Nations High Commissioner for Human "
           "Rights (OHCHR) and of the OSCE Programme Office in Dushanbe.")
t_irpt = ("Since 2015, when the Supreme Court banned the Islamic Renaissance Party of Tajikistan (IRPT) as a "
          "\"terrorist organisation\", dozens of lawyers, journalists and relatives of opposition members have been imprisoned.")
t_gbao = ("I am particularly concerned about the situation in the Gorno-Badakhshan Autonomous Region (GBAO), where a "
          "security operation in May 2022 left at least 25 people dead in and around the town of Rushan.")
t_det = "Following the operation, the authorities detained more than 200 people, including lawyers and community leaders."
t_yovon = ("I visited the penal colony in Yovon, where I was able to speak in private with the human rights lawyer "
           "Dilovar Safarov.")
t_saf = ("Mr. Safarov was arrested in June 2022 after he represented residents of Khorog, and in October 2022 the "
         "Supreme Court sentenced him to 18 years' imprisonment under art. 307 of the Criminal Code (public calls for "
         "extremist activity).")
t_mam = ("I was not granted access to the journalist Ulfatkhonim Mamadshoeva (also transliterated Mamadshoyeva), "
         "sentenced in December 2022 to 21 years in prison; the authorities told me she had declined to meet me, a "
         "claim her family disputes.")
t_v1 = ("The detention of lawyers because of the clients they represent is incompatible with Articles 9 and 14 of the "
        "ICCPR, which guarantee the right to liberty and the right to a fair trial.")
t_v2 = ("If confirmed, such treatment breaches the Convention against Torture, to which Tajikistan has been a party "
        "since 1995, and evidence obtained in this way must never be admitted in court.")
t_laws = ("Defenders told me that the vague definitions of \"extremism\" in the Law on Countering Extremism, adopted in "
          "2020, and the reporting obligations introduced in 2019 into the Law on Public Associations are used to "
          "restrict legitimate work.")
t_bureau = ("Independent organisations such as the Bureau on Human Rights and Rule of Law must submit detailed reports "
            "on every grant received from abroad.")
t_v3 = ("Restrictions of this kind violate the right to freedom of association protected by Article 22 of the ICCPR "
        "and by the Constitution of Tajikistan (Articles 8, 28).")
t_v4 = ("The blocking of independent websites and the prosecution of people for social media posts are inconsistent "
        "with Article 19 of the Universal Declaration of Human Rights.")
t_decl = ("I recall that the United Nations Declaration on Human Rights Defenders, adopted by the General Assembly in "
          "1998, recognizes the right of everyone to seek, receive and disseminate information on human rights.")
t_khorog = ("In Khorog, I met Mr. Safarov's sister, Gulbahor Safarova, and members of the Pamir Lawyers' Association.")
t_gknb = ("They told me that families of detainees are summoned by the State Committee for National Security (GKNB) "
          "after speaking to foreign journalists.")
t_hrc = "I will present my full report to the Human Rights Council at its 58th session in March 2025."
t_appt = ("Ingrid Halvorsen was appointed Special Rapporteur on the situation of human rights defenders by the Human "
          "Rights Council in 2022.")
t_rec = "(a) release Dilovar Safarov, Ulfatkhonim Mamadshoeva and all others detained for their human rights work;"
t_un = "No one should suffer reprisals for cooperating with the United Nations; I will follow these cases closely."
HALV = "Ingrid Halvorsen"
SR = "UN Special Rapporteur on the situation of human rights defenders"
DOCS["h02_tj_un_rapporteur_statement.txt"] = {
    "people": [
        P(HALV, [], ["Special Rapporteur on the situation of human rights defenders"]),
        P("Sirojiddin Muhriddin", [], ["Minister of Foreign Affairs"]),
        P("Rustam Shohmurod", [], ["Minister of Justice"]),
        P("Umed Boboev", [], ["Human Rights Commissioner (Ombudsman)"]),
        P("Dilovar Safarov", ["Safarov", "Mr. Safarov"], ["human rights lawyer"]),
        P("Ulfatkhonim Mamadshoeva", ["Mamadshoyeva"], ["journalist"]),
        P("Gulbahor Safarova", [], ["Mr. Safarov's sister"]),
    ],
    "organizations": [
        O(SR, "intergovernmental", ["Special Rapporteur on the situation of human rights defenders",
                                    "United Nations Special Rapporteur on the situation of human rights defenders"]),
        O("Tajikistan government", "government", ["the Government"]),
        O("Office of the United Nations High Commissioner for Human Rights", "intergovernmental", ["OHCHR"]),
        O("OSCE Programme Office in Dushanbe", "intergovernmental", ["OSCE Programme Office"]),
        O("Organization for Security and Co-operation in Europe", "intergovernmental", ["OSCE"]),
        O("Supreme Court of Tajikistan", "court"),
        O("Islamic Renaissance Party of Tajikistan", "party", ["IRPT"]),
        O("Human Rights Council", "intergovernmental"),
        O("Bureau on Human Rights and Rule of Law", "ngo"),
        O("Pamir Lawyers' Association", "ngo"),
        O("State Committee for National Security", "government", ["GKNB"]),
        O("United Nations", "intergovernmental", ["UN"]),
        O("General Assembly", "intergovernmental"),
    ],
    "locations": [L("Tajikistan", "country"), L("Dushanbe", "city"), L("Khujand", "city"), L("Khorog", "city"),
                  L("Gorno-Badakhshan Autonomous Region", "region"), L("Rushan", "city"), L("Yovon", "city"),
                  L("Geneva", "city")],
    "events": [
        E("Visit of the Special Rapporteur to Tajikistan", "visit", "2023-11-20", "Tajikistan",
          [(HALV, "guest"), ("Tajikistan government", "host")], t_visit, ["my official visit"]),
        E("Meetings with ministers in Dushanbe", "meeting", None, "Dushanbe",
          [(HALV, "participant"), ("Sirojiddin Muhriddin", "participant"), ("Rustam Shohmurod", "participant"),
           ("Umed Boboev", "participant")], t_met),
        E("Meeting with OHCHR and OSCE", "meeting", "2023-11-28", "Dushanbe",
          [(HALV, "participant"), ("Office of the United Nations High Commissioner for Human Rights", "participant"),
           ("OSCE Programme Office in Dushanbe", "participant")], t_ohchr),
        E("Ban of the Islamic Renaissance Party of Tajikistan", "ban", "2015", None,
          [("Supreme Court of Tajikistan", "perpetrator"), ("Islamic Renaissance Party of Tajikistan", "target")], t_irpt),
        E("Security operation in GBAO", "crackdown", "2022-05", "Gorno-Badakhshan Autonomous Region",
          [], t_gbao, ["a security operation in May 2022"]),
        E("Detentions after the GBAO operation", "arrest", "2022", "Gorno-Badakhshan Autonomous Region",
          [("Tajikistan government", "perpetrator")], t_det),
        E("Visit to the penal colony in Yovon", "visit", "2023", "Yovon",
          [(HALV, "guest"), ("Dilovar Safarov", "participant")], t_yovon),
        E("Arrest of Dilovar Safarov", "arrest", "2022-06", None, [("Dilovar Safarov", "victim")], t_saf),
        E("Sentencing of Dilovar Safarov", "sentencing", "2022-10", None,
          [("Dilovar Safarov", "victim"), ("Supreme Court of Tajikistan", "perpetrator")], t_saf),
        E("Sentencing of Ulfatkhonim Mamadshoeva", "sentencing", "2022-12", None,
          [("Ulfatkhonim Mamadshoeva", "victim")], t_mam),
        E("Adoption of the Law on Countering Extremism", "legislation", "2020", "Tajikistan", [], t_laws),
        E("Amendment of the Law on Public Associations", "legislation", "2019", "Tajikistan", [], t_laws),
        E("Adoption of the Declaration on Human Rights Defenders", "legislation", "1998", None,
          [("General Assembly", "organizer")], t_decl),
        E("Meeting in Khorog with Gulbahor Safarova", "meeting", None, "Khorog",
          [(HALV, "participant"), ("Gulbahor Safarova", "participant"), ("Pamir Lawyers' Association", "participant")],
          t_khorog),
        E("Presentation of the report to the Human Rights Council", "review", "2025-03", None,
          [(HALV, "participant"), ("Human Rights Council", "host")], t_hrc, ["58th session"]),
        E("Appointment of Ingrid Halvorsen", "other", "2022", None, [(HALV, "participant")], t_appt),
    ],
    "laws": [
        LAW(ICCPR, "treaty", "international", None, ["ICCPR"]),
        LAW("Convention against Torture", "treaty", "international"),
        LAW("Criminal Code of Tajikistan", "code", "Tajikistan"),
        LAW("Law on Countering Extremism", "statute", "Tajikistan", 2020),
        LAW("Law on Public Associations", "statute", "Tajikistan"),
        LAW("Constitution of Tajikistan", "constitution", "Tajikistan"),
        LAW("Universal Declaration of Human Rights", "declaration", "international"),
        LAW("United Nations Declaration on Human Rights Defenders", "declaration", "international", 1998),
    ],
    "violations": [
        V("The detention of lawyers because of the clients they represent", None,
          [("ICCPR", "9"), ("ICCPR", "14")], t_v1),
        V("such treatment (beatings to extract confessions)", None, [("CAT", None)], t_v2),
        V("Restrictions of this kind (Law on Countering Extremism, Law on Public Associations)",
          "Law on Public Associations",
          [("ICCPR", "22"), ("Constitution of Tajikistan", "8"), ("Constitution of Tajikistan", "28")], t_v3),
        V("The blocking of independent websites and the prosecution of people for social media posts", None,
          [("UDHR", "19")], t_v4),
    ],
    "relations": [
        R(HALV, "participated_in", "Visit of the Special Rapporteur to Tajikistan", t_visit),
        R(HALV, "met_with", "Sirojiddin Muhriddin", t_met),
        R(HALV, "met_with", "Rustam Shohmurod", t_met),
        R(HALV, "met_with", "Umed Boboev", t_met),
        R(HALV, "met_with", "Office of the United Nations High Commissioner for Human Rights", t_ohchr),
        R(HALV, "met_with", "OSCE Programme Office in Dushanbe", t_ohchr),
        R(HALV, "met_with", "Dilovar Safarov", t_yovon),
        R(HALV, "met_with", "Gulbahor Safarova", t_khorog),
        R(HALV, "met_with", "Pamir Lawyers' Association", t_khorog),
        R(HALV, "represents", SR, t_appt, "Special Rapporteur"),
        R("Human Rights Council", "other", HALV, t_appt, "appointed"),
        R("Sirojiddin Muhriddin", "works_for", "Tajikistan government", t_met, "Minister of Foreign Affairs"),
        R("Rustam Shohmurod", "works_for", "Tajikistan government", t_met, "Minister of Justice"),
        R("Supreme Court of Tajikistan", "banned", "Islamic Renaissance Party of Tajikistan", t_irpt),
        R("Supreme Court of Tajikistan", "imprisoned", "Dilovar Safarov", t_saf, "18 years"),
        R("Dilovar Safarov", "charged_under", "Criminal Code of Tajikistan", t_saf, "art. 307"),
        R("Gulbahor Safarova", "other", "Dilovar Safarov", t_khorog, "sister"),
        R(HALV, "called_on", "Tajikistan government", t_rec),
        R("General Assembly", "other", "United Nations Declaration on Human Rights Defenders", t_decl, "adopted"),
    ],
}

# --- h03: news article on a trial, Kazakhstan ------------------------------------------
k_lead = ("A court in Almaty on Tuesday sentenced two activists who staged a protest against Kazakhstan's first nuclear "
          "power plant, in a case that rights groups say shows the limits of President Kassym-Jomart Tokayev's promised "
          "political reforms.")
k_judge = ("Judge Nurlan Dzhumabaev of the Medeu District Court found Yerzhan Abdrakhmanov, 41, guilty of \"inciting "
           "social discord\" under Article 174 of the Criminal Code and sentenced him to three years of restricted "
           "freedom, barring him from public activity.")
k_serik = ("His co-defendant, the environmental campaigner Aliya Serikbayeva, 29, received a fine of 1.5 million tenge "
           "under art. 400 of the Criminal Code for violating the procedure for holding peaceful assemblies.")
k_prot = ("The two were detained on 6 October, the day of the national referendum on the construction of a nuclear "
          "power plant, after about 60 people gathered at the Abay monument in central Almaty holding placards reading "
          "\"No to the nuclear plant\" and \"The steppe is not a test site\".")
k_police = "Police detained 14 protesters, most of whom were released within hours with administrative fines."
k_fb = ("Prosecutors said Abdrakhmanov's posts on Facebook, in which he described the referendum as \"a deal between the "
        "Kremlin and Akorda\", incited hostility towards Russians living in Kazakhstan.")
k_lawyer = "said his lawyer, Dana Kenzhebekova, after the verdict."
k_cec = ("Official results published by the Central Election Commission on 7 October showed that 71 percent of voters "
         "backed the plant, which will be built by Russia's state nuclear corporation Rosatom near the village of Ulken "
         "on Lake Balkhash.")
k_v = ("The Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR) said in a statement that the "
       "prosecution violates Article 32 of the Constitution of Kazakhstan, which guarantees the right to peaceful "
       "assembly, and Article 21 of the International Covenant on Civil and Political Rights.")
k_zhov = ("Yevgeniy Zhovtis, the bureau's chairman, said the charge against Abdrakhmanov \"stretches the notion of "
          "discord beyond recognition\" and called on the Supreme Court to review the case.")
k_ai = "Amnesty International also urged the authorities to quash both convictions."
k_amend = "In 2022 he signed constitutional amendments that he said would reduce the powers of the presidency."
k_tok = ("Tokayev, who came to power in 2019, has repeatedly pledged to build a \"Just Kazakhstan\" and to make it "
         "easier to hold rallies.")
k_spok = ("A spokesman for the Medeu District Court, Askar Temirbekov, said the verdict could be appealed to the Almaty "
          "City Court within 15 days.")
k_alga = ("Judge Dzhumabaev, who was appointed to the Medeu court in 2021, also presided over the trial of three members "
          "of the unregistered Alga, Kazakhstan! party in March 2023.")
k_pga = "The Prosecutor General's Office did not respond to a request for comment."
k_lpa = ("The 2020 Law on Peaceful Assemblies, which requires organisers to notify local authorities five days in "
         "advance and restricts rallies to designated places, \"is used to criminalise spontaneous protest,\" the bureau said.")
ABD, SER, ND = "Yerzhan Abdrakhmanov", "Aliya Serikbayeva", "Nurlan Dzhumabaev"
KIBHR = "Kazakhstan International Bureau for Human Rights and Rule of Law"
SENT = "Sentencing of Yerzhan Abdrakhmanov and Aliya Serikbayeva"
DOCS["h03_kz_trial_news.txt"] = {
    "people": [
        P("Dina Nurpeisova", [], ["reporter"]),
        # "Kassym-Jomart Tokaev" is h04's spelling (cross-document transliteration alias, see README).
        P("Kassym-Jomart Tokayev", ["Tokayev", "Kassym-Jomart Tokaev"], ["President"]),
        P(ND, ["Judge Dzhumabaev", "Judge Nurlan Dzhumabaev"], ["judge of the Medeu District Court"]),
        P(ABD, ["Abdrakhmanov", "Abdrahmanov"], ["activist"]),
        P(SER, ["Serikbayeva"], ["environmental campaigner"]),
        P("Dana Kenzhebekova", [], ["Abdrakhmanov's lawyer"]),
        P("Yevgeniy Zhovtis", [], ["chairman of KIBHR"]),
        P("Askar Temirbekov", [], ["spokesman for the Medeu District Court"]),
    ],
    "organizations": [
        O("Medeu District Court", "court", ["Medeu court"]),
        O("Kazakhstan government", "government", ["the authorities", "Akorda"]),
        O("Kazakhstan police", "government", ["Police"]),
        O("Central Election Commission", "government"),
        O("Rosatom", "company"),
        O("Russia government", "government", ["Kremlin"]),
        O("Facebook", "company"),
        O(KIBHR, "ngo", ["KIBHR"]),
        O("Supreme Court of Kazakhstan", "court"),
        O("Amnesty International", "ngo"),
        O("Prosecutor General's Office", "government"),
        O("Almaty City Court", "court"),
        O("Alga, Kazakhstan!", "party"),
    ],
    "locations": [L("Almaty", "city"), L("Kazakhstan", "country"), L("Abay monument", "venue"), L("Ulken", "city"),
                  L("Lake Balkhash", "region"), L("Russia", "country")],
    "events": [
        E(SENT, "sentencing", "2024-11-19", "Almaty",
          [(ABD, "victim"), (SER, "victim"), (ND, "perpetrator"), ("Medeu District Court", "perpetrator")], k_lead,
          ["the verdict"]),
        E("Protest at the Abay monument", "protest", "2024-10-06", "Abay monument",
          [(ABD, "participant"), (SER, "participant")], k_prot, ["a protest against Kazakhstan's first nuclear power plant"]),
        E("Detention of protesters in Almaty", "arrest", "2024-10-06", "Almaty",
          [("Kazakhstan police", "perpetrator"), (ABD, "victim"), (SER, "victim")], k_police),
        E("Referendum on the nuclear power plant", "election", "2024-10-06", "Kazakhstan", [], k_prot,
          ["the national referendum on the construction of a nuclear power plant", "the referendum"]),
        E("Publication of referendum results", "other", "2024-10-07", None,
          [("Central Election Commission", "organizer")], k_cec),
        E("Tokayev comes to power", "other", "2019", "Kazakhstan", [("Kassym-Jomart Tokayev", "participant")], k_tok),
        E("Signing of the 2022 constitutional amendments", "legislation", "2022", "Kazakhstan",
          [("Kassym-Jomart Tokayev", "organizer")], k_amend),
        E("Trial of Alga, Kazakhstan! members", "trial", "2023-03", None,
          [(ND, "perpetrator"), ("Alga, Kazakhstan!", "target")], k_alga),
    ],
    "laws": [
        LAW("Criminal Code of Kazakhstan", "code", "Kazakhstan"),
        LAW("Constitution of Kazakhstan", "constitution", "Kazakhstan", None, ["the Constitution"]),
        LAW(ICCPR, "treaty", "international"),
        LAW("Law on Peaceful Assemblies", "statute", "Kazakhstan", 2020),
    ],
    "measures": ["2022 constitutional amendments"],
    "violations": [
        V("the prosecution (of Abdrakhmanov and Serikbayeva)", SENT,
          [("Constitution of Kazakhstan", "32"), ("ICCPR", "21")], k_v),
    ],
    "relations": [
        R(ND, "works_for", "Medeu District Court", k_judge, "judge"),
        R(ND, "participated_in", SENT, k_judge, "presiding judge"),
        R(ABD, "charged_under", "Criminal Code of Kazakhstan", k_judge, "Article 174"),
        R(SER, "charged_under", "Criminal Code of Kazakhstan", k_serik, "art. 400"),
        R(ABD, "participated_in", "Protest at the Abay monument", k_prot),
        R(SER, "participated_in", "Protest at the Abay monument", k_prot),
        R("Kazakhstan police", "other", "Protest at the Abay monument", k_police, "detained protesters"),
        R("Dana Kenzhebekova", "represents", ABD, k_lawyer, "lawyer"),
        R("Yevgeniy Zhovtis", "leads", KIBHR, k_zhov, "chairman"),
        R("Yevgeniy Zhovtis", "called_on", "Supreme Court of Kazakhstan", k_zhov),
        R(KIBHR, "criticized", SENT, k_v),
        R("Amnesty International", "called_on", "Kazakhstan government", k_ai),
        R("Kassym-Jomart Tokayev", "leads", "Kazakhstan government", k_lead, "President"),
        R("Askar Temirbekov", "works_for", "Medeu District Court", k_spok, "spokesman"),
        R("Rosatom", "located_in", "Russia", k_cec),
        R("Abay monument", "located_in", "Almaty", k_prot),
        R(ND, "participated_in", "Trial of Alga, Kazakhstan! members", k_alga, "presided"),
        R("Central Election Commission", "participated_in", "Referendum on the nuclear power plant", k_cec),
    ],
}

# --- h04: op-ed, Uzbekistan and the region ---------------------------------------------
u_author = "Sanjar Rakhimov is a researcher at the Central Asia Rights Institute in Berlin."
u_nukus = ("Two years ago, in the first days of July 2022, thousands of people took to the streets of Nukus, the capital "
           "of Uzbekistan's autonomous Republic of Karakalpakstan.")
u_kill = ("According to official figures, 21 people were killed when security forces dispersed the crowds on 1 and 2 "
          "July; more than 500 were detained.")
u_mirz = ("President Shavkat Mirziyoyev quickly withdrew the amendments and declared a month-long state of emergency in "
          "the region.")
u_sent = ("Instead, in January 2023 a court in Bukhara sentenced the lawyer and journalist Dauletmurat Tazhimuratov to "
          "16 years in prison for \"attempting to overthrow the constitutional order\" under Article 159 of Uzbekistan's "
          "Criminal Code.")
u_ed = "Tazhimuratov, the editor of the newspaper El Xabarlari, told the court that he had been beaten in custody."
u_unhrc = ("The UN Human Rights Committee and the Working Group on Arbitrary Detention have both asked Tashkent to "
           "investigate his allegations.")
u_cat = ("Torture of detainees is absolutely prohibited by the Convention against Torture, and the use of confessions "
         "extracted under duress violates Article 15 of that convention.")
u_kz = ("In Kazakhstan, President Kassym-Jomart Tokaev promised a \"New Kazakhstan\" after the bloody events of January "
        "2022, yet peaceful protesters are still prosecuted for \"inciting discord\".")
u_kg = ("In Kyrgyzstan, journalist Azamat Jumabayev spent months in pre-trial detention this year for an investigation "
        "into road contracts; Jumabayev's case was raised by the OSCE and by the European Parliament.")
u_iccpr = ("Criminalising peaceful assembly and speech violates Articles 19 and 21 of the ICCPR, and holding defendants "
           "in incommunicado detention violates art. 9 of the same covenant.")
u_gsp = ("In 2021 the European Union granted Uzbekistan GSP+ trade preferences, which are conditional on the "
         "implementation of 27 international conventions, including the ICCPR and the Convention against Torture.")
u_ec = ("The European Commission's latest monitoring report, published in November 2023, mentioned Karakalpakstan only "
        "in passing.")
u_us = ("The United States, for its part, hosted President Mirziyoyev at a C5+1 summit in New York in September 2023 "
        "without publicly raising the Nukus killings.")
u_khid = ("In Tashkent, the lawyer Nodira Khidoyatova has filed complaints on behalf of the families of those killed in "
          "Nukus, despite being summoned three times by the State Security Service.")
u_moth = ("In Nukus, a small group of relatives calling themselves the Mothers of Karakalpakstan meets every month to "
          "share information on the 80 people who, they say, are still missing or unaccounted for.")
u_turk = ("Open an independent international investigation into the events of July 2022, as the UN High Commissioner "
          "for Human Rights, Volker Türk, requested at the time.")
u_review = ("The European Union should make the next review of Uzbekistan's GSP+ status, due in 2025, conditional on "
            "concrete progress in Karakalpakstan.")
u_udhr = ("All of them routinely cite Article 19 of the Universal Declaration of Human Rights in speeches at the United "
          "Nations.")
TAZ, MIRZ = "Dauletmurat Tazhimuratov", "Shavkat Mirziyoyev"
NUKUS = "Nukus protests"
DOCS["h04_uz_oped.txt"] = {
    "people": [
        P("Sanjar Rakhimov", [], ["researcher at the Central Asia Rights Institute"]),
        P(MIRZ, ["Mirziyoyev", "President Mirziyoyev"], ["President"]),
        P(TAZ, ["Tazhimuratov"], ["lawyer and journalist", "editor of El Xabarlari"]),
        P("Kassym-Jomart Tokaev", ["Kassym-Jomart Tokayev", "Tokayev"], ["President"]),
        P("Azamat Jumabayev", ["Jumabayev", "Azamat Dzhumabaev", "Dzhumabaev"], ["journalist"]),
        P("Nodira Khidoyatova", [], ["lawyer"]),
        P("Volker Türk", [], ["UN High Commissioner for Human Rights"]),
    ],
    "organizations": [
        O("Central Asia Rights Institute", "ngo"),
        O("Uzbekistan government", "government", ["Tashkent"]),
        O("Uzbekistan security forces", "government", ["security forces"]),
        O("El Xabarlari", "media"),
        O("UN Human Rights Committee", "intergovernmental"),
        O("Working Group on Arbitrary Detention", "intergovernmental"),
        O("Organization for Security and Co-operation in Europe", "intergovernmental", ["OSCE"]),
        O("European Parliament", "intergovernmental"),
        O("European Union", "intergovernmental", ["Brussels"]),
        O("European Commission", "intergovernmental"),
        O("United States government", "government", ["The United States"]),
        O("Mothers of Karakalpakstan", "movement"),
        O("State Security Service", "government"),
        O("United Nations", "intergovernmental", ["UN"]),
    ],
    "locations": [L("Nukus", "city"), L("Uzbekistan", "country"), L("Republic of Karakalpakstan", "region"),
                  L("Bukhara", "city"), L("Tashkent", "city"), L("Kazakhstan", "country"), L("Kyrgyzstan", "country"),
                  L("New York", "city"), L("Berlin", "city"), L("Central Asia", "region"),
                  L("United States", "country")],
    "events": [
        E(NUKUS, "protest", "2022-07", "Nukus", [], u_nukus, ["the events of July 2022"]),
        E("Killings in Nukus", "killing", "2022-07-01", "Nukus",
          [("Uzbekistan security forces", "perpetrator")], u_kill, ["the Nukus killings", "the killings"]),
        E("Mass detentions in Nukus", "arrest", "2022-07", "Nukus",
          [("Uzbekistan security forces", "perpetrator")], u_kill),
        E("State of emergency in Karakalpakstan", "other", "2022-07", "Republic of Karakalpakstan",
          [(MIRZ, "organizer")], u_mirz),
        E("Sentencing of Dauletmurat Tazhimuratov", "sentencing", "2023-01", "Bukhara", [(TAZ, "victim")], u_sent),
        E("January 2022 events in Kazakhstan", "crackdown", "2022-01", "Kazakhstan", [], u_kz,
          ["the bloody events of January 2022"]),
        E("Pre-trial detention of Azamat Jumabayev", "arrest", "2024", "Kyrgyzstan",
          [("Azamat Jumabayev", "victim")], u_kg),
        E("EU grants GSP+ to Uzbekistan", "other", "2021", None,
          [("European Union", "organizer"), ("Uzbekistan government", "participant")], u_gsp),
        E("European Commission GSP+ monitoring report", "review", "2023-11", None,
          [("European Commission", "organizer")], u_ec),
        E("C5+1 summit in New York", "meeting", "2023-09", "New York",
          [("United States government", "host"), (MIRZ, "guest")], u_us),
        E("Review of Uzbekistan's GSP+ status", "review", "2025", None, [("European Union", "organizer")], u_review),
    ],
    "laws": [
        LAW("Criminal Code of Uzbekistan", "code", "Uzbekistan", None, ["Uzbekistan's Criminal Code"]),
        LAW("Convention against Torture", "treaty", "international"),
        LAW(ICCPR, "treaty", "international", None, ["ICCPR"]),
        LAW("Universal Declaration of Human Rights", "declaration", "international"),
    ],
    "measures": ["draft constitutional amendments", "GSP+ trade preferences"],
    "violations": [
        V("the use of confessions extracted under duress", None, [("CAT", "15")], u_cat),
        V("Criminalising peaceful assembly and speech", None, [("ICCPR", "19"), ("ICCPR", "21")], u_iccpr),
        V("holding defendants in incommunicado detention", None, [("ICCPR", "9")], u_iccpr),
    ],
    "relations": [
        R("Sanjar Rakhimov", "works_for", "Central Asia Rights Institute", u_author, "researcher"),
        R("Central Asia Rights Institute", "located_in", "Berlin", u_author),
        R(MIRZ, "leads", "Uzbekistan government", u_mirz, "President"),
        R(TAZ, "charged_under", "Criminal Code of Uzbekistan", u_sent, "Article 159"),
        R(TAZ, "leads", "El Xabarlari", u_ed, "editor"),
        R("UN Human Rights Committee", "called_on", "Uzbekistan government", u_unhrc),
        R("Working Group on Arbitrary Detention", "called_on", "Uzbekistan government", u_unhrc),
        R("Organization for Security and Co-operation in Europe", "other", "Azamat Jumabayev", u_kg, "raised his case"),
        R("European Parliament", "other", "Azamat Jumabayev", u_kg, "raised his case"),
        R("United States government", "met_with", MIRZ, u_us, "hosted"),
        R(MIRZ, "participated_in", "C5+1 summit in New York", u_us),
        R("State Security Service", "other", "Nodira Khidoyatova", u_khid, "summoned"),
        R("Volker Türk", "works_for", "United Nations", u_turk, "UN High Commissioner for Human Rights"),
        R("Sanjar Rakhimov", "called_on", "European Union", u_review),
        R("Nukus", "located_in", "Republic of Karakalpakstan", u_nukus),
        R("Mothers of Karakalpakstan", "located_in", "Nukus", u_moth),
        R("European Union", "other", "Uzbekistan government", u_gsp, "granted GSP+"),
        R("Kassym-Jomart Tokaev", "participated_in", "January 2022 events in Kazakhstan", u_kz),
    ],
}


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for doc, g in DOCS.items():
        text = (HERE / "corpus" / doc).read_text(encoding="utf-8")
        for part in ("events", "violations", "relations"):
            for item in g.get(part, []):
                assert item["evidence"] in text, (doc, item["evidence"][:60])
        out = {"document": doc, **g}
        (HERE / "gold" / doc.replace(".txt", ".json")).write_text(
            json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", len(DOCS), "gold files")


if __name__ == "__main__":
    main()

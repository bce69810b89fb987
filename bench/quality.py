"""Extraction quality on gold sets: entity P/R/F1 (exact span and label) and speakers.

Speaker found = the claim that overlaps a gold claim most names its source: the gold
speaker, or for a pronoun the name it refers to (see annotations.nlp.analyze.score_document).

    python bench/quality.py                 # the dev sets (tuned on): real news and written
    python bench/quality.py --heldout       # the held-out sets: run ONCE, at the end of a round
    python bench/quality.py --engine spacy  # another engine
    python bench/quality.py -v              # also each missed speaker and entity (dev sets only)
    python bench/quality.py --only dev7     # one set (by folder name)

The held-out sets are scored only with --heldout, and -v is refused with it: reading
held-out errors would turn them into tuning data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.core.documents import make_document  # noqa: E402
from annotations.nlp.analyze import score_document, sum_scores  # noqa: E402
from annotations.nlp.extract import EngineUnavailable, get_engine  # noqa: E402
from annotations.nlp.pipeline import analyse_set  # noqa: E402

DEV = {
    "real news, dev": ROOT / "tests" / "gold_real" / "dev",
    "real news, dev round 4 (modern US federal newsrooms)": ROOT / "tests" / "gold_real" / "dev4",
    "real news, dev round 5 (Wikinews and others, 14 events)": ROOT / "tests" / "gold_real" / "dev5",
    "real news, dev round 6 (Wikinews 2019-2020, 14 events)": ROOT / "tests" / "gold_real" / "dev6",
    "real news, dev round 7 (Conversation, GOV.UK, EC, Kremlin, DOJ, DoD, Wikinews; 16 events)": ROOT / "tests" / "gold_real" / "dev7",
    # held-out parts 5 and 6, scored once (2026-11-29: 0.828 / 0.744 together), then opened as dev round 8
    "real news, dev round 8a (was held-out part 5; 15 events)": ROOT / "tests" / "gold_real" / "heldout5",
    "real news, dev round 8b (was held-out part 6; 16 events, 11 with their headline)": ROOT / "tests" / "gold_real" / "heldout6",
    # held-out parts 7-9, scored once (2026-11-30: 0.817 / 0.720 together), then opened as dev round 9
    "real news, dev round 9a (was held-out part 7; 16 events)": ROOT / "tests" / "gold_real" / "heldout7",
    "real news, dev round 9b (was held-out part 8; 11 events)": ROOT / "tests" / "gold_real" / "heldout8",
    "real news, dev round 9c (was held-out part 9; 13 events)": ROOT / "tests" / "gold_real" / "heldout9",
    # held-out parts 10-12, scored once (2026-11-30: 0.838 / 0.731 together), then opened as dev round 10
    "real news, dev round 10a (was held-out part 10; 15 events)": ROOT / "tests" / "gold_real" / "heldout10",
    "real news, dev round 10b (was held-out part 11; 12 events)": ROOT / "tests" / "gold_real" / "heldout11",
    "real news, dev round 10c (was held-out part 12; 12 events)": ROOT / "tests" / "gold_real" / "heldout12",
    # held-out parts 13 and 14, scored once (2026-11-30: 0.852 / 0.806 together), then opened as dev round 11
    "real news, dev round 11a (was held-out part 13; 12 events)": ROOT / "tests" / "gold_real" / "heldout13",
    "real news, dev round 11b (was held-out part 14; 12 events)": ROOT / "tests" / "gold_real" / "heldout14",
    # held-out parts 15-17, scored once (2026-11-30: 0.875 / 0.786 together), then opened as dev round 12
    "real news, dev round 12a (was held-out part 15: government and state outlets: DOD, EC, GOV.UK, Kremlin, government.ru, NOAA, NASA; 12 events)": ROOT / "tests" / "gold_real" / "heldout15",
    "real news, dev round 12b (was held-out part 16: Global Voices and Wikinews: platforms, courts, health, protests, elections; 12 events)": ROOT / "tests" / "gold_real" / "heldout16",
    "real news, dev round 12c (was held-out part 17: VOA and Wikinews wire-style international news; 12 events)": ROOT / "tests" / "gold_real" / "heldout17",
    # held-out parts 18-20, scored once (2026-11-30: 0.862 / 0.910 together), then opened as dev round 13
    "real news, dev round 13a (was held-out part 18: 2023-2025 politics, security and tech regulation: DOD, DOJ, FCC, GOV.UK, EC, Kremlin; 12 events)": ROOT / "tests" / "gold_real" / "heldout18",
    "real news, dev round 13b (was held-out part 19: Wikinews 2019-2020: accidents, disasters, crime, science, sport; 12 events)": ROOT / "tests" / "gold_real" / "heldout19",
    "real news, dev round 13c (was held-out part 20: VOA regional reporting 2011-2023: elections, protests, press freedom, migration; 10 events)": ROOT / "tests" / "gold_real" / "heldout20",
    # held-out parts 21-23, scored once (2026-11-30: 0.827 / 0.713 together), then opened as dev round 14
    "real news, dev round 14a (was held-out part 21: European Commission, kremlin.ru, government.ru 2016-2023: trade, budgets, energy, health, diplomacy; 12 events)": ROOT / "tests" / "gold_real" / "heldout21",
    "real news, dev round 14b (was held-out part 22: US federal newsrooms 2015-2023: DOJ, Coast Guard, CDC, Interior, FEMA, NASA, USDA, State; 12 events)": ROOT / "tests" / "gold_real" / "heldout22",
    "real news, dev round 14c (was held-out part 23: GOV.UK, Wikinews, Global Voices: courts, transport, environment, councils, culture; 12 events)": ROOT / "tests" / "gold_real" / "heldout23",
    # held-out parts 24-26, scored once (2026-11-30: 0.888 / 0.856 together), then opened as dev round 15
    "real news, dev round 15a (was held-out part 24: VOA, European Commission, GOV.UK, Wikinews: disasters, rights, trade; 12 events)": ROOT / "tests" / "gold_real" / "heldout24",
    "real news, dev round 15b (was held-out part 25: Wikinews, VOA, GOV.UK, kremlin.ru: elections, earthquakes, economy, sport; 12 events)": ROOT / "tests" / "gold_real" / "heldout25",
    "real news, dev round 15c (was held-out part 26: VOA, DOD, GOV.UK, EC: conflict, security, migration, human rights; 12 events)": ROOT / "tests" / "gold_real" / "heldout26",
    # held-out parts 27-29, scored once (2026-11-30: 0.871 / 0.722 together), then opened as dev round 16
    "real news, dev round 16a (was held-out part 27: Wikinews, VOA, EC, GOV.UK: politics, courts, health, science; 11 events)": ROOT / "tests" / "gold_real" / "heldout27",
    "real news, dev round 16b (was held-out part 28: VOA, GOV.UK, US Coast Guard, Global Voices, EC, kremlin.ru: disasters, floods, fires, mines; 12 events)": ROOT / "tests" / "gold_real" / "heldout28",
    "real news, dev round 16c (was held-out part 29: VOA, Wikinews, EC, GOV.UK, FTC, Commerce, Global Voices: elections, diplomacy, technology; 12 events)": ROOT / "tests" / "gold_real" / "heldout29",
    # held-out parts 30-32, scored once (2026-11-30: 0.886 / 0.782 together), then opened as dev round 17
    "real news, dev round 17a (was held-out part 30: VOA, Global Voices, EC, GOV.UK: refugees, elections, conflict, health; 12 events)": ROOT / "tests" / "gold_real" / "heldout30",
    "real news, dev round 17b (was held-out part 31: VOA, Wikinews, EC, GOV.UK, kremlin.ru, FTC, NASA: economy, technology, health, science; 12 events)": ROOT / "tests" / "gold_real" / "heldout31",
    "real news, dev round 17c (was held-out part 32: VOA, Wikinews, EC, GOV.UK, AFPS: elections, protests, courts, conflict, migration; 12 events)": ROOT / "tests" / "gold_real" / "heldout32",
    # held-out parts 33-35, scored once (2026-11-30: 0.901 / 0.814 together), then opened as dev round 18
    "real news, dev round 18a (was held-out part 33: VOA, Wikinews, GOV.UK, EC: earthquakes, floods, US politics, Zimbabwe; 12 events)": ROOT / "tests" / "gold_real" / "heldout33",
    "real news, dev round 18b (was held-out part 34: VOA, GOV.UK, The Conversation, kremlin.ru, EC, DOJ, Wikinews; 12 events)": ROOT / "tests" / "gold_real" / "heldout34",
    "real news, dev round 18c (was held-out part 35: VOA, Wikinews, GOV.UK, State Department, kremlin.ru: press freedom, conflict, migration; 10 events)": ROOT / "tests" / "gold_real" / "heldout35",
    # held-out parts 36-38, scored once (2026-11-30: 0.865 / 0.822 together), then opened as dev round 19
    "real news, dev round 19a (was held-out part 36: VOA, Wikinews, GOV.UK, kremlin.ru, EC: elections, attacks, aid, migration; 12 events)": ROOT / "tests" / "gold_real" / "heldout36",
    "real news, dev round 19b (was held-out part 37: VOA, DOJ, Wikinews, HSE, kremlin.ru: earthquake, fraud, crashes, workplace prosecutions; 9 events)": ROOT / "tests" / "gold_real" / "heldout37",
    "real news, dev round 19c (was held-out part 38: VOA, GOV.UK, State Department, EC: elections, crackdowns, conflict, deportations; 11 events)": ROOT / "tests" / "gold_real" / "heldout38",
    # held-out parts 39-41, scored once (2026-11-30: 0.877 / 0.812 together), then opened as dev round 20
    "real news, dev round 20a (was held-out part 39: VOA, Wikinews, Global Voices, GOV.UK: coups, elections, protests, disasters; 13 events)": ROOT / "tests" / "gold_real" / "heldout39",
    "real news, dev round 20b (was held-out part 40: VOA Khmer, VOA Studio 7, VOA News, Global Voices: elections, rights, health; 12 events)": ROOT / "tests" / "gold_real" / "heldout40",
    "real news, dev round 20c (was held-out part 41: GOV.UK, EC, DoD, EPA, DHS, NASA, government.ru: policy, security, science; 12 events)": ROOT / "tests" / "gold_real" / "heldout41",
    # held-out parts 42-44, scored once (2026-11-30: 0.782 / 0.755 together; a bug they exposed fixed after), then opened as dev round 21
    "real news, dev round 21a (was held-out part 42: Wikinews, VOA, DOJ, HSE: courts, accidents, science, business, sport; 12 events)": ROOT / "tests" / "gold_real" / "heldout42",
    "real news, dev round 21b (was held-out part 43: VOA, State Department, Global Voices, GOV.UK: attacks, elections, migration, diplomacy; 12 events)": ROOT / "tests" / "gold_real" / "heldout43",
    "real news, dev round 21c (was held-out part 44: USDA, Interior, GOV.UK, Coast Guard, Army, FEMA, White House, NOAA, kremlin.ru: disasters, environment; 12 events)": ROOT / "tests" / "gold_real" / "heldout44",
    # held-out parts 45-47, scored once (2026-11-30: 0.895 / 0.748 together), then opened as dev round 22
    "real news, dev round 22a (was held-out part 45: Wikinews, VOA, Global Voices, The Conversation: elections, obituaries, conventions, courts, protest; 12 events)": ROOT / "tests" / "gold_real" / "heldout45",
    "real news, dev round 22b (was held-out part 46: VOA, National Guard, DoD, NOAA, State Department, EC, Wikinews: disasters, elections, diplomacy, military; 12 events)": ROOT / "tests" / "gold_real" / "heldout46",
    "real news, dev round 22c (was held-out part 47: VOA, Global Voices, GOV.UK, Wikinews, The Conversation, kremlin.ru: economy, sport, courts, health; 11 events)": ROOT / "tests" / "gold_real" / "heldout47",
    # held-out parts 48-50, scored once (2026-11-30: 0.850 / 0.820 together), then opened as dev round 23
    "real news, dev round 23a (was held-out part 48: VOA, Studio 7, Wikinews, Global Voices, The Conversation: strikes, courts, refugees, press freedom, health; 10 events)": ROOT / "tests" / "gold_real" / "heldout48",
    "real news, dev round 23b (was held-out part 49: DOJ, Army, DVIDS, DoD, USDA, NASA, GOV.UK, HMRC, EC: courts, trade, wildfires, science; 12 events)": ROOT / "tests" / "gold_real" / "heldout49",
    "real news, dev round 23c (was held-out part 50: Wikinews, VOA, GOV.UK: air crash, obituary, space, elections, ferry, attack, diplomacy; 8 events)": ROOT / "tests" / "gold_real" / "heldout50",
    # held-out parts 51-53, scored once (2026-11-30: 0.857 / 0.805 together), then opened as dev round 24
    "real news, dev round 24a (was held-out part 51: VOA, VOA Learning English, Wikinews, Global Voices, The Conversation: science, climate, medicine, migration; 12 events)": ROOT / "tests" / "gold_real" / "heldout51",
    "real news, dev round 24b (was held-out part 52: VOA, GOV.UK, EC, DoD, FEMA, DOJ, NASA, State Department: diplomacy, sanctions, exercises, courts; 12 events)": ROOT / "tests" / "gold_real" / "heldout52",
    "real news, dev round 24c (was held-out part 53: VOA Khmer, VOA, Wikinews, Global Voices, kremlin.ru, HSE: sport, crime, protest, accidents; 10 events)": ROOT / "tests" / "gold_real" / "heldout53",
    # held-out parts 54-56, scored once (2026-11-30: 0.876 / 0.844 together), then opened as dev round 25
    "real news, dev round 25a (was held-out part 54: VOA, Global Voices, The Conversation, GOV.UK: elections, Ebola, protest, eruption, courts; 11 events)": ROOT / "tests" / "gold_real" / "heldout54",
    "real news, dev round 25b (was held-out part 55: Coast Guard, DOJ, DVIDS, Army, FEMA, NOAA, USDA, GOV.UK, EC, government.ru, kremlin.ru; 12 events)": ROOT / "tests" / "gold_real" / "heldout55",
    "real news, dev round 25c (was held-out part 56: VOA, Wikinews, GOV.UK, Global Voices: air crash, health, exiles, floods, fire, sport, business; 11 events)": ROOT / "tests" / "gold_real" / "heldout56",
    # held-out parts 57-59, scored once (2026-11-30: 0.886 / 0.844 together), then opened as dev round 26
    "real news, dev round 26a (was held-out part 57: VOA, GOV.UK, Global Voices: refugees, crackdowns, earthquakes, elections, Ebola, cyclone; 11 events)": ROOT / "tests" / "gold_real" / "heldout57",
    "real news, dev round 26b (was held-out part 58: National Guard, DOJ, EC, HSE, kremlin.ru, government.ru, NOAA, FEMA, USDA; 12 events)": ROOT / "tests" / "gold_real" / "heldout58",
    "real news, dev round 26c (was held-out part 59: VOA Learning English, Wikinews, Global Voices: science, sport, courts, obituary, rail crash; 10 events)": ROOT / "tests" / "gold_real" / "heldout59",
    # held-out parts 60-62, scored once (2026-11-30: 0.858 / 0.835 together), then opened as dev round 27
    "real news, dev round 27a (was held-out part 60: VOA Studio 7, VOA Khmer, VOA, GOV.UK, Global Voices: courts, elections, strikes, Ebola, migration, sport; 11 events)": ROOT / "tests" / "gold_real" / "heldout60",
    "real news, dev round 27b (was held-out part 61: National Guard, AFPS, Army, Army Reserve, DVIDS, Coast Guard, NOAA, FEMA, Environment Agency, kremlin.ru; 12 events)": ROOT / "tests" / "gold_real" / "heldout61",
    "real news, dev round 27c (was held-out part 62: VOA, VOA Special English, Wikinews, Global Voices: earthquakes, ferry, technology, economy, politics; 12 events)": ROOT / "tests" / "gold_real" / "heldout62",
    # held-out parts 63-65, scored once (2026-11-30: 0.869 / 0.860 together), then opened as dev round 28
    "real news, dev round 28a (was held-out part 63: VOA, VOA Learning English, Army Reserve, DOJ, 10 Downing Street: floods, storms, opposition, press freedom, waste, fitness study, sentencing, summit; 11 events)": ROOT / "tests" / "gold_real" / "heldout63",
    "real news, dev round 28b (was held-out part 64: kremlin.ru, Wikinews: bombings, fires, shipwreck, air crash, a pope's resignation, deaths; 10 events)": ROOT / "tests" / "gold_real" / "heldout64",
    "real news, dev round 28c (was held-out part 65: VOA, VOA Khmer, MHRA, HSE, FTC, Coast Guard: elections, land disputes, attacks, fake pills, fraud, rescues; 12 events)": ROOT / "tests" / "gold_real" / "heldout65",
    # held-out parts 66-68, scored once (2026-11-30: 0.874 / 0.847 together), then opened as dev round 29
    "real news, dev round 29a (was held-out part 66: EPA, DOJ, VOA Khmer, VOA Studio 7, VOA, VOA Learning English: elections, land, farm invasions, bridge collapse, threats, hacking, pollution; 12 events)": ROOT / "tests" / "gold_real" / "heldout66",
    "real news, dev round 29b (was held-out part 67: European Commission, HSE, Ofsted, kremlin.ru, The Conversation; 9 events)": ROOT / "tests" / "gold_real" / "heldout67",
    "real news, dev round 29c (was held-out part 68: VOA, VOA Special English, National Guard, Air Force, AFPS, DVIDS, Navy, Wikinews; 12 events)": ROOT / "tests" / "gold_real" / "heldout68",
    # held-out parts 69-71, scored once (2026-11-30: 0.841 / 0.818 together), then opened as dev round 30
    "real news, dev round 30a (was held-out part 69: VOA, VOA Learning English, DOJ, European Commission, GOV.UK, MCA, Coast Guard: obituary, Brexit, coup, floods, bribery, rescues; 12 events)": ROOT / "tests" / "gold_real" / "heldout69",
    "real news, dev round 30b (was held-out part 70: VOA Studio 7, VOA, HSE, NASA, USDA, Global Voices, Wikinews: cholera, shortages, fines, comets, floods, a school shooting; 12 events)": ROOT / "tests" / "gold_real" / "heldout70",
    "real news, dev round 30c (was held-out part 71: VOA, VOA Learning English, DVIDS, Army, Air Force, DOJ, European Commission: protests, peace talks, exercises, earthquake relief, fraud, aid; 12 events)": ROOT / "tests" / "gold_real" / "heldout71",
    # held-out parts 72-74, scored once (2026-11-30: 0.820 / 0.840 together), then opened as dev round 31
    "real news, dev round 31a (was held-out part 72: VOA, MCA, State Department, Global Voices: earthquakes, strikes, protests, rescues, a hurricane; 9 events)": ROOT / "tests" / "gold_real" / "heldout72",
    "real news, dev round 31b (was held-out part 73: VOA, VOA Learning English, HSE, NASA, DoD News, kremlin.ru: measles, a sit-in, fines, launches, wildfires; 8 events)": ROOT / "tests" / "gold_real" / "heldout73",
    "real news, dev round 31c (was held-out part 74: VOA Khmer, VOA Studio 7, VOA, Navy, MSC, USAGM, AFPS, European Commission: arrests, threats, relief, floods, a declaration; 9 events)": ROOT / "tests" / "gold_real" / "heldout74",
    # held-out parts 75-77, scored once (2026-11-30: 0.862 / 0.914 together), then opened as dev round 32
    "real news, dev round 32a (was held-out part 75: Department of Labor, EPA, DOJ, VOA, 10 Downing Street: a trench death, back wages, grants, a plea, refugees, a call; 9 events)": ROOT / "tests" / "gold_real" / "heldout75",
    "real news, dev round 32b (was held-out part 76: USGS, VOA Learning English, Environment Agency, European Commission, NOAA: floods, El Nino, a sculpture, tides, a summit, a year's review; 10 events)": ROOT / "tests" / "gold_real" / "heldout76",
    "real news, dev round 32c (was held-out part 77: VOA, VOA Khmer, USAID, DoD News, AFPS, State Department, kremlin.ru: a palace attack, famine aid, airlifts, Ebola, floods, a border speech; 10 events)": ROOT / "tests" / "gold_real" / "heldout77",
    # held-out parts 78-80, scored once (2026-11-30: 0.850 / 0.915 together), then opened as dev round 33
    "real news, dev round 33a (was held-out part 78: VOA, GOV.UK DFID and Foreign Office, FEMA, DHS: an attack, a pipeline blast, an emergency fund, hurricanes, floods, the border; 8 events)": ROOT / "tests" / "gold_real" / "heldout78",
    "real news, dev round 33b (was held-out part 79: National Park Service, VOA, VOA Special English, Fish and Wildlife Service, NASA, Department of Energy: missing hikers, a vaccine trial, planets, eagles, wolves, Mars, laboratories; 8 events)": ROOT / "tests" / "gold_real" / "heldout79",
    "real news, dev round 33c (was held-out part 80: SEC, Commerce BIS, kremlin.ru, government.ru, European Commission, VOA: settlements, export listings, meetings, surveillance, a missile attack; 9 events)": ROOT / "tests" / "gold_real" / "heldout80",
    # held-out parts 81-84, scored once (2026-11-30: 0.872 / 0.740 together), then opened as dev round 34
    "real news, dev round 34a (was held-out part 81: GOV.UK Foreign Office, Wikinews, The Conversation, Global Voices: a hostage attack, meetings, a pipeline, a fan expo, a campaign, satire; 8 events)": ROOT / "tests" / "gold_real" / "heldout81",
    "real news, dev round 34b (was held-out part 82: VOA, Air Force, Navy, NIH: an abduction, strikes, envoy talks, exercises, deployments, a swearing-in; 8 events)": ROOT / "tests" / "gold_real" / "heldout82",
    "real news, dev round 34c (was held-out part 83: FBI, European Commission, NTSB, kremlin.ru: a fugitive, a charge, testimony, arrests, trade agreements, roaming, a summit, an address, a meeting; 10 events)": ROOT / "tests" / "gold_real" / "heldout83",
    "real news, dev round 34d (was held-out part 84: VOA Learning English, MCA and HM Coastguard, HSE, NASA, NOAA, Fish and Wildlife Service, Global Voices: speeches, rescues, a fine, a mission, a whale, an albatross, a plane, a killing; 10 events)": ROOT / "tests" / "gold_real" / "heldout84",
    # held-out parts 85-87, scored once (2026-11-30: 0.878 / 0.838 together), then opened as dev round 35
    "real news, dev round 35a (was held-out part 85: VOA, State Department, DoD News, European Commission: troop talks, a manhunt, airstrikes, press harassment, a mosque attack, a Pentagon visit, a summit, aid; 8 events)": ROOT / "tests" / "gold_real" / "heldout85",
    "real news, dev round 35b (was held-out part 86: MCA and HM Coastguard, Environment Agency, HSE, kremlin.ru, The Conversation, Global Voices: rescues, a fine, meetings, a campaign, a letter; 9 events)": ROOT / "tests" / "gold_real" / "heldout86",
    "real news, dev round 35c (was held-out part 87: VOA Learning English, DOJ, FBI, NOAA, USGS, Wikinews: a freedom report, a debate, protests, a conviction, a fugitive, whales, an earthquake appeal, a premiere; 9 events)": ROOT / "tests" / "gold_real" / "heldout87",
    # held-out parts 88-90, scored once (2026-11-30: 0.877 / 0.820 together), then opened as dev round 36
    "real news, dev round 36a (was held-out part 88: VOA, VOA Khmer, European Commission, State Department, HSE: a travel warning, spying reports, detained reporters, aid, a call, a fine; 6 events)": ROOT / "tests" / "gold_real" / "heldout88",
    "real news, dev round 36b (was held-out part 89: army.mil, AFPS, NASA, government.ru, Global Voices: a partnership, talks, a launch, remarks, a dismissal; 5 events)": ROOT / "tests" / "gold_real" / "heldout89",
    "real news, dev round 36c (was held-out part 90: DOJ, USDA, FEMA, Interior, VOA Learning English, The Conversation: appointments, grants, a tribal emergency, wrestlers, fellows, a column; 8 events)": ROOT / "tests" / "gold_real" / "heldout90",
    # held-out parts 91-94, scored once (2026-11-30: 0.855 / 0.780 together), then opened as dev round 37
    "real news, dev round 37a (was held-out part 91: Wikinews, The Conversation, Global Voices: a study, a contest, pardons, a toll, a crash inquiry, ministries, a budget, a leadership, a festival, Olympics; 10 events)": ROOT / "tests" / "gold_real" / "heldout91",
    "real news, dev round 37b (was held-out part 92: VOA, VOA Special English, EPA, Coast Guard, Park Service, GOV.UK: a panda, camps, a bombing, refugees, floods, drought aid, settlements, rescues, aid; 12 events)": ROOT / "tests" / "gold_real" / "heldout92",
    "real news, dev round 37c (was held-out part 93: DOJ, FBI, NASA, NOAA, USGS, European Commission, Army, Navy, State Department: an arson, prisons, fraud, sanctuaries, asteroids, drought, a summit, exercises, a ferry, a delegation; 12 events)": ROOT / "tests" / "gold_real" / "heldout93",
    "real news, dev round 37d (was held-out part 94: VOA, VOA Learning English, Studio 7, DOJ: health talks, a tribunal, bribery, bombings, drought, life expectancy, twins, a survey, Olympics, a concert; 11 events)": ROOT / "tests" / "gold_real" / "heldout94",
    # held-out parts 95-97, scored once (2026-11-30: 0.886 / 0.859 together), then opened as dev round 38
    "real news, dev round 38a (was held-out part 95: VOA, VOA Learning English: medals, an election observer, floods, trade, refugees' team, a food crisis, an earthquake, vaccines, a genome, a trial, a caravan; 11 events)": ROOT / "tests" / "gold_real" / "heldout95",
    "real news, dev round 38b (was held-out part 96: Global Voices, VOA, AFPS, US Embassy Islamabad, Marine Corps: a protest camp, peacekeepers, a visit, an election, a hospital ship, flood relief, exercises; 8 events)": ROOT / "tests" / "gold_real" / "heldout96",
    "real news, dev round 38c (was held-out part 97: European Commission, Home Office, Attorney General's Office, Environment Agency, MCA, US Attorneys, FBI: trade, drugs, sentences, a net, a jailing, a grounding, an operation, fraud, a visit; 9 events)": ROOT / "tests" / "gold_real" / "heldout97",
    # held-out parts 98-100, scored once (2026-11-30: 0.906 / 0.723 together), then opened as dev round 39
    "real news, dev round 39a (was held-out part 98: VOA Khmer, VOA Learning English, Studio 7: a treason case, a tribunal, rice prices, an economist, COVID cases, wildlife, cousins, transport, soft drinks, typhoid; 10 events)": ROOT / "tests" / "gold_real" / "heldout98",
    "real news, dev round 39b (was held-out part 99: Global Voices, Wikinews: an oil leak, Venezuela, extortion, post-election violence, a thrown shoe, an extradition, Trinidad and Tobago; 8 events)": ROOT / "tests" / "gold_real" / "heldout99",
    "real news, dev round 39c (was held-out part 100: DoD News, HM Treasury, DFID, FCO, European Commission, State Department: Ukraine aid, NATO, a hearing, the IMF, venture funds, Ghouta, Africa, tax votes, a partnership; 10 events)": ROOT / "tests" / "gold_real" / "heldout100",
    # held-out parts 101-103, scored once (2026-11-30: 0.930 / 0.814 together), then opened as dev round 40
    "real news, dev round 40a (was held-out part 101: VOA, VOA Learning English: Rakhine, a campus siege, North Korea, monks, protests in Iran, Syria twice, Gaza, a border, Chile; 10 events)": ROOT / "tests" / "gold_real" / "heldout101",
    "real news, dev round 40b (was held-out part 102: Home Office, Ministry of Justice, HSE, Environment Agency, DOJ: a reporting duty, a review, knife crime, a speech, two deaths, a safety notice, a fish kill, tax cases; 9 events)": ROOT / "tests" / "gold_real" / "heldout102",
    "real news, dev round 40c (was held-out part 103: AFPS, European Commission, NASA: a PTSD programme, a hurricane, hazards, a town hall, a visit, aid, a policy, a death; 8 events)": ROOT / "tests" / "gold_real" / "heldout103",
    # held-out parts 105-106, scored once (2026-11-30: 0.786 / 0.642 together), then opened as dev round 41
    "real news, dev round 41a (was held-out part 105: Global Voices, FCO: Kyrgyzstan, Kazakhstan three times, Venezuela, Maldives, the Philippines, Trinidad; 8 events)": ROOT / "tests" / "gold_real" / "heldout105",
    "real news, dev round 41b (was held-out part 106: af.mil, navy.mil, NCO Journal, Fort McCoy: deployments, visits, competitions, a birthday, a navy week; 8 events)": ROOT / "tests" / "gold_real" / "heldout106",
    # held-out parts 107-109, scored once (2026-11-30: 0.862 / 0.845 together, at rules 33), then opened as dev round 42
    "real news, dev round 42a (was held-out part 107: DOJ, Department of Labor, SEC, FTC, EPA: a leak, a bonus fraud, a settlement, veterans' benefits, warehouses, wages, a whistleblower, penny stocks, a scam, colleges; 11 events)": ROOT / "tests" / "gold_real" / "heldout107",
    "real news, dev round 42b (was held-out part 108: Wikinews 2006-2019: East Timor, Lisbon, Nepal, melamine, AF447, a Nobel prize, Cameron, Pistorius, Canada; 9 events)": ROOT / "tests" / "gold_real" / "heldout108",
    "real news, dev round 42c (was held-out part 109: The Conversation, USGS, NOAA, kremlin.ru: a speech, schools, AI safety, landslides, a pipeline, storm surge, a hurricane outlook, whales, a harvest; 9 events)": ROOT / "tests" / "gold_real" / "heldout109",
    # held-out parts 110-113, scored once (2026-11-30: 0.873 / 0.853 together, at rules 35), then opened as dev round 43
    "real news, dev round 43a (was held-out part 110: VOA, VOA Learning English: Haiti, Uganda, Chibok, Ebola lessons, cholera, a caravan, an earthquake, Guaido, Rohingya, Prayuth, Rana Plaza; 11 events)": ROOT / "tests" / "gold_real" / "heldout110",
    "real news, dev round 43b (was held-out part 111: GOV.UK DfE, DEFRA, Environment Agency, MoD, DHSC: school data, absence, pensions, results, eels, quotas, a barrier, chemical weapons, NHS Digital; 9 events)": ROOT / "tests" / "gold_real" / "heldout111",
    "real news, dev round 43c (was held-out part 112: Global Voices: Angola, a dog named Buhari, Bol, Jordan twice, Malaysia, Kachepa360, Benin, Uganda, Beryl; 10 events)": ROOT / "tests" / "gold_real" / "heldout112",
    "real news, dev round 43d (was held-out part 113: DoD News, AFPS, NASA JPL, FEMA: Iraq, Bam, Pakistan, Katrina, Zarqawi, Stardust, Fort Campbell, Aspen, Joplin, an ICBM; 10 events)": ROOT / "tests" / "gold_real" / "heldout113",
    # held-out parts 114-117, scored once (2026-11-30, at rules 36), then opened as dev round 44
    "real news, dev round 44a (was held-out part 114: USGS, NOAA, NWS, NASA, JPL, NSF, FWS: otters, bats, corals twice, a tornado, an asteroid, PACE, Antarctica, wolves; 10 events)": ROOT / "tests" / "gold_real" / "heldout114",
    "real news, dev round 44b (was held-out part 115: VOA, VOA Learning English: Maidan, a Turkish poll, a trial's diplomats, Iraq's protests, Kerry in Amman, Rowhani, Kyrgyzstan, Xu Zhiyong, Gu Kailai's lawyer, Park, Japan's economy; 11 events)": ROOT / "tests" / "gold_real" / "heldout115",
    "real news, dev round 44c (was held-out part 116: European Commission, Home Office, FCO, Cabinet Office, Highways England, Environment Agency, Met Office, HM Coastguard: fisheries, refunds, crossings, Sousse, an office, lessons, floods, a record, coasts; 11 events)": ROOT / "tests" / "gold_real" / "heldout116",
    "real news, dev round 44d (was held-out part 117: Wikinews 2005, VOA: Rocinha, a death squad, Banda, Jonathan, Rana Plaza's owner, Santa Cruz, Sri Lanka, Merapi, Westgate; 9 events)": ROOT / "tests" / "gold_real" / "heldout117",
    # held-out parts 118-121, scored once (2026-11-30, at rules 39), then opened as dev round 45
    "real news, dev round 45a (was held-out part 118: Global Voices 2009-2014: Wael Abbas, Syria twice, Armenia, L'Aquila, Guatemala, Ecuador, the BDR mutiny, Sewol, Hong Kong; 10 events)": ROOT / "tests" / "gold_real" / "heldout118",
    "real news, dev round 45b (was held-out part 119: ICE, HSI, DHS, CBP, DEA, EPA, DOJ: indictments, counterfeit cash, sentencings, an operation, a settlement, a plea; 10 cases)": ROOT / "tests" / "gold_real" / "heldout119",
    "real news, dev round 45c (was held-out part 120: European Commission, The Conversation: a trade deal, vaccines, DiscoverEU, platforms, Poland, road deaths, research money, youth jobs, Palmer, Murdoch; 10 events)": ROOT / "tests" / "gold_real" / "heldout120",
    "real news, dev round 45d (was held-out part 121: VOA, VOA Khmer, Studio 7: a monk observer, churches, school fees, Fulbright scholars, health workers, night shifts, refugees, camps, Burundi, World Cup fans; 10 events)": ROOT / "tests" / "gold_real" / "heldout121",
    # held-out parts 122-125, scored once (2026-11-30/12-01, at rules 41), then opened as dev round 46
    "real news, dev round 46a (was held-out part 122: Border Force, Ministry of Justice, Wales Office, European Commission: five seizures, courts, prison places, Port Talbot, waste rules, Idomeni; 10 events)": ROOT / "tests" / "gold_real" / "heldout122",
    "real news, dev round 46b (was held-out part 123: VOA, VOA Learning English: Lima, OPM, SolarWinds, sanctions twice, Kerry, Sherman, Australia-Japan, Chad, immigration, tech bills; 10 events)": ROOT / "tests" / "gold_real" / "heldout123",
    "real news, dev round 46c (was held-out part 124: National Guard, AFPS, af.mil, Marines, DVIDS, NORTHCOM, Navy: floods, Harvey, Sandy flights, Fleet Weeks, a fire, two ships; 9 events)": ROOT / "tests" / "gold_real" / "heldout124",
    "real news, dev round 46d (was held-out part 125: Global Voices 2007-2014: Tivoli Gardens, Bishkek, Tajik bloggers, Walk to Work, Barbados, Maguindanao, two Maputo riots; 8 events)": ROOT / "tests" / "gold_real" / "heldout125",
    # held-out parts 126-129, scored once (2026-11-30, at rules 43: 0.860 / 0.801 together), then opened as dev round 47
    "real news, dev round 47a (was held-out part 126: Downing Street call summaries, a coalition statement, DWP, Environment Agency, HMRC, HM Coastguard; 10 events)": ROOT / "tests" / "gold_real" / "heldout126",
    "real news, dev round 47b (was held-out part 127: VOA, VOA Khmer: floods twice, a village, a drone strike, Ndop, peacekeepers, a train attack, drought twice, journalists attacked; 10 events)": ROOT / "tests" / "gold_real" / "heldout127",
    "real news, dev round 47c (was held-out part 128: Global Voices: a deportation, Teddy Afro, Tedros, a tsunami warning, Nyusi, Burundi, Jimmin Shimbun, Trinidad, Yang Shuping, Jamaica; 10 events)": ROOT / "tests" / "gold_real" / "heldout128",
    "real news, dev round 47d (was held-out part 129: USAID, DOJ, NOAA, USDA, NASA, Interior, FWS, USGS: two earthquakes, a plea, an indictment, drought twice, missions, a fire, turtles, eels, pythons; 11 events)": ROOT / "tests" / "gold_real" / "heldout129",
    # held-out parts 130-133, scored once (2026-12-01, at rules 45: 0.882 / 0.833 together), then listed as dev round 48
    # (their errors not yet read)
    "real news, dev round 48a (was held-out part 130: GOV.UK, European Commission: Horizon appeals, G7, Sri Lanka, Egypt, Chernihiv, the Pacific, South Africa, surgeons, Spring Tempest, a Council; 10 events)": ROOT / "tests" / "gold_real" / "heldout130",
    "real news, dev round 48b (was held-out part 131: VOA, VOA Learning English: supply lines, Buduburam, Syrian refugees twice, RCTV, Weibo police, Goz Beida, floods twice, counterfeits, a strike, war funding; 12 events)": ROOT / "tests" / "gold_real" / "heldout131",
    "real news, dev round 48c (was held-out part 132: Global Voices 2016-2019: Matola, a peace accord, Ahmed Abba, Sowore, Buhari, kanga stalls, Burundi twice, Angola, Madagascar; 10 events)": ROOT / "tests" / "gold_real" / "heldout132",
    "real news, dev round 48d (was held-out part 133: US Coast Guard, AFPS: eight rescues and evacuations, Iraqi cities, Gates in Kabul; 10 events)": ROOT / "tests" / "gold_real" / "heldout133",
    # held-out part 134, scored once (2026-11-30: 0.792 / 0.628), then opened as dev round 49
    "real news, dev round 49 (was held-out part 134: Global Voices: a detained Twitter user, a kiss arrest, a referendum, a dorm's blocked networks, protests, blogger arrests, an apology, a third-term speech; 8 events)": ROOT / "tests" / "gold_real" / "heldout134",
    # held-out parts 135-138, scored once (2026-12-01: 0.844 / 0.797 together), then opened as dev round 50
    "real news, dev round 50a (was held-out part 135: VOA, VOA Khmer: Khmer Rouge tribunal four times, dengue, Haiyan food aid, floods twice, Bangui food trucks; 9 events)": ROOT / "tests" / "gold_real" / "heldout135",
    "real news, dev round 50b (was held-out part 136: GOV.UK, European Commission: bottom trawling, Sizewell C, a growth deal, statutory consultees, two Security Council statements, a motorway, air quality; 8 events)": ROOT / "tests" / "gold_real" / "heldout136",
    "real news, dev round 50c (was held-out part 137: Coast Guard, Interior, USDA, NASA, DOJ, NPS, State: a medevac, parks reopening, wildfires, Hubble, a sentence, a recovery, lost hikers, a nomination; 8 events)": ROOT / "tests" / "gold_real" / "heldout137",
    "real news, dev round 50d (was held-out part 138: Global Voices Advocacy, The Conversation: internet laws, protests, a hunger strike, an eye roll, TV spectrum, the reef, spruce trees, a leadership, card surcharges; 9 events)": ROOT / "tests" / "gold_real" / "heldout138",
    # held-out parts 139-142, scored once (2026-12-01: 0.840 / 0.762 together), then opened as dev round 51
    "real news, dev round 51a (was held-out part 139: VOA, VOA Studio 7, VOA Learning English: the Fed, DR Congo's vote, the G-20, the UN summit, Mahathir, Gweru, Mubarak, the 2012 campaign; 8 events)": ROOT / "tests" / "gold_real" / "heldout139",
    "real news, dev round 51b (was held-out part 140: kremlin.ru, government.ru, European Commission, GOV.UK: a plant visit, fire-fighting, decorations, wildfires, a new government, a Council, Tunisia, an attack, Universal Credit, a Washington visit; 10 events)": ROOT / "tests" / "gold_real" / "heldout140",
    "real news, dev round 51c (was held-out part 141: DoD News, DVIDS, Army, National Guard, Navy: a reconstruction team, an exercise, a ceremony, a change of command, a strike group, a port visit, two visits; 8 events)": ROOT / "tests" / "gold_real" / "heldout141",
    "real news, dev round 51d (was held-out part 142: Global Voices, Advox: blogger arrests, Bersih, Sata's photos, a vice-minister, preachers killed, Nikon, Sudan's protests, Shariat, Linden, Big Brother; 10 events)": ROOT / "tests" / "gold_real" / "heldout142",
    # held-out parts 143-146, scored once (2026-12-01: 0.822 / 0.821 together), then opened as dev round 52
    "real news, dev round 52a (was held-out part 143: GOV.UK, The Conversation: a health plan, genomics nurses, storms, a Solicitor General, a sentence raised, therapy notes, chargepoints, pavement parking, carbon emissions, drowning; 10 events)": ROOT / "tests" / "gold_real" / "heldout143",
    "real news, dev round 52b (was held-out part 144: VOA, VOA Khmer: refugee admissions, Kpetene, Mangu, Wadi Khaled, Iraqi refugees, Freedom Park, Borei Keila, Jonglei, Unity and Upper Nile; 9 events)": ROOT / "tests" / "gold_real" / "heldout144",
    "real news, dev round 52c (was held-out part 145: EPA, FWS, Interior, NOAA, USGS, FEMA, DOJ, Labor: Superfund twice, refuges twice, a tornado, a drought, a grant, a fraud, back wages, Endangered Species Day; 10 events)": ROOT / "tests" / "gold_real" / "heldout145",
    "real news, dev round 52d (was held-out part 146: Global Voices: a one-som countersuit, a comedian's letter, Belgrade's police, TIPNIS, sedition charges, monsoon floods, an election night, a pageant answer, Nova TV; 9 events)": ROOT / "tests" / "gold_real" / "heldout146",
    # held-out parts 147-150, scored once (2026-12-01: 0.867 / 0.760 together, the final rules 49), then listed as dev round 53
    "real news, dev round 53a (was held-out part 147: VOA, VOA Learning English: the economy three times, a relay record, Zimbabwe's vote, Kagame, HIV treatment, TB trials; 8 events)": ROOT / "tests" / "gold_real" / "heldout147",
    "real news, dev round 53b (was held-out part 148: GOV.UK, European Commission, kremlin.ru: a board, Iran's attack, sanctions, a visit, two Councils, three meetings with governors; 9 events)": ROOT / "tests" / "gold_real" / "heldout148",
    "real news, dev round 53c (was held-out part 149: NOAA, Coast Guard, DOD News, USDA, EPA, Interior: right whales twice, a statement, a cutter, defence ministers, a farm bill, brownfields, Recovery Act projects; 8 events)": ROOT / "tests" / "gold_real" / "heldout149",
    "real news, dev round 53d (was held-out part 150: Global Voices, Advox, Wikinews: a Netizen Report twice, Khartabil, an Addis Ababa shutdown, a blogger's death, Bishkek, a typhoon, a strike, the CIA report; 9 events)": ROOT / "tests" / "gold_real" / "heldout150",
    # held-out parts 151-154, scored once (2026-12-01: 0.855 / 0.679 together, the final rules 49), then listed as dev round 54
    "real news, dev round 54a (was held-out part 151: VOA: eastern Chad, Nepal, Mayom, Ounianga Kebir, Warder, Ebola in Bundibugyo, an MDC raid, Mogadishu; 8 events)": ROOT / "tests" / "gold_real" / "heldout151",
    "real news, dev round 54b (was held-out part 152: GOV.UK, HM Coastguard, European Commission: Flood Action Week, a prison, Afghan resettlement, immigration rules, a contact group, a river rescue, drought aid, refugees in Greece; 8 events)": ROOT / "tests" / "gold_real" / "heldout152",
    "real news, dev round 54c (was held-out part 153: DHS, State, US Marshals, NASA, CBP twice, FEMA, National Guard: a caravan, Peshawar, arrests, directorates, seizures, a nuclear exercise, a Warfighter exercise; 8 events)": ROOT / "tests" / "gold_real" / "heldout153",
    "real news, dev round 54d (was held-out part 154: Global Voices: a blog hunted, Saman Naseem, GSAT, Trump's remark, climate strikes, a grandmother's tweet, Telegram; 7 events)": ROOT / "tests" / "gold_real" / "heldout154",
    # held-out parts 155-158, scored once (2026-12-01: 0.809 / 0.778 together, rules 50), then listed as dev round 55
    "real news, dev round 55a (was held-out part 155: VOA: Badakhshan, Morsi, Soputan, a speech to Congress, Sri Lanka, Salah Gosh, UNHCR, a booster, World Refugee Day; 9 events)": ROOT / "tests" / "gold_real" / "heldout155",
    "real news, dev round 55b (was held-out part 156: GOV.UK, European Commission: EU-Turkey, terrorist financing, stewardship, dry weather, drought, generators, crime survey, crime statistics; 8 events)": ROOT / "tests" / "gold_real" / "heldout156",
    "real news, dev round 55c (was held-out part 157: Army, Interior, EPA, NASA, NOAA, Air Force, a US Attorney, Coast Guard: NCOs, conservation units, Pelican Island, Superfund, a hearing, strandings, Warrior trials, a plea, medevacs; 9 events)": ROOT / "tests" / "gold_real" / "heldout157",
    "real news, dev round 55d (was held-out part 158: The Conversation, Global Voices, Wikinews: opinion polls, Colombia, floods twice, a Twitter user, Madagascar, Alan Johnston, Matariki, Arroyo; 9 events)": ROOT / "tests" / "gold_real" / "heldout158",
    # held-out parts 159-162, scored once (2026-12-01: 0.903 / 0.717 together, rules 56), then listed as dev round 56
    "real news, dev round 56a (was held-out part 159: VOA: Cuba, Bamako, Letpadan, Obama and Zardari, Zarb-e-Azb, South Waziristan, a Bangkok curfew, a caretaker PM, a Zimbabwe task force; 9 events)": ROOT / "tests" / "gold_real" / "heldout159",
    "real news, dev round 56b (was held-out part 160: GOV.UK, kremlin.ru: Cardiff Central, an energy ombudsman, green mortgages, HMS Severn, Russian ships shadowed, three lists of instructions; 8 events)": ROOT / "tests" / "gold_real" / "heldout160",
    "real news, dev round 56c (was held-out part 161: AFRICOM, Commerce, DoD, DOJ, Labor, FBI, FEMA, NASA: Benghazi, export rules, a trip, a plea, grants, a reward, a hurricane season, a spacewalk; 8 events)": ROOT / "tests" / "gold_real" / "heldout161",
    "real news, dev round 56d (was held-out part 162: Global Voices, Advox, Wikinews: Huang Qi, a fire, a senator removed, lawyers detained, attacks on a university, police shot in Oakland; 6 events)": ROOT / "tests" / "gold_real" / "heldout162",
    # held-out parts 163-166, scored once (2026-12-01: 0.894 / 0.876 together, rules 58), then listed as dev round 57
    "real news, dev round 57a (was held-out part 163: VOA, VOA Khmer: Suu Kyi at VOA, Kem Sokha, the Rescue Party, Moleka, Giada, Juba, Sana'a, Chamisa; 8 events)": ROOT / "tests" / "gold_real" / "heldout163",
    "real news, dev round 57b (was held-out part 164: European Commission, GOV.UK: a performance report, EU-NATO, the Treaties of Rome, unemployment, neonatal leave, sea mines, Portugal, South Korea, Vietnam; 9 events)": ROOT / "tests" / "gold_real" / "heldout164",
    "real news, dev round 57c (was held-out part 165: Air Force, DOJ, FWS, Marines, NASA, Navy, NOAA, Coast Guard, USGS: a deployment, a sentence, refuges, a visit, a spacewalk, a port call, corals, a sunken vessel, flood crews; 9 events)": ROOT / "tests" / "gold_real" / "heldout165",
    "real news, dev round 57d (was held-out part 166: The Conversation, Global Voices, Wikinews: Dastyari, Cyclone Fanele, a Nazca plane crash; 3 events)": ROOT / "tests" / "gold_real" / "heldout166",
    # held-out parts 167-170, scored once (2026-12-01: 0.890 / 0.867 together, rules 64), then listed as dev round 58
    "real news, dev round 58a (was held-out part 167: VOA, VOA Learning English: Jasmine protests, a charity law, Honduras, the NLD, Scaramucci, Force 47, Peshawar, Zambia's judges; 8 events)": ROOT / "tests" / "gold_real" / "heldout167",
    "real news, dev round 58b (was held-out part 168: European Commission, government.ru, kremlin.ru, GOV.UK: Faroe herring, fishing opportunities, the WTO, a cold snap, Voronezh, a railway bridge, museums, South Sudan, Far East floods; 9 events)": ROOT / "tests" / "gold_real" / "heldout168",
    "real news, dev round 58c (was held-out part 169: Air Force Reserve, Interior, EPA, NOAA, State, Air Force, DOJ, Coast Guard, USDA: a kayaker, parks, Superfund, corals, Vienna, a rescue, a sentence, Sea Star, rural grants; 9 events)": ROOT / "tests" / "gold_real" / "heldout169",
    "real news, dev round 58d (was held-out part 170: The Conversation, Global Voices, Wikinews: reef fish, a Nobel tip, the CPLP, Fox News journalists; 4 events)": ROOT / "tests" / "gold_real" / "heldout170",
    # held-out parts 171-174, scored once (2026-12-01: 0.878 / 0.893 together, the final rules 65), then listed as dev round 59
    "real news, dev round 59a (was held-out part 171: VOA, VOA Khmer, Studio 7, Learning English: Ghazni, Tsering Gyal, Tibetan exiles, health care, a monument bombing, baby talk, ZLHR; 7 events)": ROOT / "tests" / "gold_real" / "heldout171",
    "real news, dev round 59b (was held-out part 172: European Commission, GOV.UK: Bratislava, a code of conduct, Poland, terrorist content, aviation access, Luton, Ukrainian licences, aid workers, UK Sport; 9 events)": ROOT / "tests" / "gold_real" / "heldout172",
    "real news, dev round 59c (was held-out part 173: CBP, DoD, Interior, EPA twice, FEMA, ICE, NOAA: cocaine, Tower 22, public lands, a smelter, a rural office, Texas storms, fugitives, a research plan; 8 events)": ROOT / "tests" / "gold_real" / "heldout173",
    "real news, dev round 59d (was held-out part 174: The Conversation, Global Voices, Wikinews: Hunga Tonga, El Universo, Paraguay, Nepal; 4 events)": ROOT / "tests" / "gold_real" / "heldout174",
    # held-out parts 175-178, scored once (2026-12-01: 0.879 / 0.849 together, the final rules 65), then listed as dev round 60
    "real news, dev round 60a (was held-out part 175: VOA, VOA Learning English, VOA Khmer: Aranayaka, a Lao dam, Ohno, a Cambodian appeal, Mogadishu, elephants twice, Modi, Saqqara, Ismayilova; 10 events)": ROOT / "tests" / "gold_real" / "heldout175",
    "real news, dev round 60b (was held-out part 176: GOV.UK, NCA, European Commission: British Steel, hotspot patrols, harassment, polio, climate and mental health, Hedges, Vanuatu, Goole, illegal fishing, forest fires; 10 events)": ROOT / "tests" / "gold_real" / "heldout176",
    "real news, dev round 60c (was held-out part 177: Army, Coast Guard, kremlin.ru, DVIDS twice, DoD, AFPS, National Guard, FBI: Fort Knox, El Morro, Orenburg, Dawn Blitz, Kunar, Dempsey, Parwan, Morganza, Roggio; 9 events)": ROOT / "tests" / "gold_real" / "heldout177",
    "real news, dev round 60d (was held-out part 178: Wikinews, Global Voices: Gillard, a compulsory-voting appeal, Arroyo, the IPC ban, Swaziland twice, Vanuatu, Betancourt, Politkovskaya; 9 events)": ROOT / "tests" / "gold_real" / "heldout178",
    # held-out parts 179-182, scored once (2026-12-01: 0.876 / 0.767 together, the final rules 67), then listed as dev round 61
    "real news, dev round 61a (was held-out part 179: VOA, VOA Learning English, Studio 7: a women's World Cup preview, Sundhage, Liang Chow, Nigeria's election, Richard Phillips, measles, a vaccine letter, an arrow worm, drought, Tazreen; 10 events)": ROOT / "tests" / "gold_real" / "heldout179",
    "real news, dev round 61b (was held-out part 180: GOV.UK, Environment Agency, European Commission: Russia sanctions, an Iran regime, flood support, HMS Trent, critical imports, illegal working, Anglian Water, Slovenia and Cyprus, EU-Singapore; 9 events)": ROOT / "tests" / "gold_real" / "heldout180",
    "real news, dev round 61c (was held-out part 181: DOJ twice, EPA, NPS, DoD News, USDA, Forest Service, Coast Guard, Interior, Army: Kalamazoo, an indictment, brownfields, tribal consultation, three ships, drought, restoration, kayakers, land into trust, Saber Junction; 10 events)": ROOT / "tests" / "gold_real" / "heldout181",
    "real news, dev round 61d (was held-out part 182: Global Voices, Rising Voices, Wikinews: Bangkok airports, the Chile earthquake, a São Paulo protest, Pussy Riot, Bosnia, Carnival, the World Cup, Mongolia; 8 events)": ROOT / "tests" / "gold_real" / "heldout182",
    # held-out parts 183-190, scored once together (2026-12-01: 0.893 / 0.869 at rules 82), then opened as dev round 62
    "real news, dev round 62a (was held-out part 183: VOA, VOA Learning English: Suu Kyi verdict, Ghana 2020 election, Hualien earthquake, a disease-burden study, Kerry's first speech, Supreme Court admissions, Kepler, automakers in 2008; 8 events)": ROOT / "tests" / "gold_real" / "heldout183",
    "real news, dev round 62b (was held-out part 184: The Conversation, Mongabay, Agência Brasil, GroundUp: Shorten concedes, a palm-oil fire fine, Surya Darmadi's fines, Haddad, Senate police arrests, the Komape appeal, a Durban shack fire, a school-closures march; 8 events)": ROOT / "tests" / "gold_real" / "heldout184",
    "real news, dev round 62c (was held-out part 185: AFPS, Coast Guard, FEMA, NASA, VOA, GOV.UK, European Commission: a Black Hawk rescue, Cobra Gold, Leroy Petry, the Captain John sinking, Hurricane Rita centres, a record September, Medvedev and Obama, an FCO digest, Hungary's floods; 9 events)": ROOT / "tests" / "gold_real" / "heldout185",
    "real news, dev round 62d (was held-out part 186: Wikinews: a Gambian escapee's charges, RNA Biology and Wikipedia, a buttonquail, a Facebook selloff, a Lynn teach-in, Ian Blair on cocaine, a Missouri lab explosion, the 2010 World Cup final; 8 events)": ROOT / "tests" / "gold_real" / "heldout186",
    "real news, dev round 62e (was held-out part 187: VOA regional desks, VOA Learning English, VOA Khmer: Duterte sworn in, Quetta polio guards, Hezbollah's withdrawal, Burns on Chavez, FARC hostages, Kenya's pre-election violence, Preah Vihear, Mauritania's coup; 8 events)": ROOT / "tests" / "gold_real" / "heldout187",
    "real news, dev round 62f (was held-out part 188: Agência Brasil, GroundUp, The Conversation, Global Voices: the New PAC, a Mercosur-EU survey, dengue in 2015, Rousseff and volleyball, the Makana hearing, Upington learners, Turnbull's memoir, Typhoon Rai; 8 events)": ROOT / "tests" / "gold_real" / "heldout188",
    "real news, dev round 62g (was held-out part 189: Virginia Guard, European Commission, Air Force, Army, kremlin.ru, Navy, DCMS, Council of the EU: Commonwealth Guardian, geoblocking, basic-training findings, soldier-athletes, the 2014 harvest, a typhoon rescue, the London 2012 bid, enlargement; 8 events)": ROOT / "tests" / "gold_real" / "heldout189",
    "real news, dev round 62h (was held-out part 190: Wikinews: Burkina Faso's coup ends, EU copyright extension, a KKE interview, the Michael Jackson verdict, Scientology and Anonymous twice; 6 events)": ROOT / "tests" / "gold_real" / "heldout190",
    # held-out parts 191-198, scored once together (2026-12-01: 0.863 / 0.786 at rules 84), then opened as dev round 63
    "real news, dev round 63a (was held-out part 191: VOA Africa and Asia desks: the Courville row in Kenya, Prayuth's quip, a Mogadishu commissioner, Kabul and Nimruz, Enanga on Besigye, Ethiopia's smear charge, Bangladesh arrests, Berhan denies deaths; 8 events)": ROOT / "tests" / "gold_real" / "heldout191",
    "real news, dev round 63b (was held-out part 192: GOV.UK: two fisheries fines, Fallon in Romania, Leeds courts, back-to-school health advice, county lines; 6 events)": ROOT / "tests" / "gold_real" / "heldout192",
    "real news, dev round 63c (was held-out part 193: Wikinews: a Berlin court and Wikimedia, the Stretton and Higgins by-elections, a Texas special election, De La Fuente's campaign; 5 events)": ROOT / "tests" / "gold_real" / "heldout193",
    "real news, dev round 63d (was held-out part 194: ICE, CBP, Coast Guard, DOJ, NOAA: New York arrests, a sanctuary-policy briefing, a mariner rescued, Cuban migrants at Dry Tortugas, two sentences, a whale freed; 7 events)": ROOT / "tests" / "gold_real" / "heldout194",
    "real news, dev round 63e (was held-out part 195: GroundUp, Mongabay, Agência Brasil: Bonteheuwel, police at an inquiry forum, a councillor's office, water before lockdown, a Red Ants eviction, Virunga rangers, Pantanal fires, Itamaraty vandalised; 8 events)": ROOT / "tests" / "gold_real" / "heldout195",
    "real news, dev round 63f (was held-out part 196: European Commission, Council of the EU, kremlin.ru, government.ru: bank supervision, the Paris deal, a General Affairs Council, Mishustin nominated, vaccines, the air safety list, loans written off, state decorations; 8 events)": ROOT / "tests" / "gold_real" / "heldout196",
    "real news, dev round 63g (was held-out part 197: VOA Learning English, Special English, VOA Khmer, VOA News: Kem Sokha, a Jordan shooting, offshore aquaculture, don't ask don't tell, Haneef, Sam Rainsy, Rohingya; 7 events)": ROOT / "tests" / "gold_real" / "heldout197",
    "real news, dev round 63h (was held-out part 198: AFPS, Air Force, Navy, Marines, Coast Guard, DVIDS: Iowa floods, a Nargis relief flight, USNS Mercy, Forest Light, a cliff rescue, USS Carney, Red Flag, a memorial; 8 events)": ROOT / "tests" / "gold_real" / "heldout198",
    # held-out parts 199-206, scored once together (2026-12-01: 0.857 / 0.850 at rules 87), then opened as dev round 64
    "real news, dev round 64a (was held-out part 199: VOA Europe, Americas and Middle East desks: the Paris attacks, Catalonia's Article 155, Martelly on VOA Creole, Cuban dissidents, Iran's protests, the SDF near Raqqa, the Houthi-Saleh split; 7 events)": ROOT / "tests" / "gold_real" / "heldout199",
    "real news, dev round 64b (was held-out part 200: GOV.UK (Environment Agency, Number 10, DfT, MCA, HMRC, Scotland Office, DWP, Wales Office): a waste site jailing, Cameron in Wales, new stations, a grounding, HMRC's prosecutions, Mundell, Sudan arrivals, Severn tolls; 8 events)": ROOT / "tests" / "gold_real" / "heldout200",
    "real news, dev round 64c (was held-out part 201: Wikinews: a Chennai train crash, Comair 5191, a wheelchair basketball final; 3 events)": ROOT / "tests" / "gold_real" / "heldout201",
    "real news, dev round 64d (was held-out part 202: DOE, NASA/JPL, VOA editorial, Labor/MSHA, Coast Guard and NOAA, USAID, CDC: Recovery Act science, Mars rovers, avian flu in Egypt, Quecreek, a humpback freed, Tropical Storm Ida, immunisation rates; 7 events)": ROOT / "tests" / "gold_real" / "heldout202",
    "real news, dev round 64e (was held-out part 203: Global Voices: Thioune's release, Storm Manuel, Pavlos Fyssas, a Catholic protest in Seoul, the Peshawar church bombing, Korean landslides; 6 events)": ROOT / "tests" / "gold_real" / "heldout203",
    "real news, dev round 64f (was held-out part 204: European Commission, kremlin.ru, government.ru: Sahel aid, De Gucht on trade, World No Tobacco Day, an Environment Council, Ivanov in Irkutsk, state awards after Vladikavkaz, social workers, IzhAvto; 8 events)": ROOT / "tests" / "gold_real" / "heldout204",
    "real news, dev round 64g (was held-out part 205: VOA Special English and Learning English: the IMF in 2009, smoking in China, Kim Jong Nam, stem cells, American farmers, Syrian refugees, Ban Ki-moon's exit interview, health information online; 8 events)": ROOT / "tests" / "gold_real" / "heldout205",
    "real news, dev round 64h (was held-out part 206: Army Corps of Engineers, AFPS, National Guard Bureau, Coast Guard: the 2011 Mississippi flood, Hurricane Floyd, Vigilant Guard 17, Olmsted Locks, blizzard Nemo, a Morton flood rescue, winter storms, Katrina levees; 8 events)": ROOT / "tests" / "gold_real" / "heldout206",
    # held-out parts 207-214, scored once together (2026-12-01: 0.867 / 0.902 at rules 96), then opened as dev round 65
    "real news, dev round 65a (was held-out part 207: VOA staff stories: a grenade in Eastleigh, the Moussaoui trial halted, UNITA concedes, Sochi's mayoral election, cholera in Angola, Belarus's election observed, the ICC and Darfur rebels, Bush in Tennessee, Namibia's voter lists, bird flu in Maharashtra; 10 events)": ROOT / "tests" / "gold_real" / "heldout207",
    "real news, dev round 65b (was held-out part 208: Wikinews, DOJ and FBI releases, VOA: Polaroid and Petters, Siegelman re-sentenced, Kilpatrick sentenced, a freight price-fixing plea, the Grandad Bandit, an investor fraud summit, Breathitt County vote buying, Issoufou's run-off; 8 events)": ROOT / "tests" / "gold_real" / "heldout208",
    "real news, dev round 65c (was held-out part 209: Mongabay, The Conversation: pangolin scales at Port Klang and at KLIA, Brazil nut concessions in Madre de Dios, a logging gang in Ucayali, Javan rhino calves, doctors and farmers before Glasgow; 6 events)": ROOT / "tests" / "gold_real" / "heldout209",
    "real news, dev round 65d (was held-out part 210: GOV.UK, European Commission, NCA: Restoring Your Railway, Urpilainen in Paris, Simson's grids forum, a cocaine lorry driver jailed, Starmer's sport reception, LIFE projects, Hammond in Tokyo, the 2022 humanitarian budget; 8 events)": ROOT / "tests" / "gold_real" / "heldout210",
    "real news, dev round 65e (was held-out part 211: DOJ, NASA, NOAA, EPA, FEMA, USDA: AUC leaders extradited, the Phoenix launch, a Hurricane Center director, Recovery Act Superfund money, Tennessee tornado aid, Perdue on wildfires, Kentucky flood debris; 7 events)": ROOT / "tests" / "gold_real" / "heldout211",
    "real news, dev round 65f (was held-out part 212: kremlin.ru, government.ru: defence headquarters under martial law, foreign software in critical infrastructure, instructions after a Government meeting, coefficients for the new regions, the Security Council on digitisation and on coronavirus, the envoys on coronavirus; 7 events)": ROOT / "tests" / "gold_real" / "heldout212",
    "real news, dev round 65g (was held-out part 213: GroundUp: shacks demolished at Msindweni and Ekuphumuleni, a water protest in Imbali, an Equal Education march, pensioners outside a post office, #FeesMustFall charges dropped; 6 events)": ROOT / "tests" / "gold_real" / "heldout213",
    "real news, dev round 65h (was held-out part 214: DoD, Air Force, Army, Navy, DVIDS: Global Strike at Fort McCoy, Wynne with deployed airmen, the Tigers to Bagram, the Gunfighters deploy, III MEF relief for Mindanao, a Detroit Arsenal remembrance, a Yokosuka homecoming, a USAID course at Arifjan; 8 events)": ROOT / "tests" / "gold_real" / "heldout214",
    # held-out parts 215-222, scored once together (2026-12-01: 0.888 / 0.858 at rules 101), then opened as dev round 66 (its errors made rules 102-104)
    "real news, dev round 66a (was held-out part 215: VOA staff stories: Iraq-war protests across Asia, Zimbabwe's ghost voters, Indonesia's first bird flu deaths, Vakarai, Malawi's maize shortfall, Mogadishu fighting, Thailand's 2011 election, Guinea's protests, Ethiopia rules out early elections; 9 events)": ROOT / "tests" / "gold_real" / "heldout215",
    "real news, dev round 66b (was held-out part 216: Wikinews: Warholm in Doha, zebra stripes and horse flies, fish and Fiji's reefs, Hurricane Lorenzo, Tropical Storm Barry, Tsikhanouskaya's rally, Nevada's legislature, Benin and Nigeria join AfCFTA; 8 events)": ROOT / "tests" / "gold_real" / "heldout216",
    "real news, dev round 66c (was held-out part 217: HSE, MCA, Environment Agency, Home Office, DfE, FCDO: two fines for guarding and a roof fall, a RHIB collision, a tug crewman's death, slurry in a brook, a smuggling summit, Teach First, a visit to India; 8 events)": ROOT / "tests" / "gold_real" / "heldout217",
    "real news, dev round 66d (was held-out part 218: Coast Guard, NPS, DHS, Interior, FTC, SEC, USGS: a medevac off Ocean City, the 2009 summer season, the Northern Triangle compact, a faith-based rule, Babbitt's monuments, Lifewatch robocalls, refund checks, the SEC's 2014 results, US Topo maps; 9 events)": ROOT / "tests" / "gold_real" / "heldout218",
    "real news, dev round 66e (was held-out part 219: Council of the EU, European Commission: migration after the Mediterranean deaths, energy efficiency, gas storage, EU4Health, the Solidarity Fund, steel safeguards, the Africa trust fund; 7 events)": ROOT / "tests" / "gold_real" / "heldout219",
    "real news, dev round 66f (was held-out part 220: GroundUp, Mongabay: Gugulethu and Vrygrond protests, a closed school in Elliot, water protests in Limpopo and Giyani, elephant poachers in Kasungu, hornbill casques in Jakarta, gharial hatchlings in Nepal; 8 events)": ROOT / "tests" / "gold_real" / "heldout220",
    "real news, dev round 66g (was held-out part 221: National Guard, Army, Marines, Navy, DVIDS, DoD News: Joaquin floods, Saber Junction 15, Typhoon Megi relief, port visits to Kota Kinabalu and Phuket, a change of command at Fort Riley, Memorial Day 2018, Greensburg, the 2014 tornadoes; 9 events)": ROOT / "tests" / "gold_real" / "heldout221",
    "real news, dev round 66h (was held-out part 222: kremlin.ru, VOA Learning English: a Medvedev-Obama call, two meetings with Government members, voters' questions, Trump's Taiwan call, a casting game, Zimbabwe's military takeover, Admiralty clashes; 8 events)": ROOT / "tests" / "gold_real" / "heldout222",
    # held-out parts 223-230, scored once together (2026-12-01: 0.890 / 0.888 at rules 104), then opened as dev round 67 (its errors made rules 105)
    "real news, dev round 67a (was held-out part 223: VOA, VOA Special English, VOA Learning English: Egypt's 2012 vote at home and in Washington, a Greek general strike, mudslides north of Rio, Taksim Square, Ukraine's 2004 runoff, the 2005 French riots, the Iquique aftershock; 8 events)": ROOT / "tests" / "gold_real" / "heldout223",
    "real news, dev round 67b (was held-out part 224: Wikinews: the Dumai Express, the Holocaust Museum gunman, a Lagos building collapse, the ACMA blacklist, a Basilan jailbreak, the Maersk Alabama, aid workers freed in Somalia, the Moscow University tanker; 8 events)": ROOT / "tests" / "gold_real" / "heldout224",
    "real news, dev round 67c (was held-out part 225: GOV.UK (DfT, Defra, MoJ, FCO, FCDO, PHE): potholes, water companies, intensive supervision courts, the rape review, rail works, Commonwealth posts, measles, protection orders in North Wales, a UK-US education agreement; 9 events)": ROOT / "tests" / "gold_real" / "heldout225",
    "real news, dev round 67d (was held-out part 226: NASA, FBI, State Department, NOAA, DOJ, VOA, EPA: Discovery's launch, Wray before the House, Americans freed by Iran, NOAA's 2011 review, a sovereign citizen convicted, Sarah Shourd freed, lead-paint enforcement, DC's recoveries; 8 events)": ROOT / "tests" / "gold_real" / "heldout226",
    "real news, dev round 67e (was held-out part 227: European Commission, government.ru, kremlin.ru: Barroso in Albania, unsafe products, Greece referred to the Court, EU-US inspections, a new deal for consumers, Krasnodar flood relief, rebuilding after the wildfires, national projects; 8 events)": ROOT / "tests" / "gold_real" / "heldout227",
    "real news, dev round 67f (was held-out part 228: GroundUp, Mongabay, Global Voices: a taxi driver beaten, taxi-owner vigilantes, a Marikana bail hearing, a clinic shut in Gqeberha, a Kalimantan clash, a Cambodian journalist shot, a Trinidad rehab raid; 7 events)": ROOT / "tests" / "gold_real" / "heldout228",
    "real news, dev round 67g (was held-out part 229: Army, Marines, Air Force, AFPS, Coast Guard, Navy: a III Corps exercise, a Leatherneck dedication, Air Force Week Philadelphia, relief for Pakistan and Afghanistan, C-17 aid flights, a Kodiak medevac, the CNO at Rota, an AMC Wingman Day; 8 events)": ROOT / "tests" / "gold_real" / "heldout229",
    "real news, dev round 67h (was held-out part 230: VOA Learning English, VOA, The Conversation: a Columbia student, a seagrass expedition, the Medicare co-payment, Brock Turner's sentence, the Red Mosque, California's fires twice, vaccine trials; 8 events)": ROOT / "tests" / "gold_real" / "heldout230",
    # held-out parts 231-238, scored once together (2026-12-01: 0.881 / 0.822 at rules 105), then opened as dev round 68
    "real news, dev round 68a (was held-out part 231: VOA, VOA Zimbabwe, Inside VOA: Kenya's 2013 vote, Liberia's Ebola goal, Zimbabwe's prices, Makeni during Ebola, Pakistan's 2010 floods, Burma's 2010 election; 6 events)": ROOT / "tests" / "gold_real" / "heldout231",
    "real news, dev round 68b (was held-out part 232: Wikinews: the Webb telescope model, Wikinews' 10,000th article, Obama's infrastructure plan, a London tax protest; 4 events)": ROOT / "tests" / "gold_real" / "heldout232",
    "real news, dev round 68c (was held-out part 233: NCA, Border Force, RAIB, MoD: cannabis couriers at Birmingham, cocaine off Barbados, cigarettes in sheet glass, the Carmont derailment, a SPEAR firing, strikes on the Houthis, lockdown seizures; 7 events)": ROOT / "tests" / "gold_real" / "heldout233",
    "real news, dev round 68d (was held-out part 234: ICE, DOJ, NOAA, HHS, NPS: fugitive operations in Kansas twice, striped bass fishermen, narwhal tusks, marine sanctuary nominations, Becerra's first year, a Denali bus threat, an El Capitan rescue; 8 events)": ROOT / "tests" / "gold_real" / "heldout234",
    "real news, dev round 68e (was held-out part 235: Council of the EU, kremlin.ru: a soil monitoring law, no fines for Portugal and Spain, safe third countries, Ukraine sanctions after MH17, two agencies dissolved; 5 events)": ROOT / "tests" / "gold_real" / "heldout235",
    "real news, dev round 68f (was held-out part 236: Mongabay, The Conversation: pangolin smugglers arrested, the Dairi mine twice, Gabon's Massaha villagers, Mantimin Coal's appeal, an editors' report; 6 events)": ROOT / "tests" / "gold_real" / "heldout236",
    "real news, dev round 68g (was held-out part 237: Air Force, Air National Guard, Coast Guard: three readiness exercises, two changes of command, a New Smyrna Beach medevac, a Key West shrimper; 7 events)": ROOT / "tests" / "gold_real" / "heldout237",
    "real news, dev round 68h (was held-out part 238: VOA Learning English and Special English: travel restrictions and tourism, 4% growth, teen exercise, Iranian Americans, diabetes, World Bank loans, falling oil prices, Obama's bank limits; 8 events)": ROOT / "tests" / "gold_real" / "heldout238",
    # held-out parts 239-246, scored once together (2026-12-01: 0.884 / 0.868 at rules 106), then opened as dev round 69
    "real news, dev round 69a (was held-out part 239: VOA: Bush in Moscow before APEC, the Olmert-Abbas summit, Belarus's boycotted vote, Saakashvili's concession, Obama with Livni and Erekat, Yingluck ousted, Bensouda on Kenya's victims, the Helsinki summit plan; 8 events)": ROOT / "tests" / "gold_real" / "heldout239",
    "real news, dev round 69b (was held-out part 240: Wikinews: the Gdańsk mayor stabbed, McArthur's guilty plea, two Paris officers convicted, the Christchurch suspect in court, the Turpins sentenced, the Streatham attack, Sanders in Nevada, a journalist shot in Aden; 8 events)": ROOT / "tests" / "gold_real" / "heldout240",
    "real news, dev round 69c (was held-out part 241: GOV.UK (EA, DfE, DH, MoD, Home Office, Defra): the National Drought Group, Booktrust's free books, record-low waits, HMS Sutherland to Asia, the police uplift met, teachers' pay, school attendance, invasive species on marine debris; 8 events)": ROOT / "tests" / "gold_real" / "heldout241",
    "real news, dev round 69d (was held-out part 242: EPA, DOJ, FEMA, USGS, NASA, CDC: pesticide settlements, sea otters, a Haines guide indicted, Puerto Rico's María projects, post-fire debris flows, the asteroid redirect mission, a Utah Zika case, a credit union theft; 8 events)": ROOT / "tests" / "gold_real" / "heldout242",
    "real news, dev round 69e (was held-out part 243: GroundUp, Mongabay: a road march near Cofimvaba, a bridge protest, asylum seekers at Home Affairs, killings of Peru's defenders, a Cambodian forest patrol, farms inside indigenous lands; 6 events)": ROOT / "tests" / "gold_real" / "heldout243",
    "real news, dev round 69f (was held-out part 244: European Commission, European Council, government.ru: Greece's civil protection request, the posting of workers, the antisemitism survey, the October 2018 summit, the 2010 drought harvest, Tambov farmers, regional budgets, Raspadskaya widows; 8 events)": ROOT / "tests" / "gold_real" / "heldout244",
    "real news, dev round 69g (was held-out part 245: DVIDS, Coast Guard, National Guard, State Department, DoD, Navy: an airlift wing deploys, Boutwell home from the Bering Sea, a cocaine offload, Hurricane Ida, southwest Syria, Typhoon Mawar, Carter and Sharif, Mabus at Parris Island, CAATSA sanctions, a search suspended; 10 events)": ROOT / "tests" / "gold_real" / "heldout245",
    "real news, dev round 69h (was held-out part 246: VOA, VOA Zimbabwe, VOA Africa, Inside VOA, VOA Learning and Special English: Samoa's tsunami, Zimta's strike ended, Nigeria's old naira notes, Cambodian insurrection charges, the PlyC protein, an Abuja counterterrorism summit, Headliner awards, polio in Nigeria; 8 events)": ROOT / "tests" / "gold_real" / "heldout246",
    # held-out parts 247-254, scored once together (2026-12-01: 0.852 / 0.778 at rules 107), then opened as dev round 70
    "real news, dev round 70a (was held-out part 247: Wikinews 2019 scrape: Cruz's term-limits amendment, Kaczyński on child-abuse penalties, Tunisia's niqab decree, Hong Kong's march in the rain, the G7 on the Amazon fires, Hamza bin Laden's death, the prorogation ruled unlawful, American Samoa citizenship stayed; 8 events)": ROOT / "tests" / "gold_real" / "heldout247",
    "real news, dev round 70b (was held-out part 248: Wikinews 2020 scrape: the Stavanger airport car-park fire, the first foreign coronavirus deaths in Wuhan, spiky frog skulls, a jackal killed in Trichy, fentanyl in a Kamloops playground, a Winchester school bus, Brodie Lee's death, the WHO's pandemic declaration; 8 events)": ROOT / "tests" / "gold_real" / "heldout248",
    "real news, dev round 70c (was held-out part 249: VOA, VOA Learning and Special English: Kenya's food prices in 2008, the Brck router, India's 2005 budget, malaria treatment for children, mobile money in Africa, Nardelli's golden parachute, WHO money for tuberculosis, Fujitsu and Sony losses; 8 events)": ROOT / "tests" / "gold_real" / "heldout249",
    "real news, dev round 70d (was held-out part 250: Home Office, Scottish and Welsh Governments, DESNZ, HM Treasury, DCMS: wildlife seizures at the border, veterans' hospital transport, an NHS pay offer, the Autumn Statement in Wales, the Edinburgh festivals fund, Aberdeen oil workers retrained, a Treasury appointment, Turing's Delilah papers; 8 events)": ROOT / "tests" / "gold_real" / "heldout250",
    "real news, dev round 70e (was held-out part 251: US Attorneys, FBI, SEC, DOJ, ATF, DEA: a Key Bank robbery plea, the White Gloves Bandit, the Grenda Group charges, a Houston home-health fraud, the Galleria fire ruled arson, Operation Pill Nation, an award to the Guardians Project, a Chicago gun dealer; 8 events)": ROOT / "tests" / "gold_real" / "heldout251",
    "real news, dev round 70f (was held-out part 252: kremlin.ru, European Commission: Medvedev and Shoigu on the 2010 fires, Lebedinsky GOK, state decorations in May 2017, Stankomash workers, the Globalisation Adjustment Fund report, Avramopoulos after a JHA Council, Mimica in Cuba, LIFE integrated projects; 8 events)": ROOT / "tests" / "gold_real" / "heldout252",
    "real news, dev round 70g (was held-out part 253: USGS, NOAA, NASA, NSF, NIH Record: Alaska's glaciers retreating, altered streamflow, a West Coast marine mammal survey, Kepler-22b, the first SEARCH meeting, brains tuned to pitch, coral bleaching in 1998; 7 events)": ROOT / "tests" / "gold_real" / "heldout253",
    "real news, dev round 70h (was held-out part 254: VOA Special English and Learning English: the 2000 Florida recount, Ghailani's verdict, the Supreme Court's 2003 term, the US World Cup team in 2014, Groundhog Day 2017, the Sinai mosque attack, Taal's eruption, Djokovic's tenth Australian Open; 8 events)": ROOT / "tests" / "gold_real" / "heldout254",
    # held-out parts 255-262, scored once together (2026-12-01: 0.892 / 0.816 at rules 109), then opened as dev round 71
    "real news, dev round 71a (was held-out part 255: Wikinews 2019 scrape: a plane crash near Las Vegas, the men-only draft ruled unconstitutional, the monarch butterfly count, the USS Grayback found, HDT buys Hirtenberger, the Cotabato earthquake, the ECJ's Facebook ruling, the Magnitogorsk collapse; 8 events)": ROOT / "tests" / "gold_real" / "heldout255",
    "real news, dev round 71b (was held-out part 256: Wikinews 2020 scrape: Sultan Qaboos dies, Argentina's abortion bill, Montana's ballot-collection lawsuit, Sanders in the Northern Marianas, Blankenship's campaign, Rittenhouse on bond, the GSA lets the transition begin, the Groom by-election; 8 events)": ROOT / "tests" / "gold_real" / "heldout256",
    "real news, dev round 71c (was held-out part 257: VOA: Guterres and Georgieva in Lebanon, the Gaza truce terms, Timbuktu retaken, Ennahdha's win, Libya's election day, 181,000 displaced in South Sudan, polio vaccination in Deir Ezzor, Sierra Leone's cholera easing; 8 events)": ROOT / "tests" / "gold_real" / "heldout257",
    "real news, dev round 71d (was held-out part 258: VOA, VOA Special and Learning English: Argentina's 2001 crisis, the Madrid bombings verdict, the Greek bailout tranche, the Tianjin explosions inquiry, the Bank of Japan's negative rate, the FARC peace deal, Park Geun-hye's sentence, Venezuela's December vote; 8 events)": ROOT / "tests" / "gold_real" / "heldout258",
    "real news, dev round 71e (was held-out part 259: MHRA, Environment Agency, Home Office, CMA, Met Office, NCA: Operation Pangea twice, a Huddersfield waste fire, the police recruitment campaign, the CMA's annual report, Storm Clodagh, the NCA's commendations; 7 events)": ROOT / "tests" / "gold_real" / "heldout259",
    "real news, dev round 71f (was held-out part 260: FAA, FEMA, NOAA, NTSB, Army Corps, VOA, Wikinews: runway incursions, Ivan recovery centres, the 2015 spring outlook, the NTSB Most Wanted list, Maria debris in Puerto Rico, the FDA panel on the Pfizer vaccine, Hurricane Humberto, the Conception fire; 8 events)": ROOT / "tests" / "gold_real" / "heldout260",
    "real news, dev round 71g (was held-out part 261: army.mil, Air Force, Navy, DVIDS, Marines, VA: a Roanoke flood evacuation, Gen. Hostage at Dyess, Wynne at Ali Base, a Mitscher sailor rescued, two boaters rescued, a man overboard in the South China Sea, the 26th MEU home, Memorial Day 2001; 8 events)": ROOT / "tests" / "gold_real" / "heldout261",
    "real news, dev round 71h (was held-out part 262: GroundUp, Mongabay, Council of the EU: a Khayelitsha eviction stayed, a Hermanus officer's gun, a Cape Town taxi strike, the Masiphumelele fire, the UK ivory ban, an oil spill off Isla Aguada, Wagner Group sanctions; 7 events)": ROOT / "tests" / "gold_real" / "heldout262",
    # held-out parts 263-270, scored once together (2026-12-01: 0.880 / 0.849 at rules 110), then opened as dev round 72
    "real news, dev round 72a (was held-out part 263: VOA: a stopgap bill with Zika money, a Senate funding vote and Rand Paul's amendment, House Republicans on the immigration bill, the 2006 Senate immigration bill, Super Tuesday in West Virginia, the 2006 midterms, Hamdan, third-quarter growth in 2007; 8 events)": ROOT / "tests" / "gold_real" / "heldout263",
    "real news, dev round 72b (was held-out part 264: Wikinews scrape: a car bomb in Maidan Shahr, Walter Munk dies, a self-immolation near the White House, Sirhan Sirhan stabbed, buffalo for the Northern Arapaho, Typhoon Phanfone, a million coronavirus cases, Eddie Van Halen dies; 8 events)": ROOT / "tests" / "gold_real" / "heldout264",
    "real news, dev round 72c (was held-out part 265: US Embassy Gabon, USAID, State, DOE, Interior, USDA, AFRICOM: an ambulance for Mabanda, $575 million against famine, ISIL attacks in Baghdad, loan guarantees, WaterSMART money, a western water agreement, a school-meals rally, a clinic in Djibouti; 8 events)": ROOT / "tests" / "gold_real" / "heldout265",
    "real news, dev round 72d (was held-out part 266: government.ru, kremlin.ru, European Commission, Council of the EU: Putin and Golubev, Karelia's Direct Line calls, the Security Council on the Normandy Four, the Kuzbass mine, Irkutsk flood relief, aid for Somalia, rescEU detection teams, the 2021-2027 budget; 8 events)": ROOT / "tests" / "gold_real" / "heldout266",
    "real news, dev round 72e (was held-out part 267: VOA, VOA Zimbabwe, VOA English to Africa: a Zimbabwe drought, the ARV drive faltering, HIV down and cholera, Manzou farm evictions, new farmers short of seed, Zuma's seized evidence, Malawi's budget threat, Zambia's results delayed; 8 events)": ROOT / "tests" / "gold_real" / "heldout267",
    "real news, dev round 72f (was held-out part 268: HSE, HMRC: a roofer's fall from a forklift, a school wall collapse, a skylight fall in Salford, fire safety in Preston, two roof falls, a VAT money launderer jailed, carousel-fraud arrests; 7 events)": ROOT / "tests" / "gold_real" / "heldout268",
    "real news, dev round 72g (was held-out part 269: Coast Guard, NOAA, Commerce: a medevac near Noyes Island, an oil sheen in Northport Bay, a capsized sailboat in Barnegat Bay, boaters near Red Fish Island, a cocaine offload in San Juan, a catamaran off Ocean City, the 2012 tornado outlook, Tulsa forecasters in the 2011 blizzard; 8 events)": ROOT / "tests" / "gold_real" / "heldout269",
    "real news, dev round 72h (was held-out part 270: VOA Special and Learning English: record college enrollment, Open Doors and Chinese students, the May 2004 jobs report, the ILO's jobless recovery, the Year of Family Farming, unapproved GM wheat in Oregon, a fungicide and honeybees, the EPA's ethanol plan; 8 events)": ROOT / "tests" / "gold_real" / "heldout270",
    # held-out parts 271-278, scored once together (2026-12-01: 0.893 / 0.833 at rules 111), then opened as dev round 73
    "real news, dev round 73a (was held-out part 271: VOA, VOA Khmer, VOA Learning and Special English: an activist held in Guinea, CCHR workers detained in Takeo, US mosques reopen for Ramadan, pilgrims at Arafat, Afghanistan at the World Twenty20, Afghan cricketers in Florida, Art Everywhere US, VSA's Revealing Culture; 8 events)": ROOT / "tests" / "gold_real" / "heldout271",
    "real news, dev round 73b (was held-out part 272: DOJ, FBI, US Attorneys: a Medicare strike force, Operation Stolen Dreams, stolen UPMC identities, Seleznev's plea, Officer Thompson sentenced, a Jonesboro hate crime, oil dumped from the R/V Gould, Sea Harvest's bilge discharges; 8 events)": ROOT / "tests" / "gold_real" / "heldout272",
    "real news, dev round 73c (was held-out part 273: MoD, Wales Office, Cabinet Office, FCDO, DFID, FCO: Williamson at Christmas, Welsh defence bases, the Queen Elizabeth Memorial Committee, Docherty in the South Caucasus, the development white paper, Murrison in Estonia, girls' education at the UN, Johnson to Moscow; 8 events)": ROOT / "tests" / "gold_real" / "heldout273",
    "real news, dev round 73d (was held-out part 274: VOA, Wikinews: Modi's landslide, Abe on US spying, MERS deaths in South Korea, Pakistan's no-confidence vote, a Sumatra earthquake, the Jolo cathedral bombings; 6 events)": ROOT / "tests" / "gold_real" / "heldout274",
    "real news, dev round 73e (was held-out part 275: NSF, NIH, EPA, HHS, CDC, USDA: biodiversity awards twice, sound and pain in mice, DISCOVER-AQ in Denver, MESA Air in The Lancet, Price in Beijing, a SARS telebriefing, a soup recall; 8 events)": ROOT / "tests" / "gold_real" / "heldout275",
    "real news, dev round 73f (was held-out part 276: European Commission: Malmström on Lampedusa, the trade spokesman on Montebourg, Hedegaard on the ETS, the Paris Agreement signed and ratified, the ninth relocation report, Borg on horsemeat, Avramopoulos on relocating 160,000; 8 events)": ROOT / "tests" / "gold_real" / "heldout276",
    "real news, dev round 73g (was held-out part 277: VOA, VOA Learning English: a Gulf cartel leader killed, Haiti's Operation Lockdown paused, the Fuego eruption; 3 events)": ROOT / "tests" / "gold_real" / "heldout277",
    "real news, dev round 73h (was held-out part 278: Marines, Army, Air Force, AFPS, Navy, PACOM: Cobra Gold 2011, Balikatan 2008, a MEDCAP in Djibouti, aid to China after the Sichuan earthquake, MEDREACH 11 in Malawi, a school in Ternate, USS Porter in Odesa, Pacific Partnership in the Solomons; 8 events)": ROOT / "tests" / "gold_real" / "heldout278",
    # held-out parts 279-280, scored once together (2026-12-01: 0.789 / 0.745 at rules 112), then opened as dev round 74
    "real news, dev round 74a (was held-out part 279: Wikinews 2019 scrape, rows left unclaimed: Bishop Gutierrez dies, Toronto Comicon, the Cahors procession, Storm Area 51, Trump's tax records, the Welcome To Video arrests, John Conyers dies, Don Imus dies; 8 events)": ROOT / "tests" / "gold_real" / "heldout279",
    "real news, dev round 74b (was held-out part 280: Wikinews 2020 scrape, rows left unclaimed: Trump's Nevada delegates, Richard Guy dies, the black hole in HR 6819, a planet forming around AB Aurigae, tributes to Chadwick Boseman, GitHub and youtube-dl, Jo Jorgensen, CentOS Stream; 8 events)": ROOT / "tests" / "gold_real" / "heldout280",
    # held-out parts 281-288, scored once together (2026-12-01: 0.845 / 0.830 at rules 114), then opened as dev round 75
    "real news, dev round 75a (was held-out part 281: VOA News on elections and diplomacy in Asia and Latin America: Duterte leads the count, Indonesia's two claimed victories, Thai advance voting disrupted, Mexico's election day, US-Cuba talks in Havana, ASEAN's withdrawn statement, Haiti's runoff postponed, Peru's runoff; 8 events)": ROOT / "tests" / "gold_real" / "heldout281",
    "real news, dev round 75b (was held-out part 282: VOA News on sport, disasters, courts and health: Ethiopia's Olympians home from Paris, East Africa floods, Johannesburg fan parks, Kenyan terror suspects in court, Ghana after the loss to Brazil, Litvinenko's poisoning; 6 events)": ROOT / "tests" / "gold_real" / "heldout282",
    "real news, dev round 75c (was held-out part 283: Global Voices and The Conversation: Missini's hunger strike, Trinidad's paid trolls, Bahamian bloggers on the Aurora shooting, Grattan in conversation, new UK member universities, Jaspan resigns, Schultz appointed chair, the Melbourne Award; 8 events)": ROOT / "tests" / "gold_real" / "heldout283",
    "real news, dev round 75d (was held-out part 284: US Justice Department, SEC and FTC releases: TesTech/CESO settlement, Qualcomm insider trading, Army Corps bribery, Evansville public corruption, Brooklyn home care settlement, Musk and Tesla settle with the SEC, an e-commerce business opportunity, a municipal bond bidding plea; 8 cases)": ROOT / "tests" / "gold_real" / "heldout284",
    "real news, dev round 75e (was held-out part 285: GOV.UK, Scottish and Welsh Government releases: minimum unit pricing, Pakistan flood support, early prisoner release, Gething's economic strategy, active travel maps, HMS Dauntless in the Caribbean, the HS2 Bromford tunnel, the measles national incident; 8 events)": ROOT / "tests" / "gold_real" / "heldout285",
    "real news, dev round 75f (was held-out part 286: European Commission releases and Russian Government and Kremlin news: rescEU planes for Greece, the Solidarity Fund for Romania, two Galileo satellites, ERC Starting Grants, the Valneva contract, the fuel price presidium, Putin and Tkachev, the PyeongChang medallists; 8 events)": ROOT / "tests" / "gold_real" / "heldout286",
    "real news, dev round 75g (was held-out part 287: US federal science and safety agencies: the Mount Carbon derailment (NTSB), condors for the Vermilion Cliffs (FWS), Mars Reconnaissance Orbiter in orbit, NIST's WTC 7 report, NOAA's hurricane awareness tour, a Zion climber rescue (NPS), Fugate in Alabama (FEMA), Dawn at Ceres (JPL); 8 events)": ROOT / "tests" / "gold_real" / "heldout287",
    "real news, dev round 75h (was held-out part 288: GroundUp and Mongabay: Khayelitsha road closures, SJC activists' charges stand, Groote Schuur guards picket, Illitha Park guards unpaid, the Sangihe mining lawsuit, the Tanah Merah palm oil ruling, Kalimantan farmers jailed, Salala Rubber unrest in Liberia; 8 events)": ROOT / "tests" / "gold_real" / "heldout288",
    # held-out parts 289-296, scored once together (2026-12-01: 0.875 / 0.755 at rules 116), then opened as dev round 76
    "real news, dev round 76a (was held-out part 289: VOA Special and Learning English on science, economy and education: the NBER dates the recession's end, the World Bank's economic prospects, a Confucius Classroom in Oregon, international cadets at West Point, measles rising, the Antares explosion, malware in Vietnam, a US plan against trade secret theft; 8 events)": ROOT / "tests" / "gold_real" / "heldout289",
    "real news, dev round 76b (was held-out part 290: Wikinews found by search: the Dallas police shooting, the L'Aquila earthquake, the campaign trail in July 2016, a Libertarian candidate's interview, the Gliders beat Brazil, David Hicks sentenced, the wheelchair rugby Tri-Nations, a wheelchair basketball coach's interview; 8 events)": ROOT / "tests" / "gold_real" / "heldout290",
    "real news, dev round 76c (was held-out part 291: US Defense Department news: Hagel after the Navy Yard shooting, civilian furloughs, the Guard readies for the Gulf oil spill, Operation Jump Start, THAAD in Korea, a Pentagon briefing on Marjah, the COVID-19 vaccine mandate, Seabees end Yutu recovery on Tinian, forces leave the Carolinas after Florence; 9 events)": ROOT / "tests" / "gold_real" / "heldout291",
    "real news, dev round 76d (was held-out part 292: US health, energy and environment agencies: an EPA grant to Virginia, a BASF pesticide fine, DOE money for national laboratories, a refuge radio campaign, HHS names advisory members, a CDC measles telebriefing, Collins welcomes Obama to NIH; 7 events)": ROOT / "tests" / "gold_real" / "heldout292",
    "real news, dev round 76e (was held-out part 293: GOV.UK departments and agencies: IVF law changes, poisons and explosives rules, child sexual abuse reforms, a Child Protection Authority, flood repairs after Desmond and Eva, the reply to Russia's food import ban, flood money for Kenya, the IOPC's first outcomes reports; 8 events)": ROOT / "tests" / "gold_real" / "heldout293",
    "real news, dev round 76f (was held-out part 294: Global Voices on protests, courts and elections: Guatemala's protests, a Tajik journalist fined, Kazakh bloggers on the election, Egyptian bloggers before military courts, Uzbek border guards killed, Venezuela Decoded, Indonesia's 2024 result, a Bahraini teenager's funeral; 8 events)": ROOT / "tests" / "gold_real" / "heldout294",
    "real news, dev round 76g (was held-out part 295: Kremlin, Russian Government and European Council and Commission: Putin with Government members, state decorations, Mishustin and Mamin, Medvedev in Hanoi, Michel after the Türkiye earthquake summit, Michel on enlargement, Cohesion Fund money for Romania, Mogherini and Mimica at the African Union; 8 events)": ROOT / "tests" / "gold_real" / "heldout295",
    "real news, dev round 76h (was held-out part 296: US Coast Guard, EPA, OSHA and US Attorneys: three boat rescues and a suspended search, a hazardous waste settlement, lead paint enforcement, an OSHA failure-to-abate case, an arowana and snakehead plea, an employment tax sentence, an ERISA embezzlement indictment; 9 events)": ROOT / "tests" / "gold_real" / "heldout296",
    # held-out parts 297-304, scored once together (2026-12-01: 0.879 / 0.873 at rules 117), then opened as dev round 77
    "real news, dev round 77a (was held-out part 297: VOA News on the Middle East, South Asia and Russia: Qureshi on Obama's letter, Russia says the US rearms Georgia, Iraq defends Baghdad, Zelenskyy's visit and the Kherson strikes, Nepal's prime minister willing to resign, Khanal's unity government, Turkey closes its border to Syrians, clashes over work near Al Aqsa; 8 events)": ROOT / "tests" / "gold_real" / "heldout297",
    "real news, dev round 77b (was held-out part 298: State Department, USAID and Peace Corps: sanctions on the GRU and Project Lakhta, Power at the UN General Assembly, volunteers return and Belize reopens, a Thanksgiving week swearing-in, Peace Corps Rwanda re-established, an English programme for Nicaragua, visa restrictions over Honduras, Pompeo on Mark Green; 8 events)": ROOT / "tests" / "gold_real" / "heldout298",
    "real news, dev round 77c (was held-out part 299: Environment Agency, HSE and CPS: an illegal waste site in Norfolk, a threatening angler, gypsum waste in Worcestershire, a balustrade fall in Manchester, a crane and a scissor lift in Coventry, a roofer's fall in Shrewsbury, a courier fraud network convicted; 7 cases)": ROOT / "tests" / "gold_real" / "heldout299",
    "real news, dev round 77d (was held-out part 300: Wikinews found by search: The Scream and Madonna recovered, Sanger announces Citizendium, English Wikipedia's millionth article, the Essjay affair, Turkey closes a mathematics summer school, the Jade Rabbit rover lost; 6 events)": ROOT / "tests" / "gold_real" / "heldout300",
    "real news, dev round 77e (was held-out part 301: Inside VOA, VOA Studio 7, VOA Khmer and VOA English to Africa: African presidents on the Bush initiative, former presidents on a VOA panel, Studio 7 on Zimbabwe's crisis, Studio 7's launch, Vietnamese doctors treat polio in Phnom Penh, Sok Pov Khemara's award, US doctors in Kampong Thom, a Red Cross HIV programme; 8 events)": ROOT / "tests" / "gold_real" / "heldout301",
    "real news, dev round 77f (was held-out part 302: GroundUp and The Conversation: police damages for a gospel singer, school meals and transport in Limpopo, a clinic closed by Covid-19, unfinished RDP houses in Mdantsane, an order against deporting asylum seekers, McCormack restores Chester, Joyce challenges McCormack, Anning leaves One Nation; 8 events)": ROOT / "tests" / "gold_real" / "heldout302",
    "real news, dev round 77g (was held-out part 303: National Guard, BLM, Interior, Forest Service and Florida releases on wildfires: the Guard on the 2018 western fires, California Guard hand crews, MAFFS aircraft for Texas and the Northwest, Oregon Guard training, desert fire restrictions eased, wildfire season resources, San Bernardino restrictions raised, trailers after the Limerock fire; 8 events)": ROOT / "tests" / "gold_real" / "heldout303",
    "real news, dev round 77h (was held-out part 304: Kremlin, Russian Government and European Commission: Putin at the Kupol plant, Putin and Xi in Vladivostok, Mishustin on the harvest and Usolye-Sibirskoye, Avramopoulos on resettlement, Brunner's migration cycle, Timmermans's Fit for 55, Malmström's trade barriers report, duties on steel road wheels; 8 events)": ROOT / "tests" / "gold_real" / "heldout304",
    # held-out parts 305-312, scored once together (2026-12-01: 0.836 / 0.862 at rules 119), then opened as dev round 78
    "real news, dev round 78a (was held-out part 305: Wikinews from the GUM corpus: the Mecca crane collapse, asylum seekers rescued off Aceh, New Zealand's flag consideration, #IStandWithAhmed, Fan Expo Canada 2016, the Afghan girls' robotics team, Hong Kong's 2016 LegCo election, a Sea Org defector arrested; 8 events)": ROOT / "tests" / "gold_real" / "heldout305",
    "real news, dev round 78b (was held-out part 306: Wikinews from the GUM corpus: a homeopathy manslaughter trial in Sydney, Microsoft's IE6 countdown, Valeska Paris and the Freewinds, iodine deficiency in Australian children, North Korea's quasi-state of war, the Taipei lantern festival, homes for the retired shuttles, the UK asylum questionnaire; 8 events)": ROOT / "tests" / "gold_real" / "heldout306",
    "real news, dev round 78c (was held-out part 307: Wikinews from the GUM corpus: an Environment Canada document found in Ottawa, day five of the 2018 World Cup, the 2006 Hajj stampede, Italian towns tax religious schools, Warhol Polaroids in Indiana, warming, ozone and crop yields; 6 events)": ROOT / "tests" / "gold_real" / "heldout307",
    "real news, dev round 78d (was held-out part 308: GOV.UK pages kept as examples in alphagov's repositories: drug-driving limits, Glasgow 2014 airspace restrictions, a defence innovation event, FRANK adverts, Brilliantly British in Pakistan, a Christmas message from the UK in Azerbaijan, Hague Convention mediation training in Tokyo, support for detained BN(O) holders; 8 events)": ROOT / "tests" / "gold_real" / "heldout308",
    "real news, dev round 78e (was held-out part 309: GOV.UK pages kept as examples in alphagov's repositories: One You on middle-aged health, schools revenue funding 2017-18, the reply to Sustain on hospital and school food, new English test providers, a Cameroon women's scholarship, a Chevening British Library fellowship; 6 events)": ROOT / "tests" / "gold_real" / "heldout309",
    "real news, dev round 78f (was held-out part 310: Wikinews 2019-2020 scrape, rows left unclaimed: Rosselló announces his resignation, the Queen approves prorogation, Iran bans Dorsa Derakhshani, Zara Kay, Melbourne's Lord Mayor election, the Unity Party's nominee, the Prohibition Party's nominee, Magellanic penguins; 8 events)": ROOT / "tests" / "gold_real" / "heldout310",
    "real news, dev round 78g (was held-out part 312: US Marine Corps and DVIDS stories and Wikinews 2019-2020 scrape rows: a humanitarian drill aboard USS Mesa Verde, Haiyan relief loading at Villamor, Adam Kokesh, Brian Carroll, Biden's March 10 primaries; 5 events)": ROOT / "tests" / "gold_real" / "heldout312",
    "written, dev": ROOT / "tests" / "unit" / "nlp" / "dev_gold",
}
HELDOUT = {
    "real news, held-out": ROOT / "tests" / "gold_real" / "heldout",
    "real news, held-out part 2 (2022-2024)": ROOT / "tests" / "gold_real" / "heldout2",
    "real news, held-out part 3 (Wikinews 2019-2020, 14 events)": ROOT / "tests" / "gold_real" / "heldout3",
    "real news, held-out part 4 (Wikinews 2019-2020, 14 more events)": ROOT / "tests" / "gold_real" / "heldout4",
    "written, held-out": ROOT / "tests" / "gold",
}


def score(folder: Path, engine, verbose: bool) -> None:
    paths = sorted(folder.glob("*.json"))
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    docs = [make_document(g["text"], p.name, parse_leading_metadata=False) for p, g in zip(paths, golds)]
    analyses = analyse_set(docs, engine).analyses
    parts = []
    for path, gold, analysis in zip(paths, golds, analyses):
        part = score_document(gold, analysis.entities, analysis.claims)
        parts.append(part)
        if verbose:
            report_misses(path.stem, gold, analysis)
    total = sum_scores(parts)
    print(
        f"  {len(paths):3} articles  entities P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f}"
        f"  speaker {total.speaker_found}/{total.attributed} = {total.speaker_recall:.3f}"
        f" (exact span {total.speaker_exact_recall:.3f})"
    )


def report_misses(name: str, gold, analysis) -> None:
    gold_ents = {(e["start"], e["end"], e["label"]): e["text"] for e in gold["entities"]}
    pred = {(e.start, e.end, e.label): e.text for e in analysis.entities}
    for key in sorted(gold_ents.keys() - pred.keys()):
        print(f"    {name}: missed entity {gold_ents[key]!r} {key[2]}")
    for key in sorted(pred.keys() - gold_ents.keys()):
        print(f"    {name}: extra  entity {pred[key]!r} {key[2]}")
    for gc in gold["claims"]:
        if not gc.get("speaker"):
            continue
        one = {"entities": [], "claims": [gc]}
        if score_document(one, [], analysis.claims).speaker_found:
            continue
        g0, g1 = gc["start"], gc["end"]
        match = max(analysis.claims, key=lambda c: min(c.end, g1) - max(c.start, g0), default=None)
        got = "no claim" if match is None else (
            f"{match.speaker.text!r}" + (f" -> {match.refers_to.text!r}" if match.refers_to else "")
            if match.speaker else "no speaker"
        )
        want = gc["speaker"]["text"] + (f" -> {gc['refers_to']['text']}" if gc.get("refers_to") else "")
        print(f"    {name}: speaker want {want!r} got {got}; cue {gc['cue']['text'] if gc.get('cue') else None!r}"
              f" in {gc['text'][:90]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="builtin")
    parser.add_argument("--heldout", action="store_true", help="score the held-out sets (once, at the end)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses (dev sets only)")
    parser.add_argument("--only", metavar="FOLDER", help="score only the set in this folder (e.g. dev7)")
    args = parser.parse_args()
    if args.heldout and args.verbose:
        parser.error("-v lists errors: never on held-out sets")
    try:
        engine = get_engine(args.engine)
    except EngineUnavailable as exc:
        print(f"{args.engine}: not installed ({exc})")
        return 0
    print(f"engine {engine.label}")
    for name, folder in (HELDOUT if args.heldout else DEV).items():
        if args.only and folder.name != args.only:
            continue
        print(name)
        score(folder, engine, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

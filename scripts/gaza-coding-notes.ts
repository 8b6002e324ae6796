// Coding notes of the Gaza seed (scripts/convert-gaza-data.ts) reworded where the coder's
// note speaks of a reading the term shapes cannot hold yet (whether a ceasefire is meant to
// be permanent, its phases, the details of a territorial claim) as if it were coded. The
// reading stays in the note, in words, and the note says it is not a coded term. Every
// other note is kept as the coder wrote it.
export const rewordedCodingNotes: Record<string, string> = {
  "il-2023-war-continues":
    "The four-day pause Israel approved is coded durationDays 4 (the event says it was later extended). Netanyahu rejected a lasting ceasefire, so the pause was meant to be temporary; the terms have no field for that yet. No type, because the pause comes with the hostage deal rather than with or without preconditions.",
  "egypt-2023-dec-three-stage-plan":
    "Stage one is a renewable truce of 'about two weeks' (details: 1-2 weeks), coded 14 days; reports differ slightly on the figures. The three stages, the last a comprehensive ceasefire, make a phased route to a permanent end, which the terms have no field for yet.",
  "eu-2024-pause-to-sustainable-ceasefire":
    "An 'immediate humanitarian pause leading to a sustainable ceasefire' with no condition attached is coded unconditional; the release of hostages is demanded alongside, not set as a precondition. That the pause is to lead to a lasting ceasefire has no field yet. No length or scope is given.",
  "un-2024-unsc-2728-ramadan-ceasefire":
    "An immediate ceasefire for the month of Ramadan is coded scope holiday (a truce tied to a holiday period) and unconditional, since the hostage release is demanded in parallel. It is to lead to a lasting ceasefire, which has no field yet; a 'permanent' amendment failed. No day count is stated.",
  "hamas-2024-apr-permanent-ceasefire-return":
    "Hamas's insistence that any deal guarantee a permanent ceasefire has no field yet; its other three conditions are the preconditions. The terms of the truce under discussion (3-4 weeks) were not Hamas's own, so no length; the record rests on unnamed sources.",
  "turkey-2024-may-welcomes-hamas-acceptance":
    "Erdogan asks Israel to move toward a permanent ceasefire, which the ceasefire terms have no field for yet. No type, length or scope is stated.",
  "hamas-2024-jun-permanent-ceasefire-withdrawal":
    "Hamas will not agree to a deal without a clear Israeli commitment to a permanent ceasefire and complete withdrawal: coded conditional with both as preconditions. The prisoner exchange it also lists is the deal's content (hostages issue), not a precondition.",
  "pij-2024-jun11-joint-response":
    "The joint reply's core condition is a complete halt to the war, coded conditional; no other condition is named, so no preconditions list.",
  "hamas-2025-jan15-accepts-phased-deal":
    "A 42-day first phase of a three-phase deal, with talks from day 16 on a second phase meant to end the war: coded 42 days (the phases have no field yet). Sourced to unnamed officials; the start date is in the Qatari record, not this one.",
  "il-2025-jan-deal-approved":
    "Six-week (42-day) first phase of a three-phase deal. The record does not say the later phases end the war; Israeli reports of US guarantees for a possible return to fighting are noted, not coded. Its exchange and aid terms (33 hostages, 30 prisoners per civilian hostage, 600 trucks a day) belong to other issues.",
  "il-2025-witkoff-outline":
    "An extension of the truce through Ramadan and Passover (to about 20 April 2025) is coded scope holiday; no day count is stated. Half the hostages on day one and the rest once a permanent ceasefire is agreed make a phased route, which has no field yet.",
  "egypt-2025-apr-eight-hostages-proposal":
    "A 40-70 day truce is coded 40, the lower bound (70 in the reported alternative); Al Mayadeen reported guarantees for a permanent ceasefire, which has no field yet. Unnamed sources, and the notes mention a conflicting 45-day text.",
  "egypt-2025-apr-long-term-truce-proposal":
    "A five-to-seven-year truce is coded 1825 days (five years of 365 days, the lower bound); the formal end to the war it comes with has no field yet. The international guarantees belong to the guarantees issue. Unnamed sources.",
  "qatar-2025-apr-long-term-truce-proposal":
    "Same proposal as Egypt's: a five-to-seven-year truce coded 1825 days (lower bound, 365-day years); the formal end of the war has no field yet. Reported by the BBC from a Palestinian official.",
  "us-2025-witkoff-60day":
    "A 60-day ceasefire with proximity talks towards a permanent ceasefire: coded 60 days (the route to a permanent ceasefire has no field yet). The hostage numbers belong to the hostages-prisoners issue.",
  "egypt-2025-aug18-60-day-proposal":
    "A 60-day pause with immediate talks on a permanent deal: coded 60 days (the talks on a permanent deal have no field yet). Abdelatty's openness to a one-stage comprehensive deal is an alternative, not coded.",
  "hamas-2025-aug18-accepts-60-day-proposal":
    "Hamas accepted without amendment a 60-day halt with talks on a permanent ceasefire from the first day: coded 60 days (the talks have no field yet). The terms are as Egyptian sources and the Egyptian record give them.",
  "qatar-2025-aug18-60-day-proposal":
    "Qatar co-sponsored the 60-day truce proposal: coded 60 days. This record does not itself mention the talks on a permanent ceasefire.",
  "arab-2025-welcome-20-point-plan":
    "The ministers back a 'comprehensive deal' under the plan, read as a permanent end of the war, which the ceasefire terms have no field for yet. The other elements they list (aid, no displacement, full withdrawal, two-state path) are conditions of the whole deal, not ceasefire terms, and are left to their issues.",
  "il-2025-20pt-accept":
    "Netanyahu backs a plan to end the war because it meets Israel's war aims; those aims are coded as the conditions of that end. The 72-hour deadline for hostage releases belongs to the hostages-prisoners issue.",
  "un-2025-welcome-phase-one-deal":
    "Guterres calls for a permanent ceasefire, which the ceasefire terms have no field for yet. His welcome of the deal gives no type, length or monitoring of the UN's own.",
  "il-2024-philadelphi-reduced":
    "Netanyahu's insistence on keeping forces on the Philadelphi route and the Netzarim corridor is coded held by Israel, with no recognition word; the reduced patrols on part of Philadelphi are noted here, not coded. Unnamed officials and a relayed NYT report only.",
  "egypt-2024-sep-rejects-philadelphi-rafah-presence":
    "Egypt rejects Israeli control of the corridor and the Palestinian side of the crossing: both coded withdrawal of Israel. It wants the crossing run under 'Palestinian supervision' without naming a party, so no held-by claim (noted here, not coded).",
  "hamas-2024-sep-philadelphi-phase-one":
    "Withdrawal of Israel from the corridor; the timing (phase one, not phase two) is noted here, not coded. A single anonymous source relayed second-hand, as the notes say.",
  "il-2024-philadelphi-red-line":
    "'Until that happens, we're there': held by Israel. The conditions under which Netanyahu would consider leaving (a permanent-ceasefire stage, and a force that proves it can stop smuggling) are noted here, not coded.",
  "eu-2025-eubam-rafah-redeploy":
    "The EU's civilian border mission at the crossing is coded international, the nearest outcome; it supports Palestinian border officials and does not take control of the crossing. The terms cannot yet say who provides the presence.",
  "il-2025-buffer-zones":
    "Katz says the army will stay in Gaza's security zones and not evacuate seized areas: the perimeter buffer zone is coded held by Israel plainly, and the four places the army listed as under its control (details) are coded held by Israel as the seized areas he means. The share he gives, about 30% of Gaza, has no field yet.",
  "il-2025-rafah-exit-only":
    "Israel decides how the crossing reopens (exits only until all hostages are back, with its security approval and an EU mission): read as Israel keeping control, held by Israel. The exits-only rule has no field yet.",
  "il-2025-yellow-line-border":
    "Zamir: the army stays on the yellow line with operational control over the area behind it, 'a new border line': held by Israel. No recognition word is coded ('border line' is not a stated annexation); the share, about 53% (some reports 58%), has no field yet.",
};

// Words the synthetic records are written with. A handful of topic words recur often
// ("ceasefire" in roughly one position in five), so a search for a common term has tens of
// thousands of matches at full scale, as a real archive would.

export const topics = [
  "ceasefire", "prisoner exchange", "sanctions relief", "security guarantees", "frozen assets",
  "troop withdrawal", "buffer zone", "energy infrastructure", "grain corridor", "elections",
  "language rights", "refugee return", "monitoring mission", "reconstruction fund", "nuclear plant",
  "border demarcation", "autonomy", "peacekeepers", "arms limits", "humanitarian access",
] as const;

export const verbs = ["insists on", "calls for", "is open to", "accepts", "rejects outright", "proposes", "hints at", "conditions talks on"];

export const qualifiers = [
  "before any further round", "under international supervision", "within ninety days", "as a first step",
  "only with written guarantees", "pending a referendum", "if sanctions are eased", "without preconditions",
  "after a full exchange of prisoners", "subject to parliamentary approval",
];

export const outlets = [
  "Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Financial Times", "The Economist",
  "Le Monde", "Der Spiegel", "Kyiv Independent", "Meduza", "Al Jazeera", "Politico Europe", "TASS", "Ukrinform",
];

export const speakers = ["the foreign minister", "a senior negotiator", "the presidential envoy", "a spokesperson", "the defence minister"];

export const places = ["Istanbul", "Geneva", "Riyadh", "Abu Dhabi", "Vienna", "Doha", "Minsk", "Helsinki", "Jeddah", "Oslo"];

export const regionNames = [
  "Aldoria", "Borvania", "Cestria", "Dravonia", "Elmaris", "Ferrovia", "Galdor", "Hestia", "Istria", "Jorvik",
  "Kalmar", "Lorvenia", "Marovia", "Norland", "Ostrava", "Pelagia", "Quorvia", "Rhodana", "Selvia", "Tarvos",
];

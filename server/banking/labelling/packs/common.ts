import type { BuiltinRule } from "../rule-model";
import { brandRule, definePack, PRIORITY } from "../rule-model";

/**
 * Brands that print the same in every language: streaming, delivery, ride hailing, airlines,
 * retailers, fuel, gambling operators and buy-now-pay-later providers. Language packs hold the
 * words (rent, salary, fees...); this pack holds the names.
 */
const P = PRIORITY;

export const COMMON_RULES: readonly BuiltinRule[] = definePack("common", [
  brandRule("subscriptions.streaming", "subscriptions", P.merchantSpecific, [
    "NETFLIX", "SPOTIFY", "DEEZER", "DISNEY PLUS", "DISNEYPLUS", "AMAZON PRIME", "PRIME VIDEO", "APPLE COM", "APPLE COMBILL",
    "ITUNES", "YOUTUBE", "XBOX", "PLAYSTATION", "HBO", "CANALSAT", "CANAL", "DAZN", "SHOWMAX", "MULTICHOICE", "DSTV", "AUDIBLE",
    "ADOBE", "DROPBOX", "ICLOUD", "GOOGLE PAYMENT", "GOOGLE STORAGE", "MICROSOFT", "VIDEOLAND", "PATREON",
  ], "debit", ["SPOTIFY", "NETFLIX", "DEEZER", "AMAZONPRIME"]),
  brandRule("dining.brands", "dining", P.merchantSpecific, [
    "UBER EATS", "UBEREATS", "DELIVEROO", "JUST EAT", "JUSTEAT", "GLOVO", "GLOVOAPP", "THUISBEZORGD", "TAKEAWAY COM", "MCDONALDS",
    "MC DONALDS", "MCDO", "MCD", "KFC", "BURGER KING", "STARBUCKS", "DOMINOS", "PIZZA HUT", "SUBWAY", "NANDOS", "STEERS", "WIMPY",
    "DEBONAIRS", "TELEPIZZA", "FIVE GUYS", "QUICK", "PRET A MANGER", "PIZZA", "RESTAURANT", "RESTAURANTE", "BRASSERIE", "BOULANGERIE",
    "CAFE", "CAFETERIA", "BISTRO", "SNACK", "TRAITEUR",
  ], "debit", ["UBEREATS", "DELIVEROO"]),
  brandRule("transport.ride", "transport", P.merchant, ["UBER", "BOLT", "LYFT", "CABIFY", "FREENOW", "BLABLACAR", "FLIXBUS", "TAXI", "SANEF"]),
  brandRule("travel.brands", "travel", P.merchant, [
    "AIRBNB", "BOOKING COM", "RYANAIR", "EASYJET", "AIR FRANCE", "KLM", "LUFTHANSA", "VUELING", "IBERIA", "TRANSAVIA", "EXPEDIA",
    "HOTELS COM", "HOTEL", "DELTA AIR", "UNITED AIRLINES", "AMERICAN AIRLINES", "BRITISH AIRWAYS", "FLYSAFAIR", "KULULA", "AIRLINK",
  ]),
  brandRule("shopping.brands", "shopping", P.merchant, [
    "AMAZON", "AMZN", "CDISCOUNT", "FNAC", "DARTY", "BOULANGER", "ZARA", "H&M", "PRIMARK", "IKEA", "DECATHLON", "SEPHORA", "ACTION",
    "HEMA", "KRUIDVAT", "BOL COM", "COOLBLUE", "MEDIAMARKT", "MEDIA MARKT", "BIJENKORF", "ALIEXPRESS", "EBAY", "WALLAPOP",
    "LEBONCOIN", "ZALANDO", "SHEIN", "TEMU", "ETSY", "KIABI", "JULES", "BABOU", "LEROY MERLIN", "CASTORAMA", "EL CORTE INGLES",
    "TAKEALOT", "MR PRICE", "EDGARS", "ACKERMANS", "TRUWORTHS", "MAKRO", "WALMART", "TARGET", "BEST BUY", "ICI PARIS XL",
    "PRET A PORTER", "TABAC", "PRESSE", "RELAY", "APPLE STORE", "CARTER CASH",
  ]),
  brandRule("groceries.brands", "groceries", P.merchant, [
    "CARREFOUR", "CARR", "LECLERC", "AUCHAN", "LIDL", "ALDI", "INTERMARCHE", "SUPER U", "MAGASIN U", "HYPER U", "SYSTEME U", "MONOPRIX",
    "FRANPRIX", "LEADER PRICE", "PICARD", "GEANT", "GEANT CASINO", "PETIT CASINO", "CASINO SHOP", "SPAR", "MERCADONA", "DIA", "ALCAMPO",
    "EROSKI", "CONSUM", "HIPERCOR", "ALBERT HEIJN", "JUMBO", "DIRK", "COLRUYT", "DELHAIZE", "SHOPRITE", "CHECKERS", "PICK N PAY",
    "PNP", "WOOLWORTHS", "BOXER", "USAVE", "FOOD LOVERS", "TESCO", "SAINSBURYS", "ASDA", "MORRISONS", "WAITROSE", "KROGER",
    "SAFEWAY", "WHOLE FOODS", "TRADER JOE", "COSTCO", "SUPERMARKET", "SUPERMARCHE", "SUPERMERCADO", "SUPERMARKT",
  ]),
  brandRule("fuel.brands", "fuel", P.merchant, [
    "TOTAL", "TOTALENERGIES", "ESSO", "SHELL", "BP", "AVIA", "Q8", "TEXACO", "REPSOL", "CEPSA", "GALP", "ENGEN", "SASOL", "CALTEX",
    "CHEVRON", "EXXON", "MOBIL", "CARBURANT", "GASOLINERA", "TANKSTATION", "PETROL", "FUEL",
  ]),
  brandRule("health.brands", "health", P.merchant, [
    "PHARMACIE", "PHIE", "FARMACIA", "APOTHEEK", "PHARMACY", "CLICKS", "DIS CHEM", "DOCTEUR", "MEDECIN", "DENTISTE", "OPTICIEN",
    "HOPITAL", "CLINIQUE", "CLINICA", "DENTAL", "ZIEKENHUIS", "HUISARTS", "TANDARTS", "DOCTOR", "HOSPITAL", "PATHCARE", "LANCET",
  ]),
  brandRule("entertainment.brands", "entertainment", P.merchant, [
    "BASIC FIT", "FITNESS PARK", "FITNESS", "GYM", "VIRGIN ACTIVE", "PLANET FITNESS", "CINEMA", "PATHE", "UGC", "KINEPOLIS",
    "THEATRE", "CONCERT", "TICKETMASTER", "STEAM", "NINTENDO", "SPORT", "BOWLING",
  ]),
  brandRule("gambling.brands", "gambling", P.gamblingBrand, [
    "WINAMAX", "ZETURF", "BETCLIC", "PMU", "FDJ", "FRANCAISE DES JEUX", "PARIONS SPORT", "UNIBET", "POKERSTARS", "BWIN", "BET365",
    "BET 365", "CODERE", "SPORTIUM", "LUCKIA", "RETABET", "LOTERIAS Y APUESTAS", "HOLLAND CASINO", "TOTO", "STAATSLOTERIJ",
    "NEDERLANDSE LOTERIJ", "BETCITY", "JACKS", "PADDY POWER", "BETFAIR", "WILLIAM HILL", "LADBROKES", "SKY BET", "BETFRED",
    "DRAFTKINGS", "FANDUEL", "HOLLYWOODBETS", "BETWAY", "SUPABETS", "SPORTINGBET", "PLAYABETS", "GBETS", "SUNBET", "ITHUBA",
    "NATIONAL LOTTERY", "LOTTOSTAR", "BETXCHANGE", "TOPBET", "LOTTOLAND",
  ], "debit", ["WINAMAX", "BET365", "HOLLYWOODBETS", "BETWAY", "POKERSTARS"]),
  { ...brandRule("gambling.winnings", "gambling", P.gamblingBrand, ["WINAMAX", "ZETURF", "BETCLIC", "PMU", "FDJ", "UNIBET", "POKERSTARS", "BWIN", "BET365", "HOLLYWOODBETS", "BETWAY", "SUPABETS", "PADDY POWER", "BETFAIR", "DRAFTKINGS", "FANDUEL"], "credit"), label: "gambling_winnings" },
  { id: "gambling.generic", label: "gambling", on: "debit", priority: P.genericGambling, words: ["CASINO", "LOTO", "LOTTO", "LOTERIE", "LOTERIA", "LOTTERY", "BET", "BETTING", "POKER", "APUESTAS", "GOKKEN"] },
  brandRule("bnpl.brands", "bnpl", P.bnpl, [
    "KLARNA", "ALMA", "SCALAPAY", "AFTERPAY", "CLEARPAY", "SEQURA", "APLAZAME", "PAYFLEX", "PAYJUSTNOW", "HAPPY PAY", "RIVERTY",
    "IN3", "AFFIRM", "FLOA PAY", "ZIP PAY",
  ], "debit", ["KLARNA"]),
  // "PAIEMENT EN 3 FOIS", "PAGO EN 4 PLAZOS", "BETALING IN 3 TERMIJNEN", "PAY IN 4 INSTALMENTS": one pattern for the number in the middle.
  { id: "bnpl.pay-in-n", label: "bnpl", on: "debit", priority: P.bnpl, pattern: / (?:PAIEMENT|PAGO|PAGA|BETALING|PAY) (?:EN|IN) [2-6] (?:X|FOIS|PLAZOS|CUOTAS|TERMIJNEN|INSTALMENTS|INSTALLMENTS) / },
  { id: "bnpl.instalments", label: "bnpl", on: "debit", priority: P.bnpl, words: ["3X", "4X", "3 4X", "PAYPAL 4X", "PAIEMENT EN 3", "PAIEMENT EN 4", "PAGA EN 3", "COFIDIS POUR", "IN 3 TERMIJNEN"] },
  { id: "self-employment.platforms", label: "self_employment", on: "credit", priority: P.income, words: ["UBER PAYMENTS", "UBER BV", "DELIVEROO", "BOLT OPERATIONS", "UPWORK", "FIVERR", "STRIPE PAYMENTS", "SUMUP PAYOUT", "ZETTLE PAYOUT", "YOCO", "SNAPSCAN", "ETSY PAYOUT", "AIRBNB PAYOUT"] },
]);

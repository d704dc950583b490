/**
 * The merchant, employer or payer named in a normalised description, without the bank's operation
 * words in front ("PRLV SEPA", "VIR SEPA RECU DE", "PAIEMENT CB", "Aankoop Maestro 03/02 - 10.14 uur")
 * and without references, card numbers, dates and times after it ("REF", "MDT", "KENMERK", ...).
 */
const LEADING_NOISE = new Set(
  (
    "VIR VIREMENT VIRT SEPA RECU RECUE EMIS EMISE INST INSTANTANE PERM PERMANENT EUROPEEN DE DU DES D LA LE LES L A AU AUX EN " +
    "VOTRE FAVEUR PART POUR VERS PRLV PRELEVEMENT PRELVT PRLVT PREL CB CARTE PAIEMENT PAR ACHAT DOMICILIATION DOMICILIERING VAN " +
    "INCASSO RECIBO RCBO RBO AD TRANSFERENCIA FAVOR TRASPASO COMPRA PAGO ABONO POR AANKOOP MAESTRO BANCONTACT BEA BETAALPAS PAS " +
    "UUR U H OVERSCHRIJVING INSTANTOVERSCHRIJVING EUROPESE POS PURCHASE DEBIT ORDER ACB EXTERNAL MAGTAPE NAEDO EFT PAYMENT TO " +
    "FROM CREDIT TRANSFER DIRECT DD BGC STO ONLINE CONTACTLESS TRANSACCION TARJETA TARJ M MR MME MLLE MELLE MLE MRS MS MISS SR " +
    "SRA SRTA DHR MEVR HR CHEQUE CHQ N NO RETRAIT DAB GELDOPNEMING MET DEBETKAART OM REINTEGRO CAJERO TRF F REGLEMENT " +
    "ECHEANCE ECH NOMINA SALAIRE SALARY SALARIS LOON PAYE F SEPA DOMICILIERING RECIBO ADEUDO BETALING # INT"
  ).split(" "),
);

const NOISE_PHRASES: readonly (readonly string[])[] = [["IN", "EURO", "VAN"], ["IN", "EURO"]];

const STOP = new Set(
  (
    "REF REFERENCE REFERENCIA MDT MANDAT MANDAAT MANDATO MOTIF MOTIVO ID EMETTEUR LIB CARTE NUMERO KAARTNUMMER MEDEDELING " +
    "MEDEDELINGEN KENMERK SCHULDEISER SCHULDEISERSREFERTE BANKREFERENTIE COMMUNICATION CREANCIER CONCEPTO ORIGEN NO COMMERCE " +
    "FACT FACTURE IDENT OM UUR EREF IBAN BIC ECH PLV GEC CARD KAART NUMERO FECHA REFERENTIE POLISNR CONTRAT"
  ).split(" "),
);

const TRAILING_FILLER = new Set("DE DU DES LA LE LES ET EN VAN Y THE OF AND A AU PAR M MR MME MLLE NL BE FR ES UK ZA SALAIRE SALARY SALARIS PAYE LOON NOMINA LOYER ALQUILER HUUR RENT".split(" "));

const MAX_TOKENS = 4;

function isNoiseToken(token: string): boolean {
  if (token === "#" || /\d/.test(token)) return true;
  // Card masks and anonymised parts: X2518, XXXX, XXX.
  return /^X+$/.test(token);
}

/** Cleaned counterparty from a normalised description, or null when nothing name-like remains. */
export function extractCounterparty(normalised: string): string | null {
  const tokens = normalised.split(" ");
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] ?? "";
    const phrase = NOISE_PHRASES.find((p) => p.every((word, offset) => tokens[index + offset] === word));
    if (phrase) {
      index += phrase.length;
      continue;
    }
    if (LEADING_NOISE.has(token) || isNoiseToken(token)) {
      index++;
      continue;
    }
    break;
  }
  const kept: string[] = [];
  for (; index < tokens.length && kept.length < MAX_TOKENS; index++) {
    const token = tokens[index] ?? "";
    if (STOP.has(token)) break;
    if (isNoiseToken(token)) continue;
    kept.push(token);
  }
  while (kept.length > 0 && (TRAILING_FILLER.has(kept[kept.length - 1] ?? "") || (kept[kept.length - 1] ?? "").length === 1)) kept.pop();
  return kept.length > 0 ? kept.join(" ") : null;
}

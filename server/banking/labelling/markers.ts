import type { TransactionType } from "../taxonomy";
import type { PackName } from "./rule-model";

/**
 * Words that say what a line is rather than what it is for: return markers (a credit that gives
 * back an earlier debit) and operation types (card, direct debit, transfer...). Phrases are whole
 * tokens of the normalised description.
 */
export interface ReturnMarker {
  readonly phrase: string;
  readonly pack: PackName;
}

const RETURN_WORDS: ReadonlyArray<readonly [PackName, readonly string[]]> = [
  ["fr", ["REJET", "REJETE", "IMPAYE", "IMPAYES", "RETOUR PRLV", "RETOUR PRELEVEMENT", "PRLV REJETE", "REJET CHEQUE"]],
  ["es", ["DEVOLUCION", "RECIBO DEVUELTO", "DEVUELTO", "RETROCESION", "IMPAGADO", "IMPAGADA", "DEVOLUCION RECIBO"]],
  ["nl", ["STORNO", "STORNERING", "TERUGBOEKING", "ONBETAALD", "RETOUR INCASSO", "GEWEIGERDE INCASSO"]],
  ["en", ["RD", "RETURNED", "UNPAID", "RETURN DEBIT", "DEBIT ORDER REVERSAL", "REVERSAL", "DISHONOURED", "REFER TO DRAWER", "NAEDO RETURN", "UNPAID DEBIT ORDER", "ONBETAALDE DEBIETORDER", "TERUGGESTUUR", "RETURNED ACH"]],
];

export const RETURN_MARKERS: readonly ReturnMarker[] = RETURN_WORDS.flatMap(([pack, phrases]) => phrases.map((phrase) => ({ phrase, pack })));

/** "transfer" resolves to transfer_in or transfer_out by the amount's sign. */
export type TypeKeywordTarget = Exclude<TransactionType, "transfer_in" | "transfer_out" | "internal_transfer" | "other"> | "transfer";

export const TYPE_KEYWORDS: ReadonlyArray<readonly [TypeKeywordTarget, readonly string[]]> = [
  ["cash_withdrawal", ["RETRAIT", "DAB", "GAB", "ATM", "GELDOPNEMING", "GELDAUTOMAAT", "REINTEGRO", "CAJERO", "CASH WITHDRAWAL", "ONTTREKKING", "KONTANTONTTREKKING", "DISTRIBUTEUR"]],
  ["cash_deposit", ["VERSEMENT ESPECES", "DEPOT ESPECES", "CASH DEPOSIT", "STORTING", "INGRESO EFECTIVO", "KONTANT DEPOSITO"]],
  ["cheque", ["CHQ", "CHEQUE", "CHEQUES", "CHECK", "REMISE CHEQUE", "TJEK"]],
  ["fee", ["FRAIS", "COMMISSION", "COMISION", "COTISATION", "KOSTEN", "ABONNEMENTSKOSTEN", "FEE", "FEES", "CHARGES", "AGIOS", "DIENSGELD", "BANKKOSTE"]],
  ["direct_debit", ["PRLV", "PRELEVEMENT", "PRELVT", "PRLVT", "PREL", "PLV", "DOMICILIATION", "DOMICILIERING", "INCASSO", "RECIBO", "RCBO", "RBO", "ADEUDO", "DEBIT ORDER", "ACB", "MAGTAPE", "NAEDO", "DEBICHECK", "DIRECT DEBIT", "DD", "LASTSCHRIFT", "DEBIETORDER", "ACH DEBIT"]],
  ["card", ["CB", "CARTE", "CARD", "POS", "PURCHASE", "AANKOOP", "MAESTRO", "BANCONTACT", "BEA", "BETAALPAS", "PAS", "PINBETALING", "COMPRA", "TARJETA", "TARJ", "CONTACTLESS", "VISA", "MASTERCARD", "KAARTBETALING", "ACHAT", "CHECKCARD", "KAART"]],
  ["transfer", ["VIR", "VIREMENT", "VIRT", "TRANSFERENCIA", "TRASPASO", "TRF", "OVERSCHRIJVING", "INSTANTOVERSCHRIJVING", "OVERBOEKING", "TRANSFER", "EFT", "FASTER PAYMENT", "FPS", "BGC", "STO", "STANDING ORDER", "GIRO", "OORPLASING", "IB PAYMENT", "ABONO", "ACH CREDIT", "ZELLE", "VENMO"]],
];

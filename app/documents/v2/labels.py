"""Renderer version 2's words in English, Portuguese and Dutch and the locale of each, kept with it
(documents it drew must render again to the same bytes: change words in a later version)."""

from __future__ import annotations

from app.core.invoice_document import DocumentKind

LOCALES = {"en": "en_GB", "pt": "pt_PT", "nl": "nl_NL"}

TITLES = {
    "en": {DocumentKind.INVOICE: "Invoice", DocumentKind.STATEMENT: "Service statement",
           DocumentKind.RECEIPT: "Receipt", DocumentKind.CREDIT_NOTE: "Credit note"},
    "pt": {DocumentKind.INVOICE: "Fatura", DocumentKind.STATEMENT: "Nota de serviços",
           DocumentKind.RECEIPT: "Recibo", DocumentKind.CREDIT_NOTE: "Nota de crédito"},
    "nl": {DocumentKind.INVOICE: "Factuur", DocumentKind.STATEMENT: "Dienstenoverzicht",
           DocumentKind.RECEIPT: "Ontvangstbewijs", DocumentKind.CREDIT_NOTE: "Creditnota"},
}  # fmt: skip

# What a service statement says under its title and at the foot of every page. "Este documento
# não serve de fatura" is the wording Portuguese documents that are not invoices carry.
NOT_AN_INVOICE = {
    "en": {"notice": "Not an invoice", "footer": "Service statement — not an invoice",
           "note": "The invoice is issued separately."},
    "pt": {"notice": "Este documento não serve de fatura",
           "footer": "Nota de serviços — este documento não serve de fatura",
           "note": "A fatura é emitida à parte."},
    "nl": {"notice": "Dit is geen factuur", "footer": "Dienstenoverzicht — dit is geen factuur",
           "note": "De factuur wordt afzonderlijk opgemaakt."},
}  # fmt: skip

WORDS = {
    "en": {
        "number": "Number", "issued": "Date", "due": "Due date", "customer": "Customer",
        "vat_id": "VAT number", "description": "Description", "quantity": "Qty",
        "unit_price": "Unit price", "vat_percent": "VAT", "net": "Net", "rate": "VAT rate",
        "base": "Taxable amount", "vat": "VAT", "total": "Total", "subtotal": "Total excl. VAT",
        "exempt": "VAT exempt", "pay": "Please pay {amount} by {due} by bank transfer to",
        "reference": "Reference", "scan": "Scan with your banking app",
        "corrects": "Corrects invoice {number}", "gross": "{amount} incl. VAT",
        "session_log": "Session log", "when": "Accepted – ended",
        "duration": "Duration", "tool": "Tool", "remote_id": "Remote ID", "outcome": "Outcome",
        "evidence": "Tool's record", "page": "Page {page}", "terms": "Payment term",
    },
    "pt": {
        "number": "Número", "issued": "Data", "due": "Vencimento", "customer": "Cliente",
        "vat_id": "NIF", "description": "Descrição", "quantity": "Qtd.",
        "unit_price": "Preço unit.", "vat_percent": "IVA", "net": "Valor s/ IVA",
        "rate": "Taxa de IVA", "base": "Incidência", "vat": "IVA", "total": "Total",
        "subtotal": "Total sem IVA", "exempt": "Isento de IVA",
        "pay": "Pague {amount} até {due} por transferência para",
        "reference": "Referência", "scan": "Leia com a app do seu banco",
        "corrects": "Corrige a fatura {number}", "gross": "{amount} com IVA",
        "session_log": "Registo das sessões", "when": "Aceite – fim",
        "duration": "Duração", "tool": "Ferramenta", "remote_id": "ID remoto", "outcome": "Resultado",
        "evidence": "Registo da ferramenta", "page": "Página {page}",
        "terms": "Prazo de pagamento",
    },
    "nl": {
        "number": "Nummer", "issued": "Datum", "due": "Vervaldatum", "customer": "Klant",
        "vat_id": "Btw-nummer", "description": "Omschrijving", "quantity": "Aantal",
        "unit_price": "Prijs", "vat_percent": "Btw", "net": "Netto", "rate": "Btw-tarief",
        "base": "Maatstaf", "vat": "Btw", "total": "Totaal", "subtotal": "Totaal excl. btw",
        "exempt": "Vrijgesteld van btw", "pay": "Gelieve {amount} te betalen vóór {due} op",
        "reference": "Mededeling", "scan": "Scan met uw bankapp",
        "corrects": "Corrigeert factuur {number}", "gross": "{amount} incl. btw",
        "session_log": "Sessielogboek", "when": "Aanvaard – einde",
        "duration": "Duur", "tool": "Programma", "remote_id": "Afstands-ID", "outcome": "Resultaat",
        "evidence": "Logboek van het programma", "page": "Pagina {page}",
        "terms": "Betalingstermijn",
    },
}  # fmt: skip

RECEIPT_WORDS = {
    "en": {
        "received": "Amount received", "from_credit": "Paid from your credit",
        "paid_on": "Date of payment", "method": "Payment method", "document": "Document",
        "applied": "Amount applied", "open": "Left to pay", "kept": "Kept as your credit",
        "credit_after": "Your credit with us after this payment: {amount}",
    },
    "pt": {
        "received": "Valor recebido", "from_credit": "Pago com o seu crédito",
        "paid_on": "Data do pagamento", "method": "Meio de pagamento", "document": "Documento",
        "applied": "Valor aplicado", "open": "Por pagar", "kept": "Fica como crédito a seu favor",
        "credit_after": "O seu crédito após este pagamento: {amount}",
    },
    "nl": {
        "received": "Ontvangen bedrag", "from_credit": "Betaald met uw tegoed",
        "paid_on": "Datum van betaling", "method": "Betaalwijze", "document": "Document",
        "applied": "Toegepast bedrag", "open": "Nog te betalen",
        "kept": "Blijft als tegoed in uw voordeel",
        "credit_after": "Uw tegoed na deze betaling: {amount}",
    },
}  # fmt: skip

METHODS = {
    "en": {"transfer": "Bank transfer", "cash": "Cash", "card": "Card", "other": "Other",
           "credit": "Your credit"},
    "pt": {"transfer": "Transferência bancária", "cash": "Numerário", "card": "Cartão",
           "other": "Outro", "credit": "O seu crédito"},
    "nl": {"transfer": "Overschrijving", "cash": "Contant", "card": "Kaart", "other": "Andere",
           "credit": "Uw tegoed"},
}  # fmt: skip

OUTCOMES = {
    "en": {"resolved": "Resolved", "unresolved": "Unresolved", "cancelled": "Cancelled"},
    "pt": {"resolved": "Resolvido", "unresolved": "Não resolvido", "cancelled": "Cancelado"},
    "nl": {"resolved": "Opgelost", "unresolved": "Niet opgelost", "cancelled": "Geannuleerd"},
}

# The stored (English) text of a session line and its price breakdown, in each language: the
# pricing's line templates (app.core.pricing.LINE_TEMPLATES, worded as the app's translations
# word them), the agreed price of an offer, the few phrases app.services adds around them, and
# the payment term.
LINE_WORDS = {
    "en": {
        "session": "Remote session", "First {minutes} minutes": "First {minutes} minutes",
        "Further {minutes}-minute block": "Further {minutes}-minute block",
        "Out-of-hours fee": "Out-of-hours fee",
        "Out-of-hours surcharge ({percent} %)": "Out-of-hours surcharge ({percent} %)",
        "Remote session (agreed price)": "Remote session (agreed price)",
        "free": "Free minutes used: {minutes}", "not_charged": "{outcome}: not charged",
        "correction": "Correction of {number}", "days": "{n} days",
    },
    "pt": {
        "session": "Assistência remota", "First {minutes} minutes": "Primeiros {minutes} minutos",
        "Further {minutes}-minute block": "Bloco adicional de {minutes} minutos",
        "Out-of-hours fee": "Taxa fora de horas",
        "Out-of-hours surcharge ({percent} %)": "Sobretaxa fora de horas ({percent} %)",
        "Remote session (agreed price)": "Assistência remota (preço acordado)",
        "free": "Minutos gratuitos usados: {minutes}", "not_charged": "{outcome}: não cobrado",
        "correction": "Correção de {number}", "days": "{n} dias",
    },
    "nl": {
        "session": "Hulp op afstand", "First {minutes} minutes": "Eerste {minutes} minuten",
        "Further {minutes}-minute block": "Bijkomend blok van {minutes} minuten",
        "Out-of-hours fee": "Vergoeding buiten de openingsuren",
        "Out-of-hours surcharge ({percent} %)": "Toeslag buiten de openingsuren ({percent} %)",
        "Remote session (agreed price)": "Hulp op afstand (afgesproken prijs)",
        "free": "Gebruikte gratis minuten: {minutes}",
        "not_charged": "{outcome}: niet aangerekend", "correction": "Correctie van {number}",
        "days": "{n} dagen",
    },
}  # fmt: skip

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../app/ui/today/appointment_actions.py" line="+92"/>
        <source>{customer} is past the late tolerance. Say why the session starts anyway; the reason is kept in the session&apos;s history.</source>
        <translation>{customer} is later dan de toegelaten wachttijd. Zeg waarom de sessie toch start; de reden wordt bewaard in de geschiedenis van de sessie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start anyway</source>
        <translation>Toch starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancel {customer}&apos;s appointment of {when}? It stays in the history.</source>
        <translation>De afspraak van {customer} op {when} annuleren? Ze blijft in de geschiedenis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Cancel appointment</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the customer solved it</source>
        <translation>bv. de klant heeft het zelf opgelost</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{policy}: {hours} that day</source>
        <translation>{policy}: {hours} die dag</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <location filename="../../app/ui/today/reminders.py" line="+25"/>
        <source>due</source>
        <translation>nu verwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in session</source>
        <translation>in sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>afgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rescheduled</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>upcoming (starts in {span})</source>
        <translation>binnenkort (begint over {span})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>late by {span}</source>
        <translation>{span} te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/today/today_view.py" line="+74"/>
        <source>late by {span} (tolerance ends {time})</source>
        <translation>{span} te laat (wachttijd loopt af om {time})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/today/today_view.py" line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Appointment at {time}</source>
        <translation>Afspraak om {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tolerance ends at {time}</source>
        <translation>Wachttijd loopt af om {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}, booked for {time}, is {status}. Start the session now or reschedule it.</source>
        <translation>{who}, geboekt om {time}, is {status}. Start de sessie nu of verplaats ze.</translation>
    </message>
</context>
<context>
    <name>AutoStart</name>
    <message>
        <location filename="../../app/ui/session/auto_start.py" line="+67"/>
        <source>Timer started from {tool}&apos;s report at {time}.</source>
        <translation>Timer gestart op het bericht van {tool} om {time}.</translation>
    </message>
</context>
<context>
    <name>BeforeConnecting</name>
    <message>
        <location filename="../../app/ui/session/before_connecting.py" line="+86"/>
        <source>Checklist complete</source>
        <translation>Controlelijst volledig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist: {done} of {items}</source>
        <translation>Controlelijst: {done} van {items}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no offer agreed yet</source>
        <translation>nog geen prijs afgesproken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offer {money} accepted</source>
        <translation>prijs van {money} aanvaard</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../app/ui/today/appointment_dialogs.py" line="+168"/>
        <source>Book an appointment</source>
        <translation>Afspraak boeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book anyway</source>
        <translation>Toch boeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No equipment</source>
        <translation>Geen toestel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment&apos;s tool</source>
        <translation>Het programma van het toestel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the customer needs</source>
        <translation>Wat de klant nodig heeft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected length</source>
        <translation>Verwachte duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote tool</source>
        <translation>Programma op afstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../app/ui/session/checklist_dialog.py" line="+35"/>
        <source>The customer accepted the terms</source>
        <translation>De klant aanvaardt de gebruiksvoorwaarden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer agrees that the session may be recorded</source>
        <translation>De klant gaat akkoord dat de sessie opgenomen wordt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup was made (or the customer declined)</source>
        <translation>Er is een back-up gemaakt (of de klant weigerde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential applications are closed</source>
        <translation>Vertrouwelijke programma&apos;s zijn gesloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A responsible person is present (name)</source>
        <translation>Er is een verantwoordelijke aanwezig (naam)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer is at the computer with a phone</source>
        <translation>De klant zit aan de computer, met een telefoon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made</source>
        <translation>gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Before connecting</source>
        <translation>Voor het verbinden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amount in {currency}</source>
        <translation>Bedrag in {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer accepted ({currency})</source>
        <translation>Aanvaarde prijs ({currency})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{question} (version {version})</source>
        <translation>{question} (versie {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the terms…</source>
        <translation>Voorwaarden lezen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Terms {version}</source>
        <translation>Voorwaarden {version}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{text} is not an amount; type it as 25.00.</source>
        <translation>{text} is geen bedrag; typ het als 25.00.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accepted offer must be more than nothing.</source>
        <translation>De aanvaarde prijs moet meer dan nul zijn.</translation>
    </message>
</context>
<context>
    <name>CompactTimer</name>
    <message>
        <location filename="../../app/ui/timer/compact_timer.py" line="+49"/>
        <source>AssistDesk timer</source>
        <translation>AssistDesk-timer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to move; double-click for the desk</source>
        <translation>Sleep om te verplaatsen; dubbelklik voor het hoofdvenster</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide the compact timer</source>
        <translation>Compacte timer verbergen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{customer} · {state}</source>
        <translation>{customer} · {state}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Desk</source>
        <translation>Hoofdvenster</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <location filename="../../app/ui/session/connect_controller.py" line="+181"/>
        <source>Watching {tool}&apos;s files for the end of the connection.</source>
        <translation>De bestanden van {tool} worden gevolgd voor het einde van de verbinding.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The session password must be one line.</source>
        <translation>Het sessiewachtwoord moet op één regel staan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting {tool}…</source>
        <translation>{tool} wordt gestart…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{tool} started for {remote_id}.</source>
        <translation>{tool} gestart voor {remote_id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID {remote_id} is on the clipboard.</source>
        <translation>Het ID {remote_id} staat op het klembord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching for the customer&apos;s acceptance.</source>
        <translation>Wachten tot de klant aanvaardt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{problem} Try {tool} next: check the customer&apos;s {tool} ID and press Connect.</source>
        <translation>{problem} Probeer {tool}: controleer het {tool}-ID van de klant en druk op Verbinden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The remote tool</source>
        <translation>Het programma op afstand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} reports the connection ended at {time}.</source>
        <translation>{tool} meldt dat de verbinding om {time} beëindigd is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{tool} reports the connection was accepted at {time}.</source>
        <translation>{tool} meldt dat de verbinding om {time} aanvaard is.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{tool} reports the connection was accepted at {time} — start the timer from then?</source>
        <translation>{tool} meldt dat de verbinding om {time} aanvaard is — de timer vanaf dan starten?</translation>
    </message>
</context>
<context>
    <name>ConnectView</name>
    <message>
        <location filename="../../app/ui/session/session_extras_view.py" line="+28"/>
        <source>Checklist…</source>
        <translation>Controlelijst…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote ID</source>
        <translation>ID op afstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session password (optional)</source>
        <translation>Sessiewachtwoord (optioneel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/customers/contact_check.py" line="+52"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no phone number or email address for {name} yet. Ask for one before the session starts, so the customer can be called back and sent what the session cost.</source>
        <translation>Er is nog geen telefoonnummer of e-mailadres voor {name}. Vraag er een voor de sessie start, zodat de klant teruggebeld kan worden en de kosten van de sessie kan ontvangen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save and start</source>
        <translation>Opslaan en starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;without</source>
        <translation>Starten &amp;zonder</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/history/correction_dialog.py" line="+35"/>
        <source>Correct the times of session {id}</source>
        <translation>De tijden van sessie {id} verbeteren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted time</source>
        <translation>Tijdstip van aanvaarding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: kept with the session</source>
        <translation>Waarom: wordt bij de sessie bewaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original time stays in the session&apos;s history.</source>
        <translation>Het oorspronkelijke tijdstip blijft in de geschiedenis van de sessie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time to correct</source>
        <translation>&amp;Te verbeteren tijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct time</source>
        <translation>&amp;Juist tijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../app/ui/office/credit_dialog.py" line="+129"/>
        <source>Credit note for {number}</source>
        <translation>Creditnota voor {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed on the credit note</source>
        <translation>Staat op de creditnota</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to credit</source>
        <translation>Nog te crediteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked lines are credited in full, and their sessions can be invoiced again. With an amount, it is shared among the ticked lines in proportion to what is left of each, and no session is given back: that is how a session is waived for good.</source>
        <translation>Aangevinkte regels worden volledig gecrediteerd, en hun sessies kunnen opnieuw gefactureerd worden. Een bedrag wordt over de aangevinkte regels verdeeld naar wat er van elke regel overblijft, en geeft geen sessie terug: zo scheldt u een sessie voorgoed kwijt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit note {number} issued for {invoice}; 1 session waits to be invoiced again.</source>
        <translation>Creditnota {number} uitgeschreven voor {invoice}; 1 sessie wacht om opnieuw gefactureerd te worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note {number} issued for {invoice}; {count} sessions wait to be invoiced again.</source>
        <translation>Creditnota {number} uitgeschreven voor {invoice}; {count} sessies wachten om opnieuw gefactureerd te worden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Issue a credit note for the whole of {invoice}, {total}?</source>
        <translation>Een creditnota uitreiken voor de hele factuur {invoice}, {total}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a credit note for all that is left of {invoice}, {total}?</source>
        <translation>Een creditnota uitreiken voor alles wat nog over is van {invoice}, {total}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue a credit note of {total} against {invoice}?</source>
        <translation>Een creditnota van {total} uitreiken op {invoice}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A credit note is numbered and final: it cannot be changed or withdrawn.</source>
        <translation>Een creditnota is genummerd en definitief: ze kan niet gewijzigd of ingetrokken worden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Empty: the ticked lines in full</source>
        <translation>Leeg: de aangevinkte regels volledig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue credit note</source>
        <translation>Creditnota uitschrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (incl. VAT)</source>
        <translation>Bedrag (incl. btw)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Credits {total}, of which VAT {vat}.</source>
        <translation>Crediteert {total}, waarvan btw {vat}.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No session is given back to invoice again.</source>
        <translation>Er wordt geen sessie teruggegeven om opnieuw te factureren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session can be invoiced again.</source>
        <translation>1 sessie kan opnieuw gefactureerd worden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sessions can be invoiced again.</source>
        <translation>{count} sessies kunnen opnieuw gefactureerd worden.</translation>
    </message>
</context>
<context>
    <name>CreditDialogs</name>
    <message>
        <location filename="../../app/ui/office/credit_dialogs.py" line="+32"/>
        <source>{left} of credit will be left.</source>
        <translation>Er blijft {left} tegoed over.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply credit to {number}</source>
        <translation>Tegoed gebruiken voor {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply credit</source>
        <translation>Tegoed gebruiken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Customer&apos;s credit</source>
        <translation>Tegoed van de klant</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to apply</source>
        <translation>Te gebruiken bedrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied on</source>
        <translation>Gebruikt op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A receipt is issued: paid from the customer&apos;s credit.</source>
        <translation>Er wordt een ontvangstbewijs uitgereikt: betaald met het tegoed van de klant.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Refund {customer}&apos;s credit</source>
        <translation>Tegoed van {customer} terugbetalen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional, e.g. the IBAN</source>
        <translation>Optioneel, bv. het IBAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record refund</source>
        <translation>Terugbetaling boeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount refunded</source>
        <translation>Terugbetaald bedrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded on</source>
        <translation>Terugbetaald op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../app/ui/customers/customer_dialogs.py" line="+57"/>
        <source>ana@example.com</source>
        <translation>ana@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No policy (sessions are not priced)</source>
        <translation>Geen tarief (sessies worden niet aangerekend)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{policy} (policy file not found)</source>
        <translation>{policy} (tarieffbestand niet gevonden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT id</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add customer</source>
        <translation>Klant toevoegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit customer</source>
        <translation>Klant bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../app/ui/customers/customer_picker.py" line="+47"/>
        <source>No phone or email yet</source>
        <translation>Nog geen telefoon of e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT {vat_id}</source>
        <translation>Btw {vat_id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Customer details…</source>
        <translation>&amp;Klantgegevens…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Selected equipment…</source>
        <translation>&amp;Gekozen toestel…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No equipment</source>
        <translation>Geen toestel</translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <location filename="../../app/ui/customers/customers_window.py" line="+62"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>Equipment</source>
        <translation>Apparatuur</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Last session</source>
        <translation>Laatste sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name, email, phone or remote ID</source>
        <translation>Zoeken op naam, e-mail, telefoon of externe ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nieuwe klant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Add e&amp;quipment…</source>
        <translation>Apparatuur &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit equip&amp;ment…</source>
        <translation>Apparatuur be&amp;werken…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Reading customers…</source>
        <translation>Klanten worden gelezen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 customer</source>
        <translation>1 klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} customers</source>
        <translation>{count} klanten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name} archived: Show archived lists them again.</source>
        <translation>{name} gearchiveerd: Gearchiveerde tonen toont hen weer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} restored.</source>
        <translation>{name} teruggezet.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../app/ui/office/reconcile/opening.py" line="+35"/>
        <source>&amp;Reconcile with a tool&apos;s history…</source>
        <translation>&amp;Vergelijken met de geschiedenis van een programma…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../app/ui/display.py" line="+30"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Niet opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by customer</source>
        <translation>Geannuleerd door de klant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In session</source>
        <translation>In sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>EEE d MMM</source>
        <comment>Babel date pattern: a day in a sentence</comment>
        <translation>EEE d MMM</translation>
    </message>
</context>
<context>
    <name>DocumentMailing</name>
    <message>
        <location filename="../../app/ui/office/document_mailing.py" line="+29"/>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for review</source>
        <translation>Vastgehouden voor nazicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail is not set up yet: it waits in the outbox until an SMTP server is given in Office → Settings… (Mail).</source>
        <translation>Mail is nog niet ingesteld: het wacht in de outbox tot er een SMTP-server is opgegeven in Kantoor → Instellingen… (Mail).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not emailed.</source>
        <translation>Niet gemaild.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email to {to}: {state} ({when}).</source>
        <translation>E-mail aan {to}: {state} ({when}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email {number}</source>
        <translation>{number} mailen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue for sending</source>
        <translation>In de wachtrij zetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Queued for sending: {numbers}.</source>
        <translation>In de wachtrij: {numbers}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not queued: {reasons}</source>
        <translation>Niet in de wachtrij: {reasons}</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../app/ui/office/document_pane.py" line="+33"/>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service statement</source>
        <translation>prestatieoverzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt</source>
        <translation>ontvangstbewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit note</source>
        <translation>creditnota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft (not issued)</source>
        <translation>Concept (niet uitgeschreven)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pages</source>
        <translation>{count} pagina&apos;s</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Print {number}</source>
        <translation>{number} afdrukken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} sent to the printer ({pages} page(s)).</source>
        <translation>{number} naar de printer gestuurd ({pages} pagina(&apos;s)).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save {number} as</source>
        <translation>{number} opslaan als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} saved as {path}.</source>
        <translation>{number} opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>DraftTable</name>
    <message>
        <location filename="../../app/ui/office/draft_model.py" line="+20"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <location filename="../../app/ui/session/end_session_dialog.py" line="+34"/>
        <source>The connection is closed and no access remains</source>
        <translation>De verbinding is gesloten en er blijft geen toegang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No — access may remain (say why in the note)</source>
        <translation>Nee — er kan toegang blijven (zeg waarom in de notitie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome to see the price.</source>
        <translation>Kies het resultaat om de prijs te zien.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>What was done, what is left to do…</source>
        <translation>Wat er gedaan is, wat er nog te doen is…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended at</source>
        <translation>Beëindigd om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing note</source>
        <translation>Slotnotitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The policy asks for at least {minimum} characters ({typed} so far).</source>
        <translation>Het tarief vraagt minstens {minimum} tekens ({typed} tot nu toe).</translation>
    </message>
</context>
<context>
    <name>EndStep</name>
    <message>
        <location filename="../../app/ui/session/session_end.py" line="+26"/>
        <source>Nothing will be charged: the connection was never accepted.</source>
        <translation>Er wordt niets aangerekend: de verbinding is nooit aanvaard.</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <location filename="../../app/ui/customers/customer_dialogs.py" line="+25"/>
        <source>Office PC</source>
        <translation>Pc op kantoor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No remote tool</source>
        <translation>Geen programma op afstand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ID the customer reads out, e.g. 123 456 789</source>
        <translation>Het ID dat de klant voorleest, bv. 123 456 789</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote tool</source>
        <translation>Programma op afstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote ID</source>
        <translation>ID op afstand</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add equipment</source>
        <translation>Toestel toevoegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit equipment</source>
        <translation>Toestel bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="+33"/>
        <source>Something unexpected went wrong ({error}). Nothing was half-written; please report this to your AssistDesk contact.</source>
        <translation>Er ging onverwacht iets mis ({error}). Er is niets half geschreven; meld dit aan uw AssistDesk-contactpersoon.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The details are in the log file {file}.</source>
        <translation>De details staan in het logbestand {file}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AssistDesk keeps running; what you see was saved as it was.</source>
        <translation>AssistDesk blijft werken; wat u ziet is bewaard zoals het was.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../app/ui/history/history_window.py" line="+56"/>
        <source>Select a session to see its events, evidence, price and notes.</source>
        <translation>Kies een sessie om de gebeurtenissen, bewijzen, prijs en notities te zien.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Session history</source>
        <translation>Sessiegeschiedenis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any outcome</source>
        <translation>Elk resultaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any tool</source>
        <translation>Elk programma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Correct times…</source>
        <translation>Tijden &amp;verbeteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ustomer</source>
        <translation>K&amp;lant</translation>
    </message>
    <message>
        <location filename="../../app/ui/history/customer_filter.py" line="+44"/>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <location filename="../../app/ui/history/history_window.py" line="+49"/>
        <source>Any technician</source>
        <translation>Elke technieker</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Counting sessions…</source>
        <translation>Sessies tellen…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} sessions</source>
        <translation>{count} sessies</translation>
    </message>
</context>
<context>
    <name>InvoiceCreation</name>
    <message>
        <location filename="../../app/ui/office/invoice_creation.py" line="+135"/>
        <source>No sessions waiting for an invoice.</source>
        <translation>Geen sessies die op een factuur wachten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 session: {total}</source>
        <translation>1 sessie: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} sessions: {total}</source>
        <translation>{count} sessies: {total}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>VAT {rate} % on {base}: {amount}</source>
        <translation>btw {rate} % op {base}: {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net {net} · {vat} · &lt;b&gt;Total {total}&lt;/b&gt;</source>
        <translation>Netto {net} · {vat} · &lt;b&gt;Totaal {total}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../app/ui/office/invoice_dialog.py" line="+42"/>
        <source>Create an invoice</source>
        <translation>Een factuur maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a customer&apos;s name</source>
        <translation>Typ de naam van een klant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. On-site visit</source>
        <translation>bv. Bezoek ter plaatse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price includes VAT</source>
        <translation>Prijs inclusief btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as discount</source>
        <translation>Als korting toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue invoice</source>
        <translation>Factuur uitschrijven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions up to</source>
        <translation>Sessies tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Munt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines typed by you</source>
        <translation>Regels die u typt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>btw %</translation>
    </message>
</context>
<context>
    <name>InvoiceTable</name>
    <message>
        <location filename="../../app/ui/office/invoice_model.py" line="+31"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Uitgeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{count} session(s) not invoiced yet</source>
        <translation>{count} sessie(s) nog niet gefactureerd</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../../app/ui/office/invoice_rows.py" line="+19"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Uitgeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Vereffend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../app/ui/office/invoices_view.py" line="+28"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+53"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create invoices for a period…</source>
        <translation>Facturen voor een periode maken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/customer_account.py" line="+23"/>
        <location filename="../../app/ui/office/invoices_view.py" line="+14"/>
        <source>Select an invoice to see its customer&apos;s balance.</source>
        <translation>Kies een factuur om het saldo van de klant te zien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/invoices_view.py" line="+4"/>
        <source>Record payment…</source>
        <translation>Betaling boeken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note…</source>
        <translation>Creditnota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply credit…</source>
        <translation>Tegoed gebruiken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund credit…</source>
        <translation>Tegoed terugbetalen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email…</source>
        <translation>Mailen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Create invoice…</source>
        <translation>Factuur maken…</translation>
    </message>
</context>
<context>
    <name>InvoicesWindow</name>
    <message>
        <location filename="../../app/ui/office/customer_account.py" line="+4"/>
        <source>refunded {refunded}</source>
        <translation>terugbetaald {refunded}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;credit {credit}&lt;/b&gt;</source>
        <translation>&lt;b&gt;tegoed {credit}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/office/invoices_window.py" line="+40"/>
        <source>Receipt {number} issued for {invoice}.</source>
        <translation>Ontvangstbewijs {number} uitgeschreven voor {invoice}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund of {amount} to {customer} recorded.</source>
        <translation>Terugbetaling van {amount} aan {customer} geboekt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/invoices_window.py" line="+1"/>
        <source>Credit note {number} issued for {invoice}.</source>
        <translation>Creditnota {number} uitgeschreven voor {invoice}.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Drafts cannot be listed: {problem}</source>
        <translation>De concepten kunnen niet getoond worden: {problem}</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Email the one just issued</source>
        <translation>De zojuist uitgereikte mailen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email the {count} just issued</source>
        <translation>De {count} zojuist uitgereikte mailen</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/customer_account.py" line="+45"/>
        <source>Nothing invoiced yet.</source>
        <translation>Nog niets gefactureerd.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Invoiced {invoiced} · credited {credited} · paid {paid} · &lt;b&gt;open {open}&lt;/b&gt;</source>
        <translation>Gefactureerd {invoiced} · gecrediteerd {credited} · betaald {paid} · &lt;b&gt;openstaand {open}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/invoices_window.py" line="-8"/>
        <source>Issued {numbers}.</source>
        <translation>Uitgeschreven: {numbers}.</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <location filename="../../app/ui/timer/live_session.py" line="+42"/>
        <source>connecting</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show desk</source>
        <translation>Hoofdvenster tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection accepted</source>
        <translation>Verbinding aanvaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>End session…</source>
        <translation>Sessie beëindigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="+36"/>
        <source>Opening database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a name, email, phone or remote ID…</source>
        <translation>Typ een naam, e-mail, telefoon of ID op afstand…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer…</source>
        <translation>Nieuwe klant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add equipment…</source>
        <translation>Toestel toevoegen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection accepted</source>
        <translation>Verbinding aanvaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session…</source>
        <translation>Sessie beëindigen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Session log</source>
        <translation>Sessielogboek</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New session</source>
        <translation>&amp;Nieuwe sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &amp;accepted</source>
        <translation>Verbinding &amp;aanvaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pauzeren / hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End session…</source>
        <translation>Sessie &amp;beëindigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;history…</source>
        <translation>Sessie&amp;geschiedenis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compact timer</source>
        <translation>&amp;Compacte timer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Office</source>
        <translation>&amp;Kantoor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customers…</source>
        <translation>&amp;Klanten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invoices…</source>
        <translation>&amp;Facturen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postvak uit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policies…</source>
        <translation>&amp;Tarieven…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up…</source>
        <translation>&amp;Instellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Data: {where}</source>
        <translation>Gegevens: {where}</translation>
    </message>
</context>
<context>
    <name>ManualLines</name>
    <message>
        <location filename="../../app/ui/office/manual_lines_model.py" line="+18"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. VAT</source>
        <translation>incl. btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excl. VAT</source>
        <translation>excl. btw</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/settings_file.py" line="+26"/>
        <source>{path}: the settings cannot be read ({error}).</source>
        <translation>{path}: de instellingen kunnen niet gelezen worden ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+150"/>
        <source>{key} must be a whole number, not {raw!r}.</source>
        <translation>{key} moet een geheel getal zijn, niet {raw!r}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{key} must be true or false, not {raw!r}.</source>
        <translation>{key} moet true of false zijn, niet {raw!r}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{key} must be {kind}, not {value!r}.</source>
        <translation>{key} moet {kind} zijn, niet {value!r}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key} must be one of {choices}, not {value!r}.</source>
        <translation>{key} moet een van {choices} zijn, niet {value!r}.</translation>
    </message>
    <message>
        <location filename="../../app/setting_schema.py" line="+182"/>
        <source>{key!r} is not a setting; see `assistdesk settings list`.</source>
        <translation>{key!r} is geen instelling; zie `assistdesk settings list`.</translation>
    </message>
    <message>
        <location filename="../../app/core/checklist.py" line="+56"/>
        <source>The customer must accept the terms version {terms!r}.</source>
        <translation>De klant moet de voorwaarden in versie {terms!r} aanvaarden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the name of the responsible person who is present.</source>
        <translation>Geef de naam van de verantwoordelijke persoon die aanwezig is.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{text!r} is not a checklist item; use {known}.</source>
        <translation>{text!r} is geen punt van de controlelijst; gebruik {known}.</translation>
    </message>
    <message>
        <location filename="../../app/core/document_numbers.py" line="+49"/>
        <source>{series!r} is not a series name; use up to 10 capital letters, digits and dashes.</source>
        <translation>{series!r} is geen naam van een reeks; gebruik hoogstens 10 hoofdletters, cijfers en koppeltekens.</translation>
    </message>
    <message>
        <location filename="../../app/core/invoice.py" line="+85"/>
        <source>An invoice needs at least one line.</source>
        <translation>Een factuur heeft minstens één lijn nodig.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../../app/core/manual_lines.py" line="+90"/>
        <source>The quantity of {description!r} must be more than zero.</source>
        <translation>De hoeveelheid van {description!r} moet groter zijn dan nul.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VAT rate of {description!r} cannot be negative.</source>
        <translation>Het btw-tarief van {description!r} kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../app/core/money.py" line="+56"/>
        <source>{text!r} is not an amount; write it as a string such as &quot;10.00&quot;.</source>
        <translation>{text!r} is geen bedrag; schrijf het als tekst tussen aanhalingstekens, zoals &quot;10.00&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>{text!r} is not an amount such as 10.00.</source>
        <translation>{text!r} is geen bedrag zoals 10.00.</translation>
    </message>
    <message>
        <location filename="../../app/core/parties.py" line="+31"/>
        <source>A customer needs a name.</source>
        <translation>Een klant heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer&apos;s name can be at most {limit} characters long.</source>
        <translation>De naam van een klant mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An email address can be at most {limit} characters long.</source>
        <translation>Een e-mailadres mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone number can be at most {limit} characters long.</source>
        <translation>Een telefoonnummer mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A VAT id can be at most {limit} characters long.</source>
        <translation>Een btw-nummer mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{email!r} is not an email address such as ana@example.com.</source>
        <translation>{email!r} is geen e-mailadres zoals ana@example.com.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Equipment needs a label, such as &apos;Office PC&apos;.</source>
        <translation>Een toestel heeft een naam nodig, zoals &apos;PC kantoor&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An equipment label can be at most {limit} characters long.</source>
        <translation>De naam van een toestel mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A remote ID can be at most {limit} characters long.</source>
        <translation>Een ID op afstand mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>A technician needs a name.</source>
        <translation>Een technieker heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A technician&apos;s name can be at most {limit} characters long.</source>
        <translation>De naam van een technieker mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{policy_id!r} is not a policy id; use lower-case letters, digits and dashes.</source>
        <translation>{policy_id!r} is geen tarief-id; gebruik kleine letters, cijfers en koppeltekens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A policy id can be at most {limit} characters long.</source>
        <translation>Een tarief-id mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location filename="../../app/core/payment_reference.py" line="+25"/>
        <source>{number!r} cannot be turned into a payment reference.</source>
        <translation>Van {number!r} kan geen betalingsreferentie gemaakt worden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A payment QR code needs the company&apos;s name and IBAN.</source>
        <translation>Een betaal-QR-code heeft de naam en het IBAN van het bedrijf nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment QR code can only carry an amount from 0.01 to 999999999.99 EUR.</source>
        <translation>Een betaal-QR-code kan enkel een bedrag van 0.01 tot 999999999.99 EUR bevatten.</translation>
    </message>
    <message>
        <location filename="../../app/core/policy_source.py" line="+24"/>
        <source>{path}: there is no such policy file.</source>
        <translation>{path}: dit tariefbestand bestaat niet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/services/session_journal.py" line="+86"/>
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}: kan niet gelezen worden ({error}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path}: is not valid TOML ({error}).</source>
        <translation>{path}: is geen geldige TOML ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/core/pricing.py" line="+105"/>
        <source>A session cannot last less than nothing.</source>
        <translation>Een sessie kan niet korter dan niets duren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Policy {id} prices each session by an agreed offer; give the offered amount.</source>
        <translation>Tarief {id} rekent elke sessie aan volgens een afgesproken prijs; geef het aangeboden bedrag.</translation>
    </message>
    <message>
        <location filename="../../app/core/remote_tool.py" line="+37"/>
        <source>Unknown remote tool {text!r}; use one of {choices}.</source>
        <translation>Onbekend programma op afstand {text!r}; gebruik een van {choices}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{text!r} is not a version number such as 4.0 or 15.74.5.</source>
        <translation>{text!r} is geen versienummer zoals 4.0 of 15.74.5.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} {found} is older than {minimum}, the oldest version allowed here; update {name} and try again.</source>
        <translation>{name} {found} is ouder dan {minimum}, de oudste versie die hier toegelaten is; werk {name} bij en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/core/session.py" line="+30"/>
        <source>connecting</source>
        <translation>aan het verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This session is {state} and cannot be marked accepted.</source>
        <translation>Deze sessie is {state} en kan niet als aanvaard gemarkeerd worden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This session is {state} and cannot be paused.</source>
        <translation>Deze sessie is {state} en kan niet gepauzeerd worden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This session is {state} and cannot be resumed.</source>
        <translation>Deze sessie is {state} en kan niet hervat worden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This session is {state} and cannot be ended.</source>
        <translation>Deze sessie is {state} en kan niet beëindigd worden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A note needs some text.</source>
        <translation>Een notitie heeft tekst nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session is {state} and cannot be given a note.</source>
        <translation>Deze sessie is {state} en kan geen notitie meer krijgen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An accepted offer must be an amount above zero.</source>
        <translation>Een aanvaarde prijs moet een bedrag boven nul zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session is {state} and cannot be given an offer.</source>
        <translation>Deze sessie is {state} en kan geen aanbod meer krijgen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The checklist item {item!r} needs an answer.</source>
        <translation>Het punt {item!r} van de controlelijst heeft een antwoord nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session is {state} and cannot be given checklist answers.</source>
        <translation>Deze sessie is {state} en kan geen antwoorden op de controlelijst meer krijgen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Setting a rule aside needs a reason, which is kept with the session.</source>
        <translation>Om een regel opzij te zetten is een reden nodig; die wordt bij de sessie bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session is {state} and cannot be overridden.</source>
        <translation>Deze sessie is {state}; er kan geen regel meer opzij gezet worden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undoing an acceptance needs a reason, which is kept.</source>
        <translation>Om een aanvaarding ongedaan te maken is een reden nodig; die wordt bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session is {state} and cannot be set back to connecting.</source>
        <translation>Deze sessie is {state} en kan niet terug naar verbinden gezet worden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After a pause the acceptance stands; correct the accepted time instead.</source>
        <translation>Na een pauze blijft de aanvaarding staan; verbeter in de plaats het tijdstip van aanvaarding.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A correction needs a reason, which is kept with the session.</source>
        <translation>Een correctie heeft een reden nodig; die wordt bij de sessie bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The corrected accepted time is in the future.</source>
        <translation>Het verbeterde tijdstip van aanvaarding ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The corrected end time is in the future.</source>
        <translation>De verbeterde eindtijd ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The accepted time cannot be corrected before the connection is accepted.</source>
        <translation>Het tijdstip van aanvaarding kan pas verbeterd worden als de verbinding aanvaard is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The corrected accepted time must be before the end time.</source>
        <translation>Het verbeterde tijdstip van aanvaarding moet voor de eindtijd liggen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected accepted time must be before the first pause.</source>
        <translation>Het verbeterde tijdstip van aanvaarding moet voor de eerste pauze liggen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end time cannot be corrected before the session ends.</source>
        <translation>De eindtijd kan pas verbeterd worden als de sessie beëindigd is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected end time must be after the accepted time.</source>
        <translation>De verbeterde eindtijd moet na het tijdstip van aanvaarding liggen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected end time must not be before the opening time.</source>
        <translation>De verbeterde eindtijd mag niet voor het tijdstip van opening liggen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected end time must be after the last pause.</source>
        <translation>De verbeterde eindtijd moet na de laatste pauze liggen.</translation>
    </message>
    <message>
        <location filename="../../app/core/session_events.py" line="+32"/>
        <source>Unknown outcome {text!r}; use one of {choices}.</source>
        <translation>Onbekend resultaat {text!r}; gebruik een van deze: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/core/timeline.py" line="+82"/>
        <source>A session&apos;s history must start with its creation.</source>
        <translation>De geschiedenis van een sessie moet met de aanmaak ervan beginnen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A session cannot be created twice.</source>
        <translation>Een sessie kan niet twee keer aangemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../app/core/timetext.py" line="+42"/>
        <source>{text!r} is not an ISO 8601 time such as 2026-11-24T14:05 or 2026-11-24T14:05+01:00.</source>
        <translation>{text!r} is geen ISO 8601-tijdstip zoals 2026-11-24T14:05 of 2026-11-24T14:05+01:00.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{text!r} is not an ISO 8601 date such as 2026-11-24.</source>
        <translation>{text!r} is geen ISO 8601-datum zoals 2026-11-24.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{text!r} is not a duration such as 1:05:00, 1h5m, 45m or 90s.</source>
        <translation>{text!r} is geen duur zoals 1:05:00, 1h5m, 45m of 90s.</translation>
    </message>
    <message>
        <location filename="../../app/core/vat_number.py" line="+19"/>
        <source>{raw!r} is not a VAT number; write it with its country code, such as BE0403170701.</source>
        <translation>{raw!r} is geen btw-nummer; schrijf het met de landcode, zoals BE0403170701.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{raw!r} is not a valid VAT number (check the digits).</source>
        <translation>{raw!r} is geen geldig btw-nummer (controleer de cijfers).</translation>
    </message>
    <message>
        <location filename="../../app/services/appointments.py" line="+46"/>
        <source>This appointment is {status} and cannot be cancelled.</source>
        <translation>Deze afspraak is {status} en kan niet geannuleerd worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This appointment is {status} and cannot be rescheduled.</source>
        <translation>Deze afspraak is {status} en kan niet verplaatst worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This appointment is {status} and cannot be started.</source>
        <translation>Deze afspraak is {status} en kan niet gestart worden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>An appointment&apos;s expected length must be at least one minute.</source>
        <translation>De verwachte duur van een afspraak moet minstens één minuut zijn.</translation>
    </message>
    <message>
        <location filename="../../app/services/lookups.py" line="+14"/>
        <source>Customer {id} does not exist.</source>
        <translation>Klant {id} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../app/services/appointments.py" line="+10"/>
        <location filename="../../app/services/sessions.py" line="+90"/>
        <source>That equipment does not belong to this customer.</source>
        <translation>Dat toestel hoort niet bij deze klant.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Mail is not available here, so the customer&apos;s invitation or calendar update cannot be sent.</source>
        <translation>E-mail is hier niet beschikbaar, dus de uitnodiging of agenda-update kan niet naar de klant gestuurd worden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{at} has already passed; book a time in the future.</source>
        <translation>{at} is al voorbij; boek een tijdstip in de toekomst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{at:%a %d %b %H:%M} is outside {policy}&apos;s opening hours. Give a reason to book it anyway.</source>
        <translation>{at:%a %d %b %H:%M} valt buiten de openingsuren van {policy}. Geef een reden om toch te boeken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{at:%a %d %b %H:%M} is outside {policy}&apos;s opening hours; the next window opens {next:%a %d %b %H:%M}. Give a reason to book it anyway.</source>
        <translation>{at:%a %d %b %H:%M} valt buiten de openingsuren van {policy}; de volgende openingsuren beginnen {next:%a %d %b %H:%M}. Geef een reden om toch te boeken.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Appointment {id} does not exist.</source>
        <translation>Afspraak {id} bestaat niet.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The customer is {minutes} min late, past the tolerance: the appointment is now missed; reschedule it, or start anyway with a reason.</source>
        <translation>De klant is {minutes} min te laat, voorbij de wachttijd: de afspraak is nu gemist; verplaats ze, of start toch met een reden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is {minutes} min late, past the {tolerance}-minute tolerance: the appointment is now missed; reschedule it, or start anyway with a reason.</source>
        <translation>De klant is {minutes} min te laat, voorbij de wachttijd van {tolerance} minuten: de afspraak is nu gemist; verplaats ze, of start toch met een reden.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_mail.py" line="+114"/>
        <source>{name} has no email address; add one to send an invitation.</source>
        <translation>{name} heeft geen e-mailadres; voeg er een toe om een uitnodiging te verzenden.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>{name} has no email address; add one to send mail.</source>
        <translation>{name} heeft geen e-mailadres; voeg er een toe om e-mail te verzenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/services/reconciliation.py" line="+113"/>
        <location filename="../../app/services/sessions.py" line="+271"/>
        <source>Session {id} does not exist.</source>
        <translation>Sessie {id} bestaat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session {id} has not ended; a summary follows its end.</source>
        <translation>Sessie {id} is nog niet afgelopen; een overzicht volgt na het einde.</translation>
    </message>
    <message>
        <location filename="../../app/services/customers.py" line="+49"/>
        <source>A customer named {name!r} already exists, archived: restore them in Office → Customers… instead.</source>
        <translation>Er bestaat al een gearchiveerde klant met de naam {name!r}: zet die terug via Kantoor → Klanten….</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+8"/>
        <source>A customer named {name!r} already exists.</source>
        <translation>Er bestaat al een klant met de naam {name!r}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No customer is named {name!r}; add them first.</source>
        <translation>Er is geen klant met de naam {name!r}; voeg die eerst toe.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+25"/>
        <source>This customer already has equipment labelled {label!r}.</source>
        <translation>Deze klant heeft al een toestel met de naam {label!r}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Equipment {id} does not exist.</source>
        <translation>Toestel {id} bestaat niet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This customer has no equipment labelled {label!r}.</source>
        <translation>Deze klant heeft geen toestel met de naam {label!r}.</translation>
    </message>
    <message>
        <location filename="../../app/services/invoice_plan.py" line="+69"/>
        <location line="+64"/>
        <source>{name} has nothing to invoice.</source>
        <translation>Er is niets te factureren voor {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/invoicing.py" line="+196"/>
        <source>Mail is not available here, so the document cannot be sent.</source>
        <translation>E-mail is hier niet beschikbaar, dus het document kan niet verzonden worden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No document is numbered {number!r}.</source>
        <translation>Er is geen document met nummer {number!r}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Session {id} is not this customer&apos;s priced, uninvoiced session.</source>
        <translation>Sessie {id} is geen geprijsde, nog niet gefactureerde sessie van deze klant.</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="+115"/>
        <source>Unknown status {status!r}; use one of {statuses}.</source>
        <translation>Onbekende status {status!r}; gebruik een van {statuses}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Message {id} is {status}; only a failed one is retried.</source>
        <translation>Bericht {id} heeft de status {status}; enkel een mislukt bericht wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message {id} has no recipient; add the customer&apos;s email first.</source>
        <translation>Bericht {id} heeft geen ontvanger; voeg eerst het e-mailadres van de klant toe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message {id} is {status}; only a held one is released.</source>
        <translation>Bericht {id} heeft de status {status}; enkel een wachtend bericht wordt vrijgegeven.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message {id} is {status}; only a queued, held or failed one can be discarded.</source>
        <translation>Bericht {id} heeft de status {status}; enkel een bericht in wachtrij, wachtend of mislukt kan verworpen worden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Message {id} is about appointment {appointment}, which is {status}, so it is out of date and cannot be sent.</source>
        <translation>Bericht {id} gaat over afspraak {appointment}, die de status {status} heeft, dus het is verouderd en kan niet verzonden worden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no message {id} in the outbox.</source>
        <translation>Er is geen bericht {id} in het postvak uit.</translation>
    </message>
    <message>
        <location filename="../../app/services/paid_services.py" line="+65"/>
        <source>A paid service needs a description, such as &apos;Workshop repair&apos;.</source>
        <translation>Een betaalde dienst heeft een omschrijving nodig, zoals &apos;Herstelling in het atelier&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/services/receipts.py" line="+47"/>
        <source>Unknown payment method {method!r}; use one of {methods}.</source>
        <translation>Onbekende betaalwijze {method!r}; gebruik een van {methods}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../app/services/refunds.py" line="+79"/>
        <source>{customer} has no credit in {currency}.</source>
        <translation>{customer} heeft geen tegoed in {currency}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is open on {numbers}.</source>
        <translation>Er staat niets open op {numbers}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{customer} has {credit} {currency} of credit and {open} {currency} is open; {amount} is more than can be applied.</source>
        <translation>{customer} heeft {credit} {currency} tegoed en {open} {currency} staat open; {amount} is meer dan gebruikt kan worden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{number} is {other}&apos;s, not {customer}&apos;s; a payment pays one customer&apos;s invoices.</source>
        <translation>{number} is van {other}, niet van {customer}; een betaling betaalt facturen van één klant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} is in {currency}, not {first}; a payment is in one currency.</source>
        <translation>{number} is in {currency}, niet in {first}; een betaling is in één munt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the invoice the payment is for.</source>
        <translation>Geef de factuur op waarvoor de betaling is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The payment date {date} is in the future.</source>
        <translation>De betaaldatum {date} ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../app/services/credit_notes.py" line="+90"/>
        <source>A credit note needs a reason, printed on it.</source>
        <translation>Een creditnota heeft een reden nodig, die erop gedrukt wordt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{invoice} comes to {total} {currency}; there is nothing to credit.</source>
        <translation>{invoice} bedraagt {total} {currency}; er is niets te crediteren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A credit note of {total} {currency} cannot be issued; choose lines with something left to credit.</source>
        <translation>Een creditnota van {total} {currency} kan niet uitgeschreven worden; kies regels waarvan nog iets te crediteren is.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{invoice} has lines 1 to {last}; there is no line {line}.</source>
        <translation>{invoice} heeft regels 1 tot {last}; er is geen regel {line}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the lines of {invoice} to credit.</source>
        <translation>Kies de regels van {invoice} die gecrediteerd worden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line {line} of {invoice} is credited in full already.</source>
        <translation>Regel {line} van {invoice} is al volledig gecrediteerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{invoice} is credited in full already.</source>
        <translation>{invoice} is al volledig gecrediteerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A credit note on {number} can be up to {amount} {currency}.</source>
        <translation>Een creditnota op {number} kan tot {amount} {currency} bedragen.</translation>
    </message>
    <message>
        <location line="-112"/>
        <location filename="../../app/services/payments.py" line="+123"/>
        <source>{number} is a {kind}, not an invoice.</source>
        <translation>{number} is van het type {kind}, geen factuur.</translation>
    </message>
    <message>
        <location filename="../../app/services/policies.py" line="+109"/>
        <source>No policy has the id {id!r}; known ids: {known}.</source>
        <translation>Geen enkel tarief heeft de id {id!r}; bekende ids: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/services/session_journal.py" line="-31"/>
        <source>The customer&apos;s policy does not ask about {item}.</source>
        <translation>Het tarief van de klant vraagt niet naar {item}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The terms text {version!r} is missing; put it in {folder}/{version}.txt.</source>
        <translation>De tekst van de voorwaarden {version!r} ontbreekt; zet hem in {folder}/{version}.txt.</translation>
    </message>
    <message>
        <location filename="../../app/services/sessions.py" line="-231"/>
        <source>{policy} takes no sessions at {at:%a %H:%M}. Give a reason to start anyway.</source>
        <translation>{policy} neemt geen sessies aan op {at:%a %H:%M}. Geef een reden om toch te starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{policy} takes no sessions at {at:%a %H:%M}; the next window opens {next:%a %d %b %H:%M}. Give a reason to start anyway.</source>
        <translation>{policy} neemt geen sessies aan op {at:%a %H:%M}; de volgende openingsuren beginnen {next:%a %d %b %H:%M}. Geef een reden om toch te starten.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The customer&apos;s policy asks for a closing note of at least {minimum} characters.</source>
        <translation>Het tarief van de klant vraagt een afsluitende notitie van minstens {minimum} tekens.</translation>
    </message>
    <message>
        <location filename="../../app/tools/history.py" line="+23"/>
        <source>{name} is not an AnyDesk connection_trace.txt or trace file; check that you chose the right file.</source>
        <translation>{name} is geen connection_trace.txt of tracebestand van AnyDesk; controleer of u het juiste bestand koos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a TeamViewer Connections.txt or Connections_incoming.txt; check that you chose the right file.</source>
        <translation>{name} is geen Connections.txt of Connections_incoming.txt van TeamViewer; controleer of u het juiste bestand koos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a Zoho Assist reports export (CSV); check that you chose the right file.</source>
        <translation>{name} is geen export van Zoho Assist-rapporten (CSV); controleer of u het juiste bestand koos.</translation>
    </message>
    <message>
        <location filename="../../app/core/input_file.py" line="+31"/>
        <source>{path}: there is no such file.</source>
        <translation>{path}: dat bestand bestaat niet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: kan niet gelezen worden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/tools/iperius.py" line="+44"/>
        <source>Iperius Remote was not found on this computer; install it or give the path to IperiusRemote.exe in the settings.</source>
        <translation>Iperius Remote werd niet gevonden op deze computer; installeer het of geef het pad naar IperiusRemote.exe op in de instellingen.</translation>
    </message>
    <message>
        <location filename="../../app/tools/launcher.py" line="+40"/>
        <source>This computer has no way to open {name}&apos;s link.</source>
        <translation>Deze computer kan de link van {name} niet openen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} could not be started: {program} does not exist; check its path in the settings.</source>
        <translation>{name} kon niet gestart worden: {program} bestaat niet; controleer het pad in de instellingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} could not be started ({reason}); check its path in the settings.</source>
        <translation>{name} kon niet gestart worden ({reason}); controleer het pad in de instellingen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{tool} closed before it read the password; type the password into it instead.</source>
        <translation>{tool} sloot af voor het het wachtwoord las; typ het wachtwoord er zelf in.</translation>
    </message>
    <message>
        <location filename="../../app/tools/program.py" line="+48"/>
        <source>The configured {tool} program {path!r} does not exist or cannot be run; correct the path in the settings.</source>
        <translation>Het ingestelde {tool}-programma {path!r} bestaat niet of kan niet uitgevoerd worden; verbeter het pad in de instellingen.</translation>
    </message>
    <message>
        <location filename="../../app/tools/secret_store.py" line="+58"/>
        <source>This computer has no usable password store (keyring), so AssistDesk will not keep the secret; set up one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager and try again.</source>
        <translation>Deze computer heeft geen bruikbare sleutelhanger, dus AssistDesk bewaart het geheim niet; stel er een in, zoals GNOME Keyring, KWallet, de macOS-sleutelhanger of Windows Referentiebeheer, en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password store {backend} keeps secrets unencrypted in the file {file}, so AssistDesk will neither store nor read secrets there; set up or unlock a real one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager, and uninstall keyrings.alt or stop choosing it (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</source>
        <translation>De sleutelhanger {backend} bewaart geheimen onversleuteld in het bestand {file}, dus AssistDesk bewaart of leest daar geen geheimen; stel een echte in of ontgrendel er een, zoals GNOME Keyring, KWallet, de macOS-sleutelhanger of Windows Referentiebeheer, en verwijder keyrings.alt of kies er niet langer voor (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password store {backend} asks for its own password on a terminal, which AssistDesk&apos;s window and mail sender cannot answer, so AssistDesk will not use it; set up or unlock a real one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager, and stop choosing {backend} (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</source>
        <translation>De sleutelhanger {backend} vraagt zijn eigen wachtwoord in een terminal, waarop het venster en de e-mailverzender van AssistDesk niet kunnen antwoorden, dus AssistDesk gebruikt hem niet; stel een echte in of ontgrendel er een, zoals GNOME Keyring, KWallet, de macOS-sleutelhanger of Windows Referentiebeheer, en kies niet langer voor {backend} (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>An empty {name} is not stored; give the secret itself.</source>
        <translation>Een lege {name} wordt niet bewaard; geef het geheim zelf op.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The password store refused to read the {name} ({reason}); unlock it and try again.</source>
        <translation>De sleutelhanger weigerde {name} te lezen ({reason}); ontgrendel hem en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password store refused to store the {name} ({reason}); unlock it and try again.</source>
        <translation>De sleutelhanger weigerde {name} te bewaren ({reason}); ontgrendel hem en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password store refused to delete the {name} ({reason}); unlock it and try again.</source>
        <translation>De sleutelhanger weigerde {name} te verwijderen ({reason}); ontgrendel hem en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/tools/zoho_assist.py" line="+87"/>
        <source>No Zoho Assist API token is stored; add one in the settings, or give your Zoho Assist session URL instead.</source>
        <translation>Er is geen API-token van Zoho Assist bewaard; voeg er een toe in de instellingen, of geef in de plaats uw Zoho Assist-sessielink op.</translation>
    </message>
    <message>
        <location filename="../../app/tools/zoho_reports.py" line="+172"/>
        <source>{name} is not a Zoho Assist reports export: its first line should name the columns, among them a start time and the customer, computer or device.</source>
        <translation>{name} is geen export van Zoho Assist-rapporten: de eerste regel moet de kolommen benoemen, waaronder een starttijd en de klant, computer of het toestel.</translation>
    </message>
    <message>
        <location filename="../../app/tools/zoho_session_api.py" line="+41"/>
        <source>{host!r} is not a Zoho Assist data centre such as assist.zoho.com or assist.zoho.eu; correct it in the settings.</source>
        <translation>{host!r} is geen Zoho Assist-datacenter zoals assist.zoho.com of assist.zoho.eu; verbeter het in de instellingen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Zoho Assist answered without a session link; try again, or start the session at assist.zoho.com.</source>
        <translation>Zoho Assist antwoordde zonder sessielink; probeer opnieuw, of start de sessie op assist.zoho.com.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{url!r} is not a Zoho Assist https link; check the session URL.</source>
        <translation>{url!r} is geen https-link van Zoho Assist; controleer de sessielink.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Zoho Assist refused to create a session (HTTP {code}); check the API token in the settings.</source>
        <translation>Zoho Assist weigerde een sessie aan te maken (HTTP {code}); controleer het API-token in de instellingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho Assist refused to create a session (HTTP {code}); try again.</source>
        <translation>Zoho Assist weigerde een sessie aan te maken (HTTP {code}); probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho Assist cannot be reached ({reason}); check the connection.</source>
        <translation>Zoho Assist is niet bereikbaar ({reason}); controleer de verbinding.</translation>
    </message>
    <message>
        <location filename="../../app/mail/mail_setup.py" line="+47"/>
        <source>Mail is not set up: give the SMTP server in Office → Settings… (the setting mail.server).</source>
        <translation>E-mail is niet ingesteld: geef de SMTP-server op in Kantoor → Instellingen… (de instelling mail.server).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mail has no sender address: give the sender address or the company email in Office → Settings… (the setting mail.sender or company.email).</source>
        <translation>E-mail heeft geen afzenderadres: geef het afzenderadres of het e-mailadres van het bedrijf op in Kantoor → Instellingen… (de instelling mail.sender of company.email).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mail.security none sends the password and the mail in clear, so it is only allowed for a server on this computer, not {server}; use starttls or tls.</source>
        <translation>mail.security none verstuurt het wachtwoord en de e-mail onversleuteld, dus dat mag alleen voor een server op deze computer, niet voor {server}; gebruik starttls of tls.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what} {text!r} is not an email address such as office@example.com.</source>
        <translation>{what} {text!r} is geen e-mailadres zoals office@example.com.</translation>
    </message>
    <message>
        <location filename="../../app/mail/smtp.py" line="+79"/>
        <source>No SMTP password is stored: store it with Office → Settings…, Set the SMTP password.</source>
        <translation>Er is geen SMTP-wachtwoord bewaard: bewaar het via Kantoor → Instellingen…, SMTP-wachtwoord instellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mail server {where} refused the login of {user} ({reply}).</source>
        <translation>De mailserver {where} weigerde de aanmelding van {user} ({reply}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {where} does not offer STARTTLS; use tls or none.</source>
        <translation>De mailserver {where} biedt geen STARTTLS aan; gebruik tls of none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot use the mail server {where} ({reason}).</source>
        <translation>De mailserver {where} kan niet gebruikt worden ({reason}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mail server stopped answering ({reason}).</source>
        <translation>De mailserver antwoordt niet meer ({reason}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection was lost after the message was handed over, so it may or may not have arrived ({reason}).</source>
        <translation>De verbinding viel weg nadat het bericht was doorgegeven, dus het is misschien wel of misschien niet aangekomen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/mail/templates.py" line="+147"/>
        <source>{path}: line 1: must start with “Subject: …”.</source>
        <translation>{path}: regel 1: moet beginnen met “Subject: …”.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="+371"/>
        <source>The database {file} is a folder, a device or a pipe, not a file; give the path of a SQLite file (or of one to create).</source>
        <translation>De database {file} is een map, een apparaat of een pipe, geen bestand; geef het pad van een SQLite-bestand (of van een dat moet worden gemaakt).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/storage/faults.py" line="+133"/>
        <source>The database {file} is damaged ({problem}), so AssistDesk will not write to it; close AssistDesk and put your latest backup of it in its place.</source>
        <translation>De database {file} is beschadigd ({problem}), dus AssistDesk schrijft er niet in; sluit AssistDesk en zet uw meest recente back-up ervan in de plaats.</translation>
    </message>
    <message>
        <location filename="../../app/core/document_numbers.py" line="+16"/>
        <source>The number format {pattern!r} must contain {{{field}}} once, so that numbers are unique across series and years.</source>
        <translation>De nummering {pattern!r} moet {{{field}}} één keer bevatten, zodat nummers uniek zijn over reeksen en jaren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number format {pattern!r} holds a control character ({found}).</source>
        <translation>De nummering {pattern!r} bevat een stuurteken ({found}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format {pattern!r} could give two documents the same number; part the series from its neighbours with a space, / or . (and the sequence with anything but a digit).</source>
        <translation>De nummering {pattern!r} kan twee documenten hetzelfde nummer geven; scheid de reeks van haar buren met een spatie, / of . (en het volgnummer met iets anders dan een cijfer).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number format {pattern!r} can make numbers longer than {limit} characters.</source>
        <translation>De nummering {pattern!r} kan nummers van meer dan {limit} tekens maken.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The number format {pattern!r} has a brace without its pair.</source>
        <translation>De nummering {pattern!r} heeft een accolade zonder tegenhanger.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number format {pattern!r} uses {field}; only {{series}}, {{year}} and {{seq}} (with a width such as {{seq:04d}}) are known.</source>
        <translation>De nummering {pattern!r} gebruikt {field}; alleen {{series}}, {{year}} en {{seq}} (met een breedte zoals {{seq:04d}}) zijn bekend.</translation>
    </message>
    <message>
        <location filename="../../app/core/money.py" line="-41"/>
        <location line="+47"/>
        <source>{text!r} is too large an amount; AssistDesk records amounts up to {largest}.</source>
        <translation>{text!r} is een te groot bedrag; AssistDesk bewaart bedragen tot {largest}.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{text!r} has more decimals than AssistDesk records ({places}).</source>
        <translation>{text!r} heeft meer decimalen dan AssistDesk bewaart ({places}).</translation>
    </message>
    <message>
        <location filename="../../app/core/policy_source.py" line="+8"/>
        <source>{path}: tables or arrays are nested more than {levels} levels deep; a policy file needs far fewer.</source>
        <translation>{path}: tabellen of lijsten zijn meer dan {levels} niveaus diep genest; een tariefbestand heeft er veel minder nodig.</translation>
    </message>
    <message>
        <location filename="../../app/core/pricing.py" line="-97"/>
        <source>An offer must be more than zero, at least {smallest}.</source>
        <translation>Een aanbod moet meer dan nul zijn, minstens {smallest}.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>This session would cost {total} {currency}, more than AssistDesk can record ({largest}); check the policy&apos;s prices and the session&apos;s length.</source>
        <translation>Deze sessie zou {total} {currency} kosten, meer dan AssistDesk kan bewaren ({largest}); controleer de prijzen van het tarief en de duur van de sessie.</translation>
    </message>
    <message>
        <location filename="../../app/services/document_records.py" line="+90"/>
        <source>The number {number} is already on another document (the number format was changed since); choose a number format that makes new numbers.</source>
        <translation>Het nummer {number} staat al op een ander document (de nummering is intussen gewijzigd); kies een nummering die nieuwe nummers maakt.</translation>
    </message>
    <message>
        <location filename="../../app/services/paid_services.py" line="-27"/>
        <source>A paid service&apos;s amount must be more than zero, at least {smallest}.</source>
        <translation>Het bedrag van een betaalde dienst moet meer dan nul zijn, minstens {smallest}.</translation>
    </message>
    <message>
        <location filename="../../app/services/receipts.py" line="-135"/>
        <source>A payment must be more than zero, at least {smallest}.</source>
        <translation>Een betaling moet meer dan nul zijn, minstens {smallest}.</translation>
    </message>
    <message>
        <location filename="../../app/core/input_file.py" line="-16"/>
        <source>{path}: is not a regular file (a device or a pipe); give a file.</source>
        <translation>{path}: is geen gewoon bestand (een apparaat of een pipe); geef een bestand op.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{path}: is a folder; give the file itself.</source>
        <translation>{path}: is een map; geef het bestand zelf op.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/core/policy_source.py" line="-16"/>
        <source>{path}: is larger than {size}, more than such a file ever is.</source>
        <translation>{path}: is groter dan {size}, groter dan zo&apos;n bestand ooit is.</translation>
    </message>
    <message>
        <location filename="../../app/tools/zoho_reports.py" line="-128"/>
        <source>no start time that can be read</source>
        <translation>geen leesbaar begintijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an end time or duration that cannot be read</source>
        <translation>een onleesbaar eindtijdstip of onleesbare duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cells the CSV reader cannot separate</source>
        <translation>cellen die de CSV-lezer niet kan scheiden</translation>
    </message>
    <message>
        <location filename="../../app/core/zones.py" line="+30"/>
        <source>{name!r} is not a time zone such as Europe/Lisbon.</source>
        <translation>{name!r} is geen tijdzone zoals Europe/Lisbon.</translation>
    </message>
    <message>
        <location filename="../../app/tools/evidence.py" line="+95"/>
        <source>not a line of this file&apos;s kind</source>
        <translation>geen regel van dit soort bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time outside the years 1970 to 2999</source>
        <translation>een tijdstip buiten de jaren 1970 tot 2999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date or time that does not exist</source>
        <translation>een datum of tijd die niet bestaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes that are not text</source>
        <translation>bytes die geen tekst zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it ends before it starts</source>
        <translation>ze eindigt voor ze begint</translation>
    </message>
    <message>
        <location filename="../../app/setting_rules.py" line="+38"/>
        <source>{key}: {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{key} holds a control character ({character}); type plain text.</source>
        <translation>{key} bevat een stuurteken ({character}); typ gewone tekst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{key} can be at most {limit} characters long.</source>
        <translation>{key} mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{key} must be from {lowest} to {highest}, not {value}.</source>
        <translation>{key} moet van {lowest} tot {highest} zijn, niet {value}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{key}: {value!r} is not a valid {what} (check the characters).</source>
        <translation>{key}: {value!r} is geen geldige {what} (controleer de tekens).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{key}: {path} is not a PNG or JPEG image; give the logo as one.</source>
        <translation>{key}: {path} is geen PNG- of JPEG-afbeelding; geef het logo in een van die vormen.</translation>
    </message>
    <message>
        <location filename="../../app/services/document_records.py" line="-56"/>
        <source>{name}&apos;s sessions were just invoiced on another workstation; nothing was issued and no invoice number was used.</source>
        <translation>De sessies van {name} zijn net op een andere werkplek gefactureerd; er is niets uitgegeven en geen factuurnummer gebruikt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/faults.py" line="-26"/>
        <source>The database {path} has been locked by another AssistDesk (or another program) for more than {seconds} s; nothing was saved, try again when it has finished.</source>
        <translation>De database {path} is al meer dan {seconds} s vergrendeld door een andere AssistDesk (of een ander programma); er is niets opgeslagen, probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {folder} that holds the database is read-only, and AssistDesk must write beside the file; nothing was saved, make the folder writable and try again.</source>
        <translation>De map {folder} met de database is alleen-lezen, en AssistDesk moet naast het bestand schrijven; er is niets opgeslagen, maak de map schrijfbaar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file {path} is read-only; nothing was saved, make it writable for your user and try again.</source>
        <translation>Het databasebestand {path} is alleen-lezen; er is niets opgeslagen, maak het schrijfbaar voor uw gebruiker en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file {path} cannot be opened; check that your user may read and write it and its folder, then try again.</source>
        <translation>Het databasebestand {path} kan niet worden geopend; controleer of uw gebruiker het bestand en de map mag lezen en schrijven en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The disk holding the database {path} failed to read or write it ({reason}); nothing was saved, check the disk and try again.</source>
        <translation>De schijf met de database {path} kon die niet lezen of schrijven ({reason}); er is niets opgeslagen, controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AssistDesk may not write {file} ({reason}); nothing was saved, make it writable for your user or give another database, then try again.</source>
        <translation>AssistDesk mag {file} niet schrijven ({reason}); er is niets opgeslagen, maak het schrijfbaar voor uw gebruiker of kies een andere database en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk holding the database {path} is full; nothing was saved, free some space on it and try again.</source>
        <translation>De schijf met de database {path} is vol; er is niets opgeslagen, maak er wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database {name} no longer exists on the server {server}; nothing was saved, ask its administrator to restore it or point AssistDesk at another database.</source>
        <translation>De database {name} bestaat niet meer op de server {server}; er is niets opgeslagen, vraag de beheerder die terug te zetten of wijs AssistDesk een andere database aan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot reach the database server {server} ({reason}); nothing was saved, check that it is running and that this computer can reach it, then try again.</source>
        <translation>De databaseserver {server} is niet bereikbaar ({reason}); er is niets opgeslagen, controleer of die draait en of deze computer hem kan bereiken en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost the connection to the database server {server} ({reason}); nothing was saved, try again.</source>
        <translation>De verbinding met de databaseserver {server} is verbroken ({reason}); er is niets opgeslagen, probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk of the database server {server} is full; nothing was saved, ask its administrator to free some space, then try again.</source>
        <translation>De schijf van de databaseserver {server} is vol; er is niets opgeslagen, vraag de beheerder ruimte vrij te maken en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database server {server} only allows reading (a read-only or standby server); nothing was saved, point AssistDesk at the main server.</source>
        <translation>De databaseserver {server} staat alleen lezen toe (een alleen-lezen- of standby-server); er is niets opgeslagen, wijs AssistDesk de hoofdserver aan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The records this needs on {server} stayed locked by another workstation for longer than the server waits; nothing was saved, try again when it has finished.</source>
        <translation>De gegevens die hiervoor nodig zijn op {server} bleven langer vergrendeld door een andere werkplek dan de server wacht; er is niets opgeslagen, probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another workstation changed the same records at the same moment; nothing was saved, try again.</source>
        <translation>Een andere werkplek wijzigde op hetzelfde moment dezelfde gegevens; er is niets opgeslagen, probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/core/timetext.py" line="-22"/>
        <source>{text!r} is outside the dates AssistDesk accepts, {first} to {last}.</source>
        <translation>{text!r} valt buiten de datums die AssistDesk aanvaardt, van {first} tot {last}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{text!r} is longer than {longest}, the longest session AssistDesk accepts.</source>
        <translation>{text!r} duurt langer dan {longest}, de langste sessie die AssistDesk aanvaardt.</translation>
    </message>
    <message>
        <location filename="../../app/services/output_file.py" line="+49"/>
        <source>Give the name of the file to write.</source>
        <translation>Geef de naam op van het bestand dat geschreven moet worden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+139"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} is een bestand, geen map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name {name} is longer than this disk allows ({longest} bytes).</source>
        <translation>De bestandsnaam {name} is langer dan deze schijf toelaat ({longest} bytes).</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{path} is a device or a pipe, not a file; AssistDesk writes only to files.</source>
        <translation>{path} is een apparaat of een pipe, geen bestand; AssistDesk schrijft alleen naar bestanden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is a folder; give a file name in it.</source>
        <translation>{path} is een map; geef de naam van een bestand erin op.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} could not be written: the disk is full ({reason}).</source>
        <translation>{path} kon niet worden geschreven: de schijf is vol ({reason}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a longer name than this disk allows; give a shorter one.</source>
        <translation>{path} is een langere naam dan deze schijf toelaat; geef een kortere op.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} could not be written ({reason}).</source>
        <translation>{path} kon niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be written here ({reason}); choose another folder.</source>
        <translation>{path} kan hier niet worden geschreven ({reason}); kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../app/core/credit_note.py" line="+169"/>
        <source>{text!r} is not a list of line numbers such as 1,3.</source>
        <translation>{text!r} is geen lijst van regelnummers zoals 1,3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line numbers start at 1 and go up to {largest}; {number} is not one.</source>
        <translation>Regelnummers gaan van 1 tot {largest}; {number} is er geen.</translation>
    </message>
    <message>
        <location filename="../../app/services/refunds.py" line="-56"/>
        <source>A refund must be more than zero, at least {smallest}.</source>
        <translation>Een terugbetaling moet meer dan nul zijn, minstens {smallest}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A refund&apos;s note is at most {length} characters.</source>
        <translation>De notitie bij een terugbetaling is hoogstens {length} tekens lang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refund date {date} is in the future.</source>
        <translation>De terugbetalingsdatum {date} ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{customer} has {credit} {currency} of credit; a refund of {amount} is more than that.</source>
        <translation>{customer} heeft {credit} {currency} tegoed; een terugbetaling van {amount} is meer dan dat.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{customer} has no credit to refund.</source>
        <translation>{customer} heeft geen tegoed om terug te betalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{customer} has credit in {currencies}; say which currency to refund.</source>
        <translation>{customer} heeft tegoed in {currencies}; zeg welke munt terugbetaald wordt.</translation>
    </message>
    <message>
        <location filename="../../app/core/invoice.py" line="-54"/>
        <source>The discounts at {rate} % come to more than the lines at that rate; a discount lowers lines of its own VAT rate.</source>
        <translation>De kortingen tegen {rate} % bedragen meer dan de regels tegen dat tarief; een korting verlaagt regels met haar eigen btw-tarief.</translation>
    </message>
    <message>
        <location filename="../../app/core/money.py" line="-37"/>
        <source>{text!r} is not a currency code such as EUR (ISO 4217).</source>
        <translation>{text!r} is geen muntcode zoals EUR (ISO 4217).</translation>
    </message>
    <message>
        <location filename="../../app/services/invoice_plan.py" line="-76"/>
        <source>{name}&apos;s sessions are in {currencies}; choose one currency per invoice.</source>
        <translation>De sessies van {name} zijn in {currencies}; kies één munt per factuur.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} has no policy to take the invoice&apos;s currency from; choose the currency (--currency).</source>
        <translation>{name} heeft geen beleid waaruit de munt van de factuur volgt; kies de munt (--currency).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s sessions are in {currencies}; choose the currency of the typed lines (--currency).</source>
        <translation>De sessies van {name} zijn in {currencies}; kies de munt van de getypte regels (--currency).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} has no policy to say whether typed prices include VAT; end each line with ;incl or ;excl.</source>
        <translation>{name} heeft geen beleid dat zegt of getypte prijzen btw bevatten; sluit elke regel af met ;incl of ;excl.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} has nothing to invoice in {currency}; their sessions are in {currencies}.</source>
        <translation>Er is niets te factureren in {currency} voor {name}; de sessies zijn in {currencies}.</translation>
    </message>
    <message>
        <location filename="../../app/core/manual_lines.py" line="-19"/>
        <source>{text!r} is not an invoice line; write DESCRIPTION;QUANTITY;UNIT PRICE;VAT %, such as {example!r}.</source>
        <translation>{text!r} is geen factuurregel; schrijf OMSCHRIJVING;AANTAL;EENHEIDSPRIJS;BTW %, zoals {example!r}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An invoice line needs a description, such as {example!r}.</source>
        <translation>Een factuurregel heeft een omschrijving nodig, zoals {example!r}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description of a line holds a control character ({found}).</source>
        <translation>De omschrijving van een regel bevat een stuurteken ({found}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The description of a line is longer than {longest} characters.</source>
        <translation>De omschrijving van een regel is langer dan {longest} tekens.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The VAT rate of {description!r} must be from 0 to 100 %, not {text!r}.</source>
        <translation>Het btw-tarief van {description!r} moet tussen 0 en 100 % liggen, niet {text!r}.</translation>
    </message>
    <message>
        <location filename="../../app/core/invoice_document.py" line="+65"/>
        <source>{number} was drawn by a newer AssistDesk (document layout {version}); update AssistDesk to print it.</source>
        <translation>{number} is opgemaakt door een nieuwere versie van AssistDesk (documentopmaak {version}); werk AssistDesk bij om het af te drukken.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="-76"/>
        <source>{file} beside the database is a link, a folder or a pipe, not SQLite&apos;s own file, so AssistDesk will not write through it; remove it if you did not make it.</source>
        <translation>{file} naast de database is een koppeling, een map of een pipe, niet het eigen bestand van SQLite, dus AssistDesk schrijft er niet doorheen; verwijder het als u het niet zelf hebt gemaakt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{file} is not a SQLite database; give the path of AssistDesk&apos;s database, or of a file to create.</source>
        <translation>{file} is geen SQLite-database; geef het pad van de database van AssistDesk, of van een bestand dat moet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/services/output_file.py" line="-93"/>
        <source>{path} is a symbolic link, and AssistDesk writes an export only to a file of its own name (in a shared folder another user may have made the link); give the name of the file itself.</source>
        <translation>{path} is een symbolische koppeling, en AssistDesk schrijft een export alleen naar een bestand met een eigen naam (in een gedeelde map kan een andere gebruiker de koppeling hebben gemaakt); geef de naam van het bestand zelf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is in AssistDesk&apos;s own folder {folder}, beside its database, settings or log; write the export somewhere else.</source>
        <translation>{path} staat in de eigen map van AssistDesk {folder}, naast de database, de instellingen of het logboek; schrijf de export ergens anders.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is AssistDesk&apos;s database or a file kept beside it ({database}); write the export somewhere else.</source>
        <translation>{path} is de database van AssistDesk of een bestand dat ernaast wordt bewaard ({database}); schrijf de export ergens anders.</translation>
    </message>
    <message>
        <location filename="../../app/storage/engine.py" line="+34"/>
        <source>The URL given is not a database URL such as sqlite:///path/to/file.sqlite3 or postgresql://user@host:5432/dbname (a port is a number from 1 to 65535).</source>
        <translation>De opgegeven URL is geen database-URL zoals sqlite:///path/to/file.sqlite3 of postgresql://user@host:5432/dbname (een poort is een getal van 1 tot 65535).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A SQLite database URL takes no {name} setting; the only one it takes is timeout (the seconds to wait for a lock).</source>
        <translation>Een SQLite-database-URL neemt geen instelling {name}; de enige die hij neemt is timeout (de seconden wachten op een vergrendeling).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database URL gives timeout more than once; give it once.</source>
        <translation>De database-URL geeft timeout meer dan eens op; geef het één keer op.</translation>
    </message>
    <message>
        <location filename="../../app/settings_file.py" line="+36"/>
        <source>{path}: the settings cannot be read ({error}), so nothing was written; correct or remove the file first.</source>
        <translation>{path}: de instellingen kunnen niet gelezen worden ({error}), dus er is niets geschreven; verbeter of verwijder eerst het bestand.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{key!r} is not a setting AssistDesk knows: it is ignored, and left out when the settings are next saved.</source>
        <translation>{key!r} is geen instelling die AssistDesk kent: ze wordt genegeerd, en weggelaten wanneer de instellingen weer worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="-38"/>
        <source>{path}: {problem}; fix it with `assistdesk settings set {key} …`.</source>
        <translation>{path}: {problem}; verbeter het met `assistdesk settings set {key} …`.</translation>
    </message>
    <message>
        <location filename="../../app/core/invoice.py" line="+37"/>
        <source>This invoice would total {total} {currency}, more than AssistDesk can record ({largest}); invoice fewer sessions at a time (up to an earlier day).</source>
        <translation>Deze factuur zou {total} {currency} bedragen, meer dan AssistDesk kan bewaren ({largest}); factureer minder sessies tegelijk (tot een eerdere dag).</translation>
    </message>
    <message>
        <location filename="../../app/core/timetext.py" line="-98"/>
        <source>{text!r} does not exist in {zone}: the clocks skip it when summer time starts; give a time after the change, such as {after}.</source>
        <translation>{text!r} bestaat niet in {zone}: de klok slaat dat tijdstip over wanneer de zomertijd begint; geef een tijd na de omschakeling, zoals {after}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this computer&apos;s time zone ({name})</source>
        <translation>de tijdzone van deze computer ({name})</translation>
    </message>
    <message>
        <location filename="../../app/storage/faults.py" line="-149"/>
        <source>The database cannot keep a value given here ({reason}); nothing was saved: give a shorter text or a smaller number.</source>
        <translation>De database kan een hier opgegeven waarde niet bewaren ({reason}); er is niets opgeslagen: geef een kortere tekst of een kleiner getal.</translation>
    </message>
    <message>
        <location filename="../../app/services/invoice_documents.py" line="+76"/>
        <source>Set the company&apos;s name first: Office → Settings…, Company name (the setting company.name).</source>
        <translation>Geef eerst de bedrijfsnaam op: Kantoor → Instellingen…, Bedrijfsnaam (de instelling company.name).</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <location filename="../../app/ui/today/appointment_dialogs.py" line="+56"/>
        <source>Appointment missed</source>
        <translation>Afspraak gemist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation>Verplaatsen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anyway…</source>
        <translation>Toch starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../app/ui/session/session_extras_view.py" line="+43"/>
        <source>Type a note and press Enter…</source>
        <translation>Typ een notitie en druk op Enter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
</context>
<context>
    <name>OpenedDesk</name>
    <message>
        <location filename="../../app/ui/shell/opening.py" line="+54"/>
        <source>{where} (created)</source>
        <translation>{where} (aangemaakt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new database was created here.</source>
        <translation>Hier is een nieuwe database aangemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgraded from schema {revision}; the previous file was copied to {backup}.</source>
        <translation>Bijgewerkt van schema {revision}; het vorige bestand is gekopieerd naar {backup}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgraded from schema {revision}.</source>
        <translation>Bijgewerkt van schema {revision}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} (upgraded)</source>
        <translation>{where} (bijgewerkt)</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../app/ui/office/outbox/outbox_model.py" line="+21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Queued</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held for review</source>
        <translation>Wacht op nazicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescheduled</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation</source>
        <translation>Annulering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session summary</source>
        <translation>Overzicht van de sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Ontvangstbewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no address)</source>
        <translation>(geen adres)</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../app/ui/office/outbox/outbox_window.py" line="+45"/>
        <source>Select a message to preview it.</source>
        <translation>Kies een bericht om het te bekijken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail is not set up (Office → Settings…, SMTP server): messages wait here.</source>
        <translation>E-mail is niet ingesteld (Kantoor → Instellingen…, SMTP-server): berichten wachten hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held for review: Send it when it reads right, or Discard it.</source>
        <translation>Wacht op nazicht: Verzend het als het klopt, of Verwerp het.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All messages</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>Ver&amp;zenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this message with the queue</source>
        <translation>Dit bericht met de wachtrij verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werpen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>To: {address}</source>
        <translation>Aan: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status}, {attempts} attempt(s)</source>
        <translation>{status}, {attempts} poging(en)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached: {files}</source>
        <translation>Bijlagen: {files}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem: {error}</source>
        <translation>Probleem: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;i&gt;This message has no HTML part.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Dit bericht heeft geen HTML-deel.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/office/ledger_dialogs.py" line="+36"/>
        <source>Bank transfer</source>
        <translation>Overschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{open} open; {excess} will be kept as the customer&apos;s credit.</source>
        <translation>{open} openstaand; {excess} blijft als tegoed van de klant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{text} is not an amount; write it like 12.50.</source>
        <translation>{text} is geen bedrag; schrijf het als 12.50.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Record a payment for {number}</source>
        <translation>Een betaling boeken voor {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record payment</source>
        <translation>Betaling boeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Ontvangen bedrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A receipt is issued for the payment.</source>
        <translation>Voor de betaling wordt een ontvangstbewijs uitgeschreven.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{left} will stay open.</source>
        <translation>{left} blijft openstaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This settles the invoice.</source>
        <translation>Hiermee is de factuur betaald.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/ui/office/pdf_preview.py" line="+50"/>
        <source>The document could not be shown: its PDF cannot be read.</source>
        <translation>Het document kan niet getoond worden: de pdf is onleesbaar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The printer could not be started; check that it is on and ready.</source>
        <translation>De printer kon niet starten; controleer of hij aan staat en klaar is.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../app/ui/office/period_dialog.py" line="+48"/>
        <location filename="../../app/ui/office/period_invoicing.py" line="+156"/>
        <location line="+15"/>
        <source>Create invoices for a period</source>
        <translation>Facturen voor een periode maken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issue invoices</source>
        <translation>Facturen uitschrijven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Every customer&apos;s ended, priced sessions that are on no invoice yet (or that a credit note gave back), up to and including the last day, make one invoice per customer and currency. Untick an invoice to leave it for later.</source>
        <translation>De beëindigde, geprijsde sessies van elke klant die nog op geen factuur staan (of die een creditnota teruggaf), tot en met de laatste dag, vormen één factuur per klant en munt. Vink een factuur uit om ze voor later te laten.</translation>
    </message>
</context>
<context>
    <name>PeriodInvoicing</name>
    <message>
        <location filename="../../app/ui/office/period_invoicing.py" line="-125"/>
        <source>Nobody has sessions to invoice up to {day}.</source>
        <translation>Niemand heeft sessies te factureren tot {day}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{names} and {count} more</source>
        <translation>{names} en nog {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue 1 invoice, for {names}, of {amounts}?</source>
        <translation>1 factuur uitschrijven, voor {names}, van {amounts}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue {count} invoices, for {names}, of {amounts} in all?</source>
        <translation>{count} facturen uitschrijven, voor {names}, van {amounts} in totaal?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued invoices are numbered and final: a mistake is corrected with a credit note.</source>
        <translation>Uitgeschreven facturen zijn genummerd en definitief: een fout wordt met een creditnota rechtgezet.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Issue 1 invoice</source>
        <translation>1 factuur uitschrijven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue {count} invoices</source>
        <translation>{count} facturen uitschrijven</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Issuing invoices…</source>
        <translation>Facturen worden uitgeschreven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Issuing the invoice for {customer} ({n} of {total})…</source>
        <translation>Factuur voor {customer} wordt uitgeschreven ({n} van {total})…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Issued 1 invoice</source>
        <translation>1 factuur uitgeschreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued {count} invoices</source>
        <translation>{count} facturen uitgeschreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} could not be issued (see Result)</source>
        <translation>{count} kon(den) niet uitgeschreven worden (zie Resultaat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the other {count}</source>
        <translation>gestopt voor de andere {count}</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>1 invoice to issue: {amounts}</source>
        <translation>1 factuur uit te schrijven: {amounts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} invoices to issue: {amounts}</source>
        <translation>{count} facturen uit te schrijven: {amounts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} cannot be issued as it stands (see Result)</source>
        <translation>{count} kan/kunnen zo niet worden uitgeschreven (zie Resultaat)</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <location filename="../../app/ui/office/policy_page_view.py" line="+29"/>
        <source>Longer than</source>
        <translation>Langer dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+63"/>
        <source>Policies</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Price table</source>
        <translation>Prijstabel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy file (TOML)</source>
        <translation>Tariefbestand (TOML)</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../app/ui/office/policy_page.py" line="+54"/>
        <source>The price is agreed with the customer for each session, so there is no table.</source>
        <translation>De prijs wordt per sessie met de klant afgesproken, dus er is geen tabel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices of a resolved session inside opening hours, before any free minutes.</source>
        <translation>Prijzen van een opgeloste sessie binnen de openingsuren, voor eventuele gratis minuten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows in grey are longer than the policy&apos;s maximum ({limit} minutes).</source>
        <translation>Grijze rijen zijn langer dan het maximum van het tarief ({limit} minuten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be used</source>
        <translation>onbruikbaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preset</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office</source>
        <translation>kantoor</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Longer than the policy&apos;s maximum session length</source>
        <translation>Langer dan de maximale sessieduur van het tarief</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office&apos;s file {path}. Saving replaces it.</source>
        <translation>Het bestand van het kantoor {path}. Opslaan vervangt het.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It overrides the preset of the same id; remove it to use the preset.</source>
        <translation>Het vervangt het standaardtarief met hetzelfde id; verwijder het om het standaardtarief te gebruiken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A preset shipped with AssistDesk ({path}), read-only here. Saving writes the office&apos;s copy, {target}, which is used instead of it.</source>
        <translation>Een standaardtarief dat met AssistDesk meekomt ({path}), hier alleen-lezen. Opslaan schrijft de kopie van het kantoor, {target}, die dan in de plaats gebruikt wordt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file ({path}), read-only here. Saving writes the office&apos;s copy, {target}, which is used instead of it.</source>
        <translation>Het bestand ({path}), hier alleen-lezen. Opslaan schrijft de kopie van het kantoor, {target}, die dan in de plaats gebruikt wordt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>policy</source>
        <translation>tarief</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid — the summary shows this text; Save to use it.</source>
        <translation>Geldig — de samenvatting toont deze tekst; sla op om het te gebruiken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved policy {id} to {path}.</source>
        <translation>Tarief {id} opgeslagen in {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policies</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy&apos;s text was changed and not saved. Discard the changes?</source>
        <translation>De tekst van het tarief is gewijzigd en niet opgeslagen. De wijzigingen verwerpen?</translation>
    </message>
</context>
<context>
    <name>PriceLines</name>
    <message>
        <location filename="../../app/ui/display.py" line="-52"/>
        <source>First {minutes} minutes</source>
        <translation>Eerste {minutes} minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further {minutes}-minute block</source>
        <translation>Bijkomend blok van {minutes} minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours fee</source>
        <translation>Vergoeding buiten de openingsuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours surcharge ({percent} %)</source>
        <translation>Toeslag buiten de openingsuren ({percent} %)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="+68"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message>
        <location filename="../../app/ui/shell/quit_prompt.py" line="+30"/>
        <source>The session with {customer} is still running.</source>
        <translation>De sessie met {customer} loopt nog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End it now, or keep it running with the window hidden (the tray icon brings it back)?</source>
        <translation>Nu beëindigen, of laten lopen met het venster verborgen (het pictogram in het systeemvak haalt het terug)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End it now before closing AssistDesk?</source>
        <translation>Nu beëindigen voordat AssistDesk sluit?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End session…</source>
        <translation>Sessie beëindigen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it running</source>
        <translation>Laten lopen</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/reason_dialog.py" line="+41"/>
        <source>The reason is kept in the record</source>
        <translation>De reden wordt bewaard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (optional)</source>
        <translation>Reden (optioneel)</translation>
    </message>
</context>
<context>
    <name>ReconcileWindow</name>
    <message>
        <location filename="../../app/ui/office/reconcile/reconcile_model.py" line="+21"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Remote ID</source>
        <translation>ID op afstand</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tool&apos;s start</source>
        <translation>Begin volgens programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool&apos;s end</source>
        <translation>Einde volgens programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool&apos;s length</source>
        <translation>Duur volgens programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged length</source>
        <translation>Geregistreerde duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/reconcile/reconcile_window.py" line="+164"/>
        <source>line {number} ({problem})</source>
        <translation>regel {number} ({problem})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} more</source>
        <translation>nog {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines that could not be read and were skipped: {count} — {lines}.</source>
        <translation>Regels die niet gelezen konden worden en zijn overgeslagen: {count} — {lines}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/shell/recovery.py" line="+52"/>
        <source>Session left open</source>
        <translation>Sessie bleef open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AssistDesk stopped while this session was open. Resume it, or end it at the time it really ended.</source>
        <translation>AssistDesk stopte terwijl deze sessie open was. Hervat ze, of beëindig ze op het tijdstip waarop ze echt eindigde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not started</source>
        <translation>niet gestart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another session is already on the desk.</source>
        <translation>Er staat al een andere sessie in het hoofdvenster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End at…</source>
        <translation>Beëindigen om…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time elapsed</source>
        <translation>Verstreken tijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AssistDesk last seen running</source>
        <translation>AssistDesk laatst actief gezien</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../app/ui/today/appointment_dialogs.py" line="-31"/>
        <location line="+1"/>
        <source>Reschedule</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked for</source>
        <translation>Geboekt voor</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <location filename="../../app/ui/today/schedule_text.py" line="+17"/>
        <source>Closed on Mondays</source>
        <translation>Gesloten op maandag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Tuesdays</source>
        <translation>Gesloten op dinsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Wednesdays</source>
        <translation>Gesloten op woensdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Thursdays</source>
        <translation>Gesloten op donderdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Fridays</source>
        <translation>Gesloten op vrijdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Saturdays</source>
        <translation>Gesloten op zaterdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Sundays</source>
        <translation>Gesloten op zondag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed: closing day</source>
        <translation>Gesloten: sluitingsdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: public holiday</source>
        <translation>Gesloten: feestdag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open {hours}</source>
        <translation>Open {hours}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open at any time</source>
        <translation>Altijd open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({zone} time)</source>
        <translation>({zone}-tijd)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Outside opening hours, a holiday</source>
        <translation>Buiten de openingsuren, een feestdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside opening hours</source>
        <translation>Buiten de openingsuren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{outside}: a {fee} out-of-hours fee applies</source>
        <translation>{outside}: er geldt een toeslag van {fee} buiten de uren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{outside}: a surcharge applies</source>
        <translation>{outside}: er geldt een toeslag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outside}: a {percent} % surcharge applies</source>
        <translation>{outside}: er geldt een toeslag van {percent} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{outside} (closed)</source>
        <translation>{outside} (gesloten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{outside} (next window opens {when})</source>
        <translation>{outside} (volgende periode opent {when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{time} in {place}</source>
        <translation>{time} in {place}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Long sessions should be booked (policy: {limit} min)</source>
        <translation>Lange sessies moeten geboekt worden (tarief: {limit} min)</translation>
    </message>
</context>
<context>
    <name>SessionCost</name>
    <message>
        <location filename="../../app/ui/session/session_cost.py" line="+31"/>
        <source>No policy: not priced</source>
        <translation>Geen tarief: niet aangerekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price agreed per session</source>
        <translation>Prijs per sessie afgesproken</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Policy {policy} is unavailable: not priced</source>
        <translation>Tarief {policy} is niet beschikbaar: niet aangerekend</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{money} — next block at {time}</source>
        <translation>{money} — volgend blok om {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{money} — agreed price</source>
        <translation>{money} — afgesproken prijs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free minutes left: {minutes} min</source>
        <translation>Resterende gratis minuten: {minutes} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out of hours: surcharge included</source>
        <translation>Buiten de uren: toeslag inbegrepen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of hours</source>
        <translation>Buiten de uren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum of {max} minutes reached — {time}</source>
        <translation>Maximum van {max} minuten bereikt — {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{left} min left of the {max}-minute maximum</source>
        <translation>Nog {left} min tot het maximum van {max} minuten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{money} charged</source>
        <translation>{money} aangerekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net {net} + VAT {vat}</source>
        <translation>Netto {net} + btw {vat}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>free time used {time}</source>
        <translation>gratis tijd gebruikt {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of hours</source>
        <translation>buiten de uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longer than the policy&apos;s maximum</source>
        <translation>Langer dan het maximum van het tarief</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not priced</source>
        <translation>Niet aangerekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not priced: no offer was agreed</source>
        <translation>Niet aangerekend: er is geen prijs afgesproken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Will be charged {total} (net {net}, VAT {vat})</source>
        <translation>Wordt aangerekend: {total} (netto {net}, btw {vat})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not priced</source>
        <translation>niet aangerekend</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../../app/ui/history/session_details.py" line="+34"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection accepted</source>
        <translation>Verbinding aanvaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Corrected</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set aside</source>
        <translation>Regel opzijgezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer accepted</source>
        <translation>Prijs aanvaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access closed</source>
        <translation>Toegang gesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic start undone</source>
        <translation>Automatische start ongedaan gemaakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the technician pressed Undo</source>
        <translation>de technieker drukte op Ongedaan maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} — invoice {number}, line {n}</source>
        <translation>{date} — factuur {number}, regel {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} — service statement {number}, line {n}</source>
        <translation>{date} — prestatieoverzicht {number}, regel {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} — credit note {number}, crediting line {n} of {invoice}</source>
        <translation>{date} — creditnota {number}, crediteert regel {n} van {invoice}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session can be invoiced again</source>
        <translation>de sessie kan opnieuw gefactureerd worden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted time</source>
        <translation>tijdstip van aanvaarding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time</source>
        <translation>eindtijd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{at} — {what} corrected to this time on {when}: {why}</source>
        <translation>{at} — {what} op {when} naar dit tijdstip verbeterd: {why}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Session {id} — {customer}</source>
        <translation>Sessie {id} — {customer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Technieker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Werkpost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{time} (corrected; originally {original})</source>
        <translation>{time} (verbeterd; oorspronkelijk {original})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not priced.</source>
        <translation>Niet aangerekend.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free time used: {time}</source>
        <translation>Gratis tijd gebruikt: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of hours</source>
        <translation>Buiten de uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past the policy&apos;s maximum length</source>
        <translation>Langer dan de maximale duur van het tarief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices and credit notes</source>
        <translation>Facturen en creditnota’s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not invoiced.</source>
        <translation>Niet gefactureerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence from the tool</source>
        <translation>Bewijs van het programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None recorded.</source>
        <translation>Niets geregistreerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{tool} history, {source}</source>
        <translation>geschiedenis van {tool}, {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tool} seen live, {source}</source>
        <translation>{tool} live gezien, {source}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../../app/ui/history/session_log_model.py" line="+35"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{state} (open)</source>
        <translation>{state} (open)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session {id}</source>
        <translation>Sessie {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy: {policy}</source>
        <translation>Tarief: {policy}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price: {total} (net {net} + VAT {vat})</source>
        <translation>Prijs: {total} (netto {net} + btw {vat})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free time used: {time}</source>
        <translation>Gratis tijd gebruikt: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment: {equipment}</source>
        <translation>Toestel: {equipment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote ID: {id}</source>
        <translation>ID op afstand: {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: {notes}</source>
        <translation>Notities: {notes}</translation>
    </message>
</context>
<context>
    <name>SessionNotice</name>
    <message>
        <location filename="../../app/ui/session/session_notice.py" line="+33"/>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start session…</source>
        <translation>Sessie starten…</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../app/ui/session/session_start.py" line="+66"/>
        <source>Start outside opening hours</source>
        <translation>Starten buiten de openingsuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is kept in the session&apos;s history.</source>
        <translation>De reden wordt bewaard in de geschiedenis van de sessie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/session_panel.py" line="+170"/>
        <source>Finish the checklist before the timer starts.</source>
        <translation>Werk de controlelijst af voor de timer start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/session_detection.py" line="+117"/>
        <source>Automatic start undone: press Connection accepted when the customer accepts.</source>
        <translation>Automatische start ongedaan gemaakt: druk op Verbinding aanvaard wanneer de klant aanvaardt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/session_panel.py" line="+80"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <location filename="../../app/ui/session/session_text.py" line="+25"/>
        <source>Session with {name} ended — {outcome}, {time}, {price}.</source>
        <translation>Sessie met {name} beëindigd — {outcome}, {time}, {price}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick or add a customer to start a session.</source>
        <translation>Kies of voeg een klant toe om een sessie te starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to start a session with {name}.</source>
        <translation>Klaar om een sessie met {name} te starten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to {name} — waiting for the customer to accept</source>
        <translation>Verbinden met {name} — wachten tot de klant aanvaardt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In session with {name}</source>
        <translation>In sessie met {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In session with {name} since {time}</source>
        <translation>In sessie met {name} sinds {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — the timer is stopped for {name}; press Resume to continue</source>
        <translation>Gepauzeerd — de timer staat stil voor {name}; druk op Hervatten om verder te gaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session with {name} ended.</source>
        <translation>Sessie met {name} beëindigd.</translation>
    </message>
</context>
<context>
    <name>SettingProblems</name>
    <message>
        <location filename="../../app/ui/office/setting_problems.py" line="+21"/>
        <source>Settings need attention: {fields}. Open Office → Settings…</source>
        <translation>Instellingen vragen aandacht: {fields}. Open Kantoor → Instellingen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{problem}; correct it in Office → Settings.</source>
        <translation>{problem}; verbeter het in Kantoor → Instellingen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet gelezen worden</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/office/settings_dialog.py" line="+43"/>
        <source>The SMTP password is stored in the keyring.</source>
        <translation>Het SMTP-wachtwoord is bewaard in de sleutelhanger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/settings_fields.py" line="+25"/>
        <source>This computer&apos;s language</source>
        <translation>De taal van deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement</source>
        <translation>prestatieoverzicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Technieker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection</source>
        <translation>Detectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s</source>
        <translation>Die van deze computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/settings_dialog.py" line="-4"/>
        <source>What you save applies at once, but the language: it changes the next time AssistDesk starts.</source>
        <translation>Wat u bewaart, geldt meteen, behalve de taal: die verandert de volgende keer dat AssistDesk start.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the SMTP &amp;password…</source>
        <translation>SMTP-&amp;wachtwoord instellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/office/setup_wizard.py" line="+179"/>
        <location filename="../../app/ui/office/smtp_password.py" line="+24"/>
        <source>SMTP password</source>
        <translation>SMTP-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/setting_rows.py" line="+93"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/smtp_password.py" line="+1"/>
        <source>Password for the SMTP user:</source>
        <translation>Wachtwoord van de SMTP-gebruiker:</translation>
    </message>
    <message>
        <location filename="../../app/setting_schema.py" line="-156"/>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company address</source>
        <translation>Adres van het bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company VAT number</source>
        <translation>Btw-nummer van het bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company email</source>
        <translation>E-mail van het bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company phone</source>
        <translation>Telefoon van het bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN for transfers</source>
        <translation>IBAN voor overschrijvingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo image file</source>
        <translation>Afbeelding van het logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician&apos;s name</source>
        <translation>Naam van de technieker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy offered for new customers</source>
        <translation>Tarief voorgesteld voor nieuwe klanten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language (empty: this computer&apos;s)</source>
        <translation>Taal (leeg: die van deze computer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compact timer over other windows</source>
        <translation>Compacte timer boven andere vensters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tray icon with the running time</source>
        <translation>Pictogram in het systeemvak met de lopende tijd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the timer when the tool reports it (undo)</source>
        <translation>De timer starten wanneer het programma het meldt (ongedaan te maken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents issued</source>
        <translation>Uitgeschreven documenten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone of documents (empty: this computer&apos;s)</source>
        <translation>Tijdzone van de documenten (leeg: die van deze computer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment term in days</source>
        <translation>Betalingstermijn in dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice series</source>
        <translation>Reeks van facturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note series</source>
        <translation>Reeks van creditnota&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt series</source>
        <translation>Reeks van ontvangstbewijzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number format</source>
        <translation>Nummerformaat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AnyDesk program (empty: look for it)</source>
        <translation>AnyDesk-programma (leeg: zoeken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Iperius Remote program (empty: look for it)</source>
        <translation>Iperius Remote-programma (leeg: zoeken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RustDesk program (empty: look for it)</source>
        <translation>RustDesk-programma (leeg: zoeken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TeamViewer program (empty: look for it)</source>
        <translation>TeamViewer-programma (leeg: zoeken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho Assist session link (empty: API)</source>
        <translation>Zoho Assist-sessielink (leeg: API)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho Assist data centre</source>
        <translation>Zoho Assist-datacenter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP server (empty: mail is not sent)</source>
        <translation>SMTP-server (leeg: er wordt geen e-mail verzonden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP port (587 for starttls, 465 for tls)</source>
        <translation>SMTP-poort (587 voor starttls, 465 voor tls)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP security</source>
        <translation>SMTP-beveiliging</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP user (empty: no login); its password is in the keyring</source>
        <translation>SMTP-gebruiker (leeg: niet aanmelden); het wachtwoord staat in de sleutelhanger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sender address (empty: the company email)</source>
        <translation>Afzenderadres (leeg: het e-mailadres van het bedrijf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold each message until it has been previewed</source>
        <translation>Elk bericht vasthouden tot het bekeken is</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/settings_dialog.py" line="-36"/>
        <source>Some settings need attention: each problem is said under its field.</source>
        <translation>Sommige instellingen vragen aandacht: elk probleem staat onder zijn veld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving replaces it with what this dialog shows.</source>
        <translation>Opslaan vervangt het door wat dit venster toont.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved: correct the values whose problem is said under them.</source>
        <translation>Er is niets opgeslagen: verbeter de waarden waaronder een probleem staat.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/office/setup_wizard.py" line="-126"/>
        <source>The SMTP password is stored in the keyring.</source>
        <translation>Het SMTP-wachtwoord is in de sleutelbos bewaard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the SMTP server above first.</source>
        <translation>Geef eerst hierboven de SMTP-server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers get no policy: their sessions are not priced until one is chosen.</source>
        <translation>Nieuwe klanten krijgen geen beleid: hun sessies krijgen geen prijs tot er een gekozen is.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Set up AssistDesk</source>
        <translation>AssistDesk instellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip setup</source>
        <translation>Instellen overslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your company</source>
        <translation>Uw bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on invoices, receipts and credit notes. Nothing here is needed to run calls: leave what you do not have yet, invoicing will ask for it.</source>
        <translation>Gedrukt op facturen, kwitanties en creditnota&apos;s. Niets hiervan is nodig om oproepen te doen: laat open wat u nog niet hebt, het factureren vraagt erom.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo as printed</source>
        <translation>Logo zoals gedrukt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You and your customers</source>
        <translation>U en uw klanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is kept with each session you run. The policy is what a new customer is given to begin with; each customer can have another.</source>
        <translation>Uw naam wordt bij elke sessie bewaard. Het beleid is wat een nieuwe klant eerst krijgt; elke klant kan een ander hebben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remote tools</source>
        <translation>Externe hulpmiddelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect starts the customer&apos;s tool. These were looked for on this computer; give a program&apos;s place only where it is not found by itself.</source>
        <translation>Verbinden start het hulpmiddel van de klant. Deze zijn op deze computer gezocht; geef de plaats van een programma alleen op als het niet vanzelf gevonden wordt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For invoices, session summaries and invitations to customers. Leave the server empty to set mail up later.</source>
        <translation>Voor facturen, sessieoverzichten en uitnodigingen aan klanten. Laat de server leeg om mail later in te stellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the SMTP &amp;password…</source>
        <translation>SMTP-&amp;wachtwoord instellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own address</source>
        <translation>Uw eigen adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a &amp;test message</source>
        <translation>Een &amp;testbericht sturen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test message to</source>
        <translation>Testbericht aan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an image AssistDesk reads</source>
        <translation>Geen afbeelding die AssistDesk leest</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sending the test message…</source>
        <translation>Het testbericht wordt verstuurd…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mail server took the test message ({reply}).</source>
        <translation>De mailserver heeft het testbericht aangenomen ({reply}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test message was not sent: {problem}</source>
        <translation>Het testbericht is niet verstuurd: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/desk_menus.py" line="+228"/>
        <source>not found on this computer</source>
        <translation>niet gevonden op deze computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found: {path}</source>
        <translation>gevonden: {path}</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <location filename="../../app/ui/today/appointment_dialogs.py" line="-202"/>
        <source>booked</source>
        <translation>geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rescheduled</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ddd d MMM yyyy  HH:mm</source>
        <comment>Qt date-time editor format</comment>
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why this time anyway? Kept with the appointment</source>
        <translation>Waarom toch dit uur? Wordt bij de afspraak bewaard</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../../app/ui/today/today.py" line="+77"/>
        <location line="+101"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>EEEE d MMMM</source>
        <comment>Babel date pattern of the Today tab</comment>
        <translation>EEEE d MMMM</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Today ({count} due)</source>
        <translation>Vandaag ({count} verwacht)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Another session is on the desk.</source>
        <translation>Er staat een andere sessie in het hoofdvenster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the customer first.</source>
        <translation>Kies eerst de klant.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../app/ui/today/today_model.py" line="+33"/>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booked</source>
        <translation>geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rescheduled</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Appointment {id}, {status}</source>
        <translation>Afspraak {id}, {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected length: {minutes} min</source>
        <translation>Verwachte duur: {minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool: {tool}</source>
        <translation>Programma: {tool}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaces appointment {id}</source>
        <translation>Vervangt afspraak {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced by appointment {id}</source>
        <translation>Vervangen door afspraak {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {note}</source>
        <translation>Notitie: {note}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../app/ui/today/today_view.py" line="-32"/>
        <source>No appointments today.</source>
        <translation>Geen afspraken vandaag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book…</source>
        <translation>Boeken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule…</source>
        <translation>Verplaatsen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/ui/timer/tray.py" line="+33"/>
        <source>{customer} — {time}, {state}</source>
        <translation>{customer} — {time}, {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer} — {time}</source>
        <translation>{customer} — {time}</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../app/ui/session/session_extras_view.py" line="-15"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
</TS>

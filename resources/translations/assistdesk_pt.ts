<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AppointmentActions</name>
    <message>
        <location filename="../../app/ui/today/appointment_actions.py" line="+92"/>
        <source>{customer} is past the late tolerance. Say why the session starts anyway; the reason is kept in the session&apos;s history.</source>
        <translation>{customer} já passou a tolerância de atraso. Indique porque é que a sessão começa mesmo assim; o motivo fica no histórico da sessão.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start anyway</source>
        <translation>Começar mesmo assim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancel {customer}&apos;s appointment of {when}? It stays in the history.</source>
        <translation>Cancelar a marcação de {customer} de {when}? Fica no histórico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Cancel appointment</source>
        <translation>Cancelar marcação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the customer solved it</source>
        <translation>p. ex. o cliente resolveu o problema</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{policy}: {hours} that day</source>
        <translation>{policy}: {hours} nesse dia</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <location filename="../../app/ui/today/reminders.py" line="+25"/>
        <source>due</source>
        <translation>à hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>falhada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in session</source>
        <translation>em sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rescheduled</source>
        <translation>reagendada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>upcoming (starts in {span})</source>
        <translation>em breve (começa dentro de {span})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>late by {span}</source>
        <translation>atrasada {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/today/today_view.py" line="+74"/>
        <source>late by {span} (tolerance ends {time})</source>
        <translation>atrasada {span} (a tolerância termina às {time})</translation>
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
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Appointment at {time}</source>
        <translation>Marcação às {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tolerance ends at {time}</source>
        <translation>A tolerância termina às {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}, booked for {time}, is {status}. Start the session now or reschedule it.</source>
        <translation>{who}, marcado para as {time}, está {status}. Inicie a sessão agora ou reagende-a.</translation>
    </message>
</context>
<context>
    <name>AutoStart</name>
    <message>
        <location filename="../../app/ui/session/auto_start.py" line="+67"/>
        <source>Timer started from {tool}&apos;s report at {time}.</source>
        <translation>Cronómetro iniciado pelo aviso do {tool} às {time}.</translation>
    </message>
</context>
<context>
    <name>BeforeConnecting</name>
    <message>
        <location filename="../../app/ui/session/before_connecting.py" line="+86"/>
        <source>Checklist complete</source>
        <translation>Lista de verificação completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist: {done} of {items}</source>
        <translation>Lista de verificação: {done} de {items}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no offer agreed yet</source>
        <translation>ainda sem preço acordado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offer {money} accepted</source>
        <translation>preço de {money} aceite</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../app/ui/today/appointment_dialogs.py" line="+168"/>
        <source>Book an appointment</source>
        <translation>Marcar assistência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book anyway</source>
        <translation>Marcar mesmo assim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No equipment</source>
        <translation>Sem equipamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment&apos;s tool</source>
        <translation>O programa do equipamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>não indicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the customer needs</source>
        <translation>O que o cliente precisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected length</source>
        <translation>Duração prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Equipamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote tool</source>
        <translation>Programa remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../app/ui/session/checklist_dialog.py" line="+35"/>
        <source>The customer accepted the terms</source>
        <translation>O cliente aceitou as condições</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer agrees that the session may be recorded</source>
        <translation>O cliente aceita que a sessão seja gravada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup was made (or the customer declined)</source>
        <translation>Foi feita uma cópia de segurança (ou o cliente recusou)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential applications are closed</source>
        <translation>As aplicações confidenciais estão fechadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A responsible person is present (name)</source>
        <translation>Está presente um responsável (nome)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer is at the computer with a phone</source>
        <translation>O cliente está junto ao computador, com telefone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made</source>
        <translation>feita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>recusada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Before connecting</source>
        <translation>Antes de ligar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amount in {currency}</source>
        <translation>Valor em {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer accepted ({currency})</source>
        <translation>Preço aceite ({currency})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{question} (version {version})</source>
        <translation>{question} (versão {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the terms…</source>
        <translation>Ler as condições…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Terms {version}</source>
        <translation>Condições {version}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{text} is not an amount; type it as 25.00.</source>
        <translation>{text} não é um valor; escreva-o como 25.00.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accepted offer must be more than nothing.</source>
        <translation>O preço aceite tem de ser maior do que zero.</translation>
    </message>
</context>
<context>
    <name>CompactTimer</name>
    <message>
        <location filename="../../app/ui/timer/compact_timer.py" line="+49"/>
        <source>AssistDesk timer</source>
        <translation>Cronómetro AssistDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to move; double-click for the desk</source>
        <translation>Arraste para mover; duplo clique para a secretária</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide the compact timer</source>
        <translation>Ocultar o cronómetro compacto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{customer} · {state}</source>
        <translation>{customer} · {state}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Desk</source>
        <translation>Secretária</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <location filename="../../app/ui/session/connect_controller.py" line="+181"/>
        <source>Watching {tool}&apos;s files for the end of the connection.</source>
        <translation>A seguir os ficheiros do {tool} para ver o fim da ligação.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The session password must be one line.</source>
        <translation>A palavra-passe da sessão tem de ter uma só linha.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting {tool}…</source>
        <translation>A iniciar o {tool}…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{tool} started for {remote_id}.</source>
        <translation>{tool} iniciado para {remote_id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID {remote_id} is on the clipboard.</source>
        <translation>O ID {remote_id} está na área de transferência.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watching for the customer&apos;s acceptance.</source>
        <translation>À espera que o cliente aceite.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{problem} Try {tool} next: check the customer&apos;s {tool} ID and press Connect.</source>
        <translation>{problem} Experimente o {tool}: confirme o ID {tool} do cliente e carregue em Ligar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The remote tool</source>
        <translation>O programa remoto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tool} reports the connection ended at {time}.</source>
        <translation>O {tool} indica que a ligação terminou às {time}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{tool} reports the connection was accepted at {time}.</source>
        <translation>O {tool} indica que a ligação foi aceite às {time}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{tool} reports the connection was accepted at {time} — start the timer from then?</source>
        <translation>O {tool} indica que a ligação foi aceite às {time} — iniciar o cronómetro a partir dessa hora?</translation>
    </message>
</context>
<context>
    <name>ConnectView</name>
    <message>
        <location filename="../../app/ui/session/session_extras_view.py" line="+28"/>
        <source>Checklist…</source>
        <translation>Lista de verificação…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote ID</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session password (optional)</source>
        <translation>Palavra-passe da sessão (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Ligar</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/customers/contact_check.py" line="+52"/>
        <source>Contact details</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no phone number or email address for {name} yet. Ask for one before the session starts, so the customer can be called back and sent what the session cost.</source>
        <translation>Ainda não há telefone nem email de {name}. Peça um antes de a sessão começar, para poder voltar a contactar o cliente e enviar-lhe o custo da sessão.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save and start</source>
        <translation>Guardar e iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;without</source>
        <translation>Iniciar &amp;sem</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/history/correction_dialog.py" line="+35"/>
        <source>Correct the times of session {id}</source>
        <translation>Corrigir as horas da sessão {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted time</source>
        <translation>Hora de aceitação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End time</source>
        <translation>Hora de fim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: kept with the session</source>
        <translation>Porquê: fica com a sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original time stays in the session&apos;s history.</source>
        <translation>A hora original fica no histórico da sessão.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time to correct</source>
        <translation>&amp;Hora a corrigir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct time</source>
        <translation>Hora &amp;correta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../app/ui/office/credit_dialog.py" line="+129"/>
        <source>Credit note for {number}</source>
        <translation>Nota de crédito para {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed on the credit note</source>
        <translation>Impresso na nota de crédito</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to credit</source>
        <translation>Por creditar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked lines are credited in full, and their sessions can be invoiced again. With an amount, it is shared among the ticked lines in proportion to what is left of each, and no session is given back: that is how a session is waived for good.</source>
        <translation>As linhas marcadas são creditadas por inteiro, e as suas sessões podem voltar a ser faturadas. Com um valor, este é repartido pelas linhas marcadas na proporção do que falta creditar em cada uma, e nenhuma sessão é devolvida: é assim que se perdoa uma sessão de vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit note {number} issued for {invoice}; 1 session waits to be invoiced again.</source>
        <translation>Nota de crédito {number} emitida para {invoice}; 1 sessão aguarda nova faturação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note {number} issued for {invoice}; {count} sessions wait to be invoiced again.</source>
        <translation>Nota de crédito {number} emitida para {invoice}; {count} sessões aguardam nova faturação.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Issue a credit note for the whole of {invoice}, {total}?</source>
        <translation>Emitir uma nota de crédito de toda a fatura {invoice}, {total}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a credit note for all that is left of {invoice}, {total}?</source>
        <translation>Emitir uma nota de crédito de tudo o que resta da fatura {invoice}, {total}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue a credit note of {total} against {invoice}?</source>
        <translation>Emitir uma nota de crédito de {total} sobre a fatura {invoice}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A credit note is numbered and final: it cannot be changed or withdrawn.</source>
        <translation>Uma nota de crédito é numerada e definitiva: não pode ser alterada nem anulada.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Empty: the ticked lines in full</source>
        <translation>Vazio: as linhas marcadas por inteiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue credit note</source>
        <translation>Emitir nota de crédito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (incl. VAT)</source>
        <translation>Valor (com IVA)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Credits {total}, of which VAT {vat}.</source>
        <translation>Credita {total}, dos quais IVA {vat}.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No session is given back to invoice again.</source>
        <translation>Nenhuma sessão é devolvida para nova faturação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session can be invoiced again.</source>
        <translation>1 sessão pode voltar a ser faturada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} sessions can be invoiced again.</source>
        <translation>{count} sessões podem voltar a ser faturadas.</translation>
    </message>
</context>
<context>
    <name>CreditDialogs</name>
    <message>
        <location filename="../../app/ui/office/credit_dialogs.py" line="+32"/>
        <source>{left} of credit will be left.</source>
        <translation>Fica {left} de crédito.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply credit to {number}</source>
        <translation>Usar crédito em {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply credit</source>
        <translation>Usar crédito</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Customer&apos;s credit</source>
        <translation>Crédito do cliente</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to apply</source>
        <translation>Valor a usar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied on</source>
        <translation>Usado em</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A receipt is issued: paid from the customer&apos;s credit.</source>
        <translation>É emitido um recibo: pago com o crédito do cliente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Refund {customer}&apos;s credit</source>
        <translation>Devolver o crédito de {customer}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional, e.g. the IBAN</source>
        <translation>Opcional, p. ex. o IBAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record refund</source>
        <translation>Registar devolução</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount refunded</source>
        <translation>Valor devolvido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded on</source>
        <translation>Devolvido em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Meio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>Sem política (as sessões não têm preço)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{policy} (policy file not found)</source>
        <translation>{policy} (ficheiro da política não encontrado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add customer</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Guardar alterações</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../app/ui/customers/customer_picker.py" line="+47"/>
        <source>No phone or email yet</source>
        <translation>Ainda sem telefone nem email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT {vat_id}</source>
        <translation>NIF {vat_id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Customer details…</source>
        <translation>Dados do &amp;cliente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Selected equipment…</source>
        <translation>Equipamento &amp;selecionado…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No equipment</source>
        <translation>Sem equipamento</translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <location filename="../../app/ui/customers/customers_window.py" line="+62"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>Equipment</source>
        <translation>Equipamentos</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Last session</source>
        <translation>Última sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{name} (archived)</source>
        <translation>{name} (arquivado)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name, email, phone or remote ID</source>
        <translation>Procurar por nome, email, telefone ou ID remoto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show archived</source>
        <translation>Mostrar arquivados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Add e&amp;quipment…</source>
        <translation>Adicionar e&amp;quipamento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit equip&amp;ment…</source>
        <translation>Editar equipa&amp;mento…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Reading customers…</source>
        <translation>A ler os clientes…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} customers</source>
        <translation>{count} clientes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name} archived: Show archived lists them again.</source>
        <translation>{name} arquivado: Mostrar arquivados volta a listá-lo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} restored.</source>
        <translation>{name} restaurado.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../app/ui/office/reconcile/opening.py" line="+35"/>
        <source>&amp;Reconcile with a tool&apos;s history…</source>
        <translation>&amp;Conferir com o histórico de um programa…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../app/ui/display.py" line="+30"/>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Não resolvido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by customer</source>
        <translation>Cancelado pelo cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting</source>
        <translation>A ligar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In session</source>
        <translation>Em sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>EEE d MMM</source>
        <comment>Babel date pattern: a day in a sentence</comment>
        <translation>EEE, d &apos;de&apos; MMM</translation>
    </message>
</context>
<context>
    <name>DocumentMailing</name>
    <message>
        <location filename="../../app/ui/office/document_mailing.py" line="+29"/>
        <source>Queued</source>
        <translation>Em fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for review</source>
        <translation>Retida para revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail is not set up yet: it waits in the outbox until an SMTP server is given in Office → Settings… (Mail).</source>
        <translation>O email ainda não está configurado: fica na caixa de saída até indicar um servidor SMTP em Escritório → Definições… (Email).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not emailed.</source>
        <translation>Não enviado por email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email to {to}: {state} ({when}).</source>
        <translation>Email para {to}: {state} ({when}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email {number}</source>
        <translation>Enviar {number} por email</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue for sending</source>
        <translation>Pôr na fila de envio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Queued for sending: {numbers}.</source>
        <translation>Na fila de envio: {numbers}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not queued: {reasons}</source>
        <translation>Não ficou na fila: {reasons}</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../app/ui/office/document_pane.py" line="+33"/>
        <source>invoice</source>
        <translation>fatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service statement</source>
        <translation>nota de serviço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt</source>
        <translation>recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit note</source>
        <translation>nota de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft (not issued)</source>
        <translation>Rascunho (não emitido)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Print {number}</source>
        <translation>Imprimir {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} sent to the printer ({pages} page(s)).</source>
        <translation>{number} enviado para a impressora ({pages} página(s)).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save {number} as</source>
        <translation>Guardar {number} como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} saved as {path}.</source>
        <translation>{number} guardado como {path}.</translation>
    </message>
</context>
<context>
    <name>DraftTable</name>
    <message>
        <location filename="../../app/ui/office/draft_model.py" line="+20"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <location filename="../../app/ui/session/end_session_dialog.py" line="+34"/>
        <source>The connection is closed and no access remains</source>
        <translation>A ligação está fechada e não fica nenhum acesso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No — access may remain (say why in the note)</source>
        <translation>Não — pode ficar acesso (explique na nota)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome to see the price.</source>
        <translation>Escolha o resultado para ver o preço.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>End session</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>What was done, what is left to do…</source>
        <translation>O que foi feito, o que falta fazer…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended at</source>
        <translation>Terminou às</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing note</source>
        <translation>Nota final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The policy asks for at least {minimum} characters ({typed} so far).</source>
        <translation>A política pede pelo menos {minimum} caracteres ({typed} até agora).</translation>
    </message>
</context>
<context>
    <name>EndStep</name>
    <message>
        <location filename="../../app/ui/session/session_end.py" line="+26"/>
        <source>Nothing will be charged: the connection was never accepted.</source>
        <translation>Nada será cobrado: a ligação nunca foi aceite.</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <location filename="../../app/ui/customers/customer_dialogs.py" line="+25"/>
        <source>Office PC</source>
        <translation>PC do escritório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No remote tool</source>
        <translation>Sem programa remoto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ID the customer reads out, e.g. 123 456 789</source>
        <translation>O ID que o cliente lê, p. ex. 123 456 789</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote tool</source>
        <translation>Programa remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote ID</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add equipment</source>
        <translation>Adicionar equipamento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit equipment</source>
        <translation>Editar equipamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Guardar alterações</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="+33"/>
        <source>Something unexpected went wrong ({error}). Nothing was half-written; please report this to your AssistDesk contact.</source>
        <translation>Algo inesperado correu mal ({error}). Nada ficou escrito a meio; comunique isto ao seu contacto AssistDesk.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The details are in the log file {file}.</source>
        <translation>Os pormenores estão no ficheiro de registo {file}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AssistDesk keeps running; what you see was saved as it was.</source>
        <translation>O AssistDesk continua a funcionar; o que vê foi guardado tal como estava.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../app/ui/history/history_window.py" line="+56"/>
        <source>Select a session to see its events, evidence, price and notes.</source>
        <translation>Selecione uma sessão para ver os eventos, as provas, o preço e as notas.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Session history</source>
        <translation>Histórico de sessões</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any outcome</source>
        <translation>Qualquer resultado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any tool</source>
        <translation>Qualquer programa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Correct times…</source>
        <translation>&amp;Corrigir horas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ustomer</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../app/ui/history/customer_filter.py" line="+44"/>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history/history_window.py" line="+49"/>
        <source>Any technician</source>
        <translation>Qualquer técnico</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Counting sessions…</source>
        <translation>A contar as sessões…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>1 session</source>
        <translation>1 sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} sessions</source>
        <translation>{count} sessões</translation>
    </message>
</context>
<context>
    <name>InvoiceCreation</name>
    <message>
        <location filename="../../app/ui/office/invoice_creation.py" line="+135"/>
        <source>No sessions waiting for an invoice.</source>
        <translation>Nenhuma sessão à espera de fatura.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 session: {total}</source>
        <translation>1 sessão: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} sessions: {total}</source>
        <translation>{count} sessões: {total}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>VAT {rate} % on {base}: {amount}</source>
        <translation>IVA {rate} % sobre {base}: {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net {net} · {vat} · &lt;b&gt;Total {total}&lt;/b&gt;</source>
        <translation>Líquido {net} · {vat} · &lt;b&gt;Total {total}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../app/ui/office/invoice_dialog.py" line="+42"/>
        <source>Create an invoice</source>
        <translation>Criar uma fatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a customer&apos;s name</source>
        <translation>Escreva o nome de um cliente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. On-site visit</source>
        <translation>p. ex. Deslocação ao cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price includes VAT</source>
        <translation>Preço com IVA incluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add line</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as discount</source>
        <translation>Adicionar como desconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue invoice</source>
        <translation>Emitir fatura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions up to</source>
        <translation>Sessões até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>À espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines typed by you</source>
        <translation>Linhas escritas por si</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
</context>
<context>
    <name>InvoiceTable</name>
    <message>
        <location filename="../../app/ui/office/invoice_model.py" line="+31"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{count} session(s) not invoiced yet</source>
        <translation>{count} sessão(ões) ainda por faturar</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../../app/ui/office/invoice_rows.py" line="+19"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <translation>Paga em parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Creditada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Liquidada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All dates</source>
        <translation>Todas as datas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Ano passado</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../app/ui/office/invoices_view.py" line="+28"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+53"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create invoices for a period…</source>
        <translation>Criar faturas de um período…</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/customer_account.py" line="+23"/>
        <location filename="../../app/ui/office/invoices_view.py" line="+14"/>
        <source>Select an invoice to see its customer&apos;s balance.</source>
        <translation>Selecione uma fatura para ver o saldo do cliente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/invoices_view.py" line="+4"/>
        <source>Record payment…</source>
        <translation>Registar pagamento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note…</source>
        <translation>Nota de crédito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply credit…</source>
        <translation>Usar crédito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund credit…</source>
        <translation>Devolver crédito…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email…</source>
        <translation>Enviar por email…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Create invoice…</source>
        <translation>Criar fatura…</translation>
    </message>
</context>
<context>
    <name>InvoicesWindow</name>
    <message>
        <location filename="../../app/ui/office/customer_account.py" line="+4"/>
        <source>refunded {refunded}</source>
        <translation>devolvido {refunded}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;credit {credit}&lt;/b&gt;</source>
        <translation>&lt;b&gt;crédito {credit}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/office/invoices_window.py" line="+40"/>
        <source>Receipt {number} issued for {invoice}.</source>
        <translation>Recibo {number} emitido para {invoice}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund of {amount} to {customer} recorded.</source>
        <translation>Devolução de {amount} a {customer} registada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/invoices_window.py" line="+1"/>
        <source>Credit note {number} issued for {invoice}.</source>
        <translation>Nota de crédito {number} emitida para {invoice}.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Drafts cannot be listed: {problem}</source>
        <translation>Não é possível listar os rascunhos: {problem}</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Email the one just issued</source>
        <translation>Enviar por email a acabada de emitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email the {count} just issued</source>
        <translation>Enviar por email as {count} acabadas de emitir</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/customer_account.py" line="+45"/>
        <source>Nothing invoiced yet.</source>
        <translation>Ainda nada faturado.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Invoiced {invoiced} · credited {credited} · paid {paid} · &lt;b&gt;open {open}&lt;/b&gt;</source>
        <translation>Faturado {invoiced} · creditado {credited} · pago {paid} · &lt;b&gt;em aberto {open}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/invoices_window.py" line="-8"/>
        <source>Issued {numbers}.</source>
        <translation>Emitidas: {numbers}.</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <location filename="../../app/ui/timer/live_session.py" line="+42"/>
        <source>connecting</source>
        <translation>a ligar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show desk</source>
        <translation>Mostrar a secretária</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection accepted</source>
        <translation>Ligação aceite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>End session…</source>
        <translation>Terminar sessão…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="+36"/>
        <source>Opening database…</source>
        <translation>A abrir a base de dados…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a name, email, phone or remote ID…</source>
        <translation>Escreva um nome, email, telefone ou ID remoto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer…</source>
        <translation>Novo cliente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add equipment…</source>
        <translation>Adicionar equipamento…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment</source>
        <translation>Equipamento</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Start session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection accepted</source>
        <translation>Ligação aceite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session…</source>
        <translation>Terminar sessão…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Session log</source>
        <translation>Registo de sessões</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New session</source>
        <translation>&amp;Nova sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &amp;accepted</source>
        <translation>Ligação &amp;aceite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausa / retomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End session…</source>
        <translation>&amp;Terminar sessão…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;history…</source>
        <translation>&amp;Histórico de sessões…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compact timer</source>
        <translation>&amp;Cronómetro compacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Office</source>
        <translation>&amp;Escritório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customers…</source>
        <translation>&amp;Clientes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invoices…</source>
        <translation>&amp;Faturas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox…</source>
        <translation>Caixa de saí&amp;da…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policies…</source>
        <translation>&amp;Políticas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;up…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>Definiçõe&amp;s…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Data: {where}</source>
        <translation>Dados: {where}</translation>
    </message>
</context>
<context>
    <name>ManualLines</name>
    <message>
        <location filename="../../app/ui/office/manual_lines_model.py" line="+18"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. VAT</source>
        <translation>com IVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excl. VAT</source>
        <translation>sem IVA</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/settings_file.py" line="+26"/>
        <source>{path}: the settings cannot be read ({error}).</source>
        <translation>{path}: não é possível ler as definições ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+150"/>
        <source>{key} must be a whole number, not {raw!r}.</source>
        <translation>{key} tem de ser um número inteiro, não {raw!r}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{key} must be true or false, not {raw!r}.</source>
        <translation>{key} tem de ser true ou false, não {raw!r}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{key} must be {kind}, not {value!r}.</source>
        <translation>{key} tem de ser {kind}, não {value!r}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key} must be one of {choices}, not {value!r}.</source>
        <translation>{key} tem de ser um de {choices}, não {value!r}.</translation>
    </message>
    <message>
        <location filename="../../app/setting_schema.py" line="+182"/>
        <source>{key!r} is not a setting; see `assistdesk settings list`.</source>
        <translation>{key!r} não é uma definição; veja `assistdesk settings list`.</translation>
    </message>
    <message>
        <location filename="../../app/core/checklist.py" line="+56"/>
        <source>The customer must accept the terms version {terms!r}.</source>
        <translation>O cliente tem de aceitar as condições na versão {terms!r}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the name of the responsible person who is present.</source>
        <translation>Indique o nome da pessoa responsável que está presente.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{text!r} is not a checklist item; use {known}.</source>
        <translation>{text!r} não é um ponto da lista de verificação; use {known}.</translation>
    </message>
    <message>
        <location filename="../../app/core/document_numbers.py" line="+49"/>
        <source>{series!r} is not a series name; use up to 10 capital letters, digits and dashes.</source>
        <translation>{series!r} não é um nome de série; use até 10 letras maiúsculas, algarismos e hífenes.</translation>
    </message>
    <message>
        <location filename="../../app/core/invoice.py" line="+85"/>
        <source>An invoice needs at least one line.</source>
        <translation>Uma fatura precisa de pelo menos uma linha.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../../app/core/manual_lines.py" line="+90"/>
        <source>The quantity of {description!r} must be more than zero.</source>
        <translation>A quantidade de {description!r} tem de ser maior do que zero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VAT rate of {description!r} cannot be negative.</source>
        <translation>A taxa de IVA de {description!r} não pode ser negativa.</translation>
    </message>
    <message>
        <location filename="../../app/core/money.py" line="+56"/>
        <source>{text!r} is not an amount; write it as a string such as &quot;10.00&quot;.</source>
        <translation>{text!r} não é um valor; escreva-o como texto entre aspas, por exemplo &quot;10.00&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>{text!r} is not an amount such as 10.00.</source>
        <translation>{text!r} não é um valor como 10.00.</translation>
    </message>
    <message>
        <location filename="../../app/core/parties.py" line="+31"/>
        <source>A customer needs a name.</source>
        <translation>Um cliente precisa de um nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer&apos;s name can be at most {limit} characters long.</source>
        <translation>O nome de um cliente pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An email address can be at most {limit} characters long.</source>
        <translation>Um endereço de email pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone number can be at most {limit} characters long.</source>
        <translation>Um número de telefone pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A VAT id can be at most {limit} characters long.</source>
        <translation>Um NIF pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{email!r} is not an email address such as ana@example.com.</source>
        <translation>{email!r} não é um endereço de email como ana@example.com.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Equipment needs a label, such as &apos;Office PC&apos;.</source>
        <translation>Um equipamento precisa de um nome, como &apos;PC do escritório&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An equipment label can be at most {limit} characters long.</source>
        <translation>O nome de um equipamento pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A remote ID can be at most {limit} characters long.</source>
        <translation>Um ID remoto pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>A technician needs a name.</source>
        <translation>Um técnico precisa de um nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A technician&apos;s name can be at most {limit} characters long.</source>
        <translation>O nome de um técnico pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{policy_id!r} is not a policy id; use lower-case letters, digits and dashes.</source>
        <translation>{policy_id!r} não é um id de política; use letras minúsculas, algarismos e hífenes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A policy id can be at most {limit} characters long.</source>
        <translation>O id de uma política pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/core/payment_reference.py" line="+25"/>
        <source>{number!r} cannot be turned into a payment reference.</source>
        <translation>Não é possível fazer uma referência de pagamento a partir de {number!r}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A payment QR code needs the company&apos;s name and IBAN.</source>
        <translation>Um código QR de pagamento precisa do nome e do IBAN da empresa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment QR code can only carry an amount from 0.01 to 999999999.99 EUR.</source>
        <translation>Um código QR de pagamento só pode levar um valor de 0.01 a 999999999.99 EUR.</translation>
    </message>
    <message>
        <location filename="../../app/core/policy_source.py" line="+24"/>
        <source>{path}: there is no such policy file.</source>
        <translation>{path}: este ficheiro de política não existe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/services/session_journal.py" line="+86"/>
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}: não é possível ler ({error}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path}: is not valid TOML ({error}).</source>
        <translation>{path}: não é TOML válido ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/core/pricing.py" line="+105"/>
        <source>A session cannot last less than nothing.</source>
        <translation>Uma sessão não pode durar menos do que nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Policy {id} prices each session by an agreed offer; give the offered amount.</source>
        <translation>A política {id} cobra cada sessão por um valor acordado; indique o valor proposto.</translation>
    </message>
    <message>
        <location filename="../../app/core/remote_tool.py" line="+37"/>
        <source>Unknown remote tool {text!r}; use one of {choices}.</source>
        <translation>Programa remoto desconhecido {text!r}; use um destes: {choices}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{text!r} is not a version number such as 4.0 or 15.74.5.</source>
        <translation>{text!r} não é um número de versão como 4.0 ou 15.74.5.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} {found} is older than {minimum}, the oldest version allowed here; update {name} and try again.</source>
        <translation>O {name} {found} é mais antigo do que {minimum}, a versão mais antiga permitida aqui; atualize o {name} e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../app/core/session.py" line="+30"/>
        <source>connecting</source>
        <translation>a ligar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This session is {state} and cannot be marked accepted.</source>
        <translation>Esta sessão está {state} e não pode ser marcada como aceite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This session is {state} and cannot be paused.</source>
        <translation>Esta sessão está {state} e não pode ser pausada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This session is {state} and cannot be resumed.</source>
        <translation>Esta sessão está {state} e não pode ser retomada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This session is {state} and cannot be ended.</source>
        <translation>Esta sessão está {state} e não pode ser terminada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A note needs some text.</source>
        <translation>Uma nota precisa de ter texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session is {state} and cannot be given a note.</source>
        <translation>Esta sessão está {state} e não pode receber uma nota.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An accepted offer must be an amount above zero.</source>
        <translation>O preço aceite tem de ser um valor maior do que zero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session is {state} and cannot be given an offer.</source>
        <translation>Esta sessão está {state} e não pode receber uma oferta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The checklist item {item!r} needs an answer.</source>
        <translation>O ponto {item!r} da lista de verificação precisa de uma resposta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session is {state} and cannot be given checklist answers.</source>
        <translation>Esta sessão está {state} e não pode receber respostas da lista de verificação.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Setting a rule aside needs a reason, which is kept with the session.</source>
        <translation>Para pôr uma regra de parte é preciso um motivo, que fica guardado com a sessão.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session is {state} and cannot be overridden.</source>
        <translation>Esta sessão está {state} e já não permite pôr uma regra de parte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undoing an acceptance needs a reason, which is kept.</source>
        <translation>Para anular uma aceitação é preciso um motivo, que fica guardado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session is {state} and cannot be set back to connecting.</source>
        <translation>Esta sessão está {state} e não pode voltar a ficar a ligar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After a pause the acceptance stands; correct the accepted time instead.</source>
        <translation>Depois de uma pausa a aceitação mantém-se; corrija antes a hora de aceitação.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A correction needs a reason, which is kept with the session.</source>
        <translation>Uma correção precisa de um motivo, que fica guardado com a sessão.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The corrected accepted time is in the future.</source>
        <translation>A hora de aceitação corrigida está no futuro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The corrected end time is in the future.</source>
        <translation>A hora de fim corrigida está no futuro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The accepted time cannot be corrected before the connection is accepted.</source>
        <translation>A hora de aceitação não pode ser corrigida antes de a ligação ser aceite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The corrected accepted time must be before the end time.</source>
        <translation>A hora de aceitação corrigida tem de ser anterior à hora de fim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected accepted time must be before the first pause.</source>
        <translation>A hora de aceitação corrigida tem de ser anterior à primeira pausa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end time cannot be corrected before the session ends.</source>
        <translation>A hora de fim não pode ser corrigida antes de a sessão terminar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected end time must be after the accepted time.</source>
        <translation>A hora de fim corrigida tem de ser posterior à hora de aceitação.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected end time must not be before the opening time.</source>
        <translation>A hora de fim corrigida não pode ser anterior à hora de abertura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected end time must be after the last pause.</source>
        <translation>A hora de fim corrigida tem de ser posterior à última pausa.</translation>
    </message>
    <message>
        <location filename="../../app/core/session_events.py" line="+32"/>
        <source>Unknown outcome {text!r}; use one of {choices}.</source>
        <translation>Resultado {text!r} desconhecido; use um destes: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/core/timeline.py" line="+82"/>
        <source>A session&apos;s history must start with its creation.</source>
        <translation>O histórico de uma sessão tem de começar pela sua criação.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A session cannot be created twice.</source>
        <translation>Uma sessão não pode ser criada duas vezes.</translation>
    </message>
    <message>
        <location filename="../../app/core/timetext.py" line="+42"/>
        <source>{text!r} is not an ISO 8601 time such as 2026-11-24T14:05 or 2026-11-24T14:05+01:00.</source>
        <translation>{text!r} não é uma hora ISO 8601 como 2026-11-24T14:05 ou 2026-11-24T14:05+01:00.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{text!r} is not an ISO 8601 date such as 2026-11-24.</source>
        <translation>{text!r} não é uma data ISO 8601 como 2026-11-24.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{text!r} is not a duration such as 1:05:00, 1h5m, 45m or 90s.</source>
        <translation>{text!r} não é uma duração como 1:05:00, 1h5m, 45m ou 90s.</translation>
    </message>
    <message>
        <location filename="../../app/core/vat_number.py" line="+19"/>
        <source>{raw!r} is not a VAT number; write it with its country code, such as BE0403170701.</source>
        <translation>{raw!r} não é um NIF; escreva-o com o código do país, como PT501964843.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{raw!r} is not a valid VAT number (check the digits).</source>
        <translation>{raw!r} não é um NIF válido (confirme os algarismos).</translation>
    </message>
    <message>
        <location filename="../../app/services/appointments.py" line="+46"/>
        <source>This appointment is {status} and cannot be cancelled.</source>
        <translation>Esta marcação está {status} e não pode ser cancelada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This appointment is {status} and cannot be rescheduled.</source>
        <translation>Esta marcação está {status} e não pode ser remarcada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This appointment is {status} and cannot be started.</source>
        <translation>Esta marcação está {status} e não pode ser iniciada.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>An appointment&apos;s expected length must be at least one minute.</source>
        <translation>A duração prevista de uma marcação tem de ser de pelo menos um minuto.</translation>
    </message>
    <message>
        <location filename="../../app/services/lookups.py" line="+14"/>
        <source>Customer {id} does not exist.</source>
        <translation>O cliente {id} não existe.</translation>
    </message>
    <message>
        <location filename="../../app/services/appointments.py" line="+10"/>
        <location filename="../../app/services/sessions.py" line="+90"/>
        <source>That equipment does not belong to this customer.</source>
        <translation>Esse equipamento não pertence a este cliente.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Mail is not available here, so the customer&apos;s invitation or calendar update cannot be sent.</source>
        <translation>O e-mail não está disponível aqui, por isso o convite ou a atualização da agenda não pode ser enviado ao cliente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{at} has already passed; book a time in the future.</source>
        <translation>{at} já passou; marque uma hora no futuro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{at:%a %d %b %H:%M} is outside {policy}&apos;s opening hours. Give a reason to book it anyway.</source>
        <translation>{at:%a %d %b %H:%M} está fora do horário de {policy}. Indique um motivo para marcar mesmo assim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{at:%a %d %b %H:%M} is outside {policy}&apos;s opening hours; the next window opens {next:%a %d %b %H:%M}. Give a reason to book it anyway.</source>
        <translation>{at:%a %d %b %H:%M} está fora do horário de {policy}; o próximo horário abre {next:%a %d %b %H:%M}. Indique um motivo para marcar mesmo assim.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Appointment {id} does not exist.</source>
        <translation>A marcação {id} não existe.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The customer is {minutes} min late, past the tolerance: the appointment is now missed; reschedule it, or start anyway with a reason.</source>
        <translation>O cliente está {minutes} min atrasado, para lá da tolerância: a marcação fica como falhada; remarque-a ou comece mesmo assim com um motivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is {minutes} min late, past the {tolerance}-minute tolerance: the appointment is now missed; reschedule it, or start anyway with a reason.</source>
        <translation>O cliente está {minutes} min atrasado, para lá da tolerância de {tolerance} minutos: a marcação fica como falhada; remarque-a ou comece mesmo assim com um motivo.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_mail.py" line="+114"/>
        <source>{name} has no email address; add one to send an invitation.</source>
        <translation>{name} não tem endereço de email; adicione um para enviar um convite.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>{name} has no email address; add one to send mail.</source>
        <translation>{name} não tem endereço de email; adicione um para enviar mensagens.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/services/reconciliation.py" line="+113"/>
        <location filename="../../app/services/sessions.py" line="+271"/>
        <source>Session {id} does not exist.</source>
        <translation>A sessão {id} não existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session {id} has not ended; a summary follows its end.</source>
        <translation>A sessão {id} ainda não terminou; o resumo segue-se ao fim da sessão.</translation>
    </message>
    <message>
        <location filename="../../app/services/customers.py" line="+49"/>
        <source>A customer named {name!r} already exists, archived: restore them in Office → Customers… instead.</source>
        <translation>Já existe um cliente chamado {name!r}, arquivado: restaure-o em Escritório → Clientes….</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+8"/>
        <source>A customer named {name!r} already exists.</source>
        <translation>Já existe um cliente chamado {name!r}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No customer is named {name!r}; add them first.</source>
        <translation>Não há nenhum cliente chamado {name!r}; adicione-o primeiro.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+25"/>
        <source>This customer already has equipment labelled {label!r}.</source>
        <translation>Este cliente já tem um equipamento com o nome {label!r}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Equipment {id} does not exist.</source>
        <translation>O equipamento {id} não existe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This customer has no equipment labelled {label!r}.</source>
        <translation>Este cliente não tem nenhum equipamento com o nome {label!r}.</translation>
    </message>
    <message>
        <location filename="../../app/services/invoice_plan.py" line="+69"/>
        <location line="+64"/>
        <source>{name} has nothing to invoice.</source>
        <translation>{name} não tem nada para faturar.</translation>
    </message>
    <message>
        <location filename="../../app/services/invoicing.py" line="+196"/>
        <source>Mail is not available here, so the document cannot be sent.</source>
        <translation>O email não está disponível aqui, por isso o documento não pode ser enviado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No document is numbered {number!r}.</source>
        <translation>Não existe nenhum documento com o número {number!r}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Session {id} is not this customer&apos;s priced, uninvoiced session.</source>
        <translation>A sessão {id} não é uma sessão com preço e por faturar deste cliente.</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="+115"/>
        <source>Unknown status {status!r}; use one of {statuses}.</source>
        <translation>Estado desconhecido {status!r}; use um destes: {statuses}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Message {id} is {status}; only a failed one is retried.</source>
        <translation>A mensagem {id} tem o estado {status}; só uma mensagem falhada pode ser reenviada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message {id} has no recipient; add the customer&apos;s email first.</source>
        <translation>A mensagem {id} não tem destinatário; adicione primeiro o email do cliente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message {id} is {status}; only a held one is released.</source>
        <translation>A mensagem {id} tem o estado {status}; só uma mensagem retida pode ser libertada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message {id} is {status}; only a queued, held or failed one can be discarded.</source>
        <translation>A mensagem {id} tem o estado {status}; só uma mensagem em fila, retida ou falhada pode ser descartada.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Message {id} is about appointment {appointment}, which is {status}, so it is out of date and cannot be sent.</source>
        <translation>A mensagem {id} diz respeito à marcação {appointment}, que tem o estado {status}, por isso está desatualizada e não pode ser enviada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no message {id} in the outbox.</source>
        <translation>Não existe nenhuma mensagem {id} na caixa de saída.</translation>
    </message>
    <message>
        <location filename="../../app/services/paid_services.py" line="+65"/>
        <source>A paid service needs a description, such as &apos;Workshop repair&apos;.</source>
        <translation>Um serviço pago precisa de uma descrição, como &apos;Reparação na oficina&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/services/receipts.py" line="+47"/>
        <source>Unknown payment method {method!r}; use one of {methods}.</source>
        <translation>Método de pagamento desconhecido {method!r}; use um destes: {methods}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../app/services/refunds.py" line="+79"/>
        <source>{customer} has no credit in {currency}.</source>
        <translation>{customer} não tem crédito em {currency}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is open on {numbers}.</source>
        <translation>Nada está em aberto em {numbers}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{customer} has {credit} {currency} of credit and {open} {currency} is open; {amount} is more than can be applied.</source>
        <translation>{customer} tem {credit} {currency} de crédito e {open} {currency} em aberto; {amount} é mais do que se pode usar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{number} is {other}&apos;s, not {customer}&apos;s; a payment pays one customer&apos;s invoices.</source>
        <translation>{number} é de {other}, não de {customer}; um pagamento paga faturas de um só cliente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} is in {currency}, not {first}; a payment is in one currency.</source>
        <translation>{number} está em {currency}, não em {first}; um pagamento é numa só moeda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the invoice the payment is for.</source>
        <translation>Indique a fatura a que o pagamento se refere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The payment date {date} is in the future.</source>
        <translation>A data de pagamento {date} está no futuro.</translation>
    </message>
    <message>
        <location filename="../../app/services/credit_notes.py" line="+90"/>
        <source>A credit note needs a reason, printed on it.</source>
        <translation>Uma nota de crédito precisa de um motivo, que é impresso nela.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{invoice} comes to {total} {currency}; there is nothing to credit.</source>
        <translation>{invoice} é de {total} {currency}; não há nada a creditar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A credit note of {total} {currency} cannot be issued; choose lines with something left to credit.</source>
        <translation>Não se pode emitir uma nota de crédito de {total} {currency}; escolha linhas com algo por creditar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{invoice} has lines 1 to {last}; there is no line {line}.</source>
        <translation>{invoice} tem as linhas 1 a {last}; não há linha {line}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the lines of {invoice} to credit.</source>
        <translation>Escolha as linhas de {invoice} a creditar.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line {line} of {invoice} is credited in full already.</source>
        <translation>A linha {line} de {invoice} já está creditada por inteiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{invoice} is credited in full already.</source>
        <translation>{invoice} já está creditada por inteiro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A credit note on {number} can be up to {amount} {currency}.</source>
        <translation>Uma nota de crédito sobre {number} pode ir até {amount} {currency}.</translation>
    </message>
    <message>
        <location line="-112"/>
        <location filename="../../app/services/payments.py" line="+123"/>
        <source>{number} is a {kind}, not an invoice.</source>
        <translation>{number} é do tipo {kind}, não é uma fatura.</translation>
    </message>
    <message>
        <location filename="../../app/services/policies.py" line="+109"/>
        <source>No policy has the id {id!r}; known ids: {known}.</source>
        <translation>Nenhuma política tem o id {id!r}; ids conhecidos: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/services/session_journal.py" line="-31"/>
        <source>The customer&apos;s policy does not ask about {item}.</source>
        <translation>A política do cliente não pergunta sobre {item}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The terms text {version!r} is missing; put it in {folder}/{version}.txt.</source>
        <translation>Falta o texto das condições {version!r}; coloque-o em {folder}/{version}.txt.</translation>
    </message>
    <message>
        <location filename="../../app/services/sessions.py" line="-231"/>
        <source>{policy} takes no sessions at {at:%a %H:%M}. Give a reason to start anyway.</source>
        <translation>{policy} não aceita sessões a {at:%a %H:%M}. Indique um motivo para começar mesmo assim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{policy} takes no sessions at {at:%a %H:%M}; the next window opens {next:%a %d %b %H:%M}. Give a reason to start anyway.</source>
        <translation>{policy} não aceita sessões a {at:%a %H:%M}; o próximo horário abre {next:%a %d %b %H:%M}. Indique um motivo para começar mesmo assim.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The customer&apos;s policy asks for a closing note of at least {minimum} characters.</source>
        <translation>A política do cliente pede uma nota de fecho com pelo menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/tools/history.py" line="+23"/>
        <source>{name} is not an AnyDesk connection_trace.txt or trace file; check that you chose the right file.</source>
        <translation>{name} não é um connection_trace.txt nem um ficheiro de registo do AnyDesk; verifique se escolheu o ficheiro certo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a TeamViewer Connections.txt or Connections_incoming.txt; check that you chose the right file.</source>
        <translation>{name} não é um Connections.txt nem um Connections_incoming.txt do TeamViewer; verifique se escolheu o ficheiro certo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a Zoho Assist reports export (CSV); check that you chose the right file.</source>
        <translation>{name} não é uma exportação de relatórios do Zoho Assist (CSV); verifique se escolheu o ficheiro certo.</translation>
    </message>
    <message>
        <location filename="../../app/core/input_file.py" line="+31"/>
        <source>{path}: there is no such file.</source>
        <translation>{path}: esse ficheiro não existe.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: não pode ser lido ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/tools/iperius.py" line="+44"/>
        <source>Iperius Remote was not found on this computer; install it or give the path to IperiusRemote.exe in the settings.</source>
        <translation>O Iperius Remote não foi encontrado neste computador; instale-o ou indique o caminho para o IperiusRemote.exe nas definições.</translation>
    </message>
    <message>
        <location filename="../../app/tools/launcher.py" line="+40"/>
        <source>This computer has no way to open {name}&apos;s link.</source>
        <translation>Este computador não consegue abrir a ligação do {name}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} could not be started: {program} does not exist; check its path in the settings.</source>
        <translation>Não foi possível iniciar o {name}: {program} não existe; verifique o caminho nas definições.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} could not be started ({reason}); check its path in the settings.</source>
        <translation>Não foi possível iniciar o {name} ({reason}); verifique o caminho nas definições.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{tool} closed before it read the password; type the password into it instead.</source>
        <translation>O {tool} fechou antes de ler a palavra-passe; escreva a palavra-passe diretamente no programa.</translation>
    </message>
    <message>
        <location filename="../../app/tools/program.py" line="+48"/>
        <source>The configured {tool} program {path!r} does not exist or cannot be run; correct the path in the settings.</source>
        <translation>O programa {tool} configurado {path!r} não existe ou não pode ser executado; corrija o caminho nas definições.</translation>
    </message>
    <message>
        <location filename="../../app/tools/secret_store.py" line="+58"/>
        <source>This computer has no usable password store (keyring), so AssistDesk will not keep the secret; set up one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager and try again.</source>
        <translation>Este computador não tem um porta-chaves utilizável, por isso o AssistDesk não guarda o segredo; configure um, como o GNOME Keyring, o KWallet, as Chaves do macOS ou o Gestor de Credenciais do Windows, e tente novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password store {backend} keeps secrets unencrypted in the file {file}, so AssistDesk will neither store nor read secrets there; set up or unlock a real one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager, and uninstall keyrings.alt or stop choosing it (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</source>
        <translation>O porta-chaves {backend} guarda os segredos sem cifra no ficheiro {file}, por isso o AssistDesk não guarda nem lê segredos nele; configure ou desbloqueie um verdadeiro, como o GNOME Keyring, o KWallet, as Chaves do macOS ou o Gestor de Credenciais do Windows, e desinstale o keyrings.alt ou deixe de o escolher (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password store {backend} asks for its own password on a terminal, which AssistDesk&apos;s window and mail sender cannot answer, so AssistDesk will not use it; set up or unlock a real one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager, and stop choosing {backend} (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</source>
        <translation>O porta-chaves {backend} pede a sua própria palavra-passe num terminal, a que a janela e o envio de correio do AssistDesk não podem responder, por isso o AssistDesk não o usa; configure ou desbloqueie um verdadeiro, como o GNOME Keyring, o KWallet, as Chaves do macOS ou o Gestor de Credenciais do Windows, e deixe de escolher {backend} (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>An empty {name} is not stored; give the secret itself.</source>
        <translation>Um {name} vazio não é guardado; indique o próprio segredo.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The password store refused to read the {name} ({reason}); unlock it and try again.</source>
        <translation>O porta-chaves recusou-se a ler {name} ({reason}); desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password store refused to store the {name} ({reason}); unlock it and try again.</source>
        <translation>O porta-chaves recusou-se a guardar {name} ({reason}); desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password store refused to delete the {name} ({reason}); unlock it and try again.</source>
        <translation>O porta-chaves recusou-se a eliminar {name} ({reason}); desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../app/tools/zoho_assist.py" line="+87"/>
        <source>No Zoho Assist API token is stored; add one in the settings, or give your Zoho Assist session URL instead.</source>
        <translation>Não está guardado nenhum token da API do Zoho Assist; adicione um nas definições ou indique antes a sua ligação de sessão Zoho Assist.</translation>
    </message>
    <message>
        <location filename="../../app/tools/zoho_reports.py" line="+172"/>
        <source>{name} is not a Zoho Assist reports export: its first line should name the columns, among them a start time and the customer, computer or device.</source>
        <translation>{name} não é uma exportação de relatórios do Zoho Assist: a primeira linha deve ter os nomes das colunas, entre elas a hora de início e o cliente, computador ou dispositivo.</translation>
    </message>
    <message>
        <location filename="../../app/tools/zoho_session_api.py" line="+41"/>
        <source>{host!r} is not a Zoho Assist data centre such as assist.zoho.com or assist.zoho.eu; correct it in the settings.</source>
        <translation>{host!r} não é um centro de dados Zoho Assist, como assist.zoho.com ou assist.zoho.eu; corrija-o nas definições.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Zoho Assist answered without a session link; try again, or start the session at assist.zoho.com.</source>
        <translation>O Zoho Assist respondeu sem ligação de sessão; tente novamente ou inicie a sessão em assist.zoho.com.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{url!r} is not a Zoho Assist https link; check the session URL.</source>
        <translation>{url!r} não é uma ligação https do Zoho Assist; verifique a ligação da sessão.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Zoho Assist refused to create a session (HTTP {code}); check the API token in the settings.</source>
        <translation>O Zoho Assist recusou-se a criar uma sessão (HTTP {code}); verifique o token da API nas definições.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho Assist refused to create a session (HTTP {code}); try again.</source>
        <translation>O Zoho Assist recusou-se a criar uma sessão (HTTP {code}); tente novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho Assist cannot be reached ({reason}); check the connection.</source>
        <translation>Não é possível contactar o Zoho Assist ({reason}); verifique a ligação à Internet.</translation>
    </message>
    <message>
        <location filename="../../app/mail/mail_setup.py" line="+47"/>
        <source>Mail is not set up: give the SMTP server in Office → Settings… (the setting mail.server).</source>
        <translation>O email não está configurado: indique o servidor SMTP em Escritório → Definições… (a definição mail.server).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mail has no sender address: give the sender address or the company email in Office → Settings… (the setting mail.sender or company.email).</source>
        <translation>O email não tem endereço de remetente: indique o endereço do remetente ou o email da empresa em Escritório → Definições… (a definição mail.sender ou company.email).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mail.security none sends the password and the mail in clear, so it is only allowed for a server on this computer, not {server}; use starttls or tls.</source>
        <translation>mail.security none envia a palavra-passe e o email sem cifra, por isso só é permitido para um servidor neste computador, não para {server}; use starttls ou tls.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what} {text!r} is not an email address such as office@example.com.</source>
        <translation>{what} {text!r} não é um endereço de email como office@example.com.</translation>
    </message>
    <message>
        <location filename="../../app/mail/smtp.py" line="+79"/>
        <source>No SMTP password is stored: store it with Office → Settings…, Set the SMTP password.</source>
        <translation>Não há palavra-passe SMTP guardada: guarde-a em Escritório → Definições…, Definir a palavra-passe SMTP.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mail server {where} refused the login of {user} ({reply}).</source>
        <translation>O servidor de email {where} recusou o início de sessão de {user} ({reply}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {where} does not offer STARTTLS; use tls or none.</source>
        <translation>O servidor de email {where} não oferece STARTTLS; use tls ou none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot use the mail server {where} ({reason}).</source>
        <translation>Não é possível usar o servidor de email {where} ({reason}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mail server stopped answering ({reason}).</source>
        <translation>O servidor de email deixou de responder ({reason}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection was lost after the message was handed over, so it may or may not have arrived ({reason}).</source>
        <translation>A ligação perdeu-se depois de a mensagem ser entregue ao servidor, por isso pode ou não ter chegado ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/mail/templates.py" line="+147"/>
        <source>{path}: line 1: must start with “Subject: …”.</source>
        <translation>{path}: linha 1: tem de começar por “Subject: …”.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="+371"/>
        <source>The database {file} is a folder, a device or a pipe, not a file; give the path of a SQLite file (or of one to create).</source>
        <translation>A base de dados {file} é uma pasta, um dispositivo ou um pipe, não um ficheiro; indique o caminho de um ficheiro SQLite (ou de um a criar).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/storage/faults.py" line="+133"/>
        <source>The database {file} is damaged ({problem}), so AssistDesk will not write to it; close AssistDesk and put your latest backup of it in its place.</source>
        <translation>A base de dados {file} está danificada ({problem}), por isso o AssistDesk não escreve nela; feche o AssistDesk e ponha no lugar dela a sua cópia de segurança mais recente.</translation>
    </message>
    <message>
        <location filename="../../app/core/document_numbers.py" line="+16"/>
        <source>The number format {pattern!r} must contain {{{field}}} once, so that numbers are unique across series and years.</source>
        <translation>O formato de numeração {pattern!r} tem de conter {{{field}}} uma vez, para que os números sejam únicos entre séries e anos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number format {pattern!r} holds a control character ({found}).</source>
        <translation>O formato de numeração {pattern!r} contém um carácter de controlo ({found}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number format {pattern!r} could give two documents the same number; part the series from its neighbours with a space, / or . (and the sequence with anything but a digit).</source>
        <translation>O formato de numeração {pattern!r} pode dar o mesmo número a dois documentos; separe a série dos campos vizinhos com um espaço, / ou . (e a sequência com algo que não seja um algarismo).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number format {pattern!r} can make numbers longer than {limit} characters.</source>
        <translation>O formato de numeração {pattern!r} pode gerar números com mais de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The number format {pattern!r} has a brace without its pair.</source>
        <translation>O formato de numeração {pattern!r} tem uma chaveta sem par.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number format {pattern!r} uses {field}; only {{series}}, {{year}} and {{seq}} (with a width such as {{seq:04d}}) are known.</source>
        <translation>O formato de numeração {pattern!r} usa {field}; só se conhecem {{series}}, {{year}} e {{seq}} (com uma largura como {{seq:04d}}).</translation>
    </message>
    <message>
        <location filename="../../app/core/money.py" line="-41"/>
        <location line="+47"/>
        <source>{text!r} is too large an amount; AssistDesk records amounts up to {largest}.</source>
        <translation>{text!r} é um valor demasiado grande; o AssistDesk regista valores até {largest}.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{text!r} has more decimals than AssistDesk records ({places}).</source>
        <translation>{text!r} tem mais casas decimais do que o AssistDesk regista ({places}).</translation>
    </message>
    <message>
        <location filename="../../app/core/policy_source.py" line="+8"/>
        <source>{path}: tables or arrays are nested more than {levels} levels deep; a policy file needs far fewer.</source>
        <translation>{path}: as tabelas ou listas estão encaixadas a mais de {levels} níveis; um ficheiro de política precisa de muito menos.</translation>
    </message>
    <message>
        <location filename="../../app/core/pricing.py" line="-97"/>
        <source>An offer must be more than zero, at least {smallest}.</source>
        <translation>Um valor proposto tem de ser maior do que zero, pelo menos {smallest}.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>This session would cost {total} {currency}, more than AssistDesk can record ({largest}); check the policy&apos;s prices and the session&apos;s length.</source>
        <translation>Esta sessão custaria {total} {currency}, mais do que o AssistDesk consegue registar ({largest}); verifique os preços da política e a duração da sessão.</translation>
    </message>
    <message>
        <location filename="../../app/services/document_records.py" line="+90"/>
        <source>The number {number} is already on another document (the number format was changed since); choose a number format that makes new numbers.</source>
        <translation>O número {number} já está noutro documento (o formato de numeração foi alterado entretanto); escolha um formato de numeração que gere números novos.</translation>
    </message>
    <message>
        <location filename="../../app/services/paid_services.py" line="-27"/>
        <source>A paid service&apos;s amount must be more than zero, at least {smallest}.</source>
        <translation>O valor de um serviço pago tem de ser maior do que zero, pelo menos {smallest}.</translation>
    </message>
    <message>
        <location filename="../../app/services/receipts.py" line="-135"/>
        <source>A payment must be more than zero, at least {smallest}.</source>
        <translation>Um pagamento tem de ser maior do que zero, pelo menos {smallest}.</translation>
    </message>
    <message>
        <location filename="../../app/core/input_file.py" line="-16"/>
        <source>{path}: is not a regular file (a device or a pipe); give a file.</source>
        <translation>{path}: não é um ficheiro normal (é um dispositivo ou um pipe); indique um ficheiro.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{path}: is a folder; give the file itself.</source>
        <translation>{path}: é uma pasta; indique o próprio ficheiro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/core/policy_source.py" line="-16"/>
        <source>{path}: is larger than {size}, more than such a file ever is.</source>
        <translation>{path}: tem mais de {size}, mais do que um ficheiro destes alguma vez tem.</translation>
    </message>
    <message>
        <location filename="../../app/tools/zoho_reports.py" line="-128"/>
        <source>no start time that can be read</source>
        <translation>nenhuma hora de início legível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an end time or duration that cannot be read</source>
        <translation>uma hora de fim ou duração ilegível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cells the CSV reader cannot separate</source>
        <translation>células que o leitor de CSV não consegue separar</translation>
    </message>
    <message>
        <location filename="../../app/core/zones.py" line="+30"/>
        <source>{name!r} is not a time zone such as Europe/Lisbon.</source>
        <translation>{name!r} não é um fuso horário como Europe/Lisbon.</translation>
    </message>
    <message>
        <location filename="../../app/tools/evidence.py" line="+95"/>
        <source>not a line of this file&apos;s kind</source>
        <translation>não é uma linha deste tipo de ficheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time outside the years 1970 to 2999</source>
        <translation>uma hora fora dos anos 1970 a 2999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date or time that does not exist</source>
        <translation>uma data ou hora que não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes that are not text</source>
        <translation>bytes que não são texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it ends before it starts</source>
        <translation>termina antes de começar</translation>
    </message>
    <message>
        <location filename="../../app/setting_rules.py" line="+38"/>
        <source>{key}: {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{key} holds a control character ({character}); type plain text.</source>
        <translation>{key} contém um carácter de controlo ({character}); escreva texto simples.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{key} can be at most {limit} characters long.</source>
        <translation>{key} pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{key} must be from {lowest} to {highest}, not {value}.</source>
        <translation>{key} tem de estar entre {lowest} e {highest}, não {value}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{key}: {value!r} is not a valid {what} (check the characters).</source>
        <translation>{key}: {value!r} não é um {what} válido (verifique os caracteres).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{key}: {path} is not a PNG or JPEG image; give the logo as one.</source>
        <translation>{key}: {path} não é uma imagem PNG nem JPEG; indique o logótipo num destes formatos.</translation>
    </message>
    <message>
        <location filename="../../app/services/document_records.py" line="-56"/>
        <source>{name}&apos;s sessions were just invoiced on another workstation; nothing was issued and no invoice number was used.</source>
        <translation>As sessões de {name} acabaram de ser faturadas noutro posto de trabalho; nada foi emitido e nenhum número de fatura foi usado.</translation>
    </message>
    <message>
        <location filename="../../app/storage/faults.py" line="-26"/>
        <source>The database {path} has been locked by another AssistDesk (or another program) for more than {seconds} s; nothing was saved, try again when it has finished.</source>
        <translation>A base de dados {path} está bloqueada por outro AssistDesk (ou outro programa) há mais de {seconds} s; nada foi guardado, tente de novo quando ele terminar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {folder} that holds the database is read-only, and AssistDesk must write beside the file; nothing was saved, make the folder writable and try again.</source>
        <translation>A pasta {folder} onde está a base de dados é só de leitura, e o AssistDesk precisa de escrever ao lado do ficheiro; nada foi guardado, permita a escrita na pasta e tente de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file {path} is read-only; nothing was saved, make it writable for your user and try again.</source>
        <translation>O ficheiro da base de dados {path} é só de leitura; nada foi guardado, permita que o seu utilizador o escreva e tente de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file {path} cannot be opened; check that your user may read and write it and its folder, then try again.</source>
        <translation>O ficheiro da base de dados {path} não pode ser aberto; verifique se o seu utilizador o pode ler e escrever, a ele e à sua pasta, e tente de novo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The disk holding the database {path} failed to read or write it ({reason}); nothing was saved, check the disk and try again.</source>
        <translation>O disco da base de dados {path} falhou ao lê-la ou escrevê-la ({reason}); nada foi guardado, verifique o disco e tente de novo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AssistDesk may not write {file} ({reason}); nothing was saved, make it writable for your user or give another database, then try again.</source>
        <translation>O AssistDesk não pode escrever em {file} ({reason}); nada foi guardado, permita que o seu utilizador o escreva ou indique outra base de dados e tente de novo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk holding the database {path} is full; nothing was saved, free some space on it and try again.</source>
        <translation>O disco da base de dados {path} está cheio; nada foi guardado, liberte algum espaço nele e tente de novo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database {name} no longer exists on the server {server}; nothing was saved, ask its administrator to restore it or point AssistDesk at another database.</source>
        <translation>A base de dados {name} já não existe no servidor {server}; nada foi guardado, peça ao administrador que a reponha ou indique ao AssistDesk outra base de dados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot reach the database server {server} ({reason}); nothing was saved, check that it is running and that this computer can reach it, then try again.</source>
        <translation>Não é possível contactar o servidor da base de dados {server} ({reason}); nada foi guardado, verifique se está a funcionar e se este computador o alcança, e tente de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost the connection to the database server {server} ({reason}); nothing was saved, try again.</source>
        <translation>Perdeu-se a ligação ao servidor da base de dados {server} ({reason}); nada foi guardado, tente de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk of the database server {server} is full; nothing was saved, ask its administrator to free some space, then try again.</source>
        <translation>O disco do servidor da base de dados {server} está cheio; nada foi guardado, peça ao administrador que liberte espaço e tente de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database server {server} only allows reading (a read-only or standby server); nothing was saved, point AssistDesk at the main server.</source>
        <translation>O servidor da base de dados {server} só permite leitura (um servidor só de leitura ou de reserva); nada foi guardado, indique ao AssistDesk o servidor principal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The records this needs on {server} stayed locked by another workstation for longer than the server waits; nothing was saved, try again when it has finished.</source>
        <translation>Os registos de que isto precisa em {server} ficaram bloqueados por outro posto de trabalho mais tempo do que o servidor espera; nada foi guardado, tente de novo quando ele terminar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another workstation changed the same records at the same moment; nothing was saved, try again.</source>
        <translation>Outro posto de trabalho alterou os mesmos registos no mesmo momento; nada foi guardado, tente de novo.</translation>
    </message>
    <message>
        <location filename="../../app/core/timetext.py" line="-22"/>
        <source>{text!r} is outside the dates AssistDesk accepts, {first} to {last}.</source>
        <translation>{text!r} está fora das datas que o AssistDesk aceita, de {first} a {last}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{text!r} is longer than {longest}, the longest session AssistDesk accepts.</source>
        <translation>{text!r} é mais longo do que {longest}, a sessão mais longa que o AssistDesk aceita.</translation>
    </message>
    <message>
        <location filename="../../app/services/output_file.py" line="+49"/>
        <source>Give the name of the file to write.</source>
        <translation>Indique o nome do ficheiro a escrever.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+139"/>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} é um ficheiro, não uma pasta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name {name} is longer than this disk allows ({longest} bytes).</source>
        <translation>O nome de ficheiro {name} é mais longo do que este disco permite ({longest} bytes).</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{path} is a device or a pipe, not a file; AssistDesk writes only to files.</source>
        <translation>{path} é um dispositivo ou um pipe, não um ficheiro; o AssistDesk só escreve em ficheiros.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is a folder; give a file name in it.</source>
        <translation>{path} é uma pasta; indique o nome de um ficheiro dentro dela.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} could not be written: the disk is full ({reason}).</source>
        <translation>Não foi possível escrever {path}: o disco está cheio ({reason}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a longer name than this disk allows; give a shorter one.</source>
        <translation>{path} é um nome mais longo do que este disco permite; indique um mais curto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} could not be written ({reason}).</source>
        <translation>Não foi possível escrever {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be written here ({reason}); choose another folder.</source>
        <translation>Não é possível escrever {path} aqui ({reason}); escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../../app/core/credit_note.py" line="+169"/>
        <source>{text!r} is not a list of line numbers such as 1,3.</source>
        <translation>{text!r} não é uma lista de números de linha como 1,3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line numbers start at 1 and go up to {largest}; {number} is not one.</source>
        <translation>Os números de linha vão de 1 a {largest}; {number} não é um deles.</translation>
    </message>
    <message>
        <location filename="../../app/services/refunds.py" line="-56"/>
        <source>A refund must be more than zero, at least {smallest}.</source>
        <translation>Uma devolução tem de ser maior do que zero, pelo menos {smallest}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A refund&apos;s note is at most {length} characters.</source>
        <translation>A nota de uma devolução tem no máximo {length} carateres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refund date {date} is in the future.</source>
        <translation>A data de devolução {date} está no futuro.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{customer} has {credit} {currency} of credit; a refund of {amount} is more than that.</source>
        <translation>{customer} tem {credit} {currency} de crédito; uma devolução de {amount} é mais do que isso.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{customer} has no credit to refund.</source>
        <translation>{customer} não tem crédito a devolver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{customer} has credit in {currencies}; say which currency to refund.</source>
        <translation>{customer} tem crédito em {currencies}; indique que moeda devolver.</translation>
    </message>
    <message>
        <location filename="../../app/core/invoice.py" line="-54"/>
        <source>The discounts at {rate} % come to more than the lines at that rate; a discount lowers lines of its own VAT rate.</source>
        <translation>Os descontos à taxa de {rate} % somam mais do que as linhas a essa taxa; um desconto reduz as linhas da sua própria taxa de IVA.</translation>
    </message>
    <message>
        <location filename="../../app/core/money.py" line="-37"/>
        <source>{text!r} is not a currency code such as EUR (ISO 4217).</source>
        <translation>{text!r} não é um código de moeda como EUR (ISO 4217).</translation>
    </message>
    <message>
        <location filename="../../app/services/invoice_plan.py" line="-76"/>
        <source>{name}&apos;s sessions are in {currencies}; choose one currency per invoice.</source>
        <translation>As sessões de {name} estão em {currencies}; escolha uma moeda por fatura.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} has no policy to take the invoice&apos;s currency from; choose the currency (--currency).</source>
        <translation>{name} não tem política de onde tirar a moeda da fatura; escolha a moeda (--currency).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s sessions are in {currencies}; choose the currency of the typed lines (--currency).</source>
        <translation>As sessões de {name} estão em {currencies}; escolha a moeda das linhas escritas (--currency).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} has no policy to say whether typed prices include VAT; end each line with ;incl or ;excl.</source>
        <translation>{name} não tem política que diga se os preços escritos incluem IVA; termine cada linha com ;incl ou ;excl.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} has nothing to invoice in {currency}; their sessions are in {currencies}.</source>
        <translation>{name} não tem nada para faturar em {currency}; as suas sessões estão em {currencies}.</translation>
    </message>
    <message>
        <location filename="../../app/core/manual_lines.py" line="-19"/>
        <source>{text!r} is not an invoice line; write DESCRIPTION;QUANTITY;UNIT PRICE;VAT %, such as {example!r}.</source>
        <translation>{text!r} não é uma linha de fatura; escreva DESCRIÇÃO;QUANTIDADE;PREÇO UNITÁRIO;IVA %, como {example!r}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An invoice line needs a description, such as {example!r}.</source>
        <translation>Uma linha de fatura precisa de uma descrição, como {example!r}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description of a line holds a control character ({found}).</source>
        <translation>A descrição de uma linha contém um carácter de controlo ({found}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The description of a line is longer than {longest} characters.</source>
        <translation>A descrição de uma linha tem mais de {longest} caracteres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The VAT rate of {description!r} must be from 0 to 100 %, not {text!r}.</source>
        <translation>A taxa de IVA de {description!r} tem de estar entre 0 e 100 %, não {text!r}.</translation>
    </message>
    <message>
        <location filename="../../app/core/invoice_document.py" line="+65"/>
        <source>{number} was drawn by a newer AssistDesk (document layout {version}); update AssistDesk to print it.</source>
        <translation>{number} foi gerado por uma versão mais recente do AssistDesk (modelo de documento {version}); atualize o AssistDesk para o imprimir.</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="-76"/>
        <source>{file} beside the database is a link, a folder or a pipe, not SQLite&apos;s own file, so AssistDesk will not write through it; remove it if you did not make it.</source>
        <translation>{file}, ao lado da base de dados, é uma ligação, uma pasta ou um pipe, não o ficheiro do próprio SQLite, por isso o AssistDesk não escreve através dele; remova-o se não foi você a criá-lo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{file} is not a SQLite database; give the path of AssistDesk&apos;s database, or of a file to create.</source>
        <translation>{file} não é uma base de dados SQLite; indique o caminho da base de dados do AssistDesk, ou de um ficheiro a criar.</translation>
    </message>
    <message>
        <location filename="../../app/services/output_file.py" line="-93"/>
        <source>{path} is a symbolic link, and AssistDesk writes an export only to a file of its own name (in a shared folder another user may have made the link); give the name of the file itself.</source>
        <translation>{path} é uma ligação simbólica, e o AssistDesk só escreve uma exportação num ficheiro com o seu próprio nome (numa pasta partilhada, outro utilizador pode ter criado a ligação); indique o nome do próprio ficheiro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is in AssistDesk&apos;s own folder {folder}, beside its database, settings or log; write the export somewhere else.</source>
        <translation>{path} está na pasta do próprio AssistDesk {folder}, junto da sua base de dados, definições ou registo; escreva a exportação noutro lugar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is AssistDesk&apos;s database or a file kept beside it ({database}); write the export somewhere else.</source>
        <translation>{path} é a base de dados do AssistDesk ou um ficheiro guardado junto dela ({database}); escreva a exportação noutro lugar.</translation>
    </message>
    <message>
        <location filename="../../app/storage/engine.py" line="+34"/>
        <source>The URL given is not a database URL such as sqlite:///path/to/file.sqlite3 or postgresql://user@host:5432/dbname (a port is a number from 1 to 65535).</source>
        <translation>O URL indicado não é um URL de base de dados como sqlite:///path/to/file.sqlite3 ou postgresql://user@host:5432/dbname (uma porta é um número de 1 a 65535).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A SQLite database URL takes no {name} setting; the only one it takes is timeout (the seconds to wait for a lock).</source>
        <translation>Um URL de base de dados SQLite não aceita a definição {name}; a única que aceita é timeout (os segundos de espera por um bloqueio).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database URL gives timeout more than once; give it once.</source>
        <translation>O URL da base de dados indica timeout mais de uma vez; indique-o uma só vez.</translation>
    </message>
    <message>
        <location filename="../../app/settings_file.py" line="+36"/>
        <source>{path}: the settings cannot be read ({error}), so nothing was written; correct or remove the file first.</source>
        <translation>{path}: não é possível ler as definições ({error}), por isso nada foi escrito; corrija ou remova primeiro o ficheiro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{key!r} is not a setting AssistDesk knows: it is ignored, and left out when the settings are next saved.</source>
        <translation>{key!r} não é uma definição que o AssistDesk conheça: é ignorada, e omitida quando as definições forem guardadas.</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="-38"/>
        <source>{path}: {problem}; fix it with `assistdesk settings set {key} …`.</source>
        <translation>{path}: {problem}; corrija com `assistdesk settings set {key} …`.</translation>
    </message>
    <message>
        <location filename="../../app/core/invoice.py" line="+37"/>
        <source>This invoice would total {total} {currency}, more than AssistDesk can record ({largest}); invoice fewer sessions at a time (up to an earlier day).</source>
        <translation>Esta fatura totalizaria {total} {currency}, mais do que o AssistDesk consegue registar ({largest}); fature menos sessões de cada vez (até um dia anterior).</translation>
    </message>
    <message>
        <location filename="../../app/core/timetext.py" line="-98"/>
        <source>{text!r} does not exist in {zone}: the clocks skip it when summer time starts; give a time after the change, such as {after}.</source>
        <translation>{text!r} não existe em {zone}: os relógios saltam essa hora quando começa a hora de verão; indique uma hora depois da mudança, como {after}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this computer&apos;s time zone ({name})</source>
        <translation>o fuso horário deste computador ({name})</translation>
    </message>
    <message>
        <location filename="../../app/storage/faults.py" line="-149"/>
        <source>The database cannot keep a value given here ({reason}); nothing was saved: give a shorter text or a smaller number.</source>
        <translation>A base de dados não consegue guardar um valor indicado aqui ({reason}); nada foi guardado: indique um texto mais curto ou um número menor.</translation>
    </message>
    <message>
        <location filename="../../app/services/invoice_documents.py" line="+76"/>
        <source>Set the company&apos;s name first: Office → Settings…, Company name (the setting company.name).</source>
        <translation>Indique primeiro o nome da empresa: Escritório → Definições…, Nome da empresa (a definição company.name).</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <location filename="../../app/ui/today/appointment_dialogs.py" line="+56"/>
        <source>Appointment missed</source>
        <translation>Marcação falhada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation>Reagendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anyway…</source>
        <translation>Começar mesmo assim…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../app/ui/session/session_extras_view.py" line="+43"/>
        <source>Type a note and press Enter…</source>
        <translation>Escreva uma nota e carregue em Enter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
</context>
<context>
    <name>OpenedDesk</name>
    <message>
        <location filename="../../app/ui/shell/opening.py" line="+54"/>
        <source>{where} (created)</source>
        <translation>{where} (criada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new database was created here.</source>
        <translation>Foi criada aqui uma base de dados nova.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgraded from schema {revision}; the previous file was copied to {backup}.</source>
        <translation>Atualizado do esquema {revision}; o ficheiro anterior foi copiado para {backup}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgraded from schema {revision}.</source>
        <translation>Atualizado do esquema {revision}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} (upgraded)</source>
        <translation>{where} (atualizado)</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../app/ui/office/outbox/outbox_model.py" line="+21"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Queued</source>
        <translation>Em fila</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held for review</source>
        <translation>Retida para revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invitation</source>
        <translation>Convite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescheduled</source>
        <translation>Reagendada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation</source>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session summary</source>
        <translation>Resumo da sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no address)</source>
        <translation>(sem endereço)</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../app/ui/office/outbox/outbox_window.py" line="+45"/>
        <source>Select a message to preview it.</source>
        <translation>Selecione uma mensagem para a pré-visualizar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail is not set up (Office → Settings…, SMTP server): messages wait here.</source>
        <translation>O email não está configurado (Escritório → Definições…, servidor SMTP): as mensagens esperam aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held for review: Send it when it reads right, or Discard it.</source>
        <translation>Retida para revisão: Envie-a quando estiver correta, ou Descarte-a.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All messages</source>
        <translation>Todas as mensagens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this message with the queue</source>
        <translation>Enviar esta mensagem com a fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>To: {address}</source>
        <translation>Para: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: {subject}</source>
        <translation>Assunto: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status}, {attempts} attempt(s)</source>
        <translation>{status}, {attempts} tentativa(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached: {files}</source>
        <translation>Anexos: {files}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem: {error}</source>
        <translation>Problema: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;i&gt;This message has no HTML part.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Esta mensagem não tem parte HTML.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/office/ledger_dialogs.py" line="+36"/>
        <source>Bank transfer</source>
        <translation>Transferência bancária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Numerário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{open} open; {excess} will be kept as the customer&apos;s credit.</source>
        <translation>{open} em aberto; {excess} fica como crédito do cliente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{text} is not an amount; write it like 12.50.</source>
        <translation>{text} não é um valor; escreva-o como 12.50.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Record a payment for {number}</source>
        <translation>Registar um pagamento de {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record payment</source>
        <translation>Registar pagamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Valor recebido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Meio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A receipt is issued for the payment.</source>
        <translation>É emitido um recibo do pagamento.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{left} will stay open.</source>
        <translation>{left} fica em aberto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This settles the invoice.</source>
        <translation>Isto liquida a fatura.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/ui/office/pdf_preview.py" line="+50"/>
        <source>The document could not be shown: its PDF cannot be read.</source>
        <translation>Não foi possível mostrar o documento: o PDF não pode ser lido.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The printer could not be started; check that it is on and ready.</source>
        <translation>Não foi possível iniciar a impressora; verifique se está ligada e pronta.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../app/ui/office/period_dialog.py" line="+48"/>
        <location filename="../../app/ui/office/period_invoicing.py" line="+156"/>
        <location line="+15"/>
        <source>Create invoices for a period</source>
        <translation>Criar faturas de um período</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issue invoices</source>
        <translation>Emitir faturas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Every customer&apos;s ended, priced sessions that are on no invoice yet (or that a credit note gave back), up to and including the last day, make one invoice per customer and currency. Untick an invoice to leave it for later.</source>
        <translation>As sessões terminadas e com preço de cada cliente que ainda não estão em nenhuma fatura (ou que uma nota de crédito devolveu), até ao último dia inclusive, fazem uma fatura por cliente e moeda. Desmarque uma fatura para a deixar para mais tarde.</translation>
    </message>
</context>
<context>
    <name>PeriodInvoicing</name>
    <message>
        <location filename="../../app/ui/office/period_invoicing.py" line="-125"/>
        <source>Nobody has sessions to invoice up to {day}.</source>
        <translation>Ninguém tem sessões por faturar até {day}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{names} and {count} more</source>
        <translation>{names} e mais {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue 1 invoice, for {names}, of {amounts}?</source>
        <translation>Emitir 1 fatura, para {names}, de {amounts}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue {count} invoices, for {names}, of {amounts} in all?</source>
        <translation>Emitir {count} faturas, para {names}, de {amounts} no total?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued invoices are numbered and final: a mistake is corrected with a credit note.</source>
        <translation>As faturas emitidas são numeradas e definitivas: um erro corrige-se com uma nota de crédito.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Issue 1 invoice</source>
        <translation>Emitir 1 fatura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue {count} invoices</source>
        <translation>Emitir {count} faturas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Issuing invoices…</source>
        <translation>A emitir faturas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Issuing the invoice for {customer} ({n} of {total})…</source>
        <translation>A emitir a fatura de {customer} ({n} de {total})…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Issued 1 invoice</source>
        <translation>1 fatura emitida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued {count} invoices</source>
        <translation>{count} faturas emitidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} could not be issued (see Result)</source>
        <translation>{count} não foi/foram emitida(s) (ver Resultado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the other {count}</source>
        <translation>parado antes das outras {count}</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>1 invoice to issue: {amounts}</source>
        <translation>1 fatura a emitir: {amounts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} invoices to issue: {amounts}</source>
        <translation>{count} faturas a emitir: {amounts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} cannot be issued as it stands (see Result)</source>
        <translation>{count} não pode(m) ser emitida(s) assim (ver Resultado)</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <location filename="../../app/ui/office/policy_page_view.py" line="+29"/>
        <source>Longer than</source>
        <translation>Mais de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+63"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Price table</source>
        <translation>Tabela de preços</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy file (TOML)</source>
        <translation>Ficheiro da política (TOML)</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../app/ui/office/policy_page.py" line="+54"/>
        <source>The price is agreed with the customer for each session, so there is no table.</source>
        <translation>O preço é acordado com o cliente em cada sessão, por isso não há tabela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices of a resolved session inside opening hours, before any free minutes.</source>
        <translation>Preços de uma sessão resolvida dentro do horário, antes de minutos gratuitos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows in grey are longer than the policy&apos;s maximum ({limit} minutes).</source>
        <translation>As linhas a cinzento passam o máximo da política ({limit} minutos).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be used</source>
        <translation>não pode ser usada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preset</source>
        <translation>predefinida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office</source>
        <translation>escritório</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Longer than the policy&apos;s maximum session length</source>
        <translation>Mais longa do que a duração máxima da política</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office&apos;s file {path}. Saving replaces it.</source>
        <translation>O ficheiro do escritório {path}. Guardar substitui-o.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It overrides the preset of the same id; remove it to use the preset.</source>
        <translation>Substitui a predefinida com o mesmo id; apague-o para usar a predefinida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A preset shipped with AssistDesk ({path}), read-only here. Saving writes the office&apos;s copy, {target}, which is used instead of it.</source>
        <translation>Uma predefinição fornecida com o AssistDesk ({path}), só de leitura aqui. Guardar escreve a cópia do escritório, {target}, que passa a ser usada em vez dela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file ({path}), read-only here. Saving writes the office&apos;s copy, {target}, which is used instead of it.</source>
        <translation>O ficheiro ({path}), só de leitura aqui. Guardar escreve a cópia do escritório, {target}, que passa a ser usada em vez dele.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid — the summary shows this text; Save to use it.</source>
        <translation>Válida — o resumo mostra este texto; Guarde para a usar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved policy {id} to {path}.</source>
        <translation>Política {id} guardada em {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy&apos;s text was changed and not saved. Discard the changes?</source>
        <translation>O texto da política foi alterado e não foi guardado. Descartar as alterações?</translation>
    </message>
</context>
<context>
    <name>PriceLines</name>
    <message>
        <location filename="../../app/ui/display.py" line="-52"/>
        <source>First {minutes} minutes</source>
        <translation>Primeiros {minutes} minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further {minutes}-minute block</source>
        <translation>Bloco adicional de {minutes} minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours fee</source>
        <translation>Taxa fora de horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours surcharge ({percent} %)</source>
        <translation>Sobretaxa fora de horas ({percent} %)</translation>
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
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message>
        <location filename="../../app/ui/shell/quit_prompt.py" line="+30"/>
        <source>The session with {customer} is still running.</source>
        <translation>A sessão com {customer} ainda está a decorrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End it now, or keep it running with the window hidden (the tray icon brings it back)?</source>
        <translation>Terminá-la agora, ou mantê-la a decorrer com a janela escondida (o ícone na área de notificação trá-la de volta)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End it now before closing AssistDesk?</source>
        <translation>Terminá-la agora antes de fechar o AssistDesk?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End session…</source>
        <translation>Terminar sessão…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it running</source>
        <translation>Manter a decorrer</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/reason_dialog.py" line="+41"/>
        <source>The reason is kept in the record</source>
        <translation>O motivo fica registado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
</context>
<context>
    <name>ReconcileWindow</name>
    <message>
        <location filename="../../app/ui/office/reconcile/reconcile_model.py" line="+21"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Remote ID</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tool&apos;s start</source>
        <translation>Início no programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool&apos;s end</source>
        <translation>Fim no programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool&apos;s length</source>
        <translation>Duração no programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged length</source>
        <translation>Duração registada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/reconcile/reconcile_window.py" line="+164"/>
        <source>line {number} ({problem})</source>
        <translation>linha {number} ({problem})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} more</source>
        <translation>mais {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines that could not be read and were skipped: {count} — {lines}.</source>
        <translation>Linhas que não foi possível ler e foram ignoradas: {count} — {lines}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/shell/recovery.py" line="+52"/>
        <source>Session left open</source>
        <translation>Sessão deixada aberta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AssistDesk stopped while this session was open. Resume it, or end it at the time it really ended.</source>
        <translation>O AssistDesk parou com esta sessão aberta. Retome-a ou termine-a à hora em que realmente terminou.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another session is already on the desk.</source>
        <translation>Já há outra sessão na secretária.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End at…</source>
        <translation>Terminar às…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time elapsed</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AssistDesk last seen running</source>
        <translation>AssistDesk visto a funcionar pela última vez</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../app/ui/today/appointment_dialogs.py" line="-31"/>
        <location line="+1"/>
        <source>Reschedule</source>
        <translation>Reagendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule anyway</source>
        <translation>Reagendar mesmo assim</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked for</source>
        <translation>Marcada para</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <location filename="../../app/ui/today/schedule_text.py" line="+17"/>
        <source>Closed on Mondays</source>
        <translation>Fechado às segundas-feiras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Tuesdays</source>
        <translation>Fechado às terças-feiras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Wednesdays</source>
        <translation>Fechado às quartas-feiras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Thursdays</source>
        <translation>Fechado às quintas-feiras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Fridays</source>
        <translation>Fechado às sextas-feiras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Saturdays</source>
        <translation>Fechado aos sábados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on Sundays</source>
        <translation>Fechado aos domingos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed: closing day</source>
        <translation>Fechado: dia de encerramento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: public holiday</source>
        <translation>Fechado: feriado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open {hours}</source>
        <translation>Aberto {hours}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open at any time</source>
        <translation>Aberto a qualquer hora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({zone} time)</source>
        <translation>(hora de {zone})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Outside opening hours, a holiday</source>
        <translation>Fora do horário, feriado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside opening hours</source>
        <translation>Fora do horário</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{outside}: a {fee} out-of-hours fee applies</source>
        <translation>{outside}: aplica-se uma taxa de {fee} fora de horas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{outside}: a surcharge applies</source>
        <translation>{outside}: aplica-se uma sobretaxa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outside}: a {percent} % surcharge applies</source>
        <translation>{outside}: aplica-se uma sobretaxa de {percent} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{outside} (closed)</source>
        <translation>{outside} (fechado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{outside} (next window opens {when})</source>
        <translation>{outside} (o próximo horário abre {when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{time} in {place}</source>
        <translation>{time} em {place}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Long sessions should be booked (policy: {limit} min)</source>
        <translation>Sessões longas devem ser marcadas (política: {limit} min)</translation>
    </message>
</context>
<context>
    <name>SessionCost</name>
    <message>
        <location filename="../../app/ui/session/session_cost.py" line="+31"/>
        <source>No policy: not priced</source>
        <translation>Sem política: sem preço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price agreed per session</source>
        <translation>Preço acordado por sessão</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Policy {policy} is unavailable: not priced</source>
        <translation>A política {policy} não está disponível: sem preço</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{money} — next block at {time}</source>
        <translation>{money} — próximo bloco às {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{money} — agreed price</source>
        <translation>{money} — preço acordado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free minutes left: {minutes} min</source>
        <translation>Minutos gratuitos restantes: {minutes} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out of hours: surcharge included</source>
        <translation>Fora de horas: sobretaxa incluída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of hours</source>
        <translation>Fora de horas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum of {max} minutes reached — {time}</source>
        <translation>Máximo de {max} minutos atingido — {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{left} min left of the {max}-minute maximum</source>
        <translation>Faltam {left} min para o máximo de {max} minutos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{money} charged</source>
        <translation>{money} cobrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net {net} + VAT {vat}</source>
        <translation>Líquido {net} + IVA {vat}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>free time used {time}</source>
        <translation>tempo gratuito usado {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of hours</source>
        <translation>fora de horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longer than the policy&apos;s maximum</source>
        <translation>Mais longa do que o máximo da política</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not priced</source>
        <translation>Sem preço</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not priced: no offer was agreed</source>
        <translation>Sem preço: nenhum preço foi acordado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Will be charged {total} (net {net}, VAT {vat})</source>
        <translation>Será cobrado {total} (líquido {net}, IVA {vat})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not priced</source>
        <translation>sem preço</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../../app/ui/history/session_details.py" line="+34"/>
        <source>Opened</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection accepted</source>
        <translation>Ligação aceite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>Retomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Corrected</source>
        <translation>Corrigida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set aside</source>
        <translation>Regra posta de parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer accepted</source>
        <translation>Preço aceite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access closed</source>
        <translation>Acesso fechado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic start undone</source>
        <translation>Início automático anulado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the technician pressed Undo</source>
        <translation>o técnico carregou em Anular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} — invoice {number}, line {n}</source>
        <translation>{date} — fatura {number}, linha {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} — service statement {number}, line {n}</source>
        <translation>{date} — nota de serviço {number}, linha {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} — credit note {number}, crediting line {n} of {invoice}</source>
        <translation>{date} — nota de crédito {number}, que credita a linha {n} de {invoice}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session can be invoiced again</source>
        <translation>a sessão pode voltar a ser faturada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted time</source>
        <translation>hora de aceitação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time</source>
        <translation>hora de fim</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{at} — {what} corrected to this time on {when}: {why}</source>
        <translation>{at} — {what} corrigida para esta hora em {when}: {why}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Session {id} — {customer}</source>
        <translation>Sessão {id} — {customer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Equipamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Posto de trabalho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{time} (corrected; originally {original})</source>
        <translation>{time} (corrigida; originalmente {original})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not priced.</source>
        <translation>Sem preço.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free time used: {time}</source>
        <translation>Tempo gratuito usado: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of hours</source>
        <translation>Fora de horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past the policy&apos;s maximum length</source>
        <translation>Acima da duração máxima da política</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices and credit notes</source>
        <translation>Faturas e notas de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not invoiced.</source>
        <translation>Não faturada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence from the tool</source>
        <translation>Provas do programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None recorded.</source>
        <translation>Nenhuma registada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{tool} history, {source}</source>
        <translation>histórico do {tool}, {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tool} seen live, {source}</source>
        <translation>{tool} visto em direto, {source}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../../app/ui/history/session_log_model.py" line="+35"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{state} (open)</source>
        <translation>{state} (aberta)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session {id}</source>
        <translation>Sessão {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy: {policy}</source>
        <translation>Política: {policy}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price: {total} (net {net} + VAT {vat})</source>
        <translation>Preço: {total} (líquido {net} + IVA {vat})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free time used: {time}</source>
        <translation>Tempo gratuito usado: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment: {equipment}</source>
        <translation>Equipamento: {equipment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote ID: {id}</source>
        <translation>ID remoto: {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
</context>
<context>
    <name>SessionNotice</name>
    <message>
        <location filename="../../app/ui/session/session_notice.py" line="+33"/>
        <source>Start session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start session…</source>
        <translation>Iniciar sessão…</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../app/ui/session/session_start.py" line="+66"/>
        <source>Start outside opening hours</source>
        <translation>Iniciar fora do horário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is kept in the session&apos;s history.</source>
        <translation>O motivo fica no histórico da sessão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/session_panel.py" line="+170"/>
        <source>Finish the checklist before the timer starts.</source>
        <translation>Complete a lista de verificação antes de o cronómetro começar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/session_detection.py" line="+117"/>
        <source>Automatic start undone: press Connection accepted when the customer accepts.</source>
        <translation>Início automático anulado: carregue em Ligação aceite quando o cliente aceitar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/session_panel.py" line="+80"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <location filename="../../app/ui/session/session_text.py" line="+25"/>
        <source>Session with {name} ended — {outcome}, {time}, {price}.</source>
        <translation>Sessão com {name} terminada — {outcome}, {time}, {price}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick or add a customer to start a session.</source>
        <translation>Escolha ou adicione um cliente para iniciar uma sessão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to start a session with {name}.</source>
        <translation>Pronto para iniciar uma sessão com {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to {name} — waiting for the customer to accept</source>
        <translation>A ligar a {name} — à espera que o cliente aceite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In session with {name}</source>
        <translation>Em sessão com {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In session with {name} since {time}</source>
        <translation>Em sessão com {name} desde as {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — the timer is stopped for {name}; press Resume to continue</source>
        <translation>Em pausa — o cronómetro está parado para {name}; carregue em Retomar para continuar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session with {name} ended.</source>
        <translation>Sessão com {name} terminada.</translation>
    </message>
</context>
<context>
    <name>SettingProblems</name>
    <message>
        <location filename="../../app/ui/office/setting_problems.py" line="+21"/>
        <source>Settings need attention: {fields}. Open Office → Settings…</source>
        <translation>Há definições a rever: {fields}. Abra Escritório → Definições…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{problem}; correct it in Office → Settings.</source>
        <translation>{problem}; corrija em Escritório → Definições.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file cannot be read</source>
        <translation>não é possível ler o ficheiro</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/office/settings_dialog.py" line="+43"/>
        <source>The SMTP password is stored in the keyring.</source>
        <translation>A palavra-passe SMTP está guardada no porta-chaves.</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/settings_fields.py" line="+25"/>
        <source>This computer&apos;s language</source>
        <translation>O idioma deste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice</source>
        <translation>fatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement</source>
        <translation>nota de serviço</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>Ecrã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection</source>
        <translation>Deteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s</source>
        <translation>O deste computador</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/settings_dialog.py" line="-4"/>
        <source>What you save applies at once, but the language: it changes the next time AssistDesk starts.</source>
        <translation>O que guardar aplica-se de imediato, exceto a língua, que muda no próximo arranque do AssistDesk.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the SMTP &amp;password…</source>
        <translation>Definir a &amp;palavra-passe SMTP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/office/setup_wizard.py" line="+179"/>
        <location filename="../../app/ui/office/smtp_password.py" line="+24"/>
        <source>SMTP password</source>
        <translation>Palavra-passe SMTP</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/setting_rows.py" line="+93"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file</source>
        <translation>Escolha um ficheiro</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/smtp_password.py" line="+1"/>
        <source>Password for the SMTP user:</source>
        <translation>Palavra-passe do utilizador SMTP:</translation>
    </message>
    <message>
        <location filename="../../app/setting_schema.py" line="-156"/>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company address</source>
        <translation>Morada da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company VAT number</source>
        <translation>NIF da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company email</source>
        <translation>Email da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company phone</source>
        <translation>Telefone da empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN for transfers</source>
        <translation>IBAN para transferências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo image file</source>
        <translation>Ficheiro de imagem do logótipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician&apos;s name</source>
        <translation>Nome do técnico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy offered for new customers</source>
        <translation>Política proposta para clientes novos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language (empty: this computer&apos;s)</source>
        <translation>Idioma (vazio: o deste computador)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compact timer over other windows</source>
        <translation>Cronómetro compacto sobre as outras janelas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tray icon with the running time</source>
        <translation>Ícone na área de notificação com o tempo decorrido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the timer when the tool reports it (undo)</source>
        <translation>Iniciar o cronómetro quando o programa o indicar (anulável)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents issued</source>
        <translation>Documentos emitidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of documents</source>
        <translation>Idioma dos documentos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time zone of documents (empty: this computer&apos;s)</source>
        <translation>Fuso horário dos documentos (vazio: o deste computador)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment term in days</source>
        <translation>Prazo de pagamento em dias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice series</source>
        <translation>Série de faturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note series</source>
        <translation>Série de notas de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt series</source>
        <translation>Série de recibos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number format</source>
        <translation>Formato do número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AnyDesk program (empty: look for it)</source>
        <translation>Programa AnyDesk (vazio: procurar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Iperius Remote program (empty: look for it)</source>
        <translation>Programa Iperius Remote (vazio: procurar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RustDesk program (empty: look for it)</source>
        <translation>Programa RustDesk (vazio: procurar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TeamViewer program (empty: look for it)</source>
        <translation>Programa TeamViewer (vazio: procurar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho Assist session link (empty: API)</source>
        <translation>Ligação de sessão Zoho Assist (vazio: API)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho Assist data centre</source>
        <translation>Centro de dados Zoho Assist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP server (empty: mail is not sent)</source>
        <translation>Servidor SMTP (vazio: o email não é enviado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP port (587 for starttls, 465 for tls)</source>
        <translation>Porta SMTP (587 para starttls, 465 para tls)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP security</source>
        <translation>Segurança SMTP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP user (empty: no login); its password is in the keyring</source>
        <translation>Utilizador SMTP (vazio: sem autenticação); a palavra-passe fica no porta-chaves</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sender address (empty: the company email)</source>
        <translation>Endereço do remetente (vazio: o email da empresa)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold each message until it has been previewed</source>
        <translation>Reter cada mensagem até ser pré-visualizada</translation>
    </message>
    <message>
        <location filename="../../app/ui/office/settings_dialog.py" line="-36"/>
        <source>Some settings need attention: each problem is said under its field.</source>
        <translation>Há definições a rever: cada problema está indicado por baixo do seu campo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving replaces it with what this dialog shows.</source>
        <translation>Guardar substitui-o pelo que esta janela mostra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved: correct the values whose problem is said under them.</source>
        <translation>Nada foi guardado: corrija os valores cujo problema está indicado por baixo.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/office/setup_wizard.py" line="-126"/>
        <source>The SMTP password is stored in the keyring.</source>
        <translation>A palavra-passe SMTP ficou guardada no porta-chaves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the SMTP server above first.</source>
        <translation>Indique primeiro o servidor SMTP acima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers get no policy: their sessions are not priced until one is chosen.</source>
        <translation>Os clientes novos não recebem política: as sessões não têm preço até se escolher uma.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Set up AssistDesk</source>
        <translation>Configurar o AssistDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip setup</source>
        <translation>Saltar a configuração</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your company</source>
        <translation>A sua empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on invoices, receipts and credit notes. Nothing here is needed to run calls: leave what you do not have yet, invoicing will ask for it.</source>
        <translation>Impresso nas faturas, recibos e notas de crédito. Nada disto é preciso para atender chamadas: deixe o que ainda não tem, a faturação pede-o quando for preciso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo as printed</source>
        <translation>Logótipo como é impresso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You and your customers</source>
        <translation>Você e os seus clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is kept with each session you run. The policy is what a new customer is given to begin with; each customer can have another.</source>
        <translation>O seu nome fica guardado em cada sessão que fizer. A política é a que um cliente novo recebe de início; cada cliente pode ter outra.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remote tools</source>
        <translation>Ferramentas remotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect starts the customer&apos;s tool. These were looked for on this computer; give a program&apos;s place only where it is not found by itself.</source>
        <translation>Ligar arranca a ferramenta do cliente. Estas foram procuradas neste computador; indique o local de um programa só quando não for encontrado sozinho.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For invoices, session summaries and invitations to customers. Leave the server empty to set mail up later.</source>
        <translation>Para faturas, resumos de sessões e convites aos clientes. Deixe o servidor vazio para configurar o email mais tarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the SMTP &amp;password…</source>
        <translation>Definir a &amp;palavra-passe SMTP…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own address</source>
        <translation>O seu próprio endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a &amp;test message</source>
        <translation>Enviar uma mensagem de &amp;teste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test message to</source>
        <translation>Mensagem de teste para</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No logo</source>
        <translation>Sem logótipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an image AssistDesk reads</source>
        <translation>Não é uma imagem que o AssistDesk leia</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sending the test message…</source>
        <translation>A enviar a mensagem de teste…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mail server took the test message ({reply}).</source>
        <translation>O servidor de email aceitou a mensagem de teste ({reply}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test message was not sent: {problem}</source>
        <translation>A mensagem de teste não foi enviada: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/desk_menus.py" line="+228"/>
        <source>not found on this computer</source>
        <translation>não encontrado neste computador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found: {path}</source>
        <translation>encontrado: {path}</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <location filename="../../app/ui/today/appointment_dialogs.py" line="-202"/>
        <source>booked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>falhada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rescheduled</source>
        <translation>reagendada</translation>
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
        <translation>Porquê esta hora mesmo assim? Fica com a marcação</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starts at</source>
        <translation>Começa às</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../../app/ui/today/today.py" line="+77"/>
        <location line="+101"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>EEEE d MMMM</source>
        <comment>Babel date pattern of the Today tab</comment>
        <translation>EEEE, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Today ({count} due)</source>
        <translation>Hoje ({count} à hora)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Another session is on the desk.</source>
        <translation>Há outra sessão na secretária.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the customer first.</source>
        <translation>Escolha primeiro o cliente.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../app/ui/today/today_model.py" line="+33"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Equipamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>falhada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rescheduled</source>
        <translation>reagendada</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Appointment {id}, {status}</source>
        <translation>Marcação {id}, {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected length: {minutes} min</source>
        <translation>Duração prevista: {minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool: {tool}</source>
        <translation>Programa: {tool}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaces appointment {id}</source>
        <translation>Substitui a marcação {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced by appointment {id}</source>
        <translation>Substituída pela marcação {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../app/ui/today/today_view.py" line="-32"/>
        <source>No appointments today.</source>
        <translation>Sem marcações hoje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book…</source>
        <translation>Marcar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule…</source>
        <translation>Reagendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
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
        <translation>Anular</translation>
    </message>
</context>
</TS>

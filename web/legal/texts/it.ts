import { type LegalTexts, markdown } from '../documents';

/*
 * I testi legali in italiano. DA ADATTARE PRIMA DEL DEPLOYMENT: sono i testi del gestore; il
 * formato e i segnaposto sono spiegati in en.ts accanto a questo file.
 */

const privacy = markdown`
Questa informativa spiega quali dati personali Bedside conserva quando usi questo sito, perché, per quanto tempo, chi li riceve e quali diritti hai (articoli 13 e 14 del Regolamento generale sulla protezione dei dati, GDPR).

## Titolare del trattamento

Il titolare è {operator_name}, {operator_address}. Contatto: {operator_contact}. Per tutto ciò che riguarda i tuoi dati scrivi al nostro contatto per la protezione dei dati: {privacy_contact}.

## Cosa conserva Bedside e perché

- **Il tuo account:** nome, indirizzo email, un hash con sale della password (mai la password stessa), se ti sei iscritto come clinico o come solutore, la tua organizzazione (nome, tipo e paese) se la indichi, lingua e fuso orario, e quando hai confermato l’indirizzo. Ci servono per gestire il tuo account e per mostrare agli altri chi ha pubblicato o inviato qualcosa (art. 6, par. 1, lett. b GDPR: il contratto d’uso).
- **Accesso:** un cookie di sessione ti mantiene connesso fino a 14 giorni; ne conserviamo solo un hash, con il nome del tuo browser perché tu possa riconoscere le tue sessioni. Un cookie della lingua ricorda per un anno la lingua che hai scelto. Entrambi sono strettamente necessari. Bedside non usa cookie di tracciamento o pubblicitari né strumenti di analisi.
- **Sfide, domande, risposte e sostegni** che pubblichi: visibili al pubblico o alla rete del cluster, come indica la sfida; i moderatori leggono le sfide prima della pubblicazione (art. 6, par. 1, lett. b GDPR).
- **Soluzioni:** riservate. Possono leggerle solo il tuo team, il titolare della sfida, la sua giuria e i moderatori del cluster. Quando una sfida è decisa, una soluzione vincitrice viene nominata pubblicamente solo se l’hai accettato al momento dell’invio (art. 6, par. 1, lett. b GDPR e, per la menzione, il tuo consenso, art. 6, par. 1, lett. a).
- **Valutazioni:** le dichiarazioni dei giurati sui conflitti di interesse, i punteggi e i commenti, compresi i punteggi non completati, che non vengono mai conteggiati. Servono solo a classificare le soluzioni di quella sfida (art. 6, par. 1, lett. b GDPR).
- **Notifiche ed email:** le tue notifiche, la scelta di quali ricevere per email, le ricerche salvate e una registrazione di ogni email che ti inviamo (tipo, indirizzo, quando è stata inviata e se è arrivata). Il testo di un’email viene composto al momento dell’invio e non viene conservato (art. 6, par. 1, lett. b GDPR).
- **Registro delle modifiche e segnalazioni:** chi ha cambiato cosa e quando su sfide, soluzioni, segnalazioni e ruoli, e le segnalazioni inviate ai moderatori, perché le decisioni restino tracciabili e le controversie si possano risolvere (art. 6, par. 1, lett. f GDPR: il nostro legittimo interesse a un processo equo e verificabile).
- **Log:** per sicurezza e per correggere guasti, il nostro fornitore di hosting registra ogni richiesta (ora, indirizzo richiesto, esito e i dati tecnici inviati dal browser, come indirizzo IP e user agent). Contatori degli accessi e delle registrazioni non riusciti per indirizzo di rete impediscono gli abusi (art. 6, par. 1, lett. f GDPR).

## Per quanto tempo li conserviamo

- Le sessioni terminano al più tardi dopo 14 giorni e vengono poi cancellate; i link inviati per email smettono di funzionare dopo 30 minuti (reimpostazione della password) o 24 ore (conferma dell’indirizzo).
- I contatori contro gli abusi vengono cancellati alla fine della loro finestra, dopo minuti od ore. I log delle richieste sono conservati fino a 7 giorni.
- Il tuo account, i tuoi contenuti e le registrazioni delle email inviate a te sono conservati finché l’account esiste. Se ci chiedi di cancellare l’account, cancelliamo o rendiamo anonimi i tuoi dati entro 30 giorni. Le voci del registro delle modifiche e i risultati pubblicati delle sfide decise restano finché quei risultati sono pubblicati, al massimo 10 anni, perché le decisioni restino tracciabili.

## Chi riceve i tuoi dati

- Le altre persone su Bedside, come descritto sopra: ciò che è pubblico è pubblico; ciò che è riservato arriva solo a chi è indicato.
- Cloudflare, Inc., che ospita Bedside, il database e i log e consegna le email, come nostro responsabile del trattamento in base a un accordo sul trattamento dei dati. I dati possono essere trattati fuori dall’Unione europea; i trasferimenti verso gli Stati Uniti si basano sul Data Privacy Framework UE-USA e sulle clausole contrattuali tipo della Commissione europea.
- Nessun altro, salvo obbligo di legge. Non vendiamo dati e non mostriamo pubblicità.

## I tuoi diritti

Hai diritto di accedere ai tuoi dati (art. 15 GDPR), di farli rettificare (art. 16) o cancellare (art. 17), di limitarne il trattamento (art. 18), di riceverli in un formato portabile (art. 20), di opporti ai trattamenti basati sul nostro legittimo interesse (art. 21) e di revocare un consenso in qualsiasi momento, senza effetto su quanto avvenuto prima (art. 7, par. 3). Scrivi a {privacy_contact}. Puoi anche proporre reclamo a un’autorità di controllo per la protezione dei dati, in particolare nel paese dell’UE in cui vivi o lavori (art. 77); in Italia è il Garante per la protezione dei dati personali.

## Devi fornirci dei dati?

Puoi leggere le sfide pubbliche senza account. Per pubblicare o inviare serve un account con nome e indirizzo email. Bedside non prende decisioni automatizzate su di te: decidono le persone, e i punteggi della giuria sono un parere per il titolare della sfida.

Non inserire mai su Bedside dati che possano identificare un paziente.
`;

const terms = markdown`
Queste condizioni valgono per chiunque usi Bedside a questo indirizzo, gestito da {operator_name}. Creando un account le accetti.

## Che cos’è Bedside

Bedside mette in contatto i clinici che descrivono bisogni clinici insoddisfatti (sfide) con aziende e gruppi di ricerca che propongono soluzioni. Il gestore fornisce la piattaforma; non è parte di alcun accordo tra il titolare di una sfida e un solutore.

## Il tuo account

- Indica il tuo vero nome e un indirizzo che leggi; un account per persona.
- Tieni segreta la password. Scrivi a {operator_contact} se qualcun altro potrebbe aver usato il tuo account.
- Chi pubblica una sfida conferma che la propria organizzazione lo consente.

## Cosa pubblichi

- **Nessun dato di pazienti.** Non inserire mai informazioni che possano identificare un paziente.
- Pubblica solo ciò che puoi condividere: rispetta la riservatezza, la proprietà intellettuale e la legge.
- Sii preciso e rispettoso. I moderatori possono chiedere modifiche, nascondere i contenuti che violano queste condizioni e sospendere gli account che le violano ripetutamente. Se pensi che un contenuto le violi, scrivi a {operator_contact} indicando la pagina.

## Soluzioni e proprietà intellettuale

- Tutti i diritti su ciò che invii restano tuoi. Inviando una soluzione consenti al titolare della sfida, alla sua giuria e ai moderatori del cluster di leggerla e valutarla per quella sfida, e per nient’altro.
- Titolari, giurati e moderatori trattano le soluzioni come riservate e le usano solo per valutarle. Qualsiasi altro uso richiede un accordo separato con il solutore.
- I giurati dichiarano ogni conflitto di interesse prima di leggere una soluzione.
- Una soluzione vincitrice viene nominata pubblicamente solo se il suo team lo ha accettato.

## Decisioni e premi

Decide il titolare della sfida, consigliato dai punteggi della giuria; su Bedside la decisione è definitiva. I premi, come progetti pilota o finanziamenti, sono promessi dal titolare della sfida come la sfida li descrive, non dal gestore.

## Nessun consiglio medico

Bedside non è un dispositivo medico e nulla su Bedside è un consiglio medico.

## Disponibilità e responsabilità

Ci impegniamo perché Bedside sia disponibile e i tuoi dati siano al sicuro, ma non possiamo promettere che sia sempre disponibile o privo di errori. Il gestore risponde senza limiti per dolo e colpa grave e per danni alla vita, al corpo o alla salute; negli altri casi solo per la violazione di obblighi essenziali, nei limiti del danno prevedibile. Nulla qui limita la responsabilità dove la legge non lo consente.

## Fine e modifiche

Puoi smettere di usare Bedside in qualsiasi momento e chiedere la cancellazione del tuo account (vedi l’informativa sulla privacy). Annunciamo le modifiche a queste condizioni per email almeno 30 giorni prima che si applichino; se non sei d’accordo, puoi chiudere il tuo account.

## Legge applicabile

Si applica la legge del paese in cui ha sede il gestore. Se usi Bedside come consumatore, restano le tutele della legge del paese in cui vivi.
`;

const imprint = markdown`
Bedside a questo indirizzo è gestito da {operator_name}.

Responsabile dei contenuti di questo sito: {operator_name}, {operator_address}.

Sfide, domande, soluzioni e commenti sono scritti dalle persone che li pubblicano, che ne sono responsabili. Se trovi contenuti illeciti o che violano le condizioni d’uso, scrivi a {operator_contact} indicando la pagina.
`;

export const itLegal: LegalTexts = { privacy, terms, imprint };

import { type LegalTexts, markdown } from '../documents';

/*
 * Textele juridice în limba română. DE ADAPTAT ÎNAINTE DE PUBLICARE: sunt textele operatorului;
 * formatul și câmpurile de completat sunt explicate în en.ts, alături de acest fișier.
 */

const privacy = markdown`
Această informare explică ce date cu caracter personal stochează Bedside atunci când folosiți acest site, de ce, cât timp, cine le primește și ce drepturi aveți (articolele 13 și 14 din Regulamentul general privind protecția datelor, GDPR).

## Cine răspunde de date

Operatorul de date este {operator_name}, {operator_address}. Contact: {operator_contact}. Pentru orice întrebare despre datele dumneavoastră, scrieți persoanei de contact pentru protecția datelor: {privacy_contact}.

## Ce stochează Bedside și de ce

- **Contul dumneavoastră:** numele, adresa de e-mail, un hash cu sare al parolei (niciodată parola însăși), dacă v-ați înscris drept clinician sau ca furnizor de soluții, organizația (denumire, tip și țară), dacă o indicați, limba și fusul orar, precum și momentul în care v-ați confirmat adresa. Avem nevoie de ele pentru a vă administra contul și pentru a le arăta celorlalți cine a publicat sau a trimis ceva (art. 6 alin. (1) lit. b) GDPR: contractul de utilizare).
- **Autentificarea:** un cookie de sesiune vă menține conectat până la 14 zile; stocăm doar un hash al acestuia, împreună cu numele browserului, ca să vă puteți recunoaște sesiunile. Un cookie de limbă reține timp de un an limba aleasă. Ambele sunt strict necesare. Bedside nu folosește cookie-uri de urmărire sau de publicitate și nici instrumente de analiză.
- **Provocările, întrebările, răspunsurile și susținerile** pe care le publicați: sunt vizibile publicului sau rețelei clusterului, după cum indică provocarea; moderatorii citesc provocările înainte de publicare (art. 6 alin. (1) lit. b) GDPR).
- **Soluțiile:** confidențiale. Le pot citi doar echipa dumneavoastră, titularul provocării, juriul acesteia și moderatorii clusterului. Când o provocare este decisă, o soluție câștigătoare este numită public doar dacă ați fost de acord la trimitere (art. 6 alin. (1) lit. b) GDPR și, pentru numire, consimțământul dumneavoastră, art. 6 alin. (1) lit. a)).
- **Evaluările:** declarațiile membrilor juriului privind conflictele de interese, punctajele și comentariile, inclusiv punctajele neterminate, care nu sunt niciodată luate în calcul. Servesc doar la clasarea soluțiilor acelei provocări (art. 6 alin. (1) lit. b) GDPR).
- **Notificările și e-mailurile:** notificările dumneavoastră, alegerea celor care vă ajung prin e-mail, căutările salvate și o înregistrare a fiecărui e-mail trimis (tipul, adresa, când a fost trimis și dacă a ajuns). Textul unui e-mail este compus la trimitere și nu este stocat (art. 6 alin. (1) lit. b) GDPR).
- **Jurnalul de audit și sesizările:** cine a modificat ce și când la provocări, soluții, sesizări și roluri, precum și sesizările trimise moderatorilor, pentru ca deciziile să rămână trasabile și disputele să poată fi soluționate (art. 6 alin. (1) lit. f) GDPR: interesul nostru legitim pentru un proces corect și verificabil).
- **Jurnalele tehnice:** pentru securitate și pentru remedierea erorilor, furnizorul nostru de găzduire înregistrează fiecare cerere (ora, adresa solicitată, rezultatul și datele tehnice trimise de browser, precum adresa IP și user agent-ul). Contoarele autentificărilor și înregistrărilor eșuate pe adresă de rețea împiedică abuzurile (art. 6 alin. (1) lit. f) GDPR).

## Cât timp le păstrăm

- Sesiunile se încheie cel târziu după 14 zile și sunt apoi șterse; linkurile trimise prin e-mail expiră după 30 de minute (resetarea parolei) sau 24 de ore (confirmarea adresei).
- Contoarele împotriva abuzurilor sunt șterse la sfârșitul intervalului lor, după minute sau ore. Jurnalele cererilor sunt păstrate cel mult 7 zile.
- Contul, conținutul dumneavoastră și înregistrările e-mailurilor trimise vouă sunt păstrate cât timp contul există. Dacă ne cereți ștergerea contului, vă ștergem sau anonimizăm datele în cel mult 30 de zile. Intrările din jurnalul de audit și rezultatele publicate ale provocărilor decise se păstrează cât timp aceste rezultate sunt publicate, cel mult 10 ani, pentru ca deciziile să rămână trasabile.

## Cine vă primește datele

- Celelalte persoane de pe Bedside, după cum este descris mai sus: ce este public rămâne public; ce este confidențial ajunge doar la cei menționați.
- Cloudflare, Inc., care găzduiește Bedside, baza de date și jurnalele și livrează e-mailurile, în calitate de persoană împuternicită, pe baza unui acord de prelucrare a datelor. Datele pot fi prelucrate în afara Uniunii Europene; transferurile către Statele Unite se bazează pe Cadrul UE-SUA privind confidențialitatea datelor și pe clauzele contractuale standard ale Comisiei Europene.
- Nimeni altcineva, cu excepția cazului în care legea ne obligă. Nu vindem date și nu afișăm publicitate.

## Drepturile dumneavoastră

Aveți dreptul de acces la date (art. 15 GDPR), dreptul la rectificare (art. 16), la ștergere (art. 17), la restricționarea prelucrării (art. 18), la portabilitatea datelor (art. 20), dreptul de a vă opune prelucrărilor bazate pe interesul nostru legitim (art. 21) și dreptul de a vă retrage oricând consimțământul, fără a afecta ce s-a întâmplat înainte (art. 7 alin. (3)). Scrieți la {privacy_contact}. Puteți depune și o plângere la o autoritate de supraveghere a protecției datelor, în special în țara UE în care locuiți sau lucrați (art. 77); în România, aceasta este Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP).

## Trebuie să ne furnizați date?

Puteți citi provocările publice fără cont. Pentru a publica sau a trimite ceva aveți nevoie de un cont cu nume și adresă de e-mail. Bedside nu ia decizii automatizate despre dumneavoastră: deciziile le iau oameni, iar punctajele juriului sunt o recomandare pentru titularul provocării.

Vă rugăm să nu introduceți nicăieri pe Bedside date care ar putea identifica un pacient.
`;

const terms = markdown`
Acești termeni se aplică tuturor celor care folosesc Bedside la această adresă, administrat de {operator_name}. Prin crearea unui cont îi acceptați.

## Ce este Bedside

Bedside pune în legătură clinicienii care descriu nevoi clinice nesatisfăcute (provocări) cu firme și grupuri de cercetare care propun soluții. Operatorul pune la dispoziție platforma; nu este parte la niciun acord între titularul unei provocări și un furnizor de soluții.

## Contul dumneavoastră

- Indicați-vă numele real și o adresă pe care o citiți; un singur cont pentru fiecare persoană.
- Păstrați parola secretă. Scrieți la {operator_contact} dacă altcineva ar fi putut să vă folosească contul.
- Cine publică o provocare confirmă că organizația sa îi permite acest lucru.

## Ce publicați

- **Fără date despre pacienți.** Nu introduceți niciodată informații care ar putea identifica un pacient.
- Publicați doar ce aveți dreptul să împărtășiți: respectați confidențialitatea, proprietatea intelectuală și legea.
- Fiți obiectiv și respectuos. Moderatorii pot cere modificări, pot ascunde conținutul care încalcă acești termeni și pot suspenda conturile care îi încalcă în mod repetat. Dacă vi se pare că un conținut îi încalcă, scrieți la {operator_contact} și indicați pagina.

## Soluțiile și proprietatea intelectuală

- Toate drepturile asupra a ceea ce trimiteți rămân ale dumneavoastră. Trimițând o soluție, permiteți titularului provocării, juriului acesteia și moderatorilor clusterului să o citească și să o evalueze pentru acea provocare, și pentru nimic altceva.
- Titularii, membrii juriului și moderatorii păstrează confidențialitatea soluțiilor și le folosesc doar pentru evaluare. Orice altă utilizare necesită un acord separat cu furnizorul soluției.
- Membrii juriului declară orice conflict de interese înainte de a citi o soluție.
- O soluție câștigătoare este numită public doar dacă echipa sa a fost de acord.

## Decizii și recompense

Decide titularul provocării, pe baza recomandării juriului; pe Bedside, decizia este definitivă. Recompensele, precum proiecte pilot sau finanțări, sunt promise de titularul provocării, așa cum le descrie provocarea, nu de operator.

## Fără sfaturi medicale

Bedside nu este un dispozitiv medical și nimic de pe Bedside nu constituie un sfat medical.

## Disponibilitate și răspundere

Ne străduim ca Bedside să fie disponibil și datele dumneavoastră să fie în siguranță, dar nu putem promite că va fi mereu disponibil sau fără erori. Operatorul răspunde nelimitat pentru intenție și culpă gravă, precum și pentru vătămarea vieții, integrității corporale sau sănătății; în rest, doar pentru încălcarea obligațiilor esențiale, în limita prejudiciului previzibil. Nimic din acești termeni nu limitează răspunderea acolo unde legea nu permite acest lucru.

## Încetare și modificări

Puteți înceta oricând să folosiți Bedside și puteți cere ștergerea contului (vedeți politica de confidențialitate). Anunțăm modificările acestor termeni prin e-mail cu cel puțin 30 de zile înainte de aplicare; dacă nu sunteți de acord, vă puteți închide contul.

## Legea aplicabilă

Se aplică legea țării în care își are sediul operatorul. Dacă folosiți Bedside în calitate de consumator, protecția oferită de legea țării în care locuiți rămâne valabilă.
`;

const imprint = markdown`
Bedside la această adresă este administrat de {operator_name}.

Responsabil pentru conținutul acestui site: {operator_name}, {operator_address}.

Provocările, întrebările, soluțiile și comentariile sunt scrise de persoanele care le publică, iar acestea răspund pentru ele. Dacă găsiți conținut ilegal sau care încalcă termenii de utilizare, scrieți la {operator_contact} și indicați pagina.
`;

export const roLegal: LegalTexts = { privacy, terms, imprint };

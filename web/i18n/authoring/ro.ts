import type { Translated } from '../part';
import type { enAuthoring } from './en';

export const roAuthoring: Translated<typeof enAuthoring> = {
  'authoring.cluster.choose': 'Alegeți…',
  'authoring.cluster.suggested': 'Sugerate pentru dumneavoastră',
  'authoring.cluster.others': 'Alte clustere',
  'authoring.cluster.hint': 'Clusterul regional ai cărui moderatori vă examinează provocarea și o publică.',
  'authoring.cluster.member_one': 'Sugestie: {name}, clusterul din care faceți parte.',
  'authoring.cluster.member_many': 'Faceți parte din {names}: alegeți-l pe cel căruia îi aparține această nevoie.',
  'authoring.cluster.country_one': 'Sugestie: {name}, singurul cluster din țara organizației dumneavoastră.',
  'authoring.cluster.country_many': 'Clustere din țara organizației dumneavoastră: {names}.',
  'authoring.cluster.fixed': 'Publicată în clusterul {name}.',
  'authoring.regulation.hint':
    'MDR: dispozitive medicale, inclusiv software. IVDR: dispozitive de diagnostic in vitro, adică teste pe probe precum sânge sau țesut. Nu sunteți sigur? Alegeți „Încă neclar”.',
  'authoring.device_class.none': 'Niciuna, sau încă necunoscută',
  'authoring.device_class.class': 'Clasa {class}',
  'authoring.device_class.hint':
    'Clasele MDR I, IIa, IIb și III; clasele IVDR A, B, C și D, de la riscul cel mai mic la cel mai mare. Alegeți o clasă a regulamentului de mai sus sau lăsați câmpul gol.',
  'authoring.trl.hint':
    'TRL (nivelul de maturitate tehnologică) arată cât de departe a ajuns o soluție, de la TRL 1 (o idee pe hârtie) la TRL 9 (în uz de rutină). Indicați intervalul cu care puteți lucra: de exemplu de la 4 la 7 pentru un prototip pe care l-ați putea testa în clinica dumneavoastră.',
  'authoring.trl.1': 'TRL 1 · principii de bază observate',
  'authoring.trl.2': 'TRL 2 · concept formulat',
  'authoring.trl.3': 'TRL 3 · dovadă experimentală a conceptului',
  'authoring.trl.4': 'TRL 4 · validat în laborator',
  'authoring.trl.5': 'TRL 5 · validat într-un mediu relevant',
  'authoring.trl.6': 'TRL 6 · demonstrat într-un mediu relevant',
  'authoring.trl.7': 'TRL 7 · prototip testat în practica clinică',
  'authoring.trl.8': 'TRL 8 · complet și certificat',
  'authoring.trl.9': 'TRL 9 · dovedit în uzul de rutină',
  'authoring.tags.hint': 'Cuvinte, separate prin virgule, de ex. telemonitorizare, oncologie (cel mult 10).',
  'authoring.criteria.hint':
    'Juriul punctează fiecare soluție la fiecare criteriu de la 1 la 5. Dați un nume fiecărui criteriu, descrieți cum arată un răspuns bun și atribuiți-i o pondere. Lăsați un rând gol pentru a-l omite.',
  'authoring.criterion.legend': 'Criteriul {n}',
  'authoring.criterion.name': 'Nume',
  'authoring.criterion.description': 'Cum arată un răspuns bun',
  'authoring.criterion.weight': 'Pondere (1–100)',
  'authoring.criterion.name_of': 'Criteriul {n}, nume',
  'authoring.criterion.description_of': 'Criteriul {n}, cum arată un răspuns bun',
  'authoring.criterion.weight_of': 'Criteriul {n}, pondere',
  'authoring.criteria.total': 'Totalul ponderilor:',
  'authoring.criteria.total_hint':
    'Fiecare pondere contează proporțional cu totalul; la un total de 100, fiecare pondere este un procent.',
  'authoring.criteria.fixed': 'Criteriile și ponderile lor sunt definitive de când provocarea a fost aprobată.',
  'authoring.default.clinical_impact': 'Impact clinic',
  'authoring.default.clinical_impact.description':
    'Cât de mult s-ar îmbunătăți îngrijirea: ce rezultat se îmbunătățește, pentru câți pacienți, și dovezile pentru aceasta sau o cale plauzibilă de a le obține.',
  'authoring.default.feasibility': 'Fezabilitate',
  'authoring.default.feasibility.description':
    'Dacă echipa o poate realiza la noi: un plan realist, oamenii și timpul necesar.',
  'authoring.default.innovation': 'Inovație',
  'authoring.default.innovation.description':
    'Ce este nou față de îngrijirea de astăzi și față de produsele aflate deja pe piață.',
  'authoring.default.trl_fit': 'Potrivirea TRL',
  'authoring.default.trl_fit.description':
    'Cât de bine corespunde maturitatea soluției intervalului TRL căutat și cum ar ajunge la un proiect-pilot.',
  'authoring.default.regulatory_data_readiness': 'Pregătire de reglementare și date',
  'authoring.default.regulatory_data_readiness.description':
    'O cale credibilă spre marcajul CE acolo unde este necesar și o utilizare legală și sigură a datelor de sănătate (GDPR).',
  'authoring.default.business_case': 'Justificare economică',
  'authoring.default.business_case.description':
    'Cine plătește și de ce merită pentru spital: costurile de achiziție, de funcționare și de instruire.',
  'authoring.autosave.saving': 'Se salvează…',
  'authoring.autosave.saved': 'Salvat la {time}',
  'authoring.autosave.invalid':
    'Încă nesalvat: unele câmpuri trebuie corectate. Apăsați „Salvați ciorna” pentru a vedea care.',
  'authoring.autosave.stale':
    'Nesalvat: altcineva a modificat această provocare. Apăsați „Salvați ciorna” pentru a vedea ce aveți de făcut.',
  'authoring.autosave.failed': 'Nesalvat: conexiunea a eșuat. Încercăm din nou peste 30 de secunde.',
  'authoring.save_changes': 'Salvați modificările',
  'authoring.note.pending': 'Moderatorii au cerut modificări',
  'authoring.note.pending_next':
    'Modificați ce vă cer și salvați. Apoi trimiteți din nou provocarea spre examinare, de pe pagina ei.',
  'authoring.note.answered': 'Moderatorii au cerut modificări; ați trimis din nou provocarea',
  'authoring.note.resolved': 'Rezolvată: cererea anterioară a moderatorilor',
  'authoring.note.rejection': 'De ce au respins-o moderatorii',
  'authoring.first.intro':
    'Descrieți o nevoie clinică pe care o întâlniți în munca dumneavoastră. Rămâne o ciornă pe care doar dumneavoastră o vedeți până când o trimiteți spre examinare.',
  'authoring.first.post': 'Publicați prima dumneavoastră provocare',
  'authoring.first.after_confirming':
    'După ce vă confirmați adresa de e-mail, vă puteți publica de aici prima provocare.',
  'authoring.error.cluster': 'La „{label}” alegeți clusterul căruia îi aparține provocarea dumneavoastră.',
  'authoring.error.device_class':
    'La „{label}” alegeți o clasă a regulamentului ales (MDR: I, IIa, IIb, III; IVDR: A, B, C, D) sau lăsați câmpul gol.',
  'authoring.error.deadline': 'Pentru „{label}” alegeți o zi de după astăzi.',
  'authoring.error.tags':
    '{label}: scrieți cuvinte separate prin virgule, cel mult 10 etichete de cel mult 40 de litere sau cifre fiecare.',
  'authoring.error.criteria': 'La „{label}” dați cel puțin unui criteriu un nume și o pondere.',
  'authoring.error.criterion_name':
    '{label}: scrieți un nume de 2 până la 80 de caractere pe care nu îl are alt criteriu.',
};

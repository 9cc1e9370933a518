import type { Translated } from '../part';
import type { enAuthoring } from './en';

export const itAuthoring: Translated<typeof enAuthoring> = {
  'authoring.cluster.choose': 'Scegli…',
  'authoring.cluster.suggested': 'Suggeriti per te',
  'authoring.cluster.others': 'Altri cluster',
  'authoring.cluster.hint': 'Il cluster regionale i cui moderatori esaminano la tua sfida e la pubblicano.',
  'authoring.cluster.member_one': 'Suggerito: {name}, il cluster di cui fai parte.',
  'authoring.cluster.member_many': 'Fai parte di {names}: scegli quello a cui appartiene questo bisogno.',
  'authoring.cluster.country_one': 'Suggerito: {name}, l’unico cluster nel paese della tua organizzazione.',
  'authoring.cluster.country_many': 'Cluster nel paese della tua organizzazione: {names}.',
  'authoring.cluster.fixed': 'Pubblicata nel cluster {name}.',
  'authoring.regulation.hint':
    'MDR: dispositivi medici, software compreso. IVDR: diagnostici in vitro, cioè test su campioni come sangue o tessuto. Non sei sicuro? Scegli «Non ancora chiaro».',
  'authoring.device_class.none': 'Nessuna, o non ancora nota',
  'authoring.device_class.class': 'Classe {class}',
  'authoring.device_class.hint':
    'Classi MDR I, IIa, IIb e III; classi IVDR A, B, C e D, dal rischio più basso al più alto. Scegli una classe del regolamento indicato sopra, oppure lascia vuoto.',
  'authoring.trl.hint':
    'Il TRL (livello di maturità tecnologica) indica a che punto è una soluzione, da TRL 1 (un’idea sulla carta) a TRL 9 (in uso di routine). Indica l’intervallo con cui puoi lavorare: ad esempio da 4 a 7 per un prototipo da provare nella tua clinica.',
  'authoring.trl.1': 'TRL 1 · principi di base osservati',
  'authoring.trl.2': 'TRL 2 · concetto formulato',
  'authoring.trl.3': 'TRL 3 · prova di concetto sperimentale',
  'authoring.trl.4': 'TRL 4 · validato in laboratorio',
  'authoring.trl.5': 'TRL 5 · validato in un ambiente rilevante',
  'authoring.trl.6': 'TRL 6 · dimostrato in un ambiente rilevante',
  'authoring.trl.7': 'TRL 7 · prototipo provato nella pratica clinica',
  'authoring.trl.8': 'TRL 8 · completo e certificato',
  'authoring.trl.9': 'TRL 9 · collaudato nell’uso di routine',
  'authoring.tags.hint': 'Parole separate da virgole, ad es. telemonitoraggio, oncologia (fino a 10).',
  'authoring.criteria.hint':
    'La giuria valuta ogni soluzione su ciascun criterio da 1 a 5. Dai un nome a ogni criterio, descrivi com’è una buona risposta e assegnagli un peso. Lascia vuota una riga per escluderla.',
  'authoring.criterion.legend': 'Criterio {n}',
  'authoring.criterion.name': 'Nome',
  'authoring.criterion.description': 'Com’è una buona risposta',
  'authoring.criterion.weight': 'Peso (1–100)',
  'authoring.criterion.name_of': 'Criterio {n}, nome',
  'authoring.criterion.description_of': 'Criterio {n}, com’è una buona risposta',
  'authoring.criterion.weight_of': 'Criterio {n}, peso',
  'authoring.criteria.total': 'Totale dei pesi:',
  'authoring.criteria.total_hint':
    'Ogni peso conta in proporzione al totale; con un totale di 100, ogni peso è una percentuale.',
  'authoring.criteria.fixed': 'I criteri e i loro pesi sono definitivi da quando la sfida è stata approvata.',
  'authoring.default.clinical_impact': 'Impatto clinico',
  'authoring.default.clinical_impact.description':
    'Quanto migliorerebbe la cura: quale esito migliora, per quanti pazienti, e le evidenze a sostegno o un modo plausibile per ottenerle.',
  'authoring.default.feasibility': 'Fattibilità',
  'authoring.default.feasibility.description':
    'Se il team può realizzarla nella nostra realtà: un piano realistico, le persone e il tempo necessari.',
  'authoring.default.innovation': 'Innovazione',
  'authoring.default.innovation.description':
    'Cosa c’è di nuovo rispetto alla cura di oggi e ai prodotti già in commercio.',
  'authoring.default.trl_fit': 'Adeguatezza del TRL',
  'authoring.default.trl_fit.description':
    'Quanto la maturità della soluzione corrisponde all’intervallo di TRL cercato, e come arriverebbe a un progetto pilota.',
  'authoring.default.regulatory_data_readiness': 'Prontezza regolatoria e dei dati',
  'authoring.default.regulatory_data_readiness.description':
    'Un percorso credibile verso la marcatura CE dove serve, e un uso lecito e sicuro dei dati sanitari (GDPR).',
  'authoring.default.business_case': 'Sostenibilità economica',
  'authoring.default.business_case.description':
    'Chi paga, e perché conviene all’ospedale: i costi di acquisto, gestione e formazione.',
  'authoring.autosave.saving': 'Salvataggio…',
  'authoring.autosave.saved': 'Salvato alle {time}',
  'authoring.autosave.invalid':
    'Non ancora salvato: alcuni campi vanno corretti. Premi «Salva bozza» per vedere quali.',
  'authoring.autosave.stale':
    'Non salvato: qualcun altro ha modificato questa sfida. Premi «Salva bozza» per vedere cosa fare.',
  'authoring.autosave.failed': 'Non salvato: la connessione non è riuscita. Riproviamo tra 30 secondi.',
  'authoring.save_changes': 'Salva le modifiche',
  'authoring.note.pending': 'I moderatori hanno chiesto modifiche',
  'authoring.note.pending_next':
    'Modifica ciò che chiedono e salva. Poi invia di nuovo la sfida per la revisione dalla sua pagina.',
  'authoring.note.answered': 'I moderatori hanno chiesto modifiche; hai inviato di nuovo la sfida',
  'authoring.note.resolved': 'Risolta: la richiesta precedente dei moderatori',
  'authoring.note.rejection': 'Perché i moderatori l’hanno respinta',
  'authoring.first.intro':
    'Descrivi un bisogno clinico che incontri nel tuo lavoro. Resta una bozza che vedi solo tu finché non la invii per la revisione.',
  'authoring.first.post': 'Pubblica la tua prima sfida',
  'authoring.first.after_confirming':
    'Dopo aver confermato il tuo indirizzo email, potrai pubblicare da qui la tua prima sfida.',
  'authoring.error.cluster': 'In «{label}» scegli il cluster a cui appartiene la tua sfida.',
  'authoring.error.device_class':
    'In «{label}» scegli una classe del regolamento indicato (MDR: I, IIa, IIb, III; IVDR: A, B, C, D), oppure lascia vuoto.',
  'authoring.error.deadline': 'Per «{label}» scegli un giorno successivo a oggi.',
  'authoring.error.tags':
    '{label}: scrivi parole separate da virgole, al massimo 10 tag di non più di 40 lettere o cifre ciascuno.',
  'authoring.error.criteria': 'In «{label}» dai un nome e un peso ad almeno un criterio.',
  'authoring.error.criterion_name': '{label}: scrivi un nome da 2 a 80 caratteri che nessun altro criterio abbia.',
};

import type { Translated } from '../part';
import type { enApiKeys } from './en';

export const itApiKeys: Translated<typeof enApiKeys> = {
  'api_keys.me_link': 'Chiavi API',
  'api_keys.title': 'Chiavi API',
  'api_keys.intro':
    'Una chiave API permette a un programma (un portale del cluster, uno script, un foglio di calcolo) di usare l’API di Bedside a suo nome, senza la sua password. Non ha mai più diritti di quelli che lei ha quando viene usata, e solo ciò che i suoi ambiti consentono. Una chiave non apre pagine né gestisce chiavi.',
  'api_keys.docs': 'Come usare l’API',
  'api_keys.quota':
    'Ogni chiave può fare {minute} richieste al minuto e {day} al giorno. Può avere al massimo {max} chiavi.',
  'api_keys.list': 'Le sue chiavi',
  'api_keys.none': 'Non ha chiavi API.',
  'api_keys.prefix': 'Inizia con',
  'api_keys.scopes': 'Ambiti',
  'api_keys.cluster': 'Solo il cluster',
  'api_keys.created': 'Creata',
  'api_keys.last_used': 'Ultimo uso',
  'api_keys.never_used': 'Non ancora usata',
  'api_keys.expires': 'Scade',
  'api_keys.no_expiry': 'Non scade',
  'api_keys.open': 'Uso e revoca',
  'api_keys.open_named': 'Uso e revoca di {name}',
  'api_keys.create_title': 'Creare una chiave',
  'api_keys.field.name': 'Nome',
  'api_keys.field.name_hint':
    'A cosa serve la chiave, per esempio «Sincronizzazione portale del cluster». Lo vede solo lei.',
  'api_keys.field.scopes': 'Cosa può fare la chiave',
  'api_keys.field.scopes_hint':
    'Scelga solo ciò che serve al programma. La chiave non può mai fare più di quanto possa fare lei.',
  'api_keys.field.expires_at': 'Scade il (facoltativo)',
  'api_keys.field.expires_at_hint':
    'La chiave smette di funzionare alla fine di questo giorno (UTC). Lo lasci vuoto per una chiave che non scade.',
  'api_keys.field.cluster': 'Solo per un cluster (facoltativo)',
  'api_keys.field.cluster_hint':
    'La chiave modera solo questo cluster. Lo lasci vuoto per tutti quelli che lei modera.',
  'api_keys.field.any_cluster': 'Tutti i cluster che modero',
  'api_keys.create': 'Crea la chiave',
  'api_keys.confirm_first':
    'Confermi il suo indirizzo email prima di creare una chiave API: una chiave agisce a suo nome.',
  'api_keys.confirm_link': 'Invii il link di conferma dalla sua pagina',
  'api_keys.full': 'Ha già {max} chiavi API: ne revochi una che non usa più prima di crearne un’altra.',
  'api_keys.error.no_scope': 'Spunta almeno una casella in «{label}»: una chiave deve poter fare qualcosa.',
  'api_keys.error.cluster': 'Lei non modera questo cluster. Ne scelga uno dei suoi, oppure lasci vuoto «{label}».',
  'api_keys.scope.challenges:read':
    'Leggere sfide, bandi, cluster, allegati, feed e dati aperti, per quanto lei possa vederli.',
  'api_keys.scope.challenges:write':
    'Pubblicare e modificare sfide, bandi e allegati, porre domande e rispondere, sostenere sfide.',
  'api_keys.scope.solutions:read': 'Leggere le soluzioni che lei può vedere, con i loro team.',
  'api_keys.scope.solutions:write': 'Presentare, modificare e ritirare le sue soluzioni e gestirne i team.',
  'api_keys.scope.evaluation:read': 'Leggere giurie, fasi, classifiche e rapporti di valutazione che lei può vedere.',
  'api_keys.scope.evaluation:write':
    'Valutare soluzioni, dichiarare conflitti di interesse, gestire giurie e fasi, decidere.',
  'api_keys.scope.network:read':
    'Leggere organizzazioni, persone, cooperazioni, eventi, incontri, conversazioni e partner suggeriti.',
  'api_keys.scope.network:write':
    'Modificare le organizzazioni e le cooperazioni che lei può modificare, iscriversi a eventi, fissare incontri, scrivere nelle conversazioni.',
  'api_keys.scope.impact:read': 'Leggere i dati di impatto dei cluster e della rete.',
  'api_keys.scope.moderation:read':
    'Leggere la coda di moderazione, le segnalazioni, il registro di audit e gli inviti che lei può vedere.',
  'api_keys.scope.moderation:write':
    'Moderare: esaminare sfide, gestire segnalazioni, invitare e nominare, per quanto lei possa.',
  'api_keys.scope.account:read':
    'Leggere il suo account, le notifiche, le preferenze, le ricerche salvate e il profilo.',
  'api_keys.scope.account:write': 'Modificare le sue preferenze di notifica, le ricerche salvate e il profilo.',
  'api_keys.scope.webhooks:manage': 'Creare, modificare ed eliminare i suoi webhook.',
  'api_keys.created_title': 'La sua nuova chiave API',
  'api_keys.secret': 'Il segreto della chiave',
  'api_keys.secret_warning':
    'Lo copi ora: non verrà mostrato di nuovo. Bedside ne conserva solo un’impronta, quindi nessuno potrà mostrarglielo in seguito. Se lo perde, revochi la chiave e ne crei un’altra.',
  'api_keys.secret_use': 'Lo invii con ogni richiesta in questa intestazione e lo custodisca come una password:',
  'api_keys.back': 'Torna alle sue chiavi API',
  'api_keys.usage_title': 'Richieste al giorno',
  'api_keys.usage_intro': 'Gli ultimi {days} giorni (UTC), dal più recente; i giorni senza richieste non compaiono.',
  'api_keys.usage_none': 'Nessuna richiesta negli ultimi {days} giorni.',
  'api_keys.usage_caption': 'Richieste al giorno con {name}',
  'api_keys.day': 'Giorno',
  'api_keys.requests': 'Richieste',
  'api_keys.revoke_title': 'Revocare la chiave',
  'api_keys.revoke_intro':
    'Una chiave revocata viene rifiutata dalla richiesta successiva; i programmi che la usano smettono di funzionare.',
  'api_keys.revoke': 'Revoca la chiave',
  'api_keys.done.revoked': 'La chiave è revocata.',
  'confirm_step.revoke_api_key.question': 'Revocare la chiave API «{name}»?',
  'confirm_step.revoke_api_key.consequence':
    'Ogni programma che la usa viene rifiutato dalla richiesta successiva. Una chiave revocata non può essere ripristinata; può crearne una nuova.',
  'confirm_step.revoke_api_key.yes': 'Sì, revoca la chiave',
};

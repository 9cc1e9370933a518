import type { Translated } from '../part';
import type { enAffiliation } from './en';

export const itAffiliation: Translated<typeof enAffiliation> = {
  'notification.affiliation_confirmed':
    'La tua appartenenza a {organization} è confermata: ora compare accanto al tuo nome.',
  'notification.affiliation_declined':
    'La tua appartenenza a {organization} non è stata confermata: compari senza questa organizzazione. Se è un errore, rivolgiti ai suoi amministratori.',
  'notification.kind.affiliation_confirmed': 'La tua appartenenza a un’organizzazione è confermata',
  'notification.kind.affiliation_declined': 'La tua appartenenza a un’organizzazione non è stata confermata',
  'dashboard.email_kind.affiliation_confirmed': 'Appartenenza confermata',
  'dashboard.email_kind.affiliation_declined': 'Appartenenza non confermata',
};

import type { Translated } from '../part';
import type { enPrivacy } from './en';

export const roPrivacy: Translated<typeof enPrivacy> = {
  'your_data.title': 'Datele dumneavoastră',
  'your_data.intro':
    'Descărcați o copie a tot ce păstrează Bedside despre dumneavoastră: contul, provocările, întrebările, răspunsurile și soluțiile pe care le-ați scris, evaluările, raportările, notificările, căutările salvate, precum și e-mailurile și invitațiile primite. Este un singur fișier JSON, pe care îl puteți păstra sau duce în altă parte.',
  'your_data.left_out':
    'Nu conține parola dumneavoastră (păstrăm doar un hash cu sare al ei) și alte secrete, nici conținutul confidențial al altor persoane, cum ar fi soluțiile trimise la provocările dumneavoastră.',
  'your_data.download': 'Descarcă datele mele (JSON)',
  'your_data.delete': 'Șterge contul meu…',
};

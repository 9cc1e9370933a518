import type { Translated } from '../part';
import type { enOpenData } from './en';

export const roOpenData: Translated<typeof enOpenData> = {
  'footer.open_data': 'Date deschise',
  'open_data.title': 'Date deschise',
  'open_data.intro':
    'Tot ce este public pe acest site, în fișiere CSV și JSON pe care oricine le poate reutiliza: provocările din catalogul public, rezultatele publice ale provocărilor decise, apelurile publicate și etapele publice ale cooperărilor. Nu conțin nimic confidențial: nicio ciornă, nicio provocare vizibilă doar membrilor autentificați, nicio cooperare sau etapă pe care cele două părți nu au fost amândouă de acord să o publice, niciun nume de persoană.',
  'open_data.stable_ids':
    'Fiecare rând are un identificator stabil: aceeași provocare, soluție, același apel sau aceeași etapă își păstrează id-ul în fiecare descărcare, astfel încât fișierele din zile diferite pot fi comparate. Rândurile sunt ordonate după id.',
  'open_data.licence.title': 'Licență',
  'open_data.licence.text':
    'Datele sunt publicate sub licența Creative Commons Atribuire 4.0 Internațional (CC BY 4.0). Le puteți distribui și adapta în orice scop, inclusiv comercial, dacă menționați {operator} ca sursă și trimiteți la licență.',
  'open_data.licence.link': 'Citiți licența CC BY 4.0',
  'open_data.downloads': 'Descărcări',
  'open_data.as_csv': '{dataset} în format CSV',
  'open_data.as_json': '{dataset} în format JSON',
  'open_data.columns': 'Coloanele setului {dataset}',
  'open_data.freshness':
    'Fișierele sunt generate în momentul descărcării; copiile pot avea o vechime de până la o oră. În CSV, listele sunt separate prin punct și virgulă, iar textul pe care o foaie de calcul l-ar putea executa ca formulă începe cu un apostrof.',
  'open_data.api': 'Pentru programe: lista seturilor de date, cu coloanele lor, în format JSON.',
  'open_data.dataset.challenges.title': 'Provocări',
  'open_data.dataset.challenges.description':
    'Fiecare provocare din catalogul public (deschisă, în evaluare, decisă sau arhivată), cu nevoia clinică, cerințele, recompensa, datele, etichetele și organizația și clusterul din spatele ei.',
  'open_data.dataset.results.title': 'Rezultate',
  'open_data.dataset.results.description':
    'Rezultatele provocărilor decise, așa cum le arată pagina lor publică: soluțiile ale căror echipe au făcut publice rezumatul, cu punctajul și rezumatul, și câștigătorii care au acceptat să fie numiți, doar cu titlul și organizația.',
  'open_data.dataset.calls.title': 'Apeluri',
  'open_data.dataset.calls.description':
    'Fiecare apel publicat (deschis, închis sau arhivat) cu datele sale, clusterele care îl organizează, cine poate participa (interval TRL, tipuri de organizații, țări, dimensiuni de companie) și ce primesc câștigătorii. O provocare care face parte dintr-un apel îl indică în coloana call_id a provocărilor.',
  'open_data.dataset.cooperation_milestones.title': 'Etapele cooperărilor',
  'open_data.dataset.cooperation_milestones.description':
    'Etapele cooperărilor dintre o clinică și o echipă câștigătoare, de la scrisoarea de intenție și proiectul pilot până la rezultatele KPI, pașii de reglementare și finanțarea ulterioară — doar ale cooperărilor pe care ambele părți au fost de acord să le publice și doar etapele marcate de ele ca publice. Sumele sunt în cenți ai monedei lor, niciodată convertite.',
};

import type { Translated } from '../part';
import type { enOpenData } from './en';

export const deOpenData: Translated<typeof enOpenData> = {
  'footer.open_data': 'Offene Daten',
  'open_data.title': 'Offene Daten',
  'open_data.intro':
    'Alles Öffentliche dieser Website als CSV- und JSON-Dateien, die alle weiterverwenden dürfen: die Challenges im öffentlichen Katalog, die öffentlichen Ergebnisse entschiedener Challenges, die veröffentlichten Ausschreibungen und die öffentlichen Meilensteine von Kooperationen. Nichts Vertrauliches ist darin: keine Entwürfe, keine Challenges, die nur angemeldete Mitglieder sehen, keine Kooperation und kein Meilenstein, deren Veröffentlichung nicht beide Seiten zugestimmt haben, keine Namen von Personen.',
  'open_data.stable_ids':
    'Jede Zeile hat eine feste ID: Dieselbe Challenge, Lösung, Ausschreibung oder derselbe Meilenstein behält die ID in jedem Download, sodass sich Dateien verschiedener Tage vergleichen lassen. Die Zeilen sind nach ID geordnet.',
  'open_data.licence.title': 'Lizenz',
  'open_data.licence.text':
    'Die Daten stehen unter der Lizenz Creative Commons Namensnennung 4.0 International (CC BY 4.0). Sie dürfen sie für jeden Zweck teilen und bearbeiten, auch kommerziell, wenn Sie {operator} als Quelle nennen und auf die Lizenz verweisen.',
  'open_data.licence.link': 'Lizenz CC BY 4.0 lesen',
  'open_data.downloads': 'Downloads',
  'open_data.as_csv': '{dataset} als CSV',
  'open_data.as_json': '{dataset} als JSON',
  'open_data.columns': 'Spalten von {dataset}',
  'open_data.freshness':
    'Die Dateien entstehen beim Herunterladen; Kopien können bis zu einer Stunde alt sein. In CSV sind Listen durch Semikolons getrennt, und Text, den eine Tabellenkalkulation als Formel ausführen könnte, beginnt mit einem Apostroph.',
  'open_data.api': 'Für Programme: die Liste der Datensätze mit ihren Spalten als JSON.',
  'open_data.dataset.challenges.title': 'Challenges',
  'open_data.dataset.challenges.description':
    'Jede Challenge im öffentlichen Katalog (offen, in Bewertung, entschieden oder archiviert) mit ihrem klinischen Bedarf, ihren Anforderungen, der Belohnung, den Terminen, Schlagwörtern sowie der Organisation und dem Cluster dahinter.',
  'open_data.dataset.results.title': 'Ergebnisse',
  'open_data.dataset.results.description':
    'Die Ergebnisse entschiedener Challenges, wie ihre öffentliche Seite sie zeigt: Lösungen, deren Teams die Zusammenfassung veröffentlicht haben, mit Punktzahl und Zusammenfassung, und Gewinnerteams, die genannt werden wollten, nur mit Titel und Organisation.',
  'open_data.dataset.calls.title': 'Ausschreibungen',
  'open_data.dataset.calls.description':
    'Jede veröffentlichte Ausschreibung (offen, geschlossen oder archiviert) mit ihren Terminen, den Clustern, die sie durchführen, den Teilnahmeregeln (TRL-Bereich, Arten von Organisationen, Länder, Unternehmensgrößen) und dem, was die Gewinnerteams erhalten. Eine Challenge in einer Ausschreibung nennt diese in der Spalte call_id der Challenges.',
  'open_data.dataset.cooperation_milestones.title': 'Meilensteine von Kooperationen',
  'open_data.dataset.cooperation_milestones.description':
    'Die Meilensteine von Kooperationen zwischen einer Klinik und einem Gewinnerteam, von der Absichtserklärung und dem Pilotprojekt bis zu KPI-Ergebnissen, regulatorischen Schritten und Anschlussfinanzierung – nur aus Kooperationen, deren Veröffentlichung beide Seiten zugestimmt haben, und nur die Meilensteine, die sie als öffentlich markiert haben. Beträge stehen in Cent ihrer Währung und werden nie umgerechnet.',
};

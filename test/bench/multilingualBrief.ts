// A brief in French, German and Spanish prose, written for the bench (no sentence comes from a
// real document), repeated to a size: most sentences hold words beyond ASCII, which the
// generated English brief barely has. Analysed with the built-in glossary, whose entries carry
// these languages' forms.

const SECTIONS = [
  `La souveraineté numérique de l’Union européenne dépend d’abord de ses capacités de calcul : les
supercalculateurs, les centres de données et les réseaux électriques qui les alimentent. La
Commission européenne et les États membres financent des usines d’IA autour des machines
existantes, mais la dépendance à l’égard des puces conçues ailleurs reste élevée.

[Sans investissements publics et privés coordonnés, l’écosystème européen restera
fragmenté]{.claim #fr-1 kind=predictive}. Les entreprises françaises développent des modèles
de fondation ouverts, tandis que le règlement sur l’intelligence artificielle impose des
obligations de transparence aux fournisseurs de modèles à usage général.`,
  `Die digitale Souveränität Europas hängt von Rechenzentren, Halbleitern und Fachkräften ab. Die
Bundesregierung fördert Forschungszentren für künstliche Intelligenz, während die Abhängigkeit
von außereuropäischen Cloud-Anbietern wächst.

- Öffentliche Aufträge sollten offene Modelle bevorzugen.
- Die Länder müssen ihre Rechenkapazitäten bündeln, damit Hochschulen Zugang erhalten.`,
  `La autonomía estratégica de España en materia de inteligencia artificial requiere inversión en
semiconductores, en centros de datos sostenibles y en la formación de especialistas. El
Gobierno ha anunciado un plan nacional de cómputo, pero la fragmentación del mercado único
limita su alcance.

[La cooperación con Francia y Alemania será decisiva para reducir la dependencia
tecnológica]{.claim #es-1}. Según los datos del sector, menos de una cuarta parte de las
empresas utiliza servicios de computación en la nube europeos.`,
];

/** The sections, each under a heading of its own, until the text is `targetBytes` long in UTF-8. */
export function multilingualBrief(targetBytes: number): string {
  const parts: string[] = [];
  for (let i = 0, bytes = 0; bytes < targetBytes; i++) {
    const section = `## Abschnitt ${i + 1}\n\n${SECTIONS[i % SECTIONS.length]!.replaceAll('#fr-1', `#fr-${i}`).replaceAll('#es-1', `#es-${i}`)}\n\n`;
    parts.push(section);
    bytes += Buffer.byteLength(section);
  }
  return parts.join('');
}

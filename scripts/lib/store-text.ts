/** The store listing's short texts, per language; `npm run screenshots` writes them to docs/store/ and onto the store pictures. */
export interface StoreText {
  headline: string;
  points: [string, string, string];
  description: string;
}

export const STORE_TEXT: Record<'en' | 'de' | 'fr', StoreText> = {
  en: {
    headline: 'Know who can read your messages — and where to go instead',
    points: ['A calm note on services that keep your messages readable', 'Every concern dated, with its source and the source’s own words', 'Free-software alternatives and the way out, one click away'],
    description:
      'Forewarn shows a small, dismissible note when you open a service that keeps your private messages in a form its provider can read and hands them over on request — Skype, Outlook.com, Gmail and more. Each concern is a short, dated claim with its sources, and every service lists free-software alternatives and the provider’s own pages for exporting your data and deleting your account. Forewarn sends nothing anywhere: no analytics, no remote configuration, no network request of its own.',
  },
  de: {
    headline: 'Wissen, wer Ihre Nachrichten lesen kann — und wohin Sie wechseln können',
    points: ['Ein ruhiger Hinweis auf Diensten, die Ihre Nachrichten lesbar speichern', 'Jedes Bedenken datiert, mit Quelle und deren eigenen Worten', 'Alternativen aus freier Software und der Weg hinaus, einen Klick entfernt'],
    description:
      'Forewarn zeigt einen kleinen, schließbaren Hinweis, wenn Sie einen Dienst öffnen, der Ihre privaten Nachrichten für den Anbieter lesbar speichert und auf Anfrage herausgibt — Skype, Outlook.com, Gmail und weitere. Jedes Bedenken ist eine kurze, datierte Aussage mit Quellen; zu jedem Dienst nennt Forewarn Alternativen aus freier Software und die eigenen Seiten des Anbieters zum Exportieren Ihrer Daten und Löschen Ihres Kontos. Forewarn sendet nichts: keine Analyse, keine Fernkonfiguration, keine eigene Netzwerkanfrage.',
  },
  fr: {
    headline: 'Sachez qui peut lire vos messages — et où aller à la place',
    points: ['Une note discrète sur les services qui gardent vos messages lisibles', 'Chaque point daté, avec sa source et les mots mêmes de la source', 'Des alternatives en logiciel libre et la sortie, à un clic'],
    description:
      'Forewarn affiche une petite note, que l’on peut fermer, quand vous ouvrez un service qui conserve vos messages privés sous une forme lisible par son fournisseur et les remet sur demande — Skype, Outlook.com, Gmail et d’autres. Chaque point d’attention est une affirmation courte et datée, avec ses sources ; chaque service liste des alternatives en logiciel libre et les pages du fournisseur pour exporter vos données et supprimer votre compte. Forewarn n’envoie rien : pas de statistiques, pas de configuration à distance, aucune requête réseau de sa part.',
  },
};
